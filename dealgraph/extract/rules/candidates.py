"""Candidates: one trigger read into parties, numbers, status and date, before validation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

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
        return "purchase" if product else None
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
_SYMMETRIC = re.compile(r"contract|deal|agreement|合同|协议|合约|契約|合意", re.IGNORECASE)
_RANK = {"compute_commitment": {"neocloud": 2, "compute": 1}, "purchase": {"hardware": 1}}


def orient(c: Candidate) -> None:
    """Customer -> provider for symmetric words: "CoreWeave signed a contract with Meta" is Meta's commitment.

    A contract names no direction; the party that sells compute (neoclouds above hyperscalers, which
    also buy from them) or hardware is the provider. Directed words (pay, buy, spend) are left alone.
    """
    rank = _RANK.get(c.kind)
    if rank is None or not c.sources or not c.targets or not _SYMMETRIC.search(c.trigger.text):
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
    c = Candidate(view, t, kind, roles.sources, roles.targets, amount, pct if kind == "stake" else None,
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
        if view.cue("denied") is None:
            c.rejected = "negated (not/never/没有/未/ない)"
        c.note("negated and denied", -0.1)
    c.status, why = status_of(view, t, amount)
    c.note(f"status {c.status}: {why}", -0.1 if c.status in ("rumored", "proposed") else 0.0)
    c.date, c.precision, why = date_of(view, t, published)
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
    if c.kind in NEED_AMOUNT and c.amount is None:
        return f"{c.kind} without an amount"
    return None


def _no_source_ok(c: Candidate) -> bool:
    """"xAI raised $6 billion", "it closed a $2.6 billion term loan": the investor/lender is unnamed."""
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
    if len({p.entity for p in c.sources}) > 1 and len({p.entity for p in c.targets}) > 1:
        return "several parties on both sides: the amount is a total"
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
            c.note(f"amount {c.amount.text!r} from trigger {frag.trigger.text!r} of the same deal", +0.05)  # type: ignore[union-attr]
            frag.rejected = frag.rejected or f"amount given to {c.trigger.text!r} (same deal)"
    return cands


def _fragment_of(f: Candidate, c: Candidate) -> bool:
    if f.kind in ("buy", "pay", "supply", "contract") and f.rejected is not None and c.kind in ("stake", "acquisition"):
        return True  # "paid $1.5 billion for a 20% stake"
    return f.kind == c.kind and (not f.sources or not f.targets or _parties(f) == _parties(c))


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
