"""Entity search in any language: the knowledge base's aliases first, then names seen in deals."""

from __future__ import annotations

import functools
from typing import Any

from collections.abc import Iterable


@functools.lru_cache(maxsize=1)
def _kb() -> Any | None:
    try:
        from dealgraph.entities import default_kb
    except ImportError:
        return None
    return default_kb()


def _name(hit: Any) -> str | None:
    if isinstance(hit, str):
        return hit
    if isinstance(hit, tuple | list) and hit:
        return _name(hit[0])
    if getattr(hit, "rollup", False) and getattr(hit, "parent", None):
        return str(hit.parent)  # Azure -> Microsoft: the claim party
    return getattr(hit, "name", None) or getattr(hit, "entity", None) or getattr(hit, "canonical", None)


@functools.lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The knowledge base's folded alias index, built once (``KB.search`` rebuilds it every call)."""
    kb = _kb()
    return tuple(kb.alias_index().items()) if kb is not None else ()


@functools.lru_cache(maxsize=4096)
def kb_search(query: str, limit: int = 20) -> list[str]:
    """Canonical names whose aliases (微软, マイクロソフト, Azure ...) equal, start with or contain
    ``query`` (the ranking of ``KB.search``: exact, prefix, substring; then shorter names)."""
    from dealgraph.entities._fold import fold

    kb, q = _kb(), fold(query.strip())
    if kb is None or not q:
        return []
    ranked: dict[str, int] = {}
    for key, names in _aliases():
        rank = 0 if key == q else 1 if key.startswith(q) else 2 if q in key else None
        for name in names if rank is not None else ():
            ranked[name] = min(rank, ranked.get(name, 9))
    hits = sorted(ranked, key=lambda n: (ranked[n], len(n), n))[:limit]
    return list(dict.fromkeys(n for n in (_name(kb.entities[h]) for h in hits) if n))


def canonical(name: str) -> str:
    """The canonical name for ``name`` (an alias in any language), or ``name`` itself."""
    kb = _kb()
    if kb is not None:
        found = _name(kb.get(name))
        if found:
            return found
    hits = kb_search(name)
    return hits[0] if len(hits) == 1 else name


def search(names: Iterable[str], query: str, limit: int = 20) -> list[str]:
    """Names matching ``query``: knowledge-base hits (any language) first, then ``names`` containing it."""
    q = query.strip().casefold()
    hits = list(kb_search(query)) + [n for n in names if q and q in n.casefold()]
    return list(dict.fromkeys(hits))[:limit]
