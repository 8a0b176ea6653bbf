"""Round 22, area "conventions": the gold conventions (docstring of tests/test_corpus.py) where the rules,
the older tests and the dev gold used to disagree.

- ``lead_carries_round``: "A led a $X round in B", "A took part in B's $X Series C", 领投了B的X亿元融资,
  BのX億ドルの資金調達を主導した: the amount is the round's (a claim with ``source`` null), the investor
  gets no amount (the extractor's ``_led_round`` then splits the claim).
- ``adjust`` (status): a round "announced it has closed", 宣布完成…融资, 完成10亿美元融资, 調達したと発表した
  is ``completed`` (the money moved; the announcement only tells it); a cumulative or standing total
  ("which has invested $13 billion", "has invested $8 billion to date", 累计投资, 出資済み, 出資しており)
  is ``reported`` (a background fact the article states as its own, not the news of a deal).
  Hooked in round 24 (extractor._candidates, after ``status4.adjust``); the tests and the dev gold now agree.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import SentenceView

# -- 1. the lead of a round does not carry the round's amount ------------------------------------

_LEAD_VERB = {
    "en": re.compile(r"(?:co-)?(?:led|leads|leading|lead)\b|(?:took|takes|take|taking) part\b|"
                     r"(?:participated|participates|participating)\b", re.IGNORECASE),
    "zh": re.compile(r"(?:联合)?(?:领投|領投)|(?:聯合)(?:領投)|参投|參投|跟投|牵头|牽頭|参与|參與"),
    "ja": re.compile(r"主導|リード|参加"),
}
_ROUND_AFTER = {
    "en": re.compile(r"^(?:\s+(?:[A-Z][\w.&-]*|Series [A-Z]\w*|funding|financing|equity|new|extension|venture))*"
                     r"\s+(?:round|raise|fundraise|fundraising|financing|Series [A-Z])\b"),
    "zh": re.compile(r"^(?:的)?(?:[A-Za-z0-9+]{1,3}轮|新一轮|新一輪|战略|戰略|股权|股權)?(?:融资|融資)"),
    "ja": re.compile(r"^(?:の)?(?:シリーズ[A-Z]\w*(?:ラウンド)?の?)?(?:資金調達|調達|増資|ラウンド|第三者割当増資)"),
}
_WITH_TAKING = re.compile(r"\s+(?:also\s+)?(?:taking part|participating|joining(?: in)?|co-investing)\b", re.IGNORECASE)
_OWN_SHARE = {
    "en": re.compile(r"\b(?:itself|its own|of which|own cheque|own check|personally)\b", re.IGNORECASE),
    "zh": re.compile(r"其中|自身出资|本身"),
    "ja": re.compile(r"このうち|うち"),
}


def lead_carries_round(c: Any, lead: Any) -> bool:
    """The investment's amount is the size of the round that ``lead`` led or took part in (see module doc)."""
    lang = c.view.lang
    if c.kind != "investment" or c.amount is None or lead is None or lang not in _LEAD_VERB:
        return False
    text, s0 = c.view.sentence.text, c.view.sentence.start
    if lang == "en" and lead.start > c.amount.end and _WITH_TAKING.match(text, lead.end - s0):
        return _OWN_SHARE[lang].search(text) is None  # "raised $1.38 billion, with A taking part"
    if _LEAD_VERB[lang].search(c.trigger.text) is None:
        return False
    if _OWN_SHARE[lang].search(text) is not None:
        return False  # the investor's own share may be stated: leave it to the binding pass
    if not c.view.same_clause(c.amount.start, c.trigger.start):
        return False
    return bool(_ROUND_AFTER[lang].match(text[c.amount.end - s0:c.amount.end - s0 + 40]))


# -- 2. a done round that is announced is completed; 3. a cumulative total is reported ----------

_DONE_SAID = {
    "en": re.compile(r"\b(?:announced|said|says|confirmed|disclosed)\b(?: (?:on \w+|that|it|the company|they|the startup))*"
                     r" (?:has|had|have) (?:now |just |officially )?(?:closed|completed|raised|secured|finali[sz]ed)\b"
                     r"|\bannounced the (?:close|closing|completion) of\b", re.IGNORECASE),
    "zh": re.compile(r"(?<![将將拟擬要])(?:已经|已經|已|宣布|宣佈|正式)(?:完成|获得|獲得)|(?:^|[，,])[^，,。将將拟擬]{0,12}?完成(?:了)?"),
    "ja": re.compile(r"[^。、]{0,24}?(?:調達|確保|完了|実施|受け入れ|受け)(?:し)?(?:た|ました)(?:と|ことを)(?:発表|明らかに|公表)"
                     r"|(?:し)?(?:た|ました)(?:と|ことを)(?:発表|明らかに|公表)"),
}
_NOT_DONE = {
    "en": re.compile(r"\b(?:will|would|plans? to|expects? to|aims? to|is set to|could|may)\b", re.IGNORECASE),
    "zh": re.compile(r"将|將|拟|擬|计划|計劃|预计|預計|有望|即将|即將|寻求|尋求"),
    "ja": re.compile(r"予定|計画|見通し|方針|目指"),
}
_CUMULATIVE = {
    "en": re.compile(r"\b(?:which|who|that) (?:has|have|had) (?:\w+ )?(?:invested|put|poured|pumped|sunk)\b|"
                     r"\b(?:so far|to date|in total|in all|all told|altogether|cumulatively|a total of)\b", re.IGNORECASE),
    "zh": re.compile(r"累计|累計|共计|共計|总计|總計|合计|合計|迄今|至今|此前已"),
    "ja": re.compile(r"累計|合計|これまでに|これまで"),  # not 総額: "総額66億ドルの資金調達" is a round's size
}
_JA_STANDING = re.compile(r"(?:を)?(?:済み|済|して(?:おり|いる|います|いて)|している)")
_FLOW_KINDS = frozenset({"investment"})


def _done_said(view: SentenceView, c: Candidate) -> str | None:
    """An announced round that the sentence says is done (宣布完成…融资, "announced it has closed", 調達したと発表)."""
    lang, s = view.lang, view.sentence
    if lang not in _DONE_SAID or c.kind not in ("investment", "valuation"):
        return None
    rel, rel_end = c.trigger.start - s.start, c.trigger.end - s.start
    if lang == "ja":
        m = _DONE_SAID["ja"].match(s.text, rel_end)
        return m.group() if m is not None and c.kind == "investment" else None
    head = s.text[max(0, rel - 80):rel_end] if lang == "en" else s.text[max(0, rel - 30):rel]
    m = None
    for m in _DONE_SAID[lang].finditer(head):
        pass
    if m is None or _NOT_DONE[lang].search(head[m.start():]) or _NOT_DONE[lang].search(head[max(0, m.start() - 4):m.start()]):
        return None
    return m.group()


def _cumulative(view: SentenceView, c: Candidate) -> str | None:
    """A cumulative or standing total of investment ("has invested $8 billion to date", 累计投资, 出資済み)."""
    lang, s = view.lang, view.sentence
    if c.kind not in _FLOW_KINDS or lang not in _CUMULATIVE:
        return None
    rel, rel_end = c.trigger.start - s.start, c.trigger.end - s.start
    if lang == "ja" and not view.dates and (m := _JA_STANDING.match(s.text, rel_end)) is not None:
        return m.group()  # 8月に出資している: a dated event stays completed (a date the sentence states)
    if lang == "en":
        window = s.text[max(0, rel - 40):rel_end + 60]
        m = _CUMULATIVE["en"].search(window)
        if m is not None and not re.search(r"\b(?:has|have|had)\b", s.text[max(0, rel - 40):rel_end]):
            return None  # "to date" after a simple past event is no total ("invested $1 billion in 2019")
        return m.group() if m is not None else None
    head = re.split(r"[，,；;。、]", s.text[max(0, rel - 16):rel_end])[-1]  # the trigger's own clause, before it
    m = _CUMULATIVE[lang].search(head)
    return m.group() if m is not None else None


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Statuses by the round-22 conventions (module doc): announced done rounds completed, totals reported."""
    for c in cands:
        if c.rejected is not None:
            continue
        if c.status == "announced" and (m := _done_said(view, c)) is not None:
            c.status = "completed"
            c.note(f"round 22 conventions: a done deal told in an announcement ({m!r}): completed")
        elif c.status == "completed" and (m := _cumulative(view, c)) is not None:
            c.status = "reported"
            c.note(f"round 22 conventions: a cumulative or standing total ({m!r}): reported")
    return cands
