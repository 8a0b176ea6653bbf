"""The batch runner: sources -> documents -> store -> claims, one batch at a time.

Memory stays flat whatever the number of articles: sources are streamed, documents are stored
and extracted in batches, and nothing but counters and the list of problems is kept.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from dealgraph.errors import DealgraphError
from dealgraph.model import Document, Problem, RawDoc
from dealgraph.store import Store

DEFAULT_EXTRACTORS = ("rules.v1",)
DEFAULT_MAX_BYTES = 10_000_000


@dataclass
class IngestReport:
    """Counts of what one ingest did, and a line for every input that could not be used."""

    read: int = 0
    new: int = 0
    unchanged: int = 0
    near_duplicates: int = 0
    claims: int = 0
    extraction_failures: int = 0
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.problems)

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{self.read} read", f"{self.new} new", f"{self.unchanged} already stored",
                 f"{self.near_duplicates} near-duplicates", f"{self.failed} failed",
                 f"{self.claims} claims"]
        if self.extraction_failures:
            parts.append(f"{self.extraction_failures} extraction failures")
        return f"Ingested: {', '.join(parts)} in {self.seconds:.1f}s ({rate:,.0f} articles/s)"

    def exit_code(self) -> int:
        """0 when everything went in, 1 when some inputs failed."""
        return 1 if self.problems or self.extraction_failures else 0


ProblemHandler = Callable[[Problem], None]
ProgressHandler = Callable[[IngestReport], None]


def ingest_paths(paths: Sequence[str], store: Store, *, extractors: Sequence[str] = DEFAULT_EXTRACTORS,
                 batch_size: int = 500, max_bytes: int = DEFAULT_MAX_BYTES,
                 on_problem: ProblemHandler | None = None,
                 on_progress: ProgressHandler | None = None) -> IngestReport:
    """Read files and folders into ``store`` and extract claims from new documents.

    Re-running is a no-op for documents already stored. Inputs that cannot be read are reported
    through ``on_problem``, recorded in the store, and skipped; the batch goes on.
    """
    from dealgraph.sources import read_paths

    return ingest_raw(read_paths(paths, max_bytes=max_bytes), store, extractors=extractors,
                      batch_size=batch_size, on_problem=on_problem, on_progress=on_progress)


def ingest_raw(items: Iterable[RawDoc | Problem], store: Store, *, extractors: Sequence[str] = DEFAULT_EXTRACTORS,
               batch_size: int = 500, on_problem: ProblemHandler | None = None,
               on_progress: ProgressHandler | None = None) -> IngestReport:
    """Like :func:`ingest_paths`, over RawDocs from any source (JSONL shards, feeds, a Ray task)."""
    report, batch, started = IngestReport(), [], time.perf_counter()
    runner = _ExtractionRunner(extractors)
    for item in items:
        doc = _document_or_problem(item)
        if isinstance(doc, Problem):
            _problem(store, report, doc, on_problem)
            continue
        report.read += 1
        batch.append(doc)
        if len(batch) >= batch_size:
            _flush(store, batch, report, runner)
            batch = []
            report.seconds = time.perf_counter() - started
            if on_progress:
                on_progress(report)
    _flush(store, batch, report, runner)
    report.seconds = time.perf_counter() - started
    return report


def _document_or_problem(item: RawDoc | Problem) -> Document | Problem:
    if isinstance(item, Problem):
        return item
    from dealgraph.ingest import build_document

    try:
        return build_document(item)
    except DealgraphError as e:
        return Problem(item.path, str(e), "skipped")


def _problem(store: Store, report: IngestReport, problem: Problem, on_problem: ProblemHandler | None) -> None:
    report.problems.append(problem)
    store.record_error(problem.path, problem.problem, problem.action)
    if on_problem:
        on_problem(problem)


def _flush(store: Store, batch: list[Document], report: IngestReport, runner: _ExtractionRunner) -> None:
    if not batch:
        return
    results = store.add_documents(batch)
    fresh = []
    by_id = {d.id: d for d in batch}
    for added in results:
        if added.status == "unchanged":
            report.unchanged += 1
        elif added.status == "near_duplicate":
            report.near_duplicates += 1
        else:
            report.new += 1
            fresh.append(by_id[added.doc_id])
    claims, failures = runner.run(store, fresh)
    report.claims += claims
    report.extraction_failures += failures


class _ExtractionRunner:
    """Runs the named extractors over new documents and stores what they claim."""

    def __init__(self, names: Sequence[str]):
        self.names = tuple(names)
        self._extractors: list[object] | None = None

    def _load(self) -> list[object]:
        if self._extractors is None:
            from dealgraph.extract.registry import create_extractor

            self._extractors = [create_extractor(n) for n in self.names]
        return self._extractors

    def run(self, store: Store, docs: Sequence[Document]) -> tuple[int, int]:
        if not docs or not self.names:
            return 0, 0
        from dealgraph.extract.pipeline import extract_document

        extractors = self._load()
        batch, failed = [], []
        for doc in docs:
            result = extract_document(doc, extractors)
            for name in self.names:
                batch.append((doc.id, name, [c for c in result.claims if c.extractor == name]))
            failed.extend((doc.id, f.extractor, f.error) for f in result.failures)
        return store.replace_claims_many(batch, failed=failed), len(failed)


def reextract(store: Store, *, extractors: Sequence[str] = DEFAULT_EXTRACTORS, batch_size: int = 200,
              on_progress: ProgressHandler | None = None) -> IngestReport:
    """Run extraction again over every stored document (after a new extractor version)."""
    report, runner, batch, started = IngestReport(), _ExtractionRunner(extractors), [], time.perf_counter()
    for doc in store.iter_documents():
        if doc.duplicate_of:
            continue
        batch.append(doc)
        report.read += 1
        if len(batch) >= batch_size:
            _rerun(store, batch, report, runner)
            batch = []
            report.seconds = time.perf_counter() - started
            if on_progress:
                on_progress(report)
    _rerun(store, batch, report, runner)
    report.seconds = time.perf_counter() - started
    return report


def _rerun(store: Store, batch: list[Document], report: IngestReport, runner: _ExtractionRunner) -> None:
    claims, failures = runner.run(store, batch)
    report.claims += claims
    report.extraction_failures += failures
