"""Transcripts and interviews: speaker-label turns, a cast list, transcript cues and furniture.

A story IS a transcript only on evidence (`looks_like_transcript`): several label lines, or
one with a transcript notice (`THIS IS A RUSH TRANSCRIPT`) or a cast list; so `Note:` or
`Update:` in wire copy never becomes a speaker. Then, line by line:
  1. `cue-line`: a whole line in brackets or parentheses (`(BEGIN VIDEO CLIP)`, `[00:12:03]`,
     `(COMMERCIAL BREAK)`) is a cue;
  2. `notice`: `Rush transcript`, `This copy may not be in its final form`, the programme's
     title and segment headers before the first turn are metadata;
  3. `label`: `NAME:`, `NAME, TITLE:`, `Mr. NAME (Title):`, `[Name:]`, `Q:` / `A:`,
     `HOST:` / `GUEST:` …, or a name alone on a line, opens a turn (the label is a cue);
  4. every other line carries on the open turn.
Who speaks (`Cast.person`): the programme's own people (host, anchor, reporter,
correspondent, interviewer, by label, title or cast list) read narration; every other turn is
a soundbite of that person, the name and title from the label, the cast list or the
introduction. A surname label (`KINKADE:`) is the person first labelled in full; an unknown
one-word label never introduced is the programme's (a co-anchor), never a guessed guest.
Inside a turn `(laughs)`, `(crosstalk)`, `[00:01:02]` … are cues, in a bite too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scriptfmt.model import Cue, Segment, Soundbite, Speaker
from scriptfmt.parse.cast import Cast, Person
from scriptfmt.parse.labels import (
    _INLINE, _TIMESTAMP, Label, is_cue_line, is_notice, name_alone, parse_label, strip_timestamp, words,
)
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.quotes import find_quotes

__all__ = ["looks_like_transcript", "parse_label", "read"]

QUOTE_MARKS = "\"“”„«»‹›‘’'‚"


def looks_like_transcript(lines: list[str], metadata: dict) -> bool:
    """Several speaker-label lines (two when one is a role, a title or Q/A), or one with a
    transcript notice or a cast list; or three names alone on a line, each above a turn."""
    return _evidence(lines, metadata) != ""


def _evidence(lines: list[str], metadata: dict) -> str:
    """"labels", "alone" (names alone on a line) or "" (not a transcript)."""
    labels, strong, alone, notice = 0, 0, 0, False
    names: set[str] = set()
    for n, raw in enumerate(lines):
        line = strip_timestamp(raw.strip())
        if not line:
            continue
        notice = notice or is_notice(line)
        label = parse_label(line)
        if label and (label.rest or n + 1 < len(lines)):
            labels += 1
            names.add(label.name.lower())
            strong += bool(label.role or label.title or label.name.isupper() or label.stamped)
        elif name_alone(line) and n + 1 < len(lines) and lines[n + 1].strip() and not lines[n + 1].strip().isupper():
            alone += 1
    cast = any(k in words().cast_keys for k in metadata)
    if labels >= 3 and strong >= 2 and len(names) >= 2:
        return "labels"
    roles = words().staff_roles | words().guest_roles
    if labels >= 2 and strong >= 2 and len(names) >= 2 and (notice or cast or any(n in roles for n in names)):
        return "labels"
    if labels >= 1 and strong >= 1 and (notice or cast):
        return "labels"
    return "alone" if alone >= 3 else ""





@dataclass(eq=False, repr=False)
class Unit:
    """Read copy (`para`, read by `talent`) or a ready segment (label cue, bite, cue)."""

    para: Para | None = None
    segment: Segment | None = None
    talent: str | None = None


@dataclass(eq=False, repr=False)
class Reader:
    metadata: dict
    warnings: list[str]
    units: list[Unit] = field(default_factory=list)
    cast: Cast = field(default_factory=Cast)
    turn: Person | None = None
    started: bool = False  # a turn has been seen: before it, lines that are not prose are the programme's furniture
    names_alone: bool = False  # this transcript puts each speaker's name alone on a line
    before_clip: Person | None = None  # who spoke when a clip began

    def feed(self, raw: str, number: int) -> None:
        line = raw.strip()
        if not line:
            return
        stamp = _TIMESTAMP.match(line)
        if stamp and stamp.end() < len(line) and line[stamp.end()] == " " and parse_label(line[stamp.end():].lstrip()):
            self.units.append(Unit(segment=Cue(line[: stamp.end()], number, cue_type="NOTE", original=line[: stamp.end()])))
            line = line[stamp.end():].lstrip()
        if is_cue_line(line):
            low = line.lower()
            if "begin" in low:
                self.cast.first = False  # a cold open: the first voice is a clip, not the host
                self.before_clip = self.turn
            elif low.startswith(("(end", "[end")) and self.before_clip is not None:
                self.turn = self.before_clip  # after the clip, the words are the one who rolled it
            self.units.append(Unit(segment=Cue(line.strip("[]()").strip(), number, cue_type=_cue_type(line), original=line)))
            return
        label = parse_label(line)
        if is_notice(line) or (not self.started and not label and not (self.names_alone and name_alone(line)) and not line.endswith((".", "?", "!", '"', "”"))):
            self.metadata.setdefault("transcript", []).append(line)
            return
        if label is None and self.names_alone and name_alone(line):
            label = Label(line, line, None, None, "")
        if label is not None:
            self._open_turn(label, number)
            line = label.rest
        self.cast.mention(line)
        if line:
            self._words(line, number)

    def _open_turn(self, label: Label, number: int) -> None:
        self.started = True
        self.turn = self.cast.person(label)
        if not self.turn.staff and self.turn.name is None:
            self.warnings.append(f"line {number}: speaker {label.written!r} could not be named; the bite has no super")
        # The label says who speaks, which the turn's talent or super already carries: kept, never read.
        self.metadata.setdefault("speaker_labels", []).append(label.written)

    def _words(self, line: str, number: int) -> None:
        """The turn's words, split at the cues inside them."""
        pos = 0
        for m in _INLINE.finditer(line):
            inner = m.group()[1:-1].strip()
            if m.group()[0] == "[" or _TIMESTAMP.fullmatch(inner) or inner.lower().startswith(words().cue_starts) or inner.isupper():
                self._text(line[pos : m.start()], number)
                self.units.append(Unit(segment=Cue(inner, number, cue_type=_cue_type(m.group()), original=m.group())))
                pos = m.end()
        self._text(line[pos:], number)

    def _text(self, text: str, number: int) -> None:
        text = text.strip()
        if not any(c.isalnum() for c in text):
            if text:
                self.units.append(Unit(para=Para(text, number)))
            return
        turn = self.turn
        if turn is None or turn.staff:
            self.units.append(Unit(para=Para(text, number), talent=turn.name if turn else None))
            return
        speaker = Speaker(turn.name, turn.title) if turn.name else None
        quotes = find_quotes(text) if text[:1] in QUOTE_MARKS else []
        if len(quotes) == 1 and quotes[0].closed and quotes[0].end >= len(text.rstrip(" .")):
            s, e = quotes[0].inner(text)  # `HALVORSEN: "No, the building was empty."`: the turn in quotation marks
            text = text[s:e].strip()
        self.units.append(Unit(segment=Soundbite(text, number, speaker=speaker, why="transcript-label")))


def _cue_type(written: str) -> str:
    low = written.strip("[]() ").lower()
    if "clip" in low or "videotape" in low or "audio" in low or "video" in low:
        return "SOT"
    if low.startswith(("commercial", "break")):
        return "STRUCTURE"
    return "NOTE"


def read(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    reader = Reader(metadata, warnings, names_alone=_evidence(lines, metadata) == "alone")
    reader.cast.add_cast(metadata)
    for raw in lines:  # who the copy introduces, anywhere (`I'm Susan Davis` may follow her first label)
        reader.cast.mention(raw)
    for n, raw in enumerate(lines):
        reader.feed(raw, first_line + n + 1)
    return reader.units
