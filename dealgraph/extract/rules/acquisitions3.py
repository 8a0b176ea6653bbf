"""Round 18, phenomenon "acquisitions3": acquisitions read as lawsuits, owned units, subsidiaries (all languages).

``adjust(view, cands)`` runs after ``deals_mlj.adjust``. Each rule reads one structure:

- a possessor before an acquisition noun is the acquirer: "Nvidia's planned purchase of Arm",
  "Microsoft's acquisition of Activision", "XによるYの買収" — not the regulator who sues over it;
- a suit against such a deal is against the acquirer: "the FTC sued to block Microsoft's acquisition of
  Activision" gives lawsuit FTC -> Microsoft (plus the acquisition Microsoft -> Activision); in ja the
  government party before 提訴/差し止め is the plaintiff;
- "Y will become a wholly owned subsidiary of X", Y成为X的全资子公司, YはXの完全子会社となる: X acquires Y;
- "sold its NAND business to SK Hynix": a business unit bought from its owner is an acquisition of the owner;
- an acquisition rejected because both sides are the same company (the second clause named the buyer
  again: "收购Ampere，…Ampere将成为软银的全资子公司") takes the company named right after its trigger.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_SAME = "source and target are the same entity"
_EN_NOUN = re.compile(r"(?i)^(?:acquisitions?|purchases?|takeovers?|buyouts?|mergers?|bids?\s+for|offers?\s+for)$")
_EN_POSS_GAP = re.compile(r"^(?:'s|’s|'|’)\s+(?:[\w$.,-]+\s+){0,4}$")
_EN_OF_GAP = re.compile(r"(?i)^\s+(?:of|for)\s+(?:[\w-]+\s+){0,3}$")
_JA_BY_GAP = re.compile(r"^(?:による|の)[^、。]{0,12}$")
_JA_OF_GAP = re.compile(r"^(?:[(（][^)）]{1,12}[)）])?(?:社|グループ)?の(?:全株式の|株式の)?$")
_SUBSIDIARY = {
    "en": re.compile(r"(?i)^\s*(?:will|would|to|shall)?\s*(?:become|becomes|became|is now|be|as)\s+an?\s+"
                     r"(?:wholly[- ]owned|fully[- ]owned|100%[- ]owned)\s+(?:subsidiary|unit)\s+of\s+$"),
    "zh": re.compile(r"^(?:将|已|随后|正式)?(?:成为|变为|变更为|作为)$"),
    "ja": re.compile(r"^(?:は|が)(?:[^、。]{0,8}、)?$"),
}
_SUB_AFTER = {
    "zh": re.compile(r"^的?(?:全资|100%控股的?)子公司"),
    "ja": re.compile(r"^の完全子会社(?:と|に)な"),
}
_EN_UNIT_SALE = re.compile(r"(?i)^\s*(?:its|their|the)\s+(?:[\w-]+\s+){0,3}(?:business|unit|division|arm|operations|segment)"
                           r"\s+to\s+$")
_SELL = re.compile(r"(?i)^(?:sell|sells|sold|selling|divest|divests|divested)$")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """The readings above; returns the candidates."""
    for c in cands:
        _same_company(view, c)
        _possessor_buys(view, c)
        _subsidiary(view, c)
        _unit_sold(view, c)
    _suit_against_buyer(view, cands)
    return cands


def _gap(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[a - s.start:b - s.start] if a <= b else ""


def _after(view: SentenceView, pos: int, skip: str) -> Party | None:
    """The first party starting after ``pos`` in the same clause that is not ``skip``."""
    for p in view.parties:
        if p.start >= pos and p.entity != skip and view.same_clause(pos, p.start):
            return p
    return None


def _same_company(view: SentenceView, c: Candidate) -> None:
    """Both sides the same company: the company right after the trigger is what was bought."""
    if c.kind != "acquisition" or c.rejected != _SAME or len(c.sources) != 1 or view.lang == "en":
        return
    p = _after(view, c.trigger.end, c.sources[0].entity)
    if p is None or len(_gap(view, c.trigger.end, p.start)) > 16:
        return
    c.targets, c.rejected = [p], None
    c.note(f"{p.entity} is named right after the trigger: it is bought")


def _possessor_buys(view: SentenceView, c: Candidate) -> None:
    """"X's (planned) acquisition of Y", "XによるYの買収": X acquires Y."""
    if c.kind != "acquisition":
        return
    pair = _en_possessed(view, c) if view.lang == "en" else _ja_by(view, c) if view.lang == "ja" else None
    if pair is None or pair[0].entity == pair[1].entity:
        return
    buyer, target = pair
    if [p.entity for p in c.sources] == [buyer.entity] and [p.entity for p in c.targets] == [target.entity]:
        c.note(f"{buyer.entity}'s acquisition of {target.entity}: the possessor buys (as read)")
        return
    c.sources, c.targets = [buyer], [target]
    c.rejected = None if c.rejected in (None, _SAME) or "target" in (c.rejected or "") else c.rejected
    c.note(f"{buyer.entity}'s acquisition of {target.entity}: the possessor buys")


def _en_possessed(view: SentenceView, c: Candidate) -> tuple[Party, Party] | None:
    if not _EN_NOUN.match(c.trigger.text):
        return None
    buyer = next((p for p in reversed(view.parties) if p.end <= c.trigger.start
                  and _EN_POSS_GAP.match(_gap(view, p.end, c.trigger.start))), None)
    target = next((p for p in view.parties if p.start >= c.trigger.end
                   and _EN_OF_GAP.match(_gap(view, c.trigger.end, p.start))), None)
    return (buyer, target) if buyer is not None and target is not None else None


def _ja_by(view: SentenceView, c: Candidate) -> tuple[Party, Party] | None:
    target = next((p for p in reversed(view.parties) if p.end <= c.trigger.start
                   and _JA_OF_GAP.match(_gap(view, p.end, c.trigger.start))), None)
    if target is None:
        return None
    buyer = next((p for p in reversed(view.parties) if p.end <= target.start
                  and re.match(r"^による", _gap(view, p.end, target.start))
                  and _JA_BY_GAP.match(_gap(view, p.end, target.start))), None)
    return (buyer, target) if buyer is not None else None


def _subsidiary(view: SentenceView, c: Candidate) -> None:
    """"Y will become a wholly owned subsidiary of X" and its zh/ja forms: X acquires Y."""
    if c.kind not in ("acquisition", "compute_commitment", "purchase", "investment", "stake"):
        return
    pair = _subsidiary_pair(view)
    if pair is None:
        return
    child, parent = pair
    if c.kind != "acquisition" and not c.trigger.text.lower().startswith(("agreement", "deal", "transaction")):
        return
    c.kind, c.sources, c.targets, c.rejected = "acquisition", [parent], [child], None
    c.pct = None
    c.note(f"{child.entity} becomes a wholly owned subsidiary of {parent.entity}: an acquisition")


def _subsidiary_pair(view: SentenceView) -> tuple[Party, Party] | None:
    rx = _SUBSIDIARY.get(view.lang)
    if rx is None:
        return None
    ps = view.parties
    for a, b in zip(ps, ps[1:]):
        if a.entity == b.entity or not rx.match(_gap(view, a.end, b.start)):
            continue
        if view.lang == "en" or _SUB_AFTER[view.lang].match(view.sentence.text[b.end - view.sentence.start:]):
            return a, b
    return None


def _unit_sold(view: SentenceView, c: Candidate) -> None:
    """"Intel sold its NAND business to SK Hynix": SK Hynix acquires the unit from Intel."""
    if view.lang != "en" or c.kind != "purchase" or not _SELL.match(c.trigger.text):
        return
    buyer = next((p for p in view.parties if p.start >= c.trigger.end
                  and _EN_UNIT_SALE.match(_gap(view, c.trigger.end, p.start))), None)
    if buyer is None or [p.entity for p in c.sources] != [buyer.entity] or not c.targets:
        return
    c.kind = "acquisition"
    c.note("a business unit sold to a buyer: an acquisition from its owner")


def _suit_against_buyer(view: SentenceView, cands: list[Candidate]) -> None:
    """A suit over X's acquisition of Y is against X, brought by the other (government) party."""
    deals = [c for c in cands if c.kind == "acquisition" and c.rejected is None and len(c.sources) == 1
             and len(c.targets) == 1 and any("the possessor buys" in n for n in c.notes)]
    for suit in (c for c in cands if c.kind == "lawsuit"):
        for deal in deals:
            _retarget(view, suit, deal.sources[0], deal.targets[0])


def _retarget(view: SentenceView, suit: Candidate, buyer: Party, target: Party) -> None:
    involved = {buyer.entity, target.entity}
    plaintiffs = [p for p in suit.sources if p.entity not in involved]
    if not plaintiffs:
        plaintiffs = [p for p in view.parties if p.entity not in involved and p.type == "government"][:1]
    if not plaintiffs:
        return
    if [p.entity for p in suit.targets] == [buyer.entity] and suit.sources == plaintiffs:
        return
    suit.sources, suit.targets = plaintiffs, [buyer]
    if suit.rejected is not None and ("target" in suit.rejected or "same" in suit.rejected):
        suit.rejected = None
    suit.note(f"a suit over {buyer.entity}'s acquisition of {target.entity}: against the acquirer")
