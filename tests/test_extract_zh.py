"""Chinese rules: short sentences -> expected claims (kind, source, target, amount_usd, status)."""

from __future__ import annotations

import pytest

from tests._extract_table import B, M, check, extract

CASES = [
    ("腾讯向月之暗面投资了3亿美元。", [("investment", "Tencent", "Moonshot AI", 300 * M, "completed")]),
    ("阿里巴巴对智谱AI投资10亿美元。", [("investment", "Alibaba", "Zhipu AI", 1 * B, None)]),
    ("月之暗面获得了阿里巴巴的8亿美元投资。", [("investment", "Alibaba", "Moonshot AI", 800 * M, None)]),
    ("百度斥资5亿美元收购了欢聚集团的国内直播业务。", []),
    ("英伟达宣布收购CoreWeave。", [("acquisition", "Nvidia", "CoreWeave", None, "announced")]),
    ("微软持有OpenAI 49%的股份。", [("stake", "Microsoft", "OpenAI", None, None)]),
    ("亚马逊同意向Anthropic投资最多40亿美元。", [("investment", "Amazon", "Anthropic", 4 * B, "up_to")]),
    ("OpenAI承诺向甲骨文支付3000亿美元的云服务费用。", [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    ("据知情人士透露，软银计划向OpenAI投资400亿美元。", [("investment", "SoftBank", "OpenAI", 40 * B, "rumored")]),
    ("字节跳动购买了大量英伟达芯片。", [("purchase", "ByteDance", "Nvidia", None, None)]),
    ("马斯克起诉OpenAI。", [("lawsuit", "Elon Musk", "OpenAI", None, None)]),
    ("OpenAI的估值达到1570亿美元。", [("valuation", None, "OpenAI", 157 * B, None)]),
    ("微軟向OpenAI投資了100億美元。", [("investment", "Microsoft", "OpenAI", 10 * B, "completed")]),  # Traditional
    ("月之暗面完成了10亿美元融资。", [("investment", None, "Moonshot AI", 1 * B, None)]),
    ("阿里巴巴将投入70亿美元建设数据中心。", [("investment", "Alibaba", None, 7 * B, None)]),
    ("甲骨文、软银和OpenAI宣布成立“星际之门”。", [("joint_venture", "Oracle", "Stargate", None, None),
                                       ("joint_venture", "SoftBank", "Stargate", None, None),
                                       ("joint_venture", "OpenAI", "Stargate", None, None)]),
    # a contract between A and B: the compute seller is the provider
    ("CoreWeave与微软签订了价值100亿美元的合同。", [("compute_commitment", "Microsoft", "CoreWeave", 10 * B, None)]),
    # label lines of a funding record: the header's company is the investee
    ("【事件3】智谱\n金额：10亿元人民币\n投资方：腾讯、美团\n投后估值：约14亿美元",
     [("investment", "Tencent", "Zhipu AI", None, None), ("investment", "Meituan", "Zhipu AI", None, None),
      ("valuation", None, "Zhipu AI", 1400 * M, None)]),
]

NEGATIVE = [
    "苹果没有投资OpenAI。",
    "投资者对英伟达的财报反应积极。",
    "微软云服务营收同比增长29%。",
    "市场有风险，投资需谨慎。",
    "腾讯的市值升至6000亿美元。",
    "马斯克敦促两人融资10亿美元。",
    "这为微软提供了投资OpenAI的机会。",
    "腾讯、小米亦承接部分订单。",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:20] for c in CASES])
def test_chinese_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "zh", expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_chinese_non_claims(text: str) -> None:
    assert extract(text, "zh") == []


def test_reference_resolution_lowers_confidence() -> None:
    text = "谷歌向Anthropic投资了20亿美元，而后者同意向谷歌云支付30亿美元购买其服务。"
    claims = {(c.kind, c.source, c.target): c for c in extract(text, "zh")}
    inv = claims[("investment", "Google", "Anthropic")]
    cloud = claims[("compute_commitment", "Anthropic", "Google")]
    assert cloud.confidence < inv.confidence
    assert any("reference" in n for n in cloud.notes)


def test_venture_members_listed_after_you() -> None:
    # 由A、B與C成立 (Traditional 與): every member of the list, not only the last
    text = "星際之門由OpenAI、軟銀與甲骨文共同成立。"
    assert {(c.kind, c.source, c.target) for c in extract(text, "zh")} == {
        ("joint_venture", m, "Stargate") for m in ("OpenAI", "SoftBank", "Oracle")}


def test_venture_size_in_the_same_sentence() -> None:
    text = "软银、OpenAI与阿布扎比的MGX共同宣布成立“星际之门”项目，计划最多投入5000亿美元。"
    got = {(c.kind, c.source, c.target, int(c.amount_usd) if c.amount_usd else None) for c in extract(text, "zh")}
    assert got == {("joint_venture", m, "Stargate", 500 * B) for m in ("SoftBank", "OpenAI", "MGX")}
