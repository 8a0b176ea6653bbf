"""Round 22, area "context_ja": Japanese parties a document defines once and then only refers to.

A Japanese disclosure (適時開示, プレスリリース) names each party once with a defining parenthesis,
「株式会社ローソン（以下「対象者」）」, 「三菱商事株式会社（以下「三菱商事」）」, and the issuer once in
its header (「会社名　ＫＤＤＩ株式会社」, 「公開買付者の名称　X」) or as 「X（以下「当社」）」; every later
sentence says 当社 / 対象者 / 対象会社 only. This module turns those later words into mentions of the
defined company, so every rule (roles, dropped subjects, stakes) reads them as the party itself.

Evidence kept strict: the alias is defined by 以下「…」 right after an organisation mention (only a
legal-form suffix between), a header line is a label line of its own, and a word is bound only after
its definition and only where no other mention covers it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dealgraph.model import Mention

_ORG = ("company", "fund", "government", None)
_DEFINE = re.compile(r"[（(](?:[^（）()]{0,80}?[、,，]\s*)?以下[、,，]?\s*[「『]([^」』\s]{1,16})[」』](?:と(?:いう|総称する|いいます|します))?[。.]?[)）]")
_GAP = re.compile(r"^[\sA-Za-z.,&・]*(?:株式会社|合同会社|有限会社|ホールディングス|グループ)?[\sA-Za-z.,&]*$")
_HEADER = re.compile(r"(?m)^[ \t　]*(?:[（(][0-9０-９一二三][)）])?[ \t　]*(?:会[ 　]*社[ 　]*名|公開買付者の名称|発行者の名称|"
                     r"上場会社名)[ \t　:：]*")
_ISSUER_WORDS = ("当社", "弊社")
_GENERIC = ("当社", "弊社", "対象者", "対象会社", "公開買付者", "割当予定先", "新会社", "合弁会社")


def _org_before(text: str, at: int, mentions: Sequence[Mention]) -> Mention | None:
    """The organisation mention that ends just before ``at`` (a legal-form suffix may sit between)."""
    for m in reversed(mentions):
        if m.end > at:
            continue
        if at - m.end > 20 or not _GAP.match(text[m.end:at]):
            return None
        return m if m.entity and m.type in _ORG else None
    return None


def definitions(text: str, mentions: Sequence[Mention]) -> list[tuple[str, int, Mention]]:
    """(alias, where the definition ends, defined organisation) for each 「X（以下「Y」）」 in ``text``."""
    if "以下" not in text:
        return []
    out = []
    for found in _DEFINE.finditer(text):
        m = _org_before(text, found.start(), mentions)
        alias = found.group(1)
        if m is not None and not alias.startswith(("本", "同")):  # 以下「本取引」 names a deal, not a party
            out.append((alias, found.end(), m))
    return out


def header_issuer(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """「会社名　ＫＤＤＩ株式会社」/「（１）公開買付者の名称　X」: the company of a disclosure's header."""
    for found in _HEADER.finditer(text, 0, 1500):
        line_end = text.find("\n", found.end())
        line_end = len(text) if line_end < 0 else line_end
        named = [m for m in mentions if found.end() <= m.start < line_end and m.entity and m.type in _ORG]
        if len(named) == 1 and named[0].start - found.end() <= 6:
            return named[0]
    return None


def _covered(mentions: Sequence[Mention], start: int) -> bool:
    return any(m.start <= start < m.end for m in mentions)


def bind_defined(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions for the later 当社 / 対象者 / defined short names of a Japanese disclosure."""
    defined = definitions(text, mentions)
    from dealgraph.extract.rules import context_ja

    if context_ja.defined_issuer(text, mentions) is not None:  # round 17 binds that 当社 per sentence already
        defined = [d for d in defined if d[0] not in _ISSUER_WORDS]
    if not any(alias in _ISSUER_WORDS for alias, _, _ in defined) and any(w in text for w in _ISSUER_WORDS):
        issuer = header_issuer(text, mentions)
        if issuer is not None:
            defined += [(w, issuer.end, issuer) for w in _ISSUER_WORDS]
    if not defined:
        return mentions
    out = list(mentions)
    for alias, after, m in defined:
        if alias not in _GENERIC and len(alias) < 2:
            continue
        for hit in re.finditer(re.escape(alias), text[after:]):
            start = after + hit.start()
            if alias in _ISSUER_WORDS and text.startswith("株式", start + len(alias)):
                continue  # 「Xは当社株式を取得」: a subscription of the issuer's shares, read by the issuer rule
            if not _covered(out, start) and not _covered(out, start + len(alias) - 1):
                out.append(Mention(start=start, end=start + len(alias), text=alias, entity=m.entity, type=m.type,
                                   provisional=m.provisional, via="reference", unit=m.unit))
    return sorted(out, key=lambda x: x.start)
