"""Round 21, phenomenon "lawsuits4": co-defendants, case captions, counterclaims, defendants added later.

``adjust(view, cands)`` runs after ``acquisitions4.adjust``; ``link(state, view, cands)`` runs with the
other sentence links. Each rule reads one structure:

- "起诉OpenAI及其最大投资方微软", "sued OpenAI and its largest backer Microsoft": the party after
  及其/and its + a describer is a second defendant;
- a case caption "Getty Images诉Stability AI": the party right before 诉 sues the party right after;
  a lone 诉 elsewhere (上诉, 投诉, 胜诉) is no suit;
- a counterclaim or suit whose defendant follows 指控/控告/accusing in the next clause
  ("OpenAI提交反诉，指控马斯克…"): that party is the defendant;
- "The amended complaint added Microsoft as a defendant", "又将微软列为被告": with no plaintiff in
  the sentence, the plaintiffs of the suit just before sue the added defendant too.
"""

from __future__ import annotations

import re
from typing import Any

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_AND_ITS = {
    "zh": re.compile(r"^\s*(?:及其|和其|与其|與其|以及其)[^，,。；、]{0,12}$"),
    "en": re.compile(r"(?i)^,?\s+and\s+(?:its|their)\s+(?:[\w-]+\s+){0,4}?(?:investor|backer|partner|shareholder|owner|"
                     r"parent|affiliate|supplier|customer|licensee|licensor)s?,?\s+$"),
}
_CAPTION = re.compile(r"^[诉訴]$")
_CAPTION_GAP = re.compile(r"^[》」”\"]?$")
_ACCUSE = {
    "zh": re.compile(r"[，,]\s*(?:并|並)?(?:指控|控告|指责|指責)$"),
    "ja": re.compile(r"(?:が|は)?[^。]{0,6}(?:と主張|を非難)"),
    "en": re.compile(r"(?i),?\s+(?:accusing|alleging that|charging)\s+$"),
}
_ADDED = re.compile(r"(?i)^(?:add(?:s|ed|ing)?|nam(?:es|ed|e|ing))$|列为被告|列為被告|被告に(?:追加|加え)")
_MAX_GAP = 3


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """The in-sentence readings above; returns the candidates."""
    for c in cands:
        if c.kind != "lawsuit":
            continue
        _caption(view, c)
        _and_its(view, c)
        _accused(view, c)
        _added_object(view, c)
        if _ADDED.search(c.trigger.text) and any(o is not c and o.kind == "lawsuit" and not _ADDED.search(o.trigger.text)
                                                 for o in cands):
            c.rejected = c.rejected or "a defendant added to the sentence's own suit (read there)"
    return cands


def _added_object(view: SentenceView, c: Candidate) -> None:
    """"named Perplexity as a co-defendant": the party right after the verb is the defendant."""
    if view.lang != "en" or c.targets or not _ADDED.search(c.trigger.text):
        return
    obj = next((p for p in view.parties if p.start >= c.trigger.end), None)
    if obj is not None and len(_gap(view, c.trigger.end, obj.start).strip()) <= 4 and obj.type != "person":
        c.targets = [obj]
        c.note(f"{obj.entity} named as a defendant")


def _gap(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[a - s.start:b - s.start] if a <= b else ""


def _caption(view: SentenceView, c: Candidate) -> None:
    """"Getty Images诉Stability AI": plaintiff right before 诉, defendant right after; else no suit."""
    if not _CAPTION.match(c.trigger.text):
        return
    before = next((p for p in reversed(view.parties) if p.end <= c.trigger.start), None)
    after = next((p for p in view.parties if p.start >= c.trigger.end), None)
    if before is None or after is None or before.entity == after.entity \
            or not _CAPTION_GAP.match(_gap(view, before.end, c.trigger.start).strip()) \
            or not _CAPTION_GAP.match(_gap(view, c.trigger.end, after.start).strip().replace("《", "")):
        c.rejected = c.rejected or "诉 without a party on each side: not a case caption"
        return
    c.sources, c.targets, c.rejected = [before], [after], None
    c.note(f"case caption: {before.entity} v. {after.entity}")


def _and_its(view: SentenceView, c: Candidate) -> None:
    """"起诉A及其最大投资方B": B is sued too."""
    rx = _AND_ITS.get(view.lang)
    if rx is None or len(c.targets) != 1 or c.rejected is not None:
        return
    first = c.targets[0]
    nxt = next((p for p in view.parties if p.start >= first.end), None)
    if nxt is None or nxt.entity in {p.entity for p in (*c.sources, *c.targets)} or nxt.type == "person" \
            or not rx.match(_gap(view, first.end, nxt.start)):
        return
    c.targets = [first, nxt]
    c.note(f"{nxt.entity} named after {first.entity} with 'and its': a second defendant")


def _accused(view: SentenceView, c: Candidate) -> None:
    """"OpenAI提交反诉，指控马斯克…": the accused is the defendant."""
    rx = _ACCUSE.get(view.lang)
    if rx is None or c.targets or len(c.sources) != 1 or view.lang == "ja":
        return
    src = c.sources[0]
    acc = next((p for p in view.parties if p.start >= c.trigger.end and p.entity != src.entity
                and rx.search(_gap(view, c.trigger.end, p.start)[-12:])), None)
    if acc is None or len(_gap(view, c.trigger.end, acc.start)) > 24:
        return
    c.targets, c.rejected = [acc], None
    c.note(f"{acc.entity} is the party accused: the defendant")


def link(state: Any, view: SentenceView, cands: list[Candidate]) -> None:
    """A defendant added to a suit whose plaintiff the sentence leaves out: the previous suit's plaintiffs."""
    for c in cands:
        if c.kind != "lawsuit" or c.rejected is not None or c.sources or not c.targets:
            continue
        if not _ADDED.search(c.trigger.text):
            continue
        prev = next((p for i, p in reversed(state.recent) if view.index - i <= _MAX_GAP and p.kind == "lawsuit"
                     and p.sources and C.check(p) is None), None)
        if prev is None:
            continue
        plaintiffs = [p for p in prev.sources if p.entity not in {t.entity for t in c.targets}]
        if plaintiffs:
            c.sources = plaintiffs
            c.note(f"defendant added to the suit of {plaintiffs[0].entity} (previous sentence)", -0.1)
