"""References to an earlier party within one document (后者, 该公司, 同社, the latter, 両社 ...).

Conservative: a reference is resolved only when the parties it needs were named within
``WINDOW`` characters before it. Results have ``via="reference"``.

- latter / former: the later / earlier of the last two distinct parties.
- company: the most recent organisation (not a person or government).
- both (双方, 両社, both companies): ``entity`` None and ``unit`` "A|B", the two parties in order
  of appearance, because two mentions may not share one span. :func:`reference_parties` splits it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from dealgraph.model import Mention

WINDOW = 300
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("latter", re.compile(r"后者|後者|the latter|The latter|후자")),
    ("former", re.compile(r"前者|the former|The former|전자")),
    ("both", re.compile(r"双方|雙方|両社|两家公司|兩家公司|二社|both companies|Both companies|the two companies|"
                        r"The two companies|양사|두 회사")),
    ("company", re.compile(r"该公司|該公司|该初创公司|該初創公司|该企业|該企業|这家公司|這家公司|这家初创公司|该集团|同社|"
                           r"同グループ|(?:(?<=[.!?]\s)|(?<=^)|(?<=\n))The (?:company|startup|start-up|firm)\b|"
                           r"해당 기업|이 회사|동사")),
)
ORG_TYPES = ("company", "fund", "joint_venture", "product")


def reference_parties(mention: Mention) -> tuple[str, ...]:
    """The parties a reference stands for: one entity, or both names of a 双方/両社 mention."""
    if mention.entity:
        return (mention.entity,)
    if mention.via == "reference" and mention.unit:
        return tuple(mention.unit.split("|"))
    return ()


def resolve_references(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions for the references in ``text``; ``mentions`` are the named ones, sorted by start."""
    found = sorted(((m.start(), m.end(), kind) for kind, rx in PATTERNS for m in rx.finditer(text)))
    history = Spans(mentions)
    out: list[Mention] = []
    for start, end, kind in found:
        if history.overlaps(start, end):
            continue
        ref = RESOLVERS[kind](text[start:end], start, end, history.before(start))
        if ref is not None:
            out.append(ref)
            history.add(ref)
    return out


class Spans:
    """Non-overlapping mentions kept sorted, with O(log n) overlap and "ends before" queries."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.ends = [m.end for m in self.items]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.ends, start)
        return i < len(self.items) and self.items[i].start < end

    def add(self, mention: Mention) -> None:
        i = bisect_right(self.ends, mention.start)
        self.items.insert(i, mention)
        self.ends.insert(i, mention.end)

    def before(self, start: int) -> Sequence[Mention]:
        """Mentions ending at or before ``start`` (a cheap view: only the tail is read)."""
        return _Prefix(self.items, bisect_right(self.ends, start))


class _Prefix(Sequence[Mention]):
    def __init__(self, items: list[Mention], n: int) -> None:
        self.items, self.n = items, n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        if isinstance(i, slice):
            return self.items[: self.n][i]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.items[i]

    def __reversed__(self):  # type: ignore[no-untyped-def]
        return (self.items[i] for i in range(self.n - 1, -1, -1))


def _recent(before: Sequence[Mention], start: int, keep: Callable[[Mention], bool]) -> list[Mention]:
    """Distinct parties (most recent first) named within WINDOW characters before ``start``."""
    seen: dict[str, Mention] = {}
    for m in reversed(before):
        if start - m.end > WINDOW:
            break
        if m.entity and keep(m) and m.entity not in seen:
            seen[m.entity] = m
    return list(seen.values())


def _make(surface: str, start: int, end: int, src: Mention) -> Mention:
    return Mention(start=start, end=end, text=surface, entity=src.entity, type=src.type,
                   provisional=src.provisional, via="reference", unit=src.unit)


def _latter(surface: str, start: int, end: int, before: Sequence[Mention]) -> Mention | None:
    parties = _recent(before, start, lambda m: True)
    return _make(surface, start, end, parties[0]) if len(parties) >= 2 else None


def _former(surface: str, start: int, end: int, before: Sequence[Mention]) -> Mention | None:
    parties = _recent(before, start, lambda m: True)
    return _make(surface, start, end, parties[1]) if len(parties) >= 2 else None


def _company(surface: str, start: int, end: int, before: Sequence[Mention]) -> Mention | None:
    parties = _recent(before, start, lambda m: m.type in ORG_TYPES)
    return _make(surface, start, end, parties[0]) if parties else None


def _both(surface: str, start: int, end: int, before: Sequence[Mention]) -> Mention | None:
    parties = _recent(before, start, lambda m: m.type in ORG_TYPES)
    if len(parties) < 2:
        return None
    pair = sorted(parties[:2], key=lambda m: m.start)
    return Mention(start=start, end=end, text=surface, entity=None, type="company", provisional=False,
                   via="reference", unit="|".join(m.entity or "" for m in pair))


RESOLVERS: dict[str, Callable[[str, int, int, Sequence[Mention]], Mention | None]] = {
    "latter": _latter, "former": _former, "company": _company, "both": _both}
