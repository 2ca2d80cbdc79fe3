"""Headings between a transcript's turns: whose are they?

A transcript desk's rule: a topic heading standing alone between turns (`Chauvin Verdict`, `United in
Science`) is the programme's own line, read with the narration; a segment header in capitals
(`SEGMENT TWO: LISTENER QUESTIONS`, `MARKET WATCH`), a heading naming who answers below it and a line
under the last turn or sentence (`Share This Page`) are the page's, kept with the metadata.
"""

from __future__ import annotations

from scriptfmt.parse import furniture
from scriptfmt.parse.labels import parse_label
from scriptfmt.parse.proselines import topic_between
from scriptfmt.parse.numbered import numbered_voice
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.units import Unit
from scriptfmt.parse.castlist import unnicknamed
from scriptfmt.parse.standfirst import guest
from scriptfmt.parse.turns import prose

__all__ = ["heading_line", "last_spoken", "read_heading", "read_point"]


def last_spoken(lines: list[str]) -> int:
    """The index of the copy's last turn or sentence (-1 when none): the transcript runs down to it. A programme that
    numbers every voice (`Reporter, Female #2`) runs several stories: a line alone between them is a story's source or
    heading (`Al Jazeera, Qatar`), never read (-1)."""
    if any(numbered_voice(raw.strip()) for raw in lines):
        return -1
    return max((n for n, raw in enumerate(lines) if parse_label(raw.strip()) is not None or (prose(raw.strip()) and len(raw.split()) >= 6)), default=-1)


def read_heading(line: str, started: bool, below_last: bool, named: bool) -> bool:
    """A heading between turns that the programme reads: the transcript has begun and goes on below it,
    it names no one who answers, it is in ordinary case (capitals are a segment header) and no colon closes it
    (`Opening Remarks:` labels the section under it)."""
    return started and not below_last and not named and not line.isupper() and not line.endswith(":")


def heading_line(reader, line: str, number: int) -> None:
    """A heading between a transcript's turns (`reader.headings`) or a field of the page above them (`reader.fields`):
    read as the programme's narration (`read_heading`), else kept with the page's metadata; a heading that names who
    answers below it (`Coun. Joe Mihevc/Ward 21`) names the guest."""
    named = None if number in reader.fields else guest([line])
    if number not in reader.fields and read_heading(line, reader.started, number > reader.last_turn, named is not None):
        reader.units.append(Unit(para=Para(line, number)))  # `Chauvin Verdict` between turns: the programme's topic heading, read
        return
    reader.keep(line)
    reader.cast.intro_guest = unnicknamed(named, [line]) or reader.cast.intro_guest  # never the nickname in quotes (`ANTONIO "SONNY" …`)


def read_point(reader, line: str, number: int) -> bool:
    """A heading between the turns (the copy under way) that numbers the copy's points (`III. TRAMITACIÓN DE
    ACTAS`, `1. SON PARTI`; parse/proselines.py): the programme's own words, read in nobody's turn (the turn
    goes on below it); the page's fields, a segment's name, a link or an advertisement stay furniture."""
    read = bool(reader.units) and number not in reader.fields and topic_between(line) and not furniture.is_web_furniture(line)
    reader.units.extend([Unit(para=Para(line, number))] if read else [])
    return read
