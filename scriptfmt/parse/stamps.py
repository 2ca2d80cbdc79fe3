"""Time stamps alone on a transcript's line: a machine transcript's `(00:24):`, a broadcast log's
clock time (`4:30 pm`), a WebVTT or SRT cue's timing line. Each is a cue, never read."""

from __future__ import annotations

import re

__all__ = ["TIMESTAMP", "is_timing_line", "stamp_line"]

TIMESTAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?")
_CLOCK_SUFFIX = re.compile(r"(?<=\d)[ ]?(?i:[ap]\.?m\.?)$")
_VTT_TIMING = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ ]+-->[ ]+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:[ ][^\n]{0,80})?")


def stamp_line(line: str) -> bool:
    """`(00:24):`, `(00:24)`, `[00:24]`, `00:24` alone on a line: a machine transcript's time stamp, a cue;
    `4:30 pm` too, a broadcast log's clock time above the captions of that minute."""
    return bool(TIMESTAMP.fullmatch(_CLOCK_SUFFIX.sub("", line.removesuffix(":"))))


def is_timing_line(line: str) -> bool:
    """`00:00:01.200 --> 00:00:06.800`: a WebVTT or SRT cue's timing, kept but never read."""
    return bool(_VTT_TIMING.fullmatch(line))
