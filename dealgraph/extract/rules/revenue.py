"""Round 14, area "loans_revenue": revenue a customer pays a supplier, payer -> earner (all languages).

Called by the extractor after ``loans.adjust`` (``adjust(view, cands)``). Readings added here:

- a share of revenue told from the earner's side: "Nebius generates about 60% of its revenue from
  Microsoft", "Microsoft receives 20% of OpenAI's revenue", "Revenue from OpenAI made up 11% of Oracle's
  sales", "CoreWeaveの売上高の62%はマイクロソフト向け", "来自微软的收入占CoreWeave总收入的62%";
- every payer of a listed share ("35% of Nvidia's sales came from Microsoft, Meta and Amazon");
- money received every year from a named payer is revenue, not an investment ("will receive $60 million
  annually from Google");
- a payment for services, access, data or licences between two named companies ("paid Anthropic $400
  million for model access");
- the amount of a revenue word completes the payment read from the verb ("paid Microsoft $500 million in
  revenue share").

A company's total revenue with no payer stays no claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dealgraph.extract.rules import money

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import Party, SentenceView

_Q = r"(?:(?:about|roughly|around|nearly|almost|more than|over|some|just|close to|an estimated|at least|less than|under|a)\s+)*"
_PCT = r"(?:[\d.]*\d\s?(?:%|per ?cent|percent)|half|a third|a quarter|two-thirds|three-quarters|most|the bulk|the majority|a majority)"
_REV = r"(?:\S+\s+){0,2}?(?:revenues?|sales|income|turnover)"
_EN = (  # (pattern, how the payer and the earner are found)
    (re.compile(rf"\b(?:generat|deriv|gets?\b|got\b|earn|draw|drew|receiv|obtain|collect|makes?\b|made\b|book)\w*\s+{_Q}{_PCT}"
                rf" of (?:its|their) {_REV} from\b", re.IGNORECASE), "subject_from"),
    (re.compile(rf"\b(?:receiv|gets?\b|got\b|takes?\b|took\b|collect|keeps?\b|kept\b|is entitled to|earns?\b|earned\b)\w*\s+{_Q}"
                rf"{_PCT} of (?P<owner>.{{2,40}}?)(?:'s|’s) (?:\S+\s+){{0,2}}?(?:revenues?|sales|profits?|income)\b", re.IGNORECASE),
     "subject_of_owner"),
    (re.compile(rf"\b(?:revenues?|sales|income) from (?P<payer>.{{2,60}}?) (?:made up|makes up|accounted for|accounts for|represented"
                rf"|represents|comprised|was|were|is|are|amounted to|contributed)\s+{_Q}{_PCT} of (?P<owner>.{{2,40}}?)(?:'s|’s) ",
                re.IGNORECASE), "from_of_owner"),
)
_JA = re.compile(r"(?:売上高?|売り上げ|収益|収入)の(?:約|およそ|ほぼ)?[0-9０-９.．]+\s*(?:%|％|割)(?:強|弱)?(?:は|が|を)(?P<payer>[^。、]{1,24}?)向け")
_ZH = re.compile(r"来自(?P<payer>[^，,。；]{1,16}?)的(?:收入|营收|營收|销售额|銷售額)占(?P<owner>[^，,。；]{0,16}?)(?:总|總)?"
                 r"(?:收入|营收|營收|销售额|銷售額|营业收入|營業收入)的?(?:约|約|近|超过|超過)?[0-9.]+\s*[%％]")
_PERIOD = re.compile(r"\b(?:a|per|each|every) year\b|\bannually\b|\byearly\b|\beach quarter\b|每年|年均|年間|毎年", re.IGNORECASE)
_EQUITY = re.compile(r"\bstake\b|\bshares?\b|\bround\b|\bequity\b|\binvest|\bfunding\b|股份|股权|股權|融资|融資|出資|株式|調達",
                     re.IGNORECASE)
_SERVICE = re.compile(r"\bfor\s+(?:\S+\s+){0,4}?(?:access|services?|data|content|search|placement|api|licens\w*|usage|"
                      r"subscriptions?|label+ing|annotation|traffic|advertising|distribution|royalt\w*|fees?|models?)\b"
                      r"|\b(?:services?|fees?|royalt\w*|licens\w* fees?)\b", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|and|, and|&|、|和|と|や)\s*", re.IGNORECASE)
_RECEIVE = re.compile(r"^(?:receiv|get|gets|got|collect|earn|获得|獲得|收到|取得|受け取|得)", re.IGNORECASE)


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Round-14 readings of revenue (each function checks its own case)."""
    _share_patterns(view, cands)
    _listed_payers(view, cands)
    for c in cands:
        _periodic_receipt(view, c)
        _paid_for_services(view, c)
    _amount_fragment(cands)
    return cands


def _host(cands: list[Candidate]) -> Candidate | None:
    """The candidate of a revenue word in the sentence (kept or not): the one a share reading rewrites."""
    return next((c for c in cands if c.trigger.entry.kind == "revenue"), None)


def _parties_in(view: SentenceView, lo: int, hi: int) -> list[Party]:
    return [p for p in view.parties if lo <= p.start and p.end <= hi]


def _subject(view: SentenceView, at: int) -> Party | None:
    """The party right before ``at`` in the same clause (the subject of the verb there)."""
    before = [p for p in view.parties if p.end <= at]
    same = [p for p in before if view.same_clause(p.end, at)]
    return same[-1] if same else (before[0] if len({p.entity for p in before}) == 1 else None)  # "X, for its part, gets"


def _pct_in(view: SentenceView, lo: int, hi: int) -> object:
    return next((p for p in view.percentages if lo <= p.start < hi), None)


def _share_patterns(view: SentenceView, cands: list[Candidate]) -> None:
    """Shares of revenue told from the earner's side or by "revenue from X" (en, ja, zh)."""
    host = _host(cands)
    if host is None or (host.sources and host.targets and (host.pct is not None or host.amount is not None)):
        return
    s, base = view.sentence, view.sentence.start
    found = _match_share(view)
    if found is None:
        return
    payers, earner, lo, hi = found
    payers = [p for p in payers if p.entity != earner.entity]
    if not payers:
        return
    host.kind, host.sources, host.targets, host.rejected = "revenue", _unique(payers), [earner], None
    host.pct = _pct_in(view, lo, hi) if len(host.sources) == 1 else None
    host.note(f"customer relation: {', '.join(p.entity for p in host.sources)} pay {earner.entity} a share of its revenue"
              f" ({s.text[lo - base:hi - base]!r})")
    if host.status in ("announced", "completed") and not host.amount:
        host.status = "reported"


def _match_share(view: SentenceView) -> tuple[list[Party], Party, int, int] | None:
    s, base = view.sentence, view.sentence.start
    if view.lang == "en":
        for pattern, how in _EN:
            m = pattern.search(s.text)
            if m is None:
                continue
            lo, hi = base + m.start(), base + m.end()
            if how == "subject_from":
                earner = _subject(view, lo)
                payers = [p for p in view.parties if p.start >= hi and view.same_clause(hi, p.start)]
            elif how == "subject_of_owner":
                earner = _subject(view, lo)
                payers = _parties_in(view, base + m.start("owner"), base + m.end("owner"))[-1:]
            else:
                payers = _parties_in(view, base + m.start("payer"), base + m.end("payer"))
                owner = _parties_in(view, base + m.start("owner"), base + m.end("owner"))
                earner = owner[-1] if owner else None
            if earner is not None and payers:
                return payers, earner, lo, hi
        return None
    pattern = _JA if view.lang == "ja" else _ZH
    m = pattern.search(s.text)
    if m is None:
        return None
    lo, hi = base + m.start(), base + m.end()
    payers = _parties_in(view, base + m.start("payer"), base + m.end("payer"))
    if view.lang == "ja":
        earner = next((p for p in reversed(view.parties) if p.end <= lo and s.text[p.end - base:lo - base] in ("の", "社の")), None)
    else:
        owner = _parties_in(view, base + m.start("owner"), base + m.end("owner"))
        earner = owner[-1] if owner else _subject(view, lo)
    return (payers, earner, lo, hi) if earner is not None and payers else None


def _unique(parties: list[Party]) -> list[Party]:
    seen: set[str] = set()
    return [p for p in parties if not (p.entity in seen or seen.add(p.entity))]  # type: ignore[func-returns-value]


def _listed_payers(view: SentenceView, cands: list[Candidate]) -> None:
    """"35% of Nvidia's sales came from Microsoft, Meta and Amazon": every listed payer, no per-payer share."""
    for c in cands:
        if c.kind != "revenue" or c.trigger.entry.frame != "share_from" or c.rejected is not None or len(c.sources) != 1:
            continue
        first = c.sources[0]
        more: list[Party] = []
        text, base = view.sentence.text, view.sentence.start
        for p in (q for q in view.parties if q.start > first.end):
            if not _AND.fullmatch(text[(more[-1] if more else first).end - base:p.start - base]):
                break
            more.append(p)
        if more:
            c.sources = _unique([first, *more])
            c.pct = None
            c.note(f"customer relation: listed payers share {c.trigger.text!r}")


def _periodic_receipt(view: SentenceView, c: Candidate) -> None:
    """"Reddit will receive about $60 million annually from Google": a recurring payment is revenue."""
    if c.kind != "investment" or c.rejected is not None or c.amount is None or not c.sources or not c.targets:
        return
    if not _RECEIVE.match(c.trigger.text) or not _PERIOD.search(view.sentence.text) or _EQUITY.search(view.sentence.text):
        return
    c.kind = "revenue"
    c.note("money received every year from a named payer: revenue payer -> earner")
    money._standing_revenue(view, c)


def _paid_for_services(view: SentenceView, c: Candidate) -> None:
    """"Amazon paid Anthropic $400 million for model access": a payment for services is revenue."""
    if c.trigger.entry.kind != "pay" or c.kind not in ("pay",) or c.amount is None or not c.sources or not c.targets:
        return
    if c.rejected is not None and not c.rejected.startswith("'"):
        return
    s = view.sentence
    after = s.text[c.trigger.end - s.start:]
    if not _SERVICE.search(after) or _EQUITY.search(s.text) or {p.entity for p in c.sources} & {p.entity for p in c.targets}:
        return
    c.kind, c.rejected = "revenue", None
    c.note("paid for services, access or data: revenue payer -> earner")


def _amount_fragment(cands: list[Candidate]) -> None:
    """"OpenAI paid Microsoft $500 million in revenue share": the revenue word's amount is the payment's."""
    for c in cands:
        if c.kind != "revenue" or c.rejected is not None or c.amount is not None or not c.sources or not c.targets:
            continue
        frag = next((f for f in cands if f is not c and f.kind == "revenue" and f.amount is not None and
                     (not f.sources or {p.entity for p in f.sources} == {p.entity for p in c.sources}) and
                     (not f.targets or {p.entity for p in f.targets} <= {p.entity for p in (*c.targets, *c.sources)})), None)
        if frag is None:
            continue
        c.amount, frag.amount = frag.amount, None
        c.note(f"amount {c.amount.text!r} from the revenue words of the same payment")  # type: ignore[union-attr]
        frag.rejected = frag.rejected or "amount given to the payment (same deal)"
