"""Grounding: turn claims proposed by a model into claims the document really states, or reject them.

A proposed claim is a JSON object (kind, source, target, amount, amount_usd, pct, status, evidence).
It becomes a :class:`~dealgraph.model.Claim` only when

- its evidence occurs verbatim in the document (whitespace may differ; the stored evidence is the
  document's own text at the span found),
- its amount and percentage parse from that evidence with dealgraph's own parsers (the number stored is
  ours, never the model's),
- each named party is an entity of the knowledge base or a name written in the document, and is
  mentioned in the evidence or elsewhere in the article (the latter lowers the confidence),
- kind and status are known.

Everything else is a :class:`Rejection` saying why. Nothing here calls a model.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from dealgraph.amounts import find_amounts, find_dates, find_percentages
from dealgraph.entities import Resolver, find_mentions
from dealgraph.extract.sentences import Sentence, split_sentences
from dealgraph.model import CLAIM_KINDS, STATUSES, Amount, Claim, Document, Mention

MAX_EVIDENCE = 1500  # characters; a model quoting a whole article is not pointing at a sentence
AMOUNT_TOLERANCE = Decimal("0.02")  # the model's USD reading may differ by rounding
PCT_TOLERANCE = Decimal("0.05")
BASE_CONFIDENCE = 0.7


@dataclass(frozen=True, slots=True)
class Rejection:
    """A proposed claim that was not accepted, and why."""

    reason: str
    proposed: Mapping[str, Any]


@dataclass(slots=True)
class _Context:
    doc: Document
    mentions: list[Mention]
    kb: Any
    extractor: str
    sentences: list[Sentence]


def ground_claims(doc: Document, proposed: Sequence[Any], *, extractor: str,
                  resolver: Resolver | None = None) -> tuple[list[Claim], list[Rejection]]:
    """Accept the proposed claims that ``doc`` supports; reject the rest with a reason."""
    from dealgraph.entities import default_resolver

    resolver = resolver or default_resolver()
    ctx = _Context(doc, find_mentions(doc.text, doc.lang, resolver=resolver), resolver.kb, extractor,
                   split_sentences(doc.text, doc.lang))
    claims: list[Claim] = []
    rejections: list[Rejection] = []
    for item in proposed:
        if not isinstance(item, Mapping):
            rejections.append(Rejection("not a JSON object", {"value": item}))
            continue
        result = _ground_one(ctx, item)
        (rejections if isinstance(result, Rejection) else claims).append(result)  # type: ignore[arg-type]
    return _unique(claims), rejections


def _ground_one(ctx: _Context, item: Mapping[str, Any]) -> Claim | Rejection:
    kind, status = _text(item.get("kind")), _text(item.get("status")) or "announced"
    if kind not in CLAIM_KINDS:
        return Rejection(f"unknown kind {kind!r}", item)
    if status not in STATUSES:
        return Rejection(f"unknown status {status!r}", item)
    span = locate_evidence(ctx.doc.text, _text(item.get("evidence")))
    if span is None:
        return Rejection("evidence is not in the document", item)
    start, end = span
    notes = ["evidence found verbatim"]
    amount = _amount(ctx, item, start, end)
    if isinstance(amount, Rejection):
        return amount
    pct = _pct(ctx, item, start, end)
    if isinstance(pct, Rejection):
        return pct
    parties = [_party(ctx, item.get(role), start, end, role) for role in ("source", "target")]
    for p in parties:
        if isinstance(p, Rejection):
            return Rejection(p.reason, item)
    (source, far_source), (target, far_target) = parties  # type: ignore[misc]
    if kind == "valuation":
        source, far_source = None, False
    if source is None and target is None:
        return Rejection("names no party", item)
    if source is not None and source == target:
        return Rejection("source and target are the same party", item)
    confidence = BASE_CONFIDENCE - 0.15 * (far_source + far_target)
    notes += [f"{r} named elsewhere in the article" for r, far in (("source", far_source), ("target", far_target)) if far]
    if amount is not None and amount.qualifier == "up_to" and status in ("announced", "proposed"):
        status = "up_to"
    date, precision, why = _date(ctx, start, end)
    usd = (amount.stated_usd or amount.usd) if amount is not None else None
    return Claim(doc_id=ctx.doc.id, kind=kind, source=source, target=target, status=status, start=start, end=end,
                 evidence=ctx.doc.text[start:end], extractor=ctx.extractor, confidence=round(confidence, 2),
                 amount=amount, amount_usd=usd, pct=float(pct) if pct is not None else None, date=date,
                 date_precision=precision, notes=(*notes, why))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def locate_evidence(text: str, evidence: str) -> tuple[int, int] | None:
    """The span of ``evidence`` in ``text``: exact first, then with any run of whitespace matching any other."""
    evidence = evidence.strip()
    if not evidence or len(evidence) > MAX_EVIDENCE:
        return None
    i = text.find(evidence)
    if i >= 0:
        return i, i + len(evidence)
    words = evidence.split()
    pattern = r"\s*".join(re.escape(w) for w in words) if len(words) > 1 else None
    m = re.search(pattern, text) if pattern else None
    return (m.start(), m.end()) if m else None


def _amount(ctx: _Context, item: Mapping[str, Any], start: int, end: int) -> Amount | Rejection | None:
    stated, usd = _text(item.get("amount")), _decimal(item.get("amount_usd"))
    if not stated and usd is None:
        return None
    found = [dataclasses.replace(a, start=a.start + start, end=a.end + start)
             for a in find_amounts(ctx.doc.text[start:end], ctx.doc.lang, published=ctx.doc.published)]
    for a in found:
        if stated and (stated in a.text or a.text in stated):
            return a
    for a in found:
        ours = a.stated_usd or a.usd
        if usd is not None and ours is not None and abs(ours - usd) <= AMOUNT_TOLERANCE * max(ours, usd):
            return a
    return Rejection(f"amount {stated or usd} does not parse from the evidence", item)


def _pct(ctx: _Context, item: Mapping[str, Any], start: int, end: int) -> Decimal | Rejection | None:
    wanted = _decimal(item.get("pct"))
    if wanted is None:
        return None
    for p in find_percentages(ctx.doc.text[start:end], ctx.doc.lang):
        if abs(p.value - wanted) <= PCT_TOLERANCE:
            return p.value
    return Rejection(f"percentage {wanted} is not in the evidence", item)


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None or value == "":
        return None
    try:
        d = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def _party(ctx: _Context, value: Any, start: int, end: int, role: str) -> tuple[str | None, bool] | Rejection:
    """(canonical name, named only outside the evidence) for a proposed party name."""
    name = _text(value)
    if not name or name.lower() in ("null", "none", "unknown"):
        return None, False
    entity = ctx.kb.get(name)
    canonical = ctx.kb.claim_party(entity.name) if entity is not None else None
    inside = [m for m in ctx.mentions if start <= m.start and m.end <= end]
    if canonical is not None:
        if any(m.entity == canonical for m in inside):
            return canonical, False
        if any(m.entity == canonical for m in ctx.mentions):
            return canonical, True
    at = _written_at(ctx.doc.text, name)
    if at >= 0:
        return canonical or name, not (start <= at < end)
    return Rejection(f"{role} {name!r} is not named in the document", {role: name})


def _written_at(text: str, name: str) -> int:
    """Where ``name`` is written in ``text`` (case-insensitive; a Latin name as a whole word), or -1."""
    if len(name) < 2:
        return -1
    edge = r"(?<![\w])" if name[0].isascii() and name[0].isalnum() else ""
    tail = r"(?![\w])" if name[-1].isascii() and name[-1].isalnum() else ""
    m = re.search(edge + re.escape(name) + tail, text, re.IGNORECASE)
    return m.start() if m else -1


def _date(ctx: _Context, start: int, end: int) -> tuple[str | None, str | None, str]:
    """The date nearest the evidence in its sentence(s), else the publication year."""
    doc = ctx.doc
    around = [s for s in ctx.sentences if s.start < end and start < s.end]
    lo, hi = (around[0].start, around[-1].end) if around else (start, end)
    dates = find_dates(doc.text[lo:hi], doc.lang, published=doc.published)
    if dates:
        d = min(dates, key=lambda d: 0 if start <= lo + d.start < end else abs(lo + d.start - start))
        return d.value, d.precision, f"date {d.text!r} in the sentence"
    if doc.published:
        return doc.published[:4], "year", "publication year"
    return None, None, "no date"


def _unique(claims: list[Claim]) -> list[Claim]:
    """One claim per (span, kind, parties, amount): a model often repeats itself across chunks."""
    seen: dict[tuple[Any, ...], Claim] = {}
    for c in claims:
        seen.setdefault((c.start, c.end, c.kind, c.source, c.target, c.amount_usd), c)
    return sorted(seen.values(), key=lambda c: (c.start, c.kind, c.source or "", c.target or ""))
