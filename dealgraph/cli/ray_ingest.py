"""`dealgraph ray-ingest`: the firehose path, one Ray task per JSONL/Parquet shard."""

from __future__ import annotations

import sys

import click

from dealgraph.cli._common import db_option, user_errors
from dealgraph.pipeline import DEFAULT_EXTRACTORS


@click.command("ray-ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--extractor", "extractors", multiple=True, metavar="NAME",
              help="Extractor to run (repeatable). Default: rules.v1.")
@click.option("--address", default=None, help="Ray cluster to join (auto, ray://head:10001). Default: start one here.")
@click.option("--cpus", type=int, default=None, help="CPUs of the local Ray instance. Default: all.")
@click.option("--max-mb", default=10.0, show_default=True, help="Skip articles larger than this many megabytes.")
def ray_ingest(paths: tuple[str, ...], db_url: str, extractors: tuple[str, ...], address: str | None,
               cpus: int | None, max_mb: float) -> None:
    """Ingest JSONL/Parquet shards (files or folders) with one Ray task per shard.

    Every task writes to --db (PostgreSQL for parallel writers). Re-running stores nothing twice.
    Exit status: 0 all went in, 1 some records, extractions or shards failed.

    Example: dealgraph ray-ingest shards/ --db postgresql+psycopg://dealgraph@db/dealgraph
    """
    from dealgraph.ray_job import ShardReport, ingest_shards

    def done(shard: ShardReport) -> None:
        for problem in shard.report.problems if shard.report else ():
            click.echo(f"error: {problem}", err=True)
        click.echo(f"{shard.shard}: {shard.report.summary() if shard.report else 'failed: ' + str(shard.error)}",
                   err=True)

    with user_errors():
        job = ingest_shards(paths, db_url, extractors=extractors or DEFAULT_EXTRACTORS, address=address,
                            cpus=cpus, max_bytes=int(max_mb * 1_000_000), on_shard=done)
    for problem in job.not_shards:
        click.echo(f"error: {problem}", err=True)
    click.echo(f"{len(job.shards)} shards, {len(job.failed_shards)} failed. {job.total.summary()}")
    sys.exit(job.exit_code())


COMMANDS = [ray_ingest]
