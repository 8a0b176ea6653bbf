"""Which kind, when the parties are right (round 15, area kinds), in en, zh and ja.

``adjust(view, cands)`` runs after the control rules. Each rule reads what was bought:

- control passes ("a majority/controlling stake", "100% of", "all of its shares", 控股权/全部股权,
  全株式/子会社化, or a bought percentage of 50 or more): an ``acquisition`` at the stated price;
  the stake and share-purchase readings of the same parties are dropped;
- a minority percentage bought ("acquired 49% of X for $14.3 billion", 收购X 49%的股份): a
  ``stake`` with its price and an ``investment`` of that price, not an acquisition;
- a plant, factory or site bought from its owner ("Foxconn's Ohio factory", 向鸿海买下…工厂,
  鴻海から工場を購入): a ``purchase`` buyer -> owner;
- a holding sold for cash ("raised $900 million by selling part of its Mobileye stake",
  出清所持…股份，套现58亿美元): a ``purchase`` null -> seller, not an investment in the seller;
- "valuing the startup at $29 billion": that amount is the valuation's, never the price of a stake.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_BUY_VERB = {
    "en": re.compile(r"\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|tak(?:e|es|ing)|took|"
                     r"snap(?:s|ped)? up|pick(?:s|ed)? up)\b", re.IGNORECASE),
    "zh": re.compile(r"收购|收購|取得|买下|買下|购入|購入|购买|購買|获得|獲得|拿下|入主"),
    "ja": re.compile(r"取得|買収|購入|買い取|買い付"),
}
_CONTROL = {
    "en": re.compile(r"\b(?:(?:a |the )?(?:majority|controlling) (?:stake|interest|holding|position|share)|"
                     r"control of|all (?:of )?(?:the |its )?(?:outstanding )?(?:shares|stock|equity)|"
                     r"the (?:rest|remainder) of|the remaining shares|full ownership)\b", re.IGNORECASE),
    "zh": re.compile(r"控股权|控股權|控制权|控制權|全部股权|全部股權|全部股份|全部权益|全部權益|全资|全資|多数股权|多數股權|绝对控股|絕對控股"),
    "ja": re.compile(r"全株式|全株|完全子会社|子会社化|子会社にす|子会社にし|過半|経営権|経営支配権"),  # round 21: 連結子会社にした
}
_ASSET = {
    "en": re.compile(r"\b(?:plant|factory|factories|facility|facilities|campus|site|building|fab|property|land|"
                     r"warehouse)\b", re.IGNORECASE),
    "zh": re.compile(r"工厂|工廠|厂房|廠房|厂区|廠區|园区|園區|大楼|大樓|土地|生产线|生產線"),
    "ja": re.compile(r"工場|建屋|土地|敷地|生産ライン|建物"),
}
_SOLD_HOLDING = {
    "en": re.compile(r"\bby selling (?:part of |some of |most of |all of |the rest of )?(?:its|their) (?:entire |remaining )?"
                     r"(?:[\w.&'-]+ ){0,2}?(?:stake|shares|holding|position)\b", re.IGNORECASE),
    "zh": re.compile(r"(?:出清|清仓|清倉|出售|抛售|拋售|减持|減持|沽出|沽售|卖出|賣出|售出)[^，,。；]{0,6}所持[^，,。；]{0,12}(?:股份|股票|股权|股權)"
                     r"[^。；]{0,10}(?:套现|套現|获得|獲得|回笼|回籠)"),
    "ja": re.compile(r"保有(?:する|している)?[^。、]{0,20}(?:株|株式)を(?:すべて|全て|全部|一部)?(?:売却|手放|放出|売り払)"),
}
_VALUE_BEFORE = re.compile(r"(?:valu(?:ed|ing|es)\s+(?!at\b)[^,;]{1,40}?\bat|valuation of|"  # round 21: ", which is now valued at"
                           r",\s*(?:which|that)\s+(?:is|was|has been)\s+(?:now\s+|currently\s+)?valued\s+at)\s*(?:about|around|roughly|"
                           r"nearly|almost|more than|over|some|just over)?\s*$", re.IGNORECASE)
# words between a deal word and an amount that put the amount in another deal ("after ... a $250 billion contract")
_APART = re.compile(r"\b(?:after|before|while|when|as|since|because|whereas|but|and then)\b|[;；。]|(?:后|後|之前|以来|同时|同時|一方)"
                    r"|(?:した後|の後|に続き|一方)", re.IGNORECASE)
_DEAL_KINDS = ("acquisition", "stake", "investment", "purchase", "compute_commitment")


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """The kind readings above; returns the candidates with any added twins."""
    if view.lang == "en":
        _valuation_amount(view, cands)
    _venture_members(cands)
    out = list(cands)
    for c in cands:
        if c.rejected is not None and c.kind not in ("buy", "acquisition"):
            continue
        if _asset_bought(view, c) or _holding_sold(view, c, cands):
            continue
        if _control_passes(view, c, cands):
            continue
        twin = _minority_bought(view, c, cands)
        if twin is not None:
            out.append(twin)
    return out


def _clause(view: SentenceView, c: Candidate) -> tuple[str, int]:
    """The sentence text and its start offset."""
    return view.sentence.text, view.sentence.start


def _verb_before(view: SentenceView, c: Candidate, pos: int) -> bool:
    """A buying verb in the candidate's clause before ``pos`` (absolute offset), or the trigger itself."""
    text, s0 = _clause(view, c)
    verb = _BUY_VERB[view.lang]
    if verb.search(c.trigger.text):
        return True
    head = text[:pos - s0]
    cut = max(head.rfind(ch) for ch in ",，;；。")
    return bool(verb.search(head[cut + 1:]))


def _price(view: SentenceView, c: Candidate) -> object:
    """The candidate's amount, or the sentence's only amount that no value phrase claims."""
    if c.amount is not None:
        return c.amount
    text, s0 = _clause(view, c)
    t = c.trigger
    free = [a for a in view.amounts if not _VALUE_BEFORE.search(text[:a.start - s0])
            and not re.search(r"(?:估值|評価額|企業価値|价值|價值)[^，,。]{0,6}$", text[:a.start - s0])
            and not _APART.search(text[min(a.end, t.end) - s0:max(a.start, t.start) - s0])]
    return free[0] if len(free) == 1 else None


def _same_deal(c: Candidate, o: Candidate) -> bool:
    return o is not c and o.rejected is None and o.kind in _DEAL_KINDS and bool(o.targets) and bool(c.targets) \
        and o.targets[0].entity == c.targets[0].entity


def _control_passes(view: SentenceView, c: Candidate, cands: list[Candidate]) -> bool:
    """"bought a majority stake in X", "acquire 100% of X", 取得X的控股权, 全株式を取得: an acquisition."""
    if c.kind not in _DEAL_KINDS or len(c.sources) != 1 or len(c.targets) != 1 or c.rejected is not None:
        return False
    if c.kind == "stake" and c.trigger.entry.frame == "hold":
        return False  # "holds a controlling stake": a holding, not a purchase
    text, s0 = _clause(view, c)
    m = _CONTROL[view.lang].search(text)
    pct = c.pct if c.pct is not None and c.pct.value >= 50 else None
    if pct is None and c.trigger.entry.kind in ("acquisition", "buy", "supply"):  # "agreed to sell 51% of its unit to X"
        pct = next((p for p in view.percentages if p.value >= 50 and p.start >= c.trigger.end
                    and view.same_clause(p.start, c.trigger.end) and p.start - c.trigger.end < 20), None)
    if m is None and pct is None:
        return False
    where = pct.start if pct is not None else s0 + m.start()
    if view.lang != "en" and not view.same_clause(where, c.trigger.start):
        return False  # "取得A全部股权，A成为其全资子公司": the first clause's deal, not the second's
    if not _verb_before(view, c, where) and not (view.lang != "en" and _BUY_VERB[view.lang].search(text)):
        return False
    c.kind, c.pct, c.amount = "acquisition", None, _price(view, c)
    c.note("control passes (majority, all shares, 控股/全部股权, 子会社化): an acquisition")
    for o in cands:
        if _same_deal(c, o) and o.kind != "acquisition":
            o.rejected = "part of the acquisition of the company"
    return True


_MINORITY_SEEN = "a minority share bought"


def _minority_bought(view: SentenceView, c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """"acquired 49% of X for $14.3 billion", 收购X 49%的股份: a stake with its price and an investment."""
    if c.kind not in ("acquisition", "stake") or c.rejected is not None or c.pct is None and c.kind == "stake":
        return None
    if len(c.sources) != 1 or len(c.targets) != 1 or _MINORITY_SEEN in c.notes:
        return None
    if c.kind == "acquisition":
        pct = next((p for p in view.percentages if p.value < 50 and view.same_clause(p.start, c.trigger.start)), None)
        if pct is None:
            return None
        stake = next((o for o in cands if o.kind == "stake" and _same_deal(c, o) and o.pct is not None), None)
        if stake is not None:
            stake.amount = stake.amount or _price(view, c)
            c.rejected = "a minority share bought: the stake and the investment state it"
            c = stake
        else:
            _company_after(view, c, pct.end)
            c.kind, c.pct, c.amount = "stake", pct, _price(view, c)
            c.note(f"bought {pct.text} of {c.targets[0].entity}: a minority stake, not the company")
    elif c.pct.value >= 50 or not _verb_before(view, c, c.pct.start) or c.trigger.entry.frame == "hold":
        return None
    text = view.sentence.text
    if re.search(r"\bheld by\b|\bfrom\b|持有的|から", text):
        return None  # shares bought from a holder: a purchase, not new money
    c.amount = c.amount or _price(view, c)
    c.notes.append(_MINORITY_SEEN)
    if c.amount is None or any(o.kind == "investment" and _same_deal(c, o) for o in cands):
        return None
    inv = replace(c, kind="investment", pct=None, sources=list(c.sources), targets=list(c.targets),
                  notes=[*c.notes, "money paid for a minority share: an investment"])
    return inv


def _owner(view: SentenceView, c: Candidate, at: int) -> Party | None:
    """The party that owns the asset named at ``at`` (possessor, "of X", 向X, Xから), not the buyer."""
    buyers = {p.entity for p in c.sources}
    named = [p for p in view.parties if p.entity not in buyers and p.end > p.start and p.via != "reference"
             and (view.lang != "en" or p.start >= at) and view.same_clause(p.start, at)]
    return min(named, key=lambda p: abs(p.start - at), default=None)


def _asset_bought(view: SentenceView, c: Candidate) -> bool:
    """"bought Foxconn's Ohio factory for $375 million", 向鸿海买下工厂, 鴻海から工場を購入: a purchase."""
    if c.kind not in ("acquisition", "buy", "purchase") or not c.sources or c.trigger.entry.kind not in ("buy", "acquisition"):
        return False
    text, s0 = _clause(view, c)
    window = text[c.trigger.end - s0:c.trigger.end - s0 + 60] if view.lang == "en" else \
        text[max(0, c.trigger.start - s0 - 30):c.trigger.end - s0 + 30]
    m = _ASSET[view.lang].search(window)
    if m is None or view.cue("shares") is not None:
        return False
    owner = _owner(view, c, c.trigger.end)
    if owner is None:
        return False
    c.kind, c.targets, c.rejected = "purchase", [owner], None
    c.amount = _price(view, c)
    c.note(f"a {m.group(0)} bought from {owner.entity}: a purchase from its owner")
    return True


def _holding_sold(view: SentenceView, c: Candidate, cands: list[Candidate]) -> bool:
    """"raised $900 million by selling part of its Mobileye stake": the seller is paid (purchase null -> seller)."""
    m = _SOLD_HOLDING[view.lang].search(view.sentence.text)
    if m is None or c.rejected is not None or c.kind not in ("investment", "stake"):
        return False
    seller = c.targets[0] if c.kind == "investment" and c.trigger.entry.frame == "get" and c.targets else \
        (c.sources[0] if c.sources else None)
    amount = c.amount or _price(view, c)
    if seller is None or amount is None:
        c.rejected = "a holding sold, not bought"
        return True
    c.kind, c.sources, c.targets, c.amount, c.pct = "purchase", [], [seller], amount, None
    c.trigger = replace(c.trigger, entry=replace(c.trigger.entry, frame="sell"))
    c.note(f"{seller.entity} sold a holding for cash: the seller is paid, the buyers are unnamed")
    for o in cands:
        if o is not c and o.rejected is None and o.kind in ("stake", "investment"):
            o.rejected = "the holding sold, not a new one"
    return True


def _valuation_amount(view: SentenceView, cands: list[Candidate]) -> None:
    """"took a 49% stake, valuing the startup at $29 billion": $29 billion is no price of the stake."""
    text, s0 = view.sentence.text, view.sentence.start
    for c in cands:
        if c.kind in ("stake", "investment") and c.amount is not None and c.rejected is None \
                and _VALUE_BEFORE.search(text[:c.amount.start - s0]):
            c.note(f"{c.amount.text!r} is the company's valuation, not this deal's amount")
            if c.kind == "investment" and "money paid for shares: an investment" in c.notes:
                c.rejected = "no money stated for the shares"
            for v in cands:
                if v.kind == "valuation" and v.amount is c.amount and v.rejected is not None \
                        and v.rejected.startswith("the value of the stake"):
                    v.rejected = None
                    v.note("the value phrase names the company, not the holding")
            c.amount = None


def _venture_members(cands: list[Candidate]) -> None:
    """"A与B共同出资成立合资公司X", "A、Bが共同出資する新会社X": members of the venture, no separate investment."""
    members = {(s.entity, t.entity) for c in cands if c.kind == "joint_venture" and c.rejected is None
               for s in c.sources for t in c.targets}
    for c in cands:
        if c.kind == "investment" and c.amount is None and c.rejected is None and c.sources and c.targets \
                and all((s.entity, c.targets[0].entity) in members for s in c.sources):
            c.rejected = "money put into a venture its members form: the joint_venture claims state it"


def _company_after(view: SentenceView, c: Candidate, at: int) -> None:
    """"acquired 49% of the data labeling company Scale AI": the company named right after the share."""
    buyers = {p.entity for p in c.sources}
    company = next((p for p in view.parties if p.start >= at and p.entity not in buyers
                    and view.same_clause(p.start, at)), None)
    if company is not None and view.lang == "en":
        c.targets = [company]
