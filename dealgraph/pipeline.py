"""The batch runner: sources -> documents -> claims -> store, one chunk at a time.

Memory stays flat whatever the number of articles: sources are streamed, and each chunk of
articles is cleaned and extracted (in worker processes when ``workers > 1``), then stored in one
transaction. Only counters and the list of problems are kept.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from dealgraph.errors import DealgraphError
from dealgraph.model import Claim, Document, Problem, RawDoc
from dealgraph.store import Store

DEFAULT_EXTRACTORS = ("rules.v1",)
DEFAULT_MAX_BYTES = 10_000_000


@dataclass
class IngestReport:
    """Counts of what one run did, and a line for every input that could not be used."""

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
        """0 when everything went in, 1 when some inputs or extractions failed."""
        return 1 if self.problems or self.extraction_failures else 0


@dataclass(frozen=True, slots=True)
class Processed:
    """One input after cleaning and extraction, ready to store."""

    item: Document | Problem
    claims: tuple[tuple[str, tuple[Claim, ...]], ...] = ()  # (extractor name, its claims)
    failures: tuple[tuple[str, str], ...] = ()  # (extractor name, error)


ProblemHandler = Callable[[Problem], None]
ProgressHandler = Callable[[IngestReport], None]


def default_workers() -> int:
    return min(2, os.cpu_count() or 1)


def ingest_paths(paths: Sequence[str], store: Store, *, extractors: Sequence[str] = DEFAULT_EXTRACTORS,
                 batch_size: int = 200, max_bytes: int = DEFAULT_MAX_BYTES, workers: int = 1,
                 on_problem: ProblemHandler | None = None,
                 on_progress: ProgressHandler | None = None) -> IngestReport:
    """Read files and folders into ``store`` and extract claims from new documents.

    Re-running is a no-op for documents already stored. Inputs that cannot be read are reported
    through ``on_problem``, recorded in the store, and skipped; the batch goes on.
    """
    from dealgraph.sources import read_paths

    return ingest_raw(read_paths(paths, max_bytes=max_bytes), store, extractors=extractors,
                      batch_size=batch_size, workers=workers, on_problem=on_problem, on_progress=on_progress)


def ingest_raw(items: Iterable[RawDoc | Problem], store: Store, *, extractors: Sequence[str] = DEFAULT_EXTRACTORS,
               batch_size: int = 200, workers: int = 1, on_problem: ProblemHandler | None = None,
               on_progress: ProgressHandler | None = None) -> IngestReport:
    """Like :func:`ingest_paths`, over RawDocs from any source (JSONL shards, feeds, a Ray task).

    Each chunk is cleaned in the workers, stored, and only the documents that were new are sent
    back to the workers for extraction: re-ingesting what is stored costs cleaning, not extraction.
    """
    from dealgraph.ingest import build_document  # noqa: F401  (imported once here, not in each forked worker)

    report, started, names = IngestReport(), time.perf_counter(), tuple(extractors)
    prepare_extractors(names, store)
    with _pool(workers) as pool:
        waiting: Callable[[], list[Processed]] | None = None  # the previous chunk's extraction, in flight
        for built in _ordered_map(pool, process_chunk, _chunks(items, batch_size), (), workers):
            fresh = _store_documents(store, built, report, on_problem)
            extracting = _extract_later(pool, fresh, names, workers) if names and fresh else None
            if waiting is not None:  # stored while the workers extract this chunk: they never wait on the store
                _store_extracted(store, waiting(), report)
            waiting = extracting
            report.seconds = time.perf_counter() - started
            if on_progress:
                on_progress(report)
        if waiting is not None:
            _store_extracted(store, waiting(), report)
    report.seconds = time.perf_counter() - started
    return report


def _store_extracted(store: Store, processed: list[Processed], report: IngestReport) -> None:
    _store_claims(store, processed, report)
    _record_unknown_parties(store, processed)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


@contextmanager
def _pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """Forked worker processes (they inherit the prepared extractors), or None to work inline."""
    if workers <= 1:
        yield None
        return
    gc.freeze()  # the loaded tables stay out of every collection: the forked workers neither scan nor copy them
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            yield pool
    finally:
        gc.unfreeze()


Work = Callable[[Any, tuple[str, ...]], list[Processed]]


def _ordered_map(pool: ProcessPoolExecutor | None, work: Work, chunks: Iterator[Any],
                 extractors: tuple[str, ...], workers: int) -> Iterator[list[Processed]]:
    """``work(chunk, extractors)`` for each chunk, in input order; with a pool, at most
    ``2 * workers`` chunks in flight so memory stays flat."""
    if pool is None:
        yield from (work(c, extractors) for c in chunks)
        return
    pending: deque[Future[list[Processed]]] = deque()
    for chunk in chunks:
        pending.append(pool.submit(work, chunk, extractors))
        if len(pending) >= 2 * workers:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _extract_later(pool: ProcessPoolExecutor | None, docs: list[Document], extractors: tuple[str, ...],
                   workers: int) -> Callable[[], list[Processed]]:
    """Start extracting ``docs`` split across the workers (inline without a pool); the returned
    function waits for the results, in input order."""
    if pool is None:
        done = _extract_chunk(docs, extractors)
        return lambda: done
    size = -(-len(docs) // max(1, workers))
    futures = [pool.submit(_extract_chunk, part, extractors) for part in _chunks(docs, size)]
    return lambda: [p for f in futures for p in f.result()]


_EXTRACTORS: dict[str, object] = {}


def _extractor(name: str) -> object:
    """One extractor instance per process and name (they load lexicons once)."""
    if name not in _EXTRACTORS:
        from dealgraph.extract.registry import create_extractor

        _EXTRACTORS[name] = create_extractor(name)
    return _EXTRACTORS[name]


def prepare_extractors(names: Sequence[str], store: Store | None) -> None:
    """Create the named extractors in this process before workers fork from it.

    An extractor whose factory takes ``resolver=`` gets one that honours the store's entity
    merge and split decisions, so a re-run never undoes them.
    """
    import inspect

    from dealgraph.extract.registry import create_extractor, extractor_factory

    resolver = None
    for name in names:
        config: dict[str, object] = {}
        if "resolver" in inspect.signature(extractor_factory(name)).parameters:
            if resolver is None:
                from dealgraph.entities import resolver_for

                resolver = resolver_for(store)
            config["resolver"] = resolver
        _EXTRACTORS[name] = create_extractor(name, **config)


def process_chunk(items: Sequence[RawDoc | Problem], extractors: Sequence[str]) -> list[Processed]:
    """Pure work on one chunk: RawDoc -> Document -> claims. Safe to run in a worker process."""
    return [process_one(item, extractors) for item in items]


def process_one(item: RawDoc | Problem, extractors: Sequence[str]) -> Processed:
    if isinstance(item, Problem):
        return Processed(item)
    from dealgraph.ingest import build_document

    try:
        doc = build_document(item)
    except DealgraphError as e:
        return Processed(Problem(item.path, str(e), "skipped"))
    except Exception as e:  # noqa: BLE001 - an unexpected failure on one article must not stop a batch
        return Processed(Problem(item.path, f"could not be read ({type(e).__name__}: {e}); please report "
                                            "this as a dealgraph bug", "skipped"))
    return extract_one(doc, extractors)


def extract_one(doc: Document, extractors: Sequence[str]) -> Processed:
    if not extractors:
        return Processed(doc)
    from dealgraph.extract.pipeline import extract_document

    result = extract_document(doc, [_extractor(n) for n in extractors])  # type: ignore[misc]
    claims = tuple((n, tuple(c for c in result.claims if c.extractor == n)) for n in extractors)
    return Processed(doc, claims, tuple((f.extractor, f.error) for f in result.failures))


def _store_documents(store: Store, chunk: list[Processed], report: IngestReport,
                     on_problem: ProblemHandler | None) -> list[Document]:
    """Store the chunk's documents and report its problems; returns the documents that were new."""
    docs = [p.item for p in chunk if isinstance(p.item, Document)]
    for p in chunk:
        if isinstance(p.item, Problem):
            _problem(store, report, p.item, on_problem)
    report.read += len(docs)
    fresh = set()
    for added in store.add_documents(docs):
        if added.status == "unchanged":
            report.unchanged += 1
        elif added.status == "near_duplicate":
            report.near_duplicates += 1
        else:
            report.new += 1
            fresh.add(added.doc_id)
    return [d for d in docs if d.id in fresh]


def _record_unknown_parties(store: Store, processed: list[Processed]) -> None:
    """Claim parties the knowledge base does not know become provisional entities for review."""
    from dealgraph.entities import default_kb, record_provisional
    from dealgraph.model import Mention

    kb = default_kb()
    for p in processed:
        names = [n for _, claims in p.claims for c in claims for n in (c.source, c.target) if n]
        unknown = [Mention(0, 0, n, n, "company", provisional=True) for n in names if kb.get(n) is None]
        if unknown:
            record_provisional(store, unknown, p.item.id)  # type: ignore[union-attr]


def _store_claims(store: Store, processed: list[Processed], report: IngestReport) -> None:
    batch = [(p.item.id, name, list(claims)) for p in processed for name, claims in p.claims]  # type: ignore[union-attr]
    failed = [(p.item.id, name, error) for p in processed for name, error in p.failures]  # type: ignore[union-attr]
    if batch or failed:
        report.claims += store.replace_claims_many(batch, failed=failed)
        report.extraction_failures += len(failed)


def _problem(store: Store, report: IngestReport, problem: Problem, on_problem: ProblemHandler | None) -> None:
    report.problems.append(problem)
    store.record_error(problem.path, problem.problem, problem.action)
    if on_problem:
        on_problem(problem)


def reextract(store: Store, *, extractors: Sequence[str] = DEFAULT_EXTRACTORS, batch_size: int = 200,
              workers: int = 1, on_progress: ProgressHandler | None = None) -> IngestReport:
    """Run extraction again over every stored document (after a new extractor version)."""
    report, started = IngestReport(), time.perf_counter()
    prepare_extractors(extractors, store)
    originals = (d for d in store.iter_documents() if not d.duplicate_of)
    with _pool(workers) as pool:
        for chunk in _ordered_map(pool, _extract_chunk, _chunks(originals, batch_size), tuple(extractors), workers):
            report.read += len(chunk)
            _store_claims(store, chunk, report)
            report.seconds = time.perf_counter() - started
            if on_progress:
                on_progress(report)
    report.seconds = time.perf_counter() - started
    return report


def _extract_chunk(docs: Sequence[Document], extractors: Sequence[str]) -> list[Processed]:
    return [extract_one(d, extractors) for d in docs]
