"""Claims: list with filters, one claim with its review history, and reviews (token needed)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, Field, field_validator

from dealgraph.model import CLAIM_KINDS, STATUSES, Review
from dealgraph.server import queries
from dealgraph.server.errors import ApiError
from dealgraph.server.routes._params import Paging, filters, paging, reply, store_of
from dealgraph.server.security import require_write
from dealgraph.store import Store

router = APIRouter(prefix="/api/claims", tags=["claims"])
CORRECTABLE = ("kind", "source", "target", "status", "amount_usd", "pct", "date")


class ReviewIn(BaseModel):
    """A person's decision. ``changes`` (for ``correct``) names only the fields that change."""

    action: Literal["confirm", "reject", "correct"]
    reviewer: str = Field(min_length=1, max_length=200)
    changes: dict[str, Any] = Field(default_factory=dict)
    note: str | None = Field(default=None, max_length=2000)

    @field_validator("changes")
    @classmethod
    def _known_fields(cls, v: dict[str, Any]) -> dict[str, Any]:
        bad = sorted(set(v) - set(CORRECTABLE))
        if bad:
            raise ValueError(f"cannot correct {', '.join(bad)}; correctable: {', '.join(CORRECTABLE)}")
        if v.get("kind") not in (None, *CLAIM_KINDS) or v.get("status") not in (None, *STATUSES):
            raise ValueError("kind/status must be one of the known values")
        return v


@router.get("")
def list_claims(request: Request, f: Annotated[queries.Filters, Depends(filters)],
                p: Annotated[Paging, Depends(paging)],
                key: Annotated[list[str], Query(description="Only these claim keys")] = [],
                doc_id: str | None = None,
                sort: Annotated[Literal["id", "amount", "date"], Query()] = "id") -> Response:
    """Claims (newest review applied) with the filters, one page at a time, with the total."""
    store, keys = store_of(request), tuple(key) or None
    total = request.app.state.memo.get(("claims", f.cache_key(), keys, doc_id),
                                       lambda: queries.count_claims(store, f, keys=keys, doc_id=doc_id))
    page = queries.claims_page(store, f, limit=p.limit, offset=p.offset, sort=sort, keys=keys, doc_id=doc_id,
                               total=total)
    return reply(page.to_dict())


def _one(store: Store, key: str) -> dict[str, Any]:
    rows = queries.claims_by_key(store, [key])
    if not rows:
        raise ApiError(404, f"No claim with key {key!r}")
    return rows[0]


@router.get("/{key}")
def get_claim(request: Request, key: str) -> Response:
    """One claim, its evidence span and every review it had (oldest first)."""
    store = store_of(request)
    claim = _one(store, key)
    history = [_review_dict(r) for r in store.reviews(key)]
    return reply({"ok": True, "claim": claim, "reviews": history})


def _review_dict(r: Review) -> dict[str, Any]:
    return {"action": r.action, "reviewer": r.reviewer, "at": r.at, "note": r.note, "changes": r.changes}


@router.post("/{key}/review", status_code=201, dependencies=[Depends(require_write)])
def review_claim(request: Request, key: str, body: ReviewIn) -> Response:
    """Confirm, reject or correct a claim. Stored beside it (who, when, what); the claim is kept."""
    if body.action == "correct" and not body.changes:
        raise ApiError(422, "Invalid request", errors=[{"loc": ["body", "changes"], "type": "missing",
                                                         "message": "a correction needs changed fields"}])
    store = store_of(request)
    _one(store, key)
    store.add_review(Review(claim_key=key, action=body.action, reviewer=body.reviewer,
                            changes=body.changes, note=body.note))
    request.app.state.watch.bump()  # before answering: the next read must not come from the cache
    return reply({"ok": True, "claim": _one(store, key), "reviews": [_review_dict(r) for r in store.reviews(key)]},
                 201)
