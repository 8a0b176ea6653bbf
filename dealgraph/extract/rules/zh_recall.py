"""Round 8 (zhrecall): Chinese grants from a ministry and memberships denied with 不是."""

from __future__ import annotations

import re

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.lexicon import both_scripts
from dealgraph.extract.rules.view import SentenceView

_GRANT = re.compile(both_scripts(r"补助|补贴|资助|拨款", "zh"))
_GIVE = re.compile(both_scripts(r"提供|给予|授予|发放|拨付", "zh"))
_ALSO = re.compile(both_scripts(r"^[，,；\s]*(?:另|另外|并|还|同时)(?:将|会)?(?:再|也)?提供", "zh"))
_NOT = re.compile(both_scripts(r"(?:并|也|还|都)?(?:不是|并非|不再是|不属于)$", "zh"))


def adjust(view: SentenceView, cands: list[C.Candidate]) -> None:
    """Apply the round-8 Chinese corrections in place."""
    for c in cands:
        if c.rejected is None:
            _grant(view, c, cands)
            _not_member(view, c)
    _also_provides(view, cands)


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def _grant(view: SentenceView, c: C.Candidate, cands: list[C.Candidate]) -> None:
    """"商务部将提供该公司最高4.5亿美元的直接补助": the giver (first party) funds the party after 提供."""
    if c.kind != "investment" or not _GRANT.search(c.trigger.text):
        return
    give = _GIVE.search(_rel(view, view.sentence.start, c.trigger.start))
    if give is None:
        return
    at = view.sentence.start + give.start()
    givers = [p for p in view.parties if p.end <= at]
    takers = [p for p in view.parties if at < p.start < c.trigger.start]
    if givers:
        c.sources = givers[:1]
    if takers:
        c.targets = takers[:1]
    c.note("grant: the party before 提供 gives, the party after it receives")
    for o in cands:
        if o is not c and o.kind in ("purchase", "supply", "buy") and at <= o.trigger.start < c.trigger.start:
            o.rejected = "提供 of a grant, not a sale"
            if c.amount is None and o.amount is not None:
                c.amount, c.status = o.amount, o.status


def _not_member(view: SentenceView, c: C.Candidate) -> None:
    """"百度并不是月之暗面的股东": an explicit non-membership is denied, never a holding."""
    if c.kind not in ("stake", "investment") or c.trigger.entry.frame != "stake":
        return
    before = _rel(view, view.sentence.start, c.trigger.start)
    if _NOT.search(before) or _NOT.search(before + c.trigger.text[:1]):
        c.status = "denied"
        c.note("不是…的股东: denied")


def _also_provides(view: SentenceView, cands: list[C.Candidate]) -> None:
    """"…提供该公司4.5亿美元补助，另提供5亿美元贷款": the second clause keeps the first one's parties."""
    done = [c for c in cands if c.rejected is None and c.sources and c.targets]
    for c in cands:
        prev = [d for d in done if d.trigger.end <= c.trigger.start]
        if c.targets or not prev or c.kind not in ("loan", "investment"):
            continue
        if _ALSO.search(_rel(view, prev[-1].trigger.end, c.trigger.start + 2)):
            c.sources, c.targets = prev[-1].sources[:], prev[-1].targets[:]
            c.rejected = None
            c.note("另提供: the same giver and receiver as the clause before")
