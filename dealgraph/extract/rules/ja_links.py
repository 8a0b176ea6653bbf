"""Japanese links across sentences and describers (round 9, area "jarecall2").

- "…出資を決めた。総額は最大で300億ドルとなる。": a bare sum noun opening the next sentence sizes the
  previous sentence's deal (``sum_value``, used by ``extractor._continue_previous``).
- "…を調達した。企業価値は約4000億円と評価された。": a valuation naming no company values the company that
  raised in the previous sentence.
- "マイクロソフトが出資するOpenAIは…": the entity module marks マイクロソフト as a modifier; the describer
  still says that it has invested in OpenAI (a reported investment, no amount).
"""

from __future__ import annotations

import re
from typing import Any

from dealgraph.extract.rules.view import Party

_SUM_NOUN = re.compile(r"^\s*(?:その|今回の|同社の|これらの|一連の)?(?:総額|金額|取引総額|取引額|総投資額|事業規模|買付(?:代金)?の?総額|買付代金|取得総額)$")  # round 22: TOB sums
_SIZED = frozenset({"investment", "acquisition", "loan", "joint_venture", "stake", "compute_commitment", "purchase"})
_DESCRIBER_REJECT = "jastruct: a describer of the next company"
_DESCRIBER_GAP = re.compile(r"^(?:社|氏)?(?:が|の)$")
_LIST_GAP = re.compile(r"^(?:社|氏)?(?:と|や|、|・|および|及び)(?:米|英|仏|中|独|韓|台|日|蘭)?$")
_REL = re.compile(r"^(?:する|した|している|していた|先である|先の)(?:米|英|仏|中|独|韓|台|日|蘭)?")


def sum_value(c: Any, p: Any) -> bool:
    """"総額は300億ドル" opening the sentence after a deal: the sum of that deal (no party of its own)."""
    return (c.view.lang == "ja" and c.trigger.entry.kind == "contract" and bool(_SUM_NOUN.match(c.trigger.text))
            and not c.sources and not c.targets and p.kind in _SIZED)


def link(view: Any, cands: list[Any], prev: list[Any], mentions: list[Any]) -> None:
    """Japanese links to the previous sentence and to modifier mentions."""
    if view.lang != "ja":
        return
    for c in cands:
        _valued_after_round(view, c, prev)
        _modifier_describer(view, c, mentions)


def _valued_after_round(view: Any, c: Any, prev: list[Any]) -> None:
    """"企業価値は約4000億円と評価された" after "Xは…を調達した": X is the company valued."""
    if c.kind != "valuation" or c.rejected is not None or c.targets or c.amount is None or view.parties:
        return
    raised = {p.targets[0].entity: p for p in prev if p.kind == "investment" and p.targets and p.rejected is None
              and p.trigger.entry.frame in ("get", "investors")}
    if len(raised) != 1:
        return
    entity, p = next(iter(raised.items()))
    t = p.targets[0]
    c.targets = [Party(entity, t.start, t.end, t.text, slot="CONTEXT", type=t.type, via="context")]
    c.start = min(c.start, p.start)
    c.note(f"jarecall2: the company that raised in the previous sentence ({entity}) is valued", -0.05)


def _modifier_describer(view: Any, c: Any, mentions: list[Any]) -> None:
    """"Yが出資するZ": Y (a modifier mention) has invested in Z; a reported investment without an amount."""
    if c.kind != "investment" or not (c.rejected or "").startswith(_DESCRIBER_REJECT):
        return
    if not re.search(r"出資|投資", c.trigger.text):
        return
    s = view.sentence
    rel = _REL.match(s.text[c.trigger.end - s.start:])
    at = {c.trigger.end + rel.end(), c.trigger.end + len(rel.group().rstrip("米英仏中独韓台日蘭"))} if rel is not None else set()
    head = next((q for q in view.parties if q.start in at), None)  # round 16: "が出資する米オープンAI"
    investors = _modifiers_before(view, c.trigger.start, mentions)
    if head is None or not investors:
        return
    c.sources = [Party(m.entity, m.start, m.end, m.text, slot="DESC", type=m.type) for m in investors]
    c.targets, c.amount, c.status, c.rejected = [head], None, "reported", None
    c.note(f"jarecall2: describer: {', '.join(m.entity for m in investors)} invested in {head.entity}")


def _modifiers_before(view: Any, at: int, mentions: list[Any]) -> list[Any]:
    """The modifier mention ending right before ``at`` and the names listed with it ("AとBが出資する")."""
    text, s = view.sentence.text, view.sentence
    inside = [m for m in mentions if s.start <= m.start and m.end <= at and m.entity
              and m.type in ("company", "fund", "person", None)]
    out: list[Any] = []
    edge, pattern = at, _DESCRIBER_GAP
    for m in reversed(inside):
        if not pattern.match(text[m.end - s.start:edge - s.start]) or (not out and m.via != "modifier"):
            break
        out.insert(0, m)
        edge, pattern = m.start, _LIST_GAP
    return out
