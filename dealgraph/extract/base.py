"""The extractor contract: a named, versioned, pure function from a Document to Claims.

An extractor reads one :class:`~dealgraph.model.Document` and returns the
:class:`~dealgraph.model.Claim` objects it asserts. It must not touch a store or the network
(an LLM extractor may call its own endpoint, nothing else), and must not mutate its input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from dealgraph.model import CLAIM_KINDS, Claim, Document


@runtime_checkable
class Extractor(Protocol):
    """What every extractor provides. ``name`` carries a version: ``"rules.v1"``."""

    name: str
    languages: tuple[str, ...]

    def extract(self, doc: Document) -> list[Claim]:
        """Return the claims asserted in ``doc`` (evidence spans index ``doc.text``)."""
        ...


@dataclass(frozen=True, slots=True)
class ExtractorInfo:
    """A description of an extractor, for ``dealgraph extractors`` and run records."""

    name: str
    languages: tuple[str, ...]
    produces: tuple[str, ...] = CLAIM_KINDS
    description: str = ""
    origin: str = "builtin"  # "entry point <module:attr>" or "registered in process"

    @property
    def version(self) -> str:
        """The part of the name after the last dot: ``"v1"`` for ``"rules.v1"``."""
        return self.name.rsplit(".", 1)[-1] if "." in self.name else ""


def info_of(extractor: Extractor, origin: str = "builtin") -> ExtractorInfo:
    """Describe an extractor instance from its attributes and docstring."""
    doc = (type(extractor).__doc__ or "").strip().splitlines()
    return ExtractorInfo(
        name=extractor.name,
        languages=tuple(getattr(extractor, "languages", ())),
        produces=tuple(getattr(extractor, "produces", CLAIM_KINDS)),
        description=doc[0] if doc else "",
        origin=origin,
    )
