"""Security: response headers (strict CSP), Host checks, and the bearer token.

Writes always need ``Authorization: Bearer <token>``; a cookie never authorises a write, so a
page on another site cannot make a browser write (no CSRF). With ``private`` every read needs
the token too, from the header or from the HttpOnly cookie that /login sets.
"""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import Request
from starlette.datastructures import MutableHeaders

from dealgraph.server.config import TOKEN_ENV, ServerSettings
from dealgraph.server.errors import ApiError, error_response

COOKIE = "dealgraph_token"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
OPEN_PATHS = ("/static/", "/login", "/favicon.ico")


def _bearer(request: Request) -> str | None:
    value = request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def token_matches(settings: ServerSettings, given: str | None) -> bool:
    """Constant-time comparison with the configured token."""
    return bool(settings.token and given and hmac.compare_digest(settings.token.encode(), given.encode()))


def require_write(request: Request) -> None:
    """Dependency for writing endpoints: the Bearer header must carry the configured token."""
    settings: ServerSettings = request.app.state.settings
    if not settings.token:
        raise ApiError(403, f"Writes are disabled because no token is configured. Set {TOKEN_ENV} "
                            f"(e.g. `export {TOKEN_ENV}=$(python -c 'import secrets; print(secrets.token_urlsafe())')`) "
                            "and restart `dealgraph serve`, then send `Authorization: Bearer <token>`.")
    if not token_matches(settings, _bearer(request)):
        raise ApiError(401, "A valid token is needed to write: send `Authorization: Bearer <token>`.",
                       headers={"WWW-Authenticate": "Bearer"})


def _read_allowed(request: Request, settings: ServerSettings) -> bool:
    if not settings.private or request.url.path.startswith(OPEN_PATHS):
        return True
    return token_matches(settings, _bearer(request) or request.cookies.get(COOKIE))


def _host_allowed(request: Request, settings: ServerSettings) -> bool:
    if settings.allowed_hosts is None:
        return True
    host = request.headers.get("host", "")
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return name in settings.allowed_hosts


class SecurityMiddleware:
    """Host check, private-mode read check, and the security headers on every response.

    Plain ASGI (not ``BaseHTTPMiddleware``): it adds no task or stream per request.
    """

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        settings: ServerSettings = request.app.state.settings

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(HEADERS)
            await send(message)

        if not _host_allowed(request, settings):
            response = error_response(request, 400, "Unexpected Host header; this server only answers to "
                                      + ", ".join(settings.allowed_hosts or ()))
        elif not _read_allowed(request, settings):
            response = error_response(request, 401, "This server is private: send `Authorization: Bearer "
                                      "<token>` or sign in at /login.", headers={"WWW-Authenticate": "Bearer"})
        else:
            await self.app(scope, receive, send_with_headers)
            return
        await response(scope, receive, send_with_headers)
