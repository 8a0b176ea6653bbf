"""The money graph: one directed edge per deal, pointing the way the money goes.

Money legs (DESIGN.md): investment investor->investee, compute_commitment customer->provider,
purchase buyer->seller, loan lender->borrower, revenue payer->earner. An acquisition
(acquirer->target) and a joint venture (member->JV) are legs only when they carry an amount.
Stakes, valuations and lawsuits are not money legs. Denied deals, deals with a missing party and
tranches already counted in a running total (``covered_by``) are left out, so nothing counts twice.

Edge attributes live in numpy arrays aligned with igraph's edge ids, so the heavy analyses filter
and aggregate without Python loops.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import igraph
import numpy as np

from dealgraph.analyze._values import date_bounds
from dealgraph.analyze.deals import Deal

ALWAYS_MONEY = ("investment", "compute_commitment", "purchase", "loan", "revenue")
MONEY_IF_AMOUNT = ("acquisition", "joint_venture")
KINDS = ("investment", "compute_commitment", "purchase", "loan", "revenue", "acquisition", "joint_venture")
CAPITAL_KINDS = ("investment", "loan", "acquisition", "joint_venture")  # money that funds the counterparty
NO_DATE = -1


@dataclass(slots=True)
class MoneyGraph:
    """igraph graph plus per-edge arrays. ``amount`` is float USD (NaN unknown); dates are day ordinals
    (``NO_DATE`` unknown): ``date_lo``/``date_hi`` bound the deal's earliest reported date."""

    graph: igraph.Graph
    names: list[str]
    src: np.ndarray
    dst: np.ndarray
    amount: np.ndarray
    kind: np.ndarray  # index into KINDS
    date_lo: np.ndarray
    date_hi: np.ndarray
    deals: list[Deal] = field(default_factory=list)  # aligned with edges; empty for synthetic graphs
    valuation: np.ndarray | None = None  # latest valuation per node, NaN unknown

    @property
    def n(self) -> int:
        return len(self.names)

    @property
    def index(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.names)}

    @classmethod
    def from_arrays(cls, names: Sequence[str], src: np.ndarray, dst: np.ndarray, amount: np.ndarray,
                    kind: np.ndarray, date_lo: np.ndarray, date_hi: np.ndarray | None = None,
                    deals: list[Deal] | None = None, valuation: np.ndarray | None = None) -> MoneyGraph:
        """Build from edge arrays (node indices); used by :func:`money_graph` and by benchmarks."""
        src, dst = np.asarray(src, dtype=np.int64), np.asarray(dst, dtype=np.int64)
        g = igraph.Graph(n=len(names), edges=np.column_stack([src, dst]).tolist() if len(src) else [],
                         directed=True)
        lo = np.asarray(date_lo, dtype=np.int64)
        return cls(g, list(names), src, dst, np.asarray(amount, dtype=np.float64), np.asarray(kind, dtype=np.int8),
                   lo, lo.copy() if date_hi is None else np.asarray(date_hi, dtype=np.int64), deals or [], valuation)


def is_money_leg(deal: Deal) -> bool:
    """Whether ``deal`` moves money in the graph (see the module docstring)."""
    if deal.status == "denied" or deal.covered_by or not deal.source or not deal.target:
        return False
    if deal.source == deal.target:
        return False
    return deal.kind in ALWAYS_MONEY or (deal.kind in MONEY_IF_AMOUNT and deal.amount_usd is not None)


def latest_valuations(deals: Sequence[Deal]) -> dict[str, Deal]:
    """The most recent non-denied valuation deal with an amount, per company."""
    out: dict[str, Deal] = {}
    for d in deals:
        if d.kind != "valuation" or d.amount_usd is None or not d.target or d.status == "denied":
            continue
        prev = out.get(d.target)
        if prev is None or _sort_date(d) >= _sort_date(prev):
            out[d.target] = d
    return out


def _sort_date(d: Deal) -> int:
    b = date_bounds(d.last_date or d.date)
    return b[1] if b else -1


def money_graph(deals: Sequence[Deal], *, kinds: Sequence[str] | None = None) -> MoneyGraph:
    """The money-direction graph of ``deals`` (optionally only some kinds)."""
    legs = [d for d in deals if is_money_leg(d) and (kinds is None or d.kind in kinds)]
    names = sorted({d.source for d in legs} | {d.target for d in legs} | _valued(deals))  # type: ignore[arg-type]
    index = {name: i for i, name in enumerate(names)}
    bounds = [date_bounds(d.date) for d in legs]
    valuation = np.full(len(names), np.nan)
    for company, d in latest_valuations(deals).items():
        if company in index:
            valuation[index[company]] = float(d.amount_usd)  # type: ignore[arg-type]
    return MoneyGraph.from_arrays(
        names, np.array([index[d.source] for d in legs], dtype=np.int64),  # type: ignore[index]
        np.array([index[d.target] for d in legs], dtype=np.int64),  # type: ignore[index]
        np.array([float(d.amount_usd) if d.amount_usd is not None else np.nan for d in legs], dtype=np.float64),
        np.array([KINDS.index(d.kind) for d in legs], dtype=np.int8),
        np.array([b[0] if b else NO_DATE for b in bounds], dtype=np.int64),
        np.array([b[1] if b else NO_DATE for b in bounds], dtype=np.int64), legs, valuation)


def _valued(deals: Sequence[Deal]) -> set[str]:
    return {d.target for d in deals if d.kind == "valuation" and d.target and d.amount_usd is not None}



@dataclass(slots=True)
class SimpleView:
    """Parallel deals collapsed to one edge ("pair") per ordered pair of nodes, nodes renumbered by rank.

    Rank 0 is the node with the most distinct neighbours (ties by node index), so a search that starts
    each cycle at its lowest-rank node walks through a hub only when it starts there. Pairs are sorted
    by (src, dst). ``lo``/``hi``: the earliest ``date_lo`` and latest ``date_hi`` of the pair's deals,
    which bound any choice of one deal per pair. Pair p's edge ids are
    ``members[offset[p]:offset[p] + count[p]]``.
    """

    node: np.ndarray  # rank -> node index
    src: np.ndarray
    dst: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    offset: np.ndarray
    count: np.ndarray
    members: np.ndarray

    @property
    def n(self) -> int:
        return len(self.node)


def simple_view(src: np.ndarray, dst: np.ndarray, date_lo: np.ndarray, date_hi: np.ndarray,
                eids: np.ndarray) -> SimpleView:
    """Collapse the edges ``eids`` (no self-loops) of the edge arrays to one edge per ordered pair."""
    nodes, inverse = np.unique(np.concatenate([src[eids], dst[eids]]), return_inverse=True)
    n, s, d = len(nodes), inverse[: len(eids)], inverse[len(eids):]
    _, first = np.unique(s * n + d, return_index=True)
    order = np.argsort(-np.bincount(np.concatenate([s[first], d[first]]), minlength=n), kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(n)
    key = rank[s] * n + rank[d]
    by_pair = np.lexsort((eids, key))
    keys, offset, count = np.unique(key[by_pair], return_index=True, return_counts=True)
    members = np.asarray(eids, dtype=np.int64)[by_pair]
    if len(keys) == 0:
        return SimpleView(nodes[order], keys, keys, keys, keys, offset, count, members)
    lo = np.minimum.reduceat(date_lo[members], offset)
    hi = np.maximum.reduceat(date_hi[members], offset)
    return SimpleView(nodes[order], keys // n, keys % n, lo, hi, offset, count, members)
