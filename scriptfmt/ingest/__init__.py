"""Ingest: bytes (plain text, NITF, ninjs …) to copy text plus metadata.

Nothing after this stage sees bytes or feed formats.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from scriptfmt.errors import UserError
from scriptfmt.ingest import plain

MAX_INPUT_BYTES = 20 * 1024 * 1024  # larger copy is refused with a clear message, never a hang


@dataclass
class Copy:
    """Text ready for the parser, with metadata a structured feed already told us."""

    text: str
    source: str = "-"
    metadata: dict = field(default_factory=dict)
    speaker_hints: dict[str, str | None] = field(default_factory=dict)  # NITF <person>: name -> title
    pronouncers: dict[str, str] = field(default_factory=dict)  # NITF <pronounce>: word -> guide


def read_bytes(name: str) -> bytes:
    """Read a copy file (or stdin for `-`), with one-line errors for the usual mistakes."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        path = Path(name)
        if not path.exists():
            raise UserError("no such file", name)
        if path.is_dir():
            raise UserError("is a folder, not a copy file", name)
        try:
            size = path.stat().st_size
            if size > MAX_INPUT_BYTES:
                raise UserError(f"file is {size / 1048576:.0f} MB; copy files are limited to {MAX_INPUT_BYTES // 1048576} MB", name)
            data = path.read_bytes()
        except PermissionError:
            raise UserError("cannot read the file (permission denied)", name) from None
        except OSError as exc:
            raise UserError(f"cannot read the file ({exc.strerror or exc})", name) from None
    if len(data) > MAX_INPUT_BYTES:
        raise UserError(f"input is larger than {MAX_INPUT_BYTES // 1048576} MB", name)
    return data


def ingest_bytes(data: bytes, source: str = "-") -> Copy:
    """Turn input bytes into Copy. Plain text is the fallback for anything not recognised."""
    text = plain.decode(data)
    if not text.strip():
        raise UserError("file is empty (no copy to format)", source)
    return Copy(text=text, source=source)


def read_copy(name: str) -> Copy:
    return ingest_bytes(read_bytes(name), name)
