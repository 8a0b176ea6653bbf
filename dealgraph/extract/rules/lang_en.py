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
from dataclasses import replace

from dealgraph.extract.rules import clauses_en, conj_en, listings_en, possessor_en, recall_en
from dealgraph.extract.rules import invest_recall
from dealgraph.extract.rules import invest_en4
from dealgraph.extract.rules import dev5
from dealgraph.extract.rules import mt_en6
from dealgraph.extract.rules import en_recall6
from dealgraph.extract.rules import targets_en
from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.lexicon import providers
from dealgraph.extract.rules.view import Party, SentenceView

_DESCRIBER = re.compile(r"\b(?:former|ex-|ex|alumni of|veterans? of|spun out of|spun off from|formerly of|"
                        r"who (?:used to )?work(?:ed)? at|who left)\s+(?:the\s+)?$", re.IGNORECASE)
_STAFF = re.compile(r"^(?:'s)?\s+(?:[\w-]+\s+)?(?:researchers?|engineers?|employees?|executives?|staff(?:ers)?|"
                    r"scientists?|veterans?|alumni|founders?|leaders?|managers?)\b", re.IGNORECASE)
_LIST_VERB = re.compile(r"\b(?:include[sd]?|including|such as|among them|notably)\s+(?:the\s+)?$", re.IGNORECASE)
_APPOSITION = re.compile(r",\s*(?:which is |that is )?(?:led|run|headed|founded|co-founded|started|created|chaired) by\s+"
                         r"(?:[\w.-]+\s+){0,5}$", re.IGNORECASE)
_RENT = re.compile(r"^(?:rent|leas)", re.IGNORECASE)
_DEAL_VALUE = re.compile(r"\b(?:deal|contract|agreement|transaction|pact|package|arrangement|order)s?\s*,?\s*"
                         r"(?:that is |which is |that was |which was )?$", re.IGNORECASE)
_PERIODIC = re.compile(r"\b(?:a|per|each|every) (?:year|month|quarter)\b|\bannually\b|\byearly\b|"
                       r"\broyalt(?:y|ies)\b|\blicen[cs](?:e|ing) fees?\b|\bfees?\b", re.IGNORECASE)
_SETTLE = re.compile(r"\bto settle\b|\bsettlement\b|\bin damages\b", re.IGNORECASE)
_SPEECH = re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:said|says|say|told|wrote|writes|added|noted|stated|explained|"
                     r"argued|predicted|expects?|estimated)\b", re.IGNORECASE)
_TITLE = re.compile(r"^(?:'s|’s)?\s*(?:chief executive(?: officer)?|ceo|cfo|chief financial officer|president|"
                    r"chairman|chairwoman|founder|co-founder|boss|head|chief|chief (?:technology|operating|scientific) "
                    r"officer|cto|coo|vice chair(?:man)?|chair|executive chairman|managing director)\s*,?\s*$", re.IGNORECASE)


def prepare(view: SentenceView) -> None:
    """Drop parties that only describe another ("founded by former Google researchers"); a list after
    "included"/"such as" is unmarked ("Investors in the round included A and B": not "in A")."""
    text = view.sentence.text
    keep = []
    listed = False
    for p in view.parties:
        rel_s, rel_e = p.start - view.sentence.start, p.end - view.sentence.start
        if _LIST_VERB.search(text[max(0, rel_s - 30):rel_s]) or (listed and p.coordinated):
            p.slot, listed = "NONE", True
        else:
            listed = False
        if p.type == "person" and _APPOSITION.search(text[:rel_s]) and re.match(r"\s*[,;]", text[rel_e:]):
            continue  # "Thinking Machines, led by former OpenAI executive Mira Murati, raised ..."
        if p.slot == "ADVISER":
            continue  # "arranged by Morgan Stanley", "founded by ...": no money of theirs
        if _DESCRIBER.search(text[max(0, rel_s - 30):rel_s]) or (
                p.type != "person" and _STAFF.match(text[rel_e:rel_e + 30]) and not _titled(view, p)
                and not invest_recall.staff_word_is_name(view, p, _STAFF.match(text[rel_e:rel_e + 30]).end())):
            continue  # "former Google researchers", "ex-OpenAI staff"
        keep.append(p)
    view.parties[:] = keep
    conj_en.drop_helpers(view)  # round 11 enclauses: "Morgan Stanley helped it arrange $5bn of debt"
    invest_recall.drop_attribution(view)  # round 14: ", the company said." is the speaker, not a party
    invest_recall.restore_backers(view)  # round 14: "Amazon-backed Anthropic"
    _syndicate_list(view)
    _joining_list(view)
    invest_en4.prepare(view)  # round 21 investment en: "with A and B among the investors"
    targets_en.prepare(view)  # round 16: "It is learned that ..." names no company


# -- round 6, area "lists": syndicates, participants, relative clauses -------------------------
_SYNDICATE = re.compile(r"\b(?:from|with|by|among)\s+(?:a\s+(?:group|syndicate|consortium|club|slate|roster)\s+of\s+|"
                        r"(?:a\s+)?(?:syndicate|consortium)\s+of\s+)?(?:\w+\s+){0,2}?(?:banks|lenders|investors|backers|"
                        r"institutions|funds|financiers|creditors)\s+(?:including|such as|like|that included|which included|"
                        r"among them)\s+$", re.IGNORECASE)
_JOINING = re.compile(r"\bwith\s+([^;.]{2,160}?)\s+(?:all\s+|each\s+)?(?:also\s+)?(?:joining|participating|investing|"
                      r"taking part|chipping in|contributing|co-investing|piling in)\b", re.IGNORECASE)


def _syndicate_list(view: SentenceView) -> None:
    """"a loan from banks including A, B and C", "a facility with a group of lenders such as A": the
    listed parties are the ones the money comes from (FROM), each its own lender or investor."""
    text, s0 = view.sentence.text, view.sentence.start
    listed = False
    for p in view.parties:
        if _SYNDICATE.search(text[max(0, p.start - s0 - 90):p.start - s0]):
            p.slot, listed = "FROM", True
        elif listed and p.coordinated:
            p.slot = "FROM"
        else:
            listed = False


def _joining_list(view: SentenceView) -> None:
    """"led by A, with B, C and D also joining": the parties between "with" and "joining" co-invest."""
    s0 = view.sentence.start
    for m in _JOINING.finditer(view.sentence.text):
        for p in view.parties:
            if s0 + m.start(1) <= p.start and p.end <= s0 + m.end(1):
                p.slot = "ALONG"


_HEAD_OPEN = re.compile(r"^\s*,\s*(?:whose|which|who|that|the|a|an|one of|itself|its|their|long|once|now|"
                        r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:'s|’s))\b", re.IGNORECASE)  # round 7: "X, Y's lab,"
_HEAD_CLOSE = re.compile(r",\s*(?:(?:also|has|have|had|now|recently|just|then|later|reportedly|itself|last year|"
                         r"this year|earlier|will|would|is|was|could|may|might|plans to|agreed to|said it would)\s+){0,2}$",
                         re.IGNORECASE)
_WHOSE = re.compile(r"^\s*,\s*whose\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _clause_head(view: SentenceView, start: int) -> Party | None:
    """"Cohere, whose investors include A and B, raised ...": Cohere, the subject the clause describes."""
    text, s0 = view.sentence.text, view.sentence.start
    if not _HEAD_CLOSE.search(text[:start - s0]):
        return None
    return next((p for p in reversed(view.parties) if p.end < start and _HEAD_OPEN.match(text[p.end - s0:start - s0])
                 and not re.search(r"[;:]", text[p.end - s0:start - s0])), None)


def _relative_clause(view: SentenceView, c: Candidate) -> None:
    """Parties inside "X, whose investors include A and B," or "X, the startup founded by Y," are not the
    subject of the verb after the clause: X is. "X, whose backers include A" names X's investors."""
    if c.kind not in ("investment", "loan") or c.rejected is not None:
        return
    s0 = view.sentence.start
    if c.trigger.entry.frame == "investors" and not c.targets:
        head = next((p for p in view.parties if p.end <= c.trigger.start
                     and _WHOSE.match(view.sentence.text[p.end - s0:c.trigger.start - s0])), None)
        if head is not None:
            c.targets = [head]
            c.note(f"target: {head.entity}, whose investors the clause lists")
        return
    frame = c.trigger.entry.frame
    verb = next((t for t in view.triggers if t.entry.frame == frame and t.start <= c.trigger.start
                 and _clause_head(view, t.start) is not None), None)  # "X, …, raised $2B in a seed round"
    if verb is None or frame not in ("get", "give"):
        return
    head = _clause_head(view, verb.start)
    assert head is not None
    inside = {id(p) for p in view.parties if head.end <= p.start and p.end <= verb.start}
    side = "targets" if c.trigger.entry.frame == "get" else "sources"
    chosen = getattr(c, side)
    if chosen and not any(id(p) in inside for p in chosen):
        return
    setattr(c, side, [head])
    other = c.sources if side == "targets" else c.targets
    other[:] = [p for p in other if id(p) not in inside and p.entity != head.entity]
    c.note(f"{head.entity} is the subject; the clause after it only describes it")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """English readings after the shared rules have built the sentence's candidates."""
    for c in cands:
        _relative_clause(view, c)
        clauses_en.object_relative(view, c)
        clauses_en.inside_relative(view, c)
        clauses_en.possessed_backer(view, c, cands)
        recall_en.entered_round(view, c)  # round 8 enrecall: "A came into the startup's round"
    cands = cands + clauses_en.gapped(view, cands)  # round 7: "invested $30B in A, as well as $2B in B"
    clauses_en.spend_on_capex(view, cands)
    _rentals(view, cands)
    _neocloud_sells_capacity(view, cands)
    _deal_value(view, cands)
    _directed_twin(cands)
    cands = _stake_not_company(view, cands)
    _sold_stake(view, cands)
    for c in cands:
        _valued_inside(view, c)
        _bid_from(view, c)
        _along_without_lead(view, c)
        _loan_from(view, c)
        _payment(view, c)
        _capex(view, c)
        _speaker(view, c)
        _unknown_owner(c)  # round 10 enprecision
    cands = invest_recall.adjust(view, cands)  # round 14: "-backed", "in which A invested", "round drew A, B"
    cands = listings_en.adjust(view, cands)  # round 12 listings: offerings, share transfers, added defendants
    cands = targets_en.adjust(view, cands)  # round 16: the right company when several are named
    invest_en4.adjust(view, cands)  # round 21 investment en: parts of a round, 'which is valued at', gapped values
    dev5.en_adjust(view, cands)  # round 22 dev: "it handed A warrants" (dev5.py)
    mt_en6.adjust(view, cands)  # round 23 MT English: third-party allotments, joiners of a listed round
    cands = en_recall6.adjust(view, cands)  # round 23 en recall: second-clause targets, described takeovers
    conj_en.split(view, cands)  # round 11 enclauses: "X keeps 27% of Y as Y signs $250bn more"
    conj_en.totals(view, cands)  # round 11: "contracts announced by OpenAI this year now top $1 trillion"
    return conj_en.paren_list(view, cands)  # round 11: "contracts with Nebius ($17.4bn), IREN ($9.7bn)"


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
            if not view.same_clause(c.trigger.start, r.trigger.start):
                continue  # "A signed a cloud deal with B, and C agreed to rent ... from D": another deal
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
        deals = [c for c in cands if c is not v and c.sources and c.targets and c.amount is None
                 and c.kind in ("compute_commitment", "purchase", "investment", "acquisition", "loan")
                 and c.rejected is None]
        deal = min(deals, key=lambda c: c.kind != "compute_commitment", default=None)
        if deal is not None:
            deal.amount = v.amount
            deal.note(f"the deal's value {v.amount.text!r}", +0.05)


def _neocloud_sells_capacity(view: SentenceView, cands: list[Candidate]) -> None:
    """A neocloud "provides GPUs" as a service: compute capacity (customer -> neocloud), not chips sold."""
    def neo(parties: list[Party]) -> bool:
        return any(providers().get(p.entity) == "neocloud" for p in parties)
    sold = False
    for c in cands:
        if (c.kind not in ("purchase", "compute_commitment") or not c.sources or not c.targets
                or c.trigger.entry.kind not in ("contract", "supply")):
            continue  # "CoreWeave bought Nvidia GPUs": a neocloud buying chips stays a purchase
        if c.kind == "purchase" and c.trigger.text.lower().startswith(("sel", "sold")) and any(
                providers().get(p.entity) == "hardware" for p in c.targets):
            continue  # round 7: "Nvidia sells CoreWeave most of its chips": the chip maker sells to the neocloud
        if neo(c.sources) and not neo(c.targets):
            c.sources, c.targets = c.targets, c.sources
            c.note(f"{c.targets[0].entity} is a neocloud: the provider")
        if neo(c.targets):
            c.kind, sold = "compute_commitment", True
            c.note("the seller is a neocloud: compute capacity")
    for c in cands:  # "provide Microsoft with Nvidia GPUs": the chips' maker sells nothing here
        if sold and c.kind == "purchase" and c.trigger.entry.kind in ("contract", "supply", "buy", "pay"):
            c.rejected = c.rejected or "the neocloud's capacity deal, not a chip sale"


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


def _titled(view: SentenceView, p: Party) -> bool:
    """"Meta chief executive Mark Zuckerberg": the company before an executive's title (round 7, roles)."""
    s0 = view.sentence.start
    return any(q.type == "person" and q.start > p.end and _TITLE.match(view.sentence.text[p.end - s0:q.start - s0])
               for q in view.parties)


def _speaker(view: SentenceView, c: Candidate) -> None:
    """"Meta CEO Mark Zuckerberg said capex will be ...": the company spends, never the executive.

    Round 7: any deal an executive announces for a company ("Nvidia CEO Jensen Huang said the company
    would invest ... in OpenAI"); a person without a company title stays a person party."""
    boss = _speaks_for(view, c) if c.kind != "valuation" else None
    if boss is None:
        _speaker_capex(view, c)
    else:
        person = c.sources[0]
        c.sources = [boss] + [p for p in c.sources[1:] if p.entity != boss.entity]
        c.targets = [p for p in c.targets if p.entity != boss.entity]
        c.note(f"{person.entity} speaks for {boss.entity}: the company deals")


def _speaks_for(view: SentenceView, c: Candidate) -> Party | None:
    """The company whose titled executive, the only source, is quoted ("A president B said/wrote ...")."""
    if len(c.sources) != 1 or c.sources[0].type != "person":
        return None
    p, text, s0 = c.sources[0], view.sentence.text, view.sentence.start
    if not _SPEECH.match(_DATE_ASIDE.sub("", text[p.end - s0:], count=1)):
        return None
    return next((q for q in reversed(view.parties) if q.end <= p.start and q.type in ("company", None)
                 and _TITLE.match(text[q.end - s0:p.start - s0])), None)


_DATE_ASIDE = re.compile(r"^\s+(?:in|on|last|this|earlier this|late|early)\s+(?:[A-Z][a-z]+|\d{4}|week|month|year)"
                         r"(?:\s+\d{4})?(?=\s)", re.IGNORECASE)


def _speaker_capex(view: SentenceView, c: Candidate) -> None:
    """The targetless spending of a quoted person: the titled company's, else not said."""
    if c.kind != "investment" or c.targets:
        return
    text, s0 = view.sentence.text, view.sentence.start
    for p in list(c.sources):
        if p.type != "person" or not _SPEECH.match(_DATE_ASIDE.sub("", text[p.end - s0:], count=1)):
            continue
        boss = next((q for q in reversed(view.parties) if q.end <= p.start and q.type in ("company", None)
                     and _TITLE.match(text[q.end - s0:p.start - s0])), None)
        if boss is not None:
            c.sources[c.sources.index(p)] = boss
            c.note(f"{p.entity} speaks for {boss.entity}: the company spends")
        else:
            c.rejected = c.rejected or f"{p.entity} is quoted; whose spending is not said"


def _valued_inside(view: SentenceView, c: Candidate) -> None:
    """"values xAI at $80 billion": the company sits inside the trigger."""
    if c.kind == "valuation" and not c.targets:
        inside = [p for p in view.parties if c.trigger.start <= p.start and p.end <= c.trigger.end]
        if inside:
            c.targets = inside[:1]
            c.note(f"target: {inside[0].entity}, the company valued")


_BID = re.compile(r"bid|offer|approach", re.IGNORECASE)


def _bid_from(view: SentenceView, c: Candidate) -> None:
    """"OpenAI rejected an unsolicited bid from Elon Musk": the bidder follows "from"."""
    if c.kind != "acquisition" or not _BID.search(c.trigger.text):
        return
    bidder = _from_party(view, c)
    if bidder:
        subject = [p for p in c.sources if p.entity != bidder[0].entity]
        c.sources, c.targets = bidder[:1], (subject or c.targets)[:1]
        c.note(f"bid from {bidder[0].entity}: the bidder is the acquirer")


def _along_without_lead(view: SentenceView, c: Candidate) -> None:
    """"xAI raised $6 billion with participation from A and B": the participants invested."""
    if c.kind != "investment" or c.sources or not c.targets or c.trigger.entry.frame != "get":
        return
    along = [p for p in view.parties if p.slot == "ALONG" and p.entity not in {t.entity for t in c.targets}]
    from dealgraph.extract.rules.roles import _group

    for p in along:
        c.sources.extend(q for q in _group(p, view.parties) if q not in c.sources and q.entity not in
                         {t.entity for t in c.targets})
    if c.sources:
        c.note(f"investors: {len(c.sources)} participants in the round")


_STAKE_WORD = re.compile(r"^\s+(?:(?:a|an|the|its|their|another|additional|further|minority|majority|controlling|"
                         r"small|large|roughly|about|nearly|\S*\d\S*|percent|per|cent)\s+){0,4}"
                         r"(?:stake|shares|interest|holding)\b", re.IGNORECASE)


def _stake_not_company(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"bought a 49% stake in Scale AI for $14.3 billion": shares bought, not the company."""
    from dealgraph.extract.rules.candidates import pair_stakes

    moved = False
    for c in cands:
        rest = view.sentence.text[c.trigger.end - view.sentence.start:]
        if c.kind != "acquisition" or not _STAKE_WORD.match(rest):
            continue
        c.rejected = c.rejected or "a stake or shares bought, not the company"
        stake = next((s for s in cands if s.kind == "stake" and s.rejected is None and s.amount is None), None)
        if stake is not None and c.amount is not None:
            stake.amount, moved = c.amount, True
            stake.note(f"price {c.amount.text!r} paid for the stake")
    return pair_stakes(view, cands) if moved else cands


def _directed_twin(cands: list[Candidate]) -> None:
    """"signed a contract to supply HBM to Nvidia": the supply word gives the direction, not the contract."""
    for c in cands:
        if c.trigger.entry.kind != "contract" or c.rejected is not None:
            continue
        parties = {p.entity for p in (*c.sources, *c.targets)}
        twin = next((d for d in cands if d is not c and d.rejected is None and d.kind == c.kind
                     and d.trigger.entry.kind != "contract" and {p.entity for p in (*d.sources, *d.targets)} == parties),
                    None)
        if twin is not None:
            if twin.amount is None and c.amount is not None:
                twin.amount = c.amount
            c.rejected = f"the same deal as {twin.trigger.text!r}, which gives the direction"


_SOLD = re.compile(r"\b(?:sold|sells|sell|selling|offloaded|offloads|unloaded|dumped|divested|divests|cashed out(?: of)?|"
                   r"exited|liquidated)\s+(?:(?:its|their|his|her|the|a|an|all|entire|whole|remaining|full|part of|some of|"
                   r"\S*\d\S*|percent|per|cent|of)\s+)*$", re.IGNORECASE)


def _sold_stake(view: SentenceView, cands: list[Candidate]) -> None:
    """"SoftBank sold its entire stake in Nvidia for $5.8 billion": money to the seller (gold convention).

    A stake sold on the market is a ``purchase`` with the buyers unnamed (null) and the seller as target.
    """
    s = view.sentence
    sold = [c for c in cands if c.kind in ("stake", "investment") and c.sources and c.rejected is None
            and _SOLD.search(s.text[:c.trigger.start - s.start])]
    for c in sold:
        seller = c.sources[:1]
        if any(o.kind == "purchase" and o.targets == seller and o.trigger is c.trigger for o in cands):
            c.rejected = "the sale of the shares, stated once"
            continue
        c.kind, c.targets, c.sources, c.pct = "purchase", seller, [], None
        c.trigger = replace(c.trigger, entry=replace(c.trigger.entry, frame="sell"))
        c.note("shares sold: the seller receives the money, the buyers are unnamed")


def _unknown_owner(c: Candidate) -> None:
    """"put $2 billion into Elon Musk's lab" where the article never names the lab: no claim (never the person)."""
    if c.rejected is None and any(p.via == possessor_en.UNKNOWN_OWNER for p in (*c.sources, *c.targets)):
        c.rejected = "a person's company that the article does not name"
