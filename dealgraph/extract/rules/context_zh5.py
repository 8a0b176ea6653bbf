"""Round 22, area "context_zh": Chinese deals whose party is named elsewhere — in the previous
sentence, the headline, a filing's declaration or the clause a 并-clause continues.

Round participants: a Chinese report states the round once and then lists who took part in a clause or sentence that
names only the investors:

- "X完成B轮融资。领投方是A，B、C等老股东继续跟投" — the 跟投 list joins the round of X that the
  领投方 candidate of the same sentence took from context;
- "X宣布融资6亿欧元。这一轮融资是由A领导的" — a by-phrase (由A…) with a round reference leads the
  previous sentence's round;
- "同年稍後，A亦參與其後續融資" — the reference 其 inside the trigger is the round's company.

``participants`` gives such a candidate (investment, investors named, no target, rejected only for
the missing target) the round company, and only with clear evidence: a participation word
(跟投/参投/参与/领投/由…) and either a kept round of one company in the same sentence, a round
reference (本轮/这一轮/其) with exactly one round company in the previous sentence, or a resolved
reference inside the trigger.

``timeline_subject``: a dated list item with no subject ("2023年6月：参与X的13亿美元融资",
"2025年9月：…宣布以每股23美元认购Y普通股") is an act of the article's main company — the company its
headline names and its text names most.

``declared_object``: a filing that declares what is invested in ("关于投资设立X的公告",
"投资标的名称：X") — a subscriber named without a company ("B认缴出资360亿元，持股10.47%") puts its
money into X.

``venture_subject``: "X将继续运营该厂，并与Y成立合资公司" — the 并-clause continues X, so an unnamed
venture is X's and Y's (one claim each way, as ``ventures4`` writes a named pair).

``speaker_company``: "A公司行政总裁B表示，集团/公司将投入…" — the reported clause's 集团/公司 is the
speaker's company A, not the speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from dealgraph.extract.rules import candidates as C

_JOIN = re.compile(r"跟投|參投|参投|参与|參與|参加|參加|跟进|跟進|领投|領投|牵头|牽頭|领导|領導|主导|主導|领衔|領銜|加持|注资|注資|认购|認購")
_BY = re.compile(r"由[^，,。；;]{1,40}?(?:领投|領投|牵头|牽頭|领导|領導|主导|主導|领衔|領銜)")
_ROUND_REF = re.compile(r"(?:本|此|这|這|该|該)一?(?:轮|輪)|(?:本|此|这|這|该|該)(?:次|笔|筆)(?:融资|融資|募资|募資|投资|投資)|"
                        r"老股东|老股東|现有股东|現有股東|其(?:后续|後續|新一?|最新|[A-E]\+?|[天种種]子|Pre-?[A-E]?)?(?:轮|輪|融资|融資)")


def participants(state: Any, view: Any, cands: list[Any]) -> None:
    """Investors of a sentence with no company take the round they join (see the module docstring)."""
    last = getattr(state, "zh5_rounds", (-10, {}))
    before = last[1] if view.index - last[0] == 1 else {}
    for c in cands:
        _inner_target(c)
        if c.kind == "investment" and c.view.lang == "zh" and c.rejected is None and c.sources \
                and _JOIN.search(c.trigger.text) and C.described_takers(c):
            c.rejected = "the participants are described (部分老股东), not the party named before"
    gaps = [c for c in cands if _gap(c)]
    here = _round_companies(cands)
    for c in gaps:
        deal, how = _round_for(c, here, before)
        if deal is None or deal.targets[0].entity in {p.entity for p in c.sources}:
            continue
        c.targets = [deal.targets[0]]
        if how == "previous" and c.status == "announced":
            c.status, c.date, c.precision = deal.status, deal.date, deal.precision
        c.note(f"participants join the round of {deal.targets[0].entity} ({how})")
    rounds = _round_companies(cands, unfunded=True)
    if rounds or any(C.check(c) is None for c in cands):
        state.zh5_rounds = (view.index, rounds)


def _gap(c: Any) -> bool:
    """An investment naming its investors, no company, rejected only for that."""
    if c.kind != "investment" or c.targets or not c.sources or c.view.lang != "zh" or c.status == "denied":
        return False  # "A表示不会参与这轮融资": no participation to place
    if c.rejected is not None or not (C.check(c) or "").startswith("no target"):
        return False
    return bool(_JOIN.search(c.trigger.text)) or c.trigger.entry.frame == "investors" or _by_lead(c)


def _by_lead(c: Any) -> bool:
    """"这一轮融资是由A领导的": the investors are the agent of a lead verb."""
    return any(p.slot == "AGENT" for p in c.sources) and bool(_BY.search(c.view.sentence.text))


def _round_companies(cands: list[Any], unfunded: bool = False) -> dict[str, Any]:
    """The investment rounds of a sentence by their company (``unfunded``: also those naming no investor)."""
    out: dict[str, Any] = {}
    for c in cands:
        why = C.check(c)
        ok = why is None or (unfunded and not c.sources and why == "no source party")
        if c.kind == "investment" and len({p.entity for p in c.targets}) == 1 and ok and c.view.lang == "zh":
            out.setdefault(c.targets[0].entity, c)
    return out


def _round_for(c: Any, here: dict[str, Any], before: dict[str, Any]) -> tuple[Any, str]:
    """The one round this candidate joins, and how it was found."""
    inner = _inner_reference(c)
    if inner is not None:
        return _Ref(inner), "its reference"
    if len(here) == 1:
        return next(iter(here.values())), "same sentence"
    text = c.view.sentence.text
    if not here and len(before) == 1 and _ROUND_REF.search(text):
        return next(iter(before.values())), "previous"
    return None, ""


def _inner_target(c: Any) -> None:
    """"参与X的66亿美元融资": the company written inside the trigger, not a guess from context."""
    if c.kind != "investment" or c.view.lang != "zh" or len(c.targets) != 1 or c.targets[0].via != "context":
        return
    t, taken = c.trigger, {p.entity for p in c.sources}
    inner = [p for p in c.view.parties if t.start <= p.start < t.end and p.entity and p.entity not in taken
             and p.type in ("company", None)]
    if len({p.entity for p in inner}) == 1 and _JOIN.match(t.text):
        c.targets = inner[:1]
        c.note(f"target: {inner[0].entity}, named inside '{t.text}' (not the context's)")


def _inner_reference(c: Any) -> Any:
    """A resolved 其 written inside the trigger ("參與其後續融資")."""
    t = c.trigger
    for p in c.view.parties:
        if p.via == "reference" and p.entity and t.start <= p.start < t.end and p.text in ("其", "它"):
            return p
    return None


class _Ref:
    """A stand-in round whose company is a reference's party."""

    def __init__(self, party: Any) -> None:
        self.targets = [party]
        self.status, self.date, self.precision = "announced", None, None


# -- "2023年6月：参与X的融资": a timeline item's dropped subject -------------------------------------

_DATED = re.compile(r"\s*(?:[-•·*]\s*)?(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|初|中|上旬|中旬|下旬)?|\d{4}[./-]\d{1,2})\s*[：:]\s*")
_ACT = re.compile(r"^(?:同月|同年|随后|隨後|此外|并|並|还|還|又|再)?[，,]?\s*(?:参与|參與|领投|領投|跟投|宣布|完成|以|向|对|對|斥资|斥資|收购|收購|"
                  r"投资|投資|认购|認購|入股|出资|出資|牵头|牽頭|追加|买下|買下|购入|購入|采购|採購|与|與)")
_JOINS_ROUND = re.compile(r"(?:参与|參與|领投|領投|跟投|参投|參投|牵头|牽頭)[^，,。；;]{0,30}$")
_ACTOR_FRAMES = ("give", "buy", "pay", "stake", "acquire", "give_money")
_ACT_KINDS = ("investment", "acquisition", "purchase", "stake")


def timeline_subject(state: Any, view: Any, cands: list[Any]) -> None:
    """A dated item naming no actor: the article's main company acts (see the module docstring)."""
    s = view.sentence
    if s.lang not in ("zh", "ja") or not any(c.kind in _ACT_KINDS and c.rejected is None for c in cands):
        return
    body = _item_body(state.text, s)
    if body is None or not _ACT.match(body):
        return
    for c in cands:
        _object_of_takeover(c)
    main = _main_company(state)
    if main is None:
        return
    from dealgraph.extract.rules.view import Party

    for c in cands:
        if c.kind not in _ACT_KINDS or c.sources or not c.targets or c.rejected is not None:
            continue
        if main in {p.entity for p in c.targets} or not _actor_reading(c):
            continue
        if c.trigger.entry.frame not in _ACTOR_FRAMES and c.amount is not None:  # "参与X的13亿美元融资": the round's size
            c = replace(c, amount=None, notes=list(c.notes))
            cands.append(c)
        c.sources = [Party(main, s.start, s.start, "", slot="CONTEXT", via="context")]
        c.note(f"source: {main}, the subject of a dated item (the article's main company)", -0.1)


def _object_of_takeover(c: Any) -> None:
    """"完成对X的收购" read with X as the acquirer: X is what is bought."""
    if c.kind != "acquisition" or c.targets or len(c.sources) != 1:
        return
    s, x = c.view.sentence, c.sources[0]
    lead, tail = s.text[:x.start - s.start], s.text[x.end - s.start:]
    if re.search(r"[对對][^，,。；;]{0,30}$", lead) and re.match(r"的(?:收购|收購|并购|併購)", tail):
        c.targets, c.sources = [x], []
        c.note(f"target: {x.entity}, the object of 对…的收购")


def _item_body(text: str, s: Any) -> str | None:
    """The sentence after its date label, when it is (or continues) a dated line; else None."""
    line_start = text.rfind("\n", 0, s.start) + 1
    label = _DATED.match(text, line_start)
    if label is None:
        return None
    return text[max(label.end(), s.start):s.end]


def _actor_reading(c: Any) -> bool:
    """The trigger makes its dropped subject the investor, buyer or acquirer."""
    if c.trigger.entry.frame in _ACTOR_FRAMES:
        return True
    s = c.view.sentence
    lead = s.text[:c.trigger.start - s.start]
    return c.kind == "investment" and bool(_JOINS_ROUND.search(lead))


def _main_company(state: Any) -> str | None:
    """The most named company (3+ times) that the article's first lines also name."""
    cached = getattr(state, "zh5_main", False)
    if cached is not False:
        return cached
    head_end = _head_end(state.text)
    counts: dict[str, int] = {}
    for m in state.mentions:
        if m.entity and m.type in ("company", None):
            counts[m.entity] = counts.get(m.entity, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best = ranked[0] if ranked else None
    in_head = {m.entity for m in state.mentions if m.start < head_end and m.entity}
    main = None
    if best and best[1] >= 3 and best[0] in in_head and (len(ranked) < 2 or ranked[1][1] < best[1]):
        main = best[0]
    state.zh5_main = main
    return main


def _head_end(text: str) -> int:
    """Where the article's first three non-empty lines end."""
    pos, seen = 0, 0
    while seen < 3 and pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if text[pos:nl].strip():
            seen += 1
        pos = nl + 1
    return min(pos, 400)


# -- "关于投资设立X的公告 … B认缴出资360亿元": the filing's declared object ---------------------------

_DECLARED = re.compile(r"(?:投资标的|投資標的|标的公司|標的公司)(?:名称|名稱)?\s*[：:]\s*|关于(?:对外)?(?:投资|投資|共同投资|参与投资|參與投資)?(?:设立|設立|参股|參股|增资|增資)")
_SUBSCRIBE = re.compile(r"认缴|認繳|出资|出資|持股|增资|增資|入股")


def declared_object(state: Any, view: Any, cands: list[Any]) -> None:
    """Subscribers with no company invest in (and hold) the filing's declared object, which pays no one."""
    mine = [c for c in cands if c.kind in ("investment", "stake") and c.sources and c.rejected is None
            and c.view.lang == "zh" and _SUBSCRIBE.search(c.trigger.text)]
    obj = _declared(state) if mine else None
    if obj is None:
        return
    from dealgraph.extract.rules.view import Party

    for c in mine:
        if [p.entity for p in c.sources] == [obj] and c.targets and all(p.via == "reference" for p in c.targets):
            _object_as_source(c, obj)
        elif obj not in {p.entity for p in c.sources} and all(p.slot == "CONTEXT" for p in c.targets):
            c.targets = [Party(obj, view.sentence.start, view.sentence.start, "", slot="CONTEXT", via="context")]
            c.note(f"target: {obj}, the object this filing declares")


def _object_as_source(c: Any, obj: str) -> None:
    """"X注册资本为…，本行拟出资…，持股比例为6.25%": the issuer holds X, X pays nothing."""
    if c.kind == "stake":
        c.sources, c.targets = c.targets, c.sources
        c.note(f"holder: the issuer; {obj} is the company this filing invests in")
    else:
        c.rejected = f"{obj} is what this filing invests in, not an investor"


def _declared(state: Any) -> str | None:
    """The entity named right after 投资标的名称： or 关于投资设立 (one only), cached per article."""
    cached = getattr(state, "zh5_object", False)
    if cached is not False:
        return cached
    found = set()
    for r in _DECLARED.finditer(state.text):
        m = next((m for m in state.mentions if m.start == r.end() and m.entity), None)
        if m is not None:
            found.add(m.entity)
    state.zh5_object = found.pop() if len(found) == 1 else None
    return state.zh5_object


# -- "X…，并与Y成立合资公司": the continued subject is the other member ------------------------------

_CONTINUE = re.compile(r"(?:^|[，,；;])\s*(?:并|並|且|还|還|同时|同時|另|另外|此外)(?:将|將|已|也|亦|拟|擬|计划|計劃)?\s*(?:与|與|和|同|跟)\s*$")
_JV = re.compile(r"合资|合資|合营|合營")


def venture_subject(view: Any, cands: list[Any]) -> None:
    """An unnamed venture with one partner in a 并-clause: the sentence's subject is the other member."""
    s = view.sentence
    for c in list(cands):
        if c.kind != "joint_venture" or c.targets or len(c.sources) != 1 or s.lang != "zh" or c.rejected is not None:
            continue
        partner = c.sources[0]
        if not _JV.search(c.trigger.text) or c.status == "denied":
            continue
        if not _CONTINUE.search(s.text[:partner.start - s.start]):
            continue
        subj = _first_clause_subject(view, partner)
        if subj is None:
            continue
        c.sources, c.targets = [subj], [partner]
        c.note(f"{subj.entity}, the subject the 并-clause continues, forms the venture with {partner.entity}")
        cands.append(replace(c, notes=list(c.notes), sources=[partner], targets=[subj]))
        return


def _first_clause_subject(view: Any, partner: Any) -> Any:
    """The one company before the partner, opening its clause ("今年5月，鸿海收购了…"), else None."""
    s = view.sentence
    firsts = [p for p in view.parties if p.end <= partner.start and p.entity and p.entity != partner.entity
              and p.type in ("company", "fund", None) and p.slot in ("NONE", "SUBJ")]
    if len({p.entity for p in firsts}) != 1:
        return None
    lead = s.text[:firsts[0].start - s.start]
    return firsts[0] if re.search(r"(?:^|[，,；;])[^，,；;]{0,6}$", lead) else None


# -- "A行政总裁B表示，集团将投入…": the speaker's company acts ----------------------------------------

_SAYS = re.compile(r"[^，,。；;]{0,10}?(?:表示|称|稱|说|說|指出|透露|宣布|宣佈)\s*[，,：:]\s*(?:公司|集团|集團|本公司|本集团|本集團|该公司|該公司)")
_TITLE = re.compile(r"^\s*(?:的)?(?:联合创始人|聯合創始人|创始人|創始人|董事长|董事長|董事会主席|董事會主席|主席|行政总裁|行政總裁|首席执行官|首席執行官|"
                    r"首席财务官|首席財務官|总裁|總裁|CEO|CFO|总经理|總經理)(?:兼[^\s，,]{1,6})?\s*$")


def speaker_company(view: Any, cands: list[Any]) -> None:
    """A person quoted about what 集团/公司 will do is replaced by the company the title ties them to."""
    s = view.sentence
    if s.lang != "zh":
        return
    for c in cands:
        if len(c.sources) != 1 or c.sources[0].type != "person":
            continue
        person = c.sources[0]
        said = _SAYS.match(s.text, person.end - s.start)
        if said is None or s.start + said.end() > c.trigger.start:
            continue
        firm = next((p for p in reversed(view.parties) if p.end <= person.start and p.type in ("company", None)
                     and _TITLE.match(s.text[p.end - s.start:person.start - s.start])), None)
        if firm is None or firm.entity in {p.entity for p in c.targets}:
            continue
        c.sources = [firm]
        c.note(f"source: {firm.entity}, the company its {person.text} speaks for (集团/公司 in the quote)")
