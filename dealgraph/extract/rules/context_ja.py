"""Round 17, area "context_ja": Japanese deal parties named earlier in the article, not in the sentence.

A Japanese article names its company once as the topic (Xは) and then drops it for several
sentences; 同社 may come after sentences about its chairman or the deal itself; a digest names the
company in a bare heading line (■X) and drops it in the items below; a press release defines 当社
in a parenthesis (「株式会社X（本社：…、以下「当社」）は」); a translated article says 彼ら for the
company. Each rule here gives a party only when the context offers exactly one: the walk back stops
at the first sentence with a topic of its own, and a sentence naming another company in between
leaves a reference as the entity resolver bound it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from dealgraph.model import Mention

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import Party
    from dealgraph.extract.sentences import Sentence

_BACK = 6  # sentences a dropped topic reaches back
_ORG = ("company", "fund", None)
_HEADING = re.compile(r"^[\s■□●◆◇▼▽・\-－*＊【\[［〈《]*(?P<name>[^\s■【】\[\]［］。、]{1,30}?)[\s】\]］〉》]*$")
_UNKNOWN_TOPIC = re.compile(r"(?:^|[、。」）\s])[ァ-ヴーA-Za-z][ァ-ヴー・A-Za-z0-9.]{1,30}(?:社)?(?:は|が)")
_THEY = re.compile(r"彼ら(?=は|が|も)")
_DEFINED = re.compile(r"以下[、,]?\s*[「『]?(?:当社|弊社)[」』]?\s*[)）]")
_TOPIC_MARK = re.compile(r"^(?:[(（][^)）]{1,80}[)）])?(?:社|グループ)?(?:は|が)(?!ら)")


def _inside(mentions: Sequence[Mention], s: Sentence) -> list[Mention]:
    return [m for m in mentions if s.start <= m.start < s.end and m.entity]


def heading(s: Sentence, mentions: Sequence[Mention]) -> Mention | None:
    """A bare heading line that only names one organisation ("■さくらインターネット", "【KDDI】")."""
    found = _HEADING.match(s.text)
    named = [m for m in _inside(mentions, s) if m.type in _ORG]
    if found is None or len(named) != 1 or "\n" in s.text.strip():
        return None
    m = named[0]
    return m if found.start("name") <= m.start - s.start and m.end - s.start >= found.end("name") else None


def _other_orgs(s: Sentence, mentions: Sequence[Mention], keep: str | None) -> bool:
    return any(m.type in _ORG and m.entity != keep for m in _inside(mentions, s))


def earlier_topic(text: str, sentences: Sequence[Sentence], index: int, mentions: Sequence[Mention],
                  sentence_topic: Callable[[str, Any, Sequence[Mention]], Mention | None],
                  *, strict: bool = False) -> Mention | None:
    """The organisation a reference or a dropped subject of sentence ``index`` stands for.

    Walking back at most ``_BACK`` sentences, the first topic (は/が, or a bare heading) wins;
    sentences without a topic of their own (the chairman speaking, "買収額は…") are passed over,
    but a topic-like unknown name ("新興のアルファは") stops the walk. ``strict``: a passed-over
    sentence must name no other organisation either.
    """
    for back in range(1, _BACK + 1):
        i = index - back
        if i < 0:
            return None
        s = sentences[i]
        found = sentence_topic(text, s, mentions)
        if found is not None and (back == 1 or _TOPIC_MARK.match(text[found.end:found.end + 90])):
            return found  # further back a も-party ("NVIDIAも参加した") is an investor, not the topic
        found = heading(s, mentions)
        if found is not None:
            return found
        if _UNKNOWN_TOPIC.search(s.text) or (strict and _other_orgs(s, mentions, None)):
            return None
    return None


def bind_they(text: str, sentences: Sequence[Sentence], mentions: list[Mention],
              sentence_topic: Callable[[str, Any, Sequence[Mention]], Mention | None]) -> list[Mention]:
    """Translated Japanese: 「さらに、彼らは…を調達する」 after a company topic, with no person near, is that company."""
    out = list(mentions)
    for i, s in enumerate(sentences):
        if s.lang != "ja" or i == 0 or "彼ら" not in s.text:
            continue
        near = [m for j in range(max(0, i - 2), i + 1) for m in _inside(out, sentences[j])]
        if any(m.type == "person" for m in near):
            continue
        head = earlier_topic(text, sentences, i, out, sentence_topic)
        for r in _THEY.finditer(s.text) if head is not None and head.type in _ORG else ():
            start = s.start + r.start()
            if not any(m.start <= start < m.end for m in out):
                out.append(Mention(start=start, end=start + 2, text="彼ら", entity=head.entity, type=head.type,
                                   provisional=head.provisional, via="reference", unit=head.unit))
    return sorted(out, key=lambda m: m.start)


# -- a dropped subject under a heading ------------------------------------------------------------

def heading_subject(c: Candidate, mentions: Sequence[Mention], sentences: Sequence[Sentence]) -> Party | None:
    """「■KDDI　AI開発のELYZAを連結子会社化した。」: the heading's company is the dropped subject."""
    view = c.view
    if view.lang != "ja" or c.sources:
        return None
    taken = {p.entity for p in c.targets}
    for back in range(1, 4):
        i = view.index - back
        if i < 0:
            return None
        found = heading(sentences[i], mentions)
        if found is not None:
            return None if found.entity in taken else _party(found, view)
        if any(_TOPIC_MARK.match(sentences[i].text[m.end - sentences[i].start:]) for m in _inside(mentions, sentences[i])):
            return None  # a subject of its own in between: the heading no longer governs
    return None


def _party(m: Mention, view: Any) -> Party:
    from dealgraph.extract.rules.view import Party

    return Party(m.entity or "", view.sentence.start, view.sentence.start, "", slot="CONTEXT", type=m.type,
                 via="context")


# -- 以下「当社」: the issuer a press release defines --------------------------------------------

def defined_issuer(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """「株式会社X（本社：…、以下「当社」）は」: X is 当社, the company the release is from."""
    found = _DEFINED.search(text, 0, 800)
    if found is None:
        return None
    opened = max(text.rfind("（", 0, found.start()), text.rfind("(", 0, found.start()))
    before = [m for m in mentions if m.end <= opened and opened - m.end <= 2 and m.entity and m.type == "company"]
    return before[-1] if before else None


def keeps_reference(first: Mention, prev: Sentence) -> bool:
    """An opening 同社 is not the previous sentence's first party when that party is a person
    ("孫正義会長兼社長は…") or no subject at all ("スターゲートと呼ばれる計画"): the topic binding stays."""
    return first.type not in _ORG or _TOPIC_MARK.match(prev.text[first.end - prev.start:]) is None


_SUM_OPENING = re.compile(r"^\s*(?:投資|取得|購入|買収|調達|出資|契約)(?:総)?額は")


def sum_value(c: Any, p: Any) -> bool:
    """「…GPUを追加で購入する。投資額は約1000億円で」: an opening 投資額は sizes the deal before it."""
    return (c.view.lang == "ja" and not c.sources and not c.targets and c.amount is not None
            and bool(_SUM_OPENING.match(c.view.sentence.text)) and p.kind in ("purchase", "compute_commitment", "acquisition")
            and p.amount is None)
