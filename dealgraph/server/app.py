"""The web app: ``create_app(store, settings)`` returns an ASGI app (FastAPI).

REST API under /api (OpenAPI at /openapi.json), server-rendered pages with small static JS, one
JSON error shape, a strict Content-Security-Policy, and a token for writes.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from dealgraph.server.config import ServerSettings
from dealgraph.server.deals import DealIndex
from dealgraph.server.errors import install_error_handlers
from dealgraph.server.routes import ROUTERS
from dealgraph.server.security import SecurityMiddleware
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


def create_app(store: Store, settings: ServerSettings | None = None) -> FastAPI:
    """Build the app over ``store``. Settings default to :meth:`ServerSettings.from_env`."""
    app = FastAPI(title="dealgraph", version=__version__, docs_url=None, redoc_url=None,
                  description="Sourced graph of money between AI-industry players. Errors: "
                              '{"ok": false, "error", "status", "errors"}.')
    app.state.store = store
    app.state.settings = settings or ServerSettings.from_env()
    app.state.templates = _templates()
    app.state.deals = DealIndex(store)
    install_error_handlers(app)
    app.add_middleware(SecurityMiddleware)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app
