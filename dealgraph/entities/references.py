"""References to an earlier party within one document (后者, 该公司, 同社, the latter, It, the chipmaker ...).

Precision first: a reference resolves only to a party named in the same sentence (before it) or
in the previous ``SENTENCES`` sentences, at most ``WINDOW`` characters before it. Results have
``via="reference"``.

- latter / former: the later / earlier of the last two distinct parties.
- epithets (data/epithets.tsv): "the ChatGPT maker" names OpenAI outright; "the chipmaker",
  "the startup", "the company", 该公司, 同社 stand for the most recent party of their class.
- pronouns (sentence-initial "It"/"Its", clause-initial "it"/"its", "said it", sentence-initial
  其): the only organisation of the nearest sentence that names one, or its subject (the first
  mention, at the start of the sentence); "It" must be followed by an agent verb ("It will pay").
- both (双方, 両社, both companies): ``entity`` None and ``unit`` "A|B", the two parties in order
  of appearance, because two mentions may not share one span. :func:`reference_parties` splits it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import ahocorasick

from dealgraph.entities.epithets import ORG_TYPES, EpithetHit, epithets, fits, match_english
from dealgraph.model import Mention

WINDOW = 400
SENTENCES = 2
_SIMPLE = {"后者": "latter", "後者": "latter", "the latter": "latter", "The latter": "latter", "후자": "latter",
           "前者": "former", "the former": "former", "The former": "former", "전자": "former",
           **dict.fromkeys(("双方", "雙方", "両社", "两家公司", "兩家公司", "二社", "both companies", "Both companies",
                            "the two companies", "The two companies", "양사", "두 회사"), "both")}
_VERBS = ("said|says|told|added|announced|agreed|plans|planned|expects|expected|intends|intended|raised|raises|"
          "raise|raising|invested|invests|invest|investing|signed|signs|sign|paid|pays|pay|paying|committed|commits|"
          "commit|bought|buys|buy|buying|acquired|acquires|acquire|owns|own|holds|hold|held|reported|reports|"
          "received|receives|receive|spent|spends|spend|spending|borrowed|borrows|borrow|lent|lends|lend|sold|"
          "sells|sell|build|builds|built|building|purchase|purchased|purchases|rent|rents|rented|lease|leases|"
          "leased|use|uses|used|using|provide|provides|provided|supply|supplies|supplied|offered|offers|offer|"
          "sued|sues|sue|filed|files|seeks|sought|seek|valued|employs|operates|launched|launches|develops|"
          "developed|makes|made|make|secured|secures|secure|closed|won|wins|became|struck|strikes|inked|put|puts|"
          "putting|inject|injects|injected|take|takes|took|taking|give|gives|gave|giving|owes|owed|expand|expands|"
          "expanded|partnered|partners|joined|joins|join|hire|hires|hired|cut|cuts|bet|bets")
_IT_RX = re.compile(r"\s+(?:(?:also|now|previously|recently|already|currently|later|then|still|reportedly)\s+)?"
                    r"(?:(?:will|would|could|can|may|might|has|had|is|was|plans to|planned to|expects to|"
                    r"intends to|agreed to|is set to|is expected to|has agreed to|also)\s+){0,2}(?:" + _VERBS + r")\b")
_CLAUSE_RX = re.compile(r"(?:, and|; and|, but|;|, while|\band|\b(?:said|says|added|announced|noted|confirmed|"
                        r"stated|expects|expected|told \w+)(?: that)?)\s+$")
_QI_SKIP = set("中他它实余次后间一二三四五六七八九十")
# round 15 (parties): asides that name a party nobody then calls "the company"
_OBLIQUE_BEFORE = re.compile(r"(?:\b(?:led|co-led|advised|underwritten|arranged) by|\baccording to|"
                             r"\binclud(?:ing|ed|es|e)|\bsuch as|\balongside|\balong with|\banalysts? (?:at|from)|"
                             r"\bwith participation (?:from|of)|由|据|據|包括|根据|根據)\s*(?:the\s+|[(（]\s*)?$", re.IGNORECASE)
_OBLIQUE_AFTER = re.compile(r"\s*(?:领投|領投|牵头|牽頭|联合领投|跟投|等(?:机构|机构|投资方|投資方)|的分析师|的分析師|分析师|分析師|"
                            r"が主導|が主導する|などが|のアナリスト|によると|によれば|\s+analysts?\b|(?:\s+|-)(?:led|co-led)\b)")
_DESCRIBED = re.compile(r"\s*,\s*(?:which|who|whose|the|a|an|one of|now|once|formerly|best known|founded|based)\b")
_PARTICIPATES = re.compile(r"\s+(?:(?:also|both|all|each|too)\s+)*(?:take part|takes part|took part|participated|participate|"
                           r"participates|joined|join|joins|co-invested|co-invest|chipped in)\b(?!\s+(?:forces|hands))")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_LIST_GAP = re.compile(r"\s*(?:,|、|，|和|与|與|及|や|と|,? and|,? or)\s*")
# object 其 ("向其投资", "持有其8%的股份"): another party than the clause's own subject
_QI_OBJECT = re.compile(r"(?:向|对|對|持有|收购|收購|入股|投资|投資|注资|注資|给|給|为|為|与|與)$")
_CJK_CLAUSE = re.compile(r"[，,；;：:。、]|——|\n")
_CJK_OBJECT = re.compile(r"(?:向|对|對|从|從|与|與|和|跟|被|由|に|を|から|と)\s*$")
_BOUNDARY = re.compile(r"[.!?](?=[\s\"”’)]|$)|[。！？\n]")


def reference_parties(mention: Mention) -> tuple[str, ...]:
    """The parties a reference stands for: one entity, or both names of a 双方/両社 mention."""
    if mention.entity:
        return (mention.entity,)
    if mention.via == "reference" and mention.unit:
        return tuple(mention.unit.split("|"))
    return ()


_EN_SCAN = re.compile(r"\b(?:[Tt]he|[Ii]ts?|[Bb]oth companies)\b")
_EN_PHRASES = ("the latter", "The latter", "the former", "The former", "the two companies", "The two companies")


@lru_cache(maxsize=1)
def _cjk_scanner() -> Any:
    """One automaton over the non-English reference words (后者, 该公司, 同社, 其, 양사 ...)."""
    automaton = ahocorasick.Automaton()
    for word in {*_SIMPLE, *epithets().cjk, "其"}:
        if not word.isascii():
            automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """Reference words in order, leftmost-longest."""
    found = []
    for m in _EN_SCAN.finditer(text):
        phrase = next((p for p in _EN_PHRASES if text.startswith(p, m.start())), None) if m.group() in (
            "the", "The") else None
        if phrase in ("the former", "The former"):
            from dealgraph.extract.rules.context_en5 import former_epithet

            phrase = None if former_epithet(text, m.start()) is not None else phrase  # round 22: an epithet
        found.append((m.start(), m.start() + len(phrase), phrase) if phrase else (m.start(), m.end(), m.group()))
    if not text.isascii():
        for end, word in _cjk_scanner().iter(text):
            found.append((end + 1 - len(word), end + 1, word))
        found.sort(key=lambda h: (h[0], h[0] - h[1]))
    out: list[tuple[int, int, str]] = []
    for hit in found:
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out




def with_references(text: str, mentions: Sequence[Mention], resolver: Any = None) -> list[Mention]:
    """``mentions`` plus the references, sorted; a name inside an entity epithet ("the ChatGPT
    maker") gives way to the epithet."""
    return list(_run(text, mentions, resolver).history.items)


def _run(text: str, mentions: Sequence[Mention], resolver: Any) -> _Doc:
    if resolver is None:
        from dealgraph.entities.mentions import default_resolver

        resolver = default_resolver()
    doc = _Doc(text, mentions, resolver)
    for start, end, word in _candidates(text):
        doc.resolve(start, end, word)
    return doc


class _Doc:
    """One document's named mentions, sentence starts and the references found so far."""

    def __init__(self, text: str, mentions: Sequence[Mention], resolver: Any) -> None:
        self.text, self.resolver = text, resolver
        self.history = Spans(mentions)
        self.out: list[Mention] = []
        self._starts: list[int] | None = None

    def resolve(self, start: int, end: int, word: str) -> None:
        if word in ("the", "The"):
            from dealgraph.extract.rules.context_en5 import former_epithet

            ref = self._epithet(start, match_english(self.text, start) or former_epithet(self.text, start))
        elif word.lower() in epithets().targets:  # the table is folded: "ChatGPT开发商" -> "chatgpt开发商"
            if self.history.overlaps(end, end + 1):
                return  # "这家芯片巨头英伟达": an appositive name, not a reference
            ref = self._epithet(start, EpithetHit(start, start, end, epithets().targets[word.lower()]))
        elif self.history.overlaps(start, end):
            return
        elif word in ("It", "it", "Its", "its", "其"):
            ref = self._pronoun(start, end, word)
        else:
            ref = self._simple(start, end, word)
        if ref is not None:
            self.out.append(ref)
            self.history.add(ref)

    def _simple(self, start: int, end: int, word: str) -> Mention | None:
        kind = _SIMPLE[word]
        before = self.window(start)
        if kind == "both":
            starts = self.sentence_starts()
            here = {m.entity for m in before if m.start >= starts[bisect_right(starts, start) - 1]} if word.isascii() else set()
            return _both(word, start, end, _distinct(before, lambda m: m.type in ORG_TYPES and m.entity not in here))
            # round 22 context_en5 (here): "The newspaper sued both companies": not the subject itself
        parties = _distinct(before, lambda m: m.via != "reference")  # "前者将持有后者": 前者 is no third party
        return _make(word, start, end, parties[kind == "former"]) if len(parties) >= 2 else None

    def _epithet(self, start: int, hit: EpithetHit | None) -> Mention | None:
        if hit is None:
            return None
        begin = hit.start
        inner = self.history.inside(hit.start, hit.end)
        if inner and all(m.entity == self.resolver.party(hit.target) for m in inner):
            self.history.remove(inner)  # "the ChatGPT maker" replaces the ChatGPT mention
        elif inner:  # "the Microsoft-backed startup": the reference is "startup"
            begin = hit.head
            if begin == hit.start or self.history.overlaps(begin, hit.end):
                return None
        return self._target(begin, hit.end, hit.target, self.window(begin))

    def _target(self, start: int, end: int, target: str, before: Sequence[Mention]) -> Mention | None:
        surface = self.text[start:end]
        if not target.startswith("@"):
            return Mention(start=start, end=end, text=surface, entity=self.resolver.party(target),
                           type=self.resolver.entity_type(self.resolver.party(target)), via="reference")
        parties = _distinct(before, lambda m: fits(self.resolver, target, m))
        if not parties and surface.isascii():  # round 25 context_en8: "The venture" a paragraph on
            from dealgraph.extract.rules.context_en8 import far_venture

            parties = far_venture(self, start, target, fits)
        if not surface.isascii():  # round 16 (targets_cjk): "A曾领投该公司…", "KDDIは同社と合意": not A itself
            parties = [m for m in parties if _CJK_CLAUSE.search(self.text, m.end, start)] or parties
            parties = self._previous_subject(start, parties)
        elif parties and self._sentence_initial(start):
            parties = self._described_subject(start, parties)
        if parties and surface.isascii():  # round 22 context_en5: "... an offer from Meta. The company ..."
            from dealgraph.extract.rules.context_en5 import subject_over_object

            parties = subject_over_object(self, start, parties)
        named = {m.entity for m in before if not self.oblique(m)}  # named once outside an aside is enough
        plain = [m for m in parties if m.entity in named]
        return _make(surface, start, end, (plain or parties)[0]) if parties else None

    def _described_subject(self, start: int, parties: list[Mention]) -> list[Mention]:
        """Round 21 (investment en): "X, which merged with Y's unit, raised money. The company said ...": a
        sentence-initial "The company" is X, the previous sentence's subject that the clause describes."""
        starts = self.sentence_starts()
        i = bisect_right(starts, start) - 1
        if i <= 0:
            return parties
        lo = starts[i - 1]
        first = next((m for m in self.history.between(lo, starts[i]) if m.entity), None)
        if first is None or self.text[lo:first.start].strip(" \t\n\"'“‘-*#") or not _DESCRIBED.match(self.text, first.end):
            return parties
        return sorted(parties, key=lambda m: m.entity != first.entity)

    def _previous_subject(self, start: int, parties: list[Mention]) -> list[Mention]:
        """Round 16: a sentence-initial 该公司 is the previous sentence's subject (its first party, not
        an object after 向/对/从/与), not the company named last ("A承诺向微软采购…。该公司…" -> A)."""
        if not parties or not self._sentence_initial(start):
            return parties
        starts = self.sentence_starts()
        i = bisect_right(starts, start) - 1
        if i <= 0:
            return parties
        first = next((m for m in self.history.between(starts[i - 1], starts[i]) if m.entity), None)
        if first is None or _CJK_OBJECT.search(self.text, max(starts[i - 1], first.start - 2), first.start):
            return parties
        return sorted(parties, key=lambda m: m.entity != first.entity)

    def oblique(self, m: Mention, depth: int = 0) -> bool:
        """A party named only aside: "led by X", "according to X", "由X领投", "Xによると", or a later
        member of such a list ("including A, B and C"). "The company" rarely means it (round 15)."""
        text = self.text
        if _OBLIQUE_BEFORE.search(text, max(0, m.start - 32), m.start) or _OBLIQUE_AFTER.match(text, m.end):
            return True
        i = bisect_right(self.history.ends, m.start)  # the first mention ending after m starts: m itself
        if depth == 0 and self._participant(m, i):
            return True
        prev = self.history.items[i - 1] if 0 < i <= len(self.history.items) else None
        if prev is None or depth > 6 or not _LIST_GAP.fullmatch(text, prev.end, m.start):
            return False
        return self.oblique(prev, depth + 1)

    def _participant(self, m: Mention, i: int) -> bool:
        """Round 21 (investment en): "A and B both take part.": the members of a list that joins a round are
        its investors; "the company" after them is the round's company, not one of them."""
        items, text, cur = self.history.items, self.text, m
        for nxt in items[i + 1:i + 8] if 0 <= i < len(items) and items[i] is m else ():
            if not _LIST_GAP.fullmatch(text, cur.end, nxt.start):
                break
            cur = nxt
        return _PARTICIPATES.match(text, cur.end) is not None

    def salience(self) -> Counter[str]:
        """How often the article names each party so far (names and resolved references)."""
        return Counter(e for m in self.history.items for e in reference_parties(m))

    def _pronoun(self, start: int, end: int, word: str) -> Mention | None:
        if word == "其" and _QI_OBJECT.search(self.text, max(0, start - 3), start) and self.text[end:end + 1] not in _QI_SKIP:
            return self._object_qi(start, end)
        if not self._pronoun_shape(start, end, word):
            return None
        starts = self.sentence_starts()
        i = bisect_right(starts, start) - 1
        current = starts[i] if i >= 0 else 0
        same = self.history.between(current, start)
        clause = current < start and self.text[current:start].strip() != ""
        if clause:
            return _subject(self.text, word, start, end, current, same)
        if i <= 0 or start - starts[i - 1] > WINDOW:
            return None
        return _subject(self.text, word, start, end, starts[i - 1], self.history.between(starts[i - 1], current))

    def _object_qi(self, start: int, end: int) -> Mention | None:
        """"KT此前已持有其8%的股份": the most talked-about organisation of the window that is not
        named in this sentence before 其 (its subject); on a tie the most recent."""
        starts = self.sentence_starts()
        current = starts[bisect_right(starts, start) - 1]
        clause = max(current, *(self.text.rfind(p, current, start) + 1 for p in "，,；;"))
        here = {m.entity for m in self.history.between(clause, start)}
        parties = _distinct(self.window(start), lambda m: m.type in ORG_TYPES and m.entity not in here
                            and not self.oblique(m))
        if not parties:
            return None
        counts = self.salience()
        best = max(parties, key=lambda m: counts[m.entity or ""])  # max keeps the first (most recent) on a tie
        return _make(self.text[start:end], start, end, best)

    def _pronoun_shape(self, start: int, end: int, word: str) -> bool:
        text = self.text
        if word == "其":
            return end < len(text) and text[end] not in _QI_SKIP and (self._sentence_initial(start)
                                                                     or text[start - 1:start] in "，；")
        if word[0].isupper():
            if not self._sentence_initial(start):
                return False
        elif _CLAUSE_RX.search(text[max(0, start - 40):start]) is None:
            return False
        return word in ("Its", "its") or _IT_RX.match(text, end) is not None

    def _sentence_initial(self, start: int) -> bool:
        j = start - 1
        while j >= 0 and self.text[j] in " \t\"'“‘「（(":
            j -= 1
        return j < 0 or self.text[j] in ".!?。！？\n"

    def sentence_starts(self) -> list[int]:
        """Sentence starts; a blank line between paragraphs is no sentence of its own (round 15; not in
        Japanese, where 同社 is bound by the extractor's own topic rules and a paragraph stays a wall)."""
        if self._starts is None:
            ends = (m.end() for m in _BOUNDARY.finditer(self.text))
            kana = _KANA.search(self.text) is not None
            self._starts = [0]
            for e in ends:
                if self.text[e - 3:e] in (" v.", "vs."):
                    continue  # round 22 context_en5: "The New York Times v. OpenAI" is one caption, not two sentences
                if not self.history.overlaps(e - 1, e) and (kana or self.text[self._starts[-1]:e].strip()):
                    self._starts.append(e)
        return self._starts

    def window(self, start: int) -> Sequence[Mention]:
        """Mentions in this sentence before ``start`` and in the previous SENTENCES, within WINDOW chars."""
        starts = self.sentence_starts()
        i = bisect_right(starts, start) - 1 - SENTENCES
        lo = max(starts[max(i, 0)], start - WINDOW)
        return self.history.between(lo, start)


def _subject(text: str, word: str, start: int, end: int, lo: int, named: list[Mention]) -> Mention | None:
    """The organisation a pronoun stands for: the only one in the sentence, or its subject."""
    if text.isascii():  # round 22 context_en5: "Beyond Nvidia, the group ...": no subject in a fronted phrase
        from dealgraph.extract.rules.context_en5 import fronted

        named = [m for m in named if not fronted(text[lo:m.start], text[m.end:m.end + 80])]
    orgs = [m for m in named if m.entity and m.type in ORG_TYPES and m.via != "modifier"]
    if len({m.entity for m in orgs}) == 1:
        return _make(text[start:end], start, end, orgs[0])
    first = next((m for m in named if m.via != "modifier"), None)
    if orgs and first is orgs[0] and len(text[lo:first.start].strip(" \t\n\"'“‘「")) == 0:
        return _make(text[start:end], start, end, first)
    return None


def _distinct(before: Sequence[Mention], keep) -> list[Mention]:  # type: ignore[no-untyped-def]
    """Distinct parties (most recent first); modifiers ("Microsoft-backed") are not candidates."""
    seen: dict[str, Mention] = {}
    for m in reversed(before):
        if m.entity and m.via != "modifier" and keep(m) and m.entity not in seen:
            seen[m.entity] = m
    return list(seen.values())


def _make(surface: str, start: int, end: int, src: Mention) -> Mention:
    return Mention(start=start, end=end, text=surface, entity=src.entity, type=src.type,
                   provisional=src.provisional, via="reference", unit=src.unit)


def _both(surface: str, start: int, end: int, parties: list[Mention]) -> Mention | None:
    if len(parties) < 2:
        return None
    pair = sorted(parties[:2], key=lambda m: m.start)
    return Mention(start=start, end=end, text=surface, entity=None, type="company", provisional=False,
                   via="reference", unit="|".join(m.entity or "" for m in pair))


class Spans:
    """Non-overlapping mentions kept sorted, with O(log n) overlap and range queries."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.ends = [m.end for m in self.items]
        self.removed: list[Mention] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.ends, start)
        return i < len(self.items) and self.items[i].start < end

    def add(self, mention: Mention) -> None:
        i = bisect_right(self.ends, mention.start)
        self.items.insert(i, mention)
        self.ends.insert(i, mention.end)

    def inside(self, start: int, end: int) -> list[Mention]:
        """Mentions overlapping [start, end)."""
        i = bisect_right(self.ends, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            out.append(self.items[i])
            i += 1
        return out

    def remove(self, mentions: list[Mention]) -> None:
        for m in mentions:
            i = self.items.index(m)
            del self.items[i], self.ends[i]
            self.removed.append(m)

    def between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that start at or after ``lo`` and end at or before ``hi``."""
        i = bisect_right(self.ends, hi) - 1
        out = []
        while i >= 0 and self.items[i].start >= lo:
            out.append(self.items[i])
            i -= 1
        return out[::-1]
