"""The store's deals, kept current one (kind, source, target) unit at a time.

A review changes one claim key; a re-extraction replaces one document's claims. Deals depend only
on the claims of their unit (:func:`dealgraph.analyze.deals.deal_unit`), so :class:`LiveDeals`
swaps those claim rows and re-consolidates just the units they were in and are now in: the result
is the same as consolidating every claim again (tests/test_api.py checks it), in milliseconds.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from dealgraph.analyze._values import gc_paused
from dealgraph.analyze.deals import Deal, Unit, consolidate_units, deal_unit


def usd(deal: Any) -> float:
    """The deal's amount in USD as a float, 0 when it has none."""
    value = getattr(deal, "amount_usd", None)
    try:
        return float(value) if value is not None else 0.0
    except (TypeError, ValueError):
        return 0.0


def order(deal: Any) -> tuple[float, str]:
    """The web app's deal order: largest first, then by id."""
    return (-usd(deal), str(deal.id))


@dataclass(frozen=True, slots=True)
class Change:
    """What one :meth:`LiveDeals.replace` did: the units re-consolidated, the deals they had before
    and the deals they have now."""

    units: set[Unit] = field(default_factory=set)
    gone: list[Deal] = field(default_factory=list)
    fresh: list[Deal] = field(default_factory=list)


def without(items: list[Any], gone: Iterable[Any], key: Callable[[Any], Any]) -> list[Any]:
    """A copy of ``items`` (sorted by ``key``, keys unique) without the ``gone`` objects, each found
    by bisection: a few microseconds per object instead of a pass over the whole list."""
    out = items.copy()
    for g in gone:
        i = bisect.bisect_left(out, key(g), key=key)
        if i < len(out) and out[i] is g:
            del out[i]
        else:
            out = [x for x in out if x is not g]
    return out


class LiveDeals:
    """Claim rows (by ``claims.id``) with indexes by unit, key and document, and their deals."""

    def __init__(self, rows: Iterable[dict[str, Any]] = ()):
        self.rows: dict[int, dict[str, Any]] = {}
        self._unit: dict[Unit, set[int]] = {}
        self._key: dict[str, set[int]] = {}
        self._doc: dict[str, set[int]] = {}
        with gc_paused():
            self._add(list(rows))
            self.unit_deals = consolidate_units(self._unit_rows(self._unit))
            self.deals: list[Deal] = sorted((d for ds in self.unit_deals.values() for d in ds), key=order)
            self.by_id: dict[str, Deal] = {str(d.id): d for d in self.deals}

    def replace(self, keys: Collection[str], doc_ids: Collection[str], rows: list[dict[str, Any]]) -> Change:
        """Drop the rows with one of ``keys`` or in one of ``doc_ids`` and add ``rows`` (their current
        state from the store); re-consolidate the units touched.

        ``deals`` becomes a new list (the previous one is left as it was, for readers still on it)."""
        old = {i for k in keys for i in self._key.get(k, ())} | {i for d in doc_ids for i in self._doc.get(d, ())}
        units = {deal_unit(self.rows[i]) for i in old} | {deal_unit(r) for r in rows}
        self._remove(old)
        self._add(rows)
        return self._reconsolidate(units)

    def _unit_rows(self, units: Iterable[Unit]) -> list[dict[str, Any]]:
        """The rows of ``units`` in claims.id order (the order a full consolidation sees them in)."""
        ids = sorted(i for u in units for i in self._unit.get(u, ()))
        return [self.rows[i] for i in ids]

    def _add(self, rows: list[dict[str, Any]]) -> None:
        for r in rows:
            i = int(r["id"])
            self.rows[i] = r
            self._unit.setdefault(deal_unit(r), set()).add(i)
            self._key.setdefault(str(r["key"]), set()).add(i)
            self._doc.setdefault(str(r["doc_id"]), set()).add(i)

    def _remove(self, ids: Iterable[int]) -> None:
        for i in ids:
            r = self.rows.pop(i)
            for index, name in ((self._unit, deal_unit(r)), (self._key, str(r["key"])), (self._doc, str(r["doc_id"]))):
                members = index[name]  # type: ignore[index]
                members.discard(i)
                if not members:
                    del index[name]  # type: ignore[attr-defined]

    def _reconsolidate(self, units: set[Unit]) -> Change:
        gone = [d for u in units for d in self.unit_deals.pop(u, [])]
        by_unit = consolidate_units(self._unit_rows(units))
        self.unit_deals.update(by_unit)
        fresh = [d for ds in by_unit.values() for d in ds]
        for d in gone:
            self.by_id.pop(str(d.id), None)
        deals = without(self.deals, gone, order)
        for d in fresh:
            bisect.insort(deals, d, key=order)
            self.by_id[str(d.id)] = d
        self.deals = deals
        return Change(units, gone, fresh)
