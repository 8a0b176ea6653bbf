"""The broadened KB (kb/more_*.tsv): investors, corporates, finance and government bodies seen in
AI-industry money news are recognised in English, Chinese and Japanese sentences written for this
test, roll up to the right party, and common words that share a spelling stay unmatched."""

from __future__ import annotations

import pytest

from dealgraph.entities import default_kb, find_mentions

MORE_FILES = ("more_investors.tsv", "more_corporates.tsv", "more_finance.tsv", "more_government.tsv")

# (lang, sentence, surface as written, canonical claim party)
CASES = [
    ("en", "General Atlantic and Bain Capital joined the round.", "General Atlantic", "General Atlantic"),
    ("en", "General Atlantic and Bain Capital joined the round.", "Bain Capital", "Bain Capital"),
    ("en", "Paradigm led the seed round for the robotics startup.", "Paradigm", "Paradigm"),
    ("en", "Samsung SDS signed a cloud deal with the lab.", "Samsung SDS", "Samsung SDS"),
    ("en", "Western Digital and Seagate lifted forecasts on AI storage demand.", "Seagate", "Seagate"),
    ("en", "SMBC Nikko arranged the bond sale.", "SMBC Nikko", "SMBC"),
    ("en", "Gradient Ventures backed the seed round.", "Gradient Ventures", "Google"),
    ("en", "The Federal Communications Commission cleared the merger.", "Federal Communications Commission", "FCC"),
    ("en", "Condé Nast signed a licensing deal with OpenAI.", "Condé Nast", "Condé Nast"),
    ("en", "Coinbase Ventures invested in the agent startup.", "Coinbase Ventures", "Coinbase"),
    ("en", "Compass Datacenters will build a campus in Texas.", "Compass Datacenters", "Compass Datacenters"),
    ("zh", "国家开发银行向该项目提供贷款。", "国家开发银行", "China Development Bank"),
    ("zh", "深创投与合肥建投共同领投。", "深创投", "Shenzhen Capital Group"),
    ("zh", "深创投与合肥建投共同领投。", "合肥建投", "Hefei Construction Investment"),
    ("zh", "长鑫存储获得新一轮融资。", "长鑫存储", "CXMT"),
    ("zh", "京東方擴大面板產能。", "京東方", "BOE"),
    ("zh", "宁德时代向该公司投资。", "宁德时代", "CATL"),
    ("zh", "哈勃投资入股了这家芯片公司。", "哈勃投资", "Huawei"),
    ("zh", "中信证券担任保荐人。", "中信证券", "CITIC Securities"),
    ("zh", "国务院国资委批准了重组。", "国务院国资委", "SASAC"),
    ("zh", "国家人工智能产业投资基金出资。", "国家人工智能产业投资基金", "National AI Industry Investment Fund"),
    ("zh", "平头哥发布新芯片。", "平头哥", "Alibaba"),
    ("zh", "美联社与OpenAI签署授权协议。", "美联社", "Associated Press"),
    ("ja", "東京海上と第一生命が出資した。", "東京海上", "Tokio Marine"),
    ("ja", "東京海上と第一生命が出資した。", "第一生命", "Dai-ichi Life"),
    ("ja", "SMBC日興証券が主幹事を務めた。", "SMBC日興証券", "SMBC"),
    ("ja", "ジャフコとグローバル・ブレインが出資した。", "ジャフコ", "JAFCO"),
    ("ja", "ジャフコとグローバル・ブレインが出資した。", "グローバル・ブレイン", "Global Brain"),
    ("ja", "レーザーテックは受注を伸ばした。", "レーザーテック", "Lasertec"),
    ("ja", "関西電力がデータセンターに電力を供給する。", "関西電力", "Kansai Electric Power"),
    ("ja", "サムスン電機は基板を増産する。", "サムスン電機", "Samsung Electro-Mechanics"),
    ("ja", "公正取引委員会は調査を始めた。", "公正取引委員会", "Japan Fair Trade Commission"),
    ("ja", "ウーブン・キャピタルが出資した。", "ウーブン・キャピタル", "Toyota"),
    ("ja", "ベライゾンとエリクソンが提携した。", "ベライゾン", "Verizon"),
    ("ko", "미래에셋이 투자했다.", "미래에셋", "Mirae Asset"),
    ("ko", "한화에어로스페이스가 참여했다.", "한화에어로스페이스", "Hanwha Aerospace"),
]


@pytest.mark.parametrize("lang,text,surface,party", CASES)
def test_new_entity_found(lang: str, text: str, surface: str, party: str) -> None:
    found = [(m.text, m.entity) for m in find_mentions(text, lang) if m.via == "alias"]
    assert (surface, party) in found


# Common words that share a spelling with a new alias: no KB mention.
COMMON = [
    ("en", "The new paradigm in computing is parallel."),       # paradigm, not Paradigm
    ("en", "A decagon has ten sides and an ideogram is a symbol."),
    ("en", "A stack overflow crashed the program."),
    ("en", "She has a flex schedule and a future fund for school."),
    ("en", "Most analysts expect a covariant shift."),          # MOST is not a name here
    ("en", "The file was encrypted with AES before the SAFE note was signed."),
    ("en", "The data centre is rated Tier IV."),
    ("zh", "该工厂日产零部件一万件，日产能还在提高。"),                     # daily output, not Nissan
    ("zh", "他是我的好友達人。"),
    ("zh", "上海市浦东新区的一家公司。"),                       # an address, not the city government
    ("zh", "吉利的数字和美图欣赏。"),                            # auspicious / pretty pictures
    ("ja", "東京都港区に本社を置く。"),                         # an address
    ("ja", "友達とディスコに行った。"),
]


@pytest.mark.parametrize("lang,text", COMMON)
def test_common_words_not_matched(lang: str, text: str) -> None:
    assert [(m.text, m.entity) for m in find_mentions(text, lang) if m.via == "alias"] == []


def test_capitalised_names_need_their_capitals() -> None:
    text = "Paradigm and Covariant raised money; Ideogram too."
    assert [m.entity for m in find_mentions(text, "en") if m.via == "alias"] == ["Paradigm", "Covariant", "Ideogram"]


def test_rollups_and_separate_subsidiaries() -> None:
    kb = default_kb()
    assert kb.claim_party("Mizuho Securities") == "Mizuho"
    assert kb.claim_party("T-Head") == "Alibaba"
    assert kb.claim_party("Samsung Display") == "Samsung Display"   # separate listed unit
    assert kb.entities["Samsung Display"].parent == "Samsung"
    assert kb.claim_party("Kunlunxin") == "Kunlunxin"


def test_more_files_are_large_and_well_formed() -> None:
    kb = default_kb()
    mine = [e for e in kb if e.source in MORE_FILES]
    assert len(mine) >= 250
    assert all(e.parent in kb.entities for e in mine if e.parent)
    assert not kb.duplicates and kb.conflicts() == {}
    # every new organisation carries at least one CJK or Hangul alias
    assert all(any(ord(c) > 0x2E80 for a in e.aliases for c in a) for e in mine)
