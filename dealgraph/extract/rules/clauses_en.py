"""Round 7, area "roles": English long sentences (called from ``lang_en.adjust``).

Object relatives ("the $10 billion investment that Microsoft made in OpenAI"), gapped second deals
("invested $30B in A, as well as $2B in B"; "A will put in $5bn and B $10bn"), parties inside a
relative clause (", which first backed X in 2023,") that are not the subject, "X, Y's largest backer,"
memberships, and capex amounts taken by a spend word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_MADE_BY = re.compile(r"^\s*(?:that|which)?\s*$|^\s*(?:that|which)\s+(?:had|has|was)?\s*$", re.IGNORECASE)
_MADE = re.compile(r"^\s+(?:had\s+|has\s+|have\s+)?(?:made|announced|agreed|pledged|committed|unveiled|struck|"
                   r"completed|disclosed|promised|signed|offered|extended|provided|put)\b", re.IGNORECASE)
_NOUN_TRIGGER = re.compile(r"^(?:(?:equity |strategic |minority |direct )?investments?|stakes?|loans?|bets?|commitments?)$",
                           re.IGNORECASE)


def object_relative(view: SentenceView, c: Candidate) -> None:
    """"the $10 billion investment (that) Microsoft made in OpenAI": the party of the relative clause invests."""
    if c.rejected not in (None, "no source party") or c.sources or not _NOUN_TRIGGER.match(c.trigger.text):
        return
    text, s0 = view.sentence.text, view.sentence.start
    maker = next((p for p in view.parties if p.start >= c.trigger.end and _MADE_BY.match(
        text[c.trigger.end - s0:p.start - s0]) and _MADE.match(text[p.end - s0:])), None)
    if maker is None:
        return
    c.sources = [maker]
    c.targets = [p for p in c.targets if p.entity != maker.entity]
    if not c.targets:
        c.targets = [p for p in view.parties if p.start > maker.end and p.slot in ("IN", "TO", "INTO")][:1]
    c.rejected = None
    c.note(f"{maker.entity} made the {c.trigger.text!r} (object relative clause)")


_GAP_AMOUNT = re.compile(r"^(?:\s+(?:in|on|over|last|this|earlier|during|across|since)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
                         r"\s*(?:,\s*)?(?:as well as|and|plus|along with|while|with)\s+(?:another\s+|a further\s+|"
                         r"an additional\s+|some\s+|about\s+|roughly\s+|nearly\s+|up to\s+)*$", re.IGNORECASE)
_GAP_PARTY = re.compile(r"^\s*(?:,\s*)?(?:and|while|with|plus)\s+$", re.IGNORECASE)
_GAP_TAIL = re.compile(r"^\s+(?:another\s+|a further\s+|about\s+|roughly\s+|nearly\s+|some\s+)*$", re.IGNORECASE)


def gapped(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """A second deal that repeats no verb: "put $30 billion in A, as well as $2 billion in B" (another
    company, same investor) and "A will put in up to $5bn and B up to $10bn" (another investor)."""
    used = {id(c.amount) for c in cands if c.amount is not None}
    out: list[Candidate] = []
    for c in cands:
        if c.kind != "investment" or c.rejected is not None or c.amount is None or c.trigger.entry.frame != "give":
            continue
        for a in view.amounts:
            if id(a) in used or a.start < c.amount.end:
                continue
            twin = _gap_target(view, c, a) or _gap_source(view, c, a)
            if twin is not None:
                used.add(id(a))
                out.append(twin)
    return out


def _gap_target(view: SentenceView, c: Candidate, a: Any) -> Candidate | None:
    """", as well as $2 billion in Intel": the same investor, another company."""
    text, s0 = view.sentence.text, view.sentence.start
    prev_end = max([c.amount.end] + [p.end for p in c.targets])  # type: ignore[union-attr]
    if not c.targets or not _GAP_AMOUNT.match(text[prev_end - s0:a.start - s0]):
        return None
    new = next((p for p in view.parties if p.start > a.end and p.slot in ("IN", "TO")
                and re.fullmatch(r"\s+(?:in|into|to)\s+(?:the\s+)?", text[a.end - s0:p.start - s0])), None)
    if new is None or new.entity in {q.entity for q in (*c.sources, *c.targets)}:
        return None
    return _twin(c, c.sources, [new], a, f"gapped deal: {a.text!r} in {new.entity}, same investor")


def _gap_source(view: SentenceView, c: Candidate, a: Any) -> Candidate | None:
    """"Microsoft will put in up to $5bn and Nvidia up to $10bn": another investor, the same company."""
    text, s0 = view.sentence.text, view.sentence.start
    new = next((p for p in view.parties if c.amount.end <= p.start and p.end <= a.start  # type: ignore[union-attr]
                and _GAP_PARTY.match(text[c.amount.end - s0:p.start - s0])  # type: ignore[union-attr]
                and _GAP_TAIL.match(re.sub(r"up to\s*$", "", text[p.end - s0:a.start - s0]))), None)
    if new is None or new.entity in {q.entity for q in c.sources}:
        return None
    c.targets[:] = [p for p in c.targets if p.entity != new.entity]
    return _twin(c, [new], list(c.targets), a, f"gapped deal: {new.entity} {a.text!r}, same company")


def _twin(c: Candidate, sources: list[Party], targets: list[Party], a: Any, why: str) -> Candidate:
    twin = replace(c, sources=list(sources), targets=list(targets), amount=a, notes=[*c.notes, why])
    if a.text.lower().startswith("up to") or "up to" in c.view.sentence.text[max(0, a.start - c.view.sentence.start - 7):
                                                                                a.start - c.view.sentence.start].lower():
        twin.status = "up_to"
    return twin


_RELATIVE = re.compile(r",\s*(?:which|who|whose|that)\b[^,;:]*,", re.IGNORECASE)


def inside_relative(view: SentenceView, c: Candidate) -> None:
    """"Amazon, which first backed Anthropic in 2023, agreed to invest $4B in the startup": a party inside
    the relative clause is not the subject of the verb after it; the clause's head is."""
    if c.rejected is not None or c.kind not in ("investment", "loan", "acquisition", "compute_commitment", "purchase"):
        return
    side = "targets" if c.trigger.entry.frame == "get" else "sources" if c.trigger.entry.frame in ("give", "pay", "buy") else None
    chosen = getattr(c, side) if side else []
    if len(chosen) != 1 or chosen[0].end > c.trigger.start:
        return
    text, s0 = view.sentence.text, view.sentence.start
    for m in _RELATIVE.finditer(text):
        lo, hi = s0 + m.start(), s0 + m.end()
        if not (lo < chosen[0].start and chosen[0].end < hi <= c.trigger.start):
            continue
        head = next((p for p in view.parties if p.end <= lo and not text[p.end - s0:m.start()].strip()), None)
        if head is None:
            return
        setattr(c, side, [head])
        other = c.targets if side == "sources" else c.sources
        other[:] = [p for p in other if p.entity != head.entity]
        c.note(f"{chosen[0].entity} sits in the clause describing {head.entity}: {head.entity} is the subject")
        return


_BACKER = re.compile(r"(?:investor|backer|shareholder|financier)$", re.IGNORECASE)
_BACKER_LINK = re.compile(r"^\s*(?:,|is|was|has been|remains|became|becomes|,\s*(?:now|still|already|long)\s+)?\s*$", re.IGNORECASE)


def possessed_backer(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"Amazon, Anthropic's largest backer," / "Amazon is Anthropic's biggest investor": Amazon -> Anthropic.

    The company is the possessor right before the title; the backer is the party just before it,
    joined by an apposition comma or a copula. Otherwise the title names nobody: no claim."""
    if not _BACKER.search(c.trigger.text) or c.kind != "investment":
        return
    text, s0 = view.sentence.text, view.sentence.start
    owner = next((p for p in reversed(view.parties) if p.end <= c.trigger.start and p.slot == "POSS"
                  and re.fullmatch(r"(?:'s|’s|')\s+", text[p.end - s0:c.trigger.start - s0])), None)
    i = view.parties.index(owner) if owner is not None else 0
    backer = view.parties[i - 1] if i > 0 else None
    if owner is None or backer is None or not _BACKER_LINK.match(text[backer.end - s0:owner.start - s0]):
        c.rejected = c.rejected or "a backer's title without both the backer and the company"
        return
    lent = next((o for o in cands if o.rejected == f"amount given to {c.trigger.text!r} (same deal)"), None)
    if lent is not None and c.amount is not None:  # the amount belongs to the sentence's other deal
        lent.amount, lent.rejected = c.amount, None
    c.sources, c.targets, c.amount, c.status = [backer], [owner], None, "reported"
    c.kind = "stake" if c.trigger.text.lower().endswith("shareholder") else c.kind  # as "是Y的股东"
    c.note(f"{backer.entity} is {owner.entity}'s backer (apposition or copula)")


def spend_on_capex(view: SentenceView, cands: list[Candidate]) -> None:
    """"expects to spend about $100 billion on capital expenditures": the amount the spend word took is the capex's."""
    for c in cands:
        if c.kind != "investment" or c.amount is not None or c.targets or view.cue("assets") is None:
            continue
        spend = next((o for o in cands if o.trigger.entry.kind == "pay" and o.amount is not None and o.rejected
                      and o.trigger.end <= c.trigger.start and view.same_clause(o.trigger.end, c.trigger.start)), None)
        if spend is not None:
            c.amount, spend.amount = spend.amount, None
            c.note(f"amount {c.amount.text!r} spent on it ({spend.trigger.text!r})")  # type: ignore[union-attr]
