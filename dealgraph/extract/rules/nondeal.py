"""Explicit non-deals: "Apple never invested in Anthropic", 字节跳动没有投资过月之暗面, 出資していない.

A deal word negated right where it stands (``nondeal.tsv``: the words before it in en/zh, the verb
ending after it in ja) states that a concrete deal did not happen. With a named counterparty that
is a claim with status ``denied`` (gold convention), not a rejected candidate. "Outside money"
("has not taken any outside investment", 没有接受任何外部投资) names no investor: its subject is
the company that received none, so the claim has a null source. A negation farther away ("did not
say how much it invested") still rejects the candidate (``status.negated``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dealgraph.extract.rules.lexicon import _rows, both_scripts, guarded

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import SentenceView, Trigger

_BEFORE = {"en": 90, "zh": 24}


@cache
def _cues(lang: str) -> dict[str, re.Pattern[str]]:
    grouped: dict[str, list[str]] = {}
    for row in _rows("nondeal.tsv"):
        if row[0] == lang:
            grouped.setdefault(row[1], []).append(f"(?:{both_scripts(row[2], lang)})")
    return {cue: guarded("|".join(ps)) for cue, ps in grouped.items()}


def explicit(view: SentenceView, t: Trigger) -> str | None:
    """The negation that makes trigger ``t`` an explicit non-deal, or None."""
    cues, s = _cues(view.lang), view.sentence
    lo, at = t.start - s.start, t.end - s.start
    if "inside" in cues and (m := cues["inside"].search(t.text)) is not None:
        return m.group()  # "股东里就没有X": the deal word carries its negation
    if view.lang == "ja":
        m = cues["after"].match(s.text, at) if "after" in cues else None
    else:
        before = cues.get("before")
        m = before.search(s.text, max(0, lo - _BEFORE.get(view.lang, 24)), lo) if before else None
    return m.group() if m is not None else None


def outside_money(view: SentenceView, t: Trigger) -> bool:
    """"outside investment", 外部投资: money from unnamed outsiders, received by the subject."""
    pattern, s = _cues(view.lang).get("outside"), view.sentence
    if pattern is None:
        return False
    lo = max(0, t.start - s.start - 24)
    return pattern.search(s.text, lo, t.end - s.start) is not None


def mark(c: Candidate) -> bool:
    """Read candidate ``c`` as an explicit non-deal (status denied); False when it is none."""
    view, t = c.view, c.trigger
    why = explicit(view, t)
    if why is None:
        return False
    c.status = "denied"
    c.note(f"explicit non-deal ({why.strip()!r}): denied")
    if c.kind == "investment" and outside_money(view, t) and c.sources and not c.targets:
        c.targets, c.sources = c.sources, []
        c.note("outside money: the subject is the company that took none")
    return True


def sourceless_ok(c: Candidate) -> bool:
    """A denied raise names no investor: "xAI is not raising capital", 没有接受任何外部投资."""
    if c.status != "denied" or c.kind != "investment" or not c.targets or c.targets[0].type == "person":
        return False
    return c.trigger.entry.frame == "get" or outside_money(c.view, c.trigger)


_POSSESSED = re.compile(r"^['’]s\s+(?:[\w$.,-]+\s+){0,4}$")


def possessed_round(c: Candidate) -> None:
    """"Microsoft pulled out of xAI's funding round": the round's owner raises, the subject invests."""
    view, t = c.view, c.trigger
    if view.lang != "en" or t.entry.frame != "get" or c.kind != "investment":
        return
    text = view.sentence.text
    owner = next((p for p in reversed(view.parties) if p.end <= t.start and
                  _POSSESSED.match(text[p.end - view.sentence.start:t.start - view.sentence.start])), None)
    if owner is None or any(p.entity == owner.entity for p in c.targets):
        return
    subject = [p for p in c.targets if p.start < owner.start]
    c.targets = [owner]
    if subject and not c.sources:
        c.sources = subject
    c.note(f"target: {owner.entity}, whose round it is (possessive)")


_HANDS = re.compile(r"money (?:changes|changed|change|changing|will change) hands", re.IGNORECASE)


def no_money_between(c: Candidate) -> None:
    """"No money changed hands between Apple and OpenAI": a denied payment, first named -> second."""
    if not _HANDS.fullmatch(c.trigger.text) or c.status != "denied":
        return
    pair = [p for p in c.view.parties if p.start > c.trigger.end][:2]
    if len(pair) == 2 and pair[0].entity != pair[1].entity:
        c.sources, c.targets = pair[:1], pair[1:]
        c.note("no money between the two parties named after it: denied payment")


def amount_optional(c: Candidate) -> bool:
    """A denied payment or valuation needs no figure: it never happened."""
    return c.status == "denied" and c.kind == "revenue"
