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
    return pattern.search(s.text, lo, hi)
