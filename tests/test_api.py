"""REST API and server-rendered pages: filters, pagination, the error shape, reviews and security."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import need
from dealgraph.server import ServerSettings, create_app
from dealgraph.server.sample import ARTICLES, EXTRACTOR, XSS_TEXT, load_sample
from dealgraph.store import Store, open_store

with warnings.catch_warnings():  # starlette warns that its TestClient will move to httpx2
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

TOKEN = "test-token-123"
ERROR_KEYS = {"ok", "error", "status", "errors"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'api.db'}")
    load_sample(s)
    yield s
    s.close()


def client_for(store: Store, **settings: Any) -> TestClient:
    return TestClient(create_app(store, ServerSettings(**settings)), raise_server_exceptions=False)


@pytest.fixture
def client(store: Store) -> TestClient:
    return client_for(store, token=TOKEN)


def doc_id_of(path: str, store: Store) -> str:
    return next(d.id for d in store.documents() if d.path == path)


def assert_error(response: Any, status: int) -> dict[str, Any]:
    body = response.json()
    assert response.status_code == status
    assert set(body) == ERROR_KEYS and body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    return body


# -- lists, filters, pagination ------------------------------------------------------------------

@pytest.mark.parametrize("query,total", [
    ("", 10), ("kind=investment", 4), ("kind=investment,compute_commitment", 7), ("lang=zh", 2),
    ("lang=ja", 2), ("min_usd=50000000000", 2), ("status=up_to", 1), ("status=rumored&status=up_to", 2),
    ("date_from=2025", 5), ("date_to=2023", 4), ("date_from=2023-10&date_to=2023-10-31", 2),
    ("entity=Microsoft", 4), ("kind=investment&lang=en&min_usd=1e10", 2),
])
def test_claim_filters(client: TestClient, query: str, total: int) -> None:
    body = client.get(f"/api/claims?{query}").json()
    assert body["ok"] and body["total"] == total == len(body["items"])


def test_claim_filters_match_rows(client: TestClient) -> None:
    items = client.get("/api/claims?kind=compute_commitment&min_usd=5e9").json()["items"]
    assert {(c["source"], c["target"]) for c in items} == {("OpenAI", "Microsoft"), ("OpenAI", "Oracle")}
    assert all(c["kind"] == "compute_commitment" and c["amount_usd"] >= 5e9 for c in items)


def test_pagination_pages_are_disjoint_and_complete(client: TestClient) -> None:
    pages = [client.get(f"/api/claims?limit=4&offset={o}").json() for o in (0, 4, 8)]
    keys = [c["key"] for p in pages for c in p["items"]]
    assert [p["count"] for p in pages] == [4, 4, 2] and all(p["total"] == 10 for p in pages)
    assert len(set(keys)) == 10
    docs = client.get("/api/documents?limit=2&offset=1").json()
    assert docs["total"] == 5 and docs["count"] == 2 and "text" not in docs["items"][0]


def test_sort_by_amount(client: TestClient) -> None:
    amounts = [c["amount_usd"] for c in client.get("/api/claims?sort=amount&limit=3").json()["items"]]
    assert amounts == [250e9, 100e9, 40e9]


# -- one error shape -------------------------------------------------------------------------------

@pytest.mark.parametrize("method,path,status", [
    ("get", "/api/nothing-here", 404), ("get", "/api/claims?kind=bogus", 422), ("get", "/api/claims?min_usd=lots", 422),
    ("get", "/api/claims?limit=100000", 422), ("get", "/api/claims?date_from=last+year", 422),
    ("get", "/api/documents/0000", 404), ("get", "/api/claims/nokey", 404), ("get", "/api/deals/nodeal", 404),
    ("get", "/api/entities/Nobody%20Inc", 404), ("post", "/api/stress", 422), ("get", "/documents/0000.json", 404),
])
def test_every_error_has_one_shape(client: TestClient, method: str, path: str, status: int) -> None:
    assert_error(getattr(client, method)(path), status)


def test_validation_errors_are_listed(client: TestClient) -> None:
    body = assert_error(client.get("/api/claims?kind=bogus&lang=xx&min_usd=-1"), 422)
    assert body["errors"] and all("loc" in e and "message" in e for e in body["errors"])


def test_html_error_page_for_browsers(client: TestClient) -> None:
    r = client.get("/documents/0000", headers={"Accept": "text/html"})
    assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "No document" in r.text


# -- documents, deals, graph, cycles, entities, stress ---------------------------------------------

@pytest.mark.parametrize("path", ["news/zh-google.txt", "news/ja-softbank.txt", "news/en-msft.txt"])
def test_document_spans_cut_out_the_evidence(client: TestClient, store: Store, path: str) -> None:
    body = client.get(f"/api/documents/{doc_id_of(path, store)}").json()
    text, by_key = body["document"]["text"], {c["key"]: c for c in body["claims"]}
    assert body["spans"] and len(body["spans"]) == len(by_key)
    for span in body["spans"]:
        assert text[span["start"]:span["end"]] == by_key[span["key"]]["evidence"]


def test_page_has_json_twin(client: TestClient, store: Store) -> None:
    doc_id = doc_id_of("news/ja-softbank.txt", store)
    twin = client.get(f"/documents/{doc_id}.json").json()
    page = client.get(f"/documents/{doc_id}").text
    assert twin == client.get(f"/api/documents/{doc_id}").json()
    assert "ソフトバンクグループは31日" in page and '<mark class="evidence"' in page
    assert client.get("/entities/Microsoft.json").json()["name"] == "Microsoft"


def test_graph_top_edges_and_node_money(client: TestClient) -> None:
    g = client.get("/api/graph").json()
    amounts = [e["amount_usd"] for e in g["edges"]]
    assert amounts == sorted(amounts, reverse=True) and g["total_edges"] == len(g["edges"]) == 9
    nodes = {n["id"]: n for n in g["nodes"]}
    assert nodes["OpenAI"]["money_in"] == 150e9 and nodes["OpenAI"]["money_out"] == 280e9
    dashed = {e["source"] for e in g["edges"] if e["dashed"]}
    assert dashed == {"Nvidia", "OpenAI"} and all(e["deals"] for e in g["edges"])
    top = client.get("/api/graph?limit=2").json()
    assert top["truncated"] and [e["amount_usd"] for e in top["edges"]] == [250e9, 100e9]
    assert {n["id"] for n in top["nodes"]} == {"OpenAI", "Microsoft", "Nvidia"}
    assert nodes["OpenAI"]["money"] == client.get("/api/graph?limit=2").json()["nodes"][2]["money"]


def test_graph_filters(client: TestClient) -> None:
    zh = client.get("/api/graph?lang=zh").json()
    assert {(e["source"], e["target"]) for e in zh["edges"]} == {("Google", "Anthropic"), ("Anthropic", "Google")}
    confirmed = client.get("/api/graph?status=announced&kind=compute_commitment").json()["edges"]
    assert [(e["source"], e["target"]) for e in confirmed] == [("OpenAI", "Microsoft"), ("Anthropic", "Google")]


def test_edge_leads_to_claims_and_sentence(client: TestClient) -> None:
    edge = next(e for e in client.get("/api/graph").json()["edges"] if e["source"] == "Google")
    deal = client.get(f"/api/deals/{edge['deals'][0]}").json()
    claim = deal["claims"][0]
    doc = client.get(f"/api/documents/{claim['doc_id']}").json()["document"]
    assert doc["text"][claim["start"]:claim["end"]] == "谷歌同意向Anthropic投资20亿美元。" and doc["lang"] == "zh"


def test_cycles_find_round_trips(client: TestClient) -> None:
    items = client.get("/api/cycles").json()["items"]
    loops = {frozenset(c["nodes"]) for c in items}
    assert loops == {frozenset({"Microsoft", "OpenAI"}), frozenset({"Google", "Anthropic"})}


def test_vendors_own_money_back(client: TestClient) -> None:
    items = {v["vendor"]: v for v in client.get("/api/vendors").json()["items"]}
    assert items["Microsoft"]["funded"] == ["OpenAI"] and items["Microsoft"]["share_high"] == 1.0
    assert items["Google"]["funded"] == ["Anthropic"]


def test_entity_timeline_and_exposure(client: TestClient) -> None:
    body = client.get("/api/entities/Microsoft").json()
    dates = [d["date"] for d in body["timeline"]]
    assert dates == sorted(dates) and body["totals"]["money_out"] == 10e9
    assert [p["pct"] for p in body["stakes"][0]["points"]] == [49.0, 27.0]
    assert {line["counterparty"] for line in body["exposure"]["lines"]} == {"OpenAI"}
    assert client.get("/api/exposure/Microsoft").json()["exposure"]["entity"] == "Microsoft"


def test_entity_search_any_language(client: TestClient) -> None:
    from dealgraph.entities import default_kb

    need(default_kb().get("微软") is not None, "the entity knowledge base has no alias 微软 yet")
    for query in ("微软", "マイクロソフト", "micro"):
        assert client.get("/api/entities", params={"q": query}).json()["items"][0]["name"] == "Microsoft"


def test_stress_scenario(client: TestClient) -> None:
    body = client.post("/api/stress", json={"fail": ["OpenAI"], "recovery": 0.2}).json()
    losses = {e["entity"]: e["total_loss_usd"] for e in body["result"]["entities"]}
    assert losses["Microsoft"] > 0 and body["scenario"]["method"] == "debtrank"
    en = client.post("/api/stress", json={"fail": ["OpenAI"], "method": "eisenberg_noe"}).json()
    assert en["result"]["method"] == "eisenberg_noe"
    assert_error(client.post("/api/stress", json={"fail": ["OpenAI"], "recovery": 2}), 422)
    assert_error(client.post("/api/stress", json={"fail": ["OpenAI"], "method": "guess"}), 422)


# -- reviews and tokens --------------------------------------------------------------------------

def claim_key(client: TestClient, source: str, kind: str) -> str:
    items = client.get(f"/api/claims?entity={source}&kind={kind}").json()["items"]
    return next(c["key"] for c in items if c["source"] == source)


def test_review_refused_without_configured_token(store: Store) -> None:
    c = client_for(store)
    key = claim_key(c, "Google", "investment")
    body = assert_error(c.post(f"/api/claims/{key}/review", json={"action": "confirm", "reviewer": "ann"}), 403)
    assert "DEALGRAPH_TOKEN" in body["error"]
    assert store.reviews(key) == []


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic dGVzdA==", f"bearer{TOKEN}"])
def test_review_needs_the_right_token(client: TestClient, store: Store, header: str | None) -> None:
    key = claim_key(client, "Google", "investment")
    headers = {"Authorization": header} if header else {}
    assert_error(client.post(f"/api/claims/{key}/review", json={"action": "confirm", "reviewer": "ann"},
                             headers=headers), 401)
    assert store.reviews(key) == []


def test_review_stored_beside_claim_applied_and_survives(client: TestClient, store: Store) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    key = claim_key(client, "Microsoft", "investment")
    r = client.post(f"/api/claims/{key}/review", headers=auth,
                    json={"action": "correct", "reviewer": "ann", "changes": {"amount_usd": "13000000000"}, "note": "total"})
    assert r.status_code == 201 and r.json()["claim"]["amount_usd"] == 13e9
    assert r.json()["claim"]["original"] == {"amount_usd": "10000000000"}
    [review] = store.reviews(key)
    assert (review.reviewer, review.action, review.changes, review.note) == ("ann", "correct", {"amount_usd": "13000000000"}, "total")
    assert review.at
    # the stored claim itself is untouched; re-extraction keeps the review
    doc = store.get_document(doc_id_of("news/en-msft.txt", store))
    assert doc is not None
    claims = [c for c in _sample_claims(doc.id)]
    store.replace_claims(doc.id, EXTRACTOR, claims)
    again = client.get(f"/api/claims/{key}").json()
    assert again["claim"]["amount_usd"] == 13e9 and again["reviews"][0]["reviewer"] == "ann"
    edge = next(e for e in client.get("/api/graph").json()["edges"] if e["id"] == "Microsoft→OpenAI:investment")
    assert edge["amount_usd"] == 13e9


def _sample_claims(doc_id: str) -> list[Any]:
    from dealgraph.server import sample

    doc = next(d for d in sample_docs() if d.id == doc_id)
    article = next(a for a in ARTICLES if a[4] == doc.text)
    return [sample._claim(doc, *c) for c in article[5]]


def sample_docs() -> list[Any]:
    from dealgraph._hashing import document_id
    from dealgraph.model import Document

    return [Document(id=document_id(a[4]), path=a[0], text=a[4], lang=a[1]) for a in ARTICLES]


def test_reject_removes_deal_and_bad_review_refused(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    key = claim_key(client, "Evil Corp", "purchase")
    assert client.post(f"/api/claims/{key}/review", headers=auth, json={"action": "reject", "reviewer": "bo"}).status_code == 201
    assert "Evil Corp" not in {n["id"] for n in client.get("/api/graph").json()["nodes"]}
    assert client.get(f"/api/claims?key={key}").json()["items"][0]["review"]["action"] == "reject"
    assert_error(client.post(f"/api/claims/{key}/review", headers=auth, json={"action": "correct", "reviewer": "bo"}), 422)
    assert_error(client.post(f"/api/claims/{key}/review", headers=auth,
                             json={"action": "correct", "reviewer": "bo", "changes": {"doc_id": "x"}}), 422)
    assert_error(client.post("/api/claims/nokey/review", headers=auth, json={"action": "confirm", "reviewer": "bo"}), 404)


def _deal_dicts(deals: list[Any]) -> list[dict[str, Any]]:
    return sorted((d.to_dict() for d in deals), key=lambda d: d["id"])


def test_deal_cache_updates_incrementally_and_equals_a_full_consolidation(store: Store) -> None:
    from dealgraph.analyze import load_deals
    from dealgraph.model import Review
    from dealgraph.server.deals import DealIndex, build_graph
    from dealgraph.server.queries import Filters
    from dealgraph.server.sample import load_synthetic

    load_synthetic(store, claims=400, entities=6, seed=3)  # dense: many claims per (kind, source, target)
    index = DealIndex(store)
    assert _deal_dicts(index.all()) == _deal_dicts(load_deals(store))
    index.graph(Filters(), 2000)
    rows = store.claims()
    store.add_review(Review(rows[0]["key"], "correct", "ann", {"source": "Company 005", "amount_usd": "7"}))
    store.add_review(Review(rows[1]["key"], "reject", "ann"))
    store.add_review(Review(rows[2]["key"], "confirm", "ann"))
    live = index._live
    assert _deal_dicts(index.all()) == _deal_dicts(load_deals(store)) and index._live is live  # no rebuild
    store.add_review(Review(rows[1]["key"], "confirm", "bo"))  # un-reject
    doc = store.get_document(doc_id_of("news/en-msft.txt", store))
    assert doc is not None
    store.replace_claims(doc.id, EXTRACTOR, _sample_claims(doc.id)[:1])  # re-extraction drops two claims
    assert _deal_dicts(index.all()) == _deal_dicts(load_deals(store)) and index._live is live
    whole = json.loads(index.graph(Filters(), 2000))  # edges kept current unit by unit ...
    assert whole == json.loads(json.dumps(build_graph(index.all(), 2000)))  # ... == built from scratch
    assert [d.id for d in index.all()] == [d.id for d in sorted(index.all(), key=lambda d: (-float(d.amount_usd or 0), d.id))]


def test_many_changes_rebuild_in_the_background_serving_the_old_deals(store: Store) -> None:
    from dealgraph.analyze import load_deals
    from dealgraph.server.deals import DealIndex
    from dealgraph.server.sample import load_synthetic

    index = DealIndex(store, full_rebuild_over=5)
    before = _deal_dicts(index.all())
    load_synthetic(store, claims=200, entities=8)
    served = index.all()  # at once: the previous deals (or the new ones if the thread was quick)
    assert _deal_dicts(served) in (before, _deal_dicts(load_deals(store)))
    index.wait(30)
    assert not index.stale and _deal_dicts(index.all()) == _deal_dicts(load_deals(store))


# -- security ------------------------------------------------------------------------------------

def test_xss_article_is_escaped_in_html(client: TestClient, store: Store) -> None:
    doc_id = next(d.id for d in store.documents() if d.text == XSS_TEXT)
    html = client.get(f"/documents/{doc_id}").text
    assert "<script>window.__xss" not in html and "<img src=x" not in html and "<b>Hostile" not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "onerror=&#34;window.__xss=2&#34;" in html or "onerror=&quot;window.__xss=2&quot;" in html
    assert client.get(f"/api/documents/{doc_id}").json()["document"]["text"] == XSS_TEXT


def test_pages_have_no_inline_script(client: TestClient, store: Store) -> None:
    for path in ("/", f"/documents/{doc_id_of('news/en-msft.txt', store)}", "/entities/OpenAI", "/login"):
        html = client.get(path).text
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert scripts and all('src="/static/' in s for s in scripts), path
        assert " on" not in "".join(re.findall(r"<[a-z]+\s[^>]*>", html)).replace(" one", ""), path


@pytest.mark.parametrize("path", ["/", "/api/graph", "/api/nothing", "/static/app.css", "/openapi.json"])
def test_security_headers(client: TestClient, path: str) -> None:
    csp = client.get(path).headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
    assert client.get(path).headers["x-content-type-options"] == "nosniff"


def test_static_vendor_cytoscape_is_served(client: TestClient) -> None:
    r = client.get("/static/vendor/cytoscape.min.js")
    assert r.status_code == 200 and len(r.content) > 100_000 and "javascript" in r.headers["content-type"]


def test_private_mode_needs_token_for_reads(store: Store) -> None:
    c = client_for(store, token=TOKEN, private=True)
    assert_error(c.get("/api/graph"), 401)
    assert c.get("/api/graph", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert c.get("/static/app.css").status_code == 200
    assert c.post("/login", content="token=wrong", headers={"Content-Type": "application/x-www-form-urlencoded"}).status_code == 401
    r = c.post("/login", content=f"token={TOKEN}", headers={"Content-Type": "application/x-www-form-urlencoded"},
               follow_redirects=False)
    assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
    assert c.get("/api/graph").status_code == 200  # the cookie now allows reads ...
    key = claim_key(c, "Google", "investment")  # ... but never writes
    assert_error(c.post(f"/api/claims/{key}/review", json={"action": "confirm", "reviewer": "x"}), 401)


def test_loopback_host_check(store: Store) -> None:
    c = client_for(store, allowed_hosts=("127.0.0.1", "localhost"))
    assert_error(c.get("/api/graph", headers={"Host": "attacker.example"}), 400)
    assert c.get("/api/graph", headers={"Host": "127.0.0.1:8765"}).status_code == 200


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/graph", "/api/claims", "/api/claims/{key}/review", "/api/documents/{doc_id}", "/api/cycles",
              "/api/stress", "/api/entities/{name}", "/api/exposure/{entity}", "/api/deals"):
        assert p in paths


# -- CLI -----------------------------------------------------------------------------------------

def test_serve_get_prints_one_response(store: Store) -> None:
    from dealgraph.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--db", store.url, "--get", "/api/deals?kind=investment&limit=2"])
    assert result.exit_code == 0, result.output
    assert '"total": 4' in result.output and '"count": 2' in result.output
    missing = CliRunner().invoke(cli, ["serve", "--db", store.url, "--get", "/api/documents/nope"])
    assert missing.exit_code == 1 and '"ok": false' in missing.output


def test_serve_private_without_token_is_refused(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from dealgraph.cli import cli

    monkeypatch.delenv("DEALGRAPH_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", store.url, "--private", "--get", "/api/graph"])
    assert result.exit_code != 0 and "DEALGRAPH_TOKEN" in result.output


def test_amounts_keep_exact_text(client: TestClient) -> None:
    item = client.get("/api/claims?kind=investment&entity=Nvidia").json()["items"][0]
    assert Decimal(item["amount_usd_exact"]) == Decimal("100000000000")
