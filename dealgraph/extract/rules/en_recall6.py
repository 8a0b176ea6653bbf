"""Round 23 (area English recall): takeovers told in plain prose that the shared readings get wrong.

``adjust(view, cands)`` (from ``lang_en.adjust``):

- "A bought B, the X startup, in 2024 and folded its team into A's unit": the object of "bought" is
  the company right after the verb; a marked party beyond a coordinated verb ("and folded ... into C")
  belongs to the second clause;
- two takeovers of one sentence read in opposite directions ("A bought B and merged it into A's
  unit"): the later one restates the first and is dropped;
- "A agreed to buy B, the startup whose software schedules GPU clusters": the goods words of a
  describer after the company do not make the takeover a purchase of goods.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_AND_VERB = re.compile(r"\band\s+(?:then\s+|later\s+|quickly\s+|also\s+)?[a-z]+ed\b")
_APPOSITION = re.compile(r"^\s*,\s+(?:the|a|an|another)\s")
_BUY_TRIGGER = re.compile(r"^(?:buy|buys|bought|buying|acquir\w*|snap\w* up|scoop\w* up|pick\w* up)$", re.IGNORECASE)


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def _object(view: SentenceView, c: Candidate) -> Party | None:
    """The unmarked company written right after the trigger ("bought Supermaven")."""
    t = c.trigger
    return next((p for p in view.parties if p.start >= t.end and p.slot == "NONE"
                 and not _rel(view, t.end, p.start).strip() and p.type in ("company", None)), None)


def _second_clause_target(view: SentenceView, c: Candidate) -> None:
    if c.kind != "acquisition" or len(c.targets) != 1 or c.targets[0].slot == "NONE":
        return
    obj, far = _object(view, c), c.targets[0]
    if obj is None or far.start <= obj.end or obj.entity in {p.entity for p in c.sources}:
        return
    if _AND_VERB.search(_rel(view, obj.end, far.start)):
        c.targets = [obj]
        c.rejected = None if c.rejected == "source and target are the same entity" else c.rejected
        c.note("round 23: the object after the verb, not a party of the next clause")


def _reversed_twin(cands: list[Candidate]) -> None:
    kept = [c for c in cands if c.kind == "acquisition" and C.check(c) is None]
    for c in kept:
        pair = ({p.entity for p in c.sources}, {p.entity for p in c.targets})
        for d in kept:
            if d.trigger.start > c.trigger.end and d.rejected is None and pair == (
                    {p.entity for p in d.targets}, {p.entity for p in d.sources}):
                d.rejected = f"round 23: restates {c.trigger.text!r} in the other direction"


def _described_takeover(view: SentenceView, c: Candidate) -> None:
    """"buy Run:ai, the Tel Aviv startup whose software ... GPU clusters": a takeover, not goods."""
    if c.kind != "purchase" or not _BUY_TRIGGER.match(c.trigger.text) or len({p.entity for p in c.targets}) != 1:
        return
    obj = _object(view, c)
    if obj is None or obj is not c.targets[0] or not _APPOSITION.match(_rel(view, obj.end, obj.end + 12)):
        return
    if view.cue("product", c.trigger.start, obj.end) is None and view.cue("cloud", c.trigger.start, obj.end) is None:
        c.kind = "acquisition"
        c.note("round 23: goods words only describe the company bought")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """The readings of the module docstring."""
    if not any(c.kind in ("acquisition", "purchase") for c in cands):
        return cands
    for c in cands:
        _second_clause_target(view, c)
        _described_takeover(view, c)
    _reversed_twin(cands)
    return cands
