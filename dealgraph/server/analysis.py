"""Calls into :mod:`dealgraph.analyze` with results made JSON-ready for the API."""

from __future__ import annotations

from typing import Any

from dealgraph import analyze


def analyze_function(name: str) -> Any:
    """``dealgraph.analyze.<name>`` (looked up by name so routes can be table-driven)."""
    return getattr(analyze, name)


def to_json(result: Any) -> Any:
    """``result.to_dict()`` where there is one, recursively for lists."""
    if isinstance(result, list | tuple):
        return [to_json(r) for r in result]
    return result.to_dict() if hasattr(result, "to_dict") else result


def cycle_json(cycle: Any) -> dict[str, Any]:
    """A cycle as JSON; ``nodes`` (entity names in loop order) drive the highlighting."""
    return dict(to_json(cycle))


def deal_json(deal: Any) -> dict[str, Any]:
    out = dict(to_json(deal))
    out.setdefault("id", str(deal.id))
    out["dashed"] = getattr(deal, "status", None) in ("rumored", "proposed", "up_to") \
        or bool(getattr(deal, "uncertain", False))
    return out
