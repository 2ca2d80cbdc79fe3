"""Entry point: wires the command modules onto the app and turns every user error into one line.

Any user error (missing file, bad duration, bad option) is one line on stderr and
exit code 2, never a traceback; `--debug` shows the traceback.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator

import typer

from scriptfmt.app import app, plain_metavars, plain_values
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


# Commands whose whole answer is standard output: with stdout closed they have nothing to do.
PRINTING_COMMANDS = ("parse", "time", "check", "readable", "lint")
EXIT_SIGPIPE = 141  # 128 + SIGPIPE, what a shell reports for `cat big | head`; distinct from check's 1


class Terminated(BaseException):
    """SIGTERM or SIGHUP: raised like Ctrl-C's KeyboardInterrupt, so temporary files are removed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum: int, frame) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """SIGTERM and SIGHUP raise Terminated while a command runs; the old handlers come back after
    (tests call main() in-process)."""
    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    old = {name: signal.signal(getattr(signal, name), _on_signal) for name in names}
    try:
        yield
    finally:
        for name, handler in old.items():
            signal.signal(getattr(signal, name), handler)


def _check_streams(args: list[str]) -> None:
    """A closed stdout (`>&-`) is a user error for commands that only print; the others may run."""
    if sys.stderr is None:  # `2>&-`: print(file=None) would send error lines to stdout
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    if sys.stdout is not None:
        return
    first = next((a for a in args if not a.startswith("-")), None)
    if first in PRINTING_COMMANDS:
        _fail(f"standard output is closed; '{first}' prints its answer there (redirect it to a file)")
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # format/rundown: the file names they print go nowhere


def _quiet_broken_pipe() -> None:
    """The reader went away (`parse big | head`): stop quietly, as Unix tools do."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush cannot fail again
    sys.exit(EXIT_SIGPIPE)


def _os_error(exc: OSError) -> None:
    """Writing failed (disk full, stdout gone): one line naming the file, exit 2."""
    if isinstance(exc, BrokenPipeError):
        _quiet_broken_pipe()
    where = exc.filename if exc.filename else "standard output"
    _fail(f"{where}: cannot write ({exc.strerror or exc})")


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if debug:
        args.remove("--debug")
        os.environ["SCRIPTFMT_DEBUG"] = "1"  # fallbacks re-raise (scriptfmt.debug)
    _check_streams(args)
    _register(args)
    command = typer.main.get_command(app)
    plain_metavars(command)
    plain_values(command)
    try:
        with _signals_raise():
            code = command.main(args=args, prog_name="scriptfmt", standalone_mode=False)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not in the interpreter's exit
    except UserError as exc:
        if debug:
            raise
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except SystemExit as exc:
        # Typer's Click catches EPIPE itself and exits 1, the code `check` uses for "over":
        # it leaves stdout wrapped in its PacifyFlushWrapper, which tells the two apart.
        if exc.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            _quiet_broken_pipe()
        raise
    except Terminated as exc:
        _fail("terminated", 128 + exc.signum)
    except OSError as exc:
        if debug:
            raise
        _os_error(exc)
    except Exception as exc:
        if debug:
            raise
        _other_error(exc)
    if code == 130:  # Typer turns Ctrl-C into a silent Exit(130); say what happened
        _fail("interrupted", 130)
    sys.exit(code if isinstance(code, int) else 0)


def _other_error(exc: Exception) -> None:
    # Click's exceptions (Typer may vendor its own copy of Click): duck-typed, so no import.
    if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
        ctx = getattr(exc, "ctx", None)
        name = ctx.command_path if ctx is not None and ctx.parent is not None else "scriptfmt"
        _fail(f"{exc.format_message()} (see '{name} --help')".replace("\n", " "), 2)
    if type(exc).__name__ == "Abort":
        _fail("aborted", 130)
    message = " ".join(str(exc).split())[:300]  # one line, whatever the exception carries
    _fail(f"internal error: {type(exc).__name__}: {message} (run with --debug for the traceback)", 70)
