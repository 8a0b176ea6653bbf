"""Round 17, phenomenon "revenue_purchase": who pays whom for goods and services (all languages).

Called by the extractor at the end of the sentence pipeline (``adjust(view, cands)``). Readings:

- the earner of a revenue share is the speaker when the share is "its": "CoreWeave said Microsoft made
  up 67% of its revenue", "Micron noted that Nvidia remains the largest customer for its memory";
- "sales to Microsoft and Meta accounted for a third of its revenue": every "to" party pays the subject;
- customers left unnamed ("Two customers represented 21% and 13% of revenue"): revenue with a null
  payer, one claim per stated share (the conventions: an unnamed customer is source null);
- orders received ("received $13 billion of orders") or placed by an unnamed customer: a purchase with
  a null buyer, the seller being the company that books them;
- zh/ja customer shares: "英伟达仍是其最大客户，贡献了约三成的营收", "来自英伟达的比例超过一半",
  "エヌビディア向けの売上高が全体の約3割", "アップル向けの…販売が売上高の2割強を占める";
- a revenue word holding the parties and another holding the share are one claim;
- zh orders won from a list of buyers ("拿下微软与亚马逊的订单"): every listed buyer.

Ambiguous readings give no claim: a payer or earner must be found by grammar in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from dealgraph.model import Percentage

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import Party, SentenceView

UNNAMED_CUSTOMERS = "unnamed customers: revenue from a null payer"
UNNAMED_BUYERS = "orders from unnamed buyers: purchase from a null buyer"
_SPEECH = re.compile(r"^[\s,]*(?:(?:also|further|separately|on \w+|in (?:a|its) \w+(?: \w+)?)\s+)?"
                     r"(?:said|says|noted|notes|disclosed|discloses|reported|reports|told \w+|added|wrote|writes|stated|"
                     r"revealed|reveals|confirmed|confirms|estimated|estimates|disclosed in \w+ \w+|acknowledged)\b",
                     re.IGNORECASE)
_ITS = re.compile(r"\b(?:its|their)\b|\bthe company's\b", re.IGNORECASE)
_SALES_TO = re.compile(r"\b(?:sales|shipments|revenues?) to\s+$", re.IGNORECASE)
_SHARE_VERB = re.compile(r"\b(?:accounted|accounts|made up|makes up|represented|represents|comprised|contributed|"
                         r"generated|were responsible)\b", re.IGNORECASE)
_UNNAMED = re.compile(r"\b(?:(?:two|three|four|five|one|a single|an?|another|two direct|three direct)\s+)"
                      r"(?:(?:unnamed|undisclosed|unidentified|direct|indirect|new|large|major|\w+-party|first|second|"
                      r"third|fourth|fifth|single|cloud|hyperscale|hyperscaler|u\.s\.)\s+)*(?:customers?|clients?|buyers?)\b|\bcustomer [A-F]\b", re.IGNORECASE)
_ORDERS = re.compile(r"\borders?\b|\bbookings?\b", re.IGNORECASE)
_PERSON = ("person",)
_CJK_SPEECH = re.compile(r"^(?:方面|则|則|也|还|還)?(?:表示|称|稱|指出|透露|说|說|介绍|介紹|披露)")
_ZH_CUSTOMER = re.compile(r"^(?:已|仍|也|则|則)?(?:是|为|為|成为|成為)(?:其|公司|该公司|該公司)?(?:的)?(?:最大|第一大|头号|頭號|主要)的?(?:客户|客戶)")
_ZH_SHARE = re.compile(r"营收|營收|收入|销售额|銷售額|占比|比例|比重|份额|份額")
_ZH_FROM_SHARE = re.compile(r"^的(?:比例|占比|比重|份额|份額)")
_JA_FOR = re.compile(r"^向けの?(?:[^。、]{0,16}?)(?:売上高?|売り上げ|販売|収入|出荷)(?:が|は)(?:全体|売上高?|総売上高?|連結売上高?)?の?"
                     r"(?:約|およそ|ほぼ)?[0-9０-９.．]+\s*(?:%|％|割)")
_ZH_ORDER = re.compile(r"(?:拿下|获得|獲得|斩获|斬獲|接获|接獲|赢得|贏得)")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Round-17 readings of revenue and purchases (each function checks its own case)."""
    if view.lang == "en":
        _sales_to(view, cands)
        for c in cands:
            _speaker_earner(view, c)
            _orders_booked(view, c)
        cands = _unnamed_customers(view, cands)
    else:
        _cjk_customer(view, cands)
        _zh_order_list(view, cands)
    _share_fragment(cands)
    return cands


def _first_entity(parties: list[Party], avoid: set[str]) -> Party | None:
    return next((p for p in parties if p.entity not in avoid and p.type not in _PERSON), None)


def _speaker(view: SentenceView, before: int) -> Party | None:
    """The party that says or discloses what follows ("CoreWeave said ...", "SK海力士表示，...")."""
    text, base = view.sentence.text, view.sentence.start
    pattern = _SPEECH if view.lang == "en" else _CJK_SPEECH
    for p in view.parties:
        if p.end <= before and p.type not in _PERSON and pattern.match(text[p.end - base:before - base]):
            return p
    return None


def _speaker_earner(view: SentenceView, c: Candidate) -> None:
    """"X said Y made up 67% of its revenue": the earner is X, the owner of "its"."""
    if c.kind != "revenue" or c.rejected not in (None,) and not c.rejected.startswith(("no target", "a customer tie")):
        return
    if not c.sources or c.targets or c.trigger.entry.frame not in ("share", "customer", "revenue"):
        return
    s, base = view.sentence, view.sentence.start
    payer = c.sources[0]
    if not _ITS.search(s.text[payer.end - base:]):
        return
    earner = _speaker(view, payer.start)
    if earner is None or earner.entity in {p.entity for p in c.sources}:
        return
    c.targets, c.rejected = [earner], None
    if c.pct is None and c.trigger.entry.frame == "share":
        c.pct = next((q for q in view.percentages if q.start >= c.trigger.start), None)
    c.note(f"customer relation: the earner is {earner.entity}, who speaks of 'its' revenue")


def _sales_to(view: SentenceView, cands: list[Candidate]) -> None:
    """"AMD said sales to Microsoft and Meta accounted for a third of its revenue": the buyers pay AMD."""
    s, base = view.sentence, view.sentence.start
    first = next((p for p in view.parties if _SALES_TO.search(s.text[:p.start - base])), None)
    if first is None or not _SHARE_VERB.search(s.text[first.end - base:]):
        return
    payers = [first]
    for p in (q for q in view.parties if q.start > first.end):
        if not re.fullmatch(r"\s*(?:,|and|, and|&)\s*", s.text[payers[-1].end - base:p.start - base]):
            break
        payers.append(p)
    earner = _speaker(view, first.start) or _first_entity(view.parties, {p.entity for p in payers})
    if earner is None or earner.start > first.start:
        return
    host = next((c for c in cands if c.kind == "revenue"), None)
    if host is None:
        return
    host.sources, host.targets, host.rejected = payers, [earner], None
    host.note(f"customer relation: sales to {', '.join(p.entity for p in payers)} are revenue of {earner.entity}")
    if host.status in ("announced", "completed") and host.amount is None:
        host.status = "reported"
    for other in cands:
        if other is not host and other.kind == "revenue" and other.rejected is None:
            other.rejected = "the same revenue share (sales to named customers)"


def _unnamed_customers(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"Two direct customers represented 21% and 13% of total revenue": null payer, one claim per share."""
    s, base = view.sentence, view.sentence.start
    m = _UNNAMED.search(s.text)
    if m is None or not view.percentages or not _SHARE_VERB.search(s.text[m.end():]):
        return cands
    host = next((c for c in cands if c.kind == "revenue" and not c.sources), None)
    earner = _earner_near(view, base + m.end())
    if host is None or earner is None or any(p.start < base + m.start() and p.entity != earner.entity for p in view.parties):
        return cands
    pcts = [q for q in view.percentages if q.start > base + m.end()]
    out = [c for c in cands if c.kind != "revenue" or c is host]
    for i, q in enumerate(pcts):
        c = host if i == 0 else replace(host, notes=list(host.notes))
        c.sources, c.targets, c.pct, c.amount, c.rejected = [], [earner], q, None, None
        c.start = q.start if i else c.start  # one claim per share (claims are told apart by their span)
        c.note(UNNAMED_CUSTOMERS)
        if i:
            out.append(c)
    return out


def _earner_near(view: SentenceView, at: int) -> Party | None:
    """The company whose revenue an unnamed customer's share is: named after the share or the subject."""
    after = [p for p in view.parties if p.start >= at and p.type not in _PERSON]
    if len({p.entity for p in after}) == 1:
        return after[0]
    before = [p for p in view.parties if p.end <= at and p.type not in _PERSON]
    return before[0] if len({p.entity for p in before}) == 1 and not after else None


def _orders_booked(view: SentenceView, c: Candidate) -> None:
    """"it had received $13 billion of orders": a purchase from unnamed buyers, the subject sells."""
    if c.kind not in ("investment", "purchase") or c.amount is None or not _ORDERS.search(c.trigger.text + " " + _after(view, c, 40)):
        return
    s, base = view.sentence, view.sentence.start
    before = s.text[:c.trigger.start - base]
    unnamed = _UNNAMED.search(before[-60:])
    if c.trigger.entry.frame == "get" and c.kind == "investment" and not c.sources and c.targets:
        c.kind = "purchase"
    elif unnamed is not None and c.kind == "purchase":
        seller = [p for p in view.parties if p.type not in _PERSON and p.end <= c.trigger.start]
        if len({p.entity for p in seller}) != 1:
            return
        c.sources, c.targets, c.rejected = [], seller[:1], None
    else:
        return
    c.note(UNNAMED_BUYERS)


def _after(view: SentenceView, c: Candidate, n: int) -> str:
    s = view.sentence
    return s.text[c.trigger.end - s.start:c.trigger.end - s.start + n]


def _cjk_customer(view: SentenceView, cands: list[Candidate]) -> None:
    """zh/ja: a named customer's share of the speaker's or topic's revenue."""
    s, base = view.sentence, view.sentence.start
    for p in view.parties:
        rest = s.text[p.end - base:]
        if view.lang == "zh" and (_ZH_CUSTOMER.match(rest) or _ZH_FROM_SHARE.match(rest)
                                  and s.text[max(0, p.start - base - 2):p.start - base].endswith(("来自", "來自"))):
            hit = _ZH_SHARE.search(rest)
        elif view.lang == "ja":
            hit = _JA_FOR.match(rest)
        else:
            hit = None
        if hit is None:
            continue
        earner = _speaker(view, p.start) or _first_entity(view.parties, {p.entity})
        if earner is None or earner.start > p.start:
            continue
        _rewrite(view, cands, p, earner)
        return


def _rewrite(view: SentenceView, cands: list[Candidate], payer: Party, earner: Party) -> None:
    host = next((c for c in cands if c.kind == "revenue"), None)
    if host is None:
        return
    host.sources, host.targets, host.rejected = [payer], [earner], None
    host.pct = host.pct or next((q for q in view.percentages if q.start > payer.end), None) or _cjk_share(view, payer.end)
    host.note(f"customer relation: {payer.entity} pays {earner.entity} a share of its revenue")
    if host.status in ("announced", "completed") and host.amount is None:
        host.status = "reported"
    for other in cands:
        if other is not host and other.kind == "revenue" and other.rejected is None:
            other.rejected = "the same customer share"


def _share_fragment(cands: list[Candidate]) -> None:
    """A revenue word with both parties and no number takes the share of a party-less revenue word."""
    for c in cands:
        if c.kind != "revenue" or not c.sources or not c.targets or c.amount or c.pct:
            continue
        frag = next((f for f in cands if f is not c and f.kind == "revenue" and f.pct is not None
                     and not f.sources and not f.targets), None)
        if frag is None:
            continue
        c.pct, c.rejected = frag.pct, None
        frag.rejected = "the share belongs to the named customer's revenue"
        c.note(f"share {frag.pct.text!r} from the revenue words of the same sentence")  # type: ignore[union-attr]


def _zh_order_list(view: SentenceView, cands: list[Candidate]) -> None:
    """"鸿海拿下微软与亚马逊的订单": every buyer listed after the winning verb."""
    for c in cands:
        if c.kind != "purchase" or len(c.sources) != 1 or not _ZH_ORDER.search(c.trigger.text):
            continue
        first = c.sources[0]
        more = [p for p in view.parties if p.start > first.end and p.coordinated and c.trigger.start <= p.start < c.trigger.end]
        known = {p.entity for p in (*c.sources, *c.targets)}
        more = [p for p in more if p.entity not in known]
        if more:
            c.sources = [first, *more]
            c.note("every listed buyer of the orders won")


_CJK_NUM = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CJK_PART = re.compile(r"(?P<n>[一二两兩三四五六七八九])成|(?P<half>一半|半数|半數|過半|过半)")


def _cjk_share(view: SentenceView, after: int) -> Percentage | None:
    """"约三成" (30%), "一半"/"过半" (50%) after ``after``: shares the number parser leaves to words."""
    s, base = view.sentence, view.sentence.start
    m = _CJK_PART.search(s.text, after - base)
    if m is None:
        return None
    value = Decimal(_CJK_NUM[m.group("n")] * 10) if m.group("n") else Decimal(50)
    return Percentage(value=value, start=base + m.start(), end=base + m.end(), text=m.group(0), qualifier="approx")
