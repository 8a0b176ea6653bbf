"""Knowing cheaply whether the store changed: a generation that moves whenever it may have.

:class:`StoreWatch` gives every cache in the server (responses, counts, the deal index) one rule:
a remembered value is served only while :meth:`StoreWatch.generation` still returns what it
returned *before* the value was computed. The generation is a pair:

* a local counter, bumped by this server after each write it makes (a review);
* a token read from the database, which moves when *any* connection commits a change:

  - **SQLite (a file)**: ``PRAGMA data_version`` on a connection held only for that (it never
    writes). SQLite changes it whenever another connection (this server's pool, another
    ``serve`` worker, or an ``ingest`` process beside it) commits. About 2 µs.
  - **PostgreSQL**: ``pg_current_snapshot()`` on an autocommit connection held outside the
    pool: its xmax and in-progress list move whenever a writing transaction starts or ends
    anywhere in the cluster (read-only ones take no xid), and a snapshot is taken only once the
    commits before it are visible, so a value computed after reading it is never older than
    it. One round trip, about 20 µs on loopback. Writes to other databases of the cluster also
    move it (values are then dropped for nothing, never kept too long).
  - **anything else** (or an in-memory SQLite, which no other process can write): a time bucket
    of ``ttl_s`` seconds (1 s), so values live at most that long.

The token is read on every request by default (``poll_s=0``: exact, a write committed before a
request starts is always seen by it). With ``poll_s`` > 0 it is read at most that often, so
writes by *other* connections show up within ``poll_s``; this server's own writes still show up
at once (the local counter).

If reading the token fails, :meth:`generation` returns a token never seen before: nothing cached
is served, and the request itself meets the database error.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any

from dealgraph.store import Store

Generation = tuple[int, object]
DEFAULT_TTL_S = 1.0
_unique = itertools.count(1)
log = logging.getLogger(__name__)

__all__ = ["Generation", "StoreWatch"]


class StoreWatch:
    """The store's change generation (see the module docstring for the rule per database)."""

    def __init__(self, store: Store, *, poll_s: float = 0.0, ttl_s: float = DEFAULT_TTL_S):
        self._local = 0
        self._lock = threading.Lock()
        self._poll_s = poll_s
        self._last: tuple[float, object] | None = None
        self._probe, self.rule = _probe_for(store, ttl_s)

    def bump(self) -> None:
        """This server wrote to the store: every value remembered so far is stale."""
        with self._lock:
            self._local += 1
            self._last = None

    def generation(self) -> Generation:
        """A value that differs from every earlier one once the store changed since then."""
        with self._lock:
            now = time.monotonic()
            if self._last is None or now - self._last[0] >= self._poll_s:
                self._last = (now, self._read())
            return (self._local, self._last[1])

    def _read(self) -> object:
        try:
            return self._probe()
        except Exception:  # noqa: BLE001 - a broken probe must not serve stale values: never equal
            log.warning("reading the store's change marker failed", exc_info=True)
            return ("failed", next(_unique))

    def close(self) -> None:
        """Close the held connection, if any."""
        close = getattr(self._probe, "close", None)
        if close is not None:
            close()


def _probe_for(store: Store, ttl_s: float) -> tuple[Callable[[], object], str]:
    """The change-token reader for the store's database and a one-line statement of its rule."""
    url = store.engine.url
    name = store.engine.dialect.name
    database = url.database or ""
    if name == "sqlite" and database and database != ":memory:" and "mode=memory" not in str(url):
        return _SqliteVersion(database), "sqlite: PRAGMA data_version on every request"
    if name == "postgresql":
        return _PostgresSnapshot(store), "postgresql: pg_current_snapshot() (cluster-wide write transactions)"
    return (lambda: int(time.monotonic() / ttl_s)), f"{name}: values live at most {ttl_s:g} s"


class _SqliteVersion:
    """``PRAGMA data_version`` on a connection that never writes (so every commit is another's)."""

    def __init__(self, path: str):
        self._path = path
        self._conn: sqlite3.Connection | None = None

    def __call__(self) -> object:
        if self._conn is None:
            self._conn = sqlite3.connect(self._path, check_same_thread=False, isolation_level=None)
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class _PostgresSnapshot:
    """The current snapshot as text, on an autocommit connection held outside the store's pool
    (reconnects after errors). ``txid_current_snapshot()`` before PostgreSQL 13."""

    def __init__(self, store: Store):
        self._engine = store.engine
        self._conn: Any = None
        self._sql = "SELECT pg_current_snapshot()::text"

    def __call__(self) -> object:
        try:
            if self._conn is None:
                self._conn = self._connect()
            with self._conn.cursor() as cur:
                cur.execute(self._sql)
                return cur.fetchone()[0]
        except Exception:
            self.close()
            raise

    def _connect(self) -> Any:
        proxy = self._engine.raw_connection()
        conn = proxy.driver_connection
        proxy.detach()  # ours for good: the pool opens another in its place
        conn.autocommit = True
        if conn.info.server_version < 130000:
            self._sql = "SELECT txid_current_snapshot()::text"
        return conn

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - already broken
                pass
