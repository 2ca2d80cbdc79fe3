"""Scripts as newsroom systems print or export them, read line by line.

A sieve of named rules, tried in this order on each line:
  1. `pipe-row`: a split page written as a table, `|video cell |audio cell |`: the video cell
     is never read (cues, supers, the bite's opener and RUNS), the audio cell is read copy or
     the bite's words;
  2. `tape-block`: inside an open tape block, its IN / OUT / RUNS lines, supers and transcript;
  3. `page-furniture`: column headers (runs of spaces), `PAGE 2`, `Est. Time:`, stamps, slug
     lines (one hyphenated token) -> metadata; their stated times are kept for a check;
  4. `tape-opener`: `(/////SOT/////)`, `SOT 14:06:51`, `[TAKE SOT]`, `SOT Full: Name`,
     `CUT 12 / NAME / :09`, `TAKE PKG TRT 1:48` open a tape block;
  5. `field-line`: `ANCHOR=Anna` / `[WRITER=hjw]` / `TAPE#93-215` (furniture), `GRAPHIC=`,
     `SS=`, `SUPER=`, `LIVE=` (cues); read copy run into the line (a two-column page
     flattened to text) is read copy again;
  6. `cue-line`: VO-NAT, `ANNA ON CAM`, `*CG …`, `double box …`, `SOT: truck sound under`,
     `Outcue:` or `RUNS` outside a block, `(Roll Cue: …)`, `((nat …`;
  7. `talent-line`: `ANNA:` / `Segovia:` alone, `(DEV)`, `[2-SHOT]` switch who reads;
  8. everything else is read copy, handed to the story builder as a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scriptfmt.model import Soundbite
from scriptfmt.parse import bulletins, cutsheet, fields, inline, pieces, radiolines, reporter, samplepage, scriptcast, voices
from scriptfmt.parse.fields import is_talent_label, talent_switch  # noqa: F401  (the story builder asks them)
from scriptfmt.parse.scriptshape import looks_like_script  # noqa: F401  (the story builder asks it)
from scriptfmt.parse import tape as tp
from scriptfmt.parse.cues import Vocabulary, bracketed_direction
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.units import Unit
from scriptfmt.parse.runtimes import trailing_length
from scriptfmt.parse.readlines import ReadRules
from scriptfmt.parse.labelbites import LINES, LabelRules
from scriptfmt.parse.partlabels import PartRules
from scriptfmt.parse.scriptlines import LineRules, co_anchor_names, unbold_label
from scriptfmt.parse.sheetlines import SheetRules
from scriptfmt.parse.splitpage import SplitPageRows, audio_column, copy_in_mixed_case


@dataclass(eq=False, repr=False)
class ScriptReader(SplitPageRows, LineRules, SheetRules, LabelRules, ReadRules, PartRules, scriptcast.CastRules):
    vocab: Vocabulary
    metadata: dict
    warnings: list[str]
    units: list[Unit] = field(default_factory=list)
    block: tp.Block | None = None
    talent: str | None = None
    line: int = 0
    cg_open: bool = False  # a one-line `*CG` super whose second line may lead the next line
    last_read: int = -1  # input line of the last read copy, to join hard-wrapped lines
    table: bool | None = None  # False: a split page whose table has not started yet
    preamble: bool = False  # True: a two-column export whose header runs to the first camera cue
    header_left: int = 0  # lines still to read of a header written one field a line
    export: bool = False  # a two-column export (its MODIFIED: stamps): video words run into lines
    slugs: set[str] = field(default_factory=set)  # one-word lines just above a story's field lines
    slug_words: frozenset[str] = frozenset()  # an export's rundown-line words (its slug), lower case
    _lower_case_script: bool = False  # its markup in lower case: `(take sot)`, `(marisol)`
    mixed_copy: bool = False  # its read copy in ordinary case: a short line in capitals is the video column's
    voices_open: bool = False  # a recording is playing (`Air Traffic Control tape`): `pilot: …` lines are its voices
    roles: dict[str, tuple[str, str]] = field(default_factory=dict)  # `MÃE` -> the one the script titles so
    co_anchors: frozenset[str] = frozenset()  # `Anna`, `Dev`: readers named in ordinary case before a colon
    readers: set[str] = field(default_factory=set)  # `DEV`, `ANNA`: names in brackets that have switched the reader
    clip_open: bool = False  # a timed clip that names no one: its `In words…` / `…out words` lines are its cues
    nat_open: bool = False  # `SOBE SOM:` / `NAT SOUND:` alone: the labelled lines under it are what the nat sound holds
    seen: int = 0  # input line of the last line with words
    before: int = 0  # the same, before this one: blank lines between a read line and its next
    margin: bool = False  # its lines numbered in the margin (a radio guion): the numbers are never read
    head: list[str] = field(default_factory=list)  # a cut sheet's head block, its lines' roles last first
    parts: list[str] = field(default_factory=list)  # a flattened label column's parts still to come, in order (parse/partlabels.py)
    part_bite: Soundbite | None = None  # the bite a tape label of that column made of the paragraph being read

    def prepare(self, lines: list[str]) -> None:
        """What the whole script tells before reading: a split page's table, an export's stamp."""
        self.preamble = self.export = any(line.strip().upper().startswith("MODIFIED:") or " MODIFIED: " in line.upper() for line in lines)
        self.header_left = fields.header_block(lines, self.vocab)
        self.head = cutsheet.head_roles(lines, self.vocab)[::-1]  # `SOURCE:` … `TRT:` `OUTCUE:` above the body
        self.header_left = max(self.header_left, samplepage.lines_above(lines), bulletins.page_head(lines, self._first_label))  # `Here is an example of a news script:`; a bulletin page's menus
        self.table = False if any(fields.is_pipe_row(line.strip()) for line in lines[self.header_left :]) else None  # a table in the page's header is the page's
        self.audio_at = audio_column(lines) if self.table is False else None
        first = radiolines.margin_numbered(lines)
        if first is not None:  # a script numbered in the margin: what stands above its line 1 is the page's header
            self.margin, self.header_left = True, first
        self._lower_case_script = sum(line.strip()[:1] in "([" and line.strip()[1:2].islower() for line in lines) >= 3  # `(take vo)`, `(super: …)`
        self.slugs = fields.slug_lines(lines)
        self.mixed_copy = copy_in_mixed_case(lines)
        self.roles, self.co_anchors, self.cast = voices.roles(lines), co_anchor_names(lines, self.vocab), scriptcast.cast_labels(lines, self.vocab)
        self._prepare_headings(lines)
        if self.export:
            self.slug_words = frozenset(w.lower() for raw in lines if raw.rstrip().endswith(" --") for w in raw.split()[:-1])

    # --- output ------------------------------------------------------------------------
    def furniture(self, text: str) -> None:
        self.metadata.setdefault("script_furniture", []).append(text)
        fields.stated_times(text, self.metadata)

    def cue(self, text: str, cue_type: str | None = None) -> None:
        self.close_block()
        self.parts = []  # a script that marks its own parts (`[TAKE VO]`) after a line of labels (`VO SOT VO`, its format) takes none from it
        self.units.append(Unit(segment=fields.make_cue(text, self.line, self.vocab, cue_type)))
        self.nat_open = self.units[-1].segment.cue_type == "NATS" and text.endswith(":")
        self.clip_open = False

    def read(self, text: str) -> None:
        self.close_block()
        self.voices_open = False
        if self._column_part(text):
            return
        last = self.units[-1] if self.units else None
        if last and last.para is not None and self.last_read == self.line - 1 and last.talent == self.talent:
            last.parts.append(text)  # a hard-wrapped line of the same paragraph: joined once, in finish()
        else:
            self.units.append(Unit(para=Para(text, self.line), talent=self.talent, parts=[text]))
        self.last_read = self.line

    def finish(self) -> list[Unit]:
        """Close the last block and join each paragraph's hard-wrapped lines."""
        self.close_block()
        for unit in self.units:
            if unit.para is not None and len(unit.parts) > 1:
                unit.para.text = " ".join(unit.parts)
        return self.units

    def close_block(self) -> None:
        block, self.block, self.nat_open = self.block, None, False
        if block is not None:
            self.units += [Unit(segment=seg, resolve=resolve) for seg, resolve in pieces.block_segments(block, self.vocab, self.warnings)]

    # --- the sieve ---------------------------------------------------------------------
    def feed(self, raw: str, number: int) -> None:
        self.line = number
        if self.block is not None:
            self.block.at = number
        line = unbold_label(raw.strip())  # `**GIANNI**: Ciao …`: the markdown export's bold label, read as `GIANNI: Ciao …`
        if self.head:  # a cut sheet's head: its fields are furniture; its listed supers and out-cue, cues
            role = self.head.pop()
            if role == cutsheet.CUE:
                self.cue(line, None if tp.field_key(line) else "CG")
            elif role:
                self.furniture(line)
            return
        if self.header_left > 0:  # the story's header, one field a line: slug, time, date, reporter
            self.header_left -= 1
            if line:
                self.furniture(line)
            return
        if self.margin:
            number, line = radiolines.split_margin(line)
            if number:
                self.furniture(number)
            raw = line
        if not line:
            return
        self.before, self.seen = self.seen, number
        if self.preamble:  # an export's header block: everything above the first camera cue or cue line
            if not fields.on_cam(line.split()[:4], self.vocab) and not self.vocab.match(line.upper().split()[:3]):
                self.furniture(line)
                return
            self.preamble = False
        if fields.is_pipe_row(line):
            self.table = True
            self._pipe_row(line)
            return
        if self.table is False:
            # a split page's header, above its table (format, reporter, date, TRT); a note in brackets to the talent is a direction
            self.cue(line) if bracketed_direction(line) else self.furniture(line)
            return
        if self._reader_heading(line) or self._label_column(line) or self._played_line(line):  # `ANNONCEUR`, `Lecteur 2` alone above read copy: who reads it
            return
        if self._cast_line(line) or self._opener_then_label(line) or self._cue_sheet_tape(line) or self.block is not None and radiolines.announcer_label(line) is None and self._in_block(line):
            return  # a drama's `Woman #1: …` (parse/scriptcast.py); `[GRAB] NAME: …` opens a bite whatever block is open; `LOCUTOR:` after an `ACTUALIDAD:` bite closes it
        if self._talent_place(line) or self._radio_line(line) or self._wrapped_line(line):
            return
        if self._live_two_way(line) or self._cut_listing(line) or self._page_furniture(raw, line) or self._super_line(line):
            return
        if self._language_label(line) or self._timecoded_voice(line) or self._opener(line) or self._field_line(line):
            return
        if self._booth_line(line) or self._reader_line(line) or self._voice(line) or self._guest_line(line) or self._section_line(line) or self._cue_line(line) or self._recording(line) or self._talent_line(line):
            return
        self._read_line(line)

    def _in_block(self, line: str) -> bool:
        """A line of the open tape block: transcript, IN/OUT/RUNS, super, a second opener line."""
        block = self.block
        if block.closer:
            return self._transcript(line)
        if reporter.reporter_field(line):  # `REPORTER: Jo Lin` under a package's roll: who voices it
            block.reporter = reporter.reporter_field(line) or ""
            return block.add_marker(line) or True
        stamp, rest = tp.timecode_then(line)
        if rest.startswith("((") and (block.name or tp.caps_label_end(rest[2:].split())):
            block.add_marker(stamp)  # `(18:03:11) ((NAME/TITLE: …))`: the tape's timecode, then the bite
            return self._transcript(rest)
        if line.startswith("((") and (block.name or tp.bite_label_end(line[2:].split())) and not self._cue_label(line) or line[:1] in tp.QUOTE_MARKS:
            return self._transcript(line)  # `((natsot …` with no one named is the package's nat sound: a cue
        if self._titled_words(line) or self._paren_super(line) or self._cut_name(line):
            return True
        cue_field = tp.field_key(line)
        if cue_field:
            items = fields.split_flat_line(line, self.vocab) if fields.field_key_at(line.split(), 0, fields.field_words()) else []
            if len(items) > 1 and not _labelled_in_cue(items):  # `OQ=county roads LIVE=Hector/BAM The county …`: the bite ends at its own field
                self._block_field(items[0][2], tp.field_key(items[0][2]) or cue_field)
                self.close_block()
                self._flat_items(items[1:])
                return True
            return self._block_field(line, cue_field)
        upper = line.upper().lstrip("[(*")  # `(cg: Lena Fiore / Utilities Director)` in lower-case scripts
        if upper.startswith(tuple(k + s for k in tp.tape_words().super_keys for s in ("=", ":", " "))) and not block.is_package() or upper.startswith(("SUPER=", "[SUPER=")) or line.startswith("*CG") and block.duration is None:
            key_end = min((line.find(c) for c in "=: " if line.find(c) > 0), default=len(line))
            block.add_super(line, line[key_end + 1 :].rstrip(")") if line.startswith("(") else line[key_end + 1 :])
            return True
        tokens = line.split()
        if self._bite_note(line):
            return True
        if block.take_length(line, self.warnings, self.line) or "END SOT" in line.upper() or block.entries[-1][0] == "super" and tp.is_duration(tokens[0]):
            block.add_marker(line)  # `(END SOT)`, `RUN05 (END SOT)`; a super's time in a package `:11 (QUICK)`
            return True
        if block.super_open() and line[:1].isupper() and len(tokens) <= 5 and not set(line) & set(":=\"“”") and not line.endswith((".", "!", "?", ",")) and not self.vocab.match(tokens):
            block.add_super_title(line)  # `SUPER: GWEN ACHTERBERG` / `PELL CO. LIBRARY DIRECTOR`: its second line
            return True
        role = line.partition(":")[0].strip().upper() if ":" in line else ""
        if block.name and role in self.roles and role != block.name.upper() and self._voice(line):
            return True  # `SONORA ANA LIMA - MÃE` / `MÃE: …`: the role label names the bite's person, not a new voice
        if not block.transcript and tp.caps_label_end(tokens):
            return self._transcript(line)
        opener = self._read_opener(line) if not block.transcript and not block.fields else None
        if opener is not None and opener.tape != "SOUND" and not (block.name and opener.name and opener.name.upper() != block.name.upper()) and (block.duration is None or opener.duration is None):
            block.add_marker(line)
            block.name, block.title = block.name or opener.name, block.title or opener.title
            block.duration = block.duration if opener.duration is None else opener.duration
            return True
        if self._bite_words(line, tokens) or self._ellipsis_cue(line):
            return True
        if self._voice(line):
            return True  # `pilot: …` / `ATC: …`: the voices on the tape, each its own bite
        if not block.transcript and not block.name and not block.fields and not block.supers and tp.name_line(line):
            block.add_super(line, line)  # `SOT` / `Lorie Gifford, Teacher` / `"…"`: the super, written without its key
            return True
        if not block.transcript and not block.name and not block.fields:
            return self._lead_in_and_quote(line)
        return False

    def _block_field(self, line: str, cue_field: tuple[str, str, str]) -> bool:
        block = self.block
        kind, key, value = cue_field
        if kind == "in":
            tokens = value.split()
            for k in range(len(tokens)):
                end = tp.caps_label_end(tokens, k)
                if end and (k or len(tokens) > end):  # `INQ=That pipe went in LIONEL BAPTISTE/ROAD SUPERINTENDENT:`, `INQ= NAME/TITLE: We already …`
                    head = (line[: line.index(value)] + " ".join(tokens[:k])).rstrip()
                    block.in_cue = tp.cue_words(" ".join(tokens[:k] or tokens[end:]))
                    block.add_marker(head)
                    return self._transcript(" ".join(tokens[k:]))
            block.in_cue = tp.cue_words(value)
        elif kind == "out" and self._out_cue_run_on(line, value):
            return True
        elif kind == "out":
            block.out_cue = tp.cue_words(value.rstrip("]"))
        elif run := tp.run_time(key, value):
            block.duration = tp.duration_of(run, self.warnings, self.line)
        block.fields += 1
        block.add_marker(line)
        return True

    def _out_cue_run_on(self, line: str, value: str) -> bool:
        """`OUT Q: we don't have RAFAEL OC RAFAEL OC The authority …`: on a flattened two-column
        page the out-cue ends where the video column's camera cue starts; the rest is read copy."""
        tokens = value.split()
        for k in range(1, len(tokens)):
            n = fields.caps_cue(tokens, k, self.vocab)
            if n and fields.on_cam(tokens[k : k + n], self.vocab):
                self.block.out_cue = tp.cue_words(" ".join(tokens[:k]))
                self.block.fields += 1
                self.block.add_marker(line[: line.index(value)] + " ".join(tokens[:k]))
                self.close_block()
                self._flat_items(fields.split_flat_line(" ".join(tokens[k:]), self.vocab, self.slug_words))
                return True
        return False

    def _transcript(self, line: str) -> bool:
        """The bite's words: `((NAME/TITLE: …))`, a quotation, capitals after a label; a second
        labelled `((NAME/TITLE: …))` on the line is the next bite on the same tape."""
        if self.block.closer == LINES and self._words_end(line):
            self.close_block()  # `((NATS))` under a super's words, or a line after their last sentence: the words end
            return False
        at = line.find(")) ((")
        if at > 0 and self.block.closer in {"", "))"} and tp.caps_label_end(line[at + 5 :].split()):
            self._transcript(line[: at + 2])
            tape = self.block.tape
            self.close_block()
            self.block = tp.Block(self.line, tape)
            return self._transcript(line[at + 3 :])
        block = self.block
        text = line
        if not block.closer:
            if text.startswith("(("):
                block.closer = "))"
                text = text[2:]
            elif text[:1] in tp.QUOTE_MARKS:
                block.closer = "QUOTE"
            else:
                block.closer = "CAPS"
            tokens = text.split()
            end = tp.caps_label_end(tokens) or (tp.bite_label_end(tokens) if block.closer == "))" else 0)
            if end:
                label = " ".join(tokens[:end])
                name, title = tp.split_name(label.rstrip(":"))
                block.name, block.title = block.name or name, block.title or title
                block.add_marker(line[: len(line) - len(text)] + label)
                text = " ".join(tokens[end:])
        elif block.closer == "CAPS" and (any(c.islower() for c in line) or tp.field_key(line) or "END SOT" in line.upper()):
            block.closer = ""
            return self._in_block(line)
        done, length = False, ""
        at = trailing_length(text) if block.closer == "QUOTE" else -1
        if at > 0 and text[:at].rstrip().rstrip(".,").endswith(tuple(tp.QUOTE_MARKS)):  # `"…backyard show." (:08)`: the quote closes, its length after it
            text, length = text[:at].rstrip(), text[at:].strip()
        if block.closer == "))" and text.rstrip().endswith("))"):
            text, done = text.rstrip()[:-2], True
        elif block.closer == "QUOTE" and text.rstrip().rstrip(".,").endswith(tuple(tp.QUOTE_MARKS)) and (block.transcript or len(text.strip()) > 1):
            done = True
        if text.strip():
            block.add_words(text.strip())
        if length:
            block.take_length(length, self.warnings, self.line)
            block.add_marker(length)
        if done:
            block.closer = ""
        return True

    def _live_two_way(self, line: str) -> bool:
        length = tp.live_two_way(line)
        if length is None:
            return False
        self.cue(line, "LIVE")  # `Q&A: SHANE / JACINTA -- LIVE -- 1:00`: on air, never a header, timed by its length
        self.units[-1].segment.duration = length or None
        return True

    def _opener(self, line: str) -> bool:
        stamp, rest = tp.timecode_then(line)
        if rest.startswith("((") and tp.bite_label_end(rest[2:].split()):  # `(01:26:55:12) ((Okwuosa: "…"))`: the timecode rolls the bite
            self.close_block()
            self.block = tp.Block(self.line, "SOT", entries=[("mark", stamp, self.line)])
            return self._transcript(rest)
        if tp.field_key(line) and not line.upper().lstrip("[(").startswith(("SOT", "CUT", "ACT", "PKG", "TAKE")):
            return False
        if line.startswith("(") and line.endswith(")") and inline.inline_tape(line, "SOT", self.line, []) is not None:
            return False  # `(ACTUALITY – NAME: "…")`: tape inside read copy, read by the story builder
        if self._bracket_titled_bite(line):
            return True
        out_at = tp.out_key_at(line)
        if out_at > 0 and self._opener(line[:out_at].rstrip()):  # `CUT 22 (NAME) RUNS :09 OQ: "…"`: the out-cue on its line
            self._block_field(line[out_at:], tp.field_key(line[out_at:]))
            return True
        at = min((line.find(q) for q in tp.QUOTE_MARKS if q in line), default=-1)
        head = line[:at].rstrip() if at > 0 and not line.startswith(("(", "[")) else line  # `SOT Full: Name "…"`
        opener = self._read_opener(head)
        if opener is not None and line.split(None, 1)[0].upper().rstrip(":") in tp.tape_words().slug_openers:
            opener = self._slug_speaker(opener, line)
        if opener is None or opener.name and not opener.name.islower() and sum(w.islower() for w in opener.name.split()) >= 2:
            return False  # `SOT: State Capitol ambient sound (3 seconds)`: a description, a nat-sound cue
        if opener.tape == "SOUND":  # `CART 101 / SOUNDER / :05`: music or a sounder, a timed cue
            self.cue(line)
            self.units[-1].segment.duration = opener.duration
            self.clip_open = opener.duration is not None  # its in- and out-words may follow
            return True
        if not opener.name and opener.duration is None and line[:1].islower():
            return False
        self.close_block()
        self.block = tp.Block(self.line, opener.tape, opener.name, opener.title, opener.duration, entries=[("mark", head, self.line)])
        if head != line:
            self._transcript(line[len(head) :].strip())
        return True

    def _read_opener(self, line: str) -> tp.Opener | None:
        """The tape a line opens; a name made of cue words (`CART 101 / NEWS SOUNDER / :05`) is no one's."""
        opener = tp.read_opener(line, self.warnings, self.line)
        if opener is None and tp.folder_line(line):
            return tp.Opener("CUT")  # `FOLDER: NEWS CUTS`: where the radio cut is filed; the cut's name line and RUNS follow
        words = opener.name.upper().split() if opener is not None else []
        if any(self.vocab.match(words, k) for k in range(len(words))):
            opener.name, opener.title, opener.tape = "", "", "SOUND"
        return opener

    def _field_line(self, line: str) -> bool:
        if not fields.field_key_at(line.split(None, 2), 0, fields.field_words()):  # a key is in the first two words
            return False
        self._flat_items(fields.split_flat_line(line, self.vocab, self.slug_words))
        return True

    def _flat_items(self, items: list[tuple[str, str, str]]) -> None:
        for kind, key, text in items:
            if kind == "field":
                self._field(key, text)
            elif kind == "cue" and fields.on_cam(text.split(), self.vocab):
                self.talent = text.split()[0]  # `GRANT ON CAM GRANT ON CAM` run into the line: GRANT reads next
                self.cue(text, "CAMERA")
            elif kind == "cue":
                self.cue(text)
            else:
                self._read_line(text)

    def _field(self, key: str, text: str) -> None:
        fw = fields.field_words()
        bare = text.strip("[]")
        if key.rstrip("#") + ("#" if key.endswith("#") else "") in fw.furniture or key in fw.furniture:
            value = bare.split("=", 1)[1] if "=" in bare else bare.split("#", 1)[-1]
            if key in fw.talent and value.strip():
                self.talent = value.strip()
            if key == "SLUG" and value.strip() and "slug" not in self.metadata:
                self.metadata["slug"] = value.strip()  # `[SLUG=Ice Rink Roof]`: the story's slug
                return
            self.furniture(text)
            return
        if self.block is not None and key in tp.tape_words().super_keys:
            self.block.add_super(text, bare.split("=", 1)[1])
            return
        self.talent = fields.live_reporter(key, bare) or self.talent  # `LIVE=Nora/Full`: Nora reads next
        self.cue(text)


def _labelled_in_cue(items: list[tuple[str, str, str]]) -> bool:
    """`INQ= ERIK KORHONEN/BOARD CHAIR: We already …`: an in-cue field that is the bite's label,
    the words after it read as the bite's (not the anchor's copy)."""
    label = tp.field_key(items[0][2]) if items[1][0] == "read" else None
    return bool(label) and label[0] == "in" and 0 < tp.caps_label_end(label[2].split()) == len(label[2].split())
