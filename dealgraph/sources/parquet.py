"""Parquet shards: one article per row (columns ``text`` or ``html``, optional ``url``, ``title``,
``published``), streamed in record batches so a large shard is never loaded whole.

A bad row becomes a Problem for ``file.parquet:ROW`` (rows counted from 1) and the shard goes on.
Reading Parquet needs ``pyarrow`` (``pip install 'dealgraph[scale]'``).
"""

from __future__ import annotations

from collections.abc import Iterator

from dealgraph.model import Problem, RawDoc
from dealgraph.sources.jsonl import over_limit, parse_record

COLUMNS = ("text", "html", "url", "title", "published")
BATCH_ROWS = 256


def read_parquet(path: str, *, max_bytes: int) -> Iterator[RawDoc | Problem]:
    """One RawDoc per good row of ``path``, one Problem per bad row (or for an unreadable file)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield Problem(path, "reading Parquet needs pyarrow (pip install 'dealgraph[scale]')", "skipped")
        return
    try:
        shard = pq.ParquetFile(path)
        columns = [c for c in COLUMNS if c in shard.schema_arrow.names]
        if "text" not in columns and "html" not in columns:
            yield Problem(path, "no 'text' or 'html' column", "skipped")
            return
        yield from _rows(path, shard.iter_batches(batch_size=BATCH_ROWS, columns=columns), max_bytes)
    except (OSError, ValueError) as e:  # pyarrow raises ArrowInvalid (a ValueError) for a damaged file
        yield Problem(path, f"not a readable Parquet file ({e})", "skipped")


def _rows(path: str, batches: Iterator[object], max_bytes: int) -> Iterator[RawDoc | Problem]:
    number = 0
    for batch in batches:
        for record in batch.to_pylist():  # type: ignore[attr-defined]
            number += 1
            where = f"{path}:{number}"
            size = sum(len(v.encode()) for k in ("text", "html") if isinstance(v := record.get(k), str))
            if size > max_bytes:
                yield Problem(where, over_limit(size, max_bytes), "row skipped")
            else:
                yield parse_record(record, where)
