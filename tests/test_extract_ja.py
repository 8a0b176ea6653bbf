"""Japanese rules: short sentences -> expected claims (kind, source, target, amount_usd, status)."""

from __future__ import annotations

import pytest

from tests._extract_table import B, M, check, extract

CASES = [
    ("ソフトバンクはOpenAIに5億ドルを出資した。", [("investment", "SoftBank", "OpenAI", 500 * M, "completed")]),
    ("アマゾンがAnthropicに最大40億ドルを投資する。", [("investment", "Amazon", "Anthropic", 4 * B, "up_to")]),
    ("AnthropicはGoogleから20億ドルを調達した。", [("investment", "Google", "Anthropic", 2 * B, None)]),
    ("マイクロソフトはInflection AIを買収した。", [("acquisition", "Microsoft", "Inflection AI", None, "completed")]),
    ("マイクロソフトがOpenAIの株式49%を取得した。", [("stake", "Microsoft", "OpenAI", None, None)]),
    ("マスク氏はOpenAIを提訴した。", [("lawsuit", "Elon Musk", "OpenAI", None, None)]),
    ("OpenAIの評価額は1570億ドルに達した。", [("valuation", None, "OpenAI", 157 * B, None)]),
    ("関係者によると、ソフトバンクはOpenAIに300億ドルを出資する方向で検討している。",
     [("investment", "SoftBank", "OpenAI", 30 * B, "rumored")]),
    ("OpenAIはオラクルにクラウド利用料として3000億ドルを支払う契約を結んだ。",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    ("グーグルは日本のデータセンターに20億ドルを投じる。", [("investment", "Google", None, 2 * B, None)]),
    ("ソフトバンクはOpenAIに30億ドルを拠出した。", [("investment", "SoftBank", "OpenAI", 3 * B, "completed")]),
    ("Sakana AIはシリーズCで1億ドルを集めた。", [("investment", None, "Sakana AI", 100 * M, None)]),
    # the subject is dropped when the previous sentence named it
    ("ソフトバンクは新たな戦略を示した。昨年はアームに10億ドルを出資した。",
     [("investment", "SoftBank", "Arm", 1 * B, None)]),
    ("サムスンはOpenAIにメモリーを供給する。", [("purchase", "OpenAI", "Samsung", None, None)]),
    # a contract: the compute seller (ネビウス) is the provider even as the subject
    ("ネビウスはマイクロソフトと約170億ドルの計算能力を提供する契約を結んだ。",
     [("compute_commitment", "Microsoft", "Nebius", 17 * B, None)]),
]

NEGATIVE = [
    "アップルはOpenAIに出資していない。",
    "投資家はエヌビディアの決算を好感した。",
    "東京株式市場でトヨタ株が5%上昇した。",
    "彼は同社に50億ドルを調達するよう促した。",
    "アップルにはOpenAIに投資する機会があった。",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:20] for c in CASES])
def test_japanese_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_japanese_non_claims(text: str) -> None:
    assert extract(text, "ja") == []


def test_merger_proposal_is_proposed() -> None:
    claims = extract("2018年2月、マスク氏はOpenAIとTeslaの合併を示唆した。", "ja")
    assert [(c.kind, c.status, c.date) for c in claims] == [("acquisition", "proposed", "2018-02")]


def test_venture_members_and_size_from_the_next_sentence() -> None:
    text = "ソフトバンク、OpenAI、米オラクルの3社が新会社「スターゲート」を設立した。今後4年間で最大5000億ドルを投資する。"
    got = {(c.kind, c.source, c.target, int(c.amount_usd) if c.amount_usd is not None else None) for c in extract(text, "ja")}
    assert got == {("joint_venture", m, "Stargate", 500 * B) for m in ("SoftBank", "OpenAI", "Oracle")}


def test_partners_each_invest_in_a_named_venture() -> None:
    check("ソフトバンクとOpenAIが「スターゲート」にそれぞれ190億ドルを拠出する。", "ja",
          [("investment", "SoftBank", "Stargate", 19 * B, None), ("investment", "OpenAI", "Stargate", 19 * B, None)])


def test_country_before_a_company_is_no_party() -> None:
    # "UAE（アラブ首長国連邦）のMGX": the country says where MGX is, it is no venture member
    text = "ソフトバンク、UAE（アラブ首長国連邦）のMGXの2社が合弁会社「スターゲート」を設立した。"
    assert {(c.source, c.target) for c in extract(text, "ja")} == {("SoftBank", "Stargate"), ("MGX", "Stargate")}


def test_stake_value_in_the_next_sentence() -> None:
    text = "グーグルはアンソロピックの株式の約14%を保有する。同社の持ち分の価値は約300億ドルと評価されている。"
    got = [(c.kind, c.source, c.target, c.pct, int(c.amount_usd or 0)) for c in extract(text, "ja")]
    assert got == [("stake", "Google", "Anthropic", 14.0, 30 * B)]
