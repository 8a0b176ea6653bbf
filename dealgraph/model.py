"""The data contract: plain frozen dataclasses that flow one way through the stages.

    sources -> RawDoc -> ingest -> Document -> extract -> Claim -> store -> consolidate -> Deal

Every stage takes and returns these objects; no dicts or DataFrames cross module boundaries.
Offsets (`start`, `end`) are character offsets into `Document.text`, the cleaned text that is
stored, so evidence can always be cut back out of it: ``doc.text[claim.start:claim.end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

CLAIM_KINDS = (
    "investment",
    "stake",
    "compute_commitment",
    "purchase",
    "loan",
    "joint_venture",
    "acquisition",
    "valuation",
    "revenue",
    "lawsuit",
)
STATUSES = ("announced", "completed", "proposed", "rumored", "up_to", "denied", "reported")
LANGUAGES = ("en", "zh", "ja", "ko")
ENTITY_TYPES = ("company", "person", "fund", "government", "joint_venture", "product")


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One article as read from a source, before any cleaning.

    ``path`` is the input path as the user gave it; for a JSONL shard it is ``file.jsonl:LINE``.
    Exactly one of ``data`` (undecoded bytes of a file), ``text`` or ``html`` is set.
    """

    path: str
    media_type: str  # "text/plain", "text/markdown", "text/html"
    data: bytes | None = None
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be read: one clear line for the user, recorded in the store."""

    path: str
    problem: str  # what is wrong
    action: str  # what was done about it, e.g. "skipped"

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}; {self.action}"


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article. ``id`` is the hash of the normalised cleaned text."""

    id: str
    path: str
    text: str
    lang: str  # "en", "zh", "ja", "ko" or "und"
    published: str | None = None  # ISO date, possibly partial: "2024", "2024-11", "2024-11-22"
    date_source: str | None = None  # how the date was found: "html-meta", "text", "jsonl", ...
    title: str | None = None
    url: str | None = None
    encoding: str | None = None
    simhash: int = 0  # 64-bit fingerprint for near-duplicate detection
    duplicate_of: str | None = None  # id of an earlier near-identical document


@dataclass(frozen=True, slots=True)
class Amount:
    """A money amount found in text. ``value`` is exact; for a range it is the low end."""

    value: Decimal
    currency: str  # ISO 4217 code
    start: int
    end: int
    text: str
    usd: Decimal | None = None
    qualifier: str | None = None  # up_to, more_than, less_than, approx, range
    high: Decimal | None = None  # upper end of a range
    usd_high: Decimal | None = None
    converted: bool = False  # usd computed with the shipped FX table
    fx_rate: Decimal | None = None
    fx_source: str | None = None  # which rate was used, e.g. "JPY 2024 average"
    stated_usd: Decimal | None = None  # USD figure the text gives beside a foreign amount


@dataclass(frozen=True, slots=True)
class Percentage:
    value: Decimal  # 49 for 49%; the low end of a range
    start: int
    end: int
    text: str
    qualifier: str | None = None  # up_to, more_than, less_than, approx, range, points
    high: Decimal | None = None  # upper end of a range (10-20%)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date in text. ``value`` is ISO and partial according to ``precision``."""

    value: str  # "2018", "2018-02", "2018-02-01"
    precision: str  # "year", "quarter", "month", "week" (value = its Monday), "day"
    start: int
    end: int
    text: str
    relative: bool = False  # resolved against the publication date


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention. ``entity`` is the canonical English name, None when unknown."""

    start: int
    end: int
    text: str
    entity: str | None
    type: str | None = None
    provisional: bool = False  # detected by shape, not in the knowledge base
    via: str | None = None  # "alias", "pattern", "reference" (后者, the company ...)
    unit: str | None = None  # the product or unit named, when it rolls up: "Azure" -> entity "Microsoft"


@dataclass(frozen=True, slots=True)
class Claim:
    """One assertion in one document. Never edited by analysis; reviews live beside it."""

    doc_id: str
    kind: str
    source: str | None
    target: str | None
    status: str
    start: int  # evidence span in Document.text
    end: int
    evidence: str
    extractor: str  # "rules.v1", "llm.v1", "import.v1"
    confidence: float = 0.5
    amount: Amount | None = None
    amount_usd: Decimal | None = None
    pct: float | None = None
    date: str | None = None  # partial ISO date
    date_precision: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)  # why: matched rules, hedges

    @property
    def key(self) -> str:
        """Stable identity that survives re-extraction with a new extractor version."""
        from dealgraph._hashing import claim_key

        return claim_key(self)


@dataclass(frozen=True, slots=True)
class Review:
    """A person's decision about a claim: confirm, reject or correct (with changed fields)."""

    claim_key: str
    action: str  # "confirm", "reject", "correct"
    reviewer: str
    changes: dict[str, object] = field(default_factory=dict)
    note: str | None = None
    at: str | None = None
