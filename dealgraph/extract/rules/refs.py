"""References that act: "该公司随后又向MiniMax投资", "同社はさらに米アンペアを買収した".

``dealgraph.entities`` resolves 该公司/同社/the company to the most recent organisation, which is
usually the previous deal's *target*. When such a reference opens its sentence (zh; ja with は/が/も)
and acts as the payer of a give/buy deal, the writer carries the previous sentence's subject
on: the reference stands for that sentence's first party. A reference that resolves to the other
party of its own claim would make a self-deal; it falls back to the next party of the previous
sentence (or is left for the context rules) instead of killing the claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dealgraph.extract.rules import context_ja
from dealgraph.extract.rules.context import _first_party
from dealgraph.model import Mention

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import Party, SentenceView
    from dealgraph.extract.sentences import Sentence

_OPENING = {
    "zh": re.compile(r"^[\s“「\"]*(?:[^，,。；“「]{2,16}[，,]\s*)?(?:该公司|這家公司|这家公司|該公司|该集团|該集團)(?!的)"),
    "ja": re.compile(r"^[\s「\"]*(?:同社|同グループ)(?:は|が|も|では)"),
}
_ACTING = ("give", "buy", "pay", "stake")


def _opening_reference(view: SentenceView, p: Party) -> bool:
    pattern = _OPENING.get(view.lang)
    if pattern is None or p.via != "reference":
        return False
    m = pattern.match(view.sentence.text)
    return m is not None and view.sentence.start + m.start() <= p.start < view.sentence.start + m.end()


def _previous_parties(view: SentenceView, mentions: Sequence[Mention], starts: list[int],
                      sentences: Sequence[Sentence]) -> list[Mention]:
    if view.index == 0:
        return []
    prev = sentences[view.index - 1]
    first = _first_party(mentions, starts, prev)
    named = [m for m in mentions if prev.start <= m.start < prev.end and m.entity and m.via != "reference"]
    return ([first] if first is not None else []) + [m for m in named if first is None or m.entity != first.entity]


def carry_subject(c: Candidate, mentions: Sequence[Mention], sentences: Sequence[Sentence]) -> None:
    """The opening 该公司/同社 of a give/buy deal: the previous sentence's subject, not its target."""
    view = c.view
    if c.trigger.entry.frame not in _ACTING or not c.sources or not _opening_reference(view, c.sources[0]):
        return
    starts = [m.start for m in mentions]
    taken = {p.entity for p in c.targets}
    candidates = [m for m in _previous_parties(view, mentions, starts, sentences) if m.entity not in taken]
    if not candidates or candidates[0].entity == c.sources[0].entity:
        return
    if view.lang == "ja" and context_ja.keeps_reference(candidates[0], sentences[view.index - 1]):
        return  # round 17 context_ja: the chairman or a named project is no 同社; the topic binding stays
    old, c.sources[0].entity = c.sources[0].entity, candidates[0].entity  # type: ignore[assignment]
    c.note(f"{c.sources[0].text} opens the sentence: the previous subject {c.sources[0].entity}, not {old}")


_ORG_NOUN = re.compile(r"\b(?:in|into|to|for|of|on)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:company|startup|start-up|"
                      r"lab|firm|developer|venture|chipmaker|group|maker|business|unicorn)\b", re.IGNORECASE)
_KINDS = frozenset({"investment", "acquisition", "stake", "compute_commitment", "loan", "purchase"})
# round 10 encontext: "A and B both backed the robotics startup" (object right after the verb; the
# epithet was dropped as naming the subject) and "C took part in its most recent round" (its = the topic)
_OBJECT_NOUN = re.compile(r"\s+(?:the|this)\s+(?:[\w.&'’-]+\s+){0,3}?(?:company|startup|start-up|lab|firm|developer|"
                          r"venture|chipmaker|maker|designer|business|unicorn|provider|operator)\b(?![’'-])", re.IGNORECASE)
_ITS_ROUND = re.compile(r"^\s+(?:(?:in|into|to|for|on)\s+)?its\s+(?:[\w-]+\s+){0,3}?(?:round|raise|financing|fundraising|"
                        r"fundraise|series [a-z])\b", re.IGNORECASE)


def _names_topic(text: str, end: int) -> bool:
    """The trigger (ending at ``end``) takes an organisation noun as object, or "its ... round"."""
    return _OBJECT_NOUN.match(text, end) is not None or _ITS_ROUND.match(text[end:]) is not None


def antecedent_target(c: Candidate, mentions: Sequence[Mention], sentences: Sequence[Sentence]) -> None:
    """"Nvidia invested $100 million in the company": the company is a party of the previous sentence.

    The entity module resolves "the company" to the nearest organisation, which may be the clause's
    own subject (then the reference is dropped); the next best antecedent is the previous
    sentence's first named company that is not already a party of the claim.
    """
    view = c.view
    if view.lang != "en" or c.rejected is not None or c.kind not in _KINDS or not c.sources or c.targets:
        return
    s = view.sentence
    entered = any(n.startswith("entered the round:") for n in c.notes)  # round 8: "A came into the startup's round"
    entered = entered or c.trigger.entry.frame == "investors"  # round 9: "A and B are also investors" (the topic's)
    entered = entered or _names_topic(s.text, c.trigger.end - s.start)  # round 10 encontext
    if _ORG_NOUN.search(s.text, c.trigger.end - s.start) is None and not entered:
        return
    taken = {p.entity for p in c.sources}
    starts = [m.start for m in mentions]
    found = next((m for m in _previous_parties(view, mentions, starts, sentences)
                  if m.entity not in taken and m.type in ("company", None)), None)
    if found is None:
        return
    from dealgraph.extract.rules.view import Party

    c.targets.append(Party(found.entity, view.sentence.start, view.sentence.start, "", slot="CONTEXT",
                           type=found.type, via="reference"))
    c.note(f"target: the company of the previous sentence, {found.entity} (reference)", -0.15)
