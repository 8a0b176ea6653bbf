"""English recall (round 8): investors entering a round named by an epithet ("the search startup's round").

- "A and B both came into the search startup's $500 million round", "C came back for the €600 million
  raise", "D joined E in Wayve's Series C": the names before the entry verb are investors, never the
  round's company; the company is the possessor, else the previous sentence's company (``refs``). The
  amount is the round's size, so it goes on a claim with a null investor.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import SentenceView

ENTERED = "entered the round:"  # note prefix; extractor._led_round reads it (the amount is the round's)

_ENTRY = re.compile(
    r"\b(?:(?:came|come|comes|coming|returned|returns|got|gets)\s+(?:back\s+)?(?:in|into|for|on board for)"
    r"|(?:joined|joins|join|joining)|(?:took|take|takes|taking)\s+part\s+in|participat\w*\s+in|follow(?:s|ed|ing)?\s+on\s+in"
    r"|(?:piled|piles|pile|bought|buys|buy)\s+into|(?:backed(?!\s+by)|backs|re-upped\s+in|chipped\s+in(?:to)?|doubled\s+down\s+on)"
    r"|(?:appeared|appears|featured|features)\s+(?:in|on))\b", re.IGNORECASE)
_NOUN_PHRASE = re.compile(r"(?:\bthe|\ba|\ban|\bits|\btheir|\bthis|\bthat|(?:'s|’s))\s+(?:\S+\s+){0,5}[$€£¥]?$", re.IGNORECASE)
_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but|after|before|as|when)\b", re.IGNORECASE)


def entered_round(view: SentenceView, c: Candidate) -> None:
    """Names before "came into / joined ... the startup's $X round" invest in the round; they do not raise it."""
    _round_owner(view, c)  # round 10 encontext: "A joined the data company's Series J" (no amount)
    if c.kind != "investment" or c.trigger.entry.frame != "get" or c.rejected is not None:
        return
    text, s0, t = view.sentence.text, view.sentence.start, c.trigger
    if not _NOUN_PHRASE.search(text[:t.start - s0]):
        return  # a verb ("raised"): its subject is the company
    taken = {p.entity for p in c.sources} | {p.entity for p in c.targets if p.slot == "POSS"}
    entering = [p for p in view.parties if p.end <= t.start and p.slot != "POSS" and p.entity not in taken
                and _entered(text[p.end - s0:t.start - s0])]
    if not entering:
        return
    names = {p.entity for p in entering}
    c.targets = [p for p in c.targets if p.entity not in names]
    c.sources = [p for p in c.sources if p.entity not in names] + entering
    c.note(f"{ENTERED} {', '.join(sorted(names))} came into the round; they are investors, not its company")
    if not c.targets:
        _possessor_target(view, c, max(p.end for p in entering), names)


_POSS = re.compile(r"^\s*(?:['’]s?|[)）])")


def _possessor_target(view: SentenceView, c: Candidate, after: int, names: set[str]) -> None:
    """Round 10 encontext: "came into the search startup's $X round": the possessor is the round's company."""
    text, s0 = view.sentence.text, view.sentence.start
    owners = [p for p in view.parties if after <= p.start and p.end <= c.trigger.start and p.entity not in names
              and _POSS.match(text[p.end - s0:]) is not None]
    if owners:
        c.targets = [owners[-1]]
        c.note(f"target: {owners[-1].entity}, whose round it is (possessor)")


def _entered(gap: str) -> bool:
    """An entry verb between the name and the round noun, in the same clause."""
    m = _ENTRY.search(gap)
    return m is not None and not _BREAK.search(gap[:m.start()]) and not _BREAK.search(gap[m.end():])


_ROUND_OBJECT = re.compile(r"\s+(?:the|its|their)\s+(?:[\w.&'’-]+\s+){0,4}?(?:round|raise|financing|fundraising|"
                           r"fundraise|series [a-z])\b", re.IGNORECASE)


def _round_owner(view: SentenceView, c: Candidate) -> None:
    """"A joined / came into the Paris lab's latest round": the possessor of the round object is the target."""
    if c.kind != "investment" or c.trigger.entry.frame != "give" or c.targets or not c.sources:
        return
    text, s0 = view.sentence.text, view.sentence.start
    m = _ROUND_OBJECT.match(text, c.trigger.end - s0)
    if m is None:
        return
    taken = {p.entity for p in c.sources}
    owners = [p for p in view.parties if c.trigger.end <= p.start and p.end <= s0 + m.end() and p.entity not in taken
              and _POSS.match(text[p.end - s0:]) is not None]
    if owners:
        c.targets = [owners[-1]]
        c.note(f"target: {owners[-1].entity}, whose round it is (possessor)")
