"""Round 14, area compute_purchase: who is the customer and who the provider of compute and chips.

Structural readings shared by en, zh and ja, run after the language hooks (``adjust``):

- a provider named alone on the paying side ("微软将向……云服务商Nebius租用", "オラクルはオープンAIとの間で
  ……契約") is the provider: the other party of the clause is the customer;
- "A与B签订……合同", "AはBと……契約": the pair signs; ``candidates.orient`` then says who sells;
- a purchase from a neocloud is capacity (compute), a compute deal with a chip maker for chips is a purchase;
- "rent/lease them to X": X is the customer, the subject the provider;
- "bought … from X" (en): X sells;
- a stake sold on the market ("sold its entire Nvidia stake for $5.8 billion", "株をすべて売却し、58億ドルを得た"):
  purchase with the buyers unnamed and the seller as target (gold convention).

``amount_optional``: a compute commitment needs no figure when both sides are named and the provider
is one that sells compute (providers.tsv), as "Anthropic will use up to one million TPUs from Google".
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules import compute4
from dealgraph.extract.rules.lexicon import providers
from dealgraph.extract.rules.view import Party, SentenceView

_RANK = {"compute_commitment": {"neocloud": 2, "compute": 1}, "purchase": {"hardware": 1}}
_DIRECTED = ("contract", "compute_commitment", "buy", "pay", "supply")
_PAIR_GAP = {
    "zh": re.compile(r"^\s*(?:[)）]\s*)?(?:(?:正|正在|已|已经|将|曾|还|也|再|此前|之前|去年|今年|正式|又|并)\s*){0,3}"
                     r"(?:与|和|跟|同|與)\s*$"),
    "ja": re.compile(r"^\s*(?:[(（][^)）]{1,12}[)）])?\s*(?:社|グループ)?\s*(?:は|が)\s*、?\s*(?:[^、。]{0,12}?[米英中独仏韓台日])?$"),
}
_JA_PARTNER = re.compile(r"^\s*(?:[(（][^)）]{1,12}[)）])?\s*(?:社|グループ)?\s*と(?:の間で|の間に|の間の)?")
_SYMMETRIC = re.compile(r"合同|协议|合约|協議|合約|订单|訂單|契約|合意")
_RENT_TO = re.compile(r"^(?:rent|rents|rented|renting|lease|leases|leased|leasing)\b", re.IGNORECASE)
_SOLD_EN = re.compile(r"\b(?:sold|sells|sell|selling|offloaded|unloaded|dumped|divested|liquidated)\s+"
                      r"(?:(?:its|their|the|a|an|all|entire|whole|remaining|part of|some of|of)\s+)*$", re.IGNORECASE)
_STAKE_EN = re.compile(r"^\s*(?:'s\s+|’s\s+)?(?:stake|shares|holding|holdings|position)\b", re.IGNORECASE)
_HELD_JA = re.compile(r"(?:保有する|保有していた|保有している|持っていた|所有する|所有していた)")


def adjust(view: SentenceView, cands: list) -> list:
    """Apply the compute and purchase readings to one sentence's candidates."""
    for c in cands:
        if c.kind not in ("compute_commitment", "purchase", "pay"):
            continue
        _spent_at(view, c)
        if c.kind == "pay":
            continue
        _signing_pair(view, c)
        _bought_from(view, c)
        _maker_for(view, c)
        _provider_alone(view, c)
        _rented_out(view, c, cands)
    _seller_kind(cands)
    _supply_wins(cands)
    _clause_amount(view, cands)
    _market_sale(view, cands)
    return cands


def _rank(kind: str, parties: list[Party]) -> int:
    table = _RANK.get(kind, {})
    sellers = providers()
    return max((table.get(sellers.get(p.entity, ""), 0) for p in parties), default=0)


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def _signing_pair(view: SentenceView, c) -> None:
    """"特斯拉与三星签订了……合同", "AはBと……契約を結んだ": A and B sign; the seller is decided by orient()."""
    if view.lang not in _PAIR_GAP or c.trigger.entry.kind not in _DIRECTED or not _SYMMETRIC.search(c.trigger.text):
        return  # "字节跳动和腾讯各自采购": a directed verb, both buy
    before = [p for p in view.parties if p.end <= c.trigger.start and view.same_clause(p.end, c.trigger.start)]
    for a, b in zip(before, before[1:]):
        if a.entity == b.entity or not _PAIR_GAP[view.lang].match(_rel(view, a.end, b.start)):
            continue
        if view.lang == "ja" and not _JA_PARTNER.match(_rel(view, b.end, b.end + 8)):
            continue
        if c.sources == [a] and c.targets == [b]:
            return
        c.sources, c.targets = [a], [b]
        c.note(f"{a.entity} and {b.entity} sign the deal together")
        return


def _provider_alone(view: SentenceView, c) -> None:
    """A seller of compute or chips named alone on the paying side is the provider; the clause's other party pays."""
    if c.targets or len(c.sources) != 1 or _rank(c.kind, c.sources) == 0 or view.cue("receive") is not None:
        return  # "Google will receive cloud fees from Anthropic": the receiving reading already decided
    provider = c.sources[0]
    skip = ("LOC", "ADVISER", "NAMED") + (("IN", "AGENT", "ALONG") if view.lang == "en" else ())
    others = [p for p in view.parties if p.entity != provider.entity and p.slot not in skip
              and view.same_clause(min(p.start, c.trigger.start), max(p.end, c.trigger.start))
              and _rank(c.kind, [p]) < _rank(c.kind, [provider])]
    c.targets = [provider]
    c.sources = others[:1] if len({p.entity for p in others}) == 1 else []
    who = c.sources[0].entity if c.sources else "unnamed here"
    c.note(f"{provider.entity} sells {c.kind.replace('_', ' ')}: the provider; customer {who}")


def _bought_from(view: SentenceView, c) -> None:
    """"bought $1.5 billion of machines from ASML", "buy capacity from CoreWeave": the seller follows "from"."""
    if view.lang != "en" or c.trigger.entry.kind not in _DIRECTED or c.targets or not c.sources:
        return
    sellers = [p for p in view.parties if p.slot == "FROM" and p.start >= c.trigger.end
               and view.same_clause(c.trigger.end, p.start) and p.entity not in {s.entity for s in c.sources}
               and (c.trigger.entry.frame in ("buy", "pay") or _rank(c.kind, [p]) > 0)]
    if sellers:
        c.targets = sellers[:1]
        c.note(f"bought from {sellers[0].entity}: the seller")


def _maker_for(view: SentenceView, c) -> None:
    """"Samsung will manufacture Tesla's AI6 chips": the owner of the chips made buys them."""
    if c.trigger.entry.frame != "supply" or c.sources or not c.targets or view.lang != "en":
        return
    owner = [p for p in view.parties if p.slot == "POSS" and p.start >= c.trigger.end
             and p.start - c.trigger.end <= 30 and p.entity not in {t.entity for t in c.targets}]
    if owner:
        c.sources = owner[:1]
        c.note(f"made for {owner[0].entity}: the buyer")


def _spent_at(view: SentenceView, c) -> None:
    """"在AWS上花费380亿美元", "spend $38 billion on AWS": the cloud where the money is spent sells it."""
    if c.kind not in ("compute_commitment", "pay") or c.targets or not c.sources:
        return
    where = [p for p in view.parties if p.slot in ("LOC", "ON") and p.start >= c.sources[0].end
             and providers().get(p.entity) in ("compute", "neocloud") and p.entity != c.sources[0].entity]
    if where and (c.kind == "compute_commitment" or (c.amount is not None and view.cue("product") is None)):
        if c.kind == "pay":
            c.kind, c.rejected = "compute_commitment", None
        c.targets = where[:1]
        c.note(f"money spent on {where[0].entity}'s cloud: the provider")


def _rented_out(view: SentenceView, c, cands: list) -> None:
    """"rent them to OpenAI", "leases GPUs to Microsoft": the party after "to" rents, the subject provides."""
    if view.lang != "en" or not _RENT_TO.match(c.trigger.text) or not c.targets or c.targets[0].slot != "TO":
        return
    subject = [p for p in view.parties if p.end <= c.trigger.start and p.slot in ("NONE", "SUBJ", "POSS")
               and providers().get(p.entity) != "hardware"]  # "buys Nvidia processors and rents them to xAI"
    c.sources, c.targets = c.targets[:1], subject[:1]
    c.kind = "compute_commitment"
    c.note(f"rented out to {c.sources[0].entity}: the customer")
    if not c.targets:
        c.rejected = "rented out by a party the sentence does not name"
    bought = next((o for o in cands if o.kind == "purchase" and o.trigger.end <= c.trigger.start and o.sources
                   and o.targets and (o.rejected == "part of the rental deal" or (o.rejected is None and o.amount is None))), None)
    if bought is not None and c.amount is not None and bought.trigger.end <= c.amount.start <= c.trigger.start:
        bought.rejected, bought.amount, c.amount = None, c.amount, None  # "will purchase chips worth $40 billion and rent them to X"
        bought.note("bought before being rented out: its own deal")  # "a vehicle that ... rents them to xAI"


def _seller_kind(cands: list) -> None:
    """A neocloud sells capacity, not chips; a chip maker sells chips, not cloud."""
    for c in cands:
        if (c.rejected is not None and not c.rejected.startswith("the neocloud's")) or not c.sources or not c.targets:
            continue
        sellers = providers()
        role = sellers.get(c.targets[0].entity)
        if c.kind == "purchase" and c.trigger.entry.frame == "uses" and _through_cloud(c):
            c.rejected = "chips used through a cloud provider, not bought from their maker"
            continue
        if c.kind == "purchase" and role == "neocloud" and c.trigger.entry.kind in _DIRECTED:
            twins = [o for o in cands if o is not c and o.kind == "compute_commitment" and o.rejected is None and _same(o, c)]
            c.kind, c.rejected = "compute_commitment", None
            c.note(f"{c.targets[0].entity} is a neocloud: compute capacity, not chips")
            for o in twins:  # the same capacity deal read from two words: the one with the figure stays
                if c.amount is None or o.amount is not None:
                    c.rejected = "the neocloud's capacity deal, stated once"
                else:
                    o.rejected = "the neocloud's capacity deal, stated once with its amount"
                    break
        elif c.kind == "purchase" and role == "compute" and c.trigger.entry.kind in _DIRECTED and c.view.cue("cloud"):
            c.kind = "compute_commitment"  # "buy up to one million TPUs from Google": Google's cloud sells them
            c.note(f"{c.targets[0].entity} sells cloud capacity: a compute commitment")
        elif (c.kind == "compute_commitment" and role == "hardware" and c.view.cue("product") is not None
              and sellers.get(c.sources[0].entity) != "neocloud" and c.trigger.entry.kind in ("buy", "pay", "supply")):
            c.kind = "purchase"
            c.note(f"{c.targets[0].entity} makes chips: a purchase")


def _through_cloud(c) -> bool:
    """"OpenAI将通过AWS使用英伟达芯片", "runs on Nvidia chips in Azure": the cloud sells, the chip maker does not."""
    named = {p.entity for p in (*c.sources, *c.targets)}
    return any(providers().get(p.entity) in ("compute", "neocloud") and p.entity not in named
               and c.view.same_clause(min(p.end, c.trigger.start), max(p.end, c.trigger.start)) for p in c.view.parties)


def _supply_wins(cands: list) -> None:
    """"Broadcom will make chips for OpenAI under a $10 billion order": the supply verb says who sells."""
    for c in cands:
        if c.trigger.entry.frame != "supply" or c.kind != "purchase" or c.rejected is not None or not c.sources:
            continue
        for o in cands:
            if o is c or o.kind != "purchase" or o.trigger.entry.frame == "supply" or not o.sources or not o.targets:
                continue
            if {p.entity for p in o.sources} == {p.entity for p in c.targets} and {
                    p.entity for p in o.targets} == {p.entity for p in c.sources}:
                c.amount = c.amount or o.amount
                o.rejected = o.rejected or f"the same deal as {c.trigger.text!r}, read the other way"
                c.note(f"the supply verb {c.trigger.text!r} orients the deal")


def _clause_amount(view: SentenceView, cands: list) -> None:
    """"签署一份价值380亿美元的合作协议，OpenAI将通过AWS使用……芯片": the figure before the contract word is its value.

    Contract words yield an amount to any other trigger of the sentence; one in another clause gives it back.
    """
    if view.lang == "en":
        return
    for c in cands:
        if c.amount is not None or c.rejected is not None or c.kind not in ("compute_commitment", "purchase") \
                or c.trigger.entry.kind != "contract" or not c.sources or not c.targets:
            continue
        own = [a for a in view.amounts if a.end <= c.trigger.start and c.trigger.start - a.end <= 20
               and view.same_clause(a.end, c.trigger.start)]
        holder = next((o for o in cands if own and o.amount is own[-1]), None)
        if own and (holder is None or not view.same_clause(own[-1].end, holder.trigger.start)):
            c.amount = own[-1]
            if holder is not None:
                holder.amount = None
            c.note(f"amount {own[-1].text!r}: the value of this contract", +0.05)


def _same(a, b) -> bool:
    return ({p.entity for p in a.sources}, {p.entity for p in a.targets}) == (
        {p.entity for p in b.sources}, {p.entity for p in b.targets})


def _market_sale(view: SentenceView, cands: list) -> None:
    """"sold its entire Nvidia stake for $5.8 billion" / "エヌビディア株をすべて売却し、58億ドルを得た"."""
    for c in cands:
        if c.kind not in ("investment", "stake") or c.rejected is not None:
            continue
        if view.lang == "ja" and c.trigger.text.endswith("売却"):
            _ja_sale(view, c)
        elif view.lang == "en" and c.sources and c.targets:
            company = c.targets[0]
            if (c.amount is not None and _SOLD_EN.search(_rel(view, view.sentence.start, company.start))
                    and _STAKE_EN.match(_rel(view, company.end, company.end + 20))):
                _to_sale(c, c.sources[:1])


def _ja_sale(view: SentenceView, c) -> None:
    """"保有するエヌビディア株をすべて売却し、58億ドルを得た": the subject sells; without a price, no claim."""
    company = [p for p in view.parties if p.end <= c.trigger.start and _rel(view, p.end, c.trigger.start) in ("", "の")]
    seller = [p for p in view.parties if p.slot == "SUBJ" and p.end <= c.trigger.start and p not in company]
    if c.amount is None or not company or not seller or not _HELD_JA.search(_rel(view, seller[-1].end, company[0].start)):
        c.rejected = "shares sold, but no price or no holder stated"
        return
    _to_sale(c, seller[-1:])


def _to_sale(c, seller: list[Party]) -> None:
    c.kind, c.sources, c.targets, c.pct = "purchase", [], seller, None
    c.trigger = replace(c.trigger, entry=replace(c.trigger.entry, frame="sell"))
    c.note("shares sold on the market: the seller receives the money, the buyers are unnamed")


def amount_optional(c) -> bool:
    """A compute commitment between two named parties with a compute seller needs no figure."""
    if c.kind != "compute_commitment" or not c.sources or not c.targets or c.rejected is not None:
        return False
    if any(p.slot == "CONTEXT" or p.via == "context" for p in (*c.sources, *c.targets)):
        return False
    if c.trigger.entry.kind not in ("compute_commitment", "contract", "buy") or (
            c.view.cue("cloud") is None and not compute4.neocloud_deal(c)):  # round 21: a neocloud engaged for chips
        return False  # "provide", "pay", or no word of compute ("reviewed its contract with Microsoft"): need a figure
    if any(" is the customer: " in n or " sells compute commitment: " in n for n in c.notes):
        return False  # the grammar named the provider as the payer: only a stated amount makes it a deal
    return _rank(c.kind, c.targets) > 0 and _rank(c.kind, c.targets) >= _rank(c.kind, c.sources)
