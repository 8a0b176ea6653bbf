"""Ordered, transactional schema migrations. A database records which versions it has applied.

Add a migration by appending ``(version, name, function)``; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Connection, inspect, select, text

from dealgraph.store import schema


def _initial(conn: Connection) -> None:
    """Version 1: every table as first designed (later columns are added by their migrations)."""
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_migrations"]
    schema.metadata.create_all(conn, tables=tables)


def _numeric_usd(conn: Connection) -> None:
    """Version 2: claims.usd, a float copy of the exact amount for sorting and range filters."""
    columns = {c["name"] for c in inspect(conn).get_columns("claims")}
    if "usd" not in columns:
        conn.execute(text("ALTER TABLE claims ADD COLUMN usd FLOAT"))
        conn.execute(text("UPDATE claims SET usd = CAST(amount_usd AS FLOAT) WHERE amount_usd IS NOT NULL"))
    indexes = {i["name"] for i in inspect(conn).get_indexes("claims")}
    if "ix_claims_usd" not in indexes:
        conn.execute(text("CREATE INDEX ix_claims_usd ON claims (usd)"))
    if "ix_documents_lang_published" not in {i["name"] for i in inspect(conn).get_indexes("documents")}:
        conn.execute(text("CREATE INDEX ix_documents_lang_published ON documents (lang, published)"))


def _filter_index(conn: Connection) -> None:
    """Version 3: an index for the claim filters the API combines (kind, status, date)."""
    if "ix_claims_kind_status_date" not in {i["name"] for i in inspect(conn).get_indexes("claims")}:
        conn.execute(text("CREATE INDEX ix_claims_kind_status_date ON claims (kind, status, date)"))


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "documents, claims, reviews, entities, runs", _initial),
    (2, "numeric claims.usd for sorting; documents (lang, published) index", _numeric_usd),
    (3, "claims (kind, status, date) index", _filter_index),
]


def applied_versions(conn: Connection) -> set[int]:
    if not inspect(conn).has_table("schema_migrations"):
        return set()
    return set(conn.execute(select(schema.schema_migrations.c.version)).scalars())


def migrate(conn: Connection) -> list[int]:
    """Apply every pending migration in order; return the versions applied now."""
    schema.schema_migrations.create(conn, checkfirst=True)
    done = applied_versions(conn)
    applied = []
    for version, name, apply in MIGRATIONS:
        if version in done:
            continue
        apply(conn)
        conn.execute(schema.schema_migrations.insert().values(
            version=version, name=name, applied_at=datetime.now(timezone.utc).isoformat()))
        applied.append(version)
    return applied
