"""Pronouns the entity module leaves open: "It paid $1.25 billion", "Its backer put in ...".

A pronoun (it, its, the company ...; 其; 同社 are handled by dealgraph.entities) that comes before
any named party of its sentence stands for the subject of the previous sentence, i.e. the first
party named there (within two sentences back). The result is an extra ``Mention`` with
``via="reference"`` so the rules read it like any other party and lower the confidence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from dealgraph.extract.sentences import Sentence
from dealgraph.model import Mention

_PRONOUN = {
    "en": re.compile(r"\b(?:it|its|the (?:company|firm|group|lab|chipmaker|retailer|startup|start-up|"
                     r"developer|venture|miner|cloud provider|social network|carmaker))\b(?!['’]s)", re.IGNORECASE),
    "zh": re.compile(r"^(?:公司|其)"),
}
_PARTY_TYPES = ("company", "person", "fund", "government", "joint_venture")
_LOOKBACK = 1


def _first_party(mentions: Sequence[Mention], starts: list[int], s: Sentence) -> Mention | None:
    lo = bisect.bisect_left(starts, s.start)
    for m in mentions[lo:]:
        if m.start >= s.end:
            return None
        if m.entity and m.type in _PARTY_TYPES:
            return m
    return None


def _topic_party(mentions: Sequence[Mention], starts: list[int], s: Sentence,
                 counts: Mapping[str, int]) -> Mention | None:
    """The party of ``s`` the article talks about most (first one on a tie): "the company"'s antecedent."""
    lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
    named = [m for m in mentions[lo:hi] if m.entity and m.type in _PARTY_TYPES]
    return max(named, key=lambda m: counts.get(m.entity or "", 0), default=None)


def pronoun_mentions(sentences: Sequence[Sentence], index: int, mentions: Sequence[Mention],
                     starts: list[int], counts: Mapping[str, int] | None = None) -> list[Mention]:
    """A reference mention for the leading pronoun of sentence ``index``, or nothing.

    "it"/"its" stand for the previous sentence's first party (its subject); "the company" for the
    party of the previous sentence that the article mentions most (``counts``), its topic.
    """
    s = sentences[index]
    pattern = _PRONOUN.get(s.lang)
    m = pattern.search(s.text) if pattern is not None else None
    if m is None:
        return []
    start = s.start + m.start()
    first = _first_party(mentions, starts, s)
    if first is not None and first.start <= start + (m.end() - m.start()):
        return []  # a party is named before (or at) the pronoun: leave it to dealgraph.entities
    for back in range(1, _LOOKBACK + 1):
        if index - back < 0:
            break
        prev = sentences[index - back]
        noun = counts is not None and m.group().lower().startswith("the ")
        antecedent = _topic_party(mentions, starts, prev, counts) if noun else _first_party(mentions, starts, prev)
        if antecedent is not None:
            return [Mention(start, s.start + m.end(), m.group(), antecedent.entity, antecedent.type,
                            via="reference")]
    return []
