"""Analysis commands: deals, cycles, exposure, stress, import."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import click

from dealgraph.analyze import (
    DepreciationSchedule,
    exposure,
    find_cycles,
    import_deals_csv,
    load_deals,
    own_money_back,
    stress,
)
from dealgraph.cli._common import db_option, echo_json, echo_table, json_option, store_from, user_errors


def _usd(value: Any) -> str:
    """$1.5B-style short figure for tables (JSON keeps the exact value)."""
    if value is None:
        return "?"
    v = float(value)
    for unit, size in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if abs(v) >= size:
            return f"${v / size:.3g}{unit}"
    return f"${v:.0f}"


def _pairs(values: tuple[str, ...], what: str) -> dict[str, float]:
    out = {}
    for item in values:
        name, sep, pct = item.rpartition("=")
        try:
            out[name] = float(pct.rstrip("%")) / 100
        except ValueError:
            sep = ""
        if not sep or not name:
            raise click.BadParameter(f"{item!r}: write {what}=PERCENT, e.g. cloud=30")
    return out


@click.command()
@db_option
@click.option("--kind", help="Only deals of this kind (investment, stake, loan ...).")
@click.option("--entity", help="Only deals with this party on either side.")
@click.option("--as-of", help="The deals as known on this date (YYYY[-MM[-DD]]).")
@json_option
def deals(db_url: str, kind: str | None, entity: str | None, as_of: str | None, as_json: bool) -> None:
    """Consolidated deals: the same deal reported by many articles counted once.

    Example: dealgraph deals --entity OpenAI --as-of 2024-12
    """
    with user_errors():
        found = load_deals(store_from(db_url), as_of=as_of, kinds=[kind] if kind else None)
    found = [d for d in found if not entity or entity in (d.source, d.target)]
    if as_json:
        return echo_json([d.to_dict() for d in found])
    echo_table([{**d.to_dict(), "amount": _usd(d.amount_usd) if d.amount_usd is not None else "",
                 "pct": "" if d.pct is None else f"{d.pct:g}%", "docs": len(d.doc_ids),
                 "flags": _flags(d)} for d in found],
               ["date", "kind", "source", "target", "amount", "pct", "status", "docs", "flags", "id"])


def _flags(d: Any) -> str:
    flags = ["cumulative"] * d.is_cumulative + ([f"in {d.covered_by}"] if d.covered_by else [])
    flags += ["conflict:" + c.field for c in d.conflicts] + ["confirmed"] * d.confirmed + ["uncertain"] * d.uncertain
    return " ".join(flags)


@click.command()
@db_option
@click.option("--max-len", default=5, show_default=True, help="Longest cycle, in legs.")
@click.option("--window-days", type=int, help="Only cycles whose legs fall within this many days.")
@click.option("--min-usd", type=float, help="Only cycles whose every leg is at least this many USD.")
@click.option("--limit", type=int, default=50, show_default=True, help="Show the largest N cycles.")
@json_option
def cycles(db_url: str, max_len: int, window_days: int | None, min_usd: float | None, limit: int,
           as_json: bool) -> None:
    """Round trips: money that comes back to where it left (largest first).

    Example: dealgraph cycles --max-len 4 --window-days 365 --min-usd 1e9
    """
    with user_errors():
        found = find_cycles(load_deals(store_from(db_url)), max_len=max_len, window_days=window_days,
                            min_usd=min_usd, limit=limit)
    if as_json:
        return echo_json([c.to_dict() for c in found])
    echo_table([{"path": " -> ".join(c.nodes + c.nodes[:1]), "legs": c.length,
                 "bottleneck": _usd(c.bottleneck_usd), "ratio": "?" if c.round_trip_ratio is None
                 else f"{c.round_trip_ratio:.2f}", "span_days": c.span_days,
                 "kinds": ",".join(leg.kind for leg in c.legs),
                 "legs_usd": ",".join(_usd(leg.amount_usd) for leg in c.legs),
                 "dates": ",".join(leg.date or "?" for leg in c.legs)} for c in found],
               ["path", "legs", "bottleneck", "ratio", "span_days", "kinds", "legs_usd", "dates"], max_width=80)


@click.command()
@db_option
@click.option("--limit", default=20, show_default=True, help="Show the top N vendors.")
@json_option
def vendors(db_url: str, limit: int, as_json: bool) -> None:
    """Own money coming back: for each vendor, the share of its reported or committed inflows
    paid by companies it funded, as a low-high range where amounts are uncertain.

    Example: dealgraph vendors --limit 10
    """
    with user_errors():
        shares = own_money_back(load_deals(store_from(db_url)))[:limit]
    if as_json:
        return echo_json([s.to_dict() for s in shares])
    echo_table([{"vendor": s.vendor, "inflows": f"{_usd(s.inflow_low)}-{_usd(s.inflow_high)}",
                 "from_funded": f"{_usd(s.from_funded_low)}-{_usd(s.from_funded_high)}",
                 "share": _share(s.share_low, s.share_high), "funded": ", ".join(s.funded),
                 "unknown_inflows": s.unknown_inflows} for s in shares],
               ["vendor", "inflows", "from_funded", "share", "funded", "unknown_inflows"], max_width=60)


def _share(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "?"
    return f"{low:.0%}" if abs(high - low) < 0.005 else f"{low:.0%}-{high:.0%}"


@click.command(name="exposure")
@click.argument("entity")
@db_option
@click.option("--as-of", help="Valuation date (default today).")
@click.option("--gpu-price", type=float, default=32000, show_default=True, help="GPU collateral unit price.")
@click.option("--gpu-life", type=float, default=7.0, show_default=True, help="GPU useful life in years.")
@click.option("--method", "dep_method", default="straight_line", show_default=True,
              type=click.Choice(["straight_line", "declining_balance", "none"]), help="GPU depreciation.")
@json_option
def exposure_cmd(entity: str, db_url: str, as_of: str | None, gpu_price: float, gpu_life: float,
                 dep_method: str, as_json: bool) -> None:
    """What ENTITY stands to lose to each counterparty: equity, commitments owed to it, loans.

    Example: dealgraph exposure Microsoft --as-of 2025-12-31
    """
    with user_errors():
        schedule = DepreciationSchedule(unit_price=Decimal(repr(gpu_price)), life_years=gpu_life, method=dep_method)
        result = exposure(load_deals(store_from(db_url)), entity, depreciation=schedule, as_of=as_of)
    if as_json:
        return echo_json(result.to_dict())
    echo_table([{"counterparty": line.counterparty, "type": line.type, "basis": line.basis,
                 "gross": _usd(line.gross_usd), "collateral": _usd(line.collateral_usd),
                 "net": _usd(line.net_usd)} for line in result.lines],
               ["counterparty", "type", "gross", "collateral", "net", "basis"], max_width=60)
    click.echo(f"total {_usd(result.total_usd)} as of {result.as_of}")


@click.command(name="stress")
@db_option
@click.option("--fail", multiple=True, help="An entity that fails (repeatable).")
@click.option("--recovery", type=float, default=0.0, show_default=True, help="Share creditors recover, 0..1.")
@click.option("--shock", multiple=True, help="SECTOR=PCT (or ENTITY=PCT): revenue falls by PCT percent.")
@click.option("--cut", multiple=True, help="ENTITY=PCT: its valuation falls by PCT percent.")
@click.option("--method", default="both", show_default=True, type=click.Choice(["debtrank", "eisenberg_noe", "both"]))
@json_option
def stress_cmd(db_url: str, fail: tuple[str, ...], recovery: float, shock: tuple[str, ...], cut: tuple[str, ...],
               method: str, as_json: bool) -> None:
    """Propagate a failure, a sector revenue shock or a valuation cut through the deal network.

    Example: dealgraph stress --fail OpenAI --recovery 0.4 --method both
    """
    methods = ["debtrank", "eisenberg_noe"] if method == "both" else [method]
    with user_errors():
        deals_ = load_deals(store_from(db_url))
        results = [stress(deals_, fail=list(fail), recovery=recovery, shocks=_pairs(shock, "SECTOR"),
                          valuation_cuts=_pairs(cut, "ENTITY"), method=m) for m in methods]
    if as_json:
        return echo_json([r.to_dict() for r in results])
    for r in results:
        click.echo(f"{r.method}: total loss {_usd(r.total_loss_usd)} (first round {_usd(r.first_round_loss_usd)})")
        echo_table([{"entity": e.entity, "capital": f"{_usd(e.capital_usd)} ({e.capital_source})",
                     "first_round": _usd(e.first_round_loss_usd), "total": _usd(e.total_loss_usd),
                     "relative": f"{e.relative_loss:.1%}", "defaulted": "yes" if e.defaulted else ""}
                    for e in r.entities], ["entity", "capital", "first_round", "total", "relative", "defaulted"])


@click.command(name="import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@db_option
@json_option
def import_cmd(path: str, db_url: str, as_json: bool) -> None:
    """Add known deals from a CSV spreadsheet (columns: kind, source, target, amount_usd, currency,
    amount, pct, date, status, evidence, url). Bad rows are listed and skipped.

    Example: dealgraph import deals.csv
    """
    with user_errors():
        report = import_deals_csv(store_from(db_url), path)
    if as_json:
        return echo_json(report.to_dict())
    for line in report.problems + report.warnings:
        click.echo(line, err=True)
    click.echo(report.summary())


COMMANDS = [deals, cycles, vendors, exposure_cmd, stress_cmd, import_cmd]
