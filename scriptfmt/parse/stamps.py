"""Time stamps alone on a transcript's line: a machine transcript's `(00:24):`, a broadcast log's
clock time (`4:30 pm`), a WebVTT or SRT cue's timing line. Each is a cue, never read."""

from __future__ import annotations

import re

from scriptfmt import tomlfile

__all__ = ["TIMESTAMP", "clock_before_colon", "is_timing_line", "stamp_line"]

TIMESTAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?")
# the words a podcast transcript site leads its stamp with (`Starting point is 00:00:04`; styles/furniture.toml)
_LEADS = tomlfile.load_builtin("furniture.toml")["transcript"]["stamp_leads"]
_LED_WORDS = re.compile(r"(?i:" + "|".join(map(re.escape, _LEADS)) + r")[ ](?=\d)")
_CLOCK_SUFFIX = re.compile(r"(?<=\d)[ ]?(?i:[ap]\.?m\.?)$")
_VTT_TIMING = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ ]+-->[ ]+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:[ ][^\n]{0,80})?")


def stamp_line(line: str) -> bool:
    """`(00:24):`, `(00:24)`, `[00:24]`, `00:24` alone on a line: a machine transcript's time stamp, a cue;
    `4:30 pm` too, a broadcast log's clock time above the captions of that minute."""
    led = _LED_WORDS.match(line)  # `Starting point is 00:00:04` alone on its line, the words on the next
    return bool(TIMESTAMP.fullmatch(_CLOCK_SUFFIX.sub("", line[led.end() if led else 0 :].removesuffix(":"))))


def is_timing_line(line: str) -> bool:
    """`00:00:01.200 --> 00:00:06.800`: a WebVTT or SRT cue's timing, kept but never read."""
    return bool(_VTT_TIMING.fullmatch(line))


# `Name (Party) [10:01:01]:`, `Name (Party) (10:01):`: a member's label, the sitting's clock in brackets before the colon
_CLOCKED = re.compile(r"([^:\n\[\]]{2,90})\[\d{1,2}:\d{2}(?::\d{2})?\][ ]*:(?=\s|$)")
_PAREN_CLOCKED = re.compile(r"([^:\n()]{2,60}\([^()\n:]{1,40}\)[ ]*)\(\d{1,2}:\d{2}(?::\d{2})?\)[ ]*:(?=\s|$)")


def clock_before_colon(line: str) -> re.Match | None:
    """`Anna Berglund (S) [10:01:01]: …`: the label's head (group 1) and, to `end()`, the clock and the colon."""
    return _CLOCKED.match(line) or _PAREN_CLOCKED.match(line)
