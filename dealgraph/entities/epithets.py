"""Descriptive references: "the ChatGPT maker" (one entity), "the chipmaker" (a class of entities).

Epithets and classes are data (``data/epithets.tsv``, ``data/classes.tsv``). An entity epithet
names its entity outright; a class epithet stands for the most recent party of that class (the
caller checks the window). Matching is anchored at a "the"/"The" (English) or at a CJK hit of
the main reference scan, so it costs nothing on text without candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from dealgraph.model import Mention

DATA = Path(__file__).resolve().parent / "data"
ORG_TYPES = frozenset(("company", "fund", "joint_venture", "product"))
_MOD = r"(?:[A-Z][\w&.'’-]*|[a-z]+-(?:based|backed|owned|funded|controlled)|U\.S\.)"


@dataclass(frozen=True, slots=True)
class Epithets:
    """Compiled epithet tables: English (after "the") and as-written (CJK) forms."""

    targets: dict[str, str]  # folded epithet -> entity name or @class
    english: re.Pattern[str]  # anchored at "the"/"The"
    cjk: tuple[str, ...]  # as-written epithets, longest first


@lru_cache(maxsize=1)
def epithets() -> Epithets:
    """The shipped epithet table, compiled once."""
    targets: dict[str, str] = {}
    english, cjk = [], []
    for line in (DATA / "epithets.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, target = (c.strip() for c in line.split("\t")[:2])
            targets[phrase.lower()] = target
            (english if phrase.isascii() else cjk).append(phrase)
    alts = "|".join(re.escape(e) for e in sorted(english, key=len, reverse=True))
    rx = re.compile(rf"[Tt]he\s+(?:(?P<whole>{alts})|(?:{_MOD}\s+){{1,2}}(?P<head>{alts}))(?![\w-])")
    return Epithets(targets, rx, tuple(sorted(cjk, key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class EpithetHit:
    start: int  # the whole phrase ("the Santa Clara chipmaker")
    head: int  # where the epithet itself starts ("chipmaker")
    end: int
    target: str  # entity name or @class


def match_english(text: str, pos: int) -> EpithetHit | None:
    """An English epithet starting at ``pos`` (at "the"), unless a name follows it ("the startup Kindo")."""
    m = epithets().english.match(text, pos)
    if m is None or _appositive(text, m.end()):
        return None
    group = "whole" if m.group("whole") else "head"
    from dealgraph.extract.rules.context_en8 import not_a_venture  # round 25: "the venture arm of X"

    if not_a_venture(text, m.start(group), m.end()):
        return None
    return EpithetHit(pos, m.start(group), m.end(), epithets().targets[m.group(group).lower()])


def _appositive(text: str, end: int) -> bool:
    rest = text[end:end + 3]
    return len(rest) >= 2 and rest[0] == " " and (rest[1].isupper() or rest[1].isdigit())


def class_members(resolver: Any, name: str) -> frozenset[str]:
    """Entity names in class ``name`` (from classes.tsv) for this resolver's KB; cached on it."""
    if resolver.classes is None:
        resolver.classes = _classes(resolver.kb)
    return resolver.classes.get(name, frozenset())


def _classes(kb: Any) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in (DATA / "classes.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, members = line.split("\t")[:2]
            out[name.strip()] = frozenset(n for m in members.split("|") for n in _expand(kb, m.strip()))
    return out


def _expand(kb: Any, member: str) -> list[str]:
    if member.startswith("file:"):
        return [e.name for e in kb if e.source == member[5:]]
    if member.startswith("type:"):
        return [e.name for e in kb if e.type == member[5:]]
    return [member]


def fits(resolver: Any, target: str, m: Mention) -> bool:
    """Whether mention ``m`` can be what the class epithet ``target`` (@class) refers to."""
    if m.entity is None or m.type not in ORG_TYPES:
        return False
    members = class_members(resolver, target[1:])
    return m.entity in members or (m.provisional and "provisional" in members)
