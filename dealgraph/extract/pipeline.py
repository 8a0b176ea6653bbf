"""Run extractors over documents. A failing extractor on one document never stops a batch.

Extractors compute; this module alone decides ordering and error handling, and checks that
what came back is a valid claim whose evidence is really in the document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from dealgraph.errors import ExtractionError
from dealgraph.extract.base import Extractor
from dealgraph.model import CLAIM_KINDS, STATUSES, Claim, Document


@dataclass(frozen=True, slots=True)
class Failure:
    """One extractor that failed on one document."""

    doc_id: str
    path: str
    extractor: str
    error: str


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """What the extractors said about one document, and which of them failed."""

    claims: list[Claim] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    by_extractor: dict[str, list[Claim]] = field(default_factory=dict)


ErrorHandler = Callable[[Document, Extractor, Exception], None]


def raise_errors(doc: Document, extractor: Extractor, error: Exception) -> None:
    """An ``on_error`` handler that stops at the first failure (for debugging)."""
    raise ExtractionError(f"{extractor.name} failed on {doc.path}: {error}", code="DG401",
                          hint="Run `dealgraph explain` on this document to see where.") from error


def check_claim(doc: Document, claim: Claim) -> str | None:
    """Why ``claim`` is not acceptable for ``doc``, or None when it is."""
    if claim.kind not in CLAIM_KINDS:
        return f"unknown kind {claim.kind!r}"
    if claim.status not in STATUSES:
        return f"unknown status {claim.status!r}"
    if not 0 <= claim.start < claim.end <= len(doc.text):
        return f"evidence span {claim.start}:{claim.end} outside the text"
    if doc.text[claim.start:claim.end] != claim.evidence:
        return "evidence is not the text at its span"
    return None


def _run_one(doc: Document, extractor: Extractor) -> list[Claim]:
    claims = extractor.extract(doc)
    bad = [(c, why) for c in claims if (why := check_claim(doc, c))]
    if bad:
        raise ExtractionError(f"invalid claim from {extractor.name}: {bad[0][1]}", code="DG402")
    return list(claims)


def extract_document(doc: Document, extractors: Sequence[Extractor], *,
                     on_error: ErrorHandler | None = None) -> ExtractionResult:
    """Run each extractor on ``doc``; failures are recorded (and passed to ``on_error``)."""
    result = ExtractionResult()
    for extractor in extractors:
        try:
            claims = _run_one(doc, extractor)
        except Exception as e:  # noqa: BLE001 - one bad extractor/document must not stop a batch
            result.failures.append(Failure(doc.id, doc.path, extractor.name, f"{type(e).__name__}: {e}"))
            if on_error is not None:
                on_error(doc, extractor, e)
            continue
        result.by_extractor[extractor.name] = claims
        result.claims.extend(claims)
    return result


def extract_many(docs: Iterable[Document], extractors: Sequence[Extractor], *,
                 on_error: ErrorHandler | None = None) -> Iterator[tuple[Document, ExtractionResult]]:
    """:func:`extract_document` over many documents, lazily."""
    for doc in docs:
        yield doc, extract_document(doc, extractors, on_error=on_error)
