"""Round 10 (unblock): a party left to the previous sentence, for shapes the shared checks dropped.

"谷歌承诺投资20亿美元，其中先期投入5亿美元，其余15亿美元随时间投入": an investment in tranches names no
investee; it is the company the previous sentence talked about. "阿里的投资中有相当一部分是以阿里云算力
的形式支付的": the investee (the previous sentence's company) uses the investor's cloud, a compute
commitment investee -> provider without a figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dealgraph.extract.rules.context import _first_party
from dealgraph.model import Mention

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.sentences import Sentence

COMPUTE_PAID = "investment paid in compute"  # note set by zh_recall2._compute_paid
_TRANCHES = {
    "zh": re.compile(r"其中|其余|其餘|余下|餘下|剩余|剩餘|分(?:期|批|阶段|階段|两次|兩次|多次)|首期|先期|首笔|首筆|第一笔|第一筆"),
    "ja": re.compile(r"うち|残り|残る|段階的|分割|第1弾|第一弾|当初|初回"),
}

_ROUND = re.compile(r"本轮|本輪|该轮|該輪|此轮|此輪|今回の(?:ラウンド|調達)")


def previous_party(c: Candidate, mentions: Sequence[Mention], sentences: Sequence[Sentence]) -> None:
    """Fill the one missing party of a tranche investment or a compute-paid investment."""
    if c.rejected is not None or c.view.index == 0 or c.view.lang not in _TRANCHES:
        return
    if c.kind == "investment" and c.sources and not c.targets and c.amount is not None \
            and len(c.view.amounts) >= 2 and _TRANCHES[c.view.lang].search(c.view.sentence.text) \
            and not _ROUND.search(c.view.sentence.text):
        found = _previous(c, mentions, sentences, subject_only=True)
        if found is not None:
            c.targets.append(found)
            c.note(f"tranches of an investment: the investee is {found.entity}, the previous sentence's company", -0.15)
    elif c.kind == "compute_commitment" and COMPUTE_PAID in c.notes and c.targets and not c.sources:
        found = _previous(c, mentions, sentences)
        if found is not None:
            c.sources.append(found)
            c.note(f"the investee {found.entity} pays with the investor's compute", -0.15)


def _previous(c: Candidate, mentions: Sequence[Mention], sentences: Sequence[Sentence],
              subject_only: bool = False) -> object | None:
    from dealgraph.extract.rules.view import Party

    prev = sentences[c.view.index - 1]
    taken = {p.entity for p in (*c.sources, *c.targets)}
    starts = [m.start for m in mentions]
    first = _first_party(mentions, starts, prev)
    named = [m for m in mentions if prev.start <= m.start < prev.end and m.entity and m.type in ("company", None)]
    ordered = ([first] if first is not None else []) + ([] if subject_only else named)
    m = next((m for m in ordered if m.entity not in taken), None)
    if m is None:
        return None
    return Party(m.entity, c.view.sentence.start, c.view.sentence.start, "", slot="CONTEXT", type=m.type,
                 via="reference")
