"""The public surface: sorted, importable, and the README's Python example works."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dealgraph

REPO = Path(__file__).resolve().parents[1]


def test_all_is_sorted_and_every_name_resolves() -> None:
    assert dealgraph.__all__ == sorted(dealgraph.__all__)
    for name in dealgraph.__all__:
        assert getattr(dealgraph, name) is not None, name


def test_import_is_cheap() -> None:
    code = "import sys, dealgraph; print(sorted(m for m in ('igraph', 'scipy', 'fastapi', 'trafilatura') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_python_example_from_the_module_docstring(tmp_path: Path) -> None:
    store = dealgraph.open_store(f"sqlite:///{tmp_path / 'deals.db'}")
    report = dealgraph.ingest_paths([str(REPO / "examples" / "news")], store)
    assert report.new >= 9 and report.failed == 0
    deals = dealgraph.load_deals(store)
    assert any(d.source == "Microsoft" and d.target == "OpenAI" for d in deals)
    assert isinstance(dealgraph.find_cycles(deals, max_len=5), list)
