"""Table tests for dates: absolute, partial and relative to the publication date, with spans."""

from __future__ import annotations

import random

import pytest

from dealgraph.amounts import find_dates

PUB = "2024-11-22"  # a Friday

# (text, lang, published, [(matched text, value, precision, relative), ...])
DATES = [
    ("2018年2月に提案した", "ja", None, [("2018年2月", "2018-02", "month", False)]),
    ("It was Feb 2018.", "en", None, [("Feb 2018", "2018-02", "month", False)]),
    ("In February 2018 it", "en", None, [("February 2018", "2018-02", "month", False)]),
    ("on February 5, 2018", "en", None, [("February 5, 2018", "2018-02-05", "day", False)]),
    ("on 5 March 2019", "en", None, [("5 March 2019", "2019-03-05", "day", False)]),
    ("dated 2023-11-23", "en", None, [("2023-11-23", "2023-11-23", "day", False)]),
    ("2023年11月23日发布", "zh", None, [("2023年11月23日", "2023-11-23", "day", False)]),
    ("2024/1/5に", "ja", None, [("2024/1/5", "2024-01-05", "day", False)]),
    ("revenue in FY2024", "en", None, [("FY2024", "2024", "year", False)]),
    ("fiscal 2025 results", "en", None, [("fiscal 2025", "2025", "year", False)]),
    ("Q3 2024 results", "en", None, [("Q3 2024", "2024-Q3", "quarter", False)]),
    ("3Q24 results", "en", None, [("3Q24", "2024-Q3", "quarter", False)]),
    ("the third quarter of 2023", "en", None, [("third quarter of 2023", "2023-Q3", "quarter", False)]),
    ("2024年第3四半期", "ja", None, [("2024年第3四半期", "2024-Q3", "quarter", False)]),
    ("2024年第三季度", "zh", None, [("2024年第三季度", "2024-Q3", "quarter", False)]),
    ("2024년 3분기", "ko", None, [("2024년 3분기", "2024-Q3", "quarter", False)]),
    ("2019年，公司成立", "zh", None, [("2019年", "2019", "year", False)]),
    ("2019年度の決算", "ja", None, [("2019年", "2019", "year", False)]),
    ("founded in 2019 by", "en", None, [("2019", "2019", "year", False)]),
    ("since 2015, it", "en", None, [("2015", "2015", "year", False)]),
    ("令和6年に", "ja", None, [("令和6年", "2024", "year", False)]),
    ("令和元年5月1日", "ja", None, [("令和元年5月1日", "2019-05-01", "day", False)]),
    ("平成30年", "ja", None, [("平成30年", "2018", "year", False)]),
    ("二〇二三年", "zh", None, [("二〇二三年", "2023", "year", False)]),
    ("2024년 3월 5일", "ko", None, [("2024년 3월 5일", "2024-03-05", "day", False)]),
    # relative
    ("今年9月宣布", "zh", PUB, [("今年9月", "2024-09", "month", True)]),
    ("去年投资", "zh", PUB, [("去年", "2023", "year", True)]),
    ("前年投资", "zh", PUB, [("前年", "2022", "year", True)]),
    ("前年に投資", "ja", PUB, [("前年", "2023", "year", True)]),
    ("昨年", "ja", PUB, [("昨年", "2023", "year", True)]),
    ("上周宣布", "zh", PUB, [("上周", "2024-11-11", "week", True)]),
    ("上週宣布", "zh", PUB, [("上週", "2024-11-11", "week", True)]),
    ("先週発表", "ja", PUB, [("先週", "2024-11-11", "week", True)]),
    ("said last week", "en", PUB, [("last week", "2024-11-11", "week", True)]),
    ("said last year", "en", PUB, [("last year", "2023", "year", True)]),
    ("this month", "en", PUB, [("this month", "2024-11", "month", True)]),
    ("本月", "zh", PUB, [("本月", "2024-11", "month", True)]),
    ("今月", "ja", PUB, [("今月", "2024-11", "month", True)]),
    ("昨日発表", "ja", PUB, [("昨日", "2024-11-21", "day", True)]),
    ("yesterday", "en", PUB, [("yesterday", "2024-11-21", "day", True)]),
    ("上个月", "zh", PUB, [("上个月", "2024-10", "month", True)]),
    ("先月", "ja", PUB, [("先月", "2024-10", "month", True)]),
    ("announced on Tuesday", "en", PUB, [("on Tuesday", "2024-11-19", "day", True)]),
    ("announced on Friday", "en", PUB, [("on Friday", "2024-11-22", "day", True)]),
    ("last Friday", "en", PUB, [("last Friday", "2024-11-15", "day", True)]),
    ("火曜日に", "ja", PUB, [("火曜日", "2024-11-19", "day", True)]),
    ("上周三", "zh", PUB, [("上周三", "2024-11-13", "day", True)]),
    ("周二", "zh", PUB, [("周二", "2024-11-19", "day", True)]),
    ("지난해 9월", "ko", PUB, [("지난해 9월", "2023-09", "month", True)]),
    ("11月23日に", "ja", "2023-11-30", [("11月23日", "2023-11-23", "day", True)]),
    ("in March", "en", PUB, [("in March", "2024-03", "month", True)]),
    ("by the end of September", "en", "2025-01-24", [("end of September", "2024-09", "month", True)]),
    ("8月に発表", "ja", "2024-03-01", [("8月", "2023-08", "month", True)]),
    ("last quarter", "en", PUB, [("last quarter", "2024-Q3", "quarter", True)]),
    ("上个月", "zh", "2024-01-10", [("上个月", "2023-12", "month", True)]),
    # relative without a publication date: skipped, not guessed
    ("去年投资", "zh", None, []),
    ("said last week", "en", None, []),
    ("on Tuesday", "en", None, []),
    ("11月23日", "zh", None, []),
    # not dates
    ("the Model 3 sedan", "en", None, []),
    ("Nvidia H100", "en", None, []),
    ("the S&P 500 rose", "en", None, []),
    ("500 billion dollars", "en", None, []),
    ("revenue was 2019 units", "en", None, []),
    ("in 2000 stores", "en", None, []),
    ("7年以内", "zh", None, []),
    ("1850年", "zh", None, []),
    ("前年比10%増", "ja", PUB, []),
    ("2023-02-30", "en", None, []),
]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), DATES, ids=[c[0] for c in DATES])
def test_dates_table(text, lang, published, expected):
    found = find_dates(text, lang, published=published)
    for d in found:
        assert text[d.start:d.end] == d.text
    assert [(d.text, d.value, d.precision, d.relative) for d in found] == expected


def test_offsets_in_longer_text():
    text = "OpenAIは2018年2月に設立され、先月、１０億ドルを調達した。"
    found = find_dates(text, "ja", published="2024-11-22")
    assert [(text[d.start:d.end], d.value) for d in found] == [("2018年2月", "2018-02"), ("先月", "2024-10")]


def test_partial_published_date_resolves_years_only():
    assert [d.value for d in find_dates("去年と先週", "ja", published="2024")] == ["2023"]


# --- the prefiltered scan finds exactly what one finditer pass of the full grammar finds ---------

_PIECES = ["in ", "In ", "earlier this ", "this ", "last ", "next ", "on ", "end of ", "mid- ", "first-", "fiscal ",
           "FY", "Q3 ", "3Q ", "2024", "1999", "21", "'24", "5 ", "March", "Sept", "May ", "Monday", "Friday",
           "year", "month", "week", "quarter", "today", "Yesterday", "令和6年", "2024年", "9月", "22日", "今年",
           "去年", "上个月", "上周三", "周五", "金曜日", "昨日", "二〇二四年", "第3四半期", "올해", "지난 달", "수요일",
           "-", "/", ".", ",", " ", "  ", "\n", "x", "的", "a", "2", "0", "1"]


def test_prefiltered_scan_equals_full_scan():
    """``dates._matches`` (anchors, then the grammar at candidate starts only) == ``FINDER.finditer``."""
    from dealgraph.amounts import _date_patterns as D
    from dealgraph.amounts.dates import _matches

    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        expected = [(m.span(), m.lastgroup) for m in D.FINDER.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in _matches(text)] == expected, text
