"""Status, negation and date of a claim, read from cues around its trigger."""

from __future__ import annotations

from dealgraph.extract.rules.view import SentenceView, Trigger
from dealgraph.model import Amount, DateMention

# Checked in this order; the first cue found decides. (cue, status, where)
_ORDER = (
    ("rumored", "rumored", "sentence"),
    ("proposed", "proposed", "clause"),
    ("announced", "announced", "clause"),
    ("completed", "completed", "near"),
    ("reported", "reported", "sentence"),
)
_DESCRIPTIVE_KINDS = frozenset({"valuation", "revenue", "stake"})


def _window(view: SentenceView, t: Trigger, where: str) -> tuple[int, int]:
    s = view.sentence
    if where == "sentence":
        return s.start, s.end
    if where == "near":
        if view.lang == "en":
            return max(s.start, t.start - 40), t.end + 3
        return max(s.start, t.start - 6), t.end + 6
    after = 30 if view.lang == "ja" else 12  # ja: the verb phrase (〜する計画だ) ends the clause
    return max(s.start, t.start - (80 if view.lang == "en" else 30)), min(s.end, t.end + after)


def negated(view: SentenceView, t: Trigger) -> bool:
    """A negation right before (en, zh) or right after (ja) the trigger."""
    if view.lang == "en":
        return view.cue("negation", t.start - 30, t.start) is not None
    if view.lang == "zh":
        return view.cue("negation", t.start - 4, t.start) is not None
    return view.cue("negation", t.end, t.end + 10) is not None


def hypothetical(view: SentenceView, t: Trigger) -> bool:
    """"the opportunity to invest"; a raise someone urged or proposed: 調達するよう促した, "urged it to raise"."""
    lo, hi = {"ja": (t.start, t.end + 45), "zh": (t.start - 14, t.end + 6)}.get(view.lang, (t.start - 50, t.end + 2))
    if view.cue("opportunity", lo, hi) is not None:
        return True
    return t.entry.frame == "get" and view.cue("hypothetical", lo, hi) is not None


def status_of(view: SentenceView, t: Trigger, amount: Amount | None) -> tuple[str, str]:
    """(status, why) for the claim of trigger ``t``."""
    if view.cue("denied") is not None:
        return "denied", "denial cue in the sentence"
    if (m := view.cue("rumored")) is not None:  # gold convention: rumored ranks above up_to
        return "rumored", f"rumored cue {m.group()!r}"
    if amount is not None and (amount.qualifier == "up_to" or _up_to_cue(view, amount)):
        return "up_to", f"amount {amount.text!r} is a ceiling"
    for cue, status, where in _ORDER:
        m = view.cue(cue, *_window(view, t, where))
        if m is not None:
            return status, f"{cue} cue {m.group()!r}"
    if t.entry.kind in _DESCRIPTIVE_KINDS:
        return "reported", "descriptive background fact"
    return "announced", "default"


def _up_to_cue(view: SentenceView, amount: Amount) -> bool:
    lo = amount.start - (30 if view.lang == "en" else 6)
    return view.cue("up_to", lo, amount.end + 2) is not None


def date_of(view: SentenceView, t: Trigger, published: str | None) -> tuple[str | None, str | None, str]:
    """(date, precision, why): the nearest date in the sentence, else the published date coarsened."""
    if view.dates:
        d: DateMention = min(view.dates, key=lambda d: abs(d.start - t.start))
        return d.value, d.precision, f"date {d.text!r} in the sentence"
    if not published:
        return None, None, "no date"
    if view.cue("recency") is not None and len(published) >= 7:
        return published[:7], "month", "recent event: publication month"
    return published[:4], "year", "publication year"
