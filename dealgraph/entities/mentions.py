"""``find_mentions``: KB aliases, then provisional organisations, then modifiers, then references."""

from __future__ import annotations

import os
from functools import lru_cache

from dealgraph.entities.kb import ENV_VAR, default_kb
from dealgraph.entities.matcher import Resolver
from dealgraph.entities.modifiers import mark_modifiers
from dealgraph.entities.patterns import find_provisional
from dealgraph.entities.references import Spans, with_references
from dealgraph.model import Mention


@lru_cache(maxsize=1)
def _resolver_for_env(env: str) -> Resolver:
    return Resolver(default_kb())


def default_resolver() -> Resolver:
    """A resolver over :func:`default_kb` without store decisions (cached per $DEALGRAPH_ENTITIES)."""
    return _resolver_for_env(os.environ.get(ENV_VAR, ""))


def find_mentions(text: str, lang: str | None = None, *, resolve_references: bool = True,
                  resolver: Resolver | None = None) -> list[Mention]:
    """Entity mentions in ``text``, sorted by start and non-overlapping.

    ``lang`` ("en", "zh", "ja", "ko" or None for all) selects the provisional-name patterns.
    Pass ``resolver=resolver_for(store)`` to honour the user's merge/split decisions.
    An owner or backer that only describes the next entity ("Microsoft-backed OpenAI",
    "Elon Musk's xAI", "马斯克旗下xAI") has ``via="modifier"``.
    """
    resolver = resolver or default_resolver()
    mentions = resolver.mentions(text)
    mentions = mark_modifiers(text, _merge(mentions, _provisional(text, lang, resolver, mentions)))
    if resolve_references:
        mentions = with_references(text, mentions, resolver)
    return mentions


def _provisional(text: str, lang: str | None, resolver: Resolver, known: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    taken = Spans(known)
    for c in sorted(find_provisional(text, lang), key=lambda c: (c.start, c.start - c.end)):
        if taken.overlaps(c.start, c.end):
            continue
        mention = resolver.mention(c.start, c.end, text[c.start:c.end], c.name, via="pattern", provisional=True)
        taken.add(mention)
        out.append(mention)
    return out


def _merge(a: list[Mention], b: list[Mention]) -> list[Mention]:
    return sorted([*a, *b], key=lambda m: m.start)
