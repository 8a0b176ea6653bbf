"""Claim exports in the contract format of DESIGN.md (JSONL and CSV).

Contract fields, in order: doc_path, doc_id, lang, kind, source, target, amount_usd, pct, date,
status, evidence, confidence. The extra fields after them help auditors trace and review a claim.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, TextIO

from dealgraph.errors import ConfigError
from dealgraph.store import Store

CONTRACT_FIELDS = ("doc_path", "doc_id", "lang", "kind", "source", "target", "amount_usd", "pct", "date",
                   "status", "evidence", "confidence")
EXTRA_FIELDS = ("claim_key", "amount", "currency", "qualifier", "fx_source", "date_precision", "start", "end",
                "extractor", "review")
FIELDS = CONTRACT_FIELDS + EXTRA_FIELDS
FORMATS = ("jsonl", "csv")


def claim_records(store: Store, *, include_rejected: bool = False, page: int = 2000) -> Iterator[dict[str, Any]]:
    """Every stored claim as a contract record, with reviews applied, streamed page by page."""
    offset = 0
    while True:
        rows = store.claims(include_rejected=include_rejected, limit=page, offset=offset)
        yield from (_record(r) for r in rows)
        if len(rows) < page:
            return
        offset += page


def _number(value: str | None) -> int | float | None:
    if value is None:
        return None
    d = Decimal(value)
    return int(d) if d == d.to_integral_value() else float(d)


def _record(row: dict[str, Any]) -> dict[str, Any]:
    return {"doc_path": row["doc_path"], "doc_id": row["doc_id"], "lang": row["lang"], "kind": row["kind"],
            "source": row["source"], "target": row["target"], "amount_usd": _number(row["amount_usd"]),
            "pct": row["pct"], "date": row["date"], "status": row["status"], "evidence": row["evidence"],
            "confidence": round(float(row["confidence"]), 3), "claim_key": row["key"],
            "amount": _number(row["amount_value"]), "currency": row["currency"], "qualifier": row["qualifier"],
            "fx_source": row["fx_source"], "date_precision": row["date_precision"], "start": row["start"],
            "end": row["end"], "extractor": row["extractor"], "review": row["review"]}


def write_claims(store: Store, out: TextIO, fmt: str = "jsonl", *, include_rejected: bool = False) -> int:
    """Write claims to ``out`` as JSONL or CSV; return how many were written."""
    if fmt not in FORMATS:
        raise ConfigError(f"Unknown export format {fmt!r}", hint=f"Use one of: {', '.join(FORMATS)}")
    records = claim_records(store, include_rejected=include_rejected)
    if fmt == "jsonl":
        n = 0
        for n, rec in enumerate(records, 1):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return n
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    n = 0
    for n, rec in enumerate(records, 1):
        writer.writerow(rec)
    return n
