"""One-pass alias matching: a single Aho-Corasick automaton over folded text.

The automaton holds every alias key (NFKC + case fold + Traditional->Simplified, see ``_fold``).
All hits come from one scan; boundary, capitalisation and title rules then filter them, and the
leftmost-longest hits win (Google Cloud before Google, 谷歌云 before 谷歌).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick

from dealgraph.entities._fold import fold, script
from dealgraph.entities.kb import Alias, KnowledgeBase, parse_alias, surface_forms
from dealgraph.model import Mention

TITLES = ("氏", "さん", "社長", "会長", "CEO", "씨", "회장", "사장", "先生", "总裁", "董事长")
HANGUL_PARTICLES = set("은는이가을를의에와과도로으만랑께측씨보부처까며")
SENSES_FILE = Path(__file__).resolve().parent / "data" / "senses.tsv"
Senses = tuple[frozenset[str], frozenset[str]]  # words after / before that mean the common word


@dataclass(slots=True)
class Entry:
    """What one folded alias key stands for: one name, or candidates when ambiguous."""

    names: tuple[str, ...]
    text: str  # the alias as written in the KB (for the capitalisation rule)
    case: bool = False
    title: bool = False
    context: bool = False  # resolves only when a candidate is named elsewhere in the document
    senses: Senses | None = None  # "Sequoia trees": the next/previous word says it is a common word
    spellings: tuple[str, ...] = ()  # more case-sensitive spellings of the same key ("=HUMAIN|=Humain")

    @property
    def plain(self) -> bool:
        """No capitalisation, title or common-word rule to check."""
        return not (self.case or self.title or self.senses)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    entry: Entry


@dataclass(slots=True)
class Decision:
    """A user decision: ``merge`` name into ``into``, or ``split`` alias ``into`` away from ``name``."""

    action: str
    name: str
    into: str | None


@dataclass(slots=True)
class Resolver:
    """Finds KB mentions in text, honouring the user's merge/split decisions."""

    kb: KnowledgeBase
    decisions: Sequence[Decision] = ()
    table: dict[str, Entry] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    shadowed: dict[str, list[Entry]] = field(default_factory=dict)  # entries a merge replaced
    automaton: Any = None
    info: dict[tuple[str, bool], tuple[str, str | None, str, bool]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] | None = None  # epithet classes, built on first use

    def __post_init__(self) -> None:
        self.table = build_table(self.kb)
        for decision in self.decisions:
            self._apply(decision)
        attach_senses(self.table)
        self.automaton = build_automaton(self.table)

    def _apply(self, d: Decision) -> None:
        if d.action == "merge" and d.into:
            if d.name in self.kb or d.name in self.redirects.values() or d.name in self.redirects:
                self.redirects[d.name] = d.into
                return
            key = fold(d.name)
            if key in self.table:
                self.shadowed.setdefault(key, []).append(self.table[key])
            self.table[key] = Entry((d.into,), d.name)
        elif d.action == "split" and d.into:
            self._split(d.name, d.into)

    def _split(self, name: str, alias: str) -> None:
        if self.redirects.get(alias) and self.final(alias) == name:
            del self.redirects[alias]
        entry = self.table.get(fold(alias))
        if entry is None:
            return
        keep = tuple(n for n in entry.names if n != name and self.party(n) != name)
        if keep:
            entry.names = keep
        elif self.shadowed.get(fold(alias)):
            self.table[fold(alias)] = self.shadowed[fold(alias)].pop()
        else:
            del self.table[fold(alias)]

    def final(self, name: str) -> str:
        """Follow merge redirects (A merged into B merged into C -> C)."""
        seen = {name}
        while name in self.redirects and self.redirects[name] not in seen:
            name = self.redirects[name]
            seen.add(name)
        return name

    def party(self, name: str) -> str:
        """The claim party a name stands for: merges, then rollup to the parent, then merges."""
        return self.final(self.kb.claim_party(self.final(name)))

    def entity_type(self, name: str) -> str:
        entity = self.kb.entities.get(name)
        return entity.type if entity else "company"

    def resolve_name(self, text: str) -> str | None:
        """Canonical claim party for a whole string (an alias in any language), or None."""
        entry = self.table.get(fold(text.strip()))
        if entry is None or len(entry.names) != 1:
            return self.final(text.strip()) if text.strip() in self.redirects else None
        return self.party(entry.names[0])

    def hits(self, text: str) -> list[Hit]:
        """All alias hits that pass the boundary rules, leftmost-longest, non-overlapping."""
        found = []
        table = self.table
        for end_index, key in self.automaton.iter(fold(text)):
            end = end_index + 1
            start = end - len(key)
            entry = table[key]
            if boundary_ok(text, start, end) and (entry.plain or rules_ok(text, start, end, entry)):
                found.append(Hit(start, end, entry))
        return select_longest(found) if len(found) > 1 else found

    def mentions(self, text: str) -> list[Mention]:
        """KB mentions (via="alias"); ambiguous aliases resolved from the rest of the document."""
        hits = self.hits(text)
        plain = [h.entry.names[0] for h in hits if len(h.entry.names) == 1 and not h.entry.context]
        known = {*plain, *(self.party(n) for n in plain)}
        out = []
        for h in hits:
            ambiguous = h.entry.context or len(h.entry.names) > 1
            names = tuple(n for n in h.entry.names if n in known) if ambiguous else h.entry.names
            if len(names) == 1:
                out.append(self.mention(h.start, h.end, text[h.start:h.end], names[0], via="alias"))
        return out

    def mention(self, start: int, end: int, surface: str, name: str, *, via: str,
                provisional: bool = False) -> Mention:
        info = self.info.get((name, provisional))
        if info is None:
            info = self.info[(name, provisional)] = self._info(name, provisional)
        party, unit, etype, prov = info
        return Mention(start=start, end=end, text=surface, entity=party, type=etype, provisional=prov, via=via,
                       unit=unit)

    def _info(self, name: str, provisional: bool) -> tuple[str, str | None, str, bool]:
        """(party, unit, type, provisional) for a matched name; cached per resolver."""
        named = self.final(name)
        party = self.party(named)
        record = self.kb.entities.get(party)
        prov = (provisional and record is None) or (record is not None and record.source == "store")
        return party, (named if party != named else None), self.entity_type(party), prov


def build_table(kb: KnowledgeBase) -> dict[str, Entry]:
    """Folded alias key -> Entry. Keys listed by several entities become ambiguous entries."""
    table: dict[str, Entry] = {}
    for entity in kb:
        for alias in surface_forms(entity):
            _add(table, fold(alias.text), entity.name, alias)
    for raw, names in kb.ambiguous.items():
        alias = parse_alias(raw)
        key, present = fold(alias.text), tuple(n for n in names if n in kb)
        if key in table:
            table[key].names = present or table[key].names
        elif present:
            table[key] = Entry(present, alias.text, alias.case, alias.title)
        if key in table:
            table[key].context = True
            table[key].case = table[key].case or alias.case
    return table


def _add(table: dict[str, Entry], key: str, name: str, alias: Alias) -> None:
    if not key.strip():
        return
    entry = table.get(key)
    if entry is None:
        table[key] = Entry((name,), alias.text, alias.case, alias.title)
        return
    if name not in entry.names:
        entry.names = (*entry.names, name)
    if alias.case and alias.text != entry.text and alias.text not in entry.spellings:
        entry.spellings = (*entry.spellings, alias.text)
    entry.case, entry.title = entry.case or alias.case, entry.title or alias.title


@lru_cache(maxsize=1)
def senses() -> dict[str, Senses]:
    """Folded alias -> (next words, previous words) meaning the common word (data/senses.tsv)."""
    out: dict[str, Senses] = {}
    for line in SENSES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = [*line.split("\t"), "", ""]
            after, before = out.get(fold(cells[0].strip()), (frozenset(), frozenset()))
            out[fold(cells[0].strip())] = (after | {w for w in cells[1].split("|") if w},
                                           before | {w for w in cells[2].split("|") if w})
    return out


def attach_senses(table: dict[str, Entry]) -> None:
    for key, pair in senses().items():
        if key in table:
            table[key].senses = pair


def common_sense(text: str, start: int, end: int, pair: Senses) -> bool:
    """True when the word after (or before) the hit marks the ordinary word: "Sequoia trees".

    Chinese and Japanese are written without spaces, so for a hit ending in Han or kana the
    listed words are matched directly against the characters that follow (高通 + 胀 is "high
    inflation", not Qualcomm) or precede it.
    """
    after, before = pair
    if script(text[end - 1]) in ("han", "kana"):
        return (any(text.startswith(w, end) for w in after)
                or any(text.endswith(w, 0, start) for w in before if w))
    following = text[end:end + 40].split(None, 1)
    if after and following and text[end:end + 1].isspace() and following[0].strip(".,;:") in after:
        return True
    preceding = text[max(0, start - 40):start].split()
    return bool(before and preceding and text[start - 1:start].isspace() and preceding[-1] in before)


def build_automaton(table: dict[str, Entry]) -> Any:
    automaton = ahocorasick.Automaton()
    for key in table:
        automaton.add_word(key, key)
    if len(automaton):
        automaton.make_automaton()
    return automaton


_SPLIT_SCRIPTS = frozenset(("latin", "kana", "hangul"))


def boundary_ok(text: str, start: int, end: int) -> bool:
    """Latin names need non-letters around them; katakana and hangul names need a script change."""
    first = script(text[start])
    if start > 0 and first in _SPLIT_SCRIPTS and script(text[start - 1]) == first and not _bullet(text, start - 1):
        return False
    if end >= len(text):
        return True
    last, after = script(text[end - 1]), script(text[end])
    if after != last or last not in _SPLIT_SCRIPTS:
        return True
    return last == "hangul" and text[end] in HANGUL_PARTICLES


def _bullet(text: str, i: int) -> bool:
    """A ・ that opens a list item ("・オラクル、…") rather than joining two katakana words."""
    return text[i] == "・" and (i == 0 or not text[i - 1].strip() or script(text[i - 1]) not in _SPLIT_SCRIPTS)


_BACKED_AFTER = re.compile(r"-(?:backed|funded|financed|controlled|owned|led)\b")


def rules_ok(text: str, start: int, end: int, entry: Entry) -> bool:
    """Capitalisation for common-word names (Oracle, Arm, Meta); titles for マスク氏-style aliases;
    common-word senses ("Sequoia trees", "Amazon rainforest")."""
    if entry.senses is not None and common_sense(text, start, end, entry.senses):
        return False
    if entry.case:
        surface = unicodedata.normalize("NFKC", text[start:end])
        if surface != entry.text and surface not in entry.spellings and not (surface.isupper() and len(surface) > 1):
            return False
        if end < len(text) and text[end] == "-" and not _BACKED_AFTER.match(text, end):
            return False  # "Meta-analysis", "Arm-based"; but "Oracle-backed X" names Oracle (round 21)
    if entry.title:
        rest = text[end:end + 8].lstrip()
        return rest.startswith(TITLES)
    return True


def select_longest(hits: Iterable[Hit]) -> list[Hit]:
    """Leftmost-longest, non-overlapping."""
    chosen: list[Hit] = []
    last_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen
