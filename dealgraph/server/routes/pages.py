"""Server-rendered pages. Each has a JSON twin (the same data at ``.json`` or under /api)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from dealgraph.model import CLAIM_KINDS, LANGUAGES, STATUSES
from dealgraph.server.highlight import segments
from dealgraph.server.routes._params import store_of
from dealgraph.server.routes.documents import document_json
from dealgraph.server.routes.entities import entity_json
from dealgraph.server.routes.graph import index_of
from dealgraph.server.security import COOKIE, token_matches

router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    base = {"kinds": CLAIM_KINDS, "statuses": STATUSES, "langs": LANGUAGES,
            "private": request.app.state.settings.private}
    return request.app.state.templates.TemplateResponse(request, name, {**base, **context})


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    """The graph, with filters, cycles and the scenario panel (data from /api/graph)."""
    return render(request, "index.html", title="Money graph")


@router.get("/documents/{doc_id}.json")
def document_twin(request: Request, doc_id: str) -> dict[str, Any]:
    return document_json(store_of(request), doc_id)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    """The article with every claim's evidence highlighted (text escaped by the template)."""
    data = document_json(store_of(request), doc_id)
    parts = segments(data["document"]["text"], data["spans"])
    return render(request, "document.html", title=data["document"]["title"] or data["document"]["path"],
                  doc=data["document"], claims=data["claims"], parts=parts)


@router.get("/entities/{name}.json")
def entity_twin(request: Request, name: str) -> dict[str, Any]:
    return entity_json(index_of(request), name)


@router.get("/entities/{name}", response_class=HTMLResponse)
def entity_page(request: Request, name: str) -> HTMLResponse:
    """One entity: its deals over time and its exposure."""
    data = entity_json(index_of(request), name)
    return render(request, "entity.html", title=data["name"], entity=data)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return render(request, "login.html", title="Sign in", failed=False)


@router.post("/login")
async def login(request: Request) -> Response:
    """Private mode: a correct token sets an HttpOnly cookie that allows reads (never writes)."""
    token = parse_qs((await request.body()).decode("utf-8", "replace")).get("token", [""])[0]
    settings = request.app.state.settings
    if not token_matches(settings, token):
        response: Response = render(request, "login.html", title="Sign in", failed=True)
        response.status_code = 401
        return response
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/healthz")
def healthz() -> JSONResponse:
    return JSONResponse({"ok": True})
