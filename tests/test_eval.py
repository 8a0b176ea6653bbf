"""`dealgraph eval`: matching rules, scores and the CLI, on our own small fixtures."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealgraph.cli import cli
from dealgraph.evaluate import Counts, Gold, evaluate, matches, score_document
from dealgraph.extract import create_extractor
from dealgraph.model import Claim

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def _claim(kind: str, source: str | None, target: str | None, usd: int | None = None, pct: float | None = None,
           confidence: float = 0.5) -> Claim:
    return Claim("d", kind, source, target, "announced", 0, 1, "x", "t.v1", confidence,
                 amount_usd=Decimal(usd) if usd is not None else None, pct=pct)


def test_specific_gold_picks_first_and_status_breaks_ties() -> None:
    import dataclasses

    priced = _claim("investment", "A", "B", 5, confidence=0.9)
    bare = dataclasses.replace(_claim("investment", "A", "B", confidence=0.4), status="denied")
    gold = [Gold("investment", "A", "B", status="denied"), Gold("investment", "A", "B", Decimal(5), status="announced")]
    s = score_document("p", "en", gold, [priced, bare])
    assert not s.missed and not s.false
    assert {(g.status, c.status) for g, c in s.matched} == {("denied", "denied"), ("announced", "announced")}


def test_matching_rules() -> None:
    g = Gold("investment", "Google", "Anthropic", Decimal(2_000_000_000))
    assert matches(g, _claim("investment", "Google", "Anthropic", 2_150_000_000))  # within 10%
    assert not matches(g, _claim("investment", "Google", "Anthropic", 2_300_000_000))
    assert not matches(g, _claim("investment", "Google", "Anthropic"))  # gold has an amount
    assert not matches(g, _claim("investment", "Anthropic", "Google", 2_000_000_000))  # direction matters
    assert not matches(g, _claim("stake", "Google", "Anthropic", 2_000_000_000))
    assert matches(Gold("stake", "A", "B", pct=49.0), _claim("stake", "A", "B", pct=49.4))
    assert not matches(Gold("stake", "A", "B", pct=49.0), _claim("stake", "A", "B", pct=49.6))
    assert matches(Gold("joint_venture", "A", "JV"), _claim("joint_venture", "JV", "A"))  # either order
    assert matches(Gold("investment", "A", "B"), _claim("investment", "A", "B", 5))  # gold without amount


def test_one_to_one_and_redundant() -> None:
    gold = [Gold("investment", "A", "B")]
    claims = [_claim("investment", "A", "B", confidence=0.9), _claim("investment", "A", "B", confidence=0.4),
              _claim("loan", "C", "B")]
    s = score_document("p", "en", gold, claims)
    assert [c.confidence for _, c in s.matched] == [0.9]
    assert len(s.redundant) == 1 and [c.kind for c in s.false] == ["loan"]


def test_counts() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert (c.precision, c.recall) == (0.75, 0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Counts().f1 == 1.0  # nothing expected, nothing claimed


def test_evaluate_fixtures() -> None:
    report = evaluate([FIXTURES], create_extractor("rules.v1"))
    data = report.as_dict()
    assert data["documents"] == 3
    assert set(data["by_lang"]) == {"en", "zh", "ja"}
    assert data["overall"]["tp"] == 12 and data["overall"]["fp"] == 0  # incl. three explicit non-deals (denied)
    assert [m["kind"] for m in data["misses"]] == ["lawsuit"]  # the deliberately missing gold claim
    assert report.counts(lang="ja").recall == 0.8


def test_eval_cli_json() -> None:
    result = CliRunner().invoke(cli, ["eval", str(FIXTURES), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["extractor"] == "rules.v1" and data["overall"]["f1"] > 0.9


def test_eval_cli_unknown_extractor() -> None:
    result = CliRunner().invoke(cli, ["eval", str(FIXTURES), "--extractor", "nope.v1"])
    assert result.exit_code != 0 and "rules.v1" in result.output


def test_explain_cli_shows_kept_and_rejected() -> None:
    text = "Google invested $2 billion in Anthropic. Apple did not say how much it invested in OpenAI."
    result = CliRunner().invoke(cli, ["explain", text, "--published", "2024-11-22"])
    assert result.exit_code == 0, result.output
    assert "KEPT" in result.output and "rejected: negated" in result.output
    data = json.loads(CliRunner().invoke(cli, ["explain", text, "--json"]).output)
    assert [(c["source"], c["target"]) for c in data["claims"]] == [("Google", "Anthropic")]


def test_evaluate_briefs() -> None:
    """Own short articles (one-party claims, Traditional Chinese, dropped Japanese subjects, blockers)."""
    report = evaluate([FIXTURES / "briefs"], create_extractor("rules.v1"))
    for lang in ("en", "zh", "ja"):
        c = report.counts(lang=lang)
        assert c.precision >= 0.9 and c.recall >= 0.85, (lang, c.as_dict())


def test_party_names_canonicalised_through_the_kb() -> None:
    # Aliases on either side resolve to the knowledge base's canonical name before matching.
    assert matches(Gold("investment", "Foxconn", "OpenAI"), _claim("investment", "Hon Hai", "OpenAI"))
    assert matches(Gold("investment", "METI", "KDDI"), _claim("investment", "Japan METI", "KDDI"))
    assert matches(Gold("compute_commitment", "OpenAI", "Microsoft", 10),
                   _claim("compute_commitment", "OpenAI", "Azure", 10))  # a unit rolls up to its parent
    assert matches(Gold("investment", "Tiny Unknown Fund", "xAI"), _claim("investment", "tiny unknown fund", "xAI"))
    assert not matches(Gold("investment", "Foxconn", "OpenAI"), _claim("investment", "Wistron", "OpenAI"))
    assert not matches(Gold("investment", "Unknown One", "xAI"), _claim("investment", "Unknown Two", "xAI"))


def test_each_miss_says_how_near_the_extractor_came() -> None:
    from dealgraph.evaluate import why_missed

    text = "Google invested $2 billion in Anthropic. Oracle sued Nvidia."
    gold = Gold("investment", "Google", "Anthropic", Decimal(2_000_000_000), evidence="Google invested $2 billion")
    assert why_missed(gold, [_claim("investment", "Google", "Anthropic", 5)], text) == "amount/pct differ: $5"
    assert why_missed(gold, [_claim("stake", "Google", "Anthropic")], text) == "kind stake"
    assert why_missed(gold, [_claim("investment", "Anthropic", "Google")], text) == "direction reversed"
    at = text.index("Google")
    near = dataclasses.replace(_claim("investment", "Google", "Amazon"), start=at, end=at + 10)
    assert why_missed(gold, [near], text) == "parties Google -> Amazon"
    assert why_missed(gold, [], text) == "no claim from the evidence"
    assert why_missed(Gold("loan", "A", "B", evidence="not in the text"), [], text) == "no claim with these parties"
