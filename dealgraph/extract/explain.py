"""Plain-text and JSON renderings of a RuleExtractor explanation (for `dealgraph explain`)."""

from __future__ import annotations

from typing import Any

from dealgraph.extract.rules import Explanation


def explanation_dict(exp: Explanation) -> dict[str, Any]:
    """The explanation as JSON-ready data: sentences, candidates (kept or rejected) and claims."""
    return {
        "doc_id": exp.doc_id,
        "sentences": [{
            "index": s.index, "start": s.start, "end": s.end, "lang": s.lang, "text": s.text,
            "parties": s.parties, "amounts": s.amounts, "triggers": s.triggers,
            "candidates": [_candidate(c) for c in s.candidates],
        } for s in exp.sentences],
        "claims": [{"kind": c.kind, "source": c.source, "target": c.target, "amount_usd": c.amount_usd, "pct": c.pct,
                    "date": c.date, "status": c.status, "confidence": c.confidence, "evidence": c.evidence}
                   for c in exp.claims],
    }


def _candidate(c: Any) -> dict[str, Any]:
    return {"trigger": c.trigger.text, "kind": c.kind, "sources": [p.entity for p in c.sources],
            "targets": [p.entity for p in c.targets], "amount": c.amount.text if c.amount else None,
            "pct": str(c.pct.value) if c.pct else None, "status": c.status, "date": c.date,
            "kept": c.rejected is None, "rejected": c.rejected, "notes": list(c.notes)}


def explanation_lines(exp: Explanation) -> list[str]:
    """A readable report: each candidate sentence, what matched, and what was kept and why."""
    lines: list[str] = []
    for s in exp.sentences:
        lines.append(f"[{s.index}] ({s.lang}) {s.text}")
        lines.append(f"    parties: {', '.join(s.parties) or '-'}   amounts: {', '.join(s.amounts) or '-'}"
                     f"   triggers: {', '.join(s.triggers)}")
        for c in s.candidates:
            head = _candidate(c)
            verdict = "KEPT" if head["kept"] else f"rejected: {head['rejected']}"
            lines.append(f"    - {head['trigger']!r} -> {head['kind']} {','.join(head['sources']) or '?'} -> "
                         f"{','.join(head['targets']) or '?'} amount={head['amount']} pct={head['pct']} "
                         f"status={head['status']}  {verdict}")
            lines.extend(f"        {n}" for n in head["notes"])
    lines.append(f"claims: {len(exp.claims)}")
    for c in exp.claims:
        lines.append(f"  {c.kind} {c.source} -> {c.target} usd={c.amount_usd} pct={c.pct} {c.status} "
                     f"date={c.date} conf={c.confidence}")
    return lines
