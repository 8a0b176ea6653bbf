"""Japanese claims with amounts (round 8, area "jaamounts"): who each amount belongs to.

- "A社に最大X億円、B社に最大Y億円を補助": each amount goes to the party named just before it.
- "AはBに2022年だけで約X億ドルを支払っていた": a payment between two named companies, with no goods
  or cloud named, is revenue payer -> earner (not a fine, settlement or damages).
- "AはBを提訴し、X億円の支払いを求めた": the sum demanded is the lawsuit's amount.
"""

from __future__ import annotations

import re
from typing import Any

_SETTLED = re.compile(r"罰金|制裁金|課徴金|和解|賠償|求め|請求|返済|返還|税")
_DEMAND = re.compile(r"(?:支払い?|賠償(?:金)?|損害賠償(?:金)?|返還)(?:など)?を(?:求め|請求)")
_GAP = re.compile(r"^[^。、，]{0,12}?(?:に対して|に対し|に|へ)\s*(?:最大|最高|約|計|総額)?\s*$")


def adjust(view: Any, cands: list[Any]) -> list[Any]:
    """Japanese amounts after the shared and the clause rules."""
    for c in cands:
        _raised_to(view, c)
        _recipient_of_amount(view, c)
        _payment_is_revenue(view, c)
    _demanded_sum(view, cands)
    return cands


_FROM = re.compile(r"^\s*(?:から|より)\s*(?:最大|最高|約|計|総額)?\s*$")
_TO_NEW = re.compile(r"^\s*(?:程度|規模|前後)?\s*(?:に|へ|まで)(?:と)?\s*(?:大幅に|さらに)?\s*(?:引き上げ|引上げ|増や|増額|拡大|"
                     r"上方修正|積み増|引き下げ|引下げ|減ら|減額|縮小|下方修正|見直|修正|変更)")


def _raised_to(view: Any, c: Any) -> None:
    """ja round 9: "計画を600億ドルから650億ドルに引き上げた": the new figure (before に引き上げ) is the claim's."""
    if c.amount is None:
        return
    later = [a for a in view.amounts if a.start >= c.amount.end]
    if not later or not _FROM.match(_between(view, c.amount.end, later[0].start)):
        return
    new = later[0]
    if _TO_NEW.match(_between(view, new.end, view.sentence.end)):
        c.amount = new
        c.note(f"jarecall2: the revised figure {new.text!r}, not the old one")


def _recipient_of_amount(view: Any, c: Any) -> None:
    """"ラピダスに最大X円、TSMCに最大Y円を補助": the party marked に right before an amount receives it."""
    if c.rejected is not None or c.amount is None or c.kind != "investment" or len(view.amounts) < 2:
        return
    before = [p for p in view.parties if p.end <= c.amount.start and p.slot in ("TO", "POSS", "NONE", "OBJ")]
    if not before or not c.targets or not c.sources:
        return
    p = before[-1]
    s = view.sentence
    if p.entity in {q.entity for q in c.sources} or not _GAP.match(_between(view, p.end, c.amount.start)):
        return
    if any(p.end <= a.start < c.amount.start for a in view.amounts) or p.entity == c.targets[0].entity:
        return
    if s.start <= p.start and p.entity not in {q.entity for q in c.targets[1:]}:
        c.targets = [p]
        c.note(f"jaamounts: {p.entity} named right before the amount receives it")


def _payment_is_revenue(view: Any, c: Any) -> None:
    """"AはBに約X億ドルを支払っていた": money paid between two named parties is revenue payer -> earner."""
    if c.trigger.entry.kind != "pay" or c.kind != "pay" or c.amount is None or not c.sources or not c.targets:
        return
    if _SETTLED.search(view.sentence.text) or c.sources[0].entity == c.targets[0].entity:
        return
    c.kind, c.rejected = "revenue", None
    c.note("jaamounts: a payment between two named parties: revenue payer -> earner")


def _demanded_sum(view: Any, cands: list[Any]) -> None:
    """"Bを提訴し、それぞれX億円の支払いを求めた": the demanded sum sizes each lawsuit without one."""
    m = _DEMAND.search(view.sentence.text)
    if m is None:
        return
    at = view.sentence.start + m.start()
    amounts = [a for a in view.amounts if a.end <= at and not _restated(view, a)]
    if not amounts:
        return
    for c in cands:
        if c.kind == "lawsuit" and c.rejected is None and c.amount is None:
            c.amount = amounts[-1]
            c.note(f"jaamounts: the sum demanded {amounts[-1].text!r}", +0.1)


def _restated(view: Any, a: Any) -> bool:
    """A figure in parentheses restates the one before it ("22億円（約1500万ドル）")."""
    return _between(view, a.start - 1, a.start) in ("（", "(")


def _between(view: Any, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]
