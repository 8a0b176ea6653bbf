"""Round 17, phenomenon "deals_mlj": roles and claims of mergers, loans and joint ventures (all languages).

``adjust(view, cands)`` runs after ``kinds_deals.adjust``. Each rule reads one structure:

- "The company CoreWeave" / "the startup Windsurf": the reference word is the name's apposition, not a
  second party;
- "obtained a $7.5 billion facility from A, B and C": a credit facility, term loan or debt is a loan;
- "closed its purchase of server builder ZT Systems": a company bought, nothing after it, is an acquisition;
- "the biggest purchase Google has ever made": the deal restated, the party is the maker, no new claim;
- "Z, a joint venture of X and Y": X and Y are members of Z;
- "each partner owns 50%", 双方各持股50%, それぞれ50%: one stake per member of the venture;
- "the merger of X and Y ... X is the surviving company", X为存续公司, Xが存続会社: X acquires Y;
- "turned down a bid for the company from a group led by Y": Y bids for the possessor.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_BOTH_SIDES = "several parties on both sides: the amount is a total"
_GAP = re.compile(r"^[\s\u3000]{0,2}$")
_DEBT_WORD = re.compile(r"(?i)\b(?:credit facilit(?:y|ies)|debt facilit(?:y|ies)|(?:revolving |loan |financing )?facilit(?:y|ies)"
                        r"|credit lines?|lines? of credit|term loans?|loans?|debt financing|debt)\b")
_EVER_MADE = re.compile(r"^\s*(?:has|had|have|'s|’s)\s+(?:\w+\s+){0,2}?(?:made|done|struck|agreed|announced|completed|paid)\b",
                        re.IGNORECASE)
_COMPANY_BUY = re.compile(r"(?i)^(?:purchase|buyout|takeover)s?$")
_JV_APPOS = re.compile(r"^\s*[,，(（]\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:joint venture|venture|consortium|partnership)\s+"
                       r"(?:of|between|formed by|set up by|owned by|created by|backed by)\s+", re.IGNORECASE)
_EACH_PCT = {
    "en": re.compile(r"(?i)\beach (?:partner|member|company|side|party|firm|of them|of the two)\s+(?:\w+\s+){0,2}?"
                     r"(?:owns?|holds?|takes?|has|gets?|controls?)\s+(?:an? )?(?:equal )?(?:stake of )?(\d+(?:\.\d+)?)\s?%"),
    "zh": re.compile(r"(?:双方|两家|两家公司|三方|各方)?各(?:自)?(?:持股|持有|占股|占|出资)(?:其)?(\d+(?:\.\d+)?)\s?[%％]"),
    "ja": re.compile(r"(?:出資比率|持ち株比率|出資比|株式)は?(?:それぞれ|各)(\d+(?:\.\d+)?)\s?[%％]|それぞれ(\d+(?:\.\d+)?)\s?[%％]ずつ"),
}
_SURVIVOR = {
    "en": re.compile(r"(?i)^\s*(?:is|will be|would be|becomes|became|remains|as)\s+the\s+surviving\s+(?:company|entity|corporation)"),
    "zh": re.compile(r"^\s*(?:为|作为|将作为|成为|是)存续(?:公司|方|主体)"),
    "ja": re.compile(r"^\s*(?:が|を)存続会社"),
}
_JA_LENDER_AFTER = re.compile(r"^(?:を主幹事|が主幹事|を幹事|をアレンジャー|を中心と|をはじめ|など|等の|が主導|が参加)")
_BID_WORD = re.compile(r"(?i)\b(?:bid|offer|approach|proposal)\b")
_BIDDER_SLOTS = ("AGENT", "FROM", "LEAD")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """The readings above; returns the candidates with any stakes added."""
    for c in cands:
        _appositive_reference(view, c)
        _debt_facility(view, c)
        _company_purchase(view, c)
        _ever_made(view, c)
        _bid_from(view, c)
        _survivor(view, c)
        _kabushiki(view, c)
        _zh_dui_de(view, c)
    _jv_apposition(view, cands)
    _more_lenders(view, cands)
    _borrower_not_lender(cands)
    return cands + _member_stakes(view, cands)


def _appositive_reference(view: SentenceView, c: Candidate) -> None:
    """"The company CoreWeave got a loan": the reference word names CoreWeave, not an earlier company."""
    if view.lang != "en":
        return
    text, s0 = view.sentence.text, view.sentence.start
    named = [q for q in view.parties if q.via != "reference"]
    for side in ("sources", "targets"):
        parties: list[Party] = getattr(c, side)
        keep = [p for p in parties if p.via != "reference" or not any(
            q.start >= p.end and _GAP.match(text[p.end - s0:q.start - s0]) for q in named)]
        if len(keep) < len(parties) and keep:
            setattr(c, side, keep)
            c.note("a reference word in apposition to the name after it: the name is the party")
            if c.rejected == _BOTH_SIDES:
                c.rejected = None


def _debt_facility(view: SentenceView, c: Candidate) -> None:
    """"obtained a $7.5 billion facility from A, B and C": borrowed money, a loan from each lender."""
    if view.lang != "en" or c.kind != "investment" or c.trigger.entry.frame != "get" or c.rejected is not None:
        return
    s0 = view.sentence.start
    stop = min((p.start for p in c.sources if p.start > c.trigger.end), default=c.trigger.end + 60)
    window = re.split(r"[,;]", view.sentence.text[c.trigger.end - s0:stop - s0])[0]  # round 18: not the next clause's debt
    if re.search(r"(?i)\bround\b", c.trigger.text):
        return  # "closes $6.6 billion round, adds $4 billion credit line": a round is equity
    if _DEBT_WORD.search(window) and not re.search(
            r"(?i)\b(?:equity|convertible|shares|stock)\b", view.sentence.text):
        c.kind = "loan"
        c.note("a credit facility, term loan or debt obtained: a loan")


def _company_purchase(view: SentenceView, c: Candidate) -> None:
    """"closed its purchase of server builder ZT Systems": the company itself is bought."""
    if view.lang != "en" or c.kind != "purchase" or not _COMPANY_BUY.match(c.trigger.text) or len(c.targets) != 1:
        return
    t, s = c.targets[0], view.sentence
    between = s.text[c.trigger.end - s.start:t.start - s.start]
    if t.slot != "OF" or t.type not in ("company", None) or len(between) > 40 or re.search(r"[,;]", between):
        return
    after = s.text[t.end - s.start:]
    if re.match(r"\s*(?:'s|’s)", after) or view.cue("product", t.end, s.end) or view.cue("cloud", t.end, s.end):
        return
    c.kind = "acquisition"
    c.note(f"{t.entity} itself is bought, no goods named after it: an acquisition")


def _ever_made(view: SentenceView, c: Candidate) -> None:
    """"the biggest purchase Google has ever made": the deal told again, its maker after the noun."""
    if c.rejected is not None or view.lang != "en":
        return
    s = view.sentence
    for p in c.targets:
        if p.start > c.trigger.end and _EVER_MADE.match(s.text[p.end - s.start:]) and \
                re.fullmatch(r"\s*", s.text[c.trigger.end - s.start:p.start - s.start]):
            c.rejected = f"'{c.trigger.text} {p.text} has made': the deal restated, {p.entity} makes it"
            return


def _bid_from(view: SentenceView, c: Candidate) -> None:
    """"OpenAI's board turned down a bid for the company from a group led by Elon Musk": Musk bids for OpenAI."""
    if view.lang != "en" or c.kind != "acquisition" or c.targets or len(c.sources) != 1:
        return
    if not _BID_WORD.search(c.trigger.text) or c.sources[0].slot != "POSS":
        return
    bidder = next((p for p in view.parties if p.start > c.trigger.end and p.slot in _BIDDER_SLOTS
                   and p.entity != c.sources[0].entity), None)
    if bidder is None:
        return
    c.sources, c.targets, c.rejected = [bidder], [c.sources[0]], None
    c.note(f"a bid from {bidder.entity} for {c.targets[0].entity} (the possessor)")


def _survivor(view: SentenceView, c: Candidate) -> None:
    """"The merger of HPE and Juniper ... HPE is the surviving company": HPE acquires Juniper."""
    pattern = _SURVIVOR.get(view.lang)
    if pattern is None or c.kind != "acquisition" or c.sources or len({p.entity for p in c.targets}) != 2:
        return
    s = view.sentence
    survivor = next((p for p in view.parties if pattern.match(s.text[p.end - s.start:])), None)
    if survivor is None or survivor.entity not in {p.entity for p in c.targets}:
        return
    c.sources = [p for p in c.targets if p.entity == survivor.entity][:1]
    c.targets = [p for p in c.targets if p.entity != survivor.entity][:1]
    c.rejected = None
    c.note(f"{survivor.entity} is the surviving company: it acquires {c.targets[0].entity}")


def _jv_apposition(view: SentenceView, cands: list[Candidate]) -> None:
    """"SB OpenAI Japan, a joint venture of SoftBank and OpenAI": the companies after 'of' are members."""
    if view.lang != "en":
        return
    s = view.sentence
    for jv in view.parties:
        m = _JV_APPOS.match(s.text[jv.end - s.start:])
        if m is None:
            continue
        at = jv.end + m.end()
        members = [p for p in view.parties if p.start >= at and p.entity != jv.entity and view.same_clause(at, p.start)]
        if len(members) < 2:
            continue
        c = next((c for c in cands if c.kind == "joint_venture" and not c.sources), None)
        if c is None:
            continue
        c.sources, c.targets, c.rejected = members, [jv], None
        c.note(f"{jv.entity}, a venture of {', '.join(p.entity for p in members)}: one member claim each")


def _member_stakes(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"each partner owns 50%", 双方各持股50%: the same share for every member of the venture."""
    pattern = _EACH_PCT.get(view.lang)
    m = pattern.search(view.sentence.text) if pattern is not None else None
    if m is None:
        return []
    jv = next((c for c in cands if c.kind == "joint_venture" and c.rejected is None and len(c.sources) >= 2
               and len(c.targets) == 1), None)
    if jv is None:
        return []
    at = view.sentence.start + m.start(m.lastindex or 1)
    pct = next((p for p in view.percentages if p.start <= at < p.end or p.start == at), None)
    if pct is None:
        return []
    for c in cands:
        if c.kind == "stake" and c.pct is pct and c is not jv:
            c.rejected = "the share each member of the venture holds (stated per member)"
    out = []
    for member in jv.sources:
        st = replace(jv, kind="stake", sources=[member], targets=list(jv.targets), amount=None, pct=pct,
                     notes=[f"each member holds {pct.text}: {member.entity} -> {jv.targets[0].entity}"], rejected=None)
        out.append(st)
    return out


def _kabushiki(view: SentenceView, c: Candidate) -> None:
    """"さくらインターネット株式会社": 株式 of a company's legal name is no stake."""
    s = view.sentence
    if view.lang == "ja" and c.kind == "stake" and c.trigger.text == "株式" and \
            s.text.startswith("会社", c.trigger.end - s.start):
        c.rejected = "株式会社: part of a company's name, no shares"


def _zh_dui_de(view: SentenceView, c: Candidate) -> None:
    """"英伟达已完成对Run:ai的收购": the buyer before 对, the company between 对 and 的 is bought."""
    if view.lang != "zh" or c.kind != "acquisition":
        return
    s = view.sentence
    head = s.text[:c.trigger.start - s.start]
    m = re.search(r"对([^，。；]{1,40})的$", head)
    if m is None:
        return
    at = s.start + m.start()
    bought = next((p for p in view.parties if at < p.start and p.end == s.start + m.end() - 1), None)
    buyer = next((p for p in reversed(view.parties) if p.end <= at and view.same_clause(p.end, at)), None)
    if bought is None or buyer is None or buyer.entity == bought.entity or (
            c.targets and bought.entity not in {p.entity for p in c.sources}):
        return
    c.sources, c.targets, c.rejected = [buyer], [bought], None
    c.note(f"对{bought.text}的{c.trigger.text}: {buyer.entity} buys {bought.entity}")


def _more_lenders(view: SentenceView, cands: list[Candidate]) -> None:
    """Banks listed with the loan: "みずほ銀行を主幹事とし", "みずほ銀行など…から", "工商银行和建设银行共同提供"."""
    from dealgraph.extract.rules.loans import is_lender

    if view.lang not in ("zh", "ja"):
        return
    s = view.sentence
    for c in cands:
        if c.kind != "loan" or c.rejected is not None or len(c.targets) != 1:
            continue
        named = {p.entity for p in (*c.sources, *c.targets)}
        first = min((p.start for p in c.sources), default=None)
        new = [p for p in view.parties if p.entity not in named and is_lender(p.entity) and (
            _JA_LENDER_AFTER.match(s.text[p.end - s.start:]) if view.lang == "ja"
            else first is not None and p.end <= first and re.fullmatch(r"\s*(?:和|与|、|及|以及)\s*", s.text[p.end - s.start:first - s.start]))]
        if new:
            c.sources = sorted([*c.sources, *new], key=lambda p: p.start)
            c.note(f"lenders listed with the loan: {', '.join(p.entity for p in new)}")


def _borrower_not_lender(cands: list[Candidate]) -> None:
    """"xAI sold $5 billion of bonds and loans": the borrower of one loan word is no lender of the other."""
    borrowers = {p.entity for c in cands if c.kind == "loan" and c.rejected is None for p in c.targets}
    for c in cands:
        if c.kind == "loan" and c.rejected is None and {p.entity for p in c.sources} & borrowers:
            c.rejected = "the borrower of the sentence's loan is not its lender"
