"""Control deals in all languages: acquisitions, stakes and lawsuits (round 5).

``prepare(view)`` runs before roles are read, ``adjust(view, cands)`` after the language hooks.
English acquisition targets are often names the knowledge base does not know ("agreed to buy
Activision Blizzard"): a capitalised name right after the deal word becomes a provisional party.
Japanese precision: a deal noun that is only the topic ("Xの買収を巡る報道", "アームの買収で知られる"),
shares sold or pledged (株式を売却/担保), a suit "with" someone (Xとの訴訟) and a possessor taken as the
acquirer while the sentence names its subject are not claims or are re-read.
"""

from __future__ import annotations

import re

from dealgraph.entities.patterns import strip_possessive
from dealgraph.extract.rules import corporate_deals
from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

# -- English: provisional acquisition targets -------------------------------------------------

_EN_DEAL = re.compile(r"\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|take over|took over|"
                      r"takes over|taking over|(?:acquisition|purchase|takeover|buyout|merger|bid|offer) (?:of|for|with)|"
                      r"merg(?:e|es|ed|ing) with)\s+", re.IGNORECASE)
_EN_SKIP = re.compile(r"(?:(?:the|a|an|rival|its|smaller|struggling|privately held|(?:(?:the\s+)?(?:[A-Z]{2,3}|[A-Z][a-z]+(?:an|ish|ese|i|ch))\s+)?[a-z][a-z-]*(?: [a-z][a-z-]*)?"
                      r" (?:company|startup|start-up|firm|maker|developer|provider|designer|specialist|group|platform|"
                      r"operator|lab|business|unit|chipmaker|manufacturer))\s+)?")
_EN_NAME = re.compile(r"([A-Z][\w.&'’-]*[\w&](?:\s+(?:[A-Z][\w.&'’-]*[\w&]|&))*)(?:'s|’s)?")
_EN_NOT_NAME = frozenset({
    "The", "A", "An", "It", "Its", "This", "That", "In", "On", "For", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "U.S.", "US", "Chinese", "American", "European", "Japanese",
    "Israeli", "British", "AI", "GPU", "GPUs", "Nvidia", "Series"})
_EN_NAME_TAIL = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd."})


def _en_targets(view: SentenceView) -> None:
    """"agreed to buy Activision Blizzard for $69 billion": the unknown name after the deal word."""
    if not any(t.entry.kind in ("acquisition", "buy") for t in view.triggers):
        return
    s = view.sentence
    for m in _EN_DEAL.finditer(s.text):
        skip = _EN_SKIP.match(s.text, m.end())
        name = _EN_NAME.match(s.text, skip.end()) if skip else None
        if name is None:
            continue
        words = [w for w in name.group(1).split() if w not in _EN_NAME_TAIL]
        start = s.start + name.start(1)
        if not words or words[0] in _EN_NOT_NAME or any(p.start <= start < p.end + 1 for p in view.parties):
            continue
        text = strip_possessive(" ".join(words))  # round 20: "acquire Humanloop's team" -> Humanloop
        view.parties.append(Party(text, start, start + len(text), text, slot="NONE", type="company", via="pattern"))
    view.parties.sort(key=lambda p: p.start)


_EN_OF = re.compile(r"\s*(?:of\s+)?")
_EN_GOODS_AFTER = re.compile(r"^(?:'s|’s)?\s*(?:(?!(?:as|and|in|for|after|while|to|from)\b)[\w-]+\s+){0,2}?(?:chips?|gpus?|processors?|accelerators?|servers?|"
                             r"systems|hardware|stock|shares|equity|h100s?|h200s?|b200s?|capacity|memory)\b", re.IGNORECASE)


def _en_company_bought(view: SentenceView, c: Candidate) -> None:
    """"closed its purchase of server maker ZT Systems", "agrees to buy Wiz": the company itself, not goods."""
    if c.kind not in ("purchase", "investment", "compute_commitment") or c.trigger.entry.kind != "buy" \
            or len(c.targets) != 1 or c.pct is not None:  # round 14: "buy startup X in an all-stock deal" 
        return
    text, s0, target = view.sentence.text, view.sentence.start, c.targets[0]
    if target.start < c.trigger.end:
        return
    lead = _EN_OF.match(text, c.trigger.end - s0)
    skip = _EN_SKIP.match(text, lead.end()) if lead else None
    if skip is None or skip.end() != target.start - s0 or _EN_GOODS_AFTER.match(text[target.end - s0:]):
        return
    c.kind = "acquisition"
    c.note(f"{target.entity} itself is bought (the object of {c.trigger.text!r}): an acquisition")


# -- English: a stake "valued at" ------------------------------------------------------------

def _en_stake_value(view: SentenceView, cands: list[Candidate]) -> None:
    """"Amazon's stake in Anthropic is valued at $60 billion": the holding's value, not a valuation."""
    for v in cands:
        if v.kind != "valuation" or v.rejected is not None or v.amount is None or not v.targets:
            continue
        stake = next((c for c in cands if c.kind == "stake" and c.rejected is None and c.amount is None
                      and c.trigger.end <= v.trigger.start and v.targets[0].entity in {p.entity for p in c.sources}),
                     None)
        if stake is not None:
            stake.amount, stake.end = v.amount, max(stake.end, v.end)
            stake.note(f"value of the holding {v.amount.text!r}")
            v.rejected = "the value of a holding, not of the company"


# -- Japanese precision ----------------------------------------------------------------------

_JA_TOPIC = re.compile(r"^(?:の可能性)?(?:を(?:巡|めぐ)|で知られ|に関する(?:報道|質問|観測|憶測)|についての(?:報道|質問)|"
                       r"報道(?:について|を巡)|に関心を示|に(?:ついて|関して)(?:の)?(?:コメント|質問))")
_JA_DEAL_VERB = re.compile(r"合意|決定|発表し|発表する|締結|完了|成立|協議|交渉|検討|提案")
_JA_SHARES_NOT_HELD = re.compile(r"^(?:の?(?:一部|全て|すべて|全部|大半|約?[0-9０-９.]+[%％]))?を?(?:売却|売り出|放出|手放|担保)")
_JA_QUOTED_NO = re.compile(r"^[^。」]{0,8}(?:考えていない|考えはない|予定はない|計画はない|つもりはない|ことはない|ありえない|あり得ない)")


def _ja_topic(view: SentenceView, c: Candidate) -> str | None:
    """Why a Japanese deal word is no claim (a topic, shares sold, a quoted "no"), or None."""
    rest = view.sentence.text[c.trigger.end - view.sentence.start:]
    if c.kind in ("acquisition", "lawsuit", "stake") and _JA_TOPIC.match(rest) and not _JA_DEAL_VERB.search(rest):
        return "the deal is only the topic of the sentence (を巡る, で知られる)"
    if c.kind == "stake" and _JA_SHARES_NOT_HELD.match(rest):
        return "shares sold or pledged, not a holding"
    if _JA_QUOTED_NO.match(rest) and c.trigger.entry.frame != "get":  # 調達の予定はない: a denied raise (nondeal.py)
        return "a quoted denial of any plan (考えていない)"
    return None


def _ja_suit_with(c: Candidate) -> str | None:
    """"Xとの訴訟で": a suit between two parties, who sued whom is not said."""
    if c.kind == "lawsuit" and c.targets and all(p.slot == "WITH" for p in c.targets):
        return "a suit with the other party: plaintiff and defendant not said"
    return None


def _ja_subject_acquires(view: SentenceView, c: Candidate) -> None:
    """"AはBの株式を売却し、Cを買収した": the subject A acquires, not the possessor B."""
    between = view.sentence.text[c.sources[0].end - view.sentence.start:c.trigger.start - view.sentence.start] \
        if c.sources else ""
    if c.kind != "acquisition" or not c.sources or c.sources[0].slot != "POSS" or not re.search(r"[、，,]", between):
        return  # "OpenAIとTeslaの合併": the possessor of the deal word itself
    subject = next((p for p in view.parties if p.slot == "SUBJ" and p.end <= c.sources[0].start
                    and p.entity not in {t.entity for t in c.targets}), None)
    if subject is not None:
        c.note(f"the subject {subject.entity} acquires; {c.sources[0].entity} only owns what is sold")
        c.sources = [subject]


def _ja_topic_parties(cands: list[Candidate]) -> None:
    """"英アームの買収で知られるA社は、AIへの投資を…": the topic's company is no party of a later deal."""
    topics = [c for c in cands if c.rejected is not None and c.rejected.startswith("the deal is only the topic")]
    for t in topics:
        named = {p.entity for p in t.targets}
        for c in cands:
            if c.rejected is None and c.trigger.start > t.trigger.end and c.targets and \
                    {p.entity for p in c.targets} <= named:
                c.rejected = "its party only belongs to the topic phrase before it"


_ZH_OBJECT = re.compile(r"(?:将|把)\s*$")


def _zh_sued_object(view: SentenceView, c: Candidate) -> None:
    """"xAI将OpenAI告上法庭": the party after 将/把 is the defendant."""
    if c.kind != "lawsuit" or c.targets or len(c.sources) != 1:
        return
    text, s0 = view.sentence.text, view.sentence.start
    obj = next((p for p in view.parties if p.end <= c.trigger.start and _ZH_OBJECT.search(text[:p.start - s0])), None)
    plaintiff = next((p for p in view.parties if obj is not None and p.end <= obj.start), None)
    if obj is not None and plaintiff is not None:
        c.sources, c.targets = [plaintiff], [obj]
        c.note(f"{obj.entity} after 将/把: the defendant")


def _ja_holder_of_ratio(view: SentenceView, c: Candidate) -> None:
    """"AのBへの出資比率は27%": the possessor before the company holds the stake."""
    if c.kind != "stake" or c.sources or len(c.targets) != 1 or c.targets[0].slot != "TO":
        return
    holder = next((p for p in view.parties if p.slot == "POSS" and p.end <= c.targets[0].start
                   and view.same_clause(p.end, c.trigger.start)), None)
    if holder is not None:
        c.sources, c.rejected = [holder], None
        c.note(f"holder: {holder.entity}, whose share in the company is stated")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Control-deal readings after the shared rules and the language hooks."""
    if view.lang == "en":
        _en_stake_value(view, cands)
        for c in cands:
            _en_company_bought(view, c)
    if view.lang == "zh":
        for c in cands:
            _zh_sued_object(view, c)
    if view.lang == "ja":
        for c in cands:
            _ja_holder_of_ratio(view, c)
            if c.rejected is None:
                _ja_subject_acquires(view, c)
                c.rejected = _ja_topic(view, c) or _ja_suit_with(c)
        _ja_topic_parties(cands)
    return corporate_deals.adjust(view, cands)  # round 14 corporate


def prepare(view: SentenceView) -> None:
    """Control-deal readings of the parties before roles are read."""
    if view.lang == "en":
        _en_targets(view)
