"""`scriptfmt watch`: a hot folder — every story that lands in INBOX becomes a script in OUTBOX.

Wire systems write slowly, so a file is taken only once it is complete: its size and
modification time unchanged over `--settle` polls and (where /proc shows it) no process
holding it open for writing; half a story is never rendered. Polling needs no extra
dependency and works the same on network shares, where file-system events are unreliable.

Each input is formatted like `scriptfmt format` would (the same loader, broadcast-style
pass and writers, written atomically), then moved to INBOX/done/, so a restart never
redoes it; one that cannot be read gets one log line naming it and goes to
INBOX/rejected/, and the watch goes on (a failure that is not the file's, such as an outbox
that cannot be written, leaves it in the inbox for a later try). Files already waiting when the watch starts are
processed first. Ctrl-C or SIGTERM stops it after the file in hand, leaving no temporary
files; a second Ctrl-C stops at once (the atomic writer still removes its temporary file).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from scriptfmt.app import app
from scriptfmt.errors import UserError
from scriptfmt.talents import check_wpm

DONE, REJECTED = "done", "rejected"
# Names a sender uses while a file is still being written (renamed when complete)
IN_PROGRESS = (".tmp", ".part", ".partial", ".crdownload", ".filepart", ".swp", "~")
EMPTY_PATIENCE = 5  # an empty file may be one that was just created: wait this many times longer
RETRY_SECONDS = 60.0  # an input held back (outbox not writable, cannot be moved) is tried again after this


@dataclass
class Seen:
    size: int
    mtime_ns: int
    stable_polls: int = 0


@dataclass
class HotFolder:
    inbox: Path
    outbox: Path
    render: object  # callable(Path) -> Path: formats one input, returns the output written
    settle: int = 2
    seen: dict[Path, Seen] = field(default_factory=dict)
    held: dict[Path, tuple[int, int, float]] = field(default_factory=dict)  # size, mtime, when
    written: int = 0
    rejected: int = 0

    def candidates(self) -> list[Path]:
        """Top-level files of the inbox that are not hidden nor named as still in progress."""
        try:
            entries = sorted(self.inbox.iterdir())
        except OSError as exc:
            raise UserError(f"cannot read the inbox ({exc.strerror or exc})", str(self.inbox)) from None
        return [p for p in entries if not p.name.startswith(".") and not p.name.endswith(IN_PROGRESS) and p.is_file() and not self._is_held(p)]

    def _is_held(self, path: Path) -> bool:
        """Held back after a failure that was not the file's fault, until it changes or the retry time passes."""
        if path not in self.held:
            return False
        size, mtime_ns, since = self.held[path]
        try:
            stat = path.stat()
        except OSError:
            return True
        if (stat.st_size, stat.st_mtime_ns) == (size, mtime_ns) and time.monotonic() - since < RETRY_SECONDS:
            return True
        del self.held[path]
        return False

    def _hold(self, path: Path, problem: str) -> None:
        with contextlib.suppress(OSError):
            stat = path.stat()
            self.held[path] = (stat.st_size, stat.st_mtime_ns, time.monotonic())
        self.seen.pop(path, None)
        log(f"{problem}; left in the inbox, tried again in {RETRY_SECONDS:g} s")

    def poll(self) -> list[Path]:
        """Look at the inbox once; return the files that are complete, oldest name first."""
        current = self.candidates()
        for gone in set(self.seen) - set(current):
            del self.seen[gone]
        settled = []
        for path in current:
            try:
                stat = path.stat()
            except OSError:
                continue
            before = self.seen.get(path)
            if before and (before.size, before.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                before.stable_polls += 1
            else:
                self.seen[path] = before = Seen(stat.st_size, stat.st_mtime_ns)
            needed = self.settle * (EMPTY_PATIENCE if stat.st_size == 0 else 1)
            if before.stable_polls >= needed:
                settled.append(path)
        busy = open_for_writing(settled)
        return [p for p in settled if p not in busy]

    def process(self, path: Path) -> None:
        """Format one complete input, then move it to done/ (or rejected/, with one log line)."""
        if not path.is_file():  # taken away by its sender since the last look
            self.seen.pop(path, None)
            return
        try:
            target = self.render(path)
        except UserError as exc:
            if exc.source and Path(exc.source).resolve().is_relative_to(self.outbox.resolve()):
                self._hold(path, f"{path}: {exc}")  # the outbox's problem, not the story's
                return
            self._set_aside(path, REJECTED, str(exc) if str(exc).startswith(str(path)) else f"{path}: {exc}")
            return
        except Exception as exc:  # noqa: BLE001 -- one bad story must not stop the watch
            self._set_aside(path, REJECTED, f"{path}: internal error {type(exc).__name__}: {exc}")
            return
        self.written += 1
        print(target, flush=True)
        self._set_aside(path, DONE)

    def _set_aside(self, path: Path, folder: str, problem: str | None = None) -> None:
        dest = unique_name(self.inbox / folder, path.name)
        try:
            os.replace(path, dest)
        except OSError as exc:
            self._hold(path, (problem + "; " if problem else f"{path}: ") + f"could not move it to {folder}/ ({exc.strerror or exc})")
            return
        self.seen.pop(path, None)
        if folder == REJECTED:
            self.rejected += 1
        if problem:
            log(f"{problem} -> {folder}/" if folder == REJECTED else problem)


def unique_name(folder: Path, name: str) -> Path:
    """folder/name, or folder/stem-2.ext … when a file of that name is already there."""
    dest = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while dest.exists():
        dest = folder / f"{stem}-{n}{suffix}"
        n += 1
    return dest


def open_for_writing(paths: list[Path]) -> set[Path]:
    """Which of `paths` some process has open for writing (Linux /proc; elsewhere: none known)."""
    if not paths or not Path("/proc/self/fd").is_dir():
        return set()
    wanted = {str(p.resolve()): p for p in paths}
    busy: set[Path] = set()
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        fd_dir = f"/proc/{pid}/fd"
        try:
            fds = os.listdir(fd_dir)
        except OSError:
            continue  # gone, or another user's process
        for fd in fds:
            try:
                target = os.readlink(f"{fd_dir}/{fd}")
                if target in wanted and _writing(pid, fd):
                    busy.add(wanted[target])
            except OSError:
                continue
    return busy


def _writing(pid: str, fd: str) -> bool:
    with open(f"/proc/{pid}/fdinfo/{fd}", encoding="ascii") as info:
        for line in info:
            if line.startswith("flags:"):
                return int(line.split()[1], 8) & (os.O_WRONLY | os.O_RDWR) != 0
    return False


def log(line: str) -> None:
    print(f"scriptfmt: watch: {line}", file=sys.stderr, flush=True)


class StopFlag:
    """SIGINT/SIGTERM set the flag (the file in hand is finished); a second SIGINT stops at once."""

    def __init__(self) -> None:
        self.stop = False
        self.previous: dict[int, object] = {}

    def __enter__(self) -> StopFlag:
        for sig in (signal.SIGINT, signal.SIGTERM):
            self.previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum: int, frame: object) -> None:
        if self.stop and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.stop = True

    def sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self.stop and (left := end - time.monotonic()) > 0:
            time.sleep(min(left, 0.05))


def _prepare(inbox: Path, outbox: Path) -> None:
    if not inbox.is_dir():
        raise UserError("inbox folder does not exist", str(inbox))
    try:
        outbox.mkdir(parents=True, exist_ok=True)
        for folder in (DONE, REJECTED):
            (inbox / folder).mkdir(exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create a folder ({exc.strerror or exc})", exc.filename or str(outbox)) from None
    if outbox.resolve() == inbox.resolve():
        raise UserError("the outbox must not be the inbox (scripts would be read back as copy)", str(outbox))
    if not os.access(outbox, os.W_OK) or not os.access(inbox, os.W_OK):
        raise UserError("inbox and outbox must both be writable", str(outbox))


def run(folder: HotFolder, interval: float, once: bool, banner: str) -> None:
    """Poll until stopped (or, with `once`, until every file in the inbox has been handled)."""
    with StopFlag() as flag:
        log(banner)  # only once Ctrl-C and SIGTERM are ours: from here on a stop is clean
        while not flag.stop:
            for path in folder.poll():
                if flag.stop:
                    break
                folder.process(path)
            if once and not folder.candidates():
                break
            flag.sleep(interval)
    log(f"stopped: {folder.written} written, {folder.rejected} rejected")


@app.command("watch")
def watch_cmd(
    inbox: Annotated[Path, typer.Argument(help="Folder where stories arrive.", show_default=False)],
    out: Annotated[Path, typer.Option("--output", "-o", help="Folder for the scripts (created if missing).", show_default=False)],
    style: Annotated[str, typer.Option("--style", "-s", help="tv, radio, prompter, or a style .toml.")] = "tv",
    to: Annotated[str | None, typer.Option("--to", help="pdf, docx, txt, rtf, srt or vtt; default pdf (txt for the prompter style).", show_default=False)] = None,
    wpm: Annotated[float | None, typer.Option("--wpm", help="Read rate in words per minute.", show_default=False)] = None,
    as_written: Annotated[bool, typer.Option("--as-written", help="Keep the copy as written (no broadcast-style rewrite).")] = False,
    interval: Annotated[float, typer.Option("--interval", help="Seconds between looks at the inbox.")] = 1.0,
    settle: Annotated[int, typer.Option("--settle", help="Looks a file's size must stay the same before it is taken.")] = 2,
    once: Annotated[bool, typer.Option("--once", help="Handle what is in the inbox (waiting for files still being written), then stop.")] = False,
) -> None:
    """Hot folder: format every story that lands in INBOX into OUTBOX; inputs move to INBOX/done or INBOX/rejected."""
    from scriptfmt.bites import lay_out_bites
    from scriptfmt.commands.format import writer_for, broadcast_style, default_extension
    from scriptfmt.pipeline import load_story
    from scriptfmt.styles import load_style

    check_wpm(wpm)
    if not 0.05 <= interval <= 3600 or not 1 <= settle <= 100:
        raise UserError("--interval must be 0.05 to 3600 seconds and --settle 1 to 100 looks")
    loaded = load_style(style)
    ext = default_extension(loaded, to)
    write = writer_for(ext)
    _prepare(inbox, out)

    def render(path: Path) -> Path:
        story = broadcast_style(lay_out_bites(load_story(str(path), loaded, wpm), None, loaded), as_written)  # as `format` does
        target = out / f"{path.stem}{ext}"
        write([story], loaded, target)
        return target

    run(HotFolder(inbox, out, render, settle), interval, once, f"watching {inbox} -> {out} ({ext[1:]}); Ctrl-C stops")
