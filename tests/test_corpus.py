"""Checks the bundled example articles and the development corpus with gold claims.

Every article (``.txt``, ``.md``, ``.html``) in ``examples/news`` and ``tests/fixtures/dev`` must have
``X.facts.jsonl`` (gold claims, the format of the seeds) and ``X.meta.json`` beside it. The checks are
what ``dealgraph eval`` relies on: valid kinds and statuses, integer USD amounts, partial ISO dates,
and evidence that occurs verbatim in the article (for HTML: in its visible text).

Gold conventions beyond the seeds (so that extractor authors know what is expected):

- Site chrome is not asserted by the article: "READ MORE" / "Related" / 延伸阅读 / 関連記事
  link lines give no claims, even when they name a deal.
- Status precedence: denied > rumored (sources, talks, 据知情人士, 関係者によると) > up_to ("up to",
  最多, 最大) > proposed (bids, plans, proposals) > announced / completed / reported.
- A joint venture gives one ``joint_venture`` claim per member, carrying the venture's size when the
  text states it (as seed 001); ownership percentages are separate ``stake`` claims.
- Spending with no counterparty (capex pledges, country investment plans) is ``investment`` with
  ``target`` null; government grants are ``investment`` from the ministry (e.g. "Japan METI").
- Selling a stake on the market is ``purchase`` with ``source`` null and the seller as ``target``
  (money flows to the seller).
- A company's total revenue, market value, stock moves, users, GPU counts and gigawatts are not claims.
- A deal known only from a media report ("reportedly", "the WSJ reported", 据报道, と報じた) is
  ``rumored``; ``reported`` is for background facts the article states as its own.
- Status (round 24): a round announced as done ("announced it has closed", 宣布完成…融资, bare 完成…融资,
  調達したと発表した / 調達を完了したと発表した) is ``completed``, as are its named participants.
- Status (round 24): a cumulative or standing total ("which has invested", "has invested $X to date / so
  far / in total", "all told", 累计/共计/迄今, 累計/合計/これまでに, 出資済み, 出資しており) is ``reported``.
- A funding round "of $X led by A, with B": the amount on a claim with ``source`` null, one claim
  per named investor without an amount (unless the text gives that investor's own amount).
- Party names are the canonical names of the entity knowledge base (``default_kb().get(name).name``),
  e.g. "Foxconn" for Hon Hai, "MUFG", "SMBC", "X Corp", "Codeium" for Windsurf.
- Non-USD amounts without a stated USD figure are converted at rough annual rates:
  JPY 151 (2024), 140 (2023); CNY 7.2; EUR 1.08 (2024), 1.13 (2025).
- Kinds (round 15). New shares bought for money ("took a 9.9% stake for $8.9 billion", "acquired 49%
  of X for $14.3 billion", 以…收购X 49%的股份, 株式の49%を…で取得): a ``stake`` (pct, and the price) and
  an ``investment`` of that price; a stake without a price is only a ``stake``, shares bought
  without a percentage only an ``investment``.
- Control passing (majority/controlling stake, 100%, all shares, 50% or more, 控股权/全部股权/全资,
  全株式/子会社化/完全子会社化, TOB): one ``acquisition`` at the price, no stake or investment
  beside it. A business unit bought from its owner is an ``acquisition`` with the owner as target
  (as "ABBのロボティクス事業を買収") unless the unit is a company of its own in the knowledge base
  (Intel's Altera -> Altera); a plant, factory, site or building bought is a ``purchase``
  buyer -> owner (as KDDI -> Sharp).
- Secondary sales and tender offers (shares bought from employees or early holders): ``purchase``
  from each named buyer to the seller, the seller null when unnamed (employees); the company whose
  shares change hands receives nothing; the price's "valued at" is a ``valuation``. A holding sold
  for cash ("raised $900 million by selling part of its Mobileye stake", 出清所持…股份套现) is
  ``purchase`` null -> seller.
- Debt: bank credit (融資 by a bank, 贷款, credit lines, venture debt, term loans, bonds and
  convertible bonds sold to the market, 可转债, 転換社債) is ``loan``; 出資, 入股, 注资 and convertible
  notes bought by named investors in a funding round are ``investment``; government grants and
  subsidies (补贴, 助成, 補助, Chips Act grants) are ``investment``, government loans are ``loan``.
- "valuing it at", "at a valuation of", 估值, 評価額/企業価値: a ``valuation`` only, never the amount of
  the stake or round; a takeover's price ("an all-stock deal that values X at $9 billion") is the
  ``acquisition``'s amount, not a valuation.
- A new company several parties set up together (合资, 共同出资成立, 共同出資する新会社, "formed a
  venture"): ``joint_venture`` per member, plus ``stake`` per stated share; an ``investment`` only
  when a member's own amount is stated.
- Cloud deals: ``compute_commitment`` customer -> provider whichever side tells it; a sentence
  stating the provider's income from the deal is also ``revenue`` customer -> provider (as
  "AMD expects the agreement to bring in ... revenue"); GPUs bought are ``purchase`` buyer -> maker.
"""

from __future__ import annotations

import json
import os
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "news"
DEV = ROOT / "tests" / "fixtures" / "dev"
ARTICLE_SUFFIXES = (".txt", ".md", ".html")
FACT_KEYS = ("kind", "source", "target", "amount_usd", "pct", "date", "status", "evidence")
META_KEYS = {"id", "lang", "source_url", "published", "title"}
KINDS = {
    "investment", "stake", "compute_commitment", "purchase", "loan",
    "joint_venture", "acquisition", "valuation", "revenue", "lawsuit",
}
STATUSES = {"announced", "completed", "proposed", "rumored", "up_to", "denied", "reported"}
PARTIAL_ISO = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿億兆]")
HAN = re.compile(r"[\u4e00-\u9fff]")
# Characters written differently in Traditional Chinese; a Simplified text has none of them.
TRADITIONAL_ONLY = set("們這億輝達微軟資與國為發電腦體臺灣雲單價運營購買會計劃說歲銷個")
# Party names used in the gold files. A name outside this list is usually a typo ("Open AI").
CANONICAL = {
    "01.AI", "ABB", "Accel", "Alibaba", "Amazon", "AMD", "Ampere Computing", "Ant Group", "Anthropic",
    "Apple", "Arm", "ASML", "Baichuan", "Blue Owl", "Broadcom", "ByteDance", "Character.AI", "Codeium",
    "Altimeter Capital", "Coatue", "Cognition AI", "Core Scientific", "CoreWeave", "DeepSeek", "Elon Musk", "Enfabrica", "Fidelity",
    "Fluidstack", "Foxconn", "G42", "Gaorong Capital", "GMO Internet", "Google",
    "Hangzhou City Investment", "High-Flyer", "Highreso", "HongShan", "Hyperion", "ICONIQ",
    "IDG Capital", "Inflection AI", "Intel", "IREN", "Japan METI", "KDDI",
    "Lightspeed Venture Partners", "Marvell", "Meituan", "Meta", "MGX", "Microsoft", "MiniMax",
    "Mistral AI", "Mizuho", "Moonshot AI", "MUFG", "Nebius", "Nokia", "Nvidia", "OpenAI",
    "OpenAI Foundation", "Oracle", "Orbis", "PIMCO", "Quanta Computer", "RUTILEA", "Sakana AI",
    "Sakura Internet", "Samsung", "SB OpenAI Japan", "Scale AI", "Shangcheng Capital", "Sharp",
    "SK Hynix", "SMBC", "SoftBank", "SpaceX", "Stargate", "Tencent", "Tesla", "Thrive Capital",
    "US government", "Wistron", "X Corp", "xAI", "Xiaomi", "Zhipu AI", "Zhuhai Huafa",
}


class _VisibleText(HTMLParser):
    """Collects the text a browser would show: no <head>, <script>, <style>, <template>."""

    HIDDEN = {"head", "script", "style", "noscript", "template", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def visible_text(path: Path) -> str:
    """The article text the evidence must come from; HTML is reduced to its visible text."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw
    parser = _VisibleText()
    parser.feed(raw)
    return squash(unescape(" ".join(parser.parts)))


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES)


def read_facts(article: Path) -> list[dict]:
    lines = article.with_suffix(".facts.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def read_meta(article: Path) -> dict:
    return json.loads(article.with_suffix(".meta.json").read_text(encoding="utf-8"))


ALL = _articles(EXAMPLES) + _articles(DEV)
IDS = [f"{p.parent.name}/{p.name}" for p in ALL]


def test_corpus_sizes_per_language() -> None:
    for folder, least in ((EXAMPLES, 4), (DEV, 8)):
        langs = [read_meta(p)["lang"] for p in _articles(folder)]
        for lang in ("en", "zh", "ja"):
            assert langs.count(lang) >= least, (folder.name, lang, langs.count(lang))


def test_examples_have_all_formats() -> None:
    suffixes = [p.suffix for p in _articles(EXAMPLES)]
    assert suffixes.count(".html") >= 2 and suffixes.count(".md") >= 1


def test_no_stray_files() -> None:
    """Each gold or meta file belongs to an article; nothing else lies in the corpus folders."""
    for folder in (EXAMPLES, DEV):
        stems = {p.stem for p in _articles(folder)}
        for path in folder.iterdir():
            if path.suffix in ARTICLE_SUFFIXES:
                continue
            stem = path.name.removesuffix(".facts.jsonl").removesuffix(".meta.json")
            assert stem in stems and stem != path.name, path.name


# -- per-article checks, shared with tests/test_heldout_corpus.py -------------------------------

def check_meta(article: Path) -> dict:
    meta = read_meta(article)
    assert set(meta) == META_KEYS
    assert meta["id"] == article.stem
    assert meta["published"] is None or PARTIAL_ISO.match(meta["published"])
    assert isinstance(meta["title"], str) and meta["title"].strip()
    assert meta["source_url"] is None or meta["source_url"].startswith("https://")
    return meta


def check_language(article: Path) -> None:
    text, lang = visible_text(article), read_meta(article)["lang"]
    kana, han = len(KANA.findall(text)), len(HAN.findall(text))
    if lang == "ja":
        assert kana >= 50
    elif lang == "zh":
        assert han >= 200 and kana <= 5
    else:
        assert han + kana <= 40


def check_gold_lines(article: Path) -> list[dict]:
    """Field formats of every gold line; returns the lines for further checks."""
    facts = read_facts(article)
    assert facts, "an article without gold claims teaches nothing"
    published = read_meta(article)["published"]
    for fact in facts:
        assert tuple(fact) == FACT_KEYS, fact
        assert fact["kind"] in KINDS and fact["status"] in STATUSES, fact
        amount, pct = fact["amount_usd"], fact["pct"]
        assert amount is None or (type(amount) is int and amount > 0), fact
        assert pct is None or (type(pct) in (int, float) and 0 < pct <= 100), fact
        assert fact["date"] is None or PARTIAL_ISO.match(fact["date"]), fact
        if published and fact["date"]:
            assert fact["date"] <= published[: len(fact["date"])], fact
    return facts


def check_gold_rules(article: Path) -> None:
    """Direction conventions: a valuation has no source, a joint venture has both sides."""
    for fact in read_facts(article):
        if fact["kind"] == "valuation":
            assert fact["source"] is None and fact["target"], fact
        if fact["kind"] in {"joint_venture", "stake", "acquisition", "lawsuit"}:
            assert fact["source"] and fact["target"], fact
        assert fact["source"] != fact["target"], fact
        if fact["amount_usd"] and fact["kind"] != "joint_venture":  # a JV's size may sit elsewhere
            assert NUMERAL.search(fact["evidence"]), fact
        if fact["pct"] is not None:
            assert re.search("[%％]", fact["evidence"]), fact


def check_evidence(article: Path) -> None:
    text = visible_text(article)
    for fact in read_facts(article):
        evidence = fact["evidence"]
        assert evidence == evidence.strip() and len(evidence) >= 6, fact
        if article.suffix == ".html":
            evidence = squash(evidence)
        assert evidence in text, evidence


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_meta(article: Path) -> None:
    assert check_meta(article)["lang"] in {"en", "zh", "ja"}


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_language_matches_text(article: Path) -> None:
    check_language(article)


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_gold_lines(article: Path) -> None:
    for fact in check_gold_lines(article):
        for party in (fact["source"], fact["target"]):
            assert party is None or party in CANONICAL, party


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_gold_rules(article: Path) -> None:
    check_gold_rules(article)


@pytest.mark.parametrize("article", ALL, ids=IDS)
def test_evidence_is_verbatim(article: Path) -> None:
    check_evidence(article)


def test_example_lengths() -> None:
    for article in _articles(EXAMPLES):
        assert 600 <= len(visible_text(article)) <= 2500, (article.name, len(visible_text(article)))


def test_examples_have_noise_and_negation() -> None:
    """The examples must not be easy: a denied deal and local dates in the text."""
    statuses = {f["status"] for p in _articles(EXAMPLES) for f in read_facts(p)}
    assert {"denied", "rumored", "up_to"} <= statuses
    html = [p for p in _articles(EXAMPLES) if p.suffix == ".html"]
    for page in html:
        raw = page.read_text(encoding="utf-8")
        assert "<script" in raw and 'property="article:published_time"' in raw, page.name


def test_traditional_chinese_in_dev() -> None:
    zh = [p for p in _articles(DEV) if read_meta(p)["lang"] == "zh"]
    traditional = [p for p in zh if len(TRADITIONAL_ONLY & set(visible_text(p))) >= 5]
    assert len(traditional) >= 2, [p.name for p in traditional]


def windows(text: str, size: int = 30) -> set[str]:
    squashed = squash(text)
    return {squashed[i : i + size] for i in range(max(0, len(squashed) - size + 1))}


def test_no_seed_text_copied() -> None:
    """The corpus is written from scratch: no 30-character run of a seed article appears in it."""
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed folder missing: {SEEDS}")
        pytest.skip(f"seed folder missing: {SEEDS}")
    seed = set().union(*(windows(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")))
    for article in ALL:
        copied = seed & windows(visible_text(article))
        assert not copied, (article.name, sorted(copied)[:3])


def test_gold_names_are_kb_canonical() -> None:
    """A party the entity KB knows must be spelled as its canonical name, or eval cannot match it."""
    from dealgraph.entities import default_kb

    kb = default_kb()
    for article in ALL:
        for fact in read_facts(article):
            for party in (fact["source"], fact["target"]):
                entity = kb.get(party) if party else None
                if entity is not None:
                    assert entity.name == party, (article.name, party, entity.name)
