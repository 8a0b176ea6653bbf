"""Documents: the list (no text) and one document with the claim spans to highlight."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response

from dealgraph.server import queries
from dealgraph.server.errors import ApiError
from dealgraph.server.routes._params import Paging, filters, paging, reply, store_of
from dealgraph.store import Store

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.get("")
def list_documents(request: Request, f: Annotated[queries.Filters, Depends(filters)],
                   p: Annotated[Paging, Depends(paging)]) -> Response:
    """Documents newest first (filters: lang, date_from/date_to on the publication date)."""
    store = store_of(request)
    total = request.app.state.memo.get(("documents", f.cache_key()), lambda: queries.count_documents(store, f))
    return reply(queries.documents_page(store, f, limit=p.limit, offset=p.offset, total=total).to_dict())


def document_json(store: Store, doc_id: str) -> dict[str, Any]:
    """A document's text, paths and the claims whose evidence spans it contains."""
    doc = store.get_document(doc_id)
    if doc is None:
        raise ApiError(404, f"No document with id {doc_id!r}")
    claims = queries.claims_page(store, queries.Filters(), limit=10_000, doc_id=doc_id).items
    spans = sorted(({"start": c["start"], "end": c["end"], "key": c["key"], "kind": c["kind"],
                     "review": (c["review"] or {}).get("action")} for c in claims), key=lambda s: s["start"])
    return {"ok": True, "document": {"id": doc.id, "path": doc.path, "paths": store.document_paths(doc.id),
                                     "url": doc.url, "title": doc.title, "lang": doc.lang,
                                     "published": doc.published, "text": doc.text,
                                     "duplicate_of": doc.duplicate_of},
            "spans": spans, "claims": claims}


@router.get("/{doc_id}")
def get_document(request: Request, doc_id: str) -> Response:
    """The article text plus the claim spans (character offsets into ``text``) to highlight."""
    return reply(document_json(store_of(request), doc_id))
