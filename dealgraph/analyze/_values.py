"""Small value helpers shared by the analysis modules: exact amounts, partial dates, JSON output."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-?Q([1-4]))?$")

# How a qualifier widens a stated figure into (low, high) factors. "range" uses the stated high end.
QUALIFIER_BANDS: dict[str, tuple[Decimal, Decimal]] = {
    "up_to": (Decimal(0), Decimal(1)),
    "less_than": (Decimal(0), Decimal(1)),
    "approx": (Decimal("0.9"), Decimal("1.1")),
    "more_than": (Decimal(1), Decimal("1.1")),
}


def dec(value: Any) -> Decimal | None:
    """An exact Decimal from a stored string/number, None for empty or unparsable values."""
    if value is None or value == "":
        return None
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def dstr(value: Decimal | None) -> str | None:
    """A Decimal as a plain string without exponent (JSON output convention), None stays None."""
    if value is None:
        return None
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return text


def date_bounds(value: str | None) -> tuple[int, int] | None:
    """First and last day (proleptic ordinals) covered by a partial ISO date; None if unparsable.

    "2023" covers the whole year, "2023-11" the month, "2023-Q4" the quarter.
    """
    if not value:
        return None
    return _bounds(str(value).strip())


@lru_cache(maxsize=65536)
def _bounds(value: str) -> tuple[int, int] | None:
    m = _DATE.match(value)
    if not m:
        return None
    year, month, day, quarter = m.groups()
    y = int(year)
    try:
        if day:
            d = date(y, int(month), int(day)).toordinal()
            return d, d
        if month:
            return _month_bounds(y, int(month), int(month))
        if quarter:
            q = int(quarter)
            return _month_bounds(y, 3 * q - 2, 3 * q)
    except ValueError:
        return None
    return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()


def _month_bounds(year: int, first: int, last: int) -> tuple[int, int]:
    end = date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)
    return date(year, first, 1).toordinal(), end.toordinal() - 1


def iso_day(ordinal: int) -> str:
    return date.fromordinal(int(ordinal)).isoformat()


def to_jsonable(value: Any) -> Any:
    """Dataclasses, Decimals, tuples and dicts as JSON-ready values (Decimal -> exact string)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in fields(value) if not f.name.startswith("_")}
    if isinstance(value, Decimal):
        return dstr(value)
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, float) and value != value:
        return None
    return value


@lru_cache(maxsize=None)
def lexicon() -> dict[str, Any]:
    """The shipped word lists and tables in ``lexicon.json`` (cumulative markers, GPU words, sectors)."""
    text = resources.files("dealgraph.analyze").joinpath("lexicon.json").read_text(encoding="utf-8")
    return json.loads(text)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block. Making 100k rows or deals (several objects each)
    otherwise triggers repeated full collections that double the time; nothing here makes cycles."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
