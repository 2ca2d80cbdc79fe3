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


@app.callback()
def _group() -> None:
    """Broadcast script formatter: wire copy in, timed anchor scripts and rundowns out."""
    # A callback keeps the app a command group even when cli.py registered only the one
    # command being run (Typer runs a lone command directly, as if it were the whole app).
