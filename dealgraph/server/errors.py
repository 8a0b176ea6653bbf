"""One error shape for every failure: ``{"ok": false, "error", "status", "errors": [...]}``.

HTTP errors, validation errors (FastAPI's 422s), unknown routes and dealgraph's own errors all
come out in that shape. Pages (paths outside /api asked for by a browser) get the same content
as a small HTML page.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from dealgraph.errors import DealgraphError, StoreError


class ApiError(Exception):
    """An error with an HTTP status, raised by routes and security checks."""

    def __init__(self, status: int, message: str, *, errors: list[dict[str, Any]] | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or []
        self.headers = headers or {}


def error_body(status: int, message: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The one JSON error shape."""
    return {"ok": False, "error": message, "status": status, "errors": errors or []}


def error_response(request: Request, status: int, message: str, errors: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """JSON for API clients, an HTML page for a browser on a page path."""
    body = error_body(status, message, errors)
    if _wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(request, "error.html", {"err": body}, status_code=status,
                                          headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path.endswith(".json") or path.startswith("/static/"):
        return False
    return "text/html" in request.headers.get("accept", "")


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": [str(p) for p in e.get("loc", ())], "message": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()]


def _status_of(exc: DealgraphError) -> int:
    if isinstance(exc, StoreError) and str(exc).startswith("No "):
        return 404
    return 400


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception type to the one shape."""

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.message, exc.errors, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = "Not found" if exc.status_code == 404 else str(exc.detail)
        return error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, "Invalid request", _validation_errors(exc))

    @app.exception_handler(DealgraphError)
    async def _dealgraph(request: Request, exc: DealgraphError) -> Response:
        detail = [{"code": exc.code, "hint": exc.hint}] if exc.hint else [{"code": exc.code}]
        return error_response(request, _status_of(exc), str(exc), detail)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        return error_response(request, 500, f"Internal error: {type(exc).__name__}")
