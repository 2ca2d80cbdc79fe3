"""The Typer app that command modules (scriptfmt/commands/*.py) register on.

Kept apart from cli.py so that command modules can import it without a cycle.
Command modules import rendering libraries only inside the commands that render.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

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


# --- values without pydantic ------------------------------------------------------------
# Typer coerces every value through a pydantic TypeAdapter, and building the first one
# imports pydantic (about a third of `scriptfmt time`'s start-up). Our values are strings,
# lists of strings, flags and plain numbers: those are taken as Typer would take them;
# anything else (a typo in --wpm, a Path, a default of another type) goes to Typer's own
# coercion, so its messages and checks stay exactly Typer's.
PLAIN_FLOAT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
PLAIN_INT = re.compile(r"[+-]?[0-9]{1,18}")
PLAIN_TYPES = (str, float, int, bool)
_TYPER_DECIDES = object()  # the value is not plain


def plain_value(annotation: Any, value: Any) -> Any:
    """`value` as Typer would coerce it to `annotation`, or _TYPER_DECIDES when it is not plain."""
    kind = type(value)
    if kind is annotation and annotation in PLAIN_TYPES:
        return value
    if annotation == list[str] and kind in (list, tuple) and all(type(v) is str for v in value):
        return list(value)
    if kind is str and annotation is float and PLAIN_FLOAT.fullmatch(value):
        return float(value)
    if kind is str and annotation is int and PLAIN_INT.fullmatch(value):
        return int(value)
    return _TYPER_DECIDES


def _plain_runtime(runtime_base: type):
    """A Typer RuntimeParam that coerces plain values itself and hands the rest to Typer's."""

    class PlainValues(runtime_base):
        def _coerce_value(self, value, param, ctx):
            plain = plain_value(self.annotation, value)
            if plain is not _TYPER_DECIDES:
                return plain
            from typer._coercion import build_runtime_param  # pydantic, only for what is not plain

            return build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)

    return PlainValues


def plain_values(command, help_names: list[str] | None = None) -> None:
    """Give the str, list[str], bool, float and int parameters of the command tree (and each
    command's --help, which Typer adds when parsing) the coercion above.

    Sets Typer's lazily built `_runtime_param`; should a Typer release change that, nothing
    is set and Typer coerces as before, only slower to start."""
    try:
        from typer._click import Context
        from typer._coercion import RuntimeParam
    except ImportError:
        return
    runtime = _plain_runtime(RuntimeParam)
    names = command.context_settings.get("help_option_names", help_names or ["--help"])  # as Click's Context inherits them
    params = list(getattr(command, "params", []))
    helper = command.get_help_option(Context(command, help_option_names=names)) if hasattr(command, "get_help_option") else None
    for param in params + ([helper] if helper is not None else []):
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or getattr(param, "_runtime_param", False) is not None or descriptor.file_annotation is not None:
            continue
        info = descriptor.parameter_info  # a parser, bounds, choices or path checks: Typer's job
        if info.parser is not None or info.min is not None or info.max is not None or descriptor.is_path or descriptor.is_choice:
            continue
        if descriptor.annotation in PLAIN_TYPES or descriptor.annotation == list[str]:
            param._runtime_param = runtime(parameter_info=info, annotation=descriptor.annotation)
    for sub in getattr(command, "commands", {}).values():
        plain_values(sub, names)
