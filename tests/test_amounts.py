"""Table tests for amounts and percentages: exact values, currencies, qualifiers and spans."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from dealgraph.amounts import find_amounts, find_percentages, parse_amount

# (text, lang, [(matched text, value, currency, qualifier), ...]); value "lo-hi" for ranges.
AMOUNTS = [
    # --- Chinese
    ("谷歌同意向该公司投资20亿美元。", "zh", [("20亿美元", "2000000000", "USD", None)]),
    ("公司估值达16.4亿美元", "zh", [("16.4亿美元", "1640000000", "USD", None)]),
    ("计划投入1.3万亿元", "zh", [("1.3万亿元", "1300000000000", "CNY", None)]),
    ("两千亿美元的承诺", "zh", [("两千亿美元", "200000000000", "USD", None)]),
    ("融资三百亿元", "zh", [("三百亿元", "30000000000", "CNY", None)]),
    ("基金规模一千亿美元", "zh", [("一千亿美元", "100000000000", "USD", None)]),
    ("再投十亿美元", "zh", [("十亿美元", "1000000000", "USD", None)]),
    ("支付30多亿美元购买服务", "zh", [("30多亿美元", "3000000000", "USD", "more_than")]),
    ("投资高达40亿美元", "zh", [("高达40亿美元", "4000000000", "USD", "up_to")]),
    ("投入了近200亿美元", "zh", [("近200亿美元", "20000000000", "USD", "approx")]),
    ("收入约为4亿美元", "zh", [("约为4亿美元", "400000000", "USD", "approx")]),
    ("融资超过27亿美元", "zh", [("超过27亿美元", "2700000000", "USD", "more_than")]),
    ("借款逾5亿美元", "zh", [("逾5亿美元", "500000000", "USD", "more_than")]),
    ("营收不到3亿元", "zh", [("不到3亿元", "300000000", "CNY", "less_than")]),
    ("投资100亿元以上", "zh", [("100亿元以上", "10000000000", "CNY", "more_than")]),
    ("投资50亿美元左右", "zh", [("50亿美元左右", "5000000000", "USD", "approx")]),
    ("最多投资80亿美元", "zh", [("80亿美元", "8000000000", "USD", None)]),  # a verb between: no hedge
    ("最高10亿美元", "zh", [("最高10亿美元", "1000000000", "USD", "up_to")]),
    ("估计在100-200亿美元之间", "zh", [("100-200亿美元", "10000000000-20000000000", "USD", "range")]),
    ("100亿至200亿美元", "zh", [("100亿至200亿美元", "10000000000-20000000000", "USD", "range")]),
    ("投资数十亿美元", "zh", [("数十亿美元", "2000000000-9000000000", "USD", "range")]),  # round 20: vague = range
    ("几百万美元的订单", "zh", [("几百万美元", "2000000-9000000", "USD", "range")]),
    ("获得数亿美元贷款", "zh", [("数亿美元", "200000000-900000000", "USD", "range")]),
    ("30多亿美元", "zh", [("30多亿美元", "3000000000", "USD", "more_than")]),
    ("5,000 億美元的计划", "zh", [("5,000 億美元", "500000000000", "USD", None)]),
    ("人民币100亿元", "zh", [("人民币100亿元", "10000000000", "CNY", None)]),
    ("融资RMB 5亿", "zh", [("RMB 5亿", "500000000", "CNY", None)]),
    ("价值3000万元", "zh", [("3000万元", "30000000", "CNY", None)]),
    ("一万零五百元", "zh", [("一万零五百元", "10500", "CNY", None)]),
    ("零点五亿元", "zh", [("零点五亿元", "50000000", "CNY", None)]),
    ("三点五亿美元", "zh", [("三点五亿美元", "350000000", "USD", None)]),
    ("1万2000亿日元", "zh", [("1万2000亿日元", "1200000000000", "JPY", None)]),
    ("5000万欧元", "zh", [("5000万欧元", "50000000", "EUR", None)]),
    ("20亿英镑", "zh", [("20亿英镑", "2000000000", "GBP", None)]),
    ("港币50亿", "zh", [("港币50亿", "5000000000", "HKD", None)]),
    ("100亿港元", "zh", [("100亿港元", "10000000000", "HKD", None)]),
    ("新台币3000亿元", "zh", [("新台币3000亿元", "300000000000", "TWD", None)]),
    ("500亿韩元", "zh", [("500亿韩元", "50000000000", "KRW", None)]),
    ("10亿美金", "zh", [("10亿美金", "1000000000", "USD", None)]),
    ("￥100亿", "zh", [("￥100亿", "10000000000", "CNY", None)]),
    ("3000余万元", "zh", [("3000余万元", "30000000", "CNY", "more_than")]),
    ("最近10亿美元的投资", "zh", [("10亿美元", "1000000000", "USD", None)]),
    ("合约10亿美元", "zh", [("10亿美元", "1000000000", "USD", None)]),
    ("２０億美元", "zh", [("２０億美元", "2000000000", "USD", None)]),
    # --- Japanese
    ("現在860億ドルの価値がある", "ja", [("860億ドル", "86000000000", "USD", None)]),
    ("彼が 10 億ドルを調達", "ja", [("10 億ドル", "1000000000", "USD", None)]),
    ("総額1兆2000億円の投資", "ja", [("1兆2000億円", "1200000000000", "JPY", None)]),
    ("2兆5000億円を投じる", "ja", [("2兆5000億円", "2500000000000", "JPY", None)]),
    ("5千億円規模", "ja", [("5千億円規模", "500000000000", "JPY", "approx")]),
    ("1億2000万円", "ja", [("1億2000万円", "120000000", "JPY", None)]),
    ("１０億ドルを出資", "ja", [("１０億ドル", "1000000000", "USD", None)]),
    ("1,000億円を投資", "ja", [("1,000億円", "100000000000", "JPY", None)]),
    ("二十億円", "ja", [("二十億円", "2000000000", "JPY", None)]),
    ("300億ドル超の資金", "ja", [("300億ドル超", "30000000000", "USD", "more_than")]),
    ("1億円余りを", "ja", [("1億円余り", "100000000", "JPY", "more_than")]),
    ("1兆円強の売上", "ja", [("1兆円強", "1000000000000", "JPY", "more_than")]),
    ("100億円未満", "ja", [("100億円未満", "10000000000", "JPY", "less_than")]),
    ("50億円以下", "ja", [("50億円以下", "5000000000", "JPY", "less_than")]),
    ("約3000億円", "ja", [("約3000億円", "300000000000", "JPY", "approx")]),
    ("1000億円程度", "ja", [("1000億円程度", "100000000000", "JPY", "approx")]),
    ("最大で5000億ドル", "ja", [("最大で5000億ドル", "500000000000", "USD", "up_to")]),
    ("上限5000億ドル", "ja", [("上限5000億ドル", "500000000000", "USD", "up_to")]),
    ("100億〜200億ドル", "ja", [("100億〜200億ドル", "10000000000-20000000000", "USD", "range")]),
    ("年間数十億ドルが必要", "ja", [("数十億ドル", "2000000000-9000000000", "USD", "range")]),
    ("数百億円を投じる", "ja", [("数百億円", "20000000000-90000000000", "JPY", "range")]),
    ("十数億円", "ja", [("十数億円", "1200000000-1900000000", "JPY", "range")]),
    ("30億ユーロ", "ja", [("30億ユーロ", "3000000000", "EUR", None)]),
    ("10億ポンド", "ja", [("10億ポンド", "1000000000", "GBP", None)]),
    ("100億人民元", "ja", [("100億人民元", "10000000000", "CNY", None)]),
    ("1000億ウォン", "ja", [("1000億ウォン", "100000000000", "KRW", None)]),
    ("¥5,000億", "ja", [("¥5,000億", "500000000000", "JPY", None)]),
    ("契約1兆円", "ja", [("1兆円", "1000000000000", "JPY", None)]),
    ("1万円", "ja", [("1万円", "10000", "JPY", None)]),
    # --- Korean
    ("3억5000만 달러를 투자", "ko", [("3억5000만 달러", "350000000", "USD", None)]),
    ("3억 5000만 달러", "ko", [("3억 5000만 달러", "350000000", "USD", None)]),
    ("1조2000억원 규모", "ko", [("1조2000억원 규모", "1200000000000", "KRW", "approx")]),
    ("5천억 원을", "ko", [("5천억 원", "500000000000", "KRW", None)]),
    ("100억 달러 이상", "ko", [("100억 달러 이상", "10000000000", "USD", "more_than")]),
    ("최대 20억 달러", "ko", [("최대 20억 달러", "2000000000", "USD", "up_to")]),
    ("약 3조 원", "ko", [("약 3조 원", "3000000000000", "KRW", "approx")]),
    ("계약 10억 달러", "ko", [("10억 달러", "1000000000", "USD", None)]),
    ("수십억 달러", "ko", [("수십억 달러", "2000000000-9000000000", "USD", "range")]),
    ("50억 엔", "ko", [("50억 엔", "5000000000", "JPY", None)]),
    ("10억 유로", "ko", [("10억 유로", "1000000000", "EUR", None)]),
    ("₩500억", "ko", [("₩500억", "50000000000", "KRW", None)]),
    ("20억 위안", "ko", [("20억 위안", "2000000000", "CNY", None)]),
    # --- English
    ("It will invest $500 billion.", "en", [("$500 billion", "500000000000", "USD", None)]),
    ("a deal worth $3.2 billion", "en", [("$3.2 billion", "3200000000", "USD", None)]),
    ("a $32,000 car", "en", [("$32,000", "32000", "USD", None)]),
    ("raised $10m", "en", [("$10m", "10000000", "USD", None)]),
    ("raised $2.5bn", "en", [("$2.5bn", "2500000000", "USD", None)]),
    ("raised $4B", "en", [("$4B", "4000000000", "USD", None)]),
    ("a $300k grant", "en", [("$300k", "300000", "USD", None)]),
    ("$1.5 trillion", "en", [("$1.5 trillion", "1500000000000", "USD", None)]),
    ("$1 tn", "en", [("$1 tn", "1000000000000", "USD", None)]),
    ("US$1.2 billion", "en", [("US$1.2 billion", "1200000000", "USD", None)]),
    ("USD 10 billion", "en", [("USD 10 billion", "10000000000", "USD", None)]),
    ("10 billion dollars", "en", [("10 billion dollars", "10000000000", "USD", None)]),
    # headlines and press-release titles capitalise the scale and the currency word
    ("OpenAI Raises $6.6 Billion At $157 Billion Valuation", "en",
     [("$6.6 Billion", "6600000000", "USD", None), ("$157 Billion", "157000000000", "USD", None)]),
    ("a $500 MILLION facility", "en", [("$500 MILLION", "500000000", "USD", None)]),
    ("Nvidia Invests 5 Billion Euros", "en", [("5 Billion Euros", "5000000000", "EUR", None)]),
    ("It Won 5 Awards", "en", []),
    ("5 million US dollars", "en", [("5 million US dollars", "5000000", "USD", None)]),
    ("a billion dollars", "en", [("a billion dollars", "1000000000", "USD", None)]),
    ("two billion dollars", "en", [("two billion dollars", "2000000000", "USD", None)]),
    ("half a billion dollars", "en", [("half a billion dollars", "500000000", "USD", None)]),
    ("two hundred million euros", "en", [("two hundred million euros", "200000000", "EUR", None)]),
    ("billions of dollars", "en", [("billions of dollars", "2000000000-999000000000", "USD", "range")]),
    ("several billion dollars", "en", [("several billion dollars", "2000000000-9000000000", "USD", "range")]),
    ("tens of billions of dollars", "en", [("tens of billions of dollars", "20000000000-99000000000", "USD", "range")]),
    ("up to $10 billion", "en", [("up to $10 billion", "10000000000", "USD", "up_to")]),
    ("as much as $4 billion", "en", [("as much as $4 billion", "4000000000", "USD", "up_to")]),
    ("more than $3.9 trillion", "en", [("more than $3.9 trillion", "3900000000000", "USD", "more_than")]),
    ("over $25 billion", "en", [("over $25 billion", "25000000000", "USD", "more_than")]),
    ("less than $1 billion", "en", [("less than $1 billion", "1000000000", "USD", "less_than")]),
    ("under $500 million", "en", [("under $500 million", "500000000", "USD", "less_than")]),
    ("about $2 billion", "en", [("about $2 billion", "2000000000", "USD", "approx")]),
    ("around $2 billion", "en", [("around $2 billion", "2000000000", "USD", "approx")]),
    ("nearly $2 billion", "en", [("nearly $2 billion", "2000000000", "USD", "approx")]),
    ("roughly $2 billion", "en", [("roughly $2 billion", "2000000000", "USD", "approx")]),
    ("some $2 billion", "en", [("some $2 billion", "2000000000", "USD", "approx")]),
    ("$10-15 billion", "en", [("$10-15 billion", "10000000000-15000000000", "USD", "range")]),
    ("$10 billion to $15 billion", "en", [("$10 billion to $15 billion", "10000000000-15000000000", "USD", "range")]),
    ("$10 billion or more", "en", [("$10 billion or more", "10000000000", "USD", "more_than")]),
    ("€5 billion", "en", [("€5 billion", "5000000000", "EUR", None)]),
    ("5 billion euros", "en", [("5 billion euros", "5000000000", "EUR", None)]),
    ("£2bn", "en", [("£2bn", "2000000000", "GBP", None)]),
    ("1.5 trillion yen", "en", [("1.5 trillion yen", "1500000000000", "JPY", None)]),
    ("¥10 billion from Tokyo", "en", [("¥10 billion", "10000000000", "JPY", None)]),
    ("¥10 billion, a Chinese yuan sum", "en", [("¥10 billion", "10000000000", "CNY", None)]),
    ("10 billion yuan", "en", [("10 billion yuan", "10000000000", "CNY", None)]),
    ("RMB5bn", "en", [("RMB5bn", "5000000000", "CNY", None)]),
    ("HK$3 billion", "en", [("HK$3 billion", "3000000000", "HKD", None)]),
    ("NT$100 billion", "en", [("NT$100 billion", "100000000000", "TWD", None)]),
    ("500 billion won", "en", [("500 billion won", "500000000000", "KRW", None)]),
    ("from 2019 to $5 billion", "en", [("$5 billion", "5000000000", "USD", None)]),
    # --- not amounts
    ("2019年，公司成立", "zh", []),
    ("持股49%", "zh", []),
    ("Nvidia H100 chips", "en", []),
    ("the Model 3 sedan", "en", []),
    ("上升3个百分点", "zh", []),
    ("7年以内", "zh", []),
    ("32000 units", "en", []),
    ("the S&P 500 rose", "en", []),
    ("500 billion parameters", "en", []),
    ("a billion people", "en", []),
    ("百度发布", "zh", []),
    ("一家公司", "zh", []),
    ("100万台のロボタクシー", "ja", []),
    ("엔비디아 10억", "ko", []),
]


def _check(found, expected, text):
    got = []
    for a in found:
        assert text[a.start:a.end] == a.text
        value = str(a.value) if a.high is None else f"{a.value}-{a.high}"
        got.append((a.text, value, a.currency, a.qualifier))
    assert got == expected


@pytest.mark.parametrize(("text", "lang", "expected"), AMOUNTS, ids=[c[0][:24] for c in AMOUNTS])
def test_amounts_table(text, lang, expected):
    _check(find_amounts(text, lang, published="2024-06-01"), expected, text)


@pytest.mark.parametrize(("text", "lang", "expected"), AMOUNTS[:40], ids=[c[0][:24] for c in AMOUNTS[:40]])
def test_language_is_guessed(text, lang, expected):
    _check(find_amounts(text), expected, text)


def test_values_are_decimal_and_exact():
    a = parse_amount("16.4亿")
    assert a is None  # no currency, no amount
    a = parse_amount("16.4亿元")
    assert isinstance(a.value, Decimal) and a.value == Decimal("1640000000") and str(a.value) == "1640000000"


def test_stated_usd_is_linked_both_ways():
    ja = find_amounts("最大5000億ドル(約78兆円)を投資し、4兆円（約270億ドル）を得る", "ja", published="2025-01-24")
    assert [(a.text, a.currency) for a in ja] == [("最大5000億ドル", "USD"), ("約78兆円", "JPY"),
                                                   ("4兆円", "JPY"), ("約270億ドル", "USD")]
    assert ja[1].stated_usd == ja[1].usd == Decimal("500000000000") and not ja[1].converted
    assert ja[2].stated_usd == Decimal("27000000000")
    en = find_amounts("a fund of $500 billion (approximately 78 trillion yen)", "en")
    assert en[1].stated_usd == Decimal("500000000000") and en[1].qualifier == "approx"
    zh = find_amounts("人民币100亿元（约合14亿美元）", "zh")
    assert zh[0].usd == Decimal("1400000000") and zh[0].fx_source == "stated in text"


def test_fx_conversion_uses_article_year():
    a = parse_amount("1兆円", "ja", published="2024-03-01")
    assert a.converted and a.fx_source == "JPY 2024 annual average" and a.fx_rate == Decimal("151.46")
    assert a.usd == (Decimal(10**12) / Decimal("151.46")).quantize(Decimal(1))
    b = parse_amount("1兆円", "ja", published="2012-03-01")
    assert b.fx_source == "JPY 2012 annual average" and b.usd > a.usd
    latest = parse_amount("1兆円", "ja")
    assert latest.fx_source.startswith("JPY 2026")
    usd = parse_amount("$5 billion")
    assert usd.usd == usd.value and not usd.converted and usd.fx_rate is None


def test_range_usd_high():
    a = parse_amount("100億〜200億円", "ja", published="2024-01-01")
    assert a.qualifier == "range" and a.high == Decimal("20000000000") and a.usd_high > a.usd


def test_offsets_survive_full_width_text():
    text = "（注）１０億ドル、５，０００億円"
    found = find_amounts(text, "ja")
    assert [a.text for a in found] == ["１０億ドル", "５，０００億円"]
    assert found[1].value == Decimal("500000000000")


def test_several_amounts_share_no_qualifier():
    found = find_amounts("300億ドル超 1,000億円規模", "ja")
    assert [a.qualifier for a in found] == ["more_than", "approx"]


# --- cn2an / Recognizers-Text style regressions: float drift, 两, 零, 万亿
REGRESSIONS = [
    ("16.4亿元", "1640000000"),  # cn2an gives 1639999999 through floats
    ("1.3万亿元", "1300000000000"),
    ("两千亿元", "200000000000"),
    ("零点五元", "0.5"),
    ("一万零五百元", "10500"),
    ("0.1亿元", "10000000"),
    ("2.675亿元", "267500000"),
    ("19.99亿元", "1999000000"),
    ("4.35万元", "43500"),
    ("一千零一亿元", "100100000000"),
    ("十二万三千元", "123000"),
    ("二〇二四元", "2024"),
    ("$0.3 billion", "300000000"),
    ("$1.005 billion", "1005000000"),
]


@pytest.mark.parametrize(("text", "value"), REGRESSIONS)
def test_regressions(text, value):
    assert str(parse_amount(text).value) == value


PERCENTAGES = [
    ("a 32.5% equity stake", [("32.5%", "32.5", None)]),
    ("持股49％", [("49％", "49", None)]),
    ("49%", [("49%", "49", None)]),
    ("百分之四十九", [("百分之四十九", "49", None)]),
    ("百分之三十二点五", [("百分之三十二点五", "32.5", None)]),
    ("百分之32.5", [("百分之32.5", "32.5", None)]),
    ("株式の4割を取得", [("4割", "40", None)]),
    ("3割5分", [("3割5分", "35", None)]),
    ("三割", [("三割", "30", None)]),
    ("49 percent", [("49 percent", "49", None)]),
    ("49 per cent", [("49 per cent", "49", None)]),
    ("上升3个百分点", [("3个百分点", "3", "points")]),
    ("3 percentage points", [("3 percentage points", "3", "points")]),
    ("2%ポイント", [("2%ポイント", "2", "points")]),
    ("约30%", [("约30%", "30", "approx")]),
    ("more than 50%", [("more than 50%", "50", "more_than")]),
    ("up to 49%", [("up to 49%", "49", "up_to")]),
    ("10-20%", [("10-20%", "10", "range")]),
    ("50퍼센트", [("50퍼센트", "50", None)]),
    ("1000ポイント", []),
    ("H100 and 2019年", []),
]


@pytest.mark.parametrize(("text", "expected"), PERCENTAGES, ids=[c[0] for c in PERCENTAGES])
def test_percentages(text, expected):
    found = find_percentages(text)
    for p in found:
        assert text[p.start:p.end] == p.text
    assert [(p.text, str(p.value), p.qualifier) for p in found] == expected


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_every_gold_amount_is_found_in_the_seed_articles():
    """Each amount_usd in the gold claims is the USD value of some amount found in its article."""
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed folder {SEEDS} is missing")
        pytest.skip(f"seed folder {SEEDS} is missing")
    checked = 0
    for facts in sorted(SEEDS.glob("*.facts.jsonl")):
        stem = facts.name.removesuffix(".facts.jsonl")
        text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
        meta = json.loads((SEEDS / f"{stem}.meta.json").read_text(encoding="utf-8"))
        found = find_amounts(text, published=meta.get("published"))
        usd = {a.usd for a in found}
        assert all(text[a.start:a.end] == a.text for a in found)
        for line in facts.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line).get("amount_usd")
            if gold is not None:
                assert Decimal(str(gold)) in usd, (stem, gold)
                checked += 1
    assert checked >= 10
