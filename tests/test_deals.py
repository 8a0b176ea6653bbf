"""Claims -> deals: one deal per real-world deal, tranches vs totals, stake history, conflicts."""

from __future__ import annotations

import itertools
import json
import random
from decimal import Decimal
from typing import Any

from dealgraph._hashing import document_id
from dealgraph.analyze import consolidate, load_deals, money_graph, stake_history
from dealgraph.model import Amount, Claim, Document, Review

_keys = itertools.count()


def row(kind: str, source: str | None, target: str, usd: str | None = None, date: str | None = None, *,
        doc: str = "doc1", status: str = "announced", pct: float | None = None, evidence: str = "a sentence",
        lang: str = "en", **extra: Any) -> dict[str, Any]:
    """A claim row shaped like Store.claims() returns it."""
    return {"key": f"k{next(_keys)}", "doc_id": doc, "doc_path": f"{doc}.txt", "lang": lang, "extractor": "test.v1",
            "kind": kind, "source": source, "target": target, "status": status, "amount_usd": usd,
            "amount_usd_high": None, "qualifier": None, "pct": pct, "date": date,
            "date_precision": None, "start": 0, "end": len(evidence), "evidence": evidence,
            "confidence": 0.8, "review": None, "notes": [], **extra}


def test_same_deal_in_three_languages_is_one_deal() -> None:
    rows = [row("investment", "Google", "Anthropic", "2000000000", "2023-10", doc="en1", lang="en",
                evidence="Google agreed to invest $2 billion in Anthropic"),
            row("investment", "Google", "Anthropic", "2000000000", "2023-10-27", doc="zh1", lang="zh",
                evidence="谷歌同意向Anthropic投资20亿美元"),
            row("investment", "Google", "Anthropic", "2000000000", "2023", doc="ja1", lang="ja",
                evidence="グーグルはAnthropicに20億ドルを出資"),
            row("investment", "Google", "Anthropic", None, "2023-10", doc="en2", evidence="Google backs Anthropic")]
    [deal] = consolidate(rows)
    assert deal.amount_usd == Decimal(2_000_000_000)
    assert len(deal.claims) == 4 and deal.doc_ids == ["en1", "en2", "ja1", "zh1"]
    assert {e.lang for e in deal.evidence} == {"en", "zh", "ja"}
    assert deal.date == "2023" and deal.last_date == "2023-10-27"
    assert deal.conflicts == []  # "2023" and "2023-10" can both be right


def test_tranche_and_cumulative_total_are_two_deals() -> None:
    rows = [row("investment", "Microsoft", "OpenAI", "1000000000", "2019", doc="a"),
            row("investment", "Microsoft", "OpenAI", "13000000000", "2023", doc="b",
                evidence="Microsoft has invested $13 billion in total in OpenAI"),
            row("investment", "Microsoft", "OpenAI", "13000000000", "2023-01", doc="c",
                evidence="微软总共向OpenAI投资了130亿美元", lang="zh")]
    deals = consolidate(rows)
    tranche = next(d for d in deals if d.amount_usd == Decimal(10**9))
    total = next(d for d in deals if d.amount_usd == Decimal(13 * 10**9))
    assert len(deals) == 2 and total.is_cumulative and not tranche.is_cumulative
    assert tranche.covered_by == total.id and total.tranches == [tranche.id]
    assert total.tranche_sum_usd == Decimal(10**9) and len(total.claims) == 2
    # the money graph counts the total once, not total + tranche
    assert [d.id for d in money_graph(deals).deals] == [total.id]


def test_two_tranches_then_total_in_a_later_article() -> None:
    rows = [row("investment", "Amazon", "Anthropic", "1250000000", "2023-09", doc="a"),
            row("investment", "Amazon", "Anthropic", "2750000000", "2024-03", doc="b"),
            row("investment", "Amazon", "Anthropic", "4000000000", "2024-03", doc="c",
                evidence="bringing its total investment to $4 billion")]
    deals = consolidate(rows)
    total = next(d for d in deals if d.is_cumulative)
    assert total.tranche_sum_usd == Decimal(4_000_000_000) and len(total.tranches) == 2


def test_stake_history_is_a_time_series() -> None:
    rows = [row("stake", "Microsoft", "OpenAI", pct=27.0, date="2025-10-28", doc="c"),
            row("stake", "Microsoft", "OpenAI", pct=49.0, date="2023", doc="a"),
            row("stake", "Microsoft", "OpenAI", pct=49.0, date="2023-01", doc="a2"),
            row("stake", "Microsoft", "OpenAI", pct=32.5, date="2025-10", doc="b"),
            row("stake", "SoftBank", "OpenAI", pct=11.0, date="2025-10", doc="b")]
    points = stake_history(rows, "Microsoft", "OpenAI")
    assert [p.pct for p in points] == [49.0, 32.5, 27.0]
    assert len(points[0].claims) == 2
    assert stake_history(consolidate(rows), "Microsoft", "OpenAI") == points


def test_disagreeing_figures_are_kept_side_by_side_not_averaged() -> None:
    rows = [row("investment", "Amazon", "Anthropic", "4000000000", "2023-09", doc="a"),
            row("investment", "Amazon", "Anthropic", "4000000000", "2023-09", doc="b"),
            row("investment", "Amazon", "Anthropic", "1250000000", "2023-09", doc="c")]
    [deal] = consolidate(rows)
    assert deal.amount_usd == Decimal(4_000_000_000)  # most documents, not the mean (3.08B)
    [conflict] = deal.conflicts
    assert conflict.field == "amount_usd" and set(conflict.values) == {"4000000000", "1250000000"}
    assert deal.amount_low == Decimal(1_250_000_000) and deal.amount_high == Decimal(4_000_000_000)


def test_figures_within_tolerance_merge_with_a_flag() -> None:
    rows = [row("compute_commitment", "Anthropic", "Google", "3000000000", "2023", doc="a"),
            row("compute_commitment", "Anthropic", "Google", "3200000000", "2023", doc="b")]
    [deal] = consolidate(rows)
    assert deal.conflicts[0].field == "amount_usd"


def test_different_amounts_in_one_article_or_far_apart_dates_are_different_deals() -> None:
    same_doc = [row("investment", "Nvidia", "CoreWeave", "100000000", "2023-04", doc="a"),
                row("investment", "Nvidia", "CoreWeave", "250000000", "2023-04", doc="a")]
    assert len(consolidate(same_doc)) == 2
    far = [row("loan", "Blackstone", "CoreWeave", "2300000000", "2023-08", doc="a"),
           row("loan", "Blackstone", "CoreWeave", "2300000000", "2024-05", doc="b")]
    assert len(consolidate(far)) == 2
    close = [row("loan", "Blackstone", "CoreWeave", "2300000000", "2023-08-03", doc="a"),
             row("loan", "Blackstone", "CoreWeave", "2250000000", "2023-08-20", doc="b")]
    assert len(consolidate(close)) == 1


def test_ids_are_stable_and_unique() -> None:
    rows = [row("investment", "SoftBank", "OpenAI", str(10**9 * n), f"202{n % 5}", doc=f"d{n}") for n in range(1, 9)]
    rows += [row("lawsuit", "Elon Musk", "OpenAI", doc=f"x{n}", date=f"201{n}") for n in range(3)]
    first = {d.id for d in consolidate(rows)}
    shuffled = rows[:]
    random.Random(3).shuffle(shuffled)
    assert {d.id for d in consolidate(shuffled)} == first and len(first) == len(consolidate(rows))


def test_status_uncertainty_and_json() -> None:
    rows = [row("investment", "Amazon", "Anthropic", "4000000000", "2023-09", status="up_to", doc="a",
                qualifier="up_to"),
            row("acquisition", "Tesla", "OpenAI", None, "2018-02", status="proposed", doc="b")]
    up_to, proposed = sorted(consolidate(rows), key=lambda d: d.kind, reverse=True)
    assert up_to.uncertain and up_to.amount_low == 0 and up_to.amount_high == Decimal(4_000_000_000)
    assert proposed.uncertain and proposed.status == "proposed"
    data = json.loads(json.dumps(up_to.to_dict()))
    assert data["amount_usd"] == "4000000000" and data["evidence"][0]["doc_id"] == "a"


def test_denied_report_is_flagged_and_status_keeps_the_live_one() -> None:
    rows = [row("acquisition", "Nvidia", "Arm", "40000000000", "2020-09", doc="a"),
            row("acquisition", "Nvidia", "Arm", "40000000000", "2020-09", doc="b", status="denied")]
    [deal] = consolidate(rows)
    assert deal.status == "announced" and deal.conflicts[-1].field == "status"


def _store_with(sqlite_store: Any, claims: list[tuple[str, str, str, str | None, str | None]]) -> list[Claim]:
    text = " ".join(f"Sentence {i}." for i in range(len(claims)))
    doc = Document(id=document_id(text), path="news.txt", text=text, lang="en", published="2024-06-01", simhash=7)
    sqlite_store.add_documents([doc])
    made = []
    for i, (kind, src, tgt, usd, date) in enumerate(claims):
        start = text.index(f"Sentence {i}.")
        amount = Amount(Decimal(usd), "USD", start, start + 5, usd, usd=Decimal(usd)) if usd else None
        made.append(Claim(doc.id, kind, src, tgt, "announced", start, start + 11, text[start:start + 11], "test.v1",
                          0.7, amount, Decimal(usd) if usd else None, None, date))
    sqlite_store.replace_claims(doc.id, "test.v1", made)
    return made


def test_load_deals_applies_reviews_and_as_of(sqlite_store: Any) -> None:
    c = _store_with(sqlite_store, [("investment", "Google", "Anthropic", "2000000000", "2023-10"),
                                   ("investment", "Amazon", "Anthropic", "4000000000", "2023-09"),
                                   ("investment", "Spark", "Anthropic", "9", "2023-01"),
                                   ("loan", "Bank", "Crusoe", "200000000", None),
                                   ("investment", "Google", "Anthropic", "1000000000", "2025-01")])
    sqlite_store.add_review(Review(c[0].key, "confirm", "ana"))
    sqlite_store.add_review(Review(c[1].key, "correct", "ana", {"amount_usd": "1250000000"}))
    sqlite_store.add_review(Review(c[2].key, "reject", "ana"))
    deals = {(d.source, d.amount_usd): d for d in load_deals(sqlite_store)}
    assert deals[("Google", Decimal(2 * 10**9))].confirmed
    assert ("Amazon", Decimal(1_250_000_000)) in deals and not any(s == "Spark" for s, _ in deals)
    early = load_deals(sqlite_store, as_of="2024")
    assert {d.amount_usd for d in early} == {Decimal(2 * 10**9), Decimal(1_250_000_000), Decimal(2 * 10**8)}
    assert [d.source for d in load_deals(sqlite_store, as_of="2024-05")] == ["Amazon", "Google"]
    assert [d.kind for d in load_deals(sqlite_store, kinds=["loan"])] == ["loan"]
    assert len(load_deals(sqlite_store, min_usd=1.5e9)) == 1
