"""Round trips: money that leaves a company and comes back to it through other companies.

Edges that cannot carry a qualifying cycle are dropped first (amount below ``min_usd``, self-loops,
edges between different strongly connected components); igraph then enumerates the bounded simple
cycles (``Graph.simple_cycles(output="epath")``) on what is left, and numpy filters and ranks them.

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

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import igraph
import numpy as np

from dealgraph.analyze._values import iso_day, to_jsonable
from dealgraph.analyze.deals import Deal
from dealgraph.analyze.graph import CAPITAL_KINDS, KINDS, NO_DATE, MoneyGraph, money_graph

MAX_BLOCKS = 64  # time blocks for windowed enumeration (bounds the per-block overhead)
_CAPITAL = np.array([k in CAPITAL_KINDS for k in KINDS])


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


def _enumerate(mg: MoneyGraph, eids: np.ndarray, max_len: int) -> np.ndarray:
    """Cycles as an (m, max_len) array of original edge ids, padded with -1."""
    if len(eids) == 0:
        return np.empty((0, max_len), dtype=np.int64)
    whole = len(eids) == int(np.count_nonzero(mg.src != mg.dst))  # nothing pruned but self-loops (min=2 skips them)
    sub = mg.graph if whole else mg.graph.subgraph_edges(eids.tolist(), delete_vertices=False)
    found = sub.simple_cycles(min=2, max=max_len, output="epath")
    if whole:
        eids = np.arange(mg.graph.ecount(), dtype=np.int64)
    lengths = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
    flat = np.fromiter(itertools.chain.from_iterable(found), dtype=np.int64, count=int(lengths.sum()))
    out = np.full((len(found), max_len), -1, dtype=np.int64)
    rows = np.repeat(np.arange(len(found)), lengths)
    cols = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    out[rows, cols] = eids[flat]
    return out


def _windowed(mg: MoneyGraph, eids: np.ndarray, max_len: int, window: int) -> np.ndarray:
    """Cycles whose legs fit in ``window`` days, enumerated block by block.

    A qualifying cycle has max(date_lo) - min(date_hi) <= window. With t = min(date_hi) in block
    k = t // b (any block width b; half the window here), every leg has date_hi >= k*b and date_lo < (k+1)*b + window,
    so the cycle lies in that block's edges; keeping only cycles whose own k matches avoids
    duplicates. Each block is sparse, so far fewer untimely cycles are enumerated and thrown away.
    """
    lo, hi = mg.date_lo[eids], mg.date_hi[eids]
    b = max(-(-int(window) // 2), (int(hi.max()) - int(hi.min())) // MAX_BLOCKS, 1)
    parts = [np.empty((0, max_len), dtype=np.int64)]
    for k in range(int(hi.min()) // b, int(hi.max()) // b + 1):
        block = _prune(mg, eids[(hi >= k * b) & (lo < (k + 1) * b + window)])
        found = _enumerate(mg, block, max_len)
        anchor = np.where(found >= 0, mg.date_hi[np.maximum(found, 0)], np.iinfo(np.int64).max).min(axis=1)
        parts.append(found[anchor // b == k])
    return np.vstack(parts)


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
    idx = idx[np.lexsort((t.length[idx], -size))]
    return idx[:limit] if limit is not None else idx


def _leg(mg: MoneyGraph, e: int) -> Leg:
    if mg.deals:
        d = mg.deals[e]
        return Leg(d.id, d.kind, str(d.source), str(d.target), d.amount_usd, d.date)
    amount = None if np.isnan(mg.amount[e]) else Decimal(repr(float(mg.amount[e])))
    date = None if mg.date_lo[e] == NO_DATE else iso_day(mg.date_lo[e])
    return Leg(f"e{e}", KINDS[mg.kind[e]], mg.names[mg.src[e]], mg.names[mg.dst[e]], amount, date)


def _cycle(mg: MoneyGraph, t: _Table, i: int, stats: dict[int, tuple[float | None, float | None]]) -> Cycle:
    n, s = int(t.length[i]), int(t.start[i])
    row = [int(x) for x in t.edges[i, :n]]
    legs = [_leg(mg, e) for e in row[s:] + row[:s]]
    amounts = [leg.amount_usd for leg in legs if leg.amount_usd is not None]
    bottleneck = min(amounts) if amounts else None
    first = legs[0].amount_usd
    ratio = float(bottleneck / first) if bottleneck is not None and first else None
    z, p = stats.get(n, (None, None))
    return Cycle([leg.source for leg in legs], legs, bottleneck, ratio,
                 None if t.span[i] < 0 else int(t.span[i]), int(t.unknown[i]), z, p)


def _counts_by_length(g: igraph.Graph, max_len: int) -> np.ndarray:
    lengths = [len(c) for c in g.simple_cycles(min=2, max=max_len)]
    return np.bincount(np.asarray(lengths, dtype=np.int64), minlength=max_len + 1)


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
    found = (_windowed(mg, eids, max_len, window_days) if window_days is not None and len(eids)
             else _enumerate(mg, eids, max_len))
    table = _table(mg, found)
    chosen = _select(table, window_days, limit)
    stats = baseline_stats(mg, eids, max_len, null_samples, seed) if len(chosen) else {}
    return [_cycle(mg, table, int(i), stats) for i in chosen]
