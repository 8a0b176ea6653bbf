"""Sentence and clause splitting for English, Chinese and Japanese, keeping offsets.

Sentences end at 。！？!? (with closing quotes/brackets kept), at newlines, and at an English
period followed by space and a capital, a digit or a quote, unless the period ends an
abbreviation ("U.S.", "Inc.", "No. 1") or sits inside a number ("$1.5 billion").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st inc corp co ltd llc plc vs etc approx est dept gov sen rep gen
jan feb mar apr jun jul aug sep sept oct nov dec fig al e.g i.e u.s u.k u.n e.u mt ft
""".split())

_CJK_END = re.compile(r"[。！？!?；]+[」』”’\"）)】]*")
_EN_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?(?:[A-Z0-9\u3000-\u9fff]|[a-z]{1,2}[A-Z]))")
_NEWLINE = re.compile(r"\n\s*")
_CLAUSE = re.compile(r"[，,；;：:、]|——")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text == document_text[start:end]``; ``lang`` from its script."""

    start: int
    end: int
    text: str
    lang: str


def script_lang(text: str, default: str = "en") -> str:
    """``ja`` if the text has kana, ``zh`` if it has Han characters, else ``default``.

    In a Japanese document (``default == "ja"``) a line of Han characters only stays Japanese: table
    rows ("| Sakana AI | 約200億円 | 三菱UFJ |") and headlines without kana are not Chinese (round 15).
    """
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        return "ja" if default == "ja" else "zh"
    return default if default in ("en", "zh", "ja") else "en"


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation, not a sentence."""
    word = _word_before(text, dot)
    if not word:
        return False
    token = word.lower().rstrip(".")
    if token in ("no", "nos"):  # "No. 1" but not "said no. It"
        return bool(re.match(r"\s*\d", text[dot + 1:]))
    if len(token) == 1 and _SERIES_LETTER.search(text, max(0, dot - 12), dot):
        return False  # round 14: "closed its Series C. Nvidia joined": a round's letter, not an initial
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))  # u.s, e.g


_SERIES_LETTER = re.compile(r"\b(?:series|class|round|tranche|phase)\s+[A-Za-z]$", re.IGNORECASE)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def _word_before(text: str, dot: int) -> str:
    """What ``re.search(r"([A-Za-z][A-Za-z.]*)$", text[:dot])`` finds, scanning back from ``dot``."""
    end = dot - 1 if dot and text[dot - 1] == "\n" else dot  # ``$`` also matches before a final newline
    start = end
    while start and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < end and text[start] == ".":  # the word starts at a letter
        start += 1
    return text[start:end]


def _boundaries(text: str) -> list[int]:
    cuts = {m.end() for m in _CJK_END.finditer(text)}
    cuts.update(m.start() for m in _NEWLINE.finditer(text))
    for m in _EN_END.finditer(text):
        if text[m.start()] != "." or not _is_abbreviation(text, m.start()):
            cuts.add(m.end())
    return sorted(cuts)


_HEAD_SPACE = re.compile(r"[ \u3000]+")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_PREDICATE = re.compile(r"[0-9０-９、，にをがはもで获獲被将將向对對与與收投融資资出買估升签簽购購調调]")  # a clause, not a bare name


def _headline_cuts(text: str, cuts: list[int]) -> list[int]:
    """Round 16 (targets_cjk): a CJK headline line ("智谱获10亿元投资 Ampere将被软银收购") is split at
    its spaces into parts of its own when each side is a clause (6+ characters with Han or kana)."""
    out = set(cuts)
    for a, b in zip([0, *cuts], [*cuts, len(text)]):
        line = text[a:b]
        if "\n" in line.strip() or line.rstrip().endswith(("。", "！", "？", ".")) or not _CJK_CHAR.search(line):
            continue
        parts = [m for m in _HEAD_SPACE.finditer(line) if line[:m.start()].strip() and line[m.end():].strip()]
        edges = [0, *(m.start() for m in parts), len(line)]
        pieces = [line[edges[i]:edges[i + 1]].strip() for i in range(len(edges) - 1)]
        if parts and all(len(p) >= 6 and _CJK_CHAR.search(p) and _PREDICATE.search(p) for p in pieces):
            out.update(a + m.start() for m in parts)
    return sorted(out)


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """Split ``text`` into sentences; whitespace-only pieces are dropped, offsets kept."""
    out: list[Sentence] = []
    last = 0
    for cut in [*_headline_cuts(text, _boundaries(text)), len(text)]:
        piece = text[last:cut]
        stripped = piece.strip()
        if stripped:
            start = last + (len(piece) - len(piece.lstrip()))
            out.append(Sentence(start, start + len(stripped), stripped, script_lang(stripped, lang or "en")))
        last = max(last, cut)
    return out


def clause_breaks(text: str) -> list[int]:
    """Offsets (into ``text``) of clause separators: commas, semicolons, colons, 、."""
    return [m.start() for m in _CLAUSE.finditer(text)]
