"""Round 24, area "tables and records": deal trackers written as rows or label/value records.

Three layouts give rows of cells: pipe tables (``| Round | When | Size | Post-money | Leads |``),
tab-separated tracker rows pasted as text, and label/value records (``公司：X`` / ``金额：3亿美元`` /
``投资方：A、B`` on consecutive lines; ``Target: X — Price: $Y — Acquirer: Z`` on one line). The header
(or the labels) name the columns; a row then gives what its header says:

* a company column (or, without one, the article's subject: the entity its opening names that the
  text names most) is the target;
* an amount column gives the round (``investment``, null investor) and each investor named in the
  investor column gets a claim without an amount; a row of an investor table without a round column
  that names one investor gives that investor the amount (``| 出资方 | 金额 |``);
* a valuation / post-money column gives a ``valuation``; a stake column with one holder a ``stake``;
* a price column with an acquirer column gives an ``acquisition``.

Bare numbers take the unit of their header (``认缴出资（亿元）``). Tables of revenue, market share, users
or prices give nothing. The row is the evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from typing import Any

from dealgraph.model import Claim, Document

NAME = "rules.v1"
_CUES = ("|", "\t", "：", ": ")
_PIPE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_TABS = re.compile(r"^[^\t\n]+(?:\t+[^\t\n]+){2,}$", re.MULTILINE)
_RULE = re.compile(r"^[\s|:\-–—=+]+$")
_LABEL = re.compile(r"^[ \t]*(?:[-*•・][ \t]*)?([^\n:：|]{1,24}?)[ \t]*[:：][ \t]*(\S[^\n]*?)[ \t]*$", re.MULTILINE)
_INLINE = re.compile(r"(?:^|[—–|;；/]\s*)([A-Za-z][A-Za-z ]{1,20}?|[^\x00-\x7f\s:：]{2,8})\s*[:：]\s*([^—–|;；/\n]+)")
_OFF = re.compile(r"revenue|sales|market share|users|subscribers|stock|share price|close|capex|营收|收入|营业额|市场份额|"
                  r"用户|股价|市值|资本开支|売上|収益|シェア|利用者|株価|時価総額|設備投資", re.IGNORECASE)
_COLUMNS = {
    "valuation": r"valuation|post-money|pre-money|valued at|估值|投后|投前|企業価値|評価額|バリュエーション",
    "pct": r"stake|ownership|holding|持股|比例|占比|出資比率|持株比率|保有比率",
    "date": r"^(?:when|date|time|closed|announced|时间|日期|时点|時期|日付|発表日|年月)$",
    "round": r"round|series|stage|轮次|轮|ラウンド|シリーズ",
    "acquirer": r"acquirer|buyer|purchaser|收购方|买方|買収企業|買い手|取得者",
    "price": r"price|deal value|consideration|交易对价|收购价|对价|交易金额|買収額|買収金額|取得価額",
    "company": r"company|startup|firm|target|investee|issuer|公司|企业|企業|会社|社名|标的|被投",
    "investor": r"investor|backer|led by|leads?\b|shareholder|subscriber|投资方|投资人|投资机构|领投|出资方|股东|"
                r"出資者|出資企業|引受先|投資家|株主|リード",
    "amount": r"amount|raised|size|funding|round size|金额|融资额|规模|出资|认缴|金額|調達額|規模|出資額",
}
_COL = {k: re.compile(v, re.IGNORECASE) for k, v in _COLUMNS.items()}
_UNIT = re.compile(r"[（(]\s*((?:US)?\$\s*(?:m|mn|bn|b|million|billion)|[万亿億]?(?:元|美元|日元|円|ドル)|"
                   r"(?:USD|RMB|CNY|JPY)\s*(?:m|mn|bn|million|billion))\s*[)）]", re.IGNORECASE)
_BARE = re.compile(r"^\s*[~≈约約]?\s*[\d,]+(?:\.\d+)?\s*$")
Row = dict[str, tuple[int, int]]


def claims(doc: Document, resolver: Any = None) -> list[Claim]:
    """Claims from every table, tracker row and label record in ``doc.text`` (empty when none)."""
    text = doc.text
    if not any(c in text for c in _CUES):
        return []
    blocks = _pipe_blocks(text) + _tab_blocks(text) + _record_blocks(text)
    if not blocks:
        return []
    from dealgraph.amounts import find_amounts
    from dealgraph.entities import find_mentions

    lang = doc.lang if doc.lang in ("en", "zh", "ja") else None
    ctx = _Ctx(doc, lang, [m for m in find_mentions(text, lang, resolver=resolver) if m.entity],
               find_amounts(text, lang, published=doc.published))
    out: list[Claim] = []
    for header, rows in blocks:
        out.extend(_block_claims(ctx, header, rows))
    return out


class _Ctx:
    """What every row needs: the document, its mentions and amounts, its subject."""

    def __init__(self, doc: Document, lang: str | None, mentions: list[Any], amounts: list[Any]) -> None:
        self.doc, self.lang, self.mentions, self.amounts = doc, lang, mentions, amounts
        self._subject: str | None | bool = False

    def subject(self) -> str | None:
        if self._subject is False:
            self._subject = _subject(self.doc.text, self.mentions)
        return self._subject  # type: ignore[return-value]


def _subject(text: str, mentions: list[Any]) -> str | None:
    """The entity the opening names that the whole text names most, clearly ahead of the next."""
    counts = Counter(m.entity for m in mentions)
    opening = {m.entity for m in mentions if m.start < 400}
    ranked = counts.most_common(2)
    if not ranked or ranked[0][0] not in opening or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2:
        return None
    return ranked[0][0]


# -- layouts -> (header labels, rows) ---------------------------------------------------------------

def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each stripped cell of one line split on ``sep``."""
    line = text[start:end]
    parts, pos = line.split(sep), start
    if sep == "|":
        pos += line.index("|") + 1
        parts = line[line.index("|") + 1:line.rindex("|")].split("|")
    out = []
    for part in parts:
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return out


def _runs(text: str, matches: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    groups: list[list[re.Match[str]]] = []
    for m in matches:
        if groups and not text[groups[-1][-1].end():m.start()].strip():
            groups[-1].append(m)
        else:
            groups.append([m])
    return [g for g in groups if len(g) >= 2]


def _grid(text: str, run: list[re.Match[str]], sep: str) -> tuple[dict[str, int], list[Row]] | None:
    head = _cells(text, run[0].start(), run[0].end(), sep)
    cols = _header([text[a:b] for a, b in head])
    if cols is None:
        return None
    rows = []
    for m in run[1:]:
        if _RULE.match(m.group()):
            continue
        cells = _cells(text, m.start(), m.end(), sep)
        if len(cells) == len(head):
            rows.append({k: cells[i] for k, i in cols.items()} | {"_row": (m.start(), m.end())})
    return {k: head[i][0] for k, i in cols.items()} | {"_units": _units(text, head, cols)}, rows


def _units(text: str, head: list[tuple[int, int]], cols: dict[str, int]) -> dict[str, str]:  # type: ignore[override]
    out = {}
    for k, i in cols.items():
        u = _UNIT.search(text[head[i][0]:head[i][1]])
        if u:
            out[k] = u.group(1)
    return out


def _pipe_blocks(text: str) -> list[tuple[Any, list[Row]]]:
    if "|" not in text:
        return []
    found = (_grid(text, run, "|") for run in _runs(text, list(_PIPE.finditer(text))))
    return [g for g in found if g is not None]


def _tab_blocks(text: str) -> list[tuple[Any, list[Row]]]:
    if "\t" not in text:
        return []
    found = (_grid(text, run, "\t") for run in _runs(text, list(_TABS.finditer(text))))
    return [g for g in found if g is not None]


def _header(labels: list[str]) -> dict[str, int] | None:
    """Column role -> index; None for a table that is no deal table."""
    if any(_OFF.search(x) and not _COL["valuation"].search(x) for x in labels):
        return None
    cols: dict[str, int] = {}
    for i, label in enumerate(labels):
        for name, pattern in _COL.items():
            if name not in cols and pattern.search(label):
                cols[name] = i
                break
    if not ({"amount", "valuation", "investor", "price"} & cols.keys()):
        return None
    if "company" not in cols and not ({"round", "investor"} & cols.keys()):
        return None
    return cols


def _record_blocks(text: str) -> list[tuple[Any, list[Row]]]:
    """Label/value records: consecutive ``label: value`` lines, or one line of ``label: value`` parts."""
    out = []
    for run in _runs(text, list(_LABEL.finditer(text))):
        out += _record(text, [(m.start(1), m.end(1), m.start(2), m.end(2)) for m in run])
    if " — " in text or " – " in text or "｜" in text:
        for line in re.finditer(r"^[^\n]*[:：][^\n]*[—–][^\n]*[:：][^\n]*$", text, re.MULTILINE):
            parts = [(line.start() + m.start(1), line.start() + m.end(1), line.start() + m.start(2),
                      line.start() + m.end(2)) for m in _INLINE.finditer(line.group())]
            out += _record(text, parts)
    return out


def _record(text: str, parts: list[tuple[int, int, int, int]]) -> list[tuple[Any, list[Row]]]:
    labels = [text[a:b] for a, b, _, _ in parts]
    if any(len(x.split()) > 3 or re.search(r"[。，,.]", x) for x in labels):
        return []
    cols = _header(labels)
    if cols is None or "company" not in cols and "investor" in cols and "round" not in cols:
        return []
    if not ({"investor", "round", "valuation", "price"} & cols.keys()):
        return []  # "投资标的 / 投资金额" in a filing: the filer is the unnamed investor
    row: Row = {k: (parts[i][2], len(text[:parts[i][3]].rstrip(" \t—–;；/"))) for k, i in cols.items()}
    row["_row"] = (parts[0][0], parts[-1][3])
    units = {k: _UNIT.search(text[parts[i][0]:parts[i][1]]) for k, i in cols.items()}
    return [({"_units": {k: u.group(1) for k, u in units.items() if u}}, [row])]


# -- rows -> claims -------------------------------------------------------------------------------

def _block_claims(ctx: _Ctx, header: dict[str, Any], rows: list[Row]) -> list[Claim]:
    out: list[Claim] = []
    for row in rows:
        out.extend(_row_claims(ctx, header, row))
    return out


def _inside(items: list[Any], cell: tuple[int, int] | None) -> list[Any]:
    return [] if cell is None else [x for x in items if cell[0] <= x.start and x.end <= cell[1]]


def _money(ctx: _Ctx, header: dict[str, Any], row: Row, col: str) -> Any:
    """The one amount of a cell; a bare number takes its header's unit."""
    cell = row.get(col)
    found = _inside(ctx.amounts, cell)
    if len(found) == 1:
        return found[0]
    unit = header["_units"].get(col)
    if found or cell is None or unit is None or not _BARE.match(ctx.doc.text[cell[0]:cell[1]]):
        return None
    from dealgraph.amounts import find_amounts
    raw = ctx.doc.text[cell[0]:cell[1]].strip()
    got = find_amounts(raw + unit, ctx.lang, published=ctx.doc.published)
    return replace(got[0], start=cell[0], end=cell[1], text=raw) if len(got) == 1 else None


def _row_claims(ctx: _Ctx, header: dict[str, Any], row: Row) -> list[Claim]:
    target = _target(ctx, row)
    if target is None:
        return []
    named = [m.entity for m in _inside(ctx.mentions, row.get("investor")) if m.entity != target]
    investors = list(dict.fromkeys(named))
    amount, date = _money(ctx, header, row, "amount"), _date(ctx, row)
    put = _Put(ctx.doc, row["_row"], target, date)
    if "price" in row:
        return _acquisition(ctx, header, row, put)
    if amount is not None and len(investors) == 1 and "round" not in row and "company" not in row:
        put.add("investment", investors[0], amount, None, "one investor's row: the investor's amount")
    elif investors or "investor" not in row or "round" in row or "company" in row:
        if amount is not None:
            put.add("investment", None, amount, None, "the row's amount: the round, investors unnamed")
        for name in investors:
            put.add("investment", name, None, None, "investor column of a deal table")
    _extras(ctx, header, row, put, investors)
    return put.out


def _extras(ctx: _Ctx, header: dict[str, Any], row: Row, put: "_Put", investors: list[str]) -> None:
    value = _money(ctx, header, row, "valuation")
    if value is not None:
        put.add("valuation", None, value, None, "valuation column of a deal table", "reported")
    pct = _pct(ctx, row)
    if pct is not None and len(investors) == 1:
        put.add("stake", investors[0], None, pct, "stake column of a deal table")


def _acquisition(ctx: _Ctx, header: dict[str, Any], row: Row, put: "_Put") -> list[Claim]:
    buyers = {m.entity for m in _inside(ctx.mentions, row.get("acquirer"))} - {put.target}
    if len(buyers) == 1:
        put.add("acquisition", buyers.pop(), _money(ctx, header, row, "price"), None, "acquirer and price columns")
    return put.out


def _target(ctx: _Ctx, row: Row) -> str | None:
    if "company" in row:
        found = {m.entity for m in _inside(ctx.mentions, row["company"])}
        return found.pop() if len(found) == 1 else None
    return ctx.subject()


def _date(ctx: _Ctx, row: Row) -> Any:
    cell = row.get("date") or row.get("round")
    if cell is None:
        return None
    from dealgraph.amounts.dates import find_dates
    found = find_dates(ctx.doc.text[cell[0]:cell[1]], ctx.lang, published=ctx.doc.published)
    return found[0] if len(found) == 1 else None


def _pct(ctx: _Ctx, row: Row) -> float | None:
    cell = row.get("pct")
    if cell is None:
        return None
    m = re.fullmatch(r"\s*(\d{1,2}(?:\.\d+)?)\s*[%％]\s*", ctx.doc.text[cell[0]:cell[1]])
    return float(m.group(1)) if m else None


class _Put:
    """Collects the claims of one row, all with the row as evidence."""

    def __init__(self, doc: Document, span: tuple[int, int], target: str, date: Any) -> None:
        self.doc, self.target, self.date, self.out = doc, target, date, []  # type: list[Claim]
        raw = doc.text[span[0]:span[1]]
        self.start = span[0] + len(raw) - len(raw.lstrip())
        self.evidence = raw.strip()

    def add(self, kind: str, source: str | None, amount: Any, pct: float | None, why: str,
            status: str = "completed") -> None:
        usd = (amount.stated_usd or amount.usd) if amount is not None else None
        value = self.date.value if self.date is not None else (self.doc.published or "")[:4] or None
        precision = self.date.precision if self.date is not None else ("year" if value else None)
        self.out.append(Claim(
            doc_id=self.doc.id, kind=kind, source=source, target=self.target, status=status, start=self.start,
            end=self.start + len(self.evidence), evidence=self.evidence, extractor=NAME, confidence=0.6,
            amount=amount, amount_usd=Decimal(usd) if usd is not None else None, pct=pct, date=value,
            date_precision=precision, notes=("round 24 tables: deal table row or record", why)))
