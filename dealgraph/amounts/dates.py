"""Dates with spans: absolute (2018年2月, Feb 2018, 2023-11-23, FY2024, Q3 2024, 令和6年) and,
given the publication date, relative ones (今年9月, 去年, last week, 昨日, on Tuesday)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from dealgraph.amounts import _date_patterns as D
from dealgraph.amounts._numbers import cjk_value
from dealgraph.amounts._text import guess_lang, halfwidth
from dealgraph.model import DateMention

_MIN_YEAR, _MAX_YEAR = 1990, 2100


class _Ctx:
    """What a rule needs: the match, the language and the publication date (None if unknown)."""

    __slots__ = ("m", "lang", "pub", "pub_year", "pub_month")

    def __init__(self, m: re.Match[str], lang: str, published: str | None) -> None:
        self.m, self.lang = m, lang
        self.pub, self.pub_year, self.pub_month = _publication(published)

    def g(self, name: str) -> str | None:
        return self.m.group(name)


def find_dates(text: str, lang: str | None = None, *, published: str | None = None) -> list[DateMention]:
    """Every date in ``text``. Relative dates are resolved against ``published`` and skipped without it."""
    norm = halfwidth(text)
    lang = lang or guess_lang(norm)
    out = []
    for m in _matches(norm):
        rule = (m.lastgroup or "")[2:]
        found = _RULES[rule](_Ctx(m, lang, published))
        if found is not None:
            value, precision, relative = found
            start, end = _span(m, rule)
            out.append(DateMention(value, precision, start, end, text[start:end], relative))
    return out


def _matches(norm: str) -> Iterator[re.Match[str]]:
    """What ``D.FINDER.finditer(norm)`` yields, but FINDER is only tried where a match can start:
    at a key found by ``D.ANCHOR``, or at the English word right before it (``D.BACK``)."""
    pos, search, match = 0, D.ANCHOR.search, D.FINDER.match
    while (key := search(norm, pos)) is not None:
        k = key.start()
        for start in _starts(norm, pos, k):
            m = match(norm, start)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = k + 1


def _starts(norm: str, floor: int, k: int) -> list[int]:
    """Where a match ending its prefix at key ``k`` may start: "earlier this year", "this year", "year"."""
    ws = k
    while ws > floor and (norm[ws - 1].isspace() or norm[ws - 1] == "-"):
        ws -= 1
    if ws == k:
        return [k]
    before = norm[max(floor, ws - D.BACK_WIDTH):k][::-1]
    starts = {k - m.end() for pattern in (D.BACK, D.BACK_WORD) if (m := pattern.match(before))}
    return sorted(starts) + [k]


def _span(m: re.Match[str], rule: str) -> tuple[int, int]:
    """'in 2019' is reported as '2019'; other forms as matched."""
    if rule == "prep":
        return m.span("prep_y")
    return m.span()


@lru_cache(maxsize=256)
def _publication(published: str | None) -> tuple[date | None, int | None, int | None]:
    """The publication day, year and month, each None when ``published`` does not give it."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    month = published[5:7] if published and len(published) >= 7 else ""
    return _iso_day(published), year, int(month) if month.isdigit() else None


def _iso_day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    except ValueError:
        return None


def _ymd(y: int | None, mo: int | None = None, d: int | None = None) -> tuple[str, str] | None:
    """ISO text and precision for a year, month and day, or None if not a real date in range."""
    if y is None or not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    if mo is None:
        return f"{y:04d}", "year"
    if not 1 <= mo <= 12:
        return None
    if d is None:
        return f"{y:04d}-{mo:02d}", "month"
    try:
        return date(y, mo, d).isoformat(), "day"
    except ValueError:
        return None


def _int(s: str | None) -> int | None:
    return int(s) if s and s.isdigit() else None


def _abs(found: tuple[str, str] | None) -> tuple[str, str, bool] | None:
    return (*found, False) if found else None


def _rel(found: tuple[str, str] | None) -> tuple[str, str, bool] | None:
    return (*found, True) if found else None


def _year2(s: str | None) -> int | None:
    """2024, '24 or 24 -> 2024."""
    s = (s or "").lstrip("'")
    return None if not s.isdigit() else int(s) + (2000 if len(s) == 2 else 0)


def _era(c: _Ctx):
    n = 1 if c.g("era_y") == "元" else _int(c.g("era_y"))
    return _abs(_ymd(D.ERAS[c.g("era_e")] + (n or 0), _int(c.g("era_m")), _int(c.g("era_d"))))


def _quarter(y: int | None, q: int | None, relative: bool = False):
    if y is None or q is None or not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    return f"{y:04d}-Q{q}", "quarter", relative


def _cq(c: _Ctx):
    q = c.g("cq_q") or c.g("cq_k") or c.g("cq_q2") or ""
    return _quarter(_int(c.g("cq_y")), D.QUARTER_WORDS.get(q) or _int(q))


def _cymd(c: _Ctx):
    return _abs(_ymd(_int(c.g("cymd_y")), _int(c.g("cymd_m")), _int(c.g("cymd_d"))))


def _cny(c: _Ctx):
    num = cjk_value(c.g("cny_y") or "")
    return _abs(_ymd(int(num.value))) if num else None


def _iso(c: _Ctx):
    return _abs(_ymd(_int(c.g("iso_y")), _int(c.g("iso_m")), _int(c.g("iso_d"))))


def _mdy(c: _Ctx):
    return _abs(_ymd(_int(c.g("mdy_y")), D.MONTHS[c.g("mdy_mon") or ""], _int(c.g("mdy_d"))))


def _dmy(c: _Ctx):
    return _abs(_ymd(_int(c.g("dmy_y")), D.MONTHS[c.g("dmy_mon") or ""], _int(c.g("dmy_d"))))


def _qen(c: _Ctx):
    q = _int(c.g("qen_q") or c.g("qen_q2")) or D.QUARTER_WORDS.get(c.g("qen_w") or "")
    return _quarter(_year2(c.g("qen_y") or c.g("qen_y2") or c.g("qen_y3")), q)


def _fy(c: _Ctx):
    return _abs(_ymd(_year2(c.g("fy_y"))))


def _prep(c: _Ctx):
    return _abs(_ymd(_int(c.g("prep_y"))))


def _enmd(c: _Ctx):
    return _past_month(c, D.MONTHS[c.g("enmd_mon") or ""], _int(c.g("enmd_d")))


def _cmd(c: _Ctx):
    return _past_month(c, _int(c.g("cmd_m")), _int(c.g("cmd_d")))


def _past_month(c: _Ctx, month: int | None, day: int | None):
    """A month named without a year: the latest such month on or before publication."""
    if c.pub_year is None or month is None:
        return None
    later = c.pub_month is not None and month > c.pub_month
    return _rel(_ymd(c.pub_year - later, month, day))


_YEAR_SHIFT = {"今年": 0, "本年": 0, "올해": 0, "금년": 0, "去年": -1, "昨年": -1, "지난해": -1, "작년": -1,
               "明年": 1, "来年": 1, "來年": 1, "내년": 1}


def _ry(c: _Ctx):
    word = c.g("ry_w") or ""
    shift = _YEAR_SHIFT.get(word, -1 if c.lang == "ja" else -2)  # 前年: ja previous year, zh year before last
    if c.pub_year is None:
        return None
    return _rel(_ymd(c.pub_year + shift, _int(c.g("ry_m")), _int(c.g("ry_d"))))


_MONTH_SHIFT = {"本月": 0, "今月": 0, "这个月": 0, "這個月": 0, "이번달": 0, "上个月": -1, "上個月": -1, "上月": -1,
                "先月": -1, "前月": -1, "지난달": -1, "下个月": 1, "下個月": 1, "下月": 1, "来月": 1, "來月": 1,
                "다음달": 1}


def _rm(c: _Ctx):
    if c.pub_year is None or c.pub_month is None:
        return None
    index = c.pub_year * 12 + c.pub_month - 1 + _MONTH_SHIFT[(c.g("rm_w") or "").replace(" ", "")]
    return _rel(_ymd(index // 12, index % 12 + 1, _int(c.g("rm_d"))))


_WEEK_SHIFT = {"上": -1, "先": -1, "지난": -1, "last": -1, "本": 0, "这": 0, "這": 0, "今": 0, "이번": 0, "this": 0,
               "下": 1, "来": 1, "다음": 1, "next": 1}


def _week(c: _Ctx, shift: int):
    if c.pub is None:
        return None
    monday = c.pub - timedelta(days=c.pub.weekday()) + timedelta(weeks=shift)
    return monday.isoformat(), "week", True


def _rw(c: _Ctx):
    word = (c.g("rw_w") or "").replace(" ", "")
    return _week(c, next(v for k, v in _WEEK_SHIFT.items() if word.startswith(k)))


def _weekday(c: _Ctx, day: int, prefix: str | None):
    """'周三'/'on Tuesday'/'火曜日': the latest such day on or before publication; 上周三: last week's."""
    if c.pub is None:
        return None
    if prefix and prefix.lower() in _WEEK_SHIFT and prefix.lower() != "on":
        shift = _WEEK_SHIFT[prefix.lower()]
        if prefix.lower() in ("last", "next"):  # last Tuesday: the one before publication day
            back = (c.pub.weekday() - day) % 7 or 7
            return (c.pub + timedelta(days=-back if shift < 0 else (day - c.pub.weekday()) % 7 or 7)).isoformat(), \
                "day", True
        found = c.pub - timedelta(days=c.pub.weekday()) + timedelta(weeks=shift, days=day)
    else:
        found = c.pub - timedelta(days=(c.pub.weekday() - day) % 7)
    return found.isoformat(), "day", True


def _wz(c: _Ctx):
    return _weekday(c, D.WEEKDAYS_CJK[c.g("wz_d") or ""], c.g("wz_p"))


def _wj(c: _Ctx):
    return _weekday(c, D.WEEKDAYS_JA[c.g("wj_d") or ""], None)


def _wk(c: _Ctx):
    return _weekday(c, D.WEEKDAYS_KO[c.g("wk_d") or ""], None)


def _wen(c: _Ctx):
    return _weekday(c, D.WEEKDAYS_EN[c.g("wen_d") or ""], c.g("wen_p"))


_DAY_SHIFT = {"一昨日": -2, "前天": -2, "그저께": -2, "昨日": -1, "昨天": -1, "어제": -1, "今天": 0, "今日": 0,
              "本日": 0, "오늘": 0, "明天": 1, "明日": 1, "내일": 1}


def _rd(c: _Ctx):
    if c.pub is None:
        return None
    return (c.pub + timedelta(days=_DAY_SHIFT[c.g("rd_w") or ""])).isoformat(), "day", True


def _ren(c: _Ctx):
    words = (c.g("ren_w") or "").lower().split()
    if words[0] in ("yesterday", "today"):
        return None if c.pub is None else ((c.pub - timedelta(days=words[0] == "yesterday")).isoformat(), "day", True)
    shift = {"last": -1, "next": 1}.get(words[0], 0)
    return _shifted(c, words[-1], shift)


def _shifted(c: _Ctx, unit: str, shift: int):
    if unit == "week":
        return _week(c, shift)
    if c.pub_year is None:
        return None
    if unit == "year":
        return _rel(_ymd(c.pub_year + shift))
    if c.pub_month is None:
        return None
    if unit == "month":
        index = c.pub_year * 12 + c.pub_month - 1 + shift
        return _rel(_ymd(index // 12, index % 12 + 1))
    index = c.pub_year * 4 + (c.pub_month - 1) // 3 + shift
    return _quarter(index // 4, index % 4 + 1, True)


_RULES = {"era": _era, "cq": _cq, "cymd": _cymd, "cny": _cny, "iso": _iso, "mdy": _mdy, "dmy": _dmy, "qen": _qen,
          "fy": _fy, "prep": _prep, "enmd": _enmd, "ry": _ry, "rm": _rm, "wz": _wz, "wj": _wj, "wk": _wk, "rw": _rw,
          "rd": _rd, "wen": _wen, "ren": _ren, "cmd": _cmd}
