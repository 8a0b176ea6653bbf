"""Deals for the web app: loaded once per store change, filtered and turned into a graph in memory.

Consolidating claims into deals is :func:`dealgraph.analyze.load_deals`' job; this module caches
its result (keyed by :func:`queries.fingerprint`, so a new claim or review reloads it), keeps the
deals sorted by amount, and answers filter queries without touching the database again.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Any

from dealgraph.server.queries import Filters, date_upper, doc_langs, fingerprint
from dealgraph.store import Store

UNCONFIRMED = frozenset({"rumored", "proposed", "up_to"})
NOT_MONEY = frozenset({"stake", "valuation", "lawsuit"})
_CACHE_SIZE = 128


def load_deals(store: Store) -> list[Any]:
    """All deals in the store, from the analysis package (or the simple fallback until it exists)."""
    try:
        from dealgraph.analyze import load_deals as analyze_load
    except ImportError:
        from dealgraph.server._fallback import load_deals as analyze_load
    return list(analyze_load(store))


def usd(deal: Any) -> float:
    """The deal's amount in USD as a float, 0 when it has none."""
    value = getattr(deal, "amount_usd", None)
    try:
        return float(value) if value is not None else 0.0
    except (TypeError, ValueError):
        return 0.0


def counts_money(deal: Any) -> bool:
    """Whether the deal's amount adds to money flows: not denied, not a stake/valuation/lawsuit,
    and not a tranche already inside a running total (``covered_by``), so nothing counts twice."""
    return (getattr(deal, "status", None) != "denied" and not getattr(deal, "covered_by", None)
            and deal.kind not in NOT_MONEY)


def is_dashed(deal: Any) -> bool:
    """Unconfirmed money: rumored, proposed or 'up to' amounts."""
    return getattr(deal, "status", None) in UNCONFIRMED or bool(getattr(deal, "uncertain", False))


class DealIndex:
    """Thread-safe cache of the store's deals plus a small LRU of computed graphs."""

    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.Lock()
        self._mark: tuple[int, int, int] | None = None
        self._deals: list[Any] = []
        self._by_id: dict[str, Any] = {}
        self._langs: dict[str, str] = {}
        self._results: OrderedDict[tuple[Any, ...], Any] = OrderedDict()

    def refresh(self) -> tuple[int, int, int]:
        """Reload when the store changed since the last call; return the store's change marker."""
        mark = fingerprint(self.store)
        with self._lock:
            if mark != self._mark:
                deals = sorted(load_deals(self.store), key=lambda d: (-usd(d), str(d.id)))
                self._deals, self._by_id = deals, {str(d.id): d for d in deals}
                self._langs, self._mark = doc_langs(self.store), mark
                self._results.clear()
        return mark

    def all(self) -> list[Any]:
        self.refresh()
        return self._deals

    def get(self, deal_id: str) -> Any | None:
        self.refresh()
        return self._by_id.get(deal_id)

    def select(self, f: Filters) -> list[Any]:
        """Deals passing the filters, largest first (remembered until the store changes)."""
        if f == Filters():
            return self.all()
        return self.cached(("select", f.cache_key()), lambda: [d for d in self._deals if self._passes(d, f)])

    def _passes(self, d: Any, f: Filters) -> bool:
        date = getattr(d, "date", None) or ""
        return ((not f.kinds or d.kind in f.kinds) and (not f.statuses or d.status in f.statuses)
                and (not f.date_from or date >= f.date_from)
                and (not f.date_to or (bool(date) and date <= date_upper(f.date_to)))
                and (f.min_usd is None or usd(d) >= f.min_usd)
                and (not f.entity or f.entity in (d.source, d.target))
                and (not f.lang or any(self._langs.get(i) == f.lang for i in getattr(d, "doc_ids", ()))))

    def cached(self, key: tuple[Any, ...], compute: Any) -> Any:
        """Memoise ``compute()`` under ``key`` until the store changes."""
        key = (self.refresh(), *key)
        with self._lock:
            if key in self._results:
                self._results.move_to_end(key)
                return self._results[key]
        value = compute()
        with self._lock:
            self._results[key] = value
            while len(self._results) > _CACHE_SIZE:
                self._results.popitem(last=False)
        return value

    def graph(self, f: Filters, limit: int) -> bytes:
        """The money graph for the filters as JSON bytes (built once per store change and filters)."""
        return self.cached(("graph", f.cache_key(), limit),
                           lambda: json.dumps(build_graph(self.select(f), limit), ensure_ascii=False).encode())


def _edge_groups(deals: list[Any]) -> dict[tuple[str, str, str], list[Any]]:
    groups: dict[tuple[str, str, str], list[Any]] = {}
    for d in deals:
        if d.source and d.target and d.source != d.target:
            groups.setdefault((d.source, d.target, d.kind), []).append(d)
    return groups


def _edge(key: tuple[str, str, str], deals: list[Any]) -> dict[str, Any]:
    source, target, kind = key
    top = max(deals, key=usd)
    pcts = [d.pct for d in deals if getattr(d, "pct", None) is not None]
    return {"id": f"{source}\u2192{target}:{kind}", "source": source, "target": target, "kind": kind,
            "status": top.status, "amount_usd": sum(usd(d) for d in deals if counts_money(d)),
            "pct": pcts[-1] if pcts else None,
            "dashed": all(is_dashed(d) for d in deals), "deals": [str(d.id) for d in deals],
            "dates": sorted({d.date for d in deals if getattr(d, "date", None)})}


def build_graph(deals: list[Any], limit: int) -> dict[str, Any]:
    """Edges = (source, target, kind) groups of deals; node size = money in + out over all of them."""
    edges = [_edge(k, v) for k, v in _edge_groups(deals).items()]
    money: dict[str, list[float]] = {}
    for e in edges:
        money.setdefault(e["source"], [0.0, 0.0])[1] += e["amount_usd"]
        money.setdefault(e["target"], [0.0, 0.0])[0] += e["amount_usd"]
    edges.sort(key=lambda e: (-e["amount_usd"], e["id"]))
    shown = edges[:limit]
    names = sorted({e["source"] for e in shown} | {e["target"] for e in shown})
    nodes = [{"id": n, "label": n, "money_in": money[n][0], "money_out": money[n][1],
              "money": money[n][0] + money[n][1]} for n in names]
    return {"ok": True, "nodes": nodes, "edges": shown, "total_edges": len(edges),
            "total_deals": len(deals), "truncated": len(edges) > limit}
