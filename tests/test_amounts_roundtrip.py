"""Round trips: write a random amount the way each language writes it, parse it back, get it exactly."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from dealgraph.amounts import find_amounts, parse_amount

FAST = settings(max_examples=150, deadline=None)
_DIGITS = "零一二三四五六七八九"


def _cjk_section(n: int) -> str:
    """0 < n < 10000 in Chinese numerals: 3405 -> 三千四百零五."""
    out, zero = "", False
    for unit, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d:
            out += ("零" if zero and out else "") + _DIGITS[d] + word
            zero = False
        else:
            zero = True
    return out


def _oku_man(n: int, oku: str, man: str, cur: str) -> str:
    """n yen as 1兆2000億円-style text: n = a*10**12 + b*10**8 + c*10**4, each part < 10000."""
    parts = [(n // 10**12, "兆" if oku == "億" else "조"), (n // 10**8 % 10**4, oku), (n // 10**4 % 10**4, man)]
    return "".join(f"{v}{u}" for v, u in parts if v) + cur


@FAST
@given(st.integers(1, 9999), st.integers(0, 9999), st.integers(0, 9999))
def test_japanese_cho_oku_man(cho, oku, man):
    n = cho * 10**12 + oku * 10**8 + man * 10**4
    text = _oku_man(n, "億", "万", "円")
    a = parse_amount(f"総額{text}を投じる", "ja")
    assert (a.value, a.currency, a.text) == (n, "JPY", text)


@FAST
@given(st.integers(1, 9999), st.integers(0, 9999))
def test_korean_eok_man(eok, man):
    n = eok * 10**8 + man * 10**4
    text = _oku_man(n, "억", "만", "") + " 달러"
    a = parse_amount(f"{text}를 투자", "ko")
    assert (a.value, a.currency, a.text) == (n, "USD", text)


@FAST
@given(st.integers(1, 99999), st.integers(0, 2))
def test_chinese_decimal_yi(hundredths, places):
    """12.5亿美元 style: a decimal count of 亿 (10**8)."""
    value = Decimal(hundredths).scaleb(-places)
    text = f"{value}亿美元"
    a = parse_amount(f"公司获得{text}投资", "zh")
    assert a.value == value * 10**8 and a.currency == "USD" and a.text == text


@FAST
@given(st.integers(1, 9999), st.sampled_from(["亿元", "万元", "亿美元", "億円"]))
def test_chinese_numerals(n, unit):
    text = _cjk_section(n) + unit
    scale = 10**4 if unit == "万元" else 10**8
    a = parse_amount(text)
    assert a is not None and a.value == n * scale and a.text == text


@FAST
@given(st.integers(1, 9999), st.integers(0, 2), st.sampled_from([("million", 6), ("billion", 9), ("trillion", 12),
                                                                  ("bn", 9), ("m", 6)]))
def test_english_scales(whole, places, scale):
    value = Decimal(whole).scaleb(-places)
    word, power = scale
    sep = "" if word in ("bn", "m") else " "
    text = f"${value}{sep}{word}"
    a = parse_amount(f"It agreed to pay {text} in cash.", "en")
    assert a.value == value * 10**power and a.currency == "USD" and a.text == text


@FAST
@given(st.integers(1, 10**12))
def test_english_grouped_digits(n):
    text = f"${n:,}"
    a = parse_amount(f"a {text} order", "en")
    assert a.value == n and a.text == text


@FAST
@given(st.integers(1, 999), st.integers(1, 999))
def test_ranges(low, extra):
    high = low + extra
    for text, lang, scale in ((f"${low}-{high} billion", "en", 10**9), (f"{low}億〜{high}億ドル", "ja", 10**8),
                              (f"{low}-{high}亿美元", "zh", 10**8)):
        a = find_amounts(text, lang)[0]
        assert (a.value, a.high, a.qualifier) == (low * scale, high * scale, "range")


@FAST
@given(st.integers(1, 9999), st.integers(1, 9999))
def test_full_width_digits_keep_offsets(n, pad):
    text = "　" * (pad % 5) + str(n).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}) + "億ドル"
    a = parse_amount(text, "ja")
    assert a.value == n * 10**8 and text[a.start:a.end] == a.text
