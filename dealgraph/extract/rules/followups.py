"""Details stated after a deal without naming its company again (round 12, area "followups").

"Amazon invested $4 billion in Anthropic. Amazon will remain a minority investor." — the holder's stake is in
the previous sentence's company; "..., bringing its total investment in the startup to $8 billion" — a
cumulative figure for the same investor and company. Lists of co-investors or lenders ("A and B co-led it",
"C was among the other lenders") and prices ("The price was about $600 million") are read by trigger rows
(triggers_en.tsv) and joined by ``lists.join_previous`` and ``extractor._continue_previous``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules import candidates as C

_REMAIN = re.compile(r"\b(?:remains?|remained|will remain|stay(?:s|ed)?|continues? to be)\s+(?:\w+\s+){0,3}?"
                     r"(?:investors?|shareholders?|backers?|owners?)\b", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:bringing|taking|lifting|raising|pushing)\s+(?:its|their|his|her|the)\s+(?:total|cumulative|overall)\s+"
                    r"(?:commitment|investment|funding|stake|outlay|backing)\b[^.;]*?\bto\s+$", re.IGNORECASE)
_DEAL_KINDS = ("investment", "stake", "acquisition")


def remaining_holder(cands: list[C.Candidate], prev: list[C.Candidate]) -> None:
    """"X will remain a minority investor": a stake (reported) of X in the previous deal's only company."""
    deals = [p for p in prev if p.kind in _DEAL_KINDS and p.targets and p.rejected is None]
    companies = {p.targets[0].entity for p in deals}
    if len(companies) != 1:
        return
    for c in cands:
        if c.trigger.entry.frame != "investors" or c.targets or len(c.sources) != 1 or c.amount is not None:
            continue
        if not _REMAIN.search(c.trigger.text) or c.sources[0].entity in companies:
            continue
        c.kind, c.targets, c.status, c.rejected = "stake", deals[0].targets[:1], "reported", None
        c.note(f"holder remains in the previous deal's company {deals[0].targets[0].entity}")


def cumulative_total(cands: list[C.Candidate]) -> None:
    """"..., bringing its total investment in the startup to $8 billion": a second, cumulative claim."""
    for c in list(cands):
        if c.kind != "investment" or c.rejected is not None or not (c.sources and c.targets):
            continue
        text = c.view.sentence.text
        for a in c.view.amounts:
            lead = text[: a.start - c.view.sentence.start]
            if a is not c.amount and _TOTAL.search(lead):
                total = replace(c, amount=a, notes=list(c.notes))
                total.note(f"cumulative total {a.text!r} of the same investor")
                cands.append(total)
                return


# -- Chinese and Japanese follow-ups (round 13, area "cjkfollowups") ---------------------------------------

_JOINED_LOAN = re.compile(r"(?:参与|参加|加入|加盟)了?(?:此次|本次|这笔|该笔|上述|这次|该)?(?:笔|项)?(?:银团)?(?:贷款|融资|银团)")
_OWN_RATIO = re.compile(r"の(?:出資比率|持ち株比率|持株比率|議決権比率)|的(?:持股比例|股权比例)")


def _only_deal(prev: list[C.Candidate], kinds: tuple[str, ...]) -> C.Candidate | None:
    """The previous sentence's only kept deal of these kinds (None when there is none or several companies)."""
    deals = [p for p in prev if p.kind in kinds and p.targets and p.rejected is None]
    return deals[0] if deals and len({p.targets[0].entity for p in deals}) == 1 else None


def cjk_lenders(cands: list[C.Candidate], prev: list[C.Candidate]) -> None:
    """"A、B等银行参与了此次银团贷款": the listed parties lend to the previous sentence's borrower."""
    loan = _only_deal(prev, ("loan",))
    if loan is None:
        return
    for c in cands:
        if c.kind != "loan" or c.sources or not c.targets or c.amount is not None:
            continue
        if c.view.lang != "zh" or not _JOINED_LOAN.search(c.view.sentence.text):
            continue
        if loan.targets[0].entity in {p.entity for p in c.targets}:
            continue
        c.sources, c.targets, c.rejected = c.targets, loan.targets[:1], None
        c.status, c.date, c.precision = loan.status, loan.date, loan.precision
        c.note(f"listed lenders join the previous sentence's loan to {loan.targets[0].entity}")


def cjk_stake_ratio(cands: list[C.Candidate], prev: list[C.Candidate]) -> None:
    """"取引完了後、Aの出資比率は約11%となる": A's share of the previous deal's company."""
    deal = _only_deal(prev, _DEAL_KINDS)
    if deal is None:
        return
    for c in cands:
        if c.kind != "stake" or c.sources or len(c.targets) != 1 or c.pct is None:
            continue
        if not _OWN_RATIO.search(c.view.sentence.text) or c.targets[0].entity == deal.targets[0].entity:
            continue
        c.sources, c.targets, c.rejected = c.targets, deal.targets[:1], None
        c.status, c.date, c.precision = deal.status, deal.date, deal.precision
        c.note(f"holder's ratio in the previous deal's company {deal.targets[0].entity}")
