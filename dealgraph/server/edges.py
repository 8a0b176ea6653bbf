"""The money graph: edges are (source, target, kind) groups of deals, nodes are sized by money.

:func:`build_graph` makes it from a list of deals (a filtered view). :class:`EdgeList` keeps the
unfiltered graph current unit by unit, with each node's money in and out summed again only when
one of its edges changed. Node sums use ``math.fsum`` (exactly rounded, independent of order),
so both give the same numbers to the last bit.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from typing import Any

from dealgraph.analyze.deals import Unit
from dealgraph.server.live import LiveDeals, order, usd, without
from dealgraph.server.totals import counts_money

UNCONFIRMED = frozenset({"rumored", "proposed", "up_to"})
Money = Callable[[str], tuple[float, float]]

__all__ = ["EdgeList", "build_graph", "edge_order", "graph_json", "is_dashed"]


def is_dashed(deal: Any) -> bool:
    """Unconfirmed money: rumored, proposed or 'up to' amounts."""
    return getattr(deal, "status", None) in UNCONFIRMED or bool(getattr(deal, "uncertain", False))


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


def graph_json(edges: list[dict[str, Any]], limit: int, total_deals: int, money: Money | None = None
               ) -> dict[str, Any]:
    """The top ``limit`` of ``edges`` (sorted by :func:`edge_order`) and their nodes' money in and
    out over all edges (``money(name)``, by default summed over ``edges``)."""
    money = money or _money_over(edges)
    shown = edges[:limit]
    names = sorted({e["source"] for e in shown} | {e["target"] for e in shown})
    nodes = []
    for n in names:
        money_in, money_out = money(n)
        nodes.append({"id": n, "label": n, "money_in": money_in, "money_out": money_out, "money": money_in + money_out})
    return {"ok": True, "nodes": nodes, "edges": shown, "total_edges": len(edges),
            "total_deals": total_deals, "truncated": len(edges) > limit}


def _money_over(edges: list[dict[str, Any]]) -> Money:
    parts: dict[str, tuple[list[float], list[float]]] = {}
    for e in edges:
        parts.setdefault(e["source"], ([], []))[1].append(e["amount_usd"])
        parts.setdefault(e["target"], ([], []))[0].append(e["amount_usd"])
    return lambda n: (math.fsum(parts[n][0]), math.fsum(parts[n][1]))


class EdgeList:
    """The unfiltered graph's edges, sorted; an edge is one (kind, source, target) unit's deals, so a
    change re-makes only the edges of the units it touched."""

    def __init__(self, live: LiveDeals):
        self.by_unit: dict[Unit, dict[str, Any]] = {}
        self._parts: dict[str, tuple[dict[str, float], dict[str, float]]] = {}  # name -> (in, out) by edge id
        self._sums: dict[str, tuple[float, float]] = {}  # name -> (in, out), for names not changed since
        for unit in live.unit_deals:
            self._make(live, unit)
        self.edges = sorted(self.by_unit.values(), key=edge_order)

    def _make(self, live: LiveDeals, unit: Unit) -> dict[str, Any] | None:
        deals = sorted((d for d in live.unit_deals.get(unit, ()) if d.source and d.target and d.source != d.target),
                       key=order)
        if not deals:
            return None
        edge = self.by_unit[unit] = _edge((deals[0].source, deals[0].target, deals[0].kind), deals)
        self._count(edge, True)
        return edge

    def _count(self, edge: dict[str, Any], present: bool) -> None:
        for name, side in ((edge["source"], 1), (edge["target"], 0)):
            parts = self._parts.setdefault(name, ({}, {}))[side]
            if present:
                parts[edge["id"]] = edge["amount_usd"]
            else:
                parts.pop(edge["id"], None)
            self._sums.pop(name, None)

    def money(self, name: str) -> tuple[float, float]:
        """Money into and out of ``name`` over every edge (summed again only after a change)."""
        if name not in self._sums:
            parts = self._parts.get(name, ({}, {}))
            self._sums[name] = (math.fsum(parts[0].values()), math.fsum(parts[1].values()))
        return self._sums[name]

    def graph(self, limit: int, total_deals: int) -> dict[str, Any]:
        """The unfiltered graph (see :func:`graph_json`): the top edges and their nodes' money."""
        return graph_json(self.edges, limit, total_deals, self.money)

    def update(self, live: LiveDeals, units: set[Unit]) -> None:
        """Re-make the edges of ``units``; ``edges`` becomes a new list (readers keep the old one)."""
        gone = [e for e in (self.by_unit.pop(u, None) for u in units) if e is not None]
        for edge in gone:
            self._count(edge, False)
        edges = without(self.edges, gone, edge_order)
        for unit in units:
            edge = self._make(live, unit)
            if edge is not None:
                bisect.insort(edges, edge, key=edge_order)
        self.edges = edges
