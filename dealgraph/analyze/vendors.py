"""Own money back: how much of a vendor's sales come from companies the vendor itself funded."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from dealgraph.analyze._values import to_jsonable
from dealgraph.analyze.deals import Deal
from dealgraph.analyze.graph import is_money_leg

INFLOW_KINDS = ("compute_commitment", "purchase", "revenue")  # customer -> vendor
FUNDING_KINDS = ("investment", "loan")  # vendor -> customer


@dataclass(slots=True)
class VendorShare:
    """Reported/committed inflows of ``vendor``, and the part paid by companies it funded, as ranges.

    Ranges come from qualifiers ("up to" -> 0..value, "about" -> +-10 %, stated ranges); the share
    range is the tightest one consistent with them: low = F_low/(F_low+O_high), high = F_high/(F_high+O_low).
    """

    vendor: str
    inflow_low: Decimal = Decimal(0)
    inflow_high: Decimal = Decimal(0)
    from_funded_low: Decimal = Decimal(0)
    from_funded_high: Decimal = Decimal(0)
    share_low: float | None = None
    share_high: float | None = None
    funded: list[str] = field(default_factory=list)  # customers the vendor funded that pay it
    funded_usd: Decimal = Decimal(0)  # what the vendor put into those customers (known amounts)
    deals: list[str] = field(default_factory=list)  # inflow deals from funded customers
    funding_deals: list[str] = field(default_factory=list)
    unknown_inflows: int = 0  # inflow deals without an amount (left out of the sums)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: amounts as exact decimal strings, shares as floats."""
        return to_jsonable(self)


def _funding(deals: Sequence[Deal]) -> dict[tuple[str, str], list[Deal]]:
    out: dict[tuple[str, str], list[Deal]] = defaultdict(list)
    for d in deals:
        if d.kind in FUNDING_KINDS and is_money_leg(d):
            out[(str(d.source), str(d.target))].append(d)
    return out


def _add_inflow(share: VendorShare, d: Deal, funders: list[Deal]) -> None:
    low = d.amount_low if d.amount_low is not None else d.amount_usd
    high = d.amount_high if d.amount_high is not None else d.amount_usd
    if low is None or high is None:
        share.unknown_inflows += 1
        return
    share.inflow_low += low
    share.inflow_high += high
    if funders:
        share.from_funded_low += low
        share.from_funded_high += high
        share.deals.append(d.id)
        if str(d.source) not in share.funded:
            share.funded.append(str(d.source))
            share.funding_deals += [f.id for f in funders]
            share.funded_usd += sum((f.amount_usd for f in funders if f.amount_usd is not None), Decimal(0))


def _ratio(part: Decimal, other: Decimal) -> float | None:
    total = part + other
    return float(part / total) if total > 0 else None


def own_money_back(deals: Sequence[Deal]) -> list[VendorShare]:
    """For each vendor with inflows: the share coming from companies it funded, largest first."""
    funding = _funding(deals)
    shares: dict[str, VendorShare] = {}
    for d in deals:
        if d.kind in INFLOW_KINDS and is_money_leg(d):
            share = shares.setdefault(str(d.target), VendorShare(str(d.target)))
            _add_inflow(share, d, funding.get((str(d.target), str(d.source)), []))
    for s in shares.values():
        other_low, other_high = s.inflow_low - s.from_funded_low, s.inflow_high - s.from_funded_high
        s.share_low = _ratio(s.from_funded_low, other_high)
        s.share_high = _ratio(s.from_funded_high, other_low)
    return sorted(shares.values(), key=lambda s: (-(s.share_high or 0), -s.inflow_high, s.vendor))
