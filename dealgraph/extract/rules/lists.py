"""Party lists that continue the deal of the sentence before (round 6, area "lists").

"出資者は三菱UFJ銀行、三井住友銀行、みずほ銀行など。" after "サカナAIは…約200億円を調達した" names the
round's investors without naming the company; "融資団にはJPモルガンとゴールドマン・サックスも加わった。" or
"Wells Fargo and Barclays also joined." after a loan names more lenders. Each listed party joins the
previous sentence's deal: same company, same kind, its status and date.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules import candidates as C

_LIST_WORD = re.compile(r"joined|joins|took part|participat|backers|investors|lenders|banks|出資者|出資企業|投資家|"
                        r"参加|加わ|融資団|銀行団|投资方|出资方|跟投|参投|参与|银团|股东", re.IGNORECASE)
_LOAN_WORD = re.compile(r"lenders?|banks|syndicate|融資|銀行団|融资|贷款|银团|貸", re.IGNORECASE)


def _is_list(c: C.Candidate) -> bool:
    return c.trigger.entry.frame == "investors" or bool(_LIST_WORD.search(c.trigger.text))


def join_previous(cands: list[C.Candidate], prev: list[C.Candidate]) -> None:
    """Listed parties without a company join the adjacent sentence's round or loan (``prev``)."""
    deal = next((p for p in prev if p.kind in ("investment", "loan") and p.targets and p.rejected is None), None)
    if deal is None:
        return
    listed = [c for c in cands if c.rejected is None and c.sources and not c.targets and c.amount is None
              and c.kind in ("investment", "loan", "stake") and (_is_list(c) or c.kind == "loan")]
    taken = {p.entity for p in deal.targets}
    for c in listed:
        if taken & {p.entity for p in c.sources}:
            continue
        if deal.kind == "loan" and c.kind != "loan":
            if any(o is not c and o.kind == "loan" and o in listed for o in cands) or not _LOAN_WORD.search(
                    c.view.sentence.text):
                c.rejected = "the lenders' list is read by the loan word"
                continue
            c.kind = "loan"
        if c.kind == "loan" and deal.kind != "loan" or c.kind == "stake":
            continue
        c.targets = deal.targets[:1]
        c.status, c.date, c.precision = deal.status, deal.date, deal.precision
        c.note(f"listed parties join the previous sentence's {deal.kind} in {deal.targets[0].entity}")
