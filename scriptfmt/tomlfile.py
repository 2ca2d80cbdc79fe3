"""Reading the TOML files a user hands us (styles, rundowns, talents, cue words, pronouncers):
one place that turns every way of failing into a one-line `file:line: problem`."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from scriptfmt.errors import UserError

MAX_TOML_BYTES = 20 * 1024 * 1024  # as for copy files: a style or rundown is never near this
_AT_LINE = re.compile(r" \(at line (\d+), column \d+\)")


def read_text(path: str | Path, what: str) -> str:
    """The file's text (a BOM is dropped), or a UserError saying why it cannot be read."""
    file = Path(path)
    if not file.exists():
        raise UserError(f"{what} file not found", str(path))
    if file.is_dir():
        raise UserError(f"{what} file is a folder, not a file", str(path))
    try:
        with file.open("rb") as handle:  # bounded: /dev/zero or a pipe has no size to check first
            data = handle.read(MAX_TOML_BYTES + 1)
        if len(data) > MAX_TOML_BYTES:
            raise UserError(f"{what} file is larger than {MAX_TOML_BYTES // 1048576} MB", str(path))
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{what} file is not UTF-8 text", str(path)) from None
    except OSError as exc:
        raise UserError(f"cannot read {what} file ({exc.strerror or exc})", str(path)) from None


def loads(text: str, source: str) -> dict[str, Any]:
    """Parse TOML text; a syntax error names the file and the line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _AT_LINE.search(str(exc))
        message = _AT_LINE.sub("", str(exc))
        raise UserError(f"not valid TOML: {message}", source, int(m.group(1)) if m else None) from None
    except ValueError:  # not a TOMLDecodeError: int() refusing a number of thousands of digits
        raise UserError("not valid TOML: a number is too long (thousands of digits)", source) from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise UserError("TOML is nested too deeply (arrays or tables inside one another)", source) from None


def load(path: str | Path, what: str) -> dict[str, Any]:
    """Read and parse a user's TOML file."""
    return loads(read_text(path, what), str(path))


@lru_cache(maxsize=16)
def load_builtin(name: str) -> dict[str, Any]:
    """A data file shipped in styles/ (package scriptfmt.styledata); parsed once, do not modify."""
    return tomllib.loads(resources.files("scriptfmt.styledata").joinpath(name).read_text(encoding="utf-8"))
