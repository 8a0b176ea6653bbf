"""Round 16, area "missing_parties": the party a deal sentence leaves to its context.

A reporter names a company once and then drops it: the subject of 「KDDIには最大102億円を助成する」 is
the ministry that gave the previous grant; 「AMD製のGPUを大量に導入する」 is bought by the topic (は) of
an earlier sentence; "The maker of the Devin coding agent has pulled in $400 million" raises money for
the company the section heading ("COGNITION.") names; 当社 in a press release is the issuer; 该公司 in
"交易完成后，该公司的估值…" is the round's company, not the investor named last. Each guess must be the only
plausible party: a repeated deal word keeps its actor, a topic stays until another topic replaces it,
and a context that names two companies gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dealgraph.model import Mention

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import Party, SentenceView
    from dealgraph.extract.sentences import Sentence

_BACK = 3  # sentences a dropped subject or a topic reaches back
_ORG = ("company", "fund", "government", None)
_JA_TOPIC = re.compile(r"^(?:[(（][^)）]{1,10}[)）])?(?:社|グループ|側)?(?:は|が)(?!ら)")
_ZH_LEAD = re.compile(r"^[^，,。；：:]{0,8}$")  # at most a short time phrase before the subject ("此前，" ends it)
_EN_DESCRIBED = re.compile(r"^\s*(?:The|This|That)\s+(?!(?:round|deal|funding|financing|investment|money|amount|"
                           r"company's|transaction)\b)[a-z]", re.IGNORECASE)
_ISSUER = {"ja": re.compile(r"当社|弊社"), "zh": re.compile(r"本公司|我司|本行(?![业業])|本集团|本集團")}  # round 22: a bank's or group's filing


def _party(m: Mention | Party, view: SentenceView, how: str = "context") -> Party:
    from dealgraph.extract.rules.view import Party

    return Party(m.entity or "", view.sentence.start, view.sentence.start, "", slot="CONTEXT",
                 type=getattr(m, "type", None), via=how)


def _named(mentions: Sequence[Mention], s: Sentence) -> list[Mention]:
    return [m for m in mentions if s.start <= m.start < s.end and m.entity and m.type in _ORG]


# -- a dropped subject (zh, ja) ----------------------------------------------------------------

def same_word_actor(c: Candidate, recent: Sequence[tuple[int, Candidate]]) -> Party | None:
    """「経産省は…5社に助成する。…KDDIには最大102億円を助成する」: a repeated deal word keeps its actor."""
    taken = {p.entity for p in c.targets}
    word = c.trigger.text
    for index, p in reversed(recent):
        if c.view.index - index > _BACK or index >= c.view.index:
            continue
        if p.kind == c.kind and p.trigger.text == word and p.sources and p.sources[0].entity not in taken:
            return p.sources[0]
    return None


def topic_subject(view: SentenceView, mentions: Sequence[Mention], sentences: Sequence[Sentence],
                  exclude: set[str]) -> Mention | None:
    """The nearest earlier subject (ja: a party marked は/が; zh: a party opening its sentence).

    Sentences without such a subject (their own subject dropped, "一方、AMDとも提携した") do not change
    the topic; a subject that is a party of the claim already stops the search.
    """
    for back in range(1, _BACK + 1):
        if view.index - back < 0 or _new_paragraph(sentences, view.index - back + 1):
            return None
        s = sentences[view.index - back]
        subject = _subject_of(s, _named(mentions, s), s.text)
        if subject is not None:
            return None if subject.entity in exclude else subject
    return None


def _new_paragraph(sentences: Sequence[Sentence], index: int) -> bool:
    """Sentence ``index`` opens a paragraph (a blank line before it): the topic does not carry over."""
    return index > 0 and sentences[index].start - sentences[index - 1].end >= 2


def _subject_of(s: Sentence, named: list[Mention], text: str) -> Mention | None:
    if s.lang == "ja":
        marked = [m for m in named if _JA_TOPIC.match(text[m.end - s.start:])]
        return marked[0] if marked else None
    if s.lang == "zh" and named and _ZH_LEAD.match(text[:named[0].start - s.start]):
        return named[0]
    return None


def described_subject(c: Candidate) -> bool:
    """「OpenAIの社員が…売却」, "OpenAI的员工向A出售": the subject is there, a possessor's people or unit."""
    view = c.view
    return any(p.slot == "POSS" and p.end <= c.trigger.start and view.same_clause(p.end, c.trigger.start)
               and p.entity not in {t.entity for t in c.targets} for p in view.parties)


def not_subject(m: Mention | None, s: Sentence | None) -> bool:
    """ja: the previous sentence's first party is no subject (not marked は/が: "AMD製のGPUを導入する")."""
    if m is None or s is None or s.lang != "ja":
        return False
    return _JA_TOPIC.match(s.text[m.end - s.start:]) is None


def dropped_subject(c: Candidate, mentions: Sequence[Mention], sentences: Sequence[Sentence],
                    recent: Sequence[tuple[int, Candidate]]) -> Party | None:
    """The actor of a zh/ja give-frame deal whose subject the writer dropped, or None."""
    actor = same_word_actor(c, recent)
    if actor is not None or c.kind == "loan":
        return actor
    found = topic_subject(c.view, mentions, sentences, {p.entity for p in c.targets})
    return _party(found, c.view) if found is not None else None


# -- a deal with no party at all -----------------------------------------------------------------

def topic_company(view: SentenceView, mentions: Sequence[Mention], sentences: Sequence[Sentence]) -> Mention | None:
    """The one company the nearest earlier sentence naming any names (a heading, the previous subject)."""
    for back in range(1, _BACK + 1):
        if view.index - back < 0:
            return None
        named = _named(mentions, sentences[view.index - back])
        if named:
            return named[0] if len({m.entity for m in named}) == 1 else None
    return None


def fill_topic(c: Candidate, mentions: Sequence[Mention], sentences: Sequence[Sentence],
               prev: Sequence[Candidate] = ()) -> None:
    """"COGNITION. The maker of … has pulled in $400 million", 「【2】マイクロソフト … 4400億円を投資。」.

    A raise (frame get) or spending on own assets with an amount and no party at all: the company of
    the context is the one raising or spending, when the context names exactly one company. English
    needs a described subject ("The maker of …"); Chinese and Japanese drop it.
    """
    view = c.view
    if c.sources or c.targets or c.amount is None or c.kind != "investment" or c.rejected is not None:
        return
    frame = c.trigger.entry.frame
    spending = frame in ("give", "pay", "uses", "give_money") and view.cue("assets") is not None
    if frame != "get" and not spending:
        return
    if view.lang == "en" and not _EN_DESCRIBED.match(view.sentence.text):
        return
    found = topic_company(view, mentions, sentences)
    if found is None or (frame == "get" and found.type not in ("company", None)):
        return
    if any(found.entity in {p.entity for p in q.sources} for q in prev):
        return  # "Nvidia led the round. The startup raised $200 million": the investor is not the one raising
    (c.targets if frame == "get" else c.sources).append(_party(found, view))
    c.note(f"no party named: the company of the context {found.entity}", -0.2)


# -- 当社 / 本公司: the issuer of a press release -------------------------------------------------

def issuer_mentions(text: str, lang: str | None, s: Sentence, mentions: Sequence[Mention]) -> list[Mention]:
    """「当社はAとの間で契約を締結しました」: 当社/弊社/本公司 is the company the release is from.

    The issuer is the first company that is the subject of a sentence ("株式会社Xは本日…", "X今日宣布")
    within the document's first 400 characters, before the reference.
    """
    pattern = _ISSUER.get(lang or "")
    if pattern is None or not pattern.search(s.text):
        return []
    issuer = _issuer(text, lang or "", mentions)
    if issuer is None and lang == "ja":  # round 17 context_ja: 「株式会社X（…、以下「当社」）は」
        from dealgraph.extract.rules import context_ja

        issuer = context_ja.defined_issuer(text, mentions)
    out = []
    for m in pattern.finditer(s.text) if issuer is not None else ():
        at = s.start + m.start()
        if issuer.start < at and not any(x.start <= at < x.end for x in mentions):
            out.append(Mention(at, s.start + m.end(), m.group(), issuer.entity, issuer.type, via="reference"))
    return out


def _issuer(text: str, lang: str, mentions: Sequence[Mention]) -> Mention | None:
    for m in mentions:
        if m.start > 400:
            return None
        line_start = max(text.rfind("\n", 0, m.start), text.rfind("。", 0, m.start)) + 1
        lead = text[line_start:m.start].removeprefix("株式会社").strip()
        subject = lang == "zh" or _JA_TOPIC.match(text[m.end:m.end + 14]) is not None
        if m.entity and m.type == "company" and len(lead) <= 4 and subject:
            return m
    return None


# -- 该公司 after a round: the round's company, not the investor named last -------------------------

def round_company(cands: list[Candidate], prev: list[Candidate]) -> None:
    """「本轮由A领投，B、C跟投。交易完成后，该公司的估值达到…」: 该公司 is the company raising, not C."""
    rounds = [p for p in prev if p.kind == "investment" and p.targets and p.sources]
    for c in cands:
        if c.kind != "valuation" or len(c.targets) != 1 or c.targets[0].via != "reference":
            continue
        for p in rounds:
            if c.targets[0].entity in {s.entity for s in p.sources} and p.targets[0].entity != c.targets[0].entity:
                old = c.targets[0].entity
                c.targets[0] = replace(c.targets[0], entity=p.targets[0].entity)
                c.note(f"the company valued is the round's company {p.targets[0].entity}, not its investor {old}")
                break


_VALUES_OBJECT = re.compile(r"^valu(?:es|ing|ed)\s+(?!at\b)\S", re.IGNORECASE)
DEAL_VALUE = "the value of a deal, not of a company"  # lang_en._deal_value


def round_valuation(cands: list[Candidate], prev: list[Candidate]) -> None:
    """"X raised €1.7 billion. … The deal values the startup at €11.7 billion": the company's valuation.

    "The deal values X at" after a funding round (and no takeover) values X; after a takeover it is
    the price, as lang_en reads it.
    """
    companies = {p.targets[0].entity: p.targets[0] for p in prev if p.kind == "investment" and p.targets}
    if not companies or any(p.kind == "acquisition" for p in prev):
        return
    for c in cands:
        if c.kind != "valuation" or c.rejected != DEAL_VALUE or not _VALUES_OBJECT.match(c.trigger.text):
            continue
        if any(d is not c and d.amount is c.amount for d in cands) or (not c.targets and len(companies) != 1):
            continue  # the figure went to a deal of this sentence; or whose round it is is unclear
        if not c.targets:  # "The transaction values the French developer at …": the round's only company
            c.targets = [_party(next(iter(companies.values())), c.view)]
        c.rejected = None
        c.note("values the company of the previous sentence's round")
