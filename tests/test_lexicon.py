"""The trigger lexicons stay fast: every row's first characters are known, so matching dispatches by
first character instead of trying every pattern at every position."""

from __future__ import annotations

import pytest

from dealgraph.extract.rules.lexicon import first_chars, triggers


@pytest.mark.parametrize("lang", ["en", "zh", "ja"])
def test_every_trigger_row_has_known_first_characters(lang: str) -> None:
    entries, _ = triggers(lang)
    unknown = [e.pattern for e in entries if first_chars(e.pattern) is None]
    assert unknown == [], "rewrite these rows so their first characters can be told (see lexicon.first_chars)"


@pytest.mark.parametrize("pattern,expected", [
    (r"(?:(?<=\bthe )|(?<=\bits ))(?:purchase|deal)", {"p", "d"}),
    (r"(?<!in )orders?", {"o"}),
    (r"^\s*(?:総額|金額)", set(" \t\n\r\f\v\u3000") | {"総", "金"}),
    (r"\d+ billion", set("0123456789０１２３４５６７８９")),
])
def test_first_characters_look_past_zero_width_parts(pattern: str, expected: set[str]) -> None:
    assert first_chars(pattern) == expected
