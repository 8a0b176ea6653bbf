"""dealgraph.sources: files, folders and JSONL shards into RawDoc objects, bad input into Problems."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dealgraph.model import Problem, RawDoc
from dealgraph.sources import read_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"


def _read(*paths: Path | str, **kw: int) -> list[RawDoc | Problem]:
    return list(read_paths([str(p) for p in paths], **kw))


def _problems(items: list[RawDoc | Problem]) -> list[Problem]:
    return [x for x in items if isinstance(x, Problem)]


def _docs(items: list[RawDoc | Problem]) -> list[RawDoc]:
    return [x for x in items if isinstance(x, RawDoc)]


@pytest.mark.parametrize(("name", "media_type"), [
    ("en_chrome.txt", "text/plain"), ("ja_article.md", "text/markdown"), ("article.html", "text/html")])
def test_single_file_becomes_one_rawdoc_with_bytes(name: str, media_type: str) -> None:
    path = FIXTURES / name
    [doc] = _read(path)
    assert isinstance(doc, RawDoc)
    assert (doc.path, doc.media_type, doc.data) == (str(path), media_type, path.read_bytes())
    assert doc.text is None and doc.html is None


def test_jsonl_lines_become_rawdocs_and_broken_lines_problems() -> None:
    path = FIXTURES / "shard.jsonl"
    items = _read(path)
    docs = _docs(items)
    assert [d.path for d in docs] == [f"{path}:1", f"{path}:2"]
    first, second = docs
    assert first.media_type == "text/plain" and first.text.startswith("Bluefin Labs said")
    assert (first.url, first.title, first.published) == ("https://example.com/a", "Bluefin Labs invests $300 million",
                                                         "2024-02-10")
    assert second.media_type == "text/html" and second.html.startswith("<html>") and second.url is None
    problems = {p.path.rsplit(":", 1)[1]: p for p in _problems(items)}
    assert sorted(problems, key=int) == ["3", "5", "6", "7", "8"]  # line 4 is blank: ignored
    assert "not valid JSON" in problems["3"].problem
    assert problems["5"].problem == "no 'text' or 'html' field"
    assert "'text' is a number" in problems["6"].problem
    assert "not a JSON object" in problems["7"].problem
    assert "'published' is a number" in problems["8"].problem
    assert all(p.action == "line skipped" for p in problems.values())


def test_jsonl_is_streamed_and_an_overlong_line_is_skipped_not_loaded(tmp_path: Path) -> None:
    shard = tmp_path / "big.jsonl"
    shard.write_text('{"text": "' + "x" * 5000 + '"}\n{"text": "a short and fine article"}\n')
    items = _read(shard, max_bytes=1000)
    [problem] = _problems(items)
    assert problem.path == f"{shard}:1" and "over the 0.001 MB limit" in problem.problem
    assert [d.text for d in _docs(items)] == ["a short and fine article"]


def test_folder_is_walked_recursively_sorted_and_hidden_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("zed")
    (tmp_path / "a.md").write_text("alpha")
    (tmp_path / "c.htm").write_text("<p>c</p>")
    (tmp_path / ".hidden.txt").write_text("secret")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    (tmp_path / "x.facts.jsonl").write_text('{"kind": "investment"}\n')  # gold sidecar: not an article
    items = _read(tmp_path)
    assert [d.path for d in _docs(items)] == [str(tmp_path / "a.md"), str(tmp_path / "b" / "z.txt"),
                                               str(tmp_path / "c.htm")]
    assert _problems(items) == []


def test_unknown_extensions_are_skipped_with_a_reason(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    [problem] = _read(pdf)
    assert isinstance(problem, Problem) and "unsupported file type '.pdf'" in problem.problem
    assert problem.action == "skipped"
    (tmp_path / "note.txt").write_text("fine")
    items = _read(tmp_path)
    assert [d.path for d in _docs(items)] == [str(tmp_path / "note.txt")]
    [summary] = _problems(items)
    assert summary.path == str(tmp_path) and "1 .pdf" in summary.problem


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    empty = tmp_path / "empty"
    empty.mkdir()
    [p1, p2] = _read(missing, empty)
    assert (p1.path, p1.problem, p1.action) == (str(missing), "no such file or folder", "skipped")
    assert p2.path == str(empty) and p2.problem.startswith("no readable articles")


def test_file_over_the_size_limit_is_skipped_with_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(20_000_000)  # a sparse 20 MB file: instant to make
    [problem] = _read(big)
    assert str(problem) == f"{big}: 20.0 MB, over the 10 MB limit; skipped"


def test_dangling_symlink_is_unreadable(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "target-that-does-not-exist.txt")
    [problem] = _read(link)
    assert problem.problem == "broken symbolic link (its target is missing)"


def test_folder_in_place_of_a_file_holds_nothing_readable(tmp_path: Path) -> None:
    fake = tmp_path / "article.txt"
    fake.mkdir()
    [problem] = _read(fake)
    assert isinstance(problem, Problem) and problem.problem.startswith("no readable articles")


def test_special_file_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [problem] = _read(fifo)  # must not block on the pipe
    assert "not a regular file" in problem.problem


def _problems_as_nobody(path: Path) -> str:
    """Read ``path`` in a forked child that dropped root (chmod 000 does not stop root)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            found = [getattr(x, "problem", "READ") for x in read_paths([str(path)])]
            os.write(write_end, repr(found).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        out = pipe.read()
    os.waitpid(pid, 0)
    return out


def test_permission_denied_is_a_problem() -> None:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="dg-locked-"))
    folder.chmod(0o755)
    locked = folder / "locked.txt"
    locked.write_text("no entry")
    locked.chmod(0)
    try:
        assert _problems_as_nobody(locked) == "['permission denied']"
    finally:
        locked.chmod(0o644)
        locked.unlink()
        folder.rmdir()


def test_one_bad_path_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("An article.")
    items = _read(tmp_path / "missing.txt", good)
    assert isinstance(items[0], Problem) and isinstance(items[1], RawDoc)


def test_parquet_rows_become_rawdocs_and_bad_rows_problems(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is installed with dealgraph[scale]")
    import pyarrow.parquet as pq

    shard = tmp_path / "s.parquet"
    pq.write_table(pa.table({"text": ["Nvidia invested $1 billion in xAI.", None, "x" * 50],
                             "url": ["https://example.com/a", None, None]}), shard)
    items = list(read_paths([str(shard)], max_bytes=40))  # the third row has 50 characters
    assert isinstance(items[0], RawDoc) and items[0].text.startswith("Nvidia") and items[0].url.endswith("/a")
    assert items[0].path == f"{shard}:1"
    assert [(p.path, p.problem) for p in items[1:]] == [  # type: ignore[union-attr]
        (f"{shard}:2", "no 'text' or 'html' field"), (f"{shard}:3", "0.0 MB, over the 4e-05 MB limit")]


def test_parquet_without_text_or_damaged_is_one_problem(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is installed with dealgraph[scale]")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"body": ["hello"]}), tmp_path / "a.parquet")
    (tmp_path / "b.parquet").write_bytes(b"PAR1 this is not parquet")
    problems = list(read_paths([str(tmp_path)]))
    assert [(Path(p.path).name, p.problem.split(" (")[0]) for p in problems] == [  # type: ignore[union-attr]
        ("a.parquet", "no 'text' or 'html' column"), ("b.parquet", "not a readable Parquet file")]
