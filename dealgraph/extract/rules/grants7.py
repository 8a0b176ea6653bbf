"""Round 24, area "grants": government grants, spending pledges and shares sold on the market.

Conventions (tests/test_corpus.py): a government grant or subsidy is an ``investment`` from the ministry
("The Commerce Department awarded Samsung up to $4.7 billion", 经济产业省はXに最大Y億円を助成);
shares sold on the market are a ``purchase`` with the buyers unnamed (null) and the seller as target,
with or without a price ("Foxconn sold its Sharp shares", 减持, 「AはX株を売却した」).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules.candidates import Candidate, sold_on_market
from dealgraph.extract.rules.view import SentenceView

_AWARD = re.compile(r"^award", re.IGNORECASE)
_PROVIDE = re.compile(r"^(?:provid|提供|供給|give|gave|grant)", re.IGNORECASE)
_JA_COMPANY_BEFORE = ("", "の", "の保有する", "の保有")


def shares_sold_ok(c: Candidate) -> bool:
    """A sale of shares on the market needs no price: the buyers are unnamed, the seller is paid."""
    return c.kind == "purchase" and c.trigger.entry.frame == "sell" and bool(c.targets) and sold_on_market(c)


def _government(p) -> bool:
    return p.type == "government"


def _rel(view: SentenceView, start: int, end: int) -> str:
    base = view.sentence.start
    return view.sentence.text[start - base:end - base]


def _awards(c: Candidate) -> None:
    """"awarded Samsung up to $4.7 billion": a grant only when a government awards (contracts and prizes are not)."""
    if c.rejected is None and _AWARD.match(c.trigger.text) and not any(_government(p) for p in c.sources):
        c.rejected = "an award by no government: a contract or a prize, not a grant"


def _government_provides(c: Candidate) -> None:
    """"The Commerce Department will provide up to $6.6 billion to TSMC": the ministry grants, it buys nothing."""
    if c.kind not in ("purchase", "compute_commitment", "supply") or not _PROVIDE.match(c.trigger.text):
        return
    if c.rejected is not None and not c.rejected.startswith("'provid"):
        return  # only "neither goods nor cloud services named" is lifted: the money is a grant
    gov = [p for p in c.targets if _government(p)]
    if not gov or not c.sources or any(_government(p) for p in c.sources) or c.amount is None:
        return
    c.kind, c.sources, c.targets, c.rejected = "investment", gov[:1], c.sources[:1], None
    c.trigger = replace(c.trigger, entry=replace(c.trigger.entry, frame="give"))
    c.note(f"{gov[0].entity}, a government, provides the money: a grant (investment)")


def _ja_sale(view: SentenceView, c: Candidate) -> None:
    """「ソフトバンクグループはエヌビディア株を売却した」: the subject sells its shares; no price needed."""
    if c.rejected != "shares sold, but no price or no holder stated" or not c.trigger.text.endswith("株を売却"):
        return
    company = [p for p in view.parties if p.end <= c.trigger.start
               and _rel(view, p.end, c.trigger.start) in _JA_COMPANY_BEFORE]
    sellers = [p for p in view.parties if p.slot == "SUBJ" and company and p.end <= company[0].start
               and p.entity != company[0].entity and p.type != "person"]
    if not company or not sellers:
        return
    c.kind, c.sources, c.targets, c.pct, c.rejected = "purchase", [], sellers[-1:], None, None
    c.trigger = replace(c.trigger, entry=replace(c.trigger.entry, frame="sell"))
    c.note("shares sold on the market: the seller receives the money, the buyers are unnamed")


def _sold_once(cands: list[Candidate]) -> None:
    """"SoftBank sold part of its T-Mobile stake": the sale is the claim, not a holding of the seller."""
    sales = [c for c in cands if c.rejected is None and shares_sold_ok(c)]
    for c in cands:
        if c.kind != "stake" or c.rejected is not None or c.pct is not None:
            continue
        if any(s.targets[0].entity == p.entity and s.trigger.start < c.trigger.start for s in sales for p in c.sources):
            c.rejected = "the holding sold on the market, stated once as the sale"


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Grants by governments, shares sold without a price."""
    for c in cands:
        _awards(c)
        _government_provides(c)
        if view.lang == "ja":
            _ja_sale(view, c)
    _sold_once(cands)
    return cands
