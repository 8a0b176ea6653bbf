"""Japanese-only reading of parties that the shared markers cannot see.

Headlines put the actor first and a comma after it ("ソフトバンクG、OpenAIに5億ドル出資"): that
comma is not a list of names. It is read as the subject when it opens the sentence and no other
party is marked as a subject.
"""

from __future__ import annotations

import re
from typing import Any

_OPENING = re.compile(r"^[\s【】\[\]（）()「」◆■●◇▼・]*(?:米|英|中|仏|独|韓|台|日|印)?$")
_HEAD_COMMA = re.compile(r"^(?:G|グループ|社)?、")


def headline_subject(text: str, sentence: Any, parties: list[Any]) -> None:
    """"A、Bに…出資": A (opening the sentence, then a comma) is the subject, not a partner of B."""
    if len(parties) < 2 or any(p.slot == "SUBJ" for p in parties):
        return
    first, second = parties[0], parties[1]
    if not (_OPENING.match(text[sentence.start:first.start]) and _HEAD_COMMA.match(text[first.end:second.start])):
        return
    if second.slot in ("TO", "OBJ") and second.coordinated:
        first.slot, second.coordinated = "SUBJ", False


def prepare(view: Any) -> None:
    """Japanese reading of the sentence before the shared rules choose roles (round 7: ja_clauses.py)."""
    from dealgraph.extract.rules import invest_cjk4, ja_clauses, ja_dev6, targets_cjk

    from dealgraph.extract.rules import context_ja6

    context_ja6.prepare(view)  # round 23: X（以下「Y」）の…: the particle after a defining parenthesis (context_ja6.py)
    ja_clauses.prepare(view)
    targets_cjk.prepare(view)  # round 16: conduits (を通じて), "XはYも…" (targets_cjk.py)
    invest_cjk4.prepare(view)  # round 21: lists continued after に加え (invest_cjk4.py)
    ja_dev6.prepare(view)  # round 23: 本体, のほか, counted lists, comparisons (ja_dev6.py)


def adjust(view: Any, cands: list[Any]) -> list[Any]:
    """Japanese corrections after the shared rules (round 7: the topic acts, ja_clauses.py)."""
    from dealgraph.extract.rules import invest_cjk4, ja_amounts, ja_clauses, ja_dev6, ja_recall6, ja_unblock, targets_cjk
    from dealgraph.extract.rules import context_ja6

    cands = ja_amounts.adjust(view, ja_clauses.adjust(view, cands))  # round 8: ja_amounts.py
    cands = ja_unblock.adjust(view, cands)  # round 10: customers, described investors (ja_unblock.py)
    cands = invest_cjk4.adjust(view, cands)  # round 21: "XはYがN%を持つ" (invest_cjk4.py)
    cands = ja_dev6.adjust(view, cands)  # round 23: a counter-suit's defendant (ja_dev6.py)
    cands = ja_recall6.adjust(view, cands)  # round 23: gapped investors, things and companies bought (ja_recall6.py)
    cands = targets_cjk.adjust(view, cands)  # round 16: それぞれ, describers' stakes (targets_cjk.py)
    return context_ja6.adjust(view, cands)  # round 23: tender offers for a company's shares (context_ja6.py)
