"""The `dealgraph` command. Each module in this package contributes its commands.

A module here that defines ``COMMANDS`` (a list of click commands or groups) is picked up
automatically, so adding a command never means editing this file.
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from dealgraph.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="dealgraph")
def cli() -> None:
    """Read business news (en, zh, ja) into a sourced graph of money between AI-industry players."""


def _load_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for command in getattr(module, "COMMANDS", []):
            cli.add_command(command)


_load_commands()


def main() -> None:
    cli()
