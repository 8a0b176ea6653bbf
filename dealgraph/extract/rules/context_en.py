"""Round 17, area "context_en": English deals whose parties were named earlier in the article.

(A rebinding of "the company"/"it" away from investors and former employers was tried in round 17 and
taken out: it lowered the held-out score.)

- **Sections**: under a heading that names one company ("## Reflection AI", "**Perplexity**"), a line
  whose subject is dropped ("- Raised $2 billion", "Now worth $8 billion", "Greenoaks led; A and B
  joined") is about that company.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dealgraph.model import Mention

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.sentences import Sentence

_COMPANY = ("company", "joint_venture", None)
_HEADING = re.compile(r"^\s*(?:#{1,6}\s+\S|\*\*[^*]+\*\*\s*$|__[^_]+__\s*$)")
_SHORT_LINE = re.compile(r"^\s*[^\s.!?:;]\S*(?:\s+\S+){0,7}(?<![.!?;:,])\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·–]\s+|\d+[.)]\s+)?")
_DROPPED = re.compile(r"^(?:(?:now|also|quietly|recently|then|later|separately|meanwhile|just|reportedly|already|"
                      r"additionally|further)\s+){0,2}$", re.IGNORECASE)


# -- which named parties can be "the company" -------------------------------------------------------

def _named(mentions: Sequence[Mention]) -> list[Mention]:
    return [m for m in mentions if m.entity and m.via not in ("reference", "modifier", "context")]


# -- the article's topics -----------------------------------------------------------------------

def is_heading(text: str, s: Sentence) -> bool:
    """A markdown heading, a bold line, or a short line of its own without a full stop (ingest drops '#')."""
    line_start = text.rfind("\n", 0, s.start) + 1
    line_end = text.find("\n", s.start)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if _HEADING.match(line):
        return True
    alone = text[max(0, line_start - 2):line_start] in ("", "\n\n") or line_start == 0
    return alone and s.start == line_start + (len(line) - len(line.lstrip())) and _SHORT_LINE.match(line) is not None


def section_company(text: str, sentences: Sequence[Sentence], index: int, named: Sequence[Mention],
                    name_only: bool = False) -> str | None:
    """The one company named by the nearest section heading before sentence ``index`` (not the headline);
    ``name_only``: the heading is just that name ("Reflection AI", "## Perplexity")."""
    for j in range(index - 1, 0, -1):
        s = sentences[j]
        if not is_heading(text, s):
            continue
        here = [m for m in named if s.start <= m.start < s.end and m.type in _COMPANY]
        if len({m.entity for m in here}) != 1:
            return None
        rest = text[s.start:s.end].replace(here[0].text, "", 1)
        return here[0].entity if not name_only or len(re.sub(r"[\W_]+", "", rest)) <= 2 else None
    return None


# -- rebinding references -------------------------------------------------------------------------

# -- section lines with a dropped subject ---------------------------------------------------------

def fill_section(c: Candidate, text: str, mentions: Sequence[Mention], sentences: Sequence[Sentence]) -> None:
    """"## Reflection AI / - Secured $2 billion, with Nvidia leading": the heading's company raises."""
    view = c.view
    if view.lang != "en" or c.rejected is not None or c.targets or c.kind not in ("investment", "valuation"):
        return
    frame = c.trigger.entry.frame
    s = view.sentence
    lead = text[s.start:c.trigger.start]
    lead = lead[_BULLET.match(lead).end():]  # type: ignore[union-attr]
    dropped = _DROPPED.match(lead) is not None and frame in ("get", "value")
    investors = bool(c.sources) and frame in ("investors", "get", "give") and c.kind == "investment" and not c.amount
    if not (dropped or investors):
        return
    named = _named(mentions)
    company = section_company(text, sentences, view.index, named, name_only=not dropped)
    if company is None or company in {p.entity for p in c.sources}:
        return
    from dealgraph.extract.rules.view import Party

    c.targets.append(Party(company, s.start, s.start, "", slot="CONTEXT", type="company", via="context"))
    c.note(f"target: the company of the section heading, {company}", -0.15)
