"""The furniture side of a news-agency shotlist (parse/shotlist.py reads the rest): header fields
(`TRT: 0:53`), the feed's notes between shots (`(FIRST RUN …) TV 9 - NO ACCESS ++MUTE++`), an
intro or story field that starts the read copy, and the in-times of a timed log that give a bite
with no words its length. A mixin of the reader: it works on the reader's state.
"""

from __future__ import annotations

from scriptfmt.model import Cue, Soundbite
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.units import Unit
from scriptfmt.parse.shotfind import in_capitals, is_shot, on_screen_heading, section_of
from scriptfmt.parse.shotlabels import bite_label, shot_words
from scriptfmt.parse.shotmedia import catalogue_entry, describes_tape, media_file
from scriptfmt.parse.shotparts import FIELD, STORY_KEYS, feed_note_pieces, field_line, page_field, inline_time, picture_note, place_date, prose, sentence


class NotesReader:
    """The reader's handling of header fields and notes (mixed into shotlist.Reader)."""

    def _before_shots(self, text: str, line: int) -> None:
        """The words before the first shot of a flattened line; a picture note ending them
        (`… SHOTLIST: +++EARLY MORNING SHOTS++ 1. Wide …`) is a cue, as between shots."""
        upper = text.upper()
        cut = max(upper.rfind(f"{word.upper()}:") for word in shot_words().shot_sections)
        body = text[cut:].partition(":")[2].strip() if cut > 0 else ""
        if body and self.mode == "header":  # `… RESTRICTIONS: SHOTLIST: PLEASE NOTE: SHOT 16 CONTAINS NUDITY 1. Wide …`
            self._unnumbered(text[: len(text) - len(body)].strip(), line)
            self.mode = "shots"  # the words after the shot list's heading are its note for the desk: a cue
            self.note(body)
            return
        words = text.split()
        if self.mode == "header" and cut <= 0 and len(words) > 1 and "shots" in (section_of(words[0]), section_of(" ".join(words[:2]))):
            self.units.append(Unit(segment=Cue(text, line, cue_type="NOTE", original=text)))
            self.mode = "shots"  # `SHOTLIST MEXICO CITY, MEXICO SEPTEMBER 28, 2020 SOURCE: AFPTV 1. …`: the shot list's own head
            return
        note = text.rfind("++", 0, len(text) - 2) if text.endswith("++") else -1
        while note > 0 and text[note - 1] == "+":
            note -= 1
        if note > 0 and section_of(text[:note].strip()) is None:
            self._unnumbered(text[:note].strip(), line)
            self.units.append(Unit(segment=Cue(text[note:], line, cue_type="SHOT", original=text[note:])))
        else:
            self._unnumbered(text, line)

    def _feed_note(self, text: str, line: int) -> None:
        """The feed's note after a shot: metadata; a picture note in it (`++…++`) a cue."""
        for kind, piece in feed_note_pieces(text):
            if kind == "cue":
                self.units.append(Unit(segment=Cue(piece, line, cue_type="SHOT", original=piece)))
            else:
                self.note(piece)

    def _clocked(self, start: float | None) -> None:
        """A timed log (`12. 01:17 SOUNDBITE: Name, title` / `13. 01:52 Pan …`): a bite given no
        words runs from its in-time to the next shot's; that length is the bite's."""
        if self.clock is not None and start is not None:
            bite, began = self.clock
            if not self._has_words(bite) and bite.duration is None and start > began:
                bite.duration = start - began
            self.clock = None

    def _late_story(self, text: str, line: int) -> bool:
        """After the shots, `STORY: Zambia will open …` (a read-section word as a field, a
        sentence after it) starts the read copy: the field word is metadata, the sentence read.
        In the header, `INTRO: …` / `SCRIPT: …` / `SUGGESTED INTRO: …` with a sentence is the
        anchor's intro, read; `STORY: RAIL STRIKE/FRANCE` names the story (metadata)."""
        m = FIELD.fullmatch(text)
        key = " ".join(m.group(1).lower().split()) if m else ""
        if self.mode == "header" and m and key in shot_words().read_sections | shot_words().story_fields and sentence(m.group(2)):
            self.note(text[: m.start(2)].strip())
            self.mode = "read"
            self._read_on(m.group(2).strip(), line)
            return True
        if self.mode != "shots" or not m or key not in shot_words().story_fields or not prose(m.group(2)):
            return False
        self.note(text[: m.start(2)].strip())
        self.mode = "read"
        self._read_on(m.group(2).strip(), line)
        return True

    def _header(self, text: str) -> None:
        """A header field (`TRT: 0:53`, `SOURCE: UNIFEED`, `DATELINE: …`) is a cue (a FIELD line
        the desk reads, never the anchor), its value kept by name for the running time; other
        header lines (the page's own) are metadata and the notes between shots cues, as written."""
        m = FIELD.fullmatch(text)
        self.seconds = self.seconds if self.seconds is not None or self.mode != "header" else inline_time(text)
        if self.mode == "header" and m is None and _key_alone(text):  # `Shoot Date` / `07 Oct 2015`: the key on its own line, its value under it
            if not self.fields:
                self._pairs_above()
            self.fields.setdefault("_".join(text.lower().split()), "")
            self.units.append(Unit(segment=Cue(text, self.at, cue_type="FIELD", original=text)))
            return
        key = "_".join(m.group(1).lower().split()) if m and self.mode == "header" else ""
        if key and section_of(f"{m.group(1)}:") == "shots":
            self.units.append(Unit(segment=Cue(text, self.at, cue_type="NOTE", original=text)))
            return  # `SHOTLIST: (FIRST RUN …) ABC - No Access … Los Angeles - June 25, 2009`: the shot list's own head
        valued = bool(key) and bool(m.group(2).strip())
        if valued and (page_field(text) or field_line(text) or self.fields and not prose(m.group(2)) or _record_key(m.group(1))):  # `TRT: 0:53`, `SOURCE: UNIFEED`: the feed's field, a cue for the desk; a field among them too (`Sound/Language: Natural/English`)
            self.fields.setdefault(key, m.group(2).strip())
            self.units.append(Unit(segment=Cue(text, self.at, cue_type="FIELD", original=text)))
            return
        if self.fields and not key and sentence(text):  # the clip's description under its fields: prose is read, never filed away
            self.units.append(Unit(para=Para(text, self.at)))
            return
        if key and m.group(2).strip() and key not in self.metadata and key not in STORY_KEYS:
            self.metadata[key] = m.group(2).strip()  # a field of the page (`Available Language: Original`)
            return
        self.note(text)

    def _pairs_above(self) -> None:
        """`Publication date` / `20 Mar 2020 13:58` / `Country` / `Belgium` / `Themes` above the first field the
        desk names (`Filming date`): the same table of key and value lines, in the page's own words; its lines
        are field cues, not the page's header. Read back from the header's last line while the lines pair up."""
        kept = self.metadata.get("shotlist_header")
        if not isinstance(kept, list):
            return
        k = len(kept) - (1 if kept and _pair_key(kept[-1]) else 0)  # a key whose value was left blank
        while k >= 2 and _pair_key(kept[k - 2]) and len(kept[k - 1].split()) <= _PAIR_VALUE_WORDS:
            k -= 2
        for line in kept[k:]:
            self.units.append(Unit(segment=Cue(line, self.at, cue_type="FIELD", original=line)))
        del kept[k:]

    def _offered(self, text: str, line: int) -> bool:
        """In the header, the file line of the tape the page offers (`Broll / 1:22 / MP4 / 47.2 MB`) and the line
        saying what it shows (`B-roll of …`): cues for the desk, like the fields around them (parse/shotmedia.py)."""
        key = " ".join(text.split(":", 1)[0].lower().split())
        if self.mode == "header" and self.fields and key not in shot_words().story_fields | {"story text", "text"} and page_field(f"{key}: -"):
            self._header(text)  # `Description: Footage of families …` among the record's fields: a field, whatever its value
            return True
        if self.mode != "header" or not (media_file(text) or describes_tape(text) or catalogue_entry(text)):  # `- Weather (04:06-04:50)`: a bulleted entry
            return False
        self.units.append(Unit(segment=Cue(text, line, cue_type="SHOT", original=text)))
        return True

    def note(self, text: str) -> None:
        """A line that is neither read nor tape: above the dopesheet's first field or shot it is the
        page's header (metadata; under the fields, `AP TELEVISION - AP CLIENTS ONLY` is the feed's), except the shot list's own head (`(14 May 2026) SHOTLIST`, `Lisbon - 13 May 2026`,
        `+16:9+`: its heading, where and when, the picture format), which is part of the shot list;
        below the first shot, a note for the desk. Both are cues, never read."""
        m = FIELD.fullmatch(text.lstrip("-–• ")) if self.mode == "header" and not self.fields else None  # `- Title: …` (Reuters archive)
        key = " ".join(m.group(1).split()) if m else ""
        if key and (key.lower() in shot_words().record_fields or key.upper() in shot_words().dopesheet_fields):
            self.fields.setdefault(key.lower().replace(" ", "_"), m.group(2).strip())  # `Title:`, `Summary: …`: the clip record's fields begin (cues, as the rest)
        if self.mode == "header" and not self.fields and not (section_of(text) == "shots" or _dated_place(text) or picture_note(text)):
            self.metadata.setdefault("shotlist_header", []).append(text)
        else:
            self.units.append(Unit(segment=Cue(text, self.at, cue_type="NOTE", original=text)))

    def _on_screen(self, text: str, line: int) -> bool:
        """`TEXT ON SCREEN` and the lines in capitals under it (blank lines between or not) are the
        words the picture shows: graphic cues; in a transcript, a title in capitals or a picture
        description (`Stock footage of …`) too. The speaker's words go on after them."""
        transcript = self.mode == "transcript" and (in_capitals(text) or is_shot(text)) and bite_label(text) is None
        if not on_screen_heading(text) and not (self.screen and in_capitals(text) and bite_label(text) is None) and not transcript:
            self.screen = False
            return False
        self.screen = self.screen or on_screen_heading(text)
        self.units.append(Unit(segment=Cue(text, line, cue_type="GRAPHIC", original=text)))
        if self.bite is not None and self._has_words(self.bite):
            self.resume, self.bite = self.bite, None
        return True

    def _resumed(self, text: str, line: int) -> bool:
        """In a transcript, the words after a graphic are the last speaker's, as under the label."""
        if self.mode != "transcript" or self.resume is None:
            return False
        said = self.resume
        self.bite, self.resume = Soundbite("", line, speaker=said.speaker, marker=None, tape="SOT", why="shotlist"), None
        self.bite.language = said.language
        self.units.append(Unit(segment=self.bite))
        self._bite_words(text)
        return True


def _record_key(key: str) -> bool:
    """`Title:`, `Location:`: a field the agency's clip record or dopesheet names, though the first of the header."""
    key = " ".join(key.split())
    return key.lower() in shot_words().record_fields or key.upper() in shot_words().dopesheet_fields


_PLACE_DATE_WORDS = 12  # `BRUSSELS, BELGIUM (MARCH 20, 2026) (EUROPEAN COMMISSION)`; a longer dated line is a record's field


def _dated_place(text: str) -> bool:
    """Where and when the shots were taken, above the first (`Lisbon - 2 March 2026`): short, no field of the
    feed's record (`Summary: …`, `XYZ-TV-0915: Harbour Fire Monday, 4 May 2026`)."""
    return len(text.split()) <= _PLACE_DATE_WORDS and ":" not in text and place_date(text)


_PAIR_VALUE_WORDS = 5  # a field's value (`Belgium`, `20 Mar 2020 13:58`), never the page's title


def _pair_key(text: str) -> bool:
    """`Publication date`, `Country`: a key alone on its line, one to three capitalised words of letters."""
    words = text.split()
    return 1 <= len(words) <= 3 and text[:1].isupper() and all(w.isalpha() for w in words)


def _key_alone(text: str) -> bool:
    """`Shoot Date`, `SHOOTING TIME`: a field of the dopesheet's header written alone on its line (the
    page laid out as a table of two columns), its value on the next line: the fields begin here. A key of
    one word alone (`Type`, `Format`) is as likely a page's menu: it takes two words at least."""
    return 2 <= len(text.split()) <= 4 and " ".join(text.upper().split()) in shot_words().dopesheet_fields
