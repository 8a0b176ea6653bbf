"""Round 25, area "zh recall 8": takeover approaches and capital-spending guidance with no subject.

- ``approaches``: "A曾与B洽谈收购事宜" / "A接触了B，讨论收购的可能性" / "A與B接觸，商討收購可能": talks
  about buying B are a rumoured/proposed acquisition A -> B (the status cue 洽谈/据报道 decides), not a
  mere "opportunity to deal"; the bidder is the party before 与/和/跟 or before 接触, the target after it.
- ``capex_company``: "管理层将2026财年资本支出预期上调至约500亿美元" in a filing digest: the spending
  is the company's the article is about, when the headline names exactly one company and the sentence
  names none (the nearest-sentence context of missing_parties.fill_topic found nothing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView
from dealgraph.model import Mention

_TAKEOVER = ("收购", "收購", "并购", "併購")
_TALKS_WITH = re.compile(r"^[^，,。；;]{0,16}?(?:与|與|和|跟|同)[^，,。；;与與和跟同]{0,14}$")  # 与韩国AI芯片公司B
_TALKS_AFTER = re.compile(r"^(?:[^，,。；;]{0,6}?)(?:洽谈|洽談|商讨|商討|讨论|討論|磋商|谈判|談判|接触|接觸)(?:了)?"
                          r"(?:[^，,。；;]{0,4})?(?:[，,](?:商讨|商討|讨论|討論|洽谈|洽談|探讨|探討))?$")  # 与B接触，商讨收购
_APPROACHED = re.compile(r"^[^，,。；;]{0,10}?(?:接触|接觸|联系|聯繫|找上|接洽)(?:了|过|過)?"
                         r"(?:[^，,。；;]{0,20}?的)?$")
_APPROACH_AFTER = re.compile(r"^[，,]?\s*(?:讨论|討論|商讨|商討|洽谈|洽談|探讨|探討|寻求|尋求)$")
_CAPEX = ("资本支出", "资本开支", "資本支出", "資本開支", "资本性支出", "資本性支出")
_SPENDER = re.compile(r"^[\s\u3000]*(?:[^，,。]{0,6}[，,])?(?:管理层|管理層|公司|集团|集團|该公司|該公司|本公司)?"
                      r"[^，,。]{0,4}(?:将|將|把|的|预计|預計|计划|計劃|上调|上調|下调|下調|提高)")
_ORG = ("company", None)


def _rel(view: SentenceView, start: int, end: int) -> str:
    base = view.sentence.start
    return view.sentence.text[start - base:end - base]


def _bidder_target(view: SentenceView, c: Candidate) -> tuple[Party, Party] | None:
    before = [p for p in view.parties if p.end <= c.trigger.start and p.type != "person"]
    for i, target in enumerate(before[1:], 1):
        bidder = before[i - 1]
        if bidder.entity == target.entity:
            continue
        between, after = _rel(view, bidder.end, target.start), _rel(view, target.end, c.trigger.start)
        if _TALKS_WITH.match(between) and _TALKS_AFTER.match(after):
            return bidder, target  # "A曾与B洽谈收购事宜"
        if _APPROACHED.match(between) and _APPROACH_AFTER.match(after):
            return bidder, target  # "A接触了B，讨论收购的可能性"
    return None


def approaches(view: SentenceView, cands: list[Candidate]) -> None:
    """Takeover talks name the bidder before 与/接触 and the company it wants after it."""
    if view.lang != "zh" or not any(w in view.sentence.text for w in _TAKEOVER):
        return
    for c in cands:
        if c.kind != "acquisition" or c.trigger.text not in _TAKEOVER or c.sources and c.targets and c.rejected is None:
            continue
        pair = _bidder_target(view, c)
        if pair is None:
            continue  # a denial ("否认曾与B洽谈收购") stays a claim: its status says denied
        c.sources, c.targets, c.rejected = [pair[0]], [pair[1]], None
        if c.status in ("announced", "completed"):
            c.status = "proposed"
        c.note(f"takeover talks: {pair[0].entity} approached {pair[1].entity}")


def _headline_company(mentions: Sequence[Mention], text: str) -> Mention | None:
    end = text.find("\n")
    end = len(text) if end < 0 else end
    named = [m for m in mentions if m.start < end and m.entity and m.type in _ORG]
    return named[0] if named and len({m.entity for m in named}) == 1 else None


def capex_company(c: Candidate, mentions: Sequence[Mention], text: str) -> None:
    """"管理层将资本支出指引上调至…": a subjectless capex guidance is the headline company's spending."""
    view = c.view
    if view.lang != "zh" or c.kind != "investment" or c.sources or c.targets or c.amount is None \
            or c.rejected is not None or c.trigger.text not in _CAPEX or view.parties:
        return
    if not _SPENDER.match(_rel(view, view.sentence.start, c.trigger.start)):
        return
    found = _headline_company(mentions, text)
    if found is None:
        return
    from dealgraph.extract.rules.missing_parties import _party

    c.sources.append(_party(found, view, "headline"))
    c.note(f"capital spending with no party named: the headline's company {found.entity}", -0.2)
