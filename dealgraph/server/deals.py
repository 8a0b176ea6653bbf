"""Deals for the web app: consolidated once, then kept current, filtered and graphed in memory.

:class:`DealIndex` checks the store's change marker (:func:`queries.fingerprint`) on each request.
The first time it consolidates every claim (:func:`dealgraph.analyze.load.claim_rows` +
:class:`~dealgraph.server.live.LiveDeals`, ~1.5-2 s at 100k claims). After that a review or a
re-extraction re-consolidates only the units of the claims that changed (milliseconds). When very
many documents changed at once (a batch extraction) it rebuilds in a background thread and keeps
serving the previous deals meanwhile, with ``stale`` set.

With a :class:`~dealgraph.server.watch.StoreWatch` the marker query runs only when the store's
generation moved (:meth:`DealIndex.fresh` is then a few microseconds, no SQL). Async routes read
the deals through :meth:`DealIndex.current`: on the event loop, after awaiting the one catch-up
in flight (run in a worker thread), over a published :class:`View` that no catch-up changes.

A catch-up also keeps the derived data current in place of recomputing it: the unfiltered graph's
edges and node money (:class:`~dealgraph.server.edges.EdgeList`), the entity totals
(:class:`~dealgraph.server.totals.EntityTotals`) and the filtered deal lists remembered for the
previous view (:meth:`DealIndex._carry_selects`), each by the deals that went and came.
"""

from __future__ import annotations

import asyncio
import bisect
import gc
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool

from dealgraph.analyze.load import claim_rows
from dealgraph.analyze._values import gc_paused
from dealgraph.server.edges import UNCONFIRMED, EdgeList, build_graph, graph_json, is_dashed
from dealgraph.server.live import Change, LiveDeals, order, usd, without
from dealgraph.server.totals import NOT_MONEY, EntityTotals, counts_money
from dealgraph.server.queries import Filters, Mark, changed_since, date_upper, doc_langs, fingerprint
from dealgraph.server.watch import Generation, StoreWatch
from dealgraph.store import Store

_CACHE_SIZE = 128
FREEZE_FROM = 10_000  # claims from which a full consolidation is frozen out of the GC's reach
FULL_REBUILD_OVER = 2000  # changed claim keys + documents above which everything is consolidated again
log = logging.getLogger(__name__)
T = TypeVar("T")

__all__ = ["NOT_MONEY", "UNCONFIRMED", "DealIndex", "build_graph", "counts_money", "graph_json", "is_dashed", "usd"]
ENTITY_TOTALS = ("entities",)


@dataclass(frozen=True, slots=True)
class View:
    """The deals as one catch-up left them. A later catch-up makes new ``deals`` and ``edges``
    lists rather than changing these, so a reader can go through them while it runs; ``by_id``
    and ``langs`` are shared and only ever looked up one key at a time."""

    mark: Mark
    deals: list[Any]
    by_id: dict[str, Any]
    langs: dict[str, str]
    edges: list[dict[str, Any]]


_PINNED: ContextVar[tuple[Any, View] | None] = ContextVar("dealgraph_deals_pinned", default=None)


class DealIndex:
    """Thread-safe, incrementally updated deals of a store plus a small LRU of computed results.

    Catching up happens under ``_lock`` (one at a time) and ends by publishing a new
    :class:`View`; readers use the published view and never wait for the lock once it is current.
    """

    def __init__(self, store: Store, *, full_rebuild_over: int = FULL_REBUILD_OVER, watch: StoreWatch | None = None,
                 freeze_from: int = FREEZE_FROM):
        self.store = store
        self.freeze_from = freeze_from
        self.watch = watch
        self.full_rebuild_over = full_rebuild_over
        self._lock = threading.Lock()  # held while catching up
        self._results_lock = threading.Lock()
        self._view: View | None = None
        self._fresh_at: Generation | None = None  # the watch generation at which _view was current
        self._swaps = 0  # background rebuilds swapped in
        self._inflight: asyncio.Task[Mark] | None = None  # the catch-up async readers share
        self._live = LiveDeals()
        self._langs: dict[str, str] = {}
        self._edges = EdgeList(self._live)  # every edge of the unfiltered graph, kept current
        self._totals = EntityTotals()  # money in/out per entity, kept current
        self._results: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._rebuilding: threading.Thread | None = None

    @property
    def stale(self) -> bool:
        """True while a background rebuild runs and the previous deals are served."""
        return self._rebuilding is not None

    def fresh(self) -> bool:
        """True when the deals are known current without asking the store (needs a watch)."""
        return (self.watch is not None and self._view is not None and self._rebuilding is None
                and self._fresh_at == self.watch.generation())

    def version(self) -> int | None:
        """None while a background rebuild runs (stale deals are served), else how many rebuilds were
        swapped in: a response computed between two equal versions saw deals at least as current as
        the store was when it started."""
        return None if self._rebuilding is not None else self._swaps

    async def current(self, read: Callable[[], T], *, memo: tuple[Any, ...] | None = None) -> T:
        """``read()`` over deals caught up with the store (see :meth:`_caught_up`), pinned to one
        :class:`View` (the index does not look at the store again meanwhile). On the event loop,
        unless ``read`` computes the result remembered under ``memo`` (see :meth:`cached`) and it
        is not there yet: heavy work then runs in a worker thread, and the loop keeps answering."""
        await self._caught_up()
        view = self._view
        assert view is not None
        if memo is not None and not self._remembers(view, memo):
            return await run_in_threadpool(self._pinned, view, read)
        return self._pinned(view, read)

    def _pinned(self, view: View, read: Callable[[], T]) -> T:
        token = _PINNED.set((self, view))
        try:
            return read()
        finally:
            _PINNED.reset(token)

    def _remembers(self, view: View, key: tuple[Any, ...]) -> bool:
        return (view.mark, *key) in self._results

    def _pin(self) -> View | None:
        pinned = _PINNED.get()
        return pinned[1] if pinned is not None and pinned[0] is self else None

    async def _caught_up(self) -> None:
        """Catch up in a worker thread when the store moved. One catch-up at a time: requests that
        arrive meanwhile await it, then (if it began before they did) one more that began after."""
        loop = asyncio.get_running_loop()
        for _ in range(2):
            if self._view is not None and (self.fresh() or self._rebuilding is not None):
                return
            task = self._inflight
            started = task is None or task.done() or task.get_loop() is not loop
            if started:
                task = self._inflight = loop.create_task(run_in_threadpool(self.refresh))
            await asyncio.shield(task)  # type: ignore[arg-type]
            if started:
                return

    def refresh(self) -> Mark:
        """Catch up with the store if it changed; return the marker of the deals being served."""
        pinned = self._pin()
        if pinned is not None:
            return pinned.mark  # inside current(): caught up already
        view = self._view
        generation = self.watch.generation() if self.watch is not None else None
        if view is not None and generation is not None and generation == self._fresh_at and self._rebuilding is None:
            return view.mark
        mark = fingerprint(self.store)
        if view is not None and mark == view.mark and self._rebuilding is None:
            self._fresh_at = generation
            return mark
        with self._lock:
            if (self._view is None or mark != self._view.mark) and self._rebuilding is None:
                self._catch_up(mark)
            view = self._view
            assert view is not None
            if view.mark == mark and self._rebuilding is None:
                self._fresh_at = generation
            return view.mark

    def _catch_up(self, mark: Mark) -> None:
        changes = None if self._view is None else changed_since(self.store, self._view.mark, self.full_rebuild_over)
        if changes is None and self._view is not None:
            self._rebuilding = threading.Thread(target=self._rebuild, args=(mark,), daemon=True,
                                                name="dealgraph-deals")
            self._rebuilding.start()
            return
        if changes is None:
            self._live, self._langs = LiveDeals(claim_rows(self.store)), doc_langs(self.store)
            with gc_paused():
                self._edges, self._totals = EdgeList(self._live), EntityTotals(self._live.deals)
            _freeze(len(self._live.rows), self.freeze_from)
        else:
            keys, docs = changes
            change = self._live.replace(keys, docs, claim_rows(self.store, keys=keys, doc_ids=docs))
            self._langs.update(doc_langs(self.store, docs))
            self._edges.update(self._live, change.units)
            self._totals.update(change.gone, change.fresh)
            before = self._view
            self._publish(mark)
            self._carry_selects(before, change)
            return
        self._publish(mark)

    def _publish(self, mark: Mark) -> None:
        """Make the deals as they are now the served view. Results remembered for the view before
        stay (a reader may still be pinned to it); older ones go."""
        before = self._view
        self._view = View(mark, self._live.deals, self._live.by_id, self._langs, self._edges.edges)
        keep = {mark, before.mark if before else None}
        with self._results_lock:
            for key in [k for k in self._results if k[0] not in keep]:
                del self._results[key]

    def _carry_selects(self, before: View | None, change: Change) -> None:
        """Update the filtered deal lists remembered for the view before for the deals that changed,
        so the next request does not filter every deal again (bisection: microseconds a deal)."""
        view = self._view
        if before is None or view is None:
            return
        with self._results_lock:
            lists = [(k[2], v) for k, v in self._results.items() if k[0] == before.mark and k[1] == "select"]
        for fkey, deals in lists:
            f = Filters(*fkey)
            kept = without(deals, [d for d in change.gone if _passes(before, d, f)], order)
            for d in change.fresh:
                if _passes(view, d, f):
                    bisect.insort(kept, d, key=order)
            with self._results_lock:
                self._results[(view.mark, "select", fkey)] = kept

    def _rebuild(self, mark: Mark) -> None:
        """Consolidate everything again off the request path, then swap it in."""
        try:
            live, langs = LiveDeals(claim_rows(self.store)), doc_langs(self.store)
            with gc_paused():
                edges, totals = EdgeList(live), EntityTotals(live.deals)
            with self._lock:
                self._live, self._langs, self._edges, self._totals = live, langs, edges, totals
                self._swaps += 1
                self._publish(mark)
            _freeze(len(live.rows), self.freeze_from)
        except Exception:  # noqa: BLE001 - keep serving the previous deals; the next request retries
            log.exception("rebuilding deals failed")
        finally:
            self._rebuilding = None

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a background rebuild to finish (tests, benchmarks)."""
        thread = self._rebuilding
        if thread is not None:
            thread.join(timeout)

    def _served(self) -> View:
        pinned = self._pin()
        if pinned is not None:
            return pinned
        self.refresh()
        assert self._view is not None
        return self._view

    def entity_totals(self) -> list[dict[str, Any]]:
        """Every entity with money in, money out and deal count, most money first (see
        :class:`~dealgraph.server.totals.EntityTotals`), remembered until the store changes."""
        def compute() -> list[dict[str, Any]]:
            with self._lock:  # a catch-up changes the totals in place
                return self._totals.rows()
        return self.cached(ENTITY_TOTALS, compute)

    def all(self) -> list[Any]:
        return self._served().deals

    def get(self, deal_id: str) -> Any | None:
        return self._served().by_id.get(deal_id)

    def select(self, f: Filters) -> list[Any]:
        """Deals passing the filters, largest first (remembered until the store changes)."""
        if f == Filters():
            return self.all()
        view = self._served()
        return self.cached(("select", f.cache_key()), lambda: [d for d in view.deals if _passes(view, d, f)])

    def cached(self, key: tuple[Any, ...], compute: Any) -> Any:
        """Memoise ``compute()`` under ``key`` until the store changes."""
        key = (self.refresh(), *key)
        with self._results_lock:
            if key in self._results:
                self._results.move_to_end(key)
                return self._results[key]
        value = compute()
        with self._results_lock:
            self._results[key] = value
            while len(self._results) > _CACHE_SIZE:
                self._results.popitem(last=False)
        return value

    def graph(self, f: Filters, limit: int) -> bytes:
        """The money graph for the filters as JSON bytes (built once per store change and filters;
        the unfiltered one from edges kept current unit by unit, so a review costs milliseconds)."""
        def compute() -> bytes:
            if f == Filters():
                self._served()
                with self._lock:  # node money is kept in place by the catch-ups
                    data = self._edges.graph(limit, len(self._live.deals))
            else:
                data = build_graph(self.select(f), limit)
            return json.dumps(data, ensure_ascii=False).encode()
        return self.cached(("graph", f.cache_key(), limit), compute)


def _freeze(claims: int, least: int) -> None:
    """Move every object alive now out of reach of the cyclic garbage collector (``gc.freeze``),
    when the deals were made from at least ``least`` claims (``FREEZE_FROM``).

    A full consolidation leaves ~15 objects per claim (1.5 M at 100k claims). Left to the collector,
    they are scanned again by the next young, middle and full collections: pauses of 0.3-0.6 s
    each, which stop every request (the p99 outliers of bench/api.py landed on whichever endpoint
    ran then). Frozen, they are still freed by reference counting when a catch-up replaces them;
    deals, rows and edges hold no reference cycles. Whatever else is alive then is frozen too: fine
    for a server, which builds this once, not for a test process making many small apps (their
    connections would never be collected), hence the threshold.
    """
    if claims >= least:
        gc.freeze()


def _passes(view: View, d: Any, f: Filters) -> bool:
    date = getattr(d, "date", None) or ""
    return ((not f.kinds or d.kind in f.kinds) and (not f.statuses or d.status in f.statuses)
            and (not f.date_from or date >= f.date_from)
            and (not f.date_to or (bool(date) and date <= date_upper(f.date_to)))
            and (f.min_usd is None or usd(d) >= f.min_usd)
            and (not f.entity or f.entity in (d.source, d.target))
            and (not f.lang or any(view.langs.get(i) == f.lang for i in getattr(d, "doc_ids", ()))))
