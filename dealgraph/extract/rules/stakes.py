"""Round 18 stakes: holdings stated as fractions, and a stake's percentage stated after its trigger.

- Fractions the amounts module does not read as percentages: "about a third", "a one-quarter
  stake", 约九成, 三分之一, 3分の1. They become percentages of the sentence only next to a stake
  trigger, so "a third of revenue" in a sentence without a holding stays no percentage.
- "ASML remains Mistral AI's largest shareholder with about 11%": a stake trigger that found no
  percentage takes the one right after it, when no other candidate uses it.

Round 20 (``adjust``): "half" (一半, 半数, 折半) is 50%; "A and B each hold 40%", 各持有, それぞれ:
every listed holder holds it; "Arm, in which SoftBank has an interest of 90%" and "At CoreWeave,
Nvidia owned 7%": the company is the fronted or relative-clause one; "increased its stake", 增持:
a stake, not an investment, unless money is stated.
"""

from __future__ import annotations

import re
from decimal import Decimal

from dealgraph.model import Percentage

from .candidates import Candidate
from .view import SentenceView

_CJK_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_EN_FRACTION = {"third": Decimal("33.3"), "quarter": Decimal(25), "thirds": Decimal("66.7"),
                "quarters": Decimal(75), "half": Decimal(50)}
_EN = re.compile(r"\b(?P<n>a|one|two|three)[- ](?P<f>thirds?|quarters?|half)\b"
                 r"(?! (?:of (?:the )?(?:year|its revenue|revenue|sales)|century|point))", re.I)
_ZH_TENTHS = re.compile(r"(?P<q>约|約|近|逾|超过|超過|接近)?(?P<n>[一二两兩三四五六七八九])成(?=股|的股|以上|左右|[，,。；]|$)")
_CJK_PART = re.compile(r"(?P<d>[二三四五六七八九十2-9])分[之の](?P<n>[一二三1-3])")
_EN_HALF = re.compile(r"(?i)\b(?:own|owns|owned|owning|hold|holds|held|holding|control|controls|controlled|each|with)"
                      r" (?P<h>half)(?= (?:of|the|its|their)\b)")
_CJK_HALF = re.compile(r"(?<![过過超逾])(?:一半|半数|半數|折半)(?!以上|以下|左右|近く|超)")
_NEAR = {"en": 30, "zh": 12, "ja": 12}
_AFTER_LIMIT = {"en": 25, "zh": 10, "ja": 10}


def _num(ch: str) -> int:
    return int(ch) if ch.isdigit() else _CJK_DIGIT.get(ch, 10 if ch == "十" else 0)


def _fractions(text: str, lang: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, percent) of each fraction word in ``text`` (sentence-relative offsets)."""
    out: list[tuple[int, int, Decimal]] = []
    if lang == "en":
        for m in _EN.finditer(text):
            n = {"a": 1, "one": 1, "two": 2, "three": 3}[m["n"].lower()]
            base = _EN_FRACTION[m["f"].lower().rstrip("s") if n == 1 else m["f"].lower()]
            out.append((m.start(), m.end(), base))
        out += [(m.start("h"), m.end("h"), Decimal(50)) for m in _EN_HALF.finditer(text)]
        return out
    if lang == "zh":
        out += [(m.start(), m.end(), Decimal(_num(m["n"]) * 10)) for m in _ZH_TENTHS.finditer(text)]
    out += [(m.start(), m.end(), Decimal(50)) for m in _CJK_HALF.finditer(text)]
    for m in _CJK_PART.finditer(text):
        d, n = _num(m["d"]), _num(m["n"])
        if 0 < n < d:
            out.append((m.start(), m.end(), (Decimal(100 * n) / d).quantize(Decimal("0.1"))))
    return out


def add_fractions(view: SentenceView) -> None:
    """Fractions next to a stake trigger become the sentence's percentages ("持有Arm約九成股權")."""
    stakes = [t for t in view.triggers if t.entry.kind == "stake"]
    if not stakes:
        return
    s0, near = view.sentence.start, _NEAR.get(view.lang, 12)
    for a, b, value in _fractions(view.sentence.text, view.lang):
        start, end = s0 + a, s0 + b
        if any(p.start <= start < p.end or start <= p.start < end for p in view.percentages):
            continue
        if any(t.start - near <= start <= t.end + near for t in stakes):
            pct = Percentage(value=value, start=start, end=end, text=view.sentence.text[a:b], qualifier="approx")
            view.percentages = sorted([*view.percentages, pct], key=lambda p: p.start)


def trailing_pct(view: SentenceView, cands: list[Candidate]) -> None:
    """A stake with no percentage takes a free one right after its trigger ("shareholder with about 11%")."""
    used = {id(c.pct) for c in cands if c.pct is not None}
    limit = _AFTER_LIMIT.get(view.lang, 10)
    for c in cands:
        if c.kind != "stake" or c.pct is not None or c.rejected is not None:
            continue
        free = [p for p in view.percentages if id(p) not in used and p.qualifier != "points"
                and 0 <= p.start - c.trigger.end <= limit and view.same_clause(c.trigger.end, p.start)]
        if free:
            c.pct = free[0]
            used.add(id(free[0]))
            c.note(f"percentage after the holding {free[0].text!r}")


# -- round 20 -------------------------------------------------------------------------------------

_LIST_GAP = re.compile(r"^\s*(?:,|、|，|,? ?and|,? ?&|和|与|與|及|跟|同|と|や)\s*$", re.I)
_FRONTED = re.compile(r"^\s*(?:at|in|of|for)\s*$", re.I)
_RELATIVE = re.compile(r"^\s*,\s*(?:in|of) which\s*$", re.I)
_MORE_SHARES = re.compile(r"(?i)^(?:增持|増持|加仓|加倉|買い増|(?:raised|raises|increased|increases|boosted|boosts|lifted|lifts|upped|"
                          r"ups|expanded|expands|raise|increase|boost|lift|expand)\b)")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Round-20 stake readings (see the module docstring); returns the candidates."""
    for c in cands:
        if c.kind != "stake" or c.rejected is not None or not c.sources:
            continue
        _each_holder(view, c)
        _fronted_company(view, c)
    _more_shares(cands)
    return cands


def _listed_before(view: SentenceView, first: object) -> list:
    """The parties listed right before ``first`` ("A and B", "A、B和C", "AとB")."""
    text, s0, out = view.sentence.text, view.sentence.start, []
    parties = sorted(view.parties, key=lambda p: p.start)
    cur = first
    for p in reversed([p for p in parties if p.end <= cur.start]):  # type: ignore[attr-defined]
        if not _LIST_GAP.match(text[p.end - s0:cur.start - s0]):  # type: ignore[attr-defined]
            break
        out.insert(0, p)
        cur = p
    return out


def _each_holder(view: SentenceView, c: Candidate) -> None:
    """"A and B each hold about 40%", 各持有, それぞれ: every listed holder holds the percentage."""
    if c.pct is None or view.cue("each") is None and not re.search(r"各持|各自持|各(?:占|拥有|擁有)", view.sentence.text):
        return
    first = min(c.sources, key=lambda p: p.start)
    listed = [p for p in _listed_before(view, first) if p.entity not in {s.entity for s in (*c.sources, *c.targets)}]
    if listed:
        c.sources = [*listed, *c.sources]
        c.note(f"each of the listed holders: {', '.join(p.entity for p in c.sources)}")
    holders = {p.entity for p in c.sources}
    if len(holders) > 1 and c.targets and {p.entity for p in c.targets} <= holders:
        c.targets = []  # "软银和OpenAI各持有约40%的股份": the holders are not the company; it comes from context
        c.note("the listed parties are the holders: the company is named elsewhere")


def _fronted_company(view: SentenceView, c: Candidate) -> None:
    """"At CoreWeave, Nvidia owned 7%", "Arm, in which SoftBank has an interest of 90%": the company."""
    if view.lang != "en" or c.targets:
        return
    first = min(c.sources, key=lambda p: p.start)
    s0, text = view.sentence.start, view.sentence.text
    before = [p for p in view.parties if p.end <= first.start and p.entity != first.entity]
    if not before:
        return
    p = max(before, key=lambda q: q.end)
    gap = text[p.end - s0:first.start - s0]
    if _RELATIVE.match(gap) or (gap.strip() == "," and _FRONTED.match(text[:p.start - s0])):
        c.targets = [p]
        c.note(f"the company fronted before the holder: {p.entity}")


def _more_shares(cands: list[Candidate]) -> None:
    """"increased its stake in X", 增持: the holding grew; no money is stated, so no investment."""
    stakes = [c for c in cands if c.kind == "stake" and c.rejected is None]
    for c in cands:
        if c.kind != "investment" or c.rejected is not None or c.amount is not None or not _MORE_SHARES.match(c.trigger.text):
            continue
        if any({p.entity for p in s.sources} == {p.entity for p in c.sources} for s in stakes):
            c.rejected = "a larger holding without a stated price: the stake states it"
