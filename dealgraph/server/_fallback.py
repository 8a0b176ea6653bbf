"""Stand-in for :func:`dealgraph.analyze.load_deals` when the analysis package is not installed.

One deal per (kind, source, target, amount, month) of the non-rejected claims. Only used so the
web app keeps working without the analysis package; it does no conflict detection.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from dealgraph.store import Store

CONFIRMED = frozenset({"announced", "completed"})


@dataclass(slots=True)
class SimpleDeal:
    id: str
    kind: str
    source: str | None
    target: str | None
    status: str
    amount_usd: float | None
    date: str | None
    claims: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    conflicts: list[Any] = field(default_factory=list)
    confirmed: bool = False
    uncertain: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _group_key(row: dict[str, Any]) -> tuple[Any, ...]:
    usd = row.get("amount_usd")
    return (row["kind"], row["source"], row["target"], round(float(usd), -6) if usd else None,
            (row.get("date") or "")[:7])


def load_deals(store: Store, **_: Any) -> list[SimpleDeal]:
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for row in store.claims(include_rejected=False):
        groups.setdefault(_group_key(row), []).append(row)
    return [_deal(k, rows) for k, rows in groups.items()]


def _deal(key: tuple[Any, ...], rows: list[dict[str, Any]]) -> SimpleDeal:
    first = rows[0]
    usd = first.get("amount_usd")
    statuses = {r["status"] for r in rows}
    return SimpleDeal(id=hashlib.sha256(repr(key).encode()).hexdigest()[:16], kind=first["kind"],
                      source=first["source"], target=first["target"], status=first["status"],
                      amount_usd=float(usd) if usd else None, date=first.get("date"),
                      claims=sorted({r["key"] for r in rows}), doc_ids=sorted({r["doc_id"] for r in rows}),
                      evidence=[r["evidence"] for r in rows], confirmed=bool(statuses & CONFIRMED),
                      uncertain=statuses <= {"rumored", "proposed", "up_to"})
