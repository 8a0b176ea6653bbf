"""Round 21, area "loans": lenders named in the sentences after a loan (en, zh, ja).

Writers tell a loan first and its banks afterwards, often over two sentences and without naming the
borrower again:

- "X closed a $7.5 billion debt facility. A and B led it. Other lenders included C, D and E.";
- "X signed a $15 billion bridge loan. A arranged it. B and C joined, along with ...";
- "融資はAが主導し、B、Cなども加わった", "融資枠には、A、Bなど…のほか、Cが参加した", "贷款由A牵头，B、C参与".

``link`` runs once per sentence (``extractor._State.link``). It remembers the last loan with a borrower
(kept, or rejected only for naming neither lender nor amount) and, for up to two sentences, lets parties
that are all lenders and are named as leading, arranging, joining or listed without an amount lend to
that borrower. A bare lead or join verb ("led it") needs the loan in the sentence just before; a
sentence that names the loan itself (融資は, the loan, lenders) may sit one sentence further. Without a
recent loan, an "arranged it" row (kind ``loan``) is rejected: an arranger of nothing known. One lender
named alone ("Macquarie provided it") takes the loan's own claim and amount (the gold convention for a
single lender); when more lenders follow, the amount goes back to the null-lender claim.

``link`` also finds the borrower of a loan whose sentence names no party: the article's company for a
bond issue told with 公司/集团/同社/"the company"/"helped it arrange", or for a loan against another
company's shares; the payer of the deal just told when the loan pays for it ("出資資金の一部は…
ブリッジローンで賄った", "投资资金部分来自…过桥贷款", "funded part of the investment with a loan").

``adjust`` (per sentence): a company whose shares are the collateral ("a margin loan against its Arm
shares", "アームの株式を担保とするマージンローン", "以Arm股份作抵押的贷款") is not the borrower, and those
pledged shares are no holding; "the lenders are really underwriting X" is a remark, not a lender list.
"""

from __future__ import annotations

import re
from typing import Any

from dealgraph.extract.rules.loans import is_lender

_GAP = 2
_BARE_AFTER = re.compile(r"^\s*(?:(?:it|them|the (?:loan|facility|financing|debt|deal|package))\s*)?(?:,?\s*(?:too|as well)\s*)?"
                         r"(?:[,;.]|$)|^(?:了|た|した|ました|しました|している|しています|する)?(?:。|$)", re.IGNORECASE)
_LEAD_JOIN = re.compile(r"(?:co-)?led|arranged|provided|joined|participated|took part|underwrote|主導|主导|牵头|牽頭|领衔|領銜|"
                        r"加わ|参加|参与|參與|加入", re.IGNORECASE)
_LOAN_WORD = re.compile(r"\b(?:loans?|facility|lenders?|credit line|debt financing|syndicate)\b|融資|融资|贷款|貸款|银团|銀團|"
                        r"銀行団|ローン|借り?入れ|借款", re.IGNORECASE)
_BARE_LOAN_VERB = re.compile(r"^(?:arranged|provided|underwrote)$", re.IGNORECASE)
_JOINED_NOTES = ("lenders named after the loan", "provided the loan")
_SEVERAL = re.compile(r"co-|join|particip|took part|加わ|参加|参与|參與|加入", re.IGNORECASE)
_ISSUER_REF = re.compile(r"(?:^|[，,。：:]\s*|月|日|年)(?:该|該|本)?(?:公司|集团|集團)|^(?:同社|当社|同グループ)|"
                         r"^(?:The|the) (?:company|group)\b|\bhelp(?:ed|s|ing)? (?:it|the company|the startup|the firm) "
                         r"(?:to )?(?:arrange|raise|secure|line up|sell|issue|obtain)\b")
_FUNDS_DEAL = re.compile(r"(?:出資|投資|買収|取得)(?:資金|の対価|代金|額)[^。]{0,40}?(?:賄|充て|支払|調達)|"
                         r"(?:投资|收购|出资)(?:资金|資金|款项|款項|对价|對價)[^。]{0,40}?(?:来自|來自|通过|通過|用|支付)|"
                         r"\b(?:paid|pays|pay|funded|funds|fund|financed|finances|finance|covered|covers)\s+(?:for\s+)?"
                         r"(?:part of\s+|some of\s+|most of\s+|much of\s+)?(?:the|its|that|this)\s+(?:investment|purchase|"
                         r"acquisition|deal|stake|commitment)\b", re.IGNORECASE)
_PAID_KINDS = ("investment", "acquisition", "purchase", "stake")
_LIST_VERB_END = re.compile(r"\b(?:are|were|is|was)$", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(r"^\s+(?:(?:not|also|really|now|still|just|effectively|essentially|in effect|only|all|both)\s+)*"
                           r"(?:[a-z]+ing|[a-z]+ed|betting|nervous|worried|confident|exposed|reluctant|willing|able|likely)\b")
_INVESTOR_SYNDICATE = re.compile(r"(?:投资者|投資者|投资人|投資人|投资方|投資方|投資家|股东|股東)(?:们|們)?(?:组成|組成|构成|構成|からなる|で構成される)"
                                 r"的?(?:银团|銀團|财团|財團|シンジケート|銀行団)")
_MIXED_AFTER = re.compile(r"^\s*(?:and|&|plus)\s+(?:strategic\s+|new\s+)?equity\b|^(?:和|与|與|及|以及|と|・|、)(?:股权|股權|エクイティ|株式)",
                          re.IGNORECASE)
_MIXED_IN = re.compile(r"combination of (?:debt and equity|equity and debt)|mix of (?:debt and equity|equity and debt)",
                       re.IGNORECASE)
_WEAK_REJECTIONS = ("loan with neither lender nor amount",)
_PLEDGED_AFTER = re.compile(r"^\s*(?:社)?(?:の|的)?\s*(?:株式|株|持ち株|保有株|股份|股票|股权|股權|持股)\s*(?:を|为|為|作为|作為|作)?\s*"
                            r"(?:担保|擔保|抵押|质押|質押)|^(?:'s|’s)?\s+(?:shares|stock|stake)\b", re.IGNORECASE)
_PLEDGED_BEFORE = re.compile(r"(?:against|backed by|secured by|collateralized by|pledging)\s+(?:(?:its|their|the|a|part of|some of"
                             r"|[\w-]+)\s+){0,3}?$", re.IGNORECASE)
_SHARE_WORD = re.compile(r"担保|擔保|抵押|质押|質押|against|backed by|secured by|collateral|pledg", re.IGNORECASE)


def link(state: Any, view: Any, cands: list) -> None:
    """Lenders after a loan lend to its borrower; remember this sentence's loan for the next ones."""
    last = _recent_loan(state, view)
    if last is not None:
        near = view.index - state.loans4_last[0] == 1  # the loan's story was told in the sentence just before
        for c in cands:
            _join_loan(view, c, last, near)
        _more_lenders(state, cands, last)
        _single_lender(state, cands, last)
        if any(c.kind == "loan" and c.targets and c.targets[0].entity == last.targets[0].entity for c in cands):
            state.loans4_last = (view.index, last)  # the loan's story goes on in this sentence
    else:
        for c in cands:
            if c.kind == "loan" and not c.targets and _BARE_LOAN_VERB.match(c.trigger.text):
                c.rejected = f"{c.trigger.text!r} a deal the article has not named as a loan"
    _issuer_from_topic(state, view, cands)
    _funds_a_deal(state, view, cands)
    _remember(state, view, cands)


def _funds_a_deal(state: Any, view: Any, cands: list) -> None:
    """"出資資金の一部は…150億ドルのブリッジローンで賄った": the payer of the deal just told borrows."""
    if not any(c.kind == "loan" for c in cands) or not _FUNDS_DEAL.search(view.sentence.text):
        return
    for c in cands:
        if c.kind != "loan" or c.amount is None or c.sources or c.targets or c.rejected not in (None, "no party"):
            continue
        if any(p.start < c.trigger.start for p in view.parties):
            continue
        deal = next((d for i, d in reversed(state.recent) if view.index - i <= 5 and d.kind in _PAID_KINDS
                     and len({p.entity for p in d.sources}) == 1 and d.sources[0].slot != "CONTEXT"), None)
        if deal is None:
            return
        payer = deal.sources[0]
        from dealgraph.extract.rules.view import Party

        c.targets, c.rejected = [Party(payer.entity, view.sentence.start, view.sentence.start, "", slot="CONTEXT",
                                       via="context")], None
        c.note(f"the loan pays for the {deal.kind} told before: its payer {payer.entity} borrows", -0.2)
        return


def _issuer_from_topic(state: Any, view: Any, cands: list) -> None:
    """"公司完成180亿美元的票据发行", "集團已發行…債券", "同社は社債を発行": the article's company borrows."""
    if not any(c.kind == "loan" for c in cands):
        return  # only a loan's borrower is filled in
    named = _ISSUER_REF.search(view.sentence.text) is not None
    for c in cands:
        pledged = {n.split("'s shares are the collateral")[0] for n in c.notes if "'s shares are the collateral" in n}
        if not named and not pledged:
            continue  # "アームの株式を担保とする…借り入れ枠": the collateral's owner, the article's company
        if any(p.start < c.trigger.end and p.entity not in pledged for p in view.parties):
            continue  # a party named before the paper may be its issuer
        if c.kind != "loan" or c.amount is None or c.rejected not in (None, "no party") or c.sources or c.targets \
                or c.trigger.entry.frame != "get":
            continue
        entity = state.top_entity(pledged)
        if entity is None or is_lender(entity):
            return
        from dealgraph.extract.rules.view import Party

        at = view.sentence.start
        c.targets, c.rejected = [Party(entity, at, at, "", slot="CONTEXT", via="context")], None
        c.note(f"the borrower is the article's company {entity} (公司/集团/同社, or the owner of the collateral)", -0.2)


def _remember(state: Any, view: Any, cands: list) -> None:
    loans = [c for c in cands if c.kind == "loan" and c.targets and len({p.entity for p in c.targets}) == 1
             and (c.rejected is None or c.rejected.startswith(_WEAK_REJECTIONS))]
    if loans:
        state.loans4_last = (view.index, loans[0])


def _recent_loan(state: Any, view: Any) -> Any:
    """The loan of the last two sentences, unless a deal about another company came in between."""
    idx, loan = getattr(state, "loans4_last", (-10, None))
    if loan is None or view.index - idx > _GAP or view.index == idx:
        return None
    borrower = loan.targets[0].entity
    if state.prev_index > idx and any(
            p.kind != "loan" and {t.entity for t in p.targets} - {borrower} for p in state.prev):
        return None
    gap = view.index - idx
    if gap > 1 and not _LOAN_WORD.search(view.sentence.text):
        return None
    return loan


def _join_loan(view: Any, c: Any, loan: Any, near: bool) -> None:
    """One candidate of the sentence: lenders without an amount lend to the loan's borrower."""
    if c.amount is None and c.trigger.entry.frame == "supply" and _BARE_LOAN_VERB.match(c.trigger.text):
        _provided_it(view, c, loan, near)  # "Macquarie provided it": the supply word read as a lender's
        return
    if c.amount is not None or c.kind not in ("investment", "loan"):
        return
    if c.rejected is not None and not (c.kind == "loan" and c.rejected.startswith(("no target", "no party"))) \
            and c.rejected != "the lenders' list is read by the loan word":
        return
    borrower = loan.targets[0]
    sources = c.sources
    if not sources and c.kind == "loan":  # "融資枠には、A、B…が参加した": the lenders of the sentence
        sources = [p for p in view.parties if is_lender(p.entity)]
    if not sources or not all(is_lender(p.entity) for p in sources) or borrower.entity in {p.entity for p in sources}:
        return
    if c.targets and {p.entity for p in c.targets} != {borrower.entity}:
        return
    if c.kind == "investment" and not _lender_words(view, c, near):
        return
    c.kind, c.sources, c.targets, c.rejected = "loan", sources, [borrower], None
    c.status, c.date, c.precision = loan.status, loan.date, loan.precision
    c.note(f"lenders named after the loan to {borrower.entity}: they lend to it")


def _lender_words(view: Any, c: Any, near: bool) -> bool:
    """A lead or join verb about the loan: bare after the loan's own sentence, or in a sentence naming it."""
    s = view.sentence
    if _LOAN_WORD.search(s.text) and (c.trigger.entry.frame == "investors" or _LEAD_JOIN.search(c.trigger.text)):
        return True
    return near and bool(_LEAD_JOIN.match(c.trigger.text)) and bool(_BARE_AFTER.match(s.text[c.trigger.end - s.start:]))


def adjust(view: Any, cands: list) -> list:
    """A company whose shares secure the loan is the collateral, not the borrower; "lenders are doing" is no list."""
    if not any(c.kind == "loan" for c in cands):
        return cands  # every reading below is about a loan (none here: no regex to run)
    _lenders_clause(view, cands)
    _investor_syndicate(view, cands)
    _mixed_total(view, cands)
    if not _SHARE_WORD.search(view.sentence.text):
        return cands
    for c in cands:
        if c.kind == "stake" and c.pct is None and c.rejected is None and any(_pledged(view, p) for p in c.targets):
            c.rejected = "shares pledged as a loan's collateral, not a holding"
    for c in cands:
        if c.kind != "loan":
            continue
        pledged = [p for p in (*c.sources, *c.targets) if _pledged(view, p)]
        if not pledged:
            continue
        c.sources = [p for p in c.sources if p not in pledged]
        c.targets = [p for p in c.targets if p not in pledged]
        c.note(f"{pledged[0].entity}'s shares are the collateral: neither lender nor borrower")
        if not c.targets:
            owner = next((p for p in view.parties if p.end <= c.trigger.start and p not in pledged
                          and p.entity not in {q.entity for q in pledged} and not is_lender(p.entity)), None)
            if owner is not None:
                c.targets = [owner]
                c.note(f"borrower: {owner.entity}, who pledges the shares")
    return cands


def _lenders_clause(view: Any, cands: list) -> None:
    """"the lenders are really underwriting Microsoft": a verb after "lenders are", not a list of lenders."""
    if view.lang != "en":
        return
    s = view.sentence
    for c in cands:
        if c.kind == "loan" and c.rejected is None and _LIST_VERB_END.search(c.trigger.text) \
                and _CLAUSE_AFTER.match(s.text[c.trigger.end - s.start:]):
            c.rejected = "a clause about the lenders (a verb follows), not a list of them"


def _investor_syndicate(view: Any, cands: list) -> None:
    """"其余100亿美元由其他投资者组成的银团提供": a syndicate of investors is equity, not a bank loan."""
    m = _INVESTOR_SYNDICATE.search(view.sentence.text)
    if m is None:
        return
    for c in cands:
        if c.kind == "loan" and c.rejected is None and m.start() <= c.trigger.start - view.sentence.start <= m.end():
            c.rejected = "a syndicate of investors, not of lenders"


def _mixed_total(view: Any, cands: list) -> None:
    """"raised $10 billion in debt and equity", "100亿美元的债务和股权融资": a total of both kinds, no loan."""
    s = view.sentence
    for c in cands:
        if c.kind != "loan" or c.rejected is not None or c.amount is None:
            continue
        after = s.text[c.trigger.end - s.start:c.trigger.end - s.start + 30]
        if _MIXED_AFTER.match(after) or _MIXED_IN.search(c.trigger.text) or _MIXED_IN.match(after):
            c.rejected = "a total of debt and equity together, not a loan's amount"


def _pledged(view: Any, p: Any) -> bool:
    s = view.sentence
    after = s.text[p.end - s.start:]
    if _PLEDGED_AFTER.match(after) and (view.lang != "en" or _PLEDGED_BEFORE.search(s.text[:p.start - s.start])):
        return True
    return False


def _provided_it(view: Any, c: Any, loan: Any, near: bool) -> None:
    s = view.sentence
    lenders = [p for p in view.parties if is_lender(p.entity) and p.end <= c.trigger.start]
    if len(lenders) != len(view.parties) or not lenders or not near:
        return
    if not _BARE_AFTER.match(s.text[c.trigger.end - s.start:]):
        return
    c.kind, c.sources, c.targets, c.rejected = "loan", lenders, loan.targets[:1], None
    c.status, c.date, c.precision = loan.status, loan.date, loan.precision
    c.note(f"provided the loan of the sentence before: {lenders[0].entity} lends to {loan.targets[0].entity}")


def _more_lenders(state: Any, cands: list, loan: Any) -> None:
    """More lenders after a single one: the loan's amount goes back to its own (null-lender) claim."""
    single = getattr(state, "loans4_single", None)
    if single is None or single[0] is not loan or not any(_joined(c) for c in cands):
        return
    lender = single[1]
    loan.sources, lender.rejected = [], None
    loan.note("more lenders named later: the amount stays on the loan, each lender has its own claim")
    state.loans4_single = None


def _joined(c: Any) -> bool:
    return c.rejected is None and any(n.startswith(_JOINED_NOTES) for n in c.notes)


def _single_lender(state: Any, cands: list, loan: Any) -> None:
    """One lender for a loan told without one: the loan's claim (with its amount) is that lender's."""
    joined = [c for c in cands if _joined(c)]
    if loan.sources or loan.amount is None or len({p.entity for c in joined for p in c.sources}) != 1:
        return
    if _SEVERAL.search(joined[0].trigger.text):
        return  # "co-led it", "joined": other lenders take part
    c = joined[0]
    loan.sources = list(c.sources)
    loan.note(f"lender named in the next sentence: {c.sources[0].entity}")
    c.rejected = f"the lender of the loan {loan.trigger.text!r} (stated there with its amount)"
    state.loans4_single = (loan, c)
