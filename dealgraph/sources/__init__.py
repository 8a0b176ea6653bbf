"""Sources: read user input (files, folders, JSONL and Parquet shards) into RawDoc objects, or Problems.

    read_paths(paths, max_bytes=10_000_000) -> Iterator[RawDoc | Problem]
"""

from dealgraph.sources.files import MEDIA_TYPES, SHARD_TYPES, read_paths
from dealgraph.sources.jsonl import parse_line, parse_record, read_jsonl
from dealgraph.sources.parquet import read_parquet

__all__ = ["MEDIA_TYPES", "SHARD_TYPES", "parse_line", "parse_record", "read_jsonl", "read_parquet", "read_paths"]
