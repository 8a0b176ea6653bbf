"""`dealgraph ingest`, `docs`, `export` and `reextract` end to end, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealgraph.cli import cli
from dealgraph.export import CONTRACT_FIELDS
from dealgraph.store import open_store

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "news"

EN = ("TechWire | Markets | AI\n\nGoogle to invest more in Anthropic\n\nPublished: 2023-10-27\n\n"
      "Google has agreed to invest up to $2 billion in the artificial intelligence company Anthropic, "
      "according to people familiar with the matter. Anthropic raised the money to train larger models.\n\n"
      "Copyright 2023 TechWire. All rights reserved.\n")
ZH = "发布时间：2023-09-25 08:00\n\n亚马逊宣布将向人工智能初创公司Anthropic投资最多40亿美元，双方还将在云计算方面深化合作。\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "google.txt").write_text(EN, encoding="utf-8")
    (folder / "sub" / "amazon.txt").write_bytes(ZH.encode("gb18030"))
    (folder / "feed.jsonl").write_text(json.dumps({"text": EN.replace("Google", "Alphabet's Google"),
                                                   "url": "https://example.com/a"}) + "\n", encoding="utf-8")
    return folder


def test_ingest_then_reingest_changes_nothing(tmp_path: Path, news: Path) -> None:
    db = f"sqlite:///{tmp_path / 'd.db'}"
    code, out, _ = run("ingest", str(news), "--db", db)
    assert code == 0, out
    assert "3 read" in out and "0 failed" in out
    assert "1 near-duplicates" in out, "the feed copy of the Google article is the same story"
    store = open_store(db)
    docs, claims = store.count("documents"), store.count("claims")
    code, out, _ = run("ingest", str(news), "--db", db)
    assert code == 0 and "3 already stored" in out
    assert (store.count("documents"), store.count("claims")) == (docs, claims)


def test_bad_input_is_reported_and_the_rest_goes_in(tmp_path: Path, news: Path) -> None:
    (news / "empty.txt").write_text("", encoding="utf-8")
    (news / "blob.txt").write_bytes(bytes(range(256)) * 40)
    (news / "broken.jsonl").write_text('{"text": "ok line that is long enough to count as an article body."}\n{oops\n',
                                       encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'd.db'}"
    code, out, err = run("ingest", str(news), str(tmp_path / "missing.txt"), "--db", db)
    assert code == 1
    lines = [l for l in err.splitlines() if l.startswith("error:")]
    assert any("empty.txt" in l for l in lines) and any("blob.txt" in l for l in lines)
    assert any("broken.jsonl:2" in l for l in lines) and any("missing.txt" in l for l in lines)
    assert all(";" in l for l in lines), "each line says what was done"
    assert open_store(db).count("documents") >= 3
    assert open_store(db).count("ingest_errors") == len(lines)


def test_usage_error_exits_2() -> None:
    assert run("ingest")[0] == 2
    assert run("export", "--format", "xml")[0] == 2


def test_docs_lists_documents(tmp_path: Path, news: Path) -> None:
    db = f"sqlite:///{tmp_path / 'd.db'}"
    run("ingest", str(news), "--db", db, "--no-extract")
    code, out, _ = run("docs", "--db", db, "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 3
    assert {r["lang"] for r in rows} == {"en", "zh"}
    zh = next(r for r in rows if r["lang"] == "zh")
    assert zh["date"] == "2023-09-25" and zh["chars"] > 20 and zh["path"].endswith("amazon.txt")
    code, out, _ = run("docs", "--db", db)
    assert code == 0 and out.splitlines()[0].split()[:4] == ["id", "lang", "date", "chars"]


def test_export_writes_the_contract(tmp_path: Path, news: Path) -> None:
    db = f"sqlite:///{tmp_path / 'd.db'}"
    run("ingest", str(news), "--db", db)
    code, out, _ = run("export", "--db", db, "--format", "jsonl")
    assert code == 0
    records = [json.loads(l) for l in out.splitlines()]
    assert records, "the rule extractor finds the investment claims"
    store = open_store(db)
    for rec in records:
        assert list(rec)[: len(CONTRACT_FIELDS)] == list(CONTRACT_FIELDS)
        doc = store.get_document(rec["doc_id"])
        assert doc.text[rec["start"]:rec["end"]] == rec["evidence"]
    assert any(r["kind"] == "investment" and r["target"] == "Anthropic" for r in records)
    out_file = tmp_path / "claims.csv"
    code, _, err = run("export", "--db", db, "--format", "csv", "-o", str(out_file))
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert code == 0 and len(rows) == len(records) and f"Wrote {len(rows)} claims" in err


def test_reextract_is_idempotent(tmp_path: Path, news: Path) -> None:
    db = f"sqlite:///{tmp_path / 'd.db'}"
    run("ingest", str(news), "--db", db)
    before = open_store(db).count("claims")
    code, out, _ = run("reextract", "--db", db)
    assert code == 0 and "Re-extracted 2 documents" in out, "near-duplicates are not extracted twice"
    assert open_store(db).count("claims") == before


def test_examples_ingest_cleanly(tmp_path: Path) -> None:
    """The README's demo: every bundled example article goes in, in three languages."""
    db = f"sqlite:///{tmp_path / 'ex.db'}"
    proc = subprocess.run([sys.executable, "-m", "dealgraph", "ingest", str(EXAMPLES), "--db", db],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    docs = open_store(db).documents()
    assert {d.lang for d in docs} >= {"en", "zh", "ja"} and len(docs) >= 9
    assert all(d.published for d in docs), [d.path for d in docs if not d.published]


def test_entity_decisions_survive_reingest_and_reextract(tmp_path: Path) -> None:
    """A user's merge is honoured by extraction, so re-running never undoes it."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Published: 2023-10-27\n\nNvidia agreed to invest $100 million in Scale AI, "
                                  "the companies said on Friday.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'd.db'}"
    assert run("entities", "merge", "Scale AI", "Meta", "--db", db)[0] == 0  # a reviewer's decision
    run("ingest", str(folder), "--db", db)
    assert {(r["source"], r["target"]) for r in open_store(db).claims()} == {("Nvidia", "Meta")}
    run("reextract", "--db", db)
    assert {(r["source"], r["target"]) for r in open_store(db).claims()} == {("Nvidia", "Meta")}


def test_unknown_parties_become_provisional_entities(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Published: 2024-03-01\n\nQuillmark Robotics Inc. raised $40 million from "
                                  "Nvidia in a round announced on Friday.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'd.db'}"
    run("ingest", str(folder), "--db", db)
    code, out, _ = run("entities", "list-provisional", "--db", db, "--json")
    assert code == 0
    assert "Quillmark Robotics" in out, out


def test_an_unexpected_failure_on_one_article_does_not_stop_the_batch(tmp_path: Path, news: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a cleaning stage is reported for that article; the others still go in."""
    import dealgraph.ingest as ingest_module

    real = ingest_module.build_document

    def flaky(raw):  # type: ignore[no-untyped-def]
        if raw.path.endswith("google.txt"):
            raise RuntimeError("boom")
        return real(raw)

    monkeypatch.setattr(ingest_module, "build_document", flaky)
    db = f"sqlite:///{tmp_path / 'd.db'}"
    result = CliRunner().invoke(cli, ["ingest", str(news), "--db", db, "--workers", "1"])
    assert result.exit_code == 1
    assert "google.txt: could not be read (RuntimeError: boom)" in result.stderr
    assert open_store(db).count("documents") == 2
