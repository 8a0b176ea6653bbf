"""Store queries the web app needs beyond :class:`~dealgraph.store.Store`: filtered, paged, counted.

SQLAlchemy Core over :mod:`dealgraph.store.schema`; every value is a bound parameter and every
construct runs on SQLite and PostgreSQL. Claims come back with their latest review applied, the
same way :meth:`Store.claims` does it (filters match the stored, unreviewed values).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.engine import Connection

from dealgraph.store import Store, latest_reviews, schema

C, D, R = schema.claims, schema.documents, schema.reviews
CLAIM_SORTS = {"id": C.c.id, "amount": C.c.usd, "date": C.c.date}


@dataclass(frozen=True, slots=True)
class Filters:
    """What the user narrowed the view to. Empty tuples / None mean 'any'."""

    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: str | None = None  # partial ISO dates compare as text
    date_to: str | None = None  # inclusive: "2023" includes "2023-11-05"
    min_usd: float | None = None
    lang: str | None = None
    entity: str | None = None

    def cache_key(self) -> tuple[Any, ...]:
        return (self.kinds, self.statuses, self.date_from, self.date_to, self.min_usd, self.lang, self.entity)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of rows and the total the filters select."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict[str, Any]:
        return {"ok": True, "total": self.total, "limit": self.limit, "offset": self.offset,
                "count": len(self.items), "items": self.items}


def date_upper(date_to: str) -> str:
    """Upper bound that keeps every date starting with ``date_to`` ("2023" keeps "2023-12-31")."""
    return date_to + "~"


def _claim_where(q: Select[Any], f: Filters, keys: Sequence[str] | None, doc_id: str | None) -> Select[Any]:
    if f.kinds:
        q = q.where(C.c.kind.in_(f.kinds))
    if f.statuses:
        q = q.where(C.c.status.in_(f.statuses))
    if f.date_from:
        q = q.where(C.c.date >= f.date_from)
    if f.date_to:
        q = q.where(C.c.date <= date_upper(f.date_to))
    if f.min_usd is not None:
        q = q.where(C.c.usd >= f.min_usd)
    if f.lang:  # a subquery, not the join: counting over a join is 20x slower on SQLite
        q = q.where(C.c.doc_id.in_(select(D.c.id).where(D.c.lang == f.lang)))
    if f.entity:
        q = q.where(or_(C.c.source == f.entity, C.c.target == f.entity))
    if keys is not None:
        q = q.where(C.c.key.in_(list(keys)))
    if doc_id:
        q = q.where(C.c.doc_id == doc_id)
    return q


def claims_page(store: Store, f: Filters, *, limit: int, offset: int = 0, sort: str = "id",
                keys: Sequence[str] | None = None, doc_id: str | None = None, total: int | None = None) -> Page:
    """Claims matching ``f`` (joined with their document's path, lang, date), newest review applied.

    Pass ``total`` when it is already known (counting is the expensive part of a page).
    """
    order = CLAIM_SORTS.get(sort, C.c.id)
    ordering = (order.desc() if sort != "id" else order, C.c.id)
    # Page over ids first: the filter index covers them, so only the page's rows are read in full.
    page_ids = _claim_where(select(C.c.id), f, keys, doc_id).order_by(*ordering).limit(limit).offset(offset)
    q = (select(C, D.c.path.label("doc_path"), D.c.lang, D.c.published.label("doc_published"),
                D.c.url.label("doc_url"), D.c.title.label("doc_title")).join(D, D.c.id == C.c.doc_id)
         .where(C.c.id.in_(page_ids.scalar_subquery())).order_by(*ordering))
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
        apply_reviews(conn, rows)
    if total is None:
        total = count_claims(store, f, keys=keys, doc_id=doc_id)
    return Page([claim_json(r) for r in rows], total, limit, offset)


def count_claims(store: Store, f: Filters, *, keys: Sequence[str] | None = None, doc_id: str | None = None) -> int:
    """How many claims the filters select."""
    with store.engine.connect() as conn:
        return int(conn.execute(_claim_where(select(func.count()).select_from(C), f, keys, doc_id)).scalar_one())


def claims_by_key(store: Store, keys: Sequence[str]) -> list[dict[str, Any]]:
    """Every stored claim row with one of ``keys`` (all extractors), reviews applied."""
    if not keys:
        return []
    return claims_page(store, Filters(), limit=max(len(keys) * 4, 50), keys=keys).items


def apply_reviews(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Mark each row with its newest review; a correction overrides the fields it names."""
    latest = latest_reviews(conn, [r["key"] for r in rows])
    for row in rows:
        review = latest.get(row["key"])
        row["review"] = review_json(review) if review else None
        if review and review["action"] == "correct":
            row["original"] = {k: row.get(k) for k in json.loads(review["changes"] or "{}")}
            row.update(json.loads(review["changes"] or "{}"))


def review_json(r: dict[str, Any]) -> dict[str, Any]:
    return {"action": r["action"], "reviewer": r["reviewer"], "at": r["at"], "note": r["note"],
            "changes": json.loads(r["changes"] or "{}")}


def claim_json(row: dict[str, Any]) -> dict[str, Any]:
    """A claim row as the API shows it (amounts as numbers for charts, exact text kept)."""
    out = {k: v for k, v in row.items() if k not in ("id", "notes")}
    out["notes"] = json.loads(row["notes"]) if isinstance(row.get("notes"), str) else row.get("notes") or []
    out["amount_usd_exact"] = row.get("amount_usd")
    out["amount_usd"] = _num(row.get("amount_usd"))
    out["amount_usd_high"] = _num(row.get("amount_usd_high"))
    return out


def _num(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def documents_page(store: Store, f: Filters, *, limit: int, offset: int = 0, total: int | None = None) -> Page:
    """Documents (without their text) newest first, with how many claims each has.

    Pass ``total`` when it is already known (see :func:`count_documents`)."""
    cols = [D.c.id, D.c.path, D.c.url, D.c.title, D.c.lang, D.c.published, D.c.chars, D.c.duplicate_of]
    q = _document_where(select(*cols), f)
    q = q.order_by(D.c.published.desc().nulls_last(), D.c.id).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        items = [dict(r._mapping) for r in conn.execute(q)]
        per_doc = select(C.c.doc_id, func.count()).where(C.c.doc_id.in_([i["id"] for i in items])).group_by(C.c.doc_id)
        counts = {doc_id: n for doc_id, n in conn.execute(per_doc)}
    for item in items:
        item["claims"] = counts.get(item["id"], 0)
    return Page(items, count_documents(store, f) if total is None else total, limit, offset)


def count_documents(store: Store, f: Filters) -> int:
    """How many documents the filters select."""
    with store.engine.connect() as conn:
        return int(conn.execute(_document_where(select(func.count()).select_from(D), f)).scalar_one())


def _document_where(q: Select[Any], f: Filters) -> Select[Any]:
    if f.lang:
        q = q.where(D.c.lang == f.lang)
    if f.date_from:
        q = q.where(D.c.published >= f.date_from)
    if f.date_to:
        q = q.where(D.c.published <= date_upper(f.date_to))
    return q


def doc_langs(store: Store, doc_ids: Collection[str] | None = None) -> dict[str, str]:
    """Document id -> language (of ``doc_ids``, or all), for filtering deals by reporting language."""
    q = select(D.c.id, D.c.lang)
    with store.engine.connect() as conn:
        if doc_ids is None:
            return {r[0]: r[1] for r in conn.execute(q)}
        ids, out = sorted(doc_ids), {}
        for i in range(0, len(ids), 500):
            out.update((r[0], r[1]) for r in conn.execute(q.where(D.c.id.in_(ids[i:i + 500]))))
        return out


Mark = tuple[int, int, int]


def fingerprint(store: Store) -> Mark:
    """Cheap change marker: the newest claim, review and extraction-run ids (all indexed)."""
    t = schema.extraction_runs
    with store.engine.connect() as conn:
        row = conn.execute(select(select(func.max(C.c.id)).scalar_subquery(),
                                  select(func.max(R.c.id)).scalar_subquery(),
                                  select(func.max(t.c.id)).scalar_subquery())).one()
    return (row[0] or 0, row[1] or 0, row[2] or 0)


def changed_since(store: Store, mark: Mark, most: int) -> tuple[set[str], set[str]] | None:
    """Claim keys reviewed and documents (re-)extracted after ``mark``; None when more than ``most``
    changed, or the store went backwards (a reset): then consolidating everything again is better."""
    t = schema.extraction_runs
    with store.engine.connect() as conn:
        keys = set(conn.execute(select(R.c.claim_key).where(R.c.id > mark[1]).limit(most + 1)).scalars())
        docs = set(conn.execute(select(t.c.doc_id).where(t.c.id > mark[2]).limit(most + 1)).scalars())
        docs |= set(conn.execute(select(C.c.doc_id).where(C.c.id > mark[0]).limit(most + 1)).scalars())
    if len(keys) + len(docs) > most or any(n < o for n, o in zip(fingerprint(store), mark)):
        return None
    return keys, docs
