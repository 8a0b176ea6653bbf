"""The date grammar: one named alternative per form, compiled into one pattern.

Each alternative is a named group ``r_<rule>``; its parts are named ``<rule>_y``, ``<rule>_m`` ...
(Python needs unique group names). ``match.lastgroup`` is the rule that matched.
"""

from __future__ import annotations

import re

MONTHS = {m: i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | {"Sept": 9}
WEEKDAYS_EN = {d: i for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}
WEEKDAYS_CJK = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}
WEEKDAYS_JA = {c: i for i, c in enumerate("月火水木金土日")}
WEEKDAYS_KO = {c: i for i, c in enumerate("월화수목금토일")}
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "一": 1, "二": 2, "三": 3, "四": 4}

_Y = r"(?:19|20|21)\d\d"
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_MON_FULL = "|".join(m for m in MONTHS if len(m) > 3 and m != "Sept")
_WD = "|".join(WEEKDAYS_EN)
_NOT_COUNT = r"(?!\s?(?:%|billion|million|trillion|thousand|units|people|employees|workers|jobs|GPUs|chips|servers|cars|vehicles|stores|shares|users|customers))"
_DAY_CJK = r"\s?[日일号號]"

RULES: dict[str, str] = {
    "era": rf"(?P<era_e>令和|平成|昭和)\s?(?P<era_y>元|\d{{1,2}})\s?年(?:\s?(?P<era_m>\d{{1,2}})\s?月"
           rf"(?:\s?(?P<era_d>\d{{1,2}})\s?日)?)?",
    "cq": rf"(?<!\d)(?P<cq_y>{_Y})\s?[年년]?\s?(?:第\s?(?P<cq_q>[1-4一二三四])\s?(?:四半期|季度|季)|(?P<cq_k>[1-4])\s?분기"
          rf"|(?<=[年년])\s?Q(?P<cq_q2>[1-4]))",
    "cymd": rf"(?<!\d)(?P<cymd_y>{_Y})\s?[年년](?:\s?(?P<cymd_m>\d{{1,2}})\s?[月월](?:\s?(?P<cymd_d>\d{{1,2}}){_DAY_CJK})?)?",
    "cny": r"(?P<cny_y>[〇零一二][〇零一二三四五六七八九]{3})年",
    "iso": rf"(?<![\d.])(?P<iso_y>{_Y})(?P<iso_s>[-/.])(?P<iso_m>\d{{1,2}})(?P=iso_s)(?P<iso_d>\d{{1,2}})(?![\d.]\d)",
    "mdy": rf"(?<![A-Za-z])(?P<mdy_mon>{_MON})\.?\s+(?:(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<mdy_y>{_Y})(?!\d)",
    "dmy": rf"(?<![\d.])(?P<dmy_d>\d{{1,2}})\s+(?P<dmy_mon>{_MON})\.?,?\s+(?P<dmy_y>{_Y})(?!\d)",
    "qen": rf"(?<![A-Za-z])(?:Q(?P<qen_q>[1-4])\s?(?:FY\s?)?(?P<qen_y>{_Y}|'?\d\d)|(?P<qen_q2>[1-4])Q\s?(?P<qen_y2>{_Y}|\d\d)"
           rf"|(?P<qen_w>first|second|third|fourth)[\s-]quarter\s+(?:of\s+)?(?:fiscal\s+)?(?P<qen_y3>{_Y}))(?![\d])",
    "fy": rf"(?<![A-Za-z])(?:FY|fiscal(?: year)?)\s?'?(?P<fy_y>{_Y}|\d\d)(?!\d)",
    "prep": rf"(?<![A-Za-z])(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|till|[Ff]rom|through|[Bb]efore|[Aa]fter|early|late"
            rf"|[Ee]arly|[Ll]ate|mid-|end of|start of|beginning of)\s+(?P<prep_y>{_Y})(?![\d,.]?\d){_NOT_COUNT}",
    "enmd": rf"(?<![A-Za-z])(?:in|on|since|by|until|from|early|late|mid-|end of|In|On|Since|By)\s+(?P<enmd_mon>{_MON_FULL})"
            rf"(?!\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?{_Y})(?:\s+(?P<enmd_d>\d{{1,2}})(?:st|nd|rd|th)?)?(?![\w])",
    "ry": rf"(?P<ry_w>今年|去年|前年(?![比同])|昨年|明年|来年|來年|本年|올해|지난해|작년|내년|금년)"
          rf"(?:\s?(?P<ry_m>\d{{1,2}})\s?[月월](?:\s?(?P<ry_d>\d{{1,2}}){_DAY_CJK})?)?",
    "rm": rf"(?P<rm_w>本月|今月|这个月|這個月|上个月|上個月|上月|先月|前月|下个月|下個月|下月|来月|來月|이번 ?달|지난 ?달|다음 ?달)"
          rf"(?:\s?(?P<rm_d>\d{{1,2}}){_DAY_CJK})?",
    "wz": r"(?P<wz_p>上|本|这|這|下)?(?:周|週|星期|礼拜|禮拜)(?P<wz_d>[一二三四五六日天])",
    "wj": r"(?P<wj_d>[月火水木金土日])曜(?:日)?",
    "wk": r"(?P<wk_d>[월화수목금토일])요일",
    "rw": r"(?P<rw_w>上周|上週|上星期|上礼拜|先週|本周|本週|这周|這週|今週|来週|下周|下週|지난 ?주|이번 ?주|다음 ?주)",
    "rd": r"(?P<rd_w>一昨日|昨日|昨天|前天|今天|今日|本日|明天|明日|어제|오늘|그저께|내일)",
    "wen": rf"(?<![A-Za-z])(?:(?P<wen_p>last|this|next|Last|This|Next|on|On)\s+)?(?P<wen_d>{_WD})(?![A-Za-z])",
    "ren": r"(?<![A-Za-z])(?P<ren_w>(?:[Ll]ast|[Tt]his|[Nn]ext|earlier this|[Ee]arlier this|later this)\s+"
           r"(?:year|month|week|quarter)|[Yy]esterday|[Tt]oday)(?![A-Za-z])",
    "cmd": rf"(?<![\d年년.])(?P<cmd_m>\d{{1,2}})\s?[月월](?!요)(?:\s?(?P<cmd_d>\d{{1,2}}){_DAY_CJK})?",
}

FINDER = re.compile("|".join(f"(?P<r_{name}>{rx})" for name, rx in RULES.items()))



# Prefilter (see dates.py). A rule matches either at a *key* (a year, a month or weekday name,
# 年/月/曜, FY, quarter ...) or at an English word right before one ("in 2019", "last week",
# "first quarter"). ANCHOR finds keys: every branch starts with one literal character, so the
# engine skips all other positions at C speed (FINDER alone starts with look-behinds and tries
# all its rules at every position). BACK finds the word before a key, on the reversed text.
_MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_KEYS: list[tuple[str, str]] = [  # (first characters, rest): each a necessary start of a match or key
    ("令平昭", "[和成]"),  # era
    ("1", r"9\d\d"), ("2", r"[01]\d\d"),  # cq, cymd, iso; the year after "in", "by" ... (prep)
    ("0123456789", r"\d?\s?[月월]"), ("0123456789", r"\d?\s+[A-Z]"), ("1234", "Q"),  # cmd, dmy, qen
    ("〇零一二", "[〇零一二三四五六七八九]{3}年"),  # cny
    *[(m[0], m[1:]) for m in _MON3], ("Q", "[1-4]"), ("q", "uarter"),  # mdy, enmd; qen
    ("F", "Y"), ("f", "iscal"),  # fy
    ("今去前昨明来來本", "年"), ("올", "해"), ("지", "난해"), ("작금내", "년"),  # ry
    ("本今上先前下来來", "月"), ("这這", "個?个?月"), ("上下", "[个個]月"), ("이지다", r"[^\n]? ?[달주]"),  # rm, rw
    ("上本这這下周週星礼禮", r"[^\n]?[^\n]?[一二三四五六日天]"),  # wz (the first branch a loose superset)
    ("月火水木金土日", "曜"), ("월화수목금토일", "요일"),  # wj, wk
    ("上本这這今来下先", "[周週]"), ("上", "(?:星期|礼拜)"),  # rw
    ("一", "昨日"), ("昨今明", "[日天]"), ("前", "天"), ("本", "日"), ("어", "제"), ("오", "늘"), ("그", "저께"),
    ("내", "일"),  # rd
    *[(d[0], d[1:]) for d in WEEKDAYS_EN],  # wen
    ("y", "e(?:ar|sterday)"), ("Y", "esterday"), ("m", "onth"), ("w", "eek"), ("tT", "oday"),  # ren
]
_PREFIX_WORDS = [w.replace("_", " ") for w in (
    "In in Since since By by During during Until until till From from through Before before After after "
    "early late Early Late mid- end_of start_of beginning_of on On "  # prep, enmd
    "last this next Last This Next earlier_this Earlier_this later_this "  # wen, ren
    "first second third fourth").split()]  # qen


def _anchor_pattern(keys: list[tuple[str, str]]) -> str:
    """One alternation grouped by first character, ``a(?:rest|rest)|b(?:...)``; lower case first."""
    by_first: dict[str, list[str]] = {}
    for firsts, rest in keys:
        for ch in firsts:
            by_first.setdefault(ch, []).append(rest)
    order = sorted(by_first, key=lambda ch: not ch.islower())
    return "|".join(re.escape(ch) + "(?:" + "|".join(by_first[ch]) + ")" for ch in order)


def _back(words: list[str]) -> re.Pattern[str]:
    reverse = sorted((w[::-1] for w in words), key=len, reverse=True)
    return re.compile(r"[\s-]+(?:" + "|".join(map(re.escape, reverse)) + ")")


ANCHOR = re.compile(_anchor_pattern(_KEYS))
BACK = _back(_PREFIX_WORDS)  # the longest word before a key ("earlier this")
BACK_WORD = _back([w for w in _PREFIX_WORDS if " " not in w or w.endswith(" of")])  # the shorter ("this")
BACK_WIDTH = 40  # characters looked at before a key: the longest word and its spaces
