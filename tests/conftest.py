"""Shared fixtures: stores on SQLite and (when available) a real PostgreSQL server, seeds, documents."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from dealgraph._hashing import document_id
from dealgraph.model import Document
from dealgraph.store import Store, open_store

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
IN_CI = os.environ.get("CI") == "true"


def need(condition: bool, reason: str) -> None:
    """Skip when ``condition`` is false, except under CI=true, where nothing may be skipped."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required under CI=true: {reason}")
    pytest.skip(reason)


@pytest.fixture
def seeds_dir() -> Path:
    need(SEEDS.is_dir(), f"seed articles not found at {SEEDS} (../shared/seeds)")
    return SEEDS


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{tmp_path / 'test.db'}")
    yield store
    store.close()


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    url = os.environ.get("DEALGRAPH_TEST_POSTGRES", "")
    need(bool(url), "DEALGRAPH_TEST_POSTGRES is not set (.ci/run starts PostgreSQL and sets it)")
    return url


@pytest.fixture
def postgres_store(postgres_admin_url: str) -> Iterator[Store]:
    """A Store on a fresh database of the real PostgreSQL server, dropped afterwards."""
    from sqlalchemy import create_engine, text

    name = f"dg_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    store = open_store(postgres_admin_url.rsplit("/", 1)[0] + f"/{name}")
    try:
        yield store
    finally:
        store.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def any_store(request: pytest.FixtureRequest) -> Store:
    """The same test on SQLite and on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_store")


def make_doc(text: str, *, lang: str = "en", path: str = "test.txt", published: str | None = "2024-11-22",
             simhash: int = 0) -> Document:
    return Document(id=document_id(text), path=path, text=text, lang=lang, published=published,
                    date_source="test", simhash=simhash)
