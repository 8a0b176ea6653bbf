"""English-only readings the shared rules do not make (round 4: wire, analysis and headline English).

Two hooks, called by the extractor for English sentences:

- ``prepare(view)`` before roles are read: drops parties that only describe another one
  ("X, founded by former Google researchers, raised ...").
- ``adjust(view, cands)`` after candidates are built: rentals ("rent Nvidia chips from CoreWeave"),
  "a deal valued at $24 billion" (the deal's size, not a valuation), neoclouds selling GPUs as
  capacity, loans "from" a lender, payments that are revenue ("pays Apple $20 billion a year"),
  settlements, and executives speaking for their company.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.lexicon import providers
from dealgraph.extract.rules.view import Party, SentenceView

_DESCRIBER = re.compile(r"\b(?:former|ex-|ex|alumni of|veterans? of|spun out of|spun off from|formerly of|"
                        r"who (?:used to )?work(?:ed)? at|who left)\s+(?:the\s+)?$", re.IGNORECASE)
_STAFF = re.compile(r"^(?:'s)?\s+(?:[\w-]+\s+)?(?:researchers?|engineers?|employees?|executives?|staff(?:ers)?|"
                    r"scientists?|veterans?|alumni|founders?|leaders?|managers?)\b", re.IGNORECASE)
_RENT = re.compile(r"^(?:rent|leas)", re.IGNORECASE)
_DEAL_VALUE = re.compile(r"\b(?:deal|contract|agreement|transaction|pact|package|arrangement|order)s?\s*,?\s*"
                         r"(?:that is |which is |is |was )?(?:valued|worth)\s*$", re.IGNORECASE)
_PERIODIC = re.compile(r"\b(?:a|per|each|every) (?:year|month|quarter)\b|\bannually\b|\byearly\b|"
                       r"\broyalt(?:y|ies)\b|\blicen[cs](?:e|ing) fees?\b|\bfees?\b", re.IGNORECASE)
_SETTLE = re.compile(r"\bto settle\b|\bsettlement\b|\bin damages\b", re.IGNORECASE)
_SPEECH = re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:said|says|say|told|wrote|writes|added|noted|stated|explained|"
                     r"argued|predicted|expects?|estimated)\b", re.IGNORECASE)
_TITLE = re.compile(r"^(?:'s|’s)?\s*(?:chief executive(?: officer)?|ceo|cfo|chief financial officer|president|"
                    r"chairman|chairwoman|founder|co-founder|boss|head|chief)\s*$", re.IGNORECASE)


def prepare(view: SentenceView) -> None:
    """Drop parties that only describe another ("founded by former Google researchers")."""
    text = view.sentence.text
    keep = []
    for p in view.parties:
        rel_s, rel_e = p.start - view.sentence.start, p.end - view.sentence.start
        if p.slot == "ADVISER":
            continue  # "arranged by Morgan Stanley", "founded by ...": no money of theirs
        if _DESCRIBER.search(text[max(0, rel_s - 30):rel_s]) or (
                p.type != "person" and _STAFF.match(text[rel_e:rel_e + 30])):
            continue  # "former Google researchers", "ex-OpenAI staff"
        keep.append(p)
    view.parties[:] = keep


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """English readings after the shared rules have built the sentence's candidates."""
    _rentals(view, cands)
    _deal_value(view, cands)
    for c in cands:
        _neocloud_sells_capacity(c)
        _loan_from(view, c)
        _payment(view, c)
        _capex(view, c)
        _speaker(view, c)
    return cands


def _from_party(view: SentenceView, c: Candidate) -> list[Party]:
    return [p for p in view.parties if p.slot == "FROM" and p.start >= c.trigger.end
            and p.entity not in {s.entity for s in c.sources}]


def _rentals(view: SentenceView, cands: list[Candidate]) -> None:
    """"OpenAI signed a $10 billion deal to rent Nvidia chips from CoreWeave": customer -> lessor."""
    for r in cands:
        if not _RENT.match(r.trigger.text) or not r.sources or (
                r.rejected is not None and not r.rejected.startswith("amount given")):
            continue
        r.rejected = None
        lessor = _from_party(view, r)
        if lessor:
            r.targets = lessor[:1]
            r.note(f"rented from {lessor[0].entity}: the provider")
        r.kind = "compute_commitment"
        for c in cands:
            if c is r or c.trigger.entry.kind not in ("contract", "compute_commitment", "buy", "pay", "supply"):
                continue
            if r.amount is None and c.amount is not None:
                r.amount = c.amount
                r.note(f"amount {c.amount.text!r} of the same rental", +0.05)
            c.amount, c.rejected = None, "part of the rental deal"


def _deal_value(view: SentenceView, cands: list[Candidate]) -> None:
    """"..., a deal valued at $24 billion": the deal's size goes to the deal, not a valuation."""
    for v in cands:
        rel = v.trigger.start - view.sentence.start
        if v.kind != "valuation" or v.amount is None or not _DEAL_VALUE.search(view.sentence.text[:rel]):
            continue
        v.rejected = "the value of a deal, not of a company"
        deal = next((c for c in cands if c is not v and c.sources and c.targets and c.amount is None
                     and c.kind in ("compute_commitment", "purchase", "investment", "acquisition", "loan")
                     and c.rejected is None), None)
        if deal is not None:
            deal.amount = v.amount
            deal.note(f"the deal's value {v.amount.text!r}", +0.05)


def _neocloud_sells_capacity(c: Candidate) -> None:
    """A neocloud "provides GPUs" as a service: compute capacity, not chips sold."""
    if c.kind == "purchase" and c.targets and all(providers().get(p.entity) == "neocloud" for p in c.targets):
        c.kind = "compute_commitment"
        c.note("the seller is a neocloud: compute capacity")
    if c.kind == "purchase" and c.sources and c.targets and providers().get(c.sources[0].entity) == "neocloud" \
            and c.trigger.entry.frame == "supply":
        c.rejected = c.rejected or "a neocloud does not buy from its customer"


def _loan_from(view: SentenceView, c: Candidate) -> None:
    """"a $38 billion loan from banks led by JPMorgan": the lender follows "from"/"led by"."""
    if c.kind != "loan" or c.trigger.entry.frame != "give" or not c.sources:
        return
    lenders = [p for p in view.parties if p.start >= c.trigger.end and p.slot in ("FROM", "AGENT")]
    if lenders and c.sources[0].slot not in ("POSS",) and not c.targets:
        c.sources, c.targets = lenders, c.sources[:1]
        c.note(f"loan from {lenders[0].entity}: the borrower is the subject")


def _payment(view: SentenceView, c: Candidate) -> None:
    """"Google pays Apple about $20 billion a year": revenue payer -> earner; "pay $X to settle": lawsuit."""
    if c.trigger.entry.kind != "pay" or c.kind not in ("pay", "purchase") or not c.sources or c.amount is None:
        return
    if _SETTLE.search(view.sentence.text):
        c.kind, c.rejected = "lawsuit", None
        c.sources, c.targets = c.targets, c.sources  # the one who pays is the defendant
        c.note("paid to settle: a lawsuit, plaintiff -> defendant")
        return
    if c.kind == "pay" and c.targets and _PERIODIC.search(view.sentence.text):
        c.kind, c.rejected = "revenue", None
        c.note("a recurring payment: revenue payer -> earner")


def _capex(view: SentenceView, c: Candidate) -> None:
    """"Microsoft plans to spend $80 billion on AI data centers": own spending, an investment with no target."""
    if c.kind == "compute_commitment" and not c.targets and c.trigger.entry.kind == "pay" and view.cue("assets"):
        c.kind = "investment"
        c.note("spending on its own assets: investment with no counterparty")


def _speaker(view: SentenceView, c: Candidate) -> None:
    """"Meta CEO Mark Zuckerberg said capex will be ...": the company spends, never the executive."""
    if c.kind != "investment" or c.targets:
        return
    text, s0 = view.sentence.text, view.sentence.start
    for p in list(c.sources):
        if p.type != "person" or not _SPEECH.match(text[p.end - s0:]):
            continue
        boss = next((q for q in reversed(view.parties) if q.end <= p.start and q.type in ("company", None)
                     and _TITLE.match(text[q.end - s0:p.start - s0])), None)
        if boss is not None:
            c.sources[c.sources.index(p)] = boss
            c.note(f"{p.entity} speaks for {boss.entity}: the company spends")
        else:
            c.rejected = c.rejected or f"{p.entity} is quoted; whose spending is not said"
