"""The store contract, run against SQLite and a real PostgreSQL server."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_doc
from dealgraph.errors import ConfigError, StoreError
from dealgraph.model import Amount, Claim, Review
from dealgraph.store import Store, open_store
from dealgraph.store.migrations import MIGRATIONS


def claim(doc, kind="investment", source="Google", target="Anthropic", usd="2000000000", start=0, end=10,
          extractor="rules.v1") -> Claim:
    amount = Amount(value=Decimal(usd), currency="USD", start=start, end=end, text="x", usd=Decimal(usd))
    return Claim(doc_id=doc.id, kind=kind, source=source, target=target, status="announced", start=start,
                 end=end, evidence=doc.text[start:end], extractor=extractor, confidence=0.8, amount=amount,
                 date="2023-10", date_precision="month", notes=("en.invest_in",))


def test_add_documents_is_idempotent_and_records_every_path(any_store: Store) -> None:
    doc = make_doc("Google agreed to invest $2 billion in Anthropic.", simhash=0x1234)
    first = any_store.add_documents([doc])
    again = any_store.add_documents([doc, make_doc(doc.text, path="mirror/copy.txt", simhash=0x1234)])
    assert [a.status for a in first] == ["new"]
    assert [a.status for a in again] == ["unchanged", "unchanged"]
    assert any_store.count("documents") == 1
    assert any_store.document_paths(doc.id) == ["test.txt", "mirror/copy.txt"]
    stored = any_store.get_document(doc.id)
    assert stored is not None and stored.text == doc.text and stored.simhash == 0x1234


def test_near_duplicates_are_kept_but_marked(any_store: Store) -> None:
    base = make_doc("Amazon invests $4 billion in Anthropic.", simhash=0xF0F0_0000_FFFF_0001)
    close = make_doc("Amazon invests $4bn in Anthropic.", simhash=0xF0F0_0000_FFFF_0007)  # 2 bits apart
    far = make_doc("Oracle signs a cloud deal with OpenAI.", simhash=0x0F0F_FFFF_0000_1110)
    results = any_store.add_documents([base, close, far])
    assert [r.status for r in results] == ["new", "near_duplicate", "new"]
    assert results[1].duplicate_of == base.id
    later = make_doc("Amazon is investing $4 billion in Anthropic.", simhash=0xF0F0_0000_FFFF_0003)
    assert any_store.add_documents([later])[0].duplicate_of == base.id
    originals = any_store.documents(include_duplicates=False)
    assert {d.id for d in originals} == {base.id, far.id}


def test_high_bit_simhash_round_trips(any_store: Store) -> None:
    doc = make_doc("A text with a fingerprint above 2**63.", simhash=(1 << 64) - 5)
    any_store.add_documents([doc])
    assert any_store.get_document(doc.id).simhash == (1 << 64) - 5


def test_replace_claims_is_idempotent_and_reviews_survive(any_store: Store) -> None:
    doc = make_doc("Google agreed to invest $2 billion in Anthropic last week.")
    any_store.add_documents([doc])
    c = claim(doc, end=len(doc.text))
    any_store.replace_claims(doc.id, "rules.v1", [c, c])
    any_store.replace_claims(doc.id, "rules.v1", [c])
    assert any_store.count("claims") == 1
    any_store.add_review(Review(c.key, "correct", "ana", {"amount_usd": "2500000000"}, note="per filing"))
    any_store.replace_claims(doc.id, "rules.v1", [c])  # re-extraction
    [row] = any_store.claims()
    assert row["review"] == "correct" and row["amount_usd"] == "2500000000"
    assert row["evidence"] == doc.text and row["doc_path"] == "test.txt" and row["lang"] == "en"
    assert [r.action for r in any_store.reviews(c.key)] == ["correct"]


def test_rejected_claims_drop_out_only_when_asked(any_store: Store) -> None:
    doc = make_doc("Microsoft invested $1 billion in OpenAI in 2019 and later $10 billion.")
    any_store.add_documents([doc])
    keep, drop = claim(doc, usd="1000000000", end=30), claim(doc, usd="10000000000", start=31, end=60)
    any_store.replace_claims(doc.id, "rules.v1", [keep, drop])
    any_store.add_review(Review(drop.key, "reject", "ana"))
    assert [r["key"] for r in any_store.claims(include_rejected=False)] == [keep.key]
    assert len(any_store.claims()) == 2


def test_review_errors_are_clear(any_store: Store) -> None:
    with pytest.raises(StoreError, match="No claim with key"):
        any_store.add_review(Review("nope", "confirm", "ana"))
    with pytest.raises(StoreError, match="Unknown review action"):
        any_store.add_review(Review("nope", "approve", "ana"))


def test_amounts_are_exact(any_store: Store) -> None:
    doc = make_doc("OpenAI raised 16.4亿美元.")
    any_store.add_documents([doc])
    any_store.replace_claims(doc.id, "rules.v1", [claim(doc, usd="1640000000.5")])
    assert any_store.claims()[0]["amount_usd"] == "1640000000.5"


def test_claim_filters(any_store: Store) -> None:
    doc = make_doc("Google invests in Anthropic; Anthropic pays Google Cloud.")
    any_store.add_documents([doc])
    any_store.replace_claims(doc.id, "rules.v1", [
        claim(doc, end=27), claim(doc, kind="compute_commitment", source="Anthropic", target="Google", start=29, end=57)])
    assert [r["kind"] for r in any_store.claims(kind="compute_commitment")] == ["compute_commitment"]
    assert len(any_store.claims(entity="Google")) == 2
    assert len(any_store.claims(doc_id=doc.id, limit=1)) == 1


def test_migrations_apply_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    open_store(url).close()
    store = open_store(url)
    assert store.count("schema_migrations") == len(MIGRATIONS)


def test_bad_database_urls_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Cannot use database URL"):
        open_store("nosuchdialect://x")
    with pytest.raises(StoreError, match="Cannot open database"):
        open_store(f"sqlite:///{tmp_path}/missing/dir/x.db")


def test_bare_path_means_sqlite(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "plain.db"))
    assert store.engine.dialect.name == "sqlite" and (tmp_path / "plain.db").exists()


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=1, max_size=200).filter(lambda s: s.strip()),
       usd=st.decimals(min_value=0, max_value=10**15, places=2, allow_nan=False))
def test_document_and_amount_round_trip(tmp_path_factory: pytest.TempPathFactory, text: str, usd: Decimal) -> None:
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('rt') / 'rt.db'}")
    doc = make_doc(text)
    store.add_documents([doc])
    store.replace_claims(doc.id, "rules.v1", [claim(doc, usd=str(usd), end=len(text))])
    assert store.get_document(doc.id).text == text
    assert Decimal(store.claims()[0]["amount_usd"]) == usd
    store.close()


def test_migration_2_upgrades_a_version_1_database(tmp_path: Path) -> None:
    from sqlalchemy import text

    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = open_store(url)
    doc = make_doc("Oracle signed a $300 billion cloud contract with OpenAI.")
    store.add_documents([doc])
    store.replace_claims(doc.id, "rules.v1", [claim(doc, usd="300000000000", end=20)])
    with store.engine.begin() as conn:  # make it look like a database written before version 2
        conn.execute(text("DROP INDEX ix_claims_usd"))
        conn.execute(text("ALTER TABLE claims DROP COLUMN usd"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 2"))
    store.close()
    upgraded = open_store(url)
    with upgraded.engine.connect() as conn:
        assert conn.execute(text("SELECT usd FROM claims")).scalar_one() == 3e11
    assert upgraded.count("schema_migrations") == len(MIGRATIONS)
