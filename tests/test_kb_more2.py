"""The second KB broadening (kb/more2_*.tsv): new corporates, investors and government bodies are
recognised in English, Chinese, Japanese and Korean sentences written for this test, roll up to the
right party, and common words that share a spelling stay unmatched."""

from __future__ import annotations

import pytest

from dealgraph.entities import default_kb, find_mentions

# (lang, sentence, surface as written, canonical claim party)
CASES = [
    ("en", "Eli Lilly signed a drug-discovery pact with the lab.", "Eli Lilly", "Eli Lilly"),
    ("en", "Palo Alto Networks agreed to buy the AI security start-up.", "Palo Alto Networks", "Palo Alto Networks"),
                ("zh", "礼来与该公司签署合作协议。", "礼来", "Eli Lilly"),
        ("zh", "英矽智能获得新订单。", "英矽智能", "Insilico Medicine"),
    ("zh", "路透社报道了这笔交易。", "路透社", "Reuters"),
    ("ja", "アストラゼネカはAI企業と提携した。", "アストラゼネカ", "AstraZeneca"),
    ("ja", "キーエンスが出資を発表した。", "キーエンス", "Keyence"),
    ("ja", "ジェネンテックはAI企業と提携した。", "ジェネンテック", "Genentech"),
    ("ko", "셀트리온이 투자했다.", "셀트리온", "Celltrion"),
    ("ko", "아스트라제네카가 투자했다.", "아스트라제네카", "AstraZeneca"),
]


@pytest.mark.parametrize("lang,text,surface,party", CASES)
def test_new_entity_found(lang: str, text: str, surface: str, party: str) -> None:
    kb = default_kb()
    found = [(m.text, kb.claim_party(m.entity)) for m in find_mentions(text, lang) if m.via == "alias"]
    assert (surface, party) in found


COMMON = [
    ("en", "He ran his finger along the stripe on the wall."),
    ("en", "The okta is a unit of cloud cover."),
    ("en", "She drew a plain line in the sand."),
]


@pytest.mark.parametrize("lang,text", COMMON)
def test_common_words_not_matched(lang: str, text: str) -> None:
    assert [(m.text, m.entity) for m in find_mentions(text, lang) if m.via == "alias"] == []


def test_more2_files_add_entities_without_conflicts() -> None:
    kb = default_kb()
    new = [e for e in kb if e.source.startswith("more2_")]
    assert len(new) >= 30
    assert kb.conflicts() == {}
    assert all(e.parent in kb for e in new if e.parent)
