"""Owner and backer mentions that only describe the next entity: "Elon Musk's xAI",
"Microsoft-backed OpenAI", "马斯克旗下xAI", "软银支持的OpenAI", "ソフトバンクグループ傘下のアーム".

Such a mention keeps its entity but gets ``via="modifier"`` so a claim extractor can skip it as
a party ("Amazon-backed Anthropic raised ..." is not Amazon raising money).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dealgraph.model import Mention

# "Microsoft-backed", "Amazon-funded": an adjective, whatever follows.
COMPOUND = re.compile(r"-(?:backed|owned|controlled|funded|financed|supported|affiliated|incubated)(?![\w-])")
# 旗下 / 支持的 / 傘下の ... followed by the owned entity within a few characters.
CJK_LINK = re.compile(r"(?:旗下的?|支持的|支持下的|投资的|投資的|控股的|入股的|持股的|孵化的|扶持的|背后的|"
                      r"傘下の?|子会社の|出資先の|出資する|が出資する)")
CJK_GAP = re.compile(r"[^\s，。、；：,.;:!?！？（）()「」“”向对對与與和及从從由]{0,12}")  # round 22: "X旗下基金向Y投资": X acts
# "Elon Musk's xAI", "Alphabet's Google", "Musk's AI startup xAI".
POSSESSIVE = re.compile(r"['’]s?\s+(?:(?:AI|A\.I\.|artificial|intelligence|startup|start-up|company|firm|lab|unit|"
                        r"subsidiary|division|arm|affiliate|chip|chipmaker|cloud|business|venture|social|media|"
                        r"network|platform|rocket|space|satellite|car|carmaker|maker|developer|own|former|new|"
                        r"parent|-)\s+){0,3}")
RELATION_NOUNS = frozenset(
    "stake stakes investment investments shares share holding holdings position bet bets deal deals contract "
    "contracts agreement agreements partnership tie-up ties relationship alliance exposure equity commitment "
    "commitments loan loans debt bonds notes warrants options backing funding spending payments purchase "
    "purchases orders order acquisition takeover lawsuit suit case".split())


def mark_modifiers(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` (sorted) with owner/backer mentions that modify the next entity marked."""
    out = list(mentions)
    for i, m in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if _modifies(text, m, nxt):
            out[i] = replace(m, via="modifier")
    return out


def _modifies(text: str, m: Mention, nxt: Mention | None) -> bool:
    if m.entity is None:
        return False
    if COMPOUND.match(text, m.end):
        return True
    if nxt is None or nxt.entity is None:
        return False
    link = CJK_LINK.match(text, m.end)
    if link is not None:
        return CJK_GAP.fullmatch(text, link.end(), nxt.start) is not None
    if nxt.type == "person" or POSSESSIVE.fullmatch(text, m.end, nxt.start) is None:
        return False
    return _next_word(text, nxt.end) not in RELATION_NOUNS


def _next_word(text: str, end: int) -> str:
    words = text[end:end + 30].split(None, 1)
    return words[0].strip(".,;:").lower() if words and text[end:end + 1] == " " else ""
