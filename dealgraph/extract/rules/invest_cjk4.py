"""Round 21, area "invest_cjk": Chinese and Japanese investor lists and holdings the shared rules cut short.

Before the roles are read (``prepare``):

- zh a fund named through its owner inside a list ("由A旗下基金、B、C等共同投资"): the list goes on
  after the fund, and every member shares the first member's slot;
- zh a label list continued after a comma ("本轮参与者包括A和B，以及新投资者C、D"): C and D are
  listed too (only under a trigger that lists investors);
- ja a list continued after "に加え"/"のほか" ("A、Bの2行に加え、C、Dなど"): one list, whose slot is
  the slot of its last member (the members before it carried の and looked like possessors).

After the shared rules (``adjust``):

- zh "X获得投资，由A、B和C共同出资": every member of the 由-list invests, not only the first;

- "XはYがN%を握り/持つ/出資する(株主)": the holder is the が-party, the company is the topic X; a
  stake whose only party is the holder takes the topic as its company.
"""

from __future__ import annotations

import re
from typing import Any

from dealgraph.extract.rules.lexicon import both_scripts
from dealgraph.extract.rules.view import Party, SentenceView

_ZH_FUND_GAP = re.compile(both_scripts(
    r"^(?:旗下|下属|下屬)的?[^\s、，,。；]{0,6}?(?:基金|资本|投资|公司|平台)\s*(?:、|和|与|及|以及)\s*$", "zh"))
_ZH_MORE = re.compile(both_scripts(
    r"^\s*[，,]?\s*(?:以及|还有|另有|另外还有|及)\s*(?:[^\s，,。；、]{0,10}?(?:投资者|投资方|投资人|机构|股东))?"
    r"\s*[，,]?\s*(?:其中|包括)?(?:是|为|有|包括)?\s*$", "zh"))
_JA_MORE = re.compile(
    r"^(?:社|氏)?(?:の[^\s、，,。；がはをにで]{0,10}?)?(?:に加え(?:て)?|のほか(?:に)?|以外にも?)\s*[、，,]?\s*"
    r"(?:米|英|中|独|仏|韓|台|日)?$")
_JA_TOPIC = re.compile(r"^[\s【】「」■●]*$")
_JA_HOLDER = re.compile(r"^(?:社|グループ)?が\s*(?:約|およそ|ほぼ)?\s*[0-9０-９.．]+\s*[%％]")
_JA_HOLD_VERB = re.compile(r"^(?:超|強|弱|程度|前後|ほど)?を(?:保有|握|持)$")
_MONEY_KINDS = ("investment", "stake")


def _gap(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def _lists_investors(view: SentenceView) -> bool:
    return any(t.entry.frame == "investors" for t in view.triggers)


def _joins(view: SentenceView, q: Party, p: Party) -> bool:
    """True when the text between two neighbours continues one list of backers."""
    gap = _gap(view, q.end, p.start)
    if view.lang == "zh":
        return bool(_ZH_FUND_GAP.match(gap)) or (_lists_investors(view) and bool(_ZH_MORE.match(gap)))
    return view.lang == "ja" and bool(_JA_MORE.match(gap))


def prepare(view: SentenceView) -> None:
    """Join list members split by a fund's owner, a comma and 以及, or ja に加え (see the module doc)."""
    if view.lang not in ("zh", "ja") or not any(t.entry.kind in _MONEY_KINDS for t in view.triggers):
        return
    parties = view.parties
    for i in range(1, len(parties)):
        q, p = parties[i - 1], parties[i]
        if p.coordinated or not _joins(view, q, p):
            continue
        p.coordinated = True
        if view.lang == "ja":
            _share_left(parties, i)
        else:
            _share_right(parties, i)


def _share_right(parties: list[Party], i: int) -> None:
    """zh: the members after the join take the slot of the list's first part."""
    j = i
    while j < len(parties) and (j == i or parties[j].coordinated) and parties[j].slot == "NONE":
        parties[j].slot = parties[i - 1].slot
        j += 1


def _share_left(parties: list[Party], i: int) -> None:
    """ja: the members before "に加え" take the slot the list ends with."""
    j = i - 1
    while j >= 0:
        parties[j].slot = parties[i].slot
        if not parties[j].coordinated:
            break
        j -= 1


# -- after the roles (ja) -----------------------------------------------------------------------

def _topic(view: SentenceView) -> Party | None:
    """The party that opens the sentence and is marked は."""
    if not view.parties:
        return None
    first = view.parties[0]
    opening = _gap(view, view.sentence.start, first.start)
    after = _gap(view, first.end, first.end + 4)
    if _JA_TOPIC.match(opening) and re.match(r"^(?:社|グループ)?は", after):
        return first
    return None


def _holder(view: SentenceView, topic: Party, trigger_start: int) -> Party | None:
    """The party marked が with a percentage right after it, between the topic and the trigger."""
    for p in reversed(view.parties):
        if topic.end <= p.start and p.end <= trigger_start and _JA_HOLDER.match(_gap(view, p.end, p.end + 16)):
            return p
    return None


def adjust(view: SentenceView, cands: list) -> list:
    """zh: every member of a 由-list invests; ja "XはYがN%を持つ": stake Y -> X (see the module doc)."""
    if view.lang == "zh":
        return _agent_lists(cands)
    if view.lang != "ja" or "%" not in view.sentence.text and "％" not in view.sentence.text:
        return cands
    _read_once(cands)
    topic = _topic(view)
    if topic is None:
        return cands
    for c in cands:
        if c.kind != "stake" or c.pct is None or (c.targets and topic not in c.sources):
            continue
        own = [p for p in c.sources if p is not topic and _JA_HOLDER.match(_gap(view, p.end, p.end + 16))]
        holder = own[0] if len(own) == 1 else _holder(view, topic, c.trigger.start)
        if holder is None or holder is topic:
            continue
        c.sources, c.targets = [holder], [topic]
        c.note("invest_cjk4: the が-party holds a percentage of the topic (XはYがN%を持つ)")
        if c.status == "announced" and _JA_HOLD_VERB.match(c.trigger.text):
            c.status = "reported"  # "保有する", "持つ": a standing holding, not a future deal
            c.note("invest_cjk4: a holding verb in the present is a standing fact (reported)")
    return cands



def _agent_lists(cands: list) -> list:
    """zh "X获得投资，由A、B和C共同出资": the named source is the first of a list; its members invest too."""
    from dealgraph.extract.rules.roles import _group

    for c in cands:
        if c.kind != "investment" or len(c.sources) != 1 or c.sources[0].slot not in ("AGENT", "FROM"):
            continue
        first = c.sources[0]
        more = [p for p in _group(first, c.view.parties)
                if p is not first and p.slot == first.slot and p not in c.targets and p.entity != first.entity]
        if more and not any(first.start < t.start < more[-1].end for t in c.view.triggers):  # "由A领投、B跟投": two deals
            c.sources = [first, *more]
            c.note(f"invest_cjk4: {len(more)} more listed investors share the 由/从 slot")
    return cands


def _read_once(cands: list) -> None:
    """"株式の約14%を保有する": the stake word already holds the percentage; the holding verb adds nothing."""
    for c in cands:
        if c.kind == "stake" and c.pct is not None and _JA_HOLD_VERB.match(c.trigger.text) and any(
                d is not c and d.kind == "stake" and d.pct is not None and d.pct.start == c.pct.start
                and not _JA_HOLD_VERB.match(d.trigger.text) for d in cands):
            c.rejected = c.rejected or "invest_cjk4: the stake word before already reads this holding"


# -- 同社 (ja_clauses.rebind_references) -----------------------------------------------------------

_BACK = 4


def company_topic(text: str, sentences: Any, i: int, mentions: list, head: Any, topic_of: Any) -> Any:
    """同社 opening a sentence: the last topic company, never a bank (a bank is 同行).

    "OpenAIは融資枠を確保した。融資枠には三井住友銀行が参加した。同社は…を完了した": 同社 is OpenAI.
    Looks back over at most four sentences, past sentences that name no company, a bank or only a product.
    """
    if head is not None and not _bank(head.entity):
        return head
    for back in range(1, min(_BACK, i) + 1):
        s = sentences[i - back]
        found = topic_of(text, s, mentions)
        if found is not None and found.entity and not _bank(found.entity) and found.type != "government" \
                and not found.unit:  # "H100は…": a product names its maker, not the article's company
            return found
        if found is None and any(s.start <= m.start < s.end and m.entity for m in mentions):
            return head  # "KDDIには…を助成する。同社は": a sentence naming a company is no wall to skip
    return head if head is not None and not _bank(head.entity) else None


def _bank(entity: str) -> bool:
    """A bank of the knowledge base (``banks.tsv``): Japanese calls it 同行, not 同社."""
    from dealgraph.entities import default_kb

    e = default_kb().get(entity)
    return e is not None and e.source == "banks.tsv"
