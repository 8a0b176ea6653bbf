"""Options and helpers shared by the CLI modules."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from dealgraph.errors import DealgraphError
from dealgraph.store import DEFAULT_URL, Store, open_store

F = TypeVar("F", bound=Callable[..., Any])


def db_option(f: F) -> F:
    return click.option("--db", "db_url", default=DEFAULT_URL, show_default=True, envvar="DEALGRAPH_DB",
                        help="SQLAlchemy database URL or a SQLite file path (env DEALGRAPH_DB).")(f)


def json_option(f: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(f)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn library errors into one clear CLI message with the code and the hint."""
    try:
        yield
    except DealgraphError as e:
        hint = f"\nHint: {e.hint}" if e.hint else ""
        raise click.ClickException(f"{e} ({e.code}){hint}") from e


def store_from(db_url: str) -> Store:
    with user_errors():
        return open_store(db_url)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def echo_table(rows: list[dict[str, Any]], columns: list[str], *, max_width: int = 48) -> None:
    """A plain aligned table; cells are cut to ``max_width`` characters."""
    if not rows:
        click.echo("(none)")
        return
    cells = [[_cell(r.get(c), max_width) for c in columns] for r in rows]
    widths = [max(_width(c), *(_width(row[i]) for row in cells)) for i, c in enumerate(columns)]
    click.echo("  ".join(_pad(c, w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(_pad(v, w) for v, w in zip(row, widths)).rstrip())


def _cell(value: Any, max_width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= max_width else text[: max_width - 1] + "…"


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def is_terminal() -> bool:
    return sys.stderr.isatty()
