"""Time stamps run into a transcript's lines: a caption export's `00:12I think …` or `:00:46. > :00:50.Afternoon …`,
a machine transcript's `00:00:07.980 | We lined up …`, a video page's elapsed time before its words (`00:22 Ce sera …`; from zero, so never a clock time like `14:05`)
(`glued_stamp`), and a stamp opening a labelled line (`[00:00:02] Odile Fairbanks:`, `strip_timestamp`)."""

from __future__ import annotations

import re

from scriptfmt.parse.stamps import TIMESTAMP

__all__ = ["glued_stamp", "strip_timestamp"]

# `:00:46. > :00:50.Afternoon, welcome …`: a subtitle export's timing run into the words it times
_CAPTION_TIMING = re.compile(r":?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{0,3})?[ ]?(?:-->|>)[ ]?:?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{0,3})?")

# `00:00:07.980 | We lined up our first guest`: a machine transcript's line, its start time set off by a bar
_PIPED = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[ ]?\|")

# `Starting point is 00:00:02 Hello and welcome …`: a podcast transcript site's stamp, led by its words, before the text
_LED = re.compile(r"(?i:starting point is|start time:?|timestamp:?) (?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?(?= \S)")


def glued_stamp(line: str) -> str:
    """`00:12I think …`, `:00:46. > :00:50.Afternoon …`, `00:00:07.980 | We …`: a caption export's time stamp or
    timing run into the words it times ("" if none)."""
    timing = _CAPTION_TIMING.match(line) or _PIPED.match(line) or _LED.match(line)
    if timing and timing.end() < len(line):
        return timing.group()
    m = TIMESTAMP.match(line)
    if m and line[:1] == "[" and m.group()[-1:] == "]" and line[m.end() : m.end() + 1] == " " and line[m.end() + 1 : m.end() + 2].isalpha():
        return m.group()  # `[0:05] Sino yung nasa likod …?`: a machine transcript's row, its elapsed time in brackets
    if not m or not line[:1].isdigit() or m.end() >= len(line):
        return ""
    if line[m.end()] == " " and line[:1] == "0" and m.group()[-1:].isdigit() and line[m.end() + 1 : m.end() + 2].isalpha():
        return m.group()  # `00:22 Ce sera au mois de juin.`: a video page's elapsed time, a space before the words
    after = line[m.end()]
    unit = line[m.end():m.end() + 4].rstrip(" .").lower()
    if unit.startswith(("am", "pm", "a.m", "p.m", "h ", "hrs", "min", "sec")) or unit in ("h", "a", "p"):
        return ""  # `6:00PM NEWS`, `0:45min`: a time of day or a length, not a caption's stamp
    return m.group() if after.isalpha() or after in "\"“'‘" else ""


def strip_timestamp(line: str) -> str:
    m = TIMESTAMP.match(line)
    return line[m.end():].lstrip() if m and m.end() < len(line) and line[m.end()] == " " else line
