"""Japanese sentence structure (round 7, area "jastruct"): who acts in the main clause.

A Japanese sentence names its actor once, as the topic ("Xは", "Xも", or "Xが" opening the
sentence), and packs other companies into describers before a noun. Those describers are no party
of the main verb:

- an executive speaks for the company before the title ("メタのザッカーバーグCEOは" -> the company;
  "元OpenAIの最高技術責任者ミラ・ムラティ氏が創業したX": OpenAI is only the person's past employer);
- a relative clause or describer names the head noun ("Yが主導するシリーズE", "Y主導で", "Yの子会社Z",
  "Yが出資するZ", "Y出身の"): Y leads the round (LEAD) or only describes (DESC);
- "X向け" is a purpose, not a counterparty of a bond or an investment;
- "TSMCの熊本工場に…助成" gives the money to the facility's owner.

After the roles are read, the topic is the company that raises a round or a loan ("Xは…Yが主導する
ラウンドで…調達した": X raises, Y invests, the amount stays on the round) and the company a
valuation describes. References (同社, 同グループ, 同省, 同行) stand for the topic of the previous
sentence, not for the company named last (``rebind_references``).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules import context_ja
from dealgraph.extract.rules.view import Party, SentenceView
from dealgraph.model import Mention

_PAREN = r"(?:[(（][^)）]{1,20}[)）]|[)）])?"
_TITLE = (r"(?:代表取締役|取締役|最高経営責任者|最高技術責任者|最高財務責任者|最高執行責任者|共同創業者|創業者|"
          r"CEO|CTO|CFO|COO|社長|会長|副社長|副会長|会長兼社長|社長兼CEO|代表|幹部|元社員|研究者|首席科学者|所長)")
_OWN_TITLE = re.compile(r"共同創業者|創業者|元社員|研究者|首席科学者|幹部")  # the person acts for himself
_EXEC_GAP = re.compile(r"^(?:社)?の\s*(?P<former>元|前)?\s*(?P<title>" + _TITLE + r"(?:兼" + _TITLE + r")?)?\s*$")
_FORMER = re.compile(r"(?:元|前)\s*$")
_TITLE_AFTER = re.compile(r"^\s*(?:氏)?\s*" + _TITLE)
_LEAD = re.compile(r"^" + _PAREN + r"(?:社|氏)?(?:など|ら)?(?:が|の)?(?:共同で)?(?:主導|リード|参加)"
                   r"(?:の|で|(?:する|した|している|していた)(?=[^\s。、，,とがはもでし]))")  # a relative clause, not the main verb
_DESC = re.compile(r"^" + _PAREN + r"(?:社|氏)?(?:が(?:出資|支援|創業|設立|創設|運営|開発|保有|所有)"
                   r"(?:する|した|している|していた)|(?:の)?(?:傘下|系|出身)の?|の(?:完全)?(?:子会社|親会社|出資先|投資先|"
                   r"関連会社|グループ会社|孫会社)(?!化|に|と)(?:である|の|で)?)(?=[^\s。、，,]|$)")
_TOPIC = re.compile(r"^" + _PAREN + r"(?:社|氏)?\s*(?:は|も)(?!じめ)")
_HEAD_SUBJ = re.compile(r"^" + _PAREN + r"(?:社)?\s*が")
_FACILITY = re.compile(r"^(?:社)?の[^、。，のにへをはがとで]{1,14}?(?:に対して|に対し|に|へ)")
_NEXT_AMOUNT = re.compile(r"^\s*、[^。、，]{1,20}?(?:に対して|に対し|に|で|へ)\s*(?:最大|最高|約|計)?\s*$")
_CEILING = re.compile(r"(?:最大|最高|上限)\s*$")
_REL_VERB = re.compile(r"^(?:する|した|している|していた|先である|先の)(?:米|英|仏|中|独|韓|台|日|蘭)?")
_LOAN_WORD = re.compile(r"^[^。、]{0,6}?(?:融資|ローン|銀行団|社債|借り入れ|借入)")
_REF = re.compile(r"同社|同グループ|同省|同行|同ファンド|同庁")  # 両社 names two: left to the resolver
_COUNTRY = "米英仏中独韓台日蘭"  # round 16: "Yが出資する米Z": the name may include the country ("米オープンAI")
_DIRECTED = ("supply", "buy", "contract", "compute_commitment", "purchase", "pay")


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def _after(view: SentenceView, p: Party, n: int = 40) -> str:
    return _rel(view, p.end, min(p.end + n, view.sentence.end))


# -- before the roles are read ---------------------------------------------------------------

def prepare(view: SentenceView) -> None:
    """Re-read the parties of a Japanese sentence: executives, describers, purposes, owners."""
    _executives(view)
    _describers(view)
    _purpose(view)
    _facility_owner(view)


def _executives(view: SentenceView) -> None:
    """"XのCEO Y氏は" -> X takes Y's place; "元Xの…Y氏が創業した": X is only Y's past employer."""
    keep: list[Party] = []
    parties = view.parties
    for i, p in enumerate(parties):
        if p.type != "person":
            keep.append(p)
            continue
        prev = parties[i - 1] if i else None
        gap = _rel(view, prev.end, p.start) if prev is not None else ""
        m = _EXEC_GAP.match(gap) if prev is not None and prev.type != "person" else None
        if m is not None and prev in keep:
            if m.group("former") or _OWN_TITLE.search(m.group("title") or "") or _FORMER.search(_rel(view, max(prev.start - 2, view.sentence.start), prev.start)) \
                    or p.slot == "DESC":
                keep.remove(prev)  # a past or describing employer is no party
                keep.append(p)
            else:
                prev.slot = p.slot  # the company speaks and acts, not its executive
            continue
        before = _rel(view, max(p.start - 12, view.sentence.start), p.start)
        if before.rstrip().endswith("の") and _TITLE_AFTER.match(_after(view, p, 20)):
            continue  # an executive of a company the knowledge base does not know: no guess
        keep.append(p)
    parties[:] = keep


def _describers(view: SentenceView) -> None:
    """"Yが主導するラウンド", "Y主導で": Y leads (LEAD); "Yの子会社Z", "Yが出資するZ": Y only describes.

    A leader is read so only when the sentence has a topic that raises; else the shared rules read it."""
    before = {id(p): p.slot for p in view.parties}
    _mark_describers(view)
    if topic(view) is None:
        for p in view.parties:
            if p.slot == "LEAD":
                p.slot = before[id(p)]


def _mark_describers(view: SentenceView) -> None:
    for i, p in enumerate(view.parties):
        after = _after(view, p)
        slot = "LEAD" if _LEAD.match(after) else "DESC" if _DESC.match(after) else None
        if slot is None:
            continue
        j = i
        while j >= 0:  # "AとBが主導する": the whole list
            view.parties[j].slot = slot
            if not view.parties[j].coordinated:
                break
            j -= 1


def _purpose(view: SentenceView) -> None:
    """"OpenAI向けのデータセンター建設に充てる社債": a purpose, unless the deal sells to it (supply)."""
    if any(t.entry.kind in _DIRECTED or t.entry.frame in _DIRECTED for t in view.triggers):
        return
    for p in view.parties:
        if re.match(r"^(?:社)?向け", _after(view, p, 4)):
            p.slot = "FOR"


def _facility_owner(view: SentenceView) -> None:
    """"TSMCの熊本工場に最大4760億円を助成": the owner of the plant receives the money."""
    gives = [t for t in view.triggers if t.entry.frame == "give" and t.entry.kind in ("investment", "loan")]
    for p in view.parties:
        if p.slot != "POSS" or not gives:
            continue
        m = _FACILITY.match(_after(view, p, 24))
        if m is not None and any(t.start >= p.end + m.end() for t in gives):
            p.slot = "TO"


# -- after the roles are read ----------------------------------------------------------------

def topic(view: SentenceView, before: int | None = None, also: bool = True) -> Party | None:
    """The sentence's topic: the first party marked は/も (or が opening the sentence), not a describer.

    ``also=False``: only は (a party marked も or が is a participant: "AMDも出資した", "Aが主導した")."""
    for p in view.parties:
        if before is not None and p.start >= before:
            return None
        if p.slot in ("DESC", "LEAD", "FOR") or p.type == "person":
            continue
        after = _after(view, p, 24)
        if _TOPIC.match(after) and (also or not re.match(_PAREN + r"(?:社|氏)?\s*も", after)):
            return p
        head = _rel(view, view.sentence.start, p.start)
        if also and _HEAD_SUBJ.match(after) and re.fullmatch(r"[\s　・]*(?:[^、。]{0,12}、)?(?:米|英|仏|中|独|韓|台|日|印|蘭)?", head):
            return p
    return None


def adjust(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """The topic raises the round or the loan and is the company valued; leaders invest without the amount."""
    out = list(cands)
    _describer_words(view, cands)
    for c in cands:
        if c.rejected is not None:
            continue
        frame = c.trigger.entry.frame
        if frame in ("get", "investors") and c.kind in ("investment", "loan"):
            _topic_round(view, c, out)
        elif frame == "value":
            _topic_valued(view, c)
    out.extend(_more_amounts(view, out))
    return out


def _describer_words(view: SentenceView, cands: list[C.Candidate]) -> None:
    """A deal word inside a describer ("Yが出資するZ", "Yの出資先であるZ") says only that Y invested in Z."""
    for i, p in enumerate(view.parties):
        m = _DESC.match(_after(view, p)) if p.slot == "DESC" else None
        if m is None:
            continue
        lo, hi = p.end, p.end + m.end()
        head = next((q for q in view.parties[i + 1:] if q.slot != "DESC"), None)
        for c in cands:
            if not lo <= c.trigger.start < hi or c.rejected is not None:
                continue
            if head is None or c.kind != "investment" or not re.search(r"出資|投資", c.trigger.text):
                c.rejected = "jastruct: a word of a describer, not the sentence's deal"
                continue
            c.sources, c.targets, c.amount, c.status = [p], [head], None, "reported"
            c.note(f"jastruct: describer: {p.entity} has invested in {head.entity}")
    starts = {p.start for p in view.parties}
    for c in cands:  # the describer itself was read as a modifier ("トヨタが出資するPFNは"): no party left for it
        m = _REL_VERB.match(_rel(view, c.trigger.end, view.sentence.end))
        if c.rejected is None and m is not None and {c.trigger.end + m.end(), c.trigger.end + len(m.group().rstrip(_COUNTRY))} & starts and \
                re.search(r"(?:が|の)$", _rel(view, c.trigger.start - 1, c.trigger.start)) and \
                not any(lo_p.slot == "DESC" for lo_p in view.parties if lo_p.end <= c.trigger.start):
            c.rejected = "jastruct: a describer of the next company, not the sentence's deal"


def _leads(view: SentenceView, end: int) -> list[Party]:
    return [p for p in view.parties if p.slot == "LEAD" and p.end <= end]


def _topic_round(view: SentenceView, c: C.Candidate, out: list[C.Candidate]) -> None:
    investors = c.trigger.entry.frame == "investors"
    leads = _leads(view, c.trigger.start + 30)
    head = topic(view, c.trigger.start, also=not investors or bool(leads))  # "Aが主導する…で、Xも調達"
    if head is None or _attached(view, c) or (investors and head in c.sources and not leads):
        return
    if c.trigger.entry.frame == "investors":
        _leaders_of(view, c, head, leads, out)
        return
    c.targets = [head]
    c.sources = [p for p in c.sources if p.slot in ("FROM", "AGENT") and p.entity != head.entity]
    c.note(f"jastruct: the topic {head.entity} raises")
    named = {p.entity for o in out if o is not c and o.rejected is None and o.trigger.entry.frame in ("investors", "get")
             for p in o.sources}
    leads = [p for p in leads if p.entity not in named and p.entity != head.entity]
    if leads and not c.sources:
        lead = copy.copy(c)
        lead.sources, lead.targets, lead.amount, lead.notes = leads, [head], None, list(c.notes)
        lead.note("jastruct: the round's leaders (主導/参加) invest in the topic")
        out.append(lead)


def _leaders_of(view: SentenceView, c: C.Candidate, head: Party, leads: list[Party], out: list[C.Candidate]) -> None:
    """"Xは…A主導で17億ユーロを確保": A invests in X (no amount); the round keeps the amount (null investor)."""
    c.targets = [head]
    c.sources = [p for p in (leads or c.sources) if p.entity != head.entity]
    if any(o.kind == "loan" and o.rejected is None for o in out) or _LOAN_WORD.match(_rel(view, c.trigger.end, view.sentence.end)):
        c.kind = "loan"
    c.note(f"jastruct: {head.entity} (the topic) raises; the leaders invest")
    priced = any(o is not c and o.kind == c.kind and o.amount is not None and o.rejected is None for o in out)
    if c.amount is not None and not priced:
        rnd = copy.copy(c)
        rnd.trigger = replace(c.trigger, entry=replace(c.trigger.entry, frame="get"))
        rnd.sources, rnd.notes = [], [*c.notes, "jastruct: the round's size (investor unnamed)"]
        out.append(rnd)
    c.amount = None


def _attached(view: SentenceView, c: C.Candidate) -> bool:
    """"xAIの資金調達", "OpenAIの企業価値": the text names whose round or value it is."""
    return any(re.fullmatch(r"(?:社)?の", _rel(view, p.end, c.trigger.start)) for p in c.targets)


def _topic_valued(view: SentenceView, c: C.Candidate) -> None:
    t = c.trigger
    if c.targets and (c.targets[0].start >= t.end or _attached(view, c)):
        return  # "OpenAIの企業価値", "評価額…のOpenAI": the text names whose value it is
    head = topic(view, t.start)
    if head is None or (c.targets and c.targets[0] is head):
        return
    c.targets = [head]
    c.note(f"jastruct: the value of the topic {head.entity}")


def _more_amounts(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """"第1工場に最大4760億円、第2工場に最大7320億円を補助": one claim per amount."""
    used = {id(c.amount) for c in cands if c.amount is not None}
    out = []
    for c in cands:
        if c.rejected is not None or c.amount is None or c.kind != "investment" or c.trigger.entry.frame != "give":
            continue
        nxt = c.amount
        for a in sorted((a for a in view.amounts if id(a) not in used and a.end <= c.amount.start), key=lambda a: -a.end):
            if not _NEXT_AMOUNT.match(_rel(view, a.end, nxt.start)):
                break
            more = copy.copy(c)
            more.amount, more.notes = a, [*c.notes, "jastruct: another amount listed for the same deal"]
            if _CEILING.search(_rel(view, a.start - 4, a.start)) or a.text.startswith("最大"):
                more.status = "up_to"
            used.add(id(a))
            out.append(more)
            nxt = a
    return out


def subject_reference(view: SentenceView, c: C.Candidate) -> bool:
    """"同社がインドに投資する": the reference is the acting subject itself, no missing target to fill."""
    if view.lang != "ja" or not c.sources or c.targets:
        return False
    s = view.sentence
    found = list(_REF.finditer(s.text))
    return bool(found) and all(re.match(r"(?:は|が|も)", s.text[m.end():m.end() + 1]) for m in found)


# -- references ------------------------------------------------------------------------------

def rebind_references(text: str, sentences: Sequence[Any], mentions: list[Mention]) -> list[Mention]:
    """同社/同グループ/同省/同行 stand for the first company of their own sentence ("XのCEOは、同社が"),
    else for the previous sentence's topic, not for the company named last."""
    out = list(mentions)
    for i, s in enumerate(sentences):
        if i == 0 or s.lang != "ja":
            continue
        for r in _REF.finditer(s.text):
            start, end = s.start + r.start(), s.start + r.end()
            here = [m for m in _inside(out, s) if m.start < start and _actor(text, m) and _fits(r.group(), m)]
            head = here[0] if here else _sentence_topic(text, sentences[i - 1], out)
            if not here and r.group() in ("同社", "同グループ") and not text.startswith(("によれば", "によると"), end):  # round 21:
                # not a bank (同行), nor across an empty sentence; "同社によれば" only quotes it
                from dealgraph.extract.rules import invest_cjk4

                head = invest_cjk4.company_topic(text, sentences, i, out, head, _sentence_topic)
            if head is None:
                continue
            old = next((k for k, m in enumerate(out) if m.start == start), None)
            if old is not None:
                out[old] = replace(out[old], entity=head.entity, type=head.type)
            else:
                out.append(Mention(start=start, end=end, text=r.group(), entity=head.entity, type=head.type,
                                   provisional=head.provisional, via="reference", unit=head.unit))
                out.sort(key=lambda m: m.start)
    return context_ja.bind_they(text, sentences, out, _sentence_topic)  # round 17: 彼ら in translated text


def _fits(word: str, m: Mention) -> bool:
    """Round 16: 同社/同グループ name a company, 同省/同庁 a ministry ("経済産業省は同社の…" is not METI)."""
    if word in ("同省", "同庁"):
        return m.type == "government"
    return word == "同行" or m.type != "government"


def _actor(text: str, m: Mention) -> bool:
    """An organisation that can act: not a modifier or a describer ("Yが出資する", "Y主導の")."""
    if not m.entity or m.type not in ("company", "fund", "government", None) or m.via == "modifier":
        return False
    after = text[m.end:m.end + 40]
    return not (_LEAD.match(after) or _DESC.match(after))


def _inside(mentions: Sequence[Mention], s: Any) -> list[Mention]:
    return [m for m in mentions if s.start <= m.start < s.end]


def _sentence_topic(text: str, s: Any, mentions: Sequence[Mention]) -> Mention | None:
    """The first organisation of ``s`` marked は/も/が (after a date or a describer)."""
    for m in _inside(mentions, s):
        after = text[m.end:m.end + 24]
        if _actor(text, m) and (_TOPIC.match(after) or _HEAD_SUBJ.match(after)):
            return m
    return None
