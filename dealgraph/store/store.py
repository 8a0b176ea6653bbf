"""The store: documents, claims, reviews and entity decisions in any SQLAlchemy database.

SQLite by default (``sqlite:///dealgraph.db``); PostgreSQL with ``postgresql+psycopg://...``.
Writes are batched, idempotent and never lose what is already stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, or_, select
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError

from dealgraph.errors import ConfigError, StoreError
from dealgraph.model import Claim, Document, Review
from dealgraph.store import schema
from dealgraph.store.migrations import migrate

DEFAULT_URL = "sqlite:///dealgraph.db"
NEAR_DUPLICATE_BITS = 3  # simhash Hamming distance at or under which two texts are one article


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _signed64(h: int) -> int:
    return h - (1 << 64) if h >= (1 << 63) else h


def _bands(h: int) -> list[tuple[int, int]]:
    h &= (1 << 64) - 1
    return [(i, (h >> (16 * i)) & 0xFFFF) for i in range(4)]


def _hamming(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


class _BandIndex:
    """Fingerprints by band value: two within 3 bits must share one of four 16-bit bands."""

    def __init__(self) -> None:
        self.by_band: dict[tuple[int, int], list[tuple[str, int]]] = {}

    def add(self, doc_id: str, simhash: int) -> None:
        for key in _bands(simhash):
            self.by_band.setdefault(key, []).append((doc_id, simhash))

    def nearest(self, simhash: int) -> str | None:
        for key in _bands(simhash):
            for doc_id, other in self.by_band.get(key, ()):
                if _hamming(simhash, other) <= NEAR_DUPLICATE_BITS:
                    return doc_id
        return None


@dataclass(frozen=True, slots=True)
class Added:
    """What happened to one document handed to :meth:`Store.add_documents`."""

    doc_id: str
    path: str
    status: str  # "new", "unchanged" (same text already stored), "near_duplicate"
    duplicate_of: str | None = None


def _engine(url: str) -> Engine:
    try:
        engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError, ImportError) as e:
        raise ConfigError(f"Cannot use database URL {url!r}: {e}",
                          hint="Use sqlite:///path.db or postgresql+psycopg://user:pw@host/db") from e
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


class Store:
    """A dealgraph database. Open with :func:`open_store`."""

    def __init__(self, url: str = DEFAULT_URL):
        self.url = url
        self.engine = _engine(url)
        try:
            with self.engine.begin() as conn:
                migrate(conn)
        except OperationalError as e:
            raise StoreError(f"Cannot open database {url!r}: {e.orig}",
                             hint="Check the path or server and that you may write there") from e

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents -----------------------------------------------------------------------------

    def add_documents(self, docs: Sequence[Document]) -> list[Added]:
        """Store a batch of documents in one transaction.

        A document whose id is already stored only gains the new path. One whose simhash is within
        ``NEAR_DUPLICATE_BITS`` of a stored (or earlier in the batch) document is stored with
        ``duplicate_of`` set, so it is kept but not counted twice.
        """
        if not docs:
            return []
        for attempt in range(3):
            try:
                return self._add_documents(docs)
            except IntegrityError:  # another process stored one of these between our read and write
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _add_documents(self, docs: Sequence[Document]) -> list[Added]:
        with self.engine.begin() as conn:
            known = set(conn.execute(select(schema.documents.c.id).where(
                schema.documents.c.id.in_({d.id for d in docs}))).scalars())
            candidates = self._band_candidates(conn, docs)
            results, doc_rows, band_rows, path_rows = [], [], [], []
            seen_paths: set[tuple[str, str]] = set()
            stamp = now()
            for doc in docs:
                if (doc.id, doc.path) not in seen_paths:
                    seen_paths.add((doc.id, doc.path))
                    path_rows.append({"doc_id": doc.id, "path": doc.path, "seen_at": stamp})
                if doc.id in known:
                    results.append(Added(doc.id, doc.path, "unchanged"))
                    continue
                dup = doc.duplicate_of or candidates.nearest(doc.simhash)
                known.add(doc.id)
                if not dup:
                    candidates.add(doc.id, doc.simhash)
                doc_rows.append(_document_row(doc, dup, stamp))
                band_rows.extend({"band": b, "value": v, "doc_id": doc.id} for b, v in _bands(doc.simhash))
                results.append(Added(doc.id, doc.path, "near_duplicate" if dup else "new", dup))
            if doc_rows:
                conn.execute(insert(schema.documents), doc_rows)
                conn.execute(insert(schema.simhash_bands), band_rows)
            self._add_paths(conn, path_rows)
        return results

    def _band_candidates(self, conn: Any, docs: Sequence[Document]) -> _BandIndex:
        """Stored originals sharing a 16-bit band with any document of the batch (index lookups)."""
        t, b = schema.documents, schema.simhash_bands
        index = _BandIndex()
        for band in range(4):
            values = sorted({v for d in docs for bb, v in _bands(d.simhash) if bb == band})
            q = (select(t.c.id, t.c.simhash).join(b, b.c.doc_id == t.c.id)
                 .where(b.c.band == band, b.c.value.in_(values), t.c.duplicate_of.is_(None)))
            for r in conn.execute(q):
                index.add(r.id, r.simhash & ((1 << 64) - 1))
        return index

    def _add_paths(self, conn: Any, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        t = schema.document_paths
        existing = set(conn.execute(select(t.c.doc_id, t.c.path).where(
            t.c.doc_id.in_({r["doc_id"] for r in rows}))).all())
        existing = {(r.doc_id, r.path) for r in existing}
        new = [r for r in rows if (r["doc_id"], r["path"]) not in existing]
        if new:
            conn.execute(insert(t), new)

    def get_document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.documents).where(schema.documents.c.id == doc_id)).first()
        return _document(row) if row else None

    def documents(self, *, lang: str | None = None, include_duplicates: bool = True,
                  limit: int | None = None, offset: int = 0) -> list[Document]:
        t = schema.documents
        q = select(t).order_by(t.c.ingested_at, t.c.path).offset(offset)
        if lang:
            q = q.where(t.c.lang == lang)
        if not include_duplicates:
            q = q.where(t.c.duplicate_of.is_(None))
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [_document(r) for r in conn.execute(q)]

    def iter_documents(self, batch: int = 500) -> Iterator[Document]:
        """Every stored document, streamed in id order without loading all at once."""
        t, last = schema.documents, ""
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(select(t).where(t.c.id > last).order_by(t.c.id).limit(batch)).all()
            if not rows:
                return
            yield from (_document(r) for r in rows)
            last = rows[-1].id

    def document_paths(self, doc_id: str) -> list[str]:
        t = schema.document_paths
        with self.engine.connect() as conn:
            return list(conn.execute(select(t.c.path).where(t.c.doc_id == doc_id).order_by(t.c.id)).scalars())

    def count(self, table: str) -> int:
        t = schema.metadata.tables[table]
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t)).scalar_one())

    def record_error(self, path: str, problem: str, action: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(schema.ingest_errors).values(path=path, problem=problem, action=action, at=now()))

    # -- claims --------------------------------------------------------------------------------

    def replace_claims(self, doc_id: str, extractor: str, claims: Iterable[Claim]) -> int:
        """Replace what ``extractor`` said about ``doc_id`` (re-extraction is idempotent).

        Reviews are keyed by claim key and stay untouched.
        """
        return self.replace_claims_many([(doc_id, extractor, list(claims))])

    def replace_claims_many(self, batch: Sequence[tuple[str, str, Sequence[Claim]]],
                            *, failed: Sequence[tuple[str, str, str]] = ()) -> int:
        """Replace claims for many (doc_id, extractor) pairs in one transaction; record runs."""
        rows: list[dict[str, Any]] = []
        runs: list[dict[str, Any]] = []
        stamp = now()
        for doc_id, extractor, claims in batch:
            unique = {c.key: c for c in claims}
            rows.extend(_claim_row(c) for c in unique.values())
            runs.append({"doc_id": doc_id, "extractor": extractor, "status": "ok",
                         "claims": len(unique), "error": None, "at": stamp})
        runs.extend({"doc_id": d, "extractor": x, "status": "failed", "claims": 0, "error": err, "at": stamp}
                    for d, x, err in failed)
        t = schema.claims
        by_extractor: dict[str, list[str]] = {}
        for doc_id, extractor, _ in batch:
            by_extractor.setdefault(extractor, []).append(doc_id)
        with self.engine.begin() as conn:
            for extractor, doc_ids in by_extractor.items():
                for i in range(0, len(doc_ids), 500):  # one DELETE per 500 documents, not one per document
                    conn.execute(delete(t).where(t.c.extractor == extractor, t.c.doc_id.in_(doc_ids[i:i + 500])))
            if rows:
                conn.execute(insert(t), rows)
            if runs:
                conn.execute(insert(schema.extraction_runs), runs)
        return len(rows)

    def claims(self, *, doc_id: str | None = None, kind: str | None = None, entity: str | None = None,
               include_rejected: bool = True, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Claims as rows (dicts), with the latest review applied: ``review`` says which one.

        Corrections change the fields they name; rejected claims are dropped unless asked for.
        """
        t = schema.claims
        q = select(t, schema.documents.c.path.label("doc_path"), schema.documents.c.lang).join(
            schema.documents, schema.documents.c.id == t.c.doc_id).order_by(t.c.id).offset(offset)
        if doc_id:
            q = q.where(t.c.doc_id == doc_id)
        if kind:
            q = q.where(t.c.kind == kind)
        if entity:
            q = q.where(or_(t.c.source == entity, t.c.target == entity))
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
            latest = latest_reviews(conn, [r["key"] for r in rows])
        out = []
        for row in rows:
            row["notes"] = json.loads(row["notes"]) if row["notes"] else []
            review = latest.get(row["key"])
            row["review"] = review["action"] if review else None
            if review and review["action"] == "reject" and not include_rejected:
                continue
            if review and review["action"] == "correct":
                row.update(json.loads(review["changes"] or "{}"))
            out.append(row)
        return out

    # -- reviews -------------------------------------------------------------------------------

    def add_review(self, review: Review) -> int:
        if review.action not in ("confirm", "reject", "correct"):
            raise StoreError(f"Unknown review action {review.action!r}",
                             hint="Use confirm, reject or correct")
        with self.engine.begin() as conn:
            found = conn.execute(select(schema.claims.c.id).where(
                schema.claims.c.key == review.claim_key).limit(1)).first()
            if not found:
                raise StoreError(f"No claim with key {review.claim_key!r}", hint="List claims with `dealgraph export`")
            res = conn.execute(insert(schema.reviews).values(
                claim_key=review.claim_key, action=review.action, changes=json.dumps(review.changes, default=str),
                reviewer=review.reviewer, note=review.note, at=review.at or now()))
            return int(res.inserted_primary_key[0])

    def reviews(self, claim_key: str) -> list[Review]:
        t = schema.reviews
        with self.engine.connect() as conn:
            rows = conn.execute(select(t).where(t.c.claim_key == claim_key).order_by(t.c.id)).all()
        return [Review(r.claim_key, r.action, r.reviewer, json.loads(r.changes or "{}"), r.note, r.at) for r in rows]


def latest_reviews(conn: Any, keys: Sequence[str] | None) -> dict[str, dict[str, Any]]:
    """Claim key -> its newest review row; ``keys=None`` reads every review in one pass."""
    t, latest = schema.reviews, {}
    q = select(t).order_by(t.c.id)
    batches = [None] if keys is None else [keys[i:i + 500] for i in range(0, len(keys), 500)]
    for batch in batches:
        for r in conn.execute(q if batch is None else q.where(t.c.claim_key.in_(batch))):
            latest[r.claim_key] = dict(r._mapping)
    return latest


def open_store(url: str | None = None) -> Store:
    """Open (and migrate) the database at ``url``; a bare path means a SQLite file."""
    url = url or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return Store(url)


def _document_row(doc: Document, duplicate_of: str | None, stamp: str) -> dict[str, Any]:
    return {"id": doc.id, "path": doc.path, "url": doc.url, "title": doc.title, "lang": doc.lang,
            "published": doc.published, "date_source": doc.date_source, "encoding": doc.encoding,
            "chars": len(doc.text), "simhash": _signed64(doc.simhash), "duplicate_of": duplicate_of,
            "text": doc.text, "ingested_at": stamp}


def _document(row: Any) -> Document:
    return Document(id=row.id, path=row.path, text=row.text, lang=row.lang, published=row.published,
                    date_source=row.date_source, title=row.title, url=row.url, encoding=row.encoding,
                    simhash=row.simhash & ((1 << 64) - 1), duplicate_of=row.duplicate_of)


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _claim_row(c: Claim) -> dict[str, Any]:
    a = c.amount
    usd = c.amount_usd if c.amount_usd is not None else (a.usd if a else None)
    return {"key": c.key, "doc_id": c.doc_id, "extractor": c.extractor, "kind": c.kind, "source": c.source,
            "target": c.target, "status": c.status, "amount_value": _dec(a.value) if a else None,
            "currency": a.currency if a else None, "amount_usd": _dec(usd),
            "amount_usd_high": _dec(a.usd_high) if a else None, "usd": float(usd) if usd is not None else None, "qualifier": a.qualifier if a else None,
            "fx_source": a.fx_source if a else None, "pct": c.pct, "date": c.date,
            "date_precision": c.date_precision, "start": c.start, "end": c.end, "evidence": c.evidence,
            "confidence": c.confidence, "notes": json.dumps(list(c.notes), ensure_ascii=False)}
