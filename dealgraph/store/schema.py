"""Tables, in SQLAlchemy Core so the same schema runs on SQLite and PostgreSQL.

Amounts are stored as exact decimal strings (``Numeric`` loses digits on SQLite); evidence is a
character span into ``documents.text`` plus a copy of the sentence for exports.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("path", Text, nullable=False),  # first path it was read from
    Column("url", Text),
    Column("title", Text),
    Column("lang", String(8), nullable=False),
    Column("published", String(32)),
    Column("date_source", String(64)),
    Column("encoding", String(32)),
    Column("chars", Integer, nullable=False),
    Column("simhash", BigInteger, nullable=False),  # signed 64-bit
    Column("duplicate_of", String(64)),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
)
Index("ix_documents_lang", documents.c.lang)
Index("ix_documents_published", documents.c.published)

# Every path a document was read from (the same article can come from two files).
document_paths = Table(
    "document_paths",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id"), nullable=False),
    Column("path", Text, nullable=False),
    Column("seen_at", String(40), nullable=False),
    UniqueConstraint("doc_id", "path", name="uq_document_paths"),
)

# Simhash split into four 16-bit bands: two fingerprints within Hamming distance 3 share a band.
simhash_bands = Table(
    "simhash_bands",
    metadata,
    Column("band", Integer, nullable=False),
    Column("value", Integer, nullable=False),
    Column("doc_id", String(64), ForeignKey("documents.id"), nullable=False),
)
Index("ix_simhash_bands", simhash_bands.c.band, simhash_bands.c.value)

ingest_errors = Table(
    "ingest_errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False),
    Column("problem", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("at", String(40), nullable=False),
)

extraction_runs = Table(
    "extraction_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), ForeignKey("documents.id"), nullable=False),
    Column("extractor", String(64), nullable=False),
    Column("status", String(16), nullable=False),  # ok, failed
    Column("claims", Integer, nullable=False),
    Column("error", Text),
    Column("at", String(40), nullable=False),
)
Index("ix_extraction_runs_doc", extraction_runs.c.doc_id)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(32), nullable=False),  # survives re-extraction (see _hashing.claim_key)
    Column("doc_id", String(64), ForeignKey("documents.id"), nullable=False),
    Column("extractor", String(64), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("source", Text),
    Column("target", Text),
    Column("status", String(16), nullable=False),
    Column("amount_value", String(48)),  # exact decimal as text
    Column("currency", String(8)),
    Column("amount_usd", String(48)),
    Column("amount_usd_high", String(48)),
    Column("usd", Float),  # amount_usd as a number, for sorting and range filters only (migration 2)
    Column("qualifier", String(16)),
    Column("fx_source", Text),
    Column("pct", Float),
    Column("date", String(16)),
    Column("date_precision", String(8)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("notes", Text),  # JSON list
    UniqueConstraint("doc_id", "extractor", "key", name="uq_claims"),
)
Index("ix_claims_key", claims.c.key)
Index("ix_claims_kind", claims.c.kind)
Index("ix_claims_source", claims.c.source)
Index("ix_claims_target", claims.c.target)
Index("ix_claims_usd", claims.c.usd)
Index("ix_claims_kind_status_date", claims.c.kind, claims.c.status, claims.c.date)
Index("ix_documents_lang_published", documents.c.lang, documents.c.published)

# Reviews are keyed by claim key, not row id, so they survive re-extraction.
reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_key", String(32), nullable=False),
    Column("action", String(16), nullable=False),  # confirm, reject, correct
    Column("changes", Text),  # JSON object of corrected fields
    Column("reviewer", Text, nullable=False),
    Column("note", Text),
    Column("at", String(40), nullable=False),
)
Index("ix_reviews_claim_key", reviews.c.claim_key)

# Provisional entities found by shape, and user decisions that override the knowledge base.
entities = Table(
    "entities",
    metadata,
    Column("name", Text, primary_key=True),
    Column("type", String(32)),
    Column("provisional", Boolean, nullable=False),
    Column("first_doc_id", String(64)),
    Column("mentions", Integer, nullable=False),
)

entity_decisions = Table(
    "entity_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(16), nullable=False),  # merge, split
    Column("name", Text, nullable=False),  # merge: this name ...
    Column("into", Text),  # ... becomes this one; split: alias text that must no longer map
    Column("reviewer", Text),
    Column("at", String(40), nullable=False),
)
