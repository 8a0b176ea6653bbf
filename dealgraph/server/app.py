"""The web app: ``create_app(store, settings)`` returns an ASGI app (FastAPI).

REST API under /api (OpenAPI at /openapi.json), server-rendered pages with small static JS, one
JSON error shape, a strict Content-Security-Policy, and a token for writes. Reads are served from
a response cache until the store changes (:mod:`dealgraph.server.cache`, :mod:`.watch`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from dealgraph.server.cache import CacheMiddleware, Memo, ResponseCache
from dealgraph.server.config import ServerSettings
from dealgraph.server.deals import DealIndex
from dealgraph.server.errors import install_error_handlers
from dealgraph.server.routes import ROUTERS
from dealgraph.server.security import SecurityMiddleware
from dealgraph.server.watch import StoreWatch
from dealgraph.store import Store
from dealgraph.version import __version__

HERE = Path(__file__).parent


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True  # every .html and anything else: article text is untrusted
    templates.env.filters["usd"] = format_usd
    return templates


def format_usd(value: object) -> str:
    """$1.5B, $300M, $12K; an empty string for none."""
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""
    for size, unit in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(v) >= size:
            return f"${v / size:.3g}{unit}"
    return f"${v:,.0f}"


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.watch.close()  # the connection held for the change marker


def create_app(store: Store, settings: ServerSettings | None = None) -> FastAPI:
    """Build the app over ``store``. Settings default to :meth:`ServerSettings.from_env`."""
    app = FastAPI(title="dealgraph", version=__version__, docs_url=None, redoc_url=None, lifespan=_lifespan,
                  description="Sourced graph of money between AI-industry players. Errors: "
                              '{"ok": false, "error", "status", "errors"}.')
    app.state.store = store
    app.state.settings = settings = settings or ServerSettings.from_env()
    app.state.templates = _templates()
    app.state.watch = watch = StoreWatch(store, poll_s=settings.cache_poll_s)
    app.state.deals = deals = DealIndex(store, watch=watch)
    app.state.memo = Memo(watch)
    app.state.cache = ResponseCache(settings.cache_entries, settings.cache_bytes)
    install_error_handlers(app)
    # Order: a middleware added later wraps the ones before. Security wraps the cache, so no cached
    # read skips its checks; one that makes responses depend on request headers (compression)
    # must wrap the cache too, or the cache would hand one client's variant to another.
    app.add_middleware(CacheMiddleware, cache=app.state.cache, watch=watch, version=deals.version)
    app.add_middleware(SecurityMiddleware)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app
