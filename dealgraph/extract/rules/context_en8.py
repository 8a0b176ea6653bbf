"""Round 25, area "context en" (fourth pass): "the venture" / "the joint venture" / "the JV" as a party.

Epithet rows (entities/data/epithets.tsv, class ``jv`` in classes.tsv = every joint_venture of the KB)
make "The venture raised $27 billion of debt" the joint venture named before (Hyperion, SB OpenAI
Japan, Stargate). Two hooks keep them precise:

- ``not_a_venture`` (epithets.match_english): "the venture arm of Google", "the venture capital
  firm", "the venture fund" - "venture" as a modifier of the next noun is no joint venture; nor is a
  described one ("Stargate, the joint venture of OpenAI and SoftBank", "the JV formed by ...").
- ``far_venture`` (references._target): a joint venture is often named a paragraph before its
  financing ("... pay for its Hyperion campus. Blue Owl will own 80% of a new joint venture. Meta will
  build it. The venture raised ..."); when the usual two-sentence window holds no joint venture, the
  one joint venture named in the ``_BACK`` characters before is taken - only when exactly one is.
"""

from __future__ import annotations

import re
from typing import Any

_MODIFIER = re.compile(r"\s+(?:arm|arms|capital|capitalists?|funds?|units?|investors?|investments?|investing|firms?|"
                       r"partners?|partnerships?|studios?|builders?|debt|lending|backing|backers?|rounds?|deals?|"
                       r"markets?|money|funding|groups?|divisions?|portfolios?|bets?|branch|subsidiary|vehicles?|"
                       r"philanthropy|business|side|world|community|industry|"
                       r"of|between|among|with|owned|co-owned|formed|set|created|backed|that|which)\b", re.IGNORECASE)
_VENTURE = frozenset({"venture", "joint venture", "jv", "joint-venture company"})
_BACK = 1500


def not_a_venture(text: str, head: int, end: int) -> bool:
    """"the venture arm/capital/fund ...": the epithet "venture" modifies the next noun."""
    return text[head:end].lower() in _VENTURE and _MODIFIER.match(text, end) is not None


def far_venture(doc: Any, start: int, target: str, fits: Any) -> list[Any]:
    """The one joint venture named within ``_BACK`` characters before ``start`` ([] when none or several)."""
    if target != "@jv":
        return []
    found = [m for m in doc.history.between(max(0, start - _BACK), start) if fits(doc.resolver, target, m)]
    return found[-1:] if len({m.entity for m in found}) == 1 else []
