"""Stable identifiers: documents by their normalised text, claims by what they assert."""

from __future__ import annotations

import hashlib
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dealgraph.model import Claim


def normalise_text(text: str) -> str:
    """NFKC, collapsed whitespace, trimmed: the form a document id is computed from.

    (NFKC is skipped for text already in NFKC form, which the quick check tells in microseconds;
    ``str.split`` splits on the same whitespace as the regex ``\\s+`` and is faster.)
    """
    if not (text.isascii() or unicodedata.is_normalized("NFKC", text)):
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split())


def document_id(text: str) -> str:
    """Hex id of a cleaned text; equal texts (up to whitespace and width) get equal ids."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:32]


def claim_key(claim: Claim) -> str:
    """Identity of a claim independent of the extractor version that produced it."""
    parts = (claim.doc_id, claim.kind, claim.source or "", claim.target or "",
             str(claim.start), str(claim.end))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]
