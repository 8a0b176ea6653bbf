"""Ordered, transactional schema migrations. A database records which versions it has applied.

Add a migration by appending ``(version, name, function)``; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Connection, inspect, select

from dealgraph.store import schema


def _initial(conn: Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_migrations"]
    schema.metadata.create_all(conn, tables=tables)


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "documents, claims, reviews, entities, runs", _initial),
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
