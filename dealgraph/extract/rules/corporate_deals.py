"""Corporate deals in all languages (round 14): acquisitions, stakes, ventures and lawsuits.

``adjust(view, cands)`` runs at the end of ``control.adjust``. Each rule reads one phenomenon:

- a settlement ("will pay $1.5 billion to resolve a class action", 支付15亿美元…达成和解,
  15億ドルを支払うことで和解) is a lawsuit against the payer; the plaintiffs may be unnamed;
- "X's largest shareholder" names the company by its possessor, the holder is the subject;
  "Core Scientific shareholders voted" (a name before a bare "shareholders") is no holding;
- "a takeover/deal valued at $9 billion": the value is the deal's price, not a valuation;
- acqui-hires: "paid $900 million to hire X's founders and license its technology";
- zh "A与B、C共同出资设立的X": every partner is a member of X (the ja form "AはB、Cと合弁会社Xを設け" is not read yet).
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_SETTLE_EN = re.compile(r"\bto (?:settle|resolve|end)\b|\bsettlement\b|\bsettled?\b", re.IGNORECASE)
_SETTLE_CJK = re.compile(r"和解")
SETTLED = "paid to settle: the payer is the defendant, plaintiffs may be unnamed"


_PAY = re.compile(r"(?i)\bpa(?:y|ys|id|ying)\b|支付|赔付|赔偿|支払|払う|払って|払った")


def _settlement(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"X will pay $1.5 billion to resolve a class action" / 支付…和解 / 支払うことで和解: lawsuit -> X."""
    pattern = _SETTLE_EN if view.lang == "en" else _SETTLE_CJK
    if c.kind == "lawsuit" and c.sources and not c.targets and \
            pattern.search(view.sentence.text) and _PAY.search(view.sentence.text):
        amount = c.amount or next((p.amount for p in cands if p.trigger.entry.kind == "pay" and p.amount), None)
        if amount is not None:  # "Xは集団訴訟で15億ドルを支払って和解": the subject pays, it is the defendant
            c.sources, c.targets, c.amount, c.rejected = [], c.sources, amount, None
            c.note(SETTLED)
            return
    if c.trigger.entry.kind != "pay" or c.amount is None or not pattern.search(view.sentence.text):
        return
    if c.kind == "lawsuit" and not c.sources and c.targets:
        c.rejected = None
        c.note(SETTLED)
        return
    if c.kind in ("pay", "purchase", "compute_commitment", "revenue") and c.sources and not c.targets:
        c.kind, c.rejected = "lawsuit", None
        c.sources, c.targets = [], c.sources
        c.note(SETTLED)


_POSS_HOLDER = re.compile(r"^(?:'s|’s)\s+(?:(?:largest|biggest|single|main|major|[\w]+-largest|top|"
                          r"controlling|dominant|principal|new|minority|majority|an?|key)\s+){0,3}$", re.IGNORECASE)
_BARE_HOLDERS = re.compile(r"^\s*$")


def _shareholder_of(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"The U.S. government became Intel's largest shareholder": holder = subject, company = possessor."""
    if view.lang != "en" or c.kind != "stake" or not re.match(r"(?i)(?:share|stake)holders?$", c.trigger.text):
        return
    text, s0 = view.sentence.text, view.sentence.start
    before = [p for p in view.parties if p.end <= c.trigger.start]
    if not before:
        return
    company = before[-1]
    gap = text[company.end - s0:c.trigger.start - s0]
    if _POSS_HOLDER.match(gap):
        holders = [p for p in before[:-1] if view.same_clause(p.end, company.start)]
        if holders:
            c.sources, c.targets = holders[-1:], [company]
            c.note(f"{company.entity}'s shareholder: {holders[-1].entity} holds, {company.entity} is the company")
            _fix_twins(cands, c)
    elif _BARE_HOLDERS.match(gap) and not c.pct and company.entity in {p.entity for p in c.sources}:
        if not re.search(r"(?i)\b(?:is|are|was|were|became|become|remain|remains)\s+(?:\w+\s+){0,2}$",
                         text[:company.start - s0]):
            c.rejected = f"'{company.text} {c.trigger.text}': the owners of its shares, no holding named"


def _fix_twins(cands: list[Candidate], fixed: Candidate) -> None:
    """Other stake words of the sentence read the same pair the wrong way round: "... with a 9.9% stake"."""
    for c in cands:
        if c is not fixed and c.kind == "stake" and [p.entity for p in c.sources] == [p.entity for p in fixed.targets]:
            c.sources, c.targets = list(fixed.sources), list(fixed.targets)
            c.note("holder and company as read from the shareholder phrase")


_DEAL_VALUE = re.compile(r"\b(?:takeover|acquisition|buyout|merger|deal|transaction|offer|bid|purchase)\b,?\s*"
                         r"(?:(?:that|which) (?:was|is|had been) |(?:was|is|had been) )?$", re.IGNORECASE)


def _deal_value(view: SentenceView, cands: list[Candidate]) -> None:
    """"ending a takeover valued at about $9 billion": the price of the acquisition, not a valuation."""
    for v in cands:
        if v.kind != "valuation" or v.amount is None or v.rejected is not None:
            continue
        head = view.sentence.text[:v.trigger.start - view.sentence.start]
        acq = next((c for c in cands if c.kind == "acquisition" and c.trigger.end <= v.trigger.start
                    and c.sources), None)
        if acq is None or not _DEAL_VALUE.search(head):
            continue
        if acq.amount is None:
            acq.amount = v.amount
            acq.note(f"the deal's value {v.amount.text!r}")
        v.rejected = "the value of the deal, not of a company"


# hiring first: the people are what is bought ("pay $X to license the models and hire staff" stays a licence purchase)
_ACQUIHIRE_EN = re.compile(r"\bto (?:hire|recruit|bring on|poach)\b[^.;]{0,80}?\b(?:licen[cs]e|license the|rights to)\b"
                           r"|\b(?:hire|hired|hiring)\b[^.;]{0,60}?\band (?:to )?(?:licen[cs]e|licen[cs]ed|licen[cs]ing)\b",
                           re.IGNORECASE)
_ACQUIHIRE_ZH = re.compile(r"(?:聘请|聘用|挖走|招募|吸纳)[^。；]{0,30}(?:并|同时)[^。；]{0,12}(?:技术授权|授权|许可)")
_ACQUIHIRE_JA = re.compile(r"(?:引き抜|迎え入れ|採用|雇用)[^。]{0,30}(?:ライセンス|使用許諾)")


def _acquihire(view: SentenceView, c: Candidate) -> None:
    """"spent $900 million to hire X's CEO and license its technology": a license-and-hire acquisition."""
    pattern = {"en": _ACQUIHIRE_EN, "zh": _ACQUIHIRE_ZH, "ja": _ACQUIHIRE_JA}.get(view.lang)
    if pattern is None or len(c.sources) != 1 or (c.kind == "acquisition" and c.targets):
        return
    if c.kind != "acquisition" and (c.amount is None or c.trigger.entry.kind not in ("pay", "investment", "buy",
                                                                                     "compute_commitment")):
        return
    m = pattern.search(view.sentence.text)
    if m is None:
        return
    s0 = view.sentence.start
    hired = [p for p in view.parties if p.start >= s0 + m.start() - 10 and p.entity != c.sources[0].entity]
    hired = hired or _named_in(view, s0 + m.start() - 10, c.sources[0].entity)
    if not hired:
        return
    c.kind, c.targets, c.rejected = "acquisition", hired[:1], None
    c.note(f"hired {hired[0].entity}'s people and licensed its technology: an acqui-hire")


def _named_in(view: SentenceView, start: int, exclude: str) -> list[Party]:
    """Companies named from ``start`` on, also those the party reader dropped ("Enfabrica's chief executive")."""
    from dealgraph.entities import find_mentions

    s = view.sentence
    lo = max(start - s.start, 0)
    found = find_mentions(s.text[lo:], view.lang)
    return [Party(m.entity, s.start + lo + m.start, s.start + lo + m.end, m.text, type=m.type, via="pattern")
            for m in found if m.entity and m.entity != exclude and m.type in ("company", None)]


_ZH_COFOUNDED = re.compile(r"(?:共同|联合|合资)(?:出资)?(?:设立|成立|组建|创办|创立)的?\s*$")


def _zh_cofounded(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"台积电与索尼、电装、丰田共同出资设立的JASM": each partner is a member of the venture after it."""
    if view.lang != "zh" or view.cue("negation") is not None:  # round 22 kinds5: "没有共同成立X"
        return cands
    text, s0 = view.sentence.text, view.sentence.start
    for i, jv in enumerate(view.parties):
        if i == 0 or not _ZH_COFOUNDED.search(text[max(0, jv.start - s0 - 12):jv.start - s0]):
            continue
        members = [p for p in view.parties[:i] if p.entity != jv.entity and view.same_clause(p.end, jv.start)]
        if len(members) < 2:
            continue
        base = next((c for c in cands if c.trigger.start < jv.start), None)
        if base is None:
            continue
        for c in cands:
            if c.kind == "investment" and c.trigger.start < jv.start and {p.entity for p in c.targets} <= {jv.entity}:
                c.rejected = f"a member's contribution to the venture {jv.entity}"
        vc = Candidate(view, base.trigger, "joint_venture", sources=members, targets=[jv], status="completed",
                       date=base.date, precision=base.precision, start=base.start, end=base.end, score=0.7)
        vc.note(f"partners who set up {jv.entity} together (共同设立): one member claim each")
        cands.append(vc)
    return cands


_TURNED_DOWN = re.compile(r"(?i)\b(?:rejected|rejects|reject|turned down|turns down|turn down|rebuffed|rebuffs|spurned|"
                          r"voted down|votes down|vote down|declined|walked away from|withdrew|withdrawn|abandoned)\b"
                          r"|拒绝|否决|撤回|拒否|撤回|断念|否決")
_BID = re.compile(r"(?i)\b(?:bid|bids|offer|offers|approach|proposal|takeover)\b|要约|报价|提案|提示|TOB")


def _rejected_bid(view: SentenceView, c: Candidate) -> None:
    """"Intel's board turned down an approach from Qualcomm": a bid that was made (proposed), not denied."""
    if c.kind == "acquisition" and c.status == "denied" and _TURNED_DOWN.search(view.sentence.text) \
            and _BID.search(view.sentence.text) and not re.search(r"(?i)\bden(?:y|ies|ied)\b|否认|否定", view.sentence.text):
        c.status = "proposed"
        c.note("a bid turned down or withdrawn: it was proposed")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Corporate-deal readings after the shared rules and the language hooks."""
    for c in cands:
        _settlement(view, c, cands)
        _shareholder_of(view, c, cands)
        _acquihire(view, c)
        _rejected_bid(view, c)
    _deal_value(view, cands)
    return _zh_cofounded(view, cands)
