"""Load the rule tables (triggers, cues, role markers) shipped beside this module as TSV."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
LANGS = ("en", "zh", "ja")


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
def triggers(lang: str) -> tuple[tuple[TriggerEntry, ...], re.Pattern[str]]:
    """Trigger entries of ``lang`` and one compiled alternation (group ``t<i>`` = entry ``i``)."""
    entries = [TriggerEntry(both_scripts(p, lang), k, f, float(s)) for p, k, f, s in _rows(f"triggers_{lang}.tsv")]
    entries.sort(key=lambda e: -len(e.pattern))
    wrap = (lambda p: rf"(?:{p})\b") if lang == "en" else (lambda p: f"(?:{p})")
    alternation = "|".join(f"(?P<t{i}>{wrap(e.pattern)})" for i, e in enumerate(entries))
    head = (r"\b" if lang == "en" else "") + _first_char_guard([e.pattern for e in entries])
    return tuple(entries), re.compile(f"{head}(?:{alternation})")  # callers match lower-cased text


def _first_char_guard(patterns: list[str]) -> str:
    """``(?=[...])`` of the characters a match can start with: skips most positions at once."""
    chars: set[str] = set()
    for p in patterns:
        first = first_chars(p)
        if first is None:
            return ""
        chars |= first
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can start with, or None when that is not simple to tell."""
    from re import _constants as k, _parser  # type: ignore[attr-defined]

    def of(seq: Any) -> set[str] | None:
        out: set[str] = set()
        for op, av in seq:
            if op is k.AT:
                continue
            if op is k.LITERAL:
                return out | {chr(av)}
            if op is k.IN:
                got = _charset(k, av)
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


def _charset(k: Any, items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is k.LITERAL:
            out.add(chr(av))
        elif op is k.RANGE and av[1] - av[0] < 300:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return out


@cache
def cues(lang: str) -> dict[str, re.Pattern[str]]:
    """Cue name -> one compiled regex (rows with the same cue are alternatives)."""
    grouped: dict[str, list[str]] = {}
    for cue, pattern in _rows(f"cues_{lang}.tsv"):
        grouped.setdefault(cue, []).append(f"(?:{both_scripts(pattern, lang)})")
    return {cue: re.compile("|".join(ps), re.IGNORECASE) for cue, ps in grouped.items()}


@cache
def markers(lang: str, side: str) -> tuple[Marker, ...]:
    """Role markers of ``lang`` looked for ``side`` ("before"/"after") of a mention, in order."""
    rows = [r for r in _rows("markers.tsv") if r[0] == lang and r[1] == side]
    return tuple(Marker(slot, re.compile(both_scripts(pattern, lang).replace(_WORD, _DESCRIPTOR), re.IGNORECASE))
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
