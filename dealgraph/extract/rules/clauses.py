"""Round 7, area "roles": readings of long sentences shared by all languages.

- ``own_subject_reference``: "Google, its other big patron, put $1 billion into the company" — a
  reference ("the company", 该公司, 同社) never names the subject of its own clause; when the entity
  resolver gave it that subject, it stands for the nearest other company named before it.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_ORG = ("company", "fund", "joint_venture", None)


def own_subject_reference(view: SentenceView, cands: list[Candidate]) -> None:
    """Re-read a reference target that names the candidate's own source as the company before it."""
    for c in cands:
        if c.rejected is not None or len(c.sources) != 1 or len(c.targets) != 1:
            continue
        src, ref = c.sources[0], c.targets[0]
        if ref.via != "reference" or ref.entity != src.entity or not src.start < ref.start:
            continue
        other = _nearest_other(view, ref, src.entity)
        if other is None:
            continue
        c.targets = [Party(other.entity, ref.start, ref.end, ref.text, slot=ref.slot, type=other.type, via="reference")]
        c.note(f"{ref.text!r} is not its own subject {src.entity}: {other.entity}, named before")


def _nearest_other(view: SentenceView, ref: Party, subject: str) -> Party | None:
    """The nearest company before ``ref`` in the sentence that is not ``subject``."""
    before = [p for p in view.parties if p.end <= ref.start and p.entity != subject and p.type in _ORG]
    return before[-1] if before else None


# -- zh: relative clauses before the subject ("曾投资过X的Y", "作为X最大投资方的Y") -----------------------
_ZH_DID = re.compile(r"(?:曾经?|已经?|早已|此前|先前|一直|多次|最早)?(?:投资|入股|注资|押注|领投|支持|投)(?:过|了)?$")
_ZH_AS = re.compile(r"(?:作为|身为|作為)$")
_ZH_ROLE = re.compile(r"^的?(?:最大|主要|早期|重要|第[一二三四五]大|长期|戰略|战略|核心|老|外部|最早)*的?"
                      r"(?P<role>投资方|投资者|投资人|投資方|投資者|投資人|股东|股東|支持者|金主)(?:之一)?的?[^，,。；、]{0,6}?$")
_ZH_OF = re.compile(r"^的[^，,。；、]{0,6}?$")


def zh_relative(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"曾投资过OpenAI的微软向Mistral投资": 微软 invested in OpenAI before; OpenAI is no party of the
    main deal. "作为Anthropic最大投资方的亚马逊又追加了40亿美元": Amazon backs Anthropic, and the new money
    goes to Anthropic when the sentence names no other company."""
    if view.lang != "zh":
        return cands
    text, s0 = view.sentence.text, view.sentence.start
    for i, x in enumerate(view.parties[:-1]):
        y = view.parties[i + 1]
        before, gap = text[:x.start - s0], text[x.end - s0:y.start - s0]
        role = _ZH_ROLE.match(gap) if _ZH_AS.search(before) else None
        did = _ZH_DID.search(before) is not None and _ZH_OF.match(gap) is not None
        if role is None and not did:
            continue
        kind = "stake" if role is not None and role.group("role") in ("股东", "股東") else "investment"
        _rebind(view, cands, x, y, kind, "reported" if role is not None else None)
    return cands


def _rebind(view: SentenceView, cands: list[Candidate], x: Party, y: Party, kind: str, status: str | None) -> None:
    """The clause's own deal is y -> x; later deals of the sentence have y, not x, as their subject."""
    inner = [c for c in cands if c.trigger.end <= y.start]
    for c in inner:
        c.sources, c.targets, c.kind, c.amount, c.rejected = [y], [x], kind, None, None
        c.status = status or c.status
        c.note(f"relative clause: {y.entity} -> {x.entity}, describing {y.entity}")
    for c in cands:
        if c in inner:
            continue
        if any(p.entity == x.entity for p in c.sources):
            c.sources = [y if p.entity == x.entity else p for p in c.sources]
            c.note(f"{x.entity} only describes {y.entity}: {y.entity} is the subject")
        if c.sources and c.sources[0].entity == y.entity and not c.targets and c.kind == "investment" and (
                c.amount is not None and not [p for p in view.parties if p.start > y.end and p.entity != y.entity]):
            c.targets = [x]
            c.rejected = None
            c.note(f"more money for {x.entity}, which {y.entity} already backs")


_ASIDE = re.compile(r"[（(][^）()]{0,30}?(?:创立|创办|创建|成立|孵化|旗下|母公司|子公司|出身|高管|员工|研究员|"
                    r"founded|co-founded|started|spun out|owner of|parent of|unit of|formerly)[^）()]{0,30}[）)]", re.IGNORECASE)


def drop_asides(view: SentenceView, cands: list[Candidate]) -> None:
    """"阶跃星辰（由前微软高管创立）完成融资", "X (founded by ex-Google staff) raised": a party inside a
    parenthesis that only describes another one is no party of the sentence's deals."""
    text, s0 = view.sentence.text, view.sentence.start
    spans = [(s0 + m.start(), s0 + m.end()) for m in _ASIDE.finditer(text)]
    if not spans:
        return
    inside = {id(p) for p in view.parties if any(lo < p.start and p.end < hi for lo, hi in spans)}
    for c in cands:
        if c.rejected is not None or any(lo < c.trigger.start < hi for lo, hi in spans):
            continue
        for side in ("sources", "targets"):
            kept = [p for p in getattr(c, side) if id(p) not in inside]
            if len(kept) != len(getattr(c, side)):
                setattr(c, side, kept)
                c.note(f"{side}: a party in a parenthesis only describes another")
