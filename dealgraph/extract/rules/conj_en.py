"""Round 11, area "enclauses": English clauses joined by "as", "while", "whereas", "after".

"Microsoft keeps 27% of OpenAI as the ChatGPT maker signs up for $250bn of Azure": two deals, each
with its own subject and its own money. An amount, a percentage or a party of one clause never fills a
deal of the other one. Helpers (arrangers, advisers: "Morgan Stanley helped it arrange $5bn of debt")
are neither lender nor borrower: the helped party is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_SUBJECT = (r"(?:the\s+(?:[\w.&'’-]+\s+){0,3}?(?:maker|company|startup|start-up|firm|giant|group|lab|developer|owner|"
            r"operator|provider|chipmaker|parent|business|investor|bank|hyperscaler)|it|they|its\s+[\w-]+|"
            r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})")
_VERB = (r"(?:(?:has|have|had|will|would|is|was|are|were|also|now|still|reportedly|separately|itself|then)\s+)*"
         r"(?:[a-z]{2,}(?<!ss)s|[a-z]+ed|took|made|got|won|struck|paid|put|sold|bought|led|lent|agreed|signed|"
         r"hold|keep|own|raise|sign|take|commit|spend|buy|borrow)\b")
_CONJ = re.compile(r"(?<!\bsuch)(?<!\bwell)(?<!\bmuch)(?<!\bmany)(?<!\bsoon)(?<!\bjust)(?<!\bfar)"
                   r"\s(?:as|while|whereas|after|even\s+as|just\s+as)\s+(?=" + _SUBJECT + r"\s+" + _VERB + ")")


def boundaries(view: SentenceView) -> list[int]:
    """Document offsets where a conjoined clause with its own subject and verb starts (en only)."""
    if view.lang != "en":
        return []
    cuts = view.found.get(("conj_en",))  # one key of its own: computed once per sentence
    if cuts is None:
        s = view.sentence
        cuts = view.found[("conj_en",)] = [s.start + m.start() for m in _CONJ.finditer(s.text)]  # type: ignore[assignment]
    return list(cuts)  # type: ignore[arg-type]


def across(view: SentenceView, a: int, b: int) -> bool:
    """True when a conjoined-clause boundary lies between document offsets ``a`` and ``b``."""
    lo, hi = sorted((a, b))
    return any(lo < x < hi for x in boundaries(view))


def _clause(cuts: list[int], pos: int, end: int) -> tuple[int, int]:
    lo = max([x for x in cuts if x <= pos], default=0)
    hi = min([x for x in cuts if x > pos], default=end)
    return lo, hi


def split(view: SentenceView, cands: list[Candidate]) -> None:
    """Keep each deal inside its own clause: foreign amounts, percentages and parties are dropped."""
    cuts = boundaries(view)
    if not cuts:
        return
    for c in cands:
        if c.rejected is not None:
            continue
        lo, hi = _clause(cuts, c.trigger.start, view.sentence.end)
        inside = lambda x: lo <= x.start < hi  # noqa: E731
        if c.amount is not None and not inside(c.amount):
            c.amount = None
            c.note("amount of the other clause (as/while/after): not this deal's")
        if c.pct is not None and not inside(c.pct):
            c.pct = None
        _keep_parties(view, c, inside, lo)


def _keep_parties(view: SentenceView, c: Candidate, inside, lo: int) -> None:  # type: ignore[no-untyped-def]
    srcs = [p for p in c.sources if inside(p)]
    tgts = [p for p in c.targets if inside(p)]
    if len(srcs) == len(c.sources) and len(tgts) == len(c.targets):
        return
    subject_side_get = c.trigger.entry.frame == "get"
    mine, other = (tgts, srcs) if subject_side_get else (srcs, tgts)
    had = c.targets if subject_side_get else c.sources
    if had and not mine:
        subj = _subject(view, c, lo, {p.entity for p in other})
        mine = [subj] if subj is not None else []
    srcs, tgts = (other, mine) if subject_side_get else (mine, other)
    if (c.targets and not tgts) or (c.sources and not srcs and c.kind not in ("investment", "loan")):
        c.rejected = "a party of the other clause (as/while/after)"
        return
    c.sources, c.targets = srcs, tgts
    c.note("parties of the other clause (as/while/after) dropped")


_EPITHET = re.compile(r"\s*(?:as|while|whereas|after|even\s+as|just\s+as)\s+the\s+(?:[\w.&'’-]+\s+){0,2}?"
                      r"(?:startup|start-up|maker|lab|developer)\s", re.IGNORECASE)


def _subject(view: SentenceView, c: Candidate, lo: int, taken: set[str]) -> Party | None:
    """The first party of the trigger's clause, before the trigger, when it is not the other side;
    "A signed a deal with B as the startup raised ...": the startup is B, the object of the clause before."""
    first = next((p for p in view.parties if lo <= p.start < c.trigger.start), None)
    if first is None and lo > view.sentence.start and _EPITHET.match(view.sentence.text, lo - view.sentence.start):
        before = [p for p in view.parties if p.end <= lo and p.type in ("company", None)]
        first = before[-1] if len(before) >= 2 and before[-1].entity != before[0].entity else None
    return first if first is not None and first.entity not in taken else None


_HELPS = re.compile(r"^\s+(?:(?:later|also|has|have|had|reportedly|then|previously|recently|\w+ly)\s+)*"
                    r"(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?)\s+(?:to\s+)?(?:it|them|its\s+[\w-]+|the\s+[\w-]+|[A-Z][\w.&-]*)?"
                    r"(?:\s+[A-Z][\w.&-]*)?\s*(?:to\s+)?(?:arrange|raise|secure|obtain|sell|issue|borrow|close|structure|line up|"
                    r"place|syndicate|underwrite)\b")


def drop_helpers(view: SentenceView) -> None:
    """"Morgan Stanley later helped it arrange $5 billion of debt": the bank helps, it neither lends nor borrows."""
    if view.lang != "en":
        return
    text, s0 = view.sentence.text, view.sentence.start
    view.parties[:] = [p for p in view.parties if not _HELPS.match(text[p.end - s0:])
                       and not _HELPED_BY.search(text[max(0, p.start - s0 - 40):p.start - s0])]


_HELPED_BY = re.compile(r"\b(?:with\s+(?:the\s+)?(?:help|assistance|support)\s+(?:from|of)|helped\s+by|assisted\s+by|"
                        r"with\s+the\s+help\s+of)\s+(?:the\s+)?(?:bank\s+|banks\s+)?$", re.IGNORECASE)


_OPEN = re.compile(r"\s*\(\s*(?:about|roughly|around|some|nearly|up to|over|more than|reportedly)?\s*$", re.IGNORECASE)
_CLOSE = re.compile(r"^\s*(?:each|apiece|in total|total)?\s*\)")
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|plus\s+)?|and\s+|plus\s+|as well as\s+)$", re.IGNORECASE)


def _own_amount(view: SentenceView, p: Party) -> tuple[Any, int]:
    """The amount in the parenthesis right after ``p`` ("Nebius ($17.4 billion)") and where it closes."""
    text, s0 = view.sentence.text, view.sentence.start
    for a in view.amounts:
        if a.start > p.end and _OPEN.fullmatch(text[p.end - s0:a.start - s0]):
            m = _CLOSE.match(text[a.end - s0:])
            if m:
                return a, a.end + m.end()
    return None, p.end


def paren_list(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"signed contracts with Nebius ($17.4 billion), IREN ($9.7 billion) and Nscale": one deal per
    listed party, each with the amount in its own parenthesis (none for a party without one)."""
    out: list[Candidate] = []
    for c in cands:
        if c.rejected is not None or len(c.targets) != 1 or c.kind not in ("compute_commitment", "investment", "purchase", "loan"):
            continue
        head = c.targets[0]
        amount, end = _own_amount(view, head)
        if amount is None:
            continue
        members = _members(view, end)
        if not members:
            continue
        c.amount = amount
        c.note(f"amount {amount.text!r} in {head.entity}'s own parenthesis")
        known = {(o.kind, tuple(q.entity for q in o.sources), tuple(q.entity for q in o.targets)): o for o in cands}
        for p, a in members:
            same = known.get((c.kind, tuple(q.entity for q in c.sources), (p.entity,)))
            if same is not None:
                same.amount = a
                continue
            out.append(replace(c, targets=[p], amount=a, notes=[*c.notes, f"listed with {head.entity}: {p.entity}"]))
    return cands + out


def _members(view: SentenceView, end: int) -> list[tuple[Party, Any]]:
    """Parties listed after ``end``, each with its own parenthesised amount or None."""
    text, s0 = view.sentence.text, view.sentence.start
    out = []
    for p in view.parties:
        if p.start < end:
            continue
        if not _LIST_GAP.match(text[end - s0:p.start - s0]):
            break
        a, end = _own_amount(view, p)
        out.append((p, a))
    return out


_TOTAL = re.compile(r"\b(?:contracts|deals|commitments|agreements|pledges|investments|purchases|orders)\b[^.;:]{0,80}?"
                    r"\b(?:now\s+|already\s+|together\s+|combined\s+)?(?:tops?|topped|totals?|totall?ed|exceeds?|exceeded|"
                    r"surpass(?:es|ed)?|adds? up to|added up to|amounts? to|amounted to|reach(?:es|ed)?|comes? to|came to)\b",
                    re.IGNORECASE)


def totals(view: SentenceView, cands: list[Candidate]) -> None:
    """"Compute contracts announced by OpenAI this year now top $1 trillion": a total over several deals
    names no single counterparty; a deal missing one is not filled in from the text around it."""
    if view.lang != "en":
        return
    s = view.sentence
    m = _TOTAL.search(s.text)
    if m is None:
        return
    verb_end = s.start + m.end()
    for c in cands:
        if c.rejected is None and c.amount is not None and c.amount.start >= verb_end and not (c.sources and c.targets):
            c.rejected = "a total over several deals, not one counterparty's"
