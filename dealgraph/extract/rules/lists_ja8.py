"""Round 25, area "lists_ja": Japanese investor lists that join a round or venture named earlier.

- A round told first ("XはシリーズBで200億円を調達した"), its investors a few sentences later without the
  company: "A、B、Cの3メガバンクが引き続き出資した", "既存投資家のA、Bも追加出資した", "A、Bも名を連ねた":
  the listed investors join the last round kept (its company), when a participation word says so.
- "AとBがそれぞれ190億ドルを出資" right after a sentence that names one venture or project and no other
  company ("…「スターゲート計画」を共同で発表。"): each invests that amount in it.
"""

from __future__ import annotations

import re
from typing import Any

from dealgraph.extract.rules.view import Party

_JOIN = re.compile(r"引き続き|追加出資|追加で出資|も出資|も投資|名を連ね|加わ|参加|参画|既存投資家|既存株主|引受|引き受")
_NO_TARGET = "no target party"
_ROUND_BACK = 6
_LOAN = re.compile(r"融資|借り?入|ローン|貸|社債")
_VENTURE = re.compile(r"共同|合弁|新会社|計画|プロジェクト|構想")
_ORG = ("company", "fund", None)


def _rounds(state: Any) -> list[tuple[int, str]]:
    if not hasattr(state, "ja8_rounds"):
        state.ja8_rounds = []
    return state.ja8_rounds


def _remember(state: Any, view: Any, cands: list[Any]) -> None:
    """Rounds kept in this sentence: an investment the company receives (frame get/investors)."""
    for c in cands:
        if c.kind == "investment" and c.rejected is None and len(c.targets) == 1 and (
                c.trigger.entry.frame in ("get", "investors") or c.amount is not None):
            _rounds(state).append((view.index, c.targets[0].entity))


def _open(c: Any) -> bool:
    return (c.kind == "investment" and bool(c.sources) and not c.targets
            and (c.rejected is None or c.rejected.startswith(_NO_TARGET)))


def _target(c: Any, entity: str, how: str) -> None:
    at = c.view.sentence.start
    c.targets = [Party(entity, at, at, "", slot="CONTEXT", via="context")]
    c.rejected = None
    c.note(f"lists_ja8: {how} ({entity})", -0.1)


def round_participants(state: Any, view: Any, cands: list[Any]) -> None:
    """Investors named with a participation word join the last round of the last few sentences."""
    if not _JOIN.search(view.sentence.text) or _LOAN.search(view.sentence.text):
        return  # lenders joining a loan are loans4's
    rounds = [(i, e) for i, e in _rounds(state) if 0 < view.index - i <= _ROUND_BACK]
    if not rounds:
        return
    entity = rounds[-1][1]
    for c in cands:
        if _open(c) and c.amount is None and entity not in {p.entity for p in c.sources}:
            _target(c, entity, "the investors listed join the last round")


def each_into_named(state: Any, view: Any, cands: list[Any]) -> None:
    """"AとBがそれぞれN出資" after a sentence naming one venture or project: each invests in it."""
    if view.cue("each") is None or view.index == 0 or not state.sentences:
        return
    prev = state.sentences[view.index - 1]
    for c in cands:
        if not _open(c) or c.amount is None or len({p.entity for p in c.sources}) < 2:
            continue
        own = {p.entity for p in c.sources}
        s = view.sentence
        if not _VENTURE.search(prev.text) or re.search(r"[にへ]", s.text[c.sources[-1].end - s.start:c.trigger.start - s.start]):
            continue  # "…半導体事業に1兆円を投資": an object of its own; the prior sentence must tell a venture
        named = {m.entity for m in state.mentions if prev.start <= m.start < prev.end and m.entity
                 and m.type in _ORG and m.entity not in own}
        if len(named) == 1:
            _target(c, next(iter(named)), "each invests in the one venture the previous sentence names")


def link(state: Any, view: Any, cands: list[Any]) -> None:
    """Japanese lists across sentences (called from extractor._State.link)."""
    if view.lang != "ja":
        return
    each_into_named(state, view, cands)
    round_participants(state, view, cands)
    _remember(state, view, cands)
