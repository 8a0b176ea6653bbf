"""A response cache for the read API: serialised JSON kept until the store changes.

:class:`CacheMiddleware` answers a repeated ``GET /api/...`` with the bytes it sent last time,
without routing, validation, SQL or JSON encoding. The key is the path plus the query parameters
sorted by name (``?b=2&a=1`` and ``?a=1&b=2`` share an entry; values keep their order). Only
``200`` JSON responses without cookies are kept; errors never are. Every entry belongs to one
store generation (:mod:`dealgraph.server.watch`): when the generation moves (a review posted
here, or a commit by any other connection or process), everything is dropped at once. A response
computed while the deal index rebuilt in the background (serving the previous deals) is not kept.

Bounded: at most ``max_entries`` entries and ``max_bytes`` of bodies (least recently used go
first); a body over ``max_bytes // 16`` is never kept. ``Cache-Control: no-cache`` on a request
skips the lookup (the answer is computed again and kept). Responses say ``X-Dealgraph-Cache:
hit`` or ``miss``.

Identical requests that miss at the same time are computed once: while the first is computed,
the others (same key, same generation) wait for it and are answered with its bytes (``hit``);
if it may not be kept (an error), each computes its own. After a change the first burst of requests
thus costs one computation per distinct URL, not one per request.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from dealgraph.server.watch import Generation, StoreWatch

Scope = dict[str, Any]
Message = dict[str, Any]
Key = tuple[str, tuple[tuple[str, str], ...]]
SAFE = ("GET", "HEAD", "OPTIONS")
READ_ONLY_POSTS = ("/api/stress", "/login")  # POSTs that write nothing: they leave the cache alone
HIT, MISS = (b"x-dealgraph-cache", b"hit"), (b"x-dealgraph-cache", b"miss")

__all__ = ["CacheMiddleware", "Memo", "ResponseCache", "cache_key"]


@dataclass(frozen=True, slots=True)
class Entry:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes


class ResponseCache:
    """LRU of :class:`Entry` for one store generation, bounded in entries and bytes."""

    def __init__(self, max_entries: int = 1024, max_bytes: int = 64 << 20):
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._entries: OrderedDict[Key, Entry] = OrderedDict()
        self._generation: Generation | None = None
        self._lock = threading.Lock()
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Key, generation: Generation) -> Entry | None:
        """The entry for ``key`` if it was stored in this ``generation``."""
        with self._lock:
            self._enter(generation)
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key: Key, generation: Generation, entry: Entry) -> bool:
        """Keep ``entry`` (computed after ``generation`` was read); False when it is not kept."""
        if len(entry.body) > self.max_bytes // 16 or self.max_entries <= 0:
            return False
        with self._lock:
            self._enter(generation)  # an entry is served only in the generation read before computing it
            old = self._entries.pop(key, None)
            self.bytes += len(entry.body) - (len(old.body) if old else 0)
            self._entries[key] = entry
            while len(self._entries) > self.max_entries or self.bytes > self.max_bytes:
                self.bytes -= len(self._entries.popitem(last=False)[1].body)
            return True

    def _enter(self, generation: Generation) -> None:
        if generation != self._generation:
            self._entries.clear()
            self.bytes, self._generation = 0, generation


class Memo:
    """Small values (counts) remembered per store generation, at most ``size`` of them."""

    def __init__(self, watch: StoreWatch, size: int = 256):
        self.watch, self.size = watch, size
        self._values: OrderedDict[Any, Any] = OrderedDict()
        self._generation: Generation | None = None
        self._lock = threading.Lock()

    def get(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()``, or its value from earlier in this generation."""
        generation = self.watch.generation()
        with self._lock:
            if generation != self._generation:
                self._values.clear()
                self._generation = generation
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
        value = compute()
        with self._lock:
            if generation == self._generation:
                self._values[key] = value
                while len(self._values) > self.size:
                    self._values.popitem(last=False)
        return value


def cache_key(scope: Scope) -> Key:
    """Path plus query parameters sorted by name (values of one name keep their order)."""
    pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    return scope["path"], tuple(sorted(pairs, key=lambda kv: kv[0]))


def _no_cache(scope: Scope) -> bool:
    return any(k == b"cache-control" and b"no-cache" in v.lower() for k, v in scope.get("headers", ()))


class CacheMiddleware:
    """ASGI middleware serving ``GET`` under ``prefix`` from a :class:`ResponseCache`.

    ``version()`` must return the same value, not None, before and after computing a response
    for it to be kept (the deal index's :meth:`~dealgraph.server.deals.DealIndex.version`).
    """

    def __init__(self, app: Any, cache: ResponseCache, watch: StoreWatch, *,
                 version: Callable[[], object | None] = lambda: 0, prefix: str = "/api/"):
        self.app, self.cache, self.watch, self.version, self.prefix = app, cache, watch, version, prefix
        self._flights: dict[tuple[Key, Generation], asyncio.Future[Entry | None]] = {}

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
        elif scope["method"] not in SAFE:
            try:
                await self.app(scope, receive, send)
            finally:
                if scope["path"] not in READ_ONLY_POSTS:
                    self.watch.bump()
        elif scope["method"] != "GET" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
        else:
            await self._cached(scope, receive, send)

    async def _cached(self, scope: Scope, receive: Any, send: Any) -> None:
        key, generation = cache_key(scope), self.watch.generation()
        lookup = not _no_cache(scope)
        entry = self.cache.get(key, generation) if lookup else None
        if entry is None and lookup:
            entry = await self._join(key, generation)
        if entry is not None:
            await _send(send, entry, HIT)
            return
        await self._compute(scope, receive, send, key, generation, lead=lookup)

    async def _join(self, key: Key, generation: Generation) -> Entry | None:
        """The entry of an identical request being computed now, when it is kept."""
        flight = self._flights.get((key, generation))
        if flight is None or flight.get_loop() is not asyncio.get_running_loop():
            return None
        return await asyncio.shield(flight)

    async def _compute(self, scope: Scope, receive: Any, send: Any, key: Key, generation: Generation, *,
                       lead: bool) -> None:
        flight = None
        if lead and (key, generation) not in self._flights:
            flight = self._flights[(key, generation)] = asyncio.get_running_loop().create_future()
        version = self.version()

        def done(entry: Entry | None) -> None:
            """The whole body is there (before it is sent on): keep it, and answer the waiters."""
            kept = None
            if entry is not None and version is not None and self.version() == version:
                self.cache.put(key, generation, entry)
                kept = entry  # good for this generation, even when too big to keep
            if flight is not None and not flight.done():
                del self._flights[(key, generation)]
                flight.set_result(kept)

        try:
            await self.app(scope, receive, _Capture(send, done))
        finally:
            done(None)  # the app failed before the end of the body: the waiters compute their own

    def __repr__(self) -> str:
        return f"CacheMiddleware({len(self.cache)} entries, {self.cache.bytes} bytes)"


async def _send(send: Any, entry: Entry, mark: tuple[bytes, bytes]) -> None:
    await send({"type": "http.response.start", "status": entry.status, "headers": [*entry.headers, mark]})
    await send({"type": "http.response.body", "body": entry.body})


class _Capture:
    """Forwards a response while recording it; calls ``done(entry)`` once with the last body chunk
    (:meth:`entry`: None unless it may be kept)."""

    def __init__(self, send: Any, done: Callable[[Entry | None], None]):
        self._send, self._done, self.status, self.headers, self.chunks = send, done, 0, [], []  # type: ignore[var-annotated]

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status, self.headers = message["status"], list(message.get("headers", ()))
            message = {**message, "headers": [*self.headers, MISS]}
        elif message["type"] == "http.response.body":
            self.chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                self._done(self.entry())
        await self._send(message)

    def entry(self) -> Entry | None:
        names = {k.lower(): v for k, v in self.headers}
        if (self.status != 200 or b"set-cookie" in names
                or not names.get(b"content-type", b"").startswith(b"application/json")):
            return None
        return Entry(self.status, tuple(self.headers), b"".join(self.chunks))
