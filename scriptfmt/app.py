"""The Typer app that command modules (scriptfmt/commands/*.py) register on.

Kept apart from cli.py so that command modules can import it without a cycle.
Command modules import rendering libraries only inside the commands that render.
"""

from __future__ import annotations

from typing import Annotated

import typer

from scriptfmt import __version__

app = typer.Typer(
    name="scriptfmt",
    help="Broadcast script formatter: wire copy in, timed anchor scripts and rundowns out.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        print(f"scriptfmt {__version__}")
        raise typer.Exit(0)


@app.callback()
def _group(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.", callback=_print_version, is_eager=True)] = False,
) -> None:
    """Broadcast script formatter: wire copy in, timed anchor scripts and rundowns out."""
    # A callback keeps the app a command group even when cli.py registered only the one
    # command being run (Typer runs a lone command directly, as if it were the whole app).


def plain_metavars(command) -> None:
    """Help in the user's words: `FILES...` and `--style STYLE`, not `{files}... <list[str]>`.

    Typer names a value by its Python type; every command's values get a name from the
    argument or option instead (walked once, on the command tree cli.py is about to run)."""
    for sub in getattr(command, "commands", {}).values():
        plain_metavars(sub)
    for param in getattr(command, "params", []):
        if getattr(param, "is_flag", False) or getattr(param, "count", False) or param.metavar is not None:
            continue
        if param.param_type_name == "argument":
            name = (param.name or "value").upper() + ("..." if param.nargs != 1 else "")
            param.metavar = name
            usage = name if param.required else f"[{name}]"
            # Typer's own renderings add {braces} and a <python type>: plain names instead
            param._usage_display_name = lambda usage=usage: usage
            param.display_type_rich = lambda ctx: None
        else:
            longest = max(param.opts, key=len).lstrip("-")
            param.metavar = longest.upper().replace("-", "_")
