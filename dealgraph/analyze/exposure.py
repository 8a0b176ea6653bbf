"""Exposure of one entity to each counterparty, as of a date.

- equity: stake % x latest valuation of the investee; without both, the amount invested (cost basis).
- commitment_receivable: compute commitments the entity is owed by a customer (future revenue at risk).
- loan: amount lent, less collateral. A loan is GPU-backed when its evidence names GPUs/collateral or
  the borrower buys from a chip vendor; the GPUs (loan amount / unit price of them, bought on the loan
  date) lose value on the :class:`DepreciationSchedule`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from dealgraph.analyze._values import date_bounds, lexicon, to_jsonable
from dealgraph.analyze.deals import Deal, stake_history
from dealgraph.analyze.graph import is_money_leg
from dealgraph.errors import ConfigError

METHODS = ("straight_line", "declining_balance", "none")
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class DepreciationSchedule:
    """How GPU collateral loses value: ``unit_price`` per GPU, ``life_years`` of useful life.

    ``straight_line`` falls linearly to ``salvage`` (a fraction of the price) at end of life;
    ``declining_balance`` loses 2/life of its value each year; ``none`` keeps the price.
    ``as_of`` (ISO date) is the valuation date; None means today.
    """

    unit_price: Decimal = Decimal(32000)
    life_years: float = 7.0
    method: str = "straight_line"
    as_of: str | None = None
    salvage: float = 0.0

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ConfigError(f"Unknown depreciation method {self.method!r}", hint=f"Use one of {', '.join(METHODS)}")
        if self.life_years <= 0 or Decimal(self.unit_price) <= 0:
            raise ConfigError("Depreciation needs a positive unit_price and life_years",
                              hint="e.g. DepreciationSchedule(unit_price=32000, life_years=7)")

    def fraction(self, acquired: str | None, as_of: str | None = None) -> Decimal:
        """Share of the purchase price left at ``as_of`` for GPUs bought on ``acquired``."""
        age = max(0, _day(as_of or self.as_of) - _day(acquired, start=True)) / 365.25
        if self.method == "none":
            return Decimal(1)
        if self.method == "declining_balance":
            left = max(0.0, 1 - 2 / self.life_years) ** age
        else:
            left = 1 - age / self.life_years
        return Decimal(repr(max(self.salvage, min(1.0, left))))


def _day(value: str | None, start: bool = False) -> int:
    b = date_bounds(value)
    if b is None:
        return date.today().toordinal()
    return b[0] if start else b[1]


@dataclass(slots=True)
class ExposureLine:
    counterparty: str
    type: str  # equity, commitment_receivable, loan
    gross_usd: Decimal | None
    collateral_usd: Decimal = Decimal(0)
    net_usd: Decimal | None = None
    basis: str = ""
    deals: list[str] = field(default_factory=list)
    gpu_units: int | None = None


@dataclass(slots=True)
class Exposure:
    entity: str
    as_of: str
    lines: list[ExposureLine]
    by_counterparty: dict[str, Decimal]
    total_usd: Decimal

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: amounts as exact decimal strings."""
        return to_jsonable(self)


def _before(d: Deal, as_of: str) -> bool:
    b = date_bounds(d.date)
    return b is None or b[0] <= _day(as_of)


def _equity(deals: Sequence[Deal], entity: str, company: str, as_of: str) -> ExposureLine:
    points = stake_history(list(deals), entity, company)
    vals = [d for d in deals if d.kind == "valuation" and d.target == company and d.amount_usd is not None
            and d.status != "denied"]
    val = max(vals, key=lambda d: (date_bounds(d.last_date or d.date) or (0, 0))[1], default=None)
    cost = [d for d in deals if d.kind == "investment" and d.source == entity and d.target == company
            and is_money_leg(d)]
    if points and val is not None:
        gross = (Decimal(repr(points[-1].pct)) / 100 * val.amount_usd).quantize(CENT)  # type: ignore[operator]
        return ExposureLine(company, "equity", gross, net_usd=gross, basis=f"{points[-1].pct}% x valuation",
                            deals=[points[-1].deal, val.id])
    known = [d.amount_usd for d in cost if d.amount_usd is not None]
    gross = sum(known, Decimal(0)) if known else None
    why = "cost (no valuation)" if points else "cost (no stake reported)"
    return ExposureLine(company, "equity", gross, net_usd=gross, basis=why,
                        deals=[d.id for d in cost] + ([points[-1].deal] if points else []))


def _gpu_backed(loan: Deal, deals: Sequence[Deal]) -> bool:
    words = lexicon()["gpu"]
    text = " ".join(e.evidence for e in loan.evidence).lower()
    if any(w in text for w in words):
        return True
    vendors = set(lexicon()["chip_vendors"])
    return any(d.kind == "purchase" and d.source == loan.target and d.target in vendors for d in deals)


def _loan(loan: Deal, deals: Sequence[Deal], schedule: DepreciationSchedule, as_of: str) -> ExposureLine:
    gross = loan.amount_usd
    line = ExposureLine(str(loan.target), "loan", gross, net_usd=gross, basis="unsecured", deals=[loan.id])
    if gross is None or not _gpu_backed(loan, deals):
        return line
    units = int(gross // Decimal(schedule.unit_price))
    left = schedule.fraction(loan.date, as_of)
    line.collateral_usd = (units * Decimal(schedule.unit_price) * left).quantize(CENT)
    line.net_usd = max(Decimal(0), gross - line.collateral_usd)
    line.gpu_units = units
    line.basis = f"GPU-backed: {units} GPUs at {left:.1%} of ${Decimal(schedule.unit_price):,.0f}"
    return line


def exposure(deals: Sequence[Deal], entity: str, *, depreciation: DepreciationSchedule = DepreciationSchedule(),
             as_of: str | None = None) -> Exposure:
    """What ``entity`` stands to lose to each counterparty (see the module docstring)."""
    as_of = as_of or depreciation.as_of or date.today().isoformat()
    live = [d for d in deals if _before(d, as_of) and d.status != "denied"]
    companies = sorted({str(d.target) for d in live if d.source == entity and d.target
                        and (d.kind == "stake" or (d.kind == "investment" and is_money_leg(d)))})
    lines = [_equity(live, entity, c, as_of) for c in companies]
    lines += [ExposureLine(str(d.source), "commitment_receivable", d.amount_usd, net_usd=d.amount_usd,
                           basis=d.status, deals=[d.id])
              for d in live if d.kind == "compute_commitment" and d.target == entity and is_money_leg(d)]
    lines += [_loan(d, live, depreciation, as_of) for d in live
              if d.kind == "loan" and d.source == entity and is_money_leg(d)]
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for line in lines:
        totals[line.counterparty] += line.net_usd or Decimal(0)
    return Exposure(entity, as_of, lines, dict(sorted(totals.items(), key=lambda kv: -kv[1])),
                    sum(totals.values(), Decimal(0)))
