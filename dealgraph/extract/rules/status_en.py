"""Round 19, phenomenon "status_en": English status readings the dev phrasings missed.

- A deal that fell through never closed ("the $3 billion takeover of X collapsed", "shareholders voted
  down X's acquisition of Y", "agreed to buy …, but the deal fell apart"): ``proposed`` (the gold
  convention for a failed deal). The failure word (cue ``failed`` of ``status_en.tsv``) binds to the
  trigger's own comma clause only (a failure word in another clause may end another deal), so "after
  talks collapsed, Meta invested …" stays a finished investment.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.view import SentenceView, Trigger

_COMMA = re.compile(r"[,;]")


def _failed_pattern(lang: str) -> re.Pattern[str] | None:
    from dealgraph.extract.rules.status import status_cues  # status.py imports this module
    return status_cues(lang).get("failed")


def _comma_clause(text: str, pos: int) -> tuple[int, int]:
    """Sentence offsets of the comma clause around ``pos``."""
    lo = max((m.end() for m in _COMMA.finditer(text, 0, pos)), default=0)
    nxt = _COMMA.search(text, pos)
    return lo, nxt.start() if nxt else len(text)


def failed_deal(view: SentenceView, t: Trigger) -> re.Match[str] | None:
    """The failure word of the deal of trigger ``t`` (see the module docstring), or None."""
    pattern = _failed_pattern(view.lang) if view.lang == "en" else None
    if pattern is None:
        return None
    s = view.sentence
    lo, hi = _comma_clause(s.text, t.start - s.start)
    return pattern.search(s.text, lo, hi) or _challenged(view, t, lo) or _failed_later(view, t, hi)


def _cue(view: SentenceView, name: str) -> re.Pattern[str] | None:
    from dealgraph.extract.rules.status import status_cues  # status.py imports this module
    return status_cues(view.lang).get(name)


def _challenged(view: SentenceView, t: Trigger, lo: int) -> re.Match[str] | None:
    """Round 20: "The FTC sued to block Microsoft's acquisition of Activision", "regulators challenged
    X's purchase of Y": a move to stop the deal before the trigger, in its comma clause (not the lawsuit)."""
    pattern = _cue(view, "challenged")
    if pattern is None or t.entry.kind == "lawsuit":
        return None
    return pattern.search(view.sentence.text, lo, t.start - view.sentence.start)


def _failed_later(view: SentenceView, t: Trigger, hi: int) -> re.Match[str] | None:
    """Round 20: "agreed to invest $1 billion in X, but the deal fell apart": a later clause says the deal
    itself failed (a deal noun or "it" as its subject, so "but the shares fell" is none), with no other
    deal's trigger between (the failure speaks of the nearest deal before it)."""
    pattern, s = _cue(view, "failed_later"), view.sentence
    m = None if pattern is None else pattern.search(s.text, hi)
    if m is None:
        return None
    between = [x for x in view.triggers if x is not t and t.end <= x.start < s.start + m.start()
               and x.entry.kind not in ("valuation", "stake", "revenue")]
    return None if between else m


def pending_deal(view: SentenceView, t: Trigger) -> re.Match[str] | None:
    """Round 20: a deal under way that has not closed ("Activision, which is being acquired by Microsoft",
    "the acquisition awaits approval", "pending regulatory approval"): announced, never completed."""
    pattern = _cue(view, "pending") if view.lang == "en" else None
    if pattern is None:
        return None
    s = view.sentence
    lo, hi = _comma_clause(s.text, t.start - s.start)
    return pattern.search(s.text, lo, hi)
