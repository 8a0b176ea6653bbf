"""Entities: one canonical English name for every company, fund, government and person.

    >>> from dealgraph.entities import find_mentions
    >>> [(m.text, m.entity, m.unit) for m in find_mentions("微軟的Azure")]
    [('微軟', 'Microsoft', None), ('Azure', 'Microsoft', 'Azure')]
"""

from dealgraph.entities.decisions import (
    list_provisional,
    load_decisions,
    merge,
    record_provisional,
    resolver_for,
    split,
)
from dealgraph.entities.kb import Entity, KnowledgeBase, default_kb
from dealgraph.entities.matcher import Decision, Resolver
from dealgraph.entities.mentions import default_resolver, find_mentions
from dealgraph.entities.references import reference_parties

__all__ = [
    "Decision",
    "Entity",
    "KnowledgeBase",
    "Resolver",
    "default_kb",
    "default_resolver",
    "find_mentions",
    "list_provisional",
    "load_decisions",
    "merge",
    "record_provisional",
    "reference_parties",
    "resolver_for",
    "split",
]
