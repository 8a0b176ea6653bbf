"""Merge and split decisions stored in the database survive every re-run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealgraph.cli.entities import entities as entities_cli
from dealgraph.entities import (
    KnowledgeBase,
    find_mentions,
    list_provisional,
    load_decisions,
    merge,
    record_provisional,
    resolver_for,
    split,
)
from dealgraph.errors import InputError
from dealgraph.store import Store, open_store


def parties(text: str, store: Store) -> list[str | None]:
    return [m.entity for m in find_mentions(text, resolver=resolver_for(store))]


def test_merge_alias_text_into_entity_survives_reopen(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'd.db'}"
    with open_store(url) as store:
        assert parties("Zorblax Labs signed", store) == ["Zorblax Labs"]  # provisional by shape
        assert merge(store, "Zorblax Labs", "月之暗面") == "Moonshot AI"
    with open_store(url) as store:  # a re-run: new process, new resolver
        ms = find_mentions("Zorblax Labs signed", resolver=resolver_for(store))
        assert [(m.entity, m.provisional) for m in ms] == [("Moonshot AI", False)]
        assert [d.action for d in load_decisions(store)] == ["merge"]


def test_merge_entity_redirects_all_its_aliases(sqlite_store: Store) -> None:
    merge(sqlite_store, "Stargate", "OpenAI")
    assert parties("星际之门与スターゲート", sqlite_store) == ["OpenAI", "OpenAI"]
    assert resolver_for(sqlite_store).resolve_name("Stargate Project") == "OpenAI"
    assert parties("星际之门", open_store(sqlite_store.url)) == ["OpenAI"]


def test_split_alias_from_entity(sqlite_store: Store) -> None:
    assert parties("Azure grew", sqlite_store) == ["Microsoft"]
    split(sqlite_store, "Microsoft", "Azure")  # by the claim party: Azure rolls up to Microsoft
    assert parties("Azure grew; 微软 too", sqlite_store) == ["Microsoft"]
    assert [m.text for m in find_mentions("Azure grew; 微软 too", resolver=resolver_for(sqlite_store))] == ["微软"]
    split(sqlite_store, "OpenAI", "Open AI")
    assert parties("Open AI and OpenAI", sqlite_store) == ["OpenAI"]


def test_split_then_merge_order_is_kept(sqlite_store: Store) -> None:
    split(sqlite_store, "Oracle", "甲骨文")
    assert parties("甲骨文", sqlite_store) == []
    merge(sqlite_store, "甲骨文", "Oracle")
    assert parties("甲骨文", sqlite_store) == ["Oracle"]


def test_split_restores_what_a_merge_replaced(sqlite_store: Store) -> None:
    merge(sqlite_store, "甲骨文", "SAP")
    assert parties("甲骨文", sqlite_store) == ["SAP"]
    split(sqlite_store, "SAP", "甲骨文")
    assert parties("甲骨文", sqlite_store) == ["Oracle"]


def test_merge_undone_by_split(sqlite_store: Store) -> None:
    merge(sqlite_store, "Crusoe", "Lambda")
    assert parties("Crusoe", sqlite_store) == ["Lambda"]
    split(sqlite_store, "Lambda", "Crusoe")
    assert parties("Crusoe", sqlite_store) == ["Crusoe"]


def test_decisions_reject_nonsense(sqlite_store: Store) -> None:
    with pytest.raises(InputError, match="Unknown entity"):
        merge(sqlite_store, "Foo", "No Such Company Anywhere")
    with pytest.raises(InputError, match="does not map"):
        split(sqlite_store, "Microsoft", "谷歌")
    with pytest.raises(InputError):
        merge(sqlite_store, "Microsoft", "微软")  # into itself
    assert load_decisions(sqlite_store) == []


def test_provisional_entities_recorded_and_mergeable(sqlite_store: Store) -> None:
    ms = find_mentions("Zeta Rivers Capital backed Kindo Labs. Zeta Rivers Capital again.")
    assert record_provisional(sqlite_store, ms, doc_id="d1") == 2
    assert record_provisional(sqlite_store, ms, doc_id="d2") == 0
    rows = {r["name"]: r["mentions"] for r in list_provisional(sqlite_store)}
    assert rows == {"Zeta Rivers Capital": 4, "Kindo Labs": 2}
    kb = KnowledgeBase.load(store=sqlite_store)  # recorded names are matched from now on, still provisional
    ms2 = find_mentions("Later, Kindo Labs grew.", resolver=resolver_for(sqlite_store, kb))
    assert [(m.entity, m.provisional) for m in ms2] == [("Kindo Labs", True)]
    merge(sqlite_store, "Kindo Labs", "Zeta Rivers Capital")
    assert parties("Kindo Labs grew", sqlite_store) == ["Zeta Rivers Capital"]


def test_cli_merge_split_list(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    merged = runner.invoke(entities_cli, ["merge", "Zorblax Labs", "Moonshot AI", "--db", url])
    assert merged.exit_code == 0 and "Moonshot AI" in merged.output
    out = runner.invoke(entities_cli, ["resolve", "Zorblax Labs signed", "--db", url, "--json"])
    assert [r["entity"] for r in json.loads(out.output)] == ["Moonshot AI"]
    assert runner.invoke(entities_cli, ["split", "Microsoft", "Azure", "--db", url]).exit_code == 0
    bad = runner.invoke(entities_cli, ["split", "Microsoft", "谷歌", "--db", url])
    assert bad.exit_code != 0 and "DG122" in bad.output
    with open_store(url) as store:
        record_provisional(store, find_mentions("Acme Robotics Inc. filed."))
    listed = runner.invoke(entities_cli, ["list-provisional", "--db", url, "--json"])
    assert [r["name"] for r in json.loads(listed.output)] == ["Acme Robotics"]


def test_resolver_for_is_reused_until_the_decisions_change(sqlite_store: Store) -> None:
    first = resolver_for(sqlite_store)
    assert resolver_for(sqlite_store) is first  # cheap per document: same resolver while nothing changed
    merge(sqlite_store, "Zorblax Labs", "Moonshot AI")
    second = resolver_for(sqlite_store)
    assert second is not first
    ms = find_mentions("Zorblax Labs raised money. The startup said so.", "en", resolver=second)
    assert [(m.text, m.entity, m.via) for m in ms] == [("Zorblax Labs", "Moonshot AI", "alias"),
                                                       ("The startup", "Moonshot AI", "reference")]
