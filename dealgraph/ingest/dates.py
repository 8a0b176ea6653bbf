"""Publication date of an article, and how it was found.

Order: the metadata the source gave (JSONL field, HTML meta via trafilatura/htmldate), then a date
line near the top of the text, then one near the bottom. Date lines are found with our own regexes
(``11月 22, 2024``, ``2025/01/24 12:50 KST``, ``发布日期:2023-11-23``, ``2024年11月22日``,
``令和6年11月22日``, ``November 22, 2024``, ``22 Nov 2024``, ``2024.11.22``); dateparser is used only on
the value of a labelled line (``Published: …``) that no regex reads. A date is never guessed: one
before 1990 or after tomorrow (time zones) is rejected and the answer is then ``(None, None)``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

_EDGE_LINES = 8  # non-blank lines searched at the top and at the bottom
_MAX_LINE = 100
_MAX_RESIDUE = 30  # characters a date line may hold besides the date, time, zone, label, counter
_MIN_YEAR = 1990
_SLACK = dt.timedelta(days=1)  # a date "tomorrow" is a time-zone difference, not the future
_ISO = re.compile(r"^\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?:[T ]\d\d:\d\d.*)?\s*$")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", re.I)
_DIGIT = re.compile(r"\d")
_NOISE = re.compile(r"[\W\d_]+")

_Y = r"((?:19|20)\d\d)"
_M = r"(1[0-2]|0?[1-9])"
_D = r"(3[01]|[12]\d|0?[1-9])"


def publication_date(text: str, *, metadata: str | None = None, metadata_source: str = "metadata",
                     today: dt.date | None = None) -> tuple[str | None, str | None]:
    """``(iso_date, date_source)`` from metadata first, then the text's first and last lines."""
    today = today or dt.date.today()
    if metadata:
        value = normalise_date(metadata, today=today)
        if value:
            return value, metadata_source
    return date_from_text(text, today=today) or (None, None)


def date_from_text(text: str, *, today: dt.date | None = None) -> tuple[str, str] | None:
    """A date line among the first or last non-blank lines: ``(iso_date, "text:first-lines" | ...)``."""
    today = today or dt.date.today()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    half = min(_EDGE_LINES, (len(lines) + 1) // 2)  # a short text: top half, then bottom half
    for source, edge in (("text:first-lines", lines[:half]),
                         ("text:last-lines", lines[half:][::-1][:_EDGE_LINES])):
        for line in edge:
            value = _line_date(line, today)
            if value:
                return value, source
    return None


def normalise_date(value: str, *, today: dt.date | None = None) -> str | None:
    """An ISO date (possibly partial) from a metadata value; None if unreadable or implausible."""
    today = today or dt.date.today()
    value = unicodedata.normalize("NFKC", value).strip()
    iso = _ISO.match(value)
    if iso:
        parts = tuple(int(p) for p in iso.groups() if p)
        return _iso(parts, today)
    found = find_date(value)
    return _iso(found[2], today) if found else _dateparser(value, today)


def is_date_line(line: str) -> bool:
    """Whether ``line`` is a dateline: a date plus at most a label, time, zone, weekday or short byline."""
    line = unicodedata.normalize("NFKC", line).strip()
    if len(line) > _MAX_LINE:
        return False
    found = find_date(line)
    return found is not None and len(_residue(line[:found[0]] + " " + line[found[1]:])) <= _MAX_RESIDUE


def find_date(text: str) -> tuple[int, int, tuple[int, int, int]] | None:
    """The first full date written in ``text``: ``(start, end, (year, month, day))``."""
    best: tuple[int, int, tuple[int, int, int]] | None = None
    if not _DIGIT.search(text):
        return None
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            ymd = _ymd(kind, m)
            if ymd and (best is None or m.start() < best[0]):
                best = (m.start(), m.end(), ymd)
                break
    return best


def _line_date(line: str, today: dt.date) -> str | None:
    """The valid ISO date of a date line, or None."""
    norm = unicodedata.normalize("NFKC", line).strip()
    if is_date_line(norm):
        found = find_date(norm)
        return _iso(found[2], today) if found else None
    label = _label_value(norm)
    return _dateparser(label, today) if label and len(norm) <= _MAX_LINE else None


def _ymd(kind: str, m: re.Match[str]) -> tuple[int, int, int] | None:
    """Year, month, day from a match of one of the patterns."""
    g = m.groups()
    if kind == "ymd":
        return int(g[0]), int(g[1]), int(g[2])
    if kind == "era":
        year = 1 if g[1] == "元" else int(g[1])
        return _tables()["eras"][g[0]] + year, int(g[2]), int(g[3])
    if kind == "md,y":
        return int(g[2]), int(g[0]), int(g[1])
    if kind == "mon-d-y":
        return int(g[2]), _tables()["months"][g[0].lower()], int(g[1])
    if kind == "d-mon-y":
        return int(g[2]), _tables()["months"][g[1].lower()], int(g[0])
    return _numeric_dmy(int(g[0]), int(g[1]), int(g[2]))


def _numeric_dmy(a: int, b: int, year: int) -> tuple[int, int, int] | None:
    """``a/b/year``: only when unambiguous (one of the two is over 12, or they are equal)."""
    if a > 12 and b <= 12:
        return year, b, a
    if b > 12 and a <= 12:
        return year, a, b
    return (year, a, b) if a == b else None


def _iso(parts: tuple[int, ...], today: dt.date) -> str | None:
    """"YYYY", "YYYY-MM" or "YYYY-MM-DD" if it is a real date between 1990 and tomorrow."""
    year, month, day = (tuple(parts) + (1, 1))[:3]
    try:
        first = dt.date(year, month, day)
    except ValueError:
        return None
    if year < _MIN_YEAR or first > today + _SLACK:
        return None
    return "-".join([f"{year:04d}", f"{month:02d}", f"{day:02d}"][:len(parts)])


def _residue(text: str) -> str:
    """A date line's other text once times, zones, weekdays and labels are removed (CJK doubled)."""
    low = _strip_words().sub(" ", _TIME.sub(" ", text.lower()))
    rest = _NOISE.sub("", low)
    return rest + "".join(ch for ch in rest if ord(ch) >= 0x2E80)  # a CJK character counts twice


def _label_value(line: str) -> str | None:
    """The text after a date label ("Published: …", "发布时间：…"), if the line starts with one."""
    found = _labels().match(line.lower())
    return line[found.end():] or None if found else None


def _dateparser(value: str, today: dt.date) -> str | None:
    """dateparser on one pre-extracted value, with explicit languages and all three parts required."""
    try:
        found = _parser().get_date_data(value[:60]).date_obj
    except (ValueError, OverflowError):
        return None
    return _iso((found.year, found.month, found.day), today) if found else None


@lru_cache(maxsize=1)
def _parser() -> Any:
    """One dateparser instance for the four languages, built on first use (its import is slow)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en", "zh", "ja", "ko"],
                          settings={"REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]})


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The date regexes, built once from the month and era tables."""
    months = "|".join(sorted(_tables()["months"], key=len, reverse=True))
    eras = "|".join(_tables()["eras"])
    return (
        ("ymd", re.compile(rf"(?<!\d){_Y}\s*[-/.]\s*{_M}\s*[-/.]\s*{_D}(?!\d)")),
        ("ymd", re.compile(rf"(?<!\d){_Y}\s*[年년]\s*{_M}\s*[月월]\s*{_D}\s*[日号號일]?(?!\d)")),
        ("era", re.compile(rf"({eras})\s*(元|\d{{1,2}})\s*年\s*{_M}\s*月\s*{_D}\s*日")),
        ("md,y", re.compile(rf"(?<!\d){_M}\s*月\s*{_D}\s*日?\s*,\s*{_Y}(?!\d)")),
        ("mon-d-y", re.compile(rf"\b({months})\.?\s+{_D}(?:st|nd|rd|th)?,?\s+{_Y}(?!\d)", re.I)),
        ("d-mon-y", re.compile(rf"(?<!\d){_D}(?:st|nd|rd|th)?\s+(?:of\s+)?({months})\.?,?\s+{_Y}(?!\d)",
                               re.I)),
        ("d/m/y", re.compile(rf"(?<!\d)(\d{{1,2}})\s*[/.]\s*(\d{{1,2}})\s*[/.]\s*{_Y}(?!\d)")),
    )


@lru_cache(maxsize=1)
def _strip_words() -> re.Pattern[str]:
    """Labels, weekdays and zone names, removed before measuring a date line's residue."""
    t = _tables()
    words = sorted({w.lower() for w in t["labels"] + t["weekdays"] + t["timezones"]}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    """A date label at the start of a line, then its separator: "Published: ", "发布时间：", "公開日 "."""
    words = sorted({w.lower() for w in _tables()["labels"]}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")[ \t:：|-]+")


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    return json.loads(resources.files("dealgraph.ingest").joinpath("dates.json").read_text("utf-8"))
