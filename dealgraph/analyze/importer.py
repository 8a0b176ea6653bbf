"""`dealgraph import deals.csv`: known deals from a spreadsheet, stored as claims with provenance.

The CSV file itself becomes a Document (text = the file's content, path = the path as given); each
row becomes one claim (extractor ``import.v1``) whose evidence is the row line and whose span is
the row's characters in that text. Columns (header row, any order, case-insensitive):
kind, source, target, amount_usd, currency, amount, pct, date, status, evidence, url.
A bad row is reported as ``file:line: what is wrong`` and skipped; the rest is imported.
Re-importing the same file changes nothing; importing an edited version replaces the claims the
earlier version of that path imported.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dealgraph._hashing import document_id
from dealgraph.analyze._values import date_bounds, to_jsonable
from dealgraph.errors import InputError
from dealgraph.model import CLAIM_KINDS, STATUSES, Amount, Claim, Document
from dealgraph.store import Store, schema

EXTRACTOR = "import.v1"
COLUMNS = ("kind", "source", "target", "amount_usd", "currency", "amount", "pct", "date", "status", "evidence", "url")
_SCALE = {"": 1, "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6, "b": 10**9,
          "bn": 10**9, "billion": 10**9, "t": 10**12, "tn": 10**12, "trillion": 10**12}
_NUMBER = re.compile(r"^\$?\s*([0-9][0-9,_]*(?:\.[0-9]+)?(?:e[0-9]+)?)\s*([a-z]*)$", re.I)


@dataclass(slots=True)
class ImportReport:
    path: str
    doc_id: str
    imported: int = 0
    problems: list[str] = field(default_factory=list)  # rows skipped, one line each
    warnings: list[str] = field(default_factory=list)  # imported, but note this

    def summary(self) -> str:
        return f"{self.path}: {self.imported} deal rows imported, {len(self.problems)} skipped"

    def to_dict(self) -> dict[str, Any]:
        return to_jsonable(self)


def parse_amount(text: str) -> Decimal:
    """'2000000000', '2,000,000,000', '$2B', '2.5 billion' -> Decimal; ValueError otherwise."""
    m = _NUMBER.match(text.strip())
    if not m or m.group(2).lower() not in _SCALE:
        raise ValueError(f"amount {text!r} is not a number (e.g. 2000000000 or 2B)")
    try:
        return Decimal(m.group(1).replace(",", "").replace("_", "")) * _SCALE[m.group(2).lower()]
    except InvalidOperation as e:
        raise ValueError(f"amount {text!r} is not a number") from e


def _rows(text: str) -> Iterator[tuple[int, list[str], int, int]]:
    """(line number, cells, start, end) for each CSV record, with its character span in ``text``."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    last = [-1]

    def feed() -> Iterator[str]:
        for i, line in enumerate(lines):
            last[0] = i
            yield line

    first = 0
    for cells in csv.reader(feed()):
        end_line = last[0]
        if any(c.strip() for c in cells):
            yield first + 1, cells, starts[first], starts[end_line] + len(lines[end_line].rstrip("\r\n"))
        first = end_line + 1


def _precision(value: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "quarter")


def _amount(row: dict[str, str], start: int, end: int) -> tuple[Amount | None, Decimal | None]:
    usd = parse_amount(row["amount_usd"]) if row.get("amount_usd") else None
    if not row.get("amount"):
        return (Amount(usd, "USD", start, end, row["amount_usd"], usd=usd) if usd is not None else None), usd
    value, currency = parse_amount(row["amount"]), (row.get("currency") or "USD").upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise ValueError(f"currency {currency!r} is not an ISO 4217 code (USD, CNY, JPY ...)")
    usd = usd if usd is not None else (value if currency == "USD" else None)
    return Amount(value, currency, start, end, row["amount"], usd=usd, stated_usd=usd), usd


def _claim(doc: Document, row: dict[str, str], start: int, end: int) -> Claim:
    kind, status = row.get("kind", "").lower(), (row.get("status") or "reported").lower()
    if kind not in CLAIM_KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(CLAIM_KINDS)}")
    if status not in STATUSES:
        raise ValueError(f"status {status!r} is not one of {', '.join(STATUSES)}")
    if not row.get("target") or (not row.get("source") and kind != "valuation"):
        raise ValueError("source and target are required (source may be empty only for a valuation)")
    date = row.get("date") or None
    if date and date_bounds(date) is None:
        raise ValueError(f"date {date!r} is not ISO (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn)")
    pct = float(row["pct"].rstrip("%")) if row.get("pct") else None
    if pct is not None and not 0 <= pct <= 100:
        raise ValueError(f"pct {pct} is not between 0 and 100")
    amount, usd = _amount(row, start, end)
    notes = tuple(f"{k}: {row[k]}" for k in ("evidence", "url") if row.get(k))
    return Claim(doc.id, kind, row.get("source") or None, row["target"], status, start, end, doc.text[start:end],
                 EXTRACTOR, 1.0, amount, usd, pct, date, _precision(date) if date else None,
                 (f"{doc.path}:row", *notes))


def _header(path: str, cells: list[str]) -> list[str]:
    names = [c.strip().lower() for c in cells]
    missing = [c for c in ("kind", "source", "target") if c not in names]
    if missing:
        raise InputError(f"{path}: the header lacks {', '.join(missing)}",
                         hint=f"First row must name the columns: {', '.join(COLUMNS)}")
    return names


def _clear_old_versions(store: Store, path: str, doc_id: str) -> None:
    t = schema.document_paths
    with store.engine.connect() as conn:
        old = set(conn.execute(select(t.c.doc_id).where(t.c.path == path)).scalars()) - {doc_id}
    for other in sorted(old):
        store.replace_claims(other, EXTRACTOR, [])


def import_deals_csv(store: Store, path: str | Path) -> ImportReport:
    """Import the deals in a CSV file as claims (see the module docstring)."""
    try:
        text = _read(Path(path))
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"Cannot read {path}: {e}", hint="Give a UTF-8 CSV file with a header row") from e
    doc = Document(id=document_id(text), path=str(path), text=text, lang="und", date_source="import")
    report, claims = ImportReport(str(path), doc.id), []
    rows = _rows(text)
    first = next(rows, None)
    if first is None:
        raise InputError(f"{path} is empty", hint=f"Columns: {', '.join(COLUMNS)}")
    names = _header(str(path), first[1])
    report.warnings += [f"{path}:1: column {n!r} is not used" for n in names if n not in COLUMNS]
    for line, cells, start, end in rows:
        row = {n: c.strip() for n, c in zip(names, cells)}
        try:
            claims.append(_claim(doc, row, start, end))
        except ValueError as e:
            report.problems.append(f"{path}:{line}: {e}; row skipped")
            continue
        if claims[-1].amount and claims[-1].amount_usd is None:
            report.warnings.append(f"{path}:{line}: no USD figure for {row['currency']} amount; add amount_usd")
    store.add_documents([doc])
    _clear_old_versions(store, str(path), doc.id)
    report.imported = store.replace_claims(doc.id, EXTRACTOR, claims)
    return report


def _read(path: Path) -> str:
    with path.open("r", encoding="utf-8-sig", newline="") as f:
        return f.read()
