"""The script reader's rules for one line outside a tape block: cue lines (`VO-NAT`, `*CG …`,
`(take vo)`, `– – pkg – –`, `(VO)(MATT)(audio time …)`), talent lines (`(DEV)`, `(marisol)`,
`[2-SHOT]`) and the video column's words run into read copy. A mixin of markup.ScriptReader,
whose methods and state it uses."""

from __future__ import annotations

from scriptfmt.parse import columns, fields, inline, pieces, radiolines, reporter, scriptcast, splitpage, voices
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.units import Unit
from scriptfmt.parse import tape as tp
from scriptfmt.parse.brackets import first_bracket
from scriptfmt.parse.cues import Vocabulary, cue_line_type
from scriptfmt.parse.quotes import DASHES
from scriptfmt.parse.slugline import date_line, slug_line
from scriptfmt.parse.splitpage import column_time
from scriptfmt.parse.transcriptwords import words as staff_words

LINE_DASHES = (*DASHES, "-")  # a line set off by a dash at each end; a heading's title set off by one (`TEASE #1 -- …`)


class LineRules:
    def _bite_note(self, line: str) -> bool:
        """`€ (COMPLETE CUT)`: a note in capitals between a bite's lines, before its running time,
        stays in the bite (a camera or talent cue such as `(ROSA ON CAM)` does not)."""
        block = self.block
        note = line.lstrip("€|>•-–— ")
        if not (note[:1] == "(" and note.endswith(")") and note.isupper() and note.count("(") == 1 and len(note.split()) >= 2):
            return False
        hit = self.vocab.match(note[1:-1].split())
        if not block.transcript or block.duration is not None or hit is not None and hit[0] not in {"TIMING", "TRANSITION"} or fields.on_cam(note[1:-1].split(), self.vocab):
            return False
        block.add_marker(line)
        return True

    def _first_label(self, line: str) -> bool:
        """`PRESENTER:`, `INTRO:`, `ANCHOR:` alone on a line: a script's own label, where a page that carries it hands over."""
        words = line[:-1].split()
        return line.endswith(":") and 1 <= len(words) <= 2 and line[:-1].isupper() and (fields.talent_name(line[:-1], self.vocab) or self.vocab.match(words) is not None)

    def _bite_words(self, line: str, tokens: list[str]) -> bool:
        """The bite's words inside an open block: a parenthesised actuality under the cut's header
        (`ACT 4417 / NAME / :11` then `(Actuality – "…")`: one bite), words without quote marks,
        and a graphics line (`[SS=…]`) between the words and the RUNS (a cue inside the bite)."""
        block = self.block
        inside = inline.inline_tape(line, "SOT", self.line, []) if line[:1] == "(" and line.endswith(")") and not block.transcript and not line.startswith("((") else None
        if inside is not None and inside.text and line.find(inside.text) > 0:
            block.add_marker(line[: line.find(inside.text)].rstrip(" " + tp.QUOTE_MARKS))
            block.add_words(inside.text)
            block.name = block.name or (inside.speaker.name if inside.speaker else "")
            return True
        if self._unquoted_words(line):
            return True
        if block.transcript and fields.field_key_at(tokens, 0, fields.field_words()) and tp.unwrap(line).split("=")[0].upper() in {"SS", "GRAPHIC", "GFX", "OTS"}:
            block.entries.append(("super", line, self.line))
            return True
        return False

    def _unquoted_words(self, line: str) -> bool:
        """The bite's words written without quote marks: after its `IN:` line and before its OUT /
        RUNS lines (`IN: "WE'RE NOT…"` / `WE'RE NOT ASKING FOR IT FREE.` / `OUT-Q:`), or under an
        untimed opener that names the speaker (`SOT: Name, Title` / `My kids learned to read here.`, `IN sound bite Dr Ana Ruiz` / …)."""
        block = self.block
        tokens = line.split()
        if tp.field_key(line) or tp.read_opener(line, [], 0) or self.vocab.match([t.strip(":()[]*") for t in tokens[:3]]) or fields.talent_switch(line, self.vocab):
            return False
        if not any(c.isalpha() for c in line) or line[:1] in "([{*|" or fields.field_key_at(tokens, 0, fields.field_words()):
            return False
        after_in = bool(block.in_cue) and not block.out_cue and block.duration is None and (block.transcript or block.entries[-1][0] == "mark")
        named = not block.transcript and not block.fields and block.duration is None and (block.supers or block.title or block.name and len(block.entries) == 1 and scriptcast.sentence_line(line)) and block.tape == "SOT"
        if not (after_in or named) or len(tokens) < 3:
            return False
        block.add_words(line)
        return True

    def _marked_cue_line(self, line: str, tokens: list[str]) -> bool:
        """Lines marked as cues by their first words: `*background music plays*`, `TEXT: …`, `*CG …`
        with read copy after it, a time alone in the time column, `SOBE SOM …` / `NAT SOUND: …`."""
        if len(line) > 2 and line[0] == line[-1] == "*":
            self.cue(line)  # `*background music plays*`: a direction set off by asterisks, all of it
            return True
        if ":" in line and columns.screen_text(line) and not tp.field_key(line):
            return self._screen_text(tokens)
        if line.startswith("*") and self._starred_then_read(tokens, line):
            return True
        if len(tokens) == 1 and splitpage.column_time(line):
            self.cue(line, "TIMING")  # `00.24`: the time column of a two-column page
            return True
        nat = self.vocab.match([t.strip(":").upper() for t in tokens[:3]])
        if nat and nat[0] == "NATS" and nat[2] >= 2:
            self.cue(line, "NATS")  # `SOBE SOM DA MÃE CHORANDO.`, `NAT SOUND: crowd cheers.`: what is heard, a sentence or not
            return True
        return False

    def _cue_line(self, line: str) -> bool:
        upper = line.upper()
        tokens = line.split()
        if self._marked_cue_line(line, tokens):
            return True
        if line.startswith("*") or upper.startswith("((NAT") or upper.startswith(("OUTCUE", "OUT CUE", "OUTQ")) or tp.field_key(line) or fields.shot_line(line):
            self.cue(line)
            self.cg_open = line.upper().startswith("*CG") and "/" not in line
            return True
        first = line.split("   ", 1)[0] if "   " in line else ""
        if first and cue_line_type(first.rstrip(":"), self.vocab) and not first.rstrip().endswith((".", "?", "!")):
            self.cue(line)  # `Anchor on cam          (Start the script here)`: a cue, then the page's note beside it
            return True
        framed = line.strip(" -–—=_*~#")
        framed_type = cue_line_type(framed.upper(), self.vocab) if framed != line and framed else None
        if framed_type or line[:1] in LINE_DASHES and line[-1:] in LINE_DASHES and any(c.isalpha() for c in framed):
            self.cue(line, framed_type)  # `– – pkg – –`, `===(TAKE TAG)===`, `--TEASE--`: a cue word set off by rules; `-Woman cutting her tree-`: a shot between dashes
            return True
        if fields.direction_chain(line, self.vocab):
            self.cue(line)  # `(VO)(MATT)(audio time …)(video time …)`: the booth's directions in a row
            names = [g.strip() for g in fields.bracket_chain(line) if g.strip().isupper() and g.strip().isalpha() and not self.vocab.match([g.strip()])]
            self.talent = names[0] if names else self.talent  # `(MATT)`: who reads under it
            return True
        if line.startswith("(") and line.endswith(")") and not any(c.isalnum() for c in line):
            self.close_block()
            return True  # a separator: (------------)
        if fields.picture_line(line, self.vocab):
            self.cue(line)
            return True
        if line[:1] in "([{" and line[-1:] in ")]}" and self.vocab.match([t.strip(":([{*") for t in tokens[:3]]):
            if line[:1] == "(" and inline.inline_tape(line, "SOT", self.line, []) is not None:
                return False  # `(Actuality – "…")`: tape inside read copy, read by the story builder
            self.cue(line)
            return True
        if tokens and tokens[0].upper().rstrip(":") in {"SOT", "NAT", "NATS", "NAT SOUND", "AMBIANCE", "AMBIENCE", "SFX"} and (line.endswith("...") or not line.endswith((".", "?", "!"))):
            self.cue(line)
            return True
        if self._camera_then_read(tokens):
            return True
        if fields.on_cam(tokens, self.vocab):
            bare = tp.unwrap(line).strip("() ").split()  # `[BEN ON CAM]`, `(BEN ON CAM)`: the talent is BEN
            self.talent = " ".join(bare[: bare.index("ON")]) if "ON" in bare and not self.vocab.match(bare) else self.talent
            self.cue(line, "CAMERA")
            return True
        if self.export and fields.doubled(tokens):
            self.cue(line)  # the video column written twice: `20 Frames of Black 20 frames of Black`
            return True
        hit = self.vocab.match([t.strip(":") for t in tokens[:3]])
        if hit and not (":" in line and fields.labelled_copy(line, self.vocab)) and (cue_line_type(line, self.vocab) or hit[0] == "RADIO" and line.isupper() and not line.endswith((".", "?", "!")) or not any(t[:1].islower() for t in tokens[hit[2]:]) and len(tokens) <= 6 and not line.endswith((".", "?", "!"))):
            self.cue(line)
            return True
        if len(tokens) >= 2 and not line.endswith(fields.SENTENCE_ENDS) and fields.caps_cue(tokens, len(tokens) - 2, self.vocab) == 2 and not line.isupper():
            self.cue(line)  # `Eastmoor 10 @ 6 in Monitor DOUBLE BOXES`: the video column's note
            return True
        if self.mixed_copy and splitpage.video_caps(line):
            self.cue(line)  # `WOMAN ON HILL` in a script read in ordinary case: the video column
            return True
        return False

    def _video_lead(self, line: str) -> str:
        """Read copy with the video column's words run into its start split off as a cue."""
        tokens = line.split()
        cg_open, self.cg_open = self.cg_open, False
        k = fields.video_words(tokens, cg_open, self.export, self.vocab)
        if k:
            self.cue(" ".join(tokens[:k]), "CG" if cg_open else None)
        return " ".join(tokens[k:]) if k else line

    def _camera_then_read(self, tokens: list[str]) -> bool:
        """`RUTH ON CAM RUTH ON CAM THE ARMY CORPS …`: the video column's camera cue (RUTH reads
        next), then the read column's copy on the same line."""
        k = splitpage.camera_lead(tokens)
        if not k:
            return False
        self.talent = tokens[k - 3]
        self.cue(" ".join(tokens[:k]), "CAMERA")
        self.read(" ".join(tokens[k:]))
        return True

    def _screen_text(self, tokens: list[str]) -> bool:
        """`TEXT: location: Oxford` is a graphic; on a flattened two-column page the read column
        may run on after it (`TEXT: location: Oxford what they see …` under a read line left
        mid-sentence): the read copy starts at a lower-case word after the graphic's capitalised one."""
        last = self.units[-1].parts[-1] if self.units and self.units[-1].parts else "."
        j = columns.screen_text_end(tokens) if not last.rstrip().endswith(fields.SENTENCE_ENDS) else 0
        if j:
            self.cue(" ".join(tokens[:j]))
            self.read(" ".join(tokens[j:]))
            return True
        self.cue(" ".join(tokens))
        return True

    def _starred_then_read(self, tokens: list[str], line: str) -> bool:
        """`*CG locator Roanoke They found the body …`: the super, then read copy on its line;
        `*CG 2line Name / Title CREWS WILL …`: both lines of the super, then the copy."""
        j = splitpage.super_title_end(tokens) if line[:3].upper() == "*CG" else 0
        if j:
            self.cue(" ".join(tokens[:j]), "CG")
            self.read(" ".join(tokens[j:]))
            return True
        last = self.units[-1].parts[-1] if self.units and self.units[-1].parts and self.last_read == self.line - 1 else "."
        for j in range(2, len(tokens)):  # `*CG Sheffield this morning queued …`: a one-word locator, then the sentence goes on
            if fields.read_start(tokens, j, line) or j == 2 and len(tokens) > 3 and tokens[2][:1].islower() and not last.rstrip().endswith(fields.SENTENCE_ENDS):
                self.cue(" ".join(tokens[:j]), "CG")
                self.read(" ".join(tokens[j:]))
                return True
        return False

    def _bracket_titled_bite(self, line: str) -> bool:
        """`[Soundbite] Name (Title) : "…"`: the bite whole on its opener's line, its speaker's title
        in brackets; with no colon its words are not printed, and the copy below is read."""
        span = first_bracket(line, "[") if line.startswith("[") else None
        labelled = tp.bracket_titled(line[span[1] :]) if span else None
        opener = self._read_opener(line[: span[1]]) if labelled else None
        if opener is None or opener.name or opener.tape == "SOUND":
            return False
        name, title, words = labelled
        self.close_block()
        self.block = tp.Block(self.line, opener.tape, name, title, entries=[("mark", line[: len(line) - len(words)].rstrip(), self.line)])
        if words:
            self.block.add_words(words.strip(tp.QUOTE_MARKS + " "))
        self.close_block()
        return True

    def _titled_words(self, line: str) -> bool:
        """`[Soundbite]` then `Lee Hwa-ja (Buan resident): My feet shook …`: the bite's speaker, her
        title in brackets, and her words, on the line under a bare opener."""
        block = self.block
        labelled = tp.bracket_titled(line) if not block.transcript and not block.name else None
        if not (labelled and labelled[2]):
            return False
        block.name, block.title = labelled[0], labelled[1]
        block.add_marker(line[: len(line) - len(labelled[2])].rstrip())
        block.add_words(labelled[2])
        return True

    def _lead_in_and_quote(self, line: str) -> bool:
        """`[Take SOT]` then `Sports rep. Galen Munroe claimed that "…"`: the lead-in is read copy,
        the quotation is the tape (named from the lead-in); the opener stays a cue where it stands."""
        block = self.block
        at = min((line.find(q) for q in tp.QUOTE_MARKS if q in line), default=-1)
        if at <= 0 or line.rstrip().rstrip(".")[-1:] not in tp.QUOTE_MARKS or not line[:at].strip():
            return False
        self.units += [Unit(segment=seg) for seg, _ in pieces.lines_cue(block.lines(), block.line, self.vocab)]
        self.units.append(Unit(para=Para(line[:at].strip(), self.line), talent=self.talent))
        block.entries, block.transcript, block.line = [], [], self.line
        block.name = " ".join(inline.last_named(line[:at]))
        block.add_words(line[at:].strip().strip(tp.QUOTE_MARKS + " ."))
        return True

    def _paren_super(self, line: str) -> bool:
        """VOA: `((SOT))`, then the super in double parentheses over two lines (`((Sally Davies` /
        `Photographer))`): it names the bite; the words under it, quoted or not, are the bite's."""
        block = self.block
        if block.transcript or block.name or block.fields or block.is_package():
            return False
        last = block.entries[-1] if block.entries else None
        if last and last[0] == "super" and last[1].startswith("((") and "))" not in last[1] and line.endswith("))") and "(" not in line:
            title = line[:-2].strip()
            if not title or len(title.split()) > 8 or title.endswith((".", "!", "?")):
                return False
            block.add_super_title(line)  # `Photographer))`: the super's second line, its title
            block.super_title = block.super_title.rstrip(") ").strip() or title
            return True
        inner = line[2:]  # one line `((Ana Ruiz, Mayor))` is a bite label of its own (parse/inline.py)
        if not line.startswith("((") or block.supers or "(" in inner or ")" in inner or not tp.name_line(inner.strip()):
            return False
        block.add_super(line, inner.strip())
        return True

    def _recording(self, line: str) -> bool:
        """`Air Traffic Control tape`: a recording is played (a cue); its voices' lines come next."""
        if not voices.recording_line(line):
            return False
        self.cue(line, "SOT")
        self.voices_open = True
        return True

    def _voice(self, line: str) -> bool:
        """`pilot: Mayday, …` under a recording or a tape opener: a bite of the voice the label
        names; a second voice (`ATC: …`) starts a bite of its own on the same tape."""
        if ":" in line and fields.labelled_copy(line, self.vocab):
            return False  # `PASSAGEM: …`, `TRACK: …`: the reporter's copy, never a voice on the tape
        playing = self.block is not None and self.block.duration is None and not self.block.out_cue  # its RUNS / OUT ends the tape
        voice = voices.voice_label(line, self.vocab) if self.voices_open or playing else None
        titled = voices.titled_label(line, self.vocab) if voice is None else None  # `VIZINHA: "…"`: quoted words are no one's read copy
        if titled is not None and titled[0].upper() not in fields.field_words().talent_labels:
            voice = titled[0], titled[2]
        if voice is None or self.talent and voice[0].upper() == self.talent.upper() or voice[0].lower() in staff_words().staff_roles | staff_words().not_speakers or voice[0].upper() in splitpage.details_fields():
            return False  # `MARTA:` who reads the story, `Correspondent:` live from the scene, `Title: "Friends"` (a spot's field): no voice on the tape
        if self.nat_open:
            self.cue(line, "NATS")  # `SOBE SOM:` then `MENINA: "QUERO COMER"`: heard in the nat sound, no one's bite
            self.nat_open = True
            return True
        name, title = self.roles.get(voice[0].upper(), (voice[0], titled[1] if titled else "")) if len(voice[0].split()) == 1 else (voice[0], titled[1] if titled else "")
        if name.lower() in staff_words().guest_roles | staff_words().unnamed_roles:
            name, title = "", title or voice[0]  # `Interviewee:`, `Expert:`: what the voice is, never a super
        label = line[: line.index(":") + 1]
        block = self.block
        if block is not None and not block.transcript and not block.closer and (not block.name or block.name.lower() in {voice[0].lower(), name.lower()}):
            block.name, block.title = block.name or name, block.title or title
            block.add_marker(label)
        else:
            tape = block.tape if block is not None else "SOT"
            self.close_block()
            self.block = tp.Block(self.line, tape, name, title, entries=[("mark", label, self.line)])
        self.block.add_words(voice[1])
        self.block.closer = "QUOTE" if tp.left_open(voice[1]) else self.block.closer  # a hard-wrapped quotation: its lines are the bite's until it closes
        self.voices_open = True
        return True

    def _talent_line(self, line: str) -> bool:
        inner = line.strip("()[]").strip()
        lower_name = inner.islower() and self._lower_case_script  # `(marisol)` in a script written in lower case
        if line[:1] in "([" and line[-1:] in ")]" and inner.isalpha() and len(inner) <= 12 and fields.talent_name(inner.upper() if lower_name else inner, self.vocab):
            self.talent = inner.upper()
            self.cue(line, "TALENT")
            return True
        if line[:1] in "([" and inner.upper() in fields.field_words().both:
            self.talent = "BOTH"
            self.cue(line, "CAMERA")
            return True
        return False

    def _page_furniture(self, raw: str, line: str) -> bool:
        one_token = len(line.split(None, 1)) == 1
        printed = fields.column_header(raw) and not scriptcast.spaced_turn(raw) and not self.vocab.match([t.strip(":") for t in line.upper().split()[:3]]) and not tp.read_opener(line, [], 0)  # `TAKE SOT    ---SOT---` is a cue, `ACT:PARKS     :07` tape
        rundown_line = self.export and line.endswith("--") and len(line.split()) > 2  # an export's story line and data line
        framed = line.strip("-=_~ ")
        heading = line[:3] in {"---", "===", "___", "~~~"} and line[-3:] == line[:3] and 0 < len(framed.split()) <= 5 and framed.replace(" ", "").isalnum() and not cue_line_type(framed.upper(), self.vocab)  # `--- PKG SCRIPT ---`
        # the keys are nine characters at most (and upper case never shortens a string)
        if printed or rundown_line or heading or _header_line(line, one_token):
            self.furniture(line)
            return True
        inner = line[1:-1] if line.startswith("[") and line.endswith("]") else line
        if one_token and "=" not in inner and not column_time(inner) and ("-" in inner or any(c.isdigit() for c in inner) or line in self.slugs) and not inner.startswith(("(", "*")) and not self.vocab.match([inner.strip(" -–—=_*~#").upper()]):
            self.furniture(line)  # a slug line: Mill-Vote, [Birth-Unit], 17:58-02
            return True
        who = line[:-1] if one_token and line.endswith(":") and line[:-1].isalpha() and line[:1].isupper() and line[:-1].upper() not in fields.field_words().sections else fields.talent_field(line)
        if who and _camera_word(who, self.vocab):
            self.cue(line, "CAMERA")  # `OC:` after a bite's OUT Q:: the anchor back on camera, not someone named OC
            return True
        if who and (radiolines.break_label(who) or _part_label(who, self.vocab)):
            self.cue(line)  # `COMMERCIALS:`, `SONGS:` alone: the programme's break; `TRACK:`, `STANDUP:`: a part of the package; not a reader's name
            return True
        if who:
            self.talent = who  # `Segovia:` the reporter's tag, `PRESENTER: FIONA`: who reads next
            self.furniture(line)
            return True
        if fields.cast_line(line, self.vocab):
            self.furniture(line)  # the cast list: `Anchor 2: Tomas Villanueva`, `Guest 1: Dr. Carmela Uy`
            return True
        return False

    def _ellipsis_cue(self, line: str) -> bool:
        """`Key issue is…` / `…problem at international level` under a timed clip: its first and
        last words, written with the ellipsis the cut runs on from (the in- and out-words)."""
        block = self.block
        if block.duration is None or block.transcript or block.tape == "PKG":
            return False
        which = tp.clip_words(line)
        if which == "in" and not block.in_cue and not block.out_cue:
            block.in_cue = line.rstrip(".… ")
        elif which == "out" and not block.out_cue:
            block.out_cue = line.lstrip(".… ")
        else:
            return False
        block.add_marker(line)
        return True

    def _slug_speaker(self, opener: tp.Opener, line: str) -> tp.Opener:
        """`Insert Chris kids 20 years ago (19sec)`: a clip known by its slug; its first word names
        the speaker when the read copy before names that person in full. A clip the anchor has just
        tossed to (`Kayla Toshi reports from Washington,` / `Clip: [005 – 00:27]`) is the
        reporter's wrap; any other is a timed cue."""
        if ":" in line and opener.name.isupper():  # `CLIP: CLLR PETER GALLOWAY (Con), NORFOLK CC`: a cue sheet's clip, named as its super reads
            if tp.unnamed_person(opener.name.lower()):
                opener.name, opener.title = "", ""  # `CLIP: VOX — WOMAN, HINGHAM LIBRARY`: a passer-by, no name (the reader warns)
            return opener
        first = line.replace(":", " ").split()[1] if len(line.replace(":", " ").split()) > 1 else ""
        read = [unit.para.text if len(unit.parts) < 2 else " ".join(unit.parts) for unit in self.units if unit.para is not None]
        who = inline.given_name_in(first, read) if first[:1].isupper() else None
        if who is None and first[:1].isupper():
            who = inline.full_name(first, read)
        tossed = reporter.from_toss(read[-1]) if who is None and read and self.units[-1].para is not None else None
        opener.name, opener.title = who or tossed or "", ""
        opener.tape = opener.tape if who else "WRAP" if tossed else "SOUND"
        return opener


def co_anchor_names(lines: list[str], vocab: Vocabulary) -> frozenset[str]:
    """`Anna: Good evening …` / `Dev: And I'm …`: readers' names written in ordinary case before a
    colon at the start of read lines, when two or more names each open two or more lines (one
    recurring `Note:` is no cast). A cue word, a field or cue-sheet key, a tape opener or a copy
    label (`Track:`, `Runs:`, `SOT:`, `Off:`) is no reader; names in capitals are talent_name's."""
    counts: dict[str, int] = {}
    for raw in lines:
        name, colon, rest = raw.strip().partition(":")
        if colon and rest[:1] == " " and rest.strip()[:1] not in tp.QUOTE_MARKS and name.isalpha() and name[:1].isupper() and not name.isupper() and len(name) <= 12:
            counts[name] = counts.get(name, 0) + 1
    names = {name for name, n in counts.items() if n >= 2 and not _markup_word(name, vocab)}
    return frozenset(names) if len(names) >= 2 else frozenset()


def _markup_word(word: str, vocab: Vocabulary) -> bool:
    upper = word.upper()
    words = tp.tape_words()
    fw = fields.field_words()
    keys = words.in_keys | words.out_keys | words.time_keys | words.super_keys | fw.sections | fw.furniture | fw.talent_labels | fw.credits
    return vocab.match([upper]) is not None or upper in words.openers or upper in keys or upper in fields.copy_labels()


def _camera_word(word: str, vocab: Vocabulary) -> bool:
    """`OC`, `O/C`, `ONCAM`: a camera cue written like a reader's label; `ANCHOR` (a talent label) names the reader."""
    upper = word.upper()
    return upper not in fields.field_words().talent_labels and cue_line_type(upper, vocab) == "CAMERA"


def _part_label(who: str, vocab: Vocabulary) -> bool:
    """`TRACK`, `STANDUP`, `TAG`: a label that names a part of the story (a structure cue), never who reads."""
    hit = vocab.match(who.upper().split())
    return hit is not None and hit[0] == "STRUCTURE" and hit[2] == len(who.split())


def _header_line(line: str, one_token: bool) -> bool:
    """A line of the page's header: a section key alone, a field, a pair of fields, a page line, a story header, a slug,
    a date, or an export's time or change stamp (`EST. TIME`, `MODIFIED:`); the keys are nine characters at most."""
    if one_token and line[:-1].upper() in fields.field_words().sections:
        return True
    if fields.page_field(line) or fields.header_pairs(line) or fields.is_page_line(line) or fields.story_header(line):
        return True
    return bool(slug_line(line, anywhere=True) or date_line(line) or line[:9].upper().startswith(("EST. TIME", "EST TIME", "MODIFIED:")))


def unbold_label(line: str) -> str:
    """The line with a markdown bold label's marks left off (`**GIANNI**: Ciao …` -> `GIANNI: Ciao …`); else as it is."""
    return line[2 : line.find("**", 2)] + line[line.find("**", 2) + 2 :] if _bold_label(line) else line


def _bold_label(line: str) -> bool:
    """`**GIANNI**: Ciao piccoli amici, …`: a script exported as markdown sets the reader's label in bold, the words
    after it read copy; never a `*CG` line."""
    close = line.find("**", 2)
    return line.startswith("**") and 2 < close <= 40 and line[close + 2 : close + 3] == ":" and bool(line[close + 3 :].strip())
