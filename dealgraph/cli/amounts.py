"""`dealgraph amounts`, `dealgraph percentages` and `dealgraph dates`: what the number finders see in a text.

JSON output writes Decimal values as strings ("1640000000") so that no digit is lost.
"""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal
from typing import Any

import click

from dealgraph.amounts import find_amounts, find_dates, find_percentages
from dealgraph.cli._common import echo_json, echo_table, json_option

_lang = click.option("--lang", type=click.Choice(["en", "zh", "ja", "ko"]), help="Language (default: guessed).")
_published = click.option("--published", metavar="DATE", help="ISO date of the article (FX year, relative dates).")


def _rows(items: list[Any]) -> list[dict[str, Any]]:
    return [{k: str(v) if isinstance(v, Decimal) else v for k, v in asdict(i).items()} for i in items]


@click.command()
@click.argument("text")
@_lang
@_published
@json_option
def amounts(text: str, lang: str | None, published: str | None, as_json: bool) -> None:
    """Money amounts in TEXT with value, currency, USD and qualifier.

    Example: dealgraph amounts "投资高达40亿美元" --published 2023-11-23
    """
    rows = _rows(find_amounts(text, lang, published=published))
    if as_json:
        echo_json(rows)
    else:
        echo_table(rows, ["text", "value", "currency", "usd", "qualifier", "high", "start", "end"])


@click.command()
@click.argument("text")
@_lang
@json_option
def percentages(text: str, lang: str | None, as_json: bool) -> None:
    """Percentages in TEXT (49%, 百分之四十九, 4割; "points" for 3个百分点).

    Example: dealgraph percentages "a 32.5% stake"
    """
    rows = _rows(find_percentages(text, lang))
    echo_json(rows) if as_json else echo_table(rows, ["text", "value", "qualifier", "start", "end"])


@click.command()
@click.argument("text")
@_lang
@_published
@json_option
def dates(text: str, lang: str | None, published: str | None, as_json: bool) -> None:
    """Dates in TEXT; relative ones (去年, last week) only with --published.

    Example: dealgraph dates "2018年2月、去年9月" --published 2024-11-22
    """
    rows = _rows(find_dates(text, lang, published=published))
    echo_json(rows) if as_json else echo_table(rows, ["text", "value", "precision", "relative", "start", "end"])


COMMANDS = [amounts, percentages, dates]
