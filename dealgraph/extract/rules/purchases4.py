"""Round 21, area "purchases": who buys goods, licences and shares from whom (all languages).

Called by the extractor after the other readings of a sentence (``adjust(view, cands)``). Readings:

- a technology licence agreed between two companies is a purchase, licensee -> licensor: the first-named
  signer licenses the other's technology ("Meta signed a technology licensing agreement with Midjourney",
  "英伟达与Groq达成非独家技术授权协议", "ラピダスは米IBMとライセンス契約を結んだ"), unless the
  licence goes "to" a named party; content and data licences (news, archives) are left alone;
- a chip maker is the seller of its own chips: a purchase that names a hardware maker as the buyer of a
  company that makes no hardware is turned round ("LG AI Research decided to adopt FuriosaAI's chip, and
  the first supply has started", "co-develop and deploy accelerators with OpenAI");
- a stake sold on the market ("sold part of its T-Mobile US stake for $9 billion", "sold T-Mobile US
  shares worth ..."): purchase from a null buyer to the seller, never to the
  company whose shares change hands;
- "entered into agreements with Dell to purchase GPUs for $5.8 billion": the purchase verb's reading
  (buyer -> seller) wins over the agreement word's;
- what a hardware maker makes is goods ("エヌビディアのシステムを展開", "AMDのハードウェアを導入");
- "supply DRAM for OpenAI's Stargate project": the project's owner buys; "Under it, X will roll out ..."
  after a sentence about a person: the person ("it") is no buyer;
- zh 买: the buyer is the subject of 买's own clause ("…，CoreWeave再拿去买英伟达的GPU"); orders won
  ("广达已取得Meta…的组装订单"): the orders' owner buys from the winner;
- a plant, site, land or building bought is a purchase buyer -> owner, also when it is to become a data
  centre ("堺工場の一部を取得し、AIデータセンターに転換", "buy the Texas plant of Intel").

Each reading marks its candidate with :data:`FIXED` so that the final orientation keeps its direction.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dealgraph.extract.rules.lexicon import providers

if TYPE_CHECKING:
    from dealgraph.extract.rules.candidates import Candidate
    from dealgraph.extract.rules.view import Party, SentenceView

FIXED = "direction fixed:"
_LICENCE = {
    "en": re.compile(r"\blicens(?:e|es|ing|ed)\b|\blicen[cs]e\b", re.IGNORECASE),
    "zh": re.compile(r"授权|授權|许可|許可"),
    "ja": re.compile(r"ライセンス|使用許諾|実施許諾"),
}
_CONTENT = re.compile(r"\b(?:content|news|articles?|archives?|data|journalism|music|images?|photos?|books?)\b|内容|新闻|新聞|"
                      r"数据|數據|文章|版权|版權|コンテンツ|記事|データ|著作", re.IGNORECASE)
_LICENCE_TO = re.compile(r"\blicens\w*\s+(?:(?:its|their|the)\s+)?(?:\S+\s+){0,3}?to\s*$", re.IGNORECASE)
_AGREEMENT = re.compile(r"contract|deal|agreement|pact|partnership|协议|協議|合同|合约|合約|契約|合意", re.IGNORECASE)
_SELL = re.compile(r"^(?:sold|sell|sells|selling|offload\w*|unload\w*|divest\w*|dump\w*|売却|売り出|出售|抛售|拋售|减持|減持)",
                   re.IGNORECASE)
_SHARES_AFTER = {
    "en": re.compile(r"^(?:\s+(?:Inc\.?|Corp\.?|Group|US|Holdings))*\s+(?:shares|stock|stake|holding|holdings)\b", re.IGNORECASE),
}  # zh "出售所持英伟达股份" and ja "株を売却し" are read by lang_zh and compute_deals
_BUY = re.compile(r"^(?:purchas|buy|bought|acquir|procur|order)", re.IGNORECASE)
_MAKER = ("hardware",)


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Apply the round-21 purchase readings to one sentence's candidates."""
    for c in cands:
        _no_person_buyer(c)
        _project_owner(view, c)
        _maker_goods(view, c)
        _buyer_before_verb(view, c)
        _licence(view, c)
        _property(view, c)
        _order_won(view, c)
        _maker_sells(view, c)
        _market_sale(view, c)
    _agreement_to_buy(view, cands)
    return cands


def fixed(c: Candidate) -> bool:
    """True when a round-21 reading set the candidate's direction (orientation leaves it alone)."""
    return any(n.startswith(FIXED) for n in c.notes)


def _pair(c: Candidate) -> tuple[Party, Party] | None:
    """The two parties of a one-to-one candidate, in the order the sentence names them."""
    if len(c.sources) != 1 or len(c.targets) != 1 or c.sources[0].entity == c.targets[0].entity:
        return None
    first, second = sorted((c.sources[0], c.targets[0]), key=lambda p: p.start)
    return first, second


def _licence(view: SentenceView, c: Candidate) -> None:
    """"A与B达成技术授权协议": A licenses B's technology, a purchase A -> B."""
    pattern = _LICENCE.get(view.lang)
    if pattern is None or c.kind not in ("contract", "purchase", "compute_commitment", "investment") \
            or not _AGREEMENT.search(c.trigger.text):
        return
    if c.rejected is not None and not c.rejected.startswith(("'", "a data or content licence")):  # compute4: no compute
        return
    s, base = view.sentence, view.sentence.start
    near = s.text[max(0, c.trigger.start - base - 30):c.trigger.end - base + 12]
    hit = pattern.search(near)
    pair = _pair(c)
    if hit is None or pair is None or _CONTENT.search(near) or view.cue("cloud") is not None:
        return
    licensee, licensor = pair
    if _LICENCE_TO.search(s.text[:licensor.start - base]):
        return  # "agreed to license its chips to Nvidia": the second party is the licensee; ambiguous signer
    c.kind, c.sources, c.targets, c.rejected = "purchase", [licensee], [licensor], None
    c.note(f"{FIXED} a technology licence: {licensee.entity} licenses {licensor.entity}'s technology (purchase)")


def _hardware(p: Party) -> bool:
    return providers().get(p.entity) in _MAKER


def _maker_sells(view: SentenceView, c: Candidate) -> None:
    """A hardware maker buying from a company that makes no hardware is a misread: the maker sells."""
    if c.kind not in ("purchase", "compute_commitment") or fixed(c) or len(c.sources) != 1 or len(c.targets) != 1:
        return
    if c.rejected is not None and not (c.kind == "compute_commitment" and c.rejected.endswith("without an amount")):
        return
    buyer, seller = c.sources[0], c.targets[0]
    frame = c.trigger.entry.frame
    if not (frame in ("supply", "give") and buyer.slot in ("OF", "POSS") or frame == "buy" and seller.slot == "WITH"):
        return  # the maker owns the product ("the chip of FuriosaAI"); "deploy accelerators with OpenAI": a partner
    if not _hardware(buyer) or providers().get(seller.entity) is not None or view.cue("product") is None:
        return
    if c.kind == "compute_commitment" and buyer.slot not in ("OF", "POSS"):
        return  # compute read from "data centers": goods only when the maker owns the product
    c.kind, c.sources, c.targets, c.rejected = "purchase", [seller], [buyer], None
    c.note(f"{FIXED} {buyer.entity} makes the hardware: {seller.entity} buys it")


def _market_sale(view: SentenceView, c: Candidate) -> None:
    """"X sold part of its T-Mobile US stake for $9 billion": a purchase null -> X, the shares' company no party."""
    pattern = _SHARES_AFTER.get(view.lang)
    if pattern is None or not _SELL.match(c.trigger.text) or c.rejected is not None and not c.rejected.startswith(("'", "no target")):
        return
    s, base = view.sentence, view.sentence.start
    after = [p for p in view.parties if p.start >= c.trigger.end]
    held = next((p for p in after if pattern.match(s.text[p.end - base:])), None)
    if held is None:
        return
    seller = next((p for p in reversed(view.parties) if p.end <= min(held.start, c.trigger.start) and p.entity != held.entity
                   and p.type != "person" and view.same_clause(p.end, c.trigger.start)), None)
    if seller is None:
        return
    c.kind, c.sources, c.targets, c.rejected, c.pct = "purchase", [], [seller], None, None
    c.trigger = replace(c.trigger, entry=replace(c.trigger.entry, frame="sell"))  # checks: buyers unnamed, price needed
    c.note(f"{FIXED} {seller.entity} sells its {held.entity} shares on the market: purchase null -> {seller.entity}")


def _agreement_to_buy(view: SentenceView, cands: list[Candidate]) -> None:
    """"A entered into agreements with B to purchase GPUs": the buy verb's reading A -> B is the deal."""
    if not any(c.kind == "purchase" for c in cands) or view.cue("product") is None:
        return
    for buy in cands:
        if buy.kind != "purchase" or not _BUY.match(buy.trigger.text) or buy.trigger.entry.frame != "buy" or _pair(buy) is None:
            continue
        if buy.rejected is not None and "same deal" not in buy.rejected:
            continue
        for o in cands:
            if o is buy or o.rejected is not None or o.kind not in ("compute_commitment", "purchase") or _pair(o) is None:
                continue
            if not _AGREEMENT.search(o.trigger.text) or o.trigger.end > buy.trigger.start:
                continue
            if (o.sources[0].entity, o.targets[0].entity) != (buy.targets[0].entity, buy.sources[0].entity):
                continue
            buy.amount, buy.rejected = buy.amount or o.amount, None
            o.rejected = f"the same deal as {buy.trigger.text!r}: the buyer is {buy.sources[0].entity}"
            buy.note(f"{FIXED} the agreement {o.trigger.text!r} is for buying goods: {buy.sources[0].entity} buys")


_OWNER_GAP = re.compile(r"^\s*(?:'s|’s)\s+$|^(?:的|の)[“「『\"]?$")
_PROJECT = re.compile(r"^[”」』\"]?\s*(?:project|initiative|programme|program|build-?out|data cent(?:er|re)s?|campus|项目|計画|プロジェクト|计划)",
                      re.IGNORECASE)


def _project_owner(view: SentenceView, c: Candidate) -> None:
    """"supply DRAM for OpenAI's Stargate project": the project's owner (OpenAI) buys, not the project."""
    if c.kind != "purchase" or len(c.sources) != 1:
        return
    project = c.sources[0]
    if not (_PROJECT.match(_rel(view, project.end, view.sentence.end)) or _PROJECT_END.search(project.text)):
        return
    owner = next((p for p in view.parties if p.end <= project.start and p.entity != project.entity
                  and _OWNER_GAP.match(_rel(view, p.end, project.start))), None) or _possessor(view, project)
    if owner is None or owner.type == "person" or owner.entity in {p.entity for p in c.targets}:
        return
    c.sources = [owner]
    c.note(f"the buyer is {owner.entity}, the owner of the {project.entity} project")


_PROJECT_END = re.compile(r"(?:project|initiative|项目|計画|プロジェクト|计划)$", re.IGNORECASE)
_POSSESSOR = re.compile(r"([A-Z][\w.&-]{1,30})(?:'s|’s)\s+$")


def _possessor(view: SentenceView, project: Party) -> Party | None:
    """The company named in "OpenAI's" right before the project (a describer the party list left out)."""
    m = _POSSESSOR.search(_rel(view, project.start - 40, project.start))
    if m is None:
        return None
    from dealgraph.entities import find_mentions
    from dealgraph.extract.rules.view import Party

    found = [x for x in find_mentions(m.group(1), view.lang, resolve_references=False) if x.entity and x.type != "person"]
    if len(found) != 1:
        return None
    at = project.start - len(m.group(0))
    return Party(found[0].entity, at, at + len(m.group(1)), m.group(1), slot="POSS", type=found[0].type)


def _rel(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(a - s.start, 0):max(b - s.start, 0)]


def _no_person_buyer(c: Candidate) -> None:
    """"Under it, OpenAI will roll out AMD accelerators" after a sentence about Lisa Su: a company buys, not "it"."""
    if c.kind != "purchase" or len(c.sources) < 2:
        return
    firms = [p for p in c.sources if p.type != "person" and p.via != "reference"]
    if firms and len(firms) < len(c.sources):
        c.sources = firms
        c.note("a person or a pronoun beside a named buying company is no buyer")


def _maker_goods(view: SentenceView, c: Candidate) -> None:
    """"エヌビディアのシステムを展開": what a hardware maker makes is goods, so an undecided buy is a purchase."""
    if c.kind != "buy" or c.rejected is None or not c.rejected.startswith("'") or len(c.sources) != 1 or len(c.targets) != 1:
        return
    maker = c.targets[0]
    if not _hardware(maker) or maker.slot not in ("OF", "POSS") or _hardware(c.sources[0]):
        return
    c.kind, c.rejected = "purchase", None
    c.note(f"the goods are made by {maker.entity}: a purchase from the maker")


_ZH_BUY = re.compile(r"^(?:买|買)")


def _buyer_before_verb(view: SentenceView, c: Candidate) -> None:
    """"OpenAI的钱流到CoreWeave，CoreWeave再拿去买英伟达的GPU": the buyer is the subject of 买's own clause."""
    if view.lang != "zh" or c.kind != "purchase" or not _ZH_BUY.match(c.trigger.text) or len(c.sources) != 1:
        return
    own = [p for p in view.parties if p.end <= c.trigger.start and view.same_clause(p.end, c.trigger.start)
           and p.type != "person" and p.entity not in {q.entity for q in c.targets}]
    if not own or own[-1].entity == c.sources[0].entity:
        return
    c.sources = own[-1:]
    c.note(f"the buyer is {own[-1].entity}, the subject of the clause of {c.trigger.text!r}")


_PROPERTY = re.compile(r"\b(?:plants?|factory|factories|land|buildings?|campus|sites?|premises)\b|工場|土地|建物|建屋|敷地|跡地|"
                       r"厂房|廠房|工厂|工廠|厂区|廠區|园区|園區", re.IGNORECASE)
_PROPERTY_BUY = re.compile(r"\b(?:buy|buys|bought|buying|purchas\w*|acquir\w*)\b|取得|購入|買い取|买下|買下|购买|購買|购入|購入|收购|收購",
                           re.IGNORECASE)


_SITE_OBJECT = re.compile(r"^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:plants?|factory|factories|campus|"
                          r"sites?|land|buildings?|premises)\b", re.IGNORECASE)


def _property(view: SentenceView, c: Candidate) -> None:
    """"AはBの工場の土地と建物を1000億円で取得することでBと合意": a site bought is a purchase buyer -> owner."""
    bought = view.lang == "en" and c.kind in ("acquisition", "purchase") and c.rejected is None  # (before the regex: cheap)
    site = _SITE_OBJECT.match(view.sentence.text[c.trigger.end - view.sentence.start:]) if bought else None
    if site is not None and c.kind in ("acquisition", "purchase") and c.rejected is None and _pair(c) is not None:
        end = c.trigger.end + site.end()
        owner = next((p for p in view.parties if end <= p.start <= end + 8 and p.slot == "OF"), None)  # "the Ohio factory of X"
        if c.kind == "purchase" and owner is None:
            return
        c.kind, c.targets = "purchase", [owner] if owner is not None else c.targets
        c.note(f"a plant, site or building bought: a purchase from its owner {c.targets[0].entity}")
        return
    if c.kind == "compute_commitment" and c.trigger.entry.frame == "buy" and _PROPERTY.search(c.trigger.text) \
            and _PROPERTY_BUY.search(c.trigger.text) and _pair(c) is not None \
            and (c.rejected is None or c.rejected.endswith("without an amount")):
        buyer, owner = _pair(c)  # type: ignore[misc]  # the topic buys ("KDDIはシャープ堺工場を取得"), unless marked "from"
        buyer, owner = (owner, buyer) if buyer.slot == "FROM" else (buyer, owner)
        c.kind, c.rejected, c.sources, c.targets = "purchase", None, [buyer], [owner]  # the site, not compute
        c.note(f"{FIXED} a plant or site bought (to become a data centre): a purchase from its owner")
        return
    if c.kind not in ("contract", "buy") or c.rejected is None or not c.rejected.startswith("'") or _pair(c) is None:
        return
    text = view.sentence.text
    place, verb = _PROPERTY.search(text), _PROPERTY_BUY.search(text)
    if place is None or verb is None or place.start() > verb.start() and view.lang != "en":
        return
    buyer, owner = _pair(c)  # type: ignore[misc]
    if buyer.type == "person" or owner.type == "person":
        return
    c.kind, c.sources, c.targets, c.rejected = "purchase", [buyer], [owner], None
    c.note(f"{FIXED} a plant, site or building bought: {buyer.entity} pays its owner {owner.entity}")


_ZH_WON = re.compile(r"(?:取得|获得|獲得|拿下|斩获|斬獲|接获|接獲|赢得|贏得|拿到)(?:了)?$")
_ORDER_WORD = re.compile(r"订单|訂單")


def _order_won(view: SentenceView, c: Candidate) -> None:
    """"广达已取得Meta新一代服务器的组装订单": the orders' owner (Meta) buys from the winner (Quanta)."""
    if view.lang != "zh" or c.kind not in ("purchase", "compute_commitment") or not _ORDER_WORD.search(c.trigger.text) \
            or c.targets or len(c.sources) != 1 or c.kind != "purchase" and view.cue("product") is None:
        return
    buyer = c.sources[0]
    s, base = view.sentence, view.sentence.start
    if not _ZH_WON.search(s.text[max(0, buyer.start - base - 4):buyer.start - base]):
        return
    seller = next((p for p in reversed(view.parties) if p.end <= buyer.start and p.entity != buyer.entity
                   and p.type != "person" and view.same_clause(p.end, buyer.start)), None)
    if seller is None:
        return
    c.kind, c.targets, c.rejected = "purchase", [seller], None
    c.note(f"{FIXED} {seller.entity} won {buyer.entity}'s orders: {buyer.entity} buys")
