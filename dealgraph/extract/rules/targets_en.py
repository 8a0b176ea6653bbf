"""Round 16, area "targets_en": the right company in English sentences that name several.

Called at the end of ``lang_en.adjust`` (before the as/while clause split). Each reading fixes which
named company is the target (investee, seller, provider, company valued) or the source, from the
sentence's structure rather than from the nearest name:

- **Possessed rounds**: "Nvidia joined Microsoft in Wayve's $1.05 billion round" — the possessor of the
  round noun is the company raising; a party that was joined ("joined Microsoft") is a co-investor.
- **A round inside a deal**: "SpaceX put $2 billion into xAI as part of a $5 billion raise" — the raise
  is the investee's, never the investor's.
- **Relative clauses and asides**: "Anthropic, which in turn committed to buy ...", "SoftBank, the group
  that owns 90% of Arm", "Nvidia, which counts CoreWeave among its customers, owns 6% of the company":
  the head of the clause is the subject, a name inside the aside is not.
- **Valuations of a round**: "raised $200 million at a $20 billion valuation", ", which valued Mira
  Murati's startup at $12 billion": the company raising is valued, never an investor or a person.
- **Passive and co-investors**: "a rival lab that was later backed by Google" (the head receives),
  "joined Nvidia in a $1.3 billion round" (the one joined co-invests), "Amazon's $8 billion bet on
  Anthropic" (a possessed deal noun: the possessor gives, the party after "on/in" receives).
- Sellers and providers named by a preposition, "respectively", gapped second deals, takeover prices,
  amounts kept in their own clause, and share prices: ``targets_en_deals``.
"""

from __future__ import annotations

import re

from dealgraph.extract.rules import possessor_en, recall_en
from dealgraph.extract.rules import targets_en_deals as D
from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.parties_roles import in_aside
from dealgraph.extract.rules.roles import is_passive
from dealgraph.extract.rules.view import Party, SentenceView, Trigger

_ORGS = ("company", "fund", "joint_venture", "government", None)
_POSSESSED = re.compile(r"^(?:'s|’s|'|’)\s+(?:[^\s,;()]+\s+){0,5}?[$€£¥]?$")
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|this|that)\s+(?:[^\s,;()]+\s+){0,5}?[$€£¥]?$", re.IGNORECASE)
_JOINED_OBJECT = re.compile(r"\b(?:joined|joins|join|joining|alongside|along with|together with)\s+"
                            r"(?:(?:the|its|existing|fellow|other|longtime|early)\s+)*(?:(?:backers?|investors?|"
                            r"shareholders?)\s+)?$", re.IGNORECASE)


def _personal(p: Party) -> bool:
    """A person, or a person's company the article never names ("Mira Murati's startup")."""
    return p.type == "person" or p.via == possessor_en.UNKNOWN_OWNER


def _in_aside_of(view: SentenceView, p: Party, t: Trigger) -> bool:
    """``p`` sits in an aside that describes the sentence's head before ``t`` ("X, the lab that A and B
    funded, was valued ...")."""
    head = _aside_head(view, t)
    return head is not None and head.end <= p.start and p.end <= t.start and p.entity != head.entity


def _rel(view: SentenceView, a: int, b: int) -> str:
    s0 = view.sentence.start
    return view.sentence.text[max(a - s0, 0):max(b - s0, 0)]


def _between(view: SentenceView, a: int, b: int) -> list[Party]:
    return [p for p in view.parties if a <= p.start and p.end <= b]


# -- possessed rounds ------------------------------------------------------------------------

def round_owner(view: SentenceView, t: Trigger) -> Party | None:
    """The party whose round the noun trigger is: "Wayve's $1.05 billion funding round" -> Wayve."""
    before = [p for p in view.parties if p.end <= t.start]
    if not before:
        return None
    p = before[-1]
    return p if p.type in _ORGS and _POSSESSED.match(_rel(view, p.end, t.start)) else None


def possessed_round(view: SentenceView, c: Candidate) -> None:
    """"Nvidia joined Microsoft in Wayve's $1.05 billion round": Wayve raises; Microsoft co-invests."""
    if c.kind != "investment" or c.trigger.entry.frame != "get" or (
            c.rejected is not None and not c.rejected.startswith("amount given to")):
        return
    owner = round_owner(view, c.trigger)
    if owner is None or [p.entity for p in c.targets] == [owner.entity]:
        return
    displaced = [p for p in c.targets if p.entity != owner.entity]
    c.targets = [owner]
    c.sources = [p for p in c.sources if p.entity != owner.entity]
    joined = [p for p in displaced if _JOINED_OBJECT.search(_rel(view, view.sentence.start, p.start)[-60:])]
    entering = [p for p in view.parties if p.end <= owner.start and p.entity != owner.entity
                and recall_en._entered(_rel(view, p.end, c.trigger.start))]
    for p in (*joined, *entering):
        if p.entity not in {q.entity for q in c.sources}:
            c.sources.append(p)
    c.note(f"target: {owner.entity}, whose round it is (possessor of the round noun)")


_DEAL_NOUN = re.compile(r"(?:investments?|bets?|stakes?|pledges?|commitments?|injections?|infusions?)$", re.IGNORECASE)
_OBJECT_GAP = re.compile(r"^\s+(?:in|into|on|to|for)\s+(?:the\s+)?$", re.IGNORECASE)


def possessed_deal(view: SentenceView, c: Candidate) -> None:
    """"Microsoft's $13 billion investment in OpenAI dwarfs Amazon's $8 billion bet on Anthropic": the
    possessor of a deal noun gives, the party right after "in/on" receives, never one named earlier."""
    if c.kind != "investment" or c.trigger.entry.frame not in ("give", "give_money") or c.rejected is not None \
            or not _DEAL_NOUN.search(c.trigger.text):
        return
    owner = round_owner(view, c.trigger)
    after = next((p for p in view.parties if p.start >= c.trigger.end
                  and _OBJECT_GAP.match(_rel(view, c.trigger.end, p.start))), None)
    if owner is None or after is None or owner.entity == after.entity:
        return
    if [p.entity for p in c.sources] == [owner.entity] and [p.entity for p in c.targets] == [after.entity]:
        return
    c.sources, c.targets = [owner], [after]
    c.note(f"{owner.entity}'s {c.trigger.text!r} in {after.entity} (possessed deal noun)")


_INVESTORS_OF = re.compile(r"^(?:'s|’s|')\s+(?:[\w-]+\s+){0,2}?(?:investors|backers|shareholders|funders)\b", re.IGNORECASE)


def joined_object(view: SentenceView, c: Candidate) -> None:
    """"Microsoft, one of Inflection's investors, joined Nvidia in a $1.3 billion round": the one joined
    is a co-investor, never the company raising; that is the company whose investors the sentence names."""
    if c.kind != "investment" or c.trigger.entry.frame != "get" or c.rejected is not None or len(c.targets) != 1:
        return
    p = c.targets[0]
    if p.end > c.trigger.start or not _JOINED_OBJECT.search(_rel(view, view.sentence.start, p.start)[-60:]):
        return
    s0, text = view.sentence.start, view.sentence.text
    owner = next((q for q in view.parties if q.entity != p.entity and _INVESTORS_OF.match(text[q.end - s0:])), None)
    c.sources = [q for q in c.sources if owner is None or q.entity != owner.entity]
    c.sources += [p] if p.entity not in {q.entity for q in c.sources} else []
    c.targets = [owner] if owner is not None else []
    c.note(f"{p.entity} was joined in the round: a co-investor" + (f"; {owner.entity} raises" if owner else ""))


def round_of_deal(view: SentenceView, cands: list[Candidate]) -> None:
    """"SpaceX put $2 billion into xAI as part of a $5 billion raise": the raise is xAI's."""
    gives = [g for g in cands if g.kind == "investment" and g.rejected is None and g.trigger.entry.frame == "give"
             and g.sources and len(g.targets) == 1]
    for c in cands:
        if (c.kind != "investment" or c.trigger.entry.frame != "get" or c.rejected is not None or len(c.targets) != 1
                or not _DETERMINED.search(_rel(view, view.sentence.start, c.trigger.start)[-60:])):
            continue
        g = next((g for g in gives if g.trigger.end <= c.trigger.start
                  and c.targets[0].entity in {p.entity for p in g.sources}), None)
        if g is None or round_owner(view, c.trigger) is not None:
            continue
        c.note(f"{c.targets[0].entity} invests in this round: it is {g.targets[0].entity}'s")
        c.targets = list(g.targets)
        c.sources = [p for p in c.sources if p.entity != g.targets[0].entity]


# -- relative clauses and asides -------------------------------------------------------------

_REL_OPEN = re.compile(r"^\s*,\s+(?:(?:the|a|an|one|its)\s+[^,;()]{0,50}?\s+)?(?:which|that|who)\s+(?P<rest>[^,;()]*)$",
                       re.IGNORECASE)
_IN_WHICH = re.compile(r"^\s*[,(]\s*in\s+which\s+(?P<rest>[^,;()]*)$", re.IGNORECASE)
_BY = re.compile(r"^\s+(?:\w+\s+)?by\b", re.IGNORECASE)
_GIVE_KINDS = ("investment", "stake", "acquisition", "compute_commitment", "purchase", "lawsuit")


def relative_head(view: SentenceView, t: Trigger) -> tuple[Party, str] | None:
    """The head of a relative clause that contains ``t``, and how ("subject" or "in which")."""
    before = [p for p in view.parties if p.end <= t.start]
    for i in range(len(before) - 1, -1, -1):
        p = before[i]
        gap = _rel(view, p.end, t.start)
        m = _REL_OPEN.match(gap)
        if m is not None and not [q for q in _between(view, p.end + 1, t.start) if q.slot in ("NONE", "SUBJ")] \
                and len(m.group("rest").split()) <= 10 and not re.search(r"['’]s?\s", m.group("rest")):
            return p, "subject"  # "which Amazon backs": an object relative, Amazon is its subject
        m = _IN_WHICH.match(gap)
        if m is not None:
            return p, "in which"
        if re.search(r"[,;]", gap):
            return None
    return None


def relative_subject(view: SentenceView, c: Candidate) -> None:
    """"Anthropic, which in turn committed to buy $30 billion of Azure": the head is the subject;
    "SoftBank, the group that owns about 90% of Arm": the head holds the stake."""
    if c.rejected not in (None, "no source party") and not c.rejected.startswith("amount given to") \
            or c.kind not in _GIVE_KINDS:
        return
    frame = c.trigger.entry.frame
    if frame not in ("give", "give_money", "hold", "buy", "pay", "stake", "get"):
        return
    found = relative_head(view, c.trigger)
    if found is None or found[1] != "subject":
        return
    head = found[0]
    if frame == "get":  # "Anthropic, which is also backed by Amazon": the head receives
        if [p.entity for p in c.targets] != [head.entity]:
            c.targets = [head]
            c.sources = [p for p in c.sources if p.entity != head.entity]
            c.note(f"{head.entity} is the head of the relative clause: it receives")
        return
    if is_passive(view, c.trigger) or _BY.match(_rel(view, c.trigger.end, view.sentence.end)):
        _passive_head(view, c, head)  # "a rival lab that was later backed by Google": the head receives
        return
    if [p.entity for p in c.sources] == [head.entity]:
        return
    c.sources = [head]
    c.targets = [p for p in c.targets if p.entity != head.entity]
    if c.rejected == "no source party":
        c.rejected = None
    c.note(f"{head.entity} is the head of the relative clause: the subject")


def _passive_head(view: SentenceView, c: Candidate, head: Party) -> None:
    if [p.entity for p in c.targets] == [head.entity]:
        return
    agents = [p for p in view.parties if p.start >= c.trigger.end and p.slot == "AGENT" and p.entity != head.entity]
    c.sources = agents[:1] or [p for p in c.sources if p.entity != head.entity]
    c.targets = [head]
    c.note(f"{head.entity} is the head of the passive relative clause: it receives")


def aside_subject(view: SentenceView, c: Candidate) -> None:
    """"Nvidia, which counts CoreWeave among its customers, owns 6% of the company": a name inside an
    aside closed before the verb is not its subject; the aside's head is."""
    if c.rejected not in (None, "no source party", "no target party") and not c.rejected.startswith(
            "amount given to") or is_passive(view, c.trigger):
        return
    frame = c.trigger.entry.frame
    side = "targets" if frame in ("get", "value") else "sources" if c.kind in _GIVE_KINDS else None
    if side is None:
        return
    chosen = getattr(c, side)
    before = [p for p in view.parties if p.end <= c.trigger.start and p.slot in ("NONE", "SUBJ", "POSS")]
    if chosen and not all(p in before and (in_aside(view, p, view.parties, c.trigger.start)
                                           or _in_aside_of(view, p, c.trigger)) for p in chosen):
        return
    if not chosen and not (frame == "hold" or frame == "value"):
        return
    head = _aside_head(view, c.trigger)
    if head is None or head.entity in {p.entity for p in (c.targets if side == "sources" else c.sources)}:
        return
    setattr(c, side, [head])
    if c.rejected in ("no source party", "no target party"):
        c.rejected = None
    (c.targets if side == "sources" else c.sources)[:] = [p for p in (c.targets if side == "sources" else c.sources)
                                                          if not _in_aside_of(view, p, c.trigger) or frame == "hold"]
    c.note(f"{head.entity} heads the sentence; the aside after it only describes it")


def _aside_head(view: SentenceView, t: Trigger) -> Party | None:
    """The party an aside right before ``t`` describes ("X, the ... that ..., verb" -> X)."""
    s0, text = view.sentence.start, view.sentence.text
    prefix = text[:t.start - s0]
    if not re.search(r",\s*(?:(?:also|has|have|had|now|will|would|is|was|itself|recently|then|later)\s+){0,2}"
                     r"(?:\S+\s+){0,2}$", prefix):
        return None
    for p in reversed(view.parties):  # the latest head: "A, which ..., agreed ..., while B, its patron, put"
        if p.end > t.start or p.type not in _ORGS:
            continue
        gap = text[p.end - s0:t.start - s0]
        if re.match(r"^\s*,\s+(?:(?:in|of|for|with) which|who|which|whose|the|a|an|its|one of)\b", gap, re.IGNORECASE) \
                and gap.count(",") >= 2 \
                and not re.search(r"[;:]", gap):
            return p
    return None


_ASIDE_IN = re.compile(r"^\s*,\s+(?:who|which|whose|the|a|an|its|one of)\b[^,;:()]*$", re.IGNORECASE)


def aside_span(view: SentenceView, t: Trigger) -> tuple[int, int] | None:
    """The aside ``t`` stands in ("Nscale, the British startup backed by Nvidia, raised"): its offsets."""
    s0, text = view.sentence.start, view.sentence.text
    head = next((p for p in reversed(view.parties) if p.end <= t.start and p.type in _ORGS
                 and _ASIDE_IN.match(text[p.end - s0:t.start - s0])), None)
    if head is None:
        return None
    close = re.match(r"^[^,;:()]*,", text[t.end - s0:])
    if close is None:
        return None
    return head.end, t.end + close.end()


def aside_deals(view: SentenceView, cands: list[Candidate]) -> None:
    """A deal told inside an aside ("the British startup backed by Nvidia") keeps to the aside: the main
    clause's amount and parties are not its, and its parties are not the main deal's."""
    for c in cands:
        span = aside_span(view, c.trigger)
        if span is None:
            continue
        lo, hi = span
        if c.amount is not None and not lo <= c.amount.start < hi:
            a = c.amount
            takers = [o for o in cands if o is not c and o.amount is None and not lo <= o.trigger.start < hi
                      and (o.rejected is None or o.rejected.startswith("amount given to"))]
            taker = next((o for o in takers if o.kind == c.kind), None) or next(
                (o for o in takers if o.sources and o.targets), None)
            if taker is not None:
                taker.amount, taker.rejected, c.amount = a, None, None
                taker.note(f"amount {a.text!r} of the main clause, not of the aside")
                c.note("a deal told in an aside: no amount of the main clause")
        if c.amount is None and c.sources and c.targets and c.kind == "investment" and (
                c.rejected is not None and c.rejected.startswith("amount given to")) and not any(
                lo <= a.start < hi for a in view.amounts):
            c.rejected, c.status = None, "reported"
            c.note("a standing investment told in an aside")
        for o in cands:
            if o is c or o.trigger.start < hi:
                continue
            inside = [p for p in o.sources if lo <= p.start < hi]
            after = [p for p in view.parties if p.start >= o.trigger.end and p.slot in ("AGENT", "FROM")
                     and p.entity not in {q.entity for q in o.targets}]
            if not inside and (o.sources or o.trigger.entry.frame != "get" or not after):
                continue
            o.sources = [p for p in o.sources if p not in inside]
            if o.trigger.entry.frame == "get" and not o.sources and after:
                o.sources = after[:1]
            o.note("parties of the aside are not this deal's")


def in_which_target(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"OpenAI, in which it plans to invest as much as $100 billion", "Anthropic (in which Google also
    holds a stake)": the head is the company; a name inside the clause is the investor, and the amount
    inside the clause is this deal's."""
    if c.kind not in ("investment", "stake") or c.trigger.entry.frame not in ("give", "stake", "hold"):
        return
    if c.rejected is not None and not c.rejected.startswith("amount given to") and c.rejected != "no source party":
        return
    found = relative_head(view, c.trigger)
    if found is None or found[1] != "in which":
        return
    head = found[0]
    inside = [p for p in view.parties if head.end < p.start and p.end <= c.trigger.start and p.entity != head.entity]
    sources = inside[-1:] or [p for p in c.sources if p.entity != head.entity]
    if not sources:
        return
    c.sources, c.targets = sources, [head]
    if c.rejected is not None and c.rejected.startswith("amount given to"):
        mine = next((a for a in view.amounts if a.start >= c.trigger.end and view.same_clause(c.trigger.end, a.start)), None)
        for o in cands:
            if mine is not None and o is not c and o.amount is mine:
                o.amount = None
        c.amount = mine or c.amount
    c.rejected = None
    c.note(f"target: {head.entity}, the head of 'in which'")


# -- valuations ------------------------------------------------------------------------------

def valuation_target(view: SentenceView, cands: list[Candidate]) -> None:
    """The company of a round is the one valued: "raised $200 million at a $20 billion valuation"."""
    rounds = [c for c in cands if c.kind == "investment" and len({p.entity for p in c.targets}) == 1
              and (c.rejected is None or c.rejected.startswith("amount given to"))]
    for v in cands:
        if v.kind != "valuation" or v.rejected is not None or v.amount is None:
            continue
        r = next((r for r in reversed(rounds) if r.trigger.start < v.trigger.start), None)
        if r is None:
            continue
        company = r.targets[0]
        named = [p for p in v.targets if v.trigger.start <= p.start and p.end <= v.trigger.end]
        wrong = [p for p in v.targets if _personal(p) or p.entity in {q.entity for q in r.sources} and p not in named]
        if v.targets and not wrong or company.entity in {p.entity for p in v.targets}:
            continue
        v.targets = [company]
        v.note(f"target: {company.entity}, the company whose round sets the valuation")


def valuation_not_person(view: SentenceView, c: Candidate) -> None:
    """A valuation is of a company: a person or a company inside an aside is never the one valued."""
    if c.kind != "valuation" or c.rejected is not None or not c.targets:
        return
    p = c.targets[0]
    if in_aside(view, p, view.parties, c.trigger.start) or _in_aside_of(view, p, c.trigger):
        head = _aside_head(view, c.trigger)
        if head is not None:
            c.targets = [head]
            c.note(f"target: {head.entity}, the head the aside describes")
            return
    if _personal(p):
        c.rejected = "a person is not a valued company"


_EXPLETIVE = re.compile(r"^\s+(?:is|was|has been|had been)\s+(?:\w+ly\s+)?(?:learned|learnt|reported|understood|said|"
                        r"expected|believed|known|rumou?red|estimated|likely|unclear|possible|clear|worth noting)\b",
                        re.IGNORECASE)


def prepare(view: SentenceView) -> None:
    """"It is learned that ...", "It was reported that ...": an expletive "it" stands for no company."""
    s0, text = view.sentence.start, view.sentence.text
    view.parties[:] = [p for p in view.parties if not (p.via == "reference" and p.text.lower() == "it"
                                                       and _EXPLETIVE.match(text[p.end - s0:]))]


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """English target readings (see the module docstring), in order."""
    for c in cands:
        D.per_share(view, c)
        possessed_round(view, c)
        joined_object(view, c)
        possessed_deal(view, c)
        relative_subject(view, c)
        aside_subject(view, c)
        in_which_target(view, c, cands)
        D.bought_from(view, c)
        D.deal_with(view, c)
        D.rent_out(view, c)
    round_of_deal(view, cands)
    aside_deals(view, cands)
    D.cross_clause_neocloud(view, cands)
    D.passing_amount(view, cands)
    D.earlier_clause_amount(view, cands)
    valuation_target(view, cands)
    for c in cands:
        valuation_not_person(view, c)
    cands = D.gapped_coordinated(view, D.respectively(view, cands))
    D.takeover_price(view, cands)
    D.round_investors(cands)
    D.reversed_twins(view, cands)
    return cands
