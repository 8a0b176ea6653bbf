"""`dealgraph ingest`, `reextract`, `docs` and `export`: getting articles in and claims out."""

from __future__ import annotations

import sys
import time

import click

from dealgraph.cli._common import db_option, echo_json, echo_table, is_terminal, json_option, store_from, user_errors
from dealgraph.export import FORMATS, write_claims
from dealgraph.model import Problem
from dealgraph import pipeline
from dealgraph.pipeline import DEFAULT_EXTRACTORS, IngestReport, default_workers, ingest_paths


class _Progress:
    """A one-line progress counter on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = is_terminal()
        self.last = 0.0

    def __call__(self, report: IngestReport) -> None:
        if self.enabled and time.monotonic() - self.last > 0.5:
            self.last = time.monotonic()
            rate = report.read / report.seconds if report.seconds else 0
            click.echo(f"\r{report.read:,} articles, {report.claims:,} claims ({rate:,.0f}/s)", err=True, nl=False)

    def done(self) -> None:
        if self.enabled and self.last:
            click.echo("", err=True)


def _print_problem(problem: Problem) -> None:
    click.echo(f"error: {problem}", err=True)


def _extractor_names(extractors: tuple[str, ...], no_extract: bool) -> tuple[str, ...]:
    return () if no_extract else (extractors or DEFAULT_EXTRACTORS)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--extractor", "extractors", multiple=True, metavar="NAME",
              help="Extractor to run (repeatable). Default: rules.v1.")
@click.option("--no-extract", is_flag=True, help="Only store the documents; extract claims later.")
@click.option("--max-mb", default=10.0, show_default=True, help="Skip files larger than this many megabytes.")
@click.option("--batch-size", default=200, show_default=True, help="Documents per database transaction.")
@click.option("--workers", default=default_workers(), show_default=True,
              help="Worker processes for cleaning and extraction (1 = in this process).")
def ingest(paths: tuple[str, ...], db_url: str, extractors: tuple[str, ...], no_extract: bool,
           max_mb: float, batch_size: int, workers: int) -> None:
    """Read articles (.txt .md .html .htm .jsonl .parquet; folders recursively) and extract claims.

    Re-ingesting the same text changes nothing. Each unreadable input gets one line on stderr
    and the rest goes in. Exit status: 0 all went in, 1 some failed, 2 usage error.

    Example: dealgraph ingest examples/news --db sqlite:///deals.db
    """
    store, progress = store_from(db_url), _Progress()
    with user_errors():
        report = ingest_paths(paths, store, extractors=_extractor_names(extractors, no_extract),
                              batch_size=batch_size, max_bytes=int(max_mb * 1_000_000), workers=workers,
                              on_problem=_print_problem, on_progress=progress)
    progress.done()
    click.echo(report.summary())
    sys.exit(report.exit_code())


@click.command("reextract")
@db_option
@click.option("--extractor", "extractors", multiple=True, metavar="NAME",
              help="Extractor to run (repeatable). Default: rules.v1.")
@click.option("--workers", default=default_workers(), show_default=True, help="Worker processes for extraction.")
def reextract_cmd(db_url: str, extractors: tuple[str, ...], workers: int) -> None:
    """Extract claims again from every stored document (after upgrading an extractor).

    Claims from the same extractor are replaced; reviews are kept, since they are keyed by
    what a claim asserts, not by its row.
    """
    store, progress = store_from(db_url), _Progress()
    with user_errors():
        report = pipeline.reextract(store, extractors=extractors or DEFAULT_EXTRACTORS, workers=workers,
                                    on_progress=progress)
    progress.done()
    click.echo(f"Re-extracted {report.read} documents: {report.claims} claims, "
               f"{report.extraction_failures} failures in {report.seconds:.1f}s")
    sys.exit(report.exit_code())


@click.command()
@db_option
@click.option("--lang", help="Only documents in this language (en, zh, ja, ko).")
@click.option("--limit", default=100, show_default=True, help="How many to list.")
@click.option("--offset", default=0, help="Skip this many first.")
@json_option
def docs(db_url: str, lang: str | None, limit: int, offset: int, as_json: bool) -> None:
    """List stored documents: id, path, language, date, title, characters."""
    store = store_from(db_url)
    rows = [{"id": d.id, "path": d.path, "lang": d.lang, "date": d.published, "date_source": d.date_source,
             "title": d.title, "chars": len(d.text), "duplicate_of": d.duplicate_of}
            for d in store.documents(lang=lang, limit=limit, offset=offset)]
    if as_json:
        echo_json(rows)
    else:
        for r in rows:
            r["id"] = r["id"][:12]
        echo_table(rows, ["id", "lang", "date", "chars", "title", "path"], max_width=40)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
@click.option("--include-rejected", is_flag=True, help="Also export claims a reviewer rejected.")
def export(db_url: str, fmt: str, output: str | None, include_rejected: bool) -> None:
    """Write claims in the contract format (doc_path, doc_id, lang, kind, source, target,
    amount_usd, pct, date, status, evidence, confidence, ...), reviews applied."""
    store = store_from(db_url)
    with user_errors():
        if output:
            with open(output, "w", encoding="utf-8", newline="") as out:
                n = write_claims(store, out, fmt, include_rejected=include_rejected)
            click.echo(f"Wrote {n} claims to {output}", err=True)
        else:
            write_claims(store, sys.stdout, fmt, include_rejected=include_rejected)


COMMANDS = [ingest, reextract_cmd, docs, export]
