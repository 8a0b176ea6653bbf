"""Round 10, area enprecision: a person's possessive that names a company ("Mira Murati's lab").

"Elon Musk's startup closed a $6 billion round" is about the startup, never the person: the person
must not become the investee, borrower or buyer. Before the sentence's parties are labelled, such a
person mention is replaced by the company the article links the person with (the knowledge base's
parent, else the company nearest to an earlier mention of the person: "xAI was founded by Elon Musk"),
spanning the whole noun phrase, so the markers around the phrase give its role. When the phrase names
the company itself ("Elon Musk's AI startup xAI", "Ilya Sutskever's Safe Superintelligence"), the person
mention is dropped; when no company is known, the phrase is marked ``UNKNOWN_OWNER`` and
``lang_en`` rejects every candidate that uses it (no claim rather than a claim on the person).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.sentences import Sentence
from dealgraph.model import Mention

_NOUNS = (r"start-?ups?|compan(?:y|ies)|firms?|labs?|laborator(?:y|ies)|ventures?|outfits?|businesses|business|"
          r"developers?|makers?|unicorns?|enterprises?|conglomerates?|empire|platforms?|social network|chatbot maker|"
          r"model maker|rocket maker|carmaker|automaker|chipmaker|data[- ]cent(?:er|re) (?:operator|developer)")
_OWNED = re.compile(r"^(?:'s|’s|'|’)\s+((?:[\w-]+\s+){0,3}?)(?:" + _NOUNS + r")\b", re.IGNORECASE)
_NAMED_NEXT = re.compile(r"^(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
_UNKNOWN_NAMED = re.compile(r"^(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+")  # "Bezos's Project Prometheus"
_FORMER = re.compile(r"\b(?:former(?:ly)?|previously|ex-|left|quit|used to|departed|alumn\w*|veteran)\b", re.IGNORECASE)
_LINK = re.compile(r"\b(?:found\w*|co-found\w*|start\w*|set up|sets up|launch\w*|creat\w*|establish\w*|runs?|"
                   r"ran|leads?|led|heads?|headed|chief executive|ceo|owns?|owned|controls?)\b", re.IGNORECASE)
_APPOSED = re.compile(r"^\s*[,(]\s*(?:the\s+|a\s+)?$")
UNKNOWN_OWNER = "owner-unknown"
_NEAR = 120  # characters: an earlier company farther from the person is not the person's company


def resolve(text: str, sentence: Sentence, within: list[Mention], mentions: list[Mention],
            sentences: list[Sentence]) -> list[Mention]:
    """``within`` (the sentence's mentions) with each owning person replaced by the company, marked unknown, or dropped."""
    out: list[Mention] = []
    for m in within:
        if m.type != "person" or not m.entity:
            out.append(m)
            continue
        after = text[m.end:m.end + 80]
        nxt = next((x for x in within if x.start >= m.end and x.entity and x.type != "person"), None)
        if nxt is not None and _NAMED_NEXT.match(text[m.end:nxt.start]):
            continue  # "Elon Musk's xAI", "Mira Murati's AI lab Thinking Machines": the company is named
        if _UNKNOWN_NAMED.match(after):
            continue  # a company the knowledge base does not know: not the person either
        owned = _OWNED.match(after)
        if owned is None:
            out.append(m)
            continue
        if any(x.type == "company" and x.end <= m.start and _APPOSED.match(text[x.end:m.start]) for x in within):
            continue  # "xAI, Elon Musk's AI company, raised ...": the head names the company
        company = _parent(m.entity) or _linked_company(m, mentions, sentences, sentence)
        end = m.end + owned.end()
        via = "owner" if company is not None else UNKNOWN_OWNER  # unknown: its claims are rejected (lang_en)
        out.append(replace(m, end=end, text=text[m.start:end], entity=company or m.entity, type="company", via=via))
    return out


def _parent(person: str) -> str | None:
    from dealgraph.entities import default_kb

    entity = default_kb().get(person)
    return entity.parent if entity is not None else None


def _linked_company(m: Mention, mentions: list[Mention], sentences: list[Sentence], here: Sentence) -> str | None:
    """The company an earlier sentence ties the person to ("X was started by Y", "Y set up X")."""
    for s in reversed([s for s in sentences if s.end <= here.start]):
        people = [x for x in mentions if s.start <= x.start < s.end and x.entity == m.entity]
        for p in people:
            found = _nearest_company(p, [x for x in mentions if s.start <= x.start < s.end], s)
            if found is not None:
                return found
    return None


def _nearest_company(p: Mention, inside: list[Mention], s: Sentence) -> str | None:
    best: tuple[int, str] | None = None
    for x in inside:
        if x.type != "company" or not x.entity or x.entity == p.entity:
            continue
        lo, hi = (x.end, p.start) if x.end <= p.start else (p.end, x.start)
        gap = s.text[lo - s.start:hi - s.start]
        if len(gap) > _NEAR or _FORMER.search(gap) or not _LINK.search(gap + " " + _before(s, min(x.start, p.start))):
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), x.entity)
    return best[1] if best else None


def _before(s: Sentence, start: int) -> str:
    return s.text[max(0, start - s.start - 30):start - s.start]

