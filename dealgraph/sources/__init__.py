"""Sources: read user input (files, folders, JSONL shards) into RawDoc objects, or Problems.

    read_paths(paths, max_bytes=10_000_000) -> Iterator[RawDoc | Problem]
"""

from dealgraph.sources.files import MEDIA_TYPES, read_paths
from dealgraph.sources.jsonl import parse_line, read_jsonl

__all__ = ["MEDIA_TYPES", "parse_line", "read_jsonl", "read_paths"]
