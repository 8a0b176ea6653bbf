"""Machine-translated English (round 23): zh/ja news run through an MT engine.

The trigger rows (triggers_en.tsv, "round 23 mt_en6") read "completed 5 billion yuan financing",
"this time financing amount reached X", "A and B also follow to invest", "continued to follow the
investment", "took part in it additionally", "In the investors, A and B were included" and the
third-party allotment of Japanese filings. This module fixes the roles those rows cannot:

- a third-party allotment (第三者割当増資) "to Y" / "Y underwrote the allotment of X" / "the allottee
  is Y": Y pays, the issuer (the subject, or the company after "of") receives;
- "In the investors, A and B's fund were included, and KT also participated": a joiner's "whose
  investors" target is never a party the same sentence lists as an investor; it joins that list's
  round (company, status and date).
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_ALLOT = re.compile(r"third[- ]party allo(?:t|c)", re.IGNORECASE)
_TO_ALLOTTEE = re.compile(r"^(?:\s+of\s+(?:new\s+)?(?:shares|stock))?\s+to\s+$", re.IGNORECASE)
_OF_ISSUER = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_UNDERWRITER = re.compile(r"\b(?:underw(?:rote|rites|rite|riting)|subscrib(?:ed|es|e|ing)(?:\s+to|\s+for)?|accept(?:ed|s)?)\s+"
                          r"(?:(?:a|an|the|this|its)\s+)?$", re.IGNORECASE)
_ALLOTTEE_IS = re.compile(r"\ballottees?\s+(?:is|are|was|were|will be)\s+(?:the\s+)?$", re.IGNORECASE)


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """English MT readings: allottees pay; a joiner's target is the listed round's company."""
    if view.lang != "en":
        return cands
    text = view.sentence.text
    if "allo" in text and _ALLOT.search(text):
        for c in cands:
            if c.kind == "investment" and _ALLOT.search(c.trigger.text):
                _allotment(view, c)
    if sum(c.trigger.entry.frame == "investors" for c in cands) > 1:
        _joiner_target(cands)
    return cands


def _between(view: SentenceView, a: int, b: int) -> str:
    s0 = view.sentence.start
    return view.sentence.text[a - s0:b - s0]


def _allotment(view: SentenceView, c: Candidate) -> None:
    """"X carried out a third-party allotment to Y" -> Y -> X; "Y underwrote the allotment of X" -> Y -> X."""
    t = c.trigger
    after = [p for p in view.parties if p.start >= t.end and view.same_clause(t.end, p.start)]
    before = [p for p in view.parties if p.end <= t.start]
    payers = _allottees(view, t.end, after)
    issuer = [p for p in after if _OF_ISSUER.match(_between(view, t.end, p.start))]
    under = before[-1:] if before and _UNDERWRITER.search(_between(view, before[-1].end, t.start)) else []
    if under and (issuer or c.targets):
        payers = under
    payers = payers or [p for p in view.parties if p.start >= t.end
                        and _ALLOTTEE_IS.search(_between(view, t.end, p.start)[-40:])]
    if not payers:
        return
    names = {p.entity for p in payers}
    targets = issuer or [p for p in c.targets if p.entity not in names] or \
        [p for p in before if p.entity not in names and p.slot in ("NONE", "POSS")][:1] or _fronted_issuer(view, payers)
    if not targets:
        return
    c.sources, c.targets = payers, targets
    c.note(f"third-party allotment: {', '.join(sorted(names))} take(s) the new shares and pay(s) {targets[0].entity}")


def _fronted_issuer(view: SentenceView, payers: list[Party]) -> list[Party]:
    """"Through the allotment to SoftBank, ELYZA procured X": the subject after the fronted phrase."""
    last = payers[-1]
    nxt = [p for p in view.parties if p.start > last.end and p.entity not in {q.entity for q in payers}][:1]
    if nxt and re.fullmatch(r"\s*,\s*", _between(view, last.end, nxt[0].start)):
        return nxt
    return []


def _allottees(view: SentenceView, end: int, after: list[Party]) -> list[Party]:
    """The parties after "allotment (of new shares) to", with the ones coordinated to them."""
    out: list[Party] = []
    for p in after:
        gap = _between(view, out[-1].end if out else end, p.start)
        if (not out and _TO_ALLOTTEE.match(gap)) or (out and re.fullmatch(r"\s*(?:,|and|, and|&)\s*", gap)):
            out.append(p)
        elif out:
            break
    return out


def _joiner_target(cands: list[Candidate]) -> None:
    """"In the investors, A and B's fund were included, and C also participated": C joins the same round."""
    listed = [c for c in cands if c.trigger.entry.frame == "investors" and c.rejected is None and c.sources]
    for c in listed:
        for d in listed:
            if d is c or not c.targets:
                continue
            investors = {p.entity for p in d.sources}
            if all(p.entity in investors for p in c.targets) and not {p.entity for p in d.targets} & investors:
                c.targets = list(d.targets)  # empty: the link step gives both the previous sentence's round
                c.status, c.date = d.status, d.date
                c.note("target: the round whose investors the sentence lists, not one of them")
