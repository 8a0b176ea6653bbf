"""Chinese-specific reading of a sentence, before and after the shared rules.

``prepare(view)`` runs before candidates are built: it drops link lines (相关阅读), parties that only
describe another party (由前谷歌员工创立的X, 背靠腾讯的X, Meta首席执行官扎克伯格), resolves 前者/后者
when the entity module left them open, and fixes role slots the shared markers get wrong (an object
right after the deal word, a round leader "A领投", "投资…在英特尔的股票上").
``adjust(view, cands)`` runs after: negation before a 向/对 phrase, a round led by A (the amount is
the round's, A is named without it), "A与B签订算力合同", "从A购买", a revenue share's percentage.
Patterns live in ``zh_patterns.tsv`` beside this module.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.lexicon import HERE, both_scripts, markers
from dealgraph.extract.rules import zh_recall, zh_recall2, zh_roles
from dealgraph.extract.rules import dev5
from dealgraph.extract.rules import invest_recall
from dealgraph.extract.rules import invest_cjk4, targets_cjk
from dealgraph.extract.rules import zh_recall6
from dealgraph.extract.rules.view import Party, SentenceView

_REF = re.compile(r"前者|后者|後者")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Name -> compiled regex (Simplified and Traditional) from zh_patterns.tsv."""
    out: dict[str, list[str]] = {}
    for line in (HERE / "zh_patterns.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, pattern = line.split("\t", 1)
            out.setdefault(name, []).append(f"(?:{both_scripts(pattern, 'zh')})")
    return {k: re.compile("|".join(v)) for k, v in out.items()}


def _p(name: str) -> re.Pattern[str]:
    return _patterns()[name]


def _rel(view: SentenceView, a: int, b: int) -> str:
    """Sentence text between document offsets ``a`` and ``b``."""
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


# -- before candidates -----------------------------------------------------------------------

def prepare(view: SentenceView) -> None:
    """Read the sentence the Chinese way before the shared rules choose roles."""
    if _p("chrome").match(view.sentence.text.strip()):
        view.triggers.clear()  # "相关阅读：腾讯投资智谱AI" is a link, not the article's claim
        return
    _resolve_former_latter(view)
    zh_roles.prepare(view)  # round 11: "对位于…的B"
    dev5.zh_prepare(view)  # round 22 dev: 对于…的B, "B最大的股东是A" (dev5.py)
    view.parties[:] = [p for i, p in enumerate(view.parties) if not _describes(view, i)]
    for i, p in enumerate(view.parties):
        _fix_slot(view, p, i)
        if i and _p("with_adverb").fullmatch(_rel(view, view.parties[i - 1].end, p.start)):
            p.coordinated, p.slot = False, "WITH"  # "輝達正與OpenAI洽談": a partner, not a second subject
        if i and p.coordinated and _p("topic").search(_rel(view, view.sentence.start, view.parties[i - 1].start)) \
                and _rel(view, view.parties[i - 1].end, p.start).strip() in ("，", ","):
            p.coordinated, p.slot = False, "NONE"  # "对于OpenAI，微软累计投资…": a topic, then the subject
    _leaders_share(view)
    _syndicate(view)
    _listed_after_label(view)
    targets_cjk.prepare(view)  # round 16: conduits (通过旗下基金) are no counterparty
    invest_cjk4.prepare(view)  # round 21: lists continued after 旗下基金、 or "，以及" (invest_cjk4.py)
    dev5.together_with(view)  # round 22 dev: "A联同B及C" share A's slot (dev5.py)


# -- round 6, area "lists" ------------------------------------------------------------------

_SYNDICATE = re.compile(r"由([^。；;]{1,80}?)(?:共同|联合)?(?:牵头|领投|领衔|主导)[，,、]?([^。；;，,]{1,80}?)(?:等)?(?:共同)?(?:参与|跟投|参投|加入)")
_AFTER_LABEL = re.compile(r"\s*(?:为|是|有|包括|包含|涵盖|：|:)?\s*")


def _syndicate(view: SentenceView) -> None:
    """"获得由A牵头、B、C和D参与的80亿元银团贷款", "由A领投、B和C跟投": every listed party puts money in."""
    s0 = view.sentence.start
    for m in _SYNDICATE.finditer(view.sentence.text):
        spans = [(s0 + m.start(1), s0 + m.end(1)), (s0 + m.start(2), s0 + m.end(2))]
        listed = [p for p in view.parties if any(a <= p.start and p.end <= b for a, b in spans)]
        for i, p in enumerate(listed):
            p.slot, p.coordinated = "AGENT", p.coordinated or i > 0  # one list: leaders and participants


def _listed_after_label(view: SentenceView) -> None:
    """"投资方为腾讯和启明创投", "股东包括A、B": the parties after an investor-list word are the list (no 为/向 role)."""
    for t in (t for t in view.triggers if t.entry.frame == "investors"):
        first = next((p for p in view.parties if p.start >= t.end), None)
        if first is None or not _AFTER_LABEL.fullmatch(_rel(view, t.end, first.start)):
            continue
        first.slot = "NONE"
        for p in view.parties[view.parties.index(first) + 1:]:
            if not p.coordinated:
                break
            p.slot = "NONE"


def _describes(view: SentenceView, i: int) -> bool:
    """A party that only describes the next one: 由前谷歌员工创立的X, 背靠腾讯的X, Meta首席执行官扎克伯格."""
    p = view.parties[i]
    nxt = view.parties[i + 1] if i + 1 < len(view.parties) else None
    prev = view.parties[i - 1] if i else None
    if prev is not None and p.type == "person" and _p("title").fullmatch(_rel(view, prev.end, p.start)):
        return True  # the executive speaks for the company named before him
    if nxt is None or nxt.entity == p.entity:
        return False
    gap = _rel(view, p.end, nxt.start)
    if _p("describer").fullmatch(gap) or (gap == "的" and _p("backed_by").search(_rel(view, view.sentence.start, p.start))):
        return True
    return nxt.coordinated and _describes(view, i + 1)  # "由亚马逊和谷歌共同支持的X": both describe X


def _fix_slot(view: SentenceView, p: Party, i: int) -> None:
    after = _rel(view, p.end, min(p.end + 12, view.sentence.end))
    if p.slot in ("POSS", "LOC") and any(0 <= p.start - t.end <= 1 for t in view.triggers):
        p.slot = "NONE"  # "收购Arm的传闻", "入股OpenAI的计划", "正在洽谈收购Ampere": the object
    elif p.slot == "LOC" and p.type in ("company", None) and _p("loc_object").match(after):
        p.slot = "IN"  # "投资50亿美元在英特尔公司的股票上" (machine translation of "invest in")
    if _p("leader").match(after) and p.slot in ("NONE", "SUBJ", "POSS", "LOC"):  # round 16: "在3月获得A领投的"
        p.slot = "AGENT"  # "阿里巴巴领投的8亿美元融资": the round's leader, never the company raising


def _leaders_share(view: SentenceView) -> None:
    """"腾讯和启明创投共同领投": parties coordinated before a leader lead too."""
    parties = view.parties
    for i in range(len(parties) - 1, 0, -1):
        if parties[i].slot == "AGENT" and parties[i].coordinated and parties[i - 1].slot == "NONE":
            parties[i - 1].slot = "AGENT"


def _resolve_former_latter(view: SentenceView) -> None:
    """前者/后者 the entity module left open: the first/last of the last two parties named before."""
    s = view.sentence
    for p in [p for p in view.parties if p.via == "reference" and len(_REF.findall(p.text)) > 1]:
        view.parties.remove(p)  # "前者将向后者" was merged into one party: one reference each
    for m in _REF.finditer(s.text):
        start, end = s.start + m.start(), s.start + m.end()
        named = _pair_before(view, start)
        there = next((p for p in view.parties if p.start <= start < p.end), None)
        if len(named) < 2:
            continue  # the pair was named in an earlier sentence: the entity module's reading stands
        entity = named[-2] if m.group() == "前者" else named[-1]
        if there is not None:
            there.entity = entity  # "A与B签署意向书，前者将向后者投资": the pair of this sentence
            continue
        prev_end = max((p.end for p in view.parties if p.end <= start), default=s.start)
        party = Party(entity, start, end, m.group(), slot=_slot(view, start, end, prev_end), type="company",
                      via="reference")
        view.parties.append(party)
        view.parties.sort(key=lambda p: p.start)


def _pair_before(view: SentenceView, start: int) -> list[str]:
    """Entities 前者/后者 choose from: the last coordinated pair ("谷歌和亚马逊"), else all named before."""
    before = [p for p in view.parties if p.end <= start and p.via != "reference"]
    pairs = [(before[i - 1], before[i]) for i in range(1, len(before)) if before[i].coordinated]
    if pairs and pairs[-1][0].entity != pairs[-1][1].entity:
        return [pairs[-1][0].entity, pairs[-1][1].entity]
    named: list[str] = []
    for p in before:
        if p.entity not in named:
            named.append(p.entity)
    return named


def _slot(view: SentenceView, start: int, end: int, prev_end: int) -> str:
    before = _rel(view, max(prev_end, start - 60), start)
    after = _rel(view, end, min(end + 12, view.sentence.end))
    for mk in markers("zh", "before"):
        if mk.regex.search(before):
            return mk.slot
    for mk in markers("zh", "after"):
        if mk.regex.match(after):
            return mk.slot
    return "NONE"


# -- after candidates ------------------------------------------------------------------------

def adjust(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """Chinese corrections of the shared reading; returns the candidates (rounds may add one)."""
    out = list(cands)
    _value_the_raiser(cands)
    investee = _investee_named(view)
    _amount_back(view, cands)
    for c in cands:
        _periodic_payment(view, c)
    for c in cands:
        if c.rejected is not None:
            continue
        if investee is not None:
            _investors_of(view, c, investee)
        _clause_target(view, c)
        _negated_phrase(view, c)
        _opportunity(view, c)
        _sold_stake(view, c)
        _dropped_subject(view, c)
        _completed_in_clause(view, c)
        _contract_pair(view, c)
        _bought_from(c)
        _order_won(view, c)
        _lender(view, c)
        _revenue_share(view, c)
        round_ = _round_of_leaders(view, c)
        if round_ is not None:
            out.append(round_)
    invest_recall.zh_adjust(view, out)  # round 14: 由A投资的B, 获得A的投资, 其投资者包括A
    zh_roles.adjust(view, out)  # round 11: 后者…向其, uses of proceeds
    dev5.zh_adjust(view, out)  # round 22 dev: "其中A出资X" (dev5.py)
    zh_recall.adjust(view, cands)
    out = zh_recall2.adjust(view, out)  # round 9: investee lists, grants received, customers
    out = invest_cjk4.adjust(view, out)  # round 21: every member of a 由-list invests (invest_cjk4.py)
    out = zh_recall6.adjust(view, out)  # round 23: "A创办B，…融资，投资者包括C" is B's round
    return targets_cjk.adjust(view, out)  # round 16: a round's leader and company, 分别, listed investors


def _investee_named(view: SentenceView) -> Party | None:
    """"谷歌和亚马逊是Anthropic最大的两家投资方": the company whose investors the sentence lists."""
    for p in view.parties:
        if p.via != "reference" and _p("is_of").search(_rel(view, view.sentence.start, p.start)) \
                and _p("investors_of").match(_rel(view, p.end, view.sentence.end)):
            return p
    return None


def _amount_back(view: SentenceView, cands: list[C.Candidate]) -> None:
    """"A和B是C的投资方，前者累计投资30亿美元": the amount belongs to the deal word of its own clause."""
    for c in cands:
        if c.trigger.entry.frame != "investors" or c.amount is None or view.same_clause(c.trigger.end, c.amount.start):
            continue
        frag = next((f for f in cands if f.rejected and f.rejected.startswith("amount given to")
                     and view.same_clause(f.trigger.end, c.amount.start)), None)
        if frag is not None:
            frag.amount, c.amount, frag.rejected = c.amount, None, None
            frag.note("amount back from the investor list: it is stated in this clause")


def _investors_of(view: SentenceView, c: C.Candidate, investee: Party) -> None:
    if c.kind != "investment":
        return
    if any(p.entity == investee.entity for p in c.sources):  # "…是C的投资方，前者累计投资": not C's money
        own = [p for p in view.parties if p.end <= c.trigger.start and p.entity != investee.entity
               and view.same_clause(p.end, c.trigger.start)]
        if not own:
            return
        c.sources = own[-1:]
    if c.trigger.entry.frame == "investors":
        c.sources = [p for p in view.parties if p.end <= investee.start and p.entity != investee.entity]
    elif c.targets or not c.sources:
        return
    c.targets = [investee]
    c.note(f"investee: {investee.entity}, whose investors the sentence names")


def _clause_target(view: SentenceView, c: C.Candidate) -> None:
    """A target marked in another clause gives way to the object right after the deal word in its own."""
    if not c.targets or view.same_clause(c.targets[0].end, c.trigger.start) or c.trigger.entry.frame != "buy":
        return
    obj = [p for p in view.parties if p.start >= c.trigger.end and view.same_clause(c.trigger.end, p.start)
           and p not in c.sources and p.start - c.trigger.end <= 20]
    if obj:
        c.targets = obj[:1]
        c.note(f"target: {obj[0].entity}, the object in the deal's own clause")


def _value_the_raiser(cands: list[C.Candidate]) -> None:
    """"X完成融资，由A领投，B、C跟投，投后估值达33亿美元": the valuation is X's, not the last investor's."""
    rounds = [c for c in cands if c.kind == "investment" and c.rejected is None]
    raiser = next((c.targets[0] for c in rounds if c.targets), None)
    investors = {p.entity for c in rounds for p in c.sources}
    for c in cands:
        if raiser is not None and c.kind == "valuation" and c.rejected is None and c.targets \
                and c.targets[0].entity in investors and c.targets[0].entity != raiser.entity:
            c.targets = [raiser]
            c.note(f"valued company: {c.targets[0].entity}, the one raising (not its investor)")


def _negated_phrase(view: SentenceView, c: C.Candidate) -> None:
    """"英伟达没有向xAI投资": a negation before the 向/对 phrase of the deal word."""
    before = _rel(view, view.sentence.start, c.trigger.start)
    if not _p("negated_phrase").search(before):
        return
    c.status = "denied"  # an explicit non-deal with its counterparty named: kept as denied
    c.note("negated before the 向/对 phrase: denied")


def _opportunity(view: SentenceView, c: C.Candidate) -> None:
    """"这为微软提供了投资OpenAI的机会": the chance to invest is no investment."""
    if _p("opportunity_after").match(_rel(view, c.trigger.end, view.sentence.end)):
        c.rejected = "an opportunity or right to deal, not a deal"


def _sold_stake(view: SentenceView, c: C.Candidate) -> None:
    """"软银已出售所持全部英伟达股份，套现58亿美元": a sale on the market, money to the seller.

    Gold convention: ``purchase`` with the buyers unnamed (null) and the seller as target.
    """
    if c.kind not in ("stake", "investment") or not c.sources:
        return
    if not _p("sold").search(_clause_before(view, c.trigger.start)):
        return
    c.kind, c.targets, c.sources, c.pct = "purchase", c.sources[:1], [], None
    c.trigger = replace(c.trigger, entry=replace(c.trigger.entry, frame="sell"))
    c.note("shares sold: the seller receives the money, the buyers are unnamed")


def _completed_in_clause(view: SentenceView, c: C.Candidate) -> None:
    """"英伟达表示，已完成对xAI的投资": completion stated in the deal's clause beats the speech verb."""
    if c.status in ("reported", "announced") and _p("completed").search(_clause_before(view, c.trigger.start)):
        c.status = "completed"
        c.note("status completed: completion stated in the clause")


def _clause_before(view: SentenceView, end: int) -> str:
    return re.split(r"[，,。；;：]", _rel(view, view.sentence.start, end))[-1]


def _dropped_subject(view: SentenceView, c: C.Candidate) -> None:
    """"高通已接洽英特尔，寻求收购后者": the clause's subject is the sentence's first party, not the object."""
    if c.trigger.entry.frame not in ("give", "buy", "pay", "stake", "get") or c.kind == "revenue":
        return
    if len(c.sources) != 1 or c.sources[0].entity not in {p.entity for p in c.targets}:
        return
    first = next((p for p in view.parties if p.slot in ("NONE", "SUBJ") and p.entity not in
                  {t.entity for t in c.targets} and p.end <= c.trigger.start), None)
    if first is not None:
        c.sources = [first]
        c.note(f"source: the sentence's subject {first.entity} (the clause drops it)")


def _contract_pair(view: SentenceView, c: C.Candidate) -> None:
    """"OpenAI与CoreWeave签订了算力合同": one party is the customer, the other the provider."""
    if c.kind not in ("compute_commitment", "purchase") or c.targets or len(c.sources) != 2:
        return
    a, b = c.sources
    if _p("joined").fullmatch(_rel(view, a.end, b.start)):
        c.sources, c.targets = [a], [b]
        c.note("the two contracting parties: the seller is the provider")
        C.orient(c)


def _bought_from(c: C.Candidate) -> None:
    """"腾讯从英伟达购买芯片": the party after 从 is the seller."""
    if c.kind not in ("purchase", "compute_commitment") or c.targets:
        return
    seller = [p for p in c.view.parties if p.slot == "FROM" and p not in c.sources]
    if seller and c.sources:
        c.targets = seller[:1]
        c.note(f"seller: {seller[0].entity} (从/自)")


def _revenue_share(view: SentenceView, c: C.Candidate) -> None:
    """"OpenAI每年向微软支付约20%的收入分成": a share of revenue is stated as a percentage."""
    if c.kind == "revenue" and c.amount is None and c.pct is None and view.percentages:
        c.pct = min(view.percentages, key=lambda p: abs(p.start - c.trigger.start))


def _round_of_leaders(view: SentenceView, c: C.Candidate) -> C.Candidate | None:
    """"X完成10亿美元融资，由A领投": the amount is the round's (null investor); A is named without it."""
    if c.kind not in ("investment", "loan") or c.amount is None:
        return None
    if not c.sources or not c.targets or not all(p.slot == "AGENT" and _led(view, p) for p in c.sources):
        return None
    if c.kind == "investment" and len(c.sources) > 1:
        return None  # the shared rules already state the round for several investors
    entry = replace(c.trigger.entry, frame="get")  # the round is raised: its investor is unnamed
    round_ = replace(c, sources=[], trigger=replace(c.trigger, entry=entry),
                     notes=[*c.notes, "the round: its size, led by the named investors"])
    c.amount = None
    c.note("amount given to the round: the named party leads it")
    return round_


def _led(view: SentenceView, p: Party) -> bool:
    """The party leads the round: "由A领投", "A牵头的", "A、B共同领投"."""
    rest = _rel(view, p.end, view.sentence.end)
    return bool(_p("leader").match(re.sub(r"^(?:[、和与及]\s*[^，。；、和与及]{1,12}?)*(?=等|共同|联合|领|牵|主)", "", rest)))


# -- round 5: money flows --------------------------------------------------------------------

def _order_won(view: SentenceView, c: C.Candidate) -> None:
    """"浪潮信息获得阿里巴巴价值30亿元的服务器订单": the subject sells; the party inside buys."""
    if c.kind not in ("purchase", "compute_commitment") or c.sources or c.trigger.entry.frame != "get":
        return
    inside = [p for p in view.parties if c.trigger.start <= p.start and p.end <= c.trigger.end
              and p.entity not in {t.entity for t in c.targets}]
    if inside and c.targets:
        c.sources = inside[:1]
        c.note(f"order from {inside[0].entity}: the buyer; the subject sells")


def _periodic_payment(view: SentenceView, c: C.Candidate) -> None:
    """"谷歌每年向苹果支付约200亿美元", "向微软支付其收入的20%作为分成": revenue payer -> earner."""
    if c.kind != "pay" or not c.sources or not c.targets or not _p("periodic").search(view.sentence.text):
        return
    c.kind, c.rejected = "revenue", None
    c.note("a recurring payment or revenue share: revenue payer -> earner")


def _lender(view: SentenceView, c: C.Candidate) -> None:
    """"B向A借款", "B获得A的授信额度": A lends (the 向 party, or the party B receives from)."""
    if c.kind != "loan" or c.sources or c.trigger.entry.frame != "get":
        return
    before = [p for p in view.parties if p.end <= c.trigger.start and view.same_clause(p.end, c.trigger.start)]
    lender = [p for p in before if p.slot == "TO"]
    if not lender and len(before) >= 2 and _p("received_from").fullmatch(_rel(view, before[-2].end, before[-1].start)):
        lender, c.targets = before[-1:], before[-2:-1]
    if lender and lender[0].entity not in {t.entity for t in c.targets}:
        c.sources = lender[:1]
        c.note(f"lender: {lender[0].entity} (向/获得…的)")
