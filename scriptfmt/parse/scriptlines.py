"""The script reader's rules for one line outside a tape block: cue lines (`VO-NAT`, `*CG …`,
`(take vo)`, `– – pkg – –`, `(VO)(MATT)(audio time …)`), talent lines (`(DEV)`, `(marisol)`,
`[2-SHOT]`) and the video column's words run into read copy. A mixin of markup.ScriptReader,
whose methods and state it uses."""

from __future__ import annotations

from scriptfmt.parse import fields, inline
from scriptfmt.parse import tape as tp
from scriptfmt.parse.cues import cue_line_type


class LineRules:
    def _cue_line(self, line: str) -> bool:
        upper = line.upper()
        tokens = line.split()
        if line.startswith("*") and self._starred_then_read(tokens, line):
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
        if framed != line and framed and cue_line_type(framed.upper(), self.vocab):
            self.cue(line)  # `– – pkg – –`, `===(TAKE TAG)===`: a cue word set off by rules
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
