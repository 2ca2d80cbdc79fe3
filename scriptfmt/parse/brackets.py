"""Bracketed spans of a script line, walked in one place: `(DEV)`, `[TAKE SOT]`, `{NAT}`.
Brackets on a script line do not nest: a span runs from an opening bracket to the first
closing bracket after it; the walk goes on after that closing bracket."""

from __future__ import annotations

from collections.abc import Iterator

CLOSING = {"(": ")", "[": "]", "{": "}", "<": ">"}


def bracket_spans(line: str, opening: str = "(", start: int = 0) -> Iterator[tuple[int, int]]:
    """Each `(…)` span (or `[…]`, `{…}` for that opening mark) at or after `start`, left to right,
    as (where the opening bracket stands, just past the closing one); an unclosed bracket ends
    the walk."""
    closing = CLOSING[opening]
    at = line.find(opening, start)
    while at >= 0:
        close = line.find(closing, at + 1)
        if close < 0:
            return
        yield at, close + 1
        at = line.find(opening, close)


def first_bracket(line: str, opening: str = "(") -> tuple[int, int] | None:
    """The line's first bracketed span, as `bracket_spans` gives it; None when there is none."""
    return next(bracket_spans(line, opening), None)


def is_heading_direction(t: str) -> bool:
    """`### 🎵 [INTRO MUSIK - 15-20 sekunder]`: a script exported as markdown sets its production directions as
    headings; the bracketed direction is the script's cue, never a separator's `###`."""
    body = t.lstrip("# ")
    at = next((k for k, c in enumerate(body) if c.isalnum() or c in "[("), len(body))  # past the heading's emoji
    return len(body) < len(t) and body[at : at + 1] == "[" and body.rstrip().endswith("]")
