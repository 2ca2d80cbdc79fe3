"""Safe output: write to a temporary file beside the target, then rename over it.

An existing output is replaced only when the new one is complete; an exception
mid-render leaves the old file untouched and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from scriptfmt.errors import UserError

_UMASK = os.umask(0o022)
os.umask(_UMASK)


def check_output_path(out: Path, inputs: list[Path] = ()) -> None:
    """Refuse an output that would overwrite an input or whose folder is missing or read-only."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("output folder does not exist", str(folder))
    if not os.access(folder, os.W_OK):
        raise UserError("output folder is not writable", str(folder))
    if out.is_dir():
        raise UserError("output is a folder, not a file", str(out))
    for src in inputs:
        try:
            if src.exists() and out.exists() and os.path.samefile(src, out):
                raise UserError("refusing to write over the input file", str(out))
        except OSError:
            pass
        if src.resolve() == out.resolve():
            raise UserError("refusing to write over the input file", str(out))


@contextlib.contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; rename it onto `out` only on success."""
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # read-only file system, or a folder root may not write either
        raise UserError(f"cannot write in the output folder ({exc.strerror or exc})", str(folder)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the file the usual permissions
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes_atomic(out: Path, data: bytes) -> None:
    with atomic_path(out) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(out: Path, text: str) -> None:
    write_bytes_atomic(out, text.encode("utf-8"))
