"""`dealgraph import deals.csv`: rows become claims with file/row provenance; bad rows are reported."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dealgraph.analyze import find_cycles, import_deals_csv, load_deals
from dealgraph.analyze.importer import parse_amount
from dealgraph.cli import cli
from dealgraph.errors import InputError

CSV = (
    "kind,source,target,amount_usd,currency,amount,pct,date,status,evidence,url\n"
    "investment,Google,Anthropic,2000000000,,,,2023-10,announced,Google puts in $2B,https://example.com/a\n"
    'compute_commitment,Anthropic,Google,$3B,,,,2023,,"A cloud deal, multi-year",\n'
    "stake,Microsoft,OpenAI,,,,32.5,2025-10,,,\n"
    "investment,SoftBank,OpenAI,,JPY,1.5 trillion,,2025,,,\n"
    "merger,Foo,Bar,1,,,,2024,,,\n"
    "investment,Foo,,5,,,,2024,,,\n"
    "loan,Bank,Crusoe,lots,,,,2023,,,\n"
    "valuation,,OpenAI,86000000000,,,,2024-02-30,,,\n"
    "\n"
    "valuation,,OpenAI,86000000000,,,,2024,reported,\"two\nlines\",\n"
)


def _write(tmp_path: Path, text: str = CSV, name: str = "deals.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_rows_become_claims_with_spans(tmp_path: Path, sqlite_store: Any) -> None:
    path = _write(tmp_path)
    report = import_deals_csv(sqlite_store, path)
    assert report.imported == 5
    assert [p.split(": ", 1)[0] for p in report.problems] == [f"{path}:{n}" for n in (6, 7, 8, 9)]
    assert "kind 'merger'" in report.problems[0] and "amount 'lots'" in report.problems[2]
    assert "2024-02-30" in report.problems[3]
    assert any("JPY" in w and ":5:" in w for w in report.warnings)
    doc = sqlite_store.get_document(report.doc_id)
    assert doc.text == CSV and doc.path == str(path)
    claims = sqlite_store.claims(doc_id=doc.id)
    assert all(c["extractor"] == "import.v1" and doc.text[c["start"]:c["end"]] == c["evidence"] for c in claims)
    first = next(c for c in claims if c["kind"] == "investment" and c["source"] == "Google")
    assert first["evidence"] == CSV.splitlines()[1] and first["amount_usd"] == "2000000000"
    assert "url: https://example.com/a" in first["notes"]
    multi = next(c for c in claims if c["kind"] == "valuation")
    assert multi["evidence"].endswith('lines",') and "\n" in multi["evidence"]
    commitment = next(c for c in claims if c["kind"] == "compute_commitment")
    assert commitment["amount_usd"] == "3000000000" and commitment["status"] == "reported"


def test_reimport_is_idempotent_and_edits_replace(tmp_path: Path, sqlite_store: Any) -> None:
    path = _write(tmp_path)
    import_deals_csv(sqlite_store, path)
    import_deals_csv(sqlite_store, path)
    assert len(sqlite_store.claims()) == 5
    _write(tmp_path, CSV.replace("2000000000", "2100000000"))
    import_deals_csv(sqlite_store, path)
    amounts = sorted(c["amount_usd"] or "" for c in sqlite_store.claims() if c["kind"] == "investment")
    assert amounts == ["", "2100000000"]
    [cycle] = find_cycles(load_deals(sqlite_store))
    assert cycle.bottleneck_usd == Decimal(2_100_000_000)


def test_bad_files(tmp_path: Path, sqlite_store: Any) -> None:
    with pytest.raises(InputError, match="lacks kind"):
        import_deals_csv(sqlite_store, _write(tmp_path, "who,what\nx,y\n"))
    with pytest.raises(InputError, match="empty"):
        import_deals_csv(sqlite_store, _write(tmp_path, ""))


@pytest.mark.parametrize(("text", "value"), [("2000000000", 2 * 10**9), ("2,000,000,000", 2 * 10**9),
                                             ("$2B", 2 * 10**9), ("2.5 billion", 25 * 10**8), ("750m", 75 * 10**7)])
def test_parse_amount(text: str, value: int) -> None:
    assert parse_amount(text) == value


def test_cli_import(tmp_path: Path) -> None:
    path = _write(tmp_path)
    db = f"sqlite:///{tmp_path / 'i.db'}"
    result = CliRunner().invoke(cli, ["import", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    assert "5 deal rows imported, 4 skipped" in result.output and f"{path}:6: kind 'merger'" in result.output
    data = json.loads(CliRunner().invoke(cli, ["deals", "--db", db, "--json", "--entity", "Google"]).output)
    assert {d["kind"] for d in data} == {"investment", "compute_commitment"}
    assert data[0]["evidence"][0]["doc_path"] == str(path)
    table = CliRunner().invoke(cli, ["deals", "--db", db, "--kind", "stake"])
    assert table.exit_code == 0 and "Microsoft  OpenAI  " in table.output and "32.5%" in table.output
