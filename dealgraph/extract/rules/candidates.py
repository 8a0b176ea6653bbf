"""Candidates: one trigger read into parties, numbers, status and date, before validation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from dealgraph.extract.rules import money, nondeal
from dealgraph.extract.rules import compute_deals
from dealgraph.extract.rules import roles as R
from dealgraph.extract.rules.lexicon import providers
from dealgraph.extract.rules.status import date_of, hypothetical, negated, status_of
from dealgraph.extract.rules.view import Party, SentenceView, Trigger
from dealgraph.model import Amount, Percentage

NEED_SOURCE = frozenset({"investment", "stake", "compute_commitment", "purchase", "acquisition", "lawsuit",
                         "joint_venture", "revenue"})
NEED_AMOUNT = frozenset({"compute_commitment", "revenue", "valuation"})
CONTEXT_KINDS = frozenset({"investment", "stake", "compute_commitment"})
# One-party claims (lead's decision): a clear trigger and an amount, the other party unnamed (null).
NO_TARGET_OK = frozenset({"investment", "compute_commitment", "purchase"})  # "Microsoft will invest $3B in Japan"
NO_SOURCE_OK = frozenset({"investment", "loan"})  # "xAI raised $6 billion", "it closed a $2.6 billion term loan"
# round 10 (unblock): a round whose investors are described, not named ("引入了多只国资基金", "複数のファンドから")
UNNAMED_INVESTORS = "unnamed investors described"


@dataclass(slots=True)
class Candidate:
    """A possible claim; ``rejected`` says why it was not kept."""

    view: SentenceView
    trigger: Trigger
    kind: str
    sources: list[Party] = field(default_factory=list)
    targets: list[Party] = field(default_factory=list)
    amount: Amount | None = None
    pct: Percentage | None = None
    status: str = "announced"
    date: str | None = None
    precision: str | None = None
    start: int = 0
    end: int = 0
    score: float = 0.5
    notes: list[str] = field(default_factory=list)
    rejected: str | None = None

    def note(self, text: str, delta: float = 0.0) -> None:
        self.score += delta
        self.notes.append(f"{text} ({delta:+.2f})" if delta else text)


def refine_kind(view: SentenceView, t: Trigger, targets: list[Party]) -> str | None:
    """Decide what a "buy"/"pay" trigger means from the sentence, or None if unclear."""
    kind = t.entry.kind
    product = view.cue("product") is not None
    if kind == "buy":
        if view.cue("shares", t.end, t.end + 60) is not None:
            return "investment"  # "agreed to buy $5 billion of Intel stock": shares, not the company
        if product:
            return "purchase"
        if view.cue("cloud") is not None:
            return "compute_commitment"
        return "acquisition" if targets and targets[0].type in ("company", None) and view.lang == "en" else None
    if kind == "contract":
        return _contract_kind(view)
    if kind in ("pay", "supply"):
        if view.cue("cloud") is not None:
            return "compute_commitment"
        if product:
            return "purchase"
        return "revenue" if t.entry.frame == "payment" else None  # ja: "AはBに年間X支払う" (payer -> earner)
    return kind


def _contract_kind(view: SentenceView) -> str | None:
    """"signed a $14.2 billion contract with Meta": compute when cloud words or a compute seller is named."""
    if view.cue("cloud") is not None:
        return "compute_commitment"
    if view.cue("product") is not None:
        return "purchase"
    if any(t.entry.kind != "contract" for t in view.triggers):
        return None  # another deal word says what the agreement is
    sellers = providers()
    named = any(sellers.get(p.entity) in ("compute", "neocloud") for p in view.parties)
    return "compute_commitment" if named else None


_JOINED = re.compile(r"\s*(?:与|和|同|跟|and|with|と)\s*", re.IGNORECASE)
_SYMMETRIC = re.compile(r"contract|deal|agreement|合同|协议|合约|協議|合約|契約|合意", re.IGNORECASE)
_RANK = {"compute_commitment": {"neocloud": 2, "compute": 1}, "purchase": {"hardware": 1}}


_CJK_SUPPLY = re.compile(r"供給契約|提供契約|供货|供應|供应|供貨")


def _cjk_supply_deal(c: Candidate) -> bool:
    """Round 20: "AはBと供給契約", "A与B签署供货协议": the first-named signer supplies, the other buys."""
    if c.view.lang != "ja" or not _CJK_SUPPLY.search(c.trigger.text) \
            or len(c.sources) != 1 or len(c.targets) != 1 or c.kind != "purchase":
        return False
    first, second = sorted((c.sources[0], c.targets[0]), key=lambda p: p.start)
    sellers = providers()
    if "FROM" in (first.slot, second.slot) or (sellers.get(second.entity) and not sellers.get(first.entity)):
        return False  # "オープンAIはAMDとGPU供給契約": a chip maker named second still sells
    c.sources, c.targets = [second], [first]
    c.note(f"{first.entity} supplies (subject of a supply contract), {second.entity} buys")
    return True


def orient(c: Candidate) -> None:
    """Customer -> provider for symmetric words: "CoreWeave signed a contract with Meta" is Meta's commitment.

    A contract names no direction; the party that sells compute (neoclouds above hyperscalers, which
    also buy from them) or hardware is the provider. Directed words (pay, buy, spend) are left alone.
    """
    rank = _RANK.get(c.kind)
    if any(n.startswith("direction fixed:") for n in c.notes):
        return  # round 21 (purchases4.FIXED): grammar set the direction
    if rank is None or not c.sources or not c.targets or not _SYMMETRIC.search(c.trigger.text):
        return
    if _cjk_supply_deal(c):
        return
    sellers = providers()
    def level(parties: list[Party]) -> int:
        return max(rank.get(sellers.get(p.entity, ""), 0) for p in parties)
    if level(c.sources) > level(c.targets):
        c.sources, c.targets = c.targets, c.sources
        c.note(f"{c.sources[0].entity} is the customer: {c.targets[0].entity} is the provider")


def build(view: SentenceView, t: Trigger, amount: Amount | None, pct: Percentage | None,
          published: str | None) -> Candidate:
    """Read one trigger into a candidate claim (roles, numbers, status, date, confidence)."""
    roles = R.resolve(view, t, t.entry.frame)
    kind = refine_kind(view, t, roles.targets) or t.entry.kind
    c = Candidate(view, t, kind, roles.sources, roles.targets, amount,
                  pct if kind == "stake" or t.entry.frame == "share" else None,
                  start=view.sentence.start, end=view.sentence.end, score=t.entry.strength)
    if t.entry.kind == "contract" and not c.targets and len(c.sources) == 2 and _JOINED.fullmatch(
            view.sentence.text[c.sources[0].end - view.sentence.start:c.sources[1].start - view.sentence.start]):
        c.sources, c.targets = c.sources[:1], c.sources[1:]  # "A与B签订合同": orient() decides who provides
    c.note(f"trigger {t.text!r} -> {kind} (frame {t.entry.frame}, base {t.entry.strength:.2f})")
    c.notes.extend(roles.how)
    if kind in ("buy", "pay", "supply", "contract"):
        c.rejected = f"{t.text!r}: neither goods (chips, GPUs) nor cloud services named"
    if hypothetical(view, t):
        c.rejected = "a proposal, urging or opportunity to deal, not a deal"
    if negated(view, t):
        if view.cue("denied") is None and nondeal.explicit(view, t) is None:
            c.rejected = "negated (not/never/没有/未/ない)"
        c.note("negated and denied", -0.1)
    c.status, why = status_of(view, t, amount, published)
    c.note(f"status {c.status}: {why}", -0.1 if c.status in ("rumored", "proposed") else 0.0)
    nondeal.mark(c)  # "never invested in", 没有投资过, 出資していない: denied
    nondeal.possessed_round(c)  # "pulled out of xAI's funding round"
    nondeal.no_money_between(c)  # "no money changed hands between A and B"
    c.date, c.precision, why = date_of(view, t, published, c.status)
    c.notes.append(f"date {c.date}: {why}")
    _score_parties(c, roles.positional)
    return c


def _score_parties(c: Candidate, positional: bool) -> None:
    if c.amount is not None or c.pct is not None:
        c.note("amount or percentage stated", +0.1)
    if c.sources and c.targets and not positional:
        c.note("both parties marked by the grammar", +0.1)
    if positional:
        c.note("a party chosen by position only", -0.1)
    if any(p.via == "reference" for p in (*c.sources, *c.targets)):
        c.note("a party resolved from a reference (后者/the company)", -0.15)


def missing(c: Candidate) -> str | None:
    """What a candidate still lacks to become a claim, or None."""
    if not c.targets and not c.sources:
        return "no party"
    if not c.targets and not (c.kind in NO_TARGET_OK and c.amount is not None and c.view.cue("assets")):
        return "no target party (null only for spending on own assets: infrastructure, data centres, chips)"
    if c.kind in NEED_SOURCE and not c.sources and not _no_source_ok(c):
        return "no source party"
    if c.kind == "loan" and not c.sources and c.amount is None:
        return "loan with neither lender nor amount"
    if c.kind in NEED_AMOUNT and c.amount is None and not (c.kind == "revenue" and c.pct is not None) \
            and not nondeal.amount_optional(c) and not money.amount_optional(c) and not compute_deals.amount_optional(c) \
            and not (c.kind == "compute_commitment" and "investment paid in compute" in c.notes):  # round 10
        return f"{c.kind} without an amount"
    return None


def sold_on_market(c: Candidate) -> bool:
    """A rule read the candidate as shares sold on the market: the seller is paid, the buyers are unnamed."""
    return any(n.startswith("shares sold") or "shares on the market" in n for n in c.notes)


def _no_source_ok(c: Candidate) -> bool:
    """"xAI raised $6 billion", "it closed a $2.6 billion term loan": the investor/lender is unnamed."""
    if nondeal.sourceless_ok(c):
        return True
    if c.kind == "lawsuit" and any(n.startswith("paid to settle") for n in c.notes) and c.amount is not None:
        return True  # round 14 corporate: "X will pay $1.5 billion to settle a class action" (plaintiffs unnamed)
    if c.kind == "investment" and c.targets and UNNAMED_INVESTORS in c.notes:
        return True  # round 10 (unblock): investment null -> X, investors only described
    if c.kind in ("revenue", "purchase") and any(n.startswith(("unnamed customers:", "orders from unnamed")) for n in c.notes):
        return c.amount is not None or c.pct is not None  # round 17 (revenue_purchase): customers left unnamed
    if c.kind == "purchase" and c.trigger.entry.frame == "sell":  # shares sold on the market: buyers unnamed
        return c.amount is not None or sold_on_market(c)  # round 24 grants7: with or without a price
    if c.amount is None or c.kind not in NO_SOURCE_OK:
        return False
    return c.kind == "loan" or c.trigger.entry.frame == "get"


def check(c: Candidate) -> str | None:
    """Why the candidate is rejected, or None when it becomes claims."""
    if c.rejected:
        return c.rejected
    if (why := missing(c)) is not None:
        return why
    if {p.entity for p in c.sources} & {p.entity for p in c.targets}:
        return "source and target are the same entity"
    if len({p.entity for p in c.sources}) > 1 and len({p.entity for p in c.targets}) > 1 and c.kind != "lawsuit":
        return "several parties on both sides: the amount is a total"  # co-plaintiffs sue co-defendants
    return None


def merge_fragments(cands: list[Candidate]) -> list[Candidate]:
    """Two triggers of one deal: "provide Microsoft with computing capacity worth $10 billion".

    The amount went to the trigger nearest to it, the parties to the other; a candidate that has
    both parties but no amount takes the amount of a same-kind (or rejected buy/pay) fragment.
    """
    for c in cands:
        if c.amount is not None or c.rejected is not None or not c.sources or not c.targets:
            continue
        frag = next((f for f in cands if f is not c and f.amount is not None and _fragment_of(f, c)), None)
        if frag is not None:
            c.amount, frag.amount = frag.amount, None
            c.status = "up_to" if frag.status == "up_to" else c.status
            c.note(f"amount {c.amount.text!r} from trigger {frag.trigger.text!r} of the same deal", +0.05)  # type: ignore[union-attr]
            frag.rejected = frag.rejected or f"amount given to {c.trigger.text!r} (same deal)"
    return cands


def _fragment_of(f: Candidate, c: Candidate) -> bool:
    if c.kind == "joint_venture" and f.kind == "investment" and f.rejected is None:
        return _within_venture(f, c)  # "A、B共同成立X，计划投入5000亿美元": the venture's size
    if f.kind in ("buy", "pay", "supply", "contract") and f.rejected is not None and c.kind in ("stake", "acquisition"):
        return True  # "paid $1.5 billion for a 20% stake"
    return f.kind == c.kind and (not f.sources or not f.targets or _parties(f) == _parties(c))


def venture_spending(view: SentenceView, cands: list[Candidate]) -> None:
    """"A、B、Cの4社が「X」計画を打ち出し、最大5000億ドルを投じる": partners spending on a known venture.

    Several coordinated spenders, no named recipient and a joint venture named in the sentence: the
    members form that venture, and the amount is its size.
    """
    ventures = [p for p in view.parties if p.type == "joint_venture"]
    for c in cands:
        if (c.kind != "investment" or c.rejected is not None or c.targets or len({p.entity for p in c.sources}) < 2
                or not ventures or any(v.entity in {p.entity for p in c.sources} for v in ventures)):
            continue
        c.targets = ventures[:1]
        if view.cue("each") is not None:  # "A and B will each put $19 billion into X": their own money
            c.note(f"each partner invests in the venture {ventures[0].entity}")
            continue
        c.kind = "joint_venture"
        c.note(f"several partners spending on the venture {ventures[0].entity}: joint venture members")


def pair_holders(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"A will own 80% of it and B the remaining 20%": each holder with its own percentage.

    A percentage after the stake's own one, with a party between the two, is that party's holding
    in the same company; that party is then no longer the stake's company.
    """
    out: list[Candidate] = []
    for c in cands:
        if c.kind != "stake" or c.pct is None or c.rejected is not None or not c.sources:
            continue
        prev_end = c.pct.end
        for pct in (p for p in view.percentages if p.start > c.pct.end):
            between = [p for p in view.parties if prev_end <= p.start and p.end <= pct.start
                       and p.entity not in {s.entity for s in c.sources}]
            prev_end = pct.end
            if len(between) != 1 or _own_trigger_pct(view, c, pct) or between[0].slot in ("OF", "IN"):
                continue  # round 14 corporate: "owns 7% of X, and holds a 4% stake in Y" is one holder
            holder = between[0]
            c.targets = [p for p in c.targets if p.entity != holder.entity]
            twin = replace(c, sources=[holder], targets=c.targets, pct=pct, amount=None,
                           notes=[*c.notes, f"holder {holder.entity} with its own percentage {pct.text!r}"])
            out.append(twin)
    for twin in out:  # the company was dropped from the first holder's stake: share what is left
        twin.targets = list(next(c.targets for c in cands if c.trigger is twin.trigger and c.kind == "stake"))
    return out


def _own_trigger_pct(view: SentenceView, c: Candidate, pct: Percentage) -> bool:
    """The percentage belongs to another holding verb ("... and holds a roughly 4% stake")."""
    return any(t is not c.trigger and t.entry.kind == "stake" and t.start <= pct.start <= t.end + 1
               for t in view.triggers)


def stake_value(view: SentenceView, cands: list[Candidate]) -> None:
    """"holds 27% … a position valued at $135 billion": the value belongs to the stake, not a valuation."""
    stakes = [c for c in cands if c.kind == "stake" and c.pct is not None and c.amount is None and c.rejected is None]
    for c in cands:
        if c.kind == "valuation" and c.amount is not None and stakes and _holding_value(c):
            stakes[0].amount = c.amount
            stakes[0].note(f"value of the holding {c.amount.text!r}")
            c.rejected = "the value of the stake, not of a company"


def _holding_value(c: Candidate) -> bool:
    """A stake word just before the value word: "a position valued at", "持ち分の価值", "所持股份价值"."""
    return c.view.cue("holding", c.trigger.start - 40, c.trigger.start) is not None


def values_stake(c: Candidate, prev: Candidate) -> bool:
    """A valuation in the next sentence that values the previous sentence's holding."""
    return (c.kind == "valuation" and c.amount is not None and prev.kind == "stake" and prev.pct is not None
            and prev.amount is None and _holding_value(c))


_TOOK_PART = re.compile(r"took part|take part|takes part|taking part|participat|joined|joins|参与|参投|跟投|加入", re.I)


def participants_round(cands: list[Candidate]) -> None:
    """"Nvidia took part in a $700 million private placement, alongside A and B": Nvidia is an investor.

    The round word would read its subject as the company raising; when that subject is the one
    taking part, the round's amount goes to the participants' candidate (whose company comes from
    the sentence or the context) and the round reading is dropped.
    """
    takers = [c for c in cands if c.kind == "investment" and c.sources and _TOOK_PART.search(c.trigger.text)]
    for c in cands:
        if c.kind != "investment" or c.trigger.entry.frame != "get" or not c.targets or c.rejected is not None:
            continue
        taker = next((t for t in takers if t is not c and c.targets[0].entity in {p.entity for p in t.sources}), None)
        if taker is None or described_takers(taker):
            continue  # round 22 context_zh5: "…，部分老股东参与跟投": the ones taking part are not named
        if taker.amount is None:
            taker.amount = c.amount
            taker.note("the round's amount: the subject took part in it")
        c.rejected = f"{c.targets[0].entity} took part in the round: an investor, not the company raising"


_DESCRIBED_TAKERS = re.compile(r"(?:老股东|老股東|股东|股東|投资方|投資方|投资人|投資人|投资者|投資者|机构|機構)(?:也|亦|均|还|還|则|則)?"
                               r"(?:参与|參與|继续|繼續)?了?$")


def described_takers(t: Candidate) -> bool:
    """"…，部分老股东参与跟投": the trigger's clause opens with described investors, not its named source."""
    s = t.view.sentence
    clause = re.split(r"[，,；;]", s.text[:t.trigger.start - s.start])[-1]
    return s.lang != "en" and bool(_DESCRIBED_TAKERS.search(clause)) and all(p.start < t.trigger.start - len(clause) for p in t.sources)


def _within_venture(f: Candidate, c: Candidate) -> bool:
    """The spending names no party outside the venture and its members."""
    venture = {p.entity for p in (*c.sources, *c.targets)}
    return {p.entity for p in (*f.sources, *f.targets)} <= venture


def _parties(c: Candidate) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(p.entity for p in c.sources), frozenset(p.entity for p in c.targets)


def pair_stakes(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """A stake bought for money is also an investment; an investment that buys a stake prices it.

    "以50亿美元认购英特尔股份" (money, no percentage) is an investment; "paid $14.3 billion for a 49%
    stake" is a stake and an investment; "invest $14.3 billion in exchange for 49%" gives the stake
    its price. A holding "worth $135 billion" is a value, not a payment: it stays a stake.
    """
    invs = [c for c in cands if c.kind == "investment" and c.amount is not None and c.rejected is None]
    out = list(cands)
    for c in cands:
        if c.kind != "stake" or c.rejected is not None or not c.sources:
            continue
        twin = next((i for i in invs if _parties(i) == _parties(c)), None)
        if c.amount is None and twin is not None and c.pct is not None:
            c.amount = twin.amount
            c.note(f"price {twin.amount.text!r} from the investment buying the stake")  # type: ignore[union-attr]
        elif c.amount is None and c.pct is None and twin is not None:
            c.rejected = "shares bought for money: the investment states it"
        elif c.amount is not None and twin is None and view.cue("worth") is None:
            inv = replace(c, kind="investment", pct=None, notes=[*c.notes, "money paid for shares: an investment"],
                          sources=list(c.sources), targets=list(c.targets))
            if c.pct is None:
                c.rejected = "shares bought for money without a percentage: kept as an investment"
            out.append(inv)
    return out


# -- round 5: money flows (debt raised, customers, goods makers) -------------------------------

_EQUITY_AMOUNT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:equity|stock)\b|\s*(?:的|の)?(?:股权|股權|株式|エクイティ)",
                            re.IGNORECASE)
_DEBT_WORD = re.compile(r"bonds?|notes|debt|loans?|社債|債券|债券|发债|發債|借款|贷款|貸款|ローン|借り入れ", re.IGNORECASE)


def debt_raise(view: SentenceView, cands: list[Candidate]) -> None:
    """"通过发行债券募资50亿美元", "社債を発行し、約1000億円を調達した": the money raised is debt.

    A loan word without an amount and a raise (investment, frame get, no investor) in the same
    sentence for the same company: the raise's amount is the loan's; the raise is dropped.
    """
    loans = [c for c in cands if c.kind == "loan" and c.amount is None and not c.sources and c.rejected is None
             and _DEBT_WORD.search(c.trigger.text)]
    for c in cands:
        if not loans or c.kind != "investment" or c.trigger.entry.frame != "get" or c.sources or c.amount is None:
            continue
        loan = loans[0]
        if c.targets and loan.targets and c.targets[0].entity != loan.targets[0].entity:
            continue
        if _EQUITY_AMOUNT.match(view.sentence.text[c.amount.end - view.sentence.start:]):
            continue  # round 18: "a separate $5 billion strategic equity raise" is no debt
        loan.amount, loan.targets = c.amount, loan.targets or c.targets
        loan.note(f"amount {c.amount.text!r} raised through the debt named in the sentence", +0.05)
        c.rejected = f"the money raised is the debt of {loan.trigger.text!r}"


_CUSTOMER = {
    "en": re.compile(r"^(?:'s|’s)\s+(?:single\s+)?(?:largest|biggest|top|main|key|major|second[- ]largest|"
                     r"most important)\s+(?:\w+\s+)?customers?\b", re.IGNORECASE),
    "ja": re.compile(r"^(?:社)?(?:にとって|の)[^。、]{0,6}?(?:最大|主要|大口|筆頭)の?顧客|^(?:社)?にとって"),
    "zh": re.compile(r"^(?:的)?(?:最大|第一大|主要|头号|頭號|第二大)的?(?:客户|客戶|买家|買家)"),
}


def customer_target(view: SentenceView, cands: list[Candidate]) -> None:
    """"Microsoft is Nvidia's largest customer, accounting for 19% of its revenue": revenue Microsoft -> Nvidia.

    The earner is the party whose customer the payer is ("X's largest customer", "Xにとって…最大の
    顧客", "X最大的客户"); the payer is another party named before the revenue words.
    """
    pattern = _CUSTOMER.get(view.lang)
    if pattern is None:
        return
    s = view.sentence
    earner = next((p for p in view.parties if pattern.match(s.text[p.end - s.start:])), None)
    if earner is None:
        return
    for c in cands:
        if c.kind != "revenue" or c.rejected is not None or c.amount is None and c.pct is None:
            continue
        payer = [p for p in view.parties if p.entity != earner.entity and p.end <= c.trigger.start]
        if not payer:
            continue
        c.sources, c.targets = [payer[0]], [earner]
        c.note(f"{payer[0].entity} is a customer of {earner.entity}: payer -> earner")


_MAKER = re.compile(r"^(?:社)?(?:製|制|製造|生产|生產|出品)")


def goods_maker(view: SentenceView, c: Candidate) -> None:
    """"bought Nvidia chips", "采购英伟达芯片", "エヌビディア製GPUを購入": the chips' maker is the seller.

    A purchase with a buyer and no seller takes a party of its own clause that makes hardware
    (``providers.tsv``) or is named as the maker (製/制).
    """
    if c.kind != "purchase" or c.targets or not c.sources or c.rejected is not None:
        return
    s, buyers = view.sentence, {p.entity for p in c.sources}
    makers = [p for p in view.parties if p.entity not in buyers and view.same_clause(p.start, c.trigger.start)
              and (providers().get(p.entity) == "hardware" or _MAKER.match(s.text[p.end - s.start:]))]
    if makers:
        c.targets = makers[:1]
        c.note(f"seller: {makers[0].entity}, the maker of the goods")


def flows(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Round-5 readings of money flows shared by all languages (after the language hooks)."""
    debt_raise(view, cands)
    customer_target(view, cands)
    for c in cands:
        goods_ordered(view, c)
        goods_maker(view, c)
    return cands


def goods_ordered(view: SentenceView, c: Candidate) -> None:
    """"placed an order for $2 billion of Nvidia GPUs ... to add capacity": the goods bought, not cloud.

    A buy/pay word read as compute only because a cloud word stands somewhere in the sentence is a
    purchase when chips or servers follow it closely and no cloud word does.
    """
    if c.kind != "compute_commitment" or c.trigger.entry.kind not in ("buy", "pay") or c.rejected is not None:
        return
    t = c.trigger
    if view.cue("product", t.start, t.end + 60) is not None and view.cue("cloud", t.start, t.end + 60) is None:
        c.kind = "purchase"
        c.note("chips or servers right after the deal word: a purchase of goods")
