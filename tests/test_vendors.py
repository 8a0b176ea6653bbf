"""`dealgraph vendors`: how much of a vendor's inflows come from companies it funded."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from test_cycles import make_store

from dealgraph.cli import cli


def test_vendor_share_of_money_coming_back(tmp_path: Path) -> None:
    url = make_store(tmp_path / "v.db", [
        ("investment", "Google", "Anthropic", "2000000000", "2023-10"),
        ("compute_commitment", "Anthropic", "Google", "3000000000", "2023-11"),
        ("compute_commitment", "Salesforce", "Google", "1000000000", "2024-01"),
        ("compute_commitment", "OpenAI", "Oracle", "300000000000", "2025-09"),
    ])
    result = CliRunner().invoke(cli, ["vendors", "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    shares = {s["vendor"]: s for s in json.loads(result.stdout)}
    assert shares["Google"]["share_low"] == shares["Google"]["share_high"] == 0.75
    assert shares["Google"]["funded"] == ["Anthropic"]
    assert shares["Oracle"]["share_high"] == 0.0
    table = CliRunner().invoke(cli, ["vendors", "--db", url]).stdout
    assert "Google" in table and "75%" in table
