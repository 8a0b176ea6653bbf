"""Round 21, area "revenue": a named customer paying a supplier (all languages).

Called by the extractor after ``purchases4.adjust`` (``adjust(view, cands)``). Readings added here:

- a customer named in a relative clause or apposition: "Microsoft, which was then CoreWeave's biggest
  customer", "Meta, long one of Nvidia's largest customers," (revenue customer -> supplier);
- zh: a customer of one business line of the speaker: "鸿海表示，英伟达是公司AI服务器业务最大的客户",
  "苹果仍是其消费电子业务的核心客户" (the earner is the company that speaks, or the one named before).

A customer tie states no amount: the claim is ``reported`` (a standing fact) without a figure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.lexicon import TriggerEntry
from dealgraph.extract.rules.revenue_purchase import _speaker
from dealgraph.extract.rules.view import Trigger

if TYPE_CHECKING:
    from dealgraph.extract.rules.view import Party, SentenceView

_POSS_GAP = re.compile(r"(?:'s|’s)\s+(?:(?:single|largest|biggest|second|most|important|top|main|key|major)\s+)*$", re.IGNORECASE)
_RELATIVE = re.compile(r"^\s*,\s*(?:(?:which|who|that)\s+(?:is|was|has been|had been|remains|remained|became|becomes|"
                       r"would become|will become)\s+)?(?:(?:then|now|still|also|already|long|by far|currently|once)\s+)*"
                       r"(?:the\s+|one of\s+)?$", re.IGNORECASE)
_ZH_CUSTOMER = re.compile(r"^(?:仍然|仍|也|则|則|一直|依然|依旧|依舊|已经|已經|已)?(?:是|为|為|成为|成為)(?:公司|其|该公司|該公司|它)?"
                          r"(?:[^，,。；]{0,12}?)的?(?:最大|第一大|头号|頭號|最重要|核心|主要|重要)的?(?:客户|客戶)")
_ZH_WORD = re.compile(r"客户|客戶")
_PERSON = ("person",)


def adjust(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """Apply the round-21 revenue readings to one sentence's candidates."""
    if view.lang == "en":
        for c in cands:
            _relative_customer(view, c)
    elif view.lang == "zh" and _ZH_WORD.search(view.sentence.text):
        cands.extend(_zh_line_customer(view, cands))
    return cands


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def _relative_customer(view: SentenceView, c: C.Candidate) -> None:
    """"Microsoft, which was then CoreWeave's biggest customer": Microsoft pays CoreWeave."""
    if c.trigger.entry.frame != "customer" or c.rejected is None or not c.rejected.startswith("a customer tie"):
        return
    t = c.trigger
    earner = next((p for p in reversed(view.parties) if p.end <= t.start and _POSS_GAP.fullmatch(_rel(view, p.end, t.start))), None)
    if earner is None:
        return
    payer = next((p for p in reversed(view.parties) if p.end <= earner.start and p.entity != earner.entity
                  and p.type not in _PERSON and _RELATIVE.fullmatch(_rel(view, p.end, earner.start))), None)
    if payer is None:
        return
    c.kind, c.sources, c.targets, c.rejected = "revenue", [payer], [earner], None
    c.note(f"customer relation in a relative clause: {payer.entity} buys from {earner.entity} (revenue payer -> earner)")
    if c.status in ("announced", "completed"):
        c.status = "reported"


def _zh_line_customer(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """"鸿海表示，英伟达是公司AI服务器业务最大的客户": the speaker earns from the named customer."""
    if any(c.kind == "revenue" and c.rejected is None for c in cands):
        return []
    out: list[C.Candidate] = []
    for p in view.parties:
        m = _ZH_CUSTOMER.match(_rel(view, p.end, view.sentence.end))
        if m is None or p.type in _PERSON:
            continue
        earner = _speaker(view, p.start)
        if earner is None or earner.entity == p.entity:
            continue
        entry = TriggerEntry("revenue4", "revenue", "customer", 0.5)
        lo, hi = p.end, p.end + m.end()
        c = C.Candidate(view, Trigger(lo, hi, _rel(view, lo, hi), entry), "revenue", [p], [earner],
                        status="reported", start=view.sentence.start, end=view.sentence.end, score=0.5)
        c.note(f"customer relation: {p.entity} is a customer of {earner.entity}'s business (revenue payer -> earner)")
        out.append(c)
    return out
