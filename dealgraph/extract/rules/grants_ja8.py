"""Round 25, area "grants_ja": Japanese grants whose recipients are listed on lines of their own.

A ministry's grant is often announced in one sentence and its recipients listed below it, one per line:

    経済産業省は…3社に最大で合計500億円を助成すると発表した。
    ■採択企業
    ・A社：最大300億円
    ・B社：最大200億円

or each line names the grant itself, with the ministry on the line or on a sibling line:

    ・X社の工場への支援：最大1000億円（2024年2月、経済産業省）

Each listed company gets one ``investment`` from the ministry (a grant, tests/test_corpus.py), status
``up_to`` for 最大/上限, the line as evidence. A line qualifies only when its label is nothing but the
company's name (or 「Xの…への支援」) and its value nothing but one amount (and a parenthesis), so tables
of revenue, prices or capacity give nothing; the anchor must be a government's grant sentence at most
a heading away, or the ministry must be named in the list itself.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from dealgraph.model import Claim, Document

NAME = "rules.v1"
_GRANT = re.compile(r"助成|補助|支援|交付|採択|認定")
_ITEM = re.compile(r"^[ \t\u3000]*(?:[・\-*•●◆▶][ \t\u3000]*)?([^\n:：。、]{1,40}?)[ \t\u3000]*[:：][ \t\u3000]*"
                   r"([^\n]{1,60}?)[ \t\u3000]*$", re.MULTILINE)
_LABEL_GRANT = re.compile(r"への(?:支援|助成|補助金?|交付)(?:額|金)?$")
_LABEL_TAIL = re.compile(r"^(?:株式会社|ホールディングス|グループ|社)?$")
_VALUE = re.compile(r"^(?:最大|上限|約|合計|計)*\s*$")
_VALUE_TAIL = re.compile(r"^\s*(?:[（(][^）)\n]{0,40}[）)])?\s*$")
_HEADING = re.compile(r"^[ \t\u3000]*(?:[■□◆●【#]|\S{1,24}$)")
_UP_TO = re.compile(r"最大|上限")


def claims(doc: Document, resolver: Any = None) -> list[Claim]:
    """Claims for the listed recipients of government grants in ``doc.text`` (empty when none)."""
    text = doc.text
    if doc.lang != "ja" or not _GRANT.search(text) or ("：" not in text and ":" not in text):
        return []
    items = list(_ITEM.finditer(text))
    if not items:
        return []
    from dealgraph.amounts import find_amounts
    from dealgraph.entities import find_mentions

    mentions = [m for m in find_mentions(text, "ja", resolver=resolver) if m.entity]
    amounts = find_amounts(text, "ja", published=doc.published)
    out: list[Claim] = []
    for run in _runs(text, items):
        out.extend(_run_claims(doc, mentions, amounts, run))
    return out


def _runs(text: str, items: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Consecutive list lines (blank lines between them allowed)."""
    runs: list[list[re.Match[str]]] = []
    for m in items:
        if runs and not text[runs[-1][-1].end():m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _inside(items: list[Any], start: int, end: int) -> list[Any]:
    return [x for x in items if start <= x.start and x.end <= end]


def _government(m: Any) -> bool:
    return m.type == "government"


def _anchor(text: str, mentions: list[Any], start: int) -> tuple[str | None, Any]:
    """The ministry of the grant sentence just above a list (a heading or lead-in line may sit between)."""
    lines = text[:start].rstrip().split("\n")
    pos = len(text[:start].rstrip())
    for line in reversed(lines[-6:]):
        line_start = pos - len(line)
        pos = line_start - 1
        if not line.strip():
            continue
        s_start = line_start + _last_sentence(line)
        govs = {m.entity for m in _inside(mentions, s_start, line_start + len(line)) if _government(m)}
        if len(govs) == 1 and _GRANT.search(text[s_start:line_start + len(line)]):
            return govs.pop(), (s_start, line_start + len(line))
        if len(govs) > 1 or (len(line) > 60 and "。" in line):
            return None, None
        if not (_HEADING.match(line) or line.rstrip().endswith(("、", "：", ":"))):
            return None, None
    return None, None


def _last_sentence(line: str) -> int:
    """Offset of the line's last sentence; a short lead-in (「内訳は次の通り。」) joins the one before it."""
    cuts = [i + 1 for i, ch in enumerate(line.rstrip().rstrip("。")) if ch == "。"]
    if not cuts:
        return 0
    if len(line.rstrip()) - cuts[-1] <= 16 and len(cuts) > 1:
        return cuts[-2]
    return cuts[-1] if len(line.rstrip()) - cuts[-1] > 16 else 0


def _item(text: str, mentions: list[Any], amounts: list[Any], m: re.Match[str]) -> tuple[list[str], Any, bool] | None:
    """(recipients, amount, names a grant) of one list line, None when it is no grant item."""
    ls, le = m.span(1)
    vs, ve = m.span(2)
    found = [a for a in _inside(amounts, vs, ve)]
    if len(found) != 1 or not _VALUE.match(text[vs:found[0].start]) or not _VALUE_TAIL.match(text[found[0].end:ve]):
        return None
    label = [x for x in _inside(mentions, ls, le) if not _government(x)]
    if not label:
        return None
    rest = text[label[-1].end:le]
    granted = bool(_LABEL_GRANT.search(rest))
    if not granted and (len({x.entity for x in label}) != 1 or text[ls:label[0].start].strip()
                        or not _LABEL_TAIL.match(rest.strip())):
        return None
    return list(dict.fromkeys(x.entity for x in label)), found[0], granted


def _run_claims(doc: Document, mentions: list[Any], amounts: list[Any], run: list[re.Match[str]]) -> list[Claim]:
    text = doc.text
    parsed = [(m, _item(text, mentions, amounts, m)) for m in run]
    good = [(m, it) for m, it in parsed if it is not None]
    if not good:
        return []
    ministry, span = _anchor(text, mentions, run[0].start())
    in_list = {x.entity for m in run for x in _inside(mentions, m.start(), m.end()) if _government(x)}
    if ministry is None and len(in_list) == 1 and all(it[2] for _m, it in good):
        ministry = next(iter(in_list))
    if ministry is None:
        return []
    anchor_date = _one_date(doc, text[span[0]:span[1]]) if span else None
    out: list[Claim] = []
    for m, (names, amount, _granted) in good:
        for name in names:
            if name != ministry:
                out.append(_claim(doc, m, ministry, name, amount, anchor_date))
    return out


def _one_date(doc: Document, text: str) -> Any:
    from dealgraph.amounts.dates import find_dates
    dates = find_dates(text, "ja", published=doc.published)
    return dates[0] if len(dates) == 1 else None


def _claim(doc: Document, m: re.Match[str], source: str, target: str, amount: Any, default: Any) -> Claim:
    raw = m.group(0)
    start = m.start() + len(raw) - len(raw.lstrip())
    evidence = raw.strip()
    usd = amount.stated_usd or amount.usd
    status = "up_to" if _UP_TO.search(text_before(doc.text, m, amount)) or amount.qualifier == "up_to" else "announced"
    date = _one_date(doc, evidence) or default
    value = date.value if date else (doc.published or "")[:10] or None
    precision = date.precision if date else ("day" if value and len(value) == 10 else None)
    return Claim(doc_id=doc.id, kind="investment", source=source, target=target, status=status, start=start,
                 end=start + len(evidence), evidence=evidence, extractor=NAME, confidence=0.6, amount=amount,
                 amount_usd=Decimal(usd) if usd is not None else None, pct=None, date=value,
                 date_precision=precision, notes=("round 25 grants_ja8: a grant's recipient listed on its own line",))


def text_before(text: str, m: re.Match[str], amount: Any) -> str:
    """The value cell up to its amount (where 最大 / 上限 stand)."""
    return text[m.start(2):amount.end]
