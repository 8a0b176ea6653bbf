"""Deals for the web app: consolidated once, then kept current, filtered and graphed in memory.

:class:`DealIndex` checks the store's change marker (:func:`queries.fingerprint`) on each request.
The first time it consolidates every claim (:func:`dealgraph.analyze.load.claim_rows` +
:class:`~dealgraph.server.live.LiveDeals`, ~1.5-2 s at 100k claims). After that a review or a
re-extraction re-consolidates only the units of the claims that changed (milliseconds). When very
many documents changed at once (a batch extraction) it rebuilds in a background thread and keeps
serving the previous deals meanwhile, with ``stale`` set (responses carry ``X-Dealgraph-Stale: 1``).
"""

from __future__ import annotations

import bisect
import json
import logging
import threading
from collections import OrderedDict
from typing import Any

from dealgraph.analyze.load import claim_rows
from dealgraph.analyze._values import gc_paused
from dealgraph.analyze.deals import Unit
from dealgraph.server.live import LiveDeals, order, usd
from dealgraph.server.queries import Filters, Mark, changed_since, date_upper, doc_langs, fingerprint
from dealgraph.store import Store

UNCONFIRMED = frozenset({"rumored", "proposed", "up_to"})
NOT_MONEY = frozenset({"stake", "valuation", "lawsuit"})
_CACHE_SIZE = 128
FULL_REBUILD_OVER = 2000  # changed claim keys + documents above which everything is consolidated again
log = logging.getLogger(__name__)

__all__ = ["DealIndex", "build_graph", "counts_money", "is_dashed", "usd"]


def counts_money(deal: Any) -> bool:
    """Whether the deal's amount adds to money flows: not denied, not a stake/valuation/lawsuit,
    and not a tranche already inside a running total (``covered_by``), so nothing counts twice."""
    return (getattr(deal, "status", None) != "denied" and not getattr(deal, "covered_by", None)
            and deal.kind not in NOT_MONEY)


def is_dashed(deal: Any) -> bool:
    """Unconfirmed money: rumored, proposed or 'up to' amounts."""
    return getattr(deal, "status", None) in UNCONFIRMED or bool(getattr(deal, "uncertain", False))


class DealIndex:
    """Thread-safe, incrementally updated deals of a store plus a small LRU of computed results."""

    def __init__(self, store: Store, *, full_rebuild_over: int = FULL_REBUILD_OVER):
        self.store = store
        self.full_rebuild_over = full_rebuild_over
        self._lock = threading.Lock()
        self._mark: Mark | None = None
        self._live = LiveDeals()
        self._langs: dict[str, str] = {}
        self._results: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._rebuilding: threading.Thread | None = None
        self._edges: EdgeList | None = None  # every edge of the unfiltered graph, built on first use

    @property
    def _deals(self) -> list[Any]:
        return self._live.deals

    @property
    def stale(self) -> bool:
        """True while a background rebuild runs and the previous deals are served."""
        return self._rebuilding is not None

    def refresh(self) -> Mark:
        """Catch up with the store if it changed; return the marker of the deals being served."""
        mark = fingerprint(self.store)
        if mark == self._mark:
            return mark
        with self._lock:
            if mark != self._mark and self._rebuilding is None:
                self._catch_up(mark)
            return self._mark  # type: ignore[return-value]

    def _catch_up(self, mark: Mark) -> None:
        changes = None if self._mark is None else changed_since(self.store, self._mark, self.full_rebuild_over)
        if changes is None and self._mark is not None:
            self._rebuilding = threading.Thread(target=self._rebuild, args=(mark,), daemon=True,
                                                name="dealgraph-deals")
            self._rebuilding.start()
            return
        if changes is None:
            self._live, self._langs = LiveDeals(claim_rows(self.store)), doc_langs(self.store)
            self._edges = None
        else:
            keys, docs = changes
            units = self._live.replace(keys, docs, claim_rows(self.store, keys=keys, doc_ids=docs))
            self._langs.update(doc_langs(self.store, docs))
            if self._edges is not None:
                self._edges.update(self._live, units)
        self._mark = mark
        self._results.clear()

    def _rebuild(self, mark: Mark) -> None:
        """Consolidate everything again off the request path, then swap it in."""
        try:
            live, langs = LiveDeals(claim_rows(self.store)), doc_langs(self.store)
            with self._lock:
                self._live, self._langs, self._mark, self._edges = live, langs, mark, None
                self._results.clear()
        except Exception:  # noqa: BLE001 - keep serving the previous deals; the next request retries
            log.exception("rebuilding deals failed")
        finally:
            self._rebuilding = None

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a background rebuild to finish (tests, benchmarks)."""
        thread = self._rebuilding
        if thread is not None:
            thread.join(timeout)

    def all(self) -> list[Any]:
        self.refresh()
        return self._live.deals

    def get(self, deal_id: str) -> Any | None:
        self.refresh()
        return self._live.by_id.get(deal_id)

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
        """The money graph for the filters as JSON bytes (built once per store change and filters;
        the unfiltered one from edges kept current unit by unit, so a review costs milliseconds)."""
        def compute() -> bytes:
            data = self._whole_graph(limit) if f == Filters() else build_graph(self.select(f), limit)
            return json.dumps(data, ensure_ascii=False).encode()
        return self.cached(("graph", f.cache_key(), limit), compute)

    def _whole_graph(self, limit: int) -> dict[str, Any]:
        with self._lock:
            if self._edges is None:
                with gc_paused():
                    self._edges = EdgeList(self._live)
            edges = list(self._edges.edges)
        return graph_json(edges, limit, len(self._live.deals))


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
    edges.sort(key=edge_order)
    return graph_json(edges, limit, len(deals))


def edge_order(e: dict[str, Any]) -> tuple[float, str]:
    return (-e["amount_usd"], e["id"])


def graph_json(edges: list[dict[str, Any]], limit: int, total_deals: int) -> dict[str, Any]:
    """The top ``limit`` of ``edges`` (sorted by :func:`edge_order`) and their nodes' money over all edges."""
    money: dict[str, list[float]] = {}
    for e in edges:
        money.setdefault(e["source"], [0.0, 0.0])[1] += e["amount_usd"]
        money.setdefault(e["target"], [0.0, 0.0])[0] += e["amount_usd"]
    shown = edges[:limit]
    names = sorted({e["source"] for e in shown} | {e["target"] for e in shown})
    nodes = [{"id": n, "label": n, "money_in": money[n][0], "money_out": money[n][1],
              "money": money[n][0] + money[n][1]} for n in names]
    return {"ok": True, "nodes": nodes, "edges": shown, "total_edges": len(edges),
            "total_deals": total_deals, "truncated": len(edges) > limit}


class EdgeList:
    """The unfiltered graph's edges, sorted; an edge is one (kind, source, target) unit's deals, so a
    change re-makes only the edges of the units it touched."""

    def __init__(self, live: LiveDeals):
        self.by_unit: dict[Unit, dict[str, Any]] = {}
        for unit in live.unit_deals:
            self._make(live, unit)
        self.edges = sorted(self.by_unit.values(), key=edge_order)

    def _make(self, live: LiveDeals, unit: Unit) -> dict[str, Any] | None:
        deals = sorted((d for d in live.unit_deals.get(unit, ()) if d.source and d.target and d.source != d.target),
                       key=order)
        if deals:
            self.by_unit[unit] = _edge((deals[0].source, deals[0].target, deals[0].kind), deals)
        return self.by_unit.get(unit) if deals else None

    def update(self, live: LiveDeals, units: set[Unit]) -> None:
        gone = {id(e) for e in (self.by_unit.pop(u, None) for u in units) if e is not None}
        self.edges = [e for e in self.edges if id(e) not in gone]
        for unit in units:
            edge = self._make(live, unit)
            if edge is not None:
                bisect.insort(self.edges, edge, key=edge_order)
