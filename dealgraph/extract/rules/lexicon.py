"""Load the rule tables (triggers, cues, role markers) shipped beside this module as TSV."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One row of ``triggers_<lang>.tsv``."""

    pattern: str
    kind: str  # a claim kind, or "buy"/"pay" (decided by the sentence: purchase, acquisition, compute)
    frame: str  # how roles are read: give, get, stake, value, jv, revenue, merge, buy, pay
    strength: float


@dataclass(frozen=True, slots=True)
class Marker:
    slot: str
    regex: re.Pattern[str]


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def _traditional() -> Any:
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a dependency; without it only simplified matches
        return None
    return opencc.OpenCC("s2t"), opencc.OpenCC("s2tw")


def both_scripts(pattern: str, lang: str) -> str:
    """A zh pattern that also matches Traditional Chinese text (投资 -> 投资|投資, 认购 -> 认购|認購)."""
    conv = _traditional() if lang == "zh" else None
    if not conv:
        return pattern
    variants = dict.fromkeys([pattern, *(c.convert(pattern) for c in conv)])
    return pattern if len(variants) == 1 else "|".join(f"(?:{v})" for v in variants)


@cache
def trigger_entries(lang: str) -> tuple[tuple[TriggerEntry, ...], tuple[set[str] | None, ...]]:
    """Trigger entries of ``lang`` (longest pattern first) and each one's :func:`first_chars`."""
    entries = [TriggerEntry(both_scripts(p, lang), k, f, float(s)) for p, k, f, s in _rows(f"triggers_{lang}.tsv")]
    entries.sort(key=lambda e: -len(e.pattern))
    return tuple(entries), tuple(first_chars(e.pattern) for e in entries)


@cache
def triggers(lang: str) -> tuple[tuple[TriggerEntry, ...], re.Pattern[str]]:
    """Trigger entries of ``lang`` and one compiled alternation (group ``t<i>_<j>`` = entry ``i``).
    Compiled only when asked: :func:`find_triggers` uses :func:`trigger_starts` when it can."""
    entries, firsts = trigger_entries(lang)
    wrap = (lambda p: rf"(?:{p})\b") if lang == "en" else (lambda p: f"(?:{p})")
    head = r"\b" if lang == "en" else ""
    body = _dispatch([wrap(e.pattern) for e in entries], list(firsts))
    # callers match lower-cased text; :func:`trigger_entry` maps a group name to its entry
    return tuple(entries), re.compile(f"{head}{_first_char_guard(firsts)}(?:{body})")


@cache
def trigger_starts(lang: str) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]] | None:
    """The trigger regex of :func:`triggers` split for speed: a regex for the positions where a trigger
    can start (a first character; en: ``\\b`` and the first characters of a trigger,
    :func:`_prefixes_by_char`) and, per first character, the alternation of the entries that can start
    with it, in entry order. Matching the character's regex at each start (skipping starts inside the
    previous match) finds what ``triggers(lang)[1].finditer`` finds.
    None when some entry's first characters cannot be told."""
    entries, firsts = trigger_entries(lang)
    if any(f is None for f in firsts):
        return None
    wrap = (lambda p: rf"(?:{p})\b") if lang == "en" else (lambda p: f"(?:{p})")
    chars = sorted(set().union(*firsts))  # type: ignore[arg-type]
    compiled: dict[str, re.Pattern[str]] = {}  # characters with the same entries share one regex
    per: dict[str, re.Pattern[str]] = {}
    for c in chars:
        body = "|".join(f"(?P<t{i}_0>{wrap(e.pattern)})" for i, (e, f) in enumerate(zip(entries, firsts))
                        if c in f)  # type: ignore[operator]
        per[c] = compiled[body] if body in compiled else compiled.setdefault(body, re.compile(body))
    if lang != "en":  # no word boundaries to anchor on: a class of first characters skips fastest
        return re.compile(f"[{_chars(chars)}]"), per
    heads = _prefixes_by_char(chars, entries, firsts)
    begins = {c for c, got in heads.items() if got is None} | {x for got in heads.values() if got for x in got}
    return re.compile(rf"\b(?=[{_chars(chars)}])(?={_trie(begins)})"), per


def _prefixes_by_char(chars: list[str], entries: tuple[TriggerEntry, ...],
                      firsts: tuple[Any, ...]) -> dict[str, set[str] | None]:
    """First character -> the first :data:`_PREFIX` characters its triggers can start with ("i" ->
    {"inve", "infu"}; fewer for a shorter trigger): a word start that begins with none of them is
    skipped at C speed. None where some entry's beginnings cannot be told."""
    found: dict[str, set[str] | None] = {c: set() for c in chars}
    for e, first in zip(entries, firsts):
        got = prefixes(e.pattern, _PREFIX)
        for c in first:
            if got is None:
                found[c] = None
            elif found[c] is not None:
                found[c] |= {x for x in got if x[:1] == c}  # type: ignore[operator]
    return found


def _trie(words: set[str]) -> str:
    """A regex matching any of ``words`` (non-empty), shaped as a trie: one branch per first character."""
    by: dict[str, set[str]] = {}
    for w in words:
        by.setdefault(w[0], set()).add(w[1:])
    return "|".join(re.escape(c) if "" in rest else f"{re.escape(c)}(?:{_trie(rest)})" for c, rest in sorted(by.items()))


_PREFIX = 4
_SPACES = frozenset(c for c in map(chr, range(0x10000)) if c.isspace())  # what \s matches (all in the BMP)
_SPACE_CLASS = list(re._parser.parse(r"\s"))[0][1]  # type: ignore[attr-defined]  # \s as parsed


def prefixes(pattern: str, n: int) -> set[str] | None:
    """The first ``n`` characters of every match of ``pattern`` (shorter for shorter matches), or None
    when that is not simple to tell (a class that is not a plain list, case folding, too many)."""
    from re import _constants as k, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None

    def pref(items: list[Any], n: int, depth: int) -> set[str] | None:
        if n == 0 or not items:
            return {""}
        if depth > 60:
            return None
        op, av = items[0]
        rest = items[1:]
        if op in (k.AT, k.ASSERT, k.ASSERT_NOT):  # zero width: only narrows what follows
            return pref(rest, n, depth + 1)
        if op is k.LITERAL or op is k.IN:
            first = {chr(av)} if op is k.LITERAL else _SPACES if av == _SPACE_CLASS else _charset(k, av, True)
            tails = pref(rest, n - 1, depth + 1)
            if first is None or tails is None or len(first) * len(tails) > 2000:
                return None
            return {c + t for c in first for t in tails}
        if op is k.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            return pref(list(av[3]) + rest, n, depth + 1)
        if op is k.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                got = pref(list(alt) + rest, n, depth + 1)
                if got is None:
                    return None
                out |= got
            return out
        if op in (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            if hi == 0:
                return pref(rest, n, depth + 1)
            again = (op, (max(lo - 1, 0), hi if hi == k.MAXREPEAT else hi - 1, sub))
            more = pref(list(sub) + [again] + rest, n, depth + 1)
            skip = pref(rest, n, depth + 1) if lo == 0 else set()
            return None if more is None or skip is None else more | skip
        return None

    return pref(list(parsed), n, 0)


def trigger_entry(group: str) -> int:
    """The entry index of a trigger regex group name (``"t12_3"`` -> 12)."""
    return int(group[1:group.index("_")])


def _dispatch(patterns: list[str], firsts: list[set[str] | None]) -> str:
    """An alternation of ``patterns`` (first match wins, in order) split by first character.

    Each branch ``(?=[chars])(?:...)`` holds, in their order, only the patterns that can start with
    one of ``chars``: at any position the same pattern matches first as in the plain alternation,
    but the others are never tried. ``firsts``: each pattern's :func:`first_chars`; when one is
    None, the plain alternation.
    """
    if any(f is None for f in firsts):
        return "|".join(f"(?P<t{i}_0>{p})" for i, p in enumerate(patterns))
    by_char: dict[str, tuple[int, ...]] = {}
    for c in sorted(set().union(*firsts)):  # type: ignore[arg-type]
        by_char[c] = tuple(i for i, f in enumerate(firsts) if c in f)  # type: ignore[operator]
    groups: dict[tuple[int, ...], list[str]] = {}
    for c, members in by_char.items():
        groups.setdefault(members, []).append(c)
    branches = []
    for j, (members, chars) in enumerate(groups.items()):
        alts = "|".join(f"(?P<t{i}_{j}>{patterns[i]})" for i in members)
        branches.append((chars, f"(?=[{_chars(chars)}])(?:{alts})"))
    size = max(4, math.isqrt(len(branches)))  # two levels: about sqrt(n) checks instead of n
    return "|".join(f"(?=[{_chars([c for chars, _ in part for c in chars])}])(?:{'|'.join(b for _, b in part)})"
                    for part in (branches[k:k + size] for k in range(0, len(branches), size)))


def _chars(chars: list[str]) -> str:
    """The inside of a regex character class holding ``chars``."""
    return "".join(re.escape(c) for c in chars)


def _first_char_guard(firsts: list[set[str] | None]) -> str:
    """``(?=[...])`` of the characters a match can start with: skips most positions at once."""
    chars: set[str] = set()
    for first in firsts:
        if first is None:
            return ""
        chars |= first
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def first_chars(pattern: str, exact: bool = False) -> set[str] | None:
    """The characters a match of ``pattern`` can start with, or None when that is not simple to tell
    (``exact``: also None for \\d and \\s, whose Unicode members are not all listed)."""
    from re import _constants as k, _parser  # type: ignore[attr-defined]

    def zero_width(op: Any, av: Any) -> bool:
        if op is k.AT or op is k.ASSERT_NOT or op is k.ASSERT:
            return True
        if op is k.SUBPATTERN or op is k.BRANCH:  # e.g. (?:(?<=the )|(?<=its )): only lookarounds
            subs = [av[3]] if op is k.SUBPATTERN else av[1]
            return all(all(zero_width(o, a) for o, a in sub) for sub in subs)
        return False

    def of(seq: Any) -> set[str] | None:
        out: set[str] = set()
        for op, av in seq:
            if zero_width(op, av):  # consumes nothing: look past it
                continue
            if op is k.LITERAL:
                return out | {chr(av)}
            if op is k.IN:
                got = _charset(k, av, exact)
                return None if got is None else out | got
            if op is k.SUBPATTERN or op is k.BRANCH:
                subs = [av[3]] if op is k.SUBPATTERN else av[1]
                for sub in subs:
                    got = of(sub)
                    if got is None:
                        return None
                    out |= got
                return out
            if op in (k.MAX_REPEAT, k.MIN_REPEAT):
                got = of(av[2])
                if got is None:
                    return None
                out |= got
                if av[0] == 0:
                    continue
                return out
            return None
        return None

    return of(_parser.parse(pattern))


_CATEGORIES = {"CATEGORY_DIGIT": "0123456789０１２３４５６７８９",
               "CATEGORY_SPACE": " \t\n\r\f\v\u3000"}


def _charset(k: Any, items: Any, exact: bool = False) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is k.LITERAL:
            out.add(chr(av))
        elif op is k.RANGE and av[1] - av[0] < 300:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is k.CATEGORY and str(av) in _CATEGORIES and not exact:  # \d, \s (ASCII digits suffice after casing)
            out.update(_CATEGORIES[str(av)])
        else:
            return None
    return out


@cache
def cues(lang: str) -> dict[str, re.Pattern[str]]:
    """Cue name -> one compiled regex (rows with the same cue are alternatives)."""
    grouped: dict[str, list[str]] = {}
    for cue, pattern in _rows(f"cues_{lang}.tsv"):
        grouped.setdefault(cue, []).append(f"(?:{both_scripts(pattern, lang)})")
    return {cue: guarded("|".join(ps)) for cue, ps in grouped.items()}


def guarded(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` behind a lookahead on the characters a match can start with:
    one cheap test at each position instead of trying every alternative there. Same matches (the
    lookahead is only added when those characters are known exactly)."""
    first = first_chars(pattern, exact=True)
    return re.compile(pattern if not first else f"(?=[{_chars(sorted(first))}])(?:{pattern})", flags)


@cache
def markers(lang: str, side: str) -> tuple[Marker, ...]:
    """Role markers of ``lang`` looked for ``side`` ("before"/"after") of a mention, in order."""
    rows = [r for r in _rows("markers.tsv") if r[0] == lang and r[1] == side]
    return tuple(Marker(slot, guarded(both_scripts(pattern, lang).replace(_WORD, _DESCRIPTOR)))
                 for _, _, slot, pattern in rows)


@cache
def providers() -> dict[str, str]:
    """Entity -> "compute" or "hardware": who sells cloud capacity or chips (providers.tsv)."""
    return {row[0]: row[1] for row in _rows("providers.tsv")}


# A descriptor word between a preposition and a name ("in AI startup Anthropic") is never a verb
# or a clause word: "with the matter said Apple" does not make Apple a "with" party.
_WORD = r"(?:[A-Za-z][\w.&'-]*\s+)"
_DESCRIPTOR = (r"(?:(?!(?:said|says|say|is|are|was|were|has|have|had|that|which|who|and|or|but|will|would|"
               r"to|its|their|said|told|after|before|as|when|while|from|"
               r"january|february|march|april|may|june|july|august|september|october|november|december|"
               r"early|late|mid|monday|tuesday|wednesday|thursday|friday|saturday|sunday|addition|total)\b)[A-Za-z][\w.&'-]*\s+)")
