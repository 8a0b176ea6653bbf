"""Round 20, phenomenon "loans": who is no lender of a loan read with the borrower as subject.

``adjust(view, cands)`` runs first in ``loans.adjust``. Two readings:

- a bond or note sale is borrowing from the market: "Oracle sold $18 billion of bonds for its OpenAI
  data centres", 甲骨文为OpenAI发行了180亿美元的债券, 社債を発行: a company that is no lender (no bank,
  no fund) is not the buyer; a named buyer reads as the subject of "bought" ("PIMCO bought the bonds");
- the borrower's partner in another clause is no lender: "Microsoft sold bonds and agreed to fund its
  expansion with OpenAI", "Meta sold $30 billion of bonds and agreed to buy chips from Nvidia".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import Party, SentenceView

_BOND = re.compile(r"(?i)\b(?:bonds?|notes|debentures?|debt offering|debt sale)\b|债券|債券|公司债|公司債|票据|票據|社債|債")
_NEXT_CLAUSE = re.compile(r"(?i)\b(?:and|but|while|then|before|after)\s+(?:also\s+|has\s+|had\s+|later\s+)?"
                          r"(?:agreed|agrees|signed|signs|plans?|planned|will|would|announced|said|struck|committed|"
                          r"pledged|bought|buys?|teamed|partnered|expanded|won|is|was|to)\b|并且?|同时|し、|した上で")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Drop the non-lender sources of a borrower-subject loan that the structure says do not lend."""
    from dealgraph.extract.rules.loans import is_lender

    for c in cands:
        if c.kind != "loan" or c.rejected is not None or not c.sources or c.trigger.entry.frame != "get":
            continue
        bond = bool(_BOND.search(c.trigger.text))
        drop = [p for p in c.sources if not is_lender(p.entity) and (bond or _other_clause(view, c, p))]
        if drop:
            c.sources = [p for p in c.sources if p not in drop]
            why = "a bond sale borrows from the market" if bond else "a partner in another clause"
            c.note(f"{drop[0].entity} is no lender: {why}")
    return cands


def _other_clause(view: SentenceView, c: Candidate, p: Party) -> bool:
    """``p`` stands in another clause than the loan word (a comma, or "and agreed to ..." between them)."""
    s = view.sentence
    lo, hi = sorted((c.trigger.end, p.start)) if p.start >= c.trigger.end else (p.end, c.trigger.start)
    return not view.same_clause(lo, hi) or bool(_NEXT_CLAUSE.search(s.text[lo - s.start:hi - s.start]))
