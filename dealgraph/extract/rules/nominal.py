"""Round 15, phenomenon "nominal": deals stated as noun phrases, relative clauses and appositions.

A deal is often named in passing rather than by a main verb. The readings here repair the roles
the verb-centred rules give such noun phrases (all languages):

- en relative clauses: "Nvidia, which owns about 7% of CoreWeave, ..." — the head before
  ", which" holds / invests; an amount the title after it took ("..., remains its largest
  shareholder") goes back to the deal when the title names nobody.
- en appositions: "CoreWeave, a Nvidia portfolio company, announced ..." — Nvidia backs CoreWeave,
  and a party inside the apposition is not the subject of the main verb.
- en rounds named by their properties: "the $6.6 billion round that valued OpenAI at $157 billion"
  (OpenAI raised it), "the $3.5 billion Series E that Lightspeed led" and "the $40 billion
  SoftBank-led financing" (the lead invested; the size is the round's); a "led by" reading never
  crosses into another clause before the round.
- en adjuncts: "After Amazon's $8 billion investment, Anthropic ..." — the main clause's subject
  received the money.
- zh: "A此前对B的N投资" (A is the investor, not a party named later in the sentence), "对X的估值"
  (X is valued), "A牵头/领投的N融资" (A leads; the size is the round's).
- ja: "Aが主導した今回の調達" (A leads, it does not raise), "Aなど…からのローン" (A lends).

A candidate whose lead is marked gets the note prefix "entered the round:", which the claim builder
(extractor._led_round) reads: the size goes on a round claim with a null investor.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.lexicon import providers
from dealgraph.extract.rules.view import Party, SentenceView

LED = "entered the round:"  # the note prefix extractor._led_round reads

# -- en ----------------------------------------------------------------------------------------
_EN_WHICH = re.compile(r"^\s*,\s*(?:which|who)\s+(?:(?:has|have|had|now|also|already|still|long|reportedly|"
                       r"currently|itself)\s+)*$", re.IGNORECASE)
_EN_APPOS = re.compile(r",\s*(?:a|an|another|one)\s+[^,;:()]{2,60}?,", re.IGNORECASE)
_EN_APPOS_HEAD = re.compile(r"^\s*,\s*(?:a|an|another|one of the|one of)\s+(?:(?:early|longtime|long-time|former|"
                            r"major|key|big|small|minority)\s+)?$", re.IGNORECASE)
_EN_VALUED = re.compile(r"^\s*(?:\w+\s+)?(?:that|which)\s+valued\s+", re.IGNORECASE)
_EN_THAT_LED = re.compile(r"^\s*(?:that|which)\s+$", re.IGNORECASE)
_EN_LED_AFTER = re.compile(r"^\s+(?:co-)?led\b", re.IGNORECASE)
_EN_DASH_LED = re.compile(r"^\s*-\s*$")
_EN_AFTER = re.compile(r"(?:^|[.;:]\s*|\*\*\s*)(?:after|following|with|thanks to|since|fresh from|on the back of)\s+$",
                       re.IGNORECASE)
_EN_MAIN_SUBJ = re.compile(r"^\s*,\s*(?:the\s+\w+\s+)?$")


def _gap(view: SentenceView, a: int, b: int) -> str:
    s0 = view.sentence.start
    return view.sentence.text[max(a - s0, 0):max(b - s0, 0)]


def _en_relative_head(view: SentenceView, c: Candidate) -> None:
    """"Nvidia, which owns about 7% of CoreWeave": the head of the relative clause is the holder/investor."""
    if c.sources or c.kind not in ("stake", "investment", "loan", "acquisition", "compute_commitment", "purchase"):
        return
    if c.trigger.entry.frame in ("get", "value", "investors", "jv"):
        return
    before = [p for p in view.parties if p.end <= c.trigger.start and p not in c.targets]
    if before and _EN_WHICH.match(_gap(view, before[-1].end, c.trigger.start)):
        c.sources = [before[-1]]
        c.note(f"{before[-1].entity} heads the relative clause (', which'): the {c.kind}'s source")


def _en_lent_back(cands: list[Candidate]) -> None:
    """An amount merged into a fragment that was then rejected goes back to the deal it came from."""
    for c in cands:
        if c.amount is not None or not (c.rejected or "").startswith("amount given to "):
            continue
        o = next((o for o in cands if o is not c and o.rejected is not None and o.amount is not None
                  and c.rejected == f"amount given to {o.trigger.text!r} (same deal)"), None)
        if o is not None:
            c.amount, o.amount, c.rejected = o.amount, None, None
            c.note(f"amount {c.amount.text!r} back from the rejected {o.trigger.text!r}")  # type: ignore[union-attr]


def _in_apposition(view: SentenceView, p: Party) -> Party | None:
    """The head of the apposition ("X, a Y portfolio company,") that ``p`` sits in, if any."""
    text, s0 = view.sentence.text, view.sentence.start
    for m in _EN_APPOS.finditer(text):
        lo, hi = s0 + m.start(), s0 + m.end()
        if lo < p.start and p.end < hi:
            return next((h for h in reversed(view.parties) if h.end <= lo and not text[h.end - s0:m.start()].strip()),
                        None)
    return None


def _en_apposition(view: SentenceView, c: Candidate) -> None:
    """"CoreWeave, a Nvidia portfolio company, announced the acquisition of X": CoreWeave acquires."""
    if len(c.sources) != 1 or c.trigger.text.lower().startswith("portfolio"):
        return
    src = c.sources[0]
    head = _in_apposition(view, src)
    if head is None or _appos_end(view, src) > c.trigger.start or any(t.entity == head.entity for t in c.targets):
        return
    c.sources = [head]
    c.note(f"{src.entity} sits in the apposition describing {head.entity}: {head.entity} is the subject")


def _appos_end(view: SentenceView, p: Party) -> int:
    s0 = view.sentence.start
    m = re.compile(r",").search(view.sentence.text, p.end - s0)
    return s0 + m.end() if m else view.sentence.end


def _en_portfolio(view: SentenceView, c: Candidate) -> None:
    """"X, a Y portfolio company" / "Y portfolio company X": Y invested in X."""
    if not c.trigger.text.lower().startswith("portfolio"):
        return
    before = [p for p in view.parties if p.end <= c.trigger.start]
    if not before or not re.fullmatch(r"\s*(?:'s|’s)?\s*", _gap(view, before[-1].end, c.trigger.start)):
        c.rejected = "a portfolio company without its backer named right before"
        return
    backer = before[-1]
    head = before[-2] if len(before) > 1 and _EN_APPOS_HEAD.match(_gap(view, before[-2].end, backer.start)) else None
    if head is None:
        after = [p for p in view.parties if p.start >= c.trigger.end]
        head = after[0] if after and not _gap(view, c.trigger.end, after[0].start).strip() else None
    if head is None:
        c.rejected = "a portfolio company without the company named"
        return
    c.kind, c.sources, c.targets, c.amount, c.status = "investment", [backer], [head], None, "reported"
    c.note(f"{head.entity} is a portfolio company of {backer.entity}")


def _en_round_valued(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"the $6.6 billion round that valued OpenAI at $157 billion": the company valued raised the round."""
    if c.kind != "investment" or c.trigger.entry.frame != "get" or c.targets:
        return
    rest = view.sentence.text[c.trigger.end - view.sentence.start:]
    if not _EN_VALUED.match(rest):
        return
    val = next((o for o in cands if o.kind == "valuation" and o.targets and 0 <= o.trigger.start - c.trigger.end < 40), None)
    if val is None:
        return
    c.targets = [val.targets[0]]
    c.sources = [p for p in c.sources if p.start > c.trigger.start or view.same_clause(p.end, c.trigger.start)]
    c.note(f"the round that valued {c.targets[0].entity}: its company")


def _en_round_lead(view: SentenceView, c: Candidate) -> None:
    """"the $3.5 billion Series E that Lightspeed led", "the $40 billion SoftBank-led financing": the lead."""
    if c.kind != "investment" or c.trigger.entry.frame != "get":
        return
    lead = _lead_after_that(view, c) or _lead_dash(view, c)
    if lead is None:
        return
    c.sources = [lead]
    c.targets = [p for p in c.targets if p.entity != lead.entity]
    c.note(f"{LED} {lead.entity} led the round (noun phrase)")


def _lead_after_that(view: SentenceView, c: Candidate) -> Party | None:
    after = [p for p in view.parties if p.start >= c.trigger.end]
    if not after or not _EN_THAT_LED.match(_gap(view, c.trigger.end, after[0].start)):
        return None
    return after[0] if _EN_LED_AFTER.match(_gap(view, after[0].end, view.sentence.end)) else None


def _lead_dash(view: SentenceView, c: Candidate) -> Party | None:
    if not c.trigger.text.lower().startswith("led "):
        return None
    before = [p for p in view.parties if p.end <= c.trigger.start]
    return before[-1] if before and _EN_DASH_LED.match(_gap(view, before[-1].end, c.trigger.start)) else None


def _en_get_crossing(view: SentenceView, c: Candidate) -> None:
    """A "led by X" before the round, in another clause ("settlement with authors led by X, and the
    $13 billion Series F ..."), is not the round's lead."""
    if c.kind != "investment" or c.trigger.entry.frame != "get" or not c.sources:
        return
    kept = [p for p in c.sources if p.slot not in ("AGENT", "FROM") or p.start > c.trigger.start
            or view.same_clause(p.end, c.trigger.start)]
    if len(kept) < len(c.sources):
        c.sources = kept
        c.note("a lead named in another clause before the round is not its lead")


def _en_after_possessed(view: SentenceView, c: Candidate) -> None:
    """"After Amazon's $8 billion investment, Anthropic hired ...": the main clause's subject got it."""
    if c.kind != "investment" or c.targets or len(c.sources) != 1 or c.sources[0].slot != "POSS":
        return
    src = c.sources[0]
    if not _EN_AFTER.search(_gap(view, view.sentence.start, src.start)):
        return
    comma = view.sentence.text.find(",", c.trigger.end - view.sentence.start)
    if comma < 0:
        return
    after = [p for p in view.parties if p.start >= view.sentence.start + comma and p.entity != src.entity]
    if after and _EN_MAIN_SUBJ.match(_gap(view, view.sentence.start + comma, after[0].start)):
        c.targets = [after[0]]
        c.note(f"the main clause's subject {after[0].entity} received the investment")


def _en_commitment_kind(c: Candidate) -> None:
    """"OpenAI's commitments to CoreWeave": money committed to a compute seller is compute."""
    if c.kind != "investment" or not re.match(r"(?:pledge|commitment)", c.trigger.text, re.IGNORECASE):
        return
    if c.targets and all(providers().get(p.entity) in ("compute", "neocloud") for p in c.targets):
        c.kind = "compute_commitment"
        c.note("committed to a compute seller: a compute commitment")


_NO_KIND = "neither goods (chips, GPUs) nor cloud services named"


def _en_listed_contract(view: SentenceView, c: Candidate) -> None:
    """"a $300 billion, five-year Oracle contract, signed in July, Nvidia's pledge of ...": a contract with a
    compute seller is compute even when another deal word stands in another clause of the list."""
    if c.kind != "contract" or not (c.rejected or "").endswith(_NO_KIND) or view.cue("product") is not None:
        return
    others = [t for t in view.triggers if t.entry.kind != "contract"]
    if not others or any(view.same_clause(t.start, c.trigger.start) for t in others):
        return
    if not any(providers().get(p.entity) in ("compute", "neocloud") for p in (*c.sources, *c.targets)):
        return
    c.kind, c.rejected = "compute_commitment", None
    c.targets = [p for p in c.targets if view.same_clause(p.start, c.trigger.start)] or c.targets
    C.orient(c)
    c.note("a contract with a compute seller, listed beside other deals: compute")


def _adjust_en(view: SentenceView, cands: list[Candidate]) -> None:
    _en_lent_back(cands)
    for c in cands:
        _en_listed_contract(view, c)
    for c in cands:
        if c.rejected is not None:
            continue
        _en_portfolio(view, c)
        _en_relative_head(view, c)
        _en_apposition(view, c)
        _en_get_crossing(view, c)
        _en_round_valued(view, c, cands)
        _en_round_lead(view, c)
        _en_after_possessed(view, c)
        _en_commitment_kind(c)


# -- zh ----------------------------------------------------------------------------------------
_ZH_TO = re.compile(r"^\s*(?:此前|之前|早前|先前|早先|近期|最近|去年|今年|曾|已)?\s*(?:对|向|對)\s*$")
_ZH_OF_DEAL = re.compile(r"^[^，,。；;、]{0,4}的[^，,。；;、]{0,16}$")
_ZH_LED = re.compile(r"^\s*(?:在[^，,。；;、]{1,12})?(?:牵头|領投|领投|牽頭|主导|主導)的")


def _zh_to_possessor(view: SentenceView, c: Candidate) -> None:
    """"微软此前对OpenAI的130亿美元投资": the party right before 对 invests, not a party named later."""
    if c.kind not in ("investment", "stake", "loan", "compute_commitment", "purchase") or len(c.targets) != 1:
        return
    tgt = c.targets[0]
    if tgt.slot != "TO" or tgt.end > c.trigger.start or not _ZH_OF_DEAL.match(_gap(view, tgt.end, c.trigger.start)):
        return
    before = [p for p in view.parties if p.end <= tgt.start]
    if not before or not _ZH_TO.match(_gap(view, before[-1].end, tgt.start)) or before[-1].entity == tgt.entity:
        return
    if c.sources and c.sources[0].entity == before[-1].entity:
        return
    c.sources = [before[-1]]
    c.note(f"{before[-1].entity}对{tgt.entity}的…: {before[-1].entity} is the source")


def _zh_valued(view: SentenceView, c: Candidate) -> None:
    """"此轮融资对月之暗面的估值约为25亿美元": the company after 对 is valued."""
    if c.kind != "valuation" or c.targets:
        return
    tos = [p for p in view.parties if p.slot == "TO" and p.end <= c.trigger.start
           and re.fullmatch(r"的\s*", _gap(view, p.end, c.trigger.start))]
    if tos:
        c.targets = [tos[-1]]
        c.note(f"对{tos[-1].entity}的估值: the company valued")


def _zh_led_round(view: SentenceView, c: Candidate) -> None:
    """"软银牵头的400亿美元融资", "阿里巴巴在2024年2月领投的月之暗面10亿美元融资": the lead and the round's size."""
    if c.kind != "investment" or c.amount is None or len(c.sources) != 1:
        return
    lead = c.sources[0]
    m = _ZH_LED.match(_gap(view, lead.end, view.sentence.end))
    if m is None or lead.end + m.end() > c.trigger.start:
        return
    if c.targets and c.targets[0].start < lead.start:
        return
    c.note(f"{LED} {lead.entity} leads the round (…牵头的/领投的)")


def _zh_take_back(c: Candidate, cands: list[Candidate]) -> None:
    """The deal whose investor 对 named was merged into another's: its amount comes back to it."""
    tag = f"from trigger {c.trigger.text!r} of the same deal"
    for o in cands:
        if o is c or o.amount is None or not any(tag in n for n in o.notes):
            continue
        c.amount, o.amount, c.rejected = o.amount, None, None
        if not o.sources:
            o.rejected = f"the amount belongs to {c.trigger.text!r} (A对B的…)"
        c.note(f"amount {c.amount.text!r} back from {o.trigger.text!r}")  # type: ignore[union-attr]


def _adjust_zh(view: SentenceView, cands: list[Candidate]) -> None:
    for c in cands:
        if (c.rejected or "").startswith("amount given to ") and c.amount is None:
            before = [p.entity for p in c.sources]
            _zh_to_possessor(view, c)
            if [p.entity for p in c.sources] != before:
                _zh_take_back(c, cands)
        if c.rejected is None:
            _zh_to_possessor(view, c)
            _zh_valued(view, c)
            _zh_led_round(view, c)


# -- ja ----------------------------------------------------------------------------------------
_JA_LED = re.compile(r"^\s*(?:が|の)(?:主導|けん引|牽引|リード)(?:した|する|して)")
_JA_FROM_LIST = re.compile(r"^\s*(?:など|等|をはじめ(?:とする)?)[^、。，,]{0,12}?から(?:の)?")


def _ja_lead_not_raiser(view: SentenceView, c: Candidate) -> None:
    """"ソフトバンクが主導した今回の調達は…": SoftBank leads the round; the company raising is another."""
    if c.kind != "investment" or c.trigger.entry.frame != "get" or len(c.targets) != 1:
        return
    lead = c.targets[0]
    m = _JA_LED.match(_gap(view, lead.end, c.trigger.start))
    if m is None:
        return
    others = [p for p in view.parties if p.entity != lead.entity and p.slot in ("POSS", "SUBJ", "TO")]
    c.sources, c.targets = [lead], others[:1]
    c.note(f"{LED} {lead.entity} leads the round (が主導した); it does not raise")


def _ja_lender_list(view: SentenceView, c: Candidate) -> None:
    """"三菱UFJ銀行など国内銀行団からの150億ドルのブリッジローン": the bank lends."""
    if c.kind != "loan" or len(c.targets) != 1 or c.sources:
        return
    bank = c.targets[0]
    if bank.end <= c.trigger.start and _JA_FROM_LIST.match(_gap(view, bank.end, c.trigger.start)):
        c.sources, c.targets = [bank], []
        c.note(f"{bank.entity} heads the lenders (…など…からの)")


def _adjust_ja(view: SentenceView, cands: list[Candidate]) -> None:
    for c in cands:
        if c.rejected is None:
            _ja_lead_not_raiser(view, c)
            _ja_lender_list(view, c)
    leads = {p.entity for c in cands if c.rejected is None and any(n.startswith(LED) for n in c.notes) for p in c.sources}
    for c in cands:  # "主導し" read alone restates the lead the round already carries
        if c.rejected is None and c.trigger.entry.frame == "investors" and {p.entity for p in c.sources} <= leads \
                and c.sources and not any(n.startswith(LED) for n in c.notes):
            c.rejected = "the lead is stated on the round it leads (が主導した…調達)"
            r = next((r for r in cands if r is not c and r.amount is None and any(n.startswith(LED) for n in r.notes)), None)
            if r is not None and c.amount is not None:
                r.amount, r.status, c.amount = c.amount, c.status, None
                r.note(f"the round's size {r.amount.text!r}")  # type: ignore[union-attr]


_BY_LANG = {"en": _adjust_en, "zh": _adjust_zh, "ja": _adjust_ja}


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Repair the roles of deals named as noun phrases (see the module docstring)."""
    hook = _BY_LANG.get(view.lang)
    if hook is not None:
        hook(view, cands)
    return cands
