"""Round 9 (zhrecall2): Chinese phrasings that stated a deal the shared rules did not read.

Grants received ("台积电获得商务部66亿美元补助"), investee lists ("其被投企业包括A、B"), funds brought in
("又引入了多只国资基金"), customers and sole suppliers, chips bought ("能买到的英伟达芯片"), a stake cap
("持股被限制在不超过15%") and prior valuations compared with ("低于此前的约350亿美元": never an investment).
"""

from __future__ import annotations

import re

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.lexicon import TriggerEntry, both_scripts
from dealgraph.extract.rules.view import Party, SentenceView, Trigger


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(both_scripts(pattern, "zh"))


_PRIOR = _rx(r"(?:低于|高于|不及|超过|超出|少于|多于|较|相比|相较|比)(?:于)?(?:其|该公司)?(?:此前|之前|先前|早前|上一?轮|去年|年初|前一轮|今年早些时候)[^，,。；]{0,24}$")
_GRANT = _rx(r"补助|补贴|资助|拨款")
_RECEIVE = _rx(r"(?:获得|获|得到|拿到|取得|获批|斩获)了?")
_PORTFOLIO = _rx(r"(?:被投(?:企业|公司|项目)|投资组合|所投(?:企业|公司|项目))(?:中|里|当中)?[，,\s]*(?:则|还|也|更|主要)?(?:包括|包含|涵盖|囊括|有|还有|覆盖|横跨)[了：:\s]*")
_BROUGHT_IN = _rx(r"(?:又|还|先后|陆续|相继|已|也)*(?:引入|引进|获得|迎来)了?[^，,。；]{0,8}?(?:多|数|几|两|三|一)[只隻家个個支][^，,。；]{0,10}?(?:基金|资本|投资方|投资者|战略投资者|股东)")
_CUSTOMER = _rx(r"^的?(?:最大|第一大|头号|最重要|主要)的?客户(?:是|为|乃是)$")
_CUSTOMER_REV = _rx(r"^是(?:其|它)?的?(?:最大|第一大|头号|最重要)的?客户")
_CUSTOMER_WORD = _rx(r"客户")
_SUPPLIER = _rx(r"^(?:同时)?(?:也|还|更|则)?是其[A-Za-z0-9\u4e00-\u9fff]{0,8}?的?(?:唯一|独家|最大|主要|核心)的?(?:供应商|供货商|代工厂)")
_CAN_BUY = _rx(r"^[^，,。；]{0,12}?(?:能|可以|可)?(?:买到|购买|采购|购得|拿到)的$")
_FILL = _rx(r"(?:靠|依靠|依赖|由|用)$")
_FILL_AFTER = _rx(r"^[^，,。；]{0,16}?(?:芯片|GPU|处理器|算力)?[^，,。；]{0,6}?(?:补充|填补|弥补|替代|补足)")
_CAP = _rx(r"(?:持股|股份|股权|持股比例)[^，,。；]{0,6}?(?:被)?(?:限制|限定|上限|封顶)[^，,。；]{0,6}?(?:不超过|不得超过|不高于|以内|以下|之内|为)?")
_COMPUTE_PAID = _rx(r"投资[^。；]{0,20}?以([^，,。；]{1,10}?)(?:算力|云服务|云计算资源|计算资源|云资源|云额度)的?形式(?:支付|提供|兑现|投入)")


def adjust(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """Apply the round-9 Chinese recall rules; returns the candidates (lists may add some)."""
    out = [c for c in cands if c.kind != "cue"]  # cue words (triggers_zh.tsv) only open the sentence
    for c in out:
        if c.kind == "investment":
            _prior_valuation(view, c)
            _grant_received(view, c)
    out.extend(_portfolio(view, out))
    out.extend(_brought_in(view))
    out.extend(_customer(view))
    out.extend(_supplier(view))
    out.extend(_chips_bought(view))
    out.extend(_stake_cap(view, out))
    out.extend(_compute_paid(view))
    return out


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def _new(view: SentenceView, kind: str, frame: str, at: tuple[int, int], sources: list[Party],
         targets: list[Party], status: str = "reported") -> C.Candidate:
    """A candidate for a construction without a deal word of its own (anchored at ``at``)."""
    entry = TriggerEntry("zhrecall2", kind, frame, 0.5)
    t = Trigger(at[0], at[1], _rel(view, *at), entry)
    c = C.Candidate(view, t, kind, sources, targets, start=view.sentence.start, end=view.sentence.end,
                    score=0.5, status=status)
    c.note(f"zhrecall2: {kind} read from {t.text!r}")
    return c


def _abs(view: SentenceView, m: re.Match[str], group: int = 0) -> tuple[int, int]:
    return view.sentence.start + m.start(group), view.sentence.start + m.end(group)


# -- corrections -----------------------------------------------------------------------------

def _prior_valuation(view: SentenceView, c: C.Candidate) -> None:
    """"以300亿美元估值完成融资，低于此前的约350亿美元": the compared amount is an earlier valuation."""
    if c.amount is None or c.rejected is not None:
        return
    if not _PRIOR.search(_rel(view, view.sentence.start, c.amount.start)):
        return
    if re.search(both_scripts("估值|估价|市值", "zh"), view.sentence.text) and c.targets:
        c.kind, c.sources = "valuation", []
        c.trigger = Trigger(c.trigger.start, c.trigger.end, c.trigger.text,
                            TriggerEntry("zhrecall2", "valuation", "value", 0.5))
        c.note("an earlier valuation compared with: the company's valuation, not money invested")
    else:
        c.rejected = "an earlier figure compared with, not money invested"


def _grant_received(view: SentenceView, c: C.Candidate) -> None:
    """"台积电获得美国商务部66亿美元补助", "三星获商务部提供的补贴": the receiver is before 获得."""
    if not _GRANT.search(c.trigger.text) or (c.rejected or "").startswith("amount given"):
        return
    head = _rel(view, view.sentence.start, c.trigger.start)
    got = list(_RECEIVE.finditer(head))
    if not got:
        return
    at = view.sentence.start + got[-1].start()
    takers = [p for p in view.parties if p.end <= at and view.same_clause(p.end, at)]
    givers = [p for p in view.parties if at < p.start < c.trigger.start]
    if not takers or not givers or takers[-1].entity == givers[0].entity:
        return
    c.sources, c.targets, c.rejected = givers[:1], takers[-1:], None
    c.note("grant received: the party before 获得 receives, the one after it gives")


# -- new claims ------------------------------------------------------------------------------

def _portfolio(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """"其被投企业包括A、B和C", "X的投资组合中有A、B": one investment by the owner in each listed company."""
    out: list[C.Candidate] = []
    for m in _PORTFOLIO.finditer(view.sentence.text):
        at = _abs(view, m)
        owner = [p for p in view.parties if p.end <= at[0] and view.same_clause(p.end, at[0])][-1:]
        listed = _list_from(view, at[1])
        if not owner:
            continue
        for p in listed:
            if p.entity != owner[0].entity and not _claimed(cands, owner[0], p):
                out.append(_new(view, "investment", "give", at, owner[:], [p]))
    return out


def _list_from(view: SentenceView, start: int) -> list[Party]:
    """The parties of the list starting at ``start`` (coordinated, same clause)."""
    after = [p for p in view.parties if p.start >= start]
    if not after or not re.fullmatch(r"\s*", _rel(view, start, after[0].start)):
        return []
    out = [after[0]]
    for p in after[1:]:
        if not p.coordinated:
            break
        out.append(p)
    return out


def _claimed(cands: list[C.Candidate], src: Party, tgt: Party) -> bool:
    """An investment from ``src`` into ``tgt`` is already read by the shared rules."""
    return any(c.kind == "investment" and c.rejected is None and {p.entity for p in c.sources} == {src.entity}
               and tgt.entity in {p.entity for p in c.targets} for c in cands)


def _brought_in(view: SentenceView) -> list[C.Candidate]:
    """"X又陆续引入了多只地方国资基金": an investment by unnamed investors in X."""
    out: list[C.Candidate] = []
    for m in _BROUGHT_IN.finditer(view.sentence.text):
        at = _abs(view, m)
        raiser = [p for p in view.parties if p.end <= at[0] and view.same_clause(p.end, at[0])][-1:]
        if raiser and not [p for p in view.parties if at[0] <= p.start < at[1]]:
            out.append(_new(view, "investment", "get", at, [], raiser))
            out[-1].note(C.UNNAMED_INVESTORS)  # round 10 (unblock): kept as investment null -> X
    return out


def _customer(view: SentenceView) -> list[C.Candidate]:
    """"英伟达的最大客户是微软" / "微软是英伟达最大的客户": revenue customer -> seller."""
    if not _CUSTOMER_WORD.search(view.sentence.text):
        return []  # both readings need the word 客户 (cheap test first)
    ps = view.parties
    for a, b in zip(ps, ps[1:]):
        gap = _rel(view, a.end, b.start)
        if _CUSTOMER.match(gap):
            return [_customer_tie(_new(view, "revenue", "revenue", (a.end, b.start), [b], [a]))]
        if _CUSTOMER_REV.match(gap) is None and _rx(r"^是$").match(gap) and \
                _rx(r"^的?(?:最大|第一大|头号|最重要)的?客户").match(_rel(view, b.end, view.sentence.end)):
            return [_customer_tie(_new(view, "revenue", "revenue", (b.end, b.end + 4), [a], [b]))]
    return []


def _customer_tie(c: C.Candidate) -> C.Candidate:
    """Round 10 (unblock): a named customer is reported revenue without a figure (money.amount_optional)."""
    c.note(f"customer relation: {c.sources[0].entity} buys from {c.targets[0].entity}")
    return c


def _supplier(view: SentenceView) -> list[C.Candidate]:
    """"台积电同时也是其GPU的唯一供应商": 其 (the company named before) buys from the supplier."""
    out: list[C.Candidate] = []
    for i, p in enumerate(view.parties):
        m = _SUPPLIER.match(_rel(view, p.end, view.sentence.end))
        if m is None:
            continue
        buyer = [q for q in view.parties[:i] if q.entity != p.entity][-1:]
        if buyer:
            out.append(_new(view, "purchase", "buy", (p.end, p.end + m.end()), buyer, [p]))
    return out


def _chips_bought(view: SentenceView) -> list[C.Candidate]:
    """"字节能买到的英伟达芯片", "缺口靠华为昇腾等国产芯片补充": a purchase from the chip maker."""
    out: list[C.Candidate] = []
    ps = view.parties
    for i, p in enumerate(ps):
        before = _rel(view, ps[i - 1].end if i else view.sentence.start, p.start)
        buyer = ps[i - 1] if i and _CAN_BUY.match(before) else None
        if buyer is None and _FILL.search(before) and _FILL_AFTER.match(_rel(view, p.end, view.sentence.end)):
            buyer = next((q for q in ps if q.via == "reference" or q is not p), None) if len(ps) > 1 else None
        if buyer is not None and buyer.entity != p.entity:
            out.append(_new(view, "purchase", "buy", (p.start, p.end), [buyer], [p]))
    return out


def _stake_cap(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """"它的持股被限制在不超过15%": a stake (holder from the pronoun or the context)."""
    m = _CAP.search(view.sentence.text)
    if m is not None and view.percentages:
        _capped_holder(view, cands, _abs(view, m)[0])
    if m is None or not view.percentages or any(c.kind == "stake" and c.rejected is None for c in cands):
        return []
    at = _abs(view, m)
    holder = [p for p in view.parties if p.end <= at[0]][:1]
    c = _new(view, "stake", "stake", at, holder, [])
    c.pct = min(view.percentages, key=lambda q: abs(q.start - at[1]))
    return [c]


def _capped_holder(view: SentenceView, cands: list[C.Candidate], at: int) -> None:
    """Round 10 (unblock): "它的持股被限制在…15%": the possessor of the capped holding holds it."""
    for c in cands:
        if c.kind == "stake" and c.rejected is None and not c.sources and c.targets and c.targets[0].end <= at:
            c.sources, c.targets = c.targets[:1], c.targets[1:]
            c.note(f"capped holding: {c.sources[0].entity} is the holder")


def _compute_paid(view: SentenceView) -> list[C.Candidate]:
    """"阿里的投资中有相当一部分是以阿里云算力的形式支付的": compute from the investor's cloud."""
    m = _COMPUTE_PAID.search(view.sentence.text)
    if m is None:
        return []
    group = next(i for i in range(1, m.re.groups + 1) if m.group(i) is not None)  # Traditional: the 2nd group
    at = _abs(view, m, group)
    provider = [p for p in view.parties if at[0] <= p.start < at[1]][:1] or \
        [p for p in view.parties if p.end <= at[0]][:1]
    if not provider:
        return []
    c = _new(view, "compute_commitment", "give", at, [], provider)
    c.note("investment paid in compute")  # round 10 (unblock): unblock.previous_party names the investee
    return [c]
