"""JSONL shards: one article per line, streamed (a shard may be gigabytes; it is never loaded whole).

Each line is an object with ``text`` or ``html`` and optionally ``url``, ``title``, ``published``.
A broken line becomes a Problem for ``file.jsonl:LINE`` and the shard goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from dealgraph.model import Problem, RawDoc

_OPTIONAL = ("url", "title", "published")
_LINE_SKIPPED = "line skipped"


def read_jsonl(path: str, *, max_bytes: int) -> Iterator[RawDoc | Problem]:
    """One RawDoc per good line of ``path`` (``path:LINENO``, from 1), one Problem per bad line."""
    with open(path, "rb") as handle:
        number = 0
        while True:
            line = handle.readline(max_bytes + 1)
            if not line:
                return
            number += 1
            if len(line) > max_bytes and not line.endswith(b"\n"):
                size = len(line) + _skip_rest_of_line(handle)
                yield Problem(f"{path}:{number}", over_limit(size, max_bytes), _LINE_SKIPPED)
            elif line.strip():
                yield parse_line(line, f"{path}:{number}", max_bytes=max_bytes)


def _skip_rest_of_line(handle: BinaryIO, chunk: int = 1 << 20) -> int:
    """Read past the end of an over-long line without holding it; the number of bytes skipped."""
    skipped = 0
    while True:
        part = handle.readline(chunk)
        skipped += len(part)
        if not part or part.endswith(b"\n"):
            return skipped


def parse_line(line: bytes, where: str, *, max_bytes: int) -> RawDoc | Problem:
    """A RawDoc from one JSONL line, or a Problem saying what is wrong with it."""
    if len(line) > max_bytes:
        return Problem(where, over_limit(len(line), max_bytes), _LINE_SKIPPED)
    try:
        record = json.loads(line.rstrip(b"\r\n"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return Problem(where, f"not valid JSON ({_why(e)})", _LINE_SKIPPED)
    return parse_record(record, where)


def parse_record(record: Any, where: str) -> RawDoc | Problem:
    """A RawDoc from one decoded record (a JSONL line, a Parquet row), or a Problem saying what is wrong."""
    if not isinstance(record, dict):
        return Problem(where, f"{_kind(record)}, not a JSON object", _LINE_SKIPPED)
    wrong = _type_error(record)
    if wrong:
        return Problem(where, wrong, _LINE_SKIPPED)
    return _raw(record, where)


def _type_error(record: dict[str, Any]) -> str | None:
    """What is wrong with the fields of one record, or None."""
    if record.get("text") is None and record.get("html") is None:
        return "no 'text' or 'html' field"
    for key in ("text", "html", *_OPTIONAL):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return f"field '{key}' is {_kind(value)}, not a string"
    return None


def _raw(record: dict[str, Any], where: str) -> RawDoc:
    """The RawDoc for a checked record; HTML wins when both fields are given."""
    html = record.get("html")
    meta = {key: record.get(key) or None for key in _OPTIONAL}
    if html is not None:
        return RawDoc(path=where, media_type="text/html", html=html, **meta)
    return RawDoc(path=where, media_type="text/plain", text=record["text"], **meta)


def _kind(value: object) -> str:
    """How a JSON value is named in messages: "a number", "a list", ..."""
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), "a string" if isinstance(value, str) else "null")


def _why(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at column {error.colno}"
    return "the line is not UTF-8"


def over_limit(size: int, limit: int) -> str:
    """ "20.0 MB, over the 10 MB limit" (decimal megabytes)."""
    return f"{size / 1_000_000:.1f} MB, over the {limit / 1_000_000:g} MB limit"
