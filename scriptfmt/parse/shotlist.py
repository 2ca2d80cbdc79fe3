"""News-agency video shotlists (UNifeed, AP Archive, Reuters, World Bank, EBU, AFPTV).

The shape: a header of fields (STORY, DATE, LOCATION, SOURCE, TRT/DURATION, RESTRICTIONS,
LANGUAGE), numbered shot lines (`4. Med shot, journalists`), SOUNDBITE lines that open a bite
(`5. SOUNDBITE (English) Name, Title:` then the words, quoted or not), often a STORYLINE of read
copy. An agency feed may flatten it all onto one line (`SHOTLIST: 1. Exterior … 2. …`).

What a producer makes of it, and so what this reader does, rule by rule:
  - shot lines are cues: never read, never timed;
  - the header's fields are cues (`SOURCE: UNIFEED`); TRT/DURATION is the piece's running time
    (metadata, not a bite); the page's other lines above the shots are metadata;
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

from scriptfmt.model import Cue, Soundbite
from scriptfmt.parse.shotlabels import OPENING as _OPENING
from scriptfmt.parse.shotlabels import INLINE_LABEL, PAIRS, Spellings, stated_length
from scriptfmt.parse.shotlabels import bite_label, label_duration, label_parts, shot_words, sound_label, speaker_of, voice_label, voiceover_label
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.shotnames import FullNames, name_bite
from scriptfmt.parse.shotnotes import NotesReader
from scriptfmt.parse.units import Unit
from scriptfmt.parse.shotwrap import capitals_note, logical_lines, wraps_shot
from scriptfmt.parse.shotfind import CLOSING, SENTENCE_END, opens_dopesheet, skip_shot_codes, start_seconds, describes_shots, shot_in_capitals, language_label, language_tag, section_of, items_of, range_seconds, skip_timecode, languages_only
from scriptfmt.parse.shotfind import dopesheet_head, looks_like_shotlist, trailing_start  # noqa: F401  (story.py asks shotlist)
from scriptfmt.parse.shotparts import hints  # noqa: F401  (story.py asks shotlist)
from scriptfmt.parse.shotparts import after_closed_quote, asides_apart, STORY_WORDS, credit_off, named, opens_copy, shot_cue, after_quotation, contents_note, logged_length, feed_note_at, graphic, intro_dateline, page_field, picture_note, place_date, running_time, sentence, story_heading, trailing_length, unquoted
from scriptfmt.parse.punctuation import QUOTE_MARKS

_BARE_NUMBER = re.compile(r"\d{1,3}[.)]")
_OUT_POINT = re.compile(r"\d{1,2}[.:]\d{2}")
_LABEL_END = re.compile(r"[^“\"„«:]{1,60}:[ \t]*(?=[“\"„«])")  # `father: “…`: the end of a wrapped label


# --- the reader ------------------------------------------------------------------------


@dataclass(eq=False, repr=False)
class Reader(NotesReader):
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
    clock: tuple | None = None  # (the last timed bite, its in-time): its length ends at the next timed shot
    screen: bool = False  # under a TEXT ON SCREEN heading: lines in capitals are what the picture shows
    resume: Soundbite | None = None  # in a transcript, the bite a graphic interrupted: its words go on after it
    slot: Cue | None = None  # a shot numbered on a line of its own (`7.`): its words may follow
    roles: set = field(default_factory=set)  # ids of bites whose one word before SAYING may be a role
    voice: bool = False  # the lines since the last shot are the programme's voice-over (read copy)
    copied: bool = False  # a line of read copy has been read (a dateline opens only the first)
    mixed: bool = False  # the read copy so far is in mixed case (so a line in capitals among it is a note)
    at: int = 0  # the input line being read
    fields: dict = field(default_factory=dict)  # the header's fields by name (`trt` -> `0:53`): their lines are cues

    def feed(self, raw: str, line: int) -> None:
        text, self.at = raw.strip(), line
        if not text:
            self.blank, self.slot = True, None
            if self.bite is not None and self._has_words(self.bite) and not self.quoted and self.mode != "transcript":
                self.bite = None
            return
        items = items_of(text)
        if self.mode != "header" and opens_dopesheet(text):
            self.mode, self.bite, self.voice, self.copied = "header", None, False, False  # the page's next story: its header
        if items and items[0][1] > 0:
            self._before_shots(text[: items[0][1]].strip(), line)
        elif not items:
            self._unnumbered(text, line)
        story = story_heading(text, items[-1][2]) if items else None
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

    def _item(self, written: str, body: str, line: int) -> None:
        self.bite, self.closed, self.mode, self.voice, self.slot = None, None, "shots", False, None
        seconds = range_seconds(body) or range_seconds(written)  # `0:15-0:33 SOUNDBITE …`: the bite runs 18 seconds
        start = start_seconds(body)
        self._clocked(start)
        body = skip_shot_codes(skip_timecode(body))
        voice = voiceover_label(body)
        if voice is not None:
            self._voice_over(written, voice[1], line)
            return
        label = voice_label(body)
        if label is None and languages_only(body):  # `00:22 English`: the bite's timecode and language, its speaker on the next line
            self._open_bite(written, len(written), body.strip(" :."), line, seconds)
            return
        if label is not None:
            opened = len(self.units)
            self._open_bite(written, written.index(body) + label[2], label[1], line, seconds, label[0] == "SAYING")
            self.clock = (self.units[opened].segment, start) if start is not None else None
            return
        if sound_label(body):
            self.units.append(Unit(segment=Cue(written, line, cue_type="NATS", original=written)))
            return
        if bite_label(body, shot_words().sot_labels) is not None:  # `00:03:04 to 00:03:22 SOT, a gallerist …`: someone on tape, named by no one
            self._open_bite(written, len(written), None, line, seconds)
            self.warnings.append(f"speaker: the shot's SOT names no one, its words are an unnamed bite: {written[:60]!r}")
            return
        cut = feed_note_at(written)
        self.units.append(Unit(segment=Cue(written[:cut].strip(), line, cue_type="SHOT", original=written[:cut].strip())))
        if cut < len(written):
            self._feed_note(written[cut:].strip(), line)

    def _open_bite(self, written: str, start: int, language: str | None, line: int, ranged: float | None = None, full: bool = False) -> None:
        """A bite under its label; a SAYING label (`full`) gives the full name as the super shows
        it, so one word before SAYING (`DOCKER SAYING (DUTCH):`) is a role: no name, a warning."""
        who, words, language = label_parts(written, start, language)
        words = words if any(c.isalnum() for c in words) else ""  # `… Mesir"`: a stray mark ends the label, the words follow
        who, seconds = label_duration(who)
        speaker = speaker_of(who)
        tag = language_tag(words)  # `… SAYING (FRENCH): (EN) “…”`: the version's language is the label's
        marker = written[: len(written) - len(words) + tag].rstrip() if words else written
        bite = Soundbite("", line, speaker=speaker, marker=marker, tape="SOT", why="shotlist", duration=seconds or ranged)
        if full and speaker and len(speaker.name.split()) < 2:
            self.roles.add(id(bite))  # a role unless the script names someone of that surname in full
        bite.language = language or None
        self.units.append(Unit(segment=bite))
        self.bite, self.quoted, self.label = bite, False, (written, start)
        words, note = after_quotation(words[tag:])
        if not note and (logged := logged_length(words)):  # `… governments have to implement. 00:00:50`
            words, note = words[:logged].rstrip(), words[logged:].strip()
        if words:
            self._bite_words(words)
        if note and stated_length(note) is not None:  # `"…" 00:00:25` (EC Audiovisual): the bite's length
            self._length_after(bite, note, line)
        elif note and _OUT_POINT.fullmatch(note):  # Reuters `… my family." 1.42`: where the shot ends on the tape
            self._length_after(bite, note, line)
        elif note:  # `"…will survive." ABC - No Access NAmerica Los Angeles - 25 June`: the feed's note
            self.note(note)

    def _length_after(self, bite: Soundbite, written: str, line: int) -> None:
        """A length written after the bite's words (`"…" (00:18)`): the bite runs that long; the
        length is a piece of its tape block (a line after it, like a RUNS line)."""
        bite.duration = bite.duration or stated_length(written)
        piece = Soundbite("", line, speaker=bite.speaker, marker=written, tape="SOT", why="shotlist", continues=True, whole=bite)
        self.units.append(Unit(segment=piece))
        self.bite, self.closed = None, None

    def _voice_over(self, written: str, words: str, line: int) -> None:
        """`2. VOICE-OVER SAYING:` / `(EN) “Today in Strasbourg …”`: the label is a cue, the words
        after it (to the next shot) read copy, the agency's quotation marks round them dropped."""
        marker = written[: len(written) - len(words)].rstrip() if words else written
        self.units.append(Unit(segment=Cue(marker, line, cue_type="VO", original=marker)))
        self.mode, self.voice = "read", True
        if words:
            self._unnumbered(words, line)

    def _reopen(self, line: int) -> None:
        """A picture note between a SOUNDBITE line and its words: the label stays where it is
        written, the opening piece of the bite (its marker, as a label over its words), the note a
        cue, the words after the note the bite, in order."""
        label = self.bite
        bite = Soundbite("", line + 1, speaker=label.speaker, marker="", tape="SOT", why="shotlist", duration=label.duration)
        bite.language, label.duration, label.opens, label.whole = label.language, None, True, bite
        self.units.append(Unit(segment=bite))
        self.bite = bite

    def _bite_words(self, text: str) -> None:
        bite = self.bite
        tag = 0 if self._has_words(bite) else language_tag(text)
        if tag:  # `(EN)` on the line under the label: the label's
            bite.marker, text = f"{bite.marker}\n{text[:tag].strip()}", text[tag:]
            if not text:
                return
        length = trailing_length(text) if self.quoted or text[0] in _OPENING else None
        if length is not None:  # `… for everyone.” (00:18)`: the quotation closes, the length after it
            text, length = text[:length].rstrip(), text[length:].strip()
        if not self._has_words(bite) and text[0] in _OPENING:
            self.quoted = True
        parts = self._grow(bite, " ", text)
        if self.quoted and text.rstrip(".… ")[-1:] in CLOSING:
            self.quoted, self.bite, self.closed = False, None, bite
            if parts[0][:1] in QUOTE_MARKS and parts[-1][-1:] in QUOTE_MARKS:  # the marks round the words
                parts[0] = parts[0][1:].lstrip()
                parts[-1] = parts[-1][:-1].rstrip()
        if length:
            self._length_after(bite, length, bite.line)

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
            close = PAIRS.get(holder.text[:1]) if isinstance(holder, Soundbite) else None
            if close and close not in holder.text[1:]:  # a quotation the page cuts off: its opening mark is not a word
                holder.text = holder.text[1:].lstrip()
        self.growing.clear()

    def _more_quoted(self, text: str) -> bool:
        """A quoted paragraph right after a bite's closed quotation, before the next shot, is
        more of the same bite (`“…”` / `“…”` under one SOUNDBITE line)."""
        bite, self.closed = self.closed, None
        if bite is None or text[0] not in _OPENING or self.mode == "read" or not self.units or self.units[-1].segment is not bite:
            return False  # a cue since (a graphic, a label): the quotation is no more of that bite
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
        if not spoken and labelled and text[0] not in _OPENING and len(text.split()) <= 8 and not text.endswith(tuple(".!?")):
            self._wrap_label(text)
            return True
        if spoken and not self.quoted and (text.isupper() or self.mode == "read") or spoken and self.blank and text[:1] in "•·":
            return False  # a bullet list after a blank line is the page's, even under a quotation the page cut off
        self._bite_words(text)
        return True

    def _wrap_label(self, text: str) -> None:
        """The label goes on on this line: its marker grows and its name, title, language and
        length are read again from the whole label."""
        bite, (written, start) = self.bite, self.label
        self.label = (f"{written}{'' if written.endswith('(') else ' '}{text}", start)  # `SOUNDBITE: (` / `English) Name:`
        bite.marker = f"{bite.marker}\n{text}"
        who, _, language = label_parts(self.label[0], start, bite.language)
        who, seconds = label_duration(who)
        bite.speaker, bite.language, bite.duration = speaker_of(who), language or bite.language or None, seconds or bite.duration

    def _unnumbered(self, text: str, line: int) -> None:
        if self.mode != "header" and self._tagged(text, line) or self._on_screen(text, line):
            return
        section = section_of(text)
        if section == "shots" and not self.numbered and self.mode == "read":
            section = "read"  # a script with a blank shot column (`Shotlist` / `1.` / `2.`) reads on
        if self.slot is not None and not _BARE_NUMBER.fullmatch(text) and bite_label(text) is None and not sentence(text):
            self.slot.text, self.slot.original = f"{self.slot.text} {text}", f"{self.slot.original}\n{text}"
            return  # `7.` / `Bishop of Frauendom Engelbert Siedler`: the shot's words under its number
        if _BARE_NUMBER.fullmatch(text) or picture_note(text) or describes_shots(text) and not self.numbered or section is None and shot_in_capitals(text):
            self.units.append(Unit(segment=Cue(text, line, cue_type="SHOT", original=text)))  # an empty shot slot
            self.slot = self.units[-1].segment if _BARE_NUMBER.fullmatch(text) and self.numbered and self.mode != "read" else None
            self.mode = "shots" if self.slot is not None else self.mode
            if self.bite is not None and not self._has_words(self.bite):
                self._reopen(line)  # `3. SOUNDBITE (Arabic) Name:` / `++OVERLAID BY SHOT4++` / `“…”`
            return
        if section is not None:
            self.note(text)  # `SHOTLIST:`, `Presenter`: the page's header above the shots, a cue in the body
            self.mode, self.bite = section, None
            return
        voice = voiceover_label(text)
        label = voice_label(text, self.numbered)
        if voice is not None or self.voice and label is not None and not named(text, label, colon=False):
            self._voice_over(text, voice[1] if voice else label_parts(text, label[2], label[1])[1], line)
            return  # `—VOICEOVER—`, and under it `SOUNDBITE (ENGLISH)` naming nobody: the narrator's lines
        if label is not None and (self._labelled(text, label, line) or self._goes_on(text, label)):
            return
        if self._standup(text, line):
            return
        if self.bite is not None and (cut := after_closed_quote(text)):  # `…here."SOUNDBITE 2 (English): …`
            self._continues_bite(text[:cut])
            self.bite = None
            self._unnumbered(text[cut:].strip(), line)
            return
        if self.bite is not None and (story := story_heading(text, 0)) and story.start() == 0:
            self.bite = None  # `STORYLINE:An African …`: the heading ends the bite its label opened
        if self.bite is not None and self._continues_bite(text) or self._more_quoted(text):
            return
        self.bite = None
        if self._resumed(text, line) or self._offered(text, line):
            return
        if self.mode == "read" and self.mixed and capitals_note(text):
            self.note(text)
            return
        if self.mode == "read" or self.mode == "header" and opens_copy(text) and (not self.numbered or sentence(text) and len(text.split()) >= 2 * STORY_WORDS):  # a story's prose above the shots is read, never the header (a short rights note is)
            self.mode = "read"
            self._read_on(text, line)
        elif self._late_story(text, line):
            return
        elif self.mode == "shots" and (graphic(text) or place_date(text)):  # `GRAPH – WORLD BANK`; `Riyadh - Aug 18, 2017`: where the next shots come from
            self.units.append(Unit(segment=Cue(text, line, cue_type="GRAPHIC" if graphic(text) else "SHOT", original=text)))
        elif self.mode == "shots" and self.units and wraps_shot(self.units[-1].segment, text, self.blank):
            cue = self.units[-1].segment  # a shot line wrapped onto the next line
            cue.text, cue.original = f"{cue.text} {text}", f"{cue.original}\n{text}"
        elif self.mode == "shots" and self.blank is False and len(text.split()) >= STORY_WORDS and sentence(text):
            self.mode = "read"  # after the shots, sentences of copy with no STORYLINE heading: the storyline
            self._read_on(text, line)
        else:
            self._header(text)

    def _labelled(self, text: str, label: tuple, line: int) -> bool:
        """A SOUNDBITE label that opens a bite: numbered, with its language, or naming someone."""
        if not (self.numbered or language_label(text) or named(text, label)):
            return False
        self._open_bite(text, label[2], label[1], line, None, label[0] == "SAYING")
        return True

    def _goes_on(self, text: str, label: tuple) -> bool:
        """NATO `--SOUNDBITE--` naming nobody in a transcript (under a graphic): a cue, and the
        words under it are the last named speaker's, as after a graphic."""
        if self.mode != "transcript" or text[label[2] :].strip():
            return False  # (the cheap tests first: the scan back is over every unit so far)
        said = next((u.segment for u in reversed(self.units) if isinstance(u.segment, Soundbite) and u.segment.speaker is not None), None)
        if said is None:
            return False
        self.note(text)
        self.resume, self.bite = said, None
        return True

    def _tagged(self, text: str, line: int) -> bool:
        """`(EN)` opening a line under a label, and a length alone under a bite (`(00:18)`): the
        tag is a cue (or the open bite's marker), the length the bite's; else False."""
        if self.closed is not None and stated_length(text) is not None:
            self._length_after(self.closed, text, line)
            return True
        tag = language_tag(text)
        if not tag or self.bite is not None and not self._has_words(self.bite):
            return False  # an open bite's label takes its tag itself (`_bite_words`)
        self.units.append(Unit(segment=Cue(text[:tag].strip(), line, cue_type="LANGUAGE", original=text[:tag].strip())))
        if text[tag:].strip():
            self._unnumbered(text[tag:].strip(), line)
        return True

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

    def _read_on(self, text: str, line: int) -> None:
        """Read copy, up to a bite label run into it (a flattened storyline: `… security.
        SOUNDBITE (English): NAME, title "I feel …`): the label opens that person's bite."""
        m = INLINE_LABEL.search(text)
        label = voice_label(text[m.start() :]) if m and m.start() > 0 else None
        if label is None or not named(text[m.start() :], label):
            self._read(text, line)
            return
        self._read(text[: m.start()].rstrip(), line)
        self._open_bite(text[m.start() :], label[2], label[1], line)

    def _read(self, text: str, line: int) -> None:
        """Read copy: a paragraph per line; a hard-wrapped line joins the one before it. The
        quotation marks an agency puts round a voice-over's script are not the copy's."""
        if self.voice:
            text = unquoted(text)
        if page_field(text):
            self.note(text)  # `Title: Farmers protest` / `SOURCE: EBS` under the copy: the page's, never read
            return
        last = self.units[-1].para if self.units else None
        if last is not None and not self.blank and not self._grow(last, "", "")[-1].endswith(SENTENCE_END):
            self._grow(last, " ", text)
            return
        if self.mode == "read" and not self.copied and (cut := intro_dateline(text)):
            self.note(text[:cut].strip())  # `Strasbourg, 7th of October.` over the intro: the service's dateline
            text = text[cut:]
        self.copied = True
        if text[:1] in "-*•·" and not text[1:2].isdigit() or contents_note(text):
            self.note(text)  # the page's own lines (`- Product Code`, `This video package contains …:`): metadata
            return
        self.units.append(Unit(para=Para(text, line)))
        self.mixed = self.mixed or any(c.islower() for c in text)



def read(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    """The shotlist's pieces in order: shot and graphic cues, bites, read copy paragraphs."""
    reader = Reader(metadata, warnings)
    reader.numbered = any(items_of(line.strip()) for line in lines)
    for n, line in logical_lines(lines):  # a hard-wrapped script's lines joined where they go on
        reader.feed(line, first_line + n + 1)
    reader.settle()
    reader.units = asides_apart(reader.units, lambda segment: Unit(segment=segment))
    credit_off(reader.units, metadata)
    spelled, named_in_full = Spellings("\n".join(lines)), FullNames("\n".join(lines))
    for unit in reader.units:
        bite = unit.segment
        if isinstance(bite, Soundbite) and not bite.text and bite.duration is None and not bite.is_piece:
            unit.segment = shot_cue(bite)  # `2. SOUNDBITE 1 (Russian): NAME, Title` and no words: a shot cue
        elif isinstance(bite, Soundbite) and bite.is_piece and bite.whole is not None:
            bite.speaker = bite.whole.speaker  # a piece of the tape block: the bite's speaker, as settled
        elif isinstance(bite, Soundbite):
            name_bite(bite, id(bite) in reader.roles, spelled, named_in_full, warnings)
    seconds = running_time({**metadata, **reader.fields})
    seconds = seconds if seconds is not None else reader.seconds
    if seconds is not None:
        metadata["running_time"] = seconds  # the piece's length in seconds, from TRT/DURATION/LENGTH
    return reader.units
