"""Store-backed user decisions (merge, split) and the provisional entities seen in documents.

Decisions live in the ``entity_decisions`` table and are replayed, in order, every time a
resolver is built from a store, so re-running extraction never undoes them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from sqlalchemy import insert, select, update

from dealgraph.entities._fold import fold
from dealgraph.entities.kb import ENV_VAR, Entity, KnowledgeBase, default_kb
from dealgraph.entities.matcher import Decision, Resolver
from dealgraph.errors import InputError
from dealgraph.model import Mention
from dealgraph.store import schema


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def load_decisions(store: Any) -> list[Decision]:
    t = schema.entity_decisions
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.c.action, t.c.name, t.c.into).order_by(t.c.id)).all()
    return [Decision(r.action, r.name, r.into) for r in rows]


def resolver_for(store: Any = None, kb: KnowledgeBase | None = None) -> Resolver:
    """A resolver over ``kb`` (default: shipped + user files) honouring the store's decisions.

    Cheap to call per document: one small query, and with the default KB the resolver is reused
    while the decisions (and ``$DEALGRAPH_ENTITIES``) are unchanged. Pass it to
    ``find_mentions(text, lang, resolver=...)``.
    """
    decisions = load_decisions(store) if store is not None else []
    if kb is not None:
        return Resolver(kb, decisions)
    key = tuple((d.action, d.name, d.into) for d in decisions)
    return _cached_resolver(os.environ.get(ENV_VAR, ""), key)


@lru_cache(maxsize=8)
def _cached_resolver(env: str, decisions: tuple[tuple[str, str, str | None], ...]) -> Resolver:
    return Resolver(default_kb(), [Decision(*d) for d in decisions])


def _known(store: Any, resolver: Resolver, name: str) -> str | None:
    entity = resolver.kb.get(name)
    if entity is not None:
        return entity.name
    t = schema.entities
    with store.engine.connect() as conn:
        row = conn.execute(select(t.c.name).where(t.c.name == name)).first()
    return row.name if row else None


def merge(store: Any, a: str, b: str, *, reviewer: str | None = None, kb: KnowledgeBase | None = None) -> str:
    """Record that ``a`` (an entity name or any alias text) is ``b``; returns b's canonical name."""
    resolver = resolver_for(store, kb)
    target = _known(store, resolver, b.strip())
    if target is None:
        raise InputError(f"Unknown entity {b!r}", code="DG120",
                         hint="Merge into a name from `dealgraph entities search` or list-provisional")
    if a.strip() == target or not a.strip():
        raise InputError(f"Cannot merge {a!r} into itself", code="DG121", hint="Give two different names")
    _insert(store, "merge", a.strip(), target, reviewer)
    return target


def split(store: Any, name: str, alias: str, *, reviewer: str | None = None,
          kb: KnowledgeBase | None = None) -> None:
    """Record that ``alias`` must no longer map to ``name``."""
    resolver = resolver_for(store, kb)
    entry = resolver.table.get(fold(alias.strip()))
    maps = entry is not None and any(n == name or resolver.party(n) == name for n in entry.names)
    if not maps and resolver.final(alias.strip()) != name:
        raise InputError(f"{alias!r} does not map to {name!r}", code="DG122",
                         hint=f"See `dealgraph entities show {name}` for its aliases")
    _insert(store, "split", name, alias.strip(), reviewer)


def _insert(store: Any, action: str, name: str, into: str, reviewer: str | None) -> None:
    with store.engine.begin() as conn:
        conn.execute(insert(schema.entity_decisions).values(action=action, name=name, into=into,
                                                            reviewer=reviewer, at=_now()))


def record_provisional(store: Any, mentions: Iterable[Mention], doc_id: str | None = None) -> int:
    """Count provisional mentions in the ``entities`` table; returns how many names were new."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.provisional and m.entity:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    t, new = schema.entities, 0
    with store.engine.begin() as conn:
        for name, n in counts.items():
            row = conn.execute(select(t.c.mentions).where(t.c.name == name)).first()
            if row is None:
                new += 1
                conn.execute(insert(t).values(name=name, type="company", provisional=True,
                                              first_doc_id=doc_id, mentions=n))
            else:
                conn.execute(update(t).where(t.c.name == name).values(mentions=row.mentions + n))
    return new


def list_provisional(store: Any) -> list[dict[str, Any]]:
    """Provisional entities recorded in the store, most mentioned first."""
    t = schema.entities
    with store.engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.provisional.is_(True))
                            .order_by(t.c.mentions.desc(), t.c.name)).mappings().all()
    return [dict(r) for r in rows]


def provisional_entities(store: Any) -> list[Entity]:
    return [Entity(name=r["name"], type=r["type"] or "company", source="store") for r in list_provisional(store)]
