"""Calls into :mod:`dealgraph.analyze` with results made JSON-ready for the API."""

from __future__ import annotations

import importlib
from typing import Any

from dealgraph.server.errors import ApiError


def analyze_function(name: str) -> Any:
    """``dealgraph.analyze.<name>``, or a 503 that says the analysis package is missing."""
    try:
        module = importlib.import_module("dealgraph.analyze")
        return getattr(module, name)
    except (ImportError, AttributeError) as e:
        raise ApiError(503, f"Analysis function {name!r} is not available: {e}",
                       errors=[{"hint": "Install dealgraph with its analysis package (dealgraph.analyze)"}]) from e


def to_json(result: Any) -> Any:
    """``result.to_dict()`` where there is one, recursively for lists."""
    if isinstance(result, list | tuple):
        return [to_json(r) for r in result]
    return result.to_dict() if hasattr(result, "to_dict") else result


def cycle_json(cycle: Any) -> dict[str, Any]:
    """A cycle with ``nodes`` (entity names in loop order) guaranteed, for highlighting."""
    out = dict(to_json(cycle))
    if "nodes" not in out:
        out["nodes"] = list(out.get("entities") or out.get("path") or getattr(cycle, "nodes", []) or [])
    return out


def deal_json(deal: Any) -> dict[str, Any]:
    out = dict(to_json(deal))
    out.setdefault("id", str(deal.id))
    out["dashed"] = getattr(deal, "status", None) in ("rumored", "proposed", "up_to") \
        or bool(getattr(deal, "uncertain", False))
    return out
