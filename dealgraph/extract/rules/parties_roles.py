"""Who is no party (round 15, area "parties"): bystanders and asides.

- **Bystanders**: an analyst firm, a news outlet, an adviser or arranger, a data provider is named
  around a deal but is never one of its sides: "according to analysts at Jefferies", "Morgan Stanley
  advised Rebellions", "据彭博社报道", "摩根士丹利担任财务顾问", "野村証券のアナリスト", "米ガートナーによると".
  Their mentions are dropped from the sentence's parties (the entity module still finds them).
- **Asides**: "Musk, who helped found the lab, sued OpenAI", "KT, the operator that has backed the
  startup, put in $22 million": a party inside a comma-delimited relative or appositive clause after
  another party is not the subject of the main verb after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dealgraph.model import Mention

_ROLE = r"(?:(?:sole|lead|joint|exclusive|financial|legal|placement|lead financial)\s+)*" \
        r"(?:advis[eo]rs?|placement agents?|underwriters?|arrangers?|bookrunners?|counsel)"
_BEFORE = {
    "en": re.compile(r"(?:\baccording to|\banalysts? (?:at|from|with)|\badvised by|\bcounselled by|\btold|"
                     r"\bestimates? (?:by|from)|\bdata (?:from|by)|\breported by)\s+(?:the\s+)?(?:research firm\s+|"
                     r"data provider\s+|brokerage\s+)?$", re.IGNORECASE),
    "zh": re.compile(r"(?:据|據|根据|根據|分析机构|分析機構|研究机构|研究機構|调研机构|調研機構|咨询公司|諮詢公司|市场研究公司|"
                     r"市場研究公司|研究公司|券商)$"),
    "ja": re.compile(r"(?:調査会社|調査会社の|調査機関の?|英調査会社の?|米調査会社の?|市場調査会社の?)(?:[米英独仏中日韓台]\s*)?$"),
}
_AFTER = {
    "en": re.compile(rf"(?:['’]s?\s+)?(?:\s*(?:analysts?|strategists?)\b|\s+(?:said|wrote|estimated|estimates)\s+in\s+a\s+"
                     rf"(?:research\s+|client\s+)?note\b|\s+(?:advised|advises|counselled)\b|\s+(?:acted|acts|served|serves|"
                     rf"is acting|was)\s+as\s+(?:the\s+|a\s+|an\s+)?{_ROLE}\b|\s+reported\b|,\s+which\s+first\s+reported\b)",
                     re.IGNORECASE),
    "zh": re.compile(r"(?:的?分析师|的?分析師|报道|報道|援引|透露|数据显示|數據顯示|统计|統計|担任|擔任|作为[^，。]{0,8}顾问|"
                     r"作為[^，。]{0,8}顧問|发布的报告|發布的報告|的报告|的報告|研报|研報)"),
    "ja": re.compile(r"(?:によると|によれば|の調べでは|の調査では|のアナリスト|証券のアナリスト|が報じた|と報じた|は報じた|"
                     r"が(?:財務|法務)?アドバイザー|は(?:財務|法務)?アドバイザー|の推計|の試算)"),
}


def bystander(text: str, lang: str, m: Mention) -> bool:
    """Whether mention ``m`` is named only as a source, analyst, outlet or adviser."""
    before, after = _BEFORE.get(lang), _AFTER.get(lang)
    if before is None or after is None:
        return False
    return bool(before.search(text, max(0, m.start - 40), m.start) or after.match(text, m.end)
                or (lang == "en" and _quoted_aside(text, m)))


# round 20: "..., with Elon Musk calling it wrong": a person or firm quoted commenting is no side of the deal
_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:its|the|their|his|her)\s+)?(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)
_COMMENTING = re.compile(r"(?:['’]s\s+[\w-]+\s+)?\s+(?:calling|saying|telling|noting|describing|dismissing|"
                         r"insisting|arguing|claiming|writing|posting)\b", re.IGNORECASE)


def _quoted_aside(text: str, m: Mention) -> bool:
    """Whether ``m`` is the subject of "with X calling/saying ..." (an absolute phrase of comment)."""
    lo = max(0, m.start - 40)
    return bool(_COMMENTING.match(text, m.end) and _WITH_BEFORE.search(text[lo:m.start]))


def drop_bystanders(text: str, lang: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The sentence's mentions without bystanders (references are kept)."""
    return [m for m in mentions if m.via == "reference" or not bystander(text, lang, m)]


_ASIDE_OPEN = re.compile(r"^\s*,\s+(?:who|which|whose|the|a|an|its|his|her)\b", re.IGNORECASE)


def in_aside(view: Any, p: Any, parties: Sequence[Any], trigger_start: int) -> bool:
    """"Musk, who helped found the lab, sued ...": ``p`` sits in an aside opened right after an
    earlier party and closed by a comma before the trigger."""
    if view.lang != "en":
        return False
    text = view.sentence.text
    base = view.sentence.start
    head = next((q for q in reversed(parties) if q.end <= p.start and q is not p), None)
    if head is None or not _ASIDE_OPEN.match(text[head.end - base:p.start - base]):
        return False
    gap = text[head.end - base:p.start - base]
    return "," not in gap[gap.index(",") + 1:] and "," in text[p.end - base:trigger_start - base]
