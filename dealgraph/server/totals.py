"""Money in, money out and deal count per entity, kept current deal by deal.

A catch-up of the deal index (:mod:`dealgraph.server.deals`) tells :class:`EntityTotals` which
deals went and which came; only the entities of those deals are summed again. Sums use
``math.fsum`` (exactly rounded, so the order deals arrive in does not matter): the totals equal
a computation from scratch to the last bit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from dealgraph.server.live import usd

NOT_MONEY = frozenset({"stake", "valuation", "lawsuit"})

__all__ = ["EntityTotals", "counts_money"]


def counts_money(deal: Any) -> bool:
    """Whether the deal's amount adds to money flows: not denied, not a stake/valuation/lawsuit,
    and not a tranche already inside a running total (``covered_by``), so nothing counts twice."""
    return (getattr(deal, "status", None) != "denied" and not getattr(deal, "covered_by", None)
            and deal.kind not in NOT_MONEY)


def _sides(deal: Any) -> Iterable[tuple[str, str, float]]:
    amount = usd(deal) if counts_money(deal) else 0.0
    for name, side in ((deal.source, "out"), (deal.target, "in")):
        if name:
            yield name, side, amount


class EntityTotals:
    """Per entity: the amount each of its deals adds on each side, and the resulting row."""

    def __init__(self, deals: Iterable[Any] = ()):
        self._parts: dict[str, dict[tuple[str, str], float]] = {}
        self._rows: dict[str, dict[str, Any]] = {}
        self._dirty: set[str] = set()
        self.update((), deals)

    def update(self, gone: Iterable[Any], fresh: Iterable[Any]) -> None:
        """Take the ``gone`` deals out and put the ``fresh`` ones in."""
        for deal in gone:
            for name, side, _ in _sides(deal):
                self._parts.get(name, {}).pop((str(deal.id), side), None)
                self._dirty.add(name)
        for deal in fresh:
            for name, side, amount in _sides(deal):
                self._parts.setdefault(name, {})[(str(deal.id), side)] = amount
                self._dirty.add(name)

    def rows(self) -> list[dict[str, Any]]:
        """Every entity with money in, money out and deal count, most money first (new dicts for
        the entities that changed; the others are the same objects as last time)."""
        for name in self._dirty:
            parts = self._parts.get(name)
            if parts:
                self._rows[name] = _row(name, parts)
            else:
                self._parts.pop(name, None)
                self._rows.pop(name, None)
        self._dirty.clear()
        return sorted(self._rows.values(), key=lambda r: (-(r["money_in"] + r["money_out"]), r["name"]))


def _row(name: str, parts: dict[tuple[str, str], float]) -> dict[str, Any]:
    money_in = math.fsum(v for (_, side), v in parts.items() if side == "in")
    money_out = math.fsum(v for (_, side), v in parts.items() if side == "out")
    return {"name": name, "money_in": money_in, "money_out": money_out, "deals": len(parts)}
