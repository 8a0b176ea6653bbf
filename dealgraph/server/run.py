"""Running the app: uvicorn for `serve`, an in-process request for `serve --get`."""

from __future__ import annotations

import asyncio
import json
import os

import httpx
from fastapi import FastAPI

from dealgraph.errors import ConfigError
from dealgraph.server.config import LOOPBACK_HOSTS, ServerSettings, is_loopback


def settings_for(host: str, *, private: bool, token: str | None) -> ServerSettings:
    """Settings for ``serve``: on loopback only loopback Host headers are answered (DNS rebinding)."""
    if private and not token:
        raise ConfigError("--private needs a token", code="DG201",
                          hint="Set DEALGRAPH_TOKEN to a long random string")
    hosts = LOOPBACK_HOSTS if is_loopback(host) else None
    return ServerSettings(token=token or None, private=private, allowed_hosts=hosts)


def get_once(app: FastAPI, path: str, *, token: str | None = None) -> tuple[int, str]:
    """One GET through the app in process (datasette's --get); returns status and pretty JSON/text."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = asyncio.run(_get(app, path, headers))
    if response.headers.get("content-type", "").startswith("application/json"):
        return response.status_code, json.dumps(response.json(), ensure_ascii=False, indent=2)
    return response.status_code, response.text


async def _get(app: FastAPI, path: str, headers: dict[str, str]) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        return await client.get(path, headers=headers)


def app_from_env() -> FastAPI:
    """App factory for ``uvicorn --factory dealgraph.server.run:app_from_env`` (several workers,
    a process manager): the store from ``DEALGRAPH_DB``, the token from ``DEALGRAPH_TOKEN``,
    ``DEALGRAPH_PRIVATE=1`` for private reads, ``DEALGRAPH_HOST`` the address bound (a loopback
    address turns on the loopback Host check, as ``serve`` does)."""
    from dealgraph.server.app import create_app
    from dealgraph.store import open_store

    private = os.environ.get("DEALGRAPH_PRIVATE", "") in ("1", "true", "yes")
    host = os.environ.get("DEALGRAPH_HOST")
    settings = ServerSettings.from_env(private=private)
    if private and not settings.token:
        raise ConfigError("DEALGRAPH_PRIVATE needs DEALGRAPH_TOKEN", code="DG201",
                          hint="Set DEALGRAPH_TOKEN to a long random string")
    if host:
        settings = settings_for(host, private=private, token=settings.token)
    return create_app(open_store(os.environ.get("DEALGRAPH_DB")), settings)


def run_server(app: FastAPI, host: str, port: int) -> None:
    """Serve with uvicorn until interrupted; the deals are consolidated before the first request."""
    import uvicorn

    app.state.deals.refresh()
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


def run_workers(db_url: str, host: str, port: int, workers: int, *, private: bool, token: str | None) -> None:
    """Serve with ``workers`` uvicorn processes (each builds the app with :func:`app_from_env` and
    keeps its own deals in memory). Reads scale with cores; memory grows with workers."""
    import uvicorn

    settings_for(host, private=private, token=token)  # refuse bad combinations before forking
    os.environ.update({"DEALGRAPH_DB": db_url, "DEALGRAPH_HOST": host, "DEALGRAPH_PRIVATE": "1" if private else ""})
    if token:
        os.environ["DEALGRAPH_TOKEN"] = token
    uvicorn.run("dealgraph.server.run:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info", server_header=False)
