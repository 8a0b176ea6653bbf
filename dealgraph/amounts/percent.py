"""Percentages with spans: 49%, 49％, 32.5 percent, 百分之四十九, 4割, 3割5分, 3个百分点 (points)."""

from __future__ import annotations

import re
from decimal import Decimal

from dealgraph.amounts import _patterns as P
from dealgraph.amounts._numbers import CJK_DIGITS, cjk_value
from dealgraph.amounts._text import clean_decimal, halfwidth
from dealgraph.model import Percentage

_CJK = f"{CJK_DIGITS}十"
_POINTS = (r"percentage points?|パーセントポイント|퍼센트포인트|个百分点|個百分點|百分点|百分點"
           r"|%\s?(?:ポイント|포인트|points?(?![A-Za-z])|p(?![A-Za-z]))|ポイント|포인트")
_PERCENT = r"%|percent(?![A-Za-z])|per cent(?![A-Za-z])|pct(?![A-Za-z])|パーセント|퍼센트|프로"
FINDER = re.compile(
    rf"[\d{_CJK}百]"
    rf"(?:(?<=百)分之(?P<zh>\d+(?:\.\d+)?|[{_CJK}百点點]+)"
    rf"|(?<=[\d{_CJK}])(?P<wa>[\d{_CJK}]*)割(?:(?P<bu>[\d{CJK_DIGITS}])分)?(?:(?P<rin>[\d{CJK_DIGITS}])厘)?"
    rf"|(?<=\d)(?P<n>\d*(?:\.\d+)?)(?:\s?(?:-|–|~|〜|to|至|到)\s?(?P<n2>\d+(?:\.\d+)?))?"
    rf"\s?(?:(?P<pts>{_POINTS})|(?P<pct>{_PERCENT})))"
)

# Every FINDER match contains one of these (a quick test that skips the scan of most texts).
_NEEDED = ("%", "percent", "per cent", "pct", "パーセント", "퍼센트", "프로", "割", "分之", "百分点", "百分點",
           "ポイント", "포인트")


def find_percentages(text: str, lang: str | None = None) -> list[Percentage]:
    """Every percentage in ``text``; percentage-point changes get qualifier "points"."""
    norm = halfwidth(text)
    if not any(word in norm for word in _NEEDED):
        return []
    out: list[Percentage] = []
    floor = 0
    for m in FINDER.finditer(norm):
        pct = _from_match(text, norm, m, floor)
        if pct is not None:
            out.append(pct)
            floor = pct.end
    return out


def _from_match(text: str, norm: str, m: re.Match[str], floor: int) -> Percentage | None:
    parsed = _value(m)
    if parsed is None:
        return None
    value, high = parsed
    start, end, qualifier = _hedge(norm, m.start(), m.end(), floor)
    if m.group("pts"):
        if value > 100:  # 1000ポイント is loyalty points, not a change in a share
            return None
        qualifier = "points"
    elif high is not None:
        qualifier = "range"
    return Percentage(value=value, start=start, end=end, text=text[start:end], qualifier=qualifier)


def _value(m: re.Match[str]) -> tuple[Decimal, Decimal | None] | None:
    if m.group("zh") is not None:
        num = cjk_value(m.group("zh"))
        return (num.value, None) if num else None
    if m.group("wa") is not None:
        return _wari(m)
    low = Decimal(m.group()[0] + m.group("n"))
    high = Decimal(m.group("n2")) if m.group("n2") else None
    if high is not None and high <= low:
        return None
    return low, high


def _wari(m: re.Match[str]) -> tuple[Decimal, Decimal | None] | None:
    """Japanese 割/分/厘: 4割 = 40%, 3割5分 = 35%, 3割5分2厘 = 35.2%."""
    tenths = cjk_value(m.group()[0] + m.group("wa"))
    if tenths is None or tenths.value > 10:
        return None
    total = tenths.value * 10
    for group, weight in (("bu", Decimal(1)), ("rin", Decimal("0.1"))):
        if m.group(group):
            digit = cjk_value(m.group(group))
            total += (digit.value if digit else 0) * weight
    return clean_decimal(total), None


def _hedge(norm: str, start: int, end: int, floor: int) -> tuple[int, int, str | None]:
    qualifier = None
    after = P.QUAL_AFTER.match(norm, end)
    if after:
        end, qualifier = after.end(), P.POST_QUALIFIER[after.group().strip()]
    before = P.before(P.QUAL_BEFORE, norm, start, floor)
    if before:
        start, qualifier = before[0], P.PRE_QUALIFIER[before[1]]
    return start, end, qualifier
