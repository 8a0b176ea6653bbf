"""Who is the source and who the target of a trigger: slot preferences per frame.

Money direction (DESIGN.md): investment investor->investee, compute_commitment customer->provider,
purchase buyer->seller, loan lender->borrower, revenue payer->earner, stake holder->company,
acquisition acquirer->target, valuation None->company, lawsuit plaintiff->defendant, joint_venture
member->venture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dealgraph.extract.rules.parties_roles import in_aside
from dealgraph.extract.rules.view import Party, SentenceView, Trigger

_EN_PASSIVE = re.compile(r"\b(?:is|was|were|been|being|be|are|get|got)\s+(?:(?:\w+ly|later|also|since|then|first|once|"
                         r"now|still|already|just|further|again|both|jointly|previously)\s+){0,2}$", re.IGNORECASE)  # round 16
_JA_PASSIVE = re.compile(r"^(?:さ|され|られ)")
ACTIVE_SLOTS = ("NONE", "SUBJ")


@dataclass(slots=True)
class Roles:
    """The parties chosen for one trigger, and how they were chosen (for notes)."""

    sources: list[Party] = field(default_factory=list)
    targets: list[Party] = field(default_factory=list)
    how: list[str] = field(default_factory=list)
    positional: bool = False  # a party was chosen by position only


def _reachable(view: SentenceView, t: Trigger, report_end: int) -> list[Party]:
    """Drop the speaker of "X said (that) ..." when another party follows the speech verb."""
    after = [p for p in view.parties if report_end <= p.start < t.start]
    if view.lang == "zh":  # "A表示，将向B投资": A is the dropped subject unless a new subject follows
        after = [p for p in after if p.slot in ACTIVE_SLOTS]
    if after:
        return [p for p in view.parties if p.start >= report_end]
    return list(view.parties)


def report_boundary(view: SentenceView, t: Trigger) -> int:
    """End of the last "X said that" before the trigger: parties before it are speakers."""
    end = view.sentence.start
    s = view.sentence
    while (m := view.cue("report_verb", end, t.start)) is not None and m.end() > 0:
        end = s.start + m.end()
    return end


def _before(parties: list[Party], t: Trigger, slots: tuple[str, ...]) -> list[Party]:
    """Parties before the trigger with one of ``slots``, nearest first."""
    return sorted((p for p in parties if p.end <= t.start and p.slot in slots), key=lambda p: -p.end)


def _after(parties: list[Party], t: Trigger, slots: tuple[str, ...], limit: int,
           view: SentenceView | None = None) -> list[Party]:
    return [p for p in parties if p.start >= t.end and p.slot in slots and p.start - t.end <= limit
            and (view is None or view.same_clause(t.end, p.start))]


def _group(first: Party, parties: list[Party]) -> list[Party]:
    """``first`` and the parties coordinated with it ("A, B and C")."""
    i = parties.index(first)
    lo = i
    while lo > 0 and parties[lo].coordinated:
        lo -= 1
    hi = i
    while hi + 1 < len(parties) and parties[hi + 1].coordinated:
        hi += 1
    return parties[lo:hi + 1]


def _pick(roles: Roles, attr: str, candidates: list[Party], how: str) -> bool:
    if not candidates:
        return False
    getattr(roles, attr).append(candidates[0])
    roles.how.append(how)
    return True


# round 11 zhroles: 被曝/被传/被指 report a rumour ("B也被曝以X入股"), they do not make the subject the target
_ZH_PASSIVE = re.compile(r"被(?![曝爆传傳指报報披称稱认認视視])")


def is_passive(view: SentenceView, t: Trigger) -> bool:
    text = view.sentence.text
    rel_start, rel_end = t.start - view.sentence.start, t.end - view.sentence.start
    if view.lang == "en":
        return bool(_EN_PASSIVE.search(text[max(0, rel_start - 20):rel_start])) and t.text.lower().endswith(
            ("ed", "ought", "ired", "sued", "lent"))
    if view.lang == "zh":
        return bool(_ZH_PASSIVE.search(text[max(0, rel_start - 12):rel_start]))
    return bool(_JA_PASSIVE.match(text[rel_end:rel_end + 3]))


def object_limit(lang: str) -> int:
    return 60 if lang == "en" else 20


def resolve(view: SentenceView, t: Trigger, frame: str) -> Roles:
    """Choose source(s) and target(s) for trigger ``t`` read with ``frame``."""
    parties = _reachable(view, t, report_boundary(view, t))
    roles = Roles()
    if frame == "jv":
        return _joint_venture(view, t, parties, roles)
    if frame == "value":
        _target_of_value(view, t, parties, roles)
        return roles
    if frame == "investors":
        return _investors(view, t, parties, roles)
    if frame == "share":  # "Microsoft accounted for 62% of CoreWeave's revenue": payer -> earner
        _pick(roles, "sources", [p for p in _before(parties, t, ACTIVE_SLOTS) if view.same_clause(p.end, t.start)],
              "payer: the party whose share it is")
        _pick(roles, "targets", [p for p in parties if t.start <= p.start < t.end and p.slot in ("POSS", "OF")],
              "earner: whose revenue")
        return roles
    if frame == "hold":
        return _holder(view, t, parties, roles)
    if is_passive(view, t):
        _pick(roles, "sources", [p for p in parties if p.slot == "AGENT" or (view.lang == "ja" and p.slot == "TO")],
              "passive: agent is the source")
        _pick(roles, "targets", _before(parties, t, ACTIVE_SLOTS), "passive: subject is the target")
        if view.lang == "en":  # round 16 targets_en: "Apple and OpenAI were sued by xAI": each defendant
            _expand_groups(view, roles, parties, frame)
        return roles
    receiving = frame in ("get", "revenue") or _receive_cue(view, t, parties, frame)
    if receiving:
        return _receiver(view, t, parties, roles, frame)
    if frame == "supply":  # "Nebius will provide Microsoft with GPU capacity": the seller is the subject
        _giver(view, t, parties, roles, frame)
        roles.sources, roles.targets = roles.targets, roles.sources
        roles.how.append("supply: the subject sells, the object buys")
        return roles
    return _giver(view, t, parties, roles, frame)


def _receive_cue(view: SentenceView, t: Trigger, parties: list[Party], frame: str) -> bool:
    """"A secured a cloud contract", "B获得A的投资": the subject receives (not for stakes)."""
    if frame in ("stake", "merge", "buy") or t.entry.kind in ("acquisition", "lawsuit", "stake"):
        return False
    subj = _before(parties, t, ACTIVE_SLOTS)
    lo = subj[-1].end if subj else view.sentence.start
    m = view.cue("receive", lo, t.start)
    return m is not None


def _giver(view: SentenceView, t: Trigger, parties: list[Party], roles: Roles, frame: str) -> Roles:
    lim = object_limit(view.lang)
    cjk_stake = frame == "stake" and view.lang != "en"  # "AがBの株式", "A持有B的股份": B's shares
    ja_deal = view.lang == "ja" and t.entry.kind in ("buy", "contract")  # "AはBのクラウドを使う契約", "Bから購入"
    _pick(roles, "sources", (_before(parties, t, ("POSS",)) if not (cjk_stake or ja_deal) else [])
          or _before(parties, t, ("SUBJ",))
          or [p for p in parties if p.slot == "AGENT" and view.same_clause(p.end, t.start)],
          "source: possessor/subject/agent")
    target_slots = ("IN", "TO", "ON", "WITH", "OF", "AGAINST", "OBJ") if frame != "stake" else (
        "IN", "OF", "OBJ", "TO", "POSS")
    if ja_deal:
        target_slots += ("FROM", "POSS")
    marked = [p for p in parties if p.slot in target_slots and abs(_dist(p, t)) <= lim * 2
              and p not in roles.sources and not _before_subject(view, p, roles, t, parties)]
    marked.sort(key=lambda p: (not view.same_clause(p.start, t.start), target_slots.index(p.slot), abs(_dist(p, t))))
    inside = [p for p in parties if p.slot == "POSS" and t.start <= p.start and p.end <= t.end and p not in roles.sources]
    if view.lang == "en" and frame == "give" and inside:  # round 15: "led OpenAI's $40 billion round"
        marked = inside[:1]
    if not _pick(roles, "targets", marked, "target: marked object"):
        if view.lang != "ja":
            _pick(roles, "targets", _after(parties, t, ("NONE",), lim, view), "target: object after the trigger")
        between = [p for p in _before(parties, t, ("NONE", "POSS")) if p not in roles.sources]
        if not roles.targets and frame == "stake" and (roles.sources or len(between) > 1):
            _pick(roles, "targets", between, "target: company named before the stake")
    if not roles.sources:
        unmarked = [p for p in _before(parties, t, ACTIVE_SLOTS) if p not in roles.targets]
        unmarked = [p for p in unmarked if not in_aside(view, p, parties, t.start)] or unmarked  # round 15
        if frame == "stake" and roles.targets and len(unmarked) > 1:
            unmarked = unmarked[::-1]
        _pick(roles, "sources", unmarked, "source: subject before the trigger")
    if not roles.sources and view.lang != "en":
        rest = [p for p in parties if p not in roles.targets and p.slot in ACTIVE_SLOTS
                and (p.end <= t.start or (p.start - t.end <= object_limit(view.lang)
                                          and view.same_clause(t.end, p.start)))]
        roles.positional = _pick(roles, "sources", rest, "source: only other party in the sentence")
    _expand_groups(view, roles, parties, frame)
    if t.entry.kind == "investment":
        _co_investors(roles, parties)
    return roles


def _before_subject(view: SentenceView, p: Party, roles: Roles, t: Trigger, parties: list[Party]) -> bool:
    """"A invested in B and C invested in D": B belongs to A's clause, not to C's (round 7, roles)."""
    subj = roles.sources[0] if roles.sources else next(iter(_before(parties, t, ACTIVE_SLOTS)), None)
    return (subj is not None and subj.slot in ACTIVE_SLOTS and p.end <= subj.start < t.start
            and view.same_clause(p.end, subj.start))  # "对于OpenAI，微软投资": a fronted topic stays


def _receiver(view: SentenceView, t: Trigger, parties: list[Party], roles: Roles, frame: str) -> Roles:
    earner = ("LOC",) if frame == "revenue" else ()
    if view.lang in ("en", "ja") or frame != "give":
        _pick(roles, "targets", [p for p in _before(parties, t, ("POSS",)) if view.same_clause(p.end, t.start)],
              "target: possessor of the round")
    if not roles.targets and view.lang == "ja":
        _pick(roles, "targets", _before(parties, t, ("SUBJ",)), "target: the receiver (は/が)")
    if not roles.targets:
        _pick(roles, "targets", _before(parties, t, ("SUBJ", *ACTIVE_SLOTS, *earner)), "target: the receiver (subject)")
    if not roles.targets and view.lang == "ja":
        _pick(roles, "targets", _before(parties, t, ("TO",)), "target: raised for (に)")
    src = [p for p in parties if p.slot in ("FROM", "AGENT") and p not in roles.targets]
    if frame == "give":  # "B获得A的投资", "B secured A's investment"
        src += [p for p in parties if p.slot == "POSS" and p not in roles.targets and p.start > _subject_end(roles)]
    _pick(roles, "sources", src, "source: from/by/led by")
    if not roles.sources and frame == "get" and view.lang == "en":
        _pick(roles, "sources", _after(parties, t, ("WITH",), 60), "source: with")
    if frame == "get":
        _expand_groups(view, roles, parties, frame)
        _co_investors(roles, parties)
    return roles


def _investors(view: SentenceView, t: Trigger, parties: list[Party], roles: Roles) -> Roles:
    """"投资方：A、B、C", "A、B等均在投资方之列", "backers include A and B": each named party invested.

    The investee is the company the sentence is about: a possessor ("OpenAI's investors include"),
    else the context (the record's or the article's company).
    """
    before = [p for p in parties if p.end <= t.start]
    after = [p for p in parties if p.start >= t.end]
    if view.lang == "ja" and before and before[-1].slot == "SUBJ" and t.start - before[-1].end <= 4:
        after = []  # ja "Aが主導し", "Bなども出資した": the investors come before the verb
    owner = [p for p in before if p.slot == "POSS" or p.via == "reference"]
    if view.lang == "en" and after and not any(p.slot in ("NONE", "SUBJ", "WITH") for p in after):  # round 9: "A, B were among
        owner, after = owner or [p for p in after if p.slot in ("IN", "POSS", "OF")][:1], []  # the investors in X"
    if view.lang == "en" and not owner:  # "among the investors in X were": X sits inside the trigger
        owner = [p for p in view.parties if t.start <= p.start and p.end <= t.end and p.slot in ("IN", "OF", "POSS")]
    _pick(roles, "targets", owner[-1:] if after else owner[:1], "target: whose investors")
    named = [p for p in (after or before[::-1]) if p not in roles.targets and p.slot in ("NONE", "SUBJ", "WITH")]
    if named:
        roles.sources.extend(p for p in _group(named[0], parties) if p not in roles.targets)
        roles.how.append(f"sources: {len(roles.sources)} listed investors")
    return roles


_OF_IT = re.compile(r"^\s*(?:of|in)\s+(?:it|the (?:company|firm|group|startup|venture|lab|entity))\b", re.IGNORECASE)


def _holder(view: SentenceView, t: Trigger, parties: list[Party], roles: Roles) -> Roles:
    """"Microsoft holds 27% of it", "Blue Owl's funds will own 80% of the venture": holder -> company.

    The holder is the party just before the verb (same clause); the company is named after it ("of
    X"), else a possessor earlier in the sentence when the text says "of it", else the context.
    """
    near = [p for p in _before(parties, t, ("NONE", "SUBJ", "POSS")) if view.same_clause(p.end, t.start)]
    _pick(roles, "sources", near, "holder: the party before the verb")
    _pick(roles, "targets", [p for p in _after(parties, t, ("OF", "IN"), 40) if p not in roles.sources],
          "company: of/in after the percentage")
    rest = view.sentence.text[t.end - view.sentence.start:]
    if not roles.targets and _OF_IT.match(re.sub(r"^[^a-z]*?(?:%|per ?cent|percent)", "", rest)):
        earlier = [p for p in parties if p.end <= t.start and p not in roles.sources and p.slot == "POSS"]
        _pick(roles, "targets", earlier[:1], "company: 'of it' points to the possessor named before")
    return roles


def _co_investors(roles: Roles, parties: list[Party]) -> None:
    """"led by A, alongside B and C", "with B and C as co-leads": the others invested too."""
    if not roles.sources:
        return
    extra = [p for p in parties if p.slot == "ALONG" and p not in roles.sources and p not in roles.targets]
    for p in extra:
        for q in _group(p, parties):
            if q not in roles.sources and q not in roles.targets:
                roles.sources.append(q)
    if extra:
        roles.how.append("sources: co-investors (alongside / with participation from)")


def _subject_end(roles: Roles) -> int:
    return roles.targets[0].end if roles.targets else 0


def _target_of_value(view: SentenceView, t: Trigger, parties: list[Party], roles: Roles) -> None:
    before = _before(parties, t, ("POSS", "SUBJ", "NONE", "OBJ"))
    after = _after(parties, t, ("NONE", "SUBJ", "OBJ", "POSS"), 30 if view.lang == "ja" else 25)
    if view.lang == "ja" and after:
        _pick(roles, "targets", after, "target: company the value describes")
    elif not _pick(roles, "targets", before, "target: company valued"):
        _pick(roles, "targets", after, "target: company after the valuation")


def _joint_venture(view: SentenceView, t: Trigger, parties: list[Party], roles: Roles) -> Roles:
    named = [p for p in parties if p.slot == "NAMED" or p.type == "joint_venture"]
    named.sort(key=lambda p: abs(_dist(p, t)))
    _pick(roles, "targets", named, "venture: named after the trigger or a known venture")
    member_slots = ("NONE", "SUBJ") if view.lang == "en" else ("NONE", "SUBJ", "WITH", "AGENT")  # 由A、B成立
    members = [p for p in parties if p.end <= t.start and p.slot in member_slots
               and p not in roles.targets and p.type != "joint_venture"]
    partners = _after(parties, t, ("WITH",), 40, view) if view.lang == "en" else []
    if members:
        last = members[-1]
        roles.sources.extend(_group(last, parties))
    roles.sources.extend(p for p in partners if p not in roles.sources)
    if roles.sources:
        roles.sources[:] = [p for p in roles.sources if p not in roles.targets
                            and (p.slot != "AGENT" or view.lang != "en")]
        roles.how.append("members: the parties forming the venture")
    return roles


def _expand_groups(view: SentenceView, roles: Roles, parties: list[Party], frame: str) -> None:
    """"A and B invest in C": each coordinated party is its own claim party."""
    for attr in ("sources", "targets"):
        chosen = getattr(roles, attr)
        if len(chosen) == 1:
            group = [p for p in _group(chosen[0], parties) if p.slot == chosen[0].slot]
            if len(group) > 1:
                setattr(roles, attr, group)
                roles.how.append(f"{attr}: {len(group)} coordinated parties")


def _dist(p: Party, t: Trigger) -> int:
    return p.start - t.end if p.start >= t.end else p.end - t.start
