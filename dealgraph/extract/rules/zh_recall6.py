"""Round 23, area "zh recall": a column's topic paragraph and the company a founder started.

Commentary and explainer writers (HK/TW columns, WeChat posts, broker notes) introduce each company
with a topic sentence and then never name it again in its paragraph:

- ``topics``: "先说X。…公司再完成20亿美元融资…" / "再看X。OpenAI前CTO穆拉蒂的新公司，今年7月完成…" /
  "至于X，…": until the paragraph ends, a clause-initial 公司/该公司/这家公司 and a founder's
  "新公司/创办的公司" stand for X (the founder is no party of X's deals).
- ``adjust``: "A创办B，同年便融资10亿美元，投资者包括C、D" — a round with no company named after a
  创办/创立/成立 clause is the founded company's (B), and its valuation is B's, never an investor's.

Precision first: only a sentence that is nothing but the marker and one company opens a topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules.view import Party, SentenceView
from dealgraph.model import Mention

_TOPIC = re.compile(r"^[\s\u3000]*(?:首先|先|再|接着|接著|然后|然後|最后|最後|下面|其次)?(?:说说|說說|说|說|看看|看|谈谈|談談|谈|談|来看|來看)"
                    r"(?:一下)?|^[\s\u3000]*(?:至于|至於|说到|說到|谈到|談到|讲到|講到)")
_TOPIC_END = re.compile(r"^[\s\u3000]*(?:这家公司|這家公司|这家|這家)?[\s\u3000]*(?:[。：:！!，,]|$)")
_ORG = ("company", None)
_REF = re.compile(r"^(?:该|該|这家|這家)?(?:[\u4e00-\u9fff]{0,4})?(?:公司|新创|新創|初创公司|初創公司)$|^公司(?:方面)?$")
_BARE = re.compile(r"(?:^|(?<=[，,；;]))[\s\u3000]*(?:该公司|該公司|这家公司|這家公司|公司)(?=再|又|已|曾|将|將|还|還|也|亦|正|刚|剛|随后|隨後|"
                   r"今年|去年|此前|目前|完成|宣布|获|獲)")
_FOUNDED = re.compile(r"[）)]?的(?:新公司|新创公司|新創公司|初创公司|初創公司|新创企业|新創企業)|(?:创办|創辦|创立|創立|创建|創建)的(?:公司|新创|新創|初创公司|初創公司)")
_OBJ = re.compile(r"[由向对對从從与與跟被给給和及]|获得|獲得|包括|收购|收購|投资|投資|入股|参与|參與")
_FOUND_VERB = re.compile(r"(?:创办|創辦|创立|創立|创建|創建|成立|联合创办|聯合創辦)(?:了)?$")
_RAISE = re.compile(r"融资|融資|集资|集資|募资|募資|筹资|籌資|募得|筹得|籌得|投资者|投資者|投资人|投資人|估值|领投|領投")


_RESTATED = re.compile(r"\s*[，,]?\s*(?:折合|约合|約合|相当于|相當於|换算成|換算成|换算为|換算為|合)(?:人民币|人民幣|港元|港币|港幣|新台币|新台幣|美元)?"
                       r"\s*(?:约|約|大约|大約|逾|超过|超過)?\s*")


def restated(gap: str) -> bool:
    """Whether the text between two amounts restates the first in another currency ("，折合约")."""
    return len(gap) <= 12 and ("合" in gap or "相当" in gap or "相當" in gap or "换算" in gap or "換算" in gap) \
        and _RESTATED.fullmatch(gap) is not None


# -- before the sentences are read: Latin names glued to Chinese ----------------------------------

_GLUED = re.compile(r"(?<=[\u4e00-\u9fff])(?=[A-Z])")
_HAN_BEFORE_CAP = re.compile(r"[\u4e00-\u9fff](?=[A-Z])")


def latin_names(text: str, mentions: list[Mention], resolver: Any = None) -> list[Mention]:
    """"本轮由Parkway Venture Capital领投": a Latin organisation name right after a Han character (no
    word boundary for the English name pattern there) is a provisional party like one after a space."""
    if not _GLUED.search(text):
        return mentions
    from dealgraph.entities import default_resolver
    from dealgraph.entities.patterns import find_provisional

    spaced = _HAN_BEFORE_CAP.sub(" ", text)  # same length: offsets stay
    resolver = resolver or default_resolver()
    taken = sorted((m.start, m.end) for m in mentions)
    out = list(mentions)
    for c in find_provisional(spaced, "en"):
        if c.start == 0 or not "\u4e00" <= text[c.start - 1] <= "\u9fff":
            continue  # only the names the glued Han character hid
        if any(a < c.end and c.start < b for a, b in taken):
            continue
        out.append(resolver.mention(c.start, c.end, text[c.start:c.end], c.name, via="pattern", provisional=True))
        taken.append((c.start, c.end))
    return sorted(out, key=lambda m: m.start)


# -- before the sentences are read: the topic of a paragraph -----------------------------------

def topics(text: str, sentences: Sequence[Any], mentions: list[Mention]) -> list[Mention]:
    """The mentions with each topic paragraph's company references bound to its topic."""
    if "看" not in text and "说" not in text and "說" not in text and "至" not in text and "谈" not in text and "談" not in text:
        return mentions
    out = list(mentions)
    for i, s in enumerate(sentences):
        if s.lang != "zh":
            continue
        topic = _topic(text, s, out)
        if topic is None:
            continue
        end = text.find("\n", s.end)
        out = _bind_paragraph(text, s.end, len(text) if end < 0 else end, topic, out)
    return sorted(out, key=lambda m: m.start)


def _topic(text: str, s: Any, mentions: list[Mention]) -> Mention | None:
    """The one company a topic sentence ("先说X。", "至于X，") introduces, or None."""
    lead = _TOPIC.match(s.text)
    if lead is None:
        return None
    at = s.start + lead.end()
    m = next((m for m in mentions if m.start >= at and m.start <= at + 1 and m.entity and m.type in _ORG), None)
    if m is None or not text[at:m.start].strip(" \u3000") == "" or not _TOPIC_END.match(text[m.end:s.end]):
        return None
    return m


def _bind_paragraph(text: str, lo: int, hi: int, topic: Mention, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        if not lo <= m.start < hi:
            out.append(m)
        elif m.via == "reference" and _REF.match(m.text) and m.entity != topic.entity:
            out.append(_bound(m, topic))
        elif m.type == "person" and _FOUNDED.match(text, m.end):
            f = _FOUNDED.match(text, m.end)
            out.append(Mention(f.end() - 3, f.end(), text[f.end() - 3:f.end()], topic.entity, topic.type,
                               topic.provisional, "reference", topic.unit))  # "穆拉蒂的新公司": the topic, not her
        else:
            out.append(m)
    for r in _BARE.finditer(text, lo, hi):
        start = r.end() - len(r.group().strip(" \u3000"))
        if not any(m.start < r.end() and start < m.end for m in out):
            out.append(Mention(start, r.end(), text[start:r.end()], topic.entity, topic.type, topic.provisional,
                               "reference", topic.unit))
    return out


def _bound(m: Mention, src: Mention) -> Mention:
    return replace(m, entity=src.entity, type=src.type, provisional=src.provisional, unit=src.unit)


# -- after candidates: the founded company's round ---------------------------------------------

def adjust(view: SentenceView, cands: list[C.Candidate]) -> list[C.Candidate]:
    """"A创办B，…融资…，投资者包括C": B raised; its valuation is B's. "A参与了B的D轮融资": A invests."""
    text = view.sentence.text
    if _JOINED.search(text):
        for c in cands:
            _joined_round(view, c)
    if not _RAISE.search(text) or not re.search(r"创办|創辦|创立|創立|创建|創建|成立", text):
        return cands
    founded = _founded(view)
    if founded is None:
        return cands
    for c in cands:
        if c.kind not in ("investment", "valuation") or c.trigger.start < founded.end:
            continue
        if c.kind == "investment" and not c.targets and c.sources and founded.entity not in {p.entity for p in c.sources}:
            c.targets = [founded]
            c.rejected = None if (c.rejected or "").startswith("no target") else c.rejected
            c.note(f"round of {founded.entity}, founded earlier in the sentence")
        elif c.kind == "valuation" and c.targets and c.targets[0].entity != founded.entity and _investor(view, cands, c):
            c.targets = [founded]
            c.note(f"valuation of {founded.entity}, founded earlier in the sentence, not of an investor")
    return cands


def _founded(view: SentenceView) -> Party | None:
    """B in "A创办B" when the round follows in a later clause with no company of its own."""
    s0 = view.sentence.start
    for p in view.parties:
        lead = view.sentence.text[max(0, p.start - s0 - 8):p.start - s0]
        if _FOUND_VERB.search(lead) and p.type in _ORG:
            return p
    return None


def _investor(view: SentenceView, cands: list[C.Candidate], val: C.Candidate) -> bool:
    """Whether the valuation's company is an investor named in the sentence (a list, a leader)."""
    names = {p.entity for c in cands if c.kind == "investment" for p in c.sources}
    return val.targets[0].entity in names or val.targets[0].slot == "AGENT" or any(
        re.search(r"(?:包括|包含|及|、)$", view.sentence.text[:p.start - view.sentence.start])
        for p in view.parties if p.entity == val.targets[0].entity)


_JOINED = re.compile(r"(?:参与|參與|参投|參投|跟投|加入)了?")
_JOINED_LEAD = re.compile(r"(?:也|亦|还|還|则|則|同样|同樣|曾|已|去年|今年|此前|早前)*(?:参与|參與|参投|參投|跟投|加入)了?"
                          r"(?:[\u4e00-\u9fff]{0,10}(?:公司|新创|新創|企业|企業|初创|初創|独角兽|獨角獸))?$")
_ROUND_AFTER = re.compile(r"^的?(?:[A-Da-d]\+?|[ABCD]\+?|新一|最新一|新|天使|种子|種子|Pre-[A-D]|首)?(?:轮|輪)(?:融资|融資|募资|募資|投资|投資)")


def _joined_round(view: SentenceView, c: C.Candidate) -> None:
    """"联发科参与了光通信初创公司Ayar Labs的D轮融资": the subject joins B's round, so A invests in B."""
    if c.kind != "investment" or c.sources or len(c.targets) != 1 or c.rejected is not None:
        return
    b, s0 = c.targets[0], view.sentence.start
    if not _ROUND_AFTER.match(view.sentence.text[b.end - s0:]):
        return
    subject = next((p for p in view.parties if p.end <= b.start and p.entity != b.entity), None)
    if subject is None or not view.same_clause(subject.end, b.start):
        return
    gap = view.sentence.text[subject.end - s0:b.start - s0]
    if _JOINED_LEAD.match(re.sub(r"^(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?", "", gap)) is None:
        return
    c.sources, c.rejected = [subject], None
    c.note(f"{subject.entity} joined {b.entity}'s round")
