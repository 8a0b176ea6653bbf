"""Round 22 (area dev set): role readings the shared markers get wrong, in en, zh and ja.

``zh_prepare(view)`` (from ``lang_zh.prepare``):

- "A对(于)阿联酋的人工智能公司B进行投资", "A向总部在巴黎的B注资": B is the object of 对/向 even when a
  describer with 的 stands between (the shared TO marker stops at 的);
- "B最大的(外部)股东是A", "B第一大股东为A": B, written right before the holder phrase, is the company
  whose shares A holds (a possessor without 的).

``together_with(view)`` (end of ``lang_zh.prepare``): "迪士尼联同环球影业及华纳兄弟起诉MiniMax" — the
parties after 联同/连同/携同 are coordinated with the subject.

``zh_adjust(view, cands)`` (from ``lang_zh.adjust``): "A联同B入股C，其中A出资最多X" — the amount of the
其中 clause is A's own, not the joint deal's; "A向X投资50亿美元，B最多100亿美元" — a gapped second
investor; "这项投资使得微软…" — a deal already told, as a cause, is no new deal; plus the supply readings.

``en_adjust(view, cands)`` (from ``lang_en.adjust``): "it handed OpenAI warrants for 10% of the company" —
the party handed the warrants is the holder, the grantor (the subject, or the sentence's first company
for a pronoun subject) is the company; "X keeps signing contracts: A ($N), and a deal with B" — X pays
each listed party; "A hired P and paid B $N" — A pays, not the person hired.

Supply, both languages: "A与B签署意向书，将为星际之门计划供应内存" / "... with OpenAI to supply chips for the
Stargate project" — the buyer is the party who signed, not the project; "供应英伟达GB200服务器" / "supplying
Nvidia GB200 racks" — the maker named before the goods is no party.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.lexicon import both_scripts
from dealgraph.extract.rules.view import SentenceView


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(both_scripts(pattern, "zh"))


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


# -- zh: 对(于)…的B ---------------------------------------------------------------------------

_TO_DESCRIBED = _rx(r"(?<![针面相反绝应核])(?:对于|对|向)(?!其)[^，,。；、对向的与和]{1,16}的[^，,。；、对向的与和]{0,10}$")
_ZH_DEAL_AFTER = _rx(r"^[^，,。；、]{0,24}?(?:投资|注资|出资|入股|参股|融资|资助)")
_HOLDER_AFTER = _rx(r"^(?:最大|第一大|第二大|第三大|主要|唯一)的?(?:外部|机构|外部机构|单一)?(?:股东|投资方|投资者)(?:之一)?(?:是|为)")


def zh_prepare(view: SentenceView) -> None:
    """The two slot readings of the module docstring."""
    text = view.sentence.text
    if "的" not in text and "股东" not in text and "股東" not in text:
        return
    prev_end = view.sentence.start
    for p in view.parties:
        if p.slot in ("NONE", "LOC") and p.via != "reference" and _TO_DESCRIBED.search(_rel(view, prev_end, p.start)) \
                and _ZH_DEAL_AFTER.search(_rel(view, p.end, view.sentence.end)):
            p.slot = "TO"
        elif p.slot == "NONE" and _HOLDER_AFTER.match(_rel(view, p.end, view.sentence.end)):
            p.slot = "POSS"
        prev_end = p.end


_TOGETHER = _rx(r"^\s*(?:又|亦|也|再)?(?:联同|连同|伙同|携同)\s*$")
_AND = _rx(r"^\s*(?:及|和|与|以及|、)\s*$")


def together_with(view: SentenceView) -> None:
    """"迪士尼联同环球影业及华纳兄弟起诉MiniMax": the parties after 联同 share the subject's slot."""
    text = view.sentence.text
    if not any(w in text for w in ("联同", "聯同", "连同", "連同", "伙同", "夥同", "携同", "攜同")):
        return
    ps = view.parties
    for i in range(1, len(ps)):
        if ps[i - 1].slot in ("NONE", "SUBJ") and _TOGETHER.match(_rel(view, ps[i - 1].end, ps[i].start)):
            j = i
            while j < len(ps) and (j == i or _AND.match(_rel(view, ps[j - 1].end, ps[j].start))):
                ps[j].slot, ps[j].coordinated = ps[i - 1].slot, True
                j += 1
            return


# -- zh: "A将向X投资最多50亿美元，B最多100亿美元" ------------------------------------------------

_GAP_BEFORE = _rx(r"^\s*[，,、]\s*(?:而|则|另外)?\s*$")
_GAP_VERB = _rx(r"^\s*(?:则|也|亦)?(?:将|会)?(?:出资|投资|注资|投入)?\s*$")
_GAP_END = _rx(r"^\s*(?:[；;。，,]|$)")


def _gapped(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """A second investor whose verb and investee are left out take the first deal's investee."""
    out: list[C.Candidate] = []
    used = {id(c.amount) for c in cands if c.amount is not None and c.rejected is None}
    for c in cands:
        if c.rejected is not None or c.kind != "investment" or c.amount is None or len(c.targets) != 1 \
                or len(c.sources) != 1:
            continue
        nxt = next((p for p in view.parties if p.start >= c.amount.end), None)
        if nxt is None or nxt.entity in {c.sources[0].entity, c.targets[0].entity} \
                or not _GAP_BEFORE.match(_rel(view, c.amount.end, nxt.start)):
            continue
        a = next((a for a in view.amounts if a.start >= nxt.end), None)
        if a is None or id(a) in used or not _GAP_VERB.match(_rel(view, nxt.end, a.start)) \
                or not _GAP_END.match(_rel(view, a.end, view.sentence.end)):
            continue
        twin = replace(c, sources=[nxt], amount=a, notes=[*c.notes, f"gapped: {nxt.entity} {a.text}, the verb and "
                                                          f"{c.targets[0].entity} left out"])
        used.add(id(a))
        out.append(twin)
    return out


# -- zh: "这项投资使得微软…": a deal already told, as the cause of something else -----------------

_THIS_DEAL = _rx(r"(?:这项|这笔|此项|该项|该笔|这一|上述|这些)\s*$")
_CAUSES = _rx(r"^\s*(?:也|还|则|将|已|或|可能|无疑|显然)?(?:使得|使|让|令|意味着|表明|显示|凸显|有助于|帮助|被视为|被认为|标志着)")


def _deal_as_cause(view: SentenceView, c: C.Candidate) -> None:
    """"分析师认为，这项投资使得微软取得先机": no new deal, and no parties to carry into it."""
    if c.rejected is not None or c.amount is not None:
        return
    if _THIS_DEAL.search(_rel(view, view.sentence.start, c.trigger.start)) \
            and _CAUSES.match(_rel(view, c.trigger.end, view.sentence.end)):
        c.rejected = "a deal already told (这项投资), the cause of something else: no new deal"


# -- zh: 其中A出资X ---------------------------------------------------------------------------

_AMONG = _rx(r"其中\s*$")


def zh_adjust(view: SentenceView, cands: list[C.Candidate]) -> None:
    """The zh readings after the candidates: 其中A出资X; a project supplied for a contracting buyer;
    a gapped second investor ("A向X投资50亿美元，B最多100亿美元")."""
    _project_buyer(view, cands)
    cands.extend(_gapped(view, cands))
    for c in cands:
        _deal_as_cause(view, c)
    if "其中" not in view.sentence.text:
        return
    for c in cands:
        if c.kind != "investment" or not c.rejected or not c.rejected.startswith("amount given to") \
                or len(c.sources) != 1 or c.targets:
            continue
        src = c.sources[0]
        if not _AMONG.search(_rel(view, view.sentence.start, src.start)) \
                or not re.fullmatch(r"\s*", _rel(view, src.end, c.trigger.start)):
            continue
        joint = next((o for o in cands if o is not c and o.rejected is None and o.kind == "investment"
                      and o.amount is not None and o.trigger.end <= src.start and o.targets), None)
        if joint is None or src.entity in {t.entity for t in joint.targets}:
            continue
        c.targets, c.amount, c.rejected = list(joint.targets), joint.amount, None
        c.note(f"{src.entity}'s own amount in the 其中 clause; target {joint.targets[0].entity} from the joint deal")
        joint.amount = None
        joint.note("the amount belongs to the 其中 clause's investor")


_PROJECT_AFTER = _rx(r"^[」”\"』）)]{0,2}\s*(?:[（(][^）)]{1,20}[）)])?\s*(?:计划|計畫|项目|工程|专案|專案|园区|据点|基地)")

_PROJECT_END = _rx(r"(?:计划|計畫|项目|工程|专案|專案)$")


_PROJECT_END_EN = re.compile(r"\b(?:project|campus)$", re.IGNORECASE)
_PROJECT_AFTER_EN = re.compile(r"^\s+(?:project|campus|site|data[- ]cent(?:er|re)s?|build-?out)\b", re.IGNORECASE)


_GOODS_AFTER = re.compile(r"^\s*(?:的\s*)?(?:[A-Z]{1,3}\d{2,4}|Blackwell|Hopper|Rubin|Instinct|Trainium|TPU|GPU|芯片|晶片|服务器|伺服器|"
                          r"服務器|servers?\b|chips?\b|racks?\b|accelerators?\b|processors?\b)", re.IGNORECASE)


def _maker_of_goods(view: SentenceView, c: C.Candidate) -> None:
    """"鸿海正为…据点供应英伟达GB200服务器", "Foxconn is supplying Nvidia GB200 racks to the site": Nvidia only
    names the goods; it is neither the buyer nor the seller."""
    for side in ("sources", "targets"):
        parties = getattr(c, side)
        makers = [p for p in parties if p.start >= c.trigger.end and p.start - c.trigger.end <= 6
                  and _GOODS_AFTER.match(_rel(view, p.end, view.sentence.end))]
        if not makers:
            continue
        rest = [p for p in parties if p not in makers]
        setattr(c, side, rest)
        if not rest:
            c.rejected = f"{makers[0].entity} only names the goods supplied; no other party on that side"
        c.note(f"{makers[0].entity} names the goods supplied, not a party")


def _project_buyer(view: SentenceView, cands: list[C.Candidate]) -> None:
    """"A与B签署意向书，将为星际之门计划供应内存", "A signed with B to supply chips for the Stargate project":
    the buyer is B, who signed; Stargate is the project supplied."""
    after = _PROJECT_AFTER_EN if view.lang == "en" else _PROJECT_AFTER
    for c in cands:
        if c.rejected is None and c.trigger.entry.frame == "supply":
            _maker_of_goods(view, c)
        if c.rejected is None and c.trigger.entry.frame == "supply":
            for side in ("sources", "targets"):
                _swap_project(view, c, side, after)


def _swap_project(view: SentenceView, c: C.Candidate, side: str, after: re.Pattern[str]) -> None:
    """Replace the project on ``side`` of the supply deal by the one party who signed with the sellers."""
    parties = getattr(c, side)
    if len(parties) != 1:
        return
    project = parties[0]
    if not after.match(_rel(view, project.end, view.sentence.end)) \
            and not (_PROJECT_END_EN if view.lang == "en" else _PROJECT_END).search(project.text):
        return
    other = c.targets if side == "sources" else c.sources
    signer = [p for p in view.parties if p.slot == "WITH" and p.end <= project.start
              and p.entity not in {t.entity for t in other}]
    if len({p.entity for p in signer}) != 1:
        return
    setattr(c, side, signer[:1])
    c.note(f"{project.entity} is the project supplied; the buyer is {signer[0].entity}, who signed")


# -- en: it handed A warrants -----------------------------------------------------------------

_HANDED = re.compile(r"\b(?:it|the company|the chipmaker|the firm)\s+(?:has\s+|had\s+|will\s+|would\s+)?"
                     r"(?:handed|hands|hand|granted|grants|gave|gives|issued|issues|offered|offers)\s+$", re.IGNORECASE)
_HANDED_BY = re.compile(r"\s+(?:has\s+|had\s+|will\s+|would\s+)?(?:handed|hands|hand)\s+", re.IGNORECASE)
_RIGHTS = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:warrants?|options?|the right to buy)\b", re.IGNORECASE)


def en_adjust(view: SentenceView, cands: list[C.Candidate]) -> None:
    """"AMD …: it handed OpenAI warrants for 10% of the company": OpenAI holds, AMD is the company;
    a project supplied for the buyer who signed (``_project_buyer``)."""
    if "suppl" in view.sentence.text:
        _project_buyer(view, cands)
    if ":" in view.sentence.text:
        _colon_list(view, cands)
    if " and " in view.sentence.text:
        for c in cands:
            _object_not_payer(view, c)
    text = view.sentence.text
    if "warrant" not in text and "option" not in text:
        return
    s0 = view.sentence.start
    named = [p for p in view.parties if p.via != "reference"]
    for i, b in enumerate(named):
        if not _RIGHTS.match(text[b.end - s0:]):
            continue
        if i and _HANDED_BY.fullmatch(text[named[i - 1].end - s0:b.start - s0]):
            grantor = named[i - 1]  # "Oracle handed Meta warrants"
        elif _HANDED.search(text[:b.start - s0]):
            grantor = next((p for p in named[:i] if p.entity != b.entity), None)
            if grantor is None or any(p.entity != grantor.entity for p in named[:i]):
                return  # the pronoun must have one company before it
        else:
            continue
        if grantor.entity == b.entity:
            return
        for c in cands:
            if c.kind == "stake" and c.rejected is None and c.trigger.start >= b.end:
                c.sources, c.targets = [b], [grantor]
                c.note(f"{grantor.entity} handed {b.entity} warrants: {b.entity} is the holder")
        return


# -- en: "X keeps signing contracts: A ($N), and a $M deal with B" ------------------------------

_COLON_LIST = re.compile(r"\b(?:contracts|deals|agreements|commitments|orders|investments|bets|cheques|checks)\s*:\s+",
                         re.IGNORECASE)
_LIST_KINDS = ("compute_commitment", "purchase", "investment", "loan")


def _paren_amount(view: SentenceView, p: object) -> object:
    """The amount in the parenthesis right after party ``p`` ("Nebius ($17.4 billion)"), else None."""
    after = _rel(view, p.end, view.sentence.end)  # type: ignore[attr-defined]
    if not re.match(r"\s*\(", after):
        return None
    close = after.find(")")
    return next((a for a in view.amounts if p.end < a.start and a.end <= p.end + close + 1), None)  # type: ignore[attr-defined]


def _colon_list(view: SentenceView, cands: list[C.Candidate]) -> None:
    """The party before "contracts:" pays each party listed after the colon; a listed party is never
    the payer of a deal told later in the list."""
    m = _COLON_LIST.search(view.sentence.text)
    if m is None:
        return
    s0 = view.sentence.start
    colon = s0 + m.end()
    subject = [p for p in view.parties if p.end <= s0 + m.start() and p.via != "reference"]
    members = [p for p in view.parties if p.start >= colon]
    if len({p.entity for p in subject}) != 1 or not members or subject[0].entity in {p.entity for p in members}:
        return
    payer, listed = subject[0], {p.entity for p in members}
    for c in cands:
        if c.kind not in _LIST_KINDS or not (c.rejected is None or c.rejected.startswith("no target")):
            continue
        if s0 + m.start() <= c.trigger.end <= colon:
            c.sources, c.targets, c.amount = [payer], members[:1], _paren_amount(view, members[0])
            c.rejected = None
            c.note(f"{payer.entity}'s {m.group(0).strip(': ')}: the first listed is {members[0].entity}")
        elif c.rejected is None and c.trigger.start >= colon and any(p.entity in listed and p.end <= c.trigger.start for p in c.sources):
            c.sources = [payer]
            c.note(f"a listed party pays nothing: {payer.entity}, before the colon, is the payer")


# -- en: "A hired X and paid B $N": the object of the first verb is not the payer of the second ------

_ONE_VERB = re.compile(r"\s+(?:has\s+|had\s+|also\s+|first\s+)?(?:[a-z]+ed|bought|took|won|hired|brought in|hired away)\s+$")
_AND_VERB = re.compile(r"^[^,;:.()]{0,60}?\band\s+(?:then\s+|also\s+|later\s+|has\s+|had\s+)?$")


def _object_not_payer(view: SentenceView, c: C.Candidate) -> None:
    """"Microsoft hired Mustafa Suleyman and his staff and paid Inflection $650 million": Microsoft pays."""
    if len(c.sources) != 1 or c.sources[0].via == "reference":
        return
    obj = c.sources[0]
    if not _AND_VERB.match(_rel(view, obj.end, c.trigger.start)):
        return
    before = [p for p in view.parties if p.end <= obj.start]
    if not before or before[-1].slot not in ("NONE", "SUBJ") or before[-1].entity == obj.entity \
            or not _ONE_VERB.fullmatch(_rel(view, before[-1].end, obj.start)):
        return
    agent = before[-1]
    if agent.entity in {t.entity for t in c.targets}:
        return
    c.sources = [agent]
    c.note(f"{obj.entity} is the object of the first verb; {agent.entity} is the subject of both")
