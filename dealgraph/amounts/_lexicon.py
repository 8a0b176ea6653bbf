"""The word lists behind the patterns, read from the TSV files shipped beside this module."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple


class Entry(NamedTuple):
    token: str
    value: str
    position: str


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a package TSV file, skipping blank lines and # comments."""
    text = resources.files("dealgraph.amounts").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def currencies() -> tuple[Entry, ...]:
    """Currency words and signs: (token, ISO code, prefix|suffix|both)."""
    return tuple(Entry(*row[:3]) for row in read_tsv("currencies.tsv"))


@cache
def qualifiers() -> tuple[Entry, ...]:
    """Hedge words: (phrase, qualifier, pre|post)."""
    return tuple(Entry(*row[:3]) for row in read_tsv("qualifiers.tsv"))


def tokens(entries: tuple[Entry, ...], position: str) -> dict[str, str]:
    """token -> value for the entries usable at ``position`` ("pre"/"prefix" or "post"/"suffix")."""
    return {e.token: e.value for e in entries if e.position in (position, "both")}
