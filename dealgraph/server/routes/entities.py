"""Entities (search in any language, timeline, exposure) and stress scenarios."""

from __future__ import annotations

import inspect
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, Field

from dealgraph.server import lookup, queries
from dealgraph.server.analysis import analyze_function, deal_json, to_json
from dealgraph.server.deals import ENTITY_TOTALS, DealIndex
from dealgraph.server.errors import ApiError
from dealgraph.server.routes._params import Paging, page_of, paging, reply
from dealgraph.server.routes.graph import index_of

router = APIRouter(prefix="/api", tags=["entities"])


def entity_totals(index: DealIndex) -> list[dict[str, Any]]:
    """Every entity with money in, money out and deal count, most money first."""
    return index.entity_totals()


@router.get("/entities")
async def list_entities(request: Request, p: Annotated[Paging, Depends(paging)],
                        q: Annotated[str | None, Query(description="Name or alias in any language (微软)")] = None
                        ) -> Response:
    """Entities by money moved; ``q`` searches aliases in any language, then stored names."""
    index = index_of(request)
    rows = await index.current(lambda: entity_totals(index), memo=ENTITY_TOTALS)
    if q:
        by_name = {r["name"]: r for r in rows}
        wanted = lookup.search(by_name, q, limit=100)
        rows = [by_name.get(n) or {"name": n, "money_in": 0.0, "money_out": 0.0, "deals": 0} for n in wanted]
    return reply(page_of(rows, p))


def _timeline(deals: list[Any], name: str) -> list[dict[str, Any]]:
    rows = []
    for d in sorted(deals, key=lambda d: (getattr(d, "date", None) or "9999", str(d.id))):
        row = deal_json(d)
        row["direction"] = "out" if d.source == name else "in"
        row["counterparty"] = d.target if d.source == name else d.source
        rows.append(row)
    return rows


def _optional(name: str, *args: Any, **kwargs: Any) -> Any:
    """Call an analysis function if it exists and accepts these arguments; else None."""
    try:
        fn = analyze_function(name)
        inspect.signature(fn).bind(*args, **kwargs)
    except (ApiError, TypeError, ValueError):
        return None
    return to_json(fn(*args, **kwargs))


def entity_json(index: DealIndex, raw: str) -> dict[str, Any]:
    """Timeline (deals by date), stake history and exposure of one entity."""
    name = lookup.canonical(raw)
    deals = index.select(queries.Filters(entity=name))
    if not deals:
        raise ApiError(404, f"No deals involve {raw!r}",
                       errors=[{"hint": "Search names with /api/entities?q=..."}])
    totals = next((r for r in entity_totals(index) if r["name"] == name), {})
    return {"ok": True, "name": name, "totals": totals, "timeline": _timeline(deals, name),
            "stakes": _stakes(deals), "exposure": _optional("exposure", index.all(), name)}


def _stakes(deals: list[Any]) -> list[dict[str, Any]]:
    """Stake size over time for each (holder, company) pair among ``deals``."""
    pairs = sorted({(d.source, d.target) for d in deals if d.kind == "stake" and d.source and d.target})
    out = []
    for holder, company in pairs:
        points = _optional("stake_history", deals, holder, company)
        if points:
            out.append({"holder": holder, "company": company, "points": points})
    return out


@router.get("/entities/{name}")
def get_entity(request: Request, name: str) -> Response:
    """One entity: every deal it is in by date (e.g. Microsoft's stake in OpenAI over time) and exposure."""
    return reply(entity_json(index_of(request), name))


@router.get("/exposure/{entity}")
def get_exposure(request: Request, entity: str) -> Response:
    """Who ``entity`` is exposed to, and who is exposed to it, through the deals."""
    fn = analyze_function("exposure")
    return reply({"ok": True, "exposure": to_json(fn(index_of(request).all(), lookup.canonical(entity)))})


class ScenarioIn(BaseModel):
    """A stress scenario: who fails, how much of a claim on them is recovered, and the method."""

    fail: list[str] = Field(default_factory=list, max_length=50)
    recovery: float = Field(default=0.0, ge=0.0, le=1.0)
    shocks: dict[str, float] | None = None
    valuation_cuts: dict[str, float] | None = None
    method: Literal["debtrank", "eisenberg_noe"] = "debtrank"


@router.post("/stress")
def run_stress(request: Request, body: ScenarioIn) -> Response:
    """Run a scenario over the deals (read-only: nothing is stored)."""
    if not (body.fail or body.shocks or body.valuation_cuts):
        raise ApiError(422, "Invalid request", errors=[{"loc": ["body", "fail"], "type": "missing",
                                                         "message": "name at least one entity to fail or shock"}])
    fn = analyze_function("stress")
    canon = lambda m: {lookup.canonical(k): v for k, v in m.items()} if m else None  # noqa: E731
    result = fn(index_of(request).all(), fail=[lookup.canonical(n) for n in body.fail], recovery=body.recovery,
                shocks=canon(body.shocks), valuation_cuts=canon(body.valuation_cuts), method=body.method)
    return reply({"ok": True, "scenario": body.model_dump(), "result": to_json(result)})
