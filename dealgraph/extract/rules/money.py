"""Round 7, area "money2": debt, payments and purchases in analysis prose (all languages).

Called by the extractor after ``verbs.adjust`` (``adjust(view, cands)``):

- debt a company carries ("carries $8 billion of debt", 背负…债务, 借入金を抱える) and lenders listed
  as members ("its lenders include A and B") are standing facts: loan, status ``reported``;
- revenue shares: "N% of Y's revenue came from X", "X pays Y a share of its revenue", "OpenAI需向微软
  支付其收入的20%", "売上高の20%を支払う" are revenue X -> Y (with ``pct`` when stated);
- explicit non-payments: "neither A nor B is paying the other", 双方均未向对方付费, 金銭のやり取りはない;
- goods: "X is Y's main supplier" (Y buys from X), "acquired 485,000 Nvidia chips" (a purchase, not a
  takeover), "调达/調達 GPUs from the maker" (a purchase, not a raise).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dealgraph.extract.rules.lexicon import providers

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import Party, SentenceView

_STOCK = re.compile(r"^(?:carr|ow|saddled|sit|sat|rack|pil|shoulder|(?:has|have|had) taken on|背负|背負|负有|負有|欠下|背着|背著"
                    r"|抱え|抱える)|lenders|creditors|bondholders|lending", re.IGNORECASE)
_SHARE_OF = {
    "en": re.compile(r"\b(?:a |an |its |their )?(?:share|cut|portion|percentage|slice|part|fraction) of (?:\S+ ){0,5}?"
                     r"(?:revenues?|sales|profits?|income|proceeds|earnings)\b|\broyalt(?:y|ies)\b|\brevenue[- ]shar",
                     re.IGNORECASE),
    "zh": re.compile(r"(?:收入|营收|營收|收益|利润|利潤|销售额|銷售額)的?(?:约|約|大约)?[0-9.]+\s*[%％]|分成"),
    "ja": re.compile(r"(?:売上高?|収入|収益|利益)の(?:約|およそ)?[0-9０-９.．]+\s*[%％]|ロイヤリティ|レベニューシェア"),
}
_NEITHER = {
    "en": re.compile(r"\bneither (?:company|side|party|firm|of them|\S+ nor \S+)(?: \S+)? (?:is|are|was|were|has|have|will|would)?"
                     r"\s*(?:be(?:en)? )?(?:paying|pays|paid|pay|compensating|compensates|charging|charges) (?:the other|each other)\b"
                     r"|\bno money (?:is|was|will be) (?:being )?(?:paid|exchanged)\b", re.IGNORECASE),
    "zh": re.compile(r"(?:双方|雙方|两家|兩家)[^，。；]{0,6}(?:均|都|皆)?(?:未|没有|沒有|不)[^，。；]{0,4}(?:向对方|向對方|互相)?(?:付费|付費|支付|付款)"
                     r"|(?:没有|沒有|并无|並無|无|無)(?:任何)?(?:资金|資金|金钱|金錢)(?:往来|往來)"),
    "ja": re.compile(r"金銭の(?:やり取り|やりとり|授受)(?:は|も)(?:ない|なく|ありません|ありませ|発生しない)"
                     r"|(?:互いに|双方とも)[^。、]{0,6}(?:支払わない|支払っていない)"),
}


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Round-7 readings of debt, payments and purchases (each function checks its own case)."""
    for c in cands:
        _standing_debt(c)
        _cjk_debt_stock(view, c)
        _share_inside(view, c)
        _compute_bought(view, c)
        _goods_modifier(view, c)
        _licence_paid(view, c)
        _maker_over_beneficiary(view, c)
        _share_from(view, c)
        _share_payment(view, c)
        _chips_acquired(view, c)
        _supplier_of(view, c)
        _goods_raised(view, c)
        _customer(view, c)
        _standing_revenue(view, c)
        _standing_sale(view, c)
    _no_payment(view, cands)
    return cands


_OPTIONAL = ("pays a share of its revenue", "customer relation")


def amount_optional(c: Candidate) -> bool:
    """A revenue tie read here needs no figure: a revenue share paid, a named largest customer."""
    return c.kind == "revenue" and any(n.startswith(_OPTIONAL) for n in c.notes)


def _standing_debt(c: Candidate) -> None:
    """"CoreWeave carries $8 billion of debt", "its lenders include A": a standing fact (reported)."""
    if c.kind == "loan" and c.status in ("announced", "completed") and _STOCK.search(c.trigger.text):
        c.note(f"debt carried or lenders listed: reported (was {c.status})")
        c.status = "reported"


def _share_from(view: SentenceView, c: Candidate) -> None:
    """"About 20% of Nvidia's revenue came from Microsoft": revenue Microsoft -> Nvidia, pct 20."""
    if c.trigger.entry.frame != "share_from":
        return
    t = c.trigger
    earner = [p for p in view.parties if t.start <= p.start < t.end]
    payer = [p for p in view.parties if p.start >= t.end and view.same_clause(t.end, p.start)]
    pct = next((p for p in view.percentages if t.start <= p.start < t.end), None)
    if not earner or not payer or pct is None:
        c.rejected = c.rejected or "a revenue share without earner or payer"
        return
    c.sources, c.targets, c.pct, c.rejected = payer[:1], earner[:1], pct, None
    c.note(f"{pct.text} of {earner[0].entity}'s revenue from {payer[0].entity}: payer -> earner")


def _share_payment(view: SentenceView, c: Candidate) -> None:
    """"Microsoft pays OpenAI a share of its revenue", "OpenAI需向微软支付其收入的20%": revenue, no amount needed."""
    pattern = _SHARE_OF.get(view.lang)
    if c.trigger.entry.kind != "pay" or c.kind not in ("pay", "revenue") or not c.sources:
        return
    s, t = view.sentence, c.trigger
    direct = next((p for p in view.parties if view.lang == "en" and p.start >= t.end
                   and not s.text[t.end - s.start:p.start - s.start].strip()), None)
    if direct is not None and direct.entity not in {p.entity for p in c.sources}:
        c.targets = [direct]  # "pays OpenAI a share of the Bing revenue": the indirect object earns
    if not c.targets:
        return
    if pattern is None or (m := pattern.search(view.sentence.text, c.trigger.start - view.sentence.start - 30)) is None:
        return
    if c.rejected is not None and not c.rejected.startswith(("'", "neither", "revenue without")):
        return
    c.kind, c.rejected = "revenue", None
    at = view.sentence.start + m.start()
    c.pct = c.pct or next((p for p in view.percentages if at <= p.start <= view.sentence.start + m.end()), None)
    c.note("pays a share of its revenue: revenue payer -> earner")


def _no_payment(view: SentenceView, cands: list[Candidate]) -> None:
    """"Neither Apple nor OpenAI is paying the other": a denied payment between the two parties named."""
    pattern = _NEITHER.get(view.lang)
    m = pattern.search(view.sentence.text) if pattern is not None else None
    if m is None:
        return
    inside = [p for p in view.parties if view.sentence.start + m.start() <= p.start < view.sentence.start + m.end()]
    pair = _two_parties(view, inside if len({p.entity for p in inside}) >= 2 else view.parties)
    if pair is None:
        return
    host = next((c for c in cands if c.trigger.entry.kind in ("pay", "revenue", "contract")), None)
    if host is None:
        return
    host.kind, host.status, host.rejected, host.amount = "revenue", "denied", None, None
    host.sources, host.targets = pair[:1], pair[1:]
    host.note(f"explicit non-payment ({m.group()!r}): denied revenue, first named -> second")
    for c in cands:
        if c is not host and c.rejected is None and {p.entity for p in (*c.sources, *c.targets)} <= {p.entity for p in pair}:
            c.rejected = "the non-payment between the two parties, stated once"


def _two_parties(view: SentenceView, parties: list[Party]) -> list[Party] | None:
    named: list[Party] = []
    for p in parties:
        if p.entity not in {q.entity for q in named}:
            named.append(p)
    return named[:2] if len(named) >= 2 else None


def _chips_acquired(view: SentenceView, c: Candidate) -> None:
    """"Microsoft acquired 485,000 Nvidia Hopper chips": goods bought from their maker, not a takeover."""
    t = c.trigger
    if c.kind != "acquisition" or t.entry.frame != "give" or view.cue("product", t.end, t.end + 45) is None:
        return
    if view.cue("shares", t.end, t.end + 45) is not None or not re.match(r"\s+(?:about |roughly |some |nearly |more than |over )?"
                                                                         r"(?:\d|hundreds|thousands|tens)",
                                                                         view.sentence.text[t.end - view.sentence.start:]):
        return
    c.kind = "purchase"
    c.note("chips acquired: a purchase of goods, not a takeover")


_SUPPLIER = re.compile(r"supplier|vendor", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"^\s*(?:,[^,]{0,80},\s*)?(?:is|are|was|were|has been|have been|remains?|remained|became|becomes)"
                            r"\s+(?:also\s+|now\s+|still\s+)?(?:the\s+|an?\s+|one of\s+)?", re.IGNORECASE)


def _supplier_of(view: SentenceView, c: Candidate) -> None:
    """"SK Hynix is Nvidia's main supplier of HBM": Nvidia buys (source), SK Hynix sells (target)."""
    t, s = c.trigger, view.sentence
    if view.lang != "en" or t.entry.frame != "supply" or not _SUPPLIER.search(t.text) or c.kind != "purchase":
        return
    buyer = next((p for p in reversed(view.parties) if p.end <= t.start and re.fullmatch(r"(?:'s|’s)\s+(?:\w+\s+)?",
                                                                                        s.text[p.end - s.start:t.start - s.start])), None)
    buyer = buyer or next((p for p in view.parties if p.start >= t.end and p.slot in ("TO", "ON")
                           and view.same_clause(t.end, p.start)), None)
    if buyer is None:
        return
    seller = next((p for p in reversed(view.parties) if p.end <= min(buyer.start, t.start) and p.entity != buyer.entity
                   and _COPULA_BEFORE.match(s.text[p.end - s.start:min(buyer.start, t.start) - s.start])), None)
    if seller is None:
        return
    c.sources, c.targets, c.rejected = [buyer], [seller], None
    c.note(f"{seller.entity} supplies {buyer.entity}: buyer -> seller")


_RAISE_GOODS = {"ja": re.compile(r"^(?:\s*[^。、]{0,4})?(?:gpu|チップ|半導体|サーバー|メモリー?|アクセラレーター|画像処理半導体)", re.IGNORECASE)}


def _goods_raised(view: SentenceView, c: Candidate) -> None:
    """"xAIはエヌビディアからGPU約10万個を調達した": 調達 of chips from their maker is a purchase, not a raise."""
    if view.lang != "ja" or c.kind != "investment" or c.trigger.entry.frame != "get" or c.amount is not None:
        return
    s = view.sentence
    maker = [p for p in c.sources if providers().get(p.entity) == "hardware"
             and _RAISE_GOODS["ja"].match(re.sub(r"^(?:社)?(?:から|より)", "", s.text[p.end - s.start:c.trigger.start - s.start]))]
    if not maker or not c.targets:
        return
    c.kind, c.sources, c.targets = "purchase", c.targets[:1], maker[:1]
    c.note(f"chips procured from their maker {maker[0].entity}: a purchase")


_POSS_GAP = re.compile(r"(?:'s|’s)\s+(?:(?:single|largest|biggest|second|most|important|top|main|key|major)\s+)*$", re.IGNORECASE)
_APPOSED = re.compile(r"^\s*,\s*$|^\s*(?:is|was|remains|remained|has been|became)\s+$", re.IGNORECASE)


def _customer(view: SentenceView, c: Candidate) -> None:
    """"Microsoft is CoreWeave's largest customer", "CoreWeave's biggest client, Microsoft,": revenue X -> Y."""
    if c.trigger.entry.frame != "customer":
        return
    t, s = c.trigger, view.sentence
    earner = next((p for p in reversed(view.parties) if p.end <= t.start
                   and _POSS_GAP.fullmatch(s.text[p.end - s.start:t.start - s.start])), None)
    payer = None
    if earner is not None:
        payer = next((p for p in reversed(view.parties) if p.end <= earner.start and p.entity != earner.entity
                      and _COPULA_BEFORE.fullmatch(s.text[p.end - s.start:earner.start - s.start])), None)
        payer = payer or next((p for p in view.parties if p.start >= t.end and p.entity != earner.entity
                               and _APPOSED.match(s.text[t.end - s.start:p.start - s.start])), None)
    if earner is None or payer is None:
        c.rejected = c.rejected or "a customer tie without both parties"
        return
    c.sources, c.targets, c.rejected, c.kind = [payer], [earner], None, "revenue"
    c.note(f"customer relation: {payer.entity} buys from {earner.entity} (revenue payer -> earner)")


_PERIOD = re.compile(r"\b(?:a|per|each|every) year\b|\bannually\b|\byearly\b|每年|年均|年間|毎年", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|agreed|agrees|plans?|to)\s+(?:\w+\s+)?$|'ll\s+$|将|將|计划|計劃|予定", re.IGNORECASE)


def _standing_revenue(view: SentenceView, c: Candidate) -> None:
    """"Google pays Apple $20 billion a year", revenue shares and customer ties: standing facts (reported)."""
    if c.kind != "revenue" or c.status not in ("announced", "completed") or c.rejected is not None:
        return
    s, t = view.sentence, c.trigger
    frame = t.entry.frame
    shared = any(n.startswith(_OPTIONAL[0]) for n in c.notes)
    if frame not in ("share", "share_from", "customer") and not (_PERIOD.search(s.text) or c.pct is not None or shared):
        return
    if _FUTURE.search(s.text[max(0, t.start - s.start - 24):t.start - s.start]):
        return
    c.note(f"a recurring payment or revenue share: reported (was {c.status})")
    c.status = "reported"


_PRESENT = re.compile(r"^(?:sells|buys|supplies|provides|purchases|ships)$", re.IGNORECASE)


def _standing_sale(view: SentenceView, c: Candidate) -> None:
    """"Nvidia sells CoreWeave most of its chips": a present-tense supply tie is a standing fact (reported)."""
    if view.lang == "en" and c.kind == "purchase" and c.status == "announced" and c.amount is None and _PRESENT.match(c.trigger.text):
        c.note("a standing supply tie in the present tense: reported (was announced)")
        c.status = "reported"


_CJK_STOCK = re.compile(r"背负|背負|负有|負有|欠下|背着|背著|を抱え|を抱えて")


def _cjk_debt_stock(view: SentenceView, c: Candidate) -> None:
    """"CoreWeaveは約80億ドルの借入金を抱えている", "背负约80亿美元的债务": debt carried (reported)."""
    if view.lang == "en" or c.kind != "loan" or c.status not in ("announced", "completed"):
        return
    s, t = view.sentence, c.trigger
    if _CJK_STOCK.search(s.text, max(0, t.start - s.start - 20), min(len(s.text), t.end - s.start + 8)):
        c.note(f"debt carried: reported (was {c.status})")
        c.status = "reported"


def _share_inside(view: SentenceView, c: Candidate) -> None:
    """"微软贡献了CoreWeave约62%的收入", "CoreWeaveの売上高の62%をマイクロソフトが占めた": whose revenue, who pays."""
    t, s = c.trigger, view.sentence
    if view.lang == "en" or t.entry.frame != "share":
        return
    inside = [p for p in view.parties if t.start <= p.start < t.end]
    if view.lang == "ja" and inside and not c.sources:  # "…の62%をマイクロソフトが占めた": the payer is inside
        c.sources = inside[:1]
        earner = [p for p in view.parties if p.end <= t.start and p.entity != inside[0].entity]
        c.targets = earner[-1:] or c.targets
    elif not c.targets and inside:
        c.targets = [p for p in inside if p.entity not in {q.entity for q in c.sources}][:1]
    elif not c.targets and view.lang == "ja" and (before := [p for p in view.parties if p.end <= t.start
                                                              and s.text[p.end - s.start:t.start - s.start] in ("の", "社の")]):
        c.targets = before[-1:]  # "マイクロソフトはCoreWeaveの売上高の62%を占める"
    elif not c.targets and re.search(r"其", t.text):  # "在英伟达的客户中，微软…贡献了其约19%的营收"
        c.targets = [p for p in view.parties if p.end <= t.start and p.entity not in {q.entity for q in c.sources}][:1]
    if c.pct is None:
        c.pct = next((p for p in view.percentages if t.start <= p.start < t.end), None)
    if c.sources and c.targets:
        c.rejected = None if c.rejected and c.rejected.startswith(("no ", "revenue without")) else c.rejected
        c.note(f"revenue share: {c.sources[0].entity} pays {c.targets[0].entity}")


def _compute_bought(view: SentenceView, c: Candidate) -> None:
    """"其中约900亿元用于采购AI算力": buying compute with no provider named is buying the hardware."""
    if view.lang == "en" or c.kind != "compute_commitment" or c.targets or c.trigger.entry.kind != "buy":
        return
    if any(p.entity not in {q.entity for q in c.sources} for p in view.parties):
        return  # a provider is named somewhere in the sentence ("マイクロソフトのクラウドを購入")
    c.kind = "purchase"
    c.note("compute bought with no provider named: a purchase of hardware")


_GOODS_AFTER = re.compile(r"^(?:社)?(?:製|制)?(?:的)?\s*(?:gpu|芯片|显卡|顯卡|晶片|加速器|服务器|伺服器|チップ|サーバー|[ahb]\d00)", re.IGNORECASE)


def _goods_modifier(view: SentenceView, c: Candidate) -> None:
    """"Lambda以英伟达GPU作为抵押，从摩根大通获得了贷款": the chips' maker names goods, not the borrower."""
    if view.lang == "en" or c.kind != "loan" or len(c.targets) != 1:
        return
    s, tgt = view.sentence, c.targets[0]
    if not _GOODS_AFTER.match(s.text[tgt.end - s.start:]):
        return
    taken = {p.entity for p in (*c.sources, tgt)}
    other = [p for p in view.parties if p.end <= tgt.start and p.entity not in taken]
    if other:
        c.targets = other[-1:]
        c.note(f"{tgt.entity} names the goods pledged: the borrower is {other[-1].entity}")


_LICENCE = re.compile(r"\blicen[cs](?:e|es|ed|ing)\b", re.IGNORECASE)


def _licence_paid(view: SentenceView, c: Candidate) -> None:
    """"Google agreed to pay $2.4 billion to license Windsurf's technology": a one-off purchase of rights."""
    t, s = c.trigger, view.sentence
    if view.lang != "en" or t.entry.kind != "pay" or c.kind not in ("pay", "purchase") or c.amount is None or not c.sources:
        return
    if not _LICENCE.search(s.text, t.end - s.start) or _PERIOD.search(s.text):
        return
    buyers = {p.entity for p in c.sources}
    owner = [p for p in view.parties if p.start >= t.end and p.entity not in buyers
             and re.match(r"(?:'s|’s)\s", s.text[p.end - s.start:p.end - s.start + 3])]
    seller = [p for p in c.targets if p.entity not in buyers] or owner[:1]
    if not seller:
        return
    c.kind, c.targets = "purchase", seller
    c.rejected = None if c.rejected and c.rejected.startswith("'") else c.rejected
    c.note(f"paid to license {seller[0].entity}'s technology: a purchase")


_OF_MAKER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:chips|gpus|processors|accelerators|servers|systems|memory|hbm)\b", re.IGNORECASE)


def _maker_over_beneficiary(view: SentenceView, c: Candidate) -> None:
    """"buying $40 billion of Nvidia chips for the site it runs for Stargate": the chips' maker sells."""
    t, s = c.trigger, view.sentence
    if view.lang != "en" or c.kind != "purchase" or not c.targets or providers().get(c.targets[0].entity) == "hardware":
        return
    maker = next((p for p in view.parties if p.start >= t.end and providers().get(p.entity) == "hardware"
                  and p.start - t.end <= 60 and _OF_MAKER.match(s.text[p.end - s.start:])), None)
    if maker is not None and maker.start < c.targets[0].start:
        c.targets = [maker]
        c.note(f"{maker.entity} makes the goods bought: the seller")
