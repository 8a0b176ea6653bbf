"""Deals from a store, optionally as they stood on a date."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from dealgraph.analyze._values import date_bounds
from dealgraph.analyze.deals import Deal, consolidate
from dealgraph.errors import ConfigError
from dealgraph.store import Store, schema


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
    rows = store.claims(include_rejected=False)
    if kinds:
        rows = [r for r in rows if r["kind"] in kinds]
    if as_of:
        rows = _known_by(rows, store, as_of)
    deals = consolidate(rows)
    if min_usd is not None:
        deals = [d for d in deals if d.amount_usd is not None and d.amount_usd >= Decimal(str(min_usd))]
    return deals
