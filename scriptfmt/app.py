"""The Typer app that command modules (scriptfmt/commands/*.py) register on.

Kept apart from cli.py so that command modules can import it without a cycle.
Command modules import rendering libraries only inside the commands that render.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="scriptfmt",
    help="Broadcast script formatter: wire copy in, timed anchor scripts and rundowns out.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
