"""The script reader's rules for one line outside a tape block: cue lines (`VO-NAT`, `*CG …`,
`(take vo)`, `– – pkg – –`, `(VO)(MATT)(audio time …)`), talent lines (`(DEV)`, `(marisol)`,
`[2-SHOT]`) and the video column's words run into read copy. A mixin of markup.ScriptReader,
whose methods and state it uses."""

from __future__ import annotations

from scriptfmt.parse import fields, inline, voices
from scriptfmt.parse import tape as tp
from scriptfmt.parse.cues import cue_line_type


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
        untimed opener that names the speaker (`SOT: Name, Title` / `My kids learned to read here.`)."""
        block = self.block
        tokens = line.split()
        if tp.field_key(line) or tp.read_opener(line, [], 0) or self.vocab.match([t.strip(":()[]*") for t in tokens[:3]]) or fields.talent_switch(line, self.vocab):
            return False
        if not any(c.isalpha() for c in line) or line[:1] in "([{*|" or fields.field_key_at(tokens, 0, fields.field_words()):
            return False
        after_in = bool(block.in_cue) and not block.out_cue and block.duration is None and (block.transcript or block.entries[-1][0] == "mark")
        named = not block.transcript and not block.fields and block.duration is None and (block.supers or block.title) and block.tape == "SOT"
        if not (after_in or named) or len(tokens) < 3:
            return False
        block.add_words(line)
        return True

    def _cue_line(self, line: str) -> bool:
        upper = line.upper()
        tokens = line.split()
        if line.startswith("*") and self._starred_then_read(tokens, line):
            return True
        if len(tokens) == 1 and fields.column_time(line):
            self.cue(line, "TIMING")  # `00.24`: the time column of a two-column page
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
        if framed_type:
            self.cue(line, framed_type)  # `– – pkg – –`, `===(TAKE TAG)===`, `--TEASE--`: a cue word set off by rules
            return True
        if fields.direction_chain(line, self.vocab):
            self.cue(line)  # `(VO)(MATT)(audio time …)(video time …)`: the booth's directions in a row
            names = [g.strip() for g in fields.bracket_chain(line) if g.strip().isupper() and g.strip().isalpha() and not self.vocab.match([g.strip()])]
            self.talent = names[0] if names else self.talent  # `(MATT)`: who reads under it
            return True
        if line.startswith("(") and line.endswith(")") and not any(c.isalnum() for c in line):
            self.close_block()
            return True  # a separator: (------------)
        if line[:1] in "([{" and line[-1:] in ")]}" and self.vocab.match([t.strip(":([{*") for t in tokens[:3]]):
            if line[:1] == "(" and inline.inline_tape(line, "SOT", self.line, []) is not None:
                return False  # `(Actuality – "…")`: tape inside read copy, read by the story builder
            self.cue(line)
            return True
        if tokens and tokens[0].upper().rstrip(":") in {"SOT", "NAT", "NATS", "NAT SOUND", "AMBIANCE", "AMBIENCE", "SFX"} and (line.endswith("...") or not line.endswith((".", "?", "!"))):
            self.cue(line)
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
        if self.mixed_copy and fields.video_caps(line):
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

    def _starred_then_read(self, tokens: list[str], line: str) -> bool:
        """`*CG locator Roanoke They found the body …`: the super, then read copy on its line."""
        last = self.units[-1].parts[-1] if self.units and self.units[-1].parts and self.last_read == self.line - 1 else "."
        for j in range(2, len(tokens)):  # `*CG Sheffield this morning queued …`: a one-word locator, then the sentence goes on
            if fields.read_start(tokens, j, line) or j == 2 and len(tokens) > 3 and tokens[2][:1].islower() and not last.rstrip().endswith(fields.SENTENCE_ENDS):
                self.cue(" ".join(tokens[:j]), "CG")
                self.read(" ".join(tokens[j:]))
                return True
        return False

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
        playing = self.block is not None and self.block.duration is None and not self.block.out_cue  # its RUNS / OUT ends the tape
        if not (self.voices_open or playing):
            return False
        voice = voices.voice_label(line, self.vocab)
        if voice is None or self.talent and voice[0].upper() == self.talent.upper():
            return False  # `MARTA:` who reads the story is no voice on the tape
        label = line[: line.index(":") + 1]
        block = self.block
        if block is not None and not block.transcript and not block.closer and (not block.name or block.name.lower() == voice[0].lower()):
            block.name = voice[0]
            block.add_marker(label)
        else:
            tape = block.tape if block is not None else "SOT"
            self.close_block()
            self.block = tp.Block(self.line, tape, voice[0], entries=[("mark", label, self.line)])
        self.block.add_words(voice[1])
        self.voices_open = True
        return True

    def _talent_line(self, line: str) -> bool:
        inner = line.strip("()[]").strip()
        lower_name = inner.islower() and self._lower_case_script  # `(marisol)` in a script written in lower case
        if line[:1] in "([" and line[-1:] in ")]" and (inner.isupper() or lower_name) and inner.isalpha() and len(inner) <= 12 and not self.vocab.match([inner.upper()]) and inner.lower() not in fields._not_talent():
            self.talent = inner.upper()
            self.cue(line, "TALENT")
            return True
        if line[:1] in "([" and inner.upper() in fields.field_words().both:
            self.talent = "BOTH"
            self.cue(line, "CAMERA")
            return True
        return False
