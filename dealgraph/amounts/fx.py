"""Dated FX table: yearly average rates shipped as ``fx_rates.tsv`` (units of currency per 1 USD)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from typing import NamedTuple

from dealgraph.amounts._lexicon import read_tsv


class Conversion(NamedTuple):
    usd: Decimal
    rate: Decimal  # units of the currency per 1 USD
    source: str  # "JPY 2024 annual average"


@cache
def rates() -> dict[str, dict[int, Decimal]]:
    """currency -> year -> units per USD, read from fx_rates.tsv."""
    rows = read_tsv("fx_rates.tsv")
    header, body = rows[0], rows[1:]
    table: dict[str, dict[int, Decimal]] = {code: {} for code in header[1:]}
    for row in body:
        for code, cell in zip(header[1:], row[1:]):
            table[code][int(row[0])] = Decimal(cell)
    return table


def year_of(published: str | None) -> int | None:
    """The year of an ISO date ("2024-11-22" -> 2024); None when absent or malformed."""
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


def to_usd(value: Decimal, currency: str, year: int | None = None) -> Conversion | None:
    """Convert with the year's average (the nearest year in the table, else the latest); None if unknown."""
    table = rates().get(currency)
    if not table:
        return None
    years = sorted(table)
    use = years[-1] if year is None else min(max(year, years[0]), years[-1])
    rate = table[use]
    return Conversion(round_usd(value / rate), rate, f"{currency} {use} annual average")


def round_usd(value: Decimal) -> Decimal:
    """Whole dollars for amounts of 1,000 and more, cents below."""
    step = Decimal(1) if abs(value) >= 1000 else Decimal("0.01")
    out = value.quantize(step, rounding=ROUND_HALF_EVEN)
    return Decimal(int(out)) if out == out.to_integral_value() else out
