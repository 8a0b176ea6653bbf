"""The firehose: ingest and extraction of sharded input (JSONL/Parquet) as a Ray job.

One Ray task per shard runs :func:`dealgraph.ingest_paths` on it with its own store connection
(PostgreSQL for a team; SQLite works for one machine, its writers taking turns). Shards are
independent and ingest is idempotent (document ids are hashes of the cleaned text), so Ray may
retry a task that died, and the whole job may be run again: nothing is stored twice.

    from dealgraph.ray_job import ingest_shards
    report = ingest_shards(["shards/"], "postgresql+psycopg://dealgraph@db/dealgraph")

On a cluster, pass ``address="auto"`` (or ``ray://head:10001``); every node needs dealgraph installed
and must reach the database. Without an address a local Ray instance with ``cpus`` CPUs is started
for the job and stopped after it.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dealgraph.errors import ConfigError
from dealgraph.model import Problem
from dealgraph.pipeline import DEFAULT_EXTRACTORS, IngestReport, ingest_paths
from dealgraph.sources import MEDIA_TYPES, SHARD_TYPES
from dealgraph.sources.files import walk_folder
from dealgraph.store import open_store

SHARD_SUFFIXES = tuple(s for s, t in MEDIA_TYPES.items() if t in SHARD_TYPES)
LOCAL_OBJECT_STORE = 100 * 1024 * 1024  # tasks pass back small reports only; Ray's default is 30% of RAM


@dataclass
class ShardReport:
    """What one shard's task did (``error`` when the task itself failed after Ray's retries)."""

    shard: str
    report: IngestReport | None = None
    error: str | None = None


@dataclass
class JobReport:
    """The sum over shards, and each shard's own report."""

    total: IngestReport = field(default_factory=IngestReport)
    shards: list[ShardReport] = field(default_factory=list)
    not_shards: list[Problem] = field(default_factory=list)  # paths given that hold no shard

    @property
    def failed_shards(self) -> list[ShardReport]:
        return [s for s in self.shards if s.error is not None]

    def exit_code(self) -> int:
        return 1 if self.failed_shards or self.total.exit_code() else 0


def find_shards(paths: Sequence[str]) -> tuple[list[str], list[Problem]]:
    """The .jsonl/.parquet files named or found (recursively, sorted) under ``paths``, and what was not one."""
    shards: list[str] = []
    problems: list[Problem] = []
    for path in paths:
        if os.path.isdir(path):
            found = sorted(p for p in walk_folder(path) if isinstance(p, str) and p.lower().endswith(SHARD_SUFFIXES))
            shards += found
            if not found:
                problems.append(Problem(path, f"no shards in this folder ({', '.join(SHARD_SUFFIXES)})", "skipped"))
        elif path.lower().endswith(SHARD_SUFFIXES):
            shards.append(path)
        else:
            why = "no such file or folder" if not os.path.exists(path) else f"not a shard ({', '.join(SHARD_SUFFIXES)})"
            problems.append(Problem(path, why, "skipped"))
    return list(dict.fromkeys(shards)), problems


def ingest_shard(shard: str, db_url: str, extractors: Sequence[str], max_bytes: int, batch_size: int) -> IngestReport:
    """Ingest one shard into the store at ``db_url`` in this process (the body of each Ray task)."""
    with open_store(db_url) as store:
        return ingest_paths([shard], store, extractors=extractors, max_bytes=max_bytes,
                            batch_size=batch_size, workers=1)


def ingest_shards(paths: Sequence[str], db_url: str, *, extractors: Sequence[str] = DEFAULT_EXTRACTORS,
                  address: str | None = None, cpus: int | None = None, max_bytes: int = 10_000_000,
                  batch_size: int = 200, retries: int = 2,
                  on_shard: Callable[[ShardReport], None] | None = None) -> JobReport:
    """Run one Ray task per shard under ``paths``; ``on_shard`` hears of each as it finishes."""
    ray, started = _ray(), time.perf_counter()
    shards, problems = find_shards(paths)
    job = JobReport(not_shards=problems)
    job.total.problems.extend(problems)
    db_url = shared_url(db_url)
    open_store(db_url).close()  # create or migrate the schema once, before the tasks race to
    started_here = not ray.is_initialized()
    if started_here:
        _start_local(ray, address, cpus)
    try:
        task = ray.remote(num_cpus=1, max_retries=retries, retry_exceptions=False)(ingest_shard)
        pending = {task.remote(s, db_url, tuple(extractors), max_bytes, batch_size): s for s in shards}
        while pending:
            done, _ = ray.wait(list(pending), num_returns=1)
            result = _collect(ray, done[0], pending.pop(done[0]))
            _add(job, result)
            if on_shard:
                on_shard(result)
        job.total.seconds = time.perf_counter() - started
    finally:
        if started_here:
            ray.shutdown()
    return job


def shared_url(db_url: str) -> str:
    """``db_url`` as every task can open it: a SQLite path made absolute; an in-memory database refused."""
    from sqlalchemy.engine import make_url

    url = make_url(db_url if "://" in db_url else f"sqlite:///{db_url}")
    if url.get_backend_name() != "sqlite":
        return db_url
    if not url.database or url.database == ":memory:":
        raise ConfigError("A Ray job cannot share an in-memory SQLite database between its tasks",
                          hint="Pass --db with a file path or a PostgreSQL URL.")
    return url.set(database=os.path.abspath(url.database)).render_as_string(hide_password=False)


def _ray() -> Any:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError as e:
        raise ConfigError("The Ray job needs Ray", hint="pip install 'dealgraph[scale]'") from e
    return ray


def _start_local(ray: Any, address: str | None, cpus: int | None) -> None:
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        ray.init(num_cpus=cpus or os.cpu_count(), include_dashboard=False, log_to_driver=False,
                 object_store_memory=LOCAL_OBJECT_STORE, logging_level=logging.ERROR,
                 _node_ip_address="127.0.0.1")  # a local instance listens on loopback only


def _collect(ray: Any, ref: Any, shard: str) -> ShardReport:
    try:
        return ShardReport(shard, report=ray.get(ref))
    except Exception as e:  # noqa: BLE001 - a task that failed after its retries must not stop the job
        cause = getattr(e, "cause", None) or e
        return ShardReport(shard, error=f"{type(cause).__name__}: {cause}")


def _add(job: JobReport, result: ShardReport) -> None:
    job.shards.append(result)
    r, total = result.report, job.total
    if r is None:
        total.problems.append(Problem(result.shard, f"shard failed: {result.error}", "shard skipped"))
        return
    for name in ("read", "new", "unchanged", "near_duplicates", "claims", "extraction_failures"):
        setattr(total, name, getattr(total, name) + getattr(r, name))
    total.problems.extend(r.problems)
