"""Japanese rules: short sentences -> expected claims (kind, source, target, amount_usd, status)."""

from __future__ import annotations

import pytest

from pathlib import Path

from tests._extract_table import B, M, check, extract, summary

ROUND4_DIR = Path(__file__).resolve().parent / "fixtures" / "extract" / "ja_round4"

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


# -- round 4: generalisation. Own sentences in many registers (wire, headline, machine-translated,
# blog); amounts compare within 1% (yen and euro go through the shipped FX table).
ROUND4 = [
    # -- wire: plain investments with 米/英 prefixes, 約/最大/超 qualifiers
    ("米アマゾン・ドット・コムは米アンソロピックに40億ドルを追加出資すると発表した。", [("investment", "Amazon", "Anthropic", 4 * B, "announced")]),
    ("米マイクロソフトはOpenAIに約100億ドルを投資した。", [("investment", "Microsoft", "OpenAI", 10 * B, None)]),
    ("米グーグルが米アンソロピックに最大20億ドルを出資することで合意した。", [("investment", "Google", "Anthropic", 2 * B, "up_to")]),
    ("ソフトバンクグループはOpenAIに400億ドルを出資する方針だ。", [("investment", "SoftBank", "OpenAI", 40 * B, "proposed")]),
    ("米エヌビディアは米インテルに50億ドルを出資すると発表した。", [("investment", "Nvidia", "Intel", 5 * B, "announced")]),
    ("ソフトバンクグループが米インテルに20億ドルを出資する。", [("investment", "SoftBank", "Intel", 2 * B, None)]),
    ("米セールスフォースはアンソロピックへ5億ドルを出資した。", [("investment", "Salesforce", "Anthropic", 500 * M, None)]),
    ("米マイクロソフトは仏ミストラルAIに1500万ユーロを出資した。", [("investment", "Microsoft", "Mistral AI", 16_240_000, None)]),
    ("KDDIはさくらインターネットに出資した。", [("investment", "KDDI", "Sakura Internet", None, None)]),
    # -- rounds: the company raising, with leaders and co-investors
    ("米xAIは60億ドルを調達した。", [("investment", None, "xAI", 6 * B, None)]),
    ("米アンソロピックはシリーズEで35億ドルを調達したと発表した。", [("investment", None, "Anthropic", 3500 * M, "completed")]),  # round 24
    ("サカナAI（東京・港）は約200億円を調達したと発表した。", [("investment", None, "Sakana AI", 132 * M, "completed")]),  # round 24
    ("Preferred Networks（東京・千代田）は2日、約190億円を集めたと明らかにした。", [("investment", None, "Preferred Networks", 125 * M, None)]),
    ("元グーグルの研究者らが設立したサカナAIは約200億円を調達した。", [("investment", None, "Sakana AI", 132 * M, None)]),
    ("元OpenAIの幹部が創業した米アンソロピックは20億ドルを調達した。", [("investment", None, "Anthropic", 2 * B, None)]),
    ("今回の資金調達は米エヌビディアが主導した。", []),
    ("サカナAIは約200億円を調達した。今回のラウンドは米エヌビディアが主導した。",
     [("investment", None, "Sakana AI", 132 * M, None), ("investment", "Nvidia", "Sakana AI", None, None)]),
    ("サカナAIは約200億円を調達した。三菱UFJ銀行、みずほ銀行なども出資した。",
     [("investment", None, "Sakana AI", 132 * M, None), ("investment", "MUFG", "Sakana AI", None, None),
      ("investment", "Mizuho", "Sakana AI", None, None)]),
    ("xAIは60億ドルを調達した。米エヌビディアやAMDも出資した。",
     [("investment", None, "xAI", 6 * B, None), ("investment", "Nvidia", "xAI", None, None), ("investment", "AMD", "xAI", None, None)]),
    ("OpenAIは400億ドルを調達した。ソフトバンクグループが主導したこのラウンドには、米マイクロソフトなども参加した。",
     [("investment", None, "OpenAI", 40 * B, None), ("investment", "SoftBank", "OpenAI", None, None),
      ("investment", "Microsoft", "OpenAI", None, None)]),
    # -- rounds with a valuation in one sentence
    ("OpenAIは企業価値3000億ドルで400億ドルを調達した。",
     [("investment", None, "OpenAI", 40 * B, None), ("valuation", None, "OpenAI", 300 * B, None)]),
    ("米アンソロピックは評価額615億ドルで35億ドルを調達した。",
     [("investment", None, "Anthropic", 3500 * M, None), ("valuation", None, "Anthropic", 61500 * M, None)]),
    ("xAIの企業価値は500億ドルと評価された。", [("valuation", None, "xAI", 50 * B, None)]),
    ("サカナAIの企業価値は約26億ドルに達した。", [("valuation", None, "Sakana AI", 2600 * M, None)]),
    # -- describers are no party

    ("ソフトバンクが設立した新会社には、NTT、KDDIなど10社が計500億円を出資する。", []),
    # -- topic-marked recipient: Xには A、B が出資
    ("さくらインターネットには、経済産業省が約500億円を助成する。", [("investment", "Japan METI", "Sakura Internet", 331 * M, None)]),
    ("サカナAIには、NTTとKDDIが出資した。", [("investment", "NTT", "Sakana AI", None, None), ("investment", "KDDI", "Sakana AI", None, None)]),
    ("Preferred Networksには、三菱UFJ銀行、みずほ銀行など5社が計100億円を出資した。",
     [("investment", None, "Preferred Networks", 66 * M, None), ("investment", "MUFG", "Preferred Networks", None, None),
      ("investment", "Mizuho", "Preferred Networks", None, None)]),
    # -- capex without a counterparty
    ("米メタは設備投資を600億ドルから650億ドルとする計画だ。", [("investment", "Meta", None, 60 * B, "proposed")]),
    ("米マイクロソフトはAI向けデータセンターへ約800億ドルを投じる方針だ。", [("investment", "Microsoft", None, 80 * B, "proposed")]),
    ("米アマゾン・ドット・コムは1000億ドル超を設備投資に充てる見通しだ。", [("investment", "Amazon", None, 100 * B, None)]),
    ("米グーグルは今年、設備投資に750億ドルを投じる計画を示した。", [("investment", "Google", None, 75 * B, "proposed")]),
    ("米アマゾン・ドット・コムは日本国内のクラウド基盤に2兆2600億円を投資する計画だ。", [("investment", "Amazon", None, 14967 * M, "proposed")]),
    ("米メタは設備投資を640億〜720億ドルに引き上げた。", [("investment", "Meta", None, 64 * B, None)]),
    # -- persons: an executive speaking is no party
    ("マーク・ザッカーバーグCEOは「AIインフラは当社の競争力の源泉だ」と述べた。", []),
    ("孫正義氏は「OpenAIにすべてを賭ける」と語った。", []),
    # -- refusals and denials
    ("米アップルはOpenAIの資金調達ラウンドへの参加を見送った。", [("investment", "Apple", "OpenAI", None, "denied")]),
    ("OpenAIは米メタからの出資の申し出を断った。", [("investment", "Meta", "OpenAI", None, "denied")]),
    ("米マイクロソフトはOpenAIへの追加出資を見送った。", [("investment", "Microsoft", "OpenAI", None, "denied")]),
    ("ソフトバンクグループは米インテルの買収を断念した。", [("acquisition", "SoftBank", "Intel", None, "denied")]),
    ("xAIはOpenAIへの出資報道を否定した。", [("investment", "xAI", "OpenAI", None, "denied")]),
    # -- talks, bids, rumours
    ("米エヌビディアは米インテルの買収に向けて協議している。", [("acquisition", "Nvidia", "Intel", None, "rumored")]),
    ("米クアルコムが米インテルに買収を打診したと報じられた。", [("acquisition", "Qualcomm", "Intel", None, "rumored")]),
    ("ソフトバンクグループが米インテルの買収を検討していると米メディアが報じた。", [("acquisition", "SoftBank", "Intel", None, "rumored")]),
    ("関係者によると、米アマゾン・ドット・コムはアンソロピックへの追加出資を協議している。", [("investment", "Amazon", "Anthropic", None, "rumored")]),
    ("米アップルはOpenAIへの出資を協議しているとされる。", [("investment", "Apple", "OpenAI", None, "rumored")]),
    ("報道によれば、xAIは企業価値2000億ドルで100億ドルを調達した。",
     [("investment", None, "xAI", 10 * B, "rumored"), ("valuation", None, "xAI", 200 * B, "rumored")]),
    ("マスク氏が率いる投資家連合はOpenAIに974億ドルでの買収を提案した。", [("acquisition", "Elon Musk", "OpenAI", 97400 * M, "proposed")]),
    # -- payments
    ("OpenAIはマイクロソフトに対して毎年約20億ドルのロイヤリティを支払っている。", [("revenue", "OpenAI", "Microsoft", 2 * B, None)]),
    ("アップルはグーグルに年間約200億ドルを支払っている。", [("revenue", "Apple", "Google", 20 * B, None)]),
    ("OpenAIはオラクルにクラウド利用料として年間300億ドルを支払う。", [("compute_commitment", "OpenAI", "Oracle", 30 * B, None)]),
    ("OpenAIはオラクルと、5年間で3000億ドルのクラウドコンピューティングの契約に署名しました。", [("compute_commitment", "OpenAI", "Oracle", 300 * B, "announced")]),
    ("米メタは米グーグルのクラウドを6年間で100億ドル超利用する契約を結んだ。", [("compute_commitment", "Meta", "Google", 10 * B, None)]),
    # -- lawsuits
    ("米ニューヨーク・タイムズは米マイクロソフトとOpenAIを著作権侵害で提訴した。",
     [("lawsuit", "New York Times", "Microsoft", None, None), ("lawsuit", "New York Times", "OpenAI", None, None)]),
    ("xAIはOpenAIを営業秘密の窃取で提訴し、損害賠償を求めた。", [("lawsuit", "xAI", "OpenAI", None, None)]),
    ("マスク氏はOpenAIとアルトマン氏を相手取り訴訟を起こした。", [("lawsuit", "Elon Musk", "OpenAI", None, None), ("lawsuit", "Elon Musk", "Sam Altman", None, None)]),
    ("米アンソロピックは作家らとの集団訴訟で15億ドルを支払って和解することで合意した。",  # round 14: the settlement
     [("lawsuit", None, "Anthropic", 1500 * M, None)]),
    # -- loans and credit lines
    ("米コアウィーブは米JPモルガン・チェースなどの銀行団から最大75億ドルの融資を受けた。", [("loan", "JPMorgan", "CoreWeave", 7500 * M, "up_to")]),
    ("xAIは30億ドルの融資枠を設定した。", [("loan", None, "xAI", 3 * B, None)]),
    ("三菱UFJ銀行はソフトバンクグループに1兆円を融資する。", [("loan", "MUFG", "SoftBank", 6622 * M, None)]),
    ("ソフトバンクグループは三井住友銀行などから約1兆円を借り入れた。", [("loan", "SMBC", "SoftBank", 6622 * M, None)]),
    ("OpenAIは銀行団から40億ドルの融資枠を確保した。", [("loan", None, "OpenAI", 4 * B, None)]),
    # -- acquisitions
    ("xAIは今年、X（旧ツイッター）を330億ドルで買収した。", [("acquisition", "xAI", "X Corp", 33 * B, None)]),
    ("ソフトバンクグループは英アームを約320億ドルで買収した。", [("acquisition", "SoftBank", "Arm", 32 * B, None)]),
    ("米エヌビディアによる英アームの買収計画は頓挫した。", [("acquisition", "Nvidia", "Arm", None, None)]),
    ("米セールスフォースがデータブリックスを買収するとの観測が浮上した。", [("acquisition", "Salesforce", "Databricks", None, "rumored")]),
    # -- receiving investment
    ("アンソロピックは、米アマゾン・ドット・コムと米グーグルの両社から巨額の出資を受けている。",
     [("investment", "Amazon", "Anthropic", None, None), ("investment", "Google", "Anthropic", None, None)]),
    ("サカナAIは米エヌビディアから出資を受けた。", [("investment", "Nvidia", "Sakana AI", None, None)]),
    ("ELYZAはKDDIから出資を受け入れた。", [("investment", "KDDI", "ELYZA", None, None)]),
    ("OpenAIはソフトバンクグループから300億ドルの出資を受ける。", [("investment", "SoftBank", "OpenAI", 30 * B, None)]),
    # -- machine-translated register
    ("マイクロソフトは、OpenAIに対して、追加の100億ドルを投資することを発表しました。", [("investment", "Microsoft", "OpenAI", 10 * B, "announced")]),
    ("アマゾンは、アンソロピックに対して、合計で80億ドルを投資しました。", [("investment", "Amazon", "Anthropic", 8 * B, None)]),
    ("エヌビディアは、xAIの資金調達ラウンドに参加しました。", [("investment", "Nvidia", "xAI", None, None)]),
    ("グーグルは、アンソロピックの株式の14%を所有しています。", [("stake", "Google", "Anthropic", None, None)]),
    # -- headline style
    ("ソフトバンクG、OpenAIに5億ドル出資", [("investment", "SoftBank", "OpenAI", 500 * M, None)]),
    ("米アマゾン、アンソロピックに40億ドル追加出資", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("米マイクロソフト、インフレクションAIの人材を獲得", []),
    # -- stakes and ventures
    ("米マイクロソフトはOpenAIの株式の約27%を保有する。", [("stake", "Microsoft", "OpenAI", None, None)]),
]

ROUND4_NEGATIVE = [
    "米エヌビディアの株価は5%上昇した。",
    "投資家はOpenAIの収益性に懸念を示している。",
    "OpenAIのアルトマンCEOは「資金は十分にある」と述べた。",
    "ソフトバンクグループの孫正義会長は記者会見でAIの将来について語った。",
    "米マイクロソフトの時価総額は3兆ドルを超えた。",
    "アナリストは、メタが過剰投資に陥る可能性を指摘した。",
    "米グーグルの売上高は前年同期比15%増えた。",
    "東京株式市場では半導体株が売られた。",
    "エヌビディアのGPUを搭載したサーバーの出荷が増えている。",
    "AIへの投資ブームはいつまで続くのか。",
    "OpenAIの利用者数は週4億人を超えた。",
    "ソフトバンクグループは日本経済新聞の取材に応じた。",
    "米インテルの経営再建は道半ばだ。",
    "KDDIはAIサービスの提供を始めた。",
    "同社は株主総会で新たな取締役を選任した。",
    "マスク氏はXへの投稿でOpenAIを批判した。",
    "米メタのザッカーバーグCEOは決算説明会でAIへの投資を続けると述べた。",
]
ROUND4 += [
    ("米オラクルはOpenAIと約3000億ドル規模のクラウド契約を結んだと報じられた。", [("compute_commitment", "OpenAI", "Oracle", 300 * B, "rumored")]),
    ("米マイクロソフトはネビウスと174億ドルのGPUインフラ提供契約を締結した。", [("compute_commitment", "Microsoft", "Nebius", 17400 * M, None)]),
    ("OpenAIはコアウィーブと総額119億ドルの契約を結んだ。", [("compute_commitment", "OpenAI", "CoreWeave", 11900 * M, None)]),
    ("米エヌビディアは日本政府から補助金を受け取った。", []),
    ("経済産業省はさくらインターネットに約500億円を助成する。", [("investment", "Japan METI", "Sakura Internet", 331 * M, None)]),
    ("経済産業省はKDDIに最大102億円を補助する。", [("investment", "Japan METI", "KDDI", 68 * M, "up_to")]),
    ("ソフトバンクグループは米アンペア・コンピューティングの買収を完了した。", [("acquisition", "SoftBank", "Ampere Computing", None, "completed")]),
    ("米マイクロソフトによるアクティビジョンの買収が完了した。", []),
    ("ソフトバンクグループは英アームの株式の約90%を保有している。", [("stake", "SoftBank", "Arm", None, None)]),
    ("米アマゾン・ドット・コムはアンソロピックへの出資額を80億ドルに引き上げた。", [("investment", "Amazon", "Anthropic", 8 * B, None)]),
    ("米グーグルはアンソロピックに10億ドルを追加投資することで合意したと伝えられている。", [("investment", "Google", "Anthropic", 1 * B, "rumored")]),
    ("米エヌビディアはOpenAIに最大1000億ドルを段階的に投資する。", [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("xAIは米エヌビディアからGPUを購入する。", [("purchase", "xAI", "Nvidia", None, None)]),
    ("OpenAIは米ブロードコムと半導体を共同開発し、100億ドル分を購入する。", [("purchase", "OpenAI", "Broadcom", 10 * B, None)]),
    ("米マイクロソフトはインフレクションAIに6億5000万ドルを支払い、技術のライセンスを受けた。", [("purchase", "Microsoft", "Inflection AI", 650 * M, None)]),
    ("ソフトバンクGはOpenAIへの出資を協議している。", [("investment", "SoftBank", "OpenAI", None, "rumored")]),
    ("米エヌビディアは米インテルの株式を50億ドルで取得する。", [("investment", "Nvidia", "Intel", 5 * B, None)]),
    ("OpenAIは米AMDから最大6ギガワット分のGPUを調達する契約を結んだ。", [("purchase", "OpenAI", "AMD", None, None)]),
    ("マスク氏はOpenAIの買収を提案したが、同社の取締役会は拒否した。",  # round 14: a rejected bid was made: proposed
     [("acquisition", "Elon Musk", "OpenAI", None, "proposed")]),
    ("米メタはスケールAIに143億ドルを出資し、株式の49%を取得した。",
     [("investment", "Meta", "Scale AI", 14300 * M, None), ("stake", "Meta", "Scale AI", 14300 * M, None)]),
    ("アマゾンは、アンソロピックに対して、さらに40億ドルを投資すると発表しました。", [("investment", "Amazon", "Anthropic", 4 * B, "announced")]),
    ("グーグルは、アンソロピックから、クラウドの利用料として数十億ドルを受け取る予定です。", []),
    ("米クアルコム、米インテルに買収を打診", [("acquisition", "Qualcomm", "Intel", None, None)]),
    ("ソフトバンクG、英アームを320億ドルで買収", [("acquisition", "SoftBank", "Arm", 32 * B, None)]),
    ("米マイクロソフト、OpenAIに100億ドル追加投資へ", [("investment", "Microsoft", "OpenAI", 10 * B, None)]),
]
ROUND4_NEGATIVE += [
    "OpenAIへの出資を巡る議論が続いている。",
    "米エヌビディアの決算発表を控え、投資家の関心が高まっている。",
    "マスク氏は記者団に対し、OpenAIについて語った。",
    "孫正義氏はソフトバンクグループの会長兼社長だ。",
    "ソフトバンクグループの株式時価総額は20兆円を超えた。",
]


# Families the rules do not read yet (strict: a fix makes these fail, then move them up).
KNOWN_GAPS = [
    # a payment to a neocloud under a contract without cloud words
    ("米マイクロソフトはコアウィーブに100億ドルを支払う契約を結んだ。", [("compute_commitment", "Microsoft", "CoreWeave", 10 * B, None)]),
]


def _close(a: int | None, b: int | None) -> bool:
    return a == b or (a is not None and b is not None and abs(a - b) <= 0.01 * b)


def check_near(text: str, expected: list[tuple]) -> None:
    """Like ``check`` but amounts within 1%: every expected claim is produced, and nothing else."""
    got = summary(extract(text, "ja"))
    for kind, src, tgt, usd, status in expected:
        assert any(g[:3] == (kind, src, tgt) and _close(g[3], usd) and status in (None, g[4]) for g in got), \
            f"missing {(kind, src, tgt, usd, status)} in {got}"
    assert len({g[:4] for g in got}) == len({e[:4] for e in expected}), f"unexpected claims: {got} (expected {expected})"


@pytest.mark.parametrize("text,expected", ROUND4, ids=[c[0][:24] for c in ROUND4])
def test_round4_sentence(text: str, expected: list[tuple]) -> None:
    check_near(text, expected)


@pytest.mark.parametrize("text", ROUND4_NEGATIVE, ids=[t[:24] for t in ROUND4_NEGATIVE])
def test_round4_non_claims(text: str) -> None:
    assert extract(text, "ja") == []


@pytest.mark.xfail(strict=True, reason="known gap of rules.v1 (see KNOWN_GAPS)")
@pytest.mark.parametrize("text,expected", KNOWN_GAPS, ids=[c[0][:24] for c in KNOWN_GAPS])
def test_round4_known_gaps(text: str, expected: list[tuple]) -> None:
    check_near(text, expected)


def test_round4_articles_score() -> None:
    """Own short articles with gold (written before tuning): precision and recall stay high."""
    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    report = evaluate([ROUND4_DIR], create_extractor("rules.v1"))
    ja = report.counts(lang="ja")
    assert ja.precision >= 0.9 and ja.recall >= 0.8, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 5, control deals (acquisitions, stakes, lawsuits) and Japanese precision ----------------

CONTROL_DIR = Path(__file__).resolve().parent / "fixtures" / "extract" / "control_round5"
CONTROL_R5 = [
    ("米グーグルは米ウィズを320億ドルで買収すると発表した。", [("acquisition", "Google", "Wiz", 32 * B, "announced")]),
    ("ソフトバンクグループはアンペア・コンピューティングの買収を完了した。",
     [("acquisition", "SoftBank", "Ampere Computing", None, "completed")]),
    ("ソフトバンクグループは米アンペア・コンピューティングを完全子会社化した。",
     [("acquisition", "SoftBank", "Ampere Computing", None, None)]),
    ("ソフトバンクグループは英アームの株式の90%を保有している。", [("stake", "SoftBank", "Arm", None, None)]),
    ("米マイクロソフトのOpenAIへの出資比率は27%に低下した。", [("stake", "Microsoft", "OpenAI", None, None)]),
    ("米ニューヨーク・タイムズはOpenAIを提訴した。", [("lawsuit", "New York Times", "OpenAI", None, None)]),
    ("米司法省は、米グーグルを反トラスト法違反の疑いで提訴した。", [("lawsuit", "Department of Justice", "Google", None, None)]),
    # the subject acquires, not the company whose shares it sold first
    ("ソフトバンクグループは、米エヌビディアの株式を売却し、その資金で英グラフコアを買収した。",
     [("acquisition", "SoftBank", "Graphcore", None, None)]),
    ("米エヌビディアは英アームを400億ドルで買収する計画を断念した。", [("acquisition", "Nvidia", "Arm", 40 * B, "denied")]),
]
# Common news structures that name companies without a deal between them: no claim.
CONTROL_R5_NEGATIVE = [
    "OpenAIの買収を巡る報道について、マイクロソフトはコメントを控えた。",
    "KDDIの高橋社長は、楽天グループとの提携について「買収は考えていない」と述べた。",
    "ソフトバンクグループは、米エヌビディアの株式を売却した。",
    "英アームの買収で知られるソフトバンクグループは、AIへの投資を拡大している。",
    "米エヌビディアとの訴訟で、米アップルは敗訴した。",
    "ソフトバンクグループの孫正義会長兼社長は、アームの株式を担保にした融資について説明した。",
    "米アップル出身の技術者が設立した新興企業が注目を集めている。",
    "東京に本社を置くソフトバンクグループの孫正義会長は、OpenAIへの期待を語った。",
    "米エヌビディアのフアンCEOは、ソフトバンクグループの孫会長と会談した。",
    "米マイクロソフト傘下のリンクトインは、新機能を発表した。",
    "ソフトバンクグループ傘下の英アームは、新しいチップを発表した。",
    "筆頭株主のソフトバンクグループは、新たな方針を示した。",
    "米アップルの株式を保有する投資家の間で、懸念が広がっている。",
    "米インテルの買収に関心を示す企業は少ない。",
    "米マイクロソフトは、ニューヨーク・タイムズの訴訟について反論した。",
    # round 9: "米アマゾンや米グーグルが出資するアンソロピック" now gives the describers' investments (JARECALL2_R9)
]


@pytest.mark.parametrize("text,expected", CONTROL_R5, ids=[c[0][:24] for c in CONTROL_R5])
def test_control_round5_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", CONTROL_R5_NEGATIVE, ids=[t[:24] for t in CONTROL_R5_NEGATIVE])
def test_control_round5_non_claims(text: str) -> None:
    assert extract(text, "ja") == []


def test_control_round5_articles_score() -> None:
    """Own articles on acquisitions, stakes and lawsuits (en/zh/ja, written before tuning)."""
    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    report = evaluate([CONTROL_DIR], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.85 and overall.recall >= 0.8, report.as_dict()["misses"] + report.as_dict()["false"]
    assert report.counts(lang="ja").precision >= 0.85


# -- round 5, area "flows": purchases, orders, loans, compute commitments, revenue -----------------
FLOWS_R5 = [
    ("楽天は米デル・テクノロジーズにAIサーバーを発注した。", [("purchase", "Rakuten", "Dell", None, None)]),
    ("鴻海精密工業は米マイクロソフトからAIサーバーを受注した。", [("purchase", "Microsoft", "Foxconn", None, None)]),
    ("ソフトバンクは米エヌビディア製のGPUを5億ドルで購入した。", [("purchase", "SoftBank", "Nvidia", 500 * M, None)]),
    ("ソフトバンクグループは社債を発行し、約30億ドルを調達した。", [("loan", None, "SoftBank", 3 * B, None)]),
    ("さくらインターネットは三井住友銀行から5億ドルを借り入れた。", [("loan", "SMBC", "Sakura Internet", 500 * M, None)]),
    ("米コアウィーブにとって米マイクロソフトは最大の顧客で、売上高の62%を占める。",
     [("revenue", "Microsoft", "CoreWeave", None, None)]),
    ("米メタは米グーグルとクラウド利用契約を結んだ。契約額は100億ドルを超える。",
     [("compute_commitment", "Meta", "Google", 10 * B, None)]),
]

FLOWS_R5_NEGATIVE = ["エヌビディアの売上高は前年同期比で2倍に増えた。", "同社は受注残高が過去最高になったと発表した。"]


@pytest.mark.parametrize("text,expected", FLOWS_R5, ids=[c[0][:24] for c in FLOWS_R5])
def test_flows_round5_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", FLOWS_R5_NEGATIVE)
def test_flows_round5_non_claims(text: str) -> None:
    assert extract(text, "ja") == []


# -- round 5, status: the verb form after the trigger and cues (status.py; own sentences) --------
STATUS_R5 = [
    # completed: 〜した / 〜してきた / 〜している / 〜を完了した / これまでに / a past year
    ("ソフトバンクグループは12月、OpenAIへの225億ドルの追加出資を完了した。", ("investment", "SoftBank", "OpenAI"), "completed"),
    ("マイクロソフトはこれまでにOpenAIへ計130億ドルを投じた。", ("investment", "Microsoft", "OpenAI"), "completed"),
    ("マイクロソフトはOpenAIに2019年から累計で130億ドルを出資してきた。", ("investment", "Microsoft", "OpenAI"), "reported"),  # round 24: a total
    ("ソフトバンクGは8月に米インテルに20億ドルを出資している。", ("investment", "SoftBank", "Intel"), "completed"),
    ("xAIは昨年12月、シリーズCで60億ドルを調達した。", ("investment", None, "xAI"), "completed"),
    ("Sakana AIはシリーズBで約200億円を集めた。", ("investment", None, "Sakana AI"), "completed"),
    ("英アームは2016年、ソフトバンクGに約320億ドルで買収された。", ("acquisition", "SoftBank", "Arm"), "completed"),
    ("KDDIは米エヌビディアのGPUを1000億円で購入した。", ("purchase", "KDDI", "Nvidia"), "completed"),
    ("経済産業省はさくらインターネットに68億円を助成した。", ("investment", "Japan METI", "Sakura Internet"), "completed"),
    ("アマゾンはアンソロピックに合計80億ドルを出資しました。", ("investment", "Amazon", "Anthropic"), "reported"),  # round 24: a total
    ("グーグルは2023年にアンソロピックへ20億ドルを出資した。", ("investment", "Google", "Anthropic"), "completed"),
    ("エヌビディアは10月にノキアに10億ドルを出資した。", ("investment", "Nvidia", "Nokia"), "completed"),
    ("ソフトバンクGは2016年に約320億ドルで英アームを買収し、半導体事業に参入した。", ("acquisition", "SoftBank", "Arm"), "completed"),
    ("アマゾンはインディアナ州のデータセンターに110億ドルを投資しました。", ("investment", "Amazon", None), "completed"),
    # announced: 〜すると発表 / 合意 / 〜する予定 / 〜へ; commitments, suits and ventures
    ("米アマゾンは、アンソロピックに40億ドルを追加出資すると発表した。", ("investment", "Amazon", "Anthropic"), "announced"),
    ("グーグルはアンソロピックに20億ドルを出資することで合意した。", ("investment", "Google", "Anthropic"), "announced"),
    ("ソフトバンクGは米アンペア・コンピューティングを65億ドルで買収すると発表していた。",
     ("acquisition", "SoftBank", "Ampere Computing"), "announced"),
    ("ソフトバンクGは12月にOpenAIへ225億ドルを払い込む予定だ。", ("investment", "SoftBank", "OpenAI"), "announced"),
    ("米オラクルはOpenAIと3000億ドル規模のクラウド契約を結んだ。", ("compute_commitment", "OpenAI", "Oracle"), "announced"),
    ("xAIは9月、OpenAIを提訴した。", ("lawsuit", "xAI", "OpenAI"), "announced"),
    ("マイクロソフトは今後2年間で日本に4400億円を投じると発表した。", ("investment", "Microsoft", None), "announced"),
    ("AWSは2030年までに日本のデータセンターに3兆円を投資する計画を公表した。", ("investment", "Amazon", None), "announced"),
    ("OpenAIはマイクロソフトのAzureを2500億ドル分購入することを約束した。", ("compute_commitment", "OpenAI", "Microsoft"), "announced"),
    ("ソフトバンクG、OpenAIに400億ドル出資へ", ("investment", "SoftBank", "OpenAI"), "announced"),
    ("エヌビディアはインテルに50億ドルを出資する。", ("investment", "Nvidia", "Intel"), "announced"),
    # proposed: 検討 / 計画だ / 方針 / 提案
    ("グーグルは今年、データセンターへ約750億ドルを投じる方針だ。", ("investment", "Google", None), "proposed"),
    ("ソフトバンクGはスケールAIへの出資を検討している。", ("investment", "SoftBank", "Scale AI"), "proposed"),
    ("アマゾンは国内のクラウド基盤に2兆円を投資する計画だ。", ("investment", "Amazon", None), "proposed"),
    ("テスラの株主総会では、xAIへの出資を求める株主提案が審議される。", ("investment", "Tesla", "xAI"), "proposed"),
    # rumored: 関係者によると / 報じた / 協議中 / a headline ending in 〜か (above up_to)
    ("関係者によると、ソフトバンクGはOpenAIへの100億ドルの追加出資を協議している。", ("investment", "SoftBank", "OpenAI"), "rumored"),
    ("米ブルームバーグ通信は、xAIが約200億ドルの資金調達を計画していると報じた。", ("investment", None, "xAI"), "rumored"),
    ("関係者によると、エヌビディアはxAIに最大20億ドルを出資する可能性がある。", ("investment", "Nvidia", "xAI"), "rumored"),
    ("ソフトバンクG、OpenAIに300億ドル出資か", ("investment", "SoftBank", "OpenAI"), "rumored"),
    ("ソフトバンクは、OpenAIに対して、最大で300億ドルを投資することを検討していると報じられています。",
     ("investment", "SoftBank", "OpenAI"), "rumored"),
    ("OpenAI、企業価値5000億ドルで株式売却か", ("valuation", None, "OpenAI"), "rumored"),
    # up_to
    ("エヌビディアはOpenAIに最大1000億ドルを投資する。", ("investment", "Nvidia", "OpenAI"), "up_to"),
    # denied
    ("マスク氏はxAIが100億ドルを調達しているとの報道を否定した。", ("investment", None, "xAI"), "denied"),
    # reported: standing facts, figures from filings or estimates
    ("エヌビディアはコアウィーブの株式の約7%を保有している。", ("stake", "Nvidia", "CoreWeave"), "reported"),
    ("有価証券報告書によると、ソフトバンクGはOpenAIに300億ドルを出資した。", ("investment", "SoftBank", "OpenAI"), "reported"),
    ("調査会社の推計では、テンセントはエヌビディアのGPUを23万個購入した。", ("purchase", "Tencent", "Nvidia"), "reported"),
    ("OpenAIの企業価値は5000億ドルとされる。", ("valuation", None, "OpenAI"), "rumored"),
]


@pytest.mark.parametrize("text,triple,status", STATUS_R5, ids=[c[0][:24] for c in STATUS_R5])
def test_status_round5(text: str, triple: tuple, status: str) -> None:
    claims = extract(text, "ja", published="2025-06-20")
    got = {c.status for c in claims if (c.kind, c.source, c.target) == triple}
    assert got == {status}, [(c.kind, c.source, c.target, c.status) for c in claims]


# -- round 6, area "lists": every party of an investor list or lender syndicate, and the round -------
LISTS_R6 = [
    ("ELYZAは15日、約30億円を調達したと発表した。出資者はKDDI、NEC、三井物産など。",
     [("investment", None, "ELYZA", 19807210, None), ("investment", "KDDI", "ELYZA", None, None),
      ("investment", "NEC", "ELYZA", None, None), ("investment", "Mitsui & Co.", "ELYZA", None, None)]),
    ("楽天グループは銀行団から2000億円を借り入れた。融資団にはみずほ銀行と三井住友銀行も加わった。",
     [("loan", None, "Rakuten", 1320480655, None), ("loan", "Mizuho", "Rakuten", None, None),
      ("loan", "SMBC", "Rakuten", None, None)]),
    ("プリファードネットワークスにはトヨタやハルカ精機、NTTなどが出資している。",
     [("investment", "Toyota", "Preferred Networks", None, None), ("investment", "NTT", "Preferred Networks", None, None)]),
]


@pytest.mark.parametrize("text,expected", LISTS_R6, ids=[c[0][:20] for c in LISTS_R6])
def test_lists_round6_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_lists_round6_list_takes_the_round_status() -> None:
    """The investors listed after a round share its status and date."""
    claims = extract("ELYZAは15日、約30億円を調達したと発表した。出資者はKDDI、NECなど。", "ja", published="2025-03-20")
    assert len(claims) == 3 and len({(c.status, c.date) for c in claims}) == 1, [(c.source, c.status, c.date) for c in claims]
    assert claims[0].status == "completed"  # round 24: 調達したと発表した is a done round


# -- round 6, negation: explicit non-deals are kept as denied; an opening 同社は carries the subject ----
NEGATION_R6 = [
    ("アップルはOpenAIに出資していない。", [("investment", "Apple", "OpenAI", None, "denied")]),
    ("米アップルはOpenAIに出資していない。", [("investment", "Apple", "OpenAI", None, "denied")]),
    ("富士通はサカナAIに出資していないと説明した。", [("investment", "Fujitsu", "Sakana AI", None, "denied")]),
    ("NECはOpenAIへの出資を見送った。", [("investment", "NEC", "OpenAI", None, "denied")]),
    ("ELYZAは当面、新たな資金調達の予定はないとしている。", [("investment", None, "ELYZA", None, "denied")]),
    ("日立製作所はルネサスエレクトロニクスの買収を否定した。", [("acquisition", "Hitachi", "Renesas", None, "denied")]),
    ("ソフトバンクグループはOpenAIに300億ドルを出資した。同社はさらに米アンペアを65億ドルで買収した。",
     [("investment", "SoftBank", "OpenAI", 30 * B, "completed"),
      ("acquisition", "SoftBank", "Ampere Computing", 6500 * M, "completed")]),
]

NEGATION_R6_NONE = [
    "同社は資金調達を急いでいない。",
    "国内の新興企業への出資は増えていない。",
]


@pytest.mark.parametrize("text,expected", NEGATION_R6, ids=[c[0][:20] for c in NEGATION_R6])
def test_negation_round6_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", NEGATION_R6_NONE)
def test_negation_round6_non_claims(text: str) -> None:
    assert extract(text, "ja") == []


# -- round 6, area "verbs": money idioms and memberships (own sentences) --------------------------
VERBS_R6 = [
    ("米マイクロソフトは2024年、仏ミストラルAIに1500万ユーロを出した。",
     [("investment", "Microsoft", "Mistral AI", 16_235_523, None)]),
    ("マイクロソフトはOpenAIに累計約130億ドルを投じてきた。", [("investment", "Microsoft", "OpenAI", 13 * B, "reported")]),  # round 24
    ("アマゾンはアンソロピックに40億ドルを追加出資した。", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("エヌビディアはxAIに資金を投入した。", [("investment", "Nvidia", "xAI", None, None)]),
    ("三菱UFJ銀行もSakana AIに資金を拠出した。", [("investment", "MUFG", "Sakana AI", None, None)]),
    # memberships
    ("ソフトバンクグループはOpenAIの大株主の一つだ。", [("stake", "SoftBank", "OpenAI", None, "reported")]),
    ("エヌビディアはSakana AIの株主でもある。", [("stake", "Nvidia", "Sakana AI", None, "reported")]),
    ("xAIにはAMDも出資している。", [("investment", "AMD", "xAI", None, None)]),
    # a holding is no price for the money of the next sentence
    ("ソフトバンクグループはOpenAIの大株主だ。同社はOpenAIに最大400億ドルを拠出する。",
     [("stake", "SoftBank", "OpenAI", None, None), ("investment", "SoftBank", "OpenAI", 40 * B, "up_to")]),
    # chips in use and supply ties: purchase buyer -> seller
    ("さくらインターネットは米エヌビディア製GPUを採用した。", [("purchase", "Sakura Internet", "Nvidia", None, "reported")]),
    ("SKハイニックスはエヌビディアにとってHBMの主要サプライヤーだ。", [("purchase", "Nvidia", "SK Hynix", None, "reported")]),
]

VERBS_R6_NEGATIVE = [
    "同社は新製品を市場に投入した。",
    "同社は結論を出した。",
    "同社はGPUを採用した。",
]


@pytest.mark.parametrize("text,expected", VERBS_R6, ids=[c[0][:20] for c in VERBS_R6])
def test_verbs_round6_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", VERBS_R6_NEGATIVE)
def test_verbs_round6_non_claims(text: str) -> None:
    assert extract(text, "ja") == []


def test_verbs_round6_articles_score() -> None:
    """Own articles on money idioms and memberships (en, zh, ja; written before tuning: F1 0.49, P 0.76, R 0.36)."""
    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "verbs_round6"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.9 and overall.recall >= 0.9, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 7, area "money2": debt carried, revenue shares, chips procured, no money between -----------
MONEY2_R7 = [
    ("CoreWeaveは約80億ドルの借入金を抱えている。", [("loan", None, "CoreWeave", 8 * B, "reported")]),
    ("OpenAIはマイクロソフトに売上高の20%を支払う。", [("revenue", "OpenAI", "Microsoft", None, "reported")]),
    ("CoreWeaveの売上高の62%をマイクロソフトが占める。", [("revenue", "Microsoft", "CoreWeave", None, "reported")]),
    ("マイクロソフトはCoreWeaveの売上高の62%を占める。", [("revenue", "Microsoft", "CoreWeave", None, "reported")]),
    ("xAIはエヌビディアからGPU10万個を調達した。", [("purchase", "xAI", "Nvidia", None, None)]),
    ("アップルとOpenAIの提携では、両社の間で金銭のやり取りはない。", [("revenue", "Apple", "OpenAI", None, "denied")]),
]


@pytest.mark.parametrize("text,expected", MONEY2_R7, ids=[c[0][:20] for c in MONEY2_R7])
def test_money2_round7_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 7, area "jastruct": the topic acts; describers, executives and purposes are no party ---
JASTRUCT_R7 = [
    # the topic raises; a leader inside a relative clause or "Y主導で" invests without the round's amount
    ("SSIは4月、米グーグル主導で20億ドルを調達し、企業価値は320億ドルに達した。",
     [("investment", None, "SSI", 2 * B, None), ("investment", "Google", "SSI", None, None),
      ("valuation", None, "SSI", 32 * B, None)]),
    ("アンソロピックは3月、ライトスピードが主導するシリーズEで35億ドルを調達した。",
     [("investment", None, "Anthropic", 3500 * M, None), ("investment", "Lightspeed Venture Partners", "Anthropic", None, None)]),
    ("2025年1月、ELYZAはKDDIが主導する第三者割当増資で約50億円を調達した。",
     [("investment", None, "ELYZA", 33012016, None), ("investment", "KDDI", "ELYZA", None, None)]),
    ("OpenAIは10月、ソフトバンクグループ主導のラウンドで66億ドルを調達、企業価値は1570億ドルとなった。",
     [("investment", None, "OpenAI", 6600 * M, None), ("investment", "SoftBank", "OpenAI", None, None),
      ("valuation", None, "OpenAI", 157 * B, None)]),
    ("パープレキシティは、ソフトバンクのビジョン・ファンド2が主導する投資ラウンドで5億ドルを調達したと発表した。",
     [("investment", None, "Perplexity", 500 * M, "completed"), ("investment", "SoftBank", "Perplexity", None, None)]),  # round 24
    ("xAIは、米エヌビディアやAMDが参加したラウンドで60億ドルを集めた。",
     [("investment", None, "xAI", 6 * B, None), ("investment", "Nvidia", "xAI", None, None), ("investment", "AMD", "xAI", None, None)]),
    ("ミストラルAIは9月、オランダのASMLが主導する資金調達で17億ユーロを確保し、評価額は117億ユーロとなった。",
     [("investment", None, "Mistral AI", 1840025977, None), ("investment", "ASML", "Mistral AI", None, None),
      ("valuation", None, "Mistral AI", 12663708194, None)]),
    ("コアウィーブは5月、ブラックストーン主導で75億ドルの融資枠を確保した。",
     [("loan", None, "CoreWeave", 7500 * M, None), ("loan", "Blackstone", "CoreWeave", None, None)]),
    # describers before the head noun: only the head raises
    ("元OpenAIの最高技術責任者ミラ・ムラティ氏が創業したシンキング・マシーンズ・ラボは、20億ドルを調達した。",
     [("investment", None, "Thinking Machines", 2 * B, None)]),
    ("アマゾンが支援するアンソロピックは、グーグルから20億ドルの出資を受けた。", [("investment", "Google", "Anthropic", 2 * B, None)]),
    ("エヌビディアの出資先であるコアウィーブは、新たな提携を発表した。", [("investment", "Nvidia", "CoreWeave", None, "reported")]),
    # an executive speaks for the company before the title; an unknown company gives no guess
    ("OpenAIのサム・アルトマンCEOによると、同社はオラクルと3000億ドルの契約を結んだ。",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    ("米エヌビディアのジェンスン・フアンCEOは、同社がOpenAIに最大1000億ドルを投資すると語った。",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("グーグルのスンダー・ピチャイCEOは「インドに150億ドルを投じる」と語った。", [("investment", "Google", None, 15 * B, None)]),
    # 同社 stands for the previous topic
    ("OpenAIはマイクロソフトとの契約を見直した。同社はオラクルとも3000億ドルの契約を結んだ。",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    # the owner of a plant receives; one claim per listed amount
    ("経済産業省はTSMCの熊本工場に最大4760億円を助成する。", [("investment", "Japan METI", "TSMC", 3142743959, "up_to")]),
    ("経済産業省はTSMCの熊本第1工場に最大4760億円、第2工場に最大7320億円を補助する。",
     [("investment", "Japan METI", "TSMC", 3142743959, "up_to"), ("investment", "Japan METI", "TSMC", 4832959197, "up_to")]),
    # "X向け" is a purpose: the issuer borrows
    ("オラクルは、OpenAI向けのデータセンター建設のため180億ドルの社債を発行した。", [("loan", None, "Oracle", 18 * B, None)]),
]

JASTRUCT_R7_NONE = [
    "ミナト電機の山田太郎社長は、今年の設備投資が最大650億ドルに達すると述べた。",  # company unknown: no person as investor
    "同社はOpenAIの共同創業者イリヤ・サツケバー氏が2024年に設立した。",
]


@pytest.mark.parametrize("text,expected", JASTRUCT_R7, ids=[c[0][:20] for c in JASTRUCT_R7])
def test_jastruct_round7_sentence(text: str, expected: list[tuple]) -> None:
    check_near(text, expected)


@pytest.mark.parametrize("text", JASTRUCT_R7_NONE, ids=[t[:20] for t in JASTRUCT_R7_NONE])
def test_jastruct_round7_non_claims(text: str) -> None:
    assert extract(text, "ja") == []


def test_jastruct_round7_articles_score() -> None:
    """Own articles on Japanese sentence structure (written before tuning: F1 0.05, P 0.06, R 0.04)."""
    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "jastruct_round7"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.9 and overall.recall >= 0.75, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 8, area "jaamounts": amounts for each recipient, payments, sums demanded, record rounds --------
JAAMOUNTS_R8 = [
    ("経済産業省はラピダスに最大5900億円を支援する。", [("investment", "Japan METI", "Rapidus", 3895417932, "up_to")]),
    ("経済産業省はラピダスに対し、追加で最大8025億円を支援すると発表した。",
     [("investment", "Japan METI", "Rapidus", 5298428628, "up_to")]),
    # each amount goes to the party named right before it
    ("経済産業省はラピダスに最大5900億円、TSMCの熊本工場に最大7320億円を補助する。",
     [("investment", "Japan METI", "Rapidus", 3895417932, "up_to"), ("investment", "Japan METI", "TSMC", 4832959197, "up_to")]),
    ("経済産業省は、ラピダスに最大5900億円、TSMCに最大7320億円をそれぞれ助成する。",
     [("investment", "Japan METI", "Rapidus", 3895417932, "up_to"), ("investment", "Japan METI", "TSMC", 4832959197, "up_to")]),
    # a payment between two named companies is revenue payer -> earner
    ("グーグルはアップルに2022年だけで約200億ドルを支払っていた。", [("revenue", "Google", "Apple", 20 * B, None)]),
    ("アップルは年間約10億ドルをグーグルに支払う。", [("revenue", "Apple", "Google", 1 * B, None)]),
    # the sum demanded sizes each plaintiff's suit
    ("日本経済新聞社と朝日新聞社はパープレキシティを提訴し、それぞれ22億円の支払いを求めた。",
     [("lawsuit", "Nikkei", "Perplexity", 14525287, None), ("lawsuit", "Asahi Shimbun", "Perplexity", 14525287, None)]),
    ("日本経済新聞社はパープレキシティを提訴し、22億円（約1500万ドル）の支払いを求めた。",
     [("lawsuit", "Nikkei", "Perplexity", 15 * M, None)]),
    ("読売新聞社は、パープレキシティに対し、22億円（約1500万ドル）の損害賠償を求める訴訟を東京地裁に起こした。",
     [("lawsuit", "Yomiuri Shimbun", "Perplexity", 15 * M, None)]),
    # "the largest ever" is a record, not a ceiling
    ("セーフ・スーパーインテリジェンスはシードラウンドとしては過去最大となる20億ドルを調達した。",
     [("investment", None, "SSI", 2 * B, "completed")]),
    ("アルファベットは2025年に約750億ドルの設備投資を行うと発表した。", [("investment", "Google", None, 75 * B, "announced")]),
    ("アップルは今後4年間で米国に5000億ドル以上を投資すると表明した。", [("investment", "Apple", None, 500 * B, "announced")]),
    ("コアウィーブはシリーズDで4億8000万ドル（約720億円）を調達し、エヌビディアも出資者に名を連ねた。",
     [("investment", None, "CoreWeave", 480 * M, None), ("investment", "Nvidia", "CoreWeave", None, None)]),
    ("xAIは60億ドルを調達し、企業価値は240億ドルと評価された。",
     [("investment", None, "xAI", 6 * B, None), ("valuation", None, "xAI", 24 * B, None)]),
]

JAAMOUNTS_R8_NONE = [
    "グーグルは欧州委員会に約40億ユーロの制裁金を支払った。",  # a fine, not revenue
    "アップルはグーグルとの和解で5億ドルを支払った。",  # a settlement
    "アマゾンが支援するアンソロピックは新モデルを公開した。",  # support without a sum is no trigger
]


@pytest.mark.parametrize("text,expected", JAAMOUNTS_R8, ids=[c[0][:20] for c in JAAMOUNTS_R8])
def test_jaamounts_round8_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", JAAMOUNTS_R8_NONE, ids=[t[:20] for t in JAAMOUNTS_R8_NONE])
def test_jaamounts_round8_non_claims(text: str) -> None:
    assert extract(text, "ja") == []


def test_jaamounts_round8_articles_score() -> None:
    """Own articles on Japanese amounts (before this round's rules: P 0.93, R 0.87)."""
    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "jaamounts_round8"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.9 and overall.recall >= 0.9, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 9, area "jarecall2": sums and valuations in the next sentence, continuative clauses, revised
# plans, describers marked as modifiers ("Yが出資するZ") --------------------------------------------------
JARECALL2_R9 = [
    # a sum noun opening the next sentence sizes the previous sentence's deal
    ("ソフトバンクはOpenAIへの追加出資を決めた。総額は最大で300億ドルとなる。",
     [("investment", "SoftBank", "OpenAI", 30 * B, "up_to")]),
    ("グーグルはWizを買収することで合意した。その総額は約320億ドルに上る。", [("acquisition", "Google", "Wiz", 32 * B, None)]),
    ("アマゾンはAnthropicへの出資を拡大すると発表した。金額は40億ドルだ。", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("エヌビディアはxAIに出資した。総額は明らかにしていない。", [("investment", "Nvidia", "xAI", None, "completed")]),
    # a valuation naming no company values the company that raised just before
    ("Sakana AIはシリーズBで約200億円を調達した。企業価値は約4000億円と評価された。",
     [("investment", None, "Sakana AI", 132048065, None), ("valuation", None, "Sakana AI", 2640961310, None)]),
    ("ミストラルAIは6億ユーロを調達した。評価額は約60億ドルとなった。",
     [("investment", None, "Mistral AI", 649420933, None), ("valuation", None, "Mistral AI", 6 * B, None)]),
    ("アンソロピックはグーグルなどから40億ドルを調達し、新モデルを公開した。企業価値は615億ドルに達した。",
     [("investment", "Google", "Anthropic", 4 * B, "completed"), ("valuation", None, "Anthropic", 61500 * M, None)]),
    # a continuative clause (〜し、〜して) takes the tense of the sentence's last verb
    ("ソフトバンクはOpenAIに100億ドルを出資し、筆頭株主となった。", [("investment", "SoftBank", "OpenAI", 10 * B, "completed")]),
    ("アマゾンはAnthropicに40億ドルを投資して、関係を強化した。", [("investment", "Amazon", "Anthropic", 4 * B, "completed")]),
    ("マイクロソフトはOpenAIに10億ドルを出資し、独占的な提携関係を築いている。",
     [("investment", "Microsoft", "OpenAI", 1 * B, "completed")]),
    ("ソフトバンクはOpenAIに100億ドルを出資し、新会社を設立する予定だ。", [("investment", "SoftBank", "OpenAI", 10 * B, "announced")]),
    ("アマゾンはAnthropicに40億ドルを投資し、提携を深めると発表した。", [("investment", "Amazon", "Anthropic", 4 * B, "announced")]),
    # a revised plan: the new figure (before に引き上げ/増やす) is the claim's
    ("メタは2025年の設備投資計画を600億ドルから650億ドルに引き上げた。", [("investment", "Meta", None, 65 * B, None)]),
    ("マイクロソフトはデータセンター投資を800億ドルから900億ドルに増やすと発表した。", [("investment", "Microsoft", None, 90 * B, None)]),
    ("グーグルは設備投資の見通しを750億ドルから850億ドルへ上方修正した。", [("investment", "Google", None, 85 * B, None)]),
    ("ソフトバンクはOpenAIへの出資額を300億ドルから225億ドルに減額した。", [("investment", "SoftBank", "OpenAI", 22500 * M, None)]),
    # "Yが出資するZ": Y (marked as a modifier) has invested in Z
    ("OpenAIが出資する米ハギングフェイスは、2億3500万ドルを調達した。", [("investment", None, "Hugging Face", 235 * M, None),
                                                              ("investment", "OpenAI", "Hugging Face", None, "reported")]),
    ("米アマゾンや米グーグルが出資するアンソロピックは、作家らに15億ドルを支払うことで和解した。",  # round 14: + the settlement
     [("investment", "Amazon", "Anthropic", None, "reported"), ("investment", "Google", "Anthropic", None, "reported"),
      ("lawsuit", None, "Anthropic", 1500 * M, None)]),
    ("トヨタが出資するプリファードネットワークスは、KDDIと資本業務提携を結んだ。",
     [("investment", "Toyota", "Preferred Networks", None, "reported")]),
    ("ソフトバンクグループが出資する英アームは好調だ。", [("investment", "SoftBank", "Arm", None, "reported")]),
    ("ソフトバンクやトヨタが出資するラピダスは、新工場を公開した。",
     [("investment", "SoftBank", "Rapidus", None, "reported"), ("investment", "Toyota", "Rapidus", None, "reported")]),
]

JARECALL2_R9_NONE = [
    "マイクロソフトが支援するOpenAIは新モデルを発表した。",  # support without money: no trigger
    "ソフトバンクが出資を検討するOpenAIは新モデルを発表した。",
    "PFNは新たに資金を集めた。時価総額は3000億円だった。",  # market value is no claim
    "総額は300億ドルに上る見通しだ。",  # a sum with no deal before it
]


@pytest.mark.parametrize("text,expected", JARECALL2_R9, ids=[c[0][:20] for c in JARECALL2_R9])
def test_jarecall2_round9_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", JARECALL2_R9_NONE, ids=[t[:20] for t in JARECALL2_R9_NONE])
def test_jarecall2_round9_non_claims(text: str) -> None:
    assert extract(text, "ja") == []


# -- round 10, area "unblock": claims the shared checks dropped (no amount, no named investor) ----------------
UNBLOCK_ROUND10 = [
    ("マイクロソフトはエヌビディアの最大顧客だ。", [("revenue", "Microsoft", "Nvidia", None, "reported")]),
    ("エヌビディアにとって最大の顧客はマイクロソフトだ。", [("revenue", "Microsoft", "Nvidia", None, "reported")]),
    ("コアウィーブの最大顧客はマイクロソフトである。", [("revenue", "Microsoft", "CoreWeave", None, "reported")]),
    ("マイクロソフトはコアウィーブにとって最大の顧客となっている。", [("revenue", "Microsoft", "CoreWeave", None, "reported")]),
    ("xAIは複数の政府系ファンドから出資を受け入れた。", [("investment", None, "xAI", None, None)]),
    ("ソフトバンクはOpenAIに300億ドルを出資した。同グループはさらに別の案件も検討している。",
     [("investment", "SoftBank", "OpenAI", 30 * B, None)]),
]
UNBLOCK_ROUND10_NON_CLAIMS = [
    "マイクロソフトの顧客は世界中にいる。",
    "主要顧客の動向に注目が集まる。",
]


@pytest.mark.parametrize("text,expected", UNBLOCK_ROUND10, ids=[c[0][:20] for c in UNBLOCK_ROUND10])
def test_unblock_round10_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", UNBLOCK_ROUND10_NON_CLAIMS)
def test_unblock_round10_non_claims(text: str) -> None:
    assert extract(text, "ja") == []


# Round 13, area "cjkfollowups": a holder's ratio or lenders stated in the sentence after the deal.
CJKFOLLOWUPS_ROUND13 = [
    ("ソフトバンクはOpenAIに400億ドルを出資する。取引完了後、ソフトバンクの出資比率は約11%となる。",
     [("investment", "SoftBank", "OpenAI", 40 * B, "announced"), ("stake", "SoftBank", "OpenAI", None, "announced")]),
    ("xAIは50億ドルの融資を受けた。融資には三菱UFJ銀行、三井住友銀行、みずほ銀行が参加した。",
     [("loan", None, "xAI", 5 * B, "completed"), ("loan", "MUFG", "xAI", None, "completed"),
      ("loan", "SMBC", "xAI", None, "completed"), ("loan", "Mizuho", "xAI", None, "completed")]),
]


@pytest.mark.parametrize("text,expected", CJKFOLLOWUPS_ROUND13, ids=[c[0][:20] for c in CJKFOLLOWUPS_ROUND13])
def test_cjkfollowups_round13_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# round 14, area "corporate": a settlement is a lawsuit against the payer (own sentences)
CORPORATE_R14 = [
    ("米グーグルはプライバシー訴訟で14億ドルを支払うことで和解した。", [("lawsuit", None, "Google", 1400 * M, None)]),
    ("米メタは、利用者による集団訴訟で7億2500万ドルを支払って和解した。", [("lawsuit", None, "Meta", 725 * M, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CORPORATE_R14, ids=[c[0][:20] for c in CORPORATE_R14])
def test_corporate_round14_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_corporate_round14_settlement_keeps_no_earlier_subject() -> None:
    """The plaintiffs of a settlement are not the previous sentence's subject (dropped-subject carry)."""
    claims = extract("読売新聞社はパープレキシティを提訴した。米アンソロピックは集団訴訟で15億ドルを支払うことで和解した。", "ja")
    assert ("lawsuit", None, "Anthropic") in {(c.kind, c.source, c.target) for c in claims}
    assert ("lawsuit", "Yomiuri Shimbun", "Anthropic") not in {(c.kind, c.source, c.target) for c in claims}


# round 14, area "investment recall": subscriber lists and strategic investors after a round (own sentences)
INVEST_R14 = [
    ("サカナAIは第三者割当増資で約200億円を調達した。引受先には三菱UFJ銀行や三井住友銀行、みずほ銀行が名を連ねた。",
     [("investment", None, "Sakana AI", 132048065, None), ("investment", "MUFG", "Sakana AI", None, None),
      ("investment", "SMBC", "Sakana AI", None, None), ("investment", "Mizuho", "Sakana AI", None, None)]),
    ("xAIはシリーズCで60億ドルを調達した。エヌビディアとAMDも戦略的投資家として参加した。",
     [("investment", None, "xAI", 6 * B, None), ("investment", "Nvidia", "xAI", None, None),
      ("investment", "AMD", "xAI", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), INVEST_R14, ids=[c[0][:20] for c in INVEST_R14])
def test_invest_round14_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# round 14, area "loans_revenue": banks lend, companies borrow; revenue payer -> earner (own sentences)
LOANS_R14_JA = [
    ("三菱UFJ銀行が主幹事を務めるシンジケートローンで、コアウィーブは20億ドルを調達した。",
     {("loan", "MUFG", "CoreWeave")}),
    ("JPモルガンとゴールドマン・サックスが主導する協調融資により、クルーソーは75億ドルを確保した。",
     {("loan", None, "Crusoe"), ("loan", "JPMorgan", "Crusoe"), ("loan", "Goldman Sachs", "Crusoe")}),
    ("ソフトバンクグループはみずほ銀行、三井住友銀行などとの間で、1兆円の融資契約を結んだ。",
     {("loan", None, "SoftBank"), ("loan", "Mizuho", "SoftBank"), ("loan", "SMBC", "SoftBank")}),
    ("コアウィーブの売上高の62%はマイクロソフト向けだった。", {("revenue", "Microsoft", "CoreWeave")}),
]


@pytest.mark.parametrize(("text", "expected"), LOANS_R14_JA, ids=[c[0][:20] for c in LOANS_R14_JA])
def test_loans_revenue_parties_ja(text: str, expected: set[tuple]) -> None:
    assert {(c.kind, c.source, c.target) for c in extract(text, "ja")} == expected


def test_loans_syndicate_amount_is_the_loan_not_a_raise_ja() -> None:
    claims = extract("三菱UFJ銀行が主幹事を務めるシンジケートローンで、コアウィーブは20億ドルを調達した。", "ja")
    assert [(c.kind, int(c.amount_usd or 0), c.status) for c in claims] == [("loan", 2 * B, "completed")]


@pytest.mark.parametrize("text", ["ムーディーズはソフトバンクグループの格付けを引き上げた。", "オラクルの有利子負債は1000億ドルを超えた。",
                                  "ソフトバンクグループの売上高は7兆円だった。"])
def test_loans_revenue_ratings_and_totals_are_no_claims_ja(text: str) -> None:
    assert extract(text, "ja") == []


# -- round 14, area "status": media attributions, the clause a cue binds to, denials, standing facts --------
_I = "investment"
STATUS_R14 = [
    # a media report or unnamed sources -> rumored (above up_to)
    ("米紙ウォール・ストリート・ジャーナル（WSJ）によると、米エヌビディアはxAIに最大20億ドルを出資する見通しだ。",
     (_I, "Nvidia", "xAI"), "rumored"),
    ("英フィナンシャル・タイムズは、オラクルがエヌビディアのチップを約400億ドル分購入すると伝えた。",
     ("purchase", "Oracle", "Nvidia"), "rumored"),
    ("ソフトバンクグループがOpenAIへの追加出資を検討していることが、関係者への取材で分かった。", (_I, "SoftBank", "OpenAI"), "rumored"),
    ("ロイター通信によると、グーグルはアンソロピックに10億ドルを追加出資した。", (_I, "Google", "Anthropic"), "rumored"),
    ("ブルームバーグ通信は、マイクロソフトがミストラルAIに20億ドルを出資すると報じた。", (_I, "Microsoft", "Mistral AI"), "rumored"),
    ("複数の関係者によれば、アマゾンはアンソロピックへ追加で40億ドルを投じる。", (_I, "Amazon", "Anthropic"), "rumored"),
    # two deals in one sentence: the cue binds to its own clause
    ("アマゾンは昨年アンソロピックに40億ドルを出資したが、関係者によるとグーグルもアンソロピックへの追加出資を協議している。",
     (_I, "Amazon", "Anthropic"), "completed"),
    ("アマゾンは昨年アンソロピックに40億ドルを出資したが、関係者によるとグーグルもアンソロピックへの追加出資を協議している。",
     (_I, "Google", "Anthropic"), "rumored"),
    # denials
    ("米アマゾンは1日、アンソロピックへの追加出資について「現時点で計画はない」と否定した。", (_I, "Amazon", "Anthropic"), "denied"),
    ("一部報道では、メタがパープレキシティの買収を協議したとされるが、メタはこれを否定した。",
     ("acquisition", "Meta", "Perplexity"), "denied"),
    # a standing fact; a stake bought (the clause ends in a past acquisition verb)
    ("SBGは英アームの株式の約90%を保有する筆頭株主だ。", ("stake", "SoftBank", "Arm"), "reported"),
    ("メタはスケールAIの株式49%を143億ドルで取得した。", ("stake", "Meta", "Scale AI"), "completed"),
    ("メタはスケールAIの株式49%を143億ドルで取得した。", (_I, "Meta", "Scale AI"), "completed"),
    ("マイクロソフトはOpenAIにこれまで約130億ドルを出資している。", (_I, "Microsoft", "OpenAI"), "reported"),  # round 24: a standing total
    ("エヌビディアはOpenAIに最大1000億ドルを投資する。", (_I, "Nvidia", "OpenAI"), "up_to"),
]


@pytest.mark.parametrize(("text", "triple", "status"), STATUS_R14, ids=[c[0][:30] for c in STATUS_R14])
def test_status_round14_sentence(text: str, triple: tuple, status: str) -> None:
    claims = extract(text, "ja", published="2025-10-02")
    got = {c.status for c in claims if (c.kind, c.source, c.target) == triple}
    assert got == {status}, [(c.kind, c.source, c.target, c.status) for c in claims]


def test_status_round14_own_past_verb_after_an_announcement() -> None:
    """"…出資すると発表しており、4月に100億ドルを払い込んだ": the payment is done, the pledge a ceiling."""
    claims = extract("SBGは今年3月、OpenAIに最大400億ドルを出資すると発表しており、4月に最初の100億ドルを払い込んだ。",
                     "ja", published="2025-10-02")
    got = {(int(c.amount_usd), c.status) for c in claims if c.kind == _I and c.amount_usd is not None}
    assert got == {(40 * B, "up_to"), (10 * B, "completed")}, got


# round 14, area "compute_purchase": customers and providers of compute, buyers and sellers of chips (own sentences)
_C, _P, _I = "compute_commitment", "purchase", "investment"
COMPUTE_R14 = [
    ("オープンAIはオラクルと3000億ドルのクラウド利用契約を結んだ。", [(_C, "OpenAI", "Oracle", 300 * B, None)]),
    ("メタはグーグルのクラウドを6年間で100億ドル以上利用する契約を結んだ。", [(_C, "Meta", "Google", 10 * B, None)]),
    ("マイクロソフトはネビウスから174億ドル分の計算資源を調達する。", [(_C, "Microsoft", "Nebius", 17400 * M, None)]),
    ("アンソロピックはAzureの計算能力を300億ドル分購入することを約束した。", [(_C, "Anthropic", "Microsoft", 30 * B, None)]),
    ("オープンAIはAWSに7年間で380億ドルを支払う。", [(_C, "OpenAI", "Amazon", 38 * B, None)]),
    ("コアウィーブはメタと142億ドルの計算能力の供給契約を締結した。", [(_C, "Meta", "CoreWeave", 14200 * M, None)]),
    ("エヌビディアはコアウィーブの売れ残った計算能力を63億ドル分買い取ることで合意した。",
     [(_C, "Nvidia", "CoreWeave", 6300 * M, None)]),
    # the provider as the subject: the partner (との間で) is the customer
    ("オラクルはオープンAIとの間で年間300億ドル規模のデータセンター利用契約を締結した。", [(_C, "OpenAI", "Oracle", 30 * B, None)]),
    # no figure: enough when both sides are named and compute is
    ("アンソロピックはグーグルのTPUを最大100万個利用する契約を結んだ。", [(_C, "Anthropic", "Google", None, None)]),
]
PURCHASE_R14 = [
    ("ソフトバンクはエヌビディアからGPUを大量に調達した。", [(_P, "SoftBank", "Nvidia", None, None)]),
    ("KDDIはエヌビディア製のGPUを購入する。", [(_P, "KDDI", "Nvidia", None, None)]),
    ("エヌビディアはxAIにGPUを供給する。", [(_P, "xAI", "Nvidia", None, None)]),
    ("オープンAIはAMDと6ギガワット分のGPU供給契約を結んだ。", [(_P, "OpenAI", "AMD", None, None)]),
    ("TSMCはASMLに露光装置を発注した。", [(_P, "TSMC", "ASML", None, None)]),
    ("サムスン電子はオープンAIに高帯域幅メモリーを供給する。", [(_P, "OpenAI", "Samsung", None, None)]),
    ("オラクルはエヌビディアの半導体を400億ドル分購入する。", [(_P, "Oracle", "Nvidia", 40 * B, None)]),
    ("さくらインターネットは米エヌビディア製のGPU「H200」などを約1万基調達する。", [(_P, "Sakura Internet", "Nvidia", None, None)]),
    # a stake sold on the market: the seller receives, the buyers are unnamed
    ("ソフトバンクグループは保有するエヌビディア株をすべて売却し、58億ドルを得た。", [(_P, None, "SoftBank", 5800 * M, None)]),
]
COMPUTE_R14_OVERPRODUCED = [
    ("マイクロソフトは日本のデータセンターに29億ドルを投じる。", [(_I, "Microsoft", None, 2900 * M, None)]),
    ("ソフトバンクグループは保有するエヌビディア株をすべて売却した。", []),  # no price: nothing to record
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_R14, ids=[c[0][:30] for c in COMPUTE_R14])
def test_compute_round14_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize(("text", "expected"), PURCHASE_R14, ids=[c[0][:30] for c in PURCHASE_R14])
def test_purchase_round14_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize(("text", "expected"), COMPUTE_R14_OVERPRODUCED, ids=[c[0][:30] for c in COMPUTE_R14_OVERPRODUCED])
def test_compute_round14_not_overproduced(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_status_round14_date_of_the_own_clause() -> None:
    """ja: the time before each verb dates it (今年3月 the pledge, 4月 the payment)."""
    claims = extract("SBGは今年3月、OpenAIに最大400億ドルを出資すると発表しており、4月に最初の100億ドルを払い込んだ。",
                     "ja", published="2025-10-02")
    got = {(int(c.amount_usd), c.date) for c in claims if c.kind == _I and c.amount_usd is not None}
    assert got == {(40 * B, "2025-03"), (10 * B, "2025-04")}, got


def test_status_round14_quantity_ceiling() -> None:
    (claim,) = extract("アンソロピックはグーグルと、最大100万個のTPUを利用する契約を結んだ。", "ja", published="2025-10-02")
    assert (claim.kind, claim.source, claim.target, claim.status) == ("compute_commitment", "Anthropic", "Google", "up_to")


# round 15, area "kinds": the right kind when the parties are right (own sentences)
KINDS_R15 = [
    ("メタはスケールAIの株式の49%を143億ドルで取得した。",
     [("stake", "Meta", "Scale AI", 14300 * M, None), ("investment", "Meta", "Scale AI", 14300 * M, None)]),
    ("メタはスケールAIに143億ドルを出資し、株式の49%を取得した。",
     [("stake", "Meta", "Scale AI", 14300 * M, None), ("investment", "Meta", "Scale AI", 14300 * M, None)]),
    ("ソフトバンクグループはアンペア・コンピューティングの全株式を65億ドルで取得する。",
     [("acquisition", "SoftBank", "Ampere Computing", 6500 * M, None)]),
    ("KDDIはELYZAの株式を取得して連結子会社化した。", [("acquisition", "KDDI", "ELYZA", None, None)]),
    ("KDDI、ELYZAを連結子会社化", [("acquisition", "KDDI", "ELYZA", None, None)]),
    ("ソフトバンクは鴻海からオハイオ州の工場を3億7500万ドルで購入した。", [("purchase", "SoftBank", "Foxconn", 375 * M, None)]),
    ("ソフトバンクグループは保有するエヌビディア株をすべて売却し、58億ドルを得た。",
     [("purchase", None, "SoftBank", 5800 * M, None)]),
    ("みずほ銀行はラピダスへの融資を決めた。", [("loan", "Mizuho", "Rapidus", None, None)]),
    ("三菱UFJ銀行はSakana AIに出資した。", [("investment", "MUFG", "Sakana AI", None, None)]),
    ("スターゲートは、ソフトバンクグループ、OpenAI、オラクル、MGXが共同出資する新会社だ。",
     [("joint_venture", p, "Stargate", None, None) for p in ("SoftBank", "OpenAI", "Oracle", "MGX")]),
    ("アリババは50億ドルの転換社債を発行した。", [("loan", None, "Alibaba", 5 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS_R15, ids=[c[0][:30] for c in KINDS_R15])
def test_kinds_round15_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 15: amount binding (第1弾/残り/このうち; amount_binding.py) -----------------------------------------

AMOUNT_BINDING_JA = [
    ("ソフトバンクグループはオープンAIに300億ドルを出資する。このうち第1弾の75億ドルは4月に払い込む。",
     [("investment", "SoftBank", "OpenAI", 30 * B, None), ("investment", "SoftBank", "OpenAI", 7500 * M, "announced")]),
    ("オープンAIは総額400億ドルの資金調達を実施する。第1弾の100億ドルは4月に、残る300億ドルは12月に払い込む予定だ。",
     [("investment", None, "OpenAI", 40 * B, None), ("investment", None, "OpenAI", 10 * B, None),
      ("investment", None, "OpenAI", 30 * B, None)]),
    ("グーグルはアンソロピックに最大20億ドルを出資することで合意し、うち5億ドルを先に払い込んだ。",
     [("investment", "Google", "Anthropic", 2 * B, "up_to"), ("investment", "Google", "Anthropic", 500 * M, "completed")]),
    ("メタはスケールAIに約143億ドル（約2兆円）を投じ、49%の株式を取得した。",  # the yen figure restates the dollars
     [("investment", "Meta", "Scale AI", 14300 * M, None), ("stake", "Meta", "Scale AI", 14300 * M, None)]),
    ("アマゾンはアンソロピックに40億ドルを追加出資する。同社の出資額は合計80億ドルとなる。",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("investment", "Amazon", "Anthropic", 8 * B, None)]),
    ("エヌビディアはオープンAIに最大1000億ドルを投資する。最初の100億ドルは正式契約の締結時に投じる。",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to"), ("investment", "Nvidia", "OpenAI", 10 * B, "announced")]),
    ("オープンAIは400億ドルを調達した。このうちソフトバンクグループが300億ドルを出資した。",
     [("investment", None, "OpenAI", 40 * B, None), ("investment", "SoftBank", "OpenAI", 30 * B, None)]),
    ("ソフトバンクGはオープンAIに300億ドルを出資する。残りの100億ドルは他の投資家が拠出する。",
     [("investment", "SoftBank", "OpenAI", 30 * B, None), ("investment", None, "OpenAI", 10 * B, None)]),
    ("マイクロソフトはオープンAIに100億ドルを出資した。同社の売上高のうち約30億ドルはクラウド事業だった。",
     [("investment", "Microsoft", "OpenAI", 10 * B, None)]),
    ("エヌビディアはオープンAIに最大1000億ドルを投資する方針だ。第1弾として100億ドルを投じる。",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to"), ("investment", "Nvidia", "OpenAI", 10 * B, None)]),
    ("時価総額が約4兆ドルのエヌビディアは、xAIに20億ドルを出資した。",  # a market value is no amount
     [("investment", "Nvidia", "xAI", 2 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNT_BINDING_JA, ids=[c[0][:30] for c in AMOUNT_BINDING_JA])
def test_amount_binding_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 15, area "layouts": Nikkei-style headlines ("A、Bを…で買収"), list items (■・), arrows, tables --
LAYOUTS_JA = [
    ("ソフトバンクG、米アンペアを65億ドルで買収", [("acquisition", "SoftBank", "Ampere Computing", 6500 * M, None)]),
    ("ソフトバンクG、ABBのロボット事業を54億ドルで買収", [("acquisition", "SoftBank", "ABB", 5400 * M, None)]),
    ("ソフトバンクグループは8日、スイスの重電大手ABBのロボット事業を約54億ドルで買収すると発表した。",
     [("acquisition", "SoftBank", "ABB", 5400 * M, None)]),
    ("米エヌビディア、オープンAIに最大1000億ドル出資", [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("米オラクル、オープンAIと3000億ドルのクラウド契約か　米紙報道",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, "rumored")]),
    ("マイクロソフト、オープンAIに100億ドル追加出資へ", [("investment", "Microsoft", "OpenAI", 10 * B, None)]),
    ("■Sakana AI：シリーズBで約200億円を調達", [("investment", None, "Sakana AI", 132048065, None)]),
    ("三菱UFJ銀行　ソフトバンクGに最大1兆円融資", [("loan", "MUFG", "SoftBank", 6602403275, "up_to")]),
    ("マイクロソフト社はOpenAIに対して投資を行うことを発表しました100億ドル。",
     [("investment", "Microsoft", "OpenAI", 10 * B, None)]),
    ("グーグルはAnthropicに20億ドルの投資を実行しました。", [("investment", "Google", "Anthropic", 2 * B, None)]),
    ("エヌビディア、英インテルに50億ドル出資", [("investment", "Nvidia", "Intel", 5 * B, None)]),
    ("アマゾン→Anthropic：40億ドル出資", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("【独自】楽天、オープンAIと提携", []),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS_JA, ids=[c[0][:20] for c in LAYOUTS_JA])
def test_layouts_sentence_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_layouts_kanji_only_table_row_stays_japanese() -> None:
    """A table row without kana in a Japanese article is read with the Japanese rules, not the Chinese."""
    from dealgraph.extract.sentences import split_sentences

    text = "一覧\n| 企業 | 金額 | 主な出資者 |\n|---|---|---|\n| Sakana AI | 約200億円 | 三菱UFJ |\n"
    assert {s.lang for s in split_sentences(text, "ja")} == {"ja"}
    got = {(c.kind, c.source, c.target) for c in extract(text, "ja", "2025-11-28")}
    assert ("investment", "MUFG", "Sakana AI") in got and ("investment", None, "Sakana AI") in got


# round 15, phenomenon "nominal": deals named as noun phrases (AによるBへの出資, Aが主導した調達, Bとの契約, Aが出資するB)
NOMINAL_R15 = [
    ("マイクロソフトによるOpenAIへの130億ドルの出資は大きな利益を生んだ。", [("investment", "Microsoft", "OpenAI", 13 * B, None)]),
    ("OpenAIはオラクルとの3000億ドル規模の契約を抱える。", [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    ("アマゾンによるアンソロピックへの80億ドルの投資は3回に分けて実行された。", [("investment", "Amazon", "Anthropic", 8 * B, None)]),
    ("エヌビディアが出資するコアウィーブは、株価が急上昇した。", [("investment", "Nvidia", "CoreWeave", None, "reported")]),
    ("KDDIが出資するELYZAは新モデルを公開した。", [("investment", "KDDI", "ELYZA", None, "reported")]),
    ("メタによるScale AIへの出資は6月に完了した。", [("investment", "Meta", "Scale AI", None, "completed")]),
    ("xAIによるX Corpの買収は3月に完了した。", [("acquisition", "xAI", "X Corp", None, "completed")]),
    ("エヌビディアによるOpenAIへの最大1000億ドルの投資計画が市場の関心を集めている。",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("三菱UFJ銀行など3行からの7億ドルの融資を受け、さくらインターネットはGPUを増強する。",
     [("loan", "MUFG", "Sakura Internet", 700 * M, None)]),
    ("コアウィーブとメタの142億ドルの計算資源契約は6年間にわたる。", [("compute_commitment", "Meta", "CoreWeave", 14200 * M, None)]),
    ("ソフトバンクとOpenAIの合弁会社SB OpenAI Japanは営業を始めた。",
     [("joint_venture", "SoftBank", "SB OpenAI Japan", None, None), ("joint_venture", "OpenAI", "SB OpenAI Japan", None, None)]),
    ("ソフトバンクが主導した400億ドルの調達により、OpenAIの企業価値は3000億ドルとなった。",
     [("investment", None, "OpenAI", 40 * B, None), ("investment", "SoftBank", "OpenAI", None, None),
      ("valuation", None, "OpenAI", 300 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL_R15, ids=[c[0][:20] for c in NOMINAL_R15])
def test_nominal_round15_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_nominal_round15_bank_list_lends() -> None:
    """"Aなど国内銀行団からのブリッジローン": A is a lender, never the borrower."""
    got = summary(extract("SBGは三菱UFJ銀行など国内銀行団からの150億ドルのブリッジローンも活用する。", "ja"))
    assert ("loan", None, "MUFG") not in {g[:3] for g in got}


# -- round 15, parties: descriptions, references and bystanders name the right party ----------------------
# Own sentences: "the company" after "led by X" is the round's company, object 其 is the topic, 前者/後者,
# analysts, outlets and advisers are no party, an aside ("X, who ...,") is not the main verb's subject.
_PARTIES_ROUND15 = [
    ('米エヌビディアは18日、米インテルに50億ドルを出資すると発表した。新株を引き受け、後者の株式の約4%を取得する。',
     [('investment', 'Nvidia', 'Intel', 5 * B, None), ('stake', 'Nvidia', 'Intel', None, None)]),
    ('米ガートナーによると、アマゾンはアンソロピックに40億ドルを追加出資した。',
     [('investment', 'Amazon', 'Anthropic', 4 * B, None)]),
    ('ソフトバンクグループは8日、ABBのロボット事業を買収すると発表した。同社はOpenAIにも最大400億ドルを出資する。',
     [('acquisition', 'SoftBank', 'ABB', None, None), ('investment', 'SoftBank', 'OpenAI', 40 * B, 'up_to')]),
    ('野村証券のアナリストによると、ソフトバンクグループはOpenAIに225億ドルを出資した。',
     [('investment', 'SoftBank', 'OpenAI', 22500 * M, None)]),
]


@pytest.mark.parametrize("text,expected", _PARTIES_ROUND15, ids=[t[:40] for t, _ in _PARTIES_ROUND15])
def test_parties_round15_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 16, vocab_cjk: deal words no trigger knew (new shares taken up, series rounds, goods bought in,
# capacity rented, money lent, companies brought under, suits), with words that must stay silent.
# Amounts in yen are checked loosely (None): the FX table is not this test's business.
VOCAB_CJK_JA = [
    ("KDDIはハイレゾ社の第三者割当増資を引き受けた。", [("investment", "KDDI", "Highreso", None, "completed")]),
    ("ハイレゾ社はKDDIを引受先とする第三者割当増資を実施した。", [("investment", "KDDI", "Highreso", None, None)]),
    ("エヌビディアはサカナAIの増資に応じた。", [("investment", "Nvidia", "Sakana AI", None, None)]),
    ("ソフトバンクグループはサカナAIに資本参加した。", [("investment", "SoftBank", "Sakana AI", None, None)]),
    ("サカナAI、シリーズBで2億ドル", [("investment", None, "Sakana AI", 200 * M, None)]),
    ("ハイレゾ社はエヌビディア製のGPUサーバーを買い入れた。", [("purchase", "Highreso", "Nvidia", None, None)]),
    ("ソフトバンクはシャープから堺工場の土地を取得した。", [("purchase", "SoftBank", "Sharp", None, None)]),
    ("エヌビディアはさくらインターネットにGPUを納入した。", [("purchase", "Sakura Internet", "Nvidia", None, None)]),
    ("OpenAIはオラクルから年300億ドル規模の計算能力を借りる。", [("compute_commitment", "OpenAI", "Oracle", 30 * B, None)]),
    ("さくらインターネットはハイレゾ社のGPUクラウドを20億ドルで借り受ける。",
     [("compute_commitment", "Sakura Internet", "Highreso", 2 * B, None)]),
    ("オラクルはOpenAIに30億ドル分の計算能力を貸し出す。", [("compute_commitment", "OpenAI", "Oracle", 3 * B, None)]),
    ("三菱UFJ銀行はソフトバンクグループに30億ドルを貸し付ける。", [("loan", "MUFG", "SoftBank", 3 * B, "announced")]),
    ("みずほ銀行がラピダスに貸し出した。", [("loan", "Mizuho", "Rapidus", None, None)]),
    ("ソフトバンクグループは三井住友銀行から10億ドルを借りた。", [("loan", "SMBC", "SoftBank", 1 * B, "completed")]),
    ("ソフトバンクグループはアンペア・コンピューティングを約65億ドルで傘下に収める。",
     [("acquisition", "SoftBank", "Ampere Computing", 6500 * M, None)]),
    ("ソフトバンクG、米アンペアを傘下に", [("acquisition", "SoftBank", "Ampere Computing", None, None)]),
    ("KDDIはELYZAをグループ化した。", [("acquisition", "KDDI", "ELYZA", None, None)]),
    ("ソフトバンクグループはアンペアを手中に収めた。", [("acquisition", "SoftBank", "Ampere Computing", None, None)]),
    ("ブラックストーンはアンシスを非公開化する。", [("acquisition", "Blackstone", "Ansys", None, None)]),
    ("KDDIはローソンに対するTOBを実施した。", [("acquisition", "KDDI", "Lawson", None, None)]),  # upper-case TOB
    ("読売新聞社はパープレキシティを相手取り、損害賠償を求めて東京地裁に訴状を出した。",
     [("lawsuit", "Yomiuri Shimbun", "Perplexity", None, None)]),
    ("日本経済新聞社はパープレキシティに損害賠償を請求した。", [("lawsuit", "Nikkei", "Perplexity", None, None)]),
    ("ソフトバンクグループは保有するエヌビディア株をすべて手放し、58億ドルを得た。",
     [("purchase", None, "SoftBank", 5800 * M, None)]),
    ("サカナAIのバリュエーションは約26億ドルに達した。", [("valuation", None, "Sakana AI", 2600 * M, None)]),
]

VOCAB_CJK_JA_SILENT = [
    "出資比率は非公表だ。", "調達コストが上昇している。", "受注残は過去最高となった。", "両社は和解に向けて協議している。",
    "投資家の間では慎重な見方が広がる。", "同社は特許を取得した。", "株主総会は6月に開かれる。",
    "ソフトバンクグループの傘下にあるアームは好調だ。", "三菱UFJ銀行の融資残高は増えた。", "セブン＆アイへのTOBを断念",
    "ソフトバンクグループは保有するエヌビディア株をすべて手放した。",  # sold, but for no stated sum: no buyer, no price
]


@pytest.mark.parametrize(("text", "expected"), VOCAB_CJK_JA, ids=[c[0][:20] for c in VOCAB_CJK_JA])
def test_vocab_cjk_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", VOCAB_CJK_JA_SILENT)
def test_vocab_cjk_words_that_are_no_deal(text: str) -> None:
    assert extract(text, "ja") == []


# -- round 16, targets_cjk: the right company in Japanese sentences naming several ------------------
# Own sentences: describers ("Yが出資する米Z", "Yが約90%を出資するZ"), "XはYも…子会社化", それぞれ with one
# amount each, a conduit fund (を通じて), co-investors listed in the next sentence (引き受けた, 資金調達に
# 参加), 同社 after a ministry topic, により passive, 一方 with two deals, and a headline split by a space.
_TARGETS_CJK_JA = [
    ("ソフトバンクグループが出資する米オープンAIは、米オラクルと総額3000億ドルの計算資源契約を結んだ。",
     [("investment", "SoftBank", "OpenAI", None, "reported"), ("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    ("SBGが約90%を出資する英アームは、新工場に100億ドルを投じる。", [("stake", "SoftBank", "Arm", None, None)]),
    ("KDDIはAI開発のELYZAも子会社化した。", [("acquisition", "KDDI", "ELYZA", None, None)]),
    ("マイクロソフトとエヌビディアは、アンソロピックにそれぞれ50億ドル、100億ドルを出資する。",
     [("investment", "Microsoft", "Anthropic", 5 * B, None), ("investment", "Nvidia", "Anthropic", 10 * B, None)]),
    ("サカナAIは約200億円を調達した。三菱UFJ銀行や米コースラ・ベンチャーズなどが引き受けた。",
     [("investment", None, "Sakana AI", 132048065, None), ("investment", "MUFG", "Sakana AI", None, None),
      ("investment", "Khosla Ventures", "Sakana AI", None, None)]),
    ("オープンAIは400億ドルを調達する。マイクロソフトや米コーチュー・マネジメントなども今回の資金調達に参加する。",
     [("investment", None, "OpenAI", 40 * B, None), ("investment", "Microsoft", "OpenAI", None, None),
      ("investment", "Coatue", "OpenAI", None, None)]),
    ("さくらインターネットは米エヌビディアからGPUを調達する。経済産業省は同社に最大501億円を助成する。",
     [("purchase", "Sakura Internet", "Nvidia", None, None), ("investment", "Japan METI", "Sakura Internet", 330780404, "up_to")]),
    ("ソフトバンクG、オープンAIに最大400億ドル出資　米アンペアも65億ドルで買収",
     [("investment", "SoftBank", "OpenAI", 40 * B, "up_to")]),
    ("マイクロソフトによるオープンAIへの出資は累計約130億ドルに達する。", [("investment", "Microsoft", "OpenAI", 13 * B, None)]),
    ("米アンペア・コンピューティングは、ソフトバンクグループにより65億ドルで買収された。",
     [("acquisition", "SoftBank", "Ampere Computing", 6500 * M, None)]),
    ("ソフトバンクグループはビジョン・ファンド2を通じて、オープンAIに300億ドルを出資する。",
     [("investment", "SoftBank", "OpenAI", 30 * B, None)]),
    ("一方、米アマゾンは米アンソロピックに80億ドルを出資し、グーグルも同社に約30億ドルを投じている。",
     [("investment", "Amazon", "Anthropic", 8 * B, None), ("investment", "Google", "Anthropic", 3 * B, None)]),
    ("GMOインターネットグループはGPUサーバーを米デルに発注した。", [("purchase", "GMO Internet", "Dell", None, None)]),
]


@pytest.mark.parametrize("text,expected", _TARGETS_CJK_JA, ids=[t[:30] for t, _ in _TARGETS_CJK_JA])
def test_targets_cjk_ja_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 16, missing_parties: the party a sentence leaves to its context ------------------------------
# Own sentences: a repeated deal word keeps its actor (助成 ... 助成), a dropped subject is the last は/が topic
# (not a maker named with 製), 当社 is the issuer, a heading names the company of a subjectless sentence,
# goods bought in quantity (大量に調達) are a purchase. A context naming two companies gives nothing.
_MISSING_PARTIES_JA = [
    ("経済産業省は、さくらインターネットに最大501億円を助成する。同社はGPUを調達する。KDDIには最大102億円を助成する。",
     [("investment", "Japan METI", "Sakura Internet", 330780404, "up_to"), ("investment", "Japan METI", "KDDI", 67344513, "up_to")]),
    ("オープンAIはエヌビディア製のGPUサーバーを調達する。一方、10月にはAMDとも提携した。AMD製のGPUを数年かけて導入する。",
     [("purchase", "OpenAI", "Nvidia", None, None), ("purchase", "OpenAI", "AMD", None, None)]),
    ("米エヌビディアはオープンAIに最大1000億ドルを出資する。10月にはインテルにも50億ドルを出資した。",
     [("investment", "Nvidia", "OpenAI", 100 * B, None), ("investment", "Nvidia", "Intel", 5 * B, None)]),
    ("Preferred Networksは本日、総額190億円の資金調達を実施しました。また、当社はさくらインターネットとGPUクラウドの"
     "利用契約を締結しました。契約総額は約30億円です。",
     [("investment", None, "Preferred Networks", 125445662, None),
      ("compute_commitment", "Preferred Networks", "Sakura Internet", 19807210, None)]),
    ("【2】マイクロソフト：4400億円（4月）\n2年間でAI・クラウド基盤に4400億円を投資。",
     [("investment", "Microsoft", None, 2905057441, None)]),
    ("ソフトバンクとオラクルが出資した。2年間でデータセンターに4400億円を投資する。", []),
    ("サカナAI\nシリーズBで約200億円を調達した。", [("investment", None, "Sakana AI", 132048065, None)]),
    ("オープンAIは韓国のサムスン電子とSKハイニックスから、HBMなどのメモリーを大量に調達する。",
     [("purchase", "OpenAI", "Samsung", None, None), ("purchase", "OpenAI", "SK Hynix", None, None)]),
    ("KDDIは大阪府堺市にデータセンターを整備する。同社は米HPEからGPUサーバーを大量に購入する。",
     [("purchase", "KDDI", "HPE", None, None)]),
    ("さくらインターネットは、米エヌビディア製のスイッチやCPUを約100億円で購入した。",
     [("purchase", "Sakura Internet", "Nvidia", 66024033, None)]),
    ("株式会社ハイレゾは、KDDIを引受先とする第三者割当増資を実施し、約50億円を調達いたしました。当社は今回の資金で、"
     "エヌビディア製のGPUサーバーを追加で買い入れる予定です。",
     [("investment", "KDDI", "Highreso", 33012016, None), ("purchase", "Highreso", "Nvidia", None, None)]),
]


@pytest.mark.parametrize("text,expected", _MISSING_PARTIES_JA, ids=[t[:30] for t, _ in _MISSING_PARTIES_JA])
def test_missing_parties_sentence_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_missing_parties_articles_ja() -> None:
    """Own articles written before the round-16 rules (ja scored P 0.73 R 0.53 then)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    folder = Path(__file__).parent / "fixtures" / "extract" / "missing_parties_round16"
    counts = evaluate([folder], RuleExtractor()).counts(lang="ja")
    assert counts.tp >= 13 and counts.fp <= 2, counts


# -- round 17, context_ja: parties named earlier in the article, not in the sentence ---------------------

_CONTEXT_JA = [
    # a digest heading names the subject the item drops
    ("■KDDI\nAI開発のELYZAを連結子会社化した。", [("acquisition", "KDDI", "ELYZA", None, None)]),
    ("【さくらインターネット】\n米エヌビディア製GPUを追加で購入する。投資額は約1000億円。",
     [("purchase", "Sakura Internet", "Nvidia", 660240327, None)]),
    # 以下「当社」 in a press release's opening parenthesis
    ("株式会社Preferred Networks（本社：東京都千代田区、以下「当社」）は、本日、資本業務提携を発表しました。"
     "当社はSBIホールディングスから50億円の出資を受けました。",
     [("investment", "SBI Holdings", "Preferred Networks", 33012016, None)]),
    # 彼ら for a company in translated Japanese
    ("OpenAIは火曜日、新しいモデルを発表した。さらに、彼らはソフトバンクグループから400億ドルを調達する計画だ。",
     [("investment", "SoftBank", "OpenAI", 40 * B, None)]),
]

# Precision: a topic that is not the only antecedent gives no party.
_CONTEXT_JA_NONE = [
    # a heading followed by an item with a subject of its own: the heading does not govern the next one
    "■KDDI\nソニーはAI事業を強化する。新興企業を子会社化した。",
]


@pytest.mark.parametrize("text,expected", _CONTEXT_JA, ids=[t[:30] for t, _ in _CONTEXT_JA])
def test_context_ja_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", _CONTEXT_JA_NONE, ids=[t[:30] for t in _CONTEXT_JA_NONE])
def test_context_ja_non_claims(text: str) -> None:
    assert not [c for c in extract(text, "ja") if c.kind in ("investment", "acquisition")], extract(text, "ja")


def test_context_ja_articles() -> None:
    """Own articles written before the round-17 rules (scored P 0.92 R 0.46 F1 0.61 then, 0.93/0.58/0.72 after)."""
    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    folder = Path(__file__).parent / "fixtures" / "extract" / "context_ja_round17"
    counts = evaluate([folder], RuleExtractor()).counts(lang="ja")
    assert counts.tp >= 14 and counts.fp <= 1, counts


# -- round 17, phenomenon "revenue_purchase": customer shares and orders --------------------------
_REVENUE_PURCHASE_JA = [
    ("SKハイニックスは、最大顧客であるエヌビディア向けの売上高が全体の約4割を占めたと明らかにした。",
     [("revenue", "Nvidia", "SK Hynix", None, "reported")]),
    ("キオクシアは、アップル向けの販売が売上高の3割に達したと説明した。", [("revenue", "Apple", "Kioxia", None, "reported")]),
]


@pytest.mark.parametrize("text,expected", _REVENUE_PURCHASE_JA, ids=[t[:20] for t, _ in _REVENUE_PURCHASE_JA])
def test_revenue_purchase_sentence_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_revenue_purchase_region_is_no_payer_ja() -> None:
    assert extract("東京エレクトロンの中国向け売上高が全体の約4割を占めた。", "ja") == []


def test_revenue_purchase_articles_ja() -> None:
    """Own articles written before the round-17 rules (ja scored P 0.43 R 0.27 then)."""
    folder = Path(__file__).parent / "fixtures" / "extract" / "revenue_purchase_round17"
    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    counts = evaluate([folder], RuleExtractor()).counts(lang="ja")
    assert counts.tp >= 6 and counts.fp <= 4, counts


# round 17, deals_mlj: 主幹事/など banks lend, 株式会社 is no stake, それぞれ50% per member
_DEALS_MLJ_JA = [
    ("さくらインターネット株式会社は、みずほ銀行を主幹事とする協調融資で200億円を調達した。",
     [("loan", "Mizuho", "Sakura Internet", 132048065, None)]),
    ("ソフトバンクグループは、みずほ銀行など銀行団から最大150億ドルの融資枠を確保した。",
     [("loan", "Mizuho", "SoftBank", 15000000000, None)]),
    ("ソフトバンクとオープンAIは合弁会社「SB OpenAI Japan」を設立し、出資比率はそれぞれ50%とする。",
     [("joint_venture", "SoftBank", "SB OpenAI Japan", None, None), ("joint_venture", "OpenAI", "SB OpenAI Japan", None, None),
      ("stake", "SoftBank", "SB OpenAI Japan", None, None), ("stake", "OpenAI", "SB OpenAI Japan", None, None)]),
]


@pytest.mark.parametrize("text,expected", _DEALS_MLJ_JA, ids=[t[:20] for t, _ in _DEALS_MLJ_JA])
def test_deals_mlj_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# round 18, phenomenon "kinds2": debt and equity figures of one raise (own sentences)
KINDS2_JA = [
    ("xAIは50億ドルのデットファイナンスと50億ドルの株式による調達を進めた。",
     [("loan", None, "xAI", 5 * B, None), ("investment", None, "xAI", 5 * B, None)]),
    ("コアウィーブは20億ドルの社債と10億ドルの株式による調達を実施した。",
     [("loan", None, "CoreWeave", 2 * B, None), ("investment", None, "CoreWeave", 1 * B, None)]),
]


@pytest.mark.parametrize("text,expected", KINDS2_JA)
def test_kinds2_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


STAKES_JA = [  # round 18 stakes: (sentence, holder, company, pct)
    ("SKハイニックスはキオクシアホールディングスの株式の約15%を保有する。", "SK Hynix", "Kioxia", 15),
    ("ソフトバンクグループはArmの株式の3分の1を保有する。", "SoftBank", "Arm", 33.3),
    ("ソフトバンクグループは英半導体設計大手Armの株式の約9割を保有している。", "SoftBank", "Arm", 90),
]


@pytest.mark.parametrize(("text", "holder", "company", "pct"), STAKES_JA)
def test_stakes_ja_holdings(text: str, holder: str, company: str, pct: float) -> None:
    got = {(c.kind, c.source, c.target, float(c.pct) if c.pct is not None else None) for c in extract(text, "ja")}
    assert got == {("stake", holder, company, pct)}


# -- round 18, phenomenon "purchases3": foundry orders (委託), GPUs named by product, orders -------
_PURCHASES3_JA = [
    ("プリファードネットワークスは、自社開発のAIチップの製造をTSMCに委託している。",
     [("purchase", "Preferred Networks", "TSMC", None, None)]),
    ("アップルは、半導体の生産を台湾のTSMCに委託している。", [("purchase", "Apple", "TSMC", None, None)]),
    ("ソフトバンクグループは、米エヌビディアの最新GPU「ブラックウェル」を約1万基調達した。",
     [("purchase", "SoftBank", "Nvidia", None, None)]),
    ("台湾TSMCは、東京エレクトロンに成膜装置を追加発注した。", [("purchase", "TSMC", "Tokyo Electron", None, None)]),
]


@pytest.mark.parametrize("text,expected", _PURCHASES3_JA, ids=[t[:20] for t, _ in _PURCHASES3_JA])
def test_purchases3_sentence_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", ["一方、東京エレクトロンの受注残高は3兆円に達した。", "業務を外部に委託している。"])
def test_purchases3_backlog_and_outsourcing_are_no_claim_ja(text: str) -> None:
    assert extract(text, "ja") == []


def test_purchases3_articles_ja() -> None:
    """Own articles written before the round-18 rules (ja scored P 0.78 R 0.70 then)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    folder = Path(__file__).parent / "fixtures" / "extract" / "purchases3_round18"
    counts = evaluate([folder], RuleExtractor()).counts(lang="ja")
    assert counts.tp >= 8 and counts.fp <= 2, counts


# round 18, phenomenon "acquisitions3": XによるYの買収 (X buys), suits against the acquirer
_ACQUISITIONS3_JA = [
    ("米連邦取引委員会（FTC）はマイクロソフトによるアクティビジョン・ブリザードの買収の差し止めを求めて提訴した。",
     [("acquisition", "Microsoft", "Activision Blizzard", None, None), ("lawsuit", "FTC", "Microsoft", None, None)]),
    ("エヌビディアによるアームの買収は、FTCの提訴を受けて2022年に断念された。",
     [("acquisition", "Nvidia", "Arm", None, "denied"), ("lawsuit", "FTC", "Nvidia", None, None)]),
    ("マイクロソフトによるアクティビジョン・ブリザードの買収は2023年10月に完了した。",
     [("acquisition", "Microsoft", "Activision Blizzard", None, "completed")]),
    ("エヌビディアはランAIの完全子会社化を完了した。", [("acquisition", "Nvidia", "Run:ai", None, "completed")]),
]


@pytest.mark.parametrize("text,expected", _ACQUISITIONS3_JA, ids=[t[:20] for t, _ in _ACQUISITIONS3_JA])
def test_acquisitions3_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# round 18, phenomenon compute3: XはYに計算資源を提供, Xは、Yとの間で…クラウド利用契約
_COMPUTE3_JA = [
    ("さくらインターネットは、KDDIに計算資源を提供する契約を結んだ。契約額は約6億ドル。",
     [(_C, "KDDI", "Sakura Internet", 600 * M, None)]),
    ("オープンAIは、オラクルとの間で3000億ドル規模のクラウド利用契約を締結した。", [(_C, "OpenAI", "Oracle", 300 * B, None)]),
    ("ソフトバンクは、マイクロソフトとの間で10億ドルのクラウド契約を結んだ。", [(_C, "SoftBank", "Microsoft", 1 * B, None)]),
    ("ネビウスは、マイクロソフトにGPUの計算能力を提供する契約を結んだ。契約総額は174億ドル。",
     [(_C, "Microsoft", "Nebius", 17400 * M, None)]),
]


@pytest.mark.parametrize(("text", "expected"), _COMPUTE3_JA, ids=[c[0][:20] for c in _COMPUTE3_JA])
def test_compute3_sentence_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_compute3_one_direction_ja() -> None:
    """The provider of 計算資源を提供する is never also the customer."""
    got = summary(extract("さくらインターネットは、KDDIに計算資源を提供する契約を結んだ。契約額は約100億円。", "ja"))
    assert {(s, t) for _, s, t, _, _ in got} == {("KDDI", "Sakura Internet")}, got


# -- round 19, phenomenon "status_cjk": ことが分かった (hearsay) and 〜を完了したと発表した -------------
_STATUS_CJK_R19_JA = [
    ("xAIが新たに100億ドルを調達する計画であることが分かった。", ("investment", None, "xAI"), "rumored"),
    ("ソフトバンクグループが米オープンAIへの追加出資を検討していることが分かった。",
     ("investment", "SoftBank", "OpenAI"), "rumored"),
    ("米グーグルがアンソロピックに20億ドルを出資していたことが分かった。", ("investment", "Google", "Anthropic"), "reported"),
    ("ソフトバンクグループは米アンペアの買収を完了したと発表した。", ("acquisition", "SoftBank", "Ampere Computing"), "completed"),
    ("米エヌビディアはインテルに50億ドルを出資すると発表した。", ("investment", "Nvidia", "Intel"), "announced"),
    ("米アップルはパープレキシティの買収を否定した。", ("acquisition", "Apple", "Perplexity"), "denied"),
]


@pytest.mark.parametrize("text,triple,status", _STATUS_CJK_R19_JA, ids=[c[0][:20] for c in _STATUS_CJK_R19_JA])
def test_status_cjk_round19_sentence_ja(text: str, triple: tuple, status: str) -> None:
    claims = extract(text, "ja", published="2025-11-20")
    got = {c.status for c in claims if (c.kind, c.source, c.target) == triple}
    assert got == {status}, [(c.kind, c.source, c.target, c.status) for c in claims]


def test_status_cjk_round19_articles_ja() -> None:
    """Own articles written before the round-19 rules (status accuracy 0.91 before, 0.96 after; the
    remaining miss, 購入する予定 gold proposed, is read as announced like the dev precedent 払い込む予定)."""
    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    folder = Path(__file__).parent / "fixtures" / "extract" / "status_cjk_round19"
    report = evaluate([folder], RuleExtractor())
    pairs = [(g, c) for d in report.docs if d.lang == "ja" for g, c in d.matched]
    wrong = [(g.evidence[:20], g.status, c.status) for g, c in pairs if g.status != c.status]
    assert len(pairs) >= 20 and len(wrong) <= 1, wrong


# round 19, phenomenon precision_cjk: deal-like vocabulary with no money between parties. Each sentence
# follows one that names a company, so a carried-over subject or context party would show up as a claim.
_PRECISION_CJK_LEAD_JA = "ソフトバンクグループは12日、2025年4〜9月期の決算を発表した。"
_PRECISION_CJK_NONE_JA = [
    "トヨタはAI開発に人材と時間を投じる。",
    "ソフトバンクグループは最大5000億円の自社株買いを実施すると発表した。",
    "東京エレクトロンは1500億円を上限とする自社株買いを発表した。",
    "投資家心理が改善し、東京エレクトロン株が買われた。",
    "好決算が買い材料となり、アドバンテスト株は上昇した。",
    "海外投資家は半導体株を買い増した。",
    "アドバンテストの株価は一時10%高となり、時価総額は10兆円を超えた。",
    "野村証券はソニーの目標株価を4000円に引き上げた。",
    "野村證券は東京エレクトロンのレーティングを「買い」に引き上げた。",
    "ゴールドマン・サックスはソフトバンクグループ株の投資判断を「買い」で据え置いた。",
    "NTTデータはエヌビディアと業務提携した。",
    "富士通とエヌビディアはAIエージェントを共同開発する。",
    "経済産業省は生成AI向けの補助金制度を拡充する。",
    "政府は補助対象の事業者を公募で選び、補助を受ける企業は計画を提出する。",
    "出資比率は明らかにしていない。",
    "楽天は生成AI市場に参入した。",
    "キオクシアのバリュエーションには割高感がある。",
    "公正取引委員会は課徴金納付を命じた。",
    "ソニーは外部から優秀なAI人材を獲得している。",
    "日立は生成AIに経営資源を集中的に投入する。",
]


@pytest.mark.parametrize("text", _PRECISION_CJK_NONE_JA, ids=[t[:16] for t in _PRECISION_CJK_NONE_JA])
def test_precision_cjk_round19_no_claim_ja(text: str) -> None:
    assert extract(_PRECISION_CJK_LEAD_JA + text, "ja", "2025-11-13") == []


_PRECISION_CJK_DEALS_JA = [
    # a grant received from a named ministry: the ministry pays, the subject receives
    ("さくらインターネットは経産省から最大501億円の補助を受ける。",
     [("investment", "Japan METI", "Sakura Internet", 330780404, "up_to")]),
    ("さくらインターネットは経産省から計算基盤整備に対して最大501億円の補助を受けることが決まっている。",
     [("investment", "Japan METI", "Sakura Internet", 330780404, "up_to")]),
    ("ラピダスは経済産業省から5900億円の補助金を受け取った。", [("investment", "Japan METI", "Rapidus", 3895417932, None)]),
    ("経産省はラピダスに最大5900億円を補助する。", [("investment", "Japan METI", "Rapidus", 3895417932, "up_to")]),
    ("さくらインターネットは経産省から最大501億円の出資を受ける。",
     [("investment", "Japan METI", "Sakura Internet", 330780404, "up_to")]),
    ("NTTデータは自社のデータセンターにエヌビディアの最新GPUを採用する方針も示した。",
     [("purchase", "NTT Data", "Nvidia", None, None)]),
]


@pytest.mark.parametrize("text,expected", _PRECISION_CJK_DEALS_JA, ids=[t[:16] for t, _ in _PRECISION_CJK_DEALS_JA])
def test_precision_cjk_round19_deals_ja(text: str, expected: list[tuple]) -> None:
    got = summary(extract(text, "ja", "2025-11-13"))
    loose = {(k, s, t, a) for k, s, t, a, _ in got}
    for k, s, t, a, status in expected:
        assert any(g[:3] == (k, s, t) and (a is None or abs((g[3] or 0) - a) <= a // 50) for g in loose), got
        assert status is None or any(g[:3] == (k, s, t) and g[4] == status for g in got), got


def test_precision_cjk_round19_articles_ja() -> None:
    """Own articles written before the rules (ja scored P 0.50 R 0.25 then: a METI grant read backwards)."""
    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    folder = Path(__file__).parent / "fixtures" / "extract" / "precision_cjk_round19"
    counts = evaluate([folder], RuleExtractor()).counts(lang="ja")
    assert counts.tp >= 2 and counts.fp == 0, counts


# round 20, loans: a bond sale to the market has no lender (own sentences)
@pytest.mark.parametrize("text, expected", [
    ("オラクルはOpenAI向けのデータセンター建設のため、180億ドルの社債を発行した。", [("loan", None, "Oracle", 18 * B, None)]),
])
def test_round20_loans_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 20 stakes: 半数, それぞれ ------------------------------------------------------------------------

STAKES_JA_R20 = [
    ("ソフトバンクとオープンAIがSB OpenAI Japanの株式をそれぞれ半数保有する。",
     {("SoftBank", "SB OpenAI Japan", 50.0), ("OpenAI", "SB OpenAI Japan", 50.0)}),
    ("ソフトバンクとオープンAIがSB OpenAI Japanの株式をそれぞれ40%保有する。",
     {("SoftBank", "SB OpenAI Japan", 40.0), ("OpenAI", "SB OpenAI Japan", 40.0)}),
]


@pytest.mark.parametrize(("text", "expected"), STAKES_JA_R20, ids=[t[0][:20] for t in STAKES_JA_R20])
def test_round20_stakes_sentence(text: str, expected: set) -> None:
    claims = extract(text, "ja")
    assert {(c.source, c.target, c.pct) for c in claims if c.kind == "stake"} == expected


_ROUND20_PARTIES_JA = [
    # the subject of a supply contract supplies: the partner (と/に対し) buys from it
    ("SKハイニックスは、エヌビディアとHBMの供給契約を結んだ。", [("purchase", "Nvidia", "SK Hynix", None, None)]),
    ("SKハイニックスはエヌビディアとHBMの供給契約を締結した。", [("purchase", "Nvidia", "SK Hynix", None, None)]),
    ("サムスン電子はエヌビディアとHBM供給契約を結んだと発表した。", [("purchase", "Nvidia", "Samsung", None, None)]),
    ("キオクシアはエヌビディアに対し、フラッシュメモリーの供給契約を締結した。", [("purchase", "Nvidia", "Kioxia", None, None)]),
    # buying words keep the subject as the buyer
    ("エヌビディアはSKハイニックスとHBMの調達契約を結んだ。", [("purchase", "Nvidia", "SK Hynix", None, None)]),
    ("エヌビディアはSKハイニックスからHBMを購入する契約を結んだ。", [("purchase", "Nvidia", "SK Hynix", None, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND20_PARTIES_JA, ids=[t[:16] for t, _ in _ROUND20_PARTIES_JA])
def test_round20_parties_supply_contract_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 21 loans: lenders named in the sentences after a loan (loans4.py) ----------------------------------

LOAN_FOLLOW_JA_R21 = [
    ("さくらインターネットは100億円のシンジケートローン契約を締結した。融資はみずほ銀行が主導し、三井住友銀行なども加わった。",
     [("loan", None, "Sakura Internet", 66024033, None), ("loan", "Mizuho", "Sakura Internet", None, None),
      ("loan", "SMBC", "Sakura Internet", None, None)]),
    ("ソフトバンクグループは150億ドルのブリッジローンを確保した。融資枠には、みずほ銀行、三菱UFJ銀行のほか、ゴールドマン・サックスが参加した。",
     [("loan", None, "SoftBank", 15 * B, None), ("loan", "Mizuho", "SoftBank", None, None),
      ("loan", "MUFG", "SoftBank", None, None), ("loan", "Goldman Sachs", "SoftBank", None, None)]),
    ("xAIは50億ドルの融資枠を確保した。モルガン・スタンレーが主導した。",
     [("loan", "Morgan Stanley", "xAI", 5 * B, None)]),
    # after an equity raise the bank that led stays an investor
    ("ELYZAは50億円を調達した。みずほ銀行が主導した。",
     [("investment", None, "ELYZA", 33012016, None), ("investment", "Mizuho", "ELYZA", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LOAN_FOLLOW_JA_R21, ids=[t[0][:20] for t in LOAN_FOLLOW_JA_R21])
def test_round21_loan_lenders_after_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 21, invest_cjk: holdings as "XはYがN%を持つ", lists continued after に加え (own sentences) -------------

_ROUND21_INVEST_CJK_STAKES_JA = [
    ("JASMはTSMCが約86.5%を握り、ソニーが約6%、デンソーが約5.5%を持つ。",
     {("TSMC", "JASM", 86.5), ("Sony", "JASM", 6.0), ("Denso", "JASM", 5.5)}),
    ("キオクシアはソニーが約56%を握る。", {("Sony", "Kioxia", 56.0)}),
    ("シャープは鴻海精密工業が約35％を出資する筆頭株主だ。", {("Foxconn", "Sharp", 35.0)}),
    ("アームはソフトバンクグループが約90%を保有する。", {("SoftBank", "Arm", 90.0)}),
    ("ソニーはキオクシアの約23%を保有している。", {("Sony", "Kioxia", 23.0)}),
    ("ソフトバンクの株価は一時約5%を持ち直した。", set()),
    # co-holders listed without their company: the article's company, never one of the holders
    ("JASMは熊本県で半導体工場を運営している。JASMは第2工場も建設する。JASMの従業員は約2400人だ。"
     "株主構成は、TSMCが約86.5%を握り、ソニーセミコンダクタソリューションズが約6%、デンソーが約5.5%を持つ。",
     {("TSMC", "JASM", 86.5), ("Sony", "JASM", 6.0), ("Denso", "JASM", 5.5)}),
    ("キオクシアは東京に本社を置く。キオクシアは上場を目指す。キオクシアの社員は約1万人。現在はソニーが約40%を保有し、NECが約10%を持つ。",
     {("Sony", "Kioxia", 40.0), ("NEC", "Kioxia", 10.0)}),
    # negatives: a share of a market or of sales is no holding
    ("エヌビディアはAI向け半導体市場の約80%を握る。", set()),
    ("TSMCは先端半導体の生産の9割を握っている。", set()),
]


@pytest.mark.parametrize(("text", "expected"), _ROUND21_INVEST_CJK_STAKES_JA,
                         ids=[t[0][:16] for t in _ROUND21_INVEST_CJK_STAKES_JA])
def test_round21_invest_cjk_stakes_ja(text: str, expected: set) -> None:
    claims = extract(text, "ja")
    assert {(c.source, c.target, c.pct) for c in claims if c.kind == "stake"} == expected
    assert all(c.status == "reported" for c in claims if c.kind == "stake")


_ROUND21_INVEST_CJK_LISTS_JA = [
    ("Sakana AIは新たに資金を調達した。引受先は三菱UFJ銀行、みずほ銀行の2行に加え、NEC、米エヌビディアなど。",
     [("investment", s, "Sakana AI", None, None) for s in ("MUFG", "Mizuho", "NEC", "Nvidia")]),
    ("ELYZAにはKDDIに加え、NTTとソニーグループも出資した。",
     [("investment", s, "ELYZA", None, None) for s in ("KDDI", "NTT", "Sony")]),
    ("ラピダスにはトヨタ自動車、デンソーの2社のほか、NECとソフトバンクが出資した。",
     [("investment", s, "Rapidus", None, None) for s in ("Toyota", "Denso", "NEC", "SoftBank")]),
    # negative: "に加え" after a target list does not make its members investors
    ("KDDIはELYZAに加え、Sakana AIに出資した。",
     [("investment", "KDDI", "ELYZA", None, None), ("investment", "KDDI", "Sakana AI", None, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_INVEST_CJK_LISTS_JA,
                         ids=[t[:16] for t, _ in _ROUND21_INVEST_CJK_LISTS_JA])
def test_round21_invest_cjk_lists_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 21 precision: questions (precision4.py) ---------------------------------------------------------

_ROUND21_PRECISION_JA_NONE = [
    "トヨタはAnthropicに出資するのか？",
    "ソフトバンク、OpenAIに追加出資か？",
    "グーグルはFluidstackのデータセンター賃借料18億ドルを保証する。",
]


@pytest.mark.parametrize("text", _ROUND21_PRECISION_JA_NONE, ids=[t[:12] for t in _ROUND21_PRECISION_JA_NONE])
def test_round21_precision_ja_no_deal(text: str) -> None:
    assert extract(text, "ja") == []


def test_round21_precision_ja_read_more_list() -> None:
    text = ("KDDIはELYZAに40億円を出資した。\n\n関連記事\nソフトバンク、OpenAIに300億ドル出資\n")
    got = {(c.kind, c.source, c.target) for c in extract(text, "ja")}
    assert ("investment", "KDDI", "ELYZA") in got
    assert "OpenAI" not in {t for _, _, t in got}, got


# -- round 21 status: 「誤りだ」, 否定しなかった, 融資枠を確保したと発表した, 〜を完了 (status4.py, cue rows) ------------------

_ROUND21_STATUS_JA = [
    ("マスク氏は「xAIが150億ドルを調達した」との報道について「誤りだ」と投稿した。", "investment", "denied"),
    ("ソフトバンクはOpenAIへの出資報道について「事実ではない」と述べた。", "investment", "denied"),
    ("エヌビディアはxAIに20億ドルを出資すると報じられたが、同社はこれを否定しなかった。", "investment", "rumored"),
    ("ソフトバンクG、OpenAIへの追加出資225億ドルを完了", "investment", "completed"),
    ("楽天グループは国内の銀行団から500億円の融資枠を確保したと発表した。", "loan", "completed"),
    ("みずほ銀行はソフトバンクと150億ドルのブリッジローン契約を結んだ。", "loan", "completed"),
    ("ソフトバンクはAnthropicに10億ドルを出資すると発表した。", "investment", "announced"),
    ("ソフトバンクはAnthropicに10億ドルを出資することで合意したと発表した。", "investment", "announced"),
]


@pytest.mark.parametrize("text,kind,status", _ROUND21_STATUS_JA, ids=[t[:14] for t, _, _ in _ROUND21_STATUS_JA])
def test_round21_status_ja(text: str, kind: str, status: str) -> None:
    got = {c.status for c in extract(text, "ja") if c.kind == kind}
    assert got == {status}, got


def test_round21_status_ja_reported_raise_said_to_be_no_raise() -> None:
    """A reported raise the article says was never raised is a denied claim (open-set gold convention)."""
    text = "一部報道で「ソニーが1兆円を調達」と伝えられたが、これは必要投資額の試算で、実際に調達した金額ではない。"
    assert {(c.kind, c.target, c.status) for c in extract(text, "ja")} == {("investment", "Sony", "denied")}


def test_round21_precision_ja_figure_said_to_be_no_deal() -> None:
    text = "ソフトバンクはOpenAIの株式評価額を公表した。この評価益は実際の取引には当たらない。"
    assert [c for c in extract(text, "ja") if c.kind == "investment"] == []


# -- round 21, area purchases and revenue (purchases4.py, ja_unblock.py) ----------------------------------

_ROUND21_PURCHASE_JA = [
    ("ソニーはAMDと技術ライセンス契約を締結した。", [("purchase", "Sony", "AMD", None, None)]),
    ("ラピダスは米IBMとライセンス契約を結んだ。", [("purchase", "Rapidus", "IBM", None, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_PURCHASE_JA, ids=[t[:12] for t, _ in _ROUND21_PURCHASE_JA])
def test_round21_purchase_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


_ROUND21_REVENUE_JA = [
    ("アナリストによると、アンソロピックはAWSの最大級の顧客の一つだ。",
     [("revenue", "Anthropic", "Amazon", None, "reported")]),
    ("メタはエヌビディアにとって最大級の顧客だ。", [("revenue", "Meta", "Nvidia", None, "reported")]),
    ("トヨタはデンソーの最大級の取引先の一つだ。", [("revenue", "Toyota", "Denso", None, "reported")]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_REVENUE_JA, ids=[t[:12] for t, _ in _ROUND21_REVENUE_JA])
def test_round21_revenue_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 21 acquisitions, lawsuits, ventures (acquisitions4.py, lawsuits4.py, ventures4.py) -------------

_ROUND21_ACQ_JA = [
    # a tender offer written 公開買付け; a consolidated subsidiary is control
    ("KDDIはELYZAへの公開買付けを実施した。", [("acquisition", "KDDI", "ELYZA", None, None)]),
    ("KDDIは3月、ELYZAへの公開買付けを実施し、約43％の株式を取得して連結子会社にした。",
     [("acquisition", "KDDI", "ELYZA", None, "completed")]),
    ("ソフトバンクはグラフコアの株式の60%を取得して子会社にした。", [("acquisition", "SoftBank", "Graphcore", None, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_ACQ_JA, ids=[t[:20] for t, _ in _ROUND21_ACQ_JA])
def test_round21_acq_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_round21_acq_ja_minority_stays_a_stake() -> None:
    got = summary(extract("ソニーはKDDIの株式の約20%を取得した。", "ja"))
    assert {k for k, *_ in got} == {"stake"}


_ROUND21_JV_JA = [
    # the topic is a member beside its partner
    ("ソフトバンクはOpenAIと共同で合弁会社「SB OpenAI Japan」を設立した。",
     [("joint_venture", "SoftBank", "SB OpenAI Japan", None, None), ("joint_venture", "OpenAI", "SB OpenAI Japan", None, None)]),
    ("KDDIはサムスンと組んで合弁会社を設立する。",
     [("joint_venture", "KDDI", "Samsung", None, None), ("joint_venture", "Samsung", "KDDI", None, None)]),
    # two members, no name: each way
    ("ソフトバンクとKDDIが堺で合弁会社を設立した。",
     [("joint_venture", "SoftBank", "KDDI", None, None), ("joint_venture", "KDDI", "SoftBank", None, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_JV_JA, ids=[t[:20] for t, _ in _ROUND21_JV_JA])
def test_round21_jv_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)



def test_round21_jv_ja_unknown_quoted_name_gives_no_pair() -> None:
    got = summary(extract("KDDIはサムスンと組んで合弁会社「AIデータ基盤」を設立する。", "ja"))
    assert not any(k == "joint_venture" and {s, t} == {"KDDI", "Samsung"} for k, s, t, _, _ in got), got


LOAN_COLLATERAL_JA_R21 = [
    ("ソフトバンクグループは資金調達を急いでいる。同社は英アームの株式を担保とするマージンローンの借り入れ枠を200億ドルに拡大した。",
     [("loan", None, "SoftBank", 20 * B, None)]),
    ("ソフトバンクグループはアーム株を担保に85億ドルを借り入れた。", [("loan", None, "SoftBank", 8500 * M, None)]),
    # no subject in the sentence: the article's company owns the collateral and borrows
    ("ソフトバンクグループの決算を読む。ソフトバンクグループの純利益は増えた。ソフトバンクグループは投資を続ける。"
     "関係者によると、英アームの株式を担保とするマージンローンの借り入れ枠を200億ドルに拡大した。",
     [("loan", None, "SoftBank", 20 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LOAN_COLLATERAL_JA_R21, ids=[t[0][:20] for t in LOAN_COLLATERAL_JA_R21])
def test_round21_loan_collateral_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


COMPUTE_NEOCLOUD_JA_R21 = [
    ("マイクロソフトはNscaleとGPU約20万基の利用契約を結んだ。", [("compute_commitment", "Microsoft", "Nscale", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_NEOCLOUD_JA_R21, ids=[t[0][:20] for t in COMPUTE_NEOCLOUD_JA_R21])
def test_round21_compute_neocloud_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


_ROUND21_PRECISION_JA_HOLDERS = [
    ("智譜の株主にはこれまでに、アリババ、テンセント、美団などの企業が名を連ねている。",
     {("Alibaba", "Zhipu AI"), ("Tencent", "Zhipu AI"), ("Meituan", "Zhipu AI")}),
    ("ELYZAの株主にはKDDIやNECが名を連ねる。", {("KDDI", "ELYZA"), ("NEC", "ELYZA")}),
]


@pytest.mark.parametrize("text,pairs", _ROUND21_PRECISION_JA_HOLDERS, ids=[t[:12] for t, _ in _ROUND21_PRECISION_JA_HOLDERS])
def test_round21_precision_ja_listed_holders_are_stakes_only(text: str, pairs: set) -> None:
    claims = extract(text, "ja")
    assert {(c.source, c.target) for c in claims if c.kind == "stake"} == pairs
    assert not [c for c in claims if c.kind == "investment"]


def test_round21_precision_ja_subscriber_list_stays_investment() -> None:
    claims = extract("Sakana AIは300億円を調達した。引受先には三菱UFJ銀行、NECなどが名を連ねた。", "ja")
    assert {("MUFG", "Sakana AI"), ("NEC", "Sakana AI")} <= {(c.source, c.target) for c in claims if c.kind == "investment"}


# 同社 opening a sentence is the last topic company: never a bank (Japanese calls a bank 同行) -------------------
_ROUND21_INVEST_CJK_DOUSHA_JA = [
    ("Sakana AIは1日、新たな資金調達を発表した。手続きはみずほ銀行が担当した。同社は総額200億円を調達した。",
     [("investment", None, "Sakana AI", 132048065, None)]),
    ("ELYZAは新たな資金調達を発表した。引受先には三菱UFJ銀行が加わった。同社は総額50億円を調達した。",
     [("investment", "MUFG", "ELYZA", None, None), ("investment", None, "ELYZA", 33012016, None)]),
    ("米OpenAIは大手銀行団から40億ドルの融資枠を確保した。融資枠には三井住友銀行が参加した。"
     "同社は総額66億ドルの資金調達を完了した。企業価値は1570億ドルと評価された。",
     [("loan", "SMBC", "OpenAI", 4 * B, None), ("investment", None, "OpenAI", 6_600_000_000, None), ("valuation", None, "OpenAI", 157 * B, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_INVEST_CJK_DOUSHA_JA,
                         ids=[t[:16] for t, _ in _ROUND21_INVEST_CJK_DOUSHA_JA])
def test_round21_invest_cjk_dousha_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_round21_status_ja_rejected_offer_from_a_report() -> None:
    text = "また、報道によると、OpenAIは今年初め、Anysphereに買収の打診をしたが、Anysphereはそれを断ったという。"
    assert {c.status for c in extract(text, "ja") if c.kind == "acquisition"} == {"rumored"}


_ROUND21_PURCHASE_JA_GOODS = [
    ("楽天はAMDのハードウェアを導入した。", [("purchase", "Rakuten", "AMD", None, None)]),  # the maker's goods
    ("KDDIはシャープから堺工場の土地を取得することで合意した。", [("purchase", "KDDI", "Sharp", None, None)]),  # a site bought
]


@pytest.mark.parametrize("text,expected", _ROUND21_PURCHASE_JA_GOODS, ids=[t[:12] for t, _ in _ROUND21_PURCHASE_JA_GOODS])
def test_round21_purchase_ja_goods(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_round21_purchase_ja_no_site_bought() -> None:
    assert extract("トヨタはデンソーと新工場の建設で合意した。", "ja") == []  # building a plant together: no purchase


# -- round 21 compute: capacity bought "on" a provider's cloud (compute4.py) ------------------------------------

COMPUTE_ON_PLATFORM_JA_R21 = [
    ("見返りとして、AnthropicはマイクロソフトのAzureで300億ドル分の計算資源を購入することを約束。",
     [("compute_commitment", "Anthropic", "Microsoft", 30 * B, None)]),
    ("xAIはオラクルで計算資源を購入する。", [("compute_commitment", "xAI", "Oracle", None, None)]),
    ("OpenAIはオラクルのクラウドで100億ドル分の計算資源を利用する契約を結んだ。",
     [("compute_commitment", "OpenAI", "Oracle", 10 * B, None)]),
    # では is a topic, not a platform
    ("ソフトバンクでは計算資源を購入した。", []),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_ON_PLATFORM_JA_R21, ids=[t[0][:20] for t in COMPUTE_ON_PLATFORM_JA_R21])
def test_round21_compute_on_platform_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_round21_purchase_ja_site_for_a_data_centre() -> None:
    """A plant bought to become a data centre is a purchase from its owner, not a compute commitment."""
    check("ソフトバンクはシャープの工場の建物を取得し、データセンターに改修する。", "ja",
          [("purchase", "SoftBank", "Sharp", None, None)])


COMPUTE_PARTNER_JA_R21 = [
    ("AnthropicはAWSを主要なトレーニングパートナーに指定した。", [("compute_commitment", "Anthropic", "Amazon", None, None)]),
    ("ソフトバンクはOpenAIを主要なパートナーに選んだ。", []),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_PARTNER_JA_R21, ids=[t[0][:20] for t in COMPUTE_PARTNER_JA_R21])
def test_round21_compute_partner_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


LOAN_FUNDS_DEAL_JA_R21 = [
    # the loan pays for the deal told before: its payer borrows, and the banks named next lend
    ("ソフトバンクグループはOpenAIに225億ドルを出資した。出資資金の一部は、3月に国内外の銀行団と結んだ150億ドルのブリッジローンで賄った。"
     "融資はみずほ銀行が主導し、三井住友銀行、三菱UFJ銀行なども加わった。",
     [("investment", "SoftBank", "OpenAI", 22500 * M, None), ("loan", None, "SoftBank", 15 * B, None),
      ("loan", "Mizuho", "SoftBank", None, None), ("loan", "SMBC", "SoftBank", None, None),
      ("loan", "MUFG", "SoftBank", None, None)]),
    ("KDDIはローソンを買収した。買収資金は主に手元資金で賄った。", [("acquisition", "KDDI", "Lawson", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LOAN_FUNDS_DEAL_JA_R21, ids=[t[0][:20] for t in LOAN_FUNDS_DEAL_JA_R21])
def test_round21_loan_funds_a_deal_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


COMPUTE_BUILT_WITH_JA_R21 = [
    # spending on own data centres built with a neocloud: the spending has no investee, the neocloud provides
    ("Anthropicは12日、英Fluidstackと組み、テキサス州とニューヨーク州に総額500億ドルを投じて自社用のデータセンターを建設すると発表した。",
     [("compute_commitment", "Anthropic", "Fluidstack", None, None), ("investment", "Anthropic", None, 50 * B, None)]),
    ("OpenAIはCoreWeaveと組み、100億ドルを投じてデータセンターを建設する。",
     [("compute_commitment", "OpenAI", "CoreWeave", None, None), ("investment", "OpenAI", None, 10 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_BUILT_WITH_JA_R21, ids=[t[0][:20] for t in COMPUTE_BUILT_WITH_JA_R21])
def test_round21_compute_built_with_neocloud_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


COMPUTE_FOR_WHOM_JA_R21 = [
    # the party "向けに" is who the capacity serves, not the renter
    ("■データセンターのリース：一部で報じられた「OpenAI向けにオラクルのデータセンターを借り増す」との観測について、マイクロソフトは具体的な言及を避けた。",
     [("compute_commitment", "Microsoft", "Oracle", None, "rumored")]),
    ("マイクロソフトはOpenAI向けにオラクルのデータセンターを借りる。", [("compute_commitment", "Microsoft", "Oracle", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_FOR_WHOM_JA_R21, ids=[t[0][:20] for t in COMPUTE_FOR_WHOM_JA_R21])
def test_round21_compute_for_whom_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


CONTEXT_JA_DEFINED_R22 = [
    # a disclosure names its issuer once (header line or 以下「当社」) and then says 当社 / 対象者 only
    ("会 社 名　KDDI株式会社\n代表者名　代表取締役社長\n\n資本業務提携に関するお知らせ\n\n当社は、本日、Sakana AIに2億ドルを出資することを決議しました。",
     [("investment", "KDDI", "Sakana AI", 200 * M, None)]),
    ("上場会社名　楽天グループ株式会社\n\n第三者割当に関するお知らせ\n\nみずほフィナンシャルグループは当社に3億ドルを出資します。",
     [("investment", "Mizuho", "Rakuten", 300 * M, None)]),
    ("楽天グループ株式会社（以下「当社」）は、本日、次のとおりお知らせします。\n\nみずほフィナンシャルグループは当社に10億ドルを出資します。",
     [("investment", "Mizuho", "Rakuten", 1 * B, None)]),
    ("日本電信電話株式会社（以下「当社」）は、株式会社NTTデータグループ（以下「対象者」）の普通株式を取得することを決議しました。当社は対象者の株式の100%を取得します。",
     [("acquisition", "NTT", "NTT Data", None, None), ("stake", "NTT", "NTT Data", None, None)]),
    # negatives: no definition or header, an alias of a deal (以下「本件」), nothing bound
    ("当社は、Sakana AIに2億ドルを出資することを決議しました。", []),
    ("本契約（以下「本件」）について、当社は説明した。本件の金額は1億ドルです。", []),
    ("会社名の変更に関するお知らせ\n\n当社は、ELYZAに1億ドルを出資することを決議しました。", []),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT_JA_DEFINED_R22, ids=[t[0][:20] for t in CONTEXT_JA_DEFINED_R22])
def test_round22_context_ja_defined_parties(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


ROUND22_AMOUNTS_ROUND_SIZE_JA = [
    # a leader or participant of a round whose size is stated: the size is the round's (null investor)
    ("Sakana AIは、NEAが主導した約300億円の資金調達を完了した。",
     [("investment", None, "Sakana AI", 198072098, None), ("investment", "New Enterprise Associates", "Sakana AI", None, None)]),
    ("PFNはトヨタ主導で200億円を調達した。",
     [("investment", None, "Preferred Networks", 132048065, None), ("investment", "Toyota", "Preferred Networks", None, None)]),
    ("エヌビディアは、Sakana AIの300億円の調達ラウンドに参加した。",
     [("investment", None, "Sakana AI", 198072098, None), ("investment", "Nvidia", "Sakana AI", None, None)]),
    # negative: the investor's own money
    ("トヨタはPFNに100億円を出資した。", [("investment", "Toyota", "Preferred Networks", 66024033, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_AMOUNTS_ROUND_SIZE_JA, ids=[t[0][:20] for t in ROUND22_AMOUNTS_ROUND_SIZE_JA])
def test_round22_amounts_round_size_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 22, conventions: the lead of a round (主導/リード) does not carry the round's size ----------------
_CONVENTIONS_R22_JA = [
    ("ソフトバンクはOpenAIの400億ドルの資金調達を主導した。",
     [("investment", None, "OpenAI", 40 * B, None), ("investment", "SoftBank", "OpenAI", None, None)]),
    ("Sakana AIは、エヌビディアがリードする1億ドルの資金調達を実施した。",
     [("investment", None, "Sakana AI", 100 * M, None), ("investment", "Nvidia", "Sakana AI", None, None)]),
    ("ソフトバンクはOpenAIに5億ドルを出資した。", [("investment", "SoftBank", "OpenAI", 500 * M, None)]),  # own money
]


@pytest.mark.parametrize("text,expected", _CONVENTIONS_R22_JA, ids=[t[:30] for t, _ in _CONVENTIONS_R22_JA])
def test_round22_conventions_ja_lead(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 22, area "kinds": ventures named before the set-up verb, market shares, shares bought from a seller --------
ROUND22_KINDS_JA = [
    ("ムバダラとG42は投資会社MGXを共同で設立した。",
     [("joint_venture", "Mubadala", "MGX", None, None), ("joint_venture", "G42", "MGX", None, None)]),
    ("ソフトバンクとOpenAIはSB OpenAI Japanを折半出資で設立した。",
     [("joint_venture", "SoftBank", "SB OpenAI Japan", None, None), ("joint_venture", "OpenAI", "SB OpenAI Japan", None, None)]),
    # a share of a market is no stake; a share of a company is
    ("エヌビディアのAI半導体市場でのシェアは約80%に達する。", []),
    ("TSMCのファウンドリー市場シェアは約67%だ。", []),
    ("ソフトバンクはOpenAIの株式の11%を保有している。", [("stake", "SoftBank", "OpenAI", None, None)]),
    # shares bought from a named seller: purchase buyer -> seller; a unit of the seller is no stake in the seller
    ("みずほFGは楽天カードの株式の14.99%を楽天グループから約1650億円で取得する。",
     [("purchase", "Mizuho", "Rakuten", 1089396540, None)]),
    ("KDDIはソフトバンクからELYZAの株式20%を100億円で取得した。",
     [("purchase", "KDDI", "SoftBank", 66024033, None), ("stake", "KDDI", "ELYZA", 66024033, None)]),
    ("KDDIはELYZAの株式20%を100億円で取得した。",
     [("investment", "KDDI", "ELYZA", 66024033, None), ("stake", "KDDI", "ELYZA", 66024033, None)]),
    # shares issued to a named investor: the investor of the raise, never a stake of the issuer in it
    ("サカナAIはNTTに第三者割当で新株を発行し、50億円を調達した。", [("investment", "NTT", "Sakana AI", 33012016, None)]),
    ("ELYZAはKDDIに対して優先株式を発行し、約30億円を調達する。", [("investment", "KDDI", "ELYZA", 19807210, None)]),
    ("サカナAIは第三者割当で新株を発行し、50億円を調達した。", [("investment", None, "Sakana AI", 33012016, None)]),
    # founders of a known venture are its members
    ("スターゲートの設立時の出資者はソフトバンクとOpenAIだ。",
     [("joint_venture", "SoftBank", "Stargate", None, None), ("joint_venture", "OpenAI", "Stargate", None, None)]),
    # fees for data or articles paid to a company that sells no compute: revenue; fees for data centres: compute
    ("グーグルはRedditにデータ利用料として年6000万ドルを支払っている。", [("revenue", "Google", "Reddit", 60 * M, None)]),
    ("OpenAIはニューズ・コープに記事の利用料として5年で2億5000万ドルを支払う。", [("revenue", "OpenAI", "News Corp", 250 * M, None)]),
    ("OpenAIはオラクルにデータセンターの利用料として年300億ドルを支払う。",
     [("compute_commitment", "OpenAI", "Oracle", 30 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_KINDS_JA, ids=[t[0][:20] for t in ROUND22_KINDS_JA])
def test_round22_kinds_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


ROUND22_AMOUNTS_TENDER_JA = [
    # a price per share (「1株4000円」) is no deal amount; the sum stated next sizes the tender offer
    ("NTTは、NTTデータに対し1株4000円でTOBを実施すると発表した。買収総額は2兆3700億円となる。",
     [("acquisition", "NTT", "NTT Data", 15647695761, None)]),
    ("KDDIはローソンに対し、1株1万360円でTOBを実施する。買付総額は約5000億円となる。",
     [("acquisition", "KDDI", "Lawson", 3301201637, None)]),
    ("KDDIはローソンに対しTOBを実施した。買付代金の総額は約4,970億円となります。",
     [("acquisition", "KDDI", "Lawson", 3281394428, None)]),
    # negative: a price per share alone sizes nothing
    ("KDDIはローソンに対して1株当たり1万360円でTOBを行う。", [("acquisition", "KDDI", "Lawson", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_AMOUNTS_TENDER_JA, ids=[t[0][:20] for t in ROUND22_AMOUNTS_TENDER_JA])
def test_round22_amounts_tender_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 22, dev set: the same structures in Japanese (guards; the ja readings already hold) --

_ROUND22_DEV_JA = [
    ("OpenAIの最大の外部株主はマイクロソフトだ。", [("stake", "Microsoft", "OpenAI", None, None)]),
    ("マイクロソフトはアブダビのAI企業G42に15億ドルを出資する。", [("investment", "Microsoft", "G42", 1500 * M, None)]),
    ("サムスン電子とSKハイニックスはOpenAIと基本合意書を締結し、スターゲート計画向けにメモリーを供給する。",
     [("purchase", "OpenAI", "Samsung", None, None), ("purchase", "OpenAI", "SK Hynix", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), _ROUND22_DEV_JA, ids=[t[0][:16] for t in _ROUND22_DEV_JA])
def test_round22_dev_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


def test_round22_amounts_far_tranche_ja() -> None:
    """「最初の100億ドルは…」five sentences after the deal: still a tranche of it."""
    check("エヌビディアはOpenAIに最大1000億ドルを投資する。OpenAIは10ギガワットのシステムを展開する。"
          "最初のシステムは2026年に稼働する。フアンCEOは「記念碑的だ」と述べた。批評家は循環取引だと指摘する。"
          "最初の100億ドルは、最初のギガワットが完成した時に投資される。", "ja",
          [("investment", "Nvidia", "OpenAI", 100 * B, None), ("investment", "Nvidia", "OpenAI", 10 * B, None)])


ROUND22_AMOUNTS_DEBT_EQUITY_JA = [
    # 負債と株式: the equity part is an investment (investor unnamed), the debt a loan; 計… restates both
    ("xAIは7月、米モルガン・スタンレーを通じて50億ドルの負債と50億ドルの株式による計100億ドルを調達したと発表した。",
     [("loan", None, "xAI", 5 * B, None), ("investment", None, "xAI", 5 * B, None)]),
    ("Anthropicは20億ドルの借り入れと30億ドルの株式で資金を調達した。",
     [("loan", None, "Anthropic", 2 * B, None), ("investment", None, "Anthropic", 3 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_AMOUNTS_DEBT_EQUITY_JA, ids=[t[0][:20] for t in ROUND22_AMOUNTS_DEBT_EQUITY_JA])
def test_round22_amounts_debt_equity_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


ROUND22_AMOUNTS_TAKEOVER_SHARE = [
    ("ja", "KDDIは3月、AIスタートアップのELYZAの株式43.4%を取得し連結子会社化した。", ("KDDI", "ELYZA", 43.4)),
    ("ja", "ソフトバンクはアームの株式の約75%を取得し子会社化した。", ("SoftBank", "Arm", 75.0)),
    ("zh", "鸿海2016年以约3888亿日元取得夏普66%股权。", ("Foxconn", "Sharp", 66.0)),
    ("en", "Foxconn acquired 66% of Sharp for $3.5 billion in 2016.", ("Foxconn", "Sharp", 66.0)),
    # negative: the percentage is someone else's holding, not the share bought
    ("zh", "软银以65亿美元收购Ampere全部股份，此前甲骨文持有其32%的股份。", ("SoftBank", "Ampere Computing", None)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROUND22_AMOUNTS_TAKEOVER_SHARE, ids=[t[1][:20] for t in ROUND22_AMOUNTS_TAKEOVER_SHARE])
def test_round22_amounts_takeover_share(lang: str, text: str, expected: tuple) -> None:
    """A takeover states the share it bought ("取得夏普66%股權", 「株式43.4%を取得し子会社化」)."""
    acq = [(c.source, c.target, c.pct) for c in extract(text, lang) if c.kind == "acquisition"]
    assert acq == [expected], acq


# -- round 23, ja dev: 本体, のほか, counted lists, yardsticks, split names, counter-suits (ja_dev6.py) --------

_ROUND23_JA_DEV_SLOTS = [
    # "X本体への": the marker after 本体 is X's
    ("関係者によると、ソフトバンクはOpenAI本体への100億ドルの出資を検討している。",
     [("investment", "SoftBank", "OpenAI", 10 * B, "rumored")]),
    ("KDDIはソフトバンク本体に5億ドルを出資した。", [("investment", "KDDI", "SoftBank", 500 * M, None)]),
    ("トヨタはNTT本体から20億ドルを調達した。", [("investment", "NTT", "Toyota", 2 * B, None)]),
    # "Aのほか、B、Cの3メガバンクも": the whole list invests
    ("米エヌビディアのほか、三菱UFJ、三井住友、みずほの3メガバンクもSakana AIに出資した。",
     [("investment", s, "Sakana AI", None, None) for s in ("Nvidia", "MUFG", "SMBC", "Mizuho")]),
    ("ELYZAにはNTT、KDDIの2社が出資している。",
     [("investment", s, "ELYZA", None, None) for s in ("NTT", "KDDI")]),
    ("ソニーのほか、トヨタもラピダスに出資した。",
     [("investment", s, "Rapidus", None, None) for s in ("Sony", "Toyota")]),
    # negative: のほか after a target keeps it a target
    ("KDDIはELYZAのほか、Sakana AIに出資した。",
     [("investment", "KDDI", "ELYZA", None, None), ("investment", "KDDI", "Sakana AI", None, None)]),
    # "Yに並ぶ/に次ぐ": a yardstick, no party
    ("ソフトバンクはOpenAIにとってマイクロソフトに並ぶ大口株主となる。",
     [("stake", "SoftBank", "OpenAI", None, None)]),
    ("アマゾンはAnthropicにとってグーグルに次ぐ株主だ。", [("stake", "Amazon", "Anthropic", None, None)]),
    ("エヌビディアはマイクロソフトと並んでOpenAIに10億ドルを出資した。",
     [("investment", "Nvidia", "OpenAI", 1 * B, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND23_JA_DEV_SLOTS, ids=[t[:16] for t, _ in _ROUND23_JA_DEV_SLOTS])
def test_round23_ja_dev_slots(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


_ROUND23_JA_DEV_NONE = [
    # a name cut out of the deal word (中投 in 集中投資) is no investor
    "市場では「OpenAIへの集中投資のリスク」を指摘する声もある。",
    "アナリストはエヌビディアへの集中投資を懸念している。",
    # a yardstick alone gives no deal
    "OpenAIの評価額はマイクロソフトに並ぶ水準となる。",
]


@pytest.mark.parametrize("text", _ROUND23_JA_DEV_NONE, ids=[t[:16] for t in _ROUND23_JA_DEV_NONE])
def test_round23_ja_dev_none(text: str) -> None:
    assert [c for c in extract(text, "ja") if c.kind in ("investment", "stake")] == []


_ROUND23_JA_DEV_SUITS = [
    ("OpenAIは4月、マスク氏による嫌がらせ行為の差し止めを求める反訴を起こした。",
     [("lawsuit", "OpenAI", "Elon Musk", None, None)]),
    ("アップルはサムスンによる特許侵害を理由に訴訟を起こした。", [("lawsuit", "Apple", "Samsung", None, None)]),
    ("ソニーは任天堂による特許侵害をめぐり提訴した。", [("lawsuit", "Sony", "Nintendo", None, None)]),
    # the defendant named as object stays; the による party is then no defendant
    ("xAIはアップルによる妨害を理由にOpenAIを提訴した。", [("lawsuit", "xAI", "OpenAI", None, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND23_JA_DEV_SUITS, ids=[t[:16] for t, _ in _ROUND23_JA_DEV_SUITS])
def test_round23_ja_dev_suits(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


ROUND23_PRECISION_JA = [
    # the members of a list all invest in the named venture, not in each other
    ("ソフトバンク、オラクル、MGXとOpenAIがそろってスターゲートに出資した。",
     [("investment", "SoftBank", "Stargate", None, None), ("investment", "Oracle", "Stargate", None, None),
      ("investment", "MGX", "Stargate", None, None), ("investment", "OpenAI", "Stargate", None, None)]),
    ("トヨタとNTTが共同で出資した。", []),
    # vague magnitudes are no figure
    ("米国の巨大テック企業が1社で数百億ドルを投じている。", []),
    ("マイクロソフトはOpenAIに数十億ドルを出資した。", [("investment", "Microsoft", "OpenAI", None, None)]),
    ("ソフトバンクはOpenAIに100億ドルを出資した。", [("investment", "SoftBank", "OpenAI", 10 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND23_PRECISION_JA)
def test_round23_precision_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 23, context_ja (second pass): defining parentheses, tender offers, later totals, takeover loans --
CONTEXT_JA_R23 = [
    # a defining parenthesis between the party and its particle (X（以下「Y」）の買収 / を)
    ("ソフトバンクグループは、米Graphcore Limited（以下「グラフコア」）の買収を完了しました。",
     [("acquisition", "SoftBank", "Graphcore", None, None)]),
    ("KDDIは、株式会社ローソン（以下「対象者」）を子会社化しました。", [("acquisition", "KDDI", "Lawson", None, None)]),
    # a tender offer for a company's shares: the subject acquires the company, not its owner
    ("当社の親会社であるNTTは、株式会社NTTデータグループ（以下「対象者」）の普通株式を公開買付けにより取得することを決議しました。",
     [("acquisition", "NTT", "NTT Data", None, None), ("stake", "NTT", "NTT Data", None, None)]),
    ("ＫＤＤＩは、ローソンの株式を公開買付けにより取得すると発表した。",
     [("acquisition", "KDDI", "Lawson", None, None), ("stake", "KDDI", "Lawson", None, None)]),
    # a later total sizes the nearest deal of its kind, even past a few sentences when its head is definite
    ("ソフトバンクグループは、グラフコアを買収することを決議しました。\n\n１．概要\nグラフコアは英国の企業です。\n"
     "同社は半導体を設計しています。\n本社は英国にあります。\n本買収の取引総額は6億ドルです。",
     [("acquisition", "SoftBank", "Graphcore", None, None), ("acquisition", "SoftBank", "Graphcore", 600 * M, None)]),
    ("楽天はみずほ銀行から資金を借り入れた。融資額は5億ドルに上ったという。",
     [("loan", "Mizuho", "Rakuten", 500 * M, None)]),
    # the money for a takeover: the borrower is the acquirer
    ("ソフトバンクグループは、グラフコアを買収すると発表した。買収資金は、みずほ銀行からのブリッジローンで賄う。",
     [("acquisition", "SoftBank", "Graphcore", None, None), ("loan", "Mizuho", "SoftBank", None, None)]),
    ("ＫＤＤＩは、ローソンの株式を公開買付けにより取得すると発表した。本公開買付けに要する資金は、三井住友銀行からの借入れ（上限20億ドル）により賄います。",
     [("acquisition", "KDDI", "Lawson", None, None), ("stake", "KDDI", "Lawson", None, None),
      ("loan", "SMBC", "KDDI", 2 * B, None)]),
    # negatives: an indefinite total far from the deal; a total whose nearest deal is sized already
    ("ソフトバンクグループは、グラフコアを買収すると発表した。\n同社は英国の企業だ。\n本社は英国にある。\n社員は500人だ。\n買収額は6億ドルだった。",
     [("acquisition", "SoftBank", "Graphcore", None, None)]),
    ("ソフトバンクグループは、グラフコアを6億ドルで買収した。\n同社は英国の企業だ。\n本買収の取引総額は7億ドルです。",
     [("acquisition", "SoftBank", "Graphcore", 600 * M, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT_JA_R23, ids=[t[0][:20] for t in CONTEXT_JA_R23])
def test_round23_context_ja_totals_and_takeovers(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


_ROUND23_JA_DEV_SPLIT_JV = [("joint_venture", s, "SB OpenAI Japan", None, None) for s in ("SoftBank", "OpenAI")]
_ROUND23_JA_DEV_SPLIT_STAKES = {("SoftBank", "SB OpenAI Japan", 50.0), ("OpenAI", "SB OpenAI Japan", 50.0)}
_ROUND23_JA_DEV_SPLITS = [
    ("ソフトバンクとOpenAIは合弁会社「SB OpenAI Japan」を設立する。出資比率はそれぞれ50%とし、日本で販売する。",
     _ROUND23_JA_DEV_SPLIT_STAKES),
    ("ソフトバンクとOpenAIは合弁会社「SB OpenAI Japan」を設立することで合意した。新会社は日本企業向けにAIを販売する。"
     "出資比率は50%ずつとなる。", _ROUND23_JA_DEV_SPLIT_STAKES),
    ("ソフトバンクとOpenAIは合弁会社「SB OpenAI Japan」を設立する。両社はそれぞれ50％を出資する。",
     _ROUND23_JA_DEV_SPLIT_STAKES),
    ("ソフトバンクとOpenAIはSB OpenAI Japanを共同で設立した。同社は東京に本社を置く。両社が50%ずつの折半出資だ。",
     _ROUND23_JA_DEV_SPLIT_STAKES),
    # negatives: a price move split "each" is no holding; no venture before, no split
    ("ソフトバンクとOpenAIは合弁会社「SB OpenAI Japan」を設立する。両社の株価はそれぞれ5%上昇した。", set()),
    ("ソフトバンクはOpenAIに出資した。出資比率はそれぞれ10%となる。", set()),
]


@pytest.mark.parametrize("text,expected", _ROUND23_JA_DEV_SPLITS, ids=[t[-16:] for t, _ in _ROUND23_JA_DEV_SPLITS])
def test_round23_ja_dev_venture_splits(text: str, expected: set) -> None:
    claims = extract(text, "ja")
    assert {(c.source, c.target, c.pct) for c in claims if c.kind == "stake"} == expected
    if "合弁会社" in text:
        assert {(c.kind, c.source, c.target) for c in claims if c.kind == "joint_venture"} == {
            e[:3] for e in _ROUND23_JA_DEV_SPLIT_JV}


_ROUND23_JA_RECALL = [
    # a gapped first investor keeps its own amount
    ("マイクロソフトが最大50億ドル、エヌビディアが最大100億ドルをAnthropicに出資する。",
     [("investment", "Microsoft", "Anthropic", 5 * B, None), ("investment", "Nvidia", "Anthropic", 10 * B, None)]),
    ("アマゾンが20億ドル、グーグルが10億ドルをAnthropicに投資した。",
     [("investment", "Amazon", "Anthropic", 2 * B, None), ("investment", "Google", "Anthropic", 1 * B, None)]),
    # a possessed product or unit bought: the possessor is the target
    ("パープレキシティはグーグルのブラウザー「Chrome」を345億ドルで買収すると提案した。",
     [("acquisition", "Perplexity", "Google", 34_500 * M, None)]),
    ("ソフトバンクグループはABBのロボット事業を53億7500万ドルで取得すると発表した。",
     [("acquisition", "SoftBank", "ABB", 5_375 * M, None)]),
    # a company bought with a plain buy verb
    ("OpenAIはWindsurfを約30億ドルで買う計画だった。", [("acquisition", "OpenAI", "Codeium", 3 * B, None)]),
    ("OpenAIはWindsurfを約30億ドルで購入する計画だった。", [("acquisition", "OpenAI", "Codeium", 3 * B, None)]),
    # a unit taken over in the passive
    ("Windsurfの残りの事業はCognitionによって取得された。", [("acquisition", "Cognition AI", "Codeium", None, None)]),
    # manufacturing outsourced, the foundry named first; goods bought from a maker after から
    ("Preferred Networksは台湾積体電路製造（TSMC）にチップ製造を委託してきた。",
     [("purchase", "Preferred Networks", "TSMC", None, None)]),
    ("KDDIはサーバーを米スーパーマイクロコンピューターから調達する計画だ。", [("purchase", "KDDI", "Supermicro", None, None)]),
    ("オラクルはエヌビディアのGPUを大量に買い込んでいる。", [("purchase", "Oracle", "Nvidia", None, None)]),
    # katakana names the knowledge base now knows
    ("リベリオンは英アームから出資を受けた。", [("investment", "Arm", "Rebellions", None, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND23_JA_RECALL)
def test_round23_ja_recall_structures(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text", [
    "ソニーはNTTから特許を取得した。",
    "KDDIは経済産業省の認定を取得した。",
    "アップルはソニーのセンサーを購入した。",
    "グーグルはWindsurfと話した。残りの会社はCognitionによって取得された。",
    "サーバーは米スーパーマイクロコンピューターから届いた。",
    "ソフトバンクはアームの事業について説明した。",
])
def test_round23_ja_recall_none(text: str) -> None:
    assert summary(extract(text, "ja")) == set()


_ROUND23_JA_DEV_LISTED_MEMBERS = [
    # "出資者に名を連ねる" with a known venture in the sentence: a member of the venture (kinds5 founders)
    ("アラブ首長国連邦の投資会社MGXもスターゲートの出資者に名を連ねる。", [("joint_venture", "MGX", "Stargate", None, None)]),
    ("スターゲートにはオラクルも出資企業として名を連ねている。", [("joint_venture", "Oracle", "Stargate", None, None)]),
    ("ソフトバンクやOpenAIがスターゲート計画の出資者に名を連ねた。",
     [("joint_venture", s, "Stargate", None, None) for s in ("SoftBank", "OpenAI")]),
    # negative: no venture named, an investor of a company stays an investor
    ("MGXはOpenAIの出資者に名を連ねる。", [("investment", "MGX", "OpenAI", None, None)]),
]

_ROUND23_JA_DEV_LOCATED = [
    # a country before a descriptor of the next party only locates it
    ("アラブ首長国連邦の投資会社MGXはOpenAIに10億ドルを出資した。", [("investment", "MGX", "OpenAI", 1 * B, None)]),
    ("UAEの投資会社MGXもスターゲートの出資者に名を連ねる。", [("joint_venture", "MGX", "Stargate", None, None)]),
    # negative: a ministry acting as the subject stays the granter
    ("経済産業省は国内企業のさくらインターネットに5億ドルを助成する。",
     [("investment", "Japan METI", "Sakura Internet", 500 * M, None)]),
]


_ROUND23_JA_DEV_LOCATED += [
    # the owner of a unit bought is the target, never the buyer, even with the buyer dropped
    ("日立はABBのパワーグリッド事業を約70億ドルで買収した。", [("acquisition", "Hitachi", "ABB", 7 * B, None)]),
    ("ABBのロボティクス事業をソフトバンクが約54億ドルで買収する。", [("acquisition", "SoftBank", "ABB", 5400 * M, None)]),
    ("10月にはスイスABBのロボティクス事業を約54億ドルで買収することで合意した。", []),
    ("インテルのアルテラ株式の51%をシルバーレイクが取得する。", [("acquisition", "Silver Lake", "Altera", None, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND23_JA_DEV_LOCATED, ids=[t[:16] for t, _ in _ROUND23_JA_DEV_LOCATED])
def test_round23_ja_dev_located(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


@pytest.mark.parametrize("text,expected", _ROUND23_JA_DEV_LISTED_MEMBERS,
                         ids=[t[:16] for t, _ in _ROUND23_JA_DEV_LISTED_MEMBERS])
def test_round23_ja_dev_listed_members(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# Round 24, area "tables and records": deal trackers as rows or label/value records (rules/tables7.py).
ROUND24_TABLES_JA = [
    # a round table about the article's subject, with a valuation column
    ("ElevenLabsの資金調達の歩み\n\nElevenLabsは音声AIの企業です。ElevenLabsは急成長しています。"
     "ElevenLabsの調達履歴は以下の通り。\n\n| ラウンド | 時期 | 調達額 | 評価額 | リード投資家 |\n"
     "|---|---|---|---|---|\n| シリーズB | 2024年1月 | 8000万ドル | 11億ドル | セコイア・キャピタル |\n",
     [("investment", None, "ElevenLabs", 80 * M, "completed"), ("valuation", None, "ElevenLabs", 1100 * M, None),
      ("investment", "Sequoia Capital", "ElevenLabs", None, None)]),
    # label/value record
    ("会社名：Sakana AI\n調達額：200億円\n引受先：エヌビディア\n",
     [("investment", None, "Sakana AI", 132048065, None), ("investment", "Nvidia", "Sakana AI", None, None)]),
    # negative: a share table is no deal table
    ("国内クラウド市場\n\n| 企業 | シェア |\n|---|---|\n| アマゾン | 30% |\n| マイクロソフト | 20% |\n", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND24_TABLES_JA)
def test_round24_tables_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)


# -- round 24, area "status conventions": 〜を完了した/調達したと発表 is completed; 累計/これまでに/出資済み is reported ---
ROUND24_STATUS_JA = [
    ("ソフトバンクグループはOpenAIへの225億ドルの出資を完了したと発表した。", ("investment", "SoftBank", "OpenAI"), "completed"),
    ("プリファードネットワークスは約190億円を調達したと明らかにした。", ("investment", None, "Preferred Networks"), "completed"),
    ("サカナAIはシリーズBで約200億円の資金調達を完了したと発表した。", ("investment", None, "Sakana AI"), "completed"),
    ("グーグルはアンソロピックにこれまでに30億ドルを出資している。", ("investment", "Google", "Anthropic"), "reported"),
    ("NTTはサカナAIに出資済みだ。", ("investment", "NTT", "Sakana AI"), "reported"),
    ("ソフトバンクはOpenAIに累計で300億ドルを出資した。", ("investment", "SoftBank", "OpenAI"), "reported"),
    # negatives: 予定/すると発表 keep the deal ahead; a dated 出資した stays completed; 総額 is a round's size
    ("サカナAIは約200億円を調達する予定だと発表した。", ("investment", None, "Sakana AI"), "announced"),
    ("ソフトバンクはOpenAIに225億ドルを出資すると発表した。", ("investment", "SoftBank", "OpenAI"), "announced"),
    ("グーグルは2023年10月にアンソロピックへ20億ドルを出資した。", ("investment", "Google", "Anthropic"), "completed"),
    ("NTTはサカナAIに出資する方針だ。", ("investment", "NTT", "Sakana AI"), "proposed"),
    ("プリファードネットワークスは総額190億円の資金調達を完了したと発表した。", ("investment", None, "Preferred Networks"), "completed"),
]


@pytest.mark.parametrize(("text", "triple", "status"), ROUND24_STATUS_JA, ids=[t[0][:16] for t in ROUND24_STATUS_JA])
def test_round24_status_ja(text: str, triple: tuple, status: str) -> None:
    claims = extract(text, "ja", published="2025-10-01")
    got = {c.status for c in claims if (c.kind, c.source, c.target) == triple}
    assert got == {status}, [(c.kind, c.source, c.target, c.status) for c in claims]


# -- round 25, area "grants_ja": recipients of a ministry's grant listed on lines of their own -------------

_R25_GRANT_LISTS = [
    # (text, expected {(source, target, status)})
    ("経済産業省は5月10日、計算資源の整備を支援するため3社に最大で合計300億円を助成すると発表した。\n\n"
     "■採択された企業\n・KDDI：最大150億円\n・さくらインターネット：最大100億円\n・GMOインターネット：最大50億円\n",
     {("Japan METI", "KDDI", "up_to"), ("Japan METI", "Sakura Internet", "up_to"),
      ("Japan METI", "GMO Internet", "up_to")}),
    ("経産省が半導体工場への補助を決めた。内訳は次の通り。\n・ソフトバンク：421億円\n・KDDI：102億円（2年間）\n",
     {("Japan METI", "SoftBank", "announced"), ("Japan METI", "KDDI", "announced")}),
    ("メモリーの補助金をまとめると、\n\n・キオクシアの北上工場への支援：最大2430億円（2024年2月、経済産業省）\n"
     "・マイクロン広島工場への助成：最大1920億円（2023年10月）\n",
     {("Japan METI", "Kioxia", "up_to"), ("Japan METI", "Micron", "up_to")}),
    # negatives: no government grant above; a revenue table; a label that is not just the company
    ("各社の売上高は次の通り。\n・KDDI：5兆円\n・ソフトバンク：6兆円\n", set()),
    ("ソフトバンクはAI投資を拡大する。\n・KDDI：最大150億円\n", set()),
    ("経済産業省は3社への助成を発表した。\n・KDDIの売上高：5兆円\n・ソフトバンクの純利益：1兆円\n", set()),
    ("経済産業省は助成を発表した。その後、各社は投資計画を詳しく説明し、市場の反応も大きかったとみられる。\n"
     "・KDDI：最大150億円\n", set()),
]


@pytest.mark.parametrize("text,expected", _R25_GRANT_LISTS)
def test_round25_ja_grant_lists(text: str, expected: set) -> None:
    got = {(c.source, c.target, c.status) for c in extract(text, "ja")
           if any("grants_ja8" in n for n in c.notes)}
    assert got == expected
    assert all(c.amount_usd for c in extract(text, "ja") if any("grants_ja8" in n for n in c.notes))


# Round 25, area "lists_ja": investors listed after a round, "AとBがそれぞれ" (rules/lists_ja8.py).
ROUND25_LISTS_JA = [
    ("サカナAIはシリーズBで200億円を調達した。評価額は4000億円。既存投資家のコースラ・ベンチャーズとラックス・キャピタルも追加出資した。",
     [("investment", None, "Sakana AI", 132048065, None), ("valuation", None, "Sakana AI", 2640961310, None),
      ("investment", "Khosla Ventures", "Sakana AI", None, None), ("investment", "Lux Capital", "Sakana AI", None, None)]),
    ("サカナAIはシリーズBで200億円を調達した。三菱UFJ銀行、三井住友銀行、みずほ銀行の3メガバンクが引き続き出資した。",
     [("investment", None, "Sakana AI", 132048065, None), ("investment", "MUFG", "Sakana AI", None, None),
      ("investment", "SMBC", "Sakana AI", None, None), ("investment", "Mizuho", "Sakana AI", None, None)]),
    ("サカナAIはシリーズBで200億円を調達した。引受先にはエヌビディアとSBIが名を連ねた。",
     [("investment", None, "Sakana AI", 132048065, None), ("investment", "Nvidia", "Sakana AI", None, None),
      ("investment", "SBI Holdings", "Sakana AI", None, None)]),
    # negatives: an investment only considered; a venture left unnamed
    ("サカナAIはシリーズBで200億円を調達した。トヨタとソニーもそれぞれ出資を検討している。",
     [("investment", None, "Sakana AI", 132048065, None)]),
    ("トヨタとソニーは新会社を設立する。両社はそれぞれ30億円を出資する。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND25_LISTS_JA)
def test_round25_lists_ja(text: str, expected: list[tuple]) -> None:
    check(text, "ja", expected)
