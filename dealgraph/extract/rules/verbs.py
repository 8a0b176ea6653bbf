"""Round 6, area "verbs": money idioms and standing relations the shared frames read wrongly.

Called by the extractor after the language hooks (``adjust(view, cands)``), for every language:

- verbs that only mean money with an amount before them ("the $13 billion it has committed to
  OpenAI", "Google's $2 billion bet on Anthropic": frame ``give_money``);
- "Y counts X among its shareholders": X holds, Y is held (frame ``counts``);
- "Y's cluster runs on 200,000 Nvidia GPUs": a purchase only when the chips' maker is named;
- "committed $300 billion to Oracle for cloud computing": a compute commitment, not an investment.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.candidates import Candidate, check
from dealgraph.extract.rules import invest_recall
from dealgraph.extract.rules.lexicon import providers
from dealgraph.extract.rules.view import SentenceView

_GAP = {
    "verb": re.compile(r"^\s*(?:(?:that|which)\s+)?(?:[\w.&'’-]+\s+){0,3}?(?:(?:has|have|had)\s+)?"
                       r"(?:(?:so far|already|since|also|now|collectively|together)\s+)?$", re.IGNORECASE),
    "bet": re.compile(r"^[\s-]*$"),
    "ja": re.compile(r"^(?:程度|ほど|規模|前後|超|強|余り)?$"),
}
_AMONG = re.compile(r"\bamong (?:its|their|the company's|the startup's|the lab's) (?:[\w-]+ )?"
                    r"(?P<who>shareholders|investors|backers|owners)\b", re.IGNORECASE)


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Round-6 readings of money verbs and memberships (all languages; each function checks its own)."""
    if view.lang == "en":
        for c in cands:
            _holder_subject(view, c, cands)
            _money_before_verb(view, c)
            _commitment_to_provider(view, c)
        _counts_among(view, cands)
    else:
        _spend_yields(cands)
        for c in cands:
            _company_inside(view, c)
        _after_membership(view, cands)
        _ja_investors_to(view, cands)
        _topic_first(view, cands)
        _round_named(view, cands)
        _paid_in_form(cands)
    for c in cands:
        _company_inside(view, c)
        _supplier(view, c)
        _uses_chips(view, c)
        _standing(c)
    return cands


_HOLDER = re.compile(r"^(?:investors?|shareholders?|stakeholders?|backers?|owners?)\b|\b(?:investors?|shareholders?|backers?)"
                     r"(?: in| of)?$", re.IGNORECASE)
_COPULA = re.compile(r"^(?:\s*,\s*(?:which|who|that)\b[^,]{0,120},)?\s+(?:is|are|was|were|has been|have been|had been|"
                     r"remains?|remained|became|becomes|is still|is also|was also|has long been|has also been)\s+"
                     r"(?:(?:also|now|still|already|long)\s+)?(?:an?|the|one of(?: the)?|among(?: the)?|its|their)\s+"
                     r"(?P<poss>[\w.&-]+(?:\s[\w.&-]+){0,2}(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


def _holder_subject(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"Google is one of Anthropic's largest shareholders", "Microsoft, which ..., is a shareholder of it":
    the subject of the copula holds (or invested); a possessor right before the noun is the company."""
    if c.kind not in ("stake", "investment") or not _HOLDER.search(c.trigger.text) or c.trigger.entry.frame != "stake" \
            and not c.trigger.text.lower().startswith(("investor", "shareholder", "backer", "largest", "biggest", "early",
                                                       "strategic", "main", "lead", "stakeholder")):
        return
    s, t = view.sentence, c.trigger
    for p in sorted((p for p in view.parties if p.end <= t.start), key=lambda p: -p.end):
        m = _COPULA.match(s.text[p.end - s.start:t.start - s.start])
        if m is None:
            continue
        owner = [q for q in view.parties if m.group("poss") and q.start >= p.end + m.start("poss") - 1
                 and q.end <= t.start and q.entity != p.entity]
        c.sources = [p]
        if owner:
            c.targets = owner[:1]
        c.targets = [q for q in c.targets if q.entity != p.entity]
        if c.rejected and c.rejected.startswith(("source and target are the same", "shares bought for money")) and not any(
                o is not c and o.kind == "investment" and o.rejected is None and _same_parties(o, c) for o in cands):
            c.rejected = None
        c.note(f"{p.entity} is the subject of the copula: the holder")
        return


def _same_parties(a: Candidate, b: Candidate) -> bool:
    return ({p.entity for p in a.sources}, {p.entity for p in a.targets}) == (
        {p.entity for p in b.sources}, {p.entity for p in b.targets})


_STANDING = re.compile(r"^(?:count|has backed|have backed|had backed|has long backed|have long backed|"
                       r".*(?:supplier|vendor)s?$|.*(?:供应商|供货商|供應商|供貨商|サプライヤー|供給元)$|"
                       r"(?!.*(?:加入|成为|成了|成為)).*(?:股东|股東|株主)(?:之一|の一つ|の一角)?$)", re.IGNORECASE)


def _standing(c: Candidate) -> None:
    """Memberships and supply ties without money are standing facts: "has backed Anthropic since 2023",
    "counts X among its shareholders", "is the sole supplier of" (status reported, gold convention)."""
    if c.amount is None and c.status in ("announced", "completed") and _STANDING.match(c.trigger.text):
        c.note(f"a standing relation, not an event: reported (was {c.status})")
        c.status = "reported"


def _money_before_verb(view: SentenceView, c: Candidate) -> None:
    """"the $13 billion it has committed to OpenAI": the verb means money only after an amount."""
    if c.trigger.entry.frame != "give_money" or c.rejected is not None:
        return
    a, t, s = c.amount, c.trigger, view.sentence
    gap = _GAP["ja" if view.lang == "ja" else "bet" if t.text.lower().startswith(("bet", "wager")) else "verb"]
    if a is None or a.end > t.start or not gap.match(s.text[a.end - s.start:t.start - s.start]):
        c.rejected = f"{t.text!r} means money only right after an amount"


def _uses_chips(view: SentenceView, c: Candidate) -> None:
    """"xAI's cluster runs on 200,000 Nvidia GPUs", "采用了英伟达GPU", "エヌビディア製GPUを採用": bought from the maker."""
    if c.trigger.entry.frame != "uses" or c.rejected is not None:
        return
    made = view.sentence.text
    makers = [p for p in view.parties if p not in c.sources and (p.start >= c.trigger.end or view.lang != "en")
              and (providers().get(p.entity) == "hardware" or _MADE_BY.match(made[p.end - view.sentence.start:]))]
    if makers and c.kind == "purchase":
        c.targets = makers[:1]
    if c.kind != "purchase" or not c.targets or providers().get(c.targets[0].entity) != "hardware":
        c.rejected = "runs on chips whose maker is not named"
        return
    c.amount = None  # the number is a count of chips, never money
    c.status = "reported" if c.status in ("announced", "completed") else c.status
    c.note("chips it runs on: bought from their maker (a standing fact)")


def _commitment_to_provider(view: SentenceView, c: Candidate) -> None:
    """"OpenAI committed $300 billion to Oracle for cloud computing": money for compute, not equity."""
    if c.kind != "investment" or not c.targets or view.cue("cloud", c.trigger.start) is None:
        return
    if not c.trigger.text.lower().startswith(("commit", "pledg")):
        return
    if providers().get(c.targets[0].entity) in ("compute", "neocloud"):
        c.kind = "compute_commitment"
        c.note(f"committed to {c.targets[0].entity} for cloud: a compute commitment")


def _counts_among(view: SentenceView, cands: list[Candidate]) -> None:
    """"Anthropic counts Google and Salesforce among its shareholders": the named ones hold or invested."""
    s = view.sentence
    for c in cands:
        if c.trigger.entry.frame != "counts" or c.rejected is not None:
            continue
        m = _AMONG.search(s.text, c.trigger.end - s.start)
        company = [p for p in view.parties if p.end <= c.trigger.start and view.same_clause(p.end, c.trigger.start)]
        company = company or invest_recall.relative_head(view, c.trigger.start)  # round 14: "X, …, and which counts"
        members = [p for p in view.parties if c.trigger.end <= p.start and p.end <= s.start + (m.start() if m else 0)]
        if m is None or not company or not members:
            c.rejected = "counts ... among: the company or its members are not named"
            continue
        c.sources, c.targets = members, company[-1:]
        c.kind = "stake" if m.group("who").lower() in ("shareholders", "owners") else "investment"
        c.note(f"{company[-1].entity} counts {len(members)} among its {m.group('who')}")
        for o in cands:  # "shareholders" inside "among its shareholders" names no deal of its own
            if o is not c and c.trigger.start <= o.trigger.start < s.start + m.end():
                o.rejected = o.rejected or "part of 'counts ... among its shareholders'"


def raising_topics(cands: list[Candidate]) -> list[str]:
    """"xAI is raising fresh money. Nvidia chipped in $500 million": the company raising is the topic.

    A raise without investor or amount is no claim, but the next sentences' investors join it.
    """
    return [p.entity for c in cands if c.kind == "investment" and c.trigger.entry.frame == "get"
            and c.rejected is None and _lacks_investor(c) for p in c.targets[:1]]


def _lacks_investor(c: Candidate) -> bool:
    return check(c) == "no source party"


_TOPIC = re.compile(r"^\s*(?:在|至于|至於)?$")
_TOPIC_AFTER = re.compile(r"^(?:方面|这边|這邊|那边|那邊|については|では|の方は)\s*[，,、]")
_ROUND_AFTER = re.compile(r"^(?:的|の)?[^，,。；、]{0,8}?(?:融资|融資|轮|輪|ラウンド)(?:中|里|裡|当中|當中|で)?")
_MEMBER_WORD = re.compile(r"股东|股東|株主")
_MADE_BY = re.compile(r"^(?:社)?(?:製|制|製造)")


def _topic_first(view: SentenceView, cands: list[Candidate]) -> None:
    """"智谱AI方面，珠海华发豪掷5亿元…": the topic opening the sentence receives the money."""
    s = view.sentence
    topic = next((p for p in view.parties if _TOPIC.match(s.text[:p.start - s.start])
                  and _TOPIC_AFTER.match(s.text[p.end - s.start:])), None)
    if topic is None:
        return
    for c in cands:
        if c.kind == "investment" and c.sources and not c.targets and topic not in c.sources:
            c.targets = [topic]
            c.note(f"target: {topic.entity}, the topic opening the sentence")


def _round_named(view: SentenceView, cands: list[Candidate]) -> None:
    """"英伟达也在xAI最新一轮融资中出资约20亿美元": the company whose round it is receives the money."""
    s = view.sentence
    company = next((p for p in view.parties if p.slot == "LOC" and _ROUND_AFTER.match(s.text[p.end - s.start:])), None)
    if company is None:
        return
    for c in cands:
        if c.kind == "investment" and c.trigger.entry.frame != "get" and c.sources and not c.targets \
                and company not in c.sources:
            c.targets = [company]
            c.note(f"target: {company.entity}, whose round it is")
            for o in cands:  # the round word read the investor as the company raising
                if o is not c and o.trigger.entry.frame == "get" and {p.entity for p in o.targets} <= {
                        p.entity for p in c.sources}:
                    o.rejected = o.rejected or f"{c.sources[0].entity} invests in {company.entity}'s round"


def _paid_in_form(cands: list[Candidate]) -> None:
    """"软银以现金的形式支付了100亿美元，投资OpenAI": the payment's amount is the investment's."""
    for c in cands:
        if c.kind != "investment" or c.amount is not None or not c.sources or not c.targets or c.rejected:
            continue
        pay = next((p for p in cands if p.trigger.entry.kind == "pay" and p.amount is not None and p.rejected
                    and {q.entity for q in p.sources} <= {q.entity for q in c.sources}), None)
        if pay is not None:
            c.amount, pay.amount = pay.amount, None
            c.note(f"amount {c.amount.text!r} paid for the investment")


def _company_inside(view: SentenceView, c: Candidate) -> None:
    """"微软是OpenAI最大的股东之一": the company is named inside the membership words."""
    if c.targets or not c.sources or c.kind not in ("stake", "investment") or not _MEMBER_WORD.search(c.trigger.text):
        return
    inside = [p for p in view.parties if c.trigger.start <= p.start and p.end <= c.trigger.end and p not in c.sources]
    if inside:
        c.targets = inside[:1]
        c.note(f"company: {inside[0].entity}, named inside {c.trigger.text!r}")


def _after_membership(view: SentenceView, cands: list[Candidate]) -> None:
    """"微软是OpenAI最大的股东之一，自2019年以来累计投入约130亿美元": the holder keeps paying the same company.

    A money clause with no subject of its own, after a membership ("X是Y的股东", "XはYの株主") in the
    same sentence, is the holder's money for that company.
    """
    members = [m for m in cands if m.kind == "stake" and _MEMBER_WORD.search(m.trigger.text) and m.sources and m.targets
               and m.rejected is None]
    for c in cands:
        m = next((m for m in members if m.trigger.end <= c.trigger.start), None)
        if m is None or c.kind != "investment" or c.trigger.entry.frame == "get" or c.amount is None:
            continue
        own = [p for p in view.parties if m.trigger.end <= p.start < c.trigger.start and p.slot != "LOC"]
        if own:
            continue  # the money clause names its own party
        c.sources, c.targets = list(m.sources), list(m.targets)
        c.rejected = None if c.rejected and c.rejected.startswith("no ") else c.rejected
        c.note(f"the holder {m.sources[0].entity} pays {m.targets[0].entity} (membership clause before)")


def _ja_investors_to(view: SentenceView, cands: list[Candidate]) -> None:
    """"xAIにはAMDも出資している": the party marked with に(は) before the investors is the company."""
    if view.lang != "ja":
        return
    for c in cands:
        if c.kind != "investment" or c.targets or not c.sources:
            continue
        to = [p for p in view.parties if p.slot == "TO" and p.end <= c.trigger.start and p not in c.sources]
        if to:
            c.targets = to[-1:]
            c.note(f"company: {to[-1].entity} (に before the investors)")


def _supplier(view: SentenceView, c: Candidate) -> None:
    """"SK海力士是英伟达HBM的主要供应商", "SKハイニックスはエヌビディアにとって主要サプライヤーだ": buyer -> seller.

    The seller opens the clause (the subject); the buyer is the next party before the supplier word.
    """
    if c.trigger.entry.frame != "supplier":
        return
    before = [p for p in view.parties if p.start < c.trigger.end and view.same_clause(p.start, c.trigger.start)]
    seller = before[0] if before else None
    buyer = next((p for p in before if seller is not None and p.entity != seller.entity), None)
    if seller is None or buyer is None:
        c.rejected = c.rejected or "supplier: the seller or the buyer is not named"
        return
    c.sources, c.targets = [buyer], [seller]
    c.note(f"{seller.entity} supplies {buyer.entity}: buyer -> seller")


def _spend_yields(cands: list[Candidate]) -> None:
    """"斥资5亿美元收购…", "豪掷5亿元押注…": a spending word gives its money to the deal word after it.

    Alone ("杭州城投也砸下3亿元") it is an investment; before another deal word it only says how much.
    """
    for c in cands:
        if c.trigger.entry.frame != "give_spend" or c.rejected is not None:
            continue
        deal = next((o for o in cands if o is not c and o.trigger.start >= c.trigger.end), None)
        if deal is None:
            continue
        if deal.amount is None and c.amount is not None:
            deal.amount = c.amount
            deal.rejected = None if deal.rejected and deal.rejected.startswith("amount given") else deal.rejected
            deal.note(f"amount {c.amount.text!r} spent on it ({c.trigger.text!r})")
        c.rejected = f"{c.trigger.text!r} says what {deal.trigger.text!r} cost"
