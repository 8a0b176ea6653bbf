"""Text helpers shared by the amount, percentage and date finders.

Everything here keeps character offsets: :func:`halfwidth` maps one character to one character,
so a span found in the normalised text is the same span in the original text.
"""

from __future__ import annotations

import re
from decimal import Decimal

_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH.update({0x3000: 0x20, 0xFFE5: ord("¥"), 0xFFE0: ord("¢"), 0xFFE1: ord("£"), 0x2212: ord("-"),
               0xA0: 0x20, 0x2009: 0x20, 0x202F: 0x20})

_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


_NEEDS_WIDTH = re.compile("[\uff01-\uff5e\u3000\uffe5\uffe0\uffe1\u2212\xa0\u2009\u202f]")


def halfwidth(text: str) -> str:
    """Full-width digits, letters and signs to ASCII (１０億ドル -> 10億ドル); same length."""
    return text.translate(_WIDTH) if _NEEDS_WIDTH.search(text) else text


def guess_lang(text: str) -> str:
    """A cheap script-based guess: ja if kana, ko if hangul, zh if Han, else en."""
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    if _HAN.search(text):
        return "zh"
    return "en"


def clean_decimal(value: Decimal) -> Decimal:
    """An integral value without exponent or trailing zeros (1.64E+9 -> 1640000000)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def trie(tokens: list[str], edge=None) -> str:
    """A regex alternation of literal tokens as a trie (美(?:元|金)|...): the engine compares one
    first character per branch instead of trying every token. ``edge(token)`` may return a guard
    appended after a complete token. Longer tokens are tried first."""
    return _trie_node({t: t for t in tokens}, edge or (lambda t: ""))


def _trie_node(rest: dict[str, str], edge) -> str:
    by_first: dict[str, dict[str, str]] = {}
    ends = []
    for tail, token in rest.items():
        if tail:
            by_first.setdefault(tail[0], {})[tail[1:]] = token
        else:
            ends.append(edge(token))
    branches = [re.escape(ch) + _wrap(_trie_node(sub, edge)) for ch, sub in sorted(by_first.items())]
    branches += ends  # the shorter token last: the longer one wins
    return "|".join(branches) if branches else ""


def _wrap(inner: str) -> str:
    return f"(?:{inner})" if "|" in inner else inner
