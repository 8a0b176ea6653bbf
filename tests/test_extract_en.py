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
    ("xAI's $6 billion funding round was led by Nvidia.", [("investment", None, "xAI", 6 * B, None), ("investment", "Nvidia", "xAI", None, None)]),
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


# -- round 4: phrase families of real English news (wire, analysis, headlines, machine translation) --------
R4 = [
    # wire copy: "said on <day> it would", sourced talks, first reported by
    # gold (examples/news, tests/fixtures/dev): a company saying it would invest is an announcement
    ("Nvidia said on Tuesday it would invest $5 billion in Intel.", [("investment", "Nvidia", "Intel", 5 * B, "announced")]),
    ("SoftBank said on Monday it had invested $2 billion in Intel.", [("investment", "SoftBank", "Intel", 2 * B, None)]),
    ("Amazon will invest an additional $4 billion in Anthropic, the companies said on Friday.",
     [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("Microsoft is in talks to invest $10 billion in OpenAI, according to people familiar with the matter.",
     [("investment", "Microsoft", "OpenAI", 10 * B, "rumored")]),
    ("Apple is in early discussions to invest in Perplexity, a person briefed on the talks said.",
     [("investment", "Apple", "Perplexity", None, "rumored")]),
    ("The investment, first reported by The Information, values xAI at $80 billion.",
     [("valuation", None, "xAI", 80 * B, "rumored")]),
    ("Meta is weighing a $10 billion investment in Scale AI, Bloomberg News reported.",
     [("investment", "Meta", "Scale AI", 10 * B, "rumored")]),
    ("Google has agreed to invest up to $2 billion in Anthropic, the Wall Street Journal reported.",
     [("investment", "Google", "Anthropic", 2 * B, "rumored")]),
    ("Oracle is said to be in advanced talks to acquire a stake in TikTok.",  # TikTok rolls up to ByteDance
     [("stake", "Oracle", "ByteDance", None, "rumored")]),
    ("Nvidia agreed to invest $2 billion in xAI, according to a person with knowledge of the deal.",
     [("investment", "Nvidia", "xAI", 2 * B, "rumored")]),
    # analysis pieces: deals in passing, relative clauses, appositions
    ("Microsoft, which has poured some $13 billion into OpenAI, now faces a rival.",
     [("investment", "Microsoft", "OpenAI", 13 * B, None)]),
    ("Amazon, which has put $8 billion into Anthropic, is building a huge campus for it.",
     [("investment", "Amazon", "Anthropic", 8 * B, None)]),
    ("Google alone has committed more than $3 billion to Anthropic.", [("investment", "Google", "Anthropic", 3 * B, None)]),
    ("SoftBank pledged $30 billion to OpenAI this year.", [("investment", "SoftBank", "OpenAI", 30 * B, None)]),
    ("Anthropic's backers include Amazon, Google and Salesforce.",
     [("investment", "Amazon", "Anthropic", None, None), ("investment", "Google", "Anthropic", None, None),
      ("investment", "Salesforce", "Anthropic", None, None)]),
    ("Its backers include Nvidia and Cisco. Cohere raised $500 million.",
     [("investment", None, "Cohere", 500 * M, None)]),
    ("Mistral AI, founded by former Google researchers, raised $640 million.",
     [("investment", None, "Mistral AI", 640 * M, None)]),
    ("Anthropic, started by ex-OpenAI staff in 2021, raised $4 billion.", [("investment", None, "Anthropic", 4 * B, None)]),
    ("Thinking Machines, led by former OpenAI executive Mira Murati, raised $2 billion.",
     [("investment", None, "Thinking Machines", 2 * B, None)]),
    ("Nvidia owns about 7% of CoreWeave.", [("stake", "Nvidia", "CoreWeave", None, None)]),
    ("Microsoft still holds a stake of roughly 27% in OpenAI.", [("stake", "Microsoft", "OpenAI", None, None)]),
    ("OpenAI has committed to spend roughly $300 billion on Oracle's cloud over five years.",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    # headlines and listicles
    ("Figure AI lands $675 million from Microsoft, Nvidia and Jeff Bezos",
     [("investment", None, "Figure AI", 675 * M, None), ("investment", "Microsoft", "Figure AI", None, None),
      ("investment", "Nvidia", "Figure AI", None, None), ("investment", "Jeff Bezos", "Figure AI", None, None)]),
    ("Mistral snags €600 million in fresh funding", [("investment", None, "Mistral AI", 649420933, None)]),
    ("Perplexity bags $500M at a $9B valuation",
     [("investment", None, "Perplexity", 500 * M, None), ("valuation", None, "Perplexity", 9 * B, None)]),
    ("Cohere nabs $500 million from Nvidia", [("investment", "Nvidia", "Cohere", 500 * M, None)]),
    ("Groq scores $640M led by BlackRock", [("investment", None, "Groq", 640 * M, None), ("investment", "BlackRock", "Groq", None, None)]),
    ("Anysphere closes $900 million Series C led by Thrive Capital",
     [("investment", None, "Anysphere", 900 * M, None), ("investment", "Thrive Capital", "Anysphere", None, None)]),
    ("Safe Superintelligence raises $2 billion, valuation jumps to $32 billion",
     [("investment", None, "SSI", 2 * B, None), ("valuation", None, "SSI", 32 * B, None)]),
    ("ElevenLabs pulls in $180 million at a $3.3 billion valuation",
     [("investment", None, "ElevenLabs", 180 * M, None), ("valuation", None, "ElevenLabs", 3300 * M, None)]),
    ("Exclusive: Together AI rakes in $305 million", [("investment", None, "Together AI", 305 * M, None)]),
    ("Skild AI picks up $300 million in new funding", [("investment", None, "Skild AI", 300 * M, None)]),
    ("Poolside hauls in $500 million", [("investment", None, "Poolside", 500 * M, None)]),
    ("Harvey secures $300 million from Sequoia Capital", [("investment", "Sequoia Capital", "Harvey", 300 * M, None)]),
    ("Lambda gets $480 million in Series D funding", [("investment", None, "Lambda", 480 * M, None)]),
    # round language: leads, co-investors, extensions, tenders
    ("Databricks raised $10 billion in a Series J round led by Thrive Capital.",
     [("investment", None, "Databricks", 10 * B, None), ("investment", "Thrive Capital", "Databricks", None, None)]),
    ("Mistral AI snags €600 million. General Catalyst led the round, which also drew Nvidia and Samsung.",
     [("investment", None, "Mistral AI", 649420933, None), ("investment", "General Catalyst", "Mistral AI", None, None),
      ("investment", "Nvidia", "Mistral AI", None, None), ("investment", "Samsung", "Mistral AI", None, None)]),
    ("SSI raised $2 billion. Greenoaks led; Alphabet and Nvidia joined as well.",
     [("investment", None, "SSI", 2 * B, None), ("investment", "Greenoaks", "SSI", None, None),
      ("investment", "Google", "SSI", None, None), ("investment", "Nvidia", "SSI", None, None)]),
    ("Cohere raised $500 million. The round was led by Radical Ventures, with participation from Nvidia and Oracle.",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "Radical Ventures", "Cohere", None, None),
      ("investment", "Nvidia", "Cohere", None, None), ("investment", "Oracle", "Cohere", None, None)]),
    ("Perplexity raised $500 million. Investors in the round included SoftBank and Nvidia.",
     [("investment", None, "Perplexity", 500 * M, None), ("investment", "SoftBank", "Perplexity", None, None),
      ("investment", "Nvidia", "Perplexity", None, None)]),
    ("xAI raised $6 billion in a Series C with participation from Andreessen Horowitz and Sequoia Capital.",
     [("investment", None, "xAI", 6 * B, None), ("investment", "Andreessen Horowitz", "xAI", None, None),
      ("investment", "Sequoia Capital", "xAI", None, None)]),
    ("Anthropic raised $13 billion in a Series F led by ICONIQ, alongside Fidelity and Lightspeed.",
     [("investment", None, "Anthropic", 13 * B, None), ("investment", "ICONIQ", "Anthropic", None, None),
      ("investment", "Fidelity", "Anthropic", None, None), ("investment", "Lightspeed Venture Partners", "Anthropic", None, None)]),
    ("Groq raised $750 million in a round co-led by BlackRock and Samsung.",
     [("investment", None, "Groq", 750 * M, None), ("investment", "BlackRock", "Groq", None, None),
      ("investment", "Samsung", "Groq", None, None)]),
    ("Crusoe raised $600 million in a Series D extension led by Founders Fund.",
     [("investment", None, "Crusoe", 600 * M, None), ("investment", "Founders Fund", "Crusoe", None, None)]),
    ("Figure AI closed a $1 billion Series C, valuing the company at $39 billion.",
     [("investment", None, "Figure AI", 1 * B, None), ("valuation", None, "Figure AI", 39 * B, None)]),
    ("Cohere raised $500 million at a $6.8 billion valuation.",
     [("investment", None, "Cohere", 500 * M, None), ("valuation", None, "Cohere", 6800 * M, None)]),
    ("Anthropic raised $3.5 billion at a post-money valuation of $61.5 billion.",
     [("investment", None, "Anthropic", 3500 * M, None), ("valuation", None, "Anthropic", 61500 * M, None)]),
    ("Harvey raised $300 million in a Series E that values the legal AI company at $5 billion.",
     [("investment", None, "Harvey", 300 * M, None), ("valuation", None, "Harvey", 5 * B, None)]),
    ("Thrive Capital led a $6.6 billion round in OpenAI.", [("investment", None, "OpenAI", 6600 * M, None), ("investment", "Thrive Capital", "OpenAI", None, None)]),  # round 22: the round's size
    ("Nvidia took part in a $1 billion funding round for Poolside.", [("investment", None, "Poolside", 1 * B, None), ("investment", "Nvidia", "Poolside", None, None)]),  # round 22
    # debt: notes, bonds, term loans, facilities, GPU-backed financing
    ("CoreWeave priced $2 billion of senior notes due 2030.", [("loan", None, "CoreWeave", 2 * B, None)]),
    ("Meta sold $30 billion of bonds on Thursday.", [("loan", None, "Meta", 30 * B, None)]),
    ("Oracle raised $18 billion in a bond sale.", [("loan", None, "Oracle", 18 * B, None)]),
    ("xAI is raising $5 billion of debt, according to people familiar with the matter.",
     [("loan", None, "xAI", 5 * B, "rumored")]),
    ("xAI is raising $5 billion of debt arranged by Morgan Stanley.", [("loan", None, "xAI", 5 * B, None)]),
    ("Crusoe has obtained a $750 million credit facility from Brookfield.",
     [("loan", "Brookfield", "Crusoe", 750 * M, None)]),
    ("Oracle took out a $38 billion loan from a group of banks led by JPMorgan.",
     [("loan", "JPMorgan", "Oracle", 38 * B, None)]),
    ("CoreWeave closed a $7.5 billion debt financing facility led by Blackstone and Magnetar.",
     [("loan", None, "CoreWeave", 7500 * M, None), ("loan", "Blackstone", "CoreWeave", None, None),
      ("loan", "Magnetar", "CoreWeave", None, None)]),
    ("Lambda secured a $500 million GPU-backed loan from Macquarie.", [("loan", "Macquarie", "Lambda", 500 * M, None)]),
    ("Anthropic entered into a $2.5 billion revolving credit facility.", [("loan", None, "Anthropic", 2500 * M, None)]),
    ("OpenAI signed a $4 billion revolving line of credit with JPMorgan.",
     [("loan", "JPMorgan", "OpenAI", 4 * B, None)]),
    ("Nebius sold $1 billion of convertible notes.", [("loan", None, "Nebius", 1 * B, None)]),
    ("JPMorgan lent $2.3 billion to CoreWeave.", [("loan", "JPMorgan", "CoreWeave", 2300 * M, None)]),
    # compute and cloud deals
    ("OpenAI has signed a $10 billion deal to rent Nvidia chips from CoreWeave.",
     [("compute_commitment", "OpenAI", "CoreWeave", 10 * B, None)]),
    ("xAI is renting about $12 billion of computing capacity from Oracle, people familiar with the matter said.",
     [("compute_commitment", "xAI", "Oracle", 12 * B, "rumored")]),
    ("Microsoft agreed to lease $9.7 billion of GPU capacity from IREN.",
     [("compute_commitment", "Microsoft", "IREN", 9700 * M, None)]),
    ("Meta committed to spend $14 billion on CoreWeave's cloud through 2031.",
     [("compute_commitment", "Meta", "CoreWeave", 14 * B, None)]),
    ("Microsoft struck a capacity agreement worth up to $19.4 billion with Nebius.",
     [("compute_commitment", "Microsoft", "Nebius", 19400 * M, "up_to")]),
    ("Nscale signed an agreement to provide Microsoft with 200,000 Nvidia GPUs, a deal valued at $24 billion.",
     [("compute_commitment", "Microsoft", "Nscale", 24 * B, None)]),
    ("OpenAI signed a $38 billion cloud computing deal with Amazon.",
     [("compute_commitment", "OpenAI", "Amazon", 38 * B, None)]),
    ("Anthropic will spend $30 billion on Microsoft Azure compute capacity.",
     [("compute_commitment", "Anthropic", "Microsoft", 30 * B, None)]),
    ("Meta signed a $10 billion cloud agreement with Google.", [("compute_commitment", "Meta", "Google", 10 * B, None)]),
    ("CoreWeave won a $6.5 billion contract from OpenAI.", [("compute_commitment", "OpenAI", "CoreWeave", 6500 * M, None)]),
    # capex and spending plans without a counterparty
    ("Microsoft plans to spend $80 billion on AI data centers this fiscal year.",
     [("investment", "Microsoft", None, 80 * B, "proposed")]),
    ("Amazon expects capital expenditures of about $100 billion in 2025.", [("investment", "Amazon", None, 100 * B, None)]),
    ("Meta raised its capex forecast to $72 billion.", [("investment", "Meta", None, 72 * B, None)]),
    ("Google will invest $40 billion in Texas through 2027.", [("investment", "Google", None, 40 * B, None)]),
    ("Meta CEO Mark Zuckerberg said capital expenditures would reach $65 billion this year.",
     [("investment", "Meta", None, 65 * B, None)]),
    # acquisitions, talks and bids
    ("AMD agreed to acquire ZT Systems for $4.9 billion in cash.", [("acquisition", "AMD", "ZT Systems", 4900 * M, None)]),
    ("Nvidia completed its $700 million acquisition of Run:ai.", [("acquisition", "Nvidia", "Run:ai", 700 * M, None)]),
    ("OpenAI is in talks to acquire Windsurf for about $3 billion, people familiar said.",
     [("acquisition", "OpenAI", "Codeium", 3 * B, "rumored")]),
    ("A consortium led by Musk offered $97.4 billion for the nonprofit that controls OpenAI.",
     [("acquisition", "Elon Musk", "OpenAI", 97400 * M, "proposed")]),
    ("Meta made an unsolicited bid for Safe Superintelligence.", [("acquisition", "Meta", "SSI", None, "proposed")]),
    ("Meta bought a 49% stake in Scale AI for $14.3 billion.",
     [("stake", "Meta", "Scale AI", 14300 * M, None), ("investment", "Meta", "Scale AI", 14300 * M, None)]),
    ("xAI merged with X Corp in an all-stock deal.", [("acquisition", "xAI", "X Corp", None, None)]),
    # refusals and denials
    ("Apple walked away from talks to invest in OpenAI.", [("investment", "Apple", "OpenAI", None, "denied")]),
    ("Nvidia rejected reports that it plans to buy Arm.", [("acquisition", "Nvidia", "Arm", None, "denied")]),
    ("OpenAI rejected an unsolicited bid from Elon Musk.",  # round 14: a rejected bid was made: proposed
     [("acquisition", "Elon Musk", "OpenAI", None, "proposed")]),
    ("Kakao was found to have reviewed the acquisition of Upstage but eventually gave up.",
     [("acquisition", "Kakao", "Upstage", None, "denied")]),
    ("Microsoft denied it would invest $10 billion in Mistral AI.", [("investment", "Microsoft", "Mistral AI", 10 * B, "denied")]),
    ("SoftBank pulled out of talks to invest in Perplexity.", [("investment", "SoftBank", "Perplexity", None, "denied")]),
    # payments, licences, revenue
    ("Google pays Apple about $20 billion a year to be the default search engine.",
     [("revenue", "Google", "Apple", 20 * B, None)]),
    ("Microsoft pays OpenAI a licensing fee of $1 billion.", [("revenue", "Microsoft", "OpenAI", 1 * B, None)]),
    ("OpenAI accounted for 20% of CoreWeave's revenue.", [("revenue", "OpenAI", "CoreWeave", None, None)]),
    # lawsuits with damages and settlements
    ("xAI sued OpenAI in federal court, seeking $1 billion in damages.", [("lawsuit", "xAI", "OpenAI", 1 * B, None)]),
    ("Elon Musk filed a lawsuit against OpenAI and Microsoft.",
     [("lawsuit", "Elon Musk", "OpenAI", None, None), ("lawsuit", "Elon Musk", "Microsoft", None, None)]),
    ("Microsoft agreed to pay xAI $700 million to settle the case.", [("lawsuit", "xAI", "Microsoft", 700 * M, None)]),
    # machine-translated English (Korean and Japanese sources)
    ("According to the industry on the 12th, Samsung Electronics decided to invest 1 trillion won in Rebellions.",
     [("investment", "Samsung", "Rebellions", 733137830, None)]),
    ("Rebellions attracted an investment of 124 billion won in the Series C round led by SK Telecom.",
     [("investment", None, "Rebellions", 90909091, None), ("investment", "SK Telecom", "Rebellions", None, None)]),
    ("Naver said that it will invest a total of 1 trillion won in the construction of data centers by 2027.",
     [("investment", "Naver", None, 733137830, None)]),
    ("It was confirmed that SoftBank Group will invest 3 trillion yen in OpenAI.",
     [("investment", "SoftBank", "OpenAI", 19807209824, None)]),
    ("SK Hynix is known to have signed a contract to supply HBM memory to Nvidia.",
     [("purchase", "Nvidia", "SK Hynix", None, None)]),
    ("Upstage received an investment from Amazon, it was reported.", [("investment", "Amazon", "Upstage", None, None)]),
    ("Kakao plans to make an investment of 500 billion won into the AI data center.",
     [("investment", "Kakao", None, 366568915, None)]),
]

R4_NEGATIVE = [
    "Microsoft declined to comment.",
    "Anthropic did not respond to a request for comment.",
    "CEO Jensen Huang said demand for chips was insane.",
    "Shares of Nvidia rose 3% after the announcement.",
    "Investors in Nvidia have grown nervous about the AI trade.",
    "The bank led a $500 million bond sale for a utility.",
    "OpenAI leads the market in chatbots.",
    "Google led the charge on AI safety research.",
    "Mistral AI, founded by former Google researchers, released a new model.",
    "An official of the company said, \"There is no plan to invest in FuriosaAI at this time.\"",
    "Nvidia scored a record quarter.",
    "Anthropic landed a deal to bring Claude to government agencies.",
    "Amazon's cloud unit won praise for its chips.",
    "The Wall Street Journal reported that growth slowed.",
    "Analysts expect Nvidia's revenue to reach $200 billion.",
    "Microsoft's stock is worth buying, analysts said.",
    "The chipmaker rented office space in Taipei.",
    "Oracle's debt has grown to more than $100 billion.",
    "SoftBank considered raising money but has not decided.",
    "Nvidia's stake in the AI boom is enormous.",
]


@pytest.mark.parametrize("text,expected", R4, ids=[c[0][:40] for c in R4])
def test_round4_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", R4_NEGATIVE)
def test_round4_non_claims(text: str) -> None:
    assert extract(text, "en") == [], [(c.kind, c.source, c.target) for c in extract(text, "en")]


# -- round 5, control deals (acquisitions, stakes, lawsuits): own sentences ------------------------

CONTROL_R5 = [
    ("Microsoft agreed to buy Activision Blizzard for $69 billion.",
     [("acquisition", "Microsoft", "Activision Blizzard", 69 * B, "announced")]),
    ("Salesforce completed its acquisition of Informatica for about $8 billion.",
     [("acquisition", "Salesforce", "Informatica", 8 * B, "completed")]),
    ("HPE closed its takeover of Juniper Networks.", [("acquisition", "HPE", "Juniper Networks", None, "completed")]),
    ("Synopsys completed its $35 billion merger with Ansys.", [("acquisition", "Synopsys", "Ansys", 35 * B, "completed")]),
    ("OpenAI is in talks to acquire Windsurf for about $3 billion, people familiar with the matter said.",
     [("acquisition", "OpenAI", "Codeium", 3 * B, "rumored")]),
    ("Nvidia bought Run:ai for $700 million.", [("acquisition", "Nvidia", "Run:ai", 700 * M, "completed")]),
    ("Amazon's stake in Anthropic is valued at about $60 billion.", [("stake", "Amazon", "Anthropic", 60 * B, None)]),
    ("Nvidia owns about 7% of CoreWeave.", [("stake", "Nvidia", "CoreWeave", None, None)]),
    ("SoftBank raised its stake in OpenAI to 11%.", [("stake", "SoftBank", "OpenAI", None, None)]),
    ("Microsoft's stake in OpenAI was diluted to 27%.", [("stake", "Microsoft", "OpenAI", None, None)]),
    ("Getty Images sued Stability AI for copyright infringement.", [("lawsuit", "Getty Images", "Stability AI", None, None)]),
    ("The Department of Justice filed an antitrust suit against Google.",
     [("lawsuit", "Department of Justice", "Google", None, None)]),
    ("Dow Jones sued Perplexity in federal court.", [("lawsuit", "Dow Jones", "Perplexity", None, None)]),
]
CONTROL_R5_NEGATIVE = [
    "Nvidia was sued by a group of authors.",
    "Analysts said more takeover bids were likely in March.",
    "Intel shares rose after reports of a possible takeover.",
]


@pytest.mark.parametrize("text,expected", CONTROL_R5, ids=[c[0][:30] for c in CONTROL_R5])
def test_control_round5_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", CONTROL_R5_NEGATIVE, ids=[t[:30] for t in CONTROL_R5_NEGATIVE])
def test_control_round5_non_claims(text: str) -> None:
    assert extract(text, "en") == []


# -- round 5, area "flows": purchases, orders, loans, compute commitments, revenue -----------------
FLOWS_R5 = [
    ("Tesla placed an order for $500 million of Nvidia GPUs.", [("purchase", "Tesla", "Nvidia", 500 * M, None)]),
    ("Dell won a $5 billion order from xAI for AI servers.", [("purchase", "xAI", "Dell", 5 * B, None)]),
    ("Amazon ordered $1 billion of AMD chips last quarter.", [("purchase", "Amazon", "AMD", 1 * B, None)]),
    ("Goldman Sachs led a $2 billion debt financing for Lambda.", [("loan", "Goldman Sachs", "Lambda", 2 * B, None)]),
    ("Nscale borrowed $400 million from Blackstone.", [("loan", "Blackstone", "Nscale", 400 * M, None)]),
    ("Stack AI earns $30 million a year from Microsoft.", [("revenue", "Microsoft", "Stack AI", 30 * M, None)]),
    ("Apple earns about $20 billion a year from Google for search placement.",
     [("revenue", "Google", "Apple", 20 * B, None)]),
    ("Microsoft is CoreWeave's largest customer, accounting for 62% of its revenue.",
     [("revenue", "Microsoft", "CoreWeave", None, None)]),
    ("Tencent sold its stake in Meituan for $1 billion.", [("purchase", None, "Tencent", 1 * B, None)]),
    ("OpenAI agreed to rent $4 billion of computing capacity from Oracle over three years.",
     [("compute_commitment", "OpenAI", "Oracle", 4 * B, None)]),
    ("OpenAI committed to spend $38 billion on Amazon's cloud, and it signed a deal with Broadcom for custom chips.",
     [("compute_commitment", "OpenAI", "Amazon", 38 * B, None)]),
]

FLOWS_R5_NEGATIVE = [
    "The company cut prices in order to win customers.",
    "A judge ordered Google to share its search data.",
    "Nvidia earned $30 billion in the quarter.",
]


@pytest.mark.parametrize("text,expected", FLOWS_R5, ids=[c[0][:40] for c in FLOWS_R5])
def test_flows_round5_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", FLOWS_R5_NEGATIVE)
def test_flows_round5_non_claims(text: str) -> None:
    assert extract(text, "en") == []


def test_flows_round5_articles_score() -> None:
    """Own articles on money flows (en, zh, ja; written before tuning, honest F1 then 0.46)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "flows_round5"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.85 and overall.recall >= 0.85, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 5, status: the tense and cue reading of status.py (own sentences) ---------------------
STATUS_R5 = [
    # completed: the deal is done (past simple, perfect, passive, "to date", a done round)
    ("Google invested $2 billion in Anthropic last year.", ("investment", "Google", "Anthropic"), "completed"),
    ("Microsoft has invested about $13 billion in OpenAI to date.", ("investment", "Microsoft", "OpenAI"), "reported"),  # round 24: a total
    ("SoftBank had put $3 billion into OpenAI by March.", ("investment", "SoftBank", "OpenAI"), "completed"),
    ("xAI closed a $6 billion Series C in December.", ("investment", None, "xAI"), "completed"),
    ("Anthropic raised $4 billion from Amazon.", ("investment", "Amazon", "Anthropic"), "completed"),
    ("Inflection AI was acquired by Microsoft in 2024.", ("acquisition", "Microsoft", "Inflection AI"), "completed"),
    ("Cognition AI acquired Codeium for an undisclosed sum.", ("acquisition", "Cognition AI", "Codeium"), "completed"),
    ("Oracle sold $18 billion of bonds in September.", ("loan", None, "Oracle"), "completed"),
    ("CoreWeave priced $2 billion of senior notes.", ("loan", None, "CoreWeave"), "completed"),
    ("Mistral AI has raised more than $1 billion so far.", ("investment", None, "Mistral AI"), "reported"),  # round 24: a total
    ("By 2023 Microsoft had poured $13 billion into OpenAI.", ("investment", "Microsoft", "OpenAI"), "completed"),
    ("In May, SoftBank invested $2 billion in Intel.", ("investment", "SoftBank", "Intel"), "completed"),
    ("Anysphere closes $900 million Series C", ("investment", None, "Anysphere"), "completed"),
    ("Anthropic closed a $13 billion round at a $183 billion valuation.", ("valuation", None, "Anthropic"), "completed"),
    ("OpenAI was valued at $157 billion.", ("valuation", None, "OpenAI"), "completed"),
    # announced: agreed, scheduled, stated by the company; commitments, suits and ventures
    ("Amazon will invest $4 billion more in Anthropic.", ("investment", "Amazon", "Anthropic"), "announced"),
    ("Nvidia agreed to invest $5 billion in Intel.", ("investment", "Nvidia", "Intel"), "announced"),
    ("Microsoft announced a $10 billion investment in OpenAI on Monday.", ("investment", "Microsoft", "OpenAI"), "announced"),
    ("Amazon is putting another $4 billion into Anthropic.", ("investment", "Amazon", "Anthropic"), "announced"),
    ("Amazon said it would invest another $4 billion in Anthropic.", ("investment", "Amazon", "Anthropic"), "announced"),
    ("OpenAI signed a $38 billion cloud contract with Amazon in 2024.", ("compute_commitment", "OpenAI", "Amazon"), "announced"),
    ("Meta agreed last year to spend $10 billion on Google Cloud.", ("compute_commitment", "Meta", "Google"), "announced"),
    ("Elon Musk sued OpenAI in 2024.", ("lawsuit", "Elon Musk", "OpenAI"), "announced"),
    ("Microsoft will hold about 27% of OpenAI after the recapitalisation.", ("stake", "Microsoft", "OpenAI"), "announced"),
    ("Microsoft gave up its right of first refusal, and OpenAI has committed to spend $250 billion on Azure services.",
     ("compute_commitment", "OpenAI", "Microsoft"), "announced"),
    # proposed: plans, offers, maybes
    ("xAI plans to raise $15 billion.", ("investment", None, "xAI"), "proposed"),
    ("Microsoft may invest $5 billion in Anthropic.", ("investment", "Microsoft", "Anthropic"), "proposed"),
    ("Meta proposed to acquire Scale AI for $15 billion.", ("acquisition", "Meta", "Scale AI"), "proposed"),
    # rumored: sources, talks, a media report (above up_to)
    ("People familiar with the matter said SoftBank is in talks to invest $10 billion in OpenAI.",
     ("investment", "SoftBank", "OpenAI"), "rumored"),
    ("SpaceX agreed to invest $2 billion in xAI, the Wall Street Journal reported.", ("investment", "SpaceX", "xAI"), "rumored"),
    ("Microsoft reportedly invested $10 billion in OpenAI in 2023.", ("investment", "Microsoft", "OpenAI"), "rumored"),
    ("Nvidia invested $500 million in xAI, one of the people said.", ("investment", "Nvidia", "xAI"), "rumored"),
    ("Microsoft could invest as much as $5 billion in Anthropic, people familiar with the plans said.",
     ("investment", "Microsoft", "Anthropic"), "rumored"),
    # up_to
    ("Nvidia will invest up to $100 billion in OpenAI.", ("investment", "Nvidia", "OpenAI"), "up_to"),
    # denied
    ("Nvidia denied that it would invest $1 billion in xAI.", ("investment", "Nvidia", "xAI"), "denied"),
    # reported: standing facts and figures from filings or estimates
    ("Nvidia owns roughly 7% of CoreWeave.", ("stake", "Nvidia", "CoreWeave"), "reported"),
    ("Google holds a 14% stake in Anthropic, according to regulatory filings.", ("stake", "Google", "Anthropic"), "reported"),
    ("Amazon is the largest investor in Anthropic.", ("investment", "Amazon", "Anthropic"), "reported"),
    ("Nvidia accounted for 15% of CoreWeave's revenue last year, according to its annual report.",
     ("revenue", "Nvidia", "CoreWeave"), "reported"),
    ("OpenAI is valued at $500 billion.", ("valuation", None, "OpenAI"), "reported"),
    ("Amazon invested $8 billion in Anthropic, according to estimates by analysts.", ("investment", "Amazon", "Anthropic"), "reported"),
]


@pytest.mark.parametrize("text,triple,status", STATUS_R5, ids=[c[0][:40] for c in STATUS_R5])
def test_status_round5(text: str, triple: tuple, status: str) -> None:
    got = {c.status for c in extract(text, "en", published="2025-06-20") if (c.kind, c.source, c.target) == triple}
    assert got == {status}, [(c.kind, c.source, c.target, c.status) for c in extract(text, "en", published="2025-06-20")]


# -- round 6, area "lists": every party of an investor list or lender syndicate, and the round -------
LISTS_R6 = [
    ("Perplexity raised $500 million in a round led by Thrive Capital, with Nvidia, SoftBank and Databricks also "
     "participating.",
     [("investment", None, "Perplexity", 500 * M, None), ("investment", "Thrive Capital", "Perplexity", None, None),
      ("investment", "Nvidia", "Perplexity", None, None), ("investment", "SoftBank", "Perplexity", None, None),
      ("investment", "Databricks", "Perplexity", None, None)]),
    ("Lambda closed a $1.5 billion credit facility from lenders including JPMorgan, Citi and Morgan Stanley.",
     [("loan", None, "Lambda", 1500 * M, None), ("loan", "JPMorgan", "Lambda", None, None),
      ("loan", "Citigroup", "Lambda", None, None), ("loan", "Morgan Stanley", "Lambda", None, None)]),
    ("Crusoe secured a $750 million credit line with a syndicate of banks including Goldman Sachs and Bank of America.",
     [("loan", None, "Crusoe", 750 * M, None), ("loan", "Goldman Sachs", "Crusoe", None, None),
      ("loan", "Bank of America", "Crusoe", None, None)]),
    # a relative clause or apposition after the company: its members are not the one raising
    ("Cohere, whose backers include Oracle, Nvidia and Salesforce, raised $450 million.",
     [("investment", None, "Cohere", 450 * M, None), ("investment", "Oracle", "Cohere", None, "reported"),
      ("investment", "Nvidia", "Cohere", None, "reported"), ("investment", "Salesforce", "Cohere", None, "reported")]),
    ("Figure AI, the robotics startup founded by Brett Adcock, took $675 million from Microsoft, OpenAI and Nvidia.",
     [("investment", None, "Figure AI", 675 * M, None), ("investment", "Microsoft", "Figure AI", None, None),
      ("investment", "OpenAI", "Figure AI", None, None), ("investment", "Nvidia", "Figure AI", None, None)]),
    # customers and founders named in the same sentence are no investors
    ("Cohere, which counts Oracle and Fujitsu among its customers, raised $500 million.",
     [("investment", None, "Cohere", 500 * M, None)]),
    ("Mistral AI, founded by former Google and Meta researchers, raised $640 million.",
     [("investment", None, "Mistral AI", 640 * M, None)]),
]


@pytest.mark.parametrize("text,expected", LISTS_R6, ids=[c[0][:40] for c in LISTS_R6])
def test_lists_round6_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_lists_round6_unknown_member_keeps_the_list() -> None:
    text = "Databricks raised $1 billion in a round led by Thrive Capital, with Stealth Ventures, Nvidia and Samsung also investing."
    investors = {c.source for c in extract(text, "en") if c.kind == "investment" and c.target == "Databricks"}
    assert {"Thrive Capital", "Nvidia", "Samsung", None} <= investors


def test_lists_round6_next_sentence_joins_the_loan() -> None:
    text = ("Lambda closed a $1.5 billion loan from JPMorgan. Wells Fargo and Barclays also joined the lenders.")
    from tests._extract_table import summary

    got = summary(extract(text, "en"))
    assert {("loan", "Wells Fargo", "Lambda"), ("loan", "Barclays", "Lambda")} <= {g[:3] for g in got}, got
    assert not any(g[0] == "investment" for g in got), got


def test_lists_round6_articles_score() -> None:
    """Own list-heavy articles (en, zh, ja; honest F1 before tuning 0.68: P 0.81, R 0.58)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "lists_round6"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.9 and overall.recall >= 0.9, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 6, negation: explicit non-deals are kept as denied; generic negatives stay no claim --------
NEGATION_R6 = [
    ("Apple never invested in OpenAI.", [("investment", "Apple", "OpenAI", None, "denied")]),
    ("Microsoft did not invest in Anthropic.", [("investment", "Microsoft", "Anthropic", None, "denied")]),
    ("Apple has no plans to invest in OpenAI.", [("investment", "Apple", "OpenAI", None, "denied")]),
    ("Salesforce declined to invest in Cohere's latest round.", [("investment", "Salesforce", "Cohere", None, "denied")]),
    ("Amazon has so far stayed out of Mistral AI's funding rounds.", [("investment", "Amazon", "Mistral AI", None, "denied")]),
    ("Samsung pulled out of Groq's funding round before it closed.", [("investment", "Samsung", "Groq", None, "denied")]),
    ("Perplexity has not taken any outside investment from chipmakers.",
     [("investment", None, "Perplexity", None, "denied")]),
    ("Anthropic said it has no plans to raise more money this year.", [("investment", None, "Anthropic", None, "denied")]),
    ("No money changes hands between Microsoft and OpenAI under the arrangement.",
     [("revenue", "Microsoft", "OpenAI", None, "denied")]),
    ("Oracle is not an investor in xAI.", [("investment", "Oracle", "xAI", None, "denied")]),
]

NEGATION_R6_NONE = [
    "The startup has not raised money yet.",
    "Revenue did not grow in the quarter.",
    "Nvidia did not say how much it invested in the round.",
    "No money changes hands under the arrangement.",
    "Investors have not been told when the company will raise again.",
]


@pytest.mark.parametrize("text,expected", NEGATION_R6, ids=[c[0][:40] for c in NEGATION_R6])
def test_negation_round6_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", NEGATION_R6_NONE)
def test_negation_round6_non_claims(text: str) -> None:
    assert extract(text, "en") == []


# -- round 6, area "verbs": money idioms and memberships (own sentences) --------------------------
VERBS_R6 = [
    ("Amazon plowed another $4 billion into Anthropic.", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("SoftBank pumped $30 billion into OpenAI this year.", [("investment", "SoftBank", "OpenAI", 30 * B, None)]),
    ("Microsoft wrote a $2 billion check for Mistral AI.", [("investment", "Microsoft", "Mistral AI", 2 * B, None)]),
    ("Microsoft wrote Mistral a €15 million cheque in 2024.", [("investment", "Microsoft", "Mistral AI", 16_235_523, None)]),
    ("Amazon added about $2.75 billion to its Anthropic holding in March.",
     [("investment", "Amazon", "Anthropic", 2750 * M, None)]),
    ("Google backed Anthropic with $2 billion.", [("investment", "Google", "Anthropic", 2 * B, None)]),
    ("Google topped up its Anthropic investment with another $1 billion.",
     [("investment", "Google", "Anthropic", 1 * B, None)]),
    ("SoftBank doubled down on OpenAI with another $22.5 billion.", [("investment", "SoftBank", "OpenAI", 22500 * M, None)]),
    ("Nvidia kicked in $1 billion to the round for xAI.", [("investment", "Nvidia", "xAI", 1 * B, None)]),
    ("SoftBank bankrolled the Stargate project.", [("investment", "SoftBank", "Stargate", None, None)]),
    # committed: equity to a company, compute when the money goes to a cloud seller for computing
    ("Microsoft committed $10 billion to OpenAI.", [("investment", "Microsoft", "OpenAI", 10 * B, None)]),
    ("OpenAI committed $300 billion to Oracle for cloud computing.",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    # the amount before its verb, in a relative clause; "a $X bet on"
    ("Microsoft has pointed to the roughly $13 billion it has committed to OpenAI since 2019.",
     [("investment", "Microsoft", "OpenAI", 13 * B, None)]),
    ("Google's $2 billion bet on Anthropic looks prescient.", [("investment", "Google", "Anthropic", 2 * B, None)]),
    # two amounts for the same parties in one sentence are two claims
    ("Amazon wrote a $4 billion check for Anthropic and added another $4 billion last November.",
     [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    # memberships without an amount
    ("Google has backed Anthropic since 2023.", [("investment", "Google", "Anthropic", None, "reported")]),
    ("Nvidia has been an investor in CoreWeave since 2023.", [("investment", "Nvidia", "CoreWeave", None, "reported")]),
    ("Anthropic counts Google and Salesforce among its shareholders.",
     [("stake", "Google", "Anthropic", None, "reported"), ("stake", "Salesforce", "Anthropic", None, "reported")]),
    ("Amazon backed Anthropic with $4 billion, while Google is one of Anthropic's largest shareholders.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("stake", "Google", "Anthropic", None, None)]),
    ("Nvidia chipped in, and Microsoft, which wrote Mistral a €15 million cheque, is a shareholder of Mistral too.",
     [("investment", "Nvidia", "Mistral AI", None, None), ("investment", "Microsoft", "Mistral AI", 16_235_523, None),
      ("stake", "Microsoft", "Mistral AI", None, None)]),
    # supplier relations: purchase buyer -> seller
    ("Nvidia is the sole supplier of CoreWeave's GPUs.", [("purchase", "CoreWeave", "Nvidia", None, "reported")]),
    ("SK Hynix is the main HBM supplier to Nvidia.", [("purchase", "Nvidia", "SK Hynix", None, None)]),
    ("xAI's Colossus cluster runs on 200,000 Nvidia GPUs.", [("purchase", "xAI", "Nvidia", None, "reported")]),
]

VERBS_R6_CONTEXT = [
    # the investee of an idiom without one is the company raising in the sentence before
    ("xAI is raising fresh money. Nvidia chipped in $500 million.", [("investment", "Nvidia", "xAI", 500 * M, None)]),
    ("Anthropic raised $13 billion in September. Spark Capital is an investor in the company as well.",
     [("investment", None, "Anthropic", 13 * B, None), ("investment", "Spark Capital", "Anthropic", None, None)]),
]

VERBS_R6_NEGATIVE = [
    "Analysts added that Nvidia shares rose 3%.",
    "She put the chance of a deal at 50%.",
    "Microsoft put up a new data center in Texas.",
    "Nvidia added $150 billion in market value on Tuesday.",
    "Microsoft is committed to OpenAI, its chief executive said.",
    "Nvidia's bet on OpenAI is paying off.",
    "The new export rules kicked in on Monday.",
    "The cluster runs on 100,000 GPUs.",
]


@pytest.mark.parametrize("text,expected", VERBS_R6 + VERBS_R6_CONTEXT, ids=[c[0][:40] for c in VERBS_R6 + VERBS_R6_CONTEXT])
def test_verbs_round6_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", VERBS_R6_NEGATIVE)
def test_verbs_round6_non_claims(text: str) -> None:
    assert extract(text, "en") == []


def test_negation_round6_articles_score() -> None:
    """Own articles on non-deals and references (en, zh, ja; written before tuning, honest F1 then 0.50)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "negation_round6"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.8 and overall.recall >= 0.78, report.as_dict()["misses"] + report.as_dict()["false"]
    assert (report.status_accuracy() or 0.0) >= 0.95  # denied claims must come out denied


# -- round 7, area "money2": debt carried and listed, revenue shares and payments, supply ties ---------
MONEY2_R7 = [
    ("CoreWeave carries about $8 billion of debt, mostly secured by its GPUs.",
     [("loan", None, "CoreWeave", 8 * B, "reported")]),
    ("Nebius is carrying roughly $4 billion in debt after its latest bond sale.",
     [("loan", None, "Nebius", 4 * B, "reported")]),
    ("CoreWeave has taken on more than $12 billion of debt to buy GPUs.",
     [("loan", None, "CoreWeave", 12 * B, "reported")]),
    ("Crusoe raised $750 million in debt from Brookfield.", [("loan", "Brookfield", "Crusoe", 750 * M, None)]),
    ("Lambda tapped a $500 million credit facility from Macquarie.", [("loan", "Macquarie", "Lambda", 500 * M, None)]),
    ("CoreWeave's lenders include Blackstone and Magnetar.",
     [("loan", "Blackstone", "CoreWeave", None, "reported"), ("loan", "Magnetar", "CoreWeave", None, "reported")]),
    ("OpenAI's creditors include JPMorgan, Citi and Morgan Stanley.",
     [("loan", "JPMorgan", "OpenAI", None, None), ("loan", "Citigroup", "OpenAI", None, None),
      ("loan", "Morgan Stanley", "OpenAI", None, None)]),
    ("Microsoft contributed 62% of CoreWeave's revenue in 2024.", [("revenue", "Microsoft", "CoreWeave", None, "reported")]),
    ("Microsoft represented 19% of Nvidia's sales last year.", [("revenue", "Microsoft", "Nvidia", None, "reported")]),
    ("Roughly 62% of CoreWeave's revenue came from Microsoft in 2024.",
     [("revenue", "Microsoft", "CoreWeave", None, "reported")]),
    ("Meta is one of Nvidia's biggest customers.", [("revenue", "Meta", "Nvidia", None, "reported")]),
    ("Microsoft is CoreWeave's biggest source of revenue.", [("revenue", "Microsoft", "CoreWeave", None, "reported")]),
    ("OpenAI pays Microsoft a share of its revenue.", [("revenue", "OpenAI", "Microsoft", None, "reported")]),
    ("Microsoft, by contrast, pays OpenAI a share of the Bing revenue its models help generate.",
     [("revenue", "Microsoft", "OpenAI", None, None)]),
    ("Google pays Apple about $20 billion a year to be the default search engine.",
     [("revenue", "Google", "Apple", 20 * B, "reported")]),
    ("Apple will pay Google roughly $1 billion annually for a version of Gemini.",
     [("revenue", "Apple", "Google", 1 * B, "announced")]),
    ("The integration works differently: neither Apple nor OpenAI is paying the other, people involved said.",
     [("revenue", "Apple", "OpenAI", None, "denied")]),
    ("SK Hynix is Nvidia's main supplier of HBM.", [("purchase", "Nvidia", "SK Hynix", None, "reported")]),
    ("Samsung is a key supplier of HBM to Nvidia.", [("purchase", "Nvidia", "Samsung", None, "reported")]),
    ("Nvidia also sells CoreWeave most of its chips.", [("purchase", "CoreWeave", "Nvidia", None, "reported")]),
    ("Microsoft acquired roughly 485,000 Nvidia Hopper chips in 2024.", [("purchase", "Microsoft", "Nvidia", None, None)]),
    ("Nvidia sits at the other end: it sells CoreWeave most of its chips, and xAI's Colossus cluster runs on "
     "roughly 200,000 Nvidia GPUs.",
     [("purchase", "CoreWeave", "Nvidia", None, None), ("purchase", "xAI", "Nvidia", None, "reported")]),
    # a one-off payment to license technology is a purchase; the chips' maker sells, not the site's owner
    ("Amazon paid $300 million to license Adept's models.", [("purchase", "Amazon", "Adept", 300 * M, None)]),
    ("Meta agreed to pay Scale AI $500 million to license its data tools.",
     [("purchase", "Meta", "Scale AI", 500 * M, "announced")]),
    ("Microsoft pays OpenAI licensing fees of $1 billion a year.", [("revenue", "Microsoft", "OpenAI", 1 * B, "reported")]),
    ("Oracle is buying about $40 billion of Nvidia chips for the site it runs for Stargate.",
     [("purchase", "Oracle", "Nvidia", 40 * B, None)]),
]

MONEY2_R7_NEGATIVE = [
    "Nvidia's revenue grew 62% in 2024.",
    "The company is looking for new customers.",
    "The bank carries the risk of the loan.",
    "CoreWeave will provide Microsoft with Nvidia GPUs.",
]


@pytest.mark.parametrize("text,expected", MONEY2_R7, ids=[c[0][:40] for c in MONEY2_R7])
def test_money2_round7_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", MONEY2_R7_NEGATIVE)
def test_money2_round7_non_claims(text: str) -> None:
    assert extract(text, "en") == []


def test_money2_round7_revenue_share_keeps_the_percentage() -> None:
    claims = extract("Roughly 62% of CoreWeave's revenue came from Microsoft in 2024.", "en")
    assert [(c.kind, c.source, c.target, c.pct) for c in claims] == [("revenue", "Microsoft", "CoreWeave", 62.0)]


def test_money2_round7_articles_score() -> None:
    """Own articles on debt, payments and purchases (en, zh, ja; written before tuning, honest F1 then 0.63)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "money2_round7"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.9 and overall.recall >= 0.88, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 7, area roles: appositions, relative clauses, executives, two deals in one sentence ---------
ROLES_R7 = [
    # appositions and relative clauses around the subject
    ("Google, which has backed Anthropic since 2023, invested another $1 billion in the startup.",
     [("investment", "Google", "Anthropic", 1 * B, None)]),
    ("Poolside, the coding-model company, raised $500 million.", [("investment", None, "Poolside", 500 * M, None)]),
    ("xAI, Elon Musk's artificial intelligence company, raised $6 billion.", [("investment", None, "xAI", 6 * B, None)]),
    ("Nvidia, the world's most valuable chipmaker, agreed to invest $5 billion in Intel.",
     [("investment", "Nvidia", "Intel", 5 * B, None)]),
    ("Amazon, Anthropic's largest backer, will invest a further $4 billion in the startup.",
     [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("Microsoft, OpenAI's biggest backer, invested $1.5 billion in G42.",
     [("investment", "Microsoft", "OpenAI", None, "reported"), ("investment", "Microsoft", "G42", 1500 * M, None)]),
    ("Nvidia is OpenAI's largest new investor.", [("investment", "Nvidia", "OpenAI", None, "reported")]),
    ("Google, which owns about 14% of Anthropic, agreed to invest another $1 billion in the company.",
     [("investment", "Google", "Anthropic", 1 * B, None), ("stake", "Google", "Anthropic", None, "reported")]),  # round 15: the relative clause states the holding
    ("Amazon, which first backed Anthropic in 2023, agreed to invest a further $4 billion in the startup, while "
     "Google, its other big patron, put another $1 billion into the company.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("investment", "Google", "Anthropic", 1 * B, None)]),
    # executives speak for their company; a person investing personally stays a person
    ("Meta chief executive Mark Zuckerberg said capital spending would reach $65 billion this year.",
     [("investment", "Meta", None, 65 * B, None)]),
    ("Microsoft president Brad Smith wrote that the company will spend $80 billion on AI data centers.",
     [("investment", "Microsoft", None, 80 * B, None)]),
    ("Nvidia CEO Jensen Huang said the company would invest up to $100 billion in OpenAI.",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("Nvidia's chief executive, Jensen Huang, said the chipmaker would put up to $100 billion into OpenAI.",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("SoftBank chairman Masayoshi Son said on Tuesday that SoftBank would invest $3 billion in OpenAI.",
     [("investment", "SoftBank", "OpenAI", 3 * B, None)]),
    ("Amazon CEO Andy Jassy told analysts the company expects to spend about $100 billion on capital expenditures in 2025.",
     [("investment", "Amazon", None, 100 * B, None)]),
    ("OpenAI chief executive Sam Altman said the company had agreed to buy $10 billion of chips from Broadcom.",
     [("purchase", "OpenAI", "Broadcom", 10 * B, None)]),
    ("Jeff Bezos put money into Perplexity.", [("investment", "Jeff Bezos", "Perplexity", None, None)]),
    ("Amazon founder Jeff Bezos invested in Perplexity.", [("investment", "Jeff Bezos", "Perplexity", None, None)]),
    # two deals in one sentence: each clause keeps its own parties and amount
    ("Microsoft invested $10 billion in OpenAI and Nvidia invested $100 million in Inflection.",
     [("investment", "Microsoft", "OpenAI", 10 * B, None), ("investment", "Nvidia", "Inflection AI", 100 * M, None)]),
    ("Google invested $300 million in Anthropic and Salesforce put $450 million into Cohere.",
     [("investment", "Google", "Anthropic", 300 * M, None), ("investment", "Salesforce", "Cohere", 450 * M, None)]),
    ("Oracle agreed to invest $1 billion in Crusoe, while Nvidia invested $500 million in Lambda.",
     [("investment", "Oracle", "Crusoe", 1 * B, None), ("investment", "Nvidia", "Lambda", 500 * M, None)]),
    ("SoftBank invested $30 billion in OpenAI, as well as $2 billion in Intel.",
     [("investment", "SoftBank", "OpenAI", 30 * B, None), ("investment", "SoftBank", "Intel", 2 * B, None)]),
    ("Microsoft put $13 billion into OpenAI over several years, plus $1.5 billion in G42.",
     [("investment", "Microsoft", "OpenAI", 13 * B, None), ("investment", "Microsoft", "G42", 1500 * M, None)]),
    ("Anthropic raised $13 billion, while xAI raised $10 billion.",
     [("investment", None, "Anthropic", 13 * B, None), ("investment", None, "xAI", 10 * B, None)]),
    # the amount of a round is the round's, not the lead's
    ("Mistral's $2 billion round was led by ASML.",
     [("investment", None, "Mistral AI", 2 * B, None), ("investment", "ASML", "Mistral AI", None, None)]),
    ("OpenAI closed a $40 billion round led by SoftBank.",
     [("investment", None, "OpenAI", 40 * B, None), ("investment", "SoftBank", "OpenAI", None, None)]),
    ("Cohere's $500 million round was led by Radical Ventures.",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "Radical Ventures", "Cohere", None, None)]),
    # amount stated before the verb or inside a noun phrase
    ("The $2 billion investment that Google made in Anthropic was disclosed in a filing.",
     [("investment", "Google", "Anthropic", 2 * B, None)]),
    ("Amazon's $4 billion bet on Anthropic has already paid off.", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("Microsoft's $1.5 billion investment in G42 gives it a minority stake.",
     [("investment", "Microsoft", "G42", 1500 * M, None)]),
    ("The round gives OpenAI a $157 billion valuation.", [("valuation", None, "OpenAI", 157 * B, None)]),
]

ROLES_R7_NEGATIVE = [
    "Nvidia CEO Jensen Huang said demand for chips remained strong.",
    "OpenAI's largest shareholder declined to comment.",
]


@pytest.mark.parametrize("text,expected", ROLES_R7, ids=[c[0][:40] for c in ROLES_R7])
def test_roles_round7_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", ROLES_R7_NEGATIVE)
def test_roles_round7_non_claims(text: str) -> None:
    assert extract(text, "en") == []


def test_roles_round7_gapped_investor_takes_the_topic() -> None:
    """"A will put in up to $5bn and B up to $10bn": B is a second investor, not A's investee."""
    text = "Anthropic is raising new money. Microsoft will put in up to $5bn and Nvidia up to $10bn."
    from tests._extract_table import summary

    got = {g[:4] for g in summary(extract(text, "en"))}
    assert ("investment", "Microsoft", "Anthropic", 5 * B) in got and ("investment", "Nvidia", "Anthropic", 10 * B) in got, got
    assert not any(g[1] == "Microsoft" and g[2] == "Nvidia" for g in got), got


def test_roles_round7_articles_score() -> None:
    """Own long-sentence articles (en, zh; honest F1 before tuning 0.57: P 0.65, R 0.50)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "roles_round7"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.9 and overall.recall >= 0.9, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 8, area enrecall: investors entering a round named by an epithet; acquisitions without a price ----
ENRECALL_R8 = [
    ("Perplexity is growing fast. Nvidia and Amazon both came into the search startup's $73.6 million round.",
     [("investment", None, "Perplexity", 73_600_000, None), ("investment", "Nvidia", "Perplexity", None, None),
      ("investment", "Amazon", "Perplexity", None, None)]),
    ("Mistral AI is Europe's best-funded lab. Microsoft came back for the €600 million raise in June 2024.",
     [("investment", None, "Mistral AI", 649_420_933, None), ("investment", "Microsoft", "Mistral AI", None, None)]),
    ("Nvidia joined Microsoft in Wayve's $1.05 billion Series C.",
     [("investment", None, "Wayve", 1050 * M, None), ("investment", "Nvidia", "Wayve", None, None),
      ("investment", "Microsoft", "Wayve", None, None)]),
    ("Anthropic keeps raising. Google piled into the lab's $4 billion round.",
     [("investment", None, "Anthropic", 4 * B, None), ("investment", "Google", "Anthropic", None, None)]),
    ("SoftBank buys UK chip designer Graphcore.", [("acquisition", "SoftBank", "Graphcore", None, None)]),
    ("AMD snapped up server maker ZT Systems last year.", [("acquisition", "AMD", "ZT Systems", None, None)]),
    ("Microsoft scooped up $2 billion of Nvidia chips.", [("purchase", "Microsoft", "Nvidia", 2 * B, None)]),
    # the round's company raising by itself stays the company
    ("Mistral AI raised €600 million in June 2024.", [("investment", None, "Mistral AI", 649_420_933, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ENRECALL_R8)
def test_enrecall_round8_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_enrecall_round8_articles_score() -> None:
    """Own articles (written before tuning; honest F1 then 0.21)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "enrecall_round8"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.65 and overall.recall >= 0.6, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 9, area enrecall2: investor lists without amounts (copula, "among", "on the list of") --------------
ENRECALL2_R9 = [
    ("Mistral AI closed a new round. Nvidia and AMD both appeared on the list of strategic investors.",
     [("investment", "Nvidia", "Mistral AI", None, None), ("investment", "AMD", "Mistral AI", None, None)]),
    ("Cohere raised $500 million in August. Among the strategic backers of the round were Nvidia and Salesforce.",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "Nvidia", "Cohere", None, None),
      ("investment", "Salesforce", "Cohere", None, None)]),
    ("Perplexity builds an answer engine. Nvidia, Amazon and SoftBank are also investors.",
     [("investment", "Nvidia", "Perplexity", None, None), ("investment", "Amazon", "Perplexity", None, None),
      ("investment", "SoftBank", "Perplexity", None, None)]),
    ("Figure AI raised $675 million. Microsoft, Nvidia and Amazon were among the investors.",
     [("investment", None, "Figure AI", 675 * M, None), ("investment", "Microsoft", "Figure AI", None, None),
      ("investment", "Nvidia", "Figure AI", None, None), ("investment", "Amazon", "Figure AI", None, None)]),
    ("Microsoft and Nvidia were among the investors in Figure AI.",
     [("investment", "Microsoft", "Figure AI", None, None), ("investment", "Nvidia", "Figure AI", None, None)]),
    ("Among the investors in Figure AI were Microsoft and Nvidia.",
     [("investment", "Microsoft", "Figure AI", None, None), ("investment", "Nvidia", "Figure AI", None, None)]),
    ("Among the backers of OpenAI's latest round were SoftBank and Microsoft.",
     [("investment", "SoftBank", "OpenAI", None, None), ("investment", "Microsoft", "OpenAI", None, None)]),
    ("Nvidia and AMD both appeared on the list of strategic investors in Mistral AI's latest round.",
     [("investment", "Nvidia", "Mistral AI", None, None), ("investment", "AMD", "Mistral AI", None, None)]),
    ("Scale AI labels data for model makers. Nvidia and Amazon are both investors.",
     [("investment", "Nvidia", "Scale AI", None, None), ("investment", "Amazon", "Scale AI", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ENRECALL2_R9)
def test_enrecall2_round9_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", [
    "Nvidia and AMD are rivals.",  # no investor noun: nothing
    "Investors are cautious about AI chip stocks.",  # no named investor, no company
])
def test_enrecall2_round9_non_claims(text: str) -> None:
    assert extract(text, "en") == []


def test_enrecall2_round9_articles_score() -> None:
    """Own articles (written after the rules; the tree without them scores 0/12, with them 5/12, P 0.36)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "enrecall2_round9"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.tp >= 5 and overall.recall >= 0.4, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 10, area enprecision: a person's possessive naming a company, amounts inside headlines ----------
ENPRECISION_R10 = [
    ("Elon Musk founded xAI in 2023. Elon Musk's company raised $6 billion from Sequoia Capital.",
     [("investment", "Sequoia Capital", "xAI", 6 * B, None)]),
    ("xAI was set up by Elon Musk last year. On Monday, Musk's startup closed a $6 billion round.",
     [("investment", None, "xAI", 6 * B, None)]),
    ("Thinking Machines was started by Mira Murati. Murati's lab has raised $2 billion.",
     [("investment", None, "Thinking Machines", 2 * B, None)]),
    ("Elon Musk's AI startup xAI closed a $6 billion round.", [("investment", None, "xAI", 6 * B, None)]),
    ("xAI, Elon Musk's artificial intelligence company, raised $6 billion.", [("investment", None, "xAI", 6 * B, None)]),
    ("Ilya Sutskever's Safe Superintelligence has secured $1 billion.", [("investment", None, "SSI", 1 * B, None)]),
    ("Masayoshi Son's SoftBank invested $30 billion in OpenAI.", [("investment", "SoftBank", "OpenAI", 30 * B, None)]),
    ("Nvidia adds $2 billion to its stake in xAI.", [("investment", "Nvidia", "xAI", 2 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ENPRECISION_R10)
def test_enprecision_round10_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", [
    "Mira Murati's lab raised $2 billion.",  # the lab is never named: never the person
    "Sam Altman's company signed a $10 billion cloud deal with Oracle.",
    "Former OpenAI executive Mira Murati's startup has raised $2 billion at a $10 billion valuation.",
    "Nvidia may put up to $2 billion into Elon Musk's lab.",
    "Jeff Bezos's Project Prometheus raised $6.2 billion.",  # a company the knowledge base does not know
    "Databricks closes $10B round, adds $5.25B of debt and Meta as a backer",  # "$5.25B of debt" is no investment
])
def test_enprecision_round10_non_claims(text: str) -> None:
    assert not [c for c in extract(text, "en") if c.source in ("Mira Murati", "Sam Altman", "Elon Musk", "Jeff Bezos")
                or c.target in ("Mira Murati", "Sam Altman", "Elon Musk", "Jeff Bezos", "Meta")]


def test_enprecision_round10_articles_score() -> None:
    """Own articles (written before the rules: P 0.41 R 0.33 F1 0.37; after: see the report)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "enprecision_round10"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.6 and overall.tp >= 9, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 10, area encontext: epithets and paragraph context ("the search startup", "its latest round") ------
ENCONTEXT_R10 = [
    ("Perplexity builds an answer engine. Nvidia and Jeff Bezos both came into the search startup's $73.6 million round.",
     [("investment", "Nvidia", "Perplexity", None, None), ("investment", "Jeff Bezos", "Perplexity", None, None),
      ("investment", None, "Perplexity", 73600000, None)]),
    ("CoreWeave rents Nvidia chips to AI developers. Magnetar has lent $2.3 billion to the GPU cloud.",
     [("loan", "Magnetar", "CoreWeave", 2300 * M, None)]),
    ("CoreWeave rents out Nvidia processors. Microsoft signed a $10 billion contract with the GPU cloud.",
     [("compute_commitment", "Microsoft", "CoreWeave", 10 * B, None)]),
    ("Nvidia joined Microsoft in Wayve's $1.05 billion Series C.",
     [("investment", "Nvidia", "Wayve", None, None), ("investment", "Microsoft", "Wayve", None, None),
      ("investment", None, "Wayve", 1050 * M, None)]),
    ("Anthropic makes the Claude chatbot. The Alphabet unit has committed $2 billion to the startup.",
     [("investment", "Google", "Anthropic", 2 * B, None)]),
    ("Anthropic develops Claude. Salesforce also took part in its most recent round.",
     [("investment", "Salesforce", "Anthropic", None, None)]),
    ("Anthropic sells Claude. Menlo Ventures returned for its latest raise.",
     [("investment", "Menlo Ventures", "Anthropic", None, None)]),
    ("Anthropic develops Claude. Nvidia came into the startup's round last year.",
     [("investment", "Nvidia", "Anthropic", None, None)]),
    # the most recent company of the class, not an earlier deal's target
    ("Amazon invested $4 billion in Anthropic. Cohere raised $500 million. Nvidia came into the startup's round too.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("investment", None, "Cohere", 500 * M, None),
      ("investment", "Nvidia", "Cohere", None, None)]),
    ("Figure AI builds humanoid robots. OpenAI and Nvidia both backed the robotics startup.",
     [("investment", "OpenAI", "Figure AI", None, None), ("investment", "Nvidia", "Figure AI", None, None)]),
    ("Databricks sells data software. Nvidia joined the data company's Series J.",
     [("investment", "Nvidia", "Databricks", None, None)]),
    ("Groq designs chips. Samsung came back into the chip startup's Series D alongside Cisco.",
     [("investment", "Samsung", "Groq", None, None), ("investment", "Cisco", "Groq", None, None)]),
    ("Cohere sells models. Oracle and Nvidia both backed the Toronto startup's $500 million round.",
     [("investment", "Oracle", "Cohere", None, None), ("investment", "Nvidia", "Cohere", None, None),
      ("investment", None, "Cohere", 500 * M, None)]),
    ("Mistral AI sells open models to enterprises. Nvidia and Salesforce took part in the Paris lab's latest round.",
     [("investment", "Nvidia", "Mistral AI", None, None), ("investment", "Salesforce", "Mistral AI", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ENCONTEXT_R10, ids=[c[0][:40] for c in ENCONTEXT_R10])
def test_encontext_round10_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", [
    "Anthropic develops Claude. Microsoft backed the company's plan to hire more engineers.",  # a plan, not a round
    "Anthropic develops Claude. Nvidia came into the year with a strong backlog.",  # no round noun
    "Anthropic develops Claude. Amazon also took part in its cloud build-out.",
    "Anthropic develops Claude. Google joined the company's board last year.",
    "Nvidia and AMD both backed the new export rules.",
])
def test_encontext_round10_non_claims(text: str) -> None:
    assert extract(text, "en") == []


def test_encontext_round10_articles_score() -> None:
    """Own articles (written before the rules: 8/19, P 0.62 R 0.42; with them 18/20 after the loan gold followed
    the shared-total convention)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "encontext_round10"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.8 and overall.recall >= 0.75, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 11, area enclauses: clauses joined by as/while/after, arrangers, parenthesised lists, totals ------
ENCLAUSES_R11 = [
    ("Microsoft keeps 27% of a restructured OpenAI as the ChatGPT maker signs up for $250bn more Azure",
     [("stake", "Microsoft", "OpenAI", None, None)]),
    ("OpenAI commits $250 billion to Azure as Microsoft takes a 27% stake in the for-profit company.",
     [("compute_commitment", "OpenAI", "Microsoft", 250 * B, None)]),
    ("Microsoft retains roughly 27% of OpenAI while the startup agrees to spend $250 billion on Azure.",
     [("stake", "Microsoft", "OpenAI", None, None), ("compute_commitment", "OpenAI", "Microsoft", 250 * B, None)]),
    ("Microsoft takes a 27% stake in OpenAI after the ChatGPT maker agreed to a $250 billion Azure contract.",
     [("stake", "Microsoft", "OpenAI", None, None)]),
    ("Oracle signed a $300 billion cloud deal with OpenAI as the startup raised $40 billion from SoftBank.",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, None), ("investment", "SoftBank", "OpenAI", 40 * B, None)]),
    ("Nvidia invested $2 billion in xAI after Microsoft invested $1 billion in Anthropic.",
     [("investment", "Nvidia", "xAI", 2 * B, None), ("investment", "Microsoft", "Anthropic", 1 * B, None)]),
    ("Nvidia agreed to invest up to $100 billion in OpenAI as the ChatGPT maker buys millions of Nvidia chips.",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("Google agreed to invest up to $2 billion in Anthropic, with $500 million upfront and the rest over time.",
     [("investment", "Google", "Anthropic", 2 * B, "up_to"),  # round 15: the tranche is its own claim (gold en_02)
      ("investment", "Google", "Anthropic", 500 * M, None)]),
    ("Morgan Stanley helped xAI raise $5 billion in loans.", [("loan", None, "xAI", 5 * B, None)]),
    ("JPMorgan helped Oracle sell $18 billion of bonds.", [("loan", None, "Oracle", 18 * B, None)]),
    ("Goldman Sachs has helped CoreWeave secure a $7.5 billion loan.", [("loan", None, "CoreWeave", 7500 * M, None)]),
    ("xAI raised $5 billion of debt, helped by Morgan Stanley.", [("loan", None, "xAI", 5 * B, None)]),
    ("Microsoft has signed compute deals with Nebius ($17.4 billion) and IREN ($9.7 billion).",
     [("compute_commitment", "Microsoft", "Nebius", 17400 * M, None), ("compute_commitment", "Microsoft", "IREN", 9700 * M, None)]),
    ("OpenAI has signed cloud contracts with Oracle ($300 billion), Microsoft ($250 billion) and Amazon ($38 billion).",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, None), ("compute_commitment", "OpenAI", "Microsoft", 250 * B, None),
      ("compute_commitment", "OpenAI", "Amazon", 38 * B, None)]),
    ("OpenAI's cloud commitments with Oracle now total $300 billion.",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ENCLAUSES_R11, ids=[c[0][:40] for c in ENCLAUSES_R11])
def test_enclauses_round11_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", [
    "Anthropic was founded in 2021. Morgan Stanley later helped it arrange about $5 billion of debt.",
    "Oracle won a big deal. Compute contracts announced by OpenAI this year now top $1 trillion.",
    "Nebius signed a deal with Microsoft. OpenAI's compute deals have already exceeded $1.4 trillion.",
    "Nebius signed a deal with Microsoft. The company's contracts total $20 billion.",
])
def test_enclauses_round11_no_false_party(text: str) -> None:
    """An arranger is no lender; a total over several deals is nobody's single deal."""
    assert not [c for c in extract(text, "en") if c.source in ("Morgan Stanley", "Nebius", "Microsoft", "Oracle")
                or c.target in ("Morgan Stanley", "Nebius", "Microsoft", "Oracle")]


def test_enclauses_round11_articles_score() -> None:
    """Own articles (written after the rules; with the round-11 rules switched off: P 0.77 R 0.71 F1 0.74)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "enclauses_round11"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.9 and overall.recall >= 0.85, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 12, area listings: offerings paying a seller, buying part of a company, added defendants ------------
LISTINGS_R12 = [
    ("Arm priced its IPO at $51 a share, raising $4.87 billion for SoftBank Group.",
     [("purchase", None, "SoftBank", 4870 * M, None)]),
    ("The listing raised $4.87 billion for SoftBank, which sold about 10% of Arm.",
     [("purchase", None, "SoftBank", 4870 * M, None)]),
    ("The offering raised about $1.5 billion for Alibaba, which sold part of its holding.",
     [("purchase", None, "Alibaba", 1500 * M, None)]),
    ("Its Nasdaq listing raised $4.87 billion for SoftBank, the chip designer's majority owner.",
     [("purchase", None, "SoftBank", 4870 * M, None)]),
    ("SoftBank bought the 25% of Arm held by its Vision Fund in a transaction that valued Arm at more than "
     "$64 billion.",
     [("stake", "SoftBank", "Arm", None, None), ("valuation", None, "Arm", 64 * B, None)]),
    ("Microsoft bought a further 10% of OpenAI in 2023.", [("stake", "Microsoft", "OpenAI", None, None)]),
    ("SoftBank invested $1 billion in a round that valued OpenAI at $157 billion.",
     [("investment", "SoftBank", "OpenAI", 1 * B, None), ("valuation", None, "OpenAI", 157 * B, None)]),
    ("Musk sued OpenAI and Altman last year, and later added Microsoft, OpenAI's largest investor, as a "
     "defendant.",
     [("lawsuit", "Elon Musk", "OpenAI", None, None), ("lawsuit", "Elon Musk", "Sam Altman", None, None),
      ("lawsuit", "Elon Musk", "Microsoft", None, None), ("investment", "Microsoft", "OpenAI", None, None)]),
    ("Elon Musk sued OpenAI in 2024 and then added Microsoft as a co-defendant.",
     [("lawsuit", "Elon Musk", "OpenAI", None, None), ("lawsuit", "Elon Musk", "Microsoft", None, None)]),
    ("Elon Musk filed suit against OpenAI and Sam Altman in February.",
     [("lawsuit", "Elon Musk", "OpenAI", None, None), ("lawsuit", "Elon Musk", "Sam Altman", None, None)]),
    ("OpenAI was sued by Elon Musk in March.", [("lawsuit", "Elon Musk", "OpenAI", None, None)]),
    ("The New York Times sued OpenAI and Microsoft over copyright in December.",
     [("lawsuit", "New York Times", "OpenAI", None, None), ("lawsuit", "New York Times", "Microsoft", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTINGS_R12, ids=[c[0][:40] for c in LISTINGS_R12])
def test_listings_round12_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_listings_round12_company_raising_for_itself_stays_an_investment() -> None:
    """Money raised "for" nobody named, or by the company itself, is no sale by a shareholder."""
    assert not [c for c in extract("Arm's IPO raised $4.87 billion for the company.", "en") if c.kind == "purchase"]


def test_listings_round12_articles_score() -> None:
    """Own articles (written after the rules; with the round-12 rules switched off: P 0.67 R 0.44 F1 0.53)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "listings_round12"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.9 and overall.recall >= 0.75, report.as_dict()["misses"] + report.as_dict()["false"]


# round 12, area "followups": details in the sentence after a deal attach to that deal (own sentences)
FOLLOWUPS_R12 = [
    ("Anthropic raised $13 billion in a new funding round. Fidelity and Lightspeed co-led it.",
     [("investment", None, "Anthropic", 13 * B, None), ("investment", "Fidelity", "Anthropic", None, None),
      ("investment", "Lightspeed Venture Partners", "Anthropic", None, None)]),
    ("CoreWeave secured $7.5 billion in debt financing. Coatue, Carlyle and BlackRock were among the other lenders.",
     [("loan", None, "CoreWeave", 7500 * M, None), ("loan", "Coatue", "CoreWeave", None, None),
      ("loan", "Carlyle", "CoreWeave", None, None), ("loan", "BlackRock", "CoreWeave", None, None)]),
    ("xAI raised $5 billion in debt. The debt is a term loan led by JPMorgan Chase, with Barclays, Citi and Goldman Sachs also lending.",
     [("loan", None, "xAI", 5 * B, None), ("loan", "JPMorgan", "xAI", None, None), ("loan", "Barclays", "xAI", None, None),
      ("loan", "Citigroup", "xAI", None, None), ("loan", "Goldman Sachs", "xAI", None, None)]),
    ("Google agreed to buy Wiz. The price was slightly more than $600 million, according to two people familiar with the matter.",
     [("acquisition", "Google", "Wiz", 600 * M, "rumored")]),
    ("Nvidia acquired Run:ai. The deal price was about $700 million.", [("acquisition", "Nvidia", "Run:ai", 700 * M, None)]),
    ("Amazon invested another $4 billion in Anthropic, bringing its total investment in the startup to $8 billion.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("investment", "Amazon", "Anthropic", 8 * B, None)]),
    ("Amazon invested $4 billion in Anthropic. Amazon will remain a minority investor.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("stake", "Amazon", "Anthropic", None, "reported")]),
]


@pytest.mark.parametrize("text,expected", FOLLOWUPS_R12, ids=[c[0][:40] for c in FOLLOWUPS_R12])
def test_followups_round12_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_followups_round12_share_price_is_no_deal() -> None:
    assert not extract("Nvidia's share price was $140 on Monday.", "en")


# round 13, area "enbids": bids and offers where the amount comes before the noun (own sentences)
ENBIDS_R13 = [
    ("Elon Musk made an unsolicited $97.4 billion bid for OpenAI.",
     [("acquisition", "Elon Musk", "OpenAI", 97400 * M, "proposed")]),
    ("An Elon Musk-led consortium submitted a $97.4 billion offer to buy OpenAI.",
     [("acquisition", "Elon Musk", "OpenAI", 97400 * M, "proposed")]),
    ("Microsoft made a $44.6 billion takeover offer for Yahoo in 2008.",
     [("acquisition", "Microsoft", "Yahoo", 44600 * M, None)]),
    ("Qualcomm said it had made a $117 billion offer for Broadcom.",
     [("acquisition", "Qualcomm", "Broadcom", 117 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ENBIDS_R13, ids=[c[0][:40] for c in ENBIDS_R13])
def test_enbids_round13_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_enbids_round13_offer_without_bidder_is_no_claim() -> None:
    assert not extract("The company reported a $5 billion offer for its shares.", "en")


# round 14, area "corporate": settlements, countersuits, ventures, shareholders, bids, acqui-hires (own sentences)
CORPORATE_R14 = [
    ("Anthropic agreed to pay $1.5 billion to settle a class action brought by book authors.",
     [("lawsuit", None, "Anthropic", 1500 * M, None)]),
    ("Google will pay $1.4 billion to resolve two privacy lawsuits.", [("lawsuit", None, "Google", 1400 * M, None)]),
    ("OpenAI countersued Elon Musk in April.", [("lawsuit", "OpenAI", "Elon Musk", None, None)]),
    ("OpenAI filed a countersuit against Elon Musk.", [("lawsuit", "OpenAI", "Elon Musk", None, None)]),
    ("SoftBank, OpenAI and Oracle co-founded the Stargate venture in January.",
     [("joint_venture", "SoftBank", "Stargate", None, None), ("joint_venture", "OpenAI", "Stargate", None, None),
      ("joint_venture", "Oracle", "Stargate", None, None)]),
    ("Meta and Blue Owl are partners in Hyperion.",
     [("joint_venture", "Meta", "Hyperion", None, None), ("joint_venture", "Blue Owl", "Hyperion", None, None)]),
    ("The U.S. government became Intel's largest shareholder in August.",
     [("stake", "US government", "Intel", None, None)]),
    ("OpenAI rejected a $97.4 billion bid from a group of investors led by Elon Musk.",
     [("acquisition", "Elon Musk", "OpenAI", 97400 * M, "proposed")]),
    ("Intel's board turned down an unsolicited takeover approach from Qualcomm.",
     [("acquisition", "Qualcomm", "Intel", None, "proposed")]),
    ("Qualcomm has denied that it is preparing an offer for Intel.", [("acquisition", "Qualcomm", "Intel", None, "denied")]),
    ("Microsoft paid $650 million to hire Inflection AI's founders and license its models.",
     [("acquisition", "Microsoft", "Inflection AI", 650 * M, None)]),
    ("Amazon hired Adept's founders and licensed its technology for about $330 million.",
     [("acquisition", "Amazon", "Adept", 330 * M, None)]),
    ("CoreWeave snapped up Weights & Biases for $1.7 billion.",
     [("acquisition", "CoreWeave", "Weights & Biases", 1700 * M, None)]),
    ("OpenAI agreed to buy product-testing startup Statsig in an all-stock deal valued at $1.1 billion.",
     [("acquisition", "OpenAI", "Statsig", 1100 * M, "announced")]),
    ("Nvidia owns about 7% of CoreWeave and holds a roughly 4% stake in Intel.",
     [("stake", "Nvidia", "CoreWeave", None, None), ("stake", "Nvidia", "Intel", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CORPORATE_R14, ids=[c[0][:40] for c in CORPORATE_R14])
def test_corporate_round14_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", [
    "Core Scientific shareholders rejected the deal on Thursday.",
    "Nvidia's share of the accelerator market is above 80%, and data-centre sales account for 88% of its revenue.",
    "Microsoft made an offer for its shares.",
])
def test_corporate_round14_non_claims(text: str) -> None:
    assert not [c for c in extract(text, "en") if c.kind in ("stake", "acquisition")]


def test_corporate_round14_takeover_value_is_the_price() -> None:
    """"a takeover valued at $9 billion" prices the takeover; no valuation of the bidder."""
    claims = extract("CoreWeave's takeover valued at about $9 billion was voted down by Core Scientific.", "en")
    assert not [c for c in claims if c.kind == "valuation"]


def test_corporate_round14_articles_score() -> None:
    """Own articles (en, zh, ja; before the round-14 rules: P 0.76 R 0.42 F1 0.54)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "corporate_round14"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.9 and overall.recall >= 0.6, report.as_dict()["misses"] + report.as_dict()["false"]


# round 14, area "investment recall": investors named around a round, passing mentions (own sentences)
INVEST_R14 = [
    ("Mistral AI raised €600 million in June. Existing investors Lightspeed and Khosla Ventures returned.",
     [("investment", None, "Mistral AI", 649420933, None), ("investment", "Lightspeed Venture Partners", "Mistral AI", None, None),
      ("investment", "Khosla Ventures", "Mistral AI", None, None)]),
    ("Mistral AI raised €600 million in June. Microsoft came back for the raise.",
     [("investment", None, "Mistral AI", 649420933, None), ("investment", "Microsoft", "Mistral AI", None, None)]),
    ("Figure AI raised $675 million. Jeff Bezos, Microsoft and Nvidia were among the backers, the company said.",
     [("investment", None, "Figure AI", 675 * M, None), ("investment", "Jeff Bezos", "Figure AI", None, None),
      ("investment", "Microsoft", "Figure AI", None, None), ("investment", "Nvidia", "Figure AI", None, None)]),
    ("Cohere raised $500 million. AMD Ventures, Nvidia and PSP Investments also took part, the company said in a statement.",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "AMD", "Cohere", None, None),
      ("investment", "Nvidia", "Cohere", None, None), ("investment", "PSP Investments", "Cohere", None, None)]),
    ("xAI raised $6 billion in its Series C. Nvidia and AMD were strategic investors in the round.",
     [("investment", None, "xAI", 6 * B, None), ("investment", "Nvidia", "xAI", None, None),
      ("investment", "AMD", "xAI", None, None)]),
    ("Crusoe closed a $1.38 billion round in December. Mubadala and Founders Fund led it, while Nvidia participated.",
     [("investment", None, "Crusoe", 1380 * M, None), ("investment", "Mubadala", "Crusoe", None, None),
      ("investment", "Founders Fund", "Crusoe", None, None), ("investment", "Nvidia", "Crusoe", None, None)]),
    ("OpenAI's $6.6 billion round drew Microsoft, Nvidia and SoftBank.",
     [("investment", None, "OpenAI", 6600 * M, None), ("investment", "Microsoft", "OpenAI", None, None),
      ("investment", "Nvidia", "OpenAI", None, None), ("investment", "SoftBank", "OpenAI", None, None)]),
    ("Amazon-backed Anthropic said on Tuesday it had hired a new finance chief.",
     [("investment", "Amazon", "Anthropic", None, "reported")]),
    ("Microsoft-backed OpenAI and Google-backed Anthropic are rivals.",
     [("investment", "Microsoft", "OpenAI", None, "reported"), ("investment", "Google", "Anthropic", None, "reported")]),
    ("Sakana AI, in which Nvidia has invested, is based in Tokyo.", [("investment", "Nvidia", "Sakana AI", None, "reported")]),
    ("Anthropic, which counts Google and Amazon among its investors, released a new model.",
     [("investment", "Google", "Anthropic", None, "reported"), ("investment", "Amazon", "Anthropic", None, "reported")]),
    ("What the list leaves out: OpenAI, whose $6.6 billion round was led by Thrive Capital, and which counts Microsoft "
     "among its investors.",
     [("investment", None, "OpenAI", 6600 * M, None), ("investment", "Thrive Capital", "OpenAI", None, None),
      ("investment", "Microsoft", "OpenAI", None, "reported")]),
]


@pytest.mark.parametrize(("text", "expected"), INVEST_R14, ids=[c[0][:40] for c in INVEST_R14])
def test_invest_round14_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_invest_round14_series_letter_ends_a_sentence() -> None:
    """"Series C." is a round's letter, not an initial: the next sentence is its own."""
    from dealgraph.extract.sentences import split_sentences

    parts = [s.text for s in split_sentences("Lambda closed its Series C. Nvidia joined the round.", "en")]
    assert parts == ["Lambda closed its Series C.", "Nvidia joined the round."]


def test_invest_round14_backed_needs_its_company() -> None:
    """"-backed" describing no company, or a founder named in an attribution, gives no claim."""
    assert not [c for c in extract("The Nvidia-backed approach is popular with labs.", "en") if c.kind == "investment"]
    got = extract("Google invested in the startup, the company said.", "en")
    assert not [c for c in got if c.source == c.target]


def test_invest_round14_articles_score() -> None:
    """Own articles (written before the rules; before tuning: P 0.71 R 0.46 F1 0.56 over en/zh/ja)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "invest_round14"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.recall >= 0.6 and overall.precision >= 0.7, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 14, area "status": media attributions, the clause a cue binds to, denials of reports, standing facts --
_I = "investment"
STATUS_R14 = [
    # a media report or unnamed sources -> rumored (above up_to and proposed)
    ("SoftBank is preparing to invest $10 billion in OpenAI, according to The Information.", (_I, "SoftBank", "OpenAI"), "rumored"),
    ("Nvidia will invest $500 million in Wayve, according to Bloomberg.", (_I, "Nvidia", "Wayve"), "rumored"),
    ("Amazon invested another $4 billion in Anthropic, a person with direct knowledge of the matter said.",
     (_I, "Amazon", "Anthropic"), "rumored"),
    ("Microsoft plans to invest $2 billion in Mistral AI, said the people, who asked not to be identified because the "
     "talks are private.", (_I, "Microsoft", "Mistral AI"), "rumored"),
    ("Google has agreed to invest $1 billion in Anthropic, Reuters said on Wednesday, citing sources.",
     (_I, "Google", "Anthropic"), "rumored"),
    ("Sources say Apple is set to invest $1 billion in OpenAI.", (_I, "Apple", "OpenAI"), "rumored"),
    ("Oracle is set to buy $40 billion of Nvidia chips, the newspaper said.", ("purchase", "Oracle", "Nvidia"), "rumored"),
    ("Tencent invested $300 million in Moonshot AI, Chinese outlet LatePost reported.", (_I, "Tencent", "Moonshot AI"), "rumored"),
    ("xAI will raise $20 billion, one investor said, speaking on condition of anonymity.", (_I, None, "xAI"), "rumored"),
    ("Nvidia could invest as much as $2 billion in xAI, Bloomberg reported, citing people familiar with the financing.",
     (_I, "Nvidia", "xAI"), "rumored"),
    # a sentence with two deals: the cue binds to its own clause
    ("Nvidia bought $5 billion of Intel stock in September and, according to people familiar with the talks, may put "
     "$2 billion into xAI.", (_I, "Nvidia", "Intel"), "completed"),
    ("Nvidia bought $5 billion of Intel stock in September and, according to people familiar with the talks, may put "
     "$2 billion into xAI.", (_I, "Nvidia", "xAI"), "rumored"),
    ("Amazon is weighing a new investment in Anthropic, people close to the company say, while Google has already "
     "invested $1 billion in the startup.", (_I, "Amazon", "Anthropic"), "rumored"),
    ("Microsoft invested $13 billion in OpenAI; SoftBank, meanwhile, is in talks to invest $30 billion in OpenAI, "
     "sources said.", (_I, "SoftBank", "OpenAI"), "rumored"),
    ("Microsoft invested $13 billion in OpenAI; SoftBank, meanwhile, is in talks to invest $30 billion, sources said.",
     (_I, "Microsoft", "OpenAI"), "completed"),
    ("Not a rumour any more: Mistral AI closed a $2 billion round in September.", (_I, None, "Mistral AI"), "completed"),
    ("People familiar with the matter said Meta is in talks to invest $10 billion in Scale AI.", (_I, "Meta", "Scale AI"), "rumored"),
    ("Nvidia agreed in September to buy $5 billion of Intel stock, then took a $1 billion stake in Nokia in October.",
     (_I, "Nvidia", "Nokia"), "completed"),
    # a denial of a report -> denied, never a positive claim
    ("Elon Musk dismissed speculation that Nvidia would invest $2 billion in xAI.", (_I, "Nvidia", "xAI"), "denied"),
    ("Anthropic is not in talks to raise money from Microsoft, a spokesperson said.", (_I, "Microsoft", "Anthropic"), "denied"),
    ("Nvidia pushed back on reports that it would buy $1 billion of xAI shares.", (_I, "Nvidia", "xAI"), "denied"),
    ("Google refuted a report that it would invest $2 billion in Anthropic.", (_I, "Google", "Anthropic"), "denied"),
    ("Microsoft rejected claims that it had invested $5 billion in Anthropic.", (_I, "Microsoft", "Anthropic"), "denied"),
    ("Meta has no plans to acquire Scale AI.", ("acquisition", "Meta", "Scale AI"), "denied"),
    ("Amazon has no intention of investing in OpenAI, its chief executive said.", (_I, "Amazon", "OpenAI"), "denied"),
    # a value in an apposition is a background figure
    ("Anthropic, valued at $183 billion, is the other big name.", ("valuation", None, "Anthropic"), "reported"),
    ("OpenAI, now valued at $500 billion, employs 3,000 people.", ("valuation", None, "OpenAI"), "reported"),
    # up_to from the amount; the day's news
    ("Nvidia intends to invest up to $100 billion in OpenAI.", (_I, "Nvidia", "OpenAI"), "up_to"),
    ("OpenAI closed a $6.6 billion round in October 2024.", (_I, None, "OpenAI"), "completed"),
    ("Microsoft said on Tuesday it would invest $2 billion in Mistral AI.", (_I, "Microsoft", "Mistral AI"), "announced"),
]


@pytest.mark.parametrize(("text", "triple", "status"), STATUS_R14, ids=[c[0][:40] for c in STATUS_R14])
def test_status_round14_sentence(text: str, triple: tuple, status: str) -> None:
    claims = extract(text, "en", published="2025-10-14")
    got = {c.status for c in claims if (c.kind, c.source, c.target) == triple}
    assert got == {status}, [(c.kind, c.source, c.target, c.status) for c in claims]


def test_status_round14_mixed_sentence_keeps_both_deals() -> None:
    """The fact in the while-clause is not swallowed by the rumour before it."""
    claims = extract("Amazon is weighing a new investment in Anthropic, people close to the company say, while Google "
                     "has already invested $1 billion in the startup.", "en", published="2025-10-14")
    assert {(c.source, c.status) for c in claims if c.kind == _I} >= {("Amazon", "rumored")}
    assert all(c.status != "rumored" for c in claims if c.source == "Google")


def test_status_round14_articles_score() -> None:
    """Own articles (en, zh, ja; before tuning: status accuracy 0.67, F1 0.86)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "status_round14"
    report = evaluate([folder], create_extractor("rules.v1"))
    assert report.counts().f1 >= 0.84, report.as_dict()["misses"] + report.as_dict()["false"]
    assert (report.status_accuracy() or 0.0) >= 0.9


# round 14, area "loans_revenue": lenders -> borrowers of any shape, revenue payer -> earner (own sentences)
LOANS_R14 = [
    ("Morgan Stanley and MUFG arranged a $3 billion term loan for Nebius.",
     [("loan", None, "Nebius", 3 * B, None), ("loan", "Morgan Stanley", "Nebius", None, None),
      ("loan", "MUFG", "Nebius", None, None)]),
    ("JPMorgan Chase was the lead arranger of a $7 billion credit facility for Crusoe.",
     [("loan", "JPMorgan", "Crusoe", 7 * B, None)]),
    ("xAI has lined up $12 billion of debt, with Apollo, Ares Management and Blackstone among the lenders.",
     [("loan", None, "xAI", 12 * B, None), ("loan", "Apollo", "xAI", None, None),
      ("loan", "Ares Management", "xAI", None, None), ("loan", "Blackstone", "xAI", None, None)]),
    ("Oracle refinanced $9 billion of loans with a syndicate led by Bank of America.",
     [("loan", "Bank of America", "Oracle", 9 * B, None)]),
    ("Mistral AI landed a debt round of $600 million from BNP Paribas and HSBC.",
     [("loan", None, "Mistral AI", 600 * M, None), ("loan", "BNP Paribas", "Mistral AI", None, None),
      ("loan", "HSBC", "Mistral AI", None, None)]),
    ("Anthropic raised $2.5 billion through a revolving credit facility.", [("loan", None, "Anthropic", 2500 * M, None)]),
    ("Meta is selling $25 billion of bonds to fund AI data centers.", [("loan", None, "Meta", 25 * B, None)]),
    ("CoreWeave raised $1.1 billion in equity and $7.5 billion in debt, with Blackstone and Magnetar leading the debt.",
     [("investment", None, "CoreWeave", 1100 * M, None), ("loan", None, "CoreWeave", 7500 * M, None),
      ("loan", "Blackstone", "CoreWeave", None, None), ("loan", "Magnetar", "CoreWeave", None, None)]),
    ("Nscale has lined up $1.4 billion of debt backed by its Nvidia GPUs.", [("loan", None, "Nscale", 1400 * M, None)]),
    ("Barclays, Citigroup and Deutsche Bank provided a $2.2 billion loan to Vantage Data Centers.",
     [("loan", None, "Vantage Data Centers", 2200 * M, None), ("loan", "Barclays", "Vantage Data Centers", None, None),
      ("loan", "Citigroup", "Vantage Data Centers", None, None), ("loan", "Deutsche Bank", "Vantage Data Centers", None, None)]),
    ("Lambda obtained a $500 million GPU-backed loan from Macquarie, with the chips serving as collateral.",
     [("loan", "Macquarie", "Lambda", 500 * M, None)]),
]

LOANS_R14_NON_CLAIMS = [
    "Nvidia's backing lends weight to CoreWeave's pitch to customers.",
    "Nvidia lent its name to the initiative.",
    "The partnership lends credibility to Anthropic's enterprise push.",
    "Moody's upgraded Oracle's credit rating to Baa1.",
    "CoreWeave pays an interest rate of about 9% on its loans.",
    "Oracle's total debt rose to $100 billion at the end of May.",
    "S&P cut its outlook on CoreWeave debt to negative.",
]


@pytest.mark.parametrize(("text", "expected"), LOANS_R14, ids=[c[0][:40] for c in LOANS_R14])
def test_loans_lenders_and_borrowers(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", LOANS_R14_NON_CLAIMS)
def test_loans_figurative_lending_ratings_and_totals_are_no_claims(text: str) -> None:
    assert extract(text, "en") == []


REVENUE_R14 = [
    ("OpenAI paid Microsoft $500 million in revenue share in 2024.", [("revenue", "OpenAI", "Microsoft", 500 * M, None)]),
    ("Nebius generates roughly half of its revenue from Microsoft.", [("revenue", "Microsoft", "Nebius", None, None)]),
    ("Nvidia derives about 19% of its revenue from Microsoft.", [("revenue", "Microsoft", "Nvidia", None, None)]),
    ("Microsoft receives 20% of OpenAI's revenue under their agreement.", [("revenue", "OpenAI", "Microsoft", None, None)]),
    ("Revenue from OpenAI made up 11% of Oracle's cloud sales in the quarter.", [("revenue", "OpenAI", "Oracle", None, None)]),
    ("About 35% of Nvidia's sales came from Microsoft, Meta and Amazon.",
     [("revenue", "Microsoft", "Nvidia", None, None), ("revenue", "Meta", "Nvidia", None, None),
      ("revenue", "Amazon", "Nvidia", None, None)]),
    ("Reddit will receive about $60 million annually from Google for access to its data.",
     [("revenue", "Google", "Reddit", 60 * M, None)]),
    ("Amazon paid Anthropic $400 million for model access in 2025.", [("revenue", "Amazon", "Anthropic", 400 * M, None)]),
]


@pytest.mark.parametrize(("text", "expected"), REVENUE_R14, ids=[c[0][:40] for c in REVENUE_R14])
def test_revenue_payer_to_earner(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_revenue_share_keeps_the_percentage_of_a_single_payer() -> None:
    got = [(c.source, c.target, c.pct) for c in extract("Nvidia derives about 19% of its revenue from Microsoft.", "en")]
    assert got == [("Microsoft", "Nvidia", 19.0)]
    assert extract("CoreWeave's revenue rose to $1.9 billion in 2024.", "en") == []  # total revenue: no payer


def test_loans_revenue_round14_articles_score() -> None:
    """Own articles (en, zh, ja; with the round-14 loans/revenue hooks switched off: P 0.57 R 0.30 F1 0.39)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "loans_revenue_round14"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.9 and overall.recall >= 0.8, report.as_dict()["misses"] + report.as_dict()["false"]


# round 14, area "compute_purchase": customers and providers of compute, buyers and sellers of chips (own sentences)
_C, _P, _I = "compute_commitment", "purchase", "investment"
COMPUTE_R14 = [
    ("Microsoft signed a five-year, $9.7 billion contract for GPU capacity from IREN.", [(_C, "Microsoft", "IREN", 9700 * M, None)]),
    ("Meta has committed more than $10 billion to Google Cloud over six years.", [(_C, "Meta", "Google", 10 * B, None)]),
    ("OpenAI will rent servers from Oracle under an arrangement worth $30 billion a year.",
     [(_C, "OpenAI", "Oracle", 30 * B, None)]),
    ("Under the take-or-pay agreement, Microsoft must buy $19.4 billion of capacity from Nebius.",
     [(_C, "Microsoft", "Nebius", 19400 * M, None)]),
    ("OpenAI has contracted to purchase an incremental $250 billion of Azure services.",
     [(_C, "OpenAI", "Microsoft", 250 * B, None)]),
    ("CoreWeave inked a $14.2 billion deal to provide Meta with computing power.", [(_C, "Meta", "CoreWeave", 14200 * M, None)]),
    ("Nvidia agreed to buy $6.3 billion of unused capacity from CoreWeave.", [(_C, "Nvidia", "CoreWeave", 6300 * M, None)]),
    ("Anthropic agreed to pay Microsoft $30 billion for Azure compute.", [(_C, "Anthropic", "Microsoft", 30 * B, None)]),
    ("Google Cloud won a $10 billion contract from Meta.", [(_C, "Meta", "Google", 10 * B, None)]),
    ("Microsoft will pay Nscale $24 billion to use its data centres in Norway and Texas.", [(_C, "Microsoft", "Nscale", 24 * B, None)]),
    ("Meta signs $14bn compute deal with CoreWeave", [(_C, "Meta", "CoreWeave", 14 * B, None)]),
    ("OpenAI and Oracle have signed a contract to purchase 4.5 gigawatts of computing power, the amount is about 300 "
     "billion US dollars.", [(_C, "OpenAI", "Oracle", 300 * B, None)]),
    ("xAI is leasing capacity from Oracle in a deal valued at $5 billion.", [(_C, "xAI", "Oracle", 5 * B, None)]),
    ("Anthropic will buy up to one million TPUs from Google.", [(_C, "Anthropic", "Google", None, None)]),
    ("Oracle will purchase Nvidia chips worth about $40 billion and rent them to OpenAI in Texas.",
     [(_P, "Oracle", "Nvidia", 40 * B, None), (_C, "OpenAI", "Oracle", None, None)]),
]
PURCHASE_R14 = [
    ("Microsoft ordered $2 billion of GPUs from Nvidia.", [(_P, "Microsoft", "Nvidia", 2 * B, None)]),
    ("xAI ordered 100,000 GPUs from Nvidia.", [(_P, "xAI", "Nvidia", None, None)]),
    ("OpenAI agreed to deploy 6 gigawatts of AMD Instinct GPUs.", [(_P, "OpenAI", "AMD", None, None)]),
    ("Nvidia will supply xAI with 50,000 Blackwell chips.", [(_P, "xAI", "Nvidia", None, None)]),
    ("Samsung signed a deal to sell high-bandwidth memory to OpenAI.", [(_P, "OpenAI", "Samsung", None, None)]),
    ("TSMC bought $1.5 billion of chipmaking machines from ASML.", [(_P, "TSMC", "ASML", 1500 * M, None)]),
    ("Meta is buying millions of Nvidia chips for its data centers.", [(_P, "Meta", "Nvidia", None, None)]),
    ("Tesla placed a $16.5 billion order for chips with Samsung.", [(_P, "Tesla", "Samsung", 16500 * M, None)]),
    ("Oracle will spend $40 billion on Nvidia chips for the Abilene site.", [(_P, "Oracle", "Nvidia", 40 * B, None)]),
    ("AMD will provide OpenAI with GPUs under a multi-year agreement.", [(_P, "OpenAI", "AMD", None, None)]),
    ("Broadcom will make custom AI chips for OpenAI under a $10 billion order.", [(_P, "OpenAI", "Broadcom", 10 * B, None)]),
    ("CoreWeave spent $8.7 billion on Nvidia GPUs last year.", [(_P, "CoreWeave", "Nvidia", 8700 * M, None)]),
    # a stake sold on the market: the seller receives, the buyers are unnamed
    ("SoftBank sold its entire Nvidia stake for $5.8 billion.", [(_P, None, "SoftBank", 5800 * M, None)]),
]
# spending without a seller, power supply, provider revenue: no compute or purchase claim
COMPUTE_R14_OVERPRODUCED = [
    ("Microsoft will spend $80 billion on AI data centers this fiscal year.", [(_I, "Microsoft", None, 80 * B, None)]),
    ("Oracle is building a $15 billion data center in Texas.", []),
    ("Entergy will supply electricity to Meta's Louisiana data center.", []),
    ("Companies will spend $500 billion on AI infrastructure this year.", []),
    ("Nvidia sold $30 billion of data-center chips last quarter.", []),
    ("Microsoft's Azure revenue grew 39% in the quarter.", []),
    ("Google will spend $75 billion on capex this year, much of it on TPUs and servers.", [(_I, "Google", None, 75 * B, None)]),
    ("Oracle needs to borrow heavily to build data centers for OpenAI.", []),
    ("Constellation Energy agreed to sell power from its nuclear plant to Microsoft for 20 years.", []),
    ("Cloud providers will spend more than $300 billion on AI chips in 2025, analysts estimate.", []),
    ("A special-purpose vehicle will buy Nvidia processors and rent them to xAI.", []),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_R14, ids=[c[0][:40] for c in COMPUTE_R14])
def test_compute_round14_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize(("text", "expected"), PURCHASE_R14, ids=[c[0][:40] for c in PURCHASE_R14])
def test_purchase_round14_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize(("text", "expected"), COMPUTE_R14_OVERPRODUCED, ids=[c[0][:40] for c in COMPUTE_R14_OVERPRODUCED])
def test_compute_round14_not_overproduced(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_compute_round14_needs_a_compute_word_without_a_figure() -> None:
    """A contract with a cloud seller and no amount is a commitment only when compute is named."""
    assert not extract("OpenAI reviewed its contract with Microsoft.", "en")
    assert not extract("CoreWeave signed a contract with Meta.", "en")  # provider as subject, no figure


def test_compute_round14_articles_score() -> None:
    """Own articles, all three languages (before the round-14 rules: P 0.69 R 0.52 F1 0.59)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "compute_round14"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.85 and overall.recall >= 0.65, report.as_dict()["misses"] + report.as_dict()["false"]


def test_status_round14_quantity_ceiling_and_years() -> None:
    """"up to one million chips" caps the deal (up_to); "in the years up to 2030" is a date, no ceiling."""
    (capped,) = extract("Nvidia will supply up to 10,000 GPUs to xAI.", "en", published="2025-10-14")
    assert (capped.kind, capped.status) == ("purchase", "up_to")
    (plain,) = extract("Microsoft will invest $10 billion in Japan in the years up to 2030.", "en", published="2025-10-14")
    assert plain.status == "announced"


def test_status_round14_date_follows_the_clause() -> None:
    """A rumour without a date is news of the publication month; a done deal without one keeps the year."""
    (rumour,) = extract("SoftBank is in talks to invest $10 billion in OpenAI, people familiar with the matter said.",
                        "en", published="2025-10-14")
    assert (rumour.date, rumour.date_precision) == ("2025-10", "month")
    (done,) = extract("Google invested $2 billion in Anthropic.", "en", published="2025-10-14")
    assert (done.date, done.date_precision) == ("2025", "year")


# round 15, area "kinds": the right kind when the parties are right (own sentences; conventions in tests/test_corpus.py)
KINDS_R15 = [
    # a minority share bought for money: a stake with its price and an investment of that price
    ("Meta acquired 49% of Scale AI for $14.3 billion.",
     [("stake", "Meta", "Scale AI", 14300 * M, None), ("investment", "Meta", "Scale AI", 14300 * M, None)]),
    ("For $14.3 billion, Meta Platforms acquired 49% of the data labeling company Scale AI.",
     [("stake", "Meta", "Scale AI", 14300 * M, None), ("investment", "Meta", "Scale AI", 14300 * M, None)]),
    ("Nvidia to take about 4% of Intel with $5 billion share purchase",
     [("stake", "Nvidia", "Intel", 5 * B, None), ("investment", "Nvidia", "Intel", 5 * B, None)]),
    ("Nvidia bought a 4% stake in Intel for $5 billion.",
     [("stake", "Nvidia", "Intel", 5 * B, None), ("investment", "Nvidia", "Intel", 5 * B, None)]),
    # control passes: an acquisition, no stake or investment beside it
    ("SoftBank bought a majority stake in Ampere Computing for $6.5 billion.",
     [("acquisition", "SoftBank", "Ampere Computing", 6500 * M, None)]),
    ("SoftBank agreed to take a controlling stake in Ampere Computing.",
     [("acquisition", "SoftBank", "Ampere Computing", None, "announced")]),
    ("Alphabet will acquire 100% of Wiz for $32 billion.", [("acquisition", "Google", "Wiz", 32 * B, None)]),
    ("Alphabet is buying all of the shares of Wiz for $32 billion in cash.",
     [("acquisition", "Google", "Wiz", 32 * B, None)]),
    ("Silver Lake agreed to buy 51% of Intel's Altera unit for $4.46 billion.",  # a unit the KB knows is the target
     [("acquisition", "Silver Lake", "Altera", 4460 * M, None)]),
    # a plant bought from its owner: a purchase; a holding sold for cash: purchase null -> seller
    ("SoftBank bought Foxconn's Ohio factory for $375 million.", [("purchase", "SoftBank", "Foxconn", 375 * M, None)]),
    ("SoftBank snapped up the plant of Foxconn in Lordstown, Ohio for $375 million.",
     [("purchase", "SoftBank", "Foxconn", 375 * M, None)]),
    ("Intel raised $900 million by selling part of its Mobileye stake.", [("purchase", None, "Intel", 900 * M, None)]),
    # a value phrase about the company is a valuation, never the price of the stake
    ("Meta took a 49% stake in Scale AI, valuing the startup at $29 billion.",
     [("stake", "Meta", "Scale AI", None, None), ("valuation", None, "Scale AI", 29 * B, None)]),
    ("xAI raised $6 billion at a valuation of $24 billion.",
     [("investment", None, "xAI", 6 * B, None), ("valuation", None, "xAI", 24 * B, None)]),
    # debt of any shape from a lender is a loan
    ("Lambda secured $500 million in venture debt from Macquarie.", [("loan", "Macquarie", "Lambda", 500 * M, None)]),
    ("Crusoe obtained a $750 million credit line from Brookfield.", [("loan", "Brookfield", "Crusoe", 750 * M, None)]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS_R15, ids=[c[0][:40] for c in KINDS_R15])
def test_kinds_round15_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_kinds_round15_position_value_stays_the_holding() -> None:
    """"a position valued at $30 billion" is the holding's value; "valuing the startup at" is the company's."""
    claims = extract("Google holds about 14% of Anthropic, a position valued at roughly $30 billion.", "en")
    assert [(c.kind, int(c.amount_usd)) for c in claims] == [("stake", 30 * B)]


def test_kinds_round15_articles_score() -> None:
    """Own articles (en, zh, ja; before the round-15 kind rules: P 0.71 R 0.51 F1 0.60)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "kinds_round15"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.72 and overall.recall >= 0.52, report.as_dict()["misses"] + report.as_dict()["false"]


# round 15, phenomenon "nominal": deals named as noun phrases, relative clauses, appositions (own sentences)
_I15, _S15, _V15, _C15 = "investment", "stake", "valuation", "compute_commitment"
NOMINAL_R15 = [
    ("Amazon's $4 billion investment in Anthropic drew scrutiny from regulators.", [(_I15, "Amazon", "Anthropic", 4 * B, None)]),
    ("OpenAI's $38 billion cloud contract with Amazon runs for seven years.", [(_C15, "OpenAI", "Amazon", 38 * B, None)]),
    ("Google, which has invested about $3 billion in Anthropic, declined to comment.",
     [(_I15, "Google", "Anthropic", 3 * B, None)]),
    ("Nvidia, which owns roughly 7% of CoreWeave, declined to comment.", [(_S15, "Nvidia", "CoreWeave", None, "reported")]),
    ("Microsoft, which has put about $13 billion into OpenAI since 2019, remains its largest outside shareholder.",
     [(_I15, "Microsoft", "OpenAI", 13 * B, None)]),
    ("The $6.6 billion round that valued OpenAI at $157 billion was led by Thrive Capital.",
     [(_I15, None, "OpenAI", 6600 * M, None), (_I15, "Thrive Capital", "OpenAI", None, None), (_V15, None, "OpenAI", 157 * B, None)]),
    ("xAI is flush after the $6 billion Series C that valued it at $50 billion.",
     [(_I15, None, "xAI", 6 * B, None), (_V15, None, "xAI", 50 * B, None)]),
    ("Backed by a $2.3 billion loan from Blackstone, Lambda expanded its data centres.",
     [("loan", "Blackstone", "Lambda", 2300 * M, None)]),
    ("After Amazon's $8 billion investment, Anthropic hired hundreds of engineers.",
     [(_I15, "Amazon", "Anthropic", 8 * B, None)]),
    ("Nvidia's deal to buy Run:ai for $700 million closed in December.", [("acquisition", "Nvidia", "Run:ai", 700 * M, None)]),
    ("Scale AI, a Meta portfolio company, hired a new chief executive.", [(_I15, "Meta", "Scale AI", None, "reported")]),
    ("CoreWeave, an Nvidia portfolio company, agreed to buy Core Scientific for $9 billion.",
     [(_I15, "Nvidia", "CoreWeave", None, "reported"), ("acquisition", "CoreWeave", "Core Scientific", 9 * B, None)]),
    ("SoftBank's $40 billion commitment to OpenAI is its largest bet yet.", [(_I15, "SoftBank", "OpenAI", 40 * B, None)]),
    ("Oracle's $300 billion agreement with OpenAI dwarfs its other contracts.", [(_C15, "OpenAI", "Oracle", 300 * B, None)]),
    ("A suit by the New York Times against Microsoft is pending.", [("lawsuit", "New York Times", "Microsoft", None, None)]),
    ("Microsoft's roughly 27% stake in OpenAI is worth about $135 billion.", [(_S15, "Microsoft", "OpenAI", 135 * B, None)]),
    ("Nvidia's pledge of up to $100 billion for OpenAI rattled investors.", [(_I15, "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("Anthropic spent little of the $3.5 billion Series E that Lightspeed Venture Partners led in March.",
     [(_I15, None, "Anthropic", 3500 * M, None), (_I15, "Lightspeed Venture Partners", "Anthropic", None, None)]),
    ("OpenAI's $40 billion SoftBank-led financing closed in March.",
     [(_I15, None, "OpenAI", 40 * B, None), (_I15, "SoftBank", "OpenAI", None, None)]),
    ("They include a $300 billion, five-year Oracle contract, signed in July, and Nvidia's pledge of up to $100 billion "
     "in OpenAI.", [(_C15, "OpenAI", "Oracle", 300 * B, None), (_I15, "Nvidia", "OpenAI", 100 * B, "up_to")]),
]
NOMINAL_R15_NON_CLAIMS = [
    "Anthropic's $1.5 billion settlement with authors was approved by a judge.",
    "Microsoft renewed its commitment to carbon neutrality.",
    "The company's pledge to cut emissions by half drew praise.",
    "A portfolio company of the fund went public.",
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL_R15, ids=[c[0][:40] for c in NOMINAL_R15])
def test_nominal_round15_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", NOMINAL_R15_NON_CLAIMS, ids=[t[:40] for t in NOMINAL_R15_NON_CLAIMS])
def test_nominal_round15_non_claims(text: str) -> None:
    assert not extract(text, "en")


def test_nominal_round15_articles_score() -> None:
    """Own articles, en/zh/ja, written before tuning (honest score then: P 0.82 R 0.58 F1 0.68)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "nominal_round15"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.85 and overall.recall >= 0.72, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 15, area "layouts": headlines, list items, label lines, arrows, pasted tables, machine translation --
LAYOUTS_EN = [
    ("Nvidia to invest up to $100B in OpenAI", [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("Exclusive: Meta in talks to invest $15 billion in Scale AI", [("investment", "Meta", "Scale AI", 15 * B, "rumored")]),
    ("SAN FRANCISCO, Sept 22 (Reuters) - Nvidia will invest up to $100 billion in OpenAI, the companies said on Monday.",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("1. Anthropic — $13 billion Series F, led by ICONIQ (September)",
     [("investment", None, "Anthropic", 13 * B, None), ("investment", "ICONIQ", "Anthropic", None, None)]),
    ("Deal of the week: Microsoft invests $5 billion in Anthropic", [("investment", "Microsoft", "Anthropic", 5 * B, None)]),
    ("SoftBank → Ampere: $6.5 billion acquisition", [("acquisition", "SoftBank", "Ampere Computing", 6500 * M, None)]),
    ("Amazon -> Anthropic: $4 billion investment", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("Oracle, OpenAI sign $300 billion cloud deal", [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    ("OpenAI, Oracle sign $300 billion cloud deal", [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    ("Oracle and OpenAI sign $300 billion cloud deal.", [("compute_commitment", "OpenAI", "Oracle", 300 * B, None)]),
    ("CoreWeave, Meta ink $14.2 billion compute contract", [("compute_commitment", "Meta", "CoreWeave", 14200 * M, None)]),
    ("Thrive Capital led OpenAI's $6.6 billion round.", [("investment", None, "OpenAI", 6600 * M, None), ("investment", "Thrive Capital", "OpenAI", None, None)]),  # round 22
    ("Google to Anthropic carries out investment of 2 billion US dollars.",
     [("investment", "Google", "Anthropic", 2 * B, None)]),
    ("Amazon company to Anthropic invested 4 billion dollars.", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("Microsoft (MSFT) to invest $10B in OpenAI", [("investment", "Microsoft", "OpenAI", 10 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS_EN, ids=[c[0][:40] for c in LAYOUTS_EN])
def test_layouts_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_layouts_funding_table_rows() -> None:
    """A pasted markdown table: the round per row (null investor, the amount) and each listed investor."""
    text = ("Other rounds this month:\n\n| Company | Amount | Lead investor | Month |\n|---|---|---|---|\n"
            "| Mistral AI | €1.7bn | ASML | Sep |\n| Cognition AI | $400m | Founders Fund | Sep |\n")
    got = {(c.kind, c.source, c.target, int(c.amount_usd) if c.amount_usd is not None else None)
           for c in extract(text, "en", "2025-10-06")}
    assert ("investment", None, "Cognition AI", 400 * M) in got
    assert ("investment", "ASML", "Mistral AI", None) in got and ("investment", "Founders Fund", "Cognition AI", None) in got
    assert any(k == "investment" and s is None and t == "Mistral AI" and a for k, s, t, a in got)
    for c in extract(text, "en", "2025-10-06"):
        assert text[c.start:c.end] == c.evidence


def test_layouts_table_without_company_column_gives_nothing() -> None:
    text = "| Quarter | Revenue | Capex |\n|---|---|---|\n| Q1 | $1.2bn | $3bn |\n| Q2 | $1.5bn | $4bn |\n"
    assert extract(text, "en") == []


def test_layouts_articles_score() -> None:
    """Own articles in en/zh/ja (written before the rules: P 0.65 R 0.53 F1 0.59; after: F1 ~0.71)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "layouts_round15"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.recall >= 0.62 and overall.precision >= 0.7, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 15: amount binding (which amount belongs to which claim; amount_binding.py) -----------------------

AMOUNT_BINDING_EN = [
    ("Google agreed to invest up to $2 billion in Anthropic, of which $500 million was paid at signing.",
     [("investment", "Google", "Anthropic", 2 * B, "up_to"), ("investment", "Google", "Anthropic", 500 * M, "completed")]),
    ("Amazon will invest $4 billion in Anthropic; the first $1.25 billion is due now and the remaining $2.75 billion "
     "within a year.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("investment", "Amazon", "Anthropic", 1250 * M, None),
      ("investment", "Amazon", "Anthropic", 2750 * M, None)]),
    ("OpenAI raised $6.6 billion at a $157 billion valuation, with Thrive Capital leading.",
     [("investment", None, "OpenAI", 6600 * M, None), ("investment", "Thrive Capital", "OpenAI", None, None),
      ("valuation", None, "OpenAI", 157 * B, None)]),
    ("OpenAI closed a $40 billion round. SoftBank supplied $30 billion of the total.",
     [("investment", None, "OpenAI", 40 * B, None), ("investment", "SoftBank", "OpenAI", 30 * B, None)]),
    ("Microsoft invested $10 billion in OpenAI, bringing its total investment to $13 billion.",
     [("investment", "Microsoft", "OpenAI", 10 * B, None), ("investment", "Microsoft", "OpenAI", 13 * B, None)]),
    ("Nvidia intends to invest up to $100 billion in OpenAI. The first $10 billion will be invested when the first "
     "gigawatt comes online.",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to"), ("investment", "Nvidia", "OpenAI", 10 * B, "announced")]),
    ("Elon Musk's xAI raised $6 billion at a $50 billion valuation.",
     [("investment", None, "xAI", 6 * B, None), ("valuation", None, "xAI", 50 * B, None)]),
    ("Nvidia, whose revenue was $35 billion last quarter, invested $500 million in xAI.",
     [("investment", "Nvidia", "xAI", 500 * M, None)]),
    ("Nvidia, with a market value of about $3.6 trillion, invested $500 million in xAI.",
     [("investment", "Nvidia", "xAI", 500 * M, None)]),
    ("The company Nvidia will invest up to 100 billion dollars in OpenAI, the first 10 billion dollars being invested "
     "at the signature.",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to"), ("investment", "Nvidia", "OpenAI", 10 * B, None)]),
    ("Amazon agreed to invest $4 billion in Anthropic. The money comes in two parts. An initial $1.25 billion arrives "
     "now, and the other $2.75 billion next year.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("investment", "Amazon", "Anthropic", 1250 * M, None),
      ("investment", "Amazon", "Anthropic", 2750 * M, None)]),
    ("Meta invested $14.3 billion in Scale AI. The first quarter's revenue was $5 billion.",
     [("investment", "Meta", "Scale AI", 14300 * M, None)]),
    ("Microsoft invested $1 billion in OpenAI; the remaining $2 billion came later.",  # a part larger than the whole
     [("investment", "Microsoft", "OpenAI", 1 * B, None)]),
    ("OpenAI raised $40 billion. SoftBank will supply $30 billion of it, with the remaining $10 billion coming from a "
     "syndicate that includes Microsoft and Thrive Capital.",
     [("investment", None, "OpenAI", 40 * B, None), ("investment", "SoftBank", "OpenAI", 30 * B, None),
      ("investment", None, "OpenAI", 10 * B, None), ("investment", "Microsoft", "OpenAI", None, None),
      ("investment", "Thrive Capital", "OpenAI", None, None)]),
    ("Amazon has now put a further $4 billion into Anthropic, lifting its total commitment to $8 billion.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("investment", "Amazon", "Anthropic", 8 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNT_BINDING_EN, ids=[c[0][:40] for c in AMOUNT_BINDING_EN])
def test_amount_binding_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_amount_binding_round15_articles_score() -> None:
    """Own articles on amount binding (en, zh, ja; written before tuning, honest F1 then 0.62: P 0.79, R 0.51)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "amounts_round15"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.85 and overall.recall >= 0.7, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 15, parties: descriptions, references and bystanders name the right party ----------------------
# Own sentences: "the company" after "led by X" is the round's company, object 其 is the topic, 前者/後者,
# analysts, outlets and advisers are no party, an aside ("X, who ...,") is not the main verb's subject.
_PARTIES_ROUND15 = [
    ('Hon Hai Precision Industry, better known as Foxconn, agreed to buy $500 million of chips from Nvidia.',
     [('purchase', 'Foxconn', 'Nvidia', 500 * M, None)]),
    ('KT, the telecom operator that has backed Rebellions since 2022, put $22 million into Rebellions.',
     [('investment', 'KT', 'Rebellions', 22 * M, None)]),
    ('Rebellions raised $250 million in a round led by Samsung, valuing the company at $1.4 billion.',
     [('investment', None, 'Rebellions', 250 * M, None), ('investment', 'Samsung', 'Rebellions', None, None), ('valuation', None, 'Rebellions', 1400 * M, None)]),
    ('Anthropic closed a round led by Lightspeed. The company is now valued at $61.5 billion.',
     [('investment', 'Lightspeed Venture Partners', 'Anthropic', None, None), ('valuation', None, 'Anthropic', 61500 * M, None)]),
    ('Microsoft has put $13 billion into OpenAI, Bernstein analysts estimated.',
     [('investment', 'Microsoft', 'OpenAI', 13 * B, None)]),
    ('Musk, who helped found OpenAI in 2015, sued OpenAI in 2024.',
     [('lawsuit', 'Elon Musk', 'OpenAI', None, None)]),
    ('Meta bought a 49% stake in Scale AI for $14.3 billion. Morgan Stanley advised Scale AI on the deal.',
     [('stake', 'Meta', 'Scale AI', 14300 * M, None), ('investment', 'Meta', 'Scale AI', 14300 * M, None)]),
    ('Oracle won a contract from OpenAI. The ChatGPT maker will pay the database giant $300 billion for computing power.',
     [('compute_commitment', 'OpenAI', 'Oracle', 300 * B, None)]),
    ("Alphabet's Google agreed to invest a further $1 billion in Anthropic.",
     [('investment', 'Google', 'Anthropic', 1 * B, None)]),
]


@pytest.mark.parametrize("text,expected", _PARTIES_ROUND15, ids=[t[:40] for t, _ in _PARTIES_ROUND15])
def test_parties_round15_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_parties_round15_articles_score() -> None:
    """Own articles in en, zh, ja (written before tuning; honest F1 then 0.55, precision 0.60)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "parties_round15"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.85 and overall.recall >= 0.7, report.as_dict()["misses"] + report.as_dict()["false"]


# round 16 vocab_en: deal words no row knew, checked kind by kind (investment, purchase, compute, loan,
# acquisition, joint venture, lawsuit, stake, valuation, revenue), each beside its non-deal uses
_VOCAB_EN_ROUND16 = [
    # investment: verbs of giving money, idioms, nouns of money received
    ("Nvidia funded Mistral AI.", [("investment", "Nvidia", "Mistral AI", None, None)]),
    ("Nvidia seeded Mistral AI with $100 million.", [("investment", "Nvidia", "Mistral AI", 100 * M, None)]),
    ("Microsoft financed Mistral AI.", [("investment", "Microsoft", "Mistral AI", None, None)]),
    ("SoftBank backs OpenAI", [("investment", "SoftBank", "OpenAI", None, None)]),
    ("Mistral AI is financed by Nvidia.", [("investment", "Nvidia", "Mistral AI", None, None)]),
    ("Amazon stumped up $4 billion for Anthropic.", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("Nvidia anchored the $6 billion round for xAI.", [("investment", "Nvidia", "xAI", 6 * B, None)]),
    ("Salesforce followed on in Cohere's $500 million round in August.",
     [("investment", "Salesforce", "Cohere", None, None), ("investment", None, "Cohere", 500 * M, None)]),
    ("Salesforce re-upped in Anthropic.", [("investment", "Salesforce", "Anthropic", None, None)]),
    ("Nvidia subscribed to $500 million of Mistral AI shares.", [("investment", "Nvidia", "Mistral AI", 500 * M, None)]),
    ("Thinking Machines amassed $2 billion of seed money from Andreessen Horowitz.",
     [("investment", "Andreessen Horowitz", "Thinking Machines", 2 * B, None)]),
    ("Anthropic's coffers swelled by $13 billion.", [("investment", None, "Anthropic", 13 * B, None)]),
    ("Amazon gave Anthropic a $4 billion cash infusion.", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("Anthropic won backing from Amazon.", [("investment", "Amazon", "Anthropic", None, None)]),
    ("Anthropic completed a $13 billion fundraise.", [("investment", None, "Anthropic", 13 * B, None)]),
    ("Nvidia is poised to sink as much as $1 billion into Poolside.",
     [("investment", "Nvidia", "Poolside", 1 * B, None)]),
    # purchases
    ("IREN is procuring Nvidia GB300 systems from Dell for roughly $5.8 billion.",
     [("purchase", "IREN", "Dell", 5800 * M, None)]),
    ("Microsoft took delivery of $2 billion of Nvidia GPUs.", [("purchase", "Microsoft", "Nvidia", 2 * B, None)]),
    ("xAI splashed out $4 billion on Nvidia GPUs.", [("purchase", "xAI", "Nvidia", 4 * B, None)]),
    ("Dell shipped $5 billion of servers to xAI.", [("purchase", "xAI", "Dell", 5 * B, None)]),
    ("OpenAI committed to take 6 gigawatts of AMD accelerators.", [("purchase", "OpenAI", "AMD", None, None)]),
    ("Microsoft signed a supply agreement with Samsung for memory chips.",
     [("purchase", "Microsoft", "Samsung", None, None)]),
    # compute
    ("Microsoft has contracted about $9.7 billion of GPU capacity from IREN.",
     [("compute_commitment", "Microsoft", "IREN", 9700 * M, None)]),
    ("Meta locked in $14.2 billion of computing power from CoreWeave.",
     [("compute_commitment", "Meta", "CoreWeave", 14200 * M, None)]),
    ("OpenAI reserved another $6.5 billion of capacity with CoreWeave.",
     [("compute_commitment", "OpenAI", "CoreWeave", 6500 * M, None)]),
    ("Nebius will host GPU infrastructure for Microsoft under a $17.4 billion arrangement.",
     [("compute_commitment", "Microsoft", "Nebius", 17400 * M, None)]),
    ("OpenAI signed a $38 billion pact with Amazon Web Services.",
     [("compute_commitment", "OpenAI", "Amazon", 38 * B, None)]),
    # loans
    ("A bank group led by JPMorgan extended $38 billion of credit to Vantage Data Centers.",
     [("loan", "JPMorgan", "Vantage Data Centers", 38 * B, None)]),
    ("PIMCO underwrote $26 billion of bonds for Meta.", [("loan", "PIMCO", "Meta", 26 * B, None)]),
    ("Blackstone provided $7.5 billion of private credit to CoreWeave.",
     [("loan", "Blackstone", "CoreWeave", 7500 * M, None)]),
    ("Oracle tapped the bond market for $18 billion.", [("loan", None, "Oracle", 18 * B, None)]),
    ("JPMorgan advanced $5 billion to xAI.", [("loan", "JPMorgan", "xAI", 5 * B, None)]),
    # acquisitions
    ("Nvidia swallowed Enfabrica for $900 million.", [("acquisition", "Nvidia", "Enfabrica", 900 * M, None)]),
    ("Enfabrica was absorbed by Nvidia.", [("acquisition", "Nvidia", "Enfabrica", None, None)]),
    ("Salesforce wrapped up its $8 billion deal for Informatica.",
     [("acquisition", "Salesforce", "Informatica", 8 * B, None)]),
    ("SoftBank will take Ampere Computing private for $6.5 billion.",
     [("acquisition", "SoftBank", "Ampere Computing", 6500 * M, None)]),
    ("Nvidia acqui-hired the Enfabrica team for $900 million.",
     [("acquisition", "Nvidia", "Enfabrica", 900 * M, None)]),
    ("Nvidia gobbled up Enfabrica.", [("acquisition", "Nvidia", "Enfabrica", None, None)]),
    # joint ventures
    ("SoftBank and OpenAI teamed up on SB OpenAI Japan.",
     [("joint_venture", "SoftBank", "SB OpenAI Japan", None, None), ("joint_venture", "OpenAI", "SB OpenAI Japan", None, None)]),
    ("SoftBank joined forces with OpenAI to create SB OpenAI Japan.",
     [("joint_venture", "SoftBank", "SB OpenAI Japan", None, None), ("joint_venture", "OpenAI", "SB OpenAI Japan", None, None)]),
    ("SoftBank and OpenAI launched SB OpenAI Japan, a 50-50 venture.",
     [("joint_venture", "SoftBank", "SB OpenAI Japan", None, None), ("joint_venture", "OpenAI", "SB OpenAI Japan", None, None)]),
    # lawsuits
    ("xAI took Apple and OpenAI to court in August.",
     [("lawsuit", "xAI", "Apple", None, None), ("lawsuit", "xAI", "OpenAI", None, None)]),
    ("xAI went after OpenAI again, accusing it of poaching engineers.", [("lawsuit", "xAI", "OpenAI", None, None)]),
    ("Reddit is pursuing Perplexity in a New York federal court.", [("lawsuit", "Reddit", "Perplexity", None, None)]),
    ("Reddit brought a case against Perplexity.", [("lawsuit", "Reddit", "Perplexity", None, None)]),
    ("Perplexity faces a lawsuit from Reddit.", [("lawsuit", "Reddit", "Perplexity", None, None)]),
    # stakes, valuations, revenue
    ("SoftBank offloaded its entire Nvidia holding for $5.8 billion.", [("purchase", None, "SoftBank", 5800 * M, None)]),
    ("Microsoft controls 27% of OpenAI.", [("stake", "Microsoft", "OpenAI", None, None)]),
    ("The recapitalisation pegged OpenAI at $500 billion.", [("valuation", None, "OpenAI", 500 * B, None)]),
    ("Microsoft books $1 billion a year from OpenAI.", [("revenue", "OpenAI", "Microsoft", 1 * B, None)]),
    # second pass: funding provided or promised, debt-financed, capacity tapped, a company selling itself, litigation
    ("Nvidia provided $500 million of funding to Mistral AI.", [("investment", "Nvidia", "Mistral AI", 500 * M, None)]),
    ("Nvidia agreed to fund Mistral AI.", [("investment", "Nvidia", "Mistral AI", None, None)]),
    ("Morgan Stanley financed xAI with $5 billion of debt.", [("loan", "Morgan Stanley", "xAI", 5 * B, None)]),
    ("Anthropic will tap Google Cloud for $10 billion of capacity.",
     [("compute_commitment", "Anthropic", "Google", 10 * B, None)]),
    ("Enfabrica agreed to sell itself to Nvidia for $900 million.",
     [("acquisition", "Nvidia", "Enfabrica", 900 * M, None)]),
    ("The New York Times is litigating against OpenAI.", [("lawsuit", "New York Times", "OpenAI", None, None)]),
]

_VOCAB_EN_ROUND16_NON_CLAIMS = [
    "Fund managers at BlackRock said Nvidia looked expensive.",
    "Nvidia's revenue rose by an order of magnitude.",
    "Back in 2019, Microsoft and OpenAI were small partners.",
    "The deal could lead to higher prices for Microsoft and Google.",
    "Microsoft sells value-added services to OpenAI customers.",
    "Nvidia's net income reached $19 billion.",
    "\"We are excited,\" said Sue Grant, a partner at Sequoia Capital, about Nvidia.",
    "Microsoft backs away from its OpenAI partnership.",
    "Anthropic, a well-funded rival of OpenAI, released a model.",
    "The state-funded lab works with Nvidia and Google.",
    "Nvidia's profits funded buybacks, unlike those of AMD.",
    "The bonds are backed by Nvidia chips owned by CoreWeave.",
    "Microsoft amassed $80 billion in cash, more than Google.",
    "Nvidia gained $200 billion in market value as Microsoft rose.",
    "Microsoft is sourcing talent from Google and Meta.",
    "Microsoft reserved the right to use OpenAI models.",
    "Microsoft booked a $1 billion charge related to OpenAI.",
    "Nvidia absorbed the cost of tariffs, Microsoft said.",
    "Microsoft and Nvidia teamed up on a new chip design.",
    "Musk took OpenAI's board to task over the restructuring.",
    "Nvidia controls about 90% of the AI chip market.",
    "Analysts peg Nvidia's growth at 50% this year.",
    "Arm priced its shares at $51 each, Nvidia said.",
    "Microsoft faces questions from investors about OpenAI.",
    "Microsoft is pursuing a strategy of working with OpenAI and Anthropic.",
    "Microsoft got support from Google for the standard.",
    "Microsoft tapped Google for advice.",
    "Nvidia agreed to back the bill with Microsoft.",
]


@pytest.mark.parametrize("text,expected", _VOCAB_EN_ROUND16, ids=[t[:40] for t, _ in _VOCAB_EN_ROUND16])
def test_vocab_en_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", _VOCAB_EN_ROUND16_NON_CLAIMS)
def test_vocab_en_non_claims(text: str) -> None:
    assert extract(text, "en") == []


def test_vocab_en_articles_score() -> None:
    """Own articles full of deal words no rule knew (written before tuning; honest F1 then 0.13: P 0.38, R 0.08)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "vocab_en_round16"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.85 and overall.recall >= 0.7, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 16, missing_parties: the party a sentence leaves to its context ------------------------------
# Own sentences: a section heading names the company a described subject raises for; "The deal values
# the startup at" after a round is its valuation (after a takeover, the price); goods named by kind.
# A context that names two companies, or only the investor, gives nothing.
_MISSING_PARTIES_EN = [
    ("COGNITION. The maker of the Devin coding agent has pulled in more than $400 million.",
     [("investment", None, "Cognition AI", 400 * M, None)]),
    ("Figure AI. The humanoid robot maker has raised over $1 billion in Series C funding.",
     [("investment", None, "Figure AI", 1 * B, None)]),
    ("xAI\nThe Musk-founded lab has raised $10 billion from investors.",
     [("investment", None, "xAI", 10 * B, None)]),
    ("Lambda\nThe GPU cloud startup pulled in $1.5 billion in fresh capital last month.",
     [("investment", None, "Lambda", 1500 * M, None)]),
    ("Anthropic raised $13 billion in a Series F round. The deal values the startup at $183 billion.",
     [("investment", None, "Anthropic", 13 * B, None), ("valuation", None, "Anthropic", 183 * B, None)]),
    ("Nvidia invested $100 million in Mistral AI. The deal values the French developer at $13 billion.",
     [("investment", "Nvidia", "Mistral AI", 100 * M, None), ("valuation", None, "Mistral AI", 13 * B, None)]),
    ("Google agreed to buy Wiz for $32 billion. The deal values the company at $32 billion.",
     [("acquisition", "Google", "Wiz", 32 * B, None)]),
    ("Microsoft and Nvidia both invested. The maker of the model has raised $2 billion.", []),
    ("Nvidia led the round. The maker of the chips raised $200 million.", []),
    ("The company raised $2 billion.", []),
    ("IREN signed a $9.7 billion cloud contract with Microsoft. It will buy $5.8 billion of GPUs and networking gear "
     "from Dell.", [("compute_commitment", "Microsoft", "IREN", 9700 * M, None), ("purchase", "IREN", "Dell", 5800 * M, None)]),
    ("Meta agreed to pay Google more than $10 billion for cloud instances over six years.",
     [("compute_commitment", "Meta", "Google", 10 * B, None)]),
    ("OpenAI will buy $10 billion of network switches and optical transceivers from Broadcom.",
     [("purchase", "OpenAI", "Broadcom", 10 * B, None)]),
]


@pytest.mark.parametrize("text,expected", _MISSING_PARTIES_EN, ids=[t[:40] for t, _ in _MISSING_PARTIES_EN])
def test_missing_parties_sentence_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_missing_parties_articles_en() -> None:
    """Own articles written before the round-16 rules (en scored P 0.83 R 0.77 then)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    folder = Path(__file__).parent / "fixtures" / "extract" / "missing_parties_round16"
    counts = evaluate([folder], RuleExtractor()).counts(lang="en")
    assert counts.tp >= 22 and counts.fp <= 4, counts


# -- round 16, area "targets_en": the right company in sentences that name several ----------------
_TARGETS_EN_ROUND16 = [
    # possessive rounds: the possessor raises, the others invest
    ("Nvidia joined Microsoft in Wayve's $1.05 billion funding round.",
     [("investment", None, "Wayve", 1_050 * M, None), ("investment", "Nvidia", "Wayve", None, None),
      ("investment", "Microsoft", "Wayve", None, None)]),
    ("Fidelity and Nvidia joined existing backer Thrive Capital in Perplexity's $500 million round.",
     [("investment", None, "Perplexity", 500 * M, None), ("investment", "Fidelity", "Perplexity", None, None),
      ("investment", "Nvidia", "Perplexity", None, None), ("investment", "Thrive Capital", "Perplexity", None, None)]),
    ("Samsung and Arm were among the participants in the Korean chipmaker Rebellions' $250 million Series C.",
     [("investment", None, "Rebellions", 250 * M, None), ("investment", "Samsung", "Rebellions", None, None),
      ("investment", "Arm", "Rebellions", None, None)]),
    ("Andreessen Horowitz and Nvidia invested in Thinking Machines' $2 billion seed round, which valued Mira "
     "Murati's startup at $12 billion.",
     [("investment", None, "Thinking Machines", 2 * B, None), ("investment", "Andreessen Horowitz", "Thinking Machines", None, None),
      ("investment", "Nvidia", "Thinking Machines", None, None), ("valuation", None, "Thinking Machines", 12 * B, None)]),
    # a round inside another party's deal
    ("SpaceX put $2 billion into xAI as part of a $5 billion equity raise.",
     [("investment", "SpaceX", "xAI", 2 * B, None), ("investment", None, "xAI", 5 * B, None)]),
    # appositions, relative clauses, parentheticals
    ("CoreWeave, the Nvidia-backed cloud provider, signed a $14.2 billion contract with Meta.",
     [("compute_commitment", "Meta", "CoreWeave", 14_200 * M, None), ("investment", "Nvidia", "CoreWeave", None, "reported")]),
    ("Amazon invested $4 billion in Anthropic (in which Google also holds a stake) last year.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("stake", "Google", "Anthropic", None, None)]),
    ("Anthropic, the Claude developer that Amazon and Google have both funded, was valued at $183 billion.",
     [("valuation", None, "Anthropic", 183 * B, None)]),
    ("Nvidia, which counts CoreWeave among its biggest customers, owns roughly 6% of the company.",
     [("stake", "Nvidia", "CoreWeave", None, None)]),
    ("SoftBank, the Japanese group that owns about 90% of Arm, agreed to buy Ampere for $6.5 billion.",
     [("acquisition", "SoftBank", "Ampere Computing", 6_500 * M, None), ("stake", "SoftBank", "Arm", None, None)]),
    ("Anthropic, which in turn committed to buy $30 billion of Azure compute capacity, is now valued at $350 billion.",
     [("compute_commitment", "Anthropic", "Microsoft", 30 * B, None), ("valuation", None, "Anthropic", 350 * B, None)]),
    ("Perplexity, which counts Nvidia and Jeff Bezos among its investors, raised $200 million at a $20 billion valuation.",
     [("investment", None, "Perplexity", 200 * M, None), ("investment", "Nvidia", "Perplexity", None, None),
      ("investment", "Jeff Bezos", "Perplexity", None, None), ("valuation", None, "Perplexity", 20 * B, None)]),
    ("Nvidia is a backer of OpenAI, in which it plans to invest as much as $100 billion.",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    # the owner of a unit, sellers and providers named by a preposition
    ("Amazon's AWS signed a $38 billion agreement to rent Nvidia servers to OpenAI.",
     [("compute_commitment", "OpenAI", "Amazon", 38 * B, None)]),
    ("Microsoft signed a $9.7 billion deal with IREN for access to Nvidia GB300 capacity.",
     [("compute_commitment", "Microsoft", "IREN", 9_700 * M, None)]),
    ("IREN will buy the GPUs from Dell for about $5.8 billion, after signing a cloud deal with Microsoft.",
     [("purchase", "IREN", "Dell", 5_800 * M, None)]),
    ("After Microsoft invested $1.5 billion in G42, the Abu Dhabi firm signed a cloud deal with Oracle worth $2 billion.",
     [("investment", "Microsoft", "G42", 1_500 * M, None), ("compute_commitment", "G42", "Oracle", 2 * B, None)]),
    # passive voice, two deals, respectively
    ("Apple and OpenAI were sued by xAI in a Texas court.",
     [("lawsuit", "xAI", "Apple", None, None), ("lawsuit", "xAI", "OpenAI", None, None)]),
    ("Anthropic was later backed by Google with a further $2 billion.", [("investment", "Google", "Anthropic", 2 * B, None)]),
    ("xAI, which was backed by Nvidia and AMD in a $6 billion round last December, is raising more.",
     [("investment", None, "xAI", 6 * B, None), ("investment", "Nvidia", "xAI", None, None),
      ("investment", "AMD", "xAI", None, None)]),
    ("Nscale, the British startup backed by Nvidia, raised $1.1 billion in a Series B led by Aker.",
     [("investment", None, "Nscale", 1_100 * M, None), ("investment", "Aker", "Nscale", None, None),
      ("investment", "Nvidia", "Nscale", None, "reported")]),
    ("Google agreed to invest up to $2 billion in Anthropic, which is also backed by Amazon.",
     [("investment", "Google", "Anthropic", 2 * B, "up_to"), ("investment", "Amazon", "Anthropic", None, None)]),
    ("Microsoft's $13 billion investment in OpenAI dwarfs Amazon's $8 billion bet on Anthropic.",
     [("investment", "Microsoft", "OpenAI", 13 * B, None), ("investment", "Amazon", "Anthropic", 8 * B, None)]),
    ("Amazon invested $4 billion in Anthropic and Google $2 billion in the same startup.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("investment", "Google", "Anthropic", 2 * B, None)]),
    ("X Corp was acquired by xAI in March in an all-stock deal that valued the social network at $33 billion.",
     [("acquisition", "xAI", "X Corp", 33 * B, None)]),
    ("CoreWeave, in which Nvidia holds a 6% stake, agreed to buy Core Scientific for $9 billion.",
     [("acquisition", "CoreWeave", "Core Scientific", 9 * B, None), ("stake", "Nvidia", "CoreWeave", None, None)]),
    ("Microsoft had been one of Inflection's investors, joining Nvidia in a $1.3 billion round in June 2023.",
     [("investment", None, "Inflection AI", 1_300 * M, None), ("investment", "Microsoft", "Inflection AI", None, None),
      ("investment", "Nvidia", "Inflection AI", None, None)]),
    ("Microsoft and Nvidia will invest up to $5 billion and $10 billion respectively in Anthropic.",
     [("investment", "Microsoft", "Anthropic", 5 * B, "up_to"), ("investment", "Nvidia", "Anthropic", 10 * B, "up_to")]),
    ("Nvidia invested $1 billion in Nokia, while SoftBank put $2 billion into Intel.",
     [("investment", "Nvidia", "Nokia", 1 * B, None), ("investment", "SoftBank", "Intel", 2 * B, None)]),
    # machine-translated English, share prices
    ("The reporter learned that Alibaba invested MiniMax 600 million dollars last year, the investment is made "
     "through Alibaba Cloud.", [("investment", "Alibaba", "MiniMax", 600 * M, None)]),
    ("Intel said Nvidia will invest $5 billion in Intel's common stock at a purchase price of $23.28 per share.",
     [("investment", "Nvidia", "Intel", 5 * B, None)]),
    ("It is learned that Moonshot AI raised $1 billion in a round led by Alibaba.",
     [("investment", None, "Moonshot AI", 1 * B, None), ("investment", "Alibaba", "Moonshot AI", None, None)]),
]

_TARGETS_EN_ROUND16_NON_CLAIMS = [
    "Reporting by Anna Tong in San Francisco; editing by Kenneth Li.",
    "Goldman Sachs advised Wayve on the round, the company said.",
]


@pytest.mark.parametrize("text,expected", _TARGETS_EN_ROUND16, ids=[t[:40] for t, _ in _TARGETS_EN_ROUND16])
def test_targets_en_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", _TARGETS_EN_ROUND16_NON_CLAIMS)
def test_targets_en_non_claims(text: str) -> None:
    assert extract(text, "en") == []


def test_targets_en_articles_score() -> None:
    """Own articles naming several companies per sentence (written before tuning; honest F1 then 0.52: P 0.55, R 0.49; after 0.86)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "targets_en_round16"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.85 and overall.recall >= 0.78, report.as_dict()["misses"] + report.as_dict()["false"]


# -- round 17, area "context_en": parties named earlier in the article (context_en.py) ------------
_CONTEXT_EN_ROUND17 = [
    # after the investors' sentence: the valuation is of the round's company, never an investor
    ("Thinking Machines raised $2 billion. The round was led by Andreessen Horowitz. Other investors included "
     "Nvidia, Accel and Cisco. The financing values the startup at $12 billion.",
     [("investment", None, "Thinking Machines", 2 * B, None), ("investment", "Andreessen Horowitz", "Thinking Machines", None, None),
      ("investment", "Nvidia", "Thinking Machines", None, None), ("investment", "Accel", "Thinking Machines", None, None),
      ("investment", "Cisco", "Thinking Machines", None, None), ("valuation", None, "Thinking Machines", 12 * B, None)]),
    ("Crusoe completed a $1.38 billion round. It was led by Valor Equity Partners and Mubadala, and Founders Fund "
     "continued to follow. After the financing, the company is valued at $13 billion.",
     [("investment", None, "Crusoe", 1380 * M, None), ("valuation", None, "Crusoe", 13 * B, None),
      # round 24 context_en7: "It was led by" leads the round just before
      ("investment", "Valor Equity Partners", "Crusoe", None, None), ("investment", "Mubadala", "Crusoe", None, None),
      ("investment", "Founders Fund", "Crusoe", None, None)]),
    # a newsletter section: the heading's company raises, is valued, and the investors back it
    ("Funding roundup\n\nReflection AI\n\n- Secured $2 billion, with Nvidia leading.\n- Now worth $8 billion.",
     [("investment", None, "Reflection AI", 2 * B, None), ("investment", "Nvidia", "Reflection AI", None, None),
      ("valuation", None, "Reflection AI", 8 * B, None)]),
    ("Weekly deals\n\nSafe Superintelligence\n\n- Raised $2 billion in fresh funding.\n- Greenoaks led; Alphabet "
     "and Nvidia also joined.\n- The round values it at $32 billion.",
     [("investment", None, "SSI", 2 * B, None), ("investment", "Greenoaks", "SSI", None, None),
      ("investment", "Google", "SSI", None, None), ("investment", "Nvidia", "SSI", None, None),
      ("valuation", None, "SSI", 32 * B, None)]),
    # precision: a heading that is a sentence about two companies gives nothing to a dropped subject
    ("Deals\n\nNvidia and Microsoft\n\n- Raised $2 billion.", []),
    # the right antecedent is kept when it is the one company in context
    ("Anthropic raised $13 billion led by ICONIQ. The deal valued the San Francisco-based lab at $183 billion.",
     [("investment", None, "Anthropic", 13 * B, None), ("investment", "ICONIQ", "Anthropic", None, None),
      ("valuation", None, "Anthropic", 183 * B, None)]),
]


# Known gaps: "the company"/"the startup" bound to an investor or a former employer named last. A rebinding
# that fixed these lowered the held-out score (round 17) and was taken out; strict, so a fix shows up.
_CONTEXT_EN_GAPS = [
    # precision: only funds in context, no company -> no valuation claim for a fund
    ("Sequoia and Accel led the deal. The company is now valued at $5 billion.", []),
]


@pytest.mark.xfail(strict=True, reason="the reference binds to the party named last (an investor or former employer)")
@pytest.mark.parametrize("text,expected", _CONTEXT_EN_GAPS, ids=[t[:40] for t, _ in _CONTEXT_EN_GAPS])
def test_context_en_known_gaps(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text,expected", _CONTEXT_EN_ROUND17, ids=[t[:40] for t, _ in _CONTEXT_EN_ROUND17])
def test_context_en_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_context_en_articles() -> None:
    """Own articles written before the round-17 rules (F1 0.32 then; 0.75 with a rebinding of "the company"
    that was taken out because it lowered the held-out score; what remains is pinned here)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    folder = Path(__file__).parent / "fixtures" / "extract" / "context_en_round17"
    counts = evaluate([folder], RuleExtractor()).counts(lang="en")
    assert counts.tp >= 20 and counts.fp <= 16, counts


# -- round 17, phenomenon "revenue_purchase": customer shares and orders --------------------------
_REVENUE_PURCHASE_EN = [
    ("Dell said Meta accounted for 18% of its AI server revenue last quarter.",
     [("revenue", "Meta", "Dell", None, "reported")]),
    ("Broadcom noted that Google remains its largest customer for custom accelerators.",
     [("revenue", "Google", "Broadcom", None, "reported")]),
    ("Marvell said sales to Amazon and Microsoft made up more than half of its data-center revenue.",
     [("revenue", "Amazon", "Marvell", None, "reported"), ("revenue", "Microsoft", "Marvell", None, "reported")]),
    ("One customer accounted for 19% of Broadcom's revenue in fiscal 2024.",
     [("revenue", None, "Broadcom", None, "reported")]),
    ("Supermicro said it has received $12 billion of orders for Blackwell systems.",
     [("purchase", None, "Supermicro", 12 * B, None)]),
]


@pytest.mark.parametrize("text,expected", _REVENUE_PURCHASE_EN, ids=[t[:40] for t, _ in _REVENUE_PURCHASE_EN])
def test_revenue_purchase_sentence_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_revenue_purchase_unnamed_customers_one_claim_each() -> None:
    got = [c for c in extract("Three direct customers represented 14%, 11% and 10% of Nvidia's total revenue.", "en")]
    assert sorted(int(c.pct) for c in got if c.kind == "revenue" and c.source is None) == [10, 11, 14]


def test_revenue_purchase_total_revenue_is_no_claim() -> None:
    assert extract("Nvidia's revenue rose to $57 billion in the quarter.", "en") == []


def test_revenue_purchase_articles_en() -> None:
    """Own articles written before the round-17 rules (en scored P 0.00 R 0.00 then)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    folder = Path(__file__).parent / "fixtures" / "extract" / "revenue_purchase_round17"
    counts = evaluate([folder], RuleExtractor()).counts(lang="en")
    assert counts.tp >= 8 and counts.fp <= 4, counts


# round 17, deals_mlj: who buys in mergers, who lends, who is a venture member
_DEALS_MLJ_EN = [
    ("Cloud security firm Wiz agreed to be acquired by Google for $32 billion.",
     [("acquisition", "Google", "Wiz", 32000000000, None)]),
    ("AMD completed its purchase of server maker ZT Systems for $4.9 billion.",
     [("acquisition", "AMD", "ZT Systems", 4900000000, None)]),
    ("Chipmaker Ampere will be bought by SoftBank in a $6.5 billion deal, the biggest purchase SoftBank has made this year.",
     [("acquisition", "SoftBank", "Ampere Computing", 6500000000, None)]),
    ("The company CoreWeave obtained a $2.3 billion debt facility from Blackstone and Magnetar.",
     [("loan", "Blackstone", "CoreWeave", None, None), ("loan", "Magnetar", "CoreWeave", None, None),
      ("loan", None, "CoreWeave", 2300000000, None)]),
    ("Crusoe has obtained a $750 million credit line from Brookfield.", [("loan", "Brookfield", "Crusoe", 750000000, None)]),
    ("Intel's board rejected a $100 billion offer for the chipmaker from Qualcomm.",
     [("acquisition", "Qualcomm", "Intel", 100000000000, None)]),
    ("xAI sold $5 billion of bonds and loans.", [("loan", None, "xAI", 5000000000, None)]),
]


@pytest.mark.parametrize("text,expected", _DEALS_MLJ_EN, ids=[t[:40] for t, _ in _DEALS_MLJ_EN])
def test_deals_mlj_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# round 18, phenomenon "kinds2": debt and equity in one raise, a round beside a credit line (own sentences)
KINDS2_EN = [
    ("In July xAI raised $5 billion in secured notes and term loans, alongside a separate $5 billion strategic equity raise.",
     [("loan", None, "xAI", 5 * B, None), ("investment", None, "xAI", 5 * B, None)]),
    ("CoreWeave raised $1.1 billion in equity and $7.5 billion in debt.",
     [("loan", None, "CoreWeave", 7500 * M, None), ("investment", None, "CoreWeave", 1100 * M, None)]),
    ("Anthropic closes $13 billion round, adds $2 billion credit line",
     [("investment", None, "Anthropic", 13 * B, None)]),
]


@pytest.mark.parametrize("text,expected", KINDS2_EN)
def test_kinds2_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_kinds2_articles_score() -> None:
    """Own articles (en, zh, ja; before the round-18 kinds2 rules: P 0.80 R 0.68 F1 0.74)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "kinds2_round18"
    report = evaluate([folder], create_extractor("rules.v1"))
    overall = report.counts()
    assert overall.precision >= 0.80 and overall.recall >= 0.70, report.as_dict()["misses"] + report.as_dict()["false"]


STAKES_EN = [  # round 18 stakes: (sentence, holder, company, pct)
    ("ASML remains Mistral AI's largest shareholder with about 11%.", "ASML", "Mistral AI", 11),
    ("SoftBank owns about a third of Arm.", "SoftBank", "Arm", 33.3),
    ("Toyota holds a stake of roughly a quarter in Denso.", "Toyota", "Denso", 25),
    ("Microsoft holds roughly 27% of OpenAI.", "Microsoft", "OpenAI", 27),
]


@pytest.mark.parametrize(("text", "holder", "company", "pct"), STAKES_EN)
def test_stakes_en_holdings(text: str, holder: str, company: str, pct: float) -> None:
    got = {(c.kind, c.source, c.target, float(c.pct) if c.pct is not None else None) for c in extract(text, "en")}
    assert got == {("stake", holder, company, pct)}


@pytest.mark.parametrize("text", ["Nvidia's sales grew by a third in the quarter.",
                                  "About a third of Nvidia's revenue comes from Microsoft."])
def test_stakes_en_fractions_that_are_no_stake(text: str) -> None:
    assert [c for c in extract(text, "en") if c.kind == "stake"] == []


# -- round 18, phenomenon "purchases3": chips named by product, prepayments, foundry orders -------
_PURCHASES3_EN = [
    ("Anthropic agreed to buy about one million Trainium2 chips for its next training cluster.",
     [("purchase", "Anthropic", "Amazon", None, "announced")]),
    ("Oracle ordered 131,000 Blackwell GPUs for a supercluster in Texas.",
     [("purchase", "Oracle", "Nvidia", None, None)]),
    ("Stability AI is buying Gaudi 3 accelerators from Intel.",
     [("purchase", "Stability AI", "Intel", None, None)]),
    ("OpenAI will purchase Instinct MI450 chips for a one-gigawatt deployment starting next year.",
     [("purchase", "OpenAI", "AMD", None, None)]),
    ("Alibaba bought H20 chips worth $1 billion before the ban.",
     [("purchase", "Alibaba", "Nvidia", 1 * B, None)]),
    ("Nvidia prepaid $1.5 billion to SK Hynix for future supply of HBM.",
     [("purchase", "Nvidia", "SK Hynix", 1_500_000_000, None)]),
    ("Crusoe borrowed $200 million to buy Nvidia H100 chips.",
     [("loan", None, "Crusoe", 200 * M, None), ("purchase", "Crusoe", "Nvidia", None, None)]),
]


@pytest.mark.parametrize("text,expected", _PURCHASES3_EN, ids=[t[:40] for t, _ in _PURCHASES3_EN])
def test_purchases3_sentence_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_purchases3_purchase_obligations_are_no_claim_en() -> None:
    assert extract("Microsoft's purchase obligations rose to $120 billion at the end of June.", "en") == []


def test_purchases3_articles_en() -> None:
    """Own articles written before the round-18 rules (en scored P 0.50 R 0.45 then)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    folder = Path(__file__).parent / "fixtures" / "extract" / "purchases3_round18"
    counts = evaluate([folder], RuleExtractor()).counts(lang="en")
    assert counts.tp >= 8 and counts.fp <= 3, counts


# round 18, phenomenon "acquisitions3": suits against takeovers, deals named by the acquirer's possessive
_ACQUISITIONS3_EN = [
    ("The Federal Trade Commission sued to block Microsoft's acquisition of Activision Blizzard.",
     [("acquisition", "Microsoft", "Activision Blizzard", None, None), ("lawsuit", "FTC", "Microsoft", None, None)]),
    ("The FTC filed a lawsuit to stop Nvidia's $40 billion takeover of Arm.",
     [("acquisition", "Nvidia", "Arm", 40 * B, None), ("lawsuit", "FTC", "Nvidia", None, None)]),
    ("The Justice Department's lawsuit challenging HPE's acquisition of Juniper Networks was settled in June.",
     [("acquisition", "HPE", "Juniper Networks", None, None), ("lawsuit", "Department of Justice", "HPE", None, None)]),
    ("Microsoft's $69 billion acquisition of Activision Blizzard closed in October 2023.",
     [("acquisition", "Microsoft", "Activision Blizzard", 69 * B, None)]),
    ("AMD completed its $4.9 billion purchase of ZT Systems.",
     [("acquisition", "AMD", "ZT Systems", 4900 * M, None)]),
]


@pytest.mark.parametrize("text,expected", _ACQUISITIONS3_EN, ids=[t[:40] for t, _ in _ACQUISITIONS3_EN])
def test_acquisitions3_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# round 18, phenomenon compute3: provider as subject, backlogs, chips that only describe capacity, property leases
_COMPUTE3_EN = [
    ("Alibaba Cloud will provide computing services to Xiaomi under a $500 million contract.",
     [(_C, "Xiaomi", "Alibaba", 500 * M, None)]),
    ("Oracle will rent GPU capacity to Meta in a deal worth $20 billion.", [(_C, "Meta", "Oracle", 20 * B, None)]),
    ("Nebius will supply Microsoft with GPU capacity under a $17.4 billion contract.",
     [(_C, "Microsoft", "Nebius", 17400 * M, None)]),
    ("Lambda will lease 3,000 GPUs to Microsoft under a $1 billion contract.", [(_C, "Microsoft", "Lambda", 1 * B, None)]),
    ("CoreWeave's revenue backlog reached $55.6 billion, including $22.4 billion from OpenAI.",
     [(_C, "OpenAI", "CoreWeave", 22400 * M, None)]),
]
_COMPUTE3_EN_NONE = [
    "The startup hosts AI workloads for Microsoft on capacity powered by Nvidia chips under a $2 billion agreement.",
    "CoreWeave agreed to lease its New Jersey site to Core Scientific for ten years.",
    "Crusoe will lease its Abilene campus to Oracle for 15 years.",
    "Equinix leased a building to Microsoft for $300 million.",
    "Nvidia's revenue backlog rose to $500 billion.",
]


@pytest.mark.parametrize(("text", "expected"), _COMPUTE3_EN, ids=[c[0][:40] for c in _COMPUTE3_EN])
def test_compute3_sentence_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", _COMPUTE3_EN_NONE, ids=[t[:40] for t in _COMPUTE3_EN_NONE])
def test_compute3_no_compute_claim_en(text: str) -> None:
    assert not [c for c in extract(text, "en") if c.kind in ("compute_commitment", "purchase")]


def test_compute3_articles() -> None:
    """Own articles, written before the round-18 rules (then P 0.74 R 0.71 F1 0.73; after F1 0.87)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract.rules import RuleExtractor

    folder = Path(__file__).parent / "fixtures" / "extract" / "compute3_round18"
    counts = evaluate([folder], RuleExtractor()).counts()
    assert counts.precision >= 0.85 and counts.recall >= 0.75, counts


# round 19, phenomenon "status_en": status of English claims in varied tense and framing (own sentences)
STATUS_EN_R19 = [
    # failed deals never closed -> proposed
    ("Nvidia's $40 billion purchase of Arm was abandoned in 2022 after regulators objected.", ("acquisition", "Nvidia", "Arm"), "proposed"),
    ("AMD's planned $1 billion investment in Mistral AI fell through in August.", (_I, "AMD", "Mistral AI"), "proposed"),
    ("The $3 billion takeover of Windsurf by OpenAI collapsed in July.", ("acquisition", "OpenAI", "Codeium"), "proposed"),
    ("Shareholders voted down CoreWeave's $9 billion acquisition of Core Scientific.", ("acquisition", "CoreWeave", "Core Scientific"), "proposed"),
    ("After talks with Apple collapsed, Meta invested $14.3 billion in Scale AI in June.", (_I, "Meta", "Scale AI"), "completed"),
    # unnamed sources, singular or impersonal
    ("Apple is aiming to buy Perplexity, an insider said.", ("acquisition", "Apple", "Perplexity"), "rumored"),
    ("It is said that Amazon will invest another $4 billion in Anthropic.", (_I, "Amazon", "Anthropic"), "rumored"),
    ("Google is said to be preparing a $2 billion investment in Anthropic.", (_I, "Google", "Anthropic"), "rumored"),
    ("Oracle is reported to have lined up $38 billion of loans from a group of banks.", ("loan", None, "Oracle"), "rumored"),
    ("Meta is reportedly weighing a $10 billion deal to buy capacity on Google Cloud.", ("compute_commitment", "Meta", "Google"), "rumored"),
    ("Word is that Tencent will invest $500 million in Moonshot AI.", (_I, "Tencent", "Moonshot AI"), "rumored"),
    ("Nvidia could invest $1 billion in Poolside, according to a person with direct knowledge.", (_I, "Nvidia", "Poolside"), "rumored"),
    # plans
    ("Anthropic is aiming to raise $5 billion from Gulf investors.", (_I, None, "Anthropic"), "proposed"),
    ("OpenAI is looking to raise $40 billion next year.", (_I, None, "OpenAI"), "proposed"),
    ("SoftBank is preparing to invest $22.5 billion in OpenAI.", (_I, "SoftBank", "OpenAI"), "proposed"),
    ("CoreWeave is set to borrow $2 billion through a bond sale.", ("loan", None, "CoreWeave"), "proposed"),
    # done, background, news of the day
    ("Microsoft has poured about $13 billion into OpenAI since 2019.", (_I, "Microsoft", "OpenAI"), "completed"),
    ("SoftBank, which bought $2 billion of Intel shares in August, welcomed the move.", (_I, "SoftBank", "Intel"), "completed"),
    ("Nvidia said on Thursday it will invest $5 billion in Intel.", (_I, "Nvidia", "Intel"), "announced"),
    ("OpenAI has signed a contract to buy $300 billion of computing power from Oracle.", ("compute_commitment", "OpenAI", "Oracle"), "announced"),
    ("Nvidia finalised its $700 million acquisition of Run:ai in December.", ("acquisition", "Nvidia", "Run:ai"), "completed"),
    ("Meta has acquired 49% of Scale AI for $14.3 billion.", (_I, "Meta", "Scale AI"), "completed"),
    ("xAI denied that it had raised $10 billion.", (_I, None, "xAI"), "denied"),
    ("Anthropic seeks to raise as much as $5 billion.", (_I, None, "Anthropic"), "up_to"),
]


@pytest.mark.parametrize(("text", "triple", "status"), STATUS_EN_R19, ids=[c[0][:40] for c in STATUS_EN_R19])
def test_status_en_round19_sentence(text: str, triple: tuple, status: str) -> None:
    claims = extract(text, "en", published="2025-10-14")
    got = {c.status for c in claims if (c.kind, c.source, c.target) == triple}
    assert got == {status}, [(c.kind, c.source, c.target, c.status) for c in claims]


def test_status_en_round19_articles() -> None:
    """Own articles, written before reading the rules (then status accuracy 0.93 after relabelling five
    background claims to the dev precedent, F1 0.84; after: status 1.0)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "status_en_round19"
    report = evaluate([folder], create_extractor("rules.v1"))
    assert report.counts().f1 >= 0.8, report.as_dict()["misses"] + report.as_dict()["false"]
    assert (report.status_accuracy() or 0.0) >= 0.95


# -- round 19 precision_en: deal words with no money between parties -------------------------------------------

_PE_CONTEXT = "Microsoft works closely with OpenAI. OpenAI and Microsoft renewed their pact. OpenAI grew fast. "
PRECISION_EN_R19_NONE = [
    "Microsoft invested $8.2 billion in research and development during the quarter.",
    "The software maker invested $8.2 billion in R&D last quarter.",
    "Microsoft is investing $3 billion in training its workforce in AI skills.",
    "Microsoft put $2 billion into marketing and sales support this year.",
    "The board approved a new $60 billion buyback program and raised the quarterly dividend by 10%.",
    "Microsoft raised its full-year forecast to $300 billion.",
    "Analysts raised their price target on Microsoft to $650.",
    "Microsoft returned $9.4 billion to shareholders through dividends and buybacks.",
    "Revenue from the cloud segment rose 26% to $29.9 billion, while Azure and other cloud services grew 39%.",
    "Chief financial officer Amy Hood said spending, including finance leases, reached $24.2 billion.",
]
PRECISION_EN_R19_KEEP = [
    ("Microsoft invested $10 billion in OpenAI in 2023.", ("investment", "Microsoft", "OpenAI", 10 * B)),
    ("Microsoft first put in $1 billion in 2019.", ("investment", "Microsoft", "OpenAI", 1 * B)),
    ("Microsoft later invested another $2 billion in the startup.", ("investment", "Microsoft", "OpenAI", 2 * B)),
    ("Microsoft raised its stake in OpenAI to 49%.", ("stake", "Microsoft", "OpenAI", None)),
    ("OpenAI raised $6.6 billion from Microsoft and others.", ("investment", "Microsoft", "OpenAI", 6600 * M)),
    ("Microsoft is one of OpenAI's largest shareholders.", ("stake", "Microsoft", "OpenAI", None)),
    ("Microsoft will spend $80 billion on AI data centers this year.", ("investment", "Microsoft", None, 80 * B)),
    # the slot after "put in" holds the amount, not a place: the investee comes from context
    ("Microsoft itself could put in as much as $2 billion of the equity, one of the people said.",
     ("investment", "Microsoft", "OpenAI", 2 * B)),
]


@pytest.mark.parametrize("text", PRECISION_EN_R19_NONE, ids=[t[:40] for t in PRECISION_EN_R19_NONE])
def test_precision_en_round19_no_claim(text: str) -> None:
    """A payout, an R&D budget, a raised forecast or a segment's growth moves no money between parties."""
    claims = extract(_PE_CONTEXT + text, "en", published="2025-07-30")
    late = [c for c in claims if c.evidence and c.evidence in text]
    assert late == [], [(c.kind, c.source, c.target, c.amount_usd) for c in late]


@pytest.mark.parametrize(("text", "claim"), PRECISION_EN_R19_KEEP, ids=[t[0][:40] for t in PRECISION_EN_R19_KEEP])
def test_precision_en_round19_deals_kept(text: str, claim: tuple) -> None:
    """The true deal forms beside the guards still give their claims."""
    claims = extract(_PE_CONTEXT + text, "en", published="2025-07-30")
    got = {(c.kind, c.source, c.target, int(c.amount_usd) if c.amount_usd is not None else None) for c in claims}
    assert claim in got, got


def test_precision_en_round19_articles() -> None:
    """Own articles written before reading the rules: earnings, partnerships, markets, policy (before: P 0.53,
    R 0.73, F1 0.62; after: P 0.80, F1 0.76)."""
    from pathlib import Path

    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    folder = Path(__file__).resolve().parent / "fixtures" / "extract" / "precision_en_round19"
    report = evaluate([folder], create_extractor("rules.v1"))
    assert report.counts().precision >= 0.75, report.as_dict()["false"]
    assert report.counts().f1 >= 0.72, report.as_dict()["misses"]


# round 20, loans: liquidity totals are no loan; a bond sale has no lender but a named buyer; the partner in
# another clause lends nothing (own sentences)
@pytest.mark.parametrize("text, expected", [
    ("The facility is undrawn for now, Lambda said, and brings its total liquidity to more than $10 billion.", []),
    ("CoreWeave now has cash and credit lines of $10 billion.", []),
    ("Together with the term loan, Anthropic's total liquidity stands at $12 billion.", []),
    ("xAI lined up a $4 billion revolving credit facility from JPMorgan, which brings its total liquidity to more than $9 billion.",
     [("loan", "JPMorgan", "xAI", 4 * B, None)]),
    ("Oracle sold $18 billion of bonds, and OpenAI is its biggest customer.", [("loan", None, "Oracle", 18 * B, None)]),
    ("Meta sold $30 billion of bonds and agreed to buy chips from Nvidia.",
     [("loan", None, "Meta", 30 * B, None), ("purchase", "Meta", "Nvidia", None, None)]),
    ("PIMCO bought $18 billion of the bonds Oracle sold.", [("loan", "PIMCO", "Oracle", 18 * B, None)]),
    ("Microsoft sold bonds and agreed to fund its expansion with OpenAI.", []),
])
def test_round20_loans_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# -- round 20 stakes: half, each holder, fronted company, increased holdings -------------------------------

STAKES_EN_R20 = [
    ("SoftBank and OpenAI each own half of SB OpenAI Japan.",
     {("SoftBank", "SB OpenAI Japan", 50.0), ("OpenAI", "SB OpenAI Japan", 50.0)}),
    ("SoftBank and OpenAI each hold about 40% of SB OpenAI Japan.",
     {("SoftBank", "SB OpenAI Japan", 40.0), ("OpenAI", "SB OpenAI Japan", 40.0)}),
    ("At CoreWeave, Nvidia owned about 7%.", {("Nvidia", "CoreWeave", 7.0)}),
    ("At CoreWeave, Nvidia owned about 7% of the shares.", {("Nvidia", "CoreWeave", 7.0)}),
    ("SoftBank increased its stake in OpenAI.", {("SoftBank", "OpenAI", None)}),
]


@pytest.mark.parametrize(("text", "expected"), STAKES_EN_R20, ids=[t[0][:40] for t in STAKES_EN_R20])
def test_round20_stakes_sentence(text: str, expected: set) -> None:
    claims = extract(text, "en")
    assert {(c.source, c.target, c.pct) for c in claims if c.kind == "stake"} == expected
    assert not [c for c in claims if c.kind == "investment"]  # no money is stated


def test_round20_stakes_half_needs_a_holding() -> None:
    """"more than half of it" without a holding word is no percentage."""
    claims = extract("Microsoft will spend $80 billion on data centers, more than half of it in the United States.", "en")
    assert not [c for c in claims if c.kind == "stake"]


_ROUND20_PARTIES_EN = [
    # a possessive never leaks into a provisional name
    ("Anthropic agreed to acquire Humanloop's team.", [("acquisition", "Anthropic", "Humanloop", None, None)]),
    ("Anthropic agreed to acquire Humanloop's team and technology.", [("acquisition", "Anthropic", "Humanloop", None, None)]),
    ("Anthropic acquired Humanloop’s staff.", [("acquisition", "Anthropic", "Humanloop", None, None)]),
    ("Anthropic has bought Humanloop's assets for $20 million.",
     [("acquisition", "Anthropic", "Humanloop", 20 * M, None)]),
    # a person quoted commenting ("with X calling/saying") is no party
    ("xAI denied the report that it raised $10 billion, with Elon Musk calling it wrong.",
     [("investment", None, "xAI", 10 * B, "denied")]),
    ("OpenAI raised $40 billion from SoftBank, with Sam Altman calling it a milestone.",
     [("investment", "SoftBank", "OpenAI", 40 * B, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND20_PARTIES_EN, ids=[t[:24] for t, _ in _ROUND20_PARTIES_EN])
def test_round20_parties_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_round20_parties_commenter_is_no_party_en() -> None:
    assert extract("xAI denied the report, with Elon Musk calling it wrong.", "en") == []


def test_round20_parties_provisional_names_never_possessive() -> None:
    from dealgraph.entities.patterns import find_provisional
    names = [c.name for c in find_provisional("The startup Humanloop's team joined rival firm Acme Labs's staff.", "en")]
    assert names and not any(n.endswith(("'s", "’s")) for n in names), names


# -- round 20 status: blocked or pending deals, failure in a later clause, relative-clause background facts ----------

STATUS_R20_EN = [
    # a deal a regulator moves to block or challenges has not closed -> proposed
    ("The FTC sued to block Microsoft's acquisition of Activision.", ("acquisition", "Microsoft", "Activision Blizzard"), "proposed"),
    ("Regulators moved in December to block Nvidia's $40 billion acquisition of Arm.", ("acquisition", "Nvidia", "Arm"), "proposed"),
    ("The FTC challenged Microsoft's $69 billion purchase of Activision.", ("acquisition", "Microsoft", "Activision Blizzard"), "proposed"),
    # under way, not closed -> announced (or proposed when only "set to")
    ("Activision, which is being acquired by Microsoft for $69 billion, reported higher sales.", ("acquisition", "Microsoft", "Activision Blizzard"), "announced"),
    ("Microsoft's $69 billion acquisition of Activision awaits approval from regulators in the UK.", ("acquisition", "Microsoft", "Activision Blizzard"), "announced"),
    ("Microsoft's acquisition of Activision is pending regulatory approval.", ("acquisition", "Microsoft", "Activision Blizzard"), "announced"),
    ("Activision is set to be acquired by Microsoft for $69 billion.", ("acquisition", "Microsoft", "Activision Blizzard"), "proposed"),
    # a later clause says the deal itself failed -> proposed; other things falling do not
    ("Microsoft agreed to invest $2 billion in Mistral AI, but the deal fell apart.", (_I, "Microsoft", "Mistral AI"), "proposed"),
    ("Nvidia agreed to buy Arm for $40 billion in 2020, but the deal collapsed in 2022.", ("acquisition", "Nvidia", "Arm"), "proposed"),
    ("SoftBank agreed to buy Ampere for $6.5 billion, but regulators blocked the deal.", ("acquisition", "SoftBank", "Ampere Computing"), "proposed"),
    ("Microsoft agreed to invest $2 billion in Mistral AI, but the shares fell.", (_I, "Microsoft", "Mistral AI"), "announced"),
    ("Microsoft agreed to invest $2 billion in Mistral AI, but the shares collapsed.", (_I, "Microsoft", "Mistral AI"), "announced"),
    # a rumour cue of the main clause leaves a done fact in a relative clause alone
    ("Microsoft, which invested $13 billion in OpenAI, is in talks to invest $2 billion in Mistral AI, people familiar said.", (_I, "Microsoft", "OpenAI"), "completed"),
    ("Microsoft, which invested $13 billion in OpenAI, is in talks to invest $2 billion in Mistral AI, people familiar said.", (_I, "Microsoft", "Mistral AI"), "rumored"),
    ("Amazon, which has put $8 billion into Anthropic, is weighing a further $4 billion investment in the startup, according to people familiar with the talks.", (_I, "Amazon", "Anthropic"), None),
    ("Nvidia, which bought $5 billion of Intel stock in September, may invest $2 billion in xAI, people familiar with the matter said.", (_I, "Nvidia", "Intel"), "completed"),
    ("Nvidia, which bought $5 billion of Intel stock in September, may invest $2 billion in xAI, people familiar with the matter said.", (_I, "Nvidia", "xAI"), "rumored"),
    ("According to people familiar with the matter, Google, which owns 14% of Anthropic, is in talks to invest $2 billion more in the startup.", ("stake", "Google", "Anthropic"), "reported"),
    ("Microsoft, which is reportedly in talks to invest $2 billion in Mistral AI, invested $13 billion in OpenAI.", (_I, "Microsoft", "OpenAI"), "completed"),
    ("Nvidia is in talks to invest $1 billion in xAI, which is seeking to raise $10 billion, people familiar said.", (_I, "Nvidia", "xAI"), "rumored"),
]


@pytest.mark.parametrize(("text", "triple", "status"), STATUS_R20_EN, ids=[f"{i}-{c[0][:36]}" for i, c in enumerate(STATUS_R20_EN)])
def test_round20_status_sentence(text: str, triple: tuple, status: str | None) -> None:
    claims = extract(text, "en", published="2025-10-14")
    got = {c.status for c in claims if (c.kind, c.source, c.target) == triple}
    if status is None:  # two claims of the pair: the background total reported (round 24), the rumoured one rumored
        assert got == {"reported", "rumored"}, [(c.kind, c.source, c.target, c.status) for c in claims]
    else:
        assert got == {status}, [(c.kind, c.source, c.target, c.status) for c in claims]


def test_round20_status_lawsuit_keeps_its_status() -> None:
    """The move to block marks the deal, never the lawsuit that blocks it."""
    claims = extract("The FTC sued to block Microsoft's acquisition of Activision.", "en", published="2025-10-14")
    assert {c.status for c in claims if c.kind == "lawsuit"} == {"announced"}


# -- round 21 loans: lenders named in the sentences after a loan (loans4.py) ----------------------------------

LOAN_FOLLOW_EN_R21 = [
    ("Lambda closed a $1.5 billion GPU-backed loan in March. Apollo and Blue Owl led it.",
     [("loan", None, "Lambda", 1500 * M, None), ("loan", "Apollo", "Lambda", None, None),
      ("loan", "Blue Owl", "Lambda", None, None)]),
    ("Nebius signed a $2 billion term loan. JPMorgan arranged it. Barclays and HSBC joined, along with two credit funds.",
     [("loan", None, "Nebius", 2 * B, None), ("loan", "JPMorgan", "Nebius", None, None),
      ("loan", "Barclays", "Nebius", None, None), ("loan", "HSBC", "Nebius", None, None)]),
    # one lender named in the next sentence: the loan's amount is that lender's (one claim)
    ("Lambda secured a $500 million facility in April. Macquarie provided it, with the GPUs as collateral.",
     [("loan", "Macquarie", "Lambda", 500 * M, None)]),
    ("Fluidstack signed a $400 million term loan. Brookfield underwrote it.",
     [("loan", "Brookfield", "Fluidstack", 400 * M, None)]),
    ("Crusoe secured a $750 million credit facility last year. Brookfield co-led it. "
     "Other lenders included Citigroup and Goldman Sachs.",
     [("loan", None, "Crusoe", 750 * M, None), ("loan", "Brookfield", "Crusoe", None, None),
      ("loan", "Citigroup", "Crusoe", None, None), ("loan", "Goldman Sachs", "Crusoe", None, None)]),
    # a gap of one sentence about the same loan
    ("Mistral AI took out a €600 million loan in June. The money pays for a data centre near Paris. "
     "Lenders included BNP Paribas and HSBC.",
     [("loan", None, "Mistral AI", 649420933, None), ("loan", "BNP Paribas", "Mistral AI", None, None),
      ("loan", "HSBC", "Mistral AI", None, None)]),
]

LOAN_FOLLOW_EN_R21_NEG = [
    # after an equity round the leaders stay investors
    ("Cohere raised $500 million in May. Radical Ventures led it.",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "Radical Ventures", "Cohere", None, None)]),
    # an arranger of nothing named as a loan gives no claim
    ("Goldman Sachs arranged it.", []),
    ("Nvidia provided it, and Anthropic used it.", []),
    # "provided" after a loan but about goods: no lender
    ("CoreWeave signed a $2 billion term loan. Nvidia provided the chips.", [("loan", None, "CoreWeave", 2 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LOAN_FOLLOW_EN_R21 + LOAN_FOLLOW_EN_R21_NEG,
                         ids=[t[0][:40] for t in LOAN_FOLLOW_EN_R21 + LOAN_FOLLOW_EN_R21_NEG])
def test_round21_loan_lenders_after_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# -- round 21 precision: questions, shareholders at large, guarantees (precision4.py) -------------------

_ROUND21_PRECISION_EN_NONE = [
    "Will Microsoft invest $10 billion in Anthropic?",
    "Is Nvidia about to buy Arm for $40 billion?",
    "Could Apple really put $2 billion into Mistral AI?",
    "The takeover still needs the approval of Core Scientific's shareholders.",
    "The merger requires a vote by Acme Robotics' stockholders in June.",
    "Nokia and Dell joined, along with a number of existing shareholders.",
    "Google agreed to guarantee about $1.8 billion of Fluidstack's lease obligations at a TeraWulf site.",
    "Microsoft will backstop $2 billion of Nebius's lease payments to data centre landlords.",
    "Amazon has guaranteed roughly $900 million of Crusoe's rent for the Texas campus.",
]


@pytest.mark.parametrize("text", _ROUND21_PRECISION_EN_NONE, ids=[t[:30] for t in _ROUND21_PRECISION_EN_NONE])
def test_round21_precision_en_no_deal(text: str) -> None:
    assert extract(text, "en") == []


_ROUND21_PRECISION_EN_KEEP = [
    # the deal is stated; a question follows in its own clause, or holders are named
    ("Microsoft invested $10 billion in OpenAI, but will it pay off?",
     [("investment", "Microsoft", "OpenAI", 10 * B, None)]),
    ("Meta signed a $10 billion cloud contract with Google.",
     [("compute_commitment", "Meta", "Google", 10 * B, None)]),
    ("Anthropic raised $13 billion, with existing shareholders such as Google and Amazon joining.",
     [("investment", None, "Anthropic", 13 * B, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_PRECISION_EN_KEEP, ids=[t[:30] for t, _ in _ROUND21_PRECISION_EN_KEEP])
def test_round21_precision_en_keeps_deals(text: str, expected: list[tuple]) -> None:
    got = {(c.kind, c.source, c.target, int(c.amount_usd) if c.amount_usd is not None else None) for c in extract(text, "en")}
    for exp in expected:
        assert exp[:4] in got, (exp, got)


def test_round21_precision_en_read_more_list() -> None:
    """Headlines listed under a bare "Related:" heading are links, not the article's claims."""
    text = ("Cohere raised $500 million from Nvidia.\n\nRelated:\nApple buys Mistral AI for $5 billion\n"
            "Amazon invests $4 billion in Anthropic\n")
    got = {(c.kind, c.source, c.target) for c in extract(text, "en")}
    assert ("investment", "Nvidia", "Cohere") in got
    assert not {t for _, _, t in got} & {"Mistral AI", "Anthropic"}, got


# -- round 21 status: reports per a source, passive and negated denials, loans signed (status4.py)

_ROUND21_STATUS_EN = [
    ("Per a Wall Street Journal report, Meta agreed to buy $10 billion of computing capacity from Google.",
     "compute_commitment", "rumored"),
    ("Amazon is lining up $15 billion of debt, per two people who have seen the terms.", "loan", "rumored"),
    ("Per the Bloomberg story, Tencent will invest $500 million in MiniMax.", "investment", "rumored"),
    ("A report that Samsung would take a stake in OpenAI was dismissed by a company official on Friday.",
     "stake", "denied"),
    ("Claims that Apple would invest $1 billion in Mistral AI were denied by the company.", "investment", "denied"),
    ("Nvidia did not deny reports that it would invest $2 billion in xAI.", "investment", "proposed"),
    ("In March, Rakuten signed a one-year bridge loan of $5 billion.", "loan", "completed"),
    ("Nebius has signed a $1 billion term loan with JPMorgan.", "loan", "completed"),
    ("Oracle will sign a $10 billion loan with a group of banks next month.", "loan", "announced"),
]


@pytest.mark.parametrize("text,kind,status", _ROUND21_STATUS_EN, ids=[t[:30] for t, _, _ in _ROUND21_STATUS_EN])
def test_round21_status_en(text: str, kind: str, status: str) -> None:
    got = {c.status for c in extract(text, "en") if c.kind == kind}
    assert got == {status}, got


# -- round 21 acquisitions, lawsuits, ventures (acquisitions4.py, lawsuits4.py, ventures4.py) -------------

_ROUND21_ACQ_EN = [
    # a refused offer: the bid (proposed) and its refusal (denied)
    ("Mistral AI turned down a $2 billion takeover offer from Apple.",
     [("acquisition", "Apple", "Mistral AI", 2 * B, "proposed"), ("acquisition", "Apple", "Mistral AI", 2 * B, "denied")]),
    ("Cohere, the Toronto model maker, rejected a $5 billion acquisition offer from Oracle.",
     [("acquisition", "Oracle", "Cohere", 5 * B, "proposed"), ("acquisition", "Oracle", "Cohere", 5 * B, "denied")]),
    ("Perplexity walked away from a $10 billion buyout offer from Samsung last year.",
     [("acquisition", "Samsung", "Perplexity", 10 * B, "proposed"), ("acquisition", "Samsung", "Perplexity", 10 * B, "denied")]),
    # an offer received, the price apart from "from"
    ("Graphcore received an acquisition offer of about $500 million from SoftBank.",
     [("acquisition", "SoftBank", "Graphcore", 500 * M, "proposed")]),
    # became a subsidiary of
    ("Inflection became a subsidiary of Microsoft in 2024.",
     [("acquisition", "Microsoft", "Inflection AI", None, "completed")]),
    ("After the share swap, Codeium became a majority-owned subsidiary of Cognition AI.",
     [("acquisition", "Cognition AI", "Codeium", None, None)]),
    # a price paid for the company itself
    ("Alphabet agreed to pay $32 billion in cash for Wiz.",
     [("acquisition", "Google", "Wiz", 32 * B, "announced")]),
    ("Nvidia will pay $700 million for Run:ai.",
     [("acquisition", "Nvidia", "Run:ai", 700 * M, None)]),
    # a unit of a named owner sold to a buyer
    ("Intel has since agreed to sell Altera's networking arm to Broadcom for $2 billion.",
     [("acquisition", "Broadcom", "Altera", 2 * B, None)]),
]

_ROUND21_ACQ_EN_NONE = [
    "Microsoft will pay $10 billion for cloud capacity from CoreWeave.",
    "The unit became a subsidiary in 2019.",
    "Apple rejected the claims in a statement.",
]


@pytest.mark.parametrize("text,expected", _ROUND21_ACQ_EN, ids=[t[:30] for t, _ in _ROUND21_ACQ_EN])
def test_round21_acq_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", _ROUND21_ACQ_EN_NONE, ids=[t[:30] for t in _ROUND21_ACQ_EN_NONE])
def test_round21_acq_en_no_acquisition(text: str) -> None:
    assert [c for c in extract(text, "en") if c.kind == "acquisition"] == []


_ROUND21_LAWSUIT_EN = [
    # suits filed "in"/"against", several plaintiffs against several defendants
    ("Anthropic and Cohere filed an antitrust suit in Delaware against Nvidia and Microsoft.",
     [("lawsuit", "Anthropic", "Nvidia", None, None), ("lawsuit", "Anthropic", "Microsoft", None, None),
      ("lawsuit", "Cohere", "Nvidia", None, None), ("lawsuit", "Cohere", "Microsoft", None, None)]),
    ("Getty Images brought a copyright lawsuit against Stability AI in London.",
     [("lawsuit", "Getty Images", "Stability AI", None, None)]),
    # counterclaims: the filer sues the accused
    ("In May Nvidia filed counterclaims accusing Cohere of breaching its contract.",
     [("lawsuit", "Nvidia", "Cohere", None, None)]),
    # a defendant added later, the plaintiff from the suit before
    ("The New York Times sued OpenAI in 2023. The amended complaint added Microsoft as a defendant.",
     [("lawsuit", "New York Times", "OpenAI", None, None), ("lawsuit", "New York Times", "Microsoft", None, None)]),
    ("Reddit sued Anthropic in June. A later filing named Perplexity as a co-defendant.",
     [("lawsuit", "Reddit", "Anthropic", None, None), ("lawsuit", "Reddit", "Perplexity", None, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_LAWSUIT_EN, ids=[t[:30] for t, _ in _ROUND21_LAWSUIT_EN])
def test_round21_lawsuit_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_round21_lawsuit_en_added_needs_a_suit_before() -> None:
    assert extract("The board added Microsoft as a defendant.", "en") == []


_ROUND21_JV_EN = [
    ("The venture, Stargate LLC, was formed by OpenAI, SoftBank and Oracle.",
     [("joint_venture", "OpenAI", "Stargate", None, None), ("joint_venture", "SoftBank", "Stargate", None, None),
      ("joint_venture", "Oracle", "Stargate", None, None)]),
    ("Hyperion is a company jointly owned by Meta and Blue Owl.",
     [("joint_venture", "Meta", "Hyperion", None, None), ("joint_venture", "Blue Owl", "Hyperion", None, None)]),
    # no name given: the two members each way
    ("KDDI formed a joint venture with SoftBank in Osaka.",
     [("joint_venture", "KDDI", "SoftBank", None, None), ("joint_venture", "SoftBank", "KDDI", None, None)]),
]

_ROUND21_JV_EN_NONE = [
    "Crusoe was founded by Chase Lochmiller and Cully Cavness.",
    "The chip was created by Nvidia and TSMC engineers.",
    "Anthropic was set up by former OpenAI researchers.",
    "Nvidia, Microsoft and Oracle formed a joint venture.",
]


@pytest.mark.parametrize("text,expected", _ROUND21_JV_EN, ids=[t[:30] for t, _ in _ROUND21_JV_EN])
def test_round21_jv_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", _ROUND21_JV_EN_NONE, ids=[t[:30] for t in _ROUND21_JV_EN_NONE])
def test_round21_jv_en_none(text: str) -> None:
    assert [c for c in extract(text, "en") if c.kind == "joint_venture"] == []


# -- round 21, area "investment en": participants after the round, parts of a round, shares bought,
# "which is valued at", gapped valuations (rules/invest_en4.py and its trigger rows) -----------------

_ROUND21_INVEST_EN = [
    # inverted participle: "Joining it were A, B" lists the round's other investors
    ("Mistral AI closed a €600 million round led by General Catalyst. Joining it were Nvidia, Samsung and Cisco.",
     [("investment", None, "Mistral AI", 649420933, None), ("investment", "General Catalyst", "Mistral AI", None, None),
      ("investment", "Nvidia", "Mistral AI", None, None), ("investment", "Samsung", "Mistral AI", None, None),
      ("investment", "Cisco", "Mistral AI", None, None)]),
    ("Cohere announced a $500 million Series D on Thursday. Also participating in the round were Nvidia and Salesforce.",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "Nvidia", "Cohere", None, None),
      ("investment", "Salesforce", "Cohere", None, None)]),
    ("Perplexity raised $500 million. Taking part alongside the lead were Nvidia and SoftBank.",
     [("investment", None, "Perplexity", 500 * M, None), ("investment", "Nvidia", "Perplexity", None, None),
      ("investment", "SoftBank", "Perplexity", None, None)]),
    # present tense (timelines): "A and B both take part"
    ("2023 — Anthropic raises $450 million; Google and Salesforce both take part.",
     [("investment", None, "Anthropic", 450 * M, None), ("investment", "Google", "Anthropic", None, None),
      ("investment", "Salesforce", "Anthropic", None, None)]),
    ("Figure AI raised $675 million in February. Microsoft, Nvidia and Amazon participate as well.",
     [("investment", None, "Figure AI", 675 * M, None), ("investment", "Microsoft", "Figure AI", None, None),
      ("investment", "Nvidia", "Figure AI", None, None), ("investment", "Amazon", "Figure AI", None, None)]),
    # a part of the round and who put it up
    ("Wayve raised $1 billion. Of that, $500 million came from SoftBank.",
     [("investment", None, "Wayve", 1 * B, None), ("investment", "SoftBank", "Wayve", 500 * M, "completed")]),
    ("Mistral AI raised €600 million. Of the total, €200 million was provided by Nvidia.",
     [("investment", None, "Mistral AI", 649420933, None), ("investment", "Nvidia", "Mistral AI", 216473644, None)]),
    ("Anthropic raised $4 billion, of which $2 billion came from Amazon.",
     [("investment", None, "Anthropic", 4 * B, None), ("investment", "Amazon", "Anthropic", 2 * B, None)]),
    # the investor of the part also holds a share: the second verb shares its subject
    ("Mistral AI raised $2 billion. Of that, $1.4 billion came from ASML and takes about 11% of the French lab.",
     [("investment", None, "Mistral AI", 2 * B, None), ("investment", "ASML", "Mistral AI", 1400 * M, None),
      ("stake", "ASML", "Mistral AI", None, None)]),
    ("Cohere raised $500 million. Of that, $200 million came from Nvidia, which takes about 5% of the company.",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "Nvidia", "Cohere", 200 * M, None),
      ("stake", "Nvidia", "Cohere", None, None)]),
    # "with A and B among the investors" after the lead
    ("Cohere raised $500 million, led by Radical Ventures with Nvidia and Oracle among the investors.",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "Radical Ventures", "Cohere", None, None),
      ("investment", "Nvidia", "Cohere", None, None), ("investment", "Oracle", "Cohere", None, None)]),
    # quantities before "into"
    ("Nvidia will put as much as $100 billion into OpenAI over the coming years.",
     [("investment", "Nvidia", "OpenAI", 100 * B, "up_to")]),
    ("Microsoft put more than $13 billion into OpenAI.", [("investment", "Microsoft", "OpenAI", 13 * B, None)]),
    # buying into a company, newly issued shares taken for money: investments, not takeovers
    ("Nvidia buys into Intel with $5 billion", [("investment", "Nvidia", "Intel", 5 * B, None)]),
    ("Last year SoftBank bought into Ampere Computing.", [("investment", "SoftBank", "Ampere Computing", None, None)]),
    ("Nvidia will take $5 billion of newly issued Intel common shares.", [("investment", "Nvidia", "Intel", 5 * B, None)]),
    ("Microsoft agreed to purchase $2 billion of new Anthropic preferred stock.",
     [("investment", "Microsoft", "Anthropic", 2 * B, None)]),
    # money paid for a stake: a stake with its price and an investment
    ("The US government converted grants into equity, paying $8.9 billion for a 9.9% stake in Intel.",
     [("investment", "US government", "Intel", 8900 * M, None), ("stake", "US government", "Intel", 8900 * M, None)]),
    ("Nvidia picked up roughly 4% of Cohere for $300 million.",
     [("investment", "Nvidia", "Cohere", 300 * M, None), ("stake", "Nvidia", "Cohere", 300 * M, None)]),
    # "which is valued at" values the company named just before, never the stake's price
    ("Mistral AI raised $2 billion. ASML took about 11% of the French lab, which is now valued at $14 billion.",
     [("investment", None, "Mistral AI", 2 * B, None), ("stake", "ASML", "Mistral AI", None, None),
      ("valuation", None, "Mistral AI", 14 * B, None)]),
    ("Nvidia bought a 2% stake in Cohere, which was valued at $5.5 billion.",
     [("stake", "Nvidia", "Cohere", None, None), ("valuation", None, "Cohere", 5500 * M, None)]),
    # a lead of a "financing"/"raise": the size is the round's, the valuation the company's, never the lead's
    ("OpenAI is raising again. SoftBank leads a financing of up to $40 billion at a $300 billion valuation.",
     [("investment", "SoftBank", "OpenAI", None, None), ("investment", None, "OpenAI", 40 * B, "up_to"),
      ("valuation", None, "OpenAI", 300 * B, None)]),
    ("SoftBank led a $40 billion financing for OpenAI at a $300 billion valuation.",
     [("investment", "SoftBank", "OpenAI", None, None), ("investment", None, "OpenAI", 40 * B, None),
      ("valuation", None, "OpenAI", 300 * B, None)]),
    ("Thrive Capital led a $6.6 billion raise for OpenAI.",
     [("investment", "Thrive Capital", "OpenAI", None, None), ("investment", None, "OpenAI", 6600 * M, None)]),
    ("Lightspeed leads Mistral AI's Series B — $640 million",
     [("investment", "Lightspeed Venture Partners", "Mistral AI", None, None), ("investment", None, "Mistral AI", 640 * M, None)]),
    ("Blackstone led a $7.5 billion debt financing for CoreWeave.", [("loan", "Blackstone", "CoreWeave", 7500 * M, None)]),
    # the lead's own part of the round it leads
    ("In March, SoftBank agreed to lead a $40 billion funding round in OpenAI, committing to provide as much as $30 billion itself.",
     [("investment", "SoftBank", "OpenAI", 30 * B, None), ("investment", None, "OpenAI", 40 * B, None)]),
    ("Thrive Capital led OpenAI's $6.6 billion financing, putting in about $1.3 billion of its own.",
     [("investment", "Thrive Capital", "OpenAI", 1300 * M, None), ("investment", None, "OpenAI", 6600 * M, None)]),
    ("Cohere's coffers swelled by $500 million after Nvidia and Oracle co-led its Series D.",
     [("investment", "Nvidia", "Cohere", None, None), ("investment", "Oracle", "Cohere", None, None),
      ("investment", None, "Cohere", 500 * M, None)]),
    # "X, the A-backed <describer>": A invested in X (common-word names such as Oracle or Meta too)
    ("In March SoftBank agreed to buy Ampere Computing, the Oracle-backed server chip designer, for $6.5 billion.",
     [("acquisition", "SoftBank", "Ampere Computing", 6500 * M, None), ("investment", "Oracle", "Ampere Computing", None, "reported")]),
    ("Microsoft hired staff from Inflection, the Nvidia-backed startup, last year.",
     [("investment", "Nvidia", "Inflection AI", None, "reported")]),
    ("Oracle-backed Ampere Computing raised $100 million.",
     [("investment", "Oracle", "Ampere Computing", None, "reported"), ("investment", None, "Ampere Computing", 100 * M, None)]),
    # a backing told in passing is not the raise of the same sentence: the raise keeps its amount
    ("Amazon-backed Anthropic raised $4 billion.",
     [("investment", "Amazon", "Anthropic", None, "reported"), ("investment", None, "Anthropic", 4 * B, None)]),
    # an anchor order in a listing or round is the anchor's investment
    ("CoreWeave raised $1.5 billion in its listing on Friday. Nvidia, already a shareholder, anchored the deal with a $250 million order.",
     [("investment", None, "CoreWeave", 1500 * M, None), ("investment", "Nvidia", "CoreWeave", 250 * M, None),
      ("stake", "Nvidia", "CoreWeave", None, None)]),
    ("Arm raised $4.9 billion in its listing. Apple anchored the offering with a $25 million order.",
     [("investment", None, "Arm", 4900 * M, None), ("investment", "Apple", "Arm", 25 * M, None)]),
    # shares handed over in a deal: a holding worth the stated value
    ("OpenAI was handed CoreWeave shares worth $350 million in the same deal.", [("stake", "OpenAI", "CoreWeave", 350 * M, None)]),
    ("Under the deal, Microsoft was granted Anthropic stock worth $5 billion.", [("stake", "Microsoft", "Anthropic", 5 * B, None)]),
    # participation again / additionally
    ("Rebellions closed a Series C. Existing shareholder KT participated again.", [("investment", "KT", "Rebellions", None, None)]),
    ("Figure AI raised $675 million. Nvidia invested again.",
     [("investment", None, "Figure AI", 675 * M, None), ("investment", "Nvidia", "Figure AI", None, None)]),
    # a commitment with no recipient goes to the round or venture of the sentence before, "each" per member
    ("Stargate, the joint venture of OpenAI and SoftBank, raised $10 billion. OpenAI and SoftBank will each commit about $19 billion.",
     [("investment", "OpenAI", "Stargate", 19 * B, None), ("investment", "SoftBank", "Stargate", 19 * B, None),
      ("investment", None, "Stargate", 10 * B, None), ("joint_venture", "OpenAI", "Stargate", None, None),
      ("joint_venture", "SoftBank", "Stargate", None, None)]),
    ("Anthropic raised $4 billion in March. Amazon pledged $1 billion.",
     [("investment", None, "Anthropic", 4 * B, None), ("investment", "Amazon", "Anthropic", 1 * B, None)]),
    ("Stargate is a joint venture formed by OpenAI and SoftBank. The partners will build data centres in Texas. "
     "OpenAI and SoftBank would each commit about $19 billion, with OpenAI holding a 40% interest.",
     [("investment", "OpenAI", "Stargate", 19 * B, None), ("investment", "SoftBank", "Stargate", 19 * B, None),
      ("joint_venture", "OpenAI", "Stargate", None, None), ("joint_venture", "SoftBank", "Stargate", None, None),
      ("stake", "OpenAI", "Stargate", None, None)]),
    # "with A holding N%": A holds N% of the sentence's subject
    ("Stargate is a venture of OpenAI and SoftBank, with OpenAI holding a 40% interest.", [("stake", "OpenAI", "Stargate", None, None)]),
    ("SB OpenAI Japan was set up last year, with SoftBank holding 50%.", [("stake", "SoftBank", "SB OpenAI Japan", None, None)]),
    # a raise told as money being assembled; the next sentence's investor joins it
    ("xAI is said to be assembling roughly $20 billion, most of it debt. "
     "People familiar with the plan have said Nvidia could invest up to $2 billion of the equity portion.",
     [("investment", None, "xAI", 20 * B, "rumored"), ("investment", "Nvidia", "xAI", 2 * B, "rumored")]),
    ("Anthropic has assembled $13 billion of new funding this year.", [("investment", None, "Anthropic", 13 * B, None)]),
    # "could value X at": the base form of the valuation verb; the noun "the value of" is none
    ("A new round could value Anthropic at $350 billion or more.", [("valuation", None, "Anthropic", 350 * B, None)]),
    ("The deal would value xAI at $200 billion.", [("valuation", None, "xAI", 200 * B, None)]),
    # a gapped second valuation
    ("Under that deal xAI was valued at $80 billion and Mistral AI at $33 billion.",
     [("valuation", None, "xAI", 80 * B, None), ("valuation", None, "Mistral AI", 33 * B, None)]),
]

_ROUND21_INVEST_EN_NEGATIVE = [
    "Nvidia reported revenue of $30 billion. Of that, $10 billion came from Microsoft.",
    "CoreWeave booked $1.2 billion in sales last quarter. Of the total, $700 million came from Microsoft.",
    "The xAI board met on Monday. Joining it were Elon Musk and Larry Ellison.",
    "Two new engineers from Google will join.",
    "Anthropic hired 40 researchers; Google staff also participate.",
    "Researchers ran a Meta-analysis of Arm-based chips.",
    "Investors put the value of its stake at $5 billion.",
    "Nvidia raised prices. Microsoft committed $10 billion.",
    "Anthropic assembled $3 billion of data-centre assets.",
]


@pytest.mark.parametrize("text,expected", _ROUND21_INVEST_EN, ids=[t[:40] for t, _ in _ROUND21_INVEST_EN])
def test_round21_invest_en_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", _ROUND21_INVEST_EN_NEGATIVE, ids=[t[:40] for t in _ROUND21_INVEST_EN_NEGATIVE])
def test_round21_invest_en_non_claims(text: str) -> None:
    assert not [c for c in extract(text, "en") if c.kind in ("investment", "stake", "valuation")]


def test_round21_invest_en_deal_price_is_not_a_value() -> None:
    """"in a deal valued at $X" stays the price of the stake, unlike ", which is valued at"."""
    got = {(c.kind, c.amount_usd) for c in extract("Nvidia bought a 2% stake in Cohere in a deal valued at $110 million.", "en")}
    assert ("investment", 110 * M) in got and not any(k == "valuation" for k, _ in got)


_ROUND21_PRECISION_EN_NOT_A_DEAL = [
    "OpenAI's annual revenue, around $13 billion, is its own sales, not money from Microsoft.",
    "Treat any claim that SoftBank \"has invested\" $500 billion in Stargate with suspicion.",
]


@pytest.mark.parametrize("text", _ROUND21_PRECISION_EN_NOT_A_DEAL, ids=[t[:30] for t in _ROUND21_PRECISION_EN_NOT_A_DEAL])
def test_round21_precision_en_figure_said_to_be_no_deal(text: str) -> None:
    assert extract(text, "en") == []


# -- round 21, area purchases and revenue (purchases4.py, revenue4.py) ------------------------------------

_ROUND21_PURCHASE_EN = [
    # a technology licence agreed between two companies: licensee (first signer) -> licensor
    ("Samsung reached a patent licensing deal with Rebellions last month.",
     [("purchase", "Samsung", "Rebellions", None, None)]),
    ("Apple has struck a licensing agreement with Mistral AI for its models.",
     [("purchase", "Apple", "Mistral AI", None, None)]),
    ("Amazon signed a technology licensing agreement with Cohere.",
     [("purchase", "Amazon", "Cohere", None, None)]),
    # a chip maker sells its own chips, whoever the sentence names first
    ("Naver decided to adopt the accelerator chips of Rebellions for its data centers, and the first supply has started.",
     [("purchase", "Naver", "Rebellions", None, None)]),
    ("AMD said it would co-design and deploy custom accelerators with Anthropic.",
     [("purchase", "Anthropic", "AMD", None, None)]),
    # a stake sold on the market: null buyer -> seller, never the company whose shares change hands
    ("Between April and June, Tencent sold Meituan shares worth $2 billion.",
     [("purchase", None, "Tencent", 2 * B, None)]),
    ("SoftBank sold part of its Alibaba stake for $7 billion last year.",
     [("purchase", None, "SoftBank", 7 * B, None)]),
    # an agreement made to buy goods: the buyer pays the seller
    ("Crusoe entered into an agreement with Supermicro to purchase servers for $1.2 billion.",
     [("purchase", "Crusoe", "Supermicro", 1200 * M, None)]),
    ("Nebius signed a contract with Nvidia to buy GPUs worth $2 billion.",
     [("purchase", "Nebius", "Nvidia", 2 * B, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_PURCHASE_EN, ids=[t[:30] for t, _ in _ROUND21_PURCHASE_EN])
def test_round21_purchase_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


_ROUND21_PURCHASE_EN_NONE = [
    "Reddit signed a data licensing agreement with Google.",  # content and data licences: not a purchase
    "OpenAI signed a content licensing deal with News Corp.",
    "Arm agreed to license its designs to Meta under a new agreement.",  # licensee named after "to": unclear signer
]


@pytest.mark.parametrize("text", _ROUND21_PURCHASE_EN_NONE, ids=[t[:30] for t in _ROUND21_PURCHASE_EN_NONE])
def test_round21_purchase_en_no_claim(text: str) -> None:
    assert not [c for c in extract(text, "en") if c.kind == "purchase"]


_ROUND21_REVENUE_EN = [
    ("Banks are effectively lending against Google, which is now Fluidstack's largest customer.",
     [("revenue", "Google", "Fluidstack", None, "reported")]),
    ("Meta, long one of Nvidia's largest customers, said it would design more of its own chips.",
     [("revenue", "Meta", "Nvidia", None, "reported")]),
    ("Analysts asked about Microsoft, which remains Nebius's biggest client.",
     [("revenue", "Microsoft", "Nebius", None, "reported")]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_REVENUE_EN, ids=[t[:30] for t, _ in _ROUND21_REVENUE_EN])
def test_round21_revenue_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_round21_revenue_en_investor_is_no_customer() -> None:
    assert extract("Microsoft, which was then OpenAI's biggest investor, declined to comment.", "en") == []


# -- round 21 loans: shares pledged as collateral are no borrower (loans4.py) ---------------------------------

LOAN_COLLATERAL_EN_R21 = [
    ("SoftBank took out a $13.5 billion margin loan against its Arm shares.",
     [("loan", None, "SoftBank", 13500 * M, None)]),
    ("SoftBank is raising cash. It took out a margin loan of $8.5 billion backed by its Arm stock.",
     [("loan", None, "SoftBank", 8500 * M, None)]),
    ("Arm took out a $1 billion loan from Barclays.", [("loan", "Barclays", "Arm", 1 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LOAN_COLLATERAL_EN_R21, ids=[t[0][:40] for t in LOAN_COLLATERAL_EN_R21])
def test_round21_loan_collateral_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# -- round 21 compute: neoclouds engaged for chips, hosts signing with hyperscalers (compute4.py) --------------

COMPUTE_NEOCLOUD_EN_R21 = [
    ("Microsoft has contracted Nscale for about 200,000 Nvidia GB300 GPUs.",
     [("compute_commitment", "Microsoft", "Nscale", None, None)]),
    ("OpenAI signed an agreement with CoreWeave for Nvidia GB200 systems.",
     [("compute_commitment", "OpenAI", "CoreWeave", None, None)]),
    ("IREN signed a multi-year contract with Microsoft to deploy Nvidia GB300 GPUs in Texas.",
     [("compute_commitment", "Microsoft", "IREN", None, None)]),
    ("TeraWulf signed a 10-year lease with Google for 200 MW of capacity.",
     [("compute_commitment", "Google", "TeraWulf", None, None)]),
    ("Cipher signed a 15-year lease with Amazon Web Services worth about $5.5 billion.",
     [("compute_commitment", "Amazon", "Cipher Mining", 5500 * M, None)]),
    # money committed "a further" to a cloud is compute, to a company an investment
    ("Anthropic commits a further $30 billion to Google Cloud.",
     [("compute_commitment", "Anthropic", "Google", 30 * B, None)]),
    ("Microsoft pledged a further $5 billion to OpenAI.", [("investment", "Microsoft", "OpenAI", 5 * B, None)]),
    # no chips and no cloud word: a contract with a neocloud needs a figure
    ("Nscale signed a contract with Microsoft.", []),
    # a neocloud buying chips from a chip maker is no capacity deal
    ("CoreWeave signed an agreement with Nvidia for GB200 systems.", []),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_NEOCLOUD_EN_R21, ids=[t[0][:40] for t in COMPUTE_NEOCLOUD_EN_R21])
def test_round21_compute_neocloud_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_round21_loan_more_lenders_after_a_single_one() -> None:
    """A lender named alone takes the loan's amount, until more lenders join in the next sentence."""
    text = ("Nebius signed a $3 billion bridge loan in May. Barclays arranged it. "
            "Deutsche Bank and HSBC joined, along with several credit funds.")
    check(text, "en", [("loan", None, "Nebius", 3 * B, None), ("loan", "Barclays", "Nebius", None, None),
                       ("loan", "Deutsche Bank", "Nebius", None, None), ("loan", "HSBC", "Nebius", None, None)])


_ROUND21_STATUS_EN_REPORTED_REJECTION = [
    ("FuriosaAI turned down an $800 million takeover offer from Meta, according to two people briefed on the talks.",
     "rumored"),
    ("Cursor rejected an acquisition approach from OpenAI earlier this year, people familiar with the matter said.",
     "rumored"),
    ("Anthropic denied reports that it had rejected a $5 billion offer from Apple.", "denied"),
]


@pytest.mark.parametrize("text,status", _ROUND21_STATUS_EN_REPORTED_REJECTION,
                         ids=[t[:30] for t, _ in _ROUND21_STATUS_EN_REPORTED_REJECTION])
def test_round21_status_en_rejected_offer_from_a_report(text: str, status: str) -> None:
    assert {c.status for c in extract(text, "en") if c.kind == "acquisition"} == {status}


_ROUND21_PURCHASE_EN_GOODS = [
    # the deployer of a maker's hardware buys it from the maker (no figure: the claim has none)
    ("Microsoft plans to deploy AMD hardware across three new regions.", [("purchase", "Microsoft", "AMD", None, None)]),
    ("xAI has adopted Nvidia's newest accelerators for its Memphis cluster.", [("purchase", "xAI", "Nvidia", None, None)]),
    # "it" (a person named before) beside the named buyer is no buyer
    ("CEO Lisa Su described the agreement. Under it, Anthropic will roll out AMD accelerators over several years.",
     [("purchase", "Anthropic", "AMD", None, None)]),
    # a plant, site or building bought is a purchase from its owner, not an acquisition of the owner
    ("Meta said it would buy the Texas plant of Intel for $400 million.", [("purchase", "Meta", "Intel", 400 * M, None)]),
    ("KDDI bought part of Sharp's Sakai plant for $300 million.", [("purchase", "KDDI", "Sharp", 300 * M, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_PURCHASE_EN_GOODS, ids=[t[:30] for t, _ in _ROUND21_PURCHASE_EN_GOODS])
def test_round21_purchase_en_goods(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_round21_purchase_en_maker_rolls_out_its_own_chips() -> None:
    assert extract("Nvidia will roll out new chips next year.", "en") == []


_ROUND21_PURCHASE_EN_PROJECT = [
    # a project's owner buys the goods supplied "for A's B project", not the project
    ("SK hynix agreed to supply HBM for OpenAI's Stargate project in Texas.", [("purchase", "OpenAI", "SK Hynix", None, None)]),
    ("Samsung Electronics and SK hynix will each supply DRAM wafers for OpenAI's Stargate project.",
     [("purchase", "OpenAI", "Samsung", None, None), ("purchase", "OpenAI", "SK Hynix", None, None)]),
    ("Samsung signed a deal to supply memory chips for the Stargate project.",  # no owner named: the project buys
     [("purchase", "Stargate", "Samsung", None, None)]),
]


@pytest.mark.parametrize("text,expected", _ROUND21_PURCHASE_EN_PROJECT, ids=[t[:30] for t, _ in _ROUND21_PURCHASE_EN_PROJECT])
def test_round21_purchase_en_project_owner(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_round21_loan_helped_it_arrange_debt() -> None:
    """"A bank helped it arrange $5 billion of debt": the article's company borrows, the arranger is no lender."""
    text = ("xAI raised $6 billion in May. xAI then built a supercomputer in Memphis. xAI also expanded. "
            "Morgan Stanley later helped it arrange about $5 billion of debt.")
    check(text, "en", [("investment", None, "xAI", 6 * B, None), ("loan", None, "xAI", 5 * B, None)])
    check("Goldman Sachs helped the company raise $2 billion of bonds.", "en", [])


COMPUTE_READINGS_EN_R21 = [
    # a price paid "for the ... company" is a takeover, even of a cloud company
    ("Google's parent agreed on March 18 to pay $32 billion in cash for the Israeli-founded cloud security company Wiz.",
     [("acquisition", "Google", "Wiz", 32 * B, None)]),
    ("Microsoft agreed to pay $1 billion for the cloud gaming startup Activision.",
     [("acquisition", "Microsoft", "Activision Blizzard", 1 * B, None)]),
    ("Meta agreed to pay $10 billion for Google cloud capacity.", [("compute_commitment", "Meta", "Google", 10 * B, None)]),
    # the subject of the trigger's own clause, not an earlier clause's possessor
    ("Microsoft's holding is roughly 27% of OpenAI, and OpenAI commits a further $250 billion to Azure.",
     [("compute_commitment", "OpenAI", "Microsoft", 250 * B, None), ("stake", "Microsoft", "OpenAI", None, None)]),
    # a data licence is no compute
    ("Reddit signed a data licensing deal with Google worth $60 million a year.", []),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_READINGS_EN_R21, ids=[t[0][:40] for t in COMPUTE_READINGS_EN_R21])
def test_round21_compute_readings_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text,company", [
    ("OpenAI closes a $6.6 billion round. Microsoft and Nvidia both take part. "
     "Separately, the company lines up a $4 billion credit facility from banks.", "OpenAI"),
    ("Anthropic raised $4 billion. Google, Salesforce and Zoom joined. The company then signed a $1 billion loan with JPMorgan.",
     "Anthropic"),
])
def test_round21_invest_en_the_company_after_participants(text: str, company: str) -> None:
    """Investors listed as joining a round are not "the company" of the next sentence."""
    loans = [c for c in extract(text, "en") if c.kind == "loan"]
    assert loans and all(c.target == company for c in loans), [(c.source, c.target) for c in loans]


COMPUTE_PARTNER_EN_R21 = [
    ("Anthropic named AWS its primary training partner.", [("compute_commitment", "Anthropic", "Amazon", None, None)]),
    ("Anthropic named Amazon Web Services as its primary training partner, the company said.",
     [("compute_commitment", "Anthropic", "Amazon", None, None)]),
    ("OpenAI chose Oracle as its main cloud provider for the project.",
     [("compute_commitment", "OpenAI", "Oracle", None, None)]),
    ("Apple named Tim Cook its chief executive.", []),
    ("Microsoft named Nvidia its primary compute supplier.", []),  # a chip maker is no cloud
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_PARTNER_EN_R21, ids=[t[0][:40] for t in COMPUTE_PARTNER_EN_R21])
def test_round21_compute_partner_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text,expected", [
    # moved from _CONTEXT_EN_GAPS (round 21): "the startup" is the subject the aside describes, not the employer
    ("Thinking Machines Lab, the startup of former OpenAI technology chief Mira Murati, closed its seed round. "
     "The startup raised $2 billion.", [("investment", None, "Thinking Machines", 2 * B, None)]),
    ("Rebellions, which completed a merger with Sapeon, the chip unit of SK Telecom, raised more money. "
     "The company said it closed a $180 million Series C.",
     [("investment", None, "Rebellions", 180 * M, None), ("acquisition", "Rebellions", "Sapeon", None, None)]),
    ("Cohere, whose backers include Nvidia and Oracle, is hiring. The company raised $500 million in August.",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "Nvidia", "Cohere", None, None),
      ("investment", "Oracle", "Cohere", None, None)]),
])
def test_round21_invest_en_the_company_is_the_described_subject(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


COMPUTE_CHIP_DESCRIPTOR_EN_R21 = [
    # "access to Nvidia GB300 capacity": the chip maker names the goods, the contract's other party pays
    ("IREN disclosed a five-year AI cloud services contract with Microsoft under which it will provide access to "
     "Nvidia GB300 capacity at its Texas campus.", [("compute_commitment", "Microsoft", "IREN", None, None)]),
    ("Nebius signed a contract with Meta to provide access to Nvidia H100 GPUs worth $3 billion.",
     [("compute_commitment", "Meta", "Nebius", 3 * B, None)]),
    ("Lambda agreed to buy $1 billion of Nvidia GPUs.", [("purchase", "Lambda", "Nvidia", 1 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_CHIP_DESCRIPTOR_EN_R21,
                         ids=[t[0][:40] for t in COMPUTE_CHIP_DESCRIPTOR_EN_R21])
def test_round21_compute_chip_descriptor_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


def test_round21_compute_customers_listed_en() -> None:
    """"cloud contracts signed with customers such as A and B": each listed customer commits."""
    check("Oracle said the new bookings came from cloud contracts signed with customers such as Meta and Nvidia.", "en",
          [("compute_commitment", "Meta", "Oracle", None, None), ("compute_commitment", "Nvidia", "Oracle", None, None)])


LOAN_LENDERS_CLAUSE_EN_R21 = [
    # a verb after "the lenders are": a remark about them, not their list
    ("CoreWeave took out a $7.5 billion loan. The lenders are really underwriting Microsoft, its biggest customer.",
     [("loan", None, "CoreWeave", 7500 * M, None)]),
    ("CoreWeave's lenders are worried about falling GPU rental prices.", []),
    ("CoreWeave took out a $7.5 billion loan. The lenders are JPMorgan and Morgan Stanley.",
     [("loan", None, "CoreWeave", 7500 * M, None), ("loan", "JPMorgan", "CoreWeave", None, None),
      ("loan", "Morgan Stanley", "CoreWeave", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LOAN_LENDERS_CLAUSE_EN_R21, ids=[t[0][:40] for t in LOAN_LENDERS_CLAUSE_EN_R21])
def test_round21_loan_lenders_clause_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


COMPUTE_SPACE_AT_SITE_EN_R21 = [
    ("Fluidstack, the London-based GPU cloud, which leases high-performance computing space at Cipher's Barber Lake "
     "site for ten years, is a Google partner.", [("compute_commitment", "Fluidstack", "Cipher Mining", None, None)]),
    ("Anthropic leases GPU capacity at CoreWeave's Texas campus.",
     [("compute_commitment", "Anthropic", "CoreWeave", None, None)]),
    ("Oracle leases office space at Microsoft's Redmond campus.", []),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_SPACE_AT_SITE_EN_R21, ids=[t[0][:40] for t in COMPUTE_SPACE_AT_SITE_EN_R21])
def test_round21_compute_space_at_site_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


COMPUTE_IN_RETURN_EN_R21 = [
    # "In return"/"In turn" open the sentence: the next name is its subject, not an investee
    ("In return Anthropic has committed to buy $30bn of compute capacity on Microsoft's Azure, running on Nvidia's "
     "Grace Blackwell systems.", [("compute_commitment", "Anthropic", "Microsoft", 30 * B, None)]),
    ("In turn OpenAI agreed to buy $10 billion of cloud capacity from Oracle.",
     [("compute_commitment", "OpenAI", "Oracle", 10 * B, None)]),
    ("In exchange Meta will rent $14 billion of GPU capacity from CoreWeave.",
     [("compute_commitment", "Meta", "CoreWeave", 14 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_IN_RETURN_EN_R21, ids=[t[0][:40] for t in COMPUTE_IN_RETURN_EN_R21])
def test_round21_compute_in_return_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


LOAN_MIXED_TOTAL_EN_R21 = [
    # a total of debt and equity together is no loan's amount
    ("Musk's xAI raises $10 billion in debt and equity, Morgan Stanley says", []),
    ("xAI has raised $10 billion in a combination of debt and equity, Morgan Stanley said.", []),
    ("CoreWeave raised $7.5 billion in debt.", [("loan", None, "CoreWeave", 7500 * M, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LOAN_MIXED_TOTAL_EN_R21, ids=[t[0][:40] for t in LOAN_MIXED_TOTAL_EN_R21])
def test_round21_loan_mixed_total_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text,members,venture", [
    ("Nscale and Aker formed Stargate Norway, a joint venture owned 50% by each partner.", {"Nscale", "Aker"}, "Stargate Norway"),
    ("OpenAI and SoftBank set up SB OpenAI Japan, a joint venture 50% owned by each.", {"OpenAI", "SoftBank"}, "SB OpenAI Japan"),
])
def test_round21_invest_en_venture_owned_by_each(text: str, members: set, venture: str) -> None:
    """A venture "owned N% by each" member: one stake of N% per member, beside the joint_venture claims."""
    claims = extract(text, "en")
    assert {(c.source, c.target, c.pct) for c in claims if c.kind == "stake"} == {(m, venture, 50.0) for m in members}
    assert {c.source for c in claims if c.kind == "joint_venture"} == members


def test_round21_compute_pay_for_company_named_later() -> None:
    """The company paid for is named after its description: an acquisition, never a cloud purchase."""
    check("Google agreed to pay $32 billion in cash for the Israeli-founded cloud security company, months after Wiz "
          "had rejected a smaller offer.", "en", [("acquisition", "Google", "Wiz", 32 * B, None)])


@pytest.mark.parametrize("text,holder,company,pct", [
    ("AMD granted OpenAI warrants covering as many as 160 million of its shares, close to 10% of the company.", "OpenAI", "AMD", 10.0),
    ("AMD granted OpenAI the right to acquire as many as 160 million of its shares, which would be roughly a 10% stake.",
     "OpenAI", "AMD", 10.0),
    ("Cipher Mining issued Google warrants for about 5.4% of its equity.", "Google", "Cipher Mining", 5.4),
    ("Nvidia holds warrants for about 2% of Cohere.", "Nvidia", "Cohere", 2.0),
])
def test_round21_invest_en_warrants_granted(text: str, holder: str, company: str, pct: float) -> None:
    """Warrants or rights granted to B by A: B holds (up to) the stated share of A."""
    got = {(c.source, c.target, c.pct) for c in extract(text, "en") if c.kind == "stake"}
    assert got == {(holder, company, pct)}, got


# -- round 22, area "context en": parties named by a word the genre defines (context_en5.py) ----------------
_CTX5_FILING = [
    # a filing's defined "the Company" is the registrant, never the party named last
    ("FORM 8-K\nOn September 8, 2025, Nebius Group N.V. (the “Company”) entered into a master services agreement "
     "with Microsoft Corporation (“Microsoft”). Under the agreement, Microsoft has committed to purchase GPU capacity "
     "from the Company for up to approximately $17.4 billion.",
     [("compute_commitment", "Microsoft", "Nebius", 17_400 * M, None)]),
    ("CURRENT REPORT\nOn March 3, 2025, CoreWeave, Inc. (the \"Company\") signed a master agreement with OpenAI. Under "
     "the agreement, OpenAI agreed to pay the Company up to $11.9 billion for cloud services over five years.",
     [("compute_commitment", "OpenAI", "CoreWeave", 11_900 * M, None)]),
    ("Annual report. Oracle Corporation (the \"Company\") provides cloud services to Meta and OpenAI. In September "
     "the Company issued $18 billion of senior notes.",
     [("loan", None, "Oracle", 18 * B, None)]),
]
_CTX5_CALL = [
    # the corporate "we"/"our"/"us" of a company speaker in a call transcript is the call's company
    ("AMD Q3 2025 Earnings Call Transcript\n\nLisa Su (Chair and CEO): Thank you. During the quarter we completed the "
     "acquisition of ZT Systems for $4.9 billion.", [("acquisition", "AMD", "ZT Systems", 4_900 * M, None)]),
    ("CoreWeave Q2 2025 earnings call - prepared remarks\n\nNitin Agrawal (CFO): In May we issued $2 billion of "
     "senior notes due 2030.", [("loan", None, "CoreWeave", 2 * B, None)]),
    ("Oracle Fiscal Q1 conference call transcript\n\nSAFRA CATZ (CEO): Thanks. We signed four large contracts.\n\n"
     "We also agreed to buy $40 billion of Nvidia chips for the Abilene site.",
     [("purchase", "Oracle", "Nvidia", 40 * B, None)]),
]
_CTX5_NONE = [
    # an analyst's or the operator's "we" is not the company; no transcript, no corporate "we"
    "Micron earnings call transcript\n\nAnalyst (Big Bank): Could you tell us whether we will issue $5 billion of bonds?",
    "Oracle Q2 earnings call transcript\n\nOperator: Welcome. We issued a reminder that this call is recorded.\n\n"
    "QUESTIONS AND ANSWERS\n\nAnalyst (bank): We bought $2 billion of bonds last year, can you comment?",
    "Oracle reported results on Monday. Analysts said we issued $2 billion of bonds last year.",
]
_CTX5_FRONTED = [
    # a party in a fronted phrase ("Beyond X, ...") is not the subject "it" stands for
    ("Beyond Nvidia, SoftBank has been busy. It bought Ampere Computing for $6.5 billion.",
     [("acquisition", "SoftBank", "Ampere Computing", 6_500 * M, None)]),
    ("Unlike OpenAI, Anthropic has avoided debt. It raised $13 billion of equity in September.",
     [("investment", None, "Anthropic", 13 * B, None)]),
    ("Beyond Nvidia, the group has been busy. It bought Ampere Computing for $6.5 billion.", []),
    ("Apart from Microsoft, the lab has few backers. It sold $1 billion of bonds to investors.", []),
    # the subject, not the object of "from": "the company" after an offer from someone else
    ("Mistral rejected a bid from Microsoft last year. After that, the company raised €1.7 billion in September.",
     [("investment", None, "Mistral AI", None, None), ("acquisition", "Microsoft", "Mistral AI", None, None)]),
]


@pytest.mark.parametrize("text,expected", _CTX5_FILING + _CTX5_CALL + _CTX5_FRONTED)
def test_round22_context_en_sentence(text: str, expected: list[tuple]) -> None:
    got = {(c.kind, c.source, c.target) for c in extract(text, "en")}
    for kind, source, target, usd, _ in expected:
        assert (kind, source, target) in got, (kind, source, target, got)
        if usd is not None:
            assert any(c.amount_usd is not None and int(c.amount_usd) == usd for c in extract(text, "en")
                       if (c.kind, c.source, c.target) == (kind, source, target))
    assert not expected or len(got) <= len(expected) + 1, got


@pytest.mark.parametrize("text", _CTX5_NONE)
def test_round22_context_en_no_party(text: str) -> None:
    """Nobody's "we" becomes a company outside a company speaker's turn."""
    assert not [c for c in extract(text, "en") if "Oracle" in (c.source, c.target) or "Micron" in (c.source, c.target)]


@pytest.mark.parametrize("text,wrong", [
    ("Beyond Nvidia, the group has been busy. It bought Ampere Computing for $6.5 billion.", "Nvidia"),
    ("Apart from Microsoft, the lab has few backers. It sold $1 billion of bonds to investors.", "Microsoft"),
    ("Lambda rejected an offer from Nvidia. The company then raised $480 million.", "Nvidia"),
])
def test_round22_context_en_not_the_fronted_or_object(text: str, wrong: str) -> None:
    """The party of a fronted phrase or of an object after "from" takes no part in the next deal."""
    assert not [c for c in extract(text, "en") if c.kind in ("investment", "acquisition", "loan") and c.source == wrong
                and c.target != "Lambda" or c.target == wrong and c.kind in ("investment", "loan")]


ROUND22_AMOUNTS_ROUND_SIZE_EN = [
    # a participant joins a round whose size is stated: the size is the round's (null investor)
    ("Nvidia took part in a $6.6 billion round for OpenAI.",
     [("investment", None, "OpenAI", 6600 * M, None), ("investment", "Nvidia", "OpenAI", None, None)]),
    ("Microsoft invested in a $6.6 billion funding round for OpenAI.",
     [("investment", None, "OpenAI", 6600 * M, None), ("investment", "Microsoft", "OpenAI", None, None)]),
    ("Lux Capital participated in Sakana AI's $200 million Series B round.",
     [("investment", None, "Sakana AI", 200 * M, None), ("investment", "Lux Capital", "Sakana AI", None, None)]),
    # negatives: the investor's own cheque
    ("Nvidia invested $100 million in OpenAI.", [("investment", "Nvidia", "OpenAI", 100 * M, None)]),
    ("Nvidia paid $500 million for a stake in OpenAI.", [("investment", "Nvidia", "OpenAI", 500 * M, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_AMOUNTS_ROUND_SIZE_EN, ids=[t[0][:20] for t in ROUND22_AMOUNTS_ROUND_SIZE_EN])
def test_round22_amounts_round_size_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# -- round 22, conventions: the lead or a participant of a round does not carry the round's size ----------
# (docstring of tests/test_corpus.py: the amount on a claim with source null, the named investors without it)
_CONVENTIONS_R22_EN = [
    ("Thrive Capital led a $6.6 billion round in OpenAI.",
     [("investment", None, "OpenAI", 6600 * M, None), ("investment", "Thrive Capital", "OpenAI", None, None)]),
    ("Andreessen Horowitz co-led a $300 million Series B in Mistral AI.",
     [("investment", None, "Mistral AI", 300 * M, None), ("investment", "Andreessen Horowitz", "Mistral AI", None, None)]),
    ("Nvidia took part in a $1 billion funding round for Poolside.",
     [("investment", None, "Poolside", 1 * B, None), ("investment", "Nvidia", "Poolside", None, None)]),
    ("Crusoe raised $1.38 billion, with Founders Fund taking part. The company also got a $750 million credit line "
     "from Blue Owl.", [("investment", None, "Crusoe", 1380 * M, None), ("investment", "Founders Fund", "Crusoe", None, None),
                        ("loan", "Blue Owl", "Crusoe", 750 * M, None)]),
    # negative: the investor's own cheque keeps its amount
    ("Google invested $2 billion in Anthropic.", [("investment", "Google", "Anthropic", 2 * B, None)]),
]


@pytest.mark.parametrize("text,expected", _CONVENTIONS_R22_EN, ids=[t[:40] for t, _ in _CONVENTIONS_R22_EN])
def test_round22_conventions_en_lead(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# -- round 22, area "kinds": market shares, holdings sold to a buyer, shares bought from a seller (kinds5.py) -------
ROUND22_KINDS_EN = [
    ("Nvidia holds about 80% of the AI chip market, ahead of AMD.", []),
    ("AMD's share of the data-center GPU market rose to about 10%.", []),
    ("TSMC's market share in foundry reached 67%.", []),
    ("Nvidia owns a 7% stake in CoreWeave.", [("stake", "Nvidia", "CoreWeave", None, None)]),
    ("Intel sold a 51% stake in Altera to Silver Lake for $4.46 billion.", [("purchase", "Silver Lake", "Intel", 4460 * M, None)]),
    ("Tencent sold part of its 5% stake in Zhipu AI to Alibaba for $200 million.",
     [("purchase", "Alibaba", "Tencent", 200 * M, None)]),
    ("KDDI bought 20% of ELYZA from SoftBank for $70 million.",
     [("purchase", "KDDI", "SoftBank", 70 * M, None), ("stake", "KDDI", "ELYZA", None, None)]),
    ("Google invested $2 billion in Anthropic, following $500 million from Amazon.",
     [("investment", "Google", "Anthropic", 2 * B, None)]),
    ("Amazon bought a 10% stake in Anthropic for $4 billion.",
     [("investment", "Amazon", "Anthropic", 4 * B, None), ("stake", "Amazon", "Anthropic", 4 * B, None)]),
    # shares issued to a named investor: the investor of the raise
    ("Cohere issued new shares to Oracle, raising $500 million.", [("investment", "Oracle", "Cohere", 500 * M, None)]),
    ("Cohere raised $500 million by issuing preferred stock to Oracle.", [("investment", "Oracle", "Cohere", 500 * M, None)]),
    ("Cohere raised $500 million from investors and issued a press release to Oracle customers.",
     [("investment", None, "Cohere", 500 * M, None)]),
    # a venture formed "in <time> by" a list of members
    ("The AI Infrastructure Partnership was formed in September 2024 by BlackRock, GIP, MGX and Microsoft.",
     [("joint_venture", m, "AI Infrastructure Partnership", None, None) for m in ("BlackRock", "GIP", "MGX", "Microsoft")]),
    ("Stargate Norway was set up in July by Nscale and Aker as a 50-50 venture.",
     [("joint_venture", "Nscale", "Stargate Norway", None, None), ("joint_venture", "Aker", "Stargate Norway", None, None)]),
    ("Anthropic was founded in 2021 by Dario Amodei and Daniela Amodei.", []),
    ("xAI was formed in 2023 by Elon Musk.", []),
    # a double-object loan: the first object borrows the amount after it
    ("Apollo lent xAI $3.5 billion to buy Nvidia chips.",
     [("loan", "Apollo", "xAI", 3500 * M, None), ("purchase", "xAI", "Nvidia", None, None)]),
    ("Blackstone loaned CoreWeave $7.5 billion.", [("loan", "Blackstone", "CoreWeave", 7500 * M, None)]),
    # convertible notes bought by a named investor: an investment; sold to the market: a loan
    ("Mistral sold $600 million of convertible notes to Nvidia.", [("investment", "Nvidia", "Mistral AI", 600 * M, None)]),
    ("Mistral raised $600 million in convertible notes from Nvidia.", [("investment", "Nvidia", "Mistral AI", 600 * M, None)]),
    ("CoreWeave sold $2 billion of convertible notes to investors.", [("loan", None, "CoreWeave", 2 * B, None)]),
    # control taken is a takeover
    ("SoftBank agreed to take control of Ampere for $6.5 billion.", [("acquisition", "SoftBank", "Ampere Computing", 6500 * M, None)]),
    ("Microsoft gained majority control of LinkedIn in a $26 billion deal.",
     [("acquisition", "Microsoft", "LinkedIn", 26 * B, None)]),
    ("Oracle does not want to take control of TikTok.", []),
    ("The board lost control of OpenAI in 2023.", []),
    # founders of a known venture are its members; a stated share stays a stake
    ("Nscale was a founding shareholder of Stargate Norway.", [("joint_venture", "Nscale", "Stargate Norway", None, None)]),
    ("MGX was a founding investor in Stargate.", [("joint_venture", "MGX", "Stargate", None, None)]),
    ("Oracle holds a founding stake of 10% in Stargate.", [("stake", "Oracle", "Stargate", None, None)]),
    # partners alongside the named members are members too
    ("The AI Infrastructure Partnership was formed in September 2024 by BlackRock, GIP, MGX and Microsoft, with Nvidia "
     "and xAI joining later as partners.",
     [("joint_venture", m, "AI Infrastructure Partnership", None, None)
      for m in ("BlackRock", "GIP", "MGX", "Microsoft", "Nvidia", "xAI")]),
    ("SoftBank is a partner in Stargate alongside OpenAI and Oracle.",
     [("joint_venture", m, "Stargate", None, None) for m in ("SoftBank", "OpenAI", "Oracle")]),
    ("SoftBank is not a partner in Stargate alongside OpenAI and Oracle.", [("joint_venture", "SoftBank", "Stargate", None, "denied")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_KINDS_EN, ids=[t[0][:40] for t in ROUND22_KINDS_EN])
def test_round22_kinds_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text,expected", [
    ("Q: What did Nvidia do last year?\nA: A lot. It invested $2 billion in xAI in December.",
     ("investment", "Nvidia", "xAI")),
    ("HOST: How is CoreWeave funding all this?\n\nGUEST: Mostly with debt. It borrowed $7.5 billion from Blackstone "
     "in 2024.", ("loan", "Blackstone", "CoreWeave")),
    ("INTERVIEWER: Tell us about Anthropic.\nSMITH: Sure. It raised $13 billion in September.",
     ("investment", None, "Anthropic")),
    ("Q: Is Oracle in trouble?\nA: No. It sold $18 billion of bonds in September.", ("loan", None, "Oracle")),
    # the answer names its own subject first: "It" is that subject, not the question's company
    ("Q: What about Oracle?\nA: Meta is the story. It agreed to pay $10 billion to Google for cloud services.",
     ("compute_commitment", "Meta", "Google")),
])
def test_round22_context_en_answer_it(text: str, expected: tuple) -> None:
    """A sentence-initial "It" opening an answer is the one company the question named."""
    got = {(c.kind, c.source, c.target) for c in extract(text, "en")}
    assert expected in got, got
    assert not [g for g in got if "Oracle" in g[1:] and expected[2] != "Oracle"], got


@pytest.mark.parametrize("text,expected", [
    ("Humain, the AI company owned by Saudi Arabia's Public Investment Fund, is in talks with banks to borrow as much "
     "as $10 billion.", [("loan", None, "Humain", 10 * B, None)]),
    ("Humain, owned by PIF, borrowed $2 billion from HSBC.", [("loan", "HSBC", "Humain", 2 * B, None)]),
    ("xAI, the AI company controlled by Elon Musk, agreed to borrow $5 billion through a bond sale.",
     [("loan", None, "xAI", 5 * B, None)]),
    ("Stargate, a venture controlled by SoftBank and OpenAI, secured $10 billion of loans from JPMorgan.",
     [("loan", "JPMorgan", "Stargate", 10 * B, None)]),
    # outside an aside the lenders stay
    ("CoreWeave borrowed $2.6 billion from Morgan Stanley and MUFG.", [("loan", "Morgan Stanley", "CoreWeave", None, None)]),
])
def test_round22_context_en_owner_aside(text: str, expected: list[tuple]) -> None:
    """The owner or backer named in an aside describing the subject is no lender of its loan."""
    got = {(c.kind, c.source, c.target, int(c.amount_usd) if c.amount_usd is not None else None)
           for c in extract(text, "en") if c.kind == "loan"}
    for kind, source, target, usd, _ in expected:
        assert any(g[:3] == (kind, source, target) and (usd is None or g[3] == usd) for g in got), got
    assert all(g[1] not in ("PIF", "SoftBank", "OpenAI", "Elon Musk") for g in got), got


# -- round 22, dev set: warrants handed to a holder, projects supplied for the buyer who signed (dev5.py) --

_ROUND22_DEV_EN = [
    ("AMD took a different route: it handed OpenAI warrants for up to 160 million of its shares, worth about "
     "10% of the company.", [("stake", "OpenAI", "AMD", None, None)]),
    ("Broadcom chose another path: it granted Anthropic warrants for up to 5% of the company.",
     [("stake", "Anthropic", "Broadcom", None, None)]),
    ("Oracle handed Meta warrants for up to 2% of its shares.", [("stake", "Meta", "Oracle", None, None)]),
    ("Samsung and SK Hynix each signed letters of intent with OpenAI to supply memory chips for the Stargate project.",
     [("purchase", "OpenAI", "Samsung", None, None), ("purchase", "OpenAI", "SK Hynix", None, None)]),
    ("SK Hynix agreed with Microsoft to supply HBM for the company's Fairwater site.",
     [("purchase", "Microsoft", "SK Hynix", None, None)]),
    ("Microsoft is the largest outside shareholder of OpenAI.", [("stake", "Microsoft", "OpenAI", None, None)]),
    # a colon list after a plural deal noun: the party before the colon pays each listed one
    ("Microsoft, meanwhile, keeps signing neocloud contracts: Nebius ($17.4 billion), and this month a "
     "$9.7 billion, five-year deal with IREN.",
     [("compute_commitment", "Microsoft", "Nebius", 17400 * M, None), ("compute_commitment", "Microsoft", "IREN", 9700 * M, None)]),
    ("Meta has been busy with cloud deals: CoreWeave ($14 billion), Nebius ($3 billion) and Google.",
     [("compute_commitment", "Meta", "CoreWeave", 14 * B, None), ("compute_commitment", "Meta", "Nebius", 3 * B, None),
      ("compute_commitment", "Meta", "Google", None, None)]),
    ("OpenAI keeps adding compute contracts: Oracle ($300 billion), then a $38 billion deal with Amazon.",
     [("compute_commitment", "OpenAI", "Oracle", 300 * B, None), ("compute_commitment", "OpenAI", "Amazon", 38 * B, None)]),
    # "A hired X and paid B": the subject of both verbs pays, never the person hired
    ("Microsoft hired Mustafa Suleyman and most of his staff and paid Inflection about $650 million, most of it "
     "for a licence to the startup's models.", [("purchase", "Microsoft", "Inflection AI", 650 * M, None)]),
    ("Google rehired Noam Shazeer and paid Character.AI $2.7 billion for a licence to its models.",
     [("purchase", "Google", "Character.AI", 2700 * M, None)]),
    ("Nvidia backed Mistral AI and invested $500 million in Cohere.", [("investment", "Nvidia", "Cohere", 500 * M, None)]),
    # spending on one's own fab or plant has no investee (cue 'assets')
    ("Micron is investing $2 billion in its Idaho fab.", [("investment", "Micron", None, 2 * B, None)]),
    ("TSMC will put $12 billion into its new Arizona plants.", [("investment", "TSMC", None, 12 * B, None)]),
    # a maker that only names the goods supplied is no party
    ("Foxconn will supply Nvidia GB200 servers to Oracle.", [("purchase", "Oracle", "Foxconn", None, None)]),
    ("Nvidia will supply GB200 chips to xAI.", [("purchase", "xAI", "Nvidia", None, None)]),
    ("Foxconn's plants are supplying Nvidia GB200 server racks to the Abilene site.", []),
    # negatives: warrants handed to staff name no holder; a colon before whole clauses is no list
    ("AMD said it handed out warrants to employees worth 1% of the company.", []),
    ("Analysts listed the risks in the contracts: Oracle's debt and CoreWeave's customers.", []),
]


@pytest.mark.parametrize(("text", "expected"), _ROUND22_DEV_EN, ids=[t[0][:24] for t in _ROUND22_DEV_EN])
def test_round22_dev_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


ROUND22_AMOUNTS_TRANCHES_EN = [
    # "lead a round of $X": the size is the round's
    ("SoftBank agreed in March to lead a funding round of up to $40 billion in OpenAI.",
     [("investment", None, "OpenAI", 40 * B, None), ("investment", "SoftBank", "OpenAI", None, None)]),
    ("Thrive Capital led a financing round worth $6.6 billion in OpenAI.",
     [("investment", None, "OpenAI", 6600 * M, None), ("investment", "Thrive Capital", "OpenAI", None, None)]),
    # "It paid $X" after the deal: a tranche paid by the deal's payer
    ("SoftBank agreed to invest up to $30 billion in OpenAI. It paid $10 billion in April and expects to pay the "
     "remaining $20 billion by December.",
     [("investment", "SoftBank", "OpenAI", 30 * B, None), ("investment", "SoftBank", "OpenAI", 10 * B, None),
      ("investment", "SoftBank", "OpenAI", 20 * B, None)]),
    ("Microsoft committed $13 billion to OpenAI. The company has already paid about $11.8 billion.",
     [("investment", "Microsoft", "OpenAI", 13 * B, None), ("investment", "Microsoft", "OpenAI", 11800 * M, None)]),
    # negatives: money paid for something else is no tranche
    ("SoftBank agreed to invest $30 billion in OpenAI. In August it paid $375 million for a factory in Ohio.",
     [("investment", "SoftBank", "OpenAI", 30 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_AMOUNTS_TRANCHES_EN, ids=[t[0][:20] for t in ROUND22_AMOUNTS_TRANCHES_EN])
def test_round22_amounts_tranches_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text,expected,wrong", [
    # "the former bitcoin miner" is an epithet (a class of company), not the pronoun "the former"
    ("Microsoft signed a deal with IREN, which is listed on Nasdaq. The former bitcoin miner will provide Nvidia GB300 "
     "capacity to Microsoft for $9.7 billion.", ("compute_commitment", "Microsoft", "IREN"), "Nasdaq"),
    ("IREN moved its listing to Nasdaq last year. The former bitcoin miner agreed to provide $9.7 billion of cloud "
     "capacity to Microsoft.", ("compute_commitment", "Microsoft", "IREN"), "Nasdaq"),
    # the pronoun itself still reads as the earlier of two parties
    ("Anthropic and OpenAI both raised money. The former raised $13 billion from ICONIQ.",
     ("investment", "ICONIQ", "Anthropic"), "OpenAI"),
])
def test_round22_context_en_former_epithet(text: str, expected: tuple, wrong: str) -> None:
    got = {(c.kind, c.source, c.target) for c in extract(text, "en")}
    assert expected in got, got
    assert not [g for g in got if wrong in g[1:]], got


@pytest.mark.parametrize("text,expected", [
    ("MGX co-founded the AI Infrastructure Partnership with BlackRock. That partnership has now agreed to acquire "
     "Aligned Data Centers for about $40 billion.", ("acquisition", "AI Infrastructure Partnership", "Aligned Data Centers")),
    ("The Kuwait Investment Authority became an anchor investor. The authority invested $1 billion in xAI.",
     ("investment", "Kuwait Investment Authority", "xAI")),
    ("BlackRock and Microsoft launched the AI Infrastructure Partnership in 2024. This partnership later agreed to buy "
     "Aligned Data Centers.", ("acquisition", "AI Infrastructure Partnership", "Aligned Data Centers")),
])
def test_round22_context_en_head_noun(text: str, expected: tuple) -> None:
    """"That partnership", "the authority": the nearest party whose name ends in that noun."""
    got = {(c.kind, c.source, c.target) for c in extract(text, "en")}
    assert expected in got, got


def test_round22_context_en_head_noun_needs_one_name() -> None:
    """Two funds named before "the fund": no guess between them from the head noun."""
    from dealgraph.entities import find_mentions
    from dealgraph.extract.rules.context_en5 import rebind

    text = "The Public Investment Fund and the Vision Fund joined. The fund invested $500 million in xAI."
    mentions = find_mentions(text, "en")
    assert not [m for m in rebind(text, [], mentions) if m not in mentions and m.text == "The fund"]
    one = "Mubadala and the Vision Fund joined. The fund invested $500 million in xAI."
    assert [m.entity for m in rebind(one, [], find_mentions(one, "en")) if m.text == "The fund"] == ["SoftBank"]


def test_round22_amounts_far_tranche_en() -> None:
    """"The first $10 billion" five sentences after the deal is its tranche; another company's first sum is not."""
    opening = ("Nvidia will invest up to $100 billion in OpenAI. OpenAI plans to deploy ten gigawatts of systems. "
               "The first systems go live in 2026. Jensen Huang called the project monumental. Critics call such deals circular. ")
    check(opening + "The first $10 billion will be invested when the first gigawatt is built.", "en",
          [("investment", "Nvidia", "OpenAI", 100 * B, None), ("investment", "Nvidia", "OpenAI", 10 * B, None)])
    check(opening + "Separately, Oracle said the first $10 billion of its bond sale had been placed.", "en",
          [("investment", "Nvidia", "OpenAI", 100 * B, None), ("loan", None, "Oracle", 10 * B, None)])


ROUND22_AMOUNTS_DEBT_EQUITY_EN = [
    # a raise split into debt and equity: the equity part is an investment (investor unnamed), the debt a loan
    ("Anthropic raised $2 billion of debt and $3 billion of equity last year.",
     [("loan", None, "Anthropic", 2 * B, None), ("investment", None, "Anthropic", 3 * B, None)]),
    ("xAI said it raised $5 billion of secured notes and term loans and a separate $5 billion of strategic equity.",
     [("loan", None, "xAI", 5 * B, None), ("investment", None, "xAI", 5 * B, None)]),
    # negative: debt alone
    ("xAI raised $5 billion of debt last month.", [("loan", None, "xAI", 5 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_AMOUNTS_DEBT_EQUITY_EN, ids=[t[0][:20] for t in ROUND22_AMOUNTS_DEBT_EQUITY_EN])
def test_round22_amounts_debt_equity_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text,expected", [
    # "both companies"/"the two companies" named together just before: each is a party
    ("The New York Times v. OpenAI and Microsoft\nThe oldest case is grinding on. The newspaper sued both companies in "
     "December 2023.", {("lawsuit", "New York Times", "OpenAI"), ("lawsuit", "New York Times", "Microsoft")}),
    ("Microsoft and OpenAI signed a deal. Google invested $1 billion in both companies.",
     {("investment", "Google", "Microsoft"), ("investment", "Google", "OpenAI")}),
    ("AMD and Humain announced a partnership. The two companies will invest $10 billion in a joint venture.",
     {("joint_venture", "AMD", "Humain"), ("joint_venture", "Humain", "AMD")}),
    ("Dow Jones vs. Perplexity\nThis case is newer. The publisher sued the startup in October 2024.",
     {("lawsuit", "Dow Jones", "Perplexity")}),
])
def test_round22_context_en_both_companies(text: str, expected: set) -> None:
    assert expected <= {(c.kind, c.source, c.target) for c in extract(text, "en")}


def test_round22_context_en_both_needs_a_named_pair() -> None:
    """Two parties not named together (one only in an aside) are no "two companies"."""
    text = ("AMD met Humain, the AI company backed by the Public Investment Fund. The two companies will form a joint "
            "venture.")
    assert not [c for c in extract(text, "en") if c.kind == "joint_venture" and "PIF" in (c.source, c.target)]


@pytest.mark.parametrize("text", [
    "IREN Ltd (Nasdaq: IREN) current report\nThe former bitcoin miner signed a $9.7 billion cloud contract with Microsoft.",
    "IREN (listed on Nasdaq) filed a report. The onetime bitcoin miner signed a $9.7 billion cloud contract with Microsoft.",
])
def test_round22_context_en_former_miner(text: str) -> None:
    """"The former/onetime <epithet>" is the company of that epithet, not the earlier of two names."""
    got = {(c.kind, c.source, c.target) for c in extract(text, "en")}
    assert ("compute_commitment", "Microsoft", "IREN") in got and not [g for g in got if "Nasdaq" in g], got


@pytest.mark.parametrize("text,expected", [
    ("Reddit already sells access to its data: Google pays it roughly $60 million a year.", ("revenue", "Google", "Reddit")),
    ("Reddit licenses its posts to AI labs. Google pays it about $60 million a year.", ("revenue", "Google", "Reddit")),
    ("Anthropic needs chips. Amazon lent it $4 billion last year.", ("loan", "Amazon", "Anthropic")),
    ("Nvidia makes chips for OpenAI. Oracle paid it $40 billion for GPUs.", ("purchase", "Oracle", "Nvidia")),
])
def test_round22_context_en_object_it(text: str, expected: tuple) -> None:
    """"X pays it $N": the object "it" is the earlier clause subject, never the payer itself."""
    got = {(c.kind, c.source, c.target) for c in extract(text, "en")}
    assert expected in got, got
    assert not [g for g in got if g[1] == g[2]], got


def test_round22_context_en_object_it_needs_an_amount() -> None:
    """Without an amount after it, "gave it 30 days" binds nothing."""
    from dealgraph.entities import find_mentions
    from dealgraph.extract.rules.context_en5 import rebind

    for text, bound in (("OpenAI sued Musk. The judge gave it 30 days to respond.", []),
                        ("OpenAI sued Musk. Microsoft gave it 30 billion yen.", ["OpenAI"])):
        got = [m.entity for m in rebind(text, [], find_mentions(text, "en")) if m.text == "it"]
        assert got == bound, (text, got)


ROUND22_AMOUNTS_DESCRIBER_EN = [
    # a hyphenated describer ("the Oracle-backed chip designer") never takes the sentence's amount
    ("In March he agreed to buy Ampere Computing, the Oracle-backed server chip designer, for $6.5 billion.",
     [("investment", "Oracle", "Ampere Computing", None, None)]),
    ("The Nvidia-funded cloud company CoreWeave borrowed $7.5 billion from Blackstone.",
     [("loan", "Blackstone", "CoreWeave", 7500 * M, None)]),
    # negative: the verb itself, not a describer, takes its amount
    ("Oracle backed Ampere with $1 billion.", [("investment", "Oracle", "Ampere Computing", 1 * B, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND22_AMOUNTS_DESCRIBER_EN, ids=[t[0][:20] for t in ROUND22_AMOUNTS_DESCRIBER_EN])
def test_round22_amounts_describer_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# round 23, area "machine-translated English" (rules/mt_en6.py, triggers_en.tsv "round 23 mt_en6"): zh/ja news
# run through an MT engine. Our own garbled paraphrases: (text, expected (kind, source, target, usd or None)).
ROUND23_MT_EN = [
    ("Baichuan completed 5 billion yuan financing, Tencent and Xiaomi also follow to invest.",
     [("investment", None, "Baichuan", None), ("investment", "Tencent", "Baichuan", None),
      ("investment", "Xiaomi", "Baichuan", None)]),
    ("Zhipu AI this time financing amount reached 1.5 hundred million yuan, Meituan followed to invest.",
     [("investment", None, "Zhipu AI", None), ("investment", "Meituan", "Zhipu AI", None)]),
    ("Moonshot AI completed a new round of financing of about 300 million US dollars. "
     "Old shareholder Tencent continued to follow the investment.",
     [("investment", None, "Moonshot AI", 300 * M), ("investment", "Tencent", "Moonshot AI", None)]),
    ("StepFun completed new financing of 600 million US dollars. HongShan followed to invest in this round too.",
     [("investment", None, "StepFun", 600 * M), ("investment", "HongShan", "StepFun", None)]),
    ("Cohere closed the Series D of 500 million dollars. In the investors, Nvidia and Oracle were included for the "
     "first time.", [("investment", None, "Cohere", 500 * M), ("investment", "Nvidia", "Cohere", None),
                     ("investment", "Oracle", "Cohere", None)]),
    ("Mistral AI completed the round of 600 million euros. Among the investors of this round, Samsung and Cisco "
     "were newly included.", [("investment", "Samsung", "Mistral AI", None), ("investment", "Cisco", "Mistral AI", None)]),
    ("Rebellions closed the Series C of 250 billion won. In the investors, Prosus and Samsung Electronics' venture "
     "fund were included, and existing shareholder KT also participated additionally.",
     [("investment", None, "Rebellions", None), ("investment", "Prosus", "Rebellions", None),
      ("investment", "Samsung", "Rebellions", None), ("investment", "KT", "Rebellions", None)]),
    ("FuriosaAI raised 170 billion won in the bridge round. Korea Development Bank took part in it.",
     [("investment", None, "FuriosaAI", None), ("investment", "Korea Development Bank", "FuriosaAI", None)]),
    # ja MT: a third-party allotment (第三者割当増資) is paid by the allottee
    ("Sakana AI will carry out the third-party allocation of new shares to Nvidia, the financing amount reached "
     "20 billion yen.", [("investment", "Nvidia", "Sakana AI", None), ("investment", None, "Sakana AI", None)]),
    ("Sakana AI carried out a third-party allotment to KDDI and Mizuho, raising 30 billion yen.",
     [("investment", "KDDI", "Sakana AI", None), ("investment", "Mizuho", "Sakana AI", None),
      ("investment", None, "Sakana AI", None)]),
    ("Through the third-party allotment of new shares to SoftBank, ELYZA procured 10 billion yen.",
     [("investment", "SoftBank", "ELYZA", None)]),
    ("KDDI underwrote the third-party allotment of ELYZA.", [("investment", "KDDI", "ELYZA", None)]),
]

ROUND23_MT_EN_NONE = [
    "The company completed the financing of its acquisition of Graphcore.",
    "In the investors' view, the deal was not included in the forecast.",
    "Among the investors, opinions were divided.",
    "The financing amount was not disclosed.",
    "Tencent followed up with a statement on Monday.",
    "Alibaba followed the investment trend closely.",
]


@pytest.mark.parametrize("text,expected", ROUND23_MT_EN)
def test_round23_mt_en_sentence(text: str, expected: list[tuple]) -> None:
    claims = extract(text, "en")
    got = {(c.kind, c.source, c.target) for c in claims}
    for kind, source, target, usd in expected:
        assert (kind, source, target) in got, ((kind, source, target), got)
        if usd is not None:
            assert any(c.amount_usd is not None and int(c.amount_usd) == usd for c in claims
                       if (c.kind, c.source, c.target) == (kind, source, target)), (kind, source, target, usd)
    assert got <= {e[:3] for e in expected}, got


@pytest.mark.parametrize("text", ROUND23_MT_EN_NONE)
def test_round23_mt_en_no_claim(text: str) -> None:
    assert extract(text, "en") == []


@pytest.mark.parametrize("text,value,currency", [
    ("1.5 hundred million yuan", 150 * M, "CNY"),
    ("15 hundred million yuan", 1500 * M, "CNY"),
    ("3 hundred million US dollars", 300 * M, "USD"),
    ("about 500 Hundred Million Yuan", 50 * B, "CNY"),
    ("5 ten thousand yuan", 50_000, "CNY"),
    ("2 billion Japanese yen", 2 * B, "JPY"),
    ("30 billion Korean won", 30 * B, "KRW"),
    ("1 billion US dollar", 1 * B, "USD"),
])
def test_round23_mt_en_amounts(text: str, value: int, currency: str) -> None:
    """MT amounts: 亿 as "hundred million", 万 as "ten thousand", currencies named with their country."""
    from dealgraph.amounts import find_amounts
    found = find_amounts(f"The company completed {text} financing.", "en")
    assert [(int(a.value), a.currency) for a in found] == [(value, currency)]


ROUND23_EN_RECALL = [
    # the object right after "bought" is the target; a marked party of the next clause ("and folded ... into C") is not
    ("Salesforce bought Slack, the messaging app, in 2021 and moved its staff into Salesforce's offices.",
     [("acquisition", "Salesforce", "Slack", None, None)]),
    ("Earlier, Anysphere acquired Supermaven, a code-completion startup, and later merged its team into Cursor's research group.",
     [("acquisition", "Anysphere", "Supermaven", None, None)]),
    ("Google acquired Wiz, the security company, and merged it into Google Cloud.",
     [("acquisition", "Google", "Wiz", None, None)]),
    # goods words describing the company bought do not make the takeover a purchase of goods
    ("Nvidia said it would buy Run:ai, the Israeli startup whose software schedules work across GPU clusters.",
     [("acquisition", "Nvidia", "Run:ai", None, None)]),
    ("AMD is buying Silo AI, a Finnish lab that trains models on its GPUs, for $665 million.",
     [("acquisition", "AMD", "Silo AI", 665 * M, None)]),
    # "picked up" a company is a takeover
    ("Around then Nvidia also picked up Deci, an Israeli model-optimisation startup, for a reported $300 million.",
     [("acquisition", "Nvidia", "Deci", 300 * M, None)]),
    ("Salesforce is picking up Informatica in an $8 billion deal.",
     [("acquisition", "Salesforce", "Informatica", 8 * B, None)]),
    ("Days later Cognition swept up Windsurf.", [("acquisition", "Cognition AI", "Codeium", None, None)]),
    # negatives: goods right after the verb stay a purchase; "picked up" money or a share keeps its own reading
    ("Microsoft bought Nvidia chips and later shipped them to OpenAI.",
     [("purchase", "Microsoft", "Nvidia", None, None)]),
    ("Microsoft bought 10,000 GPUs from Nvidia, the chipmaker.",
     [("purchase", "Microsoft", "Nvidia", None, None)]),
    ("Anthropic picked up $4 billion from Amazon.", [("investment", "Amazon", "Anthropic", 4 * B, None)]),
    ("Nvidia picked up 2% of Intel.", [("stake", "Nvidia", "Intel", None, None)]),
]

ROUND23_EN_RECALL_NON_CLAIMS = [
    "Demand picked up sharply at Microsoft.",
    "Microsoft picked up the tab for OpenAI's compute.",
    "Sales picked up after Nvidia shipped Blackwell.",
    "Investors picked up on the slowdown at Oracle.",
    "Nvidia swept up every award at the show.",
]


@pytest.mark.parametrize(("text", "expected"), ROUND23_EN_RECALL, ids=[t[0][:20] for t in ROUND23_EN_RECALL])
def test_round23_en_recall_sentence(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


@pytest.mark.parametrize("text", ROUND23_EN_RECALL_NON_CLAIMS)
def test_round23_en_recall_non_claims(text: str) -> None:
    assert extract(text, "en") == []


ROUND23_PRECISION_EN = [
    # two names acting together are not each other's investee
    ("Tencent and Gaorong Capital invested in the company together.", []),
    ("Nvidia invested in CoreWeave and Lambda.",
     [("investment", "Nvidia", "CoreWeave", None, None), ("investment", "Nvidia", "Lambda", None, None)]),
    ("Microsoft and OpenAI signed a $10 billion compute deal.",
     [("compute_commitment", "OpenAI", "Microsoft", 10 * B, None)]),
    # vague magnitudes are no figure
    ("Meta plans to spend hundreds of billions of dollars on compute over the coming years.", []),
    ("Anthropic's valuation now runs to tens of billions of dollars.", []),
    ("Microsoft will invest billions of dollars in OpenAI, the company said.",
     [("investment", "Microsoft", "OpenAI", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND23_PRECISION_EN)
def test_round23_precision_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# round 24 grants7: government grants (investment from the ministry), shares sold on the market with or without a
# price (purchase null -> seller); our own paraphrases
ROUND24_GRANTS = [
    ("en", "The Commerce Department will provide up to $6.6 billion to TSMC.",
     [("investment", "Department of Commerce", "TSMC", 6600 * M)]),
    ("en", "The Commerce Department awarded Samsung up to $4.7 billion in direct funding.",
     [("investment", "Department of Commerce", "Samsung", 4700 * M)]),
    ("en", "SK Hynix was awarded up to $458 million by the Commerce Department.",
     [("investment", "Department of Commerce", "SK Hynix", 458 * M)]),
    ("en", "Foxconn sold its Sharp shares in October.", [("purchase", None, "Foxconn", None)]),
    ("en", "SoftBank sold part of its T-Mobile stake.", [("purchase", None, "SoftBank", None)]),
    ("en", "SoftBank sold its entire Nvidia stake for $5.8 billion.", [("purchase", None, "SoftBank", 5800 * M)]),
    ("zh", "美国商务部将向台积电提供最多66亿美元补贴。", [("investment", "Department of Commerce", "TSMC", 6600 * M)]),
    ("zh", "大基金一期减持中芯国际股份。", [("purchase", None, "Big Fund", None)]),
    ("zh", "软银减持T-Mobile股份。", [("purchase", None, "SoftBank", None)]),
    ("ja", "ソフトバンクグループはエヌビディア株を売却した。", [("purchase", None, "SoftBank", None)]),
    ("ja", "鴻海はシャープ株を売却した。", [("purchase", None, "Foxconn", None)]),
    ("ja", "経産省はラピダスに最大5900億円を補助すると発表した。", [("investment", "Japan METI", "Rapidus", None)]),
]

ROUND24_GRANTS_NONE = [
    ("en", "Oracle awarded Nvidia a $2 billion contract."),
    ("en", "The jury awarded Acme $40 million in damages."),
    ("en", "Analysts estimate the industry will spend $400 billion on data centers."),
    ("zh", "分析师预计全球AI资本开支将达到5000亿美元。"),
]


@pytest.mark.parametrize("lang,text,expected", ROUND24_GRANTS)
def test_round24_grants_sentence(lang: str, text: str, expected: list[tuple]) -> None:
    claims = extract(text, lang)
    got = {(c.kind, c.source, c.target) for c in claims}
    assert got == {e[:3] for e in expected}, got
    for kind, source, target, usd in expected:
        if usd is not None:
            assert any(int(c.amount_usd or 0) == usd for c in claims if (c.kind, c.source, c.target) == (kind, source, target))


@pytest.mark.parametrize("lang,text", ROUND24_GRANTS_NONE)
def test_round24_grants_no_claim(lang: str, text: str) -> None:
    claims = extract(text, lang)
    assert not [c for c in claims if c.kind in ("investment", "purchase") and c.target is None or
                c.kind == "investment" and c.source is not None], claims


# Round 24, area "tables and records": deal trackers as rows or label/value records (rules/tables7.py).
ROUND24_TABLES_EN = [
    # a round table without a company column is about the article's subject
    ("Mistral AI's funding history\n\nMistral AI has raised money at a fast clip. Below is how Mistral AI got "
     "here.\n\n| Round | Date | Amount | Post-money valuation | Lead investors |\n|---|---|---|---|---|\n"
     "| Seed | Jun 2023 | $113M | $260M | Lightspeed |\n"
     "| Series A | Dec 2023 | $415M | $2B | Andreessen Horowitz, Lightspeed |\n",
     [("investment", None, "Mistral AI", 113 * M, "completed"), ("investment", None, "Mistral AI", 415 * M, None),
      ("valuation", None, "Mistral AI", 260 * M, "reported"), ("valuation", None, "Mistral AI", 2 * B, None),
      ("investment", "Lightspeed Venture Partners", "Mistral AI", None, None),
      ("investment", "Andreessen Horowitz", "Mistral AI", None, None)]),
    # tab-separated tracker rows pasted as text
    ("Weekly deal tracker\n\nCompany\tRound\tAmount\tInvestors\nCohere\tSeries D\t$500 million\tNvidia, Oracle\n"
     "Anthropic\tSeries E\t$3.5 billion\tLightspeed\n",
     [("investment", None, "Cohere", 500 * M, None), ("investment", "Nvidia", "Cohere", None, None),
      ("investment", "Oracle", "Cohere", None, None), ("investment", None, "Anthropic", 3500 * M, None),
      ("investment", "Lightspeed Venture Partners", "Anthropic", None, None)]),
    # a one-line record: target, price, acquirer
    ("Deal of the week\nTarget: Run:ai — Price: $700 million — Acquirer: Nvidia\n",
     [("acquisition", "Nvidia", "Run:ai", 700 * M, None)]),
    # negatives: revenue, market share and prices are no deals; a table with no deal column gives nothing
    ("Quarter in review\n\n| Company | Revenue | Market share |\n|---|---|---|\n| Nvidia | $35 billion | 80% |\n"
     "| AMD | $7 billion | 10% |\n", []),
    ("Chip stocks\n\n| Company | Close | Change |\n|---|---|---|\n| Nvidia | $140 | +2% |\n| Intel | $21 | -1% |\n",
     []),
    ("Notes\nCompany: Cohere\nHeadquarters: Toronto\n", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND24_TABLES_EN)
def test_round24_tables_en(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# round 24 context_en7: a round's follow-up naming it only by "It", and investors "coming in as" investors;
# our own paraphrases and negatives (a company "led by" its chief, two rounds before, no round before)
ROUND24_CONTEXT_EN7 = [
    ("Perplexity closed a $500 million round in December. It was led by Institutional Venture Partners.",
     [("investment", None, "Perplexity", 500 * M, None), ("investment", "IVP", "Perplexity", None, None)]),
    ("Harvey raised $300 million last month. The raise values it at $3 billion. It was co-led by Sequoia and Kleiner Perkins.",
     [("investment", None, "Harvey", 300 * M, None), ("valuation", None, "Harvey", 3 * B, None),
      ("investment", "Sequoia Capital", "Harvey", None, None), ("investment", "Kleiner Perkins", "Harvey", None, None)]),
    ("Mistral raised $600 million in June. Nvidia and Samsung came in as new strategic investors.",
     [("investment", None, "Mistral AI", 600 * M, None), ("investment", "Nvidia", "Mistral AI", None, None),
      ("investment", "Samsung", "Mistral AI", None, None)]),
    ("Anthropic was founded in 2021. It is led by Dario Amodei.", []),
    ("Microsoft is a big company. It was led by Bill Gates for decades.", []),
    ("Mistral and Cohere both raised money this year. It was led by ASML.", []),
    ("Nvidia joined as a customer.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUND24_CONTEXT_EN7)
def test_round24_context_en7(text: str, expected: list[tuple]) -> None:
    check(text, "en", expected)


# -- round 24, area "status conventions": a round announced as done is completed; a total is reported ---
_I24 = "investment"
ROUND24_STATUS_EN = [
    ("Cohere announced that it has closed a $500 million Series D led by PSP Investments.", (_I24, None, "Cohere"), "completed"),
    ("Cohere announced that it has closed a $500 million Series D led by PSP Investments.", (_I24, "PSP Investments", "Cohere"), "completed"),
    ("Mistral AI said it had completed a €1.7 billion funding round.", (_I24, None, "Mistral AI"), "completed"),
    ("Perplexity announced the close of a $500 million round.", (_I24, None, "Perplexity"), "completed"),
    ("Databricks confirmed it has raised $10 billion in new funding.", (_I24, None, "Databricks"), "completed"),
    ("Nvidia, which has invested $2 billion in xAI, is a key supplier.", (_I24, "Nvidia", "xAI"), "reported"),
    ("Google has put $3 billion into Anthropic so far.", (_I24, "Google", "Anthropic"), "reported"),
    ("In total, SoftBank has invested $30 billion in OpenAI.", (_I24, "SoftBank", "OpenAI"), "reported"),
    # negatives: a round still to come stays announced; a dated past investment stays completed
    ("Cohere announced it will raise $500 million from PSP Investments.", (_I24, "PSP Investments", "Cohere"), "announced"),
    ("Mistral AI said it plans to raise $1 billion in a new round.", (_I24, None, "Mistral AI"), "announced"),
    ("Google invested $2 billion in Anthropic in 2023.", (_I24, "Google", "Anthropic"), "completed"),
    ("Microsoft invested $10 billion in OpenAI in January.", (_I24, "Microsoft", "OpenAI"), "completed"),
    ("Amazon will invest a further $4 billion in Anthropic.", (_I24, "Amazon", "Anthropic"), "announced"),
]


@pytest.mark.parametrize(("text", "triple", "status"), ROUND24_STATUS_EN, ids=[f"{i}-{c[0][:30]}" for i, c in enumerate(ROUND24_STATUS_EN)])
def test_round24_status_en(text: str, triple: tuple, status: str) -> None:
    claims = extract(text, "en", published="2025-10-01")
    got = {c.status for c in claims if (c.kind, c.source, c.target) == triple}
    assert got == {status}, [(c.kind, c.source, c.target, c.status) for c in claims]


# -- round 25, area "context en" (context_en8): "the venture" / "the joint venture" / "the JV" is the joint
# venture named before (also a paragraph before); "the venture arm/capital/fund" is no joint venture.
# Our own paraphrases: (text, a (kind, source, target) that must be produced, one that must not)
ROUND25_CONTEXT_EN8 = [
    ("Meta is paying for its Hyperion campus with outside money. Blue Owl will own most of a new entity that holds it. "
     "Meta will run the site. The venture raised $20 billion of debt from bond investors.",
     ("loan", None, "Hyperion"), ("loan", None, "Meta")),
    ("SoftBank and OpenAI set up SB OpenAI Japan last year. The joint venture borrowed $1 billion from Mizuho.",
     ("loan", "Mizuho", "SB OpenAI Japan"), ("loan", "Mizuho", "OpenAI")),
    ("OpenAI, Oracle and SoftBank formed Stargate in January. SoftBank and OpenAI each hold 40% of the JV.",
     ("stake", "SoftBank", "Stargate"), ("stake", "SoftBank", "Oracle")),
    ("Stargate was created by OpenAI and SoftBank. Oracle will build the sites. OpenAI owns 40% of the venture.",
     ("stake", "OpenAI", "Stargate"), ("stake", "OpenAI", "Oracle")),
    # negatives: "venture" modifying a noun; two joint ventures named before -> no guess
    ("Google backed Anthropic early. The venture arm of Google, GV, invested $100 million in Harvey.",
     ("investment", "Google", "Harvey"), ("investment", "Stargate", "Harvey")),
    ("Stargate UAE and Stargate Norway were announced this year. Nvidia said it would supply chips. "
     "Cisco said it would help too. Oracle will run the sites. The venture raised $5 billion of debt.",
     None, ("loan", None, "Stargate UAE")),
]


@pytest.mark.parametrize(("text", "want", "not_want"), ROUND25_CONTEXT_EN8)
def test_round25_context_en8(text: str, want: tuple | None, not_want: tuple) -> None:
    got = {(c.kind, c.source, c.target) for c in extract(text, "en")}
    assert want is None or want in got, got
    assert not_want not in got and (not_want[0], not_want[1], "Stargate Norway") not in got, got
