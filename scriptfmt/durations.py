"""Broadcast durations: `:15`, `1:30`, `1:02:03` or plain seconds, read and printed.

A leaf module (no scriptfmt imports but errors): the parser, timing, rundowns and renderers share it.
"""

from __future__ import annotations

import math
import re

from scriptfmt.errors import UserError

# m:ss, :ss, h:mm:ss or plain seconds ("92" means 1:32, as in NRCS duration cells).
_DURATION = re.compile(r"(?:(\d+):)?(?:(\d*):)?(\d+(?:\.\d+)?)")
# Longest duration accepted anywhere (a show, a story, a bite): 99:59:59. Anything longer is a
# typo, and refusing it keeps int() and float() away from huge numbers (digit limit, infinity).
MAX_SECONDS = 100 * 3600 - 1
_MAX_DIGITS = 9  # per field, checked before int() so a 5,000-digit field is refused, not converted


def _shown(text: object, limit: int = 24) -> str:
    """The user's text for a message, cut short so a 5,000-character value stays one readable line."""
    raw = str(text)
    return repr(raw if len(raw) <= limit else raw[:limit] + "…")


def parse_duration(text: str, what: str = "duration") -> float:
    """`:15` -> 15, `1:30` -> 90, `1:02:03` -> 3723, `92` -> 92. Raises UserError on `1:75`, `-0:10`."""
    raw = str(text).strip()
    m = _DURATION.fullmatch(raw)
    if not raw or not m or raw.startswith("-"):
        raise UserError(f"bad {what} {_shown(text)}: write it as m:ss, :ss or seconds (e.g. 1:30)")
    if any(len(group.split(".")[0]) > _MAX_DIGITS for group in m.groups() if group):
        raise UserError(f"bad {what} {_shown(text)}: longer than {format_duration(MAX_SECONDS)}")
    value = _seconds(m, text, what)
    if value > MAX_SECONDS:
        raise UserError(f"bad {what} {_shown(text)}: longer than {format_duration(MAX_SECONDS)}")
    return value


def _seconds(m: re.Match, text: str, what: str) -> float:
    hours_or_min, minutes, seconds = m.group(1), m.group(2), float(m.group(3))
    if hours_or_min is not None and minutes is not None:
        hours, minutes_v = int(hours_or_min), int(minutes or 0)
        if minutes_v >= 60 or seconds >= 60:
            raise UserError(f"bad {what} {_shown(text)}: minutes and seconds must be below 60")
        return hours * 3600 + minutes_v * 60 + seconds
    minutes = hours_or_min if hours_or_min is not None else minutes
    if minutes is None:
        return seconds
    if seconds >= 60:
        raise UserError(f"bad {what} {_shown(text)}: seconds must be below 60")
    return int(minutes or 0) * 60 + seconds


def format_duration(seconds: float, signed: bool = False) -> str:
    """Broadcast time: `:15`, `1:30`, `1:02:03`; rounded to the nearest second."""
    if not math.isfinite(seconds):  # never from parse_duration; say so rather than crash
        return "--:--"
    sign = "-" if seconds < 0 else ("+" if signed and seconds > 0 else "")
    total = int(math.floor(abs(seconds) + 0.5))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    if minutes:
        return f"{sign}{minutes}:{secs:02d}"
    return f"{sign}:{secs:02d}"
