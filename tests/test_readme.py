"""The README stays true: its two commands, its CLI reference, its links."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_first_lines_give_the_two_commands() -> None:
    head = README.splitlines()[:6]
    assert any(line.startswith("make demo") for line in head)
    assert any(line.startswith("make test") for line in head)
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_cli_reference_is_current() -> None:
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "cli_reference.py"), "--check"])
    assert proc.returncode == 0, "run: .venv/bin/python scripts/cli_reference.py"


def test_every_command_is_documented() -> None:
    from dealgraph.cli import cli

    for name in cli.commands:
        assert f"`dealgraph {name}" in README, name


def test_linked_docs_exist() -> None:
    for link in re.findall(r"\]\(([^)#]+\.md)\)", README):
        assert (REPO / link).is_file(), link
