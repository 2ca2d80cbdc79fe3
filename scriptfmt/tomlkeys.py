"""Where each key of a user's TOML file sits, and the problems found at those keys.

tomllib gives no positions for values, so `key_lines` scans the text; `Problems` collects
every problem with file:line so a bad file is reported whole, once. A leaf module:
talent tables, rundowns and anything else validated key by key share it.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from scriptfmt.durations import parse_duration
from scriptfmt.errors import UserError, UserErrors

_KEY = r"(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')"
_DOTTED = re.compile(rf"\s*({_KEY}(?:\s*\.\s*{_KEY})*)\s*")


def _split_key(dotted: str) -> tuple[str, ...]:
    parts = re.findall(_KEY, dotted)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


def key_lines(text: str) -> dict[tuple, int]:
    """Map table paths and keys to 1-based lines: ("show",), ("show", "start"), ("item", 2, "page") …

    tomllib gives no positions for values, so scan the text: table headers, array-of-table
    headers (numbered in order) and `key =` lines; multi-line strings are skipped.
    """
    found: dict[tuple, int] = {}
    table: tuple = ()
    counts: dict[tuple, int] = {}
    in_string: str | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if in_string:
            if in_string in line:
                in_string = None
            continue
        if not line or line.startswith("#"):
            continue
        m = re.match(r"\[\[(.+?)\]\]", line)
        if m:
            name = _split_key(m.group(1))
            counts[name] = counts.get(name, -1) + 1
            table = name + (counts[name],)
            found.setdefault(table, n)
            continue
        m = re.match(r"\[([^\[\]]+)\]", line)
        if m:
            table = _split_key(m.group(1))
            found.setdefault(table, n)
            continue
        m = _DOTTED.match(line)
        if m and line[m.end() : m.end() + 1] == "=":
            found.setdefault(table + _split_key(m.group(1)), n)
            value = line[m.end() + 1 :].strip()
            for quote in ('"""', "'''"):
                if value.startswith(quote) and value.count(quote) == 1:
                    in_string = quote
    return found


def _unprintable(ch: str) -> bool:
    code = ord(ch)
    if ch in "\t\n\r":
        return False
    return code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000 or (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF


class Problems:
    """Problems found in one file, each with the line of the key it is about."""

    def __init__(self, source: str, lines: dict[tuple, int]):
        self.source, self.lines, self.errors = source, lines, []

    def line(self, *path: Any) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None

    def add(self, message: str, *path: Any) -> None:
        self.errors.append(UserError(message, self.source, self.line(*path)))

    def duration(self, value: Any, what: str, *path: Any) -> float | None:
        if isinstance(value, _dt.time):  # an unquoted TOML time, length = 00:28:30
            return float(value.hour * 3600 + value.minute * 60 + value.second)
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.add(f"{what} must be a duration like \"1:30\", not {value!r}", *path)
            return None
        try:
            return parse_duration(str(value), what)
        except UserError as exc:
            self.add(exc.message, *path)
            return None

    def unknown(self, table: dict, allowed: set[str], where: str, *path: Any) -> None:
        for key in table:
            if key not in allowed:
                self.add(f"unknown key {key!r} in {where} (known: {', '.join(sorted(allowed))})", *path, key)

    def unprintable(self, data: Any, *path: Any) -> None:
        """A problem for every string that holds a control character, a lone surrogate or a
        non-character: text that no page, document or spreadsheet can carry as written."""
        if isinstance(data, dict):
            for key, value in data.items():
                self.unprintable(value, *path, key)
        elif isinstance(data, list):
            for n, value in enumerate(data):
                self.unprintable(value, *path, n)
        elif isinstance(data, str):
            bad = next((ch for ch in data if _unprintable(ch)), None)
            if bad is not None:
                where = " ".join(str(p) for p in path if not isinstance(p, int)) or "text"
                self.add(f"{where} has the character U+{ord(bad):04X}, which cannot be printed: write plain text", *path)

    def raise_all(self) -> None:
        """Raise every problem found, in line order (nothing when there is none)."""
        if self.errors:
            raise UserErrors(sorted(self.errors, key=lambda e: e.line or 0))
