"""Round 14, area "loans_revenue": who lends and who borrows (all languages).

Called by the extractor after ``money.adjust`` (``adjust(view, cands)``). A loan word reads its
parties from grammar (subject, from, 向, から); news often names the banks in another role ("Morgan
Stanley and MUFG arranged a term loan for Nebius", "月之暗面获得招商银行提供的贷款", "三菱UFJ銀行が主幹事を
務めるシンジケートローンで、X は…調達した"). What a party is settles it:

- a lender (a bank, ``banks.tsv``, or a credit fund, type ``fund``; ``loans.tsv`` lists exceptions) is never
  the borrower while a company that is no lender is named: lenders become the sources, that company the
  borrower;
- lenders listed as leading or joining the deal in the same sentence ("A and B が主導する協調融資",
  "中国银行牵头…，工商银行和建设银行参与") are the loan's lenders; arrangers ("through", 通过, を通じて,
  "helped") are not;
- "lend" without money ("lends weight to", "lent its name to") is no loan;
- the debt part of a raise is a loan: "raised $1.1 billion in equity and $7.5 billion in debt",
  "raised $2.5 billion through a revolving credit facility".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import Party, SentenceView

_HERE = Path(__file__).parent
_LEND_VERB = re.compile(r"^(?:lends?|lent|lending)$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"^\W*(?:\S+\s+){0,4}?(?:money|funds|capital|cash|financing|credit|debt|loans?|"
                          r"[$€£¥]|\d[\d.,]*\s*(?:billion|million|bn|mn|trillion))", re.IGNORECASE)
_ARRANGER = re.compile(r"(?:through|via|with the help of|helped|helps|help|advis\w*|通过|經由|经由|借助|透过|協助|协助|帮助"
                       r"|を通じ|を通し|経由)", re.IGNORECASE)
_ARRANGER_AFTER = re.compile(r"^(?:社|銀行)?(?:を通じ|を通し|経由|の助言|の仲介)")
_GOODS_AFTER = re.compile(r"^(?:'s\s+)?(?:社)?(?:製|制)?(?:的)?\s*(?:[\w-]+\s+){0,2}?(?:gpus?|chips?|processors?|芯片|显卡|顯卡|晶片"
                          r"|服务器|伺服器|チップ|サーバー|半導体|[ahb]\d00)", re.IGNORECASE)
_DEBT_AFTER = re.compile(r"^\s*(?:of|in)\s+(?:new\s+|fresh\s+|additional\s+|senior\s+|secured\s+)?(?:debt|loans?|bonds?|notes|"
                         r"borrowings|credit|debt financing)\b", re.IGNORECASE)
_EQUITY_AFTER = re.compile(r"^\s*(?:(?:of|in)\s+(?:new\s+|fresh\s+)?(?:equity|venture funding|funding|capital)|"
                           r"(?:[\w-]+\s+){0,2}?(?:equity|stock)\s+(?:raise|round|sale|offering|financing|funding))\b",
                           re.IGNORECASE)
# round 18 (kinds2): "50億ドルのデットファイナンスと50億ドルの株式による調達", "50亿美元债务融资和50亿美元股权融资"
_DEBT_AFTER_CJK = {
    "zh": re.compile(r"^\s*(?:的)?(?:优先|優先|有担保|有擔保|定期)?(?:债务|債務|债券|債券|贷款|貸款|票据|票據|可转债|可轉債|信贷|信貸)"),
    "ja": re.compile(r"^\s*(?:の|規模の)?(?:デット|社債|融資|借り?入れ?|ローン|債券|負債)"),
}
_EQUITY_AFTER_CJK = {
    "zh": re.compile(r"^\s*(?:的)?(?:股权|股權|股份|股票)"),
    "ja": re.compile(r"^\s*(?:の|規模の)?(?:株式|エクイティ|出資|増資)"),
}
_THROUGH_LOAN = re.compile(r"^\s*(?:\S+\s+){0,3}?(?:through|via|from|with|using|in the form of|by way of|by tapping)\s+"
                           r"(?:a|an|its|the|new)?\s*$", re.IGNORECASE)
_DEBT_CLAUSE = re.compile(r"debt|loans?|lenders?|credit|bonds?|notes", re.IGNORECASE)
_BORROWER_TYPES = ("company", "joint_venture", None)


@cache
def _overrides() -> dict[str, bool]:
    """``loans.tsv``: names whose lender role differs from their knowledge-base file or type."""
    rows = (_HERE / "loans.tsv").read_text(encoding="utf-8").splitlines()
    cells = [r.split("\t") for r in rows if r.strip() and not r.startswith("#")]
    return {c[0]: c[1].strip() == "lender" for c in cells if len(c) >= 2}


@cache
def is_lender(entity: str) -> bool:
    """A bank or a credit/investment fund: a party that lends rather than borrows."""
    if entity in _overrides():
        return _overrides()[entity]
    from dealgraph.entities import default_kb

    e = default_kb().get(entity)
    return e is not None and (e.source == "banks.tsv" or e.type == "fund")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Round-14 readings of loans (each function checks its own case)."""
    from dealgraph.extract.rules import loans_issuers

    cands = loans_issuers.adjust(view, cands)  # round 20: bond sales, partners in another clause
    for c in cands:
        _figurative_lend(view, c)
        _collateral_maker(view, c)
        _lender_not_borrower(view, c)
    _listed_lenders(view, cands)
    _loan_not_a_sale(cands)
    cands = _debt_part(view, cands)
    _through_facility(view, cands)
    return cands


def _figurative_lend(view: SentenceView, c: Candidate) -> None:
    """"Nvidia's backing lends weight to CoreWeave's pitch": lending with no money and no lender is no loan."""
    if c.kind != "loan" or c.rejected is not None or not _LEND_VERB.match(c.trigger.text) or c.amount is not None:
        return
    s = view.sentence
    if any(is_lender(p.entity) for p in c.sources) or _MONEY_AFTER.match(s.text[c.trigger.end - s.start:]):
        return
    if view.amounts:
        return
    c.rejected = f"{c.trigger.text!r} without money or a lender: figurative"


def _collateral_maker(view: SentenceView, c: Candidate) -> None:
    """"debt backed by its Nvidia GPUs": the maker of the goods pledged neither lends nor borrows."""
    if c.kind != "loan":
        return
    s = view.sentence
    pledged = [p for p in c.sources if not is_lender(p.entity) and _GOODS_AFTER.match(s.text[p.end - s.start:])]
    if pledged:
        c.sources = [p for p in c.sources if p not in pledged]
        c.note(f"{pledged[0].entity} makes the goods pledged: no lender")


def _loan_not_a_sale(cands: list[Candidate]) -> None:
    """A bank that lends sells neither chips nor cloud: the agreement or purchase beside a loan is that loan."""
    loans = [c for c in cands if c.kind == "loan" and c.rejected is None and c.targets]
    if not loans:
        return
    borrowers = {p.entity for c in loans for p in c.targets}
    lenders = {p.entity for c in loans for p in c.sources}
    for c in cands:
        if c.kind not in ("purchase", "compute_commitment") or c.rejected is not None:
            continue
        parties = {p.entity for p in (*c.sources, *c.targets)}
        if parties and parties <= borrowers | lenders and parties & lenders or any(
                is_lender(p.entity) for p in c.targets):
            c.rejected = "the agreement with the lender is the loan of the same sentence"


def _borrower(view: SentenceView, c: Candidate, lenders: set[str]) -> Party | None:
    """The one company in the sentence that is no lender (nor goods pledged, nor a speaker)."""
    s = view.sentence
    found = [p for p in view.parties if p.entity not in lenders and not is_lender(p.entity) and p.type in _BORROWER_TYPES
             and p.slot not in ("ADVISER", "SPEAKER") and not _GOODS_AFTER.match(s.text[p.end - s.start:])]
    names = {p.entity for p in found}
    if len(names) == 1:
        return found[0]
    marked = [p for p in found if p.slot in ("TO", "ON", "FOR", "IN")]
    return marked[0] if len({p.entity for p in marked}) == 1 else None


def _lender_not_borrower(view: SentenceView, c: Candidate) -> None:
    """A bank read as the borrower: the lenders lend, the company that is no lender borrows."""
    if c.kind != "loan" or c.rejected is not None:
        return
    if not c.targets and c.sources and all(is_lender(p.entity) for p in c.sources):
        borrower = _borrower(view, c, {p.entity for p in c.sources})
        if borrower is not None:  # "A、B等银行正与xAI洽谈提供贷款"
            c.targets = [borrower]
            c.note(f"lenders named, the borrower is {borrower.entity}, the one company that is no lender")
        return
    if not c.targets and c.sources and not any(is_lender(p.entity) for p in c.sources):
        banks = [p for p in view.parties if is_lender(p.entity) and p.slot not in ("ADVISER", "SPEAKER")
                 and not _arranger(view, p)]
        if banks:  # "XはA、Bとの間で融資契約を結んだ": the company signs, the banks lend
            c.sources, c.targets = banks, c.sources[:1]
            c.note(f"{c.targets[0].entity} signs the loan with lenders: {banks[0].entity} lends")
        return
    banks = [p for p in c.targets if is_lender(p.entity)]
    if not banks:
        return
    others = [p for p in c.targets if not is_lender(p.entity)]
    if others:  # "A and JPMorgan" as borrowers: the bank lends
        c.targets = others
        c.sources = _merge(c.sources, banks)
        c.note(f"{banks[0].entity} is a lender, not a borrower")
        return
    if c.sources and not any(is_lender(p.entity) for p in c.sources):
        c.sources, c.targets = c.targets, c.sources
        c.note(f"{c.sources[0].entity} is a lender: {c.targets[0].entity} borrows")
        return
    if c.sources:
        return
    borrower = _borrower(view, c, {p.entity for p in banks})
    if borrower is None:
        return
    c.sources, c.targets = banks, [borrower]
    c.note(f"{banks[0].entity} is a lender: the borrower is {borrower.entity}")


def _merge(parties: list[Party], more: list[Party]) -> list[Party]:
    seen = {p.entity for p in parties}
    return parties + [p for p in more if p.entity not in seen and not seen.add(p.entity)]  # type: ignore[func-returns-value]


def _arranger(view: SentenceView, p: Party) -> bool:
    s = view.sentence
    before = s.text[max(0, p.start - s.start - 14):p.start - s.start]
    return bool(_ARRANGER.search(before)) or bool(_ARRANGER_AFTER.match(s.text[p.end - s.start:]))


def _listed_lenders(view: SentenceView, cands: list[Candidate]) -> None:
    """Lenders who lead or join the loan of the same sentence ("A、B主导する協调融資", "B和C参与")."""
    loans = [c for c in cands if c.kind == "loan" and c.rejected is None]
    if not loans:
        return
    loan = next((c for c in loans if c.targets), loans[0])
    named = {p.entity for p in (*loan.sources, *loan.targets)}
    listed = [p for c in cands if c is not loan and c.kind in ("investment", "loan") and c.trigger.entry.frame == "investors"
              for p in c.sources]
    listed += [p for p in view.parties if p.slot in ("LEAD", "FROM", "AGENT", "WITH")]
    new = [p for p in listed if is_lender(p.entity) and p.entity not in named and not _arranger(view, p)]
    if not new:
        return
    if not loan.targets:
        borrower = _borrower(view, loan, {p.entity for p in new})
        if borrower is None:
            return
        loan.targets = [borrower]
        loan.note(f"borrower: {borrower.entity}, the one company in the sentence that is no lender")
    loan.sources = _merge(loan.sources, new)
    loan.note(f"lenders named with the loan: {', '.join(sorted({p.entity for p in new}))}")
    for c in cands:
        if c is not loan and c.rejected is None and c.kind == "investment" and {p.entity for p in c.sources} <= {
                p.entity for p in loan.sources} and c.sources:
            c.rejected = "the lenders of the loan in the same sentence"


def _amount_after(view: SentenceView, pattern: re.Pattern[str], exclude: object = None) -> object:
    s = view.sentence
    return next((a for a in view.amounts if a is not exclude and pattern.match(s.text[a.end - s.start:])), None)


def _debt_part(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"raised $1.1 billion in equity and $7.5 billion in debt": the debt figure is a loan, its leaders lenders."""
    debt_after = _DEBT_AFTER if view.lang == "en" else _DEBT_AFTER_CJK[view.lang]
    equity_after = _EQUITY_AFTER if view.lang == "en" else _EQUITY_AFTER_CJK[view.lang]
    if view.lang != "en" and _amount_after(view, equity_after) is None:
        return cands  # CJK: only a raise that names both its debt and its equity figure
    out = list(cands)
    for c in cands:
        if c.kind != "investment" or c.trigger.entry.frame != "get" or c.rejected is not None or not c.targets:
            continue
        debt = _amount_after(view, debt_after)
        if debt is None or any(o.kind == "loan" and o.rejected is None and o.amount is debt for o in cands):
            continue
        s = view.sentence
        taken = {p.entity for p in c.targets}
        lenders = [p for p in view.parties if p.entity not in taken and p.start > debt.end  # type: ignore[attr-defined]
                   and _DEBT_CLAUSE.search(s.text[p.end - s.start:p.end - s.start + 40])]
        loan = replace(c, kind="loan", amount=debt, sources=lenders, targets=list(c.targets),
                       notes=[*c.notes, f"{debt.text!r} of debt in the raise: a loan"])  # type: ignore[attr-defined]
        out.append(loan)
        c.sources = [p for p in c.sources if p not in lenders]
        if c.amount is debt:
            c.amount = _amount_after(view, equity_after, debt)
            c.rejected = None if c.amount is not None else "the raise is the debt stated as a loan"
    return out


def _through_facility(view: SentenceView, cands: list[Candidate]) -> None:
    """"raised $2.5 billion through a revolving credit facility": the raise's money is the loan's."""
    s = view.sentence
    for loan in cands:
        if loan.kind != "loan" or loan.amount is not None or loan.rejected is not None or (loan.sources and view.lang == "en"):
            continue
        for c in cands:
            if (c.kind != "investment" or c.trigger.entry.frame != "get" or c.sources or c.amount is None
                    or c.rejected is not None or (view.lang == "en" and c.amount.end > loan.trigger.start)):
                continue
            if view.lang == "en" and not _THROUGH_LOAN.match(s.text[c.amount.end - s.start:loan.trigger.start - s.start]):
                continue
            if c.targets and loan.targets and c.targets[0].entity != loan.targets[0].entity and not all(
                    is_lender(p.entity) for p in c.targets):
                continue
            loan.amount, loan.targets = c.amount, loan.targets or c.targets
            loan.status = c.status if loan.status == "announced" else loan.status
            loan.note(f"amount {c.amount.text!r} raised through the loan")
            c.rejected = f"the money raised is the loan of {loan.trigger.text!r}"
            break
