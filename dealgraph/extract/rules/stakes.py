"""Round 18 stakes: holdings stated as fractions, and a stake's percentage stated after its trigger.

- Fractions the amounts module does not read as percentages: "about a third", "a one-quarter
  stake", 约九成, 三分之一, 3分の1. They become percentages of the sentence only next to a stake
  trigger, so "a third of revenue" in a sentence without a holding stays no percentage.
- "ASML remains Mistral AI's largest shareholder with about 11%": a stake trigger that found no
  percentage takes the one right after it, when no other candidate uses it.
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
        return out
    if lang == "zh":
        out += [(m.start(), m.end(), Decimal(_num(m["n"]) * 10)) for m in _ZH_TENTHS.finditer(text)]
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
