"""Deals from a store, optionally as they stood on a date."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select

from dealgraph.analyze._values import date_bounds, gc_paused
from dealgraph.analyze.deals import Deal, consolidate
from dealgraph.errors import ConfigError
from dealgraph.store import Store, latest_reviews, schema


# What consolidation reads from a claim row (Store.claims returns every column; this is a lean read).
_COLUMNS = ("id", "key", "doc_id", "extractor", "kind", "source", "target", "status", "amount_usd", "amount_usd_high",
            "qualifier", "pct", "date", "date_precision", "start", "end", "evidence", "confidence", "notes")


def claim_rows(store: Store, *, keys: Collection[str] | None = None,
               doc_ids: Collection[str] | None = None) -> list[dict[str, Any]]:
    """Every non-rejected claim as :meth:`Store.claims` would give it (latest review applied, corrections
    merged, ``notes`` decoded), reading only the columns consolidation needs: ~3x faster at 100k claims.

    With ``keys`` and/or ``doc_ids``: only the claims with one of those keys or in one of those documents.
    """
    c, d = schema.claims, schema.documents
    q = select(*(c.c[n] for n in _COLUMNS), d.c.path.label("doc_path"), d.c.lang).join(d, d.c.id == c.c.doc_id)
    if keys is not None or doc_ids is not None:
        q = q.where(or_(c.c.key.in_(sorted(keys or ())), c.c.doc_id.in_(sorted(doc_ids or ()))))
    names = (*_COLUMNS, "doc_path", "lang")
    with store.engine.connect() as conn, gc_paused():
        rows = [dict(zip(names, r)) for r in conn.execute(q.order_by(c.c.id))]
        whole = keys is None and doc_ids is None
        latest = latest_reviews(conn, None if whole else sorted({r["key"] for r in rows}))
    return [r for r in (_reviewed(row, latest.get(row["key"])) for row in rows) if r is not None]


def _reviewed(row: dict[str, Any], review: dict[str, Any] | None) -> dict[str, Any] | None:
    """The row with its newest review applied; None when rejected."""
    row["notes"] = json.loads(row["notes"]) if row["notes"] else []
    row["review"] = review["action"] if review else None
    if review and review["action"] == "reject":
        return None
    if review and review["action"] == "correct":
        row.update(json.loads(review["changes"] or "{}"))
    return row


def _published(store: Store, doc_ids: set[str]) -> dict[str, str | None]:
    t, out = schema.documents, {}
    ids = sorted(doc_ids)
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            out.update((r[0], r[1]) for r in conn.execute(select(t.c.id, t.c.published).where(t.c.id.in_(ids[i:i + 500]))))
    return out


def _known_by(rows: list[dict[str, Any]], store: Store, as_of: str) -> list[dict[str, Any]]:
    """Rows whose date (or, undated, their article's publication date) is on or before ``as_of``."""
    limit = date_bounds(as_of)
    if limit is None:
        raise ConfigError(f"--as-of {as_of!r} is not an ISO date", hint="Use YYYY, YYYY-MM or YYYY-MM-DD")
    published = _published(store, {str(r["doc_id"]) for r in rows if not r.get("date")})
    out = []
    for r in rows:
        b = date_bounds(r.get("date") or published.get(str(r["doc_id"])))
        if b is not None and b[0] <= limit[1]:
            out.append(r)
    return out


def load_deals(store: Store, *, as_of: str | None = None, kinds: Sequence[str] | None = None,
               min_usd: float | Decimal | None = None) -> list[Deal]:
    """Consolidated deals from the store's claims (rejected claims left out, corrections applied).

    ``as_of`` keeps claims dated on or before that date (undated claims count from their article's
    publication date; with neither they are left out). ``min_usd`` keeps deals with at least that amount.
    """
    rows = claim_rows(store)
    if kinds:
        rows = [r for r in rows if r["kind"] in kinds]
    if as_of:
        rows = _known_by(rows, store, as_of)
    deals = consolidate(rows)
    if min_usd is not None:
        deals = [d for d in deals if d.amount_usd is not None and d.amount_usd >= Decimal(str(min_usd))]
    return deals
