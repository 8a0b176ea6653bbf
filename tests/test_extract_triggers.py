"""Triggers and readings: a deal word inside a company's name is no trigger ("Public Investment Fund"),
and each reading is noted once in a claim's explanation."""

from __future__ import annotations

import pytest

from tests._extract_table import extract, summary

CASES = [
    ("Japan Investment Corporation agreed to buy JSR for $6.4 billion.", "en",
     {("acquisition", "Japan Investment Corporation", "JSR")}),
    ("Saudi Arabia's Public Investment Fund met Nvidia executives in Riyadh.", "en", set()),
    ("中国投资有限责任公司高管当天与英伟达会面。", "zh", set()),
    ("産業革新投資機構はJSRを買収すると発表した。", "ja", {("acquisition", "Japan Investment Corporation", "JSR")}),
]


@pytest.mark.parametrize("text, lang, expected", CASES)
def test_a_trigger_inside_a_name_is_no_deal(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(k, s, t) for k, s, t, *_ in summary(extract(text, lang))} == expected


def test_the_same_word_outside_a_name_still_triggers() -> None:
    claims = extract("Nvidia made an investment of $2 billion in xAI.", "en")
    assert ("investment", "Nvidia", "xAI") in {(k, s, t) for k, s, t, *_ in summary(claims)}


@pytest.mark.parametrize("text", [
    "Microsoft has contracted Nscale for 200,000 Nvidia GPUs.",
    "Anthropic named AWS its primary training partner.",
])
def test_a_reading_is_noted_once(text: str) -> None:
    """The checks run several times per candidate; the explanation names each reading once."""
    claims = extract(text, "en")
    assert claims and all(len(c.notes) == len(set(c.notes)) for c in claims)
