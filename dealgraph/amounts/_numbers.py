"""Exact numerals: Arabic, Chinese/Japanese and Korean, with their scale words, as Decimal.

``cjk_value("1兆2000億")`` is ``Decimal(1200000000000)``; ``cjk_value("16.4亿")`` is
``Decimal(1640000000)``: no float ever touches the value.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from dealgraph.amounts._text import clean_decimal

CJK_DIGITS = "零〇一二两兩三四五六七八九"
SMALL_UNITS = "十拾百佰千仟십백천"
BIG_UNITS = "万萬亿億兆만억조"
SEVERAL = "数數几幾수"
MORE = "多余餘"
DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "兩": 2}
UNIT_VALUE = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "십": 10, "백": 100,
              "천": 1000, "万": 10**4, "萬": 10**4, "만": 10**4, "亿": 10**8, "億": 10**8, "억": 10**8,
              "兆": 10**12, "조": 10**12}
EN_SCALES = {"hundred million": 10**8, "ten thousand": 10**4, "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
             "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
             "trn": 10**12, "t": 10**12}

_TOKEN = re.compile(
    rf"(?P<ar>\d+(?:,\d{{3}})*(?:\.\d+)?)|(?P<cd>[{CJK_DIGITS}]+[点點][{CJK_DIGITS}]+)|(?P<d>[{CJK_DIGITS}])"
    rf"|(?P<small>[{SMALL_UNITS}])|(?P<big>[{BIG_UNITS}])|(?P<sev>[{SEVERAL}])|(?P<more>[{MORE}])|(?P<sp>\s)"
)


_PLAIN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


class Numeral(NamedTuple):
    value: Decimal
    more: bool  # 30多亿, 数十亿: the value is a lower bound
    has_unit: bool  # the numeral carries its own CJK scale (亿, 万, 억 ...)


class _State:
    __slots__ = ("total", "section", "number", "top", "low", "last", "more", "has_unit")

    def __init__(self) -> None:
        self.total = self.section = self.number = Decimal(0)
        self.top = self.low = 0
        self.last = ""
        self.more = self.has_unit = False


@lru_cache(maxsize=4096)
def cjk_value(text: str) -> Numeral | None:
    """Parse a numeral run such as 1兆2000億, 三百, 3억5000만, 一万零五百, 30多; None if malformed."""
    if _PLAIN.fullmatch(text):
        return Numeral(clean_decimal(Decimal(text.replace(",", ""))), False, False) if text.strip("0.,") else None
    st = _State()
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() != pos or not _step(st, m.lastgroup or "", m.group()):
            return None
        pos = m.end()
    return _finish(st) if pos == len(text) and st.last not in ("", "sp") else None


def _finish(st: _State) -> Numeral | None:
    value = st.total + st.section + st.number
    if value == 0 and not st.more:
        return None
    return Numeral(clean_decimal(value), st.more, st.has_unit)


def _step(st: _State, kind: str, tok: str) -> bool:
    if kind == "sp":
        return True
    ok = _STEPS[kind](st, tok)
    st.last = kind
    return ok


def _arabic(st: _State, tok: str) -> bool:
    if st.last in ("ar", "cd", "d"):
        return False
    st.number = Decimal(tok.replace(",", ""))
    return True


def _cjk_decimal(st: _State, tok: str) -> bool:
    whole, frac = re.split("[点點]", tok)
    digits = "".join(str(DIGIT_VALUE[c]) for c in whole) + "." + "".join(str(DIGIT_VALUE[c]) for c in frac)
    return _arabic(st, digits)


def _digit(st: _State, tok: str) -> bool:
    if st.last == "ar":
        return False
    st.number = st.number * 10 + DIGIT_VALUE[tok] if st.last == "d" else Decimal(DIGIT_VALUE[tok])
    return True


def _small(st: _State, tok: str) -> bool:
    if st.last == "small":
        return False
    st.section += (st.number if st.last in ("ar", "cd", "d", "sev") else Decimal(1)) * UNIT_VALUE[tok]
    st.number = Decimal(0)
    return True


def _big(st: _State, tok: str) -> bool:
    unit = UNIT_VALUE[tok]
    group = st.section + st.number
    if unit > st.top:  # 1.3万亿, 1万2000亿: the larger unit scales everything before it
        st.total = (st.total + group) * unit
        st.top = unit
    elif group == 0 or unit >= st.low:  # 1兆2000億 descends; 16亿 16亿 does not
        return False
    else:
        st.total += group * unit
    st.low = unit
    st.section = st.number = Decimal(0)
    st.has_unit = True
    return True


def _several(st: _State, tok: str) -> bool:
    st.more = True
    st.number = Decimal(0) if st.last == "small" else Decimal(1)
    return True


def _more(st: _State, tok: str) -> bool:
    st.more = True
    return st.last not in ("", "sp")


_STEPS = {"ar": _arabic, "cd": _cjk_decimal, "d": _digit, "small": _small, "big": _big, "sev": _several,
          "more": _more}


def trailing_scale(text: str) -> int:
    """The multiplier of the unit characters ending a numeral: 200亿 -> 10**8, 2万亿 -> 10**12."""
    m = re.search(f"[{BIG_UNITS}{SMALL_UNITS}]+$", text.rstrip())
    if not m:
        return 1
    num = cjk_value("1" + m.group())
    return int(num.value) if num else 1
