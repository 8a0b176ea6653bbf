"""Round trips: money that leaves a company and comes back to it through other companies.

Edges that cannot carry a qualifying cycle are dropped first (amount below ``min_usd``, self-loops,
undated when a window is set, edges between different strongly connected components). Parallel
deals are collapsed to one edge per ordered pair (:func:`simple_view`), the bounded simple cycles of
that graph are enumerated meet-in-the-middle with numpy (:func:`cycle_pairs`; paths that cannot fit
the time window are dropped while they grow), every choice of one deal per pair is expanded, and
numpy filters and ranks the result. igraph's own ``simple_cycles`` is not used: igraph 1.0 misses
cycles depending on vertex and edge order (igraph/igraph#2911), which made windowed counts vary.

Definitions (docs/analysis.md):
- start node: the source of the earliest capital leg (investment, loan, acquisition, joint venture);
  without one, the source of the earliest leg.
- bottleneck_usd: the smallest leg amount (known amounts only; ``unknown_amounts`` counts the rest).
- round_trip_ratio: bottleneck / amount of the leg leaving the start node, so 1.0 means everything
  that left could have come back; None when the start leg has no amount.
- span_days: the shortest time span consistent with the (partial) dates of the legs.
- zscore / p_value: the number of cycles of that length against graphs with the same in/out degrees
  (igraph ``rewire``), computed on the pruned graph with parallel edges merged.
"""

from __future__ import annotations

import gc
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import igraph
import numpy as np

from dealgraph.analyze._values import iso_day, to_jsonable
from dealgraph.analyze.deals import Deal
from dealgraph.analyze.graph import CAPITAL_KINDS, KINDS, NO_DATE, MoneyGraph, SimpleView, money_graph, simple_view

_CAPITAL = np.array([k in CAPITAL_KINDS for k in KINDS])
CHUNK_ROWS = 2_000_000  # candidate paths generated at once in the last (largest) level
_FAR = 1 << 40  # date sentinel: later/earlier than any day ordinal


@dataclass(frozen=True, slots=True)
class Leg:
    deal: str
    kind: str
    source: str
    target: str
    amount_usd: Decimal | None
    date: str | None


@dataclass(frozen=True, slots=True)
class Cycle:
    """One round trip; ``nodes[0]`` is the start node and ``legs[i]`` goes nodes[i] -> nodes[i+1]."""

    nodes: list[str]
    legs: list[Leg]
    bottleneck_usd: Decimal | None
    round_trip_ratio: float | None
    span_days: int | None
    unknown_amounts: int
    zscore: float | None = None
    p_value: float | None = None

    @property
    def length(self) -> int:
        return len(self.legs)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: amounts as exact decimal strings, ratio/zscore/p_value as floats."""
        return {**to_jsonable(self), "length": self.length}


def _prune(mg: MoneyGraph, eids: np.ndarray) -> np.ndarray:
    """The edges of ``eids`` whose ends lie in one strongly connected component (others close no cycle)."""
    if len(eids) == 0:
        return eids
    sub = mg.graph.subgraph_edges(eids.tolist(), delete_vertices=False)
    member = np.asarray(sub.connected_components(mode="strong").membership)
    return eids[member[mg.src[eids]] == member[mg.dst[eids]]]


def _candidates(mg: MoneyGraph, min_usd: float | None, window_days: int | None) -> np.ndarray:
    keep = mg.src != mg.dst
    if min_usd is not None:
        keep &= np.nan_to_num(mg.amount, nan=-np.inf) >= min_usd
    if window_days is not None:
        keep &= mg.date_lo != NO_DATE
    return np.flatnonzero(keep)


@dataclass(slots=True)
class _Adjacency:
    """One direction of a :class:`SimpleView` as sorted ``row * n + col`` keys (CSR by rank)."""

    key: np.ndarray
    ptr: np.ndarray
    col: np.ndarray
    pair: np.ndarray

    @classmethod
    def of(cls, view: SimpleView, forward: bool) -> _Adjacency:
        row, col = (view.src, view.dst) if forward else (view.dst, view.src)
        pair = np.lexsort((col, row))
        ptr = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=view.n))])
        return cls(row[pair] * view.n + col[pair], ptr, col[pair], pair)


@dataclass(slots=True)
class _Paths:
    """Simple paths leaving (forward) or entering (backward) their start node ``nodes[:, 0]``.

    Every other node ranks above the start; ``pairs[:, j]`` links ``nodes[:, j]`` and ``nodes[:, j+1]``;
    ``lo``/``hi`` are the latest earliest-date and earliest latest-date over the pairs so far.
    """

    nodes: np.ndarray
    pairs: np.ndarray
    lo: np.ndarray
    hi: np.ndarray

    @classmethod
    def starts(cls, n: int) -> _Paths:
        return cls(np.arange(n, dtype=np.int64)[:, None], np.empty((n, 0), np.int64),
                   np.full(n, -_FAR), np.full(n, _FAR))

    def __len__(self) -> int:
        return len(self.lo)

    def take(self, rows: np.ndarray) -> _Paths:
        return _Paths(self.nodes[rows], self.pairs[rows], self.lo[rows], self.hi[rows])


def _ranges(first: np.ndarray, count: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row, position) for every position in ``first[i] .. first[i] + count[i]``."""
    row = np.repeat(np.arange(len(count)), count)
    return row, first[row] + np.arange(len(row)) - np.repeat(np.cumsum(count) - count, count)


def _next_first(p: _Paths, adj: _Adjacency, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Where each path's admissible next steps (neighbours ranked above its start) begin, and how many."""
    end = p.nodes[:, -1]
    first = np.searchsorted(adj.key, end * n + p.nodes[:, 0] + 1)
    return first, adj.ptr[end + 1] - first


def _extend(p: _Paths, adj: _Adjacency, view: SimpleView, window: int | None) -> _Paths:
    """Every one-step extension of ``p`` that stays simple and (with a window) can still fit in it."""
    row, pos = _ranges(*_next_first(p, adj, view.n))
    nxt, pair = adj.col[pos], adj.pair[pos]
    lo, hi = np.maximum(p.lo[row], view.lo[pair]), np.minimum(p.hi[row], view.hi[pair])
    keep = np.ones(len(row), dtype=bool) if window is None else lo - hi <= window
    for j in range(1, p.nodes.shape[1] - 1):
        keep &= p.nodes[row, j] != nxt
    row, nxt, pair, lo, hi = row[keep], nxt[keep], pair[keep], lo[keep], hi[keep]
    return _Paths(np.column_stack([p.nodes[row], nxt]), np.column_stack([p.pairs[row], pair]), lo, hi)


def _join(f: _Paths, b: _Paths, n: int, window: int | None) -> np.ndarray:
    """Close forward paths with backward paths sharing start and end: cycles as rows of pair ids."""
    bkey = b.nodes[:, 0] * n + b.nodes[:, -1]
    fkey = f.nodes[:, 0] * n + f.nodes[:, -1]
    first = np.searchsorted(bkey, fkey)
    frow, brow = _ranges(first, np.searchsorted(bkey, fkey, side="right") - first)
    keep = np.ones(len(frow), dtype=bool)
    if window is not None:
        keep &= np.maximum(f.lo[frow], b.lo[brow]) - np.minimum(f.hi[frow], b.hi[brow]) <= window
    for i in range(1, f.nodes.shape[1] - 1):
        for j in range(1, b.nodes.shape[1] - 1):
            keep &= f.nodes[frow, i] != b.nodes[brow, j]
    frow, brow = frow[keep], brow[keep]
    return np.column_stack([f.pairs[frow], b.pairs[brow][:, ::-1]])


def _sorted_by_ends(p: _Paths, n: int) -> _Paths:
    return p.take(np.argsort(p.nodes[:, 0] * n + p.nodes[:, -1], kind="stable"))


def cycle_pairs(view: SimpleView, max_len: int, window: int | None = None) -> list[np.ndarray]:
    """Every simple cycle of 2..``max_len`` pairs of ``view``, as one (count, length) array per length.

    Meet in the middle: a cycle is listed once, from its lowest-rank node v, as a forward path of
    ceil(L/2) steps from v joined with a backward path of floor(L/2) steps into v at the same far
    node. Paths grow a level at a time over the whole graph with sorted-key lookups (no per-node
    search); the last, largest level is built in chunks and joined at once. With ``window``, a path
    whose pairs cannot all fall within ``window`` days of each other is dropped as soon as it appears.
    """
    if max_len < 2 or len(view.src) == 0:
        return []
    n, top = view.n, (max_len + 1) // 2
    out_adj, in_adj = _Adjacency.of(view, True), _Adjacency.of(view, False)
    fwd, bwd = [_Paths.starts(n)], [_Paths.starts(n)]
    for _ in range(top - 1):
        fwd.append(_extend(fwd[-1], out_adj, view, window))
    for _ in range(max_len // 2):
        bwd.append(_extend(bwd[-1], in_adj, view, window))
    bwd = [_sorted_by_ends(b, n) for b in bwd]
    found = [_join(fwd[(L + 1) // 2], bwd[L // 2], n, window) for L in range(2, max_len + 1) if (L + 1) // 2 < top]
    last = fwd[top - 1]
    _, count = _next_first(last, out_adj, n)
    bounds = np.searchsorted(np.cumsum(count), np.arange(CHUNK_ROWS, int(count.sum()), CHUNK_ROWS))
    for rows in np.split(np.arange(len(last)), bounds):
        ext = _extend(last.take(rows), out_adj, view, window)
        found += [_join(ext, bwd[L - top], n, window) for L in range(2 * top - 1, min(2 * top, max_len) + 1)]
    return [f for f in found if len(f)]


def _expand(view: SimpleView, pairs: np.ndarray) -> np.ndarray:
    """Every choice of one deal per pair: (count, L) rows of pair ids -> rows of edge ids."""
    mult = view.count[pairs]
    total = mult.prod(axis=1)
    row = np.repeat(np.arange(len(pairs)), total)
    t = np.arange(len(row)) - np.repeat(np.cumsum(total) - total, total)
    inner = np.column_stack([np.cumprod(mult[:, :0:-1], axis=1)[:, ::-1], np.ones(len(pairs), np.int64)])
    digit = (t[:, None] // inner[row]) % mult[row]
    return view.members[view.offset[pairs[row]] + digit]


def _enumerate(mg: MoneyGraph, eids: np.ndarray, max_len: int, window: int | None = None) -> np.ndarray:
    """Cycles as an (m, max_len) array of original edge ids in walking order, padded with -1.

    With ``window``, only cycles whose deals can all fall within ``window`` days (pair bounds) come
    out; the exact per-deal span is checked later.
    """
    out = [np.empty((0, max_len), dtype=np.int64)]
    if len(eids):
        view = simple_view(mg.src, mg.dst, mg.date_lo, mg.date_hi, eids)
        for pairs in cycle_pairs(view, max_len, window):
            edges = _expand(view, pairs)
            out.append(np.pad(edges, ((0, 0), (0, max_len - edges.shape[1])), constant_values=-1))
    return np.vstack(out)


@dataclass(slots=True)
class _Table:
    """Per-cycle arrays computed with numpy."""

    edges: np.ndarray
    length: np.ndarray
    bottleneck: np.ndarray
    unknown: np.ndarray
    span: np.ndarray  # -1 unknown
    start: np.ndarray  # position of the start leg


def _table(mg: MoneyGraph, edges: np.ndarray) -> _Table:
    valid = edges >= 0
    e = np.where(valid, edges, 0)
    amt = np.where(valid, mg.amount[e], np.nan)
    known = valid & ~np.isnan(amt)
    bottleneck = np.where(known.any(axis=1), np.nanmin(np.where(known, amt, np.inf), axis=1), np.nan)
    lo, hi = mg.date_lo[e], mg.date_hi[e]
    dated = np.where(valid, lo != NO_DATE, True).all(axis=1)
    span = np.maximum(np.where(valid, lo, np.iinfo(np.int64).min).max(axis=1)
                      - np.where(valid, hi, np.iinfo(np.int64).max).min(axis=1), 0)
    order = np.where(lo == NO_DATE, 10**8, lo) + np.where(_CAPITAL[mg.kind[e]], 0, 10**9)
    start = np.where(valid, order, np.iinfo(np.int64).max).argmin(axis=1)
    return _Table(edges, valid.sum(axis=1), bottleneck, (valid & ~known).sum(axis=1),
                  np.where(dated, span, -1), start)


def _select(t: _Table, window_days: int | None, limit: int | None) -> np.ndarray:
    ok = np.ones(len(t.edges), dtype=bool)
    if window_days is not None:
        ok &= (t.span >= 0) & (t.span <= window_days)
    idx = np.flatnonzero(ok)
    size = np.nan_to_num(t.bottleneck[idx], nan=-1.0)
    idx = idx[np.lexsort((t.length[idx], -size))]  # stable: equal cycles keep the enumeration order
    return idx[:limit] if limit is not None else idx


def _leg(mg: MoneyGraph, e: int) -> Leg:
    if mg.deals:
        d = mg.deals[e]
        return Leg(d.id, d.kind, str(d.source), str(d.target), d.amount_usd, d.date)
    amount = None if np.isnan(mg.amount[e]) else Decimal(repr(float(mg.amount[e])))
    date = None if mg.date_lo[e] == NO_DATE else iso_day(mg.date_lo[e])
    return Leg(f"e{e}", KINDS[mg.kind[e]], mg.names[mg.src[e]], mg.names[mg.dst[e]], amount, date)


def _rotated(t: _Table, chosen: np.ndarray) -> np.ndarray:
    """The chosen rows of edge ids rotated so that each starts with its start leg (padding -1 at the end)."""
    n, col = t.length[chosen][:, None], np.arange(t.edges.shape[1])[None, :]
    rows = np.take_along_axis(t.edges[chosen], (t.start[chosen][:, None] + col) % n, axis=1)
    return np.where(col < n, rows, -1)


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: building millions of small acyclic objects would trigger
    full collections that rescan all of them (measured: 2-5x slower)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _objects(items: list[Any]) -> np.ndarray:
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


def _cycles(mg: MoneyGraph, t: _Table, chosen: np.ndarray,
            stats: dict[int, tuple[float | None, float | None]]) -> list[Cycle]:
    """:func:`_build_cycles` with the cyclic garbage collector paused."""
    with _no_gc():
        return _build_cycles(mg, t, chosen, stats)


def _build_cycles(mg: MoneyGraph, t: _Table, chosen: np.ndarray,
                  stats: dict[int, tuple[float | None, float | None]]) -> list[Cycle]:
    """Build :class:`Cycle` objects, one length at a time, with the per-cycle lists cut by numpy.

    Each deal's :class:`Leg` is built once and shared. The bottleneck leg and the ratio come from
    numpy; the bottleneck itself is that leg's exact amount.
    """
    rows = _rotated(t, chosen)
    used = np.unique(rows[rows >= 0])
    legs = np.empty(len(mg.src), dtype=object)
    legs[used] = [_leg(mg, e) for e in used.tolist()]
    names, exact = _objects(mg.names), _objects([None] * len(mg.src))
    exact[used] = [leg.amount_usd for leg in legs[used]]
    amount = np.where(rows >= 0, mg.amount[np.maximum(rows, 0)], np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = t.bottleneck[chosen] / amount[:, 0]
    ratio = np.where(np.isfinite(ratio), ratio, None)
    low = np.where(np.isnan(amount), np.inf, amount).argmin(axis=1)  # some known leg when any is known
    span = np.where(t.span[chosen] >= 0, t.span[chosen], None)
    out = np.empty(len(chosen), dtype=object)
    for n in np.unique(t.length[chosen]).tolist():
        at = np.flatnonzero(t.length[chosen] == n)
        r = rows[at, :n]
        z, p = stats.get(n, (None, None))
        out[at] = list(map(Cycle, names[mg.src[r]].tolist(), legs[r].tolist(), exact[r[np.arange(len(r)), low[at]]],
                           ratio[at], span[at], t.unknown[chosen][at].tolist(), [z] * len(at), [p] * len(at)))
    return out.tolist()


def _counts_by_length(g: igraph.Graph, max_len: int) -> np.ndarray:
    edges = np.asarray(g.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    zero = np.zeros(len(edges), dtype=np.int64)
    view = simple_view(edges[:, 0], edges[:, 1], zero, zero, np.flatnonzero(edges[:, 0] != edges[:, 1]))
    counts = np.zeros(max_len + 1, dtype=np.int64)
    for pairs in cycle_pairs(view, max_len):
        counts[pairs.shape[1]] += len(pairs)
    return counts


def baseline_stats(mg: MoneyGraph, eids: np.ndarray, max_len: int, samples: int,
                   seed: int = 0) -> dict[int, tuple[float | None, float | None]]:
    """Per cycle length: (zscore, empirical p-value) of the observed count vs degree-preserving rewirings."""
    if samples <= 0 or len(eids) == 0:
        return {}
    g = mg.graph.subgraph_edges(eids.tolist(), delete_vertices=True)
    g.simplify(multiple=True, loops=True)
    observed = _counts_by_length(g, max_len)
    rng_state = random.getstate()
    random.seed(seed)
    null = []
    for _ in range(samples):
        h = g.copy()
        h.rewire(n=10 * max(h.ecount(), 1), allowed_edge_types="simple")
        null.append(_counts_by_length(h, max_len))
    random.setstate(rng_state)
    return _zscores(observed, np.vstack(null))


def _zscores(observed: np.ndarray, null: np.ndarray) -> dict[int, tuple[float | None, float | None]]:
    mean, std = null.mean(axis=0), null.std(axis=0)
    p = (1 + (null >= observed).sum(axis=0)) / (1 + len(null))
    return {k: (float((observed[k] - mean[k]) / std[k]) if std[k] > 0 else None, float(p[k]))
            for k in range(2, len(observed)) if observed[k] > 0}


def find_cycles(deals: Sequence[Deal] | MoneyGraph, *, max_len: int = 5, window_days: int | None = None,
                min_usd: float | None = None, limit: int | None = None, null_samples: int = 10,
                seed: int = 0) -> list[Cycle]:
    """Round trips of 2..``max_len`` legs, largest bottleneck first.

    ``window_days`` keeps cycles whose legs fit in that many days (undated legs then fail);
    ``min_usd`` keeps cycles whose every leg is at least that large. ``null_samples`` rewired graphs
    give each cycle length a z-score and p-value (0 skips that work).
    """
    mg = deals if isinstance(deals, MoneyGraph) else money_graph(deals)
    eids = _prune(mg, _candidates(mg, min_usd, window_days))
    found = _enumerate(mg, eids, max_len, window_days)
    table = _table(mg, found)
    chosen = _select(table, window_days, limit)
    stats = baseline_stats(mg, eids, max_len, null_samples, seed) if len(chosen) else {}
    return _cycles(mg, table, chosen, stats)
