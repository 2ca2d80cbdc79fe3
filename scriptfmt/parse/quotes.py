"""Quotation spans in a paragraph, found in one left-to-right pass.

Typographic marks pair as “…”, „…“, «…» and ‘…’ (a ’ followed by a letter is an
apostrophe); a straight `"` opens after a space or at the start and closes otherwise.
Straight single marks are apostrophes far more often than quotes, so they are left alone. Marks inside a cue span do not count. An opening mark with no closing
mark runs to the end of the paragraph (`closed=False`): the copy convention for a quote
that continues into the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = {"“": "”", "„": "“", "«": "»", "‹": "›"}
_CLOSERS = {"”", "»", "›"}
_MARK = re.compile('[“”„«»‹›"‘’]')


@dataclass(eq=False, repr=False)
class QuoteSpan:
    start: int  # index of the opening mark
    end: int  # index after the closing mark (or len(text) when unclosed)
    closed: bool

    def inner(self, text: str) -> tuple[int, int]:
        """Start and end of the quoted words, without the marks."""
        return self.start + 1, self.end - 1 if self.closed else self.end


def find_quotes(text: str, skip: list[tuple[int, int]] = ()) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    skip = sorted(skip)
    k = 0  # next skip span
    open_at = -1
    expect = ""  # the closing mark the open quote waits for
    for m in _MARK.finditer(text):  # jump from mark to mark: the scan runs at regex speed
        i = m.start()
        while k < len(skip) and skip[k][1] <= i:
            k += 1
        if k < len(skip) and skip[k][0] <= i:
            continue  # a mark inside a cue does not count
        ch = text[i]
        if open_at < 0:
            if ch == "‘" and _opens(text, i):  # British single quotes; ’ inside words is an apostrophe
                open_at, expect = i, "’"
            elif ch in _OPENERS:
                open_at, expect = i, _OPENERS[ch]
            elif ch == '"' and _opens(text, i):
                open_at, expect = i, '"'
            elif ch == "”" and _opens(text, i):  # some feeds send ” for both marks
                open_at, expect = i, "”"
        elif expect == "’":
            if ch == "’" and not (i + 1 < len(text) and text[i + 1].isalnum()):
                spans.append(QuoteSpan(open_at, i + 1, True))
                open_at = -1
        elif ch == expect or (ch in _CLOSERS and expect != '"') or (ch == '"' and expect in "”“"):
            spans.append(QuoteSpan(open_at, i + 1, True))
            open_at = -1
    if open_at >= 0:
        spans.append(QuoteSpan(open_at, len(text), False))
    return spans


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:/") and not after.isspace()
