"""`dealgraph eval`: score an extractor on a folder of articles with gold claims.

A corpus folder holds ``X.txt`` (or ``X.md``/``X.html``, cleaned like ingest does), ``X.facts.jsonl``
(one gold claim a line: kind, source, target, amount_usd, pct, date, status, evidence) and
optionally ``X.meta.json`` (``lang``, ``published``).

Matching is one-to-one and greedy: same kind, same canonical parties (both sides' names resolved
through the entity knowledge base: "Hon Hai" and "Foxconn" are one party; either order for a joint
venture), amount within 10% where the gold has one, percentage within 0.5 points where the gold
has one. A predicted claim that only restates a matched one (same kind and parties, same or no
amount) is counted as ``redundant``, neither right nor wrong.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import Decimal
from pathlib import Path
from typing import Any

from dealgraph._hashing import document_id
from dealgraph.errors import InputError
from dealgraph.extract.base import Extractor
from dealgraph.extract.sentences import script_lang
from dealgraph.model import Claim, Document, RawDoc

AMOUNT_TOLERANCE = Decimal("0.10")
PCT_TOLERANCE = 0.5
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
_MEDIA = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html", ".htm": "text/html"}


@dataclass(frozen=True, slots=True)
class Gold:
    """One expected claim from a ``.facts.jsonl`` file."""

    kind: str
    source: str | None
    target: str | None
    amount_usd: Decimal | None = None
    pct: float | None = None
    date: str | None = None
    status: str | None = None
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class CorpusItem:
    path: Path
    doc: Document
    gold: tuple[Gold, ...]


@dataclass(slots=True)
class DocScore:
    """Matches, misses and false claims of one article."""

    path: str
    lang: str
    matched: list[tuple[Gold, Claim]] = field(default_factory=list)
    missed: list[Gold] = field(default_factory=list)
    false: list[Claim] = field(default_factory=list)
    redundant: list[Claim] = field(default_factory=list)
    error: str | None = None
    why: list[str] = field(default_factory=list)  # for each missed gold claim: the nearest miss


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


# -- corpus ----------------------------------------------------------------------------------

def _gold(row: dict[str, Any]) -> Gold:
    amount = row.get("amount_usd")
    return Gold(kind=row["kind"], source=row.get("source"), target=row.get("target"),
                amount_usd=Decimal(str(amount)) if amount is not None else None,
                pct=float(row["pct"]) if row.get("pct") is not None else None, date=row.get("date"),
                status=row.get("status"), evidence=row.get("evidence", ""))


def read_gold(path: Path) -> tuple[Gold, ...]:
    """Gold claims from a ``.facts.jsonl`` file (blank lines ignored)."""
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return tuple(_gold(r) for r in rows)
    except (ValueError, KeyError) as e:
        raise InputError(f"{path}: not a valid facts file ({e})", code="DG110",
                         hint="One JSON object a line with at least kind, source and target.") from e


def _article(base: Path) -> Path | None:
    return next((base.with_name(base.name + s) for s in TEXT_SUFFIXES if base.with_name(base.name + s).exists()), None)


def build_doc(path: Path, meta: dict[str, Any]) -> Document:
    """A Document from an article file: ingest's cleaning when available, else the plain text."""
    raw = RawDoc(path=str(path), media_type=_MEDIA.get(path.suffix.lower(), "text/plain"), data=path.read_bytes(),
                 published=meta.get("published"))
    doc = _ingested(raw)
    if doc is None:
        text = path.read_text(encoding="utf-8", errors="replace")
        doc = Document(id=document_id(text), path=str(path), text=text, lang=script_lang(text[:2000], "en"))
    updates = {k: meta[k] for k in ("lang", "published") if meta.get(k)}
    return _replace(doc, **updates) if updates else doc


def _replace(doc: Document, **kw: Any) -> Document:
    from dataclasses import replace

    return replace(doc, **kw)


def _ingested(raw: RawDoc) -> Document | None:
    try:
        from dealgraph.ingest import build_document
    except ImportError:
        return None
    return build_document(raw)


def corpus_files(folders: Iterable[Path]) -> list[Path]:
    """The ``*.facts.jsonl`` files of the folders, sorted."""
    out: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            raise InputError(f"{folder}: not a folder", code="DG111", hint="Give a folder of X.txt + X.facts.jsonl.")
        out.extend(sorted(folder.glob("*.facts.jsonl")))
    return out


def load_corpus(folders: Iterable[Path]) -> list[CorpusItem]:
    """Articles with gold claims; a facts file without its article is an error."""
    items = []
    for facts in corpus_files(folders):
        base = facts.with_name(facts.name[: -len(".facts.jsonl")])
        article = _article(base)
        if article is None:
            raise InputError(f"{facts}: no article beside it", code="DG112",
                             hint=f"Add {base.name}.txt (or .md/.html).")
        meta_path = base.with_name(base.name + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        items.append(CorpusItem(article, build_doc(article, meta), read_gold(facts)))
    return items


def corpus_hash(folders: Iterable[Path]) -> str:
    """SHA-256 over the sorted file names of the corpus (facts, articles, meta)."""
    h = hashlib.sha256()
    for facts in corpus_files(folders):
        base = facts.name[: -len(".facts.jsonl")]
        for f in sorted(facts.parent.glob(base + ".*")):
            h.update(f.name.encode("utf-8") + b"\0")
    return h.hexdigest()[:16]


# -- matching --------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def canonical_name(name: str | None) -> str:
    """The knowledge base's canonical name ("Hon Hai" -> "Foxconn", "Azure" -> "Microsoft"), casefolded.

    Applied to gold and predicted parties alike, so an alias never counts as a miss; a name the
    knowledge base does not know is compared case-insensitively as written.
    """
    if not name:
        return ""
    kb = _kb()
    entity = kb.get(name.strip()) if kb is not None else None
    if entity is None:
        return name.strip().casefold()
    return kb.claim_party(entity.name).casefold()  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def _kb() -> Any:
    try:
        from dealgraph.entities import default_kb
    except ImportError:  # pragma: no cover - entities is part of the package
        return None
    return default_kb()


def _same(a: str | None, b: str | None) -> bool:
    return canonical_name(a) == canonical_name(b)


def matches(gold: Gold, claim: Claim) -> bool:
    """Does ``claim`` state ``gold`` (kind, parties, amount within 10%, pct within 0.5)?"""
    if claim.kind != gold.kind:
        return False
    direct = _same(claim.source, gold.source) and _same(claim.target, gold.target)
    swapped = _same(claim.source, gold.target) and _same(claim.target, gold.source)
    if not (direct or (gold.kind == "joint_venture" and swapped)):
        return False
    if gold.amount_usd is not None:
        if claim.amount_usd is None or abs(claim.amount_usd - gold.amount_usd) > AMOUNT_TOLERANCE * gold.amount_usd:
            return False
    if gold.pct is not None:
        if claim.pct is None or abs(claim.pct - gold.pct) > PCT_TOLERANCE:
            return False
    return True


def _restates(claim: Claim, matched: Claim) -> bool:
    if claim.kind != matched.kind or not (_same(claim.source, matched.source) and _same(claim.target, matched.target)):
        return False
    if claim.amount_usd is None or matched.amount_usd is None:
        return True
    return abs(claim.amount_usd - matched.amount_usd) <= AMOUNT_TOLERANCE * matched.amount_usd


def score_document(path: str, lang: str, gold: Sequence[Gold], claims: Sequence[Claim], text: str = "") -> DocScore:
    """Greedy one-to-one matching of ``claims`` against ``gold``.

    The most specific gold claims (with an amount or a percentage) pick first, so that a claim with an
    amount is not used up by a gold claim without one; among the claims that match, one with the same
    status wins, then the most confident.
    """
    score = DocScore(path, lang)
    free = sorted(claims, key=lambda c: -c.confidence)
    for g in sorted(gold, key=lambda g: (g.amount_usd is None, g.pct is None)):
        hit = min((c for c in free if matches(g, c)), key=lambda c: c.status != g.status, default=None)
        if hit is None:
            score.missed.append(g)
        else:
            free.remove(hit)
            score.matched.append((g, hit))
    score.why = [why_missed(g, claims, text) for g in score.missed]
    for c in free:
        if any(_restates(c, m) for _, m in score.matched):
            score.redundant.append(c)
        else:
            score.false.append(c)
    return score


def why_missed(gold: Gold, claims: Sequence[Claim], text: str = "") -> str:
    """The nearest claim to a missed gold claim and how it differs, or what its evidence gave."""
    same_parties = [c for c in claims if _same(c.source, gold.source) and _same(c.target, gold.target)]
    for c in same_parties:
        if c.kind == gold.kind:
            return f"amount/pct differ: {_money(c.amount_usd)} {c.pct or ''}".rstrip()
    if same_parties:
        return f"kind {same_parties[0].kind}"
    for c in claims:
        if c.kind == gold.kind and _same(c.source, gold.target) and _same(c.target, gold.source):
            return "direction reversed"
    at = text.find(gold.evidence) if gold.evidence and text else -1
    here = [c for c in claims if at >= 0 and c.start < at + len(gold.evidence) and at < c.end]
    for c in here:
        if c.kind == gold.kind and (_same(c.source, gold.source) or _same(c.target, gold.target)):
            return f"parties {c.source} -> {c.target}"
    if here:
        c = here[0]
        return f"evidence gave {c.kind} {c.source} -> {c.target}"
    return "no claim from the evidence" if at >= 0 else "no claim with these parties"


def _money(usd: Decimal | None) -> str:
    return "no amount" if usd is None else f"${usd:,.0f}"


# -- report ----------------------------------------------------------------------------------

@dataclass(slots=True)
class Report:
    """Scores of one extractor on one corpus."""

    extractor: str
    docs: list[DocScore]
    corpus: str = ""

    def counts(self, *, lang: str | None = None, kind: str | None = None) -> Counts:
        total = Counts()
        for d in self.docs:
            if lang is not None and d.lang != lang:
                continue
            tp = sum(1 for g, _ in d.matched if kind in (None, g.kind))
            fn = sum(1 for g in d.missed if kind in (None, g.kind))
            fp = sum(1 for c in d.false if kind in (None, c.kind))
            total = total + Counts(tp, fp, fn)
        return total

    def languages(self) -> list[str]:
        return sorted({d.lang for d in self.docs})

    def kinds(self) -> list[str]:
        found = {g.kind for d in self.docs for g, _ in d.matched} | {g.kind for d in self.docs for g in d.missed}
        return sorted(found | {c.kind for d in self.docs for c in d.false})

    def status_accuracy(self) -> float | None:
        pairs = [(g, c) for d in self.docs for g, c in d.matched if g.status]
        return round(sum(g.status == c.status for g, c in pairs) / len(pairs), 4) if pairs else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "extractor": self.extractor, "corpus": self.corpus, "documents": len(self.docs),
            "overall": self.counts().as_dict(),
            "by_lang": {lang: self.counts(lang=lang).as_dict() for lang in self.languages()},
            "by_kind": {kind: self.counts(kind=kind).as_dict() for kind in self.kinds()},
            "status_accuracy": self.status_accuracy(),
            "misses": [{**_gold_row(d, g), "why": why} for d in self.docs
                       for g, why in zip(d.missed, d.why or [""] * len(d.missed))],
            "false": [_claim_row(d, c) for d in self.docs for c in d.false],
            "redundant": sum(len(d.redundant) for d in self.docs),
            "errors": [{"path": d.path, "error": d.error} for d in self.docs if d.error],
        }


def _gold_row(d: DocScore, g: Gold) -> dict[str, Any]:
    return {"path": d.path, "lang": d.lang, "kind": g.kind, "source": g.source, "target": g.target,
            "amount_usd": g.amount_usd, "pct": g.pct, "evidence": g.evidence}


def _claim_row(d: DocScore, c: Claim) -> dict[str, Any]:
    return {"path": d.path, "lang": d.lang, "kind": c.kind, "source": c.source, "target": c.target,
            "amount_usd": c.amount_usd, "pct": c.pct, "status": c.status, "confidence": c.confidence,
            "evidence": c.evidence}


def evaluate(folders: Sequence[Path | str], extractor: Extractor) -> Report:
    """Run ``extractor`` over the corpus in ``folders`` and score it; one failing article is recorded."""
    paths = [Path(f) for f in folders]
    report = Report(extractor.name, [], corpus_hash(paths))
    for item in load_corpus(paths):
        try:
            claims = extractor.extract(item.doc)
            report.docs.append(score_document(str(item.path), item.doc.lang, item.gold, claims, item.doc.text))
        except Exception as e:  # noqa: BLE001 - scored as all missed, reported
            failed = DocScore(str(item.path), item.doc.lang, missed=list(item.gold), error=f"{type(e).__name__}: {e}")
            report.docs.append(failed)
    return report
