"""Files and folders: .txt, .md, .html/.htm, .jsonl and .parquet, read into RawDoc objects.

Folders are walked recursively in sorted order; hidden files and folders (".name") are skipped, as
are the sidecar files beside articles (``*.facts.jsonl`` gold, ``*.meta.json``). Bad input never
stops the run: it becomes a Problem(path, problem, action) in the stream, and the next path is read.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from collections.abc import Iterator, Sequence

from dealgraph.model import Problem, RawDoc
from dealgraph.sources.jsonl import over_limit, read_jsonl
from dealgraph.sources.parquet import read_parquet

MEDIA_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
               ".html": "text/html", ".htm": "text/html", ".jsonl": "application/jsonl",
               ".parquet": "application/vnd.apache.parquet"}
SHARD_TYPES = ("application/jsonl", "application/vnd.apache.parquet")  # many articles per file
SIDECARS = (".facts.jsonl", ".meta.json")  # gold facts and metadata files beside articles
SKIPPED = "skipped"


def read_paths(paths: Sequence[str], *, max_bytes: int = 10_000_000) -> Iterator[RawDoc | Problem]:
    """Every article under ``paths`` as a RawDoc, and a Problem for each input that cannot be read."""
    for path in paths:
        yield from _read_path(path, max_bytes)


def _read_path(path: str, max_bytes: int) -> Iterator[RawDoc | Problem]:
    """One path as the user gave it: a file, a folder, or a Problem."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        yield Problem(path, _os_problem(path, e), SKIPPED)
        return
    if stat.S_ISDIR(mode):
        yield from _read_dir(path, max_bytes)
    elif not stat.S_ISREG(mode):
        yield Problem(path, "not a regular file (a device, socket or pipe)", SKIPPED)
    elif _suffix(path) not in MEDIA_TYPES:
        yield Problem(path, f"unsupported file type '{_suffix(path) or 'no extension'}' "
                            f"(readable: {', '.join(MEDIA_TYPES)})", SKIPPED)
    else:
        yield from _read_file(path, max_bytes)


def _read_dir(root: str, max_bytes: int) -> Iterator[RawDoc | Problem]:
    """Articles in a folder tree, sorted; unsupported files are summed up in one Problem per folder."""
    found = 0
    for item in walk_folder(root):
        if isinstance(item, Problem):
            yield item
            continue
        found += 1
        yield from _read_path(item, max_bytes)
    if not found:
        yield Problem(root, f"no readable articles in this folder ({', '.join(MEDIA_TYPES)})", SKIPPED)


def walk_folder(folder: str) -> Iterator[str | Problem]:
    """Paths of readable files under ``folder`` (depth first, sorted), plus Problems for the rest."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        yield Problem(folder, _os_problem(folder, e), SKIPPED)
        return
    others: Counter[str] = Counter()
    for entry in entries:
        if entry.name.startswith(".") or entry.name.endswith(SIDECARS):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(entry.path)
        elif _suffix(entry.name) in MEDIA_TYPES:
            yield entry.path
        else:
            others[_suffix(entry.name) or "no extension"] += 1
    if others:
        kinds = ", ".join(f"{n} {ext}" for ext, n in sorted(others.items()))
        yield Problem(folder, f"{sum(others.values())} file(s) of unsupported type ({kinds})", SKIPPED)


def _read_file(path: str, max_bytes: int) -> Iterator[RawDoc | Problem]:
    """A single article file (size-checked), or every record of a JSONL or Parquet shard."""
    media_type = MEDIA_TYPES[_suffix(path)]
    try:
        if media_type in SHARD_TYPES:
            reader = read_jsonl if media_type == "application/jsonl" else read_parquet
            yield from reader(path, max_bytes=max_bytes)
            return
        size = os.path.getsize(path)
        if size > max_bytes:
            yield Problem(path, over_limit(size, max_bytes), SKIPPED)
            return
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as e:
        yield Problem(path, _os_problem(path, e), SKIPPED)
        return
    if len(data) > max_bytes:
        yield Problem(path, over_limit(len(data), max_bytes), SKIPPED)
        return
    yield RawDoc(path=path, media_type=media_type, data=data)


def _os_problem(path: str, error: OSError) -> str:
    """One plain sentence for an operating-system error on ``path``."""
    if error.errno == errno.ENOENT:
        missing_target = os.path.islink(path)
        return "broken symbolic link (its target is missing)" if missing_target else "no such file or folder"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    return f"cannot be read ({error.strerror or error})"


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()
