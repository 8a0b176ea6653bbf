"""The response cache and the store's change generation: a cached read never outlives a change.

Writes come through the API, through a second Store (its own connection pool) and from a separate
process, on SQLite and on the real PostgreSQL server when DEALGRAPH_TEST_POSTGRES is set.
"""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from conftest import make_doc
from dealgraph.model import Amount, Claim, Review
from dealgraph.server import ServerSettings, create_app
from dealgraph.server.cache import Entry, ResponseCache, cache_key
from dealgraph.server.sample import EXTRACTOR, load_sample
from dealgraph.server.watch import StoreWatch
from dealgraph.store import Store, open_store

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

TOKEN = "cache-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def store(any_store: Store) -> Store:
    """The sample on SQLite and on PostgreSQL: for what depends on the database's change marker."""
    load_sample(any_store)
    return any_store


@pytest.fixture
def lite(sqlite_store: Store) -> Store:
    """The sample on SQLite only: for what does not depend on the database."""
    load_sample(sqlite_store)
    return sqlite_store


def url_of(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def other(store: Store) -> Iterator[Store]:
    """A second Store on the same database: its own engine and connections, like an `ingest` beside."""
    s = open_store(url_of(store))
    yield s
    s.close()


def client_for(store: Store, **settings: Any) -> TestClient:
    return TestClient(create_app(store, ServerSettings(token=TOKEN, **settings)), raise_server_exceptions=False)


@pytest.fixture
def client(store: Store) -> TestClient:
    return client_for(store)


def get(client: TestClient, path: str, **kw: Any) -> tuple[dict[str, Any], str]:
    r = client.get(path, **kw)
    return r.json(), r.headers.get("x-dealgraph-cache", "")


def new_claim(store: Store, text: str, source: str = "Cache Corp", usd: str = "7000000000") -> Claim:
    doc = make_doc(text, path=f"cache/{abs(hash(text))}.txt")
    store.add_documents([doc])
    amount = Amount(value=Decimal(usd), currency="USD", start=0, end=len(text), text=text, usd=Decimal(usd))
    c = Claim(doc_id=doc.id, kind="investment", source=source, target="OpenAI", status="announced", start=0,
              end=len(text), evidence=text, extractor=EXTRACTOR, confidence=0.9, amount=amount, date="2024-05")
    store.replace_claims(doc.id, EXTRACTOR, [c])
    return c


# -- reads are cached, and every kind of change shows up ----------------------------------------

def test_second_read_is_a_hit_with_the_same_bytes(lite: Store) -> None:
    client = client_for(lite)
    first = client.get("/api/claims?kind=investment")
    second = client.get("/api/claims?kind=investment")
    assert first.headers["x-dealgraph-cache"] == "miss" and second.headers["x-dealgraph-cache"] == "hit"
    assert first.content == second.content and second.json()["total"] == 4
    assert second.headers["content-type"].startswith("application/json")
    assert second.headers["content-security-policy"]  # security headers on cached answers too
    assert client.get("/api/claims?kind=investment", headers={"Cache-Control": "no-cache"}
                      ).headers["x-dealgraph-cache"] == "miss"


def test_review_posted_here_changes_the_cached_page(client: TestClient) -> None:
    path = "/api/claims?kind=investment&sort=amount"
    items, _ = get(client, path)
    key = items["items"][0]["key"]
    assert get(client, path)[1] == "hit"
    body = {"action": "correct", "reviewer": "ann", "changes": {"amount_usd": "1"}}
    assert client.post(f"/api/claims/{key}/review", headers=AUTH, json=body).status_code == 201
    after, mark = get(client, path)
    row = next(c for c in after["items"] if c["key"] == key)
    assert mark == "miss" and row["amount_usd"] == 1.0 and row["review"]["action"] == "correct"
    detail, _ = get(client, f"/api/claims/{key}")
    assert [r["reviewer"] for r in detail["reviews"]] == ["ann"]


LISTS = {"/api/claims?entity=Cache%20Corp": "Cache Corp", "/api/documents": "cache/",
         "/api/deals?entity=Cache%20Corp": "Cache Corp", "/api/graph": "Cache Corp", "/api/entities?q=Cache": "Cache Corp"}


def test_claim_ingested_by_another_connection_shows_up(client: TestClient, other: Store) -> None:
    before = {path: get(client, path)[0] for path in LISTS}
    assert {get(client, path)[1] for path in LISTS} == {"hit"}
    new_claim(other, "Cache Corp put seven billion dollars into OpenAI in May.")
    for path, wanted in LISTS.items():
        after, mark = get(client, path)
        assert mark == "miss" and after != before[path] and wanted in json.dumps(after), path
        assert get(client, path)[1] == "hit"


def test_review_written_by_another_connection_shows_up(client: TestClient, store: Store, other: Store) -> None:
    key = store.claims()[0]["key"]
    assert get(client, f"/api/claims/{key}")[0]["reviews"] == []
    assert get(client, f"/api/claims/{key}")[1] == "hit"
    other.add_review(Review(key, "reject", "bo", note="wrong company"))
    body, mark = get(client, f"/api/claims/{key}")
    assert mark == "miss" and [r["action"] for r in body["reviews"]] == ["reject"]


def test_write_from_another_process_shows_up(tmp_path: Path) -> None:
    db = tmp_path / "proc.db"
    store = open_store(f"sqlite:///{db}")
    load_sample(store)
    client = client_for(store)
    key = store.claims()[0]["key"]
    assert get(client, "/api/claims?limit=1")[0]["items"][0]["review"] is None
    assert get(client, "/api/claims?limit=1")[1] == "hit"
    script = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"insert into reviews "
              "(claim_key, action, reviewer, at, changes, note) values (?, 'confirm', 'proc', '2025-01-01', '{}', null)\", "
              "(sys.argv[2],)); c.commit()")
    subprocess.run([sys.executable, "-c", script, str(db), key], check=True, timeout=30)
    body, mark = get(client, "/api/claims?limit=1")
    assert mark == "miss" and body["items"][0]["review"]["reviewer"] == "proc"
    store.close()


# -- keys, errors, bounds, privacy --------------------------------------------------------------

def test_different_queries_do_not_collide_and_param_order_does_not_matter(lite: Store) -> None:
    client = client_for(lite)
    totals = {q: get(client, f"/api/claims?{q}")[0]["total"] for q in ("kind=investment", "kind=stake", "lang=zh",
                                                                       "kind=investment&lang=zh", "")}
    assert totals == {"kind=investment": 4, "kind=stake": 2, "lang=zh": 2, "kind=investment&lang=zh": 1, "": 10}
    assert get(client, "/api/claims?limit=2&offset=2")[0] != get(client, "/api/claims?limit=2&offset=4")[0]
    a, _ = get(client, "/api/claims?lang=zh&kind=investment")
    b, mark = get(client, "/api/claims?kind=investment&lang=zh")
    assert mark == "hit" and a == b
    assert get(client, "/api/claims?kind=investment,stake")[0]["total"] == 6  # not the kind=investment entry


def test_cache_key_sorts_by_name_and_keeps_value_order() -> None:
    def key(q: bytes) -> Any:
        return cache_key({"path": "/api/claims", "query_string": q})
    assert key(b"b=2&a=1") == key(b"a=1&b=2") == ("/api/claims", (("a", "1"), ("b", "2")))
    assert key(b"kind=a&kind=b") != key(b"kind=b&kind=a")
    assert key(b"entity=A%20B") == key(b"entity=A+B") != key(b"entity=A%2BB")


@pytest.mark.parametrize("path,status", [("/api/claims?kind=bogus", 422), ("/api/claims/nokey", 404),
                                         ("/api/claims?limit=100000", 422), ("/api/entities/Nobody", 404)])
def test_errors_are_not_cached(lite: Store, path: str, status: int) -> None:
    client = client_for(lite)
    for _ in range(2):
        r = client.get(path)
        assert r.status_code == status and r.headers["x-dealgraph-cache"] == "miss"
    assert len(client.app.state.cache) == 0  # type: ignore[attr-defined]


def test_cache_stays_bounded_in_entries_and_bytes(lite: Store) -> None:
    client = client_for(lite, cache_entries=3)
    for o in range(6):
        get(client, f"/api/claims?limit=1&offset={o}")
    cache = client.app.state.cache  # type: ignore[attr-defined]
    assert len(cache) == 3
    assert get(client, "/api/claims?limit=1&offset=5")[1] == "hit"  # the newest stay
    assert get(client, "/api/claims?limit=1&offset=0")[1] == "miss"  # the oldest went
    small = ResponseCache(max_entries=100, max_bytes=1600)
    gen = (0, 1)
    for i in range(10):
        small.put(("/p", (("i", str(i)),)), gen, Entry(200, (), b"x" * 90))
    assert small.bytes <= 1600 and len(small) == 10 and small.bytes == 900
    assert not small.put(("/big", ()), gen, Entry(200, (), b"x" * 101))  # over max_bytes // 16: never kept
    for i in range(10, 30):
        small.put(("/p", (("i", str(i)),)), gen, Entry(200, (), b"x" * 90))
    assert small.bytes <= 1600 and len(small) == 17
    assert small.get(("/p", (("i", "29"),)), gen) and small.get(("/p", (("i", "0"),)), gen) is None
    assert small.get(("/p", (("i", "29"),)), (1, 1)) is None and len(small) == 0  # a new generation drops all


def test_an_answer_computed_before_a_change_is_never_served_after_it() -> None:
    cache, key, entry = ResponseCache(), ("/api/claims", ()), Entry(200, (), b"{}")
    old, new = (0, 1), (0, 2)
    assert cache.get(key, new) is None  # a request already saw the new generation ...
    cache.put(key, old, entry)  # ... when a slow one, started before the change, finishes
    assert cache.get(key, new) is None
    assert cache.put(key, new, entry) and cache.get(key, new) == entry


def test_cache_can_be_turned_off(lite: Store) -> None:
    client = client_for(lite, cache_entries=0)
    assert [get(client, "/api/claims")[1] for _ in range(2)] == ["miss", "miss"]


def test_private_server_never_serves_cached_reads_without_the_token(lite: Store) -> None:
    client = client_for(lite, private=True)
    assert client.get("/api/claims", headers=AUTH).status_code == 200
    assert client.get("/api/claims", headers=AUTH).headers["x-dealgraph-cache"] == "hit"
    r = client.get("/api/claims")
    assert r.status_code == 401 and "items" not in r.json()


def test_deals_served_while_rebuilding_are_not_kept(store: Store, other: Store) -> None:
    from dealgraph.analyze import load_deals
    from dealgraph.server.sample import load_synthetic

    client = client_for(store)
    index = client.app.state.deals  # type: ignore[attr-defined]
    index.full_rebuild_over = 5
    get(client, "/api/deals?limit=500")
    load_synthetic(other, claims=300, entities=8)
    get(client, "/api/deals?limit=500")  # may be the old deals: a background rebuild runs
    index.wait(30)
    fresh, _ = get(client, "/api/deals?limit=500")
    assert fresh["total"] == len(load_deals(store))
    assert get(client, "/api/deals?limit=500")[1] == "hit"


# -- the change generation itself ---------------------------------------------------------------

def test_generation_moves_exactly_when_someone_commits(store: Store, other: Store) -> None:
    watch = StoreWatch(store)
    g0 = watch.generation()
    store.claims()
    other.claims()  # reads change nothing
    assert watch.generation() == g0
    other.add_review(Review(store.claims()[0]["key"], "confirm", "bo"))
    g1 = watch.generation()
    assert g1 != g0 and watch.generation() == g1
    watch.bump()
    assert watch.generation() not in (g0, g1)
    watch.close()


def test_with_a_poll_interval_own_writes_still_show_at_once(store: Store, other: Store) -> None:
    client = client_for(store, cache_poll_s=600)  # external writes may wait up to 10 minutes
    key = store.claims()[0]["key"]
    get(client, f"/api/claims/{key}")
    other.add_review(Review(key, "reject", "bo"))
    body, mark = get(client, f"/api/claims/{key}")
    assert mark == "hit" and body["reviews"] == []  # within the interval: the documented lag
    assert client.post(f"/api/claims/{key}/review", headers=AUTH, json={"action": "confirm", "reviewer": "ann"}
                       ).status_code == 201
    body, mark = get(client, f"/api/claims/{key}")
    assert mark == "miss" and [r["reviewer"] for r in body["reviews"]] == ["bo", "ann"]


def test_generation_of_an_in_memory_store_is_a_short_ttl() -> None:
    import time

    store = open_store("sqlite://")
    watch = StoreWatch(store, ttl_s=0.05)
    assert "at most" in watch.rule
    g0 = watch.generation()
    time.sleep(0.06)
    assert watch.generation() != g0
    store.close()


def test_count_memo_follows_the_generation(client: TestClient, other: Store) -> None:
    assert get(client, "/api/claims?limit=1")[0]["total"] == 10
    assert get(client, "/api/documents?limit=1")[0]["total"] == 5
    other.add_documents([make_doc("A document without claims, about nothing in particular.", path="x/y.txt")])
    assert get(client, "/api/documents?limit=1")[0]["total"] == 6
    new_claim(other, "Cache Corp again put seven billion dollars into OpenAI.")
    assert get(client, "/api/claims?limit=1")[0]["total"] == 11


# -- deals kept current in place: readers keep a consistent view; totals equal a recount --------

def _recount(deals: list[Any]) -> list[dict[str, Any]]:
    """Entity totals from scratch, written out independently of dealgraph.server.totals."""
    import math

    sides: dict[str, dict[str, list[float]]] = {}
    for d in deals:
        money = float(d.amount_usd or 0) if (d.status != "denied" and not getattr(d, "covered_by", None)
                                             and d.kind not in ("stake", "valuation", "lawsuit")) else 0.0
        for name, side in ((d.source, "out"), (d.target, "in")):
            if name:
                sides.setdefault(name, {"in": [], "out": []})[side].append(money)
    rows = [{"name": n, "money_in": math.fsum(s["in"]), "money_out": math.fsum(s["out"]),
             "deals": len(s["in"]) + len(s["out"])} for n, s in sides.items()]
    return sorted(rows, key=lambda r: (-(r["money_in"] + r["money_out"]), r["name"]))


def test_entity_totals_and_views_kept_current_incrementally(lite: Store) -> None:
    from dealgraph.analyze import load_deals
    from dealgraph.server.deals import DealIndex
    from dealgraph.server.queries import Filters
    from dealgraph.server.sample import load_synthetic

    load_synthetic(lite, claims=400, entities=6, seed=5)
    index = DealIndex(lite, watch=StoreWatch(lite))
    assert index.entity_totals() == _recount(load_deals(lite))
    by_kind, by_entity = Filters(kinds=("investment",)), Filters(entity="OpenAI")
    index.select(by_kind), index.select(by_entity)  # remembered, then carried through the changes
    old_deals = index.all()
    old_ids = [d.id for d in old_deals]
    rows = lite.claims()
    lite.add_review(Review(rows[0]["key"], "correct", "ann", {"source": "Company 004", "amount_usd": "9"}))
    lite.add_review(Review(rows[1]["key"], "reject", "ann"))
    elsewhere = next(r for r in rows if r["kind"] != "investment" and "OpenAI" not in (r["source"], r["target"]))
    lite.add_review(Review(elsewhere["key"], "correct", "ann", {"amount_usd": "5"}))  # passes neither filter
    new_claim(lite, "Cache Corp put seven billion dollars into OpenAI in May.")
    live = index._live
    assert index.entity_totals() == _recount(load_deals(lite)) and index._live is live  # no rebuild
    assert sorted(d.to_dict()["id"] for d in index.all()) == sorted(d.to_dict()["id"] for d in load_deals(lite))
    assert [d.id for d in old_deals] == old_ids  # a reader still on the old list saw nothing move
    assert index._remembers(index._view, ("select", by_kind.cache_key()))  # carried, not recomputed
    assert index.select(by_kind) == [d for d in index.all() if d.kind == "investment"]
    assert index.select(by_entity) == [d for d in index.all() if "OpenAI" in (d.source, d.target)]
    assert any(d.source == "Cache Corp" for d in index.select(by_entity))


def test_identical_requests_arriving_together_are_computed_once(lite: Store) -> None:
    import asyncio

    import httpx

    app = create_app(lite, ServerSettings(token=TOKEN))

    async def burst() -> list[str]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            responses = await asyncio.gather(*(c.get("/api/claims?kind=investment") for _ in range(6)))
            assert len({r.content for r in responses}) == 1 and responses[0].json()["total"] == 4
            return sorted(r.headers["x-dealgraph-cache"] for r in responses)

    assert asyncio.run(burst()) == ["hit"] * 5 + ["miss"]


def test_a_big_consolidation_is_frozen_out_of_the_garbage_collectors_way(tmp_path: Path) -> None:
    """In a child process (freezing is process-wide): after the build, a full collection has next
    to nothing to scan, so it cannot pause requests; a small build (a test's) is left alone."""
    script = """
import gc, sys, time
from dealgraph.server.deals import DealIndex
from dealgraph.server.sample import load_synthetic
from dealgraph.store import open_store
store = open_store(sys.argv[1]); load_synthetic(store, claims=2000)
DealIndex(store, freeze_from=10**9).refresh()
small = gc.get_freeze_count()
DealIndex(store, freeze_from=1000).refresh()
print(small, gc.get_freeze_count(), len(gc.get_objects()))
"""
    out = subprocess.run([sys.executable, "-c", script, f"sqlite:///{tmp_path / 'gc.db'}"], check=True,
                         capture_output=True, text=True, timeout=60).stdout.split()
    small, frozen, scanned = map(int, out)
    assert small == 0 and frozen > 20_000 and scanned < frozen / 4
