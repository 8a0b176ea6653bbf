"""Round 18, phenomenon compute3: cloud commitments whose wording the earlier rules misread.

Run after the other readings of a sentence (extractor ``_candidates``):

- two readings of one compute deal in opposite directions ("阿里云将为小米提供算力服务……算力租赁合同",
  "さくらインターネットは…に計算資源を提供する契約"): the one a supply verb oriented wins over a neutral
  word's; a neocloud on the paying side of a deal with a party
  that sells no compute is the provider;
- a chip maker named only as what the capacity runs on ("infrastructure powered by Nvidia GPUs") is no party;
- a revenue backlog of a cloud seller "from OpenAI" (未履约订单…来自, 受注残) is the customer's commitment;
- leasing land or buildings ("lease its campus to Oracle") is real estate, not compute.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.compute_deals import _rank
from dealgraph.extract.rules.lexicon import providers
from dealgraph.extract.rules.view import SentenceView

_BUILT_ON = re.compile(r"(?:powered|driven|built|based|equipped|running|run|accelerated)\s+(?:by|on|with)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_BACKLOG = re.compile(r"\bbacklog|remaining performance obligations?|\bRPO\b|contracted revenue|未履约订单|未履約訂單|"
                      r"积压订单|積壓訂單|剩余履约义务|剩餘履約義務|受注残|受注残高|契約残高", re.IGNORECASE)
_PROPERTY = re.compile(r"^[^.;,]{0,40}?\b(?:campus(?:es)?|site|sites|land|buildings?|property|properties|premises|"
                       r"offices?|warehouses?|real estate|shell)\b[^.;,]{0,30}?\bto\s*$", re.IGNORECASE)
_LEASE = re.compile(r"^(?:rent|lease)", re.IGNORECASE)


def adjust(view: SentenceView, cands: list) -> list:
    """Apply the compute3 readings to one sentence's candidates."""
    for c in cands:
        if c.rejected is None and c.kind in ("compute_commitment", "purchase"):
            _descriptor_maker(view, c)
        if c.rejected is None and c.kind == "revenue":
            _backlog(view, c)
        if c.rejected is None and c.kind == "compute_commitment":
            _property_lease(view, c)
            _neocloud_pays(c)
    _agree(cands)
    _lone_amount(cands)
    return cands


def _lone_amount(cands: list) -> None:
    """"OpenAIは、オラクルとの間で300億ドル規模のクラウド利用契約を結んだ": the figure went to a one-sided reading."""
    for c in cands:
        if not _one_pair(c) or c.amount is not None:
            continue
        frag = next((f for f in cands if f is not c and f.kind == "compute_commitment" and f.amount is not None
                     and not f.targets and [p.entity for p in f.sources] == [c.sources[0].entity]), None)
        if frag is not None:
            c.amount, frag.amount = frag.amount, None
            frag.rejected = frag.rejected or f"amount given to {c.trigger.text!r} (same deal)"
            c.note(f"amount {c.amount.text!r} from the one-sided reading {frag.trigger.text!r}")


def _one_pair(c) -> bool:
    return c.kind == "compute_commitment" and c.rejected is None and len(c.sources) == 1 and len(c.targets) == 1


def _names_provider(c) -> bool:
    """A supply verb oriented the candidate, and its target sells at least as much compute as its source."""
    return c.trigger.entry.frame == "supply" and _rank(c.kind, c.targets) >= _rank(c.kind, c.sources)


def _agree(cands: list) -> None:
    """Readings of one deal in opposite directions: the one that names the provider wins."""
    live = [c for c in cands if _one_pair(c)]
    for c in live:
        if not _names_provider(c):
            continue
        for o in live:
            if o is c or (o.sources[0].entity, o.targets[0].entity) != (c.targets[0].entity, c.sources[0].entity):
                continue
            if o.trigger.entry.frame == "give":  # a noun or neutral word ("租赁", "計算資源"), not a grammatical buyer
                o.sources, o.targets = o.targets, o.sources
                o.note(f"the same deal as {c.trigger.text!r}: {c.targets[0].entity} provides the compute")


def _neocloud_pays(c) -> None:
    """A neocloud paying a party that sells no compute or chips: it is the provider."""
    if not _one_pair(c) or c.trigger.entry.frame == "supply":
        return
    sellers = providers()
    if sellers.get(c.sources[0].entity) == "neocloud" and c.targets[0].entity not in sellers:
        c.sources, c.targets = c.targets, c.sources
        c.note(f"{c.targets[0].entity} is a neocloud: it provides, {c.sources[0].entity} pays")


def _descriptor_maker(view: SentenceView, c) -> None:
    """"to host AI infrastructure powered by Nvidia GPUs for X": the chip maker only describes the goods."""
    if view.lang != "en":
        return
    s = view.sentence
    for side in (c.sources, c.targets):
        if len(side) != 1 or not _BUILT_ON.search(s.text[max(side[0].start - s.start - 30, 0):side[0].start - s.start]):
            continue
        other = {p.entity for p in (*c.sources, *c.targets)}
        subject = [p for p in view.parties if p.end <= c.trigger.start and p.slot in ("NONE", "SUBJ")
                   and p.entity not in other and providers().get(p.entity) in ("compute", "neocloud")]
        if not subject:  # "the startup hosts … on capacity powered by Nvidia chips": the maker sells nothing here
            c.rejected = "the chip maker only describes the capacity; the provider is not named"
            return
        side[0] = subject[0]
        c.kind = "compute_commitment"
        c.note(f"the chips only describe the capacity: {subject[0].entity} provides it")
        return


def _backlog(view: SentenceView, c) -> None:
    """"revenue backlog … including $22.4 billion from OpenAI": contracted compute, not revenue yet."""
    if not c.sources or not c.targets or _rank("compute_commitment", c.targets) == 0 or not _BACKLOG.search(view.sentence.text):
        return
    c.kind = "compute_commitment"
    c.note("a cloud seller's backlog from a customer: the customer's commitment")
    payer = c.sources[0]
    near = [a for a in view.amounts if a.end <= payer.start and payer.start - a.end <= 12]
    if near:
        c.amount = near[-1]
        c.note(f"amount {near[-1].text!r}: the part from {payer.entity}")


def _property_lease(view: SentenceView, c) -> None:
    """"lease its Abilene campus to Oracle": a landlord's lease of property, not a sale of compute."""
    if view.lang != "en" or not _LEASE.match(c.trigger.text):
        return
    s = view.sentence
    later = [p for p in view.parties if p.start >= c.trigger.end]
    if later and _PROPERTY.match(s.text[c.trigger.end - s.start:later[0].start - s.start]):
        c.rejected = "property leased (land, buildings, campus): real estate, not compute"

