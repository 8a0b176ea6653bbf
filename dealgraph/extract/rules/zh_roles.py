"""Round 11 (zhroles): Chinese role reversals the shared markers get wrong.

``prepare``: "A宣布将对位于旧金山的B进行投资" — B is the object of 对 even with a place between.
``adjust``: "OpenAI最大的股东是微软，后者…向其投资" — 其 is the company named before 后者's antecedent;
"套现资金将用于支持其对OpenAI的投资" — a use of proceeds is no new investment with the sale's amount.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.lexicon import both_scripts
from dealgraph.extract.rules.view import SentenceView


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(both_scripts(pattern, "zh"))


_TO_PLACED = _rx(r"(?:对|向)(?:于)?(?:位于|总部位于|总部设在|地处|来自)[^，,。；、对向]{1,14}?的$")
_LATTER = _rx(r"后者")
_TO_IT = _rx(r"(?:向|对|给)其[^，,。；]{0,12}$")
_PROCEEDS = _rx(r"(?:套现|所得|出售|变现|募集|筹得|融得|筹集)[^，,。；]{0,8}?(?:资金|款项|收益|现金|所得)[^，,。；]{0,4}?"
                r"(?:将|会|则)?(?:主要)?(?:被)?用于[^，,。；]{0,24}$")


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def prepare(view: SentenceView) -> None:
    """A party after "对位于…的" is the object of 对 (the TO slot)."""
    prev_end = view.sentence.start
    for p in view.parties:
        if p.slot == "NONE" and _TO_PLACED.search(_rel(view, prev_end, p.start)):
            p.slot = "TO"
        prev_end = p.end


def adjust(view: SentenceView, cands: list[C.Candidate]) -> None:
    """Correct the targets of 后者…向其 and reject uses of proceeds."""
    for c in cands:
        if c.rejected is None or c.rejected.startswith("no target"):
            _latter_to_it(view, c)
        if c.rejected is None and c.kind == "investment" and _PROCEEDS.search(_rel(view, view.sentence.start, c.trigger.start)):
            c.rejected = "a use of proceeds (用于…的投资), not a new investment with the sale's amount"


def _latter_to_it(view: SentenceView, c: C.Candidate) -> None:
    """"A最大的外部股东是B，后者…向其投资X": B -> A (其 is the other party of 后者's clause)."""
    m = _LATTER.search(view.sentence.text)
    if c.kind != "investment" or m is None:
        return
    at = view.sentence.start + m.start()
    if not (at < c.trigger.start and view.same_clause(at + 2, c.trigger.start)) \
            or not _TO_IT.search(_rel(view, at + 2, c.trigger.start)):
        return
    latter = next((p for p in view.parties if p.via == "reference" and at <= p.start < at + 2), None)
    if latter is None:
        return
    other = [p for p in view.parties if p.via != "reference" and p.entity != latter.entity and p.end <= at
             and view.same_clause(p.end, at - 1)]
    if len({p.entity for p in other}) != 1:
        return  # 其 must be unambiguous: one other party in the antecedent's clause
    c.sources, c.targets, c.rejected = [latter], other[:1], None
    c.note(f"{latter.entity} (后者) -> {other[0].entity} (其, the other party of the clause before)", -0.05)
