"""`dealgraph eval`, `dealgraph explain` and `dealgraph extractors`."""

from __future__ import annotations

from pathlib import Path

import click

from dealgraph.cli._common import db_option, echo_json, echo_table, json_option, store_from, user_errors


@click.command("eval")
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--extractor", "extractor_name", default="rules.v1", show_default=True, help="Extractor to score.")
@json_option
def eval_command(folders: tuple[Path, ...], extractor_name: str, as_json: bool) -> None:
    """Score an extractor on folders of X.txt + X.facts.jsonl (+ X.meta.json).

    Example: dealgraph eval tests/fixtures/extract --json
    """
    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    with user_errors():
        report = evaluate(list(folders), create_extractor(extractor_name))
    data = report.as_dict()
    if as_json:
        echo_json(data)
        return
    rows = [{"scope": "overall", **data["overall"]}]
    rows += [{"scope": f"lang {k}", **v} for k, v in data["by_lang"].items()]
    rows += [{"scope": f"kind {k}", **v} for k, v in data["by_kind"].items()]
    echo_table(rows, ["scope", "tp", "fp", "fn", "precision", "recall", "f1"])
    click.echo(f"\nstatus accuracy: {data['status_accuracy']}   redundant restatements: {data['redundant']}")
    _listing("missed", data["misses"], ["why"])
    _listing("false", data["false"])


def _listing(title: str, rows: list[dict], extra: list[str] = []) -> None:  # noqa: B006 - never mutated
    if rows:
        click.echo(f"\n{title}:")
        echo_table(rows, ["kind", "source", "target", "amount_usd", "pct", *extra, "evidence", "path"], max_width=60)


@click.command("explain")
@click.argument("source")
@click.option("--lang", type=click.Choice(["en", "zh", "ja"]), help="Language of the text (default: detected).")
@click.option("--published", help="Publication date (ISO) for relative dates and the fallback date.")
@db_option
@json_option
def explain_command(source: str, lang: str | None, published: str | None, db_url: str, as_json: bool) -> None:
    """Show how the rules read a text, a file, or a stored document id.

    Example: dealgraph explain "Google invested $2 billion in Anthropic."
    """
    from dealgraph.extract.explain import explanation_dict, explanation_lines
    from dealgraph.extract.rules import RuleExtractor

    with user_errors():
        doc = _document(source, lang, published, db_url)
        exp = RuleExtractor().explain(doc)
    if as_json:
        echo_json(explanation_dict(exp))
    else:
        click.echo("\n".join(explanation_lines(exp)) if exp.sentences else "(no deal trigger found)")


def _document(source: str, lang: str | None, published: str | None, db_url: str):
    from dataclasses import replace

    from dealgraph._hashing import document_id
    from dealgraph.extract.sentences import script_lang
    from dealgraph.model import Document

    path = Path(source)
    if _is_file(source):
        text = path.read_text(encoding="utf-8", errors="replace")
    elif len(source) == 32 and all(ch in "0123456789abcdef" for ch in source):
        doc = store_from(db_url).get_document(source)
        if doc is None:
            raise click.ClickException(f"no stored document {source} in {db_url}")
        return replace(doc, **{k: v for k, v in (("lang", lang), ("published", published)) if v})
    else:
        text = source
    return Document(id=document_id(text), path=source if _is_file(source) else "<text>", text=text,
                    lang=lang or script_lang(text[:2000]), published=published)


def _is_file(source: str) -> bool:
    try:
        return len(source) < 1024 and "\n" not in source and Path(source).is_file()
    except OSError:
        return False


@click.command("extractors")
@json_option
def extractors_command(as_json: bool) -> None:
    """List the available extractors (built-in and plugins).

    Example: dealgraph extractors
    """
    from dealgraph.extract import describe_extractors

    rows = [{"name": i.name, "languages": ",".join(i.languages), "origin": i.origin, "description": i.description}
            for i in describe_extractors()]
    echo_json(rows) if as_json else echo_table(rows, ["name", "languages", "origin", "description"])


COMMANDS = [eval_command, explain_command, extractors_command]
