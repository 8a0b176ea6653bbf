"""Pronouns the entity module leaves open: "It paid $1.25 billion", "Its backer put in ...".

A pronoun (it, its, the company ...; 其; 同社 are handled by dealgraph.entities) that comes before
any named party of its sentence stands for the subject of the previous sentence, i.e. the first
party named there (in the sentence before). The result is an extra ``Mention`` with
``via="reference"`` so the rules read it like any other party and lower the confidence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from dealgraph.extract.rules import context_en5
from dealgraph.extract.sentences import Sentence
from dealgraph.model import Mention

_PRONOUN = {
    "en": re.compile(r"\b(?:it|its|the (?:company|firm|group|lab|chipmaker|retailer|startup|start-up|"
                     r"developer|venture|miner|cloud provider|social network|carmaker))\b(?!['’]s)", re.IGNORECASE),
    "zh": re.compile(r"^(?:公司|其|它们|它們|它|该集团|該集團|该公司|該公司|这家公司|這家公司|该企业|該企業)"),
}
# round 10 (unblock): a mid-sentence 其 after 是 ("台积电同时也是其GPU的唯一供应商") is another party than
# its own sentence's subject: the previous sentence's first party not named in this sentence.
_MID = {"zh": re.compile(r"(?<=是)其(?=[^，,。；]{0,10}?(?:供应商|供應商|客户|客戶|股东|股東|投资方|投資方|代工厂|代工廠))")}
_PARTY_TYPES = ("company", "person", "fund", "government", "joint_venture")
_LOOKBACK = 1


def _first_party(mentions: Sequence[Mention], starts: list[int], s: Sentence) -> Mention | None:
    lo = bisect.bisect_left(starts, s.start)
    for m in mentions[lo:]:
        if m.start >= s.end:
            return None
        if m.entity and m.type in _PARTY_TYPES and not (s.lang == "en" and context_en5.fronted(
                s.text[:m.start - s.start], s.text[m.end - s.start:])):  # round 22: "Beyond X, the group ..."
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
        return _mid_sentence(sentences, index, mentions, starts)
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


def _mid_sentence(sentences: Sequence[Sentence], index: int, mentions: Sequence[Mention],
                  starts: list[int]) -> list[Mention]:
    """"X同时也是其GPU的唯一供应商": 其 is the previous sentence's first party not named in this one."""
    s = sentences[index]
    pattern = _MID.get(s.lang)
    m = pattern.search(s.text) if pattern is not None and index > 0 else None
    if m is None:
        return []
    lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
    here = {x.entity for x in mentions[lo:hi]}
    prev = sentences[index - 1]
    lo, hi = bisect.bisect_left(starts, prev.start), bisect.bisect_left(starts, prev.end)
    antecedent = next((x for x in mentions[lo:hi] if x.entity and x.type in _PARTY_TYPES
                       and x.entity not in here), None)
    if antecedent is None:
        return []
    start = s.start + m.start()
    return [Mention(start, start + 1, m.group(), antecedent.entity, antecedent.type, via="reference")]
