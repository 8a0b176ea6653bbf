"""The web UI in a real browser: Debian's chromium driven by Playwright, against a live uvicorn.

Graph loads, an edge leads to the highlighted (CJK) sentence, a scenario draws its bar chart,
a claim is reviewed with the token, and a hostile article stays inert. Screenshots are written to
the test's tmp_path (and to $DEALGRAPH_SCREENSHOTS when set).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import need
from dealgraph.server import ServerSettings, create_app
from dealgraph.server.sample import XSS_TEXT, load_sample
from dealgraph.store import Store, open_store

pytestmark = pytest.mark.browser
TOKEN = "browser-token-456"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store]]:
    """A uvicorn server on a free loopback port, in a background thread, over the sample store."""
    import uvicorn

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'ui.db'}")
    load_sample(store)
    port = _free_port()
    app = create_app(store, ServerSettings(token=TOKEN, allowed_hosts=("127.0.0.1", "localhost")))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", store
    server.should_exit = True
    thread.join(5)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    exe = shutil.which("chromium")
    need(exe is not None, "Debian chromium is not installed (apt-get install chromium fonts-noto-cjk)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, live: tuple[str, Store]) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, base_url=live[0])
    pg = context.new_page()
    pg.problems = []  # console errors and CSP violations: there must be none
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    yield pg
    context.close()


def shot(page: Any, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    if os.environ.get("DEALGRAPH_SCREENSHOTS"):
        out = Path(os.environ["DEALGRAPH_SCREENSHOTS"])
        out.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, out / path.name)
    return path


def wait_js(page: Any, expression: str, timeout_s: float = 10) -> Any:
    """Poll an expression (wait_for_function would need eval, which our CSP rightly forbids)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = page.evaluate(expression)
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {expression}")


def open_graph(page: Any) -> None:
    page.goto("/")
    wait_js(page, "() => Boolean(window.dealgraphCy && window.dealgraphCy.edges().length > 0)")


def tap_edge(page: Any, edge_id: str) -> None:
    page.evaluate("id => { window.dealgraphCy.getElementById(id).emit('tap'); }", edge_id)


def test_graph_edge_to_highlighted_cjk_sentence(page: Any, tmp_path: Path) -> None:
    open_graph(page)
    assert page.evaluate("window.dealgraphCy.edges().length") == 9
    dashed = page.evaluate("window.dealgraphCy.edges('.dashed').map(e => e.data('source')).sort()")
    assert dashed == ["Nvidia", "OpenAI"]
    assert page.evaluate("window.dealgraphCy.edges('.dashed')[0].style('line-style')") == "dashed"
    shot(page, tmp_path, "graph")
    tap_edge(page, "Google→Anthropic:investment")
    mark = page.wait_for_selector("#article mark.focus")
    assert mark.text_content() == "谷歌同意向Anthropic投资20亿美元。"
    meta = page.text_content("#article .meta")
    assert "2023-10-28" in meta and "news/zh-google.txt" in meta and "zh" in meta
    assert "谷歌同意向Anthropic投资20亿美元。" in page.text_content("#details blockquote")
    shot(page, tmp_path, "edge-article-zh")
    assert page.problems == []


def test_scenario_draws_bar_chart(page: Any, tmp_path: Path) -> None:
    open_graph(page)
    page.click(".tabs button[data-tab=scenario]")
    page.fill("#scenario-form input[name=fail]", "OpenAI")
    page.fill("#scenario-form input[name=recovery]", "0.2")
    page.click("#scenario-form button[type=submit]")
    page.wait_for_selector("#loss-chart rect.bar")
    labels = page.eval_on_selector_all("#loss-chart text", "ts => ts.map(t => t.textContent)")
    assert "Microsoft" in labels and page.locator("#loss-chart rect.bar").count() >= 2
    shot(page, tmp_path, "scenario")
    assert page.problems == []


def test_cycles_highlight_on_graph(page: Any, tmp_path: Path) -> None:
    open_graph(page)
    page.click(".tabs button[data-tab=cycles]")
    page.click("#cycles-form button[type=submit]")
    page.wait_for_selector("#cycles-list li .path")
    page.click("#cycles-list li >> nth=0")
    highlighted = page.evaluate("window.dealgraphCy.edges('.hl').map(e => e.data('source')).sort()")
    assert len(highlighted) == 2 and len(set(highlighted)) == 2
    shot(page, tmp_path, "cycle")


def test_review_claim_with_token(page: Any, live: tuple[str, Store], tmp_path: Path) -> None:
    store = live[1]
    open_graph(page)
    tap_edge(page, "SoftBank→OpenAI:investment")
    claim = page.wait_for_selector("#details li.claim")
    key = claim.get_attribute("data-key")
    claim.query_selector("button:text('Confirm')").click()
    page.wait_for_selector("#details li.claim .msg.err")
    assert "token" in page.text_content("#details li.claim .msg.err").lower() and store.reviews(key) == []
    page.click(".auth summary")
    page.fill("#reviewer", "Ann Analyst")
    page.dispatch_event("#reviewer", "change")
    page.fill("#token", TOKEN)
    page.dispatch_event("#token", "change")
    claim.query_selector("button:text('Confirm')").click()
    page.wait_for_selector("#details li.claim .review.review-confirm")
    assert "Ann Analyst" in page.text_content("#details li.claim .review")
    [review] = store.reviews(key)
    assert (review.action, review.reviewer) == ("confirm", "Ann Analyst")
    shot(page, tmp_path, "reviewed")


def test_hostile_article_stays_inert(page: Any, live: tuple[str, Store], tmp_path: Path) -> None:
    doc_id = next(d.id for d in live[1].documents() if d.text == XSS_TEXT)
    page.goto(f"/documents/{doc_id}")
    text = page.text_content(".document .text")
    assert text == XSS_TEXT and page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator(".document img").count() == 0 and "<script>" in page.text_content("h1")
    shot(page, tmp_path, "xss-document")
    open_graph(page)
    tap_edge(page, "Evil Corp→Acme Labs:purchase")
    page.wait_for_selector("#article mark.focus")
    assert page.text_content("#article .text") == XSS_TEXT
    assert page.locator("#article img, #details img").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_entity_search_and_page(page: Any, tmp_path: Path) -> None:
    from dealgraph.entities import default_kb

    open_graph(page)
    query = "微软" if default_kb().get("微软") is not None else "Micro"
    page.fill("#search-input", query)
    page.wait_for_selector("#search-results li")
    assert page.text_content("#search-results li >> nth=0").startswith("Microsoft")
    page.click("#search-results li >> nth=0")
    assert page.evaluate("window.dealgraphCy.$(':selected').map(n => n.id())") == ["Microsoft"]
    page.goto("/entities/Microsoft")
    page.wait_for_selector("#timeline-chart circle")
    assert page.locator("#exposure table tbody tr").count() >= 1
    assert "49.0%" in page.text_content(".stakes") and "27.0%" in page.text_content(".stakes")
    shot(page, tmp_path, "entity")
    assert page.problems == []
