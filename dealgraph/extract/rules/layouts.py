"""Round 15, area "layouts": deals written as headlines, list items and label lines, not prose.

Headlines and round-ups drop the verb's usual grammar; the parties are still in a fixed order:

- "Oracle, OpenAI sign $300 billion cloud deal", "甲骨文、OpenAI签署…合同": two coordinated names
  before a symmetric contract word are the two sides; the seller of compute or hardware is the
  provider (``candidates.orient``).
- "收购瑞士ABB集团的机器人业务", "ABBのロボット事業を買収": a unit of a company bought or bought
  from; the company owning the unit is the target.
- "智谱获珠海华发5亿元战略投资", "A获得B集团10亿元投资": the name after 获/获得 and before the
  amount is the investor, the name before 获 the investee.
- "Thrive Capital led OpenAI's $6.6 billion round": the company whose round it is sits inside the
  trigger.

Tables pasted as text are read by ``layouts_tables``.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.lang_ja import _HEAD_COMMA, _OPENING
from dealgraph.extract.rules.view import Party, SentenceView

_PAIR_GAP = re.compile(r"^\s*(?:,|，|、|and|&|与|和|同|跟|と|・)\s*(?:米|英|中|独|仏|韓|台|日)?$", re.IGNORECASE)
_ZH_UNIT = re.compile(r"^(?:集团|公司)?的[^，,。；、]{0,10}(?:业务|部门|事业部|资产|板块|工厂|子公司)")
_JA_UNIT = re.compile(r"^(?:グループ|社)?の[^、，,。；]{0,12}(?:事業|部門|資産|工場|子会社|拠点)(?:の全株式|の株式)?を")
_ZH_GOT = re.compile(r"^\s*(?:日前|近日|今日|已|已经|刚刚|此前|宣布)?\s*(?:获|获得|获取|斩获|迎来|獲|獲得|獲取|斬獲|迎來)\s*(?:了)?\s*$")
_ZH_GOT_TAIL = re.compile(r"^(?:集团|集團|产业基金|產業基金|基金|资本|資本|公司)?\s*(?:[^，,。；、]{0,4})$")
_UNIT_KINDS = ("acquisition", "purchase")


def adjust(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """Layout corrections after the shared rules (called from ``extractor._candidates``)."""
    for c in cands:
        if c.rejected is not None:
            continue
        _pair_sides(view, c)
        _unit_owner(view, c)
        _zh_got_investor(view, c)
        _round_owner_inside(view, c)
    return cands


def _pair_sides(view: SentenceView, c: C.Candidate) -> None:
    """"A, B sign a $300 billion cloud deal": two names before a contract word are its two sides."""
    pair = c.sources if not c.targets else c.targets if not c.sources else []
    if len(pair) != 2 or c.kind not in ("compute_commitment", "purchase", "contract"):
        return
    if not C._SYMMETRIC.search(c.trigger.text) and not _symmetric_after(view, c):
        return
    a, b = pair
    text = view.sentence.text
    s0 = view.sentence.start
    if not _PAIR_GAP.match(text[a.end - s0:b.start - s0]) or b.end > c.trigger.start:
        return
    c.sources, c.targets = [a], [b]
    c.note("headline pair: the two names before the contract word are its sides")
    C.orient(c)


def _symmetric_after(view: SentenceView, c: C.Candidate) -> bool:
    """"… cloud contract", "…云计算合同": the symmetric word may follow the trigger closely."""
    s0 = view.sentence.start
    tail = view.sentence.text[c.trigger.end - s0:c.trigger.end - s0 + 6]
    return bool(C._SYMMETRIC.match(tail.strip()))


def _unit_owner(view: SentenceView, c: C.Candidate) -> None:
    """"收购ABB集团的机器人业务", "ABBのロボット事業を買収": the unit's owner is the target."""
    if c.targets or c.kind not in _UNIT_KINDS:
        return
    owner = _owner_of_unit(view, c)
    if owner is None:
        return
    if owner in c.sources or not c.sources:  # ja: "AはBの事業を買収" read B (の) as the buyer
        subjects = [p for p in view.parties if p.end <= owner.start and p is not owner
                    and (p.slot in ("SUBJ", "NONE") or _headline_subject(view, p))]
        if not subjects:
            return
        c.sources = [subjects[-1]]
    c.targets = [owner]
    c.note(f"target: {owner.entity}, whose unit is bought")


def _headline_subject(view: SentenceView, p: Party) -> bool:
    """"ソフトバンクG、ABBの…": the name opening a headline, then a comma."""
    text, s0 = view.sentence.text, view.sentence.start
    return bool(_OPENING.match(text[:p.start - s0]) and _HEAD_COMMA.match(text[p.end - s0:]))


def _owner_of_unit(view: SentenceView, c: C.Candidate) -> Party | None:
    text, s0 = view.sentence.text, view.sentence.start
    unit = _ZH_UNIT if view.lang == "zh" else _JA_UNIT if view.lang == "ja" else None
    if unit is None:
        return None
    for p in view.parties:
        after_trigger = p.start >= c.trigger.end and p.start - c.trigger.end <= 12
        before_trigger = p.end <= c.trigger.start and c.trigger.start - p.end <= 30
        if (after_trigger if view.lang == "zh" else before_trigger) and unit.match(text[p.end - s0:]):
            return p
    return None


def _zh_got_investor(view: SentenceView, c: C.Candidate) -> None:
    """"智谱获珠海华发5亿元战略投资": the name between 获 and the amount invested in the name before 获."""
    if view.lang != "zh" or c.kind != "investment" or c.trigger.text not in ("投资", "战略投资", "融资", "注资", "战投", "投資", "戰略投資", "融資", "注資", "戰投"):
        return
    text, s0 = view.sentence.text, view.sentence.start
    before = [p for p in view.parties if p.end <= c.trigger.start]
    for i in range(len(before) - 1):
        receiver, investor = before[i], before[i + 1]
        if not _ZH_GOT.match(text[receiver.end - s0:investor.start - s0]):
            continue
        between = text[investor.end - s0:c.trigger.start - s0]
        if c.amount is not None and investor.end <= c.amount.start <= c.trigger.start:
            between = text[investor.end - s0:c.amount.start - s0]
        if not _ZH_GOT_TAIL.match(between):
            continue
        c.sources, c.targets = [investor], [receiver]
        c.note(f"获 + investor: {investor.entity} invested in {receiver.entity}")
        return




def _round_owner_inside(view: SentenceView, c: C.Candidate) -> None:
    """"A led OpenAI's $6.6 billion round": the possessor inside the trigger owns the round."""
    if view.lang != "en" or c.kind != "investment" or c.targets or not c.sources:
        return
    inside = [p for p in view.parties if c.trigger.start <= p.start and p.end <= c.trigger.end
              and p.slot == "POSS" and p not in c.sources]
    if len(inside) == 1 and "round" in c.trigger.text.lower():
        c.targets = [inside[0]]
        c.note(f"target: {inside[0].entity}, whose round it is")
