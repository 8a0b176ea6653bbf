"""Entity knowledge base and mention finding: aliases in five scripts, boundaries, references."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealgraph.cli.entities import entities as entities_cli
from dealgraph.entities import KnowledgeBase, Resolver, default_kb, find_mentions, reference_parties
from dealgraph.entities._fold import fold
from dealgraph.entities.kb import AMBIGUOUS_FILE, parse_alias
from dealgraph.model import ENTITY_TYPES

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def found(text: str, lang: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity) for m in find_mentions(text, lang)]


def entities_in(text: str, lang: str | None = None) -> list[str | None]:
    return [m.entity for m in find_mentions(text, lang)]


# -- aliases in every language -----------------------------------------------------------------

@pytest.mark.parametrize("text,entity", [
    ("微软", "Microsoft"), ("微軟", "Microsoft"), ("マイクロソフト", "Microsoft"), ("마이크로소프트", "Microsoft"),
    ("Microsoft Corp.", "Microsoft"), ("Open AI", "OpenAI"), ("オープン AI", "OpenAI"), ("오픈AI", "OpenAI"),
    ("英伟达", "Nvidia"), ("輝達", "Nvidia"), ("エヌビディア", "Nvidia"), ("엔비디아", "Nvidia"), ("NVIDIA", "Nvidia"),
    ("谷歌", "Google"), ("グーグル", "Google"), ("구글", "Google"), ("Alphabet", "Google"),
    ("软银", "SoftBank"), ("軟銀", "SoftBank"), ("ソフトバンク", "SoftBank"), ("소프트뱅크", "SoftBank"),
    ("亚马逊", "Amazon"), ("亞馬遜", "Amazon"), ("アマゾン", "Amazon"), ("아마존", "Amazon"),
    ("甲骨文", "Oracle"), ("オラクル", "Oracle"), ("アンソロピック", "Anthropic"), ("月之暗面", "Moonshot AI"),
    ("智谱", "Zhipu AI"), ("马斯克", "Elon Musk"), ("머스크", "Elon Musk"), ("イーロン・マスク", "Elon Musk"),
    ("アルトマン", "Sam Altman"), ("奥特曼", "Sam Altman"), ("올트먼", "Sam Altman"), ("Musk", "Elon Musk"),
    ("台積電", "TSMC"), ("阿里雲", "Alibaba"), ("騰訊雲", "Tencent"), ("華為雲", "Huawei"), ("ＯｐｅｎＡＩ", "OpenAI"),
])
def test_alias_in_any_script(text: str, entity: str) -> None:
    assert entities_in(f"「{text}」") == [entity]


@pytest.mark.parametrize("text,entity,unit", [
    ("Azure", "Microsoft", "Azure"), ("Microsoft Azure", "Microsoft", "Azure"), ("AWS", "Amazon", "AWS"),
    ("Amazon Web Services", "Amazon", "AWS"), ("Google Cloud", "Google", "Google Cloud"),
    ("谷歌云", "Google", "Google Cloud"), ("DeepMind", "Google", "DeepMind"), ("Instagram", "Meta", "Instagram"),
    ("Oracle Cloud Infrastructure", "Oracle", "Oracle Cloud"), ("OCI", "Oracle", "Oracle Cloud"),
    ("阿里云", "Alibaba", "Alibaba Cloud"), ("ChatGPT", "OpenAI", "ChatGPT"),
])
def test_units_roll_up_to_parent(text: str, entity: str, unit: str) -> None:
    [m] = find_mentions(f"{text} grew")
    assert (m.text, m.entity, m.unit, m.type) == (text, entity, unit, "company")


def test_person_mentions() -> None:
    ms = find_mentions("マスク氏はOpenAIを訴えた。")
    assert (ms[0].text, ms[0].entity, ms[0].type) == ("マスク", "Elon Musk", "person")
    assert entities_in("マスクを着用した") == []  # a mask, not Musk: the title is required
    assert entities_in("마스크 씨가 말했다") == ["Elon Musk"]


# -- boundaries and longest match ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("the metadata and Meta", [("Meta", "Meta")]),
    ("an army with arms, and Arm", [("Arm", "Arm")]),
    ("an oracle spoke; Oracle signed", [("Oracle", "Oracle")]),
    ("apple pie at Apple", [("Apple", "Apple")]),
    ("a mistral wind and Mistral", [("Mistral", "Mistral AI")]),
    ("Meta-analysis", []),
    ("Google Cloud and Google", [("Google Cloud", "Google"), ("Google", "Google")]),
    ("谷歌云和谷歌", [("谷歌云", "Google"), ("谷歌", "Google")]),
    ("Google Cloudflare", [("Google", "Google"), ("Cloudflare", "Cloudflare")]),
    ("メタバースとメタ社", [("メタ社", "Meta")]),
    ("구글이 메타버스를", [("구글", "Google")]),
    ("Coreweave购买了英伟达GPU", [("Coreweave", "CoreWeave"), ("英伟达", "Nvidia")]),
    ("OpenAI's deal", [("OpenAI", "OpenAI")]),
    ("ORACLE and ARM", [("ORACLE", "Oracle"), ("ARM", "Arm")]),
])
def test_boundaries_case_and_longest(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_offsets_survive_folding() -> None:
    text = "ＯｐｅｎＡＩ與微軟簽約，輝達也參與。"
    for m in find_mentions(text):
        assert text[m.start:m.end] == m.text
    assert entities_in(text) == ["OpenAI", "Microsoft", "Nvidia"]
    assert len(fold(text)) == len(text)


def test_mentions_sorted_and_non_overlapping() -> None:
    text = "SoftBank Group and OpenAI set up SB OpenAI Japan; the latter and Microsoft Azure agreed."
    ms = find_mentions(text)
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))
    assert ("SB OpenAI Japan", "SB OpenAI Japan") in found(text)


def test_ambiguous_alias_needs_the_full_name_in_the_document() -> None:
    assert entities_in("Amodei said so.") == []
    assert entities_in("Dario Amodei spoke. Later Amodei said so.") == ["Dario Amodei", "Dario Amodei"]
    assert entities_in("Huang spoke.") == []
    assert entities_in("Jensen Huang spoke. Huang said.") == ["Jensen Huang", "Jensen Huang"]


# -- references ----------------------------------------------------------------------------------

def test_latter_and_former_zh() -> None:
    ms = find_mentions("谷歌同意向Anthropic投资20亿美元，而后者同意向谷歌云付款。前者则表示欢迎。")
    refs = [(m.text, m.entity, m.via) for m in ms if m.via == "reference"]
    assert refs == [("后者", "Anthropic", "reference"), ("前者", "Anthropic", "reference")]


def test_latter_former_en() -> None:
    ms = find_mentions("Amazon invested in Anthropic, and the latter will use AWS. Nvidia met Intel; the former won.")
    refs = [(m.text, m.entity) for m in ms if m.via == "reference"]
    assert refs == [("the latter", "Anthropic"), ("the former", "Nvidia")]


def test_both_parties() -> None:
    ms = find_mentions("亚马逊向Anthropic投资40亿美元。双方还达成了另一项协议。")
    [both] = [m for m in ms if m.via == "reference"]
    assert (both.text, both.entity, both.unit) == ("双方", None, "Amazon|Anthropic")
    assert reference_parties(both) == ("Amazon", "Anthropic")
    [ja] = [m for m in find_mentions("ソフトバンクとOpenAIは提携した。両社は合弁会社を作る。") if m.via == "reference"]
    assert reference_parties(ja) == ("SoftBank", "OpenAI")


def test_company_references() -> None:
    assert [(m.text, m.entity) for m in find_mentions("テスラは赤字だった。同社は株価が下落した。")
            if m.via == "reference"] == [("同社", "Tesla")]
    # a sentence-initial 该公司 is the previous sentence's subject (round 16), unless that came after 向/对/与
    assert [(m.text, m.entity) for m in find_mentions("微软投资了OpenAI。该公司表示满意。")
            if m.via == "reference"] == [("该公司", "Microsoft")]
    assert [(m.text, m.entity) for m in find_mentions("向OpenAI投资的微软发布财报。OpenAI很满意，该公司表示。")
            if m.via == "reference"] == [("该公司", "OpenAI")]
    en = find_mentions("Elon Musk praised CoreWeave. The company said demand was strong.")
    assert [(m.text, m.entity) for m in en if m.via == "reference"] == [("The company", "CoreWeave")]


def test_references_are_conservative() -> None:
    assert [m for m in find_mentions("后者表示同意。该公司表示。") if m.via == "reference"] == []
    far = "微软发布财报。" + "这是一段很长的无关文字。" * 40 + "该公司表示。"
    assert [m for m in find_mentions(far) if m.via == "reference"] == []
    assert [m for m in find_mentions("Musk said it was good for the company.") if m.via == "reference"] == []
    assert all(m.via != "reference" for m in find_mentions("谷歌和微软。后者", resolve_references=False))


# -- provisional organisations -------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Kindo Labs raised $10 million.", "Kindo Labs"),
    ("Funding came from Zeta Rivers Capital.", "Zeta Rivers Capital"),
    ("Acme Robotics Inc. filed.", "Acme Robotics"),
    ("the AI startup Kindo said", "Kindo"),
    ("人工智能初创公司Kindo的创始人", "Kindo"),
    ("据报道，蓝星科技与华为签约。", "蓝星科技"),
    ("阿里巴巴和黑芝麻智能公司", "黑芝麻智能"),
    ("パナテック社は発表した", "パナテック"),
    ("ヤマトロボティクスが新たに出資を受けた", "ヤマトロボティクス"),
])
def test_provisional_names(text: str, name: str) -> None:
    prov = [m for m in find_mentions(text) if m.provisional]
    assert [(m.entity, m.type, m.via) for m in prov] == [(name, "company", "pattern")]


@pytest.mark.parametrize("text", [
    "Generative AI is booming.", "The Venture Capital market cooled.", "这家公司表示。", "对于科技巨头们而言",
    "人工智能初创公司也在增长", "データセンターが投資を集めた", "Microsoft Corp. said", "OpenAI Group PBC said",
])
def test_no_provisional_false_positives(text: str) -> None:
    assert [m.text for m in find_mentions(text) if m.provisional] == []


# -- knowledge base lint -------------------------------------------------------------------

def test_kb_lint() -> None:
    kb = default_kb()
    assert len(kb) >= 400
    assert kb.duplicates == []
    assert kb.conflicts() == {}, "an alias maps to several entities; declare it in ambiguous.tsv"
    for entity in kb:
        assert entity.type in ENTITY_TYPES, entity
        assert entity.parent is None or entity.parent in kb, entity
        assert entity.qid is None or entity.qid.startswith("Q") and entity.qid[1:].isdigit(), entity
        assert kb.claim_party(entity.name) in kb
    for raw, names in kb.ambiguous.items():
        assert parse_alias(raw).text and all(n in kb for n in names), raw
    assert AMBIGUOUS_FILE.exists()


BRIEFING_NAMES = """OpenAI|Anthropic|xAI|Mistral AI|Cohere|DeepSeek|Moonshot AI|Zhipu AI|MiniMax|Baichuan|01.AI|Sakana AI|
Preferred Networks|SSI|Thinking Machines|Inflection AI|Character.AI|Perplexity|Scale AI|Databricks|Hugging Face|Azure|AWS|
Google Cloud|Oracle Cloud|Alibaba Cloud|Tencent Cloud|Huawei Cloud|Nvidia|AMD|Intel|Broadcom|TSMC|Samsung|SK Hynix|Micron|
ASML|Arm|Cerebras|Groq|Huawei|Cambricon|CoreWeave|Crusoe|Lambda|Nebius|Together AI|Vantage Data Centers|
Aligned Data Centers|QTS|Equinix|Digital Realty|Andreessen Horowitz|Sequoia Capital|Thrive Capital|Tiger Global|
Khosla Ventures|General Catalyst|Lightspeed Venture Partners|Founders Fund|MGX|PIF|Mubadala|QIA|GIC|Temasek|Blue Owl|
Blackstone|Magnetar|Apollo|KKR|Brookfield|BlackRock|GIP|JPMorgan|Morgan Stanley|Goldman Sachs|MUFG|SMBC|Mizuho|
US government|Department of Energy|SEC|FTC|European Commission|Japan METI|Stargate|SB OpenAI Japan|Elon Musk|Sam Altman|
Satya Nadella|Jensen Huang|Masayoshi Son|Larry Ellison|Sundar Pichai|Dario Amodei|Mark Zuckerberg|Greg Brockman|
Ilya Sutskever|Mira Murati|Lisa Su|Jeff Bezos|Andy Jassy|Microsoft|Google|Amazon|SoftBank|Oracle|Tesla|Meta|Alibaba|
Tencent|Baidu|DeepMind|Instagram""".replace("\n", "")


@pytest.mark.parametrize("name", BRIEFING_NAMES.split("|"))
def test_briefing_names_exist(name: str) -> None:
    assert name in default_kb()


def test_parents() -> None:
    kb = default_kb()
    assert {n: kb.get(n).parent for n in ("Azure", "AWS", "Google Cloud", "DeepMind", "Instagram")} == {  # type: ignore[union-attr]
        "Azure": "Microsoft", "AWS": "Amazon", "Google Cloud": "Google", "DeepMind": "Google", "Instagram": "Meta"}
    assert "Azure" in [c.name for c in kb.children("Microsoft")]
    assert kb.get("微軟").name == "Microsoft"  # type: ignore[union-attr]
    assert [e.name for e in kb.search("软银")][0] == "SoftBank"
    assert "Nvidia" in [e.name for e in kb.search("エヌビディア")]


# -- user files ------------------------------------------------------------------------------

USER_TSV = "name\ttype\tparent\trollup\ttickers\tqid\taliases\nKindo\tcompany\t\t\t\t\tKindo AI|金多\nKimi Chat\tproduct\tMoonshot AI\t\t\t\t\n"


def test_user_file_extends_kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(USER_TSV, encoding="utf-8")
    kb = KnowledgeBase.load(extra_files=[path])
    assert kb.get("金多").name == "Kindo" and kb.claim_party("Kimi Chat") == "Moonshot AI"  # type: ignore[union-attr]
    ms = find_mentions("金多和Kimi Chat", resolver=Resolver(kb))
    assert [(m.entity, m.unit, m.provisional) for m in ms] == [("Kindo", None, False), ("Moonshot AI", "Kimi Chat", False)]
    monkeypatch.setenv("DEALGRAPH_ENTITIES", str(path))
    assert "Kindo" in default_kb() and "金多" in [m.text for m in find_mentions("金多")]


def test_every_case_sensitive_spelling_of_an_alias_counts(tmp_path: Path) -> None:
    """'=BRAVO|=Bravo': both spellings name the company, whichever is listed first; 'bravo' does not."""
    path = tmp_path / "cased.tsv"
    path.write_text("name\ttype\tparent\trollup\ttickers\tqid\taliases\nBravo Labs\tcompany\t\t\t\t\t=BRAVO|=Bravo\n",
                    encoding="utf-8")
    resolver = Resolver(KnowledgeBase.load(extra_files=[path]))
    for text, found in (("Bravo raised money.", ["Bravo Labs"]), ("BRAVO raised money.", ["Bravo Labs"]),
                        ("They cheered bravo at the end.", [])):
        assert [m.entity for m in resolver.mentions(text) if m.entity == "Bravo Labs"] == found, text


def test_bad_user_file_says_what_to_fix(tmp_path: Path) -> None:
    from dealgraph.errors import ConfigError, InputError

    bad = tmp_path / "bad.tsv"
    bad.write_text("Foo\tcorporation\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="type 'corporation'"):
        KnowledgeBase.load(extra_files=[bad])
    with pytest.raises(InputError):
        KnowledgeBase.load(extra_files=[tmp_path / "missing.tsv"])


def test_matching_is_one_automaton_whatever_the_kb_size() -> None:
    small = Resolver(default_kb())
    words = [f"zq{i:05d}x" for i in range(5000)]
    from dealgraph.entities.kb import Entity

    big_kb = KnowledgeBase.from_entities([*default_kb(), *(Entity(w, "company") for w in words)])
    big = Resolver(big_kb)
    text = "微软和OpenAI签约 zq00042x"
    assert [m.entity for m in small.mentions(text)] == ["Microsoft", "OpenAI"]
    assert [m.entity for m in big.mentions(text)] == ["Microsoft", "OpenAI", "zq00042x"]
    assert len(big.automaton) == len(big.table)


# -- seeds ---------------------------------------------------------------------------------

def _seed_pairs() -> list[tuple[Path, Path]]:
    import os

    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seeds missing at {SEEDS}")
        pytest.skip(f"seeds not found at {SEEDS}")
    return [(t, t.with_suffix(".facts.jsonl")) for t in sorted(SEEDS.glob("*.txt"))]


def test_seed_parties_are_in_kb_and_found() -> None:
    kb = default_kb()
    for text_path, facts_path in _seed_pairs():
        text = text_path.read_text(encoding="utf-8")
        facts = [json.loads(line) for line in facts_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        parties = {f[k] for f in facts for k in ("source", "target") if f.get(k)}
        named = {m.entity for m in find_mentions(text)}
        assert parties <= set(kb.entities), (text_path.name, parties - set(kb.entities))
        assert parties <= named, (text_path.name, parties - named)
        for m in find_mentions(text):
            assert text[m.start:m.end] == m.text


# -- CLI -----------------------------------------------------------------------------------

def test_cli_resolve_json() -> None:
    result = CliRunner().invoke(entities_cli, ["resolve", "微軟把Azure借給Open AI", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["text"], r["entity"], r["provisional"]) for r in rows] == [
        ("微軟", "Microsoft", False), ("Azure", "Microsoft", False), ("Open AI", "OpenAI", False)]
    assert set(rows[0]) >= {"start", "end", "text", "entity", "type", "provisional"}
    empty = CliRunner().invoke(entities_cli, ["resolve", "nothing to see", "--json"])
    assert json.loads(empty.output) == []


def test_cli_search_and_show() -> None:
    runner = CliRunner()
    found_rows = json.loads(runner.invoke(entities_cli, ["search", "ソフトバンク", "--json"]).output)
    assert found_rows[0]["name"] == "SoftBank"
    shown = json.loads(runner.invoke(entities_cli, ["show", "Microsoft", "--json"]).output)
    assert "Azure" in shown["children"] and "微软" in shown["aliases"] and shown["qid"] == "Q2283"
    missing = runner.invoke(entities_cli, ["show", "No Such Thing Corp"])
    assert missing.exit_code != 0 and "search" in missing.output


# -- pronouns and epithets (precision first) -------------------------------------------------

def refs(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity) for m in find_mentions(text) if m.via == "reference"]


@pytest.mark.parametrize("text,expected", [
    ("OpenAI confirmed the plan on Tuesday. It will pay Oracle for capacity.", [("It", "OpenAI")]),
    ("Anthropic closed a round, and it plans to buy chips from Nvidia.", [("it", "Anthropic")]),
    ("Microsoft said it would put more money into OpenAI.", [("it", "Microsoft")]),
    ("xAI filed papers last week. Its backers include Nvidia.", [("Its", "xAI")]),
    ("CoreWeave met Nvidia and Microsoft on Friday. It also signed with Meta.", [("It", "CoreWeave")]),
])
def test_pronouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text) == expected


@pytest.mark.parametrize("text", [
    "Microsoft announced the plan. The plan is large. It will close in June.",  # no org in the previous sentence
    "Intel spoke. It is unclear whether the deal survives.",  # expletive "it"
    "Elon Musk spoke on a podcast. It will air later.",  # a person, not an organisation
    "In Japan, Tesla met Nvidia. It will pay.",  # two orgs, no subject
    "It will pay Oracle $5 billion.",  # nothing named before
])
def test_pronouns_left_alone(text: str) -> None:
    assert [r for r in refs(text) if r[0].lower() in ("it", "its")] == []


@pytest.mark.parametrize("text,expected", [
    ("Nvidia beat estimates. The chipmaker will invest in xAI.", [("The chipmaker", "Nvidia")]),
    ("AMD and OpenAI agreed terms. The Austin chipmaker issued warrants.", [("The Austin chipmaker", "AMD")]),
    ("Apple talked to Google. The iPhone maker may pay more.", [("The iPhone maker", "Apple")]),
    ("Oracle courted OpenAI; the ChatGPT maker signed.", [("the ChatGPT maker", "OpenAI")]),
    ("Google backs Anthropic. The Claude developer buys TPUs.", [("The Claude developer", "Anthropic")]),
    ("Microsoft trimmed jobs. The Redmond company kept its OpenAI stake.", [("The Redmond company", "Microsoft")]),
    ("Amazon opened a store. The retailer also funds Anthropic.", [("The retailer", "Amazon")]),
    ("Google renewed its deal with Apple. The search giant pays billions.", [("The search giant", "Google")]),
    ("Oracle and Nvidia signed. The software giant will pay.", [("The software giant", "Oracle")]),
    ("Microsoft backed Mistral in Paris. The startup sells models.", [("The startup", "Mistral AI")]),
    ("Meta bought a stake in Scale AI. The company is valued at $29 billion.", [("The company", "Scale AI")]),
    ("Google hired staff from Anthropic; the lab lost ten people.", [("the lab", "Anthropic")]),
])
def test_english_epithets(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text) == expected


def test_entity_epithet_replaces_the_product_inside_it() -> None:
    ms = find_mentions("Oracle courted OpenAI; the ChatGPT maker signed.")
    assert [m.text for m in ms] == ["Oracle", "OpenAI", "the ChatGPT maker"]


@pytest.mark.parametrize("text", [
    "Intel lost money. The startup world moved on.",  # Intel is not a startup ("startup world" is no epithet)
    "Elon Musk posted. The company said nothing.",  # no organisation named
    "Nvidia spoke." + " Filler words go here." * 30 + " The chipmaker said.",  # too far back
    "Nvidia invested. The startup Kindo Labs raised money.",  # an appositive name, not a reference
    "Tesla grew. The retailer said.",  # Tesla is no retailer
])
def test_epithets_need_a_recent_compatible_party(text: str) -> None:
    assert [r for r in refs(text) if r[1] not in ("Kindo Labs",)] == []


@pytest.mark.parametrize("text,expected", [
    ("月之暗面完成新一轮融资。该初创公司估值约30亿美元。", [("该初创公司", "Moonshot AI")]),
    ("英伟达发布了财报。这家芯片巨头还宣布回购。", [("这家芯片巨头", "Nvidia")]),
    ("甲骨文与OpenAI签约。其股价随后大涨。", []),  # two companies, the subject 甲骨文 starts the sentence
    ("甲骨文发布财报。其股价随后大涨。", [("其", "Oracle")]),
    ("阿里巴巴表示，其云业务增长强劲。", [("其", "Alibaba")]),
    ("百度发布新模型。其中一个模型免费。", []),  # 其中 is "among them"
    ("エヌビディアは決算を発表した。同社は自社株買いも決めた。", [("同社", "Nvidia")]),
    ("ソフトバンクグループは出資を決めた。同グループは資金を借り入れる。", [("同グループ", "SoftBank")]),
])
def test_cjk_references(text: str, expected: list[tuple[str, str]]) -> None:
    got = refs(text)
    if text.startswith("甲骨文与"):
        assert got in ([], [("其", "Oracle")])  # subject rule: Oracle or nothing, never OpenAI
    else:
        assert got == expected


def test_epithet_data_is_consistent() -> None:
    from dealgraph.entities.epithets import _classes, epithets

    kb = default_kb()
    classes = _classes(kb)
    for phrase, target in epithets().targets.items():
        assert target[1:] in classes if target.startswith("@") else target in kb, phrase
    assert all(classes.values()), "an epithet class is empty"


# -- owners and backers that only describe the next entity ------------------------------------

@pytest.mark.parametrize("text,owner,owned", [
    ("Elon Musk's xAI raised money.", "Elon Musk", "xAI"),
    ("Alphabet's Google signed a deal.", "Google", "Google"),
    ("Musk's AI startup xAI grew.", "Elon Musk", "xAI"),
    ("Microsoft-backed OpenAI agreed.", "Microsoft", "OpenAI"),
    ("Amazon-backed Anthropic agreed.", "Amazon", "Anthropic"),
    ("马斯克旗下xAI完成融资。", "Elon Musk", "xAI"),
    ("马斯克旗下的人工智能公司xAI完成融资。", "Elon Musk", "xAI"),
    ("软银支持的OpenAI宣布融资。", "SoftBank", "OpenAI"),
    ("ソフトバンクグループ傘下のアームが上場した。", "SoftBank", "Arm"),
])
def test_modifier_owner_is_marked(text: str, owner: str, owned: str) -> None:
    ms = find_mentions(text)
    assert [(m.entity, m.via) for m in ms[:2]] == [(owner, "modifier"), (owned, "alias")]


@pytest.mark.parametrize("text", [
    "Microsoft's OpenAI stake is worth more.",  # the owner of a stake is a party
    "Microsoft's Satya Nadella spoke.",  # affiliation of a person
    "Microsoft and OpenAI agreed.",
    "SoftBank-led investors put money into OpenAI.",  # the lead investor is a party
    "微软向OpenAI投资。",
])
def test_no_modifier(text: str) -> None:
    assert all(m.via != "modifier" for m in find_mentions(text))


def test_modifier_is_not_a_reference_candidate() -> None:
    assert refs("Microsoft-backed OpenAI met investors. The company raised money.") == [("The company", "OpenAI")]


# -- provisional junk ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "未来三年公司将加大投入。", "全年资本开支大幅增加。", "这将影响实际资本开支。", "他将离开公司。", "根据公司的说法，订单增加。",
    "获取更多科技资讯。", "科技公司和初创公司都在招人。", "这家AI公司与集团签约。", "三家公司参与。", "2024年科技巨头纷纷加码。",
    "Ship AI features faster with our tools.", "このインタビューは個人の見解であり、投資を勧める意図はない。",
])
def test_no_junk_provisional(text: str) -> None:
    assert [m.text for m in find_mentions(text) if m.provisional] == []


@pytest.mark.parametrize("text", ["Sequoia trees grow slowly.", "Lambda functions scale.", "The Amazon rainforest burns.",
                                  "Robinson Crusoe sailed.", "An apple and Apple pie."])
def test_common_word_senses_are_not_entities(text: str) -> None:
    assert [m.entity for m in find_mentions(text)] == []


def test_company_names_still_found_beside_the_stop_rules() -> None:
    assert entities_in("Sequoia led the round; Lambda raised debt; Amazon invested.") == ["Sequoia Capital", "Lambda",
                                                                                            "Amazon"]
    assert [m.entity for m in find_mentions("投资方：腾讯、蓝海资本参与。", "zh") if m.provisional] == ["蓝海资本"]


@pytest.mark.parametrize("text,entity", [
    ("诺基亚", "Nokia"), ("諾基亞", "Nokia"), ("ノキア", "Nokia"), ("珠海华发", "Zhuhai Huafa"), ("华发集团", "Zhuhai Huafa"),
    ("珠海華發集團", "Zhuhai Huafa"), ("高榕资本", "Gaorong Capital"), ("GMOインターネットグループ", "GMO Internet"),
    ("エンファブリカ", "Enfabrica"), ("アンペア・コンピューティング", "Ampere Computing"), ("X社", "X Corp"),
])
def test_added_aliases(text: str, entity: str) -> None:
    assert entities_in(f"「{text}」") == [entity]


def test_no_provisional_names_left_in_seeds() -> None:
    """Every organisation in the seed articles is in the KB (a provisional one means: add it)."""
    left = {m.entity for text_path, _ in _seed_pairs()
            for m in find_mentions(text_path.read_text(encoding="utf-8")) if m.provisional}
    assert left <= {"Kindo"}, left  # Kindo: a small startup, fine as provisional


# -- round 15, parties: which earlier party a reference means --------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Rebellions raised money in a round led by Samsung, valuing the company at $1.4 billion.",
     [("the company", "Rebellions")]),  # the lead named in an aside is not "the company"
    ("Anthropic hired bankers, according to Jefferies. The company wants $5 billion.", [("The company", "Anthropic")]),
    ("SoftBank led OpenAI's round, with participation from Microsoft and Coatue. The AI lab will build data centres.",
     [("The AI lab", "OpenAI")]),
    ("月之暗面完成融资，由阿里巴巴领投。该公司估值约30亿美元。", [("该公司", "Moonshot AI")]),
    ("Rebellions完成融资。\n\n这家初创公司表示将扩产。", [("这家初创公司", "Rebellions")]),  # a blank line is no sentence
    ("Rebellions完成融资，三星电子领投。KT此前已持有其约8%的股份。", [("其", "Rebellions")]),  # object 其: not KT
    ("微软与OpenAI签署协议，前者将持有后者约27%的股份。", [("前者", "Microsoft"), ("后者", "OpenAI")]),
    ("甲骨文与OpenAI签约。这家ChatGPT开发商将支付3000亿美元。", [("ChatGPT开发商", "OpenAI")]),
    ("英特尔发布财报。这家芯片巨头英伟达随后入股。", []),  # an appositive name follows: no reference
])
def test_parties_round15_references(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text) == expected
