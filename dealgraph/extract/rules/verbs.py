"""Round 6, area "verbs": money idioms and standing relations the shared frames read wrongly.

Called by the extractor after the language hooks (``adjust(view, cands)``), for every language:

- verbs that only mean money with an amount before them ("the $13 billion it has committed to
  OpenAI", "Google's $2 billion bet on Anthropic": frame ``give_money``);
- "Y counts X among its shareholders": X holds, Y is held (frame ``counts``);
- "Y's cluster runs on 200,000 Nvidia GPUs": a purchase only when the chips' maker is named;
- "committed $300 billion to Oracle for cloud computing": a compute commitment, not an investment.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules.candidates import Candidate, check
from dealgraph.extract.rules.lexicon import providers
from dealgraph.extract.rules.view import SentenceView

_GAP = {
    "verb": re.compile(r"^\s*(?:(?:that|which)\s+)?(?:[\w.&'’-]+\s+){0,3}?(?:(?:has|have|had)\s+)?"
                       r"(?:(?:so far|already|since|also|now|collectively|together)\s+)?$", re.IGNORECASE),
    "bet": re.compile(r"^[\s-]*$"),
}
_AMONG = re.compile(r"\bamong (?:its|their|the company's|the startup's|the lab's) (?:[\w-]+ )?"
                    r"(?P<who>shareholders|investors|backers|owners)\b", re.IGNORECASE)
_RUNS_ON = re.compile(r"^(?:(?:runs?|running|ran) on|relies on|rely on|relying on|is powered by|are powered by|powered by|"
                      r"built on|trained on)$", re.IGNORECASE)


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Round-6 readings of money verbs and memberships (all languages; each function checks its own)."""
    if view.lang == "en":
        for c in cands:
            _holder_subject(view, c, cands)
            _money_before_verb(view, c)
            _runs_on_chips(view, c)
            _commitment_to_provider(view, c)
        _counts_among(view, cands)
        for c in cands:
            _standing(c)
    return cands


_HOLDER = re.compile(r"^(?:investors?|shareholders?|stakeholders?|backers?|owners?)\b|\b(?:investors?|shareholders?|backers?)"
                     r"(?: in| of)?$", re.IGNORECASE)
_COPULA = re.compile(r"^(?:\s*,\s*(?:which|who|that)\b[^,]{0,120},)?\s+(?:is|are|was|were|has been|have been|had been|"
                     r"remains?|remained|became|becomes|is still|is also|was also|has long been|has also been)\s+"
                     r"(?:(?:also|now|still|already|long)\s+)?(?:an?|the|one of(?: the)?|among(?: the)?|its|their)\s+"
                     r"(?P<poss>[\w.&-]+(?:\s[\w.&-]+){0,2}(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)


def _holder_subject(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"Google is one of Anthropic's largest shareholders", "Microsoft, which ..., is a shareholder of it":
    the subject of the copula holds (or invested); a possessor right before the noun is the company."""
    if c.kind not in ("stake", "investment") or not _HOLDER.search(c.trigger.text) or c.trigger.entry.frame != "stake" \
            and not c.trigger.text.lower().startswith(("investor", "shareholder", "backer", "largest", "biggest", "early",
                                                       "strategic", "main", "lead", "stakeholder")):
        return
    s, t = view.sentence, c.trigger
    for p in sorted((p for p in view.parties if p.end <= t.start), key=lambda p: -p.end):
        m = _COPULA.match(s.text[p.end - s.start:t.start - s.start])
        if m is None:
            continue
        owner = [q for q in view.parties if m.group("poss") and q.start >= p.end + m.start("poss") - 1
                 and q.end <= t.start and q.entity != p.entity]
        c.sources = [p]
        if owner:
            c.targets = owner[:1]
        c.targets = [q for q in c.targets if q.entity != p.entity]
        if c.rejected and c.rejected.startswith(("source and target are the same", "shares bought for money")) and not any(
                o is not c and o.kind == "investment" and o.rejected is None and _same_parties(o, c) for o in cands):
            c.rejected = None
        c.note(f"{p.entity} is the subject of the copula: the holder")
        return


def _same_parties(a: Candidate, b: Candidate) -> bool:
    return ({p.entity for p in a.sources}, {p.entity for p in a.targets}) == (
        {p.entity for p in b.sources}, {p.entity for p in b.targets})


_STANDING = re.compile(r"^(?:count|has backed|have backed|had backed|has long backed|have long backed|"
                       r".*(?:supplier|vendor)s?$)", re.IGNORECASE)


def _standing(c: Candidate) -> None:
    """Memberships and supply ties without money are standing facts: "has backed Anthropic since 2023",
    "counts X among its shareholders", "is the sole supplier of" (status reported, gold convention)."""
    if c.amount is None and c.status in ("announced", "completed") and _STANDING.match(c.trigger.text):
        c.note(f"a standing relation, not an event: reported (was {c.status})")
        c.status = "reported"


def _money_before_verb(view: SentenceView, c: Candidate) -> None:
    """"the $13 billion it has committed to OpenAI": the verb means money only after an amount."""
    if c.trigger.entry.frame != "give_money" or c.rejected is not None:
        return
    a, t, s = c.amount, c.trigger, view.sentence
    gap = _GAP["bet" if t.text.lower().startswith(("bet", "wager")) else "verb"]
    if a is None or a.end > t.start or not gap.match(s.text[a.end - s.start:t.start - s.start]):
        c.rejected = f"{t.text!r} means money only right after an amount"


def _runs_on_chips(view: SentenceView, c: Candidate) -> None:
    """"xAI's cluster runs on 200,000 Nvidia GPUs": the chips were bought from their maker, if named."""
    if not _RUNS_ON.match(c.trigger.text) or c.rejected is not None:
        return
    makers = [p for p in view.parties if p.start >= c.trigger.end and providers().get(p.entity) == "hardware"]
    if makers and c.kind == "purchase":
        c.targets = makers[:1]
    if c.kind != "purchase" or not c.targets or providers().get(c.targets[0].entity) != "hardware":
        c.rejected = "runs on chips whose maker is not named"
        return
    c.amount = None  # the number is a count of chips, never money
    c.status = "reported" if c.status == "announced" else c.status
    c.note("chips it runs on: bought from their maker (a standing fact)")


def _commitment_to_provider(view: SentenceView, c: Candidate) -> None:
    """"OpenAI committed $300 billion to Oracle for cloud computing": money for compute, not equity."""
    if c.kind != "investment" or not c.targets or view.cue("cloud", c.trigger.start) is None:
        return
    if not c.trigger.text.lower().startswith(("commit", "pledg")):
        return
    if providers().get(c.targets[0].entity) in ("compute", "neocloud"):
        c.kind = "compute_commitment"
        c.note(f"committed to {c.targets[0].entity} for cloud: a compute commitment")


def _counts_among(view: SentenceView, cands: list[Candidate]) -> None:
    """"Anthropic counts Google and Salesforce among its shareholders": the named ones hold or invested."""
    s = view.sentence
    for c in cands:
        if c.trigger.entry.frame != "counts" or c.rejected is not None:
            continue
        m = _AMONG.search(s.text, c.trigger.end - s.start)
        company = [p for p in view.parties if p.end <= c.trigger.start and view.same_clause(p.end, c.trigger.start)]
        members = [p for p in view.parties if c.trigger.end <= p.start and p.end <= s.start + (m.start() if m else 0)]
        if m is None or not company or not members:
            c.rejected = "counts ... among: the company or its members are not named"
            continue
        c.sources, c.targets = members, company[-1:]
        c.kind = "stake" if m.group("who").lower() in ("shareholders", "owners") else "investment"
        c.note(f"{company[-1].entity} counts {len(members)} among its {m.group('who')}")
        for o in cands:  # "shareholders" inside "among its shareholders" names no deal of its own
            if o is not c and c.trigger.start <= o.trigger.start < s.start + m.end():
                o.rejected = o.rejected or "part of 'counts ... among its shareholders'"


def raising_topics(cands: list[Candidate]) -> list[str]:
    """"xAI is raising fresh money. Nvidia chipped in $500 million": the company raising is the topic.

    A raise without investor or amount is no claim, but the next sentences' investors join it.
    """
    return [p.entity for c in cands if c.kind == "investment" and c.trigger.entry.frame == "get"
            and c.rejected is None and _lacks_investor(c) for p in c.targets[:1]]


def _lacks_investor(c: Candidate) -> bool:
    return check(c) == "no source party"
