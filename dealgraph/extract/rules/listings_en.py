"""English listings, share transfers and suits (round 12, area listings).

- An offering that raises money "for" a selling shareholder: ``purchase`` null -> the seller
  ("the IPO raised $4.9 billion for SoftBank").
- Buying "the 25% of Arm held by ..." is a stake of the buyer in that company, not an acquisition.
- "a deal that valued Arm at $64 billion": the company inside the value phrase is the one valued,
  not the subject of the sentence.
- "later added Microsoft as a defendant": one more defendant of the sentence's suit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import SentenceView

_OFFERING = re.compile(r"\b(?:IPO|initial public offering|listing|share sale|stock sale|offering|debut|"
                       r"block trade|secondary sale)\b", re.IGNORECASE)
_FOR = re.compile(r"^\s*(?:\([^)]*\)\s*)?for\s+(?:its\s+(?:parent|owner|backer|majority owner)\s*,?\s*)?$",
                  re.IGNORECASE)


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Listing and suit readings; returns the candidates with any added defendants."""
    for c in cands:
        _raised_for_seller(view, c)
        _bought_part_of(view, c)
        _valued_inside_phrase(view, c)
    return cands + _added_defendants(view, cands)


def _raised_for_seller(view: SentenceView, c: Candidate) -> None:
    """"the IPO raised $4.87 billion for SoftBank": the seller receives the money from unnamed buyers."""
    if c.kind != "investment" or c.sources or c.amount is None or c.rejected is not None:
        return
    text, s0 = view.sentence.text, view.sentence.start
    if not _OFFERING.search(text):
        return
    seller = next((p for p in view.parties if p.start >= c.amount.end
                   and _FOR.match(text[c.amount.end - s0:p.start - s0])), None)
    if seller is None or seller.entity in {t.entity for t in c.targets}:
        return
    c.kind, c.sources, c.targets = "purchase", [], [seller]
    c.trigger = replace(c.trigger, entry=replace(c.trigger.entry, frame="sell"))
    c.note(f"an offering that raised money for {seller.entity}: the seller is paid, the buyers are unnamed")


_PART_OF = re.compile(r"^\s+(?:the|a|an|another|its|their)?\s*(?:remaining\s+|further\s+|additional\s+)?"
                      r"(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)\s+(?:stake\s+)?(?:of|in)\s+$", re.IGNORECASE)


def _bought_part_of(view: SentenceView, c: Candidate) -> None:
    """"SoftBank bought the 25% of Arm held by its Vision Fund": a stake in Arm, not Arm itself."""
    if c.kind != "acquisition" or len(c.sources) != 1 or len(c.targets) != 1 or c.rejected is not None:
        return
    text, s0, company = view.sentence.text, view.sentence.start, c.targets[0]
    if company.start < c.trigger.end or not _PART_OF.match(text[c.trigger.end - s0:company.start - s0]):
        return
    pct = next((q for q in view.percentages if c.trigger.end <= q.start < company.start), None)
    if pct is None:
        return
    c.kind, c.pct, c.amount = "stake", pct, None
    c.note(f"bought {pct.text} of {company.entity}: a stake, not the company")


def _valued_inside_phrase(view: SentenceView, c: Candidate) -> None:
    """"... in a transaction that valued Arm at $64 billion": Arm is valued, not the subject."""
    if c.kind != "valuation" or not c.trigger.text.lower().startswith("valu"):
        return
    inside = [p for p in view.parties if c.trigger.start <= p.start and p.end <= c.trigger.end]
    if inside and [t.entity for t in c.targets] != [inside[0].entity]:
        c.targets = inside[:1]
        c.note(f"target: {inside[0].entity}, named inside the value phrase")


_DEFENDANT = re.compile(r"\badd(?:s|ed|ing)?\s+$", re.IGNORECASE)
_AS_DEFENDANT = re.compile(r"^(?:\s*,[^,]{0,60},)?\s+(?:as\s+(?:a\s+|another\s+)?(?:co-?)?defendants?|to\s+(?:the|its|his|her)\s+"
                           r"(?:suit|lawsuit|complaint|case))\b", re.IGNORECASE)


def _added_defendants(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"... sued OpenAI and later added Microsoft, its largest investor, as a defendant": Microsoft is sued too."""
    suit = next((c for c in cands if c.kind == "lawsuit" and c.sources and c.rejected is None), None)
    if suit is None:
        return []
    text, s0, out = view.sentence.text, view.sentence.start, []
    for p in view.parties:
        if not _DEFENDANT.search(text[:p.start - s0]) or not _AS_DEFENDANT.match(text[p.end - s0:]):
            continue
        if p.entity in {q.entity for q in (*suit.sources, *suit.targets)}:
            continue
        extra = replace(suit, targets=[p], notes=list(suit.notes))
        extra.note(f"{p.entity} added as a defendant of the same suit")
        out.append(extra)
    return out
