"""English investment, stake and valuation readings (round 21, area "investment en").

Trigger rows in triggers_en.tsv (section 'round 21, area "investment en"') name the structures; this
module reads their parties and amounts.

- ``prepare(view)``: "led by A, with B and C among the investors": B and C co-invest (slot ALONG).
- ``link(state, view, cands)`` (extractor, linking sentences): participants of this module's rows
  ("Joining it were A, B", "A and B also take part", "Of that, $X came from A") need a funding round in
  the sentence or the one before ("Its revenue was $30 billion. Of that, $10 billion came from
  Microsoft" is no investment); a commitment naming no recipient ("A and B would each commit $19
  billion") goes to the round or venture just before, never to the article's main company; a valuation
  beside a lead takes the company in focus.
- ``adjust(view, cands)``: parts of a round ("Of that, $X came from A", "of which"); "X, which is valued
  at $Y" values X (never the stake's price); gapped valuations ("A at $X and B at $Y"); "could value X
  at"; money paid "for a 9.9% stake" (an investment, the stake carries the price); "X, the A-backed
  lab" (A invested in X) and a backing told in passing that must not take a raise's amount; a lead of a
  "financing"/"raise" (the size is the round's, the valuation the company's, "co-led its Series F"),
  the lead's own part ("committing $30 billion itself"); anchor orders; shares or warrants handed or
  granted (the receiver holds them); "with A holding 40%"; a venture "owned 50% by each" member; and
  a second verb that shares the investor as subject ("came from ASML and takes 11%").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from dealgraph.extract.rules.candidates import Candidate, check
from dealgraph.extract.rules.recall_en import ENTERED
from dealgraph.extract.rules.view import Party, SentenceView

_AMONG = re.compile(r"\bwith\s+([^;.]{2,160}?)\s+(?:all\s+|both\s+|also\s+)*(?:among|as)\s+(?:the\s+|its\s+|their\s+)?"
                    r"(?:other\s+|new\s+|existing\s+|participating\s+|strategic\s+)?(?:investors|backers|participants|"
                    r"co-investors|shareholders)\b", re.IGNORECASE)
_PART_OF = re.compile(r"^of (?:that|this|the total|the sum|the amount|the money|the round|the proceeds|which)\b",
                      re.IGNORECASE)
_WHICH_VALUED = re.compile(r",\s*(?:which|that|who)\s+(?:is|was|has been|had been|were|are)\s+(?:now\s+|since\s+|"
                           r"currently\s+|reportedly\s+|last\s+)?(?:valued|priced)\s+at\b", re.IGNORECASE)
_GAPPED_VALUE = re.compile(r"^\s*,?\s*and\s+(?:the\s+)?$", re.IGNORECASE)
_GAP_AMOUNT = re.compile(r"^\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|close to)\s+)?$",
                         re.IGNORECASE)
_LEAD_NOTE = "target: the round's company, not the investor leading it"
_LEADS_FINANCING = re.compile(r"^(?:co-)?(?:lead|leads|led|leading)\s.*\b(?:financing|funding|raise|fundraise|fundraising|"
                              r"series [a-h]|equity raise|capital raise)$", re.IGNORECASE)
_SIZE_AFTER = re.compile(r"^\s+of\s+(?:(?:up to|about|roughly|around|nearly|almost|some|over|more than|as much as)\s+)?$",
                         re.IGNORECASE)
_OWN_CHEQUE = re.compile(r"\b(?:with|putting|contributing|investing|committing|its own|own)\b", re.IGNORECASE)
_NO_BACKED_COMPANY = "'-backed' without the company it describes"
_LEAD_WORD = re.compile(r"(?:co-)?le(?:ad|d)(?:s|ing)?\b", re.IGNORECASE)
_UNDONE = ("no party", "no target", "the value of the stake", "the value of a holding")
_STAKE_PRICE = re.compile(r"^\s*for\s+(?:a|an|the|its)\s+(?:(?:roughly|about|nearly|almost|around|some|just over|"
                          r"more than)\s+)?[\d.]+\s?(?:%|per ?cent|percent)\s+(?:[\w-]+\s+)?(?:stake|holding|interest|"
                          r"shareholding|equity stake)\b", re.IGNORECASE)


_ROUND_PARTICIPANTS = re.compile(
    r"^(?:of\s|(?:(?:also|both|all|each)\s+)?(?:join|participate|participates|take part|takes part|co-invest|co-invests)\b"
    r"|(?:also\s+)?(?:joining|participating|investing|taking part|co-investing)\b)", re.IGNORECASE)


def link(state: Any, view: SentenceView, cands: list[Candidate]) -> None:
    """Participants named by this module's rows join a round of this sentence or the previous one."""
    if view.lang != "en":
        return
    _valued_company(state, view, cands)
    _bare_commitment(state, view, cands)
    mine = [c for c in cands if c.rejected is None and c.kind == "investment" and c.trigger.entry.frame == "investors"
            and _ROUND_PARTICIPANTS.match(c.trigger.text)]
    if not mine:
        return
    adjacent = state.prev if view.index - state.prev_index == 1 else []
    rounds = [o for o in (*cands, *adjacent) if o.kind == "investment" and o.rejected is None and o not in mine]
    for c in mine:
        if not rounds:
            c.rejected = "participants, but no funding round in this sentence or the one before"


_BARE_COMMIT = re.compile(r"^(?:(?:each|both|jointly|together|separately)\s+)?(?:commit|contribut|put|pledg)\w*\s.*\d"
                          r"(?:\s?(?:billion|million|bn|mn|m|trillion|tn))?$", re.IGNORECASE)


def _bare_commitment(state: Any, view: SentenceView, cands: list[Candidate]) -> None:
    """"OpenAI and SoftBank would each commit about $19 billion." names no recipient: the venture or round of
    the sentence before; without one, nothing (never the article's main company)."""
    adjacent = state.prev if view.index - state.prev_index == 1 else []
    recent = [o for i, o in getattr(state, "recent", []) if 0 < view.index - i <= 6 and o.kind == "joint_venture"]
    for c in cands:
        if c.kind != "investment" or c.rejected is not None or c.targets or not _BARE_COMMIT.match(c.trigger.text):
            continue
        names = {p.entity for p in c.sources}
        deal = next((o for o in reversed([*recent, *adjacent]) if o.kind in ("investment", "joint_venture") and o.targets
                     and check(o) is None and not names & {p.entity for p in o.targets}), None)
        if deal is None:
            c.rejected = "a commitment without its recipient, and no round or venture just before"
            continue
        c.targets = [Party(deal.targets[0].entity, view.sentence.start, view.sentence.start, "", slot="CONTEXT", via="context")]
        c.note(f"target: {deal.targets[0].entity}, the round or venture of the sentence before", -0.15)


def _valued_company(state: Any, view: SentenceView, cands: list[Candidate]) -> None:
    """The valuation beside a lead with no company named here: the company in focus (the last deal's)."""
    for c in cands:
        if c.kind != "valuation" or c.rejected is not None or c.targets or _LEAD_NOTE not in c.notes:
            continue
        leads = {p.entity for o in cands if o.kind == "investment" for p in o.sources}
        entity = next((e for i, e in reversed(state.focus) if view.index - i <= 8 and e not in leads), None)
        if entity is not None:
            c.targets = [Party(entity, view.sentence.start, view.sentence.start, "", slot="CONTEXT", via="context")]
            c.note(f"target taken from context: {entity} (the last deal's company)", -0.2)


def prepare(view: SentenceView) -> None:
    """"led by A, with B and C among the investors": B and C join the round (slot ALONG)."""
    text = view.sentence.text
    if view.lang != "en" or " among " not in text and " as " not in text:
        return
    s0 = view.sentence.start
    for m in _AMONG.finditer(text):
        for p in view.parties:
            if s0 + m.start(1) <= p.start and p.end <= s0 + m.end(1):
                p.slot = "ALONG"


def adjust(view: SentenceView, cands: list[Candidate]) -> None:
    """The English investment readings of this module, each checking its own case."""
    if view.lang != "en":
        return
    for c in list(cands):
        if c.rejected == _NO_BACKED_COMPANY:
            _appositive_backed(view, c)
        _backer_keeps_no_amount(c, cands)
        if c.kind == "valuation":
            _adjust_valuation(view, c, cands)
        elif c.rejected is None and c.kind == "investment":
            _adjust_investment(view, c, cands)
        elif c.rejected is None and c.kind == "purchase":
            _stake_payment(view, c, cands)
        elif c.rejected is None and c.kind == "stake":
            _shares_handed(view, c)
            _granted_rights(view, c)
    _jv_shares(view, cands)
    for c in cands:
        if c.kind == "stake" and c.rejected is None and not c.sources:
            _with_holding(view, c)
        if c.kind == "stake" and c.rejected is None and not c.sources:
            _second_verb(view, c, cands)


def _adjust_investment(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """Parts of a round, leads and their own parts, anchors, bare commitments."""
    if c.trigger.entry.frame == "investors":
        if _part_from(view, c):
            _whole_round(c, cands)
        return
    if c.trigger.entry.frame != "give":
        return
    if _BARE_COMMIT.match(c.trigger.text):  # "A and B each commit $X, with A holding 40%": A is no recipient
        c.targets = [p for p in c.targets if p.entity not in {q.entity for q in c.sources}]
    _anchor_order(view, c, cands)
    _own_part(c, cands)
    _lead_its(view, c)
    _lead_size(view, c)


def _adjust_valuation(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"could value X at", a lead is never valued, "which is valued at", gapped valuations."""
    if _noun_value(view, c):
        return
    _lead_not_valued(c, cands)
    if _which_valued(view, c):
        _release_value(c, cands)
    _gapped_valuation(view, c, cands)


def _part_from(view: SentenceView, c: Candidate) -> bool:
    """"Of that, €1.3 billion came from ASML": the party after "from" invested that part."""
    if not _PART_OF.match(c.trigger.text):
        return False
    after = [p for p in view.parties if p.start >= c.trigger.end and view.same_clause(c.trigger.end, p.start)]
    if not after:
        return False
    first = after[0]
    group = [first] + [p for p in after[1:] if p.coordinated]
    c.sources = group
    c.targets = [p for p in c.targets if p.entity not in {q.entity for q in group}]
    c.note(f"sources: {', '.join(p.entity for p in group)}, who put up that part of the round")
    if c.status == "announced" and re.search(r"\b(?:came|was|were)\b", c.trigger.text):
        c.status = "completed"
        c.note("status completed: the part was paid ('came from', 'was provided by')")
    return True


def _whole_round(part: Candidate, cands: list[Candidate]) -> None:
    """"X raised $4 billion, of which $2 billion came from A": the whole round is not A's own money."""
    names = {p.entity for p in part.sources}
    for o in cands:
        if o is part or o.kind != "investment" or o.rejected is not None or o.amount is None:
            continue
        if o.trigger.start < part.trigger.start and names & {p.entity for p in o.sources}:
            o.sources = [p for p in o.sources if p.entity not in names]
            o.note("the investor named for a part of the round is not the whole round's source")


def _which_valued(view: SentenceView, c: Candidate) -> bool:
    """"ASML took 11% of the French lab, which is now valued at €11.7 billion": the lab is valued."""
    text, s0 = view.sentence.text, view.sentence.start
    m = next((m for m in _WHICH_VALUED.finditer(text) if s0 + m.start() <= c.trigger.start < s0 + m.end() + 2), None)
    if m is None:
        return False
    head = [p for p in view.parties if p.end <= s0 + m.start() and not text[p.end - s0:m.start()].strip(" )’'s")]
    if not head:
        return False
    if c.rejected is not None and c.rejected.startswith(_UNDONE[2:]):
        c.rejected = None  # "a 2% stake in Cohere, which was valued at": the company's value, not the stake's
        c.note("the 'which' clause values the company named just before it, not the stake")
    if not (c.targets and c.targets[0].entity == head[-1].entity and c.rejected is None):
        c.targets, c.sources = [head[-1]], []
        if (c.rejected or "").startswith(_UNDONE):
            c.rejected = None
        c.note(f"target: {head[-1].entity}, the name the 'which' clause describes")
    return c.rejected is None and c.amount is not None


def _release_value(c: Candidate, cands: list[Candidate]) -> None:
    """The amount of a trailing "which is valued at $X" is the company's value, never a deal's price."""
    span = (c.amount.start, c.amount.end)
    for o in cands:
        if o is c or o.amount is None or (o.amount.start, o.amount.end) != span or o.rejected is not None:
            continue
        if o.kind == "investment" and o.trigger.entry.kind == "stake":
            o.rejected = "the amount is the company's value ('which is valued at'), not the stake's price"
        else:
            o.amount = None
            o.note("amount dropped: it is the value in a 'which is valued at' clause")


def _appositive_backed(view: SentenceView, c: Candidate) -> None:
    """"Ampere Computing, the Oracle-backed chip designer,": the name the appositive describes is the investee."""
    text, s0 = view.sentence.text, view.sentence.start
    backers = [p for p in view.parties if p.end <= c.trigger.start and re.fullmatch(r"\s*[-–]\s*", text[p.end - s0:c.trigger.start - s0])]
    if not backers:
        return
    first = backers[-1]
    head = [p for p in view.parties if p.end <= first.start
            and re.fullmatch(r"\s*,\s*(?:the|a|an|its|their)\s+(?:(?:[\w.&'’]+\s+)?(?:and|&)\s+)?", text[p.end - s0:first.start - s0])]
    if not head or head[-1].entity == first.entity:
        return
    c.sources, c.targets = [first], [head[-1]]
    c.status, c.rejected = "reported", None
    c.note(f"{head[-1].entity}, the {first.entity}-backed ...: a standing investment told in an appositive")


def _backer_keeps_no_amount(c: Candidate, cands: list[Candidate]) -> None:
    """"Amazon-backed Anthropic raised $4 billion": the raise keeps its amount; the backing is an older,
    standing investment of its own (not one deal told twice)."""
    if c.kind != "investment" or c.amount is None or c.trigger.text.lower() != "backed" \
            or not any("a standing investment told in" in n for n in c.notes):
        return
    other = next((o for o in cands if o is not c and (o.rejected or "").startswith("amount given to 'backed'")), None)
    if other is None:
        return
    other.amount, other.rejected = c.amount, None
    c.amount = None
    c.note("the amount is the other deal's (the backing is a standing investment)")


def _own_part(c: Candidate, cands: list[Candidate]) -> None:
    """"SoftBank agreed to lead a $40 billion round in OpenAI, committing as much as $30 billion itself":
    the lead's own part goes to the round's company."""
    if not re.match(r"(?:committing|contributing|providing|putting|chipping|investing)\b", c.trigger.text, re.IGNORECASE):
        return
    lead = next((o for o in cands if o is not c and o.kind == "investment" and o.targets and o.sources
                 and o.trigger.start < c.trigger.start and _LEAD_WORD.match(o.trigger.text)), None)
    if lead is None or len(lead.sources) != 1:
        return
    c.sources, c.targets = list(lead.sources), list(lead.targets)
    c.note(f"target: {lead.targets[0].entity}, whose round the investor leads; this is its own part")


def _anchor_order(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"Nvidia anchored the IPO with a $250 million order": the order is the anchor's investment."""
    if c.amount is not None or not c.trigger.text.lower().startswith("anchor"):
        return
    s0, text = view.sentence.start, view.sentence.text
    for o in cands:
        if o is c or o.amount is None or o.kind not in ("pay", "purchase", "buy", "contract") or o.trigger.start < c.trigger.end:
            continue
        if re.fullmatch(r"\s*with\s+(?:a|an)\s+(?:\S+\s+){0,2}", text[c.trigger.end - s0:o.amount.start - s0]) is None:
            continue
        c.amount, o.rejected = o.amount, "the anchor order is the investment of the anchor"
        c.note(f"amount: the anchor order {o.amount.text!r}")
        return


def _shares_handed(view: SentenceView, c: Candidate) -> None:
    """"OpenAI was handed CoreWeave shares worth $350 million": a holding in the company named before "shares"."""
    if c.targets or not re.match(r"(?:(?:was|were|is|are|been|being)\s+)?(?:handed|given|granted|issued|allotted|awarded)\b",
                                 c.trigger.text, re.IGNORECASE):
        return
    inside = [p for p in view.parties if c.trigger.start <= p.start and p.end <= c.trigger.end
              and p.entity not in {q.entity for q in c.sources}]
    if inside:
        c.targets = inside[-1:]
        c.note(f"target: {inside[-1].entity}, whose shares were handed over")


_GRANT = re.compile(r"^\s+(?:has\s+|had\s+|will\s+|would\s+)?(?:granted|grants|grant|gave|gives|give|issued|issues|issue|awarded|"
                    r"awards|award)\s+$", re.IGNORECASE)
_RIGHTS = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:warrants?|options?|the right|rights)\b", re.IGNORECASE)


def _granted_rights(view: SentenceView, c: Candidate) -> None:
    """"AMD granted OpenAI warrants for up to 10% of its shares": OpenAI is the (future) holder, AMD the company."""
    s0, text = view.sentence.start, view.sentence.text
    for a, b in zip(view.parties, view.parties[1:]):
        if b.end > c.trigger.end + 2 or not _GRANT.match(text[a.end - s0:b.start - s0]) or not _RIGHTS.match(text[b.end - s0:]):
            continue
        if a.entity == b.entity:
            return
        c.sources, c.targets = [b], [a]
        c.note(f"{a.entity} granted {b.entity} rights to its shares: {b.entity} is the holder")
        return


def _with_holding(view: SentenceView, c: Candidate) -> None:
    """"Stargate is a venture of OpenAI and SoftBank, with OpenAI holding a 40% interest": OpenAI holds
    40% of the sentence's subject (or, when the subject is one of the holders, of the company in context)."""
    s0, text = view.sentence.start, view.sentence.text
    holder = next((p for p in view.parties if p.slot == "WITH" and p.end <= c.trigger.start
                   and re.fullmatch(r"\s*", text[p.end - s0:c.trigger.start - s0])
                   and re.search(r"\bwith\s+$", text[:p.start - s0])), None)
    if holder is None:
        return
    c.sources = [holder]
    subject = view.parties[0] if view.parties and view.parties[0].entity != holder.entity else None
    if not c.targets and subject is not None and subject.start - s0 < 3 and subject.slot in ("NONE", "SUBJ"):
        c.targets = [subject]
    c.targets = [p for p in c.targets if p.entity != holder.entity]
    c.note(f"holder: {holder.entity} ('with {holder.text} holding')")


_EACH_OWNS = re.compile(r"\b(?:owned|held)\s+(?:(?:about|roughly|around)\s+)?[\d.]+\s?(?:%|per ?cent|percent)\s+by\s+each\b"
                        r"|\b[\d.]+\s?(?:%|per ?cent|percent)\s+(?:owned\s+)?by\s+each\b", re.IGNORECASE)


def _jv_shares(view: SentenceView, cands: list[Candidate]) -> None:
    """"A and B formed X, a joint venture owned 50% by each partner": a stake of 50% per member."""
    m = _EACH_OWNS.search(view.sentence.text) if "each" in view.sentence.text else None
    if m is None:
        return
    s0 = view.sentence.start
    pct = next((p for p in view.percentages if s0 + m.start() <= p.start < s0 + m.end()), None)
    jv = next((c for c in cands if c.kind == "joint_venture" and c.rejected is None and c.targets and len(c.sources) > 1), None)
    if pct is None or jv is None or any(c.kind == "stake" and c.rejected is None and c.sources for c in cands):
        return
    for c in cands:
        if c.kind == "stake" and c.rejected is None:
            c.rejected = "the share is each member's: one stake per member"
    for member in jv.sources:
        stake = replace(jv, kind="stake", sources=[member], targets=list(jv.targets), pct=pct, amount=None,
                        notes=[*jv.notes, f"{member.entity} owns {pct.text} of the venture (owned by each member)"])
        cands.append(stake)


def _second_verb(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"Of that, €1.3 billion came from ASML and takes about 11% of the lab": the investor named just before
    "and" is the subject of the second verb, the holder."""
    s0, text = view.sentence.start, view.sentence.text
    for o in cands:
        if o is c or o.kind != "investment" or o.rejected is not None or len(o.sources) != 1:
            continue
        src = o.sources[0]
        if src.end <= c.trigger.start and re.fullmatch(r"\s+and\s+(?:also\s+|now\s+|so\s+)?", text[src.end - s0:c.trigger.start - s0]):
            c.sources = [src]
            c.targets = [p for p in c.targets if p.entity != src.entity] or [p for p in o.targets if p.entity != src.entity]
            c.note(f"holder: {src.entity}, the subject shared by the two verbs")
            return


def _lead_its(view: SentenceView, c: Candidate) -> None:
    """"X's coffers grew after A, B and C co-led its Series F": A, B, C lead; "its" is X, named before."""
    if not re.match(r"(?:co-)?le(?:ad|d)(?:s|ing)?\s+(?:its|their)\s", c.trigger.text, re.IGNORECASE):
        return
    before = [p for p in view.parties if p.end <= c.trigger.start]
    owner = next((p for p in before if p.slot == "POSS"), None)
    near = [p for p in before if p.slot in ("NONE", "SUBJ") and owner is not None and p.start > owner.end]
    if owner is None or not near:
        return
    group = [near[-1]]
    for p in reversed(near[:-1]):
        if not group[0].coordinated:
            break
        group.insert(0, p)
    c.sources, c.targets = group, [owner]
    c.note(f"lead: {', '.join(p.entity for p in group)} led the round of {owner.entity} ('its')")


def _lead_size(view: SentenceView, c: Candidate) -> None:
    """"SoftBank leads a financing of up to $40 billion": the size is the round's, not the lead's cheque."""
    if c.amount is None or len(c.sources) != 1 or not _LEADS_FINANCING.match(c.trigger.text):
        return
    s0, text = view.sentence.start, view.sentence.text
    inside = c.trigger.start <= c.amount.start < c.trigger.end
    gap = text[c.trigger.end - s0:c.amount.start - s0] if c.amount.start >= c.trigger.end else ""
    if inside or _SIZE_AFTER.match(gap) or (gap and not _OWN_CHEQUE.search(gap) and re.search(r"[—–:-]\s*$", gap)):
        c.note(f"{ENTERED} {c.sources[0].entity} leads the financing; the size is the round's")


def _noun_value(view: SentenceView, c: Candidate) -> bool:
    """"could value Anthropic at $350 billion" is a verb; "put the value ... at" or "its value ... at" is a noun."""
    if not c.trigger.text.lower().startswith("value "):
        return False
    before = view.sentence.text[:c.trigger.start - view.sentence.start]
    if re.search(r"\b(?:the|a|an|its|their|his|her|our|whose|market|total|deal|book|fair|face)\s+$", before, re.IGNORECASE):
        c.rejected = "'value' is a noun here, not a valuation verb"
        return True
    return False


def _lead_not_valued(c: Candidate, cands: list[Candidate]) -> None:
    """"SoftBank leads a financing of $40 billion at a $300 billion valuation": the round's company is
    valued, never its lead; with no company named here the context supplies it."""
    if c.rejected is not None or not c.targets:
        return
    lead = next((o for o in cands if o.kind == "investment" and o.rejected is None and o is not c
                 and _LEAD_WORD.match(o.trigger.text)
                 and c.targets[0].entity in {p.entity for p in o.sources}
                 and c.targets[0].entity not in {p.entity for p in o.targets}), None)
    if lead is None:
        return
    c.targets = [p for p in lead.targets if p.entity != c.targets[0].entity][:1]
    c.note(_LEAD_NOTE)


def _gapped_valuation(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"xAI was valued at $80 billion and X at $33 billion": a second valuation of X."""
    if c.rejected is not None or c.amount is None or not c.targets:
        return
    s0, text = view.sentence.start, view.sentence.text
    amount_end = c.amount.end if hasattr(c.amount, "end") else None
    if amount_end is None:
        return
    nxt = [p for p in view.parties if p.start >= amount_end and _GAPPED_VALUE.match(text[amount_end - s0:p.start - s0])]
    if not nxt or nxt[0].entity == c.targets[0].entity:
        return
    second = nxt[0]
    amt = next((a for a in view.amounts if a.start >= second.end and _GAP_AMOUNT.match(text[second.end - s0:a.start - s0])),
               None)
    if amt is None or any(o.kind == "valuation" and o.targets and o.targets[0].entity == second.entity for o in cands):
        return
    extra = replace(c, targets=[second], sources=[], amount=amt, notes=list(c.notes), start=c.start, end=c.end)
    extra.note(f"gapped valuation: '{second.text} at' repeats the verb for {second.entity}")
    cands.append(extra)


def _stake_payment(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"paying $8.9 billion for a 9.9% stake in the chipmaker": new shares bought, an investment; the
    stake carries its price."""
    if c.amount is None or not hasattr(c.amount, "end"):
        return
    s0 = view.sentence.start
    if not _STAKE_PRICE.match(view.sentence.text[c.amount.end - s0:]):
        return
    c.kind = "investment"
    c.note("kind: money paid for a stake buys new shares (investment)")
    payer = {p.entity for p in c.sources}
    for o in cands:
        if o.kind == "stake" and o.rejected is None and o.amount is None and payer & {p.entity for p in o.sources}:
            o.amount = c.amount
            o.note(f"price of the stake {c.amount.text!r}")

