"""RuleExtractor: the default extractor. Deterministic, no model, no network.

For each sentence that contains a deal trigger (triggers_<lang>.tsv) it reads the parties
(dealgraph.entities), amounts, percentages and dates (dealgraph.amounts), assigns source and
target from role markers (markers.tsv, roles.py), status and date from cues (cues_<lang>.tsv),
then links neighbouring sentences (an amount or payer stated in the next sentence, a party
left implicit) and keeps only candidates that name what their kind needs.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from dealgraph.extract.rules import candidates as C
from dealgraph.extract.rules import control, ja_clauses, ja_dev6, ja_links, lang_en, lang_ja, lang_zh, lists, refs, verbs
from dealgraph.extract.rules import money, unblock
from dealgraph.extract.rules import compute_deals
from dealgraph.extract.rules import zh_recall6
from dealgraph.extract.rules import compute3
from dealgraph.extract.rules import compute4
from dealgraph.extract.rules import purchases4, revenue4
from dealgraph.extract.rules import stakes
from dealgraph.extract.rules import loans, revenue
from dealgraph.extract.rules import loans4
from dealgraph.extract.rules import context_ja5
from dealgraph.extract.rules import context_ja6
from dealgraph.extract.rules import lists_ja8
from dealgraph.extract.rules import invest_en4
from dealgraph.extract.rules import possessor_en
from dealgraph.extract.rules import clauses
from dealgraph.extract.rules import conj_en
from dealgraph.extract.rules import nominal
from dealgraph.extract.rules import followups
from dealgraph.extract.rules import context_zh
from dealgraph.extract.rules import context_zh5
from dealgraph.extract.rules import parties_roles
from dealgraph.extract.rules import amount_binding
from dealgraph.extract.rules import amounts5
from dealgraph.extract.rules import layouts, layouts_tables, tables7
from dealgraph.extract.rules import grants_ja8  # round 25
from dealgraph.extract.rules import kinds_deals
from dealgraph.extract.rules import deals_mlj
from dealgraph.extract.rules import acquisitions3
from dealgraph.extract.rules import acquisitions4, lawsuits4, ventures4
from dealgraph.extract.rules import kinds5
from dealgraph.extract.rules import revenue_purchase
from dealgraph.extract.rules import missing_parties
from dealgraph.extract.rules import context_en
from dealgraph.extract.rules import context_en5
from dealgraph.extract.rules import context_en7
from dealgraph.extract.rules import context_ja
from dealgraph.extract.rules import precision_en
from dealgraph.extract.rules import precision_cjk
from dealgraph.extract.rules import precision4, status4
from dealgraph.extract.rules import precision6
from dealgraph.extract.rules import conventions5
from dealgraph.extract.rules import grants7
from dealgraph.extract.rules import zh_recall8
from dealgraph.extract.rules.lexicon import providers
from dealgraph.extract.rules.context import _first_party, pronoun_mentions
from dealgraph.extract.rules.view import SentenceView, Trigger, find_triggers, make_parties
from dealgraph.extract.sentences import split_sentences
from dealgraph.model import Amount, Claim, Document

NAME = "rules.v1"
_ANAPHORA = re.compile(r"^(?:the (?:company|venture|fund|firm|group|deal|project|startup)|it|they|this|"
                       r"该|这|此|其|双方|同社|同ファンド|この|同)", re.IGNORECASE)
_MAX_GAP = 8  # sentences a focus entity stays in mind
_RECORD_LINES = 6  # label lines ("金额：", "投资方：") a record header governs
_LABEL = re.compile(r"^[^\s:：，,。]{1,8}[:：]|^[A-Z][A-Za-z ]{1,20}:\s")
_LANG_HOOKS: dict[str, Any] = {"en": lang_en, "zh": lang_zh, "ja": lang_ja}  # modules with prepare(view) and adjust(view, cands)
_PARTICIPATION = re.compile(r"领投|跟投|参投|参与|co-le[ad]|\bled\b|\bjoined\b|took part|participat|出資者|出資して"
                            r"|\b(?:chip|kick|tip|pitch)(?:s|ped|ed|es|ping|ing)? in\b|\b(?:investor|shareholder|backer)\b",  # round 6
                            re.IGNORECASE)


@dataclass(slots=True)
class SentenceTrace:
    """What the rules saw in one candidate sentence (for ``dealgraph explain``)."""

    index: int
    start: int
    end: int
    text: str
    lang: str
    parties: list[str]
    amounts: list[str]
    triggers: list[str]
    candidates: list[C.Candidate] = field(default_factory=list)


@dataclass(slots=True)
class Explanation:
    doc_id: str
    sentences: list[SentenceTrace]
    claims: list[Claim]


class RuleExtractor:
    """Rule-based extractor for English, Chinese and Japanese news (no model, no network)."""

    name = NAME
    languages = ("en", "zh", "ja")

    def __init__(self, *, min_confidence: float = 0.0, resolver: Any = None) -> None:
        """``resolver``: an entity resolver honouring a store's merge/split decisions
        (``dealgraph.entities.resolver_for(store)``); default: the knowledge base as shipped."""
        self.min_confidence = min_confidence
        self.resolver = resolver
        _warm(self.languages)  # worker processes forked after this inherit the compiled tables

    def extract(self, doc: Document) -> list[Claim]:
        """Claims asserted in ``doc``; evidence spans index ``doc.text``."""
        return self.explain(doc, trace=False).claims

    def explain(self, doc: Document, *, trace: bool = True) -> Explanation:
        """Claims plus the trace of every candidate sentence: what matched, what was kept and why
        (``trace=False``: claims only, no trace)."""
        views, mentions, sentences = analyse(doc, self.resolver)
        traces, every = [], []
        state = _State(doc)
        state.mentions, state.sentences = mentions, sentences
        for view in views:
            cands = _candidates(view, doc.published)
            state.link(view, cands)
            every.extend(cands)
            if trace:
                traces.append(_trace(view, cands))
        for c in every:
            C.orient(c)
            c.rejected = C.check(c)
        kept = [c for c in every if c.rejected is None]
        claims = [cl for c in kept for cl in to_claims(doc, c) if cl.confidence >= self.min_confidence]
        claims += [cl for cl in layouts_tables.claims(doc, self.resolver) if cl.confidence >= self.min_confidence]
        claims += [cl for cl in tables7.claims(doc, self.resolver) if cl.confidence >= self.min_confidence]  # round 24
        claims += [cl for cl in grants_ja8.claims(doc, self.resolver) if cl.confidence >= self.min_confidence]  # round 25
        claims = amount_binding.bind(doc.text, doc.lang, sentences, mentions, claims, doc.published)  # round 15
        claims = amounts5.equity_parts(doc.text, doc.lang, sentences, claims, doc.published)  # round 22: debt + equity
        claims = amounts5.stake_prices(doc.text, sentences, claims)  # round 22: a stake bought gets its price
        claims = amounts5.takeover_shares(doc.text, doc.lang, sentences, claims)  # round 22: the share a takeover bought
        return Explanation(doc.id, traces, _dedupe(claims))


# -- analysis --------------------------------------------------------------------------------

def _warm(langs: tuple[str, ...]) -> None:
    """Load and compile every rule table once (each is cached for the life of the process)."""
    from dealgraph.extract.rules.lexicon import cues, markers, trigger_entries, trigger_starts
    from dealgraph.extract.rules.status import status_cues

    _finders()
    providers()
    for lang in langs:
        trigger_entries(lang), trigger_starts(lang), cues(lang), status_cues(lang), markers(lang, "before"), markers(lang, "after")


def _finders() -> tuple[Any, Any, Any, Any]:
    from dealgraph.amounts import find_amounts, find_dates, find_percentages
    from dealgraph.entities import find_mentions

    return find_mentions, find_amounts, find_percentages, find_dates


def analyse(doc: Document, resolver: Any = None) -> tuple[list[SentenceView], list[Any], list[Any]]:
    """Sentences that contain a trigger, with their parties, numbers and dates."""
    text = doc.text
    sentences = split_sentences(text, doc.lang)
    found = [(i, s, find_triggers(s)) for i, s in enumerate(sentences)]
    found = [(i, s, t) for i, s, t in found if t and not precision4.link_block(text, s)]  # round 21: read-more lists
    if not found:
        return [], [], sentences
    find_mentions, find_amounts, find_percentages, find_dates = _finders()
    lang = doc.lang if doc.lang in ("en", "zh", "ja") else None
    mentions = find_mentions(text, lang, resolver=resolver)
    if lang == "ja":
        mentions = ja_clauses.rebind_references(text, sentences, mentions)  # round 7: 同社 = the topic
        mentions = context_ja5.bind_defined(text, mentions)  # round 22: 当社/対象者/以下「X」 of a disclosure
    if lang == "zh":
        mentions = zh_recall6.latin_names(text, mentions, resolver)  # round 23: "由Parkway Venture Capital领投"
        mentions = context_zh.rebind(text, sentences, mentions)  # round 17: 该公司/公司/其 along the subject chain
        mentions = zh_recall6.topics(text, sentences, mentions)  # round 23: "先说X。…公司…" a column's topic
    if lang == "en":
        mentions = context_en5.rebind(text, sentences, mentions)  # round 22: a filing's "the Company", a call's "we"
    amounts = find_amounts(text, lang, published=doc.published)
    pcts = find_percentages(text, lang)
    dates = find_dates(text, lang, published=doc.published)
    views = []
    starts = [m.start for m in mentions]
    amount_starts, pct_starts, date_starts = ([x.start for x in xs] for xs in (amounts, pcts, dates))
    counts = Counter(m.entity for m in mentions if m.entity)
    for i, s, trig in found:
        view = SentenceView(i, s, triggers=trig)
        extra = pronoun_mentions(sentences, i, mentions, starts, counts)
        extra += missing_parties.issuer_mentions(text, lang, s, mentions)  # round 16: 当社/本公司, the issuer
        own = _within(mentions, s, starts)
        if s.lang == "en":  # round 10 enprecision: "Mira Murati's lab" is a company, not the person
            own = possessor_en.resolve(text, s, own, mentions, sentences)
        own = parties_roles.drop_bystanders(text, s.lang, own)  # round 15: analysts, outlets, advisers
        view.triggers = _outside_names(trig, own)
        view.parties = make_parties(text, s, own + extra)
        view.amounts = _conversions_dropped(text, _within(amounts, s, amount_starts))
        view.percentages = _within(pcts, s, pct_starts)
        view.dates = _within(dates, s, date_starts)
        views.append(view)
    return views, mentions, sentences


def _outside_names(triggers: list[Trigger], mentions: list[Any]) -> list[Trigger]:
    """Triggers that are not words of a name: "Investment" in "Public Investment Fund", 投资 in 国家集成电路产业投资基金."""
    names = [(m.start, m.end) for m in mentions if m.entity]
    return [t for t in triggers if not any(a <= t.start and t.end <= b and b - a > t.end - t.start for a, b in names)]


def _within(items: list[Any], s: Any, starts: list[int] | None = None) -> list[Any]:
    """The items inside sentence ``s`` (``starts``: their start offsets, when the caller has them)."""
    starts = [x.start for x in items] if starts is None else starts
    lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
    return [x for x in items[lo:hi] if x.end <= s.end]


def _conversions_dropped(text: str, amounts: list[Amount]) -> list[Amount]:
    """Drop "(about 78 trillion yen)" after "$500 billion": the same money restated."""
    out: list[Amount] = []
    for a in amounts:
        if out and re.fullmatch(r"\s*[(（]\s*(?:approximately|approx\.?|about|around|roughly|约|約|およそ)?\s*",
                                text[out[-1].end:a.start], re.IGNORECASE):
            continue
        if out and zh_recall6.restated(text[out[-1].end:a.start]):
            continue  # round 23: "320亿美元，折合约2500亿港元": the same money in another currency
        out.append(a)
    return out


# -- candidates ------------------------------------------------------------------------------

def _assign(view: SentenceView) -> dict[int, Amount]:
    """Each amount goes to its nearest trigger (greedy by distance); stakes take one only if alone."""
    pairs = []
    limit = 90 if view.lang == "en" else 30
    amounts = [a for a in view.amounts if not view.cue("price", a.start - 8, a.end + 4)]
    text, s0 = view.sentence.text, view.sentence.start  # round 15: a market value is no deal's amount
    amounts = [a for a in amounts if not amount_binding.market_value(text, view.lang, replace(a, start=a.start - s0), 0)]
    for ti, t in enumerate(view.triggers):
        if amounts5.attributive(view, t):
            continue  # round 22: "Ampere, the Oracle-backed chip designer, for $6.5 billion": a describer takes none
        for a in amounts:
            dist = a.start - t.end if a.start >= t.end else t.start - a.end
            if dist > limit or conj_en.across(view, t.start, a.start):  # round 11: "X holds 27% as Y signs $250bn"
                continue
            if t.entry.kind in ("stake", "contract") and len(view.triggers) > 1:
                dist += 10_000
            pairs.append((max(dist, 0), ti, id(a), a))
    chosen: dict[int, Amount] = {}
    used: set[int] = set()
    for _, ti, aid, a in sorted(pairs, key=lambda p: (p[0], p[1])):
        if ti not in chosen and aid not in used:
            chosen[ti] = a
            used.add(aid)
    return chosen


def _pct_for(view: SentenceView, t: Trigger) -> Any:
    if (t.entry.kind != "stake" and t.entry.frame != "share") or not view.percentages:
        return None
    inside = [p for p in view.percentages if t.start <= p.start <= t.end]  # "holds 27%"
    return inside[0] if inside else min(view.percentages, key=lambda p: abs(p.start - t.start))


def _candidates(view: SentenceView, published: str | None) -> list[C.Candidate]:
    hooks = _LANG_HOOKS.get(view.lang)
    if hooks is not None:
        hooks.prepare(view)  # language-specific reading of the sentence (lang_<xx>.py)
    control.prepare(view)  # acquisitions, stakes, lawsuits (control.py)
    stakes.add_fractions(view)  # round 18: "about a third", 约九成, 三分之一 next to a holding (stakes.py)
    amounts = _assign(view)
    cands = [C.build(view, t, amounts.get(i), _pct_for(view, t), published) for i, t in enumerate(view.triggers)]
    for c in cands:
        C.orient(c)
    C.participants_round(cands)
    C.venture_spending(view, cands)
    cands.extend(C.pair_holders(view, cands))
    C.stake_value(view, cands)
    cands = C.pair_stakes(view, C.merge_fragments(cands))
    cands = hooks.adjust(view, cands) if hooks is not None else cands
    cands = verbs.adjust(view, cands)  # round 6: money idioms and memberships (verbs.py)
    clauses.own_subject_reference(view, cands)  # round 7 roles: "the company" is not its own clause's subject
    cands = clauses.zh_relative(view, cands)  # round 7 roles: 曾投资过X的Y, 作为X最大投资方的Y
    clauses.drop_asides(view, cands)  # round 7 roles: "X（由前微软高管创立）"
    cands = money.adjust(view, cands)  # round 7: debt, payments and purchases (money.py)
    cands = compute_deals.adjust(view, cands)  # round 14: customers and providers of compute and chips
    cands = revenue.adjust(view, loans.adjust(view, cands))  # round 14: lenders, borrowers, payers (loans.py, revenue.py)
    cands = nominal.adjust(view, control.adjust(view, cands))  # round 15: deals named as noun phrases
    cands = kinds_deals.adjust(view, cands)  # round 15: kinds when the parties are right (kinds_deals.py)
    cands = deals_mlj.adjust(view, cands)  # round 17: merger roles, loan lenders, venture members (deals_mlj.py)
    cands = acquisitions3.adjust(view, cands)  # round 18: suits over takeovers, subsidiaries (acquisitions3.py)
    cands = kinds5.ventures(view, cands)  # round 22: ventures named after the set-up verb (kinds5.py)
    cands = ventures4.adjust(view, lawsuits4.adjust(view, acquisitions4.adjust(view, cands)))  # round 21: bids refused, co-defendants, ventures formed by
    cands = revenue_purchase.adjust(view, cands)  # round 17: customer shares, orders (revenue_purchase.py)
    cands = compute3.adjust(view, cands)  # round 18: compute deals read both ways, backlogs (compute3.py)
    cands = compute4.adjust(view, cands)  # round 21: a neocloud signing with a hyperscaler provides (compute4.py)
    cands = loans4.adjust(view, cands)  # round 21: shares pledged as collateral are no borrower (loans4.py)
    cands = revenue4.adjust(view, purchases4.adjust(view, cands))  # round 21: licences, sales, customers
    stakes.trailing_pct(view, cands)  # round 18: "largest shareholder with about 11%" (stakes.py)
    cands = stakes.adjust(view, cands)  # round 20: each holder, fronted company, increased holdings (stakes.py)
    cands = kinds5.adjust(view, cands)  # round 22: market shares, holdings sold to buyers, shares bought from sellers
    cands = precision_en.adjust(view, cands)  # round 19: metrics, payouts, raised forecasts (precision_en.py)
    cands = status4.adjust(view, precision4.adjust(view, cands))  # round 21: questions, holders at large, guarantees; background status
    cands = conventions5.adjust(view, cands)  # round 24: announced done rounds completed, cumulative totals reported
    cands = precision6.adjust(view, cands)  # round 23: list members, vague amounts (precision6.py)
    cands = grants7.adjust(view, cands)  # round 24: government grants, shares sold without a price (grants7.py)
    zh_recall8.approaches(view, cands)  # round 25: "A曾与B洽谈收购事宜" takeover talks (zh_recall8.py)
    return C.flows(view, layouts.adjust(view, cands))  # round 15: headlines, list items (layouts.py)


# -- linking sentences -----------------------------------------------------------------------

class _State:
    """What earlier sentences said: previous candidates, recent targets, the article's main company."""

    def __init__(self, doc: Document) -> None:
        self.prev: list[C.Candidate] = []
        self.prev_index = -10
        self.focus: list[tuple[int, str]] = []
        self.mentions: list[Any] = []
        self._top: str | None | bool = False
        self.sentences: list[Any] = []
        self.recent: list[tuple[int, C.Candidate]] = []  # round 16 missing_parties: kept deals, for dropped subjects
        self.text = doc.text  # round 17 context_en: section headings

    def link(self, view: SentenceView, cands: list[C.Candidate]) -> None:
        adjacent = self.prev if view.index - self.prev_index == 1 else []
        _stake_value_next(cands, adjacent, view)
        for c in cands:
            refs.carry_subject(c, self.mentions, self.sentences)  # "该公司随后又向X投资", "同社はさらに…"
        for c in cands:
            unblock.previous_party(c, self.mentions, self.sentences)  # round 10: tranches, compute paid (unblock.py)
        for c in cands:
            if C.check(c) is not None and (c.rejected is None or c.kind == "contract"):
                _continue_previous(c, adjacent, view)
        _share_round_target(cands)
        ja_links.link(view, cands, adjacent, self.mentions)  # round 9 jarecall2: valuation after a round, describers
        ja_dev6.link(self, view, cands)  # round 23: a venture's even split among its members (ja_dev6.py)
        lists_ja8.link(self, view, cands)  # round 25: investors listed after a round, "AとBがそれぞれ" (lists_ja8.py)
        lists.join_previous(cands, adjacent)  # round 6: a list continuing the previous sentence's deal
        loans4.link(self, view, cands)  # round 21: lenders named after a loan (loans4.py)
        lawsuits4.link(self, view, cands)  # round 21: a defendant added to the previous suit (lawsuits4.py)
        invest_en4.link(self, view, cands)  # round 21: participants need a round nearby (invest_en4.py)
        context_en5.link(view, cands)  # round 22: a lender named in an aside only describes the subject
        context_en7.it_led(self, view, cands)  # round 24: "It was led by X" needs a round just before
        context_zh.round_leader(cands, adjacent)  # round 17: "此輪由A領投" leads the previous sentence's round
        followups.remaining_holder(cands, adjacent)  # round 12: "X will remain a minority investor"
        followups.cumulative_total(cands)  # round 12: "bringing its total investment to $8 billion"
        followups.cjk_lenders(cands, adjacent)  # round 13: "A、B等银行参与了此次银团贷款"
        followups.cjk_stake_ratio(cands, adjacent)  # round 13: "取引完了後、Aの出資比率は約11%となる"
        missing_parties.round_company(cands, adjacent)  # round 16: "交易完成后，该公司的估值…" is the round's company
        missing_parties.round_valuation(cands, adjacent)  # round 16: "The deal values the startup at …"
        for c in cands:
            context_en.fill_section(c, self.text, self.mentions, self.sentences)  # round 17: "## X / - Raised $2 billion"
        for c in cands:
            if not precision_cjk.generic_subject(c):  # round 19 precision_cjk: a crowd is the subject
                missing_parties.fill_topic(c, self.mentions, self.sentences, adjacent)  # round 16: no party named, one in context
                zh_recall8.capex_company(c, self.mentions, self.text)  # round 25: 管理层将资本支出…: the headline's company
        for c in cands:
            if c.rejected is None and not c.targets and _LABEL.match(view.sentence.text):
                self._record_subject(c, view)
            if c.rejected is None and (C.check(c) is not None or _anaphoric_gap(c, view)):
                self._fill_from_context(c, view)
            if c.rejected is None and not c.sources and c.targets and view.lang != "en":
                self._carry_subject(c, view)
        context_zh5.timeline_subject(self, view, cands)  # round 22: "2023年6月：参与X的融资": the main company acts
        context_zh5.participants(self, view, cands)  # round 22: "A、B等老股东继续跟投", "这一轮由A领导" join the round
        context_zh5.speaker_company(view, cands)  # round 22: "A行政总裁B表示，集团将投入…": A
        context_zh5.venture_subject(view, cands)  # round 22: "X…，并与Y成立合资公司": X and Y
        context_zh5.declared_object(self, view, cands)  # round 22: "关于投资设立X的公告 … B认缴出资": into X
        context_ja6.link(self, view, cands)  # round 23: a later total, a takeover's borrower (context_ja6.py)
        for c in cands:
            refs.antecedent_target(c, self.mentions, self.sentences)  # "invested in the company" (fallback)
        self.focus.extend((view.index, p.entity) for c in cands if C.check(c) is None for p in c.targets)
        self.focus.extend((view.index, e) for e in verbs.raising_topics(cands))  # "X is raising money."
        live = [c for c in cands if c.rejected is None]
        if live:
            self.prev, self.prev_index = live, view.index
            self.recent.extend((view.index, c) for c in live if c.sources)

    def _fill_from_context(self, c: C.Candidate, view: SentenceView) -> None:
        if c.kind not in C.CONTEXT_KINDS or (c.amount is None and c.pct is None and not _participation(c)):
            return
        if precision_en.nonparty_object(view, c):
            return  # round 19: "invested $8 billion in research and development" (precision_en.py)
        if bool(c.sources) == bool(c.targets) or (c.kind != "compute_commitment" and not c.sources):
            return  # an investor or holder is never guessed; a missing investee may be the topic
        if len({p.entity for p in c.sources}) > 1 and view.cue("each") is None and view.cue("anaphor") is None and (
                view.lang != "en" or c.amount is not None):  # en: co-investors without an amount join the topic's round
            return  # "A and B put $20 billion into C and D": a shared total, not one deal with the topic
        present = {p.entity for p in (*c.sources, *c.targets)}
        if c.kind == "stake" and view.lang == "ja":  # round 21 invest_cjk4: co-holders ("AがN%、BがM%を持つ") hold no share of each other
            present |= {p.entity for p in view.parties if p.slot in ("SUBJ", "NONE")}
        if not c.sources:  # a guessed customer is never one who sells compute itself
            present |= {e for e, role in providers().items() if role in ("compute", "neocloud")}
        entity = next((e for i, e in reversed(self.focus) if view.index - i <= _MAX_GAP and e not in present), None)
        how = "the last deal's target"
        if entity is None:
            entity, how = self.top_entity(present), "the article's main company"
        if entity is None:
            return
        from dealgraph.extract.rules.view import Party

        party = Party(entity, view.sentence.start, view.sentence.start, "", slot="CONTEXT", via="context")
        (c.targets if not c.targets else c.sources).append(party)
        c.note(f"missing party taken from context: {entity} ({how})", -0.2)

    def _record_subject(self, c: C.Candidate, view: SentenceView) -> None:
        """"投资方：A、B" / "Amount: $300 million" under a record header: the header's company is the target."""
        if c.kind not in ("investment", "valuation", "stake"):
            return
        taken = {p.entity for p in c.sources}
        for back in range(1, min(_RECORD_LINES, view.index) + 1):
            prev = self.sentences[view.index - back]
            if _LABEL.match(prev.text):
                continue  # another label line of the same record
            named = [m for m in _within(self.mentions, prev) if m.entity and m.type in ("company", None)
                     and m.entity not in taken]
            if named:
                from dealgraph.extract.rules.view import Party

                m = named[0]
                c.targets.append(Party(m.entity, m.start, m.end, m.text, slot="CONTEXT", via="context"))
                c.note(f"target: the record's company {m.entity} (label line)", -0.1)
            return

    def _carry_subject(self, c: C.Candidate, view: SentenceView) -> None:
        """zh/ja drop a subject the previous sentence named: "8月には米インテルに20億ドルを出資している"."""
        if c.trigger.entry.frame not in ("give", "buy", "pay", "stake", "uses", "give_money") or c.kind == "valuation":
            return
        if any(n.startswith("paid to settle") for n in c.notes):
            return  # round 14 corporate: a settlement's plaintiffs are not the previous subject
        if any(n.startswith(("target: the receiver", "target: possessor of the round")) for n in c.notes):
            return  # round 16 missing_parties: "A获得B等投资方的投资": the source is a from/by party, not the last subject
        if missing_parties.described_subject(c):
            return  # round 16 missing_parties: "OpenAI的员工向A出售股份": a described subject, not a dropped one
        if precision_cjk.generic_subject(c):
            return  # round 19 precision_cjk: "投资者押注…", 「投資家は…」: a crowd is the subject, none was dropped
        prev = self.sentences[view.index - 1] if view.index > 0 else None
        starts = [m.start for m in self.mentions]
        first = _first_party(self.mentions, starts, prev) if prev is not None else None
        actor = missing_parties.same_word_actor(c, self.recent)  # round 16: a repeated deal word keeps its actor
        if first is None or first.entity in {p.entity for p in c.targets} or actor is not None \
                or missing_parties.not_subject(first, prev):
            first = missing_parties.dropped_subject(c, self.mentions, self.sentences, self.recent)  # は-topic
            first = first or context_ja.heading_subject(c, self.mentions, self.sentences)  # round 17: "■KDDI" heading
        if first is None or first.entity in {p.entity for p in c.targets}:
            return
        from dealgraph.extract.rules.view import Party

        c.sources.append(Party(first.entity, first.start, first.end, first.text, slot="CONTEXT", via="context"))
        c.note(f"subject carried over from the previous sentence: {first.entity}", -0.15)

    def top_entity(self, exclude: set[str]) -> str | None:
        counts = Counter(m.entity for m in self.mentions if m.entity and m.type in ("company", None))
        for entity, n in counts.most_common():
            if entity not in exclude and n >= 3:
                return entity
        return None


def _share_round_target(cands: list[C.Candidate]) -> None:
    """"X raised $1 billion, led by A": the investors' candidate takes the round's company."""
    rounds = [c for c in cands if c.kind == "investment" and c.targets and c.rejected is None]
    for c in cands:
        if c.kind == "investment" and not c.targets and c.sources and c.rejected is None and rounds:
            c.targets = [p for p in rounds[0].targets if p.entity not in {s.entity for s in c.sources}]
            if c.targets:
                c.note(f"target: the round's company {c.targets[0].entity}")


def _participation(c: C.Candidate) -> bool:
    """Investors named as taking part in a round ("A、B等跟投", "alongside A"): no amount needed."""
    return c.trigger.entry.frame == "investors" or bool(_PARTICIPATION.search(c.trigger.text))


def _anaphoric_gap(c: C.Candidate, view: SentenceView) -> bool:
    """A party is missing but the sentence points back to one ("in the company", 向其, 本轮, 同社)."""
    return bool(c.sources) != bool(c.targets) and view.cue("anaphor") is not None and not ja_clauses.subject_reference(view, c)


def _stake_value_next(cands: list[C.Candidate], prev: list[C.Candidate], view: SentenceView) -> None:
    """"AはBの株式の27%を保有する。同社の持ち分の価値は1350億ドル": the value of that holding."""
    for c in cands:
        p = next((p for p in prev if c.rejected is None and C.values_stake(c, p)), None)
        if p is None:
            continue
        p.amount, p.end = c.amount, view.sentence.end
        p.note(f"value of the holding {c.amount.text!r} from the next sentence")  # type: ignore[union-attr]
        c.rejected = "the value of the stake in the previous sentence"
        for again in cands:  # "同社の持ち分" restates the holding
            if again.kind == "stake" and again.pct is None and again.amount is None and again.rejected is None:
                again.rejected = "restates the holding of the previous sentence"


def _venture_size(c: C.Candidate, p: C.Candidate) -> bool:
    """"A、B、Cの3社が新会社Xを設立。…最大5000億ドルを投資する": spending with no party sizes the venture."""
    return p.kind == "joint_venture" and c.kind == "investment" and not c.sources and not c.targets


def _contract_value(c: C.Candidate, p: C.Candidate) -> bool:
    """"AはBとクラウド利用契約を結んだ。契約額は100億ドル": a bare contract word sizes the deal before it."""
    return (c.trigger.entry.kind == "contract" and c.kind == "contract" and not c.sources and not c.targets
            and p.kind in ("compute_commitment", "purchase"))


def _continue_previous(c: C.Candidate, prev: list[C.Candidate], view: SentenceView) -> None:
    """An amount or payer stated in the sentence after the deal ("The company ... $500 billion")."""
    anaphoric = bool(_ANAPHORA.match(view.sentence.text))
    for p in prev:
        if not p.sources and not p.targets:
            continue  # round 16 missing_parties: a deal naming nobody takes no amount from the next sentence
        if p.kind != c.kind and not anaphoric and not _venture_size(c, p) and not _contract_value(c, p) \
                and not ja_links.sum_value(c, p) and not context_ja.sum_value(c, p):  # round 17: 「投資額は…」
            continue
        if p.kind == "stake" and p.pct is None and c.kind == "investment":
            continue  # "XはYの大株主だ。同社はYに400億ドルを拠出する": new money, not the holding's price (round 6)
        if c.amount is not None and p.amount is None and not c.sources and not (c.targets and p.targets and
                                                                                c.targets[0].entity != p.targets[0].entity):
            p.amount, p.end = c.amount, view.sentence.end
            if c.status in ("up_to", "rumored"):  # round 12: a price "according to people familiar"
                p.status = c.status
            p.note(f"amount {c.amount.text!r} from the next sentence", +0.05)
            c.rejected = "amount given to the deal in the previous sentence"
        elif p.kind == c.kind == "revenue" and not p.sources and c.sources and not c.targets:
            p.sources, p.end = c.sources, view.sentence.end
            p.note(f"payer {c.sources[0].entity} from the next sentence")
            c.rejected = "payer given to the revenue in the previous sentence"


# -- claims ----------------------------------------------------------------------------------

def to_claims(doc: Document, c: C.Candidate) -> list[Claim]:
    """One claim per (source, target) pair of a kept candidate."""
    sources: list[Any] = _unique(c.sources) or [None]
    targets: list[Any] = _unique(c.targets) or [None]
    if None in (sources[0], targets[0]) and c.kind != "valuation":
        c.note("one party unnamed in the text (null)", -0.1)
    amount = c.amount
    each = c.view.cue("each") is not None and len(targets) == 1  # "A and B each invested $1 billion"
    each = each or (c.kind == "acquisition" and len(targets) == 1)  # a consortium's bid: one joint price
    if c.kind != "joint_venture" and (len(sources) > 1 or len(targets) > 1) and amount is not None and not each:
        amount = None
        c.notes.append("amount dropped: shared by several parties")
    led = amount is not None and len(sources) == 1 and len(targets) == 1 and _led_round(c, sources[0])
    if led:
        amount = None
        c.notes.append("the round's size, not the lead's own cheque")
    usd = (amount.stated_usd or amount.usd) if amount is not None else None
    conf = round(min(0.99, max(0.05, c.score)), 2)
    out = []
    if (c.kind in ("investment", "loan") and amount is None and c.amount is not None and (len(sources) > 1 or led)
            and len(targets) == 1 and targets[0] is not None):
        out.append(_round_claim(doc, c, targets[0].entity, conf))  # the round's size, investors without it
    for s in sources:
        for t in targets:
            if s is not None and t is not None and s.entity == t.entity:
                continue
            out.append(Claim(
                doc_id=doc.id, kind=c.kind, source=s.entity if s is not None and c.kind != "valuation" else None,
                target=t.entity if t is not None else None, status=c.status, start=c.start, end=c.end, evidence=doc.text[c.start:c.end],
                extractor=NAME, confidence=conf, amount=amount, amount_usd=Decimal(usd) if usd is not None else None,
                pct=float(c.pct.value) if c.pct is not None else None, date=c.date, date_precision=c.precision,
                notes=tuple(c.notes)))
    return out


_LED_BY = re.compile(r"\b(?:co-)?led by\s+(?:the\s+|its\s+)?(?:[A-Za-z][\w.&'-]*\s+){0,3}$", re.IGNORECASE)


def _led_round(c: C.Candidate, lead: Any) -> bool:
    """"X's $2 billion round was led by A", "a $2 billion round led by A": A led it, the size is the round's."""
    if c.kind == "investment" and any(n.startswith("entered the round:") for n in c.notes):
        return True  # round 8 enrecall: "A came into the startup's $X round" (recall_en.ENTERED)
    if conventions5.lead_carries_round(c, lead):
        return True  # round 22: "A led a $X round in B": the round's size (tests/test_corpus.py)
    if amount_binding.lead_owns_round(c, lead):
        return True  # round 15: "A to lead $40 billion round", "with A leading"
    if amounts5.round_not_lead(c, lead):
        return True  # round 22: "由A领投", "Aが主導した…調達", "A participated in X's $2 billion round"
    if c.kind != "investment" or lead is None or c.trigger.entry.frame != "get" or lead.start < c.trigger.end:
        return False
    text, s0 = c.view.sentence.text, c.view.sentence.start
    return bool(_LED_BY.search(text[max(0, lead.start - s0 - 40):lead.start - s0]))


def _round_claim(doc: Document, c: C.Candidate, target: str | None, conf: float) -> Claim:
    """"X raised $1B led by A, alongside B": the round (null investor) carries the amount."""
    a = c.amount
    usd = (a.stated_usd or a.usd) if a is not None else None
    return Claim(doc_id=doc.id, kind=c.kind, source=None, target=target, status=c.status, start=c.start,
                 end=c.end, evidence=doc.text[c.start:c.end], extractor=NAME, confidence=conf, amount=a,
                 amount_usd=Decimal(usd) if usd is not None else None, date=c.date, date_precision=c.precision,
                 notes=(*c.notes, "the round: its size, investors unnamed here"))


def _unique(parties: list[Any]) -> list[Any]:
    """Parties with distinct entities, first mention kept ("Azure ... Microsoft" is one party)."""
    seen: set[str] = set()
    return [p for p in parties if not (p.entity in seen or seen.add(p.entity))]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (span, kind, source, target, amount), the most confident; one without an amount only
    when the same span and parties have none with an amount."""
    best: dict[tuple[Any, ...], Claim] = {}
    for cl in claims:
        key = (cl.start, cl.end, cl.kind, cl.source, cl.target, cl.amount_usd)
        old = best.get(key)
        if old is None or (cl.amount is not None, cl.confidence) > (old.amount is not None, old.confidence):
            best[key] = cl
    priced = {k[:5] for k in best if k[5] is not None}  # two amounts, same parties: "wrote $4B ... added another $4B"
    kept = [cl for k, cl in best.items() if k[5] is not None or k[:5] not in priced]
    return sorted(kept, key=lambda c: (c.start, c.kind, c.source or "", c.target or ""))


def _trace(view: SentenceView, cands: list[C.Candidate]) -> SentenceTrace:
    s = view.sentence
    return SentenceTrace(view.index, s.start, s.end, s.text, s.lang, [str(p) for p in view.parties],
                         [a.text for a in view.amounts] + [p.text for p in view.percentages],
                         [t.text for t in view.triggers], cands)


