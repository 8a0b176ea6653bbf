"""Money amounts in en/zh/ja/ko text: exact Decimal value, ISO currency, span, qualifier, USD.

One pass of :data:`~dealgraph.amounts._patterns.FINDER` over the (half-width) text finds the
candidates; each match is then normalised on its own: numeral, scale, currency, qualifier.

Vague amounts (round 20) never pose as one exact figure: they are ranges (qualifier ``range``, ``value`` the
least the words can mean, ``high`` the most). 数/几/幾/수 and "several"/"a few" stand for two to nine
(数亿美元 = $200-900 million, 十数億円 = 12-19億円, 数十亿 = 20-90亿), "tens" for 20-99, "dozens" for 24-99,
"hundreds" for 200-999, and a bare plural scale ("billions of dollars") for 2-999 of it. A claim built on
one carries the low end as its USD figure, like any range. "30多亿" (30-odd) stays a lower bound (more_than).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from dealgraph.amounts import _patterns as P
from dealgraph.amounts._numbers import EN_SCALES, MORE, SEVERAL, cjk_value, trailing_scale
from dealgraph.amounts._text import clean_decimal, guess_lang, halfwidth
from dealgraph.amounts._words import SCALE_VALUE, WORDS_BEFORE, words_value
from dealgraph.amounts.fx import to_usd, year_of
from dealgraph.model import Amount

_STATED_GAP = re.compile(r"\s*\(\s*(?:or\s+|i\.e\.,?\s*|equivalent to\s+|相当于|=\s*)?")
_STATED_CLOSE = re.compile(r"\s*\)")
_CHINA_CONTEXT = re.compile(r"yuan|RMB|renminbi|China|Chinese|Beijing|Shanghai")


@dataclass(slots=True)
class _Raw:
    """An amount before USD conversion; offsets into the text."""

    value: Decimal
    currency: str
    start: int
    end: int
    qualifier: str | None = None
    high: Decimal | None = None
    stated: Decimal | None = None
    stated_high: Decimal | None = None


def find_amounts(text: str, lang: str | None = None, *, published: str | None = None) -> list[Amount]:
    """Every money amount in ``text``, in order. ``published`` (ISO date) picks the FX year."""
    norm = halfwidth(text)
    lang = lang or guess_lang(norm)
    raws = [r for m in P.FINDER.finditer(norm) if (r := _from_match(norm, m, lang)) is not None]
    raws = sorted(raws + _word_amounts(norm, raws), key=lambda r: r.start)
    floor = 0
    for raw in raws:
        floor = _qualified(norm, raw, floor).end
    _link_stated(norm, raws)
    year = year_of(published)
    return [_to_amount(text, r, year) for r in raws]


def parse_amount(text: str, lang: str | None = None, *, published: str | None = None) -> Amount | None:
    """The first amount in a short string such as "16.4亿美元" or "$3.2 billion"; None if none."""
    found = find_amounts(text, lang, published=published)
    return found[0] if found else None


def _from_match(norm: str, m: re.Match[str], lang: str) -> _Raw | None:
    parts = P.FULL.fullmatch(m.group())
    if parts is None:
        return None
    base = m.start()
    a = _number(parts.group("a"), parts.group("as"))
    if a is None:
        return _after_space(norm, m, lang)
    value, more = a
    high = None
    vague = _vague(parts.group("a"), parts.group("as")) if not parts.group("b") else None
    if vague is not None:  # 数亿, 十数億, 几百万: a range, never one exact figure
        (value, high), more = vague, False
    if parts.group("b"):
        b = _number(parts.group("b"), parts.group("bs"))
        if b is None:
            return None
        value = _inherit_scale(value, parts)
        if value >= b[0]:  # "from 2019 to $5 billion": not a range, keep the second amount
            return _second(norm, m, parts, lang)
        high = b[0]
    num_start = base + parts.start("a")
    prefix = P.before(P.PREFIX_BEFORE, norm, num_start, width=14)
    currency = _currency(prefix[1] if prefix else None, parts.group("suf"), lang, norm, base)
    if currency is None:
        return None
    start = prefix[0] if prefix else base
    return _Raw(value, currency, start, m.end(), "more_than" if more else None, high)


def _after_space(norm: str, m: re.Match[str], lang: str) -> _Raw | None:
    """"16.4亿 16.4亿元" is two numerals; retry from the space that joined them."""
    space = re.search(r"\s", m.group())
    if space is None:
        return None
    m2 = P.FINDER.match(norm, m.start() + space.end())
    return _from_match(norm, m2, lang) if m2 else None


def _number(numeral: str, scale: str | None) -> tuple[Decimal, bool] | None:
    num = cjk_value(numeral.strip())
    if num is None:
        return None
    mult = EN_SCALES[scale.strip().lower()] if scale else 1
    return clean_decimal(num.value * mult), num.more


def _vague(numeral: str, scale: str | None) -> tuple[Decimal, Decimal] | None:
    """数亿 -> 2亿 to 9亿, 十数億 -> 12億 to 19億, 수십억 -> 20억 to 90억: 数/几/수 stands for two to nine."""
    if not any(ch in SEVERAL for ch in numeral) or any(ch in MORE for ch in numeral):
        return None
    low, high = (_number(re.sub(f"[{SEVERAL}]", d, numeral), scale) for d in "二九")
    return (low[0], high[0]) if low is not None and high is not None and low[0] < high[0] else None


def _inherit_scale(low: Decimal, parts: re.Match[str]) -> Decimal:
    """100-200亿 and $10-15 billion: the low end takes the scale written after the high end."""
    a = parts.group("a")
    if parts.group("as") or trailing_scale(a) != 1:
        return low
    if parts.group("bs"):
        return clean_decimal(low * EN_SCALES[parts.group("bs").strip().lower()])
    return clean_decimal(low * trailing_scale(parts.group("b")))


def _second(norm: str, m: re.Match[str], parts: re.Match[str], lang: str) -> _Raw | None:
    pos = m.start() + (parts.start("sym2") if parts.group("sym2") else parts.start("b"))
    m2 = P.FINDER.match(norm, pos)
    return _from_match(norm, m2, lang) if m2 else None


def _currency(prefix: str | None, suffix: str | None, lang: str, norm: str, at: int) -> str | None:
    """Suffix wins over a bare $ or ¥; a specific prefix (HK$, 人民币, USD) wins over a suffix."""
    if prefix and not (prefix in ("$", "¥") and suffix):
        code = P.PREFIXES[prefix]
    elif suffix:
        code = P.SUFFIXES[suffix.strip()]
    else:
        return None
    if code == "YEN_OR_YUAN":
        return _yen_or_yuan(lang, norm, at)
    return code


def _yen_or_yuan(lang: str, norm: str, at: int) -> str:
    if lang == "zh":
        return "CNY"
    if lang in ("ja", "ko"):
        return "JPY"
    return "CNY" if _CHINA_CONTEXT.search(norm, max(0, at - 200), at + 200) else "JPY"


def _qualified(norm: str, raw: _Raw, floor: int) -> _Raw:
    """Attach the hedge before (up to, 约, 最大) or after (以上, 超, 左右) the amount; widen the span.

    ``floor`` is the end of the previous amount: a hedge is never shared by two amounts.
    """
    before = P.before(P.QUAL_BEFORE, norm, raw.start, floor)
    after = P.QUAL_AFTER.match(norm, raw.end)
    if after:
        raw.end = after.end()
        raw.qualifier = P.POST_QUALIFIER[after.group().strip()]
    if before:
        raw.start, raw.qualifier = before[0], P.PRE_QUALIFIER[before[1]]
    if raw.high is not None:
        raw.qualifier = "range"
    return raw


def _word_amounts(norm: str, found: list[_Raw]) -> list[_Raw]:
    """'a billion dollars', 'two hundred million euros', 'billions of dollars' (second finder)."""
    taken = [(r.start, r.end) for r in found]
    out = []
    for m in P.WORD_SCALE.finditer(norm):
        cur = P.WORD_CURRENCY_AFTER.match(norm, m.end())
        if cur is None or any(s <= m.start() < e for s, e in taken):
            continue
        raw = _word_amount(norm, m, cur)
        if raw is not None:
            out.append(raw)
    return out


def _word_amount(norm: str, m: re.Match[str], cur: re.Match[str]) -> _Raw | None:
    word = m.group()
    plural = word.endswith("s")
    scale = SCALE_VALUE[word.rstrip("s")]
    before = WORDS_BEFORE.search(norm, max(0, m.start() - 40), m.start())
    words = words_value(before.group(1)) if before else None
    if words is None and not plural:
        return None
    value, high = (words.value, words.high) if words else (Decimal(2), Decimal(999))  # "billions": 2 to 999
    more = bool(words and words.more)
    currency = P.SUFFIXES.get(re.sub(r"^\s+(?:of\s+)?", "", cur.group()))
    if currency is None:
        return None
    start = before.start(1) if words else m.start()
    top = clean_decimal(high * scale) if high is not None else None
    return _Raw(clean_decimal(value * scale), currency, start, cur.end(), "more_than" if more else None, top)


def _link_stated(norm: str, raws: list[_Raw]) -> None:
    """"$500 billion (about 78 trillion yen)" and "4兆円（約270億ドル）": the foreign one gets the USD."""
    for a, b in zip(raws, raws[1:]):
        gap = _STATED_GAP.fullmatch(norm, a.end, b.start)
        if gap is None or not _STATED_CLOSE.match(norm, b.end) or (a.currency == "USD") == (b.currency == "USD"):
            continue
        usd, foreign = (a, b) if a.currency == "USD" else (b, a)
        foreign.stated, foreign.stated_high = usd.value, usd.high


def _to_amount(text: str, r: _Raw, year: int | None) -> Amount:
    common = dict(value=r.value, currency=r.currency, start=r.start, end=r.end, text=text[r.start:r.end],
                  qualifier=r.qualifier, high=r.high)
    if r.currency == "USD":
        return Amount(**common, usd=r.value, usd_high=r.high)
    if r.stated is not None:
        return Amount(**common, usd=r.stated, usd_high=r.stated_high, stated_usd=r.stated,
                      fx_source="stated in text")
    conv = to_usd(r.value, r.currency, year)
    if conv is None:
        return Amount(**common)
    conv_high = to_usd(r.high, r.currency, year) if r.high is not None else None
    return Amount(**common, usd=conv.usd, usd_high=conv_high.usd if conv_high else None, converted=True,
                  fx_rate=conv.rate, fx_source=conv.source)
