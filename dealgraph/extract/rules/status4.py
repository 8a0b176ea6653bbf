"""Round 21 status: cues the status procedure (``status.py``) misread.

- A denial that is itself negated is no denial: "did not deny", "neither confirmed nor denied",
  未否认, 没有否认, 否定しなかった, 否定はしていない (``denial_negated``; the sentence then reads
  as if no denial cue were there, a report cue usually making it ``rumored``).
- A loan secured or signed in the past is ``completed`` although the sentence announces it: "signed a
  one-year bridge loan of $15 billion", 融資枠を確保したと発表した, 签署了…贷款协议 (a loan signed is money
  made available). Since round 24 a round announced as done (宣布完成…融资, 調達したと発表した) is
  ``completed`` too, and a cumulative total (累计, "to date", 出資済み) ``reported``: both in
  ``conventions5.adjust``, run after this module's ``adjust``.
- A rejected offer known from a report is ``rumored``: "turned down an offer from Meta, according to two
  people briefed", 据报道…但被拒绝了, 報道によると…断ったという (a denial of the report itself stays denied).
- A list of a company's holders is a standing fact: "早期投资方包括美团、阿里巴巴" (``reported``), unless the
  sentence is about a round ("本轮投资方包括…").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dealgraph.extract.rules.lexicon import cues

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import SentenceView

_NOT_BEFORE = {
    "en": re.compile(r"(?:\b(?:not|never|n['’]t|nor|neither confirm(?:ed|s)? nor|declin(?:ed|es|ing) to|"
                     r"refus(?:ed|es|ing) to|would not|will not)\s+(?:\w+\s+){0,1})$", re.IGNORECASE),
    "zh": re.compile(r"(?:未|没有|並未|并未|沒有|不|未曾|既未证实也未|既未證實也未)$"),
    "ja": None,
}
_NOT_AFTER_JA = re.compile(r"(?:も肯定も)?(?:は|も)?(?:しなかった|せず|していない|しない|しておらず|されなかった|されていない)")


def _negated_at(view: SentenceView, start: int, end: int) -> bool:
    text = view.sentence.text
    if view.lang == "ja":
        return _NOT_AFTER_JA.match(text, end) is not None
    pattern = _NOT_BEFORE.get(view.lang)
    return pattern is not None and pattern.search(text[max(0, start - 30):start]) is not None


def denial_negated(view: SentenceView) -> bool:
    """Every denial cue of the sentence is negated ("did not deny", 未否认, 否定しなかった)."""
    pattern = cues(view.lang).get("denied")
    if pattern is None:
        return False
    found = list(pattern.finditer(view.sentence.text))
    return bool(found) and all(_negated_at(view, m.start(), m.end()) for m in found)


_JA_DONE_SAID = re.compile(r"[^。、]{0,24}?(?:調達|確保|完了|実施|借り入れ|借入れ|受け入れ|受け)(?:し)?(?:た|ました)"
                           r"(?:と|ことを)(?:発表|明らかに|公表)")
_JA_DONE_AT = re.compile(r"(?:し)?(?:た|ました)(?:と|ことを)(?:発表|明らかに|公表)")  # the trigger ends in the verb stem
_SIGNED_LOAN = {
    "en": re.compile(r"\b(?:signed|inked|struck|entered into|sealed)\b(?:(?!\b(?:and|but|while)\b)[^,;])*$", re.IGNORECASE),
    "zh": re.compile(r"(?:签署|签订|簽署|簽訂|达成|達成)了|已(?:经)?(?:签署|签订|簽署|簽訂)"),
    "ja": re.compile(r"(?:結ん|締結し|調印し)(?:だ|た)"),
}
_NOT_YET_EN = re.compile(r"\b(?:will|would|to|could|may|might|shall|expects? to|plans? to|set to)\s+(?:\w+\s+)?"
                         r"(?:signed|inked|struck|entered into|sealed|sign|ink|strike|enter into|seal)\b", re.IGNORECASE)


def _done_said(view: SentenceView, c: Candidate) -> str | None:
    """Why an "announced" loan is done: secured in the past and said so (ja 融資枠を確保したと発表した), signed
    in the past ("signed a one-year bridge loan", 签署了贷款协议, 融資契約を結んだ)."""
    if c.status != "announced" or c.kind != "loan":
        return None
    s = view.sentence
    rel, rel_end = c.trigger.start - s.start, c.trigger.end - s.start
    if view.lang == "ja" and (m := _JA_DONE_AT.match(s.text, rel_end) or _JA_DONE_SAID.match(s.text, rel_end)) is not None:
        return f"a past verb reported as announced ({m.group()[-12:]!r}): completed"
    pattern = _SIGNED_LOAN[view.lang] if view.lang in _SIGNED_LOAN else None
    if view.lang == "en":
        head = s.text[max(0, rel - 60):rel_end]
        m = pattern.search(head) if pattern is not None else None
        if m is None or _NOT_YET_EN.search(head):
            return None
        return f"a loan signed in the past ({m.group().split()[0]!r}): completed"
    window = s.text[max(0, rel - 20):rel_end + 12] if pattern is not None else ""
    m = pattern.search(window) if pattern is not None else None
    return f"a loan signed in the past ({m.group()!r}): completed" if m is not None else None


_ZH_HOLDER_LIST = re.compile(r"(?:投资方|投資方|投资者|投資者|投资人|投資人|出资方|出資方|股东|股東)(?:名单|名單)?(?:包括|包含|有|涵盖|涵蓋)")
_ZH_THIS_ROUND = re.compile(r"本轮|此轮|该轮|這輪|这轮|本輪|此輪|該輪|本次|此次|新一轮|新一輪|领投|領投|跟投")


def _holder_list(view: SentenceView, c: Candidate) -> str | None:
    """"早期投资方包括A、B", "此前的股东包括A": a list of a company's holders is a standing fact (reported),
    unless the sentence is about a round (本轮投资方包括…)."""
    if view.lang != "zh" or c.kind not in ("investment", "stake") or c.status not in ("announced", "completed"):
        return None
    s = view.sentence
    m = _ZH_HOLDER_LIST.search(s.text, max(0, c.trigger.start - s.start - 2), c.trigger.end - s.start + 6)
    if m is None or _ZH_THIS_ROUND.search(s.text):
        return None
    return m.group()


_REJECTION = {
    "en": re.compile(r"\b(?:turn(?:ed|s|ing)? down|rejected|rebuffed|spurned|declined|refused)\b", re.IGNORECASE),
    "zh": re.compile(r"拒绝|拒絕|被拒|婉拒|回绝|回絕"),
    "ja": re.compile(r"断っ|断ら|断る|断り|拒否|拒ん"),
}
_REPORT_DENIED = {
    "en": re.compile(r"\b(?:den(?:y|ies|ied|ial)|false|untrue|inaccurate|dismiss(?:ed|es)?|refut\w*)\b", re.IGNORECASE),
    "zh": re.compile(r"否认|否認|不实|不實|不属实|不屬實|辟谣|闢謠|并无其事|並無其事|没有这回事"),
    "ja": re.compile(r"否定|否認|誤り|事実ではない|事実無根"),
}


def _reported_rejection(view: SentenceView, c: Candidate) -> str | None:
    """"X turned down an offer from Y, according to people briefed", 報道によると…断ったという, 据报道…但被拒绝了:
    an offer known only from a report is rumored (gold: rumored ranks above the rejection)."""
    if c.status not in ("denied", "proposed") or view.lang not in _REJECTION:
        return None
    text = view.sentence.text
    m = _REJECTION[view.lang].search(text)
    if m is None or _REPORT_DENIED[view.lang].search(text) or (r := view.cue("rumored")) is None:
        return None
    return f"{m.group()!r} told by a report ({r.group()!r})"


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Loans secured or signed in the past are ``completed``; lists of a company's holders are ``reported``."""
    for c in cands:
        if c.rejected is not None:
            continue
        if (why := _done_said(view, c)) is not None:
            c.status = "completed"
            c.note(f"round 21 status: {why}")
        elif (why := _reported_rejection(view, c)) is not None:
            c.status = "rumored"
            c.note(f"round 21 status: a rejected offer {why}: rumored")
        elif (m := _holder_list(view, c)) is not None:
            c.status = "reported"
            c.note(f"round 21 status: a list of the company's holders ({m!r}): reported")
    return cands
