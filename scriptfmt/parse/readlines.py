"""The script reader's rules for read copy and who reads it: a reader's label (`ANCHOR 1:`,
`R1:`, `ANNA:`, the radio desk's `LOC.1`), the operator's lines of a radio script (parse/
radiolines.py), a line that carries on a sentence left open, and the read line itself with
what runs into it (a package label, a time in parentheses). A mixin of markup.ScriptReader,
whose methods and state it uses."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Cue
from scriptfmt.parse.cues import script_notes, whole_cue
from scriptfmt.parse.shotlabels import language_label
from scriptfmt.parse import bulletins, coanchors, fields, radiolines, readerheads, scripttalent
from scriptfmt.parse import tape as tp
from scriptfmt.parse.runtimes import timed_pieces, trailing_length
from scriptfmt.parse.scriptshape import caps_direction
from scriptfmt.parse.slugline import date_line
from scriptfmt.parse.transcriptwords import words as staff_words


SHOWN = frozenset({"CG", "GRAPHIC"})  # cue types of what goes on screen
_TITLE_WORDS = 8  # the text a banner or graphic shows


@lru_cache(maxsize=1)
def _interviewees() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("markup.toml")["fields"]["interviewee_labels"])


class ReadRules:
    reader_heads: dict[str, str] = {}  # reassigned by _prepare_headings, never changed in place
    heads_ahead: bool = False
    played_heads: frozenset[str] = frozenset()  # counted voices that only speak in quotation marks (a drama's, played)
    played: str = ""  # the reader heading above, when it is one of them

    def _prepare_headings(self, lines: list[str]) -> None:
        """A script that names who reads each block on a line of its own (parse/readerheads.py): the headings,
        and above the first of them nobody is named to read (a running order, notes: cues, no header)."""
        heads = readerheads.heading_lines(lines) if readerheads.reads_by_headings(lines) else {}
        self.reader_heads = {lines[i].strip(): reader for i, reader in heads.items()}
        self.played_heads = readerheads.played_voices(lines, heads)
        self.heads_ahead = bool(heads)
        self.header_left = 0 if heads else self.header_left

    def _reader_heading(self, line: str) -> bool:
        """`5- Pascale Nadeau :`: the running order's number a cue, the reader's name furniture; who reads next."""
        reader = self.reader_heads.get(line)
        if reader is None:
            return False
        self.close_block()
        self.talent, self.heads_ahead = reader, False
        self.played = reader if reader in self.played_heads else ""
        number = line[: line.find(reader)].strip()
        if number:
            self.cue(number, "NOTE")
        self.furniture(line[len(number) :].strip() if number else line)
        return True

    def _talent_place(self, line: str) -> bool:
        words = line.upper().split()
        if scripttalent.talent_place(line) is None or (hit := self.vocab.match(words)) is not None and hit[2] == len(words):
            return False  # `ANCHOR ON CAM`: the desk's own cue words, whole
        self.cue(line, "TALENT")  # `NEWSCASTER FROM STUDIO`: who reads the block below and where from, never a wrapped line
        return True

    def _played_line(self, line: str) -> bool:
        """Under a counted voice that only ever speaks in quotation marks (`Voice 3` / `'Yes'`): a drama's or a clip's
        line the programme plays, a bite of no named person (no super, a warning), never the presenters' read copy."""
        if not self.played or not readerheads.played_line(line):
            return False
        self.close_block()
        self.block = tp.Block(self.line, "SOT", "", self.played)
        self.block.add_words(line)
        first = len(self.units)
        self.close_block()
        for unit in self.units[first:]:
            unit.resolve = False
        self.warnings.append(f"line {self.line}: a played voice ({self.played}) names no one: no super")
        return True

    def _radio_line(self, line: str) -> bool:
        """A radio desk's lines (parse/radiolines.py): the operator's direction (`OP SUBE MÚSICA Y
        BAJA A FONDO`, `ENTRA CORTINA`) is a cue; an announcer's label (`LOC.1`, `LOCUTORA 2:`)
        says who reads the words after it; a bulletin's time, date and headlines heading
        (parse/bulletins.py) are cues."""
        last = self.units[-1].segment if self.units and self.units[-1].para is None else None
        under_mark = isinstance(last, Cue) and bulletins.is_bulletin_mark(last.original)
        if bulletins.is_bulletin_mark(line) or bulletins.is_numeric_date(line) or under_mark and date_line(line):
            self.cue(line, "STRUCTURE")  # `27th October, 2020` under `2030 HRS.`: when the bulletin airs
            return True
        report = radiolines.operator_copy(line)
        if report:  # `TÉC: A próxima legislatura …`: the desk rolls the report written out under its label
            self.cue(line[:report].rstrip())
            self._read_line(line[report:])
            return True
        if radiolines.operator_line(line) or radiolines.direction_line(line) or radiolines.played_aside(line) or len(line) > 2 and line[0] == line[-1] == "*" and line[1] != "*" and not line.isupper():
            self.cue(line)  # `*Insert music*`: a direction set off by asterisks, never a tape opener (`Insert …`); `**SOT**` rolls tape
            return True
        label = radiolines.announcer_label(line) or radiolines.cue_label(line)
        if label is None:
            return False
        self.talent = label[0].upper()
        self.cue(line[: len(line) - len(label[1])].rstrip() if label[1] else line, "TALENT")
        if label[1]:
            self.read(label[1])
        return True

    def _booth_line(self, line: str) -> bool:
        """`FADE IN: SIGNATURE TUNE / STATION JINGLE`, `PROGRAM INTRODUCTION (30 SEC) THEN FADE OUT`: the booth's
        direction in capitals (parse/scriptshape.py `caps_direction`), a cue."""
        if line.isupper() and caps_direction(line, self.vocab):
            self.cue(line)
            return True
        return False

    def _guest_line(self, line: str) -> bool:
        """`Entrevistado 1: A Direção Geral dizia …`, `INTERVIEWEE: We lost …`: a script's interviewee by role,
        numbered or not, then the words on the tape: that guest's bite, never the reader's copy. The role names
        no one, and the copy before may name a body as readily as a person (`a Autoridade Nacional da Aviação
        Civil`): the bite goes unnamed, with a warning, rather than under a wrong super."""
        head, colon, rest = line.partition(":")
        words = head.split()
        if words and words[-1].lstrip("#").isdigit():
            words = words[:-1]
        if not colon or not rest.strip() or not 1 <= len(words) <= 3 or " ".join(words).upper() not in _interviewees():
            return False
        self.close_block()
        self.block = tp.Block(self.line, "SOT", entries=[("mark", head + ":", self.line)])
        self.block.add_words(rest.strip())
        self.close_block()
        self.units[-1].resolve = False
        self.warnings.append(f"line {self.line}: {head.strip()!r} names no one: the bite has no super")
        return True

    def _reader_line(self, line: str) -> bool:
        """`ANCHOR 1: NEWS WITH NO BIAS`: a numbered reader's copy, in capitals as many stations type it."""
        if not fields.reader_label(line):
            return False
        self._read_line(line)
        return True

    def _wrapped_line(self, line: str) -> bool:
        """A line under read copy left mid-sentence carries the sentence on (`DELIVERING NOTHING
        BUT THE` / `TRUTH`), in capitals or not, unless it opens with a cue, a field, a tape
        opener, a label or a bracket."""
        last = self.units[-1] if self.units else None
        if not (last and last.para is not None and last.parts and self.last_read == self.before):
            return False
        prev = last.parts[-1].rstrip()
        tokens = line.split()
        if not prev or prev[-1] in ".?!:;\"”)]" or line[:1] in "([{*|<" or ":" in line.split(None, 1)[0] or "=" in line or fields.reader_label(line) or language_label(line) or timed_pieces(line) not in ([], [(line, False)]):
            return False  # `News Anchor 1: …` under a line left open (`narito si ____`) is the next reader
        if self.before < self.line - 1 and not (len(tokens) > 1 and (prev[-1].isalpha() or prev[-1] == ",")):
            return False  # over blank lines (a page pasted from a PDF) only a sentence left on a word goes on
        if self.vocab.match([t.strip(":").upper() for t in tokens[:3]]) or fields.on_cam(tokens, self.vocab) or fields.doubled(tokens) or tp.field_key(line) or tp.read_opener(line, [], 0):
            return False  # `20 Frames of Black 20 frames of Black`: the video column, written twice
        self.read(line)
        return True

    def _timed_line(self, pieces: list[tuple[str, bool]]) -> None:
        """A line closing on its running time: `SHOW OPEN, GRAPHIC AND MUSIC (15”)` (a direction, a
        cue); `… our team. (13sec)`, `PROMO #42 Coming up (2”)`: the words read, the time a cue."""
        for text, direction in pieces:
            if direction:
                self.cue(text)
                continue
            at = trailing_length(text)
            self._read_line(text[:at].rstrip() if at > 0 else text)
            if at > 0:
                self.cue(text[at:], "TIMING")

    def _graphic_text(self, line: str) -> bool:
        """`((Banner))` / `[GRAPHIC]` alone, then `On Air Shopping`: a short line with no sentence
        under a bare graphics marker is the text it puts on screen, a cue."""
        last = self.units[-1].segment if self.units and self.units[-1].para is None else None
        bare = isinstance(last, Cue) and last.line == self.line - 1 and last.original[:1] in "([{" and not set(last.original) & set(":=")
        shown = whole_cue(tp.unwrap(last.original).strip("()[]{} "), self.vocab) if bare else None  # `(GRAPHIC of the new bridge)` says what it shows
        if not shown or shown[0] not in SHOWN or len(line.split()) > _TITLE_WORDS or line.endswith((".", "?", "!", ",", ":")) or line[:1] in "([{":
            return False
        self.cue(line, shown[0])
        return True

    def _inner_tape(self, line: str) -> bool:
        """`NEWSCASTER: … on Monday. MAYOR (ON TAPE): The strike is over.`: the copy before the
        label is read; from the label on the line is the bite of whom it names (a role alone is
        named from the copy before it, or not at all)."""
        label = tp.inner_tape_label(line)
        if label is None:
            return False
        start, words = label
        if line[:start].strip():
            self._read_line(line[:start].strip())
        who = line[start : line.rfind("(", start, words)].split()
        k = len(who)
        while k > 0 and who[k - 1][:1].isupper():
            k -= 1  # `Recorded Voice of Commissioner`: the capitalised words that end it name who
        self.close_block()
        self.block = tp.Block(self.line, "SOT", " ".join(who[k:] or who), entries=[("mark", line[start:words].strip(), self.line)])
        self.block.add_words(line[words:].strip())
        self.close_block()
        return True

    def _noted_line(self, line: str) -> bool:
        """A script line with the writer's notes in brackets: each note a cue, the words between
        them read by the script's rules again (`Anchor on cam (Start the script here)`)."""
        notes = script_notes(line, self.vocab)
        if not notes:
            return False
        at = 0
        for start, end in notes:
            self.feed(line[at:start], self.line)
            self.cue(line[start:end], "NOTE")
            at = end
        self.feed(line[at:], self.line)
        return True

    def _read_line(self, line: str) -> None:
        if self.heads_ahead:  # above a headed script's first reader heading: its running order, its notes
            self.cue(line, "NOTE")
            return
        line = self._video_lead(line)
        if radiolines.programme_part(line):
            self.cue(line)  # `Intro to the Show (0.5 minute)`: the running order's item, never read
            return
        if not line or self._graphic_text(line) or self._inner_tape(line) or self._noted_line(line):
            return
        if self.clip_open and tp.clip_words(line):
            self.cue(line, "TIMING")  # `You need someone who…`, `… back home (audio end)` under an unnamed clip
            self.clip_open = True
            return
        pieces = timed_pieces(line)
        if pieces:
            self._timed_line(pieces)
            return
        labelled = fields.labelled_copy(line, self.vocab) if ":" in line else None
        if labelled:
            self.cue(labelled[0])  # `TRACK: At low tide …`: the package script's label, then the track
            line = labelled[1]
        elif cut := tp.read_out_key(line):
            self.cue(line[:cut], "TIMING")  # `IN: Missing from the latest offer were …`: the key a cue, the voicer's copy read
            line = line[cut:].strip()
        numbered = fields.reader_label(line)
        if numbered:  # `R1: Good morning`, `1+2: …`: the numbered reader reads the rest
            self.talent = numbered[0].upper()
            self.cue(numbered[0] + ":", "TALENT")
            line = numbered[1]
            if not line:
                return
        head = line.partition(":")[0] if ":" in line else ""
        if fields.is_talent_label(line) or head in self.co_anchors or head[:1].isupper() and head.upper() in fields.field_words().talent_labels:
            name, _, rest = line.partition(":")
            self.talent = name.strip()
            self.cue(name.strip() + ":", "TALENT")
            line = rest.strip()
            if not line:
                return
        self._read_by_talent(line)

    def _read_by_talent(self, line: str) -> None:
        """`(DEV) Good evening. … (ANNA) Deckhands walked off …`: a reader's name in brackets opening the
        line or a sentence switches the talent there (a TALENT cue), as on a line of its own."""
        voiced = False
        for part, name in coanchors.talent_runs(line, self.vocab):
            if not name and voiced:
                self.block.add_words(part)  # the voice's words, to the next name in brackets
                continue
            if not name:
                self.read(part)
                continue
            voiced = self._played_voice(part)
            if not voiced:
                self.talent = part[1:-1]
                self.readers.add(self.talent.upper())
                self.cue(part, "TALENT")
        if voiced:
            self.close_block()

    def _played_voice(self, part: str) -> bool:
        """`(RENAN)` in a report that has just named Renan Calheiros, and is no reader of this script: his
        voice on the tape opens there, a bite named from the copy (the story builder completes the name)."""
        word = part[1:-1]
        if word.upper() in self.readers or word.upper() in self.co_anchors or word.lower() in staff_words().staff_roles:
            return False
        copy = [" ".join(unit.parts) for unit in self.units[-12:] if unit.para is not None]
        name = radiolines.named_in_copy(word, copy)
        if name is None:
            return False
        self.close_block()
        self.block = tp.Block(self.line, "SOT", name, entries=[("mark", part, self.line)])
        return True
