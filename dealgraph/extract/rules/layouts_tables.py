"""Round 15, area "layouts": funding tables pasted as text ("| Company | Amount | Lead investor |").

A table is a run of lines that start with "|". Its header names the columns; a company column and
an amount or investor column are needed. Each data row gives the round (``investment`` with a null
investor and the row's amount) and one claim per investor named in the investor column, without an
amount (the convention for rounds with several or lead investors). Rows need a company the
knowledge base knows; cells the rules cannot read give nothing.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from dealgraph.model import Claim, Document

NAME = "rules.v1"
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^[\s|:\-–—]+$")
_COLUMNS = {
    "company": re.compile(r"company|startup|firm|target|investee|公司|企业|企業|会社|社名|标的", re.IGNORECASE),
    "amount": re.compile(r"amount|raised|size|funding|round size|金额|融资额|规模|金額|調達額|規模", re.IGNORECASE),
    "investor": re.compile(r"investor|backer|led by|lead|投资方|投资人|领投|出资方|出資者|出資企業|引受先|投資家",
                           re.IGNORECASE),
}


def claims(doc: Document, resolver: Any = None) -> list[Claim]:
    """Claims from every funding table in ``doc.text`` (empty when there is none)."""
    rows = list(_ROW.finditer(doc.text))
    if len(rows) < 2:
        return []
    from dealgraph.amounts import find_amounts
    from dealgraph.entities import find_mentions

    lang = doc.lang if doc.lang in ("en", "zh", "ja") else None
    mentions = [m for m in find_mentions(doc.text, lang, resolver=resolver) if m.entity]
    amounts = find_amounts(doc.text, lang, published=doc.published)
    out: list[Claim] = []
    for table in _tables(doc.text, rows):
        out.extend(_table_claims(doc, table, mentions, amounts))
    return out


def _tables(text: str, rows: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Runs of adjacent table lines (only a newline between them)."""
    groups: list[list[re.Match[str]]] = []
    for m in rows:
        if groups and not text[groups[-1][-1].end():m.start()].strip():
            groups[-1].append(m)
        else:
            groups.append([m])
    return [g for g in groups if len(g) >= 2]


def _cells(text: str, m: re.Match[str]) -> list[tuple[int, int]]:
    """(start, end) document offsets of each cell of a table line, stripped."""
    out, pos = [], m.start() + text[m.start():m.end()].index("|") + 1
    for part in text[pos:m.end()].split("|")[:-1]:
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return out


def _header(text: str, cells: list[tuple[int, int]]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, (a, b) in enumerate(cells):
        for name, pattern in _COLUMNS.items():
            if name not in cols and pattern.search(text[a:b]) and i not in cols.values():
                cols[name] = i
    return cols


def _table_claims(doc: Document, table: list[re.Match[str]], mentions: list[Any], amounts: list[Any]) -> list[Claim]:
    text = doc.text
    cols = _header(text, _cells(text, table[0]))
    if "company" not in cols or not ({"amount", "investor"} & cols.keys()):
        return []
    out: list[Claim] = []
    for row in table[1:]:
        if _RULE.match(text[row.start():row.end()]):
            continue
        cells = _cells(text, row)
        if len(cells) <= max(cols.values()):
            continue
        out.extend(_row_claims(doc, row, cells, cols, mentions, amounts))
    return out


def _inside(items: list[Any], cell: tuple[int, int]) -> list[Any]:
    return [x for x in items if cell[0] <= x.start and x.end <= cell[1]]


def _row_claims(doc: Document, row: re.Match[str], cells: list[tuple[int, int]], cols: dict[str, int],
                mentions: list[Any], amounts: list[Any]) -> list[Claim]:
    company = _inside(mentions, cells[cols["company"]])
    if len(company) != 1:
        return []
    target = company[0].entity
    money = _inside(amounts, cells[cols["amount"]]) if "amount" in cols else []
    investors = []
    if "investor" in cols:
        investors = [m.entity for m in _inside(mentions, cells[cols["investor"]]) if m.entity != target]
    out = []
    if len(money) == 1:
        out.append(_claim(doc, row, None, target, money[0], "the row's amount: the round, investors unnamed"))
    for name in dict.fromkeys(investors):
        out.append(_claim(doc, row, name, target, None, "investor column of a funding table"))
    return out


def _claim(doc: Document, row: re.Match[str], source: str | None, target: str, amount: Any, why: str) -> Claim:
    usd = (amount.stated_usd or amount.usd) if amount is not None else None
    year = (doc.published or "")[:4] or None
    start = row.start() + (len(row.group()) - len(row.group().lstrip()))
    evidence = row.group().strip()
    return Claim(doc_id=doc.id, kind="investment", source=source, target=target, status="completed",
                 start=start, end=start + len(evidence), evidence=evidence, extractor=NAME, confidence=0.6, amount=amount,
                 amount_usd=Decimal(usd) if usd is not None else None, date=year,
                 date_precision="year" if year else None, notes=("round 15 layouts: funding table row", why))
