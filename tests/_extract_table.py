"""Shared helper for the per-language extraction tables (not a test module)."""

from __future__ import annotations

from decimal import Decimal

from dealgraph._hashing import document_id
from dealgraph.extract.rules import RuleExtractor
from dealgraph.model import Claim, Document

_EXTRACTOR = RuleExtractor()


def extract(text: str, lang: str, published: str = "2024-11-22") -> list[Claim]:
    doc = Document(id=document_id(text), path="<test>", text=text, lang=lang, published=published)
    return _EXTRACTOR.extract(doc)


def summary(claims: list[Claim]) -> set[tuple]:
    """(kind, source, target, amount_usd as int or None, status) of each claim."""
    return {(c.kind, c.source, c.target, int(c.amount_usd) if c.amount_usd is not None else None, c.status)
            for c in claims}


def check(text: str, lang: str, expected: list[tuple]) -> None:
    """Every expected (kind, source, target, usd, status) is produced, and nothing else.

    A status of None in ``expected`` means "any status".
    """
    got = summary(extract(text, lang))
    loose = {(k, s, t, a) for k, s, t, a, _ in got}
    for exp in expected:
        if exp[4] is None:
            assert exp[:4] in loose, f"missing {exp} in {got}"
        else:
            assert exp in got, f"missing {exp} in {got}"
    assert len(loose) == len({e[:4] for e in expected}), f"unexpected claims: {got} (expected {expected})"


B = 1_000_000_000
M = 1_000_000
assert Decimal(B) == Decimal("1000000000")
