"""Claims -> deals: the same deal reported by many articles (and languages) becomes one deal.

Claims are grouped by (kind, source, target, cumulative?). Inside a group two claims are the same
deal when their dates lie within ``DATE_WINDOW_DAYS`` of each other (partial dates are intervals) and
their amounts agree within ``AMOUNT_TOLERANCE`` (10 %), or when they come from different documents
and name the same month or day (then the figures disagree: both are kept and flagged). A claim with
no amount joins the nearest compatible deal. Running totals ("$13B in total") never merge with
tranches; they are flagged ``is_cumulative`` and cover the earlier tranches of the same parties.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

import ahocorasick

from dealgraph.analyze._values import QUALIFIER_BANDS, date_bounds, dec, gc_paused, lexicon, to_jsonable

AMOUNT_TOLERANCE = Decimal("0.10")
DATE_WINDOW_DAYS = 45
PCT_TOLERANCE = 0.5  # percentage points: 32.5 % and 32.6 % are the same stake figure
UNCERTAIN = ("rumored", "proposed", "up_to")
# Which status a deal shows when its claims differ: the most advanced report wins.
STATUS_ORDER = ("completed", "announced", "reported", "up_to", "proposed", "rumored", "denied")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence behind a deal: cut it back out with ``doc.text[start:end]``."""

    claim: str
    doc_id: str
    doc_path: str | None
    start: int
    end: int
    evidence: str
    lang: str | None


@dataclass(frozen=True, slots=True)
class Conflict:
    """Figures that disagree inside one deal, side by side: ``values`` maps a value to claim keys."""

    field: str
    values: dict[str, list[str]]


@dataclass(slots=True)
class Deal:
    """What many claims agree on. Amounts are exact Decimals in USD; ``amount_usd`` is the best-supported
    figure (most documents, confirmed reviews first), never an average."""

    id: str
    kind: str
    source: str | None
    target: str | None
    status: str
    amount_usd: Decimal | None
    amount_low: Decimal | None
    amount_high: Decimal | None
    pct: float | None
    date: str | None
    last_date: str | None
    claims: list[str]
    doc_ids: list[str]
    evidence: list[Evidence]
    conflicts: list[Conflict] = field(default_factory=list)
    is_cumulative: bool = False
    tranches: list[str] = field(default_factory=list)  # for a running total: the deals it includes
    tranche_sum_usd: Decimal | None = None
    covered_by: str | None = None  # for a tranche: the running total that includes it
    confirmed: bool = False
    uncertain: bool = False
    statuses: list[str] = field(default_factory=list)
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: Decimals as exact strings, everything else plain."""
        return to_jsonable(self)


@dataclass(frozen=True, slots=True)
class StakePoint:
    """One reported stake size of ``holder`` in ``company``."""

    date: str | None
    pct: float
    deal: str
    claims: list[str]
    conflicting: bool

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable(self)


class _Claim:
    """A claim row with everything matching compares worked out once (no parsing per comparison)."""

    __slots__ = ("row", "key", "usd", "abs_usd", "low", "high", "bounds", "cumulative", "pct", "doc_id", "figure")

    def __init__(self, row: dict[str, Any]):
        self.row = row
        self.key = str(row["key"])
        self.usd = dec(row.get("amount_usd"))
        self.abs_usd = abs(self.usd) if self.usd is not None else None
        qualifier = row.get("qualifier") or ("up_to" if row.get("status") == "up_to" else None)
        self.low, self.high = _range(self.usd, dec(row.get("amount_usd_high")), qualifier)
        self.bounds = date_bounds(row.get("date"))
        self.cumulative = _is_cumulative(row)
        pct = row.get("pct")
        self.pct = None if pct is None else float(pct)
        self.doc_id = row.get("doc_id")
        self.figure = self.usd is not None or pct is not None


# -- normalising claims --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cumulative_words() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in lexicon()["cumulative"]:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _is_cumulative(row: dict[str, Any]) -> bool:
    notes = row.get("notes")
    text = " ".join([str(row.get("evidence") or "")] + [str(n) for n in notes or []]) if notes else \
        str(row.get("evidence") or "")
    return next(_cumulative_words().iter(text.lower()), None) is not None


def _range(usd: Decimal | None, high: Decimal | None, qualifier: str | None) -> tuple[Decimal | None, Decimal | None]:
    if usd is None:
        return None, None
    if high is not None and high >= usd:
        return usd, high
    lo, hi = QUALIFIER_BANDS.get(qualifier or "", (Decimal(1), Decimal(1)))
    return usd * lo, usd * hi


def _normalise(row: dict[str, Any]) -> _Claim:
    return _Claim(row)


# -- matching ------------------------------------------------------------------------------------


class _Cluster:
    """Claims of one deal so far. Two dates are close when ``max(starts) - min(ends) <= window``, so
    a claim is close to *every* member exactly when it is close to the latest start and earliest end."""

    __slots__ = ("members", "anchor", "start_max", "end_min")

    def __init__(self, c: _Claim):
        self.members, self.anchor = [c], c
        self.start_max, self.end_min = (c.bounds[0], c.bounds[1]) if c.bounds else (None, None)

    def add(self, c: _Claim) -> None:
        self.members.append(c)
        if c.bounds:
            self.start_max = c.bounds[0] if self.start_max is None else max(self.start_max, c.bounds[0])
            self.end_min = c.bounds[1] if self.end_min is None else min(self.end_min, c.bounds[1])

    def dates_close(self, c: _Claim, window: int) -> bool:
        if c.bounds is None or self.start_max is None:
            return True
        return self.start_max - c.bounds[1] <= window and c.bounds[0] - self.end_min <= window  # type: ignore[operator]


def _amounts_close(a: _Claim, b: _Claim) -> bool:
    if a.usd is None or b.usd is None:
        return True
    big = max(a.abs_usd, b.abs_usd)  # type: ignore[type-var]
    return big == 0 or abs(a.usd - b.usd) <= AMOUNT_TOLERANCE * big


def _pcts_close(a: _Claim, b: _Claim) -> bool:
    return a.pct is None or b.pct is None or abs(a.pct - b.pct) <= PCT_TOLERANCE


def _same_reported_date(a: _Claim, b: _Claim) -> bool:
    """Different documents naming the same month/day: a disagreement about one deal, not two deals."""
    return (a.doc_id != b.doc_id and a.bounds is not None and a.bounds == b.bounds
            and (a.row.get("date_precision") or "") in ("month", "day", "") and len(str(a.row.get("date"))) >= 7)


def _matches(c: _Claim, cluster: _Cluster, window: int) -> bool:
    if not cluster.dates_close(c, window):
        return False
    anchor = cluster.anchor
    if _amounts_close(c, anchor) and _pcts_close(c, anchor):
        return True
    return _same_reported_date(c, anchor)


def _cluster_group(claims: list[_Claim], window: int) -> list[list[_Claim]]:
    if len(claims) == 1:
        return [claims]
    order = sorted(claims, key=lambda c: (not c.figure, c.bounds or (10**7, 10**7), c.key))
    clusters: list[_Cluster] = []
    for c in order:
        home = _home(c, clusters, window) if c.figure else _nearest(c, clusters, window)
        if home is None:
            clusters.append(_Cluster(c))
        else:
            home.add(c)
    return [cl.members for cl in clusters]


def _home(c: _Claim, clusters: list[_Cluster], window: int) -> _Cluster | None:
    return next((cl for cl in clusters if _matches(c, cl, window)), None)


def _nearest(c: _Claim, clusters: list[_Cluster], window: int) -> _Cluster | None:
    fits = [cl for cl in clusters if cl.dates_close(c, window)]
    if not fits or c.bounds is None:
        return fits[0] if fits else None
    b = c.bounds
    return min(fits, key=lambda cl: min(abs(b[0] - (o.bounds or b)[0]) for o in cl.members))


# -- building deals ------------------------------------------------------------------------------


def _support(c: _Claim) -> tuple[int, float]:
    return (100 if c.row.get("review") == "confirm" else 0) + 1, float(c.row.get("confidence") or 0)


def _best(cluster: list[_Claim], value: Any) -> Any:
    """The value with the most support (confirmed reviews first, then documents, then confidence)."""
    score: dict[Any, list[float]] = {}
    for c in cluster:
        v = value(c)
        if v is None:
            continue
        s = score.setdefault(v, [0, 0.0])
        w, conf = _support(c)
        s[0] += w
        s[1] += conf
    if not score:
        return None
    return max(score, key=lambda v: (score[v][0], score[v][1], -list(score).index(v)))


def _conflicts(cluster: list[_Claim]) -> list[Conflict]:
    out = []
    for name, value in (("amount_usd", lambda c: c.usd), ("pct", lambda c: c.row.get("pct")),
                        ("date", lambda c: c.row.get("date"))):
        groups: dict[str, list[str]] = defaultdict(list)
        for c in cluster:
            v = value(c)
            if v is not None:
                groups[to_jsonable(v) if isinstance(v, Decimal) else str(v)].append(c.key)
        if name == "date":
            groups = _disjoint_dates(groups)
        if len(groups) > 1:
            out.append(Conflict(name, dict(groups)))
    statuses = {c.row.get("status") for c in cluster}
    if "denied" in statuses and len(statuses) > 1:
        out.append(Conflict("status", {s: [c.key for c in cluster if c.row.get("status") == s]
                                       for s in sorted(statuses, key=str)}))
    return out


def _disjoint_dates(groups: dict[str, list[str]]) -> dict[str, list[str]]:
    """Dates conflict only when two of them cannot both be right ("2023" and "2023-11" can)."""
    spans = [b for b in map(date_bounds, groups) if b]
    clash = any(a[1] < b[0] or b[1] < a[0] for a, b in itertools.combinations(spans, 2))
    return groups if clash else {}


def _status(cluster: list[_Claim]) -> str:
    statuses = [str(c.row.get("status") or "reported") for c in cluster]
    live = [s for s in statuses if s != "denied"] or statuses
    return min(live, key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else len(STATUS_ORDER))


def _deal_id(kind: str, source: Any, target: Any, cumulative: bool, date: str | None,
             usd: Decimal | None, pct: Any) -> str:
    amount = f"{float(usd):.1e}" if usd is not None else ""
    parts = [kind, source or "", target or "", "cum" if cumulative else "", (date or "")[:4], amount,
             "" if pct is None else f"{float(pct):.1f}"]
    return "d" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:15]


def _evidence(c: _Claim) -> Evidence:
    r = c.row
    return Evidence(c.key, str(r.get("doc_id")), r.get("doc_path"), int(r.get("start") or 0),
                    int(r.get("end") or 0), str(r.get("evidence") or ""), r.get("lang"))


def _build(cluster: list[_Claim]) -> Deal:
    if len(cluster) == 1:
        return _build_one(cluster[0])
    first = cluster[0].row
    usd = _best(cluster, lambda c: c.usd)
    pct = _best(cluster, lambda c: c.row.get("pct"))
    dated = sorted((c for c in cluster if c.bounds), key=lambda c: c.bounds)  # type: ignore[arg-type,return-value]
    lows = [c.low for c in cluster if c.low is not None]
    highs = [c.high for c in cluster if c.high is not None]
    status = _status(cluster)
    qualifiers = {c.row.get("qualifier") for c in cluster}
    date = dated[0].row.get("date") if dated else None
    return Deal(
        id=_deal_id(first["kind"], first.get("source"), first.get("target"), cluster[0].cumulative, date, usd, pct),
        kind=first["kind"], source=first.get("source"), target=first.get("target"), status=status,
        amount_usd=usd, amount_low=min(lows) if lows else None, amount_high=max(highs) if highs else None,
        pct=pct, date=date, last_date=max(dated, key=lambda c: (c.bounds[0], -c.bounds[1])).row.get("date") if dated else None,  # type: ignore[index]
        claims=[c.key for c in cluster], doc_ids=sorted({str(c.doc_id) for c in cluster}),
        evidence=[_evidence(c) for c in cluster], conflicts=_conflicts(cluster),
        is_cumulative=cluster[0].cumulative, confirmed=any(c.row.get("review") == "confirm" for c in cluster),
        uncertain=status in UNCERTAIN or bool(qualifiers & {"up_to", "less_than"}),
        statuses=sorted({str(c.row.get("status")) for c in cluster}),
        confidence=max(float(c.row.get("confidence") or 0) for c in cluster))


def _build_one(c: _Claim) -> Deal:
    """The common case (one report of a deal): the same result as :func:`_build`, without the voting."""
    r = c.row
    status = str(r.get("status") or "reported")
    date = r.get("date") if c.bounds else None
    pct = r.get("pct")
    return Deal(
        id=_deal_id(r["kind"], r.get("source"), r.get("target"), c.cumulative, date, c.usd, pct),
        kind=r["kind"], source=r.get("source"), target=r.get("target"), status=status, amount_usd=c.usd,
        amount_low=c.low, amount_high=c.high, pct=pct, date=date, last_date=date, claims=[c.key],
        doc_ids=[str(c.doc_id)], evidence=[_evidence(c)], conflicts=[], is_cumulative=c.cumulative,
        confirmed=r.get("review") == "confirm",
        uncertain=status in UNCERTAIN or r.get("qualifier") in ("up_to", "less_than"),
        statuses=[str(r.get("status"))], confidence=float(r.get("confidence") or 0))


def _unique_ids(deals: list[Deal]) -> None:
    if len({d.id for d in deals}) == len(deals):
        return
    seen: Counter[str] = Counter()
    for d in sorted(deals, key=lambda d: min(d.claims)):
        seen[d.id] += 1
        if seen[d.id] > 1:
            d.id = "d" + hashlib.sha256(f"{d.id}\x1f{min(d.claims)}".encode()).hexdigest()[:15]


def _link_tranches(deals: list[Deal]) -> None:
    """A running total covers the earlier tranches of the same parties, and each earlier total."""
    if not any(d.is_cumulative for d in deals):
        return
    by_pair: dict[tuple[Any, ...], list[Deal]] = defaultdict(list)
    for d in deals:
        by_pair[(d.kind, d.source, d.target)].append(d)
    for group in by_pair.values():
        totals = sorted((d for d in group if d.is_cumulative), key=_end)
        for earlier, later in zip(totals, totals[1:]):
            earlier.covered_by = later.id
            later.tranches.append(earlier.id)
        for d in (d for d in group if not d.is_cumulative and totals):
            total = next((t for t in totals if _start(d) <= _end(t)), None)
            if total is not None:
                d.covered_by = total.id
                total.tranches.append(d.id)
        included: list[Decimal] = []
        for total in totals:
            included += [d.amount_usd for d in group if d.covered_by == total.id and not d.is_cumulative
                         and d.amount_usd is not None]
            total.tranche_sum_usd = sum(included, Decimal(0)) if included else None


def _end(d: Deal) -> int:
    b = date_bounds(d.last_date or d.date)
    return b[1] if b else 10**7


def _start(d: Deal) -> int:
    b = date_bounds(d.date)
    return b[0] if b else 0


Unit = tuple[str, str, str]


def deal_unit(row: dict[str, Any]) -> Unit:
    """(kind, source, target): the claims that consolidate together, independently of all others.

    Deals, their ids and their tranche links depend only on the claims of their unit, so a change to
    one claim needs only its unit (or units, for a correction that moves it) consolidated again."""
    return (row["kind"], row.get("source") or "", row.get("target") or "")


def consolidate_units(claim_rows: Iterable[dict[str, Any]], *,
                      window_days: int = DATE_WINDOW_DAYS) -> dict[Unit, list[Deal]]:
    """The deals of each unit (see :func:`deal_unit`); :func:`consolidate` is these, sorted."""
    units: dict[Unit, list[_Claim]] = {}
    for row in claim_rows:
        if row.get("review") != "reject":
            units.setdefault(deal_unit(row), []).append(_Claim(row))
    return {unit: _unit_deals(claims, window_days) for unit, claims in units.items()}


def _unit_deals(claims: list[_Claim], window_days: int) -> list[Deal]:
    if len(claims) == 1:
        return [_build_one(claims[0])]
    groups: dict[tuple[Any, ...], list[_Claim]] = defaultdict(list)
    for c in claims:
        r = c.row
        groups[(r["kind"], r.get("source"), r.get("target"), c.cumulative)].append(c)
    keys = sorted(groups, key=str) if len(groups) > 1 else list(groups)
    deals = [_build(cl) for key in keys for cl in _cluster_group(groups[key], window_days)]
    _unique_ids(deals)
    _link_tranches(deals)
    return deals


def sort_deals(deals: Iterable[Deal]) -> list[Deal]:
    """Deals in :func:`consolidate`'s order: by date, kind, parties, id."""
    return sorted(deals, key=lambda d: (d.date or "9999", d.kind, d.source or "", d.target or "", d.id))


def consolidate(claim_rows: Iterable[dict[str, Any]], *, window_days: int = DATE_WINDOW_DAYS) -> list[Deal]:
    """Group claim rows (as :meth:`Store.claims` returns them) into deals. Pure; rejected rows are dropped."""
    with gc_paused():
        units = consolidate_units(claim_rows, window_days=window_days)
        return sort_deals(d for deals in units.values() for d in deals)


def stake_history(deals_or_rows: Sequence[Deal] | Sequence[dict[str, Any]], holder: str,
                  company: str) -> list[StakePoint]:
    """The stake of ``holder`` in ``company`` over time (e.g. 49 % -> 32.5 % -> 27 %), oldest first."""
    deals = [d for d in deals_or_rows if isinstance(d, Deal)]
    if len(deals) != len(deals_or_rows):
        deals = consolidate([r for r in deals_or_rows if isinstance(r, dict)])
    points = [StakePoint(d.date, float(d.pct), d.id, list(d.claims), any(c.field == "pct" for c in d.conflicts))
              for d in deals if d.kind == "stake" and d.source == holder and d.target == company
              and d.pct is not None and d.status != "denied"]
    return sorted(points, key=lambda p: ((date_bounds(p.date) or (10**7, 0))[0], p.date or ""))
