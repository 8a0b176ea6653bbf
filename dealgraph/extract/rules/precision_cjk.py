"""Round 19 (precision_cjk): zh/ja sentences whose actor is a crowd, not a party.

"投资者押注英伟达股价将继续上涨", "各地纷纷出台算力补贴政策", 「海外勢は半導体株を買い増した」: the clause
before the deal word opens with a generic actor (investors, the market, funds, local governments, analysts).
That subject is stated, so it is not a dropped one: the previous sentence's company must not be carried
over as the payer. The actor nouns are data: cue ``generic_subject`` in ``cues_zh.tsv`` / ``cues_ja.tsv``
(anchored at the clause's start).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dealgraph.extract.rules.lexicon import cues

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate

_EDGE = re.compile(r"[，,；;：:。、\n]")
_NEVER = re.compile(r"(?!)")
_REPORT = {"zh": re.compile(r"表示|认为|認為|称|稱|指出|预计|預計|说|說|透露"),
           "ja": re.compile(r"によると|によれば|見方|指摘|予想|述べ")}  # "分析师表示，…": the crowd only speaks


def generic_subject(c: Candidate) -> bool:
    """zh/ja: the clause holding the deal word opens with a crowd as its subject ("投资者押注…")."""
    view = c.view
    pattern = cues(view.lang).get("generic_subject") if view.lang in ("zh", "ja") else None
    if pattern is None:
        return False
    s = view.sentence
    head = s.text[:max(c.trigger.start - s.start, 0)]
    edges = [m.end() for m in _EDGE.finditer(head)]
    if pattern.match(head[edges[-1] if edges else 0:].lstrip()) is not None:
        return True
    first = head[:edges[0]] if edges else ""  # "各地纷纷出台补贴政策，单个项目最高补贴…": the sentence's subject
    return pattern.match(first.lstrip()) is not None and not _REPORT.get(view.lang, _NEVER).search(first)
