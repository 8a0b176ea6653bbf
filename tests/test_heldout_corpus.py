"""Checks the held-out evaluation corpus in ``tests/fixtures/heldout``.

The held-out corpus measures how well extractors generalise to articles their authors never tuned
on, so extractor authors should not read it. It follows the gold conventions listed in
``tests/test_corpus.py`` (same file layout, fields, kinds, statuses and conversion rates), plus:

- Party names are the entity knowledge base's canonical names (``default_kb().get(name).name ==
  name``): "MUFG", "Japan METI", "X Corp", "Lightspeed Venture Partners". A few parties the KB does
  not know yet are listed in ``PENDING_KB``; once the KB learns one, its canonical name must be the
  one used here.
- Money that reaches a seller in an offering of existing shares (Arm's IPO) is ``purchase`` from the
  buyers (null for the market) to the seller.
- A rejected bid gives a ``proposed`` claim for the bid and a ``denied`` claim for the rejection.
- JPY amounts dated 2022 use the 2023 rate (140); there are no JPY-only amounts dated 2025.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import pytest

from test_corpus import (
    ARTICLE_SUFFIXES, DEV, EXAMPLES, FACT_KEYS, HAN, KANA, KINDS, META_KEYS, NUMERAL, PARTIAL_ISO, SEEDS,
    STATUSES, TRADITIONAL_ONLY, visible_text,
)

from dealgraph.entities import default_kb

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"
# Parties the gold needs that the entity knowledge base does not have yet (none at the moment).
PENDING_KB: set[str] = set()
MIXED_YEN = re.compile(r"\d+兆\d+億")


def _articles() -> list[Path]:
    return sorted(p for p in HELDOUT.iterdir() if p.suffix in ARTICLE_SUFFIXES)


def _facts(article: Path) -> list[dict]:
    import json

    lines = article.with_suffix(".facts.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _meta(article: Path) -> dict:
    import json

    return json.loads(article.with_suffix(".meta.json").read_text(encoding="utf-8"))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _windows(text: str, size: int = 30) -> set[str]:
    squashed = _squash(text)
    return {squashed[i : i + size] for i in range(max(0, len(squashed) - size + 1))}


@lru_cache(maxsize=1)
def _kb():
    return default_kb()


ALL = _articles() if HELDOUT.is_dir() else []
IDS = [p.name for p in ALL]


def test_corpus_size_per_language() -> None:
    langs = [_meta(p)["lang"] for p in ALL]
    assert {lang: langs.count(lang) >= 10 for lang in ("en", "zh", "ja")} == {"en": True, "zh": True, "ja": True}


def test_no_stray_files() -> None:
    stems = {p.stem for p in ALL}
    for path in HELDOUT.iterdir():
        if path.suffix in ARTICLE_SUFFIXES:
            continue
        stem = path.name.removesuffix(".facts.jsonl").removesuffix(".meta.json")
        assert stem in stems and stem != path.name, path.name


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_meta(article: Path) -> None:
    meta = _meta(article)
    assert set(meta) == META_KEYS
    assert meta["id"] == article.stem and meta["id"].startswith(meta["lang"] + "_")
    assert meta["published"] is None or PARTIAL_ISO.match(meta["published"])
    assert isinstance(meta["title"], str) and meta["title"].strip()
    assert meta["source_url"] is None or meta["source_url"].startswith("https://")


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_language_matches_text(article: Path) -> None:
    text, lang = visible_text(article), _meta(article)["lang"]
    kana, han = len(KANA.findall(text)), len(HAN.findall(text))
    if lang == "ja":
        assert kana >= 50
    elif lang == "zh":
        assert han >= 200 and kana <= 5
    else:
        assert han + kana <= 40


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_gold_lines(article: Path) -> None:
    facts = _facts(article)
    assert facts, "an article without gold claims teaches nothing"
    published = _meta(article)["published"]
    for fact in facts:
        assert tuple(fact) == FACT_KEYS, fact
        assert fact["kind"] in KINDS and fact["status"] in STATUSES, fact
        amount, pct = fact["amount_usd"], fact["pct"]
        assert amount is None or (type(amount) is int and amount > 0), fact
        assert pct is None or (type(pct) in (int, float) and 0 < pct <= 100), fact
        assert fact["date"] is None or PARTIAL_ISO.match(fact["date"]), fact
        if published and fact["date"]:
            assert fact["date"] <= published[: len(fact["date"])], fact


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_parties_are_canonical_kb_names(article: Path) -> None:
    kb = _kb()
    for fact in _facts(article):
        for party in (fact["source"], fact["target"]):
            if party is None:
                continue
            entity = kb.get(party)
            if entity is None:
                assert party in PENDING_KB, f"{party!r} is neither in the entity KB nor in PENDING_KB"
            else:
                assert entity.name == party, f"use the KB's canonical name {entity.name!r}, not {party!r}"
                assert kb.claim_party(party) == party, f"{party!r} rolls up to {kb.claim_party(party)!r}"


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_gold_rules(article: Path) -> None:
    for fact in _facts(article):
        if fact["kind"] == "valuation":
            assert fact["source"] is None and fact["target"], fact
        if fact["kind"] in {"joint_venture", "stake", "acquisition", "lawsuit"}:
            assert fact["source"] and fact["target"], fact
        assert fact["source"] != fact["target"], fact
        if fact["amount_usd"] and fact["kind"] != "joint_venture":
            assert NUMERAL.search(fact["evidence"]), fact
        if fact["pct"] is not None:
            assert re.search("[%％]", fact["evidence"]), fact


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_evidence_is_verbatim(article: Path) -> None:
    text = visible_text(article)
    for fact in _facts(article):
        evidence = fact["evidence"]
        assert evidence == evidence.strip() and len(evidence) >= 6, fact
        if article.suffix == ".html":
            evidence = _squash(evidence)
        assert evidence in text, evidence


def test_mix_of_forms_and_hard_cases() -> None:
    """The brief: HTML and Markdown pages, Traditional Chinese, 兆/億 yen, negatives and rumours."""
    suffixes = [p.suffix for p in ALL]
    assert suffixes.count(".html") >= 2 and suffixes.count(".md") >= 2
    by_lang = {lang: [p for p in ALL if _meta(p)["lang"] == lang] for lang in ("zh", "ja")}
    traditional = [p for p in by_lang["zh"] if len(TRADITIONAL_ONLY & set(visible_text(p))) >= 5]
    assert len(traditional) >= 3, [p.name for p in traditional]
    assert any(MIXED_YEN.search(visible_text(p)) for p in by_lang["ja"])
    assert sum("ドル" in visible_text(p) for p in by_lang["ja"]) >= 5
    statuses = [f["status"] for p in ALL for f in _facts(p)]
    assert statuses.count("denied") >= 5 and statuses.count("rumored") >= 5


def test_long_analysis_share() -> None:
    """About 40% long pieces: at least 12 articles over 1,500 characters (CJK counts double)."""
    def weight(text: str) -> int:
        return len(text) + len(HAN.findall(text)) + len(KANA.findall(text))

    long_ones = [p.name for p in ALL if weight(visible_text(p)) >= 1500]
    assert len(long_ones) >= 12, long_ones
    assert all(len(visible_text(p)) <= 6000 for p in ALL)


def _copied(sources: list[Path]) -> list[tuple[str, list[str]]]:
    other = set().union(*(_windows(visible_text(p)) for p in sources)) if sources else set()
    found = []
    for article in ALL:
        copied = other & _windows(visible_text(article))
        if copied:
            found.append((article.name, sorted(copied)[:3]))
    return found


def test_no_text_copied_from_other_corpora() -> None:
    """No 30-character run of the examples or the development corpus appears in the held-out set."""
    sources = [p for folder in (EXAMPLES, DEV) for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES]
    assert not _copied(sources)


def test_no_seed_text_copied() -> None:
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed folder missing: {SEEDS}")
        pytest.skip(f"seed folder missing: {SEEDS}")
    assert not _copied(sorted(SEEDS.glob("*.txt")))
