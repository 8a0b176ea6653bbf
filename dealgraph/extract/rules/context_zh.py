"""Round 17, area "context_zh": Chinese deals whose company was named earlier in the article.

A Chinese reporter names the company once (the headline, the first sentence) and then drops it or
calls it 该公司/这家公司/公司/其/它. ``dealgraph.entities.references`` binds such a word to the party
named last, which is often an investor of a list ("本轮由A领投，B、C跟投。该公司…" -> C) or an
object ("…与华为云达成合作。这家公司…" -> Huawei). ``rebind`` reads the article as a chain of
sentence subjects instead (centering):

- the topic is the last sentence subject: the first organisation of a sentence with no object
  marker (由/向/对/与/获得/包括 …) before it in its clause and no 领投/跟投/等 after it;
- the same company noun (该公司 … 该公司) keeps its referent across nearby sentences;
- a reference in subject position (opening its clause: "此外，该公司还…") is the topic unless the
  party it was bound to is itself a recent subject;
- a reference in object position ("英伟达拥有该公司7%的股份") moves to the topic only when its party
  was named only aside (a listed investor) or only once while the topic is the article's headline
  company, and never after 也/亦 ("英伟达也向该公司投资" keeps the previous deal's company);
- a clause-initial 公司/它/其 that nothing resolved ("此前，公司曾获得…") is the topic; bare 公司 is
  the article's most named recent subject (the headline's company on a tie);
- ``round_leader``: "X完成融资。此轮由A领投" — A leads the previous sentence's round in X.

Precision first: without a topic no reference changes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dealgraph.model import Mention

_ORG = ("company", "fund", None)
_BACK = 4  # sentences a topic reaches back
_NOUN = re.compile(r"^(?:该|該|这家|這家|此|这|這)(?:[\u4e00-\u9fff]{0,4})(?:公司|新创|新創|企业|企業|集团|集團|初创|初創)$|^公司(?:方面)?$")
_BARE = re.compile(r"(?<=[，,。；;：:\n])(?:公司方面|公司|它|其)|^(?:公司方面|公司|它|其)")
_BARE_NEXT = re.compile(r"^(?:方面|已|曾|将|將|还|還|也|亦|正|在|于|於|此前|目前|今年|去年|近日|表示|称|稱|获|獲|并|並|计划|計劃|"
                        r"预计|預計|同意|宣布|与|與|向|对|對|的(?:投后|投前|估值|股东|股東))")
_PASSIVE_REL = re.compile(r"^[由被][^，,。；的]{1,16}的$")
_VALUE_NEXT = re.compile(r"^(?:投后|投後|投前)?估值")
_QI_SKIP = set("中他它实余次后间實餘後間一二三四五六七八九十")  # round 22: Traditional forms too
_OBJ_MARK = re.compile(r"[由向对對从從与與跟被给給在据據和及]|获得|獲得|包括|包含|收购|收購|拥有|擁有|持有|投资|投資|入股|"
                       r"参与|參與|签下|簽下|签署|簽署|采购|採購")
_ASIDE_AFTER = re.compile(r"^\s*(?:等?(?:领投|領投|跟投|参投|參投|联合领投|聯合領投|牵头|牽頭)|等(?:机构|機構|投资方|投資方|股东|股東|"
                          r"基金|公司)|等)")
_ALSO = re.compile(r"[也亦]|同样|同樣")
_CLAUSE = re.compile(r"[，,；;：:]")
_PAIR = "pair"  # a subject of two coordinated parties ("腾讯与阿里巴巴均…"): no single topic
_PAIR_GAP = re.compile(r"\s*(?:与|與|和|及|以及|、|跟)\s*")
_DATELINE = re.compile(r"^\s*(?:[〔【\[（(][^〕】\]）)]{0,24}[〕】\]）)]\s*)+")


def rebind(text: str, sentences: Sequence[Any], mentions: list[Mention], headline_lines: int = 1) -> list[Mention]:
    """The mentions of a Chinese article with its company references bound along the subject chain."""
    if not any(s.lang == "zh" for s in sentences):
        return mentions
    out = sorted(mentions, key=lambda m: m.start)
    chain = _Chain(text, out)
    for i, s in enumerate(sentences):
        if s.lang != "zh":
            continue
        chain.sentence(i, s)
    return sorted((m for m in chain.mentions if m.entity or m.via != "reference"), key=lambda m: m.start)


class _Chain:
    """The subject of each sentence so far, the company nouns' referents, and the article's topic."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text, self.mentions = text, mentions
        self.subjects: dict[int, Mention] = {}
        self.nouns: list[tuple[int, Mention]] = []
        self.asides: set[str] = set()
        self.seen: Counter[str] = Counter()
        self.headline: str | None = None

    def sentence(self, i: int, s: Any) -> None:
        own = [m for m in self.mentions if s.start <= m.start < s.end]
        for m in _new_bare(self.text, s, own):
            self.mentions.append(m)
            own.append(m)
        own.sort(key=lambda m: m.start)
        for k, m in enumerate(own):
            if m.via == "reference" and _is_ref(m):
                own[k] = self._resolve(i, s, m, own[:k])
            elif m.entity and m.type in _ORG and m.via != "modifier":
                self.seen[m.entity] += 1
                if self._aside(s, m):
                    self.asides.add(m.entity)
        subject = self._subject(s, own)
        if subject is not None:
            self.subjects[i] = subject
            if self.headline is None and i <= 1:
                self.headline = subject.entity

    def _resolve(self, i: int, s: Any, m: Mention, before: list[Mention]) -> Mention:
        if m.text in ("其", "它") and self._clause_lead(s, m).strip():
            return m  # "成为其第二大股东", "为其提供": a possessive or object pronoun, left to the entity rules
        own = self._subject(s, before) if self._subject_position(s, m) else None
        topic = own or self._topic(i)  # "A表示，它…": the sentence's own subject first
        if own is None and m.text.startswith("公司"):
            topic = self._salient(i) or topic  # bare 公司 is the article's company
        noun = _NOUN.match(m.text) is not None
        same = next((r for j, r in reversed(self.nouns) if i - j <= 3), None) if noun and own is None else None
        if same is not None and (topic is None or same.start > topic.start):
            new = _bound(m, same) if m.entity != same.entity and same.entity not in _names(before) else m
        else:
            new = self._choose(s, m, same or topic, before)
        if new is not m:
            self._swap(m, new)
        if noun and new.entity:
            self.nouns.append((i, new))
        return new

    def _choose(self, s: Any, m: Mention, want: Mention | None, before: list[Mention]) -> Mention:
        if want is not None and want.unit == _PAIR and self._subject_position(s, m):
            return replace(m, entity=None) if m.entity in want.text.split("|") else m  # "A与B…。该公司…": either
        if want is None or not want.entity or want.entity == m.entity or not _fits(m, want):
            return m
        named_before = _names(before)
        if self._subject_position(s, m):
            if m.entity is not None and m.entity in {x.entity for x in self._recent_subjects()}:
                return m
            return _bound(m, want)
        if want.entity in named_before:
            return m
        if m.entity is None or m.entity in self.asides:
            return _bound(m, want)  # "A领投，B跟投。C也向该公司投资": never the listed B
        passing = self.seen[m.entity] <= 1 and want.entity == self.headline and self.seen[want.entity] >= 2
        return _bound(m, want) if passing and not _ALSO.search(self._clause_lead(s, m)) else m

    def _topic(self, i: int) -> Mention | None:
        j = max((k for k in self.subjects if k < i), default=None)
        return self.subjects[j] if j is not None and i - j <= _BACK else None

    def _salient(self, i: int) -> Mention | None:
        """The headline's company or a recent subject, whichever the article has named most (the headline on a tie)."""
        recent = [m for j, m in self.subjects.items() if j < i and (i - j <= _BACK or j <= 1) and m.entity]
        if not recent:
            return None
        return max(reversed(recent), key=lambda m: (self.seen[m.entity or ""], m.entity == self.headline))

    def _recent_subjects(self) -> list[Mention]:
        return [self.subjects[j] for j in sorted(self.subjects)[-2:]]

    def _swap(self, old: Mention, new: Mention) -> None:
        k = next(k for k, x in enumerate(self.mentions) if x is old)
        self.mentions[k] = new

    def _clause_lead(self, s: Any, m: Mention) -> str:
        lead = self.text[s.start:m.start]
        cut = max((x.end() for x in _CLAUSE.finditer(lead)), default=0)
        return _DATELINE.sub("", lead[cut:]) if cut == 0 else lead[cut:]

    def _subject_position(self, s: Any, m: Mention) -> bool:
        lead = self._clause_lead(s, m)
        if _PASSIVE_REL.match(lead):
            return True  # "由腾讯投资的月之暗面…": a relative clause describes the subject
        return len(lead) <= 24 and _OBJ_MARK.search(lead) is None

    def _aside(self, s: Any, m: Mention) -> bool:
        return _ASIDE_AFTER.match(self.text, m.end) is not None or re.search(r"(?:由|包括|包含)$", self.text[max(s.start, m.start - 3):m.start]) is not None

    def _subject(self, s: Any, own: list[Mention]) -> Mention | None:
        first = next((m for m in own if m.entity and m.type in _ORG and m.via != "modifier"), None)
        if first is None or not self._subject_position(s, first) or self._aside(s, first):
            return None
        k = own.index(first)
        second = own[k + 1] if k + 1 < len(own) else None
        if second is not None and second.entity and second.entity != first.entity and _PAIR_GAP.fullmatch(
                self.text, first.end, second.start):
            return Mention(first.start, second.end, f"{first.entity}|{second.entity}", None, unit=_PAIR)
        return first


def _fits(m: Mention, want: Mention) -> bool:
    """该公司/这家初创公司 name a company, not a fund; 其/它 anything."""
    return want.type in ("company", None) if _NOUN.match(m.text) else True


def _names(mentions: Sequence[Mention]) -> set[str]:
    return {x.entity for x in mentions if x.entity}


def _is_ref(m: Mention) -> bool:
    return _NOUN.match(m.text) is not None or m.text in ("其", "它")


def _bound(m: Mention, src: Mention) -> Mention:
    return replace(m, entity=src.entity, type=src.type, provisional=src.provisional, unit=src.unit)


def _new_bare(text: str, s: Any, own: list[Mention]) -> list[Mention]:
    """Clause-initial 公司/它/其 that no rule bound (entity None until the chain resolves it)."""
    out = []
    for r in _BARE.finditer(s.text):
        start, end = s.start + r.start(), s.start + r.end()
        if any(m.start < end and start < m.end for m in own):
            continue
        nxt = text[end:end + 6]
        if r.group() == "其" and (not nxt or nxt[0] in _QI_SKIP):
            continue
        if r.group() != "公司方面" and not (_BARE_NEXT.match(nxt) or r.group() != "公司" and _VALUE_NEXT.match(nxt)):
            continue  # "其创始人", "公司规模": no party of a deal
        out.append(Mention(start=start, end=end, text=r.group(), entity=None, type="company", via="reference"))
    return out


# -- "此輪由A領投": the leader of the previous sentence's round ------------------------------------

_ROUND_REF = re.compile(r"(?:本|此|这|這|该|該)(?:轮|輪|次融资|次融資|次募资|次募資|笔融资|筆融資)")
_LEADS = re.compile(r"^(?:领投|領投|牵头|牽頭|领衔|領銜|主导|主導|联合领投|聯合領投|跟投|参投|參投)$")


def round_leader(cands: list[Any], prev: list[Any]) -> None:
    """"X完成35亿美元融资。此轮由A领投": A invests in the previous sentence's round company X.

    Only with a round reference (本轮/此轮/本次融资) in the sentence and one round company before.
    """
    rounds = {p.targets[0].entity: p for p in prev if p.kind == "investment" and p.targets and p.rejected is None}
    if len(rounds) != 1:
        return
    deal = next(iter(rounds.values()))
    if len({p.entity for p in deal.targets}) > 1:
        return  # round 22: "A和B分别完成融资。本轮由C领投": whose round is unclear
    for c in cands:
        if c.kind != "investment" or c.targets or not c.sources or c.view.lang != "zh":
            continue
        if not (c.rejected or "no target").startswith("no target") or not _LEADS.match(c.trigger.text):
            continue
        if not _ROUND_REF.search(c.view.sentence.text) or deal.targets[0].entity in {p.entity for p in c.sources}:
            continue
        c.targets, c.rejected = deal.targets[:1], None
        c.status, c.date, c.precision = deal.status, deal.date, deal.precision
        c.note(f"{c.trigger.text} of the round named before: {deal.targets[0].entity}")
