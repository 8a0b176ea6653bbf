"""English number words before a scale word: 'a billion', 'two hundred million', 'half a billion'."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUE = {w: i for i, w in enumerate(_ONES)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
WORD_VALUE |= {"a": 1, "an": 1}
# round 20: a vague count is a range, its low end the least the words can mean ("several": two to nine)
_VAGUE = {"several": (2, 9), "few": (2, 9), "tens": (20, 99), "dozens": (24, 99), "hundreds": (200, 999)}
_WORD = "|".join(sorted([*WORD_VALUE, *_VAGUE, "hundred", "half", "and", "of"], key=len, reverse=True))
WORDS_BEFORE = re.compile(rf"(?<![A-Za-z])((?:(?:{_WORD})[\s-]+)+)$", re.IGNORECASE)
SCALE_VALUE = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


class Words(NamedTuple):
    value: Decimal
    more: bool
    high: Decimal | None = None  # upper end of a vague count ("several": 9)


def words_value(phrase: str) -> Words | None:
    """'two hundred' -> 200, 'half a' -> 0.5, 'several' -> 2 to 9 (a range); None if not a number."""
    parts = [p for p in re.split(r"[\s-]+", phrase.lower()) if p and p not in ("and", "of")]
    if not parts:
        return None
    if parts[0] == "half" and parts[1:] in (["a"], ["an"]):
        return Words(Decimal("0.5"), False)
    if parts[-1] in _VAGUE or parts == ["a", "few"]:
        low, high = _VAGUE[parts[-1]]
        return Words(Decimal(low), False, Decimal(high))
    return _plain(parts)


def _plain(parts: list[str]) -> Words | None:
    total = 0
    for p in parts:
        if p == "hundred":
            total = (total or 1) * 100
        elif p in WORD_VALUE:
            total += WORD_VALUE[p]
        else:
            return None
    return Words(Decimal(total), False) if total else None
