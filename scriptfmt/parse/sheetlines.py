"""Radio cut sheets and cue sheets inside a script (a mixin of markup's reader, as LineRules is): the
lines that say a cut or a package rolls, with its length, out-words and who is heard, never read."""

from __future__ import annotations

from scriptfmt.parse import tape as tp


class SheetRules:
    """`IN:`/`OUT:`/`DUR:` after a cue, `Track 2 (:36) Q…`, `FOLDER: NEWS CUTS` / `CISAR` (mixed into markup's reader)."""

    def _cue_sheet_tape(self, line: str) -> bool:
        """A radio cue sheet (BBC style): the presenter's cue, then `IN:` / `OUT:` / `DUR: 2'10"` with no
        clip line: the item's report, a package timed by its DUR; its lines are the tape's, never read."""
        key = tp.field_key(line) if self.block is None and self.units and self.units[-1].para is not None else None
        if key is None or key[0] != "in":
            return False
        self.block = tp.Block(self.line, "PKG")
        self.block.sheet = True  # with no DUR under it, the lines stay cues (a page explaining the fields)
        return self._in_block(line)

    def _cut_listing(self, line: str) -> bool:
        """`Track 2 (:36) Q…or even mid-September.`: a radio feed's cut, timed by its length, named from the
        copy before it; `1 / SLUG (fully produced) (Reporter) Q…Station. / 3:00`: the produced piece. Never read."""
        cut = tp.cut_line(line)
        if cut is None:
            return False
        self.close_block()
        self.block = tp.Block(self.line, cut[0], duration=tp.duration_of(cut[1], self.warnings, self.line), entries=[("mark", line, self.line)])
        self.block.out_cue = cut[2]
        self.close_block()
        return True

    def _cut_name(self, line: str) -> bool:
        """`FOLDER: NEWS CUTS` / `CISAR`: a radio cut named by the speaker's surname alone on its line."""
        block = self.block
        if block.tape != "CUT" or block.transcript or block.name or block.fields or not (line.isalpha() and line.isupper()) or self.vocab.match([line]):
            return False
        block.name = line
        block.add_marker(line)
        return True
