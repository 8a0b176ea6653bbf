"""One-pass alias matching: a single Aho-Corasick automaton over folded text.

The automaton holds every alias key (NFKC + case fold + Traditional->Simplified, see ``_fold``).
All hits come from one scan; boundary, capitalisation and title rules then filter them, and the
leftmost-longest hits win (Google Cloud before Google, 谷歌云 before 谷歌).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from dealgraph.entities._fold import fold, script
from dealgraph.entities.kb import Alias, KnowledgeBase, parse_alias, surface_forms
from dealgraph.model import Mention

TITLES = ("氏", "さん", "社長", "会長", "CEO", "씨", "회장", "사장", "先生", "总裁", "董事长")
HANGUL_PARTICLES = set("은는이가을를의에와과도로으만랑께측씨보부처까며")


@dataclass(slots=True)
class Entry:
    """What one folded alias key stands for: one name, or candidates when ambiguous."""

    names: tuple[str, ...]
    text: str  # the alias as written in the KB (for the capitalisation rule)
    case: bool = False
    title: bool = False
    context: bool = False  # resolves only when a candidate is named elsewhere in the document


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

    def __post_init__(self) -> None:
        self.table = build_table(self.kb)
        for decision in self.decisions:
            self._apply(decision)
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
        folded = fold(text)
        found = []
        for end_index, key in self.automaton.iter(folded):
            start, end = end_index + 1 - len(key), end_index + 1
            entry = self.table[key]
            if boundary_ok(text, start, end) and rules_ok(text, start, end, entry):
                found.append(Hit(start, end, entry))
        return select_longest(found)

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
        named = self.final(name)
        party = self.party(named)
        unit = named if party != named else None
        record = self.kb.entities.get(party)
        provisional = (provisional and record is None) or (record is not None and record.source == "store")
        return Mention(start=start, end=end, text=surface, entity=party, type=self.entity_type(party),
                       provisional=provisional, via=via, unit=unit)


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
    entry.case, entry.title = entry.case or alias.case, entry.title or alias.title


def build_automaton(table: dict[str, Entry]) -> Any:
    automaton = ahocorasick.Automaton()
    for key in table:
        automaton.add_word(key, key)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def boundary_ok(text: str, start: int, end: int) -> bool:
    """Latin names need non-letters around them; katakana and hangul names need a script change."""
    first, last = script(text[start]), script(text[end - 1])
    before = script(text[start - 1]) if start > 0 else "other"
    after = script(text[end]) if end < len(text) else "other"
    if first in ("latin", "kana", "hangul") and before == first:
        return False
    if last in ("latin", "kana") and after == last:
        return False
    return not (last == "hangul" and after == "hangul" and text[end] not in HANGUL_PARTICLES)


def rules_ok(text: str, start: int, end: int, entry: Entry) -> bool:
    """Capitalisation for common-word names (Oracle, Arm, Meta); titles for マスク氏-style aliases."""
    if entry.case:
        surface = unicodedata.normalize("NFKC", text[start:end])
        if surface != entry.text and not (surface.isupper() and len(surface) > 1):
            return False
        if end < len(text) and text[end] == "-":
            return False
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
