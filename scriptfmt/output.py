"""Safe output: write to a temporary file beside the target, then rename over it.

An existing output is replaced only when the new one is complete; an exception,
Ctrl-C, SIGTERM or SIGHUP mid-render (cli.py turns the signals into exceptions)
leaves the old file untouched and no temporary file behind.

The rules for `-o`: a folder, a named pipe or a device is refused; a symlink is
followed (the file it points to is replaced, the link stays); an existing file keeps
its permissions; the output may never be one of the inputs (same device and inode,
so hard links, symlinks and stdin redirected from the file are all caught).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from scriptfmt.errors import UserError

_UMASK = os.umask(0o022)
os.umask(_UMASK)
_TEMP_PREFIX = ".sf-"  # short and fixed: a 246-character output name still leaves room for it


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _input_identities(inputs: Iterable[Path | str]) -> list[tuple[tuple[int, int], str]]:
    """(device, inode) of each input that exists; `-` is standard input (fd 0)."""
    found = []
    for src in inputs:
        try:
            if str(src) == "-":
                found.append((_identity(os.fstat(0)), "<stdin>"))
            else:
                found.append((_identity(os.stat(src)), str(src)))
        except (OSError, ValueError):
            continue  # a missing input is reported when it is read
    return found


def check_output_path(out: Path, inputs: Iterable[Path | str] = ()) -> None:
    """Refuse an output that is not a plain file we may write, or that is one of the inputs."""
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("output folder does not exist", str(folder))
    if not os.access(folder, os.W_OK):
        raise UserError("output folder is not writable", str(folder))
    if out.is_dir():
        raise UserError("output is a folder, not a file", str(out))
    try:
        info = os.stat(out)  # follows a symlink: its target is what would be replaced
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UserError(f"cannot use the output ({exc.strerror or exc})", str(out)) from None
    if stat.S_ISFIFO(info.st_mode):
        raise UserError("output is a named pipe (FIFO), not a file; give a file name", str(out))
    if not stat.S_ISREG(info.st_mode):
        raise UserError("output is a device or special file, not a regular file; give a file name", str(out))
    for identity, name in _input_identities(inputs):
        if identity == _identity(info):
            what = "standard input" if name == "<stdin>" else f"the input file {name}"
            raise UserError(f"refusing to write over {what}", str(out))


def _target(out: Path) -> Path:
    """The file really replaced: a symlink's target (the link itself stays)."""
    return out.resolve() if out.is_symlink() else out


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions (0600 stays 0600); new files get the usual 0666 & ~umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; rename it onto `out` only on success.

    Errors never name the temporary file: a renderer's problem or a full disk is reported
    against `out`."""
    out = Path(out)
    target = _target(out)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp" + target.suffix[:8], dir=folder)  # the suffix tells a writer its format
    except OSError as exc:  # read-only file system, or a folder root may not write either
        raise UserError(f"cannot write in the output folder ({exc.strerror or exc})", str(folder)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, _mode_for(target))  # mkstemp makes 0600
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, UserError) and exc.source == str(tmp):
            exc.source = str(out)
            raise
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            raise UserError(f"cannot write the output ({exc.strerror or exc})", str(out)) from None
        raise


def write_bytes_atomic(out: Path, data: bytes) -> None:
    with atomic_path(out) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(out: Path, text: str) -> None:
    write_bytes_atomic(out, text.encode("utf-8"))

