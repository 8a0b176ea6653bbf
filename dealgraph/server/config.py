"""Server settings: one small table, validated when the app is built."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
TOKEN_ENV = "DEALGRAPH_TOKEN"


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """How the web app behaves.

    ``token``: the shared secret for writes (and for reads when ``private``); None disables writes.
    ``private``: reads need the token too (Bearer header, or the cookie set by /login).
    ``allowed_hosts``: Host header values accepted (None: any); ``serve`` sets the loopback names
    when it binds to loopback, which blocks DNS-rebinding pages from reading the API.
    ``graph_edges``: default number of edges /api/graph returns (the top by amount).
    ``max_page``: the largest ``limit`` a list endpoint accepts.
    ``cache_entries`` / ``cache_bytes``: bounds of the response cache (0 entries turns it off).
    ``cache_poll_s``: how often the store's change marker is read (0: every request, exact; see
    :mod:`dealgraph.server.watch`); writes made through this server always show up at once.
    """

    token: str | None = None
    private: bool = False
    allowed_hosts: tuple[str, ...] | None = None
    graph_edges: int = 300
    max_page: int = 500
    max_graph_edges: int = 2000
    cache_entries: int = 1024
    cache_bytes: int = 64 << 20
    cache_poll_s: float = 0.0
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: object) -> ServerSettings:
        """Settings with the token read from ``DEALGRAPH_TOKEN`` unless given."""
        overrides.setdefault("token", os.environ.get(TOKEN_ENV) or None)
        return cls(**overrides)  # type: ignore[arg-type]


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost."""
    return host in LOOPBACK_HOSTS or host.startswith("127.")
