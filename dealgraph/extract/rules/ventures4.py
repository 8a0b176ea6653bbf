"""Round 21, phenomenon "ventures4": ventures formed by a list, unnamed two-member ventures, the subject as member.

``adjust(view, cands)`` runs after ``lawsuits4.adjust``. Each rule reads one structure:

- "Stargate LLC, formed by OpenAI, SoftBank, Oracle and MGX", "a venture set up by Nscale and Aker":
  every company after "by" is a member, the venture is the party named before the trigger;
- a venture whose name the sentence does not give, between exactly two members ("KDDI formed a joint
  venture with SoftBank", 富士康與軟銀成立合資公司, AとBが合弁会社を設立): one claim each way
  between the two members (the gold's convention), never with three or more;
- "ソフトバンクはOpenAIと共同で合弁会社「X」を設立": the topic is a member beside its partner.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_BY = re.compile(r"(?i)^(?:formed|set up|established|created|jointly owned|co-owned|owned jointly)"
                 r"(?: (?:in|on|during|earlier in|late in|early in) [\w, ]{1,30}?)? by$")  # round 22 kinds5: "formed in 2024 by"
_NO_TARGET = "no target party"
_LIST_GAP = re.compile(r"(?i)^\s*(?:,|and|&|, and)\s*$")
_MEMBER_TYPES = ("company", "fund", "government", None)
_JV_WORD = re.compile(r"(?i)joint venture|合资|合資|合营|合營|合弁|ジョイントベンチャー")
_QUOTED = re.compile(r"[「『“\"][^」』”\"]{2,30}[」』”\"]|\bcalled\b|\bnamed\b|名为|名為")
_JA_PARTNER = re.compile(r"^と(?:共同で|一緒に|組んで|合同で)?")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """The readings above; returns the candidates (with the reversed twin of an unnamed venture)."""
    extra: list[Candidate] = []
    for c in cands:
        if c.kind != "joint_venture":
            continue
        _formed_by(view, c)
        _topic_member(view, c)
        twin = _unnamed_pair(view, c)
        if twin is not None:
            extra.append(twin)
    return cands + extra


def _gap(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[a - s.start:b - s.start] if a <= b else ""


def _formed_by(view: SentenceView, c: Candidate) -> None:
    """"X, formed by A, B and C": A, B, C -> X."""
    if view.lang != "en" or not _BY.match(c.trigger.text):
        return
    after = [p for p in view.parties if p.start >= c.trigger.end]
    members = after[:1]
    for p in after[1:]:
        if not _LIST_GAP.match(_gap(view, members[-1].end, p.start)):
            break
        members.append(p)
    members = list({p.entity: p for p in members if p.type in _MEMBER_TYPES}.values())
    venture = next((p for p in reversed(view.parties) if p.end <= c.trigger.start), None)
    if len(members) < 2 or venture is None or venture.entity in {p.entity for p in members} \
            or len(_gap(view, c.trigger.end, members[0].start).strip()) > 4 or venture.type == "person" \
            or len(_gap(view, venture.end, c.trigger.start)) > 30:
        c.rejected = c.rejected or "formed by fewer than two companies: not a joint venture"
        return
    c.sources, c.targets, c.rejected = members, [venture], None
    c.note(f"{venture.entity} formed by {len(members)} companies: each is a member")


def _topic_member(view: SentenceView, c: Candidate) -> None:
    """"AはBと共同で合弁会社「X」を設立": A is a member beside B."""
    if view.lang != "ja" or c.rejected is not None or len(c.targets) != 1 or len(c.sources) != 1:
        return
    partner = c.sources[0]
    if not _JA_PARTNER.match(_gap(view, partner.end, c.trigger.end)[:6]):
        return
    subj = next((p for p in view.parties if p.end <= partner.start and p.slot == "SUBJ"
                 and p.entity not in (partner.entity, c.targets[0].entity) and p.type in _MEMBER_TYPES), None)
    if subj is not None and subj.via not in ("reference", "context", "issuer") and view.same_clause(subj.end, partner.start):
        c.sources = [subj, partner]
        c.note(f"{subj.entity}, the topic, sets the venture up with {partner.entity}: both are members")


def _unnamed_pair(view: SentenceView, c: Candidate) -> Candidate | None:
    """Two members and no venture named: A -> B, plus a twin B -> A."""
    if c.targets or (c.rejected is not None and _NO_TARGET not in c.rejected) or view.cue("negation") is not None \
            or not _JV_WORD.search(c.trigger.text):
        return None
    s0, text = view.sentence.start, view.sentence.text
    if _QUOTED.search(text[max(0, c.trigger.start - s0 - 14):c.trigger.end - s0 + 14]):
        return None  # 合弁会社「X」: a name the knowledge base does not know, still a name
    members = _members(view, c)
    if len(members) != 2 or any(p.type == "joint_venture" for p in view.parties):
        return None
    a, b = members
    c.sources, c.targets, c.rejected = [a], [b], None
    c.note(f"a venture of {a.entity} and {b.entity} without a name: the two members each way")
    twin = replace(c, notes=list(c.notes), sources=[b], targets=[a])
    return twin


def _members(view: SentenceView, c: Candidate) -> list[Party]:
    """The distinct companies in the trigger's clause before it, plus a partner after "with"."""
    seen: dict[str, Party] = {p.entity: p for p in c.sources if p.type in _MEMBER_TYPES}
    for p in view.parties:
        if p.type not in _MEMBER_TYPES or p.entity in seen:
            continue
        before = p.end <= c.trigger.start and view.same_clause(p.end, c.trigger.start)
        if before or (p.slot == "WITH" and view.same_clause(c.trigger.end, p.start)):
            seen[p.entity] = p
    return list(seen.values())
