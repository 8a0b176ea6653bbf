"""`dealgraph serve`: the web UI and REST API over a store."""

from __future__ import annotations

import click

from dealgraph.cli._common import db_option, store_from, user_errors


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless given).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option("--private", is_flag=True, help="Reads need the token too (env DEALGRAPH_TOKEN).")
@click.option("--get", "get_path", metavar="PATH", help="Print one response (e.g. /api/deals) and exit; no server.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (each keeps its own deals in memory).")
@click.option("--token", envvar="DEALGRAPH_TOKEN", show_envvar=True, hidden=True)
def serve(db_url: str, host: str, port: int, private: bool, get_path: str | None, workers: int,
          token: str | None) -> None:
    """Serve the web UI and REST API (writes need DEALGRAPH_TOKEN).

    \b
    Examples:
      DEALGRAPH_TOKEN=s3cret dealgraph serve --db deals.db
      dealgraph serve --db deals.db --get '/api/deals?kind=investment&limit=5'
      dealgraph serve --db deals.db --workers 2
    """
    from dealgraph.server import create_app
    from dealgraph.server.run import get_once, run_server, run_workers, settings_for

    with user_errors():
        if workers > 1 and not get_path:
            run_workers(db_url, host, port, workers, private=private, token=token)
            return
        app = create_app(store_from(db_url), settings_for(host, private=private, token=token))
        if get_path:
            status, text = get_once(app, get_path, token=token)
            click.echo(text)
            raise SystemExit(0 if status < 400 else 1)
        click.echo(f"dealgraph on http://{host if ':' not in host else f'[{host}]'}:{port}/ "
                   f"(writes {'enabled' if token else 'disabled: set DEALGRAPH_TOKEN'})", err=True)
        run_server(app, host, port)


COMMANDS = [serve]
