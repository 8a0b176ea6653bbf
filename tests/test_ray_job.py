"""The firehose path: a real local Ray instance, one task per JSONL/Parquet shard, into SQLite and a
real PostgreSQL server; checked against the plain single-process ingest of the same articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dealgraph.errors import ConfigError
from dealgraph.pipeline import ingest_paths
from dealgraph.ray_job import find_shards, ingest_shards, shared_url
from dealgraph.store import Store, open_store

ray = pytest.importorskip("ray", reason="Ray is installed with dealgraph[scale]")
pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is installed with dealgraph[scale]")
NEWS = Path(__file__).resolve().parents[1] / "examples" / "news"


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, object_store_memory=80 * 1024 * 1024,
             _node_ip_address="127.0.0.1", logging_level="ERROR")
    yield
    ray.shutdown()


def articles() -> list[Path]:
    return sorted(NEWS.glob("*.txt"))


def write_shards(folder: Path) -> list[Path]:
    """Two JSONL shards and a Parquet shard; one article is in all three, one line is broken."""
    import pyarrow as pa

    texts = [p.read_text(encoding="utf-8") for p in articles()]
    folder.mkdir()
    a, b, c = folder / "a.jsonl", folder / "sub" / "b.parquet", folder / "c.jsonl"
    a.write_text("\n".join(json.dumps({"text": t}) for t in texts[:4]) + '\n{"text": 42}\n', encoding="utf-8")
    b.parent.mkdir()
    pq.write_table(pa.table({"text": texts[3:], "title": [f"t{i}" for i in range(len(texts) - 3)]}), b)
    c.write_text(json.dumps({"text": texts[0], "url": "https://example.com/x"}) + "\n", encoding="utf-8")
    return [a, b, c]


def facts(store: Store) -> set[tuple[object, ...]]:
    return {(c["doc_id"], c["kind"], c["source"], c["target"], c["amount_usd"], c["status"]) for c in store.claims()}


def test_shards_go_in_once_with_the_claims_of_a_plain_ingest(local_ray: None, any_store: Store,
                                                            tmp_path: Path) -> None:
    shards = write_shards(tmp_path / "shards")
    job = ingest_shards([str(tmp_path / "shards")], any_store.url)
    assert sorted(s.shard for s in job.shards) == sorted(map(str, shards)) and not job.failed_shards
    n = len(articles())
    assert (job.total.read, job.total.new) == (n + 2, n)  # the shared article read three times, stored once
    assert [(p.path, p.problem) for p in job.total.problems] == [
        (f"{shards[0]}:5", "field 'text' is a number, not a string")]
    assert job.exit_code() == 1
    with open_store(f"sqlite:///{tmp_path / 'plain.db'}") as plain:
        ingest_paths([str(p) for p in articles()], plain, workers=1)
        assert facts(any_store) == facts(plain) and len(facts(plain)) > 20
    again = ingest_shards([str(s) for s in shards], any_store.url)
    assert (again.total.new, again.total.claims, again.total.unchanged) == (0, 0, n + 2)
    assert len(any_store.claims()) == job.total.claims


def test_paths_that_hold_no_shard_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "x.txt").write_text("not a shard", encoding="utf-8")
    (tmp_path / "gold.facts.jsonl").write_text("{}", encoding="utf-8")
    shards, problems = find_shards([str(tmp_path / "empty"), str(tmp_path / "x.txt"), str(tmp_path / "none")])
    assert shards == [] and [p.problem.split(" (")[0] for p in problems] == [
        "no shards in this folder", "not a shard", "no such file or folder"]
    assert find_shards([str(tmp_path)])[0] == []  # gold sidecars are not shards


def test_a_sqlite_path_is_shared_by_absolute_path_and_memory_is_refused(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert shared_url("deals.db") == f"sqlite:///{tmp_path / 'deals.db'}"
    assert shared_url("postgresql+psycopg://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    with pytest.raises(ConfigError, match="in-memory"):
        shared_url("sqlite://")
