"""Round 22 (area "which amount"): a funding round's size is the round's, not a leader's or a participant's.

Called by ``extractor._led_round`` when a claim would pair one investor with an amount. The amount goes to
the round (null investor, ``tests/test_corpus.py``) and the investor is named without it when the investor
only leads or joins a round whose size is stated:

- a leader marked after its name: "由腾讯领投", "A牵头的…融资", "Aが主導した約300億円の調達", "A主導で";
- a participant joining a round with a size: "A参与了X一轮约4亿美元的融资", "A participated in X's $2
  billion round", "AはXの300億円の調達ラウンドに参加した".

A leader whose own cheque is stated right after its marker ("A领投1亿元，B跟投5000万元") keeps it.

Claim passes run by the extractor after ``amount_binding.bind``:

- ``equity_parts``: "$5 billion of notes and $5 billion of equity", 50億ドルの負債と50億ドルの株式による計100億ドル:
  the equity part is an investment (investor unnamed), the debt part a loan, the total beside them no claim;
- ``stake_prices``: a stake bought in the sentence of the one investment between the same parties gets its
  price, also when the company is named by reference (换取该公司49%的股份);
- ``takeover_shares``: a takeover states the share bought (取得夏普66%股權, 株式43.4%を取得し子会社化).

``attributive`` (read by ``extractor._assign``): "the Oracle-backed chip designer" takes no amount.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from dealgraph.model import Amount, Claim

_LEAD_AFTER = {
    "zh": re.compile(r"^(?:公司|集团|集團)?(?:[、和与與及]\s*[^，,。；;、和与與及]{1,14}?)*(?:等(?:机构|機構|投资方|投資方)?)?\s*(?:共同|联合|聯合)?"
                     r"(?:领投|領投|牵头|牽頭|领衔|領銜|主导|主導)(?:了|的)?"),
    "ja": re.compile(r"^(?:[（(][^）)]{1,20}[）)])?(?:社|氏)?(?:など|ら|等)?(?:が|の)?(?:共同で)?(?:主導|リード)"),
}
_JOIN_AFTER = {
    "zh": re.compile(r"^(?:也|还|還|亦|同时|同時|曾)?(?:参与|參與|参投|參投|跟投|加入)(?:了)?"),
    "en": re.compile(r"^\s+(?:also\s+|has\s+|had\s+)?(?:participated|took part|joined|invested|came in|chipped in)\s+in\s+", re.I),
}
_ROUND_NOUN = {
    "zh": re.compile(r"^(?:的)?(?:[A-Za-z+]{1,3}\s*轮|新一?轮|战略|戰略|股权|股權|天使轮|天使輪)?(?:融资|融資|募资|募資|轮|輪)"),
    "ja": re.compile(r"^(?:の|を)?(?:追加|第三者割当)?(?:資金)?(?:調達|増資|ラウンド|出資)"),
    "en": re.compile(r"^(?:\s+(?:[A-Z][\w.&-]*|Series [A-Z]\+?|funding|financing|equity|new|venture|seed|growth|private))*"
                     r"\s+(?:round|raise|financing|funding)\b"),
}
_OWN_CHEQUE = re.compile(r"^\s*(?:约|約|近|超过|超過)?\s*[0-9０-９.]")


def round_not_lead(c: Any, lead: Any) -> bool:
    """True when ``lead`` leads or joins the round whose size ``c.amount`` is (the amount is the round's)."""
    if c.kind != "investment" or c.amount is None or lead is None:
        return False
    lang = c.view.lang
    text, s0 = c.view.sentence.text, c.view.sentence.start
    if lang == "en" and _round_of_size(c, text, s0):
        return True
    after_party = text[lead.end - s0:lead.end - s0 + 60]
    if lead.start >= c.amount.end and _lead_after_round(c, lead, text, s0):
        return True
    round_after = _ROUND_NOUN.get(lang)
    if round_after is None or not round_after.match(text[c.amount.end - s0:c.amount.end - s0 + 20]):
        return False
    lead_m = _LEAD_AFTER.get(lang)
    if lead_m is not None and (m := lead_m.match(after_party)) is not None:
        return not _OWN_CHEQUE.match(after_party[m.end():])
    join = _JOIN_AFTER.get(lang)
    return join is not None and join.match(after_party) is not None and c.amount.start > lead.end


def _lead_after_round(c: Any, lead: Any, text: str, s0: int) -> bool:
    """"完成一轮2.5亿美元的融资，由腾讯领投", "完成近3亿美元的新一轮融资，A参与": a leader or participant named
    after the round, at the head of the next clause."""
    if c.view.lang != "zh" or lead.start < c.amount.end:
        return False
    between = text[c.amount.end - s0:lead.start - s0]
    if re.search(r"融资|融資|轮|輪", between) is None or _CLAUSE_HEAD.search(between) is None:
        return False
    after = text[lead.end - s0:lead.end - s0 + 60]
    return _LEAD_AFTER["zh"].match(after) is not None or _JOINED_END.match(after) is not None


_CLAUSE_HEAD = re.compile(r"[，,；;]\s*(?:本轮|本輪|此轮|此輪|该轮|該輪)?(?:融资|融資)?(?:由|并由|並由)?\s*$")
_JOINED_END = re.compile(r"^(?:公司|集团|集團)?(?:[、和与與及]\s*[^，,。；;、和与與及]{1,14}?)*(?:等(?:机构|機構)?)?\s*(?:也|亦|均|共同)?"
                         r"(?:参与|參與|参投|參投|跟投)(?:了)?(?:投资|投資|本轮|本輪)?\s*(?:[，,。；;]|$)")


_EN_ROUND_TRIGGER = re.compile(r"\b(?:(?:co-)?(?:lead|leads|leading|led)|join(?:s|ed|ing)?|(?:took|takes|take|taking) part in|"
                               r"participat(?:e|es|ed|ing) in)\b.*\b(?:round|raise|financing)$", re.I)
_SIZE_GAP = re.compile(r"^\s+(?:of|worth|totall?ing|amounting to|sized at)\s+$", re.I)


def _round_of_size(c: Any, text: str, s0: int) -> bool:
    """"SoftBank agreed to lead a funding round of up to $40 billion in OpenAI": the round's size."""
    t = c.trigger
    return (_EN_ROUND_TRIGGER.search(t.text) is not None and c.amount.start >= t.end
            and _SIZE_GAP.match(text[t.end - s0:c.amount.start - s0]) is not None)


# -- debt and equity parts of one raise --------------------------------------------------------------

_EQUITY_AFTER = {
    "en": re.compile(r"\s+(?:of|in)\s+(?:new\s+|strategic\s+|fresh\s+|primary\s+|common\s+|preferred\s+)?(?:equity|stock)\b", re.I),
    "zh": re.compile(r"(?:的)?(?:股权|股權)(?:融资|融資|投资|投資)?"),
    "ja": re.compile(r"の(?:株式|エクイティ|出資)(?:による|で|と|を|、)"),
}
_DEBT_AFTER = {
    "en": re.compile(r"\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}(?:debt|notes|bonds|loans?|credit)\b", re.I),
    "zh": re.compile(r"(?:的)?(?:债务|債務|债券|債券|贷款|貸款)"),
    "ja": re.compile(r"の(?:負債|借り入れ|借入|融資|社債|ローン|デット)"),
}


def equity_parts(text: str, lang: str, sentences: Sequence[Any], claims: list[Claim], published: str | None) -> list[Claim]:
    """"$5 billion of notes and $5 billion of equity", 50億ドルの負債と50億ドルの株式による計100億ドル: the
    equity part is an investment in the company raising (investor unnamed), the debt part a loan; a total
    stated beside both parts restates them (no claim of its own)."""
    equity, debt = _EQUITY_AFTER.get(lang), _DEBT_AFTER.get(lang)
    if equity is None or debt is None or not claims:
        return claims
    from dealgraph.amounts import find_amounts

    out = list(claims)
    for s in sentences:
        own = [c for c in out if s.start <= c.start < s.end and c.kind in ("loan", "investment") and c.target]
        if not own or not _both_parts(s.text, equity, debt):
            continue
        found = [replace(a, start=a.start + s.start, end=a.end + s.start) for a in find_amounts(s.text, lang, published=published)]
        eq = [a for a in found if equity.match(text[a.end:a.end + 30])]
        de = [a for a in found if debt.match(text[a.end:a.end + 40])]
        if len(eq) != 1 or len(de) != 1:
            continue
        out = _split(out, own, eq[0], de[0], text, s)
    return out


def _both_parts(sentence: str, equity: re.Pattern[str], debt: re.Pattern[str]) -> bool:
    """Cheap test: the sentence names both an equity and a debt part after some figure."""
    return any(equity.match(sentence, m.end()) for m in _FIGURE_END.finditer(sentence)) and \
        any(debt.match(sentence, m.end()) for m in _FIGURE_END.finditer(sentence))


_FIGURE_END = re.compile(r"(?:billion|million|trillion|bn|亿美元|億美元|亿元|億元|億ドル|億円|兆円|万ドル)")


def _split(out: list[Claim], own: list[Claim], eq: Amount, de: Amount, text: str, s: Any) -> list[Claim]:
    """Add the equity part's investment; drop a claim whose amount is the sum of both parts."""
    usd_e, usd_d = eq.stated_usd or eq.usd, de.stated_usd or de.usd
    if not usd_e or not usd_d:
        return out
    whole = Decimal(usd_e) + Decimal(usd_d)
    total = [c for c in own if c.amount_usd is not None and abs(c.amount_usd - whole) <= whole * Decimal("0.01")]
    base = next((c for c in own if c.kind == "loan"), own[0])
    target = base.target
    kept = [c for c in out if c not in total]
    if any(c.kind == "investment" and c.target == target and c.amount is not None and c.amount.start == eq.start for c in kept):
        return kept
    note = f"equity part {eq.text!r} of a raise in debt and equity: investment, investor unnamed"
    part = replace(base, kind="investment", source=None, target=target, amount=eq, amount_usd=Decimal(usd_e),
                   start=s.start, end=s.end, evidence=text[s.start:s.end], notes=(*base.notes, note))
    return kept + [part]


# -- the price of a stake bought in the same sentence ------------------------------------------------

_EXCHANGE = re.compile(r"in exchange for|in return for|for an? (?:\d|roughly|about|around|nearly)|giving it|to take|taking an? |"
                       r"换取|換取|获得|獲得|取得|认购|認購|入手|引き換え", re.I)


def stake_prices(text: str, sentences: Sequence[Any], claims: list[Claim]) -> list[Claim]:
    """"投资约143亿美元,换取该公司49%的股份" read with the company named by reference: the stake bought
    gets the price of the one investment between the same parties in its sentence (tests/test_corpus.py)."""
    out = list(claims)
    for i, c in enumerate(out):
        if c.kind != "stake" or c.pct is None or c.amount is not None or c.status == "reported" or not c.source:
            continue
        s = next((s for s in sentences if s.start <= c.start < s.end), None)
        if s is None or not _EXCHANGE.search(text, s.start, s.end):
            continue
        twins = [k for k in out if k.kind == "investment" and k.amount is not None and k.source == c.source
                 and k.target == c.target and s.start <= k.start < s.end]
        if len(twins) == 1:
            t = twins[0]
            out[i] = replace(c, amount=t.amount, amount_usd=t.amount_usd,
                             notes=(*c.notes, f"price {t.amount.text!r} from the investment buying the stake (amounts5)"))
    return out


# -- the share bought in a takeover ------------------------------------------------------------------

_SHARE_BOUGHT = {
    "en": re.compile(r"(?:acquir\w*|bought|buy\w*|purchas\w*|took|tak\w*)\s+(?:a\s+|an\s+|about\s+|roughly\s+)?(?P<n>[0-9.]+)\s*%", re.I),
    "zh": re.compile(r"(?:收购|收購|取得|购入|購入|买下|買下)[^，,。；;]{0,16}?(?P<n>[0-9.]+)\s*[%％]\s*(?:的)?(?:股权|股權|股份)"),
    "ja": re.compile(r"株式(?:の)?(?:約)?(?P<n>[0-9.]+)\s*[%％]を(?:取得|買い取|買収|取得し)"),
}


def takeover_shares(text: str, lang: str, sentences: Sequence[Any], claims: list[Claim]) -> list[Claim]:
    """"取得夏普66%股權", 「ELYZAの株式43.4%を取得し連結子会社化」, "acquired 66% of Sharp": the takeover
    states the share bought (one percentage in the sentence, after a buying verb)."""
    rule = _SHARE_BOUGHT.get(lang)
    if rule is None:
        return claims
    out = list(claims)
    for i, c in enumerate(out):
        if c.kind != "acquisition" or c.pct is not None:
            continue
        s = next((s for s in sentences if s.start <= c.start < s.end), None)
        found = list(rule.finditer(text, s.start, s.end)) if s is not None and "%" in text[s.start:s.end].replace("％", "%") else []
        if len(found) == 1 and len(re.findall(r"[%％]", text[s.start:s.end])) == 1:
            pct = float(found[0].group("n"))
            if 0 < pct <= 100:
                out[i] = replace(c, pct=pct, notes=(*c.notes, f"share bought {found[0].group('n')}% (amounts5)"))
    return out


# -- describers take no amount -----------------------------------------------------------------------

_ATTRIBUTIVE = re.compile(r"(?:backed|funded|owned|controlled|supported|financed)$", re.I)


def attributive(view: Any, t: Any) -> bool:
    """"the Oracle-backed server chip designer", "a SoftBank-funded lab": a hyphenated describer of a
    company states a standing tie; the sentence's amount belongs to the deal it describes a party of."""
    if view.lang != "en" or not _ATTRIBUTIVE.search(t.text):
        return False
    s0 = view.sentence.start
    return view.sentence.text[max(0, t.start - s0 - 1):t.start - s0] in ("-", "‑")
