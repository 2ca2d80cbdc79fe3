"""News-agency video shotlists (UNifeed, AP Archive, Reuters, World Bank, EBU, AFPTV).

The shape: a header of fields (STORY, DATE, LOCATION, SOURCE, TRT/DURATION, RESTRICTIONS,
LANGUAGE), numbered shot lines (`4. Med shot, journalists`), SOUNDBITE lines that open a bite
(`5. SOUNDBITE (English) Name, Title:` then the words, quoted or not), often a STORYLINE of read
copy. An agency feed may flatten it all onto one line (`SHOTLIST: 1. Exterior … 2. …`).

What a producer makes of it, and so what this reader does, rule by rule:
  - shot lines are cues: never read, never timed;
  - the header is metadata; TRT/DURATION is the piece's running time (metadata, not a bite);
  - a SOUNDBITE line opens a bite (tape SOT) of the person it names, the language kept; the
    words after it are the bite's;
  - STORYLINE paragraphs are read copy, their quotes attributed by the attribution sieve;
  - place/date slugs between shots (`04 FEBRUARY 2022, NEW YORK CITY`) are metadata; a graphic
    line (`GRAPH – WORLD BANK`) is a cue.
Detection is on evidence only (`looks_like_shotlist`): numbered lines that open with shot words
(styles/shotlist.toml), never an ordinary numbered list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scriptfmt.model import Cue, Segment, Soundbite
from scriptfmt.parse import tape
from scriptfmt.parse.shotlabels import OPENING as _OPENING
from scriptfmt.parse.shotlabels import bite_label, label_duration, label_parts, shot_words, sound_label, speaker_of
from scriptfmt.parse.paragraphs import Para

QUOTE_MARKS = "\"“”„«»‹›‘’"
_OPENING = "\"“„«‹‘"
_CLOSING = "\"”»›’"
_ITEM = re.compile(r"(?<!\S)(\d{1,3})[.)][ \t]+(?=\S)")  # `4. ` / `4) ` where a word starts
_FIELD = re.compile(r"([A-Za-z][A-Za-z _/]{0,30}?)[ \t]*:[ \t]*(.*)")
_TIMECODE = re.compile(r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*[-–—]?[ \t]*(?=\S)")  # `00:12 – `, `[01:04:10] `
_SENTENCE_END = (".", "!", "?", "…", ":") + tuple(_CLOSING)


# --- evidence --------------------------------------------------------------------------


def items_of(line: str) -> list[tuple[int, int, int]]:
    """The numbered items of a line as (number, start, body start): a line that opens with
    `N.`, and on a flattened feed line each next number in sequence (`1. … 2. … 3. …`)."""
    found: list[tuple[int, int, int]] = []
    timed = _TIMECODE.match(line)
    if timed and is_shot(line[timed.end() :]):  # `00:12 Wide shot, dais`: a timed shot line
        return [(0, 0, timed.end())]
    tries = 0  # numbers tried as the start of a run inside the line: a few, so the scan stays linear
    for m in _ITEM.finditer(line):
        number = int(m.group(1))
        if found and number != found[-1][0] + 1:
            continue
        if not found and m.start() > 0:
            tries += 1
            if tries > 3 or not _opens_items(line, m):
                continue
        found.append((number, m.start(), m.end()))
    return found


def _opens_items(line: str, m: re.Match) -> bool:
    """A number inside a line opens a run of shots only after a section word (`SHOTLIST: 1.`,
    `… Recent 1.`) and when the next number follows in sequence on the same line."""
    return f" {int(m.group(1)) + 1}. " in line[m.end():] or "SHOTLIST" in line[: m.start()].upper()


def is_shot(body: str) -> bool:
    """`Wide shot, dais`, `Close up of …`, `Exterior, hotel`, `SOUNDBITE (English) …` (a
    timecode before it, `1. 00:05 Wide shot`, skipped)."""
    body = skip_timecode(body)
    words = _words(body[:60])
    if not words:
        return False
    if bite_label(body) is not None:
        return True
    for opener in shot_words().long_openers:
        if tuple(words[: len(opener)]) == opener:
            return True
    first = words[0]
    if first in shot_words().short_openers:
        rest = body.lstrip()[len(first):]
        return not rest or rest[0] in ",;:.–—-/("
    return False


def skip_timecode(body: str) -> str:
    timed = _TIMECODE.match(body)
    return body[timed.end() :] if timed else body


def _words(text: str) -> list[str]:
    return [w.strip(",;:.-–—()").lower() for w in text.split()]


def looks_like_shotlist(lines: list[str]) -> bool:
    """Numbered shot lines (two or more that open with shot words), or a numbered SOUNDBITE
    line, or SOUNDBITE lines that give the bite's language (`SOUNDBITE (English) Name:`)."""
    shots = bites = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        for _, _, body in items_of(text):
            shots += is_shot(text[body:])
            bites += bite_label(text[body:]) is not None
        if not text[:1].isdigit() and _language_label(text):
            bites += 1
        if shots >= 2 or bites >= 1:
            return True
    return False


def _language_label(text: str) -> bool:
    label = bite_label(text)
    return label is not None and label_parts(text, label[2], label[1])[2] is not None


# --- the reader ------------------------------------------------------------------------


@dataclass(eq=False, repr=False)
class Unit:
    """One piece of a shotlist: a ready segment (shot cue, bite) or a paragraph of read copy."""

    para: Para | None = None
    segment: Segment | None = None
    talent: str | None = None  # who reads the paragraph (the story's talent: a shotlist names none)


@dataclass(eq=False, repr=False)
class Reader:
    metadata: dict
    warnings: list[str]
    units: list[Unit] = field(default_factory=list)
    mode: str = "header"  # header | shots | read
    numbered: bool = False  # the copy has numbered shot lines (else SOUNDBITE lines in a script)
    bite: Soundbite | None = None  # a bite whose words may go on on the next line
    quoted: bool = False  # its words opened with a quotation mark that has not closed
    blank: bool = False  # the line before was blank
    label: tuple[str, int] = ("", 0)  # the open bite's label as written so far, and where its name starts
    closed: Soundbite | None = None  # the bite whose quotation closed on the line before

    def feed(self, raw: str, line: int) -> None:
        text = raw.strip()
        if not text:
            self.blank = True
            if self.bite is not None and self.bite.text and not self.quoted:
                self.bite = None
            return
        items = items_of(text)
        if items and items[0][1] > 0:
            self._unnumbered(text[: items[0][1]].strip(), line)
        elif not items:
            self._unnumbered(text, line)
        for k, (_, start, body) in enumerate(items):
            end = items[k + 1][1] if k + 1 < len(items) else len(text)
            self._item(text[start:end].strip(), text[body:end].strip(), line)
        self.blank = False

    def _item(self, written: str, body: str, line: int) -> None:
        self.bite, self.closed, self.mode = None, None, "shots"
        body = skip_timecode(body)
        label = bite_label(body)
        if label is not None:
            self._open_bite(written, written.index(body) + label[2], label[1], line)
            return
        if sound_label(body):
            self.units.append(Unit(segment=Cue(written, line, cue_type="NATS", original=written)))
            return
        cut = _feed_note_at(written)
        self.units.append(Unit(segment=Cue(written[:cut].strip(), line, cue_type="SHOT", original=written[:cut].strip())))
        if cut < len(written):
            self.note(written[cut:].strip())

    def _open_bite(self, written: str, start: int, language: str | None, line: int) -> None:
        who, words, language = label_parts(written, start, language)
        who, seconds = label_duration(who)
        marker = written[: len(written) - len(words)].rstrip() if words else written
        bite = Soundbite("", line, speaker=speaker_of(who), marker=marker, tape="SOT", why="shotlist", duration=seconds)
        bite.language = language
        self.units.append(Unit(segment=bite))
        self.bite, self.quoted, self.label = bite, False, (written, start)
        if words:
            self._bite_words(words)

    def _bite_words(self, text: str) -> None:
        bite = self.bite
        if not bite.text and text[0] in _OPENING:
            self.quoted = True
        bite.text = f"{bite.text} {text}".strip()
        if self.quoted and text.rstrip(".… ")[-1:] in _CLOSING:
            self.quoted, self.bite, self.closed = False, None, bite
            if bite.text[:1] in QUOTE_MARKS and bite.text[-1:] in QUOTE_MARKS:
                bite.text = bite.text[1:-1].strip()

    def _more_quoted(self, text: str) -> bool:
        """A quoted paragraph right after a bite's closed quotation, before the next shot, is
        more of the same bite (`“…”` / `“…”` under one SOUNDBITE line)."""
        bite, self.closed = self.closed, None
        if bite is None or text[0] not in _OPENING or self.mode == "read":
            return False
        closes = text.rstrip(".… ")[-1:] in _CLOSING and len(text) > 1
        bite.text = f"{bite.text}\n\n{text[1:-1].strip() if closes and text[-1] in QUOTE_MARKS else text}"
        self.bite, self.quoted, self.closed = (None, False, bite) if closes else (bite, True, None)
        return True

    def _continues_bite(self, text: str) -> bool:
        """The bite's words: the lines after its label until the quotation closes (quoted) or a
        blank line or a slug in capitals (unquoted). A label that wraps (`SOUNDBITE (…): Mouri` /
        `Yuniar, 10 years old` / `“…”`) goes on up to its colon or the line that opens the quote."""
        bite = self.bite
        if not bite.text and self._label_wraps(text):
            written, start = self.label
            self.label = (f"{written} {text}", start)
            bite.marker = f"{bite.marker}\n{text}"
            who, _, language = label_parts(self.label[0], start, bite.language)
            who, seconds = label_duration(who)
            bite.speaker, bite.language, bite.duration = speaker_of(who), language, seconds or bite.duration
            return True
        if bite.text and not self.quoted and (text.isupper() or self.mode == "read"):
            return False
        self._bite_words(text)
        return True

    def _label_wraps(self, text: str) -> bool:
        return not self.bite.marker.endswith(":") and text[0] not in _OPENING and len(text.split()) <= 8 and not text.endswith(tuple(".!?"))

    def _unnumbered(self, text: str, line: int) -> None:
        section = _section(text)
        if section is not None:
            self.metadata.setdefault("shotlist_header" if self.mode == "header" else "shotlist_notes", []).append(text)
            self.mode, self.bite = section, None
            return
        label = bite_label(text)
        if label is not None and (self.numbered or _language_label(text)):
            self._open_bite(text, label[2], label[1], line)
            return
        if self.bite is not None and self._continues_bite(text) or self._more_quoted(text):
            return
        self.bite = None
        if self.mode == "read" or self.mode == "header" and not self.numbered and _prose(text):
            self.mode = "read"
            self._read(text, line)
        elif self._late_story(text, line):
            return
        elif self.mode == "shots" and _graphic(text):
            self.units.append(Unit(segment=Cue(text, line, cue_type="GRAPHIC", original=text)))
        elif self.mode == "shots" and text[:1].islower() and self.units and isinstance(self.units[-1].segment, Cue):
            cue = self.units[-1].segment  # a shot line wrapped onto the next line
            cue.text, cue.original = f"{cue.text} {text}", f"{cue.original}\n{text}"
        else:
            self._header(text)

    def _read(self, text: str, line: int) -> None:
        """Read copy: a paragraph per line; a hard-wrapped line joins the one before it."""
        last = self.units[-1].para if self.units else None
        if last is not None and not self.blank and not last.text.endswith(_SENTENCE_END):
            last.text = f"{last.text} {text}"
            return
        self.units.append(Unit(para=Para(text, line)))

    def _late_story(self, text: str, line: int) -> bool:
        """After the shots, `STORY: Zambia will open …` (a read-section word as a field, a
        sentence after it) starts the read copy: the field word is metadata, the sentence read."""
        m = _FIELD.fullmatch(text)
        if self.mode != "shots" or not m or " ".join(m.group(1).lower().split()) not in shot_words().story_fields or not _prose(m.group(2)):
            return False
        self.note(text[: m.start(2)].strip())
        self.mode = "read"
        self._read(m.group(2).strip(), line)
        return True

    def _header(self, text: str) -> None:
        """A header field (`TRT: 0:53`) is kept under its own name, as the story header keeps
        fields; other header lines and the notes between shots are kept as written."""
        m = _FIELD.fullmatch(text)
        key = "_".join(m.group(1).lower().split()) if m and self.mode == "header" else ""
        if key and m.group(2).strip() and key not in self.metadata:
            self.metadata[key] = m.group(2).strip()
            return
        where = "shotlist_header" if self.mode == "header" else "shotlist_notes"
        self.metadata.setdefault(where, []).append(text)

    def note(self, text: str) -> None:
        self.metadata.setdefault("shotlist_notes", []).append(text)


def _section(text: str) -> str | None:
    """`SHOTLIST:` -> shots, `STORYLINE:` -> read; a section word alone on its line."""
    word = " ".join(text.rstrip(":").split()).lower()
    if word in shot_words().shot_sections:
        return "shots"
    if word in shot_words().read_sections:
        return "read"
    return None


def _graphic(text: str) -> bool:
    """`GRAPH – WORLD BANK`, `GRAPHIC: map of the region`, `ANIMATION`: a cue for the picture."""
    first = _words(text[:30])[:1]
    return bool(first) and first[0] in {"graph", "graphic", "graphics", "animation", "map", "still", "stills"}


def _prose(text: str) -> bool:
    """A sentence of read copy, not a header scrap (`Type`, `• Running Time`)."""
    return len(text.split()) >= 6 and text[:1].isupper() or text.endswith((".", "!", "?"))


def _feed_note_at(written: str) -> int:
    upper = written.upper()
    found = [upper.find(note) for note in shot_words().feed_notes]
    return min((k for k in found if k > 0), default=len(written))


def running_time(metadata: dict) -> float | None:
    """The piece's running time: a TRT/DURATION/LENGTH field, else the same inside a flattened
    feed header line (`… LENGTH: 3:11 FIRST RUN: 0130 …`)."""
    for key in shot_words().running_time:
        value = str(metadata.get("_".join(key.lower().split()), "")).split()
        if value and tape.is_duration(value[0]):
            return tape.duration_of(value[0], [], 0)
    for text in metadata.get("shotlist_header", []):
        tokens = text.split()
        for k, token in enumerate(tokens[:-1]):
            if token.endswith(":") and token.rstrip(":").upper() in shot_words().running_time and tape.is_duration(tokens[k + 1]):
                return tape.duration_of(tokens[k + 1], [], 0)
    return None


def hints(units: list, given: dict) -> dict:
    """The people a shotlist's SOUNDBITE lines name, known to its STORYLINE (`Okafor said` is the
    bite's Ines Okafor); the caller's hints first. Units of other readers add nobody."""
    people = {u.segment.speaker.name: u.segment.speaker.title for u in units if isinstance(u.segment, Soundbite) and u.segment.why == "shotlist" and u.segment.speaker}
    return {**people, **given}


def read(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    """The shotlist's pieces in order: shot and graphic cues, bites, read copy paragraphs."""
    reader = Reader(metadata, warnings)
    reader.numbered = any(items_of(line.strip()) for line in lines)
    for n, line in enumerate(lines):
        reader.feed(line, first_line + n + 1)
    for unit in reader.units:
        bite = unit.segment
        if isinstance(bite, Soundbite) and bite.speaker is None:
            warnings.append(f"line {bite.line}: the SOUNDBITE line names no person ({bite.marker!r}); the bite has no name")
        if isinstance(bite, Soundbite) and not bite.text:
            warnings.append(f"line {bite.line}: SOUNDBITE line has no words after it; the bite is timed as :00")
    seconds = running_time(metadata)
    if seconds is not None:
        metadata["running_time"] = seconds  # the piece's length in seconds, from TRT/DURATION/LENGTH
    return reader.units
