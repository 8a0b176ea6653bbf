"""Remove the site chrome that scraped news text carries; body lines are kept character for character.

Rules are line-level and general; the keywords live in ``chrome.json`` (per language). Two kinds:

- strict rules hold anywhere: image placeholders, "READ …"/阅读/関連記事 link lines, copyright and
  "Powered by" lines, back links, click counters, bare domain lines, disclaimer blocks;
- edge rules hold only in the run of lines above the first body line or below the last one:
  date lines, bylines/来源, menus and taglines, app/red-packet promotions, loose copyright lines.

A title printed twice at the top is kept once, and short header lines above it are dropped.
Body lines are only trimmed of surrounding whitespace, so a claim's evidence found in the original
line is found in the cleaned text too.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dealgraph.ingest.dates import is_date_line

_EDGE_SCAN = 12  # non-blank lines looked at from each end for header/footer chrome
_TITLE_SCAN = 8  # non-blank lines at the top searched for a repeated title
_MAX_HEADER = 4  # at most this many short lines above a repeated title are dropped as header
_SHORT = 120
_FOOTER_MAX = 200
_FULL_STOPS = ("。", ".", "．")  # sentences end so; link and menu lines do not
_SEPARATORS = " \t:：|｜>»›-–—「『【[(（<·•・/"
_LINK_BULLETS = "-–—•·・*▶►▷■□◆◇●○>»›"  # what starts an item of a list of links
_SENTENCE_ENDS = (*_FULL_STOPS, "!", "！", "?", "？", "」", "”", '"')  # a line that ends a sentence is prose
_BULLETS = "←«‹<>»›→-–—•·・*▶►▷■□◆◇●○【】[]（）()〔〕 \t\u00a0\u3000"
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$", re.I)
_MD_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_MENU_SPLIT = re.compile(r"[\s|｜/、,，·•・>»›:：]+")
_CRUMBS = re.compile(r"\S\s*[>»›]\s*\S.*[>»›]")  # "Site > Section > Topic"
_COUNTER = re.compile(r"^\s*[:：]?\s*[\d,.]+\s*(万|萬|k|m|次|回)?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Cleaned article text, the headline found in it, and what was removed (reason, line)."""

    text: str
    title: str | None
    removed: tuple[tuple[str, str], ...]


def normalise_newlines(text: str) -> str:
    """CRLF and CR to LF, a leading BOM dropped."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def clean_text(text: str, *, markdown: bool = False) -> Cleaned:
    """Strip site chrome from plain text (or Markdown) and find the headline."""
    if markdown:
        text = strip_markdown(text)
    lines = [line.strip() for line in normalise_newlines(text).split("\n")]
    keep = [True] * len(lines)
    removed: list[tuple[int, str]] = []
    title_at = _drop_repeated_title(lines, keep, removed)
    _drop_strict(lines, keep, removed)
    title_at = _drop_edges(lines, keep, removed, title_at)
    kept = [line for line, k in zip(lines, keep) if k]
    body = _collapse_blank(kept)
    title = lines[title_at] if title_at is not None and keep[title_at] else None
    reasons = tuple((why, lines[i]) for i, why in sorted(removed))
    return Cleaned(text=body, title=title, removed=reasons)


def headline(text: str) -> str | None:
    """The first line of ``text`` when it looks like a headline: short, no full stop at the end."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    limit = 60 if _cjk_heavy(first) else _SHORT
    if not first or len(first) > limit or first.endswith(("。", ".", ":", "：", ",", "，")):
        return None
    return first if len(text) > len(first) else None


def _drop_repeated_title(lines: list[str], keep: list[bool], removed: list[tuple[int, str]]) -> int | None:
    """Keep the first copy of a headline printed twice near the top; drop header lines above it."""
    top = _non_blank(lines, range(len(lines)))[:_TITLE_SCAN]
    seen: dict[str, int] = {}
    for rank, i in enumerate(top):
        key = _squash(lines[i])
        if key in seen and _headline_like(lines[i]) and len(key) >= 6:
            first = seen[key]
            _remove(i, "repeated title", keep, removed)
            if top.index(first) <= _MAX_HEADER:
                for j in _non_blank(lines, range(first)):
                    if len(lines[j]) <= _FOOTER_MAX:
                        _remove(j, "header", keep, removed)
            return first
        seen.setdefault(key, i)
    return None


def _drop_strict(lines: list[str], keep: list[bool], removed: list[tuple[int, str]]) -> None:
    """Apply the rules that are safe on any line, then drop disclaimer blocks."""
    for i, line in enumerate(lines):
        if keep[i] and line:
            why = strict_chrome(line)
            if why:
                _remove(i, why, keep, removed)
                if why == "related link" and _heading_only(line):
                    _drop_link_list(lines, i + 1, keep, removed)
    _drop_disclaimers(lines, keep, removed)


def _heading_only(line: str) -> bool:
    """"延伸阅读", "Related articles:", "【関連記事】": a read-more marker with nothing after it."""
    bare = _unbullet(_fold(line)).rstrip(" :：】]）)")
    return bare in _read_more_markers() or bare.upper() in _read_more_markers()


def _drop_link_list(lines: list[str], start: int, keep: list[bool], removed: list[tuple[int, str]]) -> None:
    """The link lines under a read-more heading, up to the first line that is not one: short bulleted
    lines, and, until a blank line closes the list, short bare headlines (no sentence-final mark)."""
    listed = closed = False
    for j in range(start, len(lines)):
        line = lines[j]
        if not line:
            closed = listed
            continue
        bare_headline = not closed and not line.rstrip().endswith(_SENTENCE_ENDS)
        if len(line) > _SHORT or not (line[0] in _LINK_BULLETS or bare_headline):
            return
        _remove(j, "related link", keep, removed)
        listed = True


def _drop_edges(lines: list[str], keep: list[bool], removed: list[tuple[int, str]],
                title_at: int | None) -> int | None:
    """Drop edge chrome above the first and below the last body line; return the headline's index."""
    live = [i for i in range(len(lines)) if keep[i] and lines[i]]
    title = _drop_head(lines, live[:_EDGE_SCAN], keep, removed, title_at)
    for i in live[::-1][:_EDGE_SCAN]:
        why = _edge_only(lines[i]) if i != title else None
        if not why:
            break
        _remove(i, why, keep, removed)
    return title


def _drop_head(lines: list[str], head: list[int], keep: list[bool], removed: list[tuple[int, str]],
               title_at: int | None) -> int | None:
    """Header chrome above the body. A short line followed by a menu is the site's name, not the headline."""
    title = title_at
    for i in head:
        if i == title_at:
            continue
        why = _edge_only(lines[i])
        if why:
            _remove(i, why, keep, removed)
            if why == "menu" and title is not None and title_at is None:
                _remove(title, "site name", keep, removed)
                title = None
        elif title is None and _headline_like(lines[i]):
            title = i
        else:
            break
    return title


def strict_chrome(line: str) -> str | None:
    """Why ``line`` is chrome wherever it appears, or None."""
    if len(line) > _FOOTER_MAX:
        return None  # every strict rule is about short lines; body paragraphs end here
    low = _fold(line)
    if _sentence(line):  # only an unmistakable copyright notice can be chrome
        return "copyright/footer" if _footer_notice(line, low) else None
    if low.strip(" -–—=*_~") in _tables()["image_placeholders"] or _MD_IMAGE.match(line):
        return "placeholder"
    if _DOMAIN.match(line):
        return "site address"
    short = _short_phrase(line, _SHORT)
    if short and len(line) <= 60 and (_counter_line(low) or _marker("back_links").match(_unbullet(low))):
        return "navigation"
    if short and _starts_with_read_more(line, low):
        return "related link"
    return "copyright/footer" if _footer_notice(line, low) else None


def edge_chrome(line: str) -> str | None:
    """Why ``line`` is chrome when it sits above or below the article body, or None."""
    return strict_chrome(line) or _edge_only(line)


def _edge_only(line: str) -> str | None:
    """The rules that hold only above or below the body (the strict ones are checked separately)."""
    if _sentence(line) and len(line) > 60:
        return None  # a full sentence of some length is body text, wherever it stands
    low = _fold(line)
    if _date_line(line):
        return "date line"
    if len(line) <= _FOOTER_MAX and _footer(low, strict=False):
        return "copyright/footer"
    if _byline(line):
        return "byline"
    if len(line) <= _FOOTER_MAX and _advert(low):
        return "advert"
    if _menu(low) or (len(line) <= _SHORT and _CRUMBS.search(line)):
        return "menu"
    return None


def _byline(line: str) -> bool:
    """"By Jane Doe", "来源：某某网", "記者 山田太郎", "编译：…": short, no full stop."""
    return _short_phrase(line, 60) and bool(_marker("bylines").match(_unbullet(_fold(line))))


def _footer_notice(line: str, low: str) -> bool:
    """A copyright symbol or an unmistakable footer phrase (版权所有 only outside sentences: 版权所有者)."""
    if any(c in line for c in _tables()["footer_symbols"]) or _footer(low, strict=True):
        return True
    return not _sentence(line) and any(k in low for k in _tables()["footer_contains_unless_sentence"])


def _sentence(line: str) -> bool:
    """Ends like a sentence and is long enough to be one."""
    return len(line) >= 20 and line.endswith(_FULL_STOPS)


def _date_line(line: str) -> bool:
    """A dateline, possibly with a view counter beside it ("发布日期:2023-11-23    点击次数:156")."""
    if not any(ch.isdigit() for ch in line):
        return False
    if is_date_line(line):
        return True
    parts = _parts(line)
    dated = [is_date_line(p) for p in parts]
    return any(dated) and all(d or _counter_line(_fold(p)) or _byline(p) for d, p in zip(dated, parts))


def _footer(low: str, *, strict: bool) -> bool:
    """Copyright, 版权所有, Powered by, 责任编辑 ...; strict mode wants an unmistakable form."""
    if any(k in low for k in _tables()["footer_contains"]) or _starts("footer_starts").match(low):
        return True
    if not strict and any(k in low for k in _tables()["footer_edge_contains"]):
        return True
    word = _tables()["copyright_word"]
    if low.startswith(word):
        rest = low[len(word):].lstrip()
        loose_word = rest[:1].isascii() and rest[:1].isalpha() and not rest.startswith("(c)")
        return not strict or not loose_word  # "Copyright holders sued ..." is a sentence, not a notice
    return False


def _advert(low: str) -> bool:
    """App, red-packet and newsletter promotions: one strong keyword or two different weak ones."""
    if _contains("ads_strong").search(low):
        return True
    return len(set(_contains("ads_weak").findall(low))) >= 2


def _menu(low: str) -> bool:
    """A row of section names (Home | News | Tech, 首页 新闻 财经, ビジネス、政治、スポーツ)."""
    tokens = [t.strip("。.!！:：") for t in _MENU_SPLIT.split(low) if t.strip("。.!！:：")]
    if len(tokens) < 3:
        return False
    ends = _long_menu_words()
    hits = sum(1 for t in tokens if t in _menu_words() or ends.search(t))
    return hits * 2 >= len(tokens)


def _drop_disclaimers(lines: list[str], keep: list[bool], removed: list[tuple[int, str]]) -> None:
    """A disclaimer heading line, and the boilerplate paragraphs right after it."""
    for i, line in enumerate(lines):
        if not keep[i] or not _disclaimer_head(_fold(line)):
            continue
        _remove(i, "disclaimer", keep, removed)
        for j in _non_blank(lines, range(i + 1, len(lines))):
            if not _contains("disclaimer_words").search(_fold(lines[j])):
                break
            _remove(j, "disclaimer", keep, removed)


def _disclaimer_head(low: str) -> bool:
    """"风险提示及免责条款" alone, or "免责声明：本文…仅供参考…" (a heading and boilerplate on one line)."""
    bare = _unbullet(low).strip("【】[]:： ")
    if bare in _tables()["disclaimer_heads"]:
        return True
    head = _marker("disclaimer_heads").match(_unbullet(low))
    return bool(head) and len(low) <= _FOOTER_MAX and bool(_contains("disclaimer_words").search(low))


def _counter_line(low: str) -> bool:
    """Only view counters on the line: "点击次数:156", "Views: 1,204", "閲覧数 12"."""
    if not any(k in low for k in _tables()["counters"]):
        return False
    parts = _parts(low)
    for part in parts:
        label = _starts("counters").match(part)
        if not label or not _COUNTER.match(part[label.end():]):
            return False
    return bool(parts)


def _parts(line: str) -> list[str]:
    """Fields of a header/footer line separated by wide spaces or bars."""
    return [p for p in re.split(r"\s{2,}|\u3000+|\s*[|｜]\s*", line) if p]


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown document, line by line (the same lines ``clean_text`` sees)."""
    return "\n".join(_unmarkdown(line.strip()) for line in normalise_newlines(text).split("\n"))


def _unmarkdown(line: str) -> str:
    """Plain text of one Markdown line: heading marks, links, emphasis and image lines removed."""
    if _MD_IMAGE.match(line) or _MD_RULE.match(line):
        return ""
    line = re.sub(r"^#{1,6}\s+", "", line)
    line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", line).strip()


def _collapse_blank(lines: list[str]) -> str:
    """Join lines; runs of blank lines become one blank line, none at either end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _starts_with_read_more(line: str, low: str) -> bool:
    """"READ …", "Read more: …", "阅读 …", "関連記事" at the start (after any arrow or bullet)."""
    return bool(_marker("read_more_upper").match(line.lstrip(_BULLETS))
                or _marker("read_more").match(_unbullet(low)))


def _unbullet(low: str) -> str:
    return low.lstrip(_BULLETS)


@lru_cache(maxsize=None)
def _marker(table: str) -> re.Pattern[str]:
    """One regex for a marker table: a marker at the start, then a separator or the end of the line.

    Non-Latin markers need no separator (CJK has no spaces). ``read_more_upper`` holds the
    all-capital markers ("READ"), matched case-sensitively on the unfolded line.
    """
    if table.startswith("read_more"):
        words = [w for w in _read_more_markers() if w.isupper() == (table == "read_more_upper")]
    else:
        words = _tables()[table]
    alts = [re.escape(w) + ("" if not w.isascii() else r"(?=$|[\s" + re.escape(_SEPARATORS) + "])")
            for w in sorted(words, key=len, reverse=True)]
    return re.compile("(?:" + "|".join(alts) + ")")


def _short_phrase(line: str, limit: int) -> bool:
    """Short and not ending like a sentence: what link, byline and navigation lines look like."""
    return len(line) <= limit and not line.endswith(_FULL_STOPS)


def _headline_like(line: str) -> bool:
    return headline(line + "\n.") is not None


def _cjk_heavy(line: str) -> bool:
    return sum(1 for ch in line if ord(ch) >= 0x2E80) * 2 > len(line)


def _remove(i: int, why: str, keep: list[bool], removed: list[tuple[int, str]]) -> None:
    if keep[i]:
        keep[i] = False
        removed.append((i, why))


def _non_blank(lines: list[str], indexes: range) -> list[int]:
    return [i for i in indexes if lines[i]]


def _squash(line: str) -> str:
    return "".join(_nfkc(line).split())


@lru_cache(maxsize=4096)
def _fold(line: str) -> str:
    """NFKC and lower case, as keyword tables are compared (cached: each line is folded several times)."""
    return _nfkc(line).lower()


def _nfkc(line: str) -> str:
    """NFKC; ASCII text is already in NFKC form, and skipping it is ~10x faster."""
    return line if line.isascii() else unicodedata.normalize("NFKC", line)


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    """The keyword tables from ``chrome.json`` (NFKC + lowercase, as lines are compared)."""
    raw = json.loads(resources.files("dealgraph.ingest").joinpath("chrome.json").read_text("utf-8"))
    fold = lambda words: [w if w.isupper() else _fold(w) for w in words]  # noqa: E731
    tables: dict[str, Any] = {k: fold(v) if isinstance(v, list) else v for k, v in raw.items()}
    tables["footer_symbols"] = raw["footer_symbols"]  # NFKC would turn ⓒ into a plain "c"
    tables["read_more"] = {lang: fold(words) for lang, words in raw["read_more"].items()}
    return tables


@lru_cache(maxsize=1)
def _read_more_markers() -> tuple[str, ...]:
    """All languages' "read more" markers, longest first."""
    words = {w for words in _tables()["read_more"].values() for w in words}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _menu_words() -> frozenset[str]:
    return frozenset(_tables()["menu_words"])


@lru_cache(maxsize=1)
def _long_menu_words() -> re.Pattern[str]:
    """Menu words long enough to recognise at the end of a longer token (…ニュースと特集:ビジネス)."""
    words = [w for w in _tables()["menu_words"] if len(w) >= 3 and not w.isascii()]
    words.sort(key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


@lru_cache(maxsize=None)
def _contains(table: str) -> re.Pattern[str]:
    """Search regex for any keyword of a table; ASCII keywords must stand as words ("app" not in "happen")."""
    words = sorted(_tables()[table], key=len, reverse=True)
    alts = [rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w) for w in words]
    return re.compile("|".join(alts))


@lru_cache(maxsize=None)
def _starts(table: str) -> re.Pattern[str]:
    """Match regex for a keyword of a table at the start of a (folded) line."""
    return re.compile("|".join(re.escape(w) for w in sorted(_tables()[table], key=len, reverse=True)))
