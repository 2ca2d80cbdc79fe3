"""Entry point: wires the command modules onto the app and turns every user error into one line.

Any user error (missing file, bad duration, bad option) is one line on stderr and
exit code 2, never a traceback; `--debug` shows the traceback.
"""

from __future__ import annotations

import sys

import typer

from scriptfmt.app import app
from scriptfmt.errors import UserError

# Which module registers each command. Only the invoked command's module is imported, so
# `scriptfmt time` does not pay for the others; --help and unknown commands load them all.
COMMAND_MODULES = {
    "parse": "story", "time": "story", "check": "story", "format": "format",
    "rundown": "rundown", "readable": "readable", "lint": "readable", "mos": "mos", "watch": "watch",
}


def _register(args: list[str]) -> None:
    first = next((a for a in args if not a.startswith("-")), None)
    wanted = [COMMAND_MODULES[first]] if first in COMMAND_MODULES else sorted(set(COMMAND_MODULES.values()), key=list(COMMAND_MODULES.values()).index)
    for module in wanted:
        __import__(f"scriptfmt.commands.{module}")


def _fail(message: str, code: int = 2) -> None:
    for line in message.splitlines() or [message]:
        print(f"scriptfmt: {line}" if not line.startswith("scriptfmt:") else line, file=sys.stderr)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if debug:
        args.remove("--debug")
    _register(args)
    command = typer.main.get_command(app)
    try:
        code = command.main(args=args, prog_name="scriptfmt", standalone_mode=False)
    except UserError as exc:
        if debug:
            raise
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        if debug:
            raise
        # Click's exceptions (Typer may vendor its own copy of Click): duck-typed, so no import.
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            ctx = getattr(exc, "ctx", None)
            name = ctx.command_path if ctx is not None and ctx.parent is not None else "scriptfmt"
            _fail(f"{exc.format_message()} (see '{name} --help')".replace("\n", " "), 2)
        if type(exc).__name__ == "Abort":
            _fail("aborted", 130)
        _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", 70)
    if code == 130:  # Typer turns Ctrl-C into a silent Exit(130); say what happened
        _fail("interrupted", 130)
    sys.exit(code if isinstance(code, int) else 0)
