"""The extractor's speed paths find exactly what the plain regexes find."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealgraph.extract.rules.lexicon import prefixes, trigger_starts, triggers
from dealgraph.extract.rules.view import _trigger_matches
from dealgraph.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
OWN = {
    "en": ["Microsoft invested $10 billion in OpenAI and holds a 27% stake; the investment bankers said so.",
           "Oracle agreed to buy chips, raising funds in a round led by SoftBank as it takes over CoreWeave.",
           "invests invested reinvest co-led the funding round, acquired merging merger takeover buyouts",
           "Both banks were\u00a0among the lenders; the fund is\tamong its backers and sat\u2009on the cap table."],
    "zh": ["微软向OpenAI投资了100亿美元，并持有其27%的股份。", "阿里巴巴收购了一家初创公司，投資者表示。"],
    "ja": ["ソフトバンクはOpenAIに400億ドルを出資した。", "マイクロソフトが株式を取得し、買収を完了した。"],
}


def _texts(lang: str) -> list[str]:
    texts = list(OWN[lang])
    for path in sorted((ROOT / "examples" / "news").glob(f"{lang}_*")):
        if path.suffix in (".txt", ".md"):
            texts.extend(s.text for s in split_sentences(path.read_text(encoding="utf-8"), lang))
    return texts


@pytest.mark.parametrize("lang", ["en", "zh", "ja"])
def test_trigger_matches_equal_the_single_regex(lang: str) -> None:
    assert trigger_starts(lang) is not None
    _, regex = triggers(lang)
    for text in _texts(lang):
        low = text.lower()
        fast = [(m.start(), m.end(), m.lastgroup.split("_")[0]) for m in _trigger_matches(low, lang, regex)]
        slow = [(m.start(), m.end(), m.lastgroup.split("_")[0]) for m in regex.finditer(low)]
        assert fast == slow, text


SPACES = {c for c in map(chr, range(0x110000)) if c.isspace()}


def test_prefixes_of_a_pattern() -> None:
    assert prefixes(r"invest(?:s|ed)?", 4) == {"inve"}
    assert prefixes(r"buy", 4) == {"buy"}  # a match shorter than asked
    assert prefixes(r"(?<=the )stake\b", 4) == {"stak"}  # look-arounds consume nothing
    assert prefixes(r"(?:is|was)\s+among", 4) == ({f"is{s}{t}" for s in SPACES for t in (*SPACES, "a")}
                                                 | {f"was{s}" for s in SPACES})
    assert prefixes(r"\d+ bn", 4) is None  # \d: too many Unicode digits to list
    assert prefixes(r"[a-z]+ing", 4) is None  # too many
    assert prefixes(r"(?i:invest)", 4) is None  # case folding
