"""Pages that describe tape rather than script it: a programme's catalogue (numbered items, each closed by
where it runs on the tape) and an agency's video page (the file's line: length, format, size). Both are
shotlist evidence (parse/shotfind.py): what they list is tape, a cue for the desk, never read copy and never
the page's furniture."""

from __future__ import annotations

import re

from scriptfmt.parse.shotlabels import shot_words

_SPAN_TIME = r"\d{0,2}:\d{2}(?::\d{2})?"  # a tape position; the minutes may be dropped (`:52`)
# `(00:45-05:20)`, `[12:40-18:02]`, `(0:00 - 3:12)` closing the line: where the item runs on the tape, from-to
_PLACED = re.compile(rf"[(\[]{_SPAN_TIME}[ \t]?(?:[-–—]|to)[ \t]?{_SPAN_TIME}[)\]]$")
_LENGTH = re.compile(r"\d{0,2}:?\d{1,2}:\d{2}")  # `1:22`, `00:01:22`
_SIZE = re.compile(r"\d+(?:[.,]\d+)?[ \t]?[KMGT][Bo]", re.IGNORECASE)  # `47.2 MB`, `512 Mo`
_FILE_PARTS = 3


def catalogue_entry(text: str) -> bool:
    """A programme's catalogue entry (`3. Banana exporters condemn … (00:45-05:20)`): an item closed by where it
    runs on the tape, from-to. It describes the tape: a cue, never read, never the page's furniture."""
    return bool(_PLACED.search(text.rstrip()[-40:]))


def media_file(text: str) -> bool:
    """An agency's video file line (`Broll / 1:22 / MP4 / 47.2 MB`, `HD | 00:02:10 | MOV`): three parts or more
    parted by slashes or bars, one the tape's length and one its format or size. The page offers tape: its
    fields and the description of its pictures are cues, the story under them read."""
    if len(text) > 80:
        return False
    parts = [p.strip() for p in re.split(r"[/|]", text)]
    if len(parts) < _FILE_PARTS or not all(parts):
        return False
    formats = shot_words().file_formats
    length = any(_LENGTH.fullmatch(p) for p in parts)
    kind = any(p.upper() in formats or _SIZE.fullmatch(p) for p in parts)
    return length and kind


def describes_tape(text: str) -> bool:
    """`B-roll of volunteers providing …`, `Footage of the flooded market`: a line of the page's header that says
    what the offered tape shows (styles/shotlist.toml `tape_openers`): a cue for the desk, never read."""
    words = text.lower().replace("-", " ").split()
    return any(words[: len(opener)] == opener for opener in shot_words().tape_openers)
