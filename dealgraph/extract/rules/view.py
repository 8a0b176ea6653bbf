"""What the rules see in one sentence: parties with their role slots, triggers, numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dealgraph.extract.rules.lexicon import (TriggerEntry, cues, markers, trigger_entries, trigger_entry, trigger_starts,
                                             triggers)
from dealgraph.extract.rules.lang_ja import headline_subject
from dealgraph.extract.sentences import Sentence
from dealgraph.model import Amount, DateMention, Mention, Percentage

PARTY_TYPES = frozenset({"company", "person", "fund", "government", "joint_venture", None})
_COORD = {
    "en": re.compile(r"^\s*(?:,|and|&|or|, and|as well as|plus)?\s*(?:,\s*(?:and\s+)?)?$", re.IGNORECASE),
    "zh": re.compile(r"^\s*[)）]?\s*(?:、|和|与|與|及|以及|跟|同|,|，)\s*(?:[^\s，,。、；]{1,6}[的的])?$"),
    "ja": re.compile(r"^\s*[)）]?\s*(?:氏|社)?\s*(?:と|、|や|及び|および|,|，)\s*(?:米|英|中|独|仏|韓|台|日)?"
                     r"(?:[^\s、，,。；]{1,14}の)?$"),
}
# A list member the knowledge base does not know ("A, Jane Street and B", "A、小红书和B"): still one list.
_COORD_UNKNOWN = {
    "en": re.compile(r"^\s*,\s*(?:[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}\s*(?:,\s*(?:and\s+)?|,?\s+and\s+))+$"),
    "zh": re.compile(r"^\s*(?:、|和|与|與|及|以及)\s*(?:[^\s，,。、；和与與及]{1,8}\s*(?:、|和|与|與|及|以及))+\s*$"),
    "ja": re.compile(r"^\s*(?:社)?\s*(?:と|、|や|及び|および)\s*(?:[^\s、，,。；とやはがをにのも]{1,14}\s*(?:と|、|や|及び|および))+\s*$"),
}
_JA_SHARED = ("SUBJ", "TO", "OBJ", "FROM", "AGENT")  # "AとBは": A is a subject too, not a partner
_POSSESSIVE = re.compile(r"^(?:its|their|his|her|其|自身|自社)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"(?<!\d)[，,]|[，,](?!\d{3}(?!\d))|[；;：:。]|——")  # "200,000" is one number
_SAME_PARTY_GAP = re.compile(r"^[^，,。；;、\s]{0,8}$|^\s*[(（]?\s*$")


@dataclass(slots=True)
class Party:
    """One entity in a sentence and the role slot its markers give it."""

    entity: str
    start: int
    end: int
    text: str
    slot: str = "NONE"  # see markers.tsv; NONE = unmarked
    type: str | None = None
    via: str | None = None
    unit: str | None = None
    coordinated: bool = False  # joined to the previous party by and / 、 / と

    def __str__(self) -> str:
        return f"{self.entity}[{self.slot}]" + (f"({self.via})" if self.via == "reference" else "")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A lexicon match: the word that says what kind of deal this is."""

    start: int
    end: int
    text: str
    entry: TriggerEntry


_UNSEEN: Any = object()


@dataclass(slots=True)
class SentenceView:
    """A sentence with everything the rules need, offsets into the document text."""

    index: int
    sentence: Sentence
    parties: list[Party] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    percentages: list[Percentage] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    found: dict[tuple[Any, ...], re.Match[str] | None] = field(default_factory=dict, repr=False, compare=False)
    lang: str = field(init=False, default="")  # the sentence's language (read very often: a plain slot)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)  # per-sentence, shared by its triggers

    def __post_init__(self) -> None:
        self.lang = self.sentence.lang

    def same_clause(self, a: int, b: int) -> bool:
        """No comma, semicolon or dash between document offsets ``a`` and ``b``."""
        lo, hi = sorted((a, b))
        s = self.sentence
        return not _CLAUSE_BREAK.search(s.text, max(lo - s.start, 0), max(hi - s.start, 0))

    def cue(self, name: str, start: int | None = None, end: int | None = None) -> re.Match[str] | None:
        """The first match of cue ``name`` in the sentence (or in ``text[start:end]``)."""
        s = self.sentence
        lo = s.start if start is None or start < s.start else start
        hi = s.end if end is None or end > s.end else end
        key = (name, lo, hi)
        m = self.found.get(key, _UNSEEN)  # the rules ask the same question for each trigger of a sentence
        if m is _UNSEEN:
            pattern = cues(s.lang).get(name)
            m = self.found[key] = None if pattern is None else pattern.search(s.text, lo - s.start, hi - s.start)
        return m  # type: ignore[return-value]


def find_triggers(sentence: Sentence) -> list[Trigger]:
    """Lexicon matches of the sentence's language, as document offsets."""
    entries = trigger_entries(sentence.lang)[0]
    out = []
    low = sentence.text.lower()
    low = low if len(low) == len(sentence.text) else sentence.text  # keep offsets exact
    for m in _trigger_matches(low, sentence.lang):
        entry = entries[trigger_entry(m.lastgroup)]  # type: ignore[arg-type]
        if entry.kind == "none":  # a blocker: "investors", "投资者" are not deals
            continue
        text = sentence.text[m.start():m.end()]
        out.append(Trigger(sentence.start + m.start(), sentence.start + m.end(), text, entry))
    return out


def _trigger_matches(low: str, lang: str, regex: re.Pattern[str] | None = None) -> Any:
    """``triggers(lang)[1].finditer(low)``, faster: only where a trigger can begin (en: its first
    characters), and only the entries that can start with that character (lexicon.trigger_starts)."""
    split = trigger_starts(lang)
    if split is None:
        return (regex or triggers(lang)[1]).finditer(low)
    starts, per_char = split
    out, pos = [], 0
    for s in starts.finditer(low):
        p = s.start()
        if p < pos:
            continue
        m = per_char[low[p]].match(low, p)
        if m is not None:
            out.append(m)
            pos = max(m.end(), p + 1)
    return out


def make_parties(text: str, sentence: Sentence, mentions: list[Mention]) -> list[Party]:
    """Mentions that can be claim parties, merged when adjacent and equal, then labelled."""
    parties: list[Party] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if not m.entity or m.type not in PARTY_TYPES or m.via == "modifier" or _modifier(text, m, mentions):
            continue
        if m.via == "reference" and not _POSSESSIVE.match(m.text) and any(
                p.entity == m.entity and p.via != "reference" and not _CLAUSE_BREAK.search(text, p.end, m.start)
                for p in parties):
            continue  # "Google invested in the company": a noun phrase never names its own subject
        if _own_product(text, m, parties):
            continue  # "Amazon ... trains Claude on its Trainium chips": the maker is already a party
        last = parties[-1] if parties else None
        if last and last.entity == m.entity and _SAME_PARTY_GAP.match(text[last.end:m.start]):
            if not (m.unit and not last.unit and not text[last.end:m.start].strip()):  # "英伟达H100": product outside
                last.end, last.text = m.end, text[last.start:m.end]
            last.unit = last.unit or m.unit
            continue
        parties.append(Party(m.entity, m.start, m.end, m.text, type=m.type, via=m.via, unit=m.unit))
    _label(text, sentence, parties)
    if sentence.lang == "ja":
        headline_subject(text, sentence, parties)  # "A、Bに出資": A is the subject
    return parties


_OWN_BEFORE = re.compile(r"(?:\bits|\btheir|其|自社の?)\s*$", re.IGNORECASE)


def _own_product(text: str, m: Mention, parties: list[Party]) -> bool:
    """A product after "its"/其 whose maker is already a party in the sentence (purchases3, round 18)."""
    return bool(m.unit and _OWN_BEFORE.search(text[max(0, m.start - 8):m.start])
                and any(p.entity == m.entity and not p.unit for p in parties))


_MODIFIES = re.compile(r"^\s*[)）]?\s*(?:[(（][^)）]{1,12}[)）])?\s*(?:の|的)\s*$")


def _modifier(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """A country naming where the next party sits ("阿联酋的G42", "UAE（アラブ首長国連邦）のMGX"): no party."""
    if m.type != "government":
        return False
    nxt = min((x.start for x in mentions if x.start >= m.end and x.entity and x.entity != m.entity), default=None)
    return nxt is not None and bool(_MODIFIES.match(text[m.end:nxt]))


def _label(text: str, sentence: Sentence, parties: list[Party]) -> None:
    lang = sentence.lang
    for i, p in enumerate(parties):
        prev_end = parties[i - 1].end if i else sentence.start
        gap = text[prev_end:p.start]
        p.coordinated = bool(i) and bool(_COORD[lang].match(gap) or _COORD_UNKNOWN[lang].match(gap))
        p.slot = _slot(text, sentence, p, prev_end)
        if p.coordinated and lang == "en" and _new_clause(text, gap, p, parties[i - 1]):
            p.coordinated = False  # "invested in A, and B has never invested in C": B opens a clause
    order = range(len(parties) - 1, 0, -1) if lang == "ja" else range(1, len(parties))
    for i in order:  # coordinated parties share the slot: "in A and B", "AとBに"
        p, q = parties[i], parties[i - 1]
        if p.coordinated:
            if lang == "ja" and (q.slot == "NONE" or (q.slot == "WITH" and p.slot in _JA_SHARED)):
                q.slot = p.slot
            elif lang != "ja" and p.slot == "NONE":
                p.slot = q.slot


_CLAUSE_AND = re.compile(r"^\s*(?:[,;]\s*)?(?:and|but|while|whereas)\s+$", re.IGNORECASE)  # round 7: comma optional
_VERB_NEXT = re.compile(r"^\s+(?:has|have|had|is|was|will|would|also|did|does|never|then|later|in turn|itself|"
                        r"put|puts|took|takes|led|leads|made|makes|bought|buys|paid|pays|lent|lends|sank|won|"
                        r"plans|agreed|agrees|invests|raises|backs|owns|holds|[a-z]+ed)\b")


def _new_clause(text: str, gap: str, p: Party, q: Party) -> bool:
    """", and Google has never invested": after a marked object, a name and a verb open a new clause."""
    return q.slot not in ("NONE", "SUBJ") and bool(_CLAUSE_AND.match(gap)) and bool(
        _VERB_NEXT.match(text[p.end:p.end + 20]))


def _slot(text: str, sentence: Sentence, p: Party, prev_end: int) -> str:
    lang = sentence.lang
    after = text[p.end:min(p.end + 12, sentence.end)]
    before = text[max(prev_end, sentence.start, p.start - 60):p.start]
    for marker in markers(lang, "before"):
        if marker.regex.search(before):
            return marker.slot
    for marker in markers(lang, "after"):
        if marker.regex.match(after):
            return marker.slot
    return "NONE"
