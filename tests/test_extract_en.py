"""English rules: short sentences -> expected claims (kind, source, target, amount_usd, status)."""

from __future__ import annotations

import pytest

from tests._extract_table import B, M, check, extract

CASES = [
    ("Google invested $2 billion in Anthropic.", [("investment", "Google", "Anthropic", 2 * B, "completed")]),
    ("Amazon agreed to invest up to $4 billion in Anthropic.", [("investment", "Amazon", "Anthropic", 4 * B, "up_to")]),
    ("Anthropic raised $450 million from Google.", [("investment", "Google", "Anthropic", 450 * M, None)]),
    ("Microsoft's $10 billion investment in OpenAI was announced on Monday.",
     [("investment", "Microsoft", "OpenAI", 10 * B, "announced")]),
    ("xAI's $6 billion funding round was led by Nvidia.", [("investment", "Nvidia", "xAI", 6 * B, None)]),
    ("Microsoft took a 49% stake in OpenAI.", [("stake", "Microsoft", "OpenAI", None, None)]),
    ("Microsoft acquired Inflection for $650 million.", [("acquisition", "Microsoft", "Inflection AI", 650 * M, None)]),
    ("Inflection AI was acquired by Microsoft.", [("acquisition", "Microsoft", "Inflection AI", None, None)]),
    ("OpenAI agreed to spend $300 billion with Oracle on cloud computing.",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, "announced")]),
    ("OpenAI signed a $38 billion cloud contract with Amazon.",
     [("compute_commitment", "OpenAI", "Amazon", 38 * B, "announced")]),
    ("CoreWeave bought $1 billion of Nvidia GPUs.", [("purchase", "CoreWeave", "Nvidia", 1 * B, None)]),
    ("Elon Musk sued OpenAI in March.", [("lawsuit", "Elon Musk", "OpenAI", None, None)]),
    ("OpenAI was valued at $157 billion.", [("valuation", None, "OpenAI", 157 * B, None)]),
    ("Microsoft and Nvidia formed a joint venture called Stargate.",
     [("joint_venture", "Microsoft", "Stargate", None, None), ("joint_venture", "Nvidia", "Stargate", None, None)]),
    ("People familiar with the matter said Apple is in talks to invest $1 billion in OpenAI.",
     [("investment", "Apple", "OpenAI", 1 * B, "rumored")]),
    ("Meta proposed to acquire Scale AI.", [("acquisition", "Meta", "Scale AI", None, "proposed")]),
    # one-party claims: the unnamed side is null
    ("Mistral AI raised $640 million.", [("investment", None, "Mistral AI", 640 * M, None)]),
    ("Anthropic closed a $4 billion Series E.", [("investment", None, "Anthropic", 4 * B, None)]),
    ("Oracle sold $18 billion of bonds to fund its expansion.", [("loan", None, "Oracle", 18 * B, None)]),
    ("Amazon will invest $11 billion in data centers in Indiana.", [("investment", "Amazon", None, 11 * B, None)]),
    # "put in / put $X into", "largest investor in"
    ("SoftBank put $3 billion into Anthropic.", [("investment", "SoftBank", "Anthropic", 3 * B, None)]),
    ("Amazon is the largest investor in Anthropic.", [("investment", "Amazon", "Anthropic", None, None)]),
    # anaphora: "in the company", sentence-initial "It"
    ("Amazon invested $4 billion in Anthropic. Google invested $2 billion in the company.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("investment", "Google", "Anthropic", 2 * B, None)]),
    ("Anthropic was founded in 2021. It raised $7 billion over two years.",
     [("investment", None, "Anthropic", 7 * B, None)]),
    # supply frame: the seller is the subject; two triggers of one deal share the amount
    ("CoreWeave will provide Microsoft with cloud computing capacity worth $10 billion.",
     [("compute_commitment", "Microsoft", "CoreWeave", 10 * B, None)]),
    ("Samsung will supply OpenAI with memory chips.", [("purchase", "OpenAI", "Samsung", None, None)]),
    # a stake bought for money is also an investment
    ("Microsoft paid $1.5 billion for a 20% stake in G42.",
     [("investment", "Microsoft", "G42", 1500 * M, None), ("stake", "Microsoft", "G42", 1500 * M, None)]),
    # contracts name no direction: the compute seller is the provider (neoclouds above hyperscalers)
    ("Lambda signed a $1.5 billion contract with Microsoft.",
     [("compute_commitment", "Microsoft", "Lambda", 1500 * M, "announced")]),
    ("Microsoft signed a $5 billion, four-year deal with Nscale.",
     [("compute_commitment", "Microsoft", "Nscale", 5 * B, "announced")]),
    # "In September" is a time, not an "in" party marker
    ("In September Amazon agreed to spend $4 billion on Oracle cloud capacity.",
     [("compute_commitment", "Amazon", "Oracle", 4 * B, "announced")]),
    # co-investors: one claim per investor, the amount on the round (null investor)
    ("Databricks raised $1 billion in a round led by Thrive Capital, alongside Nvidia and Accel.",
     [("investment", None, "Databricks", 1 * B, None), ("investment", "Thrive Capital", "Databricks", None, None),
      ("investment", "Nvidia", "Databricks", None, None), ("investment", "Accel", "Databricks", None, None)]),
    ("Cohere raised $500 million in a Series D led by Nvidia, with Oracle and Salesforce as co-leads.",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "Nvidia", "Cohere", None, None),
      ("investment", "Oracle", "Cohere", None, None), ("investment", "Salesforce", "Cohere", None, None)]),
    # buying stock is an investment, not an acquisition
    ("Nvidia agreed to buy $2 billion of Synopsys stock.", [("investment", "Nvidia", "Synopsys", 2 * B, None)]),
]

NEGATIVE = [
    "Apple never invested in OpenAI.",
    "Microsoft did not invest in Anthropic.",
    "Investors cheered as Nvidia shares rose 5%.",
    "Revenue grew 29% in the quarter.",
    "SoftBank had $25 billion in debt on its balance sheet.",
    "The startup hopes to raise money next year.",
    "Nvidia's market value rose to $4 trillion.",
    "Meta will invest $2 billion in the project.",
    # urging or offering a chance to invest is not an investment
    "Musk urged the founders to raise $2 billion for the lab.",
    "The deal gave Microsoft the opportunity to invest in OpenAI.",
    "Apple, instead of investing, licensed the models from Google.",
    # several investors and several investees: a shared total, not a deal with the article's topic
    "Microsoft, Microsoft and Google put $30 billion into Anthropic and OpenAI.",
    # a contract with nobody who sells compute or goods says nothing about money direction
    "Disney signed a $1 billion deal with Pixar.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_english_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_english_non_claims(text: str) -> None:
    assert extract(text, "en") == []


def test_denial_is_kept_as_denied() -> None:
    claims = extract("Apple denied that it had invested in OpenAI.", "en")
    assert [(c.kind, c.source, c.target, c.status) for c in claims] == [("investment", "Apple", "OpenAI", "denied")]


def test_evidence_span_and_notes() -> None:
    text = "Intro line.\nGoogle invested $2 billion in Anthropic in 2023."
    (claim,) = extract(text, "en")
    assert text[claim.start:claim.end] == claim.evidence == "Google invested $2 billion in Anthropic in 2023."
    assert claim.date == "2023" and claim.extractor == "rules.v1"
    assert any("trigger 'invested'" in n for n in claim.notes)
    assert 0.5 < claim.confidence <= 0.99


def test_published_date_fallback_is_coarse() -> None:
    (claim,) = extract("Google invested $2 billion in Anthropic.", "en")
    assert (claim.date, claim.date_precision) == ("2024", "year")


def _stakes(text: str) -> set[tuple]:
    return {(c.source, c.target, c.pct, int(c.amount_usd) if c.amount_usd is not None else None)
            for c in extract(text, "en") if c.kind == "stake"}


def test_each_holder_gets_its_own_percentage() -> None:
    text = "Tesla and Nvidia formed a joint venture called Stargate. Tesla will own 70% of it and Nvidia the other 30%."
    assert _stakes(text) == {("Tesla", "Stargate", 70.0, None), ("Nvidia", "Stargate", 30.0, None)}


def test_holding_a_percentage_and_its_value() -> None:
    text = "After the deal Google holds about 14% of Anthropic, a position valued at roughly $30 billion."
    assert _stakes(text) == {("Google", "Anthropic", 14.0, 30 * B)}
    assert not [c for c in extract(text, "en") if c.kind == "valuation"]  # the position's value, not a company's
    # a plain valuation of a company stays a valuation
    assert {c.kind for c in extract("Anthropic was valued at $60 billion.", "en")} == {"valuation"}


def test_each_keeps_the_amount_per_investor() -> None:
    check("Amazon and Google each invested $2 billion in Anthropic.",
          "en", [("investment", "Amazon", "Anthropic", 2 * B, None), ("investment", "Google", "Anthropic", 2 * B, None)])
    check("Amazon and Google invested $2 billion in Anthropic.",  # a shared total: no amount per investor
          "en", [("investment", "Amazon", "Anthropic", None, None), ("investment", "Google", "Anthropic", None, None),
                 ("investment", None, "Anthropic", 2 * B, None)])


def test_participant_in_a_round_is_an_investor_not_the_company() -> None:
    text = ("Mistral AI is a French lab. Mistral AI builds models. Mistral AI hired engineers. "
            "Samsung took part in a $600 million private placement in the company, alongside Accel and Nvidia.")
    got = {(c.source, c.target, int(c.amount_usd) if c.amount_usd else None) for c in extract(text, "en")}
    assert got == {(None, "Mistral AI", 600 * M), ("Samsung", "Mistral AI", None), ("Accel", "Mistral AI", None),
                   ("Nvidia", "Mistral AI", None)}
    # without a participation word the subject is the company raising
    check("Mistral AI closed a $600 million private placement.", "en",
          [("investment", None, "Mistral AI", 600 * M, None)])


def test_share_of_revenue_is_revenue_with_a_percentage() -> None:
    got = [(c.kind, c.source, c.target, c.pct) for c in extract("Google accounted for 35% of Anthropic's revenue.", "en")]
    assert got == [("revenue", "Google", "Anthropic", 35.0)]
    assert extract("Nvidia's revenue grew 50% last year.", "en") == []  # growth, no payer
