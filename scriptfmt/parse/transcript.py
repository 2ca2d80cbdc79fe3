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

from scriptfmt.model import Cue, Soundbite, Speaker
from scriptfmt.parse import captions, claims, radiolines, records, runtimes
from scriptfmt.parse.castintro import briefing_voice, introductions
from scriptfmt.parse.remarks import heading_turn, heard, intro_dateline, remarks_lines  # heading_turn, intro_dateline: parse/headed.py
from scriptfmt.parse.turnmarks import LABELLED
from scriptfmt.parse.unmarked import asking_voices, cold_open, greeting_voices, host_lines, press_rows
from scriptfmt.parse.evidence import alone_names, evidence, looks_like_transcript, outranks_script
from scriptfmt.parse.cast import Cast, Person, own_introduction, staff_title
from scriptfmt.parse.castlist import cast_entry, cast_keys_alone, presided, unnicknamed
from scriptfmt.parse.surnames import label_surnames, listed_label, listed_lines, surname_label
from scriptfmt.parse.speakerlist import chair_note
from scriptfmt.parse.labels import (INLINE_CUE, TIMESTAMP, Label, is_cue_line, is_notice, is_timing_line, lead_cue, listed_speakers, alone_label,
                                    glued_stamp, parse_label, stamp_line, strip_timestamp, words)
from scriptfmt.parse.initials import first_name_heads, head_label, initials_key, initials_turn, qa_head
from scriptfmt.parse.numbered import numbered_voice
from scriptfmt.parse.ownlabels import asking_label, described_voices, held_office, own_line_label, turn_label
from scriptfmt.parse.pagekind import PageKind, page_kind, unlabelled_record
from scriptfmt.parse.guestvoice import bare_answers, opens_statement, page_guest, third_person
from scriptfmt.parse.decks import above_turns
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.units import Unit
from scriptfmt.parse.hostvoices import colon_lost
from scriptfmt.parse.runins import run_in_labels, run_in_split, split_run_in
from scriptfmt.parse.topicheads import heading_line, last_spoken, read_point
from scriptfmt.parse.turns import (
    blurb_end, cue_type, header_fields, headings, caps_header, credit_before_label, host_voices, interviewer_voices, moderators,
    names_itself, programme_outlets, co_hosts, press_voices, initials_cast, initials_label, editors_words,
    join_wrapped_labels, join_wrapped_turns, lead_ins, place_line, spells_out, stage_note, press_asks, programme_with_host, run_in_headings, unquote,
)
from scriptfmt.parse.supers import display_name, tidy_title
from scriptfmt.parse.standfirst import answerer, answering_word, askers, closing_credit, exchange, guest, intro_guest, put_unlabelled, reported, speaks_of

__all__ = ["alone_names", "looks_like_transcript", "outranks_script", "parse_label", "read"]


@dataclass(eq=False, repr=False)
class Reader:
    metadata: dict
    warnings: list[str]
    units: list[Unit] = field(default_factory=list)
    label: str = ""  # the label as written of the turn just opened: the marker of the turn's first segment
    cast: Cast = field(default_factory=Cast)
    turn: Person | None = None
    started: bool = False  # a turn has been seen: before it, lines that are not prose are the programme's furniture
    headings: set[str] = field(default_factory=set)  # segment headings standing alone between turns
    cue_numbers: set[int] = field(default_factory=set)  # line numbers of an SRT file's cue numbers
    performers: dict[str, str] = field(default_factory=dict)  # `tr` -> `Tim Russell`: a radio show's cast by initials
    fields: set[int] = field(default_factory=set)  # line numbers of a page's `Key:` / value lines above the first turn
    not_turns: set[int] = field(default_factory=set)  # line numbers of a name alone that titles the page, not a turn
    names_alone: set[str] = field(default_factory=set)  # the speakers' names written alone on a line above their turns
    cast_key: str = ""  # `Host` alone on a line above the cast list's name
    cast_line_written: str = ""  # that line as written
    surnames: dict[str, str] = field(default_factory=dict)  # `weber` -> `florian weber`: surname labels in ordinary case
    heads: set[str] = field(default_factory=set)  # `PAUL`: a first name in capitals heading the presenter's paragraphs
    hearing: bool = False  # the copy is a hearing's record (`Mr. LINDER.` labels its turns)
    record: bool = False  # a parliament's record (`Questions for Oral Answer`): every member's turn a bite
    sitting: int = 0  # the line number where the record's sitting opens: its item headings below are read (parse/records.py)
    caps_copy: bool = False  # the turns themselves are written in capitals (a header in capitals proves nothing)
    before_clip: Person | None = None  # who spoke when a clip began
    in_clip: bool = False  # between `(BEGIN VIDEO CLIP)` and its end
    tape_rolled: bool = False  # the line before was a clip's cue (`(SOUNDBITE OF ARCHIVED BROADCAST)`)
    askers: set[str] = field(default_factory=set)  # labels whose turns are the outlet's questions (parse/standfirst.py)
    questions: set[int] = field(default_factory=set)  # line numbers of the outlet's questions printed without a label
    captioned: bool = False  # `>>` marks the copy's turns (a closed-caption transcript)
    caption_guest: str | None = None  # the one guest a caption transcript introduces (parse/captions.py)
    caption_record: bool = False  # the caption stream has no programme in it (parse/captions.py rule 4)
    caption_host: Person | None = None  # the programme's voice a caption transcript's unlabelled turns go back to
    last_mark: str = ""  # the last `>>` turn as written, for a roll-up caption's repeat
    voice: Person | None = None  # a briefing's one speaker, named in its header (parse/briefing.py): every unlabelled line below
    voice_line: int = 0  # the line number of the header line that names them
    listed: dict[str, str] = field(default_factory=dict)  # `peschke` -> `AA`: the briefing's speakers list (`Sprecher: …`)
    described: bool = False  # `Nam says …` turns in capitals: lines in ordinary case between them describe the picture
    colon_names: set[str] = field(default_factory=set)  # `the speaker` of `The SPEAKER:`: its `The SPEAKER.` is the same label
    initials: dict[str, str | None] = field(default_factory=dict)  # `TAG` -> `Tedros Adhanom Ghebreyesus`: turns marked by initials
    lead_ins: set[int] = field(default_factory=set)  # line numbers of `This evening.` running into the read copy above the turns
    intro_read: bool = False  # a paragraph above the first turn was read: the page's head is over, its paragraphs below are the intro
    key_lines: set[int] = field(default_factory=set)  # line numbers of a cast key alone with its colon (`Moderator:`) above a name
    last_turn: int = 0  # the line number of the last turn or sentence: a heading above it is the programme's, one below it the page's
    page: PageKind = field(default_factory=lambda: PageKind("", -1))  # what the page announces itself as (parse/pagekind.py)
    answers: set[int] = field(default_factory=set)  # line numbers of the guest's answers printed bare under labelled questions
    unlabelled: bool = False  # a page of the record that labels no voice (parse/pagekind.py unlabelled_record): one voice's
    voices: tuple = (False, frozenset(), frozenset())  # a programme label asks; the described labels that come back (parse/ownlabels.py)

    def feed(self, raw: str, number: int) -> None:
        line = raw.strip()
        if not line:
            return
        self.started = self.started or (self.voice is not None and number > self.voice_line)  # below the line naming a briefing's speaker
        line = intro_dateline(self, self._lead(line, number), number)  # a story's dateline above one person's remarks: furniture
        if is_cue_line(line) and not self.started and place_line(line):
            self._furniture(line)  # `(Santa Ana, California)` under a release's header: where, not a cue
            return
        timing = number in self.cue_numbers or is_timing_line(line)  # an SRT/WebVTT cue's number and timing: cues
        if is_cue_line(line) or timing or radiolines.sound_cue(line) or (self.started and stage_note(line)) or chair_note(line) or (self.record and records.procedure_line(line)):  # `Talk over each other` between turns
            self.started = self.started or timing or stamp_line(line)  # a time stamp is the record itself: the programme has begun
            self._cue_line(line, number)
            self.tape_rolled = any(word in line.lower() for word in ("begin", "soundbite of", "archive"))
            return
        if self._performer(line, number) or self._question(line, number):
            return
        if line.startswith(">>") and self.captioned:
            line = self._caption_turn(line, number)
            if not line:
                return
        label = parse_label(line) or surname_label(line, self.surnames) or head_label(line, self.heads) or initials_turn(line, self.initials) or colon_lost(line, self.colon_names) or qa_head(line)
        label = label or (None if self.record or self.hearing else asking_label(line, self.askers | self.voices[2], *self.voices[:2]))  # `Member of the Media: …?`
        line, label = self._credit(line) if label is None and is_notice(line) else (line, label)
        if label is not None and not label.title and label.name.lower() in self.listed:  # `Peschke:` of `Sprecher: … Peschke (AA)`
            label.title = self.listed[label.name.lower()] or None
        if label is not None and label.shape == "hearing" and not self.hearing:  # `Mr. President. Welcome.` is a sentence
            label = parse_label(f"{label.written.rstrip(' .')}: {label.rest}") if label.name.lower() in self.colon_names else None  # `The SPEAKER.`
        # a record's item heading (records.py); a script's line with its running time (`SHOW OPEN (15”)`) is never furniture, nor a cast value
        if claims.taken(self, line, number, label) or (label is None and heading_turn(self, line, number)):  # `Les propos du président NAME` below the first remarks
            return
        opened = opens_statement(self, line, number, label is None and line not in self.names_alone)  # a press conference's or a speech's opening statement, unlabelled (parse/guestvoice.py)
        if (label is None and line in self.headings or number in self.fields) and number not in self.lead_ins and not opened:
            read_point(self, line, number) or heading_line(self, line, number)  # a numbered point read; else topicheads.py says read or kept
            return
        alone = line in self.names_alone and number not in self.not_turns
        if claims.page_line(self, line, number, label, alone):
            self._furniture(line)  # a line past furniture's limit (parse/headsize.py) is never the page's
            return
        if label is None and alone:
            label = listed_label(line, self.listed) or numbered_voice(line) or alone_label(line, mixed=True) or own_line_label(line) or held_office(line) or Label(line, line, None, None, "")  # `Solheim-Berg`: a surname alone
        if label is None and self.described and not line.isupper():
            self._cue_line(line, number)  # `Marc is in his late fifties …` between `Nam says …` turns: the describer's note
            return
        if label is None and not self.caps_copy and caps_header(line):
            read_point(self, line, number) or self._furniture(line)  # `MARKET WATCH` between turns: a segment header, never read
            return
        if label is None and (self._writer_bio(line) or (self.started and closing_credit(line))):
            self._furniture(line)  # `Marit Solberg-Hale is the Ledger's Nordic correspondent.` closes a print interview
            return
        if label is None and third_person(self.turn, line):
            self.turn = None  # `Moravec's last crossing …` after her answers: the writer again
        self._answered(label, number)
        if label is not None:
            self._open_turn(label, number)
            line = label.rest
        self.cast.mention(line)
        self.intro_read = self.intro_read or not self.started and label is None
        if line:
            self._words(line, number)

    def _lead(self, line: str, number: int) -> str:
        """`[06:30:35] KINKADE:`, `(END VIDEO CLIP) HUNT: All right`, `00:12I think`: the cue opening the
        line kept as a cue; the line after it returned."""
        lead = lead_cue(line) or glued_stamp(line)
        if lead and lead == glued_stamp(line):
            self.started = True  # a timed caption line is the record itself: the programme has begun
        if lead:
            self._cue_line(lead, number)
            line = line[len(lead):].lstrip()
        return line

    def _timed_line(self, line: str, number: int) -> bool:
        pieces = [] if self.started else runtimes.timed_pieces(line)
        for text, direction in pieces:
            (self._cue_line if direction else self.read_out)(text, number)
        self.cast_key = "" if pieces else self.cast_key  # `ANCHOR` alone above it was a word of the head, not a cast key
        return bool(pieces)

    def _answered(self, label: Label | None, number: int) -> None:
        """At a briefing with one voice the press asks in one paragraph; the speaker answers unlabelled. A page that
        labels only its questions prints the guest's answer on the line right under each (parse/guestvoice.py)."""
        if label is None and self.voice is not None and self.turn is not None and self.turn.staff and not self.label:  # `Q 記者` alone: its question is below
            self.turn = None
        if label is None and number in self.answers and (self.turn is None or self.turn.staff):
            self.turn = page_guest(self, number, "the answer under a labelled question")

    def _question(self, line: str, number: int) -> bool:
        """The outlet's question printed without a label between labelled answers: read."""
        if number not in self.questions:
            return False
        self.started, self.turn = True, Person(None, None, True)
        self.read_out(line, number)
        return True

    def finish(self) -> list[Unit]:  # the units read, a last label with no words after it kept in the metadata
        return self._label("") or self.units

    def keep(self, line: str) -> None:
        """The page's furniture (a subhead, a note above the turns): kept with the metadata, never read."""
        self._furniture(line)

    def read_out(self, line: str, number: int) -> None:
        """Words read in the open turn's voice (the writer's when no turn is open), cues split out."""
        self.cast.mention(line)
        self._words(line, number)

    def _furniture(self, line: str) -> None:
        kept = self.metadata.get("transcript")
        if not isinstance(kept, list):
            kept = self.metadata["transcript"] = []
        kept.append(line)

    def _credit(self, line: str) -> tuple[str, Label | None]:
        """`TRANSCRIPT PROVIDED BY … DANIELLE PLETKA: Good morning`: the credit kept, then the first turn."""
        credit = credit_before_label(line)
        if not credit:
            return line, None
        self._furniture(credit)
        line = line[len(credit):].strip()
        return line, parse_label(line)

    def _cue_line(self, line: str, number: int) -> None:
        low = line.lower()
        if "begin" in low:
            self.in_clip = True  # a cold open: the voices of the clip are not the host
            self.before_clip = self.turn
        elif low.startswith(("(end", "[end")):
            self.in_clip = False
            self.turn = self.before_clip or self.turn  # after the clip, the words are the one who rolled it
        inner = line.removesuffix(":") if stamp_line(line) else line  # `(00:24):`: the stamp without its colon
        self._cue(Cue(inner.strip("[]()").strip(), number, cue_type=cue_type(line), original=line))

    def _cast_line(self, line: str) -> bool:
        """`CORRESPONDENT: MICHAEL MORELL` above the first turn (parse/castlist.py): the cast list, not a turn."""
        entry = cast_entry(line, self.started)
        if entry is None:
            return False
        key, value = entry
        self.cast.add_cast({key: value})
        if key in self.metadata:  # a second `GUEST:` line: kept as written, its key and all (every word kept once)
            self._furniture(line)
        self.metadata.setdefault(key, value)
        return True

    def _cast_pair(self, line: str) -> bool:
        """`Host` alone on a line, the name on the next: the cast list of a podcast export."""
        if self.cast_key:
            key, self.cast_key = self.cast_key, ""
            self.cast.add_cast({key: line})
            kept = self.metadata.get("transcript")
            if key in self.metadata or not isinstance(kept, list) or kept[-1:] != [self.cast_line_written]:
                self._furniture(line)  # a second `Guest`: both lines kept as they were
                return True
            kept.pop()  # the key is the metadata's key now: `Guest` is kept once
            self.metadata[key] = line
            return True
        if line.lower().rstrip(" :") in words().cast_keys and line not in self.names_alone:  # `INTERVIEWER` / `Moderator:` above a question opens a turn
            self.cast_key, self.cast_line_written = line.lower().rstrip(" :"), line
            self._furniture(line)
            return True
        return False

    def _writer_bio(self, line: str) -> bool:
        """A line about the byline's writer (`Marit Solberg-Hale is the Ledger's correspondent.`)."""
        return any(line.startswith((writer + " is ", writer + " writes ")) for writer in self.cast.writers)

    def _performer(self, line: str, number: int) -> bool:
        """`TR (ON RADIO, STATIC UNDER): This is …`: a performer of the cast list by initials, the
        stage direction a cue; the performers are the programme's own voices."""
        found = initials_label(line, self.performers) if self.performers else None
        if found is None:
            return False
        who, direction, rest = found
        self.started = True
        self.turn = self.cast.person(Label(who, who, None, None, rest), rest, self.in_clip)
        self._label(who)
        self._cue(Cue(direction.strip("()").strip(), number, cue_type="NOTE", original=direction))
        if rest:
            self._words(rest, number)
        return True

    def _caption_turn(self, line: str, number: int) -> str:
        """A caption's `>>` turn (parse/captions.py): `>> NAME:` opens that speaker's turn; an unlabelled
        one repeats the turn before (a roll-up caption), or is the other party of the conversation.
        Returns the line, its label kept, for the turn's words."""
        spoken = captions.lower_label(captions.turn_words(line))
        repeat, before = captions.repeats(self.last_mark, line), self.last_mark
        self.last_mark, self.started = line, True
        if parse_label(spoken) is not None or repeat:
            return spoken
        self.turn, self.caption_host, named = captions.next_voice(line, self.turn, self.caption_host, None if self.caption_record else self.caption_guest, self.cast.add, self.caption_record, before)
        if not named:
            self.warnings.append(f"line {number}: caption turn `>>` could not be named; the bite has no super")
        return spoken

    def _open_turn(self, label: Label, number: int) -> None:
        self.started = True
        if label.role in words().voicing and label.name.lower() == label.role:  # `Interpreter:` voices the turn before
            self.turn = self.turn or Person(self.cast.intro_guest, None, False)
            self._label(label.written)
            return
        self.turn = self.cast.person(label, label.rest, self.in_clip)
        if label.name.lower() in self.askers and not (self.turn.name and own_introduction(label, label.rest)):  # the outlet's label asks (`Scene Point Blank:`)
            self.turn = Person(self.turn.name, self.turn.title, True)
        elif (self.askers or self.questions) and not label.role and not self._press_body() and not self._own_host() and (" " not in label.name.strip() or answering_word(label.name)):
            self.turn = answerer(label, self.turn, self.cast.intro_guest)  # `Caves:` answers `Cayetana:`'s questions, `ID:` unlabelled ones
        if self.turn.staff and (self.in_clip or self.tape_rolled) and (label.role or "").startswith("unidentified"):
            self.turn = Person(None, None, False)  # an unnamed reporter on archive tape: a bite, not our narration
        self.tape_rolled = False
        chair = self.record and label.role in words().presiding_officers  # a record's chair speaks for the record too (`Presidenten:`)
        if (self.record or (self.hearing and label.shape == "hearing")) and self.turn.staff and (not label.role or chair):
            self.turn = Person(self.turn.name, self.turn.title, False)  # a hearing's record has no programme: every member speaks for the record
        if not self.turn.staff and self.turn.name is None:
            self.warnings.append(f"line {number}: speaker {label.written!r} could not be named; the bite has no super")
        # The label says who speaks, which the turn's talent or super already carries: kept, never read.
        stamp = TIMESTAMP.search(label.written) if label.stamped else None
        written = " ".join(label.written.replace(stamp.group(), " ").split()) if stamp else label.written
        self._label(written)
        if stamp:  # `James Cridland (00:25):`: the machine transcript's time stamp is a cue, kept where it stands
            self._cue(Cue(stamp.group().strip("[]()"), number, cue_type="NOTE", original=stamp.group()))

    def _label(self, written: str) -> None:
        """The label says who speaks, which the turn's talent or super already carries: never read, it travels
        with the turn's first segment as its marker; a label whose turn said nothing is kept in the metadata."""
        if self.label:
            self.metadata.setdefault("speaker_labels", []).append(self.label)
        self.label = written

    def _cue(self, cue: Cue) -> None:
        """A cue where it stands; a label just before it (`NAME (00:25):`, `NAME: (laughs) …`) stays in the metadata, so the
        label's words never follow the cue they stand before."""
        self._label("")
        self.units.append(Unit(segment=cue))

    def _marker(self) -> str | None:
        marker, self.label = self.label or None, ""
        return marker

    def _press_body(self) -> bool:
        """The turn just opened is a briefing's moderator (`USEC. IGNACIO:`) or the press as one body (`MPC:`):
        it asks or hands over, it answers nobody."""
        turn = self.turn
        return turn is not None and turn.staff and (turn.name is None or turn.name.lower() in self.cast.moderators)

    def _own_host(self) -> bool:
        """The turn just opened is a self-introduced host (`I'm Kelly Okonkwo.`, then `OKONKWO:`): it never answers."""
        return self.turn is not None and self.turn.staff and self.turn.name in self.cast.hosts

    def _words(self, line: str, number: int) -> None:
        """The turn's words, split at the cues inside them."""
        pos = 0
        for m in INLINE_CUE.finditer(line):
            inner = m.group()[1:-1].strip()
            low = inner.lower()
            if editors_words(line, m.start(), m.end(), inner) or spells_out(line[: m.start()], inner):
                continue  # `conducted by [senior administration official], who`, `Trans-Pacific Partnership (TPP)`: words of the sentence
            if m.group()[0] == "[" or TIMESTAMP.fullmatch(inner) or low.startswith(words().cue_starts) or inner.isupper() or low.rstrip(".") in words().cue_words:
                self._text(line[pos : m.start()], number)
                self._cue(Cue(inner, number, cue_type=cue_type(m.group()), original=m.group()))
                pos = m.end()
        self._text(line[pos:], number)

    def _text(self, text: str, number: int) -> None:
        text = text.strip()
        if not any(c.isalnum() for c in text):
            if text:
                self.units.append(Unit(para=Para(text, number)))
            return
        turn = self.turn if self.turn is not None or not self.started else self.voice
        if turn is not None:
            text = unquote(text)  # `HALVORSEN: "No, the building was empty."`: the turn in quotation marks
        if turn is None or turn.staff:
            self.units.append(Unit(para=Para(text, number), talent=turn.name if turn else None, marker=self._marker()))
            return
        speaker = Speaker(turn.name, turn.title) if turn.name else None
        self.units.append(Unit(segment=Soundbite(text, number, speaker=speaker, why=LABELLED, marker=self._marker())))


def read(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    captioned, marks, lines = captions.caption_turns(lines)  # `>>` starts each turn, each piece keeps its line's number
    run_in = run_in_labels(lines)
    numbers = [marks[n] for n, raw in enumerate(lines) for _ in split_run_in(raw, run_in)]  # each piece keeps its line's number
    lines = join_wrapped_turns(join_wrapped_labels(run_in_split(lines, run_in)))
    reader = Reader(metadata, warnings, names_alone=(alone_names(lines) if evidence(lines, metadata) == "alone" else set()) | listed_lines(lines), page=page_kind(lines, metadata))
    reader.captioned, reader.caption_guest = captioned, captions.introduced_guest(lines) if captioned else None
    reader.caption_record = captioned and captions.proceeding_stream(lines)
    reader.turn = Person(None, None, captions.channel_voice(next((raw for raw in lines if raw.strip()), ""))) if reader.caption_record else None  # the stream opens mid-turn: the channel's or a speaker's
    if isinstance(metadata.get("transcript"), str):  # `TRANSCRIPT: POLICE BRIEFING` read as a header line
        metadata["transcript"] = [f"Transcript: {metadata['transcript']}"]
    reader.cast.add_cast(metadata)
    spoken = heard(lines, metadata)  # whose words the unlabelled lines can be: worked out once, passed on
    briefing_voice(reader, lines, [first_line + n + 1 for n in numbers], spoken)
    reader.surnames, reader.initials, reader.listed = label_surnames(lines), initials_key(lines), listed_speakers(lines)
    reader.colon_names = {label.name.lower() for raw in lines if (label := parse_label(raw.strip())) is not None and label.shape == "colon"}
    pair = exchange(lines)  # a labelled two-voice interview (asker, guest), worked out once for both uses below
    labelled = lambda line: turn_label(line, reader.surnames, reader.names_alone)  # noqa: E731  (the outlet's questioner, the press, questions unlabelled)
    reader.askers, reader.questions = askers(lines, labelled, pair) | press_voices(lines), {first_line + numbers[n] + 1 for n in put_unlabelled(lines, lambda line: labelled(line) or (parse_label(line + ":") if line in reader.names_alone else None))}  # (`Julie Fontaine` alone above her answer labels it)
    reader.cast.first = not reader.questions  # the outlet asks unlabelled: the first labelled voice answers, opening no programme
    reader.unlabelled, reader.answers = unlabelled_record(lines, metadata), {first_line + numbers[n] + 1 for n in bare_answers(lines, parse_label)} if reader.page else set()  # parse/guestvoice.py
    # a stamped transcript's host, no labels (parse/unmarked.py); at a press conference recorded so, the press's questions
    reader.questions |= {first_line + numbers[n] + 1 for n in host_lines(spoken.stamped) | (press_rows(lines, spoken.stamped) if reader.page.kind == "press_conference" else set())}
    reader.cast.intro_guest, reader.cast.host_opens, reader.cast.press_asks = unnicknamed(intro_guest(lines), lines), programme_with_host(lines), press_asks(lines)
    reader.cast.own_outlets, reader.cast.moderators, reader.cast.presided, reader.cast.cold_open = programme_outlets(lines), moderators(lines), presided(lines), cold_open(lines)
    labelled_hosts = host_voices(lines) | co_hosts(lines) | interviewer_voices(lines)  # `Amy Goodman & Juan González`, `LEA SALAME`: the programme's
    reader.cast.host_voices = labelled_hosts | greeting_voices(lines) | asking_voices(lines, reader.names_alone, reader.cast.intro_guest)
    reader.cast.host_voices -= set(pair[1:] if pair else ())  # `Sales & Morrison`: one of the two answers (parse/standfirst.py)
    reader.lead_ins = {first_line + numbers[n] + 1 for n in lead_ins(lines)}
    reader.cue_numbers = {first_line + numbers[n] + 1 for n in range(len(lines) - 1) if lines[n].strip().isdigit() and is_timing_line(lines[n + 1].strip())}
    reader.performers, cast_at = initials_cast(lines)
    for name in reader.performers.values():  # `GK:` is Garrison Keillor, a voice of the show itself
        reader.cast.add(Person(name, None, True))
    reader.fields = {first_line + numbers[n] + 1 for n in header_fields(lines) | ({blurb_end(lines), cast_at} - {-1})}  # `Here is the full transcript:` is the page's; the intro above it is read
    reader.heads, reader.record, reader.voices = first_name_heads(lines), records.parliament_record(lines), described_voices(lines)
    reader.key_lines, reader.last_turn = {first_line + numbers[n] + 1 for n in cast_keys_alone(lines)}, first_line + numbers[last] + 1 if (last := last_spoken(lines)) >= 0 else 0
    opens = records.sitting_opens(lines) if reader.record else len(lines)
    reader.sitting = first_line + numbers[opens] + 1 if opens < len(lines) else records.NO_SITTING
    if not captioned:  # a caption's rows in capitals are the record itself, never headings
        reader.headings = (headings(lines) - reader.names_alone) | run_in_headings(lines, numbers)
    reader.fields |= {first_line + numbers[n] + 1 for n in above_turns(lines, parse_label) if lines[n].strip() not in reader.headings}  # the page above the turns (decks.py)
    reader.lead_ins, reader.fields = remarks_lines(lines, [first_line + n + 1 for n in numbers], reader.lead_ins, reader.fields, spoken.remarks)  # a speech's title kept, its intro read
    # `Krishnan Guru-Murthy` above `Shaunagh talks to Krishnan Guru-Murthy`: the page's title; nobody names themselves so
    reader.not_turns = {first_line + n + 1 for n in range(len(lines) - 1) if lines[n].strip() in reader.names_alone and names_itself(lines[n].strip(), lines[n + 1])}
    shapes = [label.shape for raw in lines if (label := parse_label(raw.strip())) is not None]
    reader.hearing = shapes.count("hearing") >= 2 or (shapes.count("hearing") >= 1 and any(is_notice(raw.strip()) for raw in lines))
    reader.caps_copy, reader.described = captioned or sum(1 for raw in lines if len(raw.split()) >= 8 and raw.isupper()) >= 2, shapes.count("says") >= 2
    introductions(reader, lines)
    for n, raw in enumerate(lines):
        reader.feed(raw, first_line + numbers[n] + 1)
    return reader.finish()
