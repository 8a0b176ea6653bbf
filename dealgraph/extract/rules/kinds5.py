"""Round 22, area "kinds5": which kind a deal is, in en, zh and ja.

``ventures(view, cands)`` runs before ``ventures4.adjust``; ``adjust(view, cands)`` after ``stakes.adjust``.
Each rule reads one structure:

- a company two or more members set up together, named after the verb (穆巴达拉与G42共同发起成立投资平台MGX,
  AとBはX社を共同で設立): ``joint_venture`` member -> venture; the "investment" read off a descriptor
  (投资平台, 投資会社) is dropped, and a size stated for the venture goes on each member's claim;
- a share of a market ("about 80% of the AI chip market", 市场份额约80%, シェアは約8割) is no stake;
- a holding handed to a buyer (将所持X 5%股份以15亿元转让给Y, 保有するX株をYに売却): a ``purchase``
  buyer (or null) -> seller, never a stake or an investment of the seller;
- shares bought from a named seller (AはX株の15%をBから取得, A bought 20% of X from B): a ``purchase``
  A -> B at the price instead of an investment; the stake stays unless the company is the seller itself;
- shares issued to a named investor (AはBに対して株式を発行し…調達, A向B定向增发, "issued new shares to B"):
  the raise's investor is B (investment B -> A), never a stake of A in B;
- founders of a known venture (星际之门的初始股权出资方为A、B, "a founding investor in Stargate",
  設立時の出資者): ``joint_venture`` member -> venture, not an investment or a stake without a share;
- a holding the sentence denies (也没有取得X股权, 株式を取得していない) is no stake;
- en debt: "Apollo lent xAI $3.5 billion" (the first object borrows the amount after it); convertible notes
  sold to or bought from a named investor are an ``investment`` (sold to the market they stay a ``loan``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.rules.candidates import Candidate
from dealgraph.extract.rules.view import Party, SentenceView

_MEMBER_TYPES = ("company", "fund", "government", None)
_NO_TARGET = "no target party"
_CO = {
    "zh": re.compile(r"共同|联合|聯合|合资|合資|携手|攜手|联手|聯手"),
    "ja": re.compile(r"共同|合弁|折半出資"),
}
# between the set-up verb and the venture's name: 了, a descriptor such as 投资平台 / 一家公司 (no punctuation)
_ZH_GAP = re.compile(r"^了?(?:一[家个個只支])?[^，,。；、“”\"]{0,8}$")
_JA_GAP = re.compile(r"^を(?:共同で|共同出資で|折半出資で|合弁で)?$")
_MARKET = {
    "en": (re.compile(r"(?i)(?:market share|share of (?:the )?(?:[\w-]+ ){0,4}?market)\b[^.;%]{0,25}$"),
           re.compile(r"(?i)^\s*(?:of|share of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?market\b(?!\s+(?:value|cap))")),
    "zh": (re.compile(r"(?:市场份额|市場份額|市占率|市佔率|市场占有率|市場佔有率|份额|份額)[^。，,；]{0,10}$"),
           re.compile(r"^的?(?:市场份额|市場份額|市占率|市佔率|市场占有率|市場佔有率|份额|份額)")),
    "ja": (re.compile(r"(?:シェア|市場占有率|占有率)[^。、]{0,10}$"), re.compile(r"^の?(?:シェア|市場占有率)")),
}
_HANDED = {
    "zh": re.compile(r"所持[^。；]{0,25}?(?:股份|股权|股權|股票)[^。；]{0,20}?(?:转让|轉讓|出售|卖|賣|转售|轉售)(?:给|給|予)"),
    "ja": re.compile(r"保有[^。]{0,25}?(?:株式|株)[^。]{0,25}?を[^。]{0,25}?(?:に|へ)(?:売却|譲渡|売り)"),
    "en": re.compile(r"(?i)\bsold (?:its|their|a|the|part of its|some of its)\s+(?:[\d.]+\s?%\s+|entire\s+|remaining\s+)?"
                     r"(?:stake|shares|holding|interest)\b[^.;]{0,40}?\bto\s+"),
}
_FROM_SELLER = {
    "ja": re.compile(r"^(?:から|より)[^。、，,]{0,30}?(?:取得|買い取|買収|譲り受け|購入)"),
    "zh": re.compile(r"(?:从|從|自|向)$"),
    "en": re.compile(r"(?i)^\s*from$"),
}
# shares issued to a named investor: the text before (en, zh) and after (ja) the investor
_ISSUED_BEFORE = {
    "en": re.compile(r"(?i)\bissu(?:ed|es|e|ing)\s+(?:[\w-]+\s+){0,3}?(?:shares|stock|equity|preferred)\s+to\s*$"),
    "zh": re.compile(r"(?:向|對|对)$"),
}
_ISSUED_AFTER = {
    "zh": re.compile(r"^[^。，,；]{0,6}?(?:定向)?(?:发行|發行|增发|增發)(?:新股|股份|股票|普通股|优先股|優先股)"),
    "ja": re.compile(r"^(?:に対して|に対し|に|へ)[^。、]{0,15}?(?:株式|新株|株)[^。]{0,4}?(?:を)?(?:発行|割り当て|割当)"),
}
# founders of a venture: "its founding equity partners", 初始股权出资方, 创始股东, 設立時の出資者
_FOUNDING = {
    "en": re.compile(r"(?i)\bfound(?:ing|ed|er|ers)\b|\binitial equity\b|\bco-?found"),
    "zh": re.compile(r"初始|创始|創始|发起|發起"),
    "ja": re.compile(r"設立時|創設|発起|創業|名を連ね"),  # round 23 ja_dev6: "出資者に名を連ねる" (a listed member)
}
# a holding denied: "OpenAI也没有取得鸿海股权", "株式は取得していない"
_NOT_BOUGHT = {
    "zh": re.compile(r"(?:没有|沒有|并未|並未|从未|從未|未曾|不会|不會)(?:取得|获得|獲得|收购|收購|入股|持有|购买|購買)"),
    "ja": re.compile(r"(?:取得|保有|出資)(?:して|は|も)?(?:いない|しない|しておらず|せず|していません|しません)"),
}
# fees for data, content or a licence (not cloud capacity): revenue payer -> earner
_CONTENT = {
    "en": re.compile(r"(?i)\b(?:licens\w*|content|data(?! ?cent)|articles|archive|copyright\w*)\b"),
    "zh": re.compile(r"数据(?!中心)|數據(?!中心)|内容|內容|授权|授權|版权|版權|许可|許可"),
    "ja": re.compile(r"データ(?!センター)|コンテンツ|記事|ライセンス|使用許諾|著作権"),
}
_COMPUTE = {
    "en": re.compile(r"(?i)cloud|comput|data ?cent|server|GPU|TPU|capacity|infrastructure|chips?\b"),
    "zh": re.compile(r"云|雲|算力|服务器|伺服器|数据中心|數據中心|计算|計算|GPU|TPU|智算|芯片|晶片"),
    "ja": re.compile(r"クラウド|計算|データセンター|サーバー|GPU|TPU|コンピューティング|インフラ|AWS|Azure|半導体|チップ"),
}
_EN_LENT = re.compile(r"(?i)^(?:lent|lends?|loaned|loans)$")
_EN_NOTES = re.compile(r"(?i:\bconvertible (?:promissory )?notes?\b)|\bSAFEs?\b")
_EN_NOTE_BUYER = re.compile(r"(?i)(?:\bto|\bfrom|\bled by|\bbacked by)\s*$")
_EN_BUY = re.compile(r"(?i)(?:acquir|buy|bought|purchas)")
_ZH_BUY_AFTER = re.compile(r"^[^。；，,]{0,12}?(?:收购|收購|购买|購買|购入|購入|买下|買下|受让|受讓)")


def ventures(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """Ventures named after the set-up verb (zh, ja); runs before ventures4."""
    if view.lang not in _CO or not _CO[view.lang].search(view.sentence.text):
        return cands
    for c in cands:
        if c.kind == "joint_venture" and not c.targets and (c.rejected is None or _NO_TARGET in c.rejected):
            _named_venture(view, c, cands)
    return cands


def adjust(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """The stake and purchase readings above; returns the candidates."""
    if view.percentages and view.lang in _MARKET:
        _market_share(view, cands)
    if view.lang in _HANDED and any(c.rejected is None and c.kind in ("stake", "investment", "purchase") for c in cands):
        _holding_handed(view, cands)  # (a cheap guard first: no holding, nothing handed over)
    _bought_from(view, cands)
    _issued_to(view, cands)
    if view.lang in _NOT_BOUGHT and any(c.kind == "stake" and c.rejected is None for c in cands):
        _stake_not_bought(view, cands)
    if view.lang in _FOUNDING and any(p.type == "joint_venture" for p in view.parties) and _FOUNDING[view.lang].search(view.sentence.text):
        _founding_members(view, cands)
    if any(c.kind == "compute_commitment" for c in cands) and _CONTENT[view.lang].search(view.sentence.text) \
            and not _COMPUTE[view.lang].search(view.sentence.text):
        _content_fees(view, cands)
    if view.lang == "en":
        _along_members(view, cands)
        _lent_to(view, cands)
        _notes_bought(view, cands)
    if view.lang == "en" and len(view.amounts) == 1:
        cands.extend(_stake_from(view, cands))
    return cands


def _text(view: SentenceView, a: int, b: int) -> str:
    s = view.sentence
    return s.text[max(0, a - s.start):max(0, b - s.start)]


def _named_venture(view: SentenceView, c: Candidate, cands: list[Candidate]) -> None:
    """"A与B共同成立(投资平台)X", "AとBはXを共同で設立": X is the venture, A and B its members."""
    members = list({p.entity: p for p in c.sources if p.type in _MEMBER_TYPES}.values())
    if len(members) < 2 or view.cue("negation") is not None:
        return
    venture = _venture_party(view, c, members)
    if venture is None:
        return
    c.sources, c.targets, c.rejected = members, [venture], None
    c.note(f"{venture.entity}, set up together by {len(members)} companies: each is a member")
    names = {p.entity for p in members}
    for o in cands:
        if o is c or o.rejected is not None or o.kind != "investment" or [p.entity for p in o.targets] != [venture.entity]:
            continue
        own = len(o.sources) == 1 and o.amount is not None  # a member's own amount stays an investment
        if own or not {p.entity for p in o.sources} <= names:
            continue
        if o.amount is not None and c.amount is None:
            c.amount = o.amount  # "规模为1000亿美元": the venture's size
        o.rejected = "the members of a venture they set up together, not investors in it"


def _venture_party(view: SentenceView, c: Candidate, members: list[Party]) -> Party | None:
    names = {p.entity for p in members}
    t = c.trigger
    if view.lang == "zh":
        after = [p for p in view.parties if p.start >= t.end and p.entity not in names]
        if after and after[0].type in _MEMBER_TYPES and _ZH_GAP.match(_text(view, t.end, after[0].start)):
            return after[0]
        return None
    before = [p for p in view.parties if p.end <= t.start and p.entity not in names]
    if before and before[-1].start > max(p.end for p in members) and _JA_GAP.match(_text(view, before[-1].end, t.start)):
        return before[-1] if before[-1].type in _MEMBER_TYPES else None
    return None


def _market_share(view: SentenceView, cands: list[Candidate]) -> None:
    """A percentage that is a share of a market: no stake."""
    before_re, after_re = _MARKET[view.lang]
    for c in cands:
        if c.kind != "stake" or c.rejected is not None or c.pct is None:
            continue
        s0 = view.sentence.start
        before = view.sentence.text[max(0, c.pct.start - s0 - 40):c.pct.start - s0]
        after = view.sentence.text[c.pct.end - s0:c.pct.end - s0 + 40]
        if before_re.search(before) or after_re.search(after):
            c.rejected = f"{c.pct.text}: a share of a market, not of a company"


def _holding_handed(view: SentenceView, cands: list[Candidate]) -> None:
    """"将所持X的5%股份以15亿元转让给Y": the holder sells; Y (or nobody named) buys."""
    text = view.sentence.text
    m = _HANDED[view.lang].search(text)
    if m is None:
        return
    at = view.sentence.start + m.end()
    buyer = next((p for p in view.parties if p.start >= at and p.start - at <= 3 and p.type in _MEMBER_TYPES), None)
    own = [c for c in cands if c.rejected is None and c.kind in ("stake", "investment", "purchase") and c.trigger.start < at]
    seller = next((_seller(c) for c in own if _seller(c) is not None), None)
    if seller is None or (buyer is not None and buyer.entity == seller.entity):
        return
    priced = next((c for c in own if c.amount is not None), None)
    if priced is None:
        return
    for c in own:
        if c is not priced:
            c.rejected = "the holding sold to a buyer, not a new one"
    priced.kind, priced.sources, priced.targets = "purchase", [buyer] if buyer else [], [seller]
    priced.trigger = replace(priced.trigger, entry=replace(priced.trigger.entry, frame="sell"))
    priced.note(f"{seller.entity} sold its holding" + (f" to {buyer.entity}" if buyer else "") + ": the seller is paid")


def _seller(c: Candidate) -> Party | None:
    if c.kind == "purchase":
        return c.targets[0] if c.targets else None
    return c.sources[0] if c.sources else None


def _bought_from(view: SentenceView, cands: list[Candidate]) -> None:
    """"AはX株の15%をBから取得", "A从B收购X 20%股份", "A bought 20% of X from B": A pays B."""
    if view.lang == "en" and " from " not in view.sentence.text:
        return
    for c in cands:
        if c.rejected is not None or c.kind != "investment" or c.amount is None or len(c.sources) != 1 or len(c.targets) != 1:
            continue
        seller = _from_party(view, c)
        if seller is None or seller.entity == c.sources[0].entity:
            continue
        company = c.targets[0].entity
        c.kind, c.targets = "purchase", [seller]
        c.note(f"shares bought from {seller.entity}: the seller is paid, {company} receives nothing")
        if company == seller.entity:
            for o in cands:
                if o is not c and o.kind == "stake" and o.rejected is None and [p.entity for p in o.targets] == [company]:
                    o.rejected = "shares of a unit bought from its owner: not a stake in the owner"


def _from_party(view: SentenceView, c: Candidate) -> Party | None:
    """The seller marked by から / 从 / from next to the buying verb."""
    t = c.trigger
    for p in view.parties:
        if p.type not in _MEMBER_TYPES or p in c.sources:
            continue
        if view.lang == "ja" and _FROM_SELLER["ja"].match(_text(view, p.end, p.end + 40)):
            return p
        if view.lang == "zh" and _FROM_SELLER["zh"].search(_text(view, p.start - 1, p.start)) \
                and _ZH_BUY_AFTER.match(_text(view, p.end, p.end + 20)):
            return p
        if view.lang == "en" and p.start >= t.end and _EN_BUY.match(t.text) and _FROM_SELLER["en"].match(
                _text(view, p.start - 6, p.start).rstrip()) and not re.search(r"[,;]", _text(view, t.end, p.start)) \
                and p.start - t.end <= 60:
            return p
    return None


def _stake_from(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"KDDI bought 20% of ELYZA from SoftBank for $70 million": the stake, and a purchase KDDI -> SoftBank."""
    if any(c.kind == "purchase" and c.rejected is None for c in cands):
        return []
    for c in cands:
        if c.kind != "stake" or c.rejected is not None or len(c.sources) != 1 or not _EN_BUY.match(c.trigger.text):
            continue
        seller = next((p for p in view.parties if p.slot == "FROM" and p.start > c.trigger.end
                       and p.entity not in (c.sources[0].entity, *(q.entity for q in c.targets))), None)
        if seller is None or seller.type not in _MEMBER_TYPES:
            continue
        twin = replace(c, kind="purchase", targets=[seller], amount=view.amounts[0], pct=None, notes=list(c.notes))
        twin.note(f"shares bought from {seller.entity}: the seller is paid")
        return [twin]
    return []


def _issued_to(view: SentenceView, cands: list[Candidate]) -> None:
    """"ABEJAはソフトバンクに対して普通株式を発行し…調達", "Cohere issued new shares to Oracle, raising $500 million":
    the raise's investor is the one the shares go to (investment B -> A); no stake of the issuer in B."""
    raises = [c for c in cands if c.kind == "investment" and c.rejected is None and not c.sources and len(c.targets) == 1]
    if not raises:
        return
    issuer = raises[0].targets[0]
    investor = next((p for p in view.parties if p.entity != issuer.entity and p.type in _MEMBER_TYPES and _issued(view, p)), None)
    if investor is None:
        return
    for c in raises:
        c.sources = [investor]
        c.note(f"shares issued to {investor.entity}: the investor in the raise")
    for o in cands:
        if o.kind == "stake" and o.rejected is None and [p.entity for p in o.sources] == [issuer.entity] \
                and [p.entity for p in o.targets] == [investor.entity]:
            o.rejected = "shares issued to the investor: the issuer holds nothing of it"


def _issued(view: SentenceView, p: Party) -> bool:
    before, after = _ISSUED_BEFORE.get(view.lang), _ISSUED_AFTER.get(view.lang)
    if before is not None and not before.search(_text(view, p.start - 60, p.start)):
        return False
    return after is None or bool(after.match(_text(view, p.end, p.end + 30)))


def _lent_to(view: SentenceView, cands: list[Candidate]) -> None:
    """"Apollo lent xAI $3.5 billion to buy chips": the first object borrows, and the amount after it is the loan's."""
    for c in cands:
        if c.kind != "loan" or c.rejected is not None or not _EN_LENT.match(c.trigger.text):
            continue
        after = [p for p in view.parties if p.start >= c.trigger.end]
        if not after or _text(view, c.trigger.end, after[0].start).strip() or after[0].type not in _MEMBER_TYPES:
            continue
        borrower = after[0]
        amount = next((a for a in view.amounts if 0 <= a.start - borrower.end <= 2), None)
        if [p.entity for p in c.targets] != [borrower.entity]:
            c.targets = [borrower]
            c.note(f"{borrower.entity}, the first object of '{c.trigger.text}': the borrower")
        if amount is not None and c.amount is None:
            for o in cands:
                if o is not c and o.amount is amount:
                    o.amount = None  # "to buy chips": what the loan pays for, not a second amount
            c.amount = amount


def _notes_bought(view: SentenceView, cands: list[Candidate]) -> None:
    """"Mistral sold $600 million of convertible notes to Nvidia": notes bought by a named investor are an investment."""
    if not any(c.kind == "loan" for c in cands) or not _EN_NOTES.search(view.sentence.text):
        return
    for c in cands:
        if c.kind != "loan" or c.rejected is not None or c.sources or len(c.targets) != 1:
            continue
        issuer = c.targets[0]
        buyer = next((p for p in view.parties if p.entity != issuer.entity and p.type in _MEMBER_TYPES
                      and p.start > c.trigger.start and _EN_NOTE_BUYER.search(_text(view, p.start - 12, p.start))), None)
        if buyer is not None:
            c.kind, c.sources = "investment", [buyer]
            c.note(f"convertible notes bought by {buyer.entity}: an investment in a round")


def _founding_members(view: SentenceView, cands: list[Candidate]) -> None:
    """"星际之门的初始股权出资方为A、B、C", "MGX是星际之门的创始股权投资方之一": founders of a known venture are its members."""
    venture = next(p for p in view.parties if p.type == "joint_venture")
    seen: set[str] = set()
    for c in cands:
        if c.kind not in ("investment", "stake") or c.amount is not None or c.pct is not None:
            continue
        if c.rejected is not None and _NO_TARGET not in c.rejected:
            continue
        src, tgt, v = [p.entity for p in c.sources], [p.entity for p in c.targets], venture.entity
        if not (tgt == [v] or (not tgt and src and v not in src) or (src == [v] and tgt)):
            continue  # the venture is the target, the missing target, or the single source read backwards
        others = [p for p in (*c.sources, *c.targets) if p.entity != v]
        members = [p for p in others if p.type in ("company", "fund", "government")]
        if not members or len(members) != len(others):
            continue
        fresh = [p for p in members if p.entity not in seen]
        seen.update(p.entity for p in members)
        if not fresh:
            c.rejected = "the same founders of the venture, read twice"
            continue
        c.kind, c.sources, c.targets, c.rejected = "joint_venture", fresh, [venture], None
        c.note(f"founders of {venture.entity}: its members")


def _stake_not_bought(view: SentenceView, cands: list[Candidate]) -> None:
    """"OpenAI也没有取得鸿海股权": a holding the sentence denies is no stake."""
    m = _NOT_BOUGHT[view.lang].search(view.sentence.text)
    if m is None:
        return
    at = view.sentence.start + m.start()
    for c in cands:
        if c.kind == "stake" and c.rejected is None and abs(c.trigger.start - at) <= 25:
            c.rejected = f"negated holding ('{m.group(0)}')"


def _content_fees(view: SentenceView, cands: list[Candidate]) -> None:
    """"グーグルはRedditにデータ利用料として年6000万ドルを支払う": fees to a company that sells no compute are revenue."""
    from dealgraph.extract.rules.lexicon import providers

    sellers = providers()
    for c in cands:
        if c.kind != "compute_commitment" or c.rejected is not None or len(c.targets) != 1 or not c.sources:
            continue
        if c.targets[0].entity in sellers or c.amount is None:
            continue
        c.kind = "revenue"
        c.note(f"fees for data or a licence to {c.targets[0].entity}, which sells no compute: revenue")


def _along_members(view: SentenceView, cands: list[Candidate]) -> None:
    """"formed by A and B, with C and D joining later as partners", "a partner in X alongside B and C": members too."""
    along = [p for p in view.parties if p.slot == "ALONG" and p.type in ("company", "fund", "government")]
    if not along or view.cue("negation") is not None:
        return
    for c in cands:
        if c.kind != "joint_venture" or c.rejected is not None or len(c.targets) != 1 or not c.sources:
            continue
        if c.targets[0].type != "joint_venture" and not any("formed by" in n for n in c.notes):
            continue  # "a venture of A and B without a name": B is a member, not the venture
        have = {p.entity for p in (*c.sources, *c.targets)}
        extra = [p for p in along if p.entity not in have and p.start > c.trigger.start]
        if extra:
            c.sources = [*c.sources, *extra]
            c.note(f"{', '.join(p.entity for p in extra)}: partners alongside, members of {c.targets[0].entity} too")
