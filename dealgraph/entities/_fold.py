"""Length-preserving text folding for matching: NFKC, case folding and Traditional->Simplified.

Every character folds to exactly one character, so an offset in the folded text is the same
offset in the original text. Characters whose NFKC or case fold is longer than one character
(``ß``, ``㈱``, ``Ⅱ``) keep a one-character fallback (lower case, or themselves).
"""

from __future__ import annotations

import unicodedata

import opencc

_T2S = opencc.OpenCC("t2s")
_PUNCT = {"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
          "\u2014": "-", "\uff0d": "-", "\u30fb": "・", "\uff65": "・", "\u00b7": "・"}


def _fold_char(ch: str) -> str:
    """Fold one character to one character."""
    if ch in _PUNCT:
        return _PUNCT[ch]
    folded = unicodedata.normalize("NFKC", ch).casefold()
    if len(folded) != 1:
        lower = ch.lower()
        folded = lower if len(lower) == 1 else ch
    simplified = _T2S.convert(folded)
    return simplified if len(simplified) == 1 else folded


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that computes and caches each character's fold on first use."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Fold ``text`` for matching; ``len(fold(text)) == len(text)`` always."""
    return text.translate(_TABLE)


class _ScriptTable(dict[str, str]):
    """Character -> script class, computed on first use."""

    def __missing__(self, ch: str) -> str:
        value = self[ch] = _script(ch)
        return value


_SCRIPTS = _ScriptTable()


def script(ch: str) -> str:
    """A coarse script class for boundary rules: latin, kana, hangul, han, hiragana or other."""
    return _SCRIPTS[ch]


def _script(ch: str) -> str:
    code = ord(ch)
    if 0x30A0 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "kana"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if 0x3040 <= code <= 0x309F:
        return "hiragana"
    if ch.isalnum():
        return "latin"
    return "other"
