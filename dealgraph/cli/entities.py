"""`dealgraph entities ...`: resolve names in text, search and show the knowledge base, merge/split."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import click

from dealgraph.cli._common import db_option, echo_json, echo_table, json_option, store_from, user_errors
from dealgraph.entities import (
    default_kb,
    find_mentions,
    list_provisional,
    merge,
    resolver_for,
    split,
)

MENTION_COLUMNS = ["start", "end", "text", "entity", "type", "provisional", "via", "unit"]


@click.group()
def entities() -> None:
    """Canonical names for companies, funds, governments and people, in any language."""


@entities.command()
@click.argument("text")
@click.option("--lang", type=click.Choice(["en", "zh", "ja", "ko"]), help="Language of TEXT (default: all rules).")
@click.option("--db", "db_url", default=None, envvar="DEALGRAPH_DB",
              help="Also honour the merge/split decisions stored in this database.")
@json_option
def resolve(text: str, lang: str | None, db_url: str | None, as_json: bool) -> None:
    """Print the entity mentions in TEXT.

    Example: dealgraph entities resolve "微軟和Azure" --json
    """
    resolver = resolver_for(store_from(db_url)) if db_url else None
    with user_errors():
        rows = [asdict(m) for m in find_mentions(text, lang, resolver=resolver)]
    if as_json:
        echo_json(rows)
    else:
        echo_table(rows, MENTION_COLUMNS)


@entities.command()
@click.argument("query")
@json_option
def search(query: str, as_json: bool) -> None:
    """Find entities by name or alias (any language). Example: dealgraph entities search 软银"""
    found = [e.to_dict() for e in default_kb().search(query)]
    if as_json:
        echo_json(found)
    else:
        echo_table([{**e, "aliases": ", ".join(e["aliases"][:6])} for e in found], ["name", "type", "parent", "aliases"])


@entities.command()
@click.argument("name")
@json_option
def show(name: str, as_json: bool) -> None:
    """Show one entity with aliases, parent and children. Example: dealgraph entities show Azure"""
    kb = default_kb()
    entity = kb.get(name)
    if entity is None:
        raise click.ClickException(f"No entity {name!r}. Try: dealgraph entities search {name!r}")
    record: dict[str, Any] = {**entity.to_dict(), "claim_party": kb.claim_party(entity.name),
                              "children": [c.name for c in kb.children(entity.name)]}
    if as_json:
        echo_json(record)
        return
    for key, value in record.items():
        click.echo(f"{key:12} {', '.join(value) if isinstance(value, list) else ('' if value is None else value)}")


@entities.command("merge")
@click.argument("a")
@click.argument("b")
@db_option
def merge_cmd(a: str, b: str, db_url: str) -> None:
    """Record that A (a name or alias) is B. Example: dealgraph entities merge "Kindo AI" Kindo"""
    store = store_from(db_url)
    with user_errors():
        target = merge(store, a, b)
    click.echo(f"{a} -> {target}")


@entities.command("split")
@click.argument("name")
@click.argument("alias")
@db_option
def split_cmd(name: str, alias: str, db_url: str) -> None:
    """Record that ALIAS no longer maps to NAME. Example: dealgraph entities split Oracle ORCL"""
    store = store_from(db_url)
    with user_errors():
        split(store, name, alias)
    click.echo(f"{alias} -/-> {name}")


@entities.command("list-provisional")
@db_option
@json_option
def list_provisional_cmd(db_url: str, as_json: bool) -> None:
    """List organisations found by shape (not in the knowledge base), most mentioned first."""
    rows = list_provisional(store_from(db_url))
    if as_json:
        echo_json(rows)
    else:
        echo_table(rows, ["name", "type", "mentions", "first_doc_id"])


COMMANDS = [entities]
