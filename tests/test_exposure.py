"""Exposure: stake x valuation, commitments receivable, loans less depreciating GPU collateral."""

from __future__ import annotations

import itertools
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_cycles import make_store

from dealgraph.analyze import DepreciationSchedule, consolidate, exposure
from dealgraph.cli import cli
from dealgraph.errors import ConfigError

_keys = itertools.count()


def row(kind: str, source: str | None, target: str, usd: str | None, date: str, *, pct: float | None = None,
        evidence: str = "a sentence") -> dict[str, Any]:
    return {"key": f"e{next(_keys)}", "doc_id": f"doc{next(_keys)}", "kind": kind, "source": source, "target": target,
            "status": "announced", "amount_usd": usd, "pct": pct, "date": date, "evidence": evidence, "start": 0,
            "end": 1, "confidence": 0.9, "review": None, "notes": []}


DEALS = consolidate([
    row("stake", "Microsoft", "OpenAI", None, "2023", pct=49.0),
    row("stake", "Microsoft", "OpenAI", None, "2025-10", pct=32.5),
    row("valuation", None, "OpenAI", "86000000000", "2024"),
    row("valuation", None, "OpenAI", "500000000000", "2025-10"),
    row("investment", "Microsoft", "OpenAI", "13000000000", "2023", evidence="in total $13 billion"),
    row("investment", "Microsoft", "Inflection", "1300000000", "2023-06"),
    row("compute_commitment", "OpenAI", "Microsoft", "250000000000", "2025-10"),
    row("loan", "Microsoft", "Crusoe", "200000000", "2023-01-01", evidence="a loan backed by H100 GPUs"),
    row("loan", "Microsoft", "Acme", "50000000", "2023-01-01"),
    row("loan", "Microsoft", "Lambda", "64000000", "2023-01-01"),
    row("purchase", "Lambda", "Nvidia", None, "2023-01"),
])


def _lines(result: Any) -> dict[tuple[str, str], Any]:
    return {(line.counterparty, line.type): line for line in result.lines}


def test_equity_is_latest_stake_times_latest_valuation() -> None:
    now = _lines(exposure(DEALS, "Microsoft", as_of="2025-12-31"))
    assert now[("OpenAI", "equity")].gross_usd == Decimal("162500000000.00")
    then = _lines(exposure(DEALS, "Microsoft", as_of="2024-12-31"))
    assert then[("OpenAI", "equity")].gross_usd == Decimal("42140000000.00")
    inflection = now[("Inflection", "equity")]
    assert inflection.gross_usd == Decimal(1_300_000_000) and inflection.basis.startswith("cost")
    assert ("OpenAI", "commitment_receivable") in now and ("OpenAI", "commitment_receivable") not in then


def test_gpu_collateral_depreciates_straight_line() -> None:
    lines = _lines(exposure(DEALS, "Microsoft", as_of="2023-01-01"))
    crusoe = lines[("Crusoe", "loan")]
    assert crusoe.gpu_units == 6250 and crusoe.collateral_usd == Decimal("200000000.00") and crusoe.net_usd == 0
    assert lines[("Acme", "loan")].net_usd == Decimal(50_000_000) and lines[("Acme", "loan")].basis == "unsecured"
    assert lines[("Lambda", "loan")].gpu_units == 2000  # the borrower buys Nvidia chips
    half = _lines(exposure(DEALS, "Microsoft", as_of="2026-07-02"))[("Crusoe", "loan")]
    assert float(half.collateral_usd) == pytest.approx(100_000_000, rel=1e-3)
    gone = _lines(exposure(DEALS, "Microsoft", as_of="2030-06-01"))[("Crusoe", "loan")]
    assert gone.collateral_usd == 0 and gone.net_usd == Decimal(200_000_000)


def test_depreciation_settings() -> None:
    fast = DepreciationSchedule(unit_price=Decimal(25000), life_years=4, method="declining_balance")
    assert float(fast.fraction("2023-01-01", "2024-01-01")) == pytest.approx(0.5, rel=1e-2)
    assert DepreciationSchedule(method="none").fraction("2020", "2030") == 1
    assert float(DepreciationSchedule(salvage=0.1).fraction("2010-01-01", "2030-01-01")) == pytest.approx(0.1)
    line = _lines(exposure(DEALS, "Microsoft", as_of="2023-01-01", depreciation=fast))[("Crusoe", "loan")]
    assert line.gpu_units == 8000
    with pytest.raises(ConfigError):
        DepreciationSchedule(method="sum_of_years")


def test_totals_and_json() -> None:
    result = exposure(DEALS, "Microsoft", as_of="2025-12-31")
    assert result.total_usd == sum(result.by_counterparty.values())
    assert list(result.by_counterparty)[0] == "OpenAI"
    data = json.loads(json.dumps(result.to_dict()))
    assert data["by_counterparty"]["OpenAI"] == "412500000000"


def test_cli_exposure(tmp_path: Path) -> None:
    url = make_store(tmp_path / "x.db", [("compute_commitment", "Anthropic", "Google", "3000000000", "2023"),
                                         ("investment", "Google", "Anthropic", "2000000000", "2023-10")])
    result = CliRunner().invoke(cli, ["exposure", "Google", "--db", url, "--as-of", "2024-01-01", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total_usd"] == "5000000000" and {line["type"] for line in data["lines"]} == {
        "equity", "commitment_receivable"}
    table = CliRunner().invoke(cli, ["exposure", "Google", "--db", url, "--as-of", "2024-01-01"])
    assert "commitment_receivable" in table.output and "total $5B" in table.output
