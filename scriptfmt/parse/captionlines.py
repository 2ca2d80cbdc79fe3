"""A caption stream (SRT, WebVTT) pasted from a page that lost its line breaks:
`WEBVTT 1 00:00:01.000 --> 00:00:04.200 Good evening … 2 00:00:04.200 --> …`. Each cue's number and timing
start lines of their own again, as the file prints them, so the timings are read as cues and the captions
as the words between them. Only a line with two timings or more is broken (a sentence that mentions one
arrow stays whole). One scan a line, no pattern that can backtrack.
"""

from __future__ import annotations

import re

# `12 00:01:02,500 --> 00:01:05,000` (SRT) or `00:01:02.500 --> 00:01:05.000` (WebVTT; the cue number is optional)
_TIMING = re.compile(r"(?:\b(?P<number>\d{1,5})[ ]+)?(?P<timing>\d{1,2}:\d{2}:\d{2}[.,]\d{3}[ ]+-->[ ]+\d{1,2}:\d{2}:\d{2}[.,]\d{3})")
_TIMINGS = 2  # a flattened stream shows at least two cues' timings on one line


def unflatten(lines: list[str]) -> list[str]:
    """The lines with each flattened caption stream broken before every cue's number and after its timing."""
    out: list[str] = []
    for line in lines:
        found = list(_TIMING.finditer(line)) if "-->" in line else []
        if len(found) < _TIMINGS:
            out.append(line)
            continue
        numbered = all(m.group("number") for m in found)  # SRT numbers every cue; in WebVTT a number before a timing is the caption's (`born in 1999`)
        start = 0
        for m in found:
            cut = m.start() if numbered else m.start("timing")
            out += [piece for piece in (line[start:cut].strip(), m.group("number") if numbered else "", m.group("timing")) if piece]
            start = m.end()
        out += [line[start:].strip()] if line[start:].strip() else []
    return out
