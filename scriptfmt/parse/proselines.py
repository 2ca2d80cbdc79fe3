"""Lines around a transcript's or interview's turns that are read or kept as they stand: prose the page
hard-wrapped above the turns (`Una soleada mañana … para conocer un po` / `co más a la alcaldesa …`) is read
whole, never cut at a line break into a kept line of furniture and a read one (prose is never furniture); a
heading between turns is read when it numbers the copy's points, kept when it names a segment."""

from __future__ import annotations

import re

from scriptfmt.parse.hardwrap import leaves_quote_open
from scriptfmt.parse.holder import series_heading
from scriptfmt.parse.labels import SEGMENT_WORDS, Label, is_cue_line, parse_label
from scriptfmt.parse.punctuation import LATIN_SENTENCE_ENDS

_CLOSERS = "\"”’'») ]"
_SHORT_WORD = 3  # `di`, `su`, `de`, `of`, `the`: a line ending on such a word is cut mid-sentence


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith(LATIN_SENTENCE_ENDS + (":",))


def cut_mid_sentence(line: str, below: str) -> bool:
    """`line` was cut inside a sentence that `below` carries on: `below` opens in lower case, or `line`
    ends on a comma, a hyphen or a short word (lower case, or any in a line of capitals) or inside a
    quotation, with no sentence's end."""
    if not line or not below or _ends_sentence(line):
        return False
    last = line.split()[-1]
    short = last.isalpha() and len(last) <= _SHORT_WORD and (last.islower() or line.isupper())  # `… ON A NEW` in capitals copy
    return below[:1].islower() or line.endswith((",", "-")) or short or leaves_quote_open(line)


def wrapped_prose(lines: list[str], is_prose) -> set[int]:
    """Indexes of the lines of each hard-wrapped paragraph (a turn's label in none) whose joined text
    `is_prose` says is read: a run opens where a line is cut mid-sentence (`cut_mid_sentence`) and
    goes on to the line that ends a sentence (or to a blank line or a label)."""
    found: set[int] = set()
    n = 0
    while n < len(lines) - 1:
        line = lines[n].strip()
        if not cut_mid_sentence(line, lines[n + 1].strip()) or parse_label(line) is not None or parse_label(lines[n + 1].strip()) is not None:
            n += 1
            continue
        run = [n]
        while run[-1] + 1 < len(lines):
            below = lines[run[-1] + 1].strip()
            if not below or parse_label(below) is not None or _ends_sentence(lines[run[-1]].strip()):
                break
            run.append(run[-1] + 1)
        if is_prose(" ".join(lines[k].strip() for k in run)):
            found.update(run)
        n = run[-1] + 1
    return found


_CLOCK = re.compile(r"\d{1,2}:\d{2}")  # `6:12`, `18:20:05`
_NUMBERED = re.compile(r"(?:\d{1,2}|[IVX]{1,5})[.)][ ]+(?=\S)")  # `1. SON PARTI`, `III. TRAMITACIÓN DE ACTAS`


def topic_between(line: str) -> bool:
    """A heading between turns that numbers the copy's own points (`1. SON PARTI`, `III. TRAMITACIÓN DE ACTAS`,
    the agenda of a record): the copy's topic, read with it. A heading with no number (`MARKET WATCH`,
    `Part 2: Harbour Strike`, `Opening Remarks`) names the programme's segment: the page's furniture."""
    return bool(_NUMBERED.match(line.strip("*#_ ")))


def segment_header(label: Label | None) -> bool:
    """`SEGMENT TWO: LISTENER QUESTIONS`: a segment header in capitals, not a turn."""
    if label is None or label.role or not label.rest:
        return False
    first = label.name.lower().split()[0]
    return first in SEGMENT_WORDS or (label.name.isupper() and label.rest.isupper() and not label.rest.endswith((".", "?", "!"))) or series_heading(label.name)


def stamped_tail(line: str) -> tuple[str, str]:
    """`Answer (Jan 22, 2003 6:12:15 PM)`: a line of the page (a web chat's turn word) closed by the time in
    brackets it was posted: the line and the stamp, a cue; (`line`, "") when no such stamp closes it."""
    if not line.endswith((")", "]")):
        return line, ""
    cut = line.rfind("(" if line.endswith(")") else "[")
    if cut <= 0 or not _CLOCK.search(line[cut:]) or not is_cue_line(line[cut:]):
        return line, ""
    return line[:cut].rstrip(), line[cut:]
