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
from scriptfmt.parse.shotlabels import PAIRS
from scriptfmt.parse.shotlabels import bite_label, label_duration, label_parts, shot_words, sign_off, sound_label, speaker_of, voice_label
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.shotfind import CLOSING, ITEM, SENTENCE_END, describes_shots, language_label, section_of, lower_words, items_of, skip_timecode
from scriptfmt.parse.shotfind import looks_like_shotlist, trailing_start  # noqa: F401  (story.py asks shotlist)

QUOTE_MARKS = "\"“”„«»‹›‘’"
_BARE_NUMBER = re.compile(r"\d{1,3}[.)]")
_LABEL_END = re.compile(r"[^“\"„«:]{1,60}:[ \t]*(?=[“\"„«])")  # `father: “…`: the end of a wrapped label
_FIELD = re.compile(r"([A-Za-z][A-Za-z _/]{0,30}?)[ \t]*:[ \t]*(.*)")


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
    seconds: float | None = None  # a running time inside a flattened header line
    growing: dict = field(default_factory=dict)  # id -> (bite or paragraph, its words so far)

    def feed(self, raw: str, line: int) -> None:
        text = raw.strip()
        if not text:
            self.blank = True
            if self.bite is not None and self._has_words(self.bite) and not self.quoted:
                self.bite = None
            return
        items = items_of(text)
        if items and items[0][1] > 0:
            self._before_shots(text[: items[0][1]].strip(), line)
        elif not items:
            self._unnumbered(text, line)
        story = _story_heading(text, items[-1][2]) if items else None
        stop = story.start() if story else len(text)
        for k, (_, start, body) in enumerate(items):
            end = items[k + 1][1] if k + 1 < len(items) else stop
            self._item(text[start:end].strip(), text[body:end].strip(), line)
        if story is not None:  # `… 14. Mid shot flags STORYLINE: Arab foreign ministers met …`
            self.note(story.group(0).strip())
            self.mode, self.bite = "read", None
            if text[story.end() :].strip():
                self._unnumbered(text[story.end() :].strip(), line)
        self.blank = False

    def _before_shots(self, text: str, line: int) -> None:
        """The words before the first shot of a flattened line; a picture note ending them
        (`… SHOTLIST: +++EARLY MORNING SHOTS++ 1. Wide …`) is a cue, as between shots."""
        note = text.rfind("++", 0, len(text) - 2) if text.endswith("++") else -1
        while note > 0 and text[note - 1] == "+":
            note -= 1
        if note > 0 and section_of(text[:note].strip()) is None:
            self._unnumbered(text[:note].strip(), line)
            self.units.append(Unit(segment=Cue(text[note:], line, cue_type="SHOT", original=text[note:])))
        else:
            self._unnumbered(text, line)

    def _item(self, written: str, body: str, line: int) -> None:
        self.bite, self.closed, self.mode = None, None, "shots"
        body = skip_timecode(body)
        label = voice_label(body)
        if label is not None:
            self._open_bite(written, written.index(body) + label[2], label[1], line)
            return
        if sound_label(body):
            self.units.append(Unit(segment=Cue(written, line, cue_type="NATS", original=written)))
            return
        cut = _feed_note_at(written)
        self.units.append(Unit(segment=Cue(written[:cut].strip(), line, cue_type="SHOT", original=written[:cut].strip())))
        if cut < len(written):
            self._feed_note(written[cut:].strip(), line)

    def _feed_note(self, text: str, line: int) -> None:
        """The feed's note after a shot (`(FIRST RUN …) TV 9 - NO ACCESS ++MUTE - bug in picture++
        Mangalore`) is metadata; a picture note in it (`++…++`) is a cue, as between shots."""
        start = text.find("++")
        end = text.find("++", start + 2) if start >= 0 else -1
        while end >= 0 and text[end + 2 : end + 3] == "+":
            end += 1
        if end < 0:
            self.note(text)
            return
        if text[:start].strip():
            self.note(text[:start].strip())
        self.units.append(Unit(segment=Cue(text[start : end + 2], line, cue_type="SHOT", original=text[start : end + 2])))
        if text[end + 2 :].strip():
            self.note(text[end + 2 :].strip())

    def _open_bite(self, written: str, start: int, language: str | None, line: int) -> None:
        who, words, language = label_parts(written, start, language)
        who, seconds = label_duration(who)
        marker = written[: len(written) - len(words)].rstrip() if words else written
        bite = Soundbite("", line, speaker=speaker_of(who), marker=marker, tape="SOT", why="shotlist", duration=seconds)
        bite.language = language or None
        self.units.append(Unit(segment=bite))
        self.bite, self.quoted, self.label = bite, False, (written, start)
        words, note = _after_quotation(words)
        if words:
            self._bite_words(words)
        if note:  # `"…will survive." ABC - No Access NAmerica Los Angeles - 25 June`: the feed's note
            self.note(note)

    def _reopen(self, line: int) -> None:
        """A picture note between a SOUNDBITE line and its words: the label stays where it is
        written (a cue, as a label with no words), the words after the note are the bite, in order."""
        label = self.bite
        bite = Soundbite("", line + 1, speaker=label.speaker, marker="", tape="SOT", why="shotlist", duration=label.duration)
        bite.language, label.duration = label.language, None
        self.units.append(Unit(segment=bite))
        self.bite = bite

    def _bite_words(self, text: str) -> None:
        bite = self.bite
        if not self._has_words(bite) and text[0] in _OPENING:
            self.quoted = True
        parts = self._grow(bite, " ", text)
        if self.quoted and text.rstrip(".… ")[-1:] in CLOSING:
            self.quoted, self.bite, self.closed = False, None, bite
            if parts[0][:1] in QUOTE_MARKS and parts[-1][-1:] in QUOTE_MARKS:  # the marks round the words
                parts[0] = parts[0][1:].lstrip()
                parts[-1] = parts[-1][:-1].rstrip()

    def _grow(self, holder: Soundbite | Para, sep: str, text: str) -> list[str]:
        """Add words to a bite or a paragraph as parts, joined once by `settle` (a long run of
        lines stays linear); "" adds nothing and gives the parts so far."""
        parts = self.growing.setdefault(id(holder), (holder, [holder.text] if holder.text else []))[1]
        if text:
            parts.extend([sep, text] if parts else [text])
        return parts or [""]

    def _has_words(self, holder: Soundbite | Para) -> bool:
        return bool(holder.text) or bool(self.growing.get(id(holder), (None, []))[1])

    def settle(self) -> None:
        for holder, parts in self.growing.values():
            holder.text = "".join(parts).strip()
        self.growing.clear()

    def _more_quoted(self, text: str) -> bool:
        """A quoted paragraph right after a bite's closed quotation, before the next shot, is
        more of the same bite (`“…”` / `“…”` under one SOUNDBITE line)."""
        bite, self.closed = self.closed, None
        if bite is None or text[0] not in _OPENING or self.mode == "read":
            return False
        closes = text.rstrip(".… ")[-1:] in CLOSING and len(text) > 1
        self._grow(bite, "\n\n", text[1:-1].strip() if closes and text[-1] in QUOTE_MARKS else text)
        self.bite, self.quoted, self.closed = (None, False, bite) if closes else (bite, True, None)
        return True

    def _continues_bite(self, text: str) -> bool:
        """The bite's words: the lines after its label until the quotation closes (quoted) or a
        blank line or a slug in capitals (unquoted). A label that wraps (`SOUNDBITE (…): Mouri` /
        `Yuniar, 10 years old` / `“…”`) goes on up to its colon or the line that opens the quote."""
        bite = self.bite
        spoken = self._has_words(bite)
        labelled = bool(bite.marker) and not bite.marker.endswith(":")  # the label may go on on this line
        end = _LABEL_END.match(text) if not spoken and labelled else None
        if end is not None:  # `Soundbite () Name, Fatna’s` / `father: “It’s …`
            self._wrap_label(text[: end.end()].rstrip())
            self._bite_words(text[end.end() :])
            return True
        if not spoken and labelled and self._label_wraps(text):
            self._wrap_label(text)
            return True
        if spoken and not self.quoted and (text.isupper() or self.mode == "read"):
            return False
        self._bite_words(text)
        return True

    def _wrap_label(self, text: str) -> None:
        """The label goes on on this line: its marker grows and its name, title, language and
        length are read again from the whole label."""
        bite, (written, start) = self.bite, self.label
        self.label = (f"{written} {text}", start)
        bite.marker = f"{bite.marker}\n{text}"
        who, _, language = label_parts(self.label[0], start, bite.language)
        who, seconds = label_duration(who)
        bite.speaker, bite.language, bite.duration = speaker_of(who), language or None, seconds or bite.duration

    def _label_wraps(self, text: str) -> bool:
        return not self.bite.marker.endswith(":") and text[0] not in _OPENING and len(text.split()) <= 8 and not text.endswith(tuple(".!?"))

    def _unnumbered(self, text: str, line: int) -> None:
        section = section_of(text)
        if section == "shots" and not self.numbered and self.mode == "read":
            section = "read"  # a script with a blank shot column (`Shotlist` / `1.` / `2.`) reads on
        if _BARE_NUMBER.fullmatch(text) or self.mode == "shots" and _picture_note(text) or describes_shots(text) and not self.numbered:
            self.units.append(Unit(segment=Cue(text, line, cue_type="SHOT", original=text)))  # an empty shot slot
            if self.bite is not None and not self._has_words(self.bite):
                self._reopen(line)  # `3. SOUNDBITE (Arabic) Name:` / `++OVERLAID BY SHOT4++` / `“…”`
            return
        if section is not None:
            self.metadata.setdefault("shotlist_header" if self.mode == "header" else "shotlist_notes", []).append(text)
            self.mode, self.bite = section, None
            return
        label = voice_label(text)
        if label is not None and (self.numbered or language_label(text)):
            self._open_bite(text, label[2], label[1], line)
            return
        if self._standup(text, line):
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

    def _standup(self, text: str, line: int) -> bool:
        """`STANDUP (English): ZHANG NAN, Xinhua correspondent “…”` in the storyline: the label is a
        cue, the reporter's words after it read copy (the programme's own voice, no bite)."""
        label = bite_label(text, shot_words().standup_labels)
        if label is None or self.mode == "header":
            return False
        words = label_parts(text, label[2], label[1])[1]
        marker = text[: len(text) - len(words)].rstrip() if words else text
        self.units.append(Unit(segment=Cue(marker, line, cue_type="STRUCTURE", original=marker)))
        self.bite, self.mode = None, "read"
        if words:
            self._read(words, line)
        return True

    def _read(self, text: str, line: int) -> None:
        """Read copy: a paragraph per line; a hard-wrapped line joins the one before it."""
        last = self.units[-1].para if self.units else None
        if last is not None and not self.blank and not self._grow(last, "", "")[-1].endswith(SENTENCE_END):
            self._grow(last, " ", text)
            return
        if text[:1] in "-*•" and not text[1:2].isdigit():
            self.note(text)  # the page's own lines after the copy (`- Product Code`, `*File size …`): metadata
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
        self.seconds = self.seconds if self.seconds is not None or self.mode != "header" else inline_time(text)
        key = "_".join(m.group(1).lower().split()) if m and self.mode == "header" else ""
        if key and m.group(2).strip() and key not in self.metadata:
            self.metadata[key] = m.group(2).strip()
            return
        where = "shotlist_header" if self.mode == "header" else "shotlist_notes"
        self.metadata.setdefault(where, []).append(text)

    def note(self, text: str) -> None:
        self.metadata.setdefault("shotlist_notes", []).append(text)


def _story_heading(text: str, after: int) -> re.Match | None:
    """`STORYLINE:` in capitals after the last shot of a feed line flattened onto one line: the
    shots end there and the read copy begins."""
    global _STORY_HEADING
    if _STORY_HEADING is None:
        words = "|".join(sorted((re.escape(f.upper()) for f in shot_words().story_fields), key=len, reverse=True))
        _STORY_HEADING = re.compile(rf"(?<!\S)(?:{words})[ \t]*:")
    return _STORY_HEADING.search(text, after)


_STORY_HEADING: re.Pattern | None = None


def _picture_note(text: str) -> bool:
    """`++NIGHT SHOTS++`, `++SHOT OVERLAYING SOUNDBITE++` between the shots: the agency's note on
    the pictures that follow, a direction for the editor like the shot lines."""
    return len(text) > 4 and text.startswith("++") and text.endswith("++")


def _graphic(text: str) -> bool:
    """`GRAPH – WORLD BANK`, `GRAPHIC: map of the region`, `ANIMATION`: a cue for the picture."""
    first = lower_words(text[:30])[:1]
    return bool(first) and first[0] in {"graph", "graphic", "graphics", "animation", "map", "still", "stills"}


def _prose(text: str) -> bool:
    """A sentence of read copy, not a header scrap (`Type`, `• Running Time`)."""
    return len(text.split()) >= 6 and text[:1].isupper() or text.endswith((".", "!", "?"))


def _after_quotation(words: str) -> tuple[str, str]:
    """A bite's words on its label's line end where the quotation they open closes; what follows
    on a flattened feed line (the source and access note over the next shots) is no one's words."""
    close = PAIRS.get(words[:1])
    end = words.find(close, 1) if close else -1
    rest = words[end + 1 :].strip() if end > 0 else ""
    if not rest.strip(".,;:…") or rest[:1].islower() or any(mark in rest for mark in _OPENING):
        return words, ""
    return words[: end + 1].rstrip(), rest


def _feed_note_at(written: str) -> int:
    upper = written.upper()
    found = [upper.find(note) for note in shot_words().feed_notes]
    return min((k for k in found if k > 0), default=len(written))


def running_time(metadata: dict) -> float | None:
    """The piece's running time: a TRT/DURATION/LENGTH field (`TRT: 0:53`, `TRT: 1.35`,
    `Running Time 2’14`), the same inside a flattened feed header line (`… LENGTH: 3:11 FIRST
    RUN: …`), or a `Running Time` line with the time on the next line."""
    keys = shot_words().running_time
    for key in keys:
        seconds = _length(str(metadata.get("_".join(key.lower().split()), "")).split()[:1])
        if seconds is not None:
            return seconds
    header = metadata.get("shotlist_header", [])
    for n, text in enumerate(header):
        if text.strip("•*-: ").upper() in keys and n + 1 < len(header) and _length(header[n + 1].split()[:1]) is not None:
            return _length(header[n + 1].split()[:1])
    return None


_MINUTE_MARKS = re.compile(r"^(\d{1,2})[.’'](\d{2})[”\"]?$")  # `1.35`, `2’14`, `7’43”`: minutes and seconds


def inline_time(text: str) -> float | None:
    """`… LENGTH: 3:11 FIRST RUN: 0130 …`: a running-time field inside a flattened header line."""
    tokens = text.split()
    for k, token in enumerate(tokens[:-1]):
        if token.endswith(":") and token.rstrip(":").upper() in shot_words().running_time and _length(tokens[k + 1 : k + 2]) is not None:
            return _length(tokens[k + 1 : k + 2])
    return None


def _length(tokens: list[str]) -> float | None:
    token = _MINUTE_MARKS.sub(r"\1:\2", tokens[0]) if tokens else ""
    return tape.duration_of(token, [], 0) if tape.is_duration(token) else None


def hints(units: list, given: dict) -> dict:
    """The people a shotlist's SOUNDBITE lines name, known to its STORYLINE (`Okafor said` is the
    bite's Ines Okafor); the caller's hints first. Units of other readers add nobody."""
    people = {u.segment.speaker.name: u.segment.speaker.title for u in units if isinstance(u.segment, Soundbite) and u.segment.why == "shotlist" and u.segment.speaker}
    return {**people, **given}


def _shot_cue(bite: Soundbite) -> Cue:
    """A SOUNDBITE line with no words after it and no length: the shot list says where the bite
    comes in the pictures; the bite itself (if any) is in the storyline, under its own label."""
    natural = sound_label(ITEM.sub("", bite.marker, count=1).lstrip("("))
    return Cue(bite.marker, bite.line, cue_type="NATS" if natural else "SOT", original=bite.marker)


def credit_off(units: list[Unit], metadata: dict) -> None:
    """The reporter's credit closing the read copy (`Elly Park, Reuters.`), on its own line or
    as the last sentence of the last paragraph: metadata, never read."""
    last = units[-1].para if units else None
    if last is None:
        return
    cut = last.text.rfind(". ", 0, len(last.text) - 2) + 1
    if sign_off(last.text[cut:]):
        metadata.setdefault("shotlist_notes", []).append(last.text[cut:].strip())
        last.text = last.text[:cut].strip()
        if not last.text:
            units.pop()


def read(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    """The shotlist's pieces in order: shot and graphic cues, bites, read copy paragraphs."""
    reader = Reader(metadata, warnings)
    reader.numbered = any(items_of(line.strip()) for line in lines)
    for n, line in enumerate(lines):
        reader.feed(line, first_line + n + 1)
    reader.settle()
    credit_off(reader.units, metadata)
    for unit in reader.units:
        bite = unit.segment
        if isinstance(bite, Soundbite) and not bite.text and bite.duration is None:
            unit.segment = _shot_cue(bite)  # `2. SOUNDBITE 1 (Russian): NAME, Title` and no words: a shot cue
        elif isinstance(bite, Soundbite) and bite.speaker is None:
            warnings.append(f"line {bite.line}: the SOUNDBITE line names no person ({bite.marker!r}); the bite has no name")
    seconds = running_time(metadata)
    seconds = seconds if seconds is not None else reader.seconds
    if seconds is not None:
        metadata["running_time"] = seconds  # the piece's length in seconds, from TRT/DURATION/LENGTH
    return reader.units
