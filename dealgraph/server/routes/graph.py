"""The money graph, deals and cycles: in-memory over the cached deals (see :mod:`..deals`).

Routes whose work is in memory are ``async``: they read the deals through
:meth:`DealIndex.current`, on the event loop with no threadpool hop unless the store moved.
Routes that query the store or run an analysis stay plain functions (run in the threadpool).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from dealgraph.server import queries
from dealgraph.server.analysis import analyze_function, cycle_json, deal_json
from dealgraph.server.deals import DealIndex
from dealgraph.server.errors import ApiError
from dealgraph.server.routes._params import Paging, filters, page_of, paging, reply, store_of

router = APIRouter(prefix="/api", tags=["graph"])
Filt = Annotated[queries.Filters, Depends(filters)]


def index_of(request: Request) -> DealIndex:
    return request.app.state.deals


@router.get("/graph", response_class=Response,
            responses={200: {"content": {"application/json": {}}, "description": "nodes and edges"}})
async def graph(request: Request, f: Filt,
                limit: Annotated[int | None, Query(ge=1, description="Edges to return (top by amount)")] = None
                ) -> Response:
    """Nodes (sized by money in + out) and the top ``limit`` edges by amount for the filters.

    An edge groups the deals with the same source, target and kind; ``dashed`` means every deal
    on it is unconfirmed (rumored, proposed, up to).
    """
    settings = request.app.state.settings
    n = min(limit or settings.graph_edges, settings.max_graph_edges)
    index = index_of(request)
    body = await index.current(lambda: index.graph(f, n), memo=("graph", f.cache_key(), n))
    return Response(body, media_type="application/json")


@router.get("/deals")
async def list_deals(request: Request, f: Filt, p: Annotated[Paging, Depends(paging)]) -> Response:
    """Deals (what many claims agree on) for the filters, largest first."""
    index = index_of(request)

    def read() -> dict[str, Any]:
        page = page_of(index.select(f), p)
        page["items"] = [deal_json(d) for d in page["items"]]
        return page
    return reply(await index.current(read, memo=None if f == queries.Filters() else ("select", f.cache_key())))


@router.get("/deals/{deal_id}")
def get_deal(request: Request, deal_id: str) -> Response:
    """One deal with the claims behind it (evidence spans, documents, reviews)."""
    deal = index_of(request).get(deal_id)
    if deal is None:
        raise ApiError(404, f"No deal with id {deal_id!r}")
    claims = queries.claims_by_key(store_of(request), list(getattr(deal, "claims", []) or []))
    return reply({"ok": True, "deal": deal_json(deal), "claims": claims})


@router.get("/cycles")
def cycles(request: Request, f: Filt,
           max_len: Annotated[int, Query(ge=2, le=8, description="Longest loop, in edges")] = 5,
           window_days: Annotated[int | None, Query(ge=1, description="All deals within this many days")] = None,
           limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Response:
    """Round trips: money leaving an entity and coming back to it through others."""
    index, find = index_of(request), analyze_function("find_cycles")

    def compute() -> list[dict[str, Any]]:
        found = find(index.select(f), max_len=max_len, window_days=window_days, min_usd=f.min_usd, limit=limit)
        return [cycle_json(c) for c in found]

    items = index.cached(("cycles", f.cache_key(), max_len, window_days, limit), compute)
    return reply({"ok": True, "count": len(items), "items": items})


@router.get("/vendors")
def vendors(request: Request, f: Filt, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Response:
    """Own money coming back: for each vendor, the share of its inflows paid by companies it funded."""
    index, own_money_back = index_of(request), analyze_function("own_money_back")

    def compute() -> list[dict[str, Any]]:
        return [s.to_dict() for s in own_money_back(index.select(f))[:limit]]

    items = index.cached(("vendors", f.cache_key(), limit), compute)
    return reply({"ok": True, "count": len(items), "items": items})
