"""Round 16, area "targets_en" (second part): which side a deal's preposition names, and several deals in
one sentence (called from ``targets_en.adjust``).

- Sellers and providers named by a preposition: "buy the GPUs from Dell", "a $9.7 billion deal with IREN
  for access to Nvidia capacity", "rent Nvidia servers to OpenAI".
- Several deals in one sentence: "respectively", a gapped second deal ("and Google $2 billion in the same
  startup"), a takeover's price ("an all-stock deal that valued X at $33 billion"), an amount kept out of an
  ", after ..." phrase or a passing "-backed" mention, the investors of a round whose size the round states,
  a restating "the investment" read backwards, and share prices.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.lexicon import providers
from dealgraph.extract.rules.view import SentenceView

_GIVE_KINDS = ("investment", "stake", "acquisition", "compute_commitment", "purchase", "lawsuit")


def _rel(view: SentenceView, a: int, b: int) -> str:
    s0 = view.sentence.start
    return view.sentence.text[max(a - s0, 0):max(b - s0, 0)]


# -- sellers and providers named by a preposition ----------------------------------------------

_FROM_GAP = re.compile(r"^\s+(?:[^\s,;()]+\s+){0,8}?from\s+(?:the\s+)?$", re.IGNORECASE)
_WITH_GAP = re.compile(r"^\s+(?:(?:worth|valued at|of)\s+[^,;()]{1,30}?\s+)?with\s+(?:the\s+)?$", re.IGNORECASE)
_TO_GAP = re.compile(r"^\s+(?:[^\s,;()]+\s+){0,5}?to\s+(?:the\s+)?$", re.IGNORECASE)
_SYMMETRIC = re.compile(r"(?:deal|contract|agreement|pact)s?$", re.IGNORECASE)


def bought_from(view: SentenceView, c: Candidate) -> None:
    """"IREN will buy the GPUs from Dell": the seller follows *from*, not a chip maker named before."""
    if c.kind != "purchase" or c.rejected is not None or not c.sources:
        return
    seller = next((p for p in view.parties if p.start >= c.trigger.end and view.same_clause(c.trigger.end, p.start)
                   and _FROM_GAP.match(_rel(view, c.trigger.end, p.start))
                   and p.entity not in {q.entity for q in c.sources}), None)
    if seller is None or [p.entity for p in c.targets] == [seller.entity]:
        return
    c.targets = [seller]
    c.note(f"seller: {seller.entity}, bought from")


def deal_with(view: SentenceView, c: Candidate) -> None:
    """"Microsoft signed a $9.7 billion deal with IREN for access to Nvidia capacity": IREN is the other side."""
    if c.kind not in ("compute_commitment", "purchase") or c.rejected is not None or not _SYMMETRIC.search(c.trigger.text):
        return
    other = next((p for p in view.parties if p.start >= c.trigger.end and p.slot == "WITH"
                  and _WITH_GAP.match(_rel(view, c.trigger.end, p.start))), None)
    if other is None:
        return
    sides = [p for p in (*c.sources, *c.targets) if p.end <= c.trigger.start and p.entity != other.entity]
    near = [p for p in sides if view.same_clause(p.end, c.trigger.start)] or sides
    if not near or other.entity in {p.entity for p in (*c.sources, *c.targets)} and len(sides) == 1:
        return
    subject = max(near, key=lambda p: p.end)
    c.sources, c.targets = [subject], [other]  # orient() then picks who provides
    c.note(f"counterparty: {other.entity}, the deal is with it")


_RENT = re.compile(r"^(?:rent|leas)", re.IGNORECASE)


def rent_out(view: SentenceView, c: Candidate) -> None:
    """"AWS signed an agreement to rent Nvidia servers to OpenAI": the party after "... to" is the one
    renting (compute_deals reads it as the customer), never the maker of the servers before it."""
    if not _RENT.match(c.trigger.text) or c.kind != "compute_commitment" or c.rejected is not None:
        return
    customer = next((p for p in view.parties if p.start >= c.trigger.end and p.slot == "TO"
                     and view.same_clause(c.trigger.end, p.start) and _TO_GAP.match(_rel(view, c.trigger.end, p.start))), None)
    if customer is None or [p.entity for p in c.targets] == [customer.entity]:
        return
    c.targets = [customer]
    c.sources = [p for p in c.sources if p.entity != customer.entity and providers().get(p.entity) != "hardware"]
    c.note(f"rented out to {customer.entity}, named after 'to'")


# -- several deals in one sentence -------------------------------------------------------------

def gapped_coordinated(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"Amazon invested $4 billion in Anthropic and Google $2 billion in the same startup": a name followed
    by its own amount opens a second deal with the verb left out; it is no co-target."""
    out = list(cands)
    for c in cands:
        if c.kind != "investment" or c.rejected is not None or len(c.targets) < 2 or c.amount is None:
            continue
        for p in c.targets[1:]:
            a = next((a for a in view.amounts if a.start >= p.end and re.fullmatch(
                r"\s+(?:(?:another|a further|about|roughly|nearly|some|up to)\s+)*", _rel(view, p.end, a.start))), None)
            if a is None or a is c.amount:
                continue
            c.targets = [q for q in c.targets if q is not p]
            out.append(replace(c, sources=[p], targets=c.targets[:1], amount=a,
                               notes=[*c.notes, f"gapped deal: {p.entity} {a.text!r}, same company"]))
    return out


_TAKEOVER_VALUE = re.compile(r"\b(?:deal|transaction|takeover|acquisition|purchase|merger|buyout)\s*,?\s*(?:that|which)\s+"
                             r"(?:\w+\s+)?$", re.IGNORECASE)


def takeover_price(view: SentenceView, cands: list[Candidate]) -> None:
    """"acquired X in an all-stock deal that valued the social network at $33 billion": the price of the
    takeover is the acquisition's amount, not a valuation."""
    for v in cands:
        if v.kind != "valuation" or v.rejected is not None or v.amount is None or not v.targets \
                or not _TAKEOVER_VALUE.search(_rel(view, view.sentence.start, v.trigger.start)):
            continue
        deal = next((c for c in cands if c.kind == "acquisition" and c.rejected is None and c.amount is None and c.sources
                     and [p.entity for p in c.targets] == [v.targets[0].entity]
                     and v.targets[0].entity not in {p.entity for p in c.sources}), None)
        if deal is None:
            continue
        deal.amount, v.rejected = v.amount, "the takeover's price, not a valuation"
        deal.note(f"price {v.amount.text!r}: the deal values the company at it")


def respectively(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"A and B will invest up to $5 billion and $10 billion respectively in C": one amount each."""
    if not re.search(r"\brespectively\b", view.sentence.text, re.IGNORECASE):
        return cands
    out = list(cands)
    for c in cands:
        if c.rejected is not None or c.amount is None or c.kind not in _GIVE_KINDS:
            continue
        side = "sources" if len(c.sources) > 1 else "targets" if len(c.targets) > 1 else None
        if side is None:
            continue
        group = getattr(c, side)
        amounts = [a for a in view.amounts if a.start >= c.amount.start][:len(group)]
        if len(amounts) != len(group) or not all(view.same_clause(c.amount.start, a.start) or
                                                  re.fullmatch(r"\s*(?:,\s*)?(?:and|,)\s*", _rel(view, x.end, a.start))
                                                  for x, a in zip(amounts, amounts[1:])):
            continue
        for i, (p, a) in enumerate(zip(group, amounts)):
            parts = {side: [p], "amount": a}
            if i == 0:
                for k, v in parts.items():
                    setattr(c, k, v)
                c.note("respectively: the first party, the first amount")
            else:
                out.append(replace(c, **parts, notes=[*c.notes, f"respectively: {p.entity} {a.text!r}"]))
    return out


_ANAPHORIC = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)


def reversed_twins(view: SentenceView, cands: list[Candidate]) -> None:
    """"Alibaba invested $600 million in MiniMax, the investment is made through ...": "the investment"
    restates the deal; read with the parties swapped and no amount, it is dropped."""
    kept = [c for c in cands if c.rejected is None and len(c.sources) == 1 and len(c.targets) == 1]
    for c in kept:
        if c.amount is not None or c.rejected is not None or c.kind != "investment" or not _ANAPHORIC.search(
                _rel(view, view.sentence.start, c.trigger.start)[-12:]):
            continue
        twin = next((o for o in kept if o is not c and o.rejected is None and o.kind == c.kind and o.amount is not None
                     and o.sources[0].entity == c.targets[0].entity and o.targets[0].entity == c.sources[0].entity), None)
        if twin is not None:
            c.rejected = f"the same deal as {twin.trigger.text!r} with the parties swapped"


_PER_SHARE = re.compile(r"^\s*(?:a|per|each)\s+(?:share|unit|ads)\b", re.IGNORECASE)


def per_share(view: SentenceView, c: Candidate) -> None:
    """"at a purchase price of $23.28 per share": a share price, not a deal's amount."""
    if c.amount is None or not _PER_SHARE.match(_rel(view, c.amount.end, view.sentence.end)):
        return
    c.amount = None
    if re.match(r"^\s*price", _rel(view, c.trigger.end, view.sentence.end), re.IGNORECASE):
        c.rejected = c.rejected or "a share price, not a deal"
    c.note("a price per share is no deal amount")


def passing_amount(view: SentenceView, cands: list[Candidate]) -> None:
    """"CoreWeave, the Nvidia-backed cloud provider, signed a $14.2 billion contract with Meta": a
    passing "-backed" mention carries no amount; the deal the amount stands next to takes it."""
    for c in cands:
        if c.amount is None or not any(n.endswith("a standing investment told in passing") for n in c.notes):
            continue
        a = c.amount
        near = lambda o: min(abs(a.start - o.trigger.end), abs(o.trigger.start - a.end))  # noqa: E731
        taker = next((o for o in cands if o is not c and o.amount is None and o.sources and o.targets
                      and (o.rejected is None or o.rejected.endswith("without an amount")) and near(o) < near(c)), None)
        if taker is None:
            continue
        taker.amount, taker.rejected, c.amount = a, None, None
        taker.note(f"amount {a.text!r} from the passing '-backed' mention")


_EARLIER = re.compile(r"[,;]\s+(?:(?:just|shortly|soon|weeks|days|months|a year|years)\s+)?(?:after|following|before|"
                      r"ahead of)\s+", re.IGNORECASE)


def earlier_clause_amount(view: SentenceView, cands: list[Candidate]) -> None:
    """"IREN will buy the GPUs from Dell for $5.8 billion, after signing a cloud deal with Microsoft": an
    amount never crosses into the ", after/following ..." phrase that names another deal."""
    s0 = view.sentence.start
    cuts = [s0 + m.start() for m in _EARLIER.finditer(view.sentence.text)]
    if not cuts:
        return
    side = lambda x: sum(1 for k in cuts if k <= x)  # noqa: E731
    for c in cands:
        a = c.amount
        if a is None or side(a.start) == side(c.trigger.start):
            continue
        taker = next((o for o in cands if o is not c and o.amount is None and o.sources
                      and side(o.trigger.start) == side(a.start)
                      and (o.rejected is None or o.rejected.startswith("amount given to"))), None)
        if taker is None:
            continue
        taker.amount, c.amount = a, None
        taker.rejected = None
        taker.note(f"amount {a.text!r} of this deal, not of the deal in the after/following phrase")


def cross_clause_neocloud(view: SentenceView, cands: list[Candidate]) -> None:
    """"Microsoft committed $10 billion to CoreWeave's servers, and it lands days after CoreWeave agreed to
    buy Weights & Biases": a neocloud's capacity deal in one clause does not unmake a deal in another."""
    from dealgraph.extract.rules import conj_en

    capacity = [c for c in cands if c.kind == "compute_commitment" and c.rejected is None]
    for c in cands:
        if c.rejected != "the neocloud's capacity deal, not a chip sale" or not capacity:
            continue
        if all(conj_en.across(view, c.trigger.start, o.trigger.start) for o in capacity):
            c.rejected = None
            c.note("the neocloud's capacity deal is in another clause")


def round_investors(cands: list[Candidate]) -> None:
    """"xAI was backed by Nvidia and AMD in a $6 billion round": the round keeps its size (null investor),
    and the investors whose verb gave the amount to it still invested in it."""
    for c in cands:
        if c.kind != "investment" or not c.sources or not c.targets or c.amount is not None \
                or not (c.rejected or "").startswith("amount given to"):
            continue
        r = next((r for r in cands if r.rejected is None and r.kind == "investment" and r.amount is not None
                  and not r.sources and c.rejected == f"amount given to {r.trigger.text!r} (same deal)"
                  and {p.entity for p in r.targets} == {p.entity for p in c.targets}), None)
        if r is not None:
            c.rejected = None
            c.note(f"invested in the {r.trigger.text!r}, whose size the round states")
