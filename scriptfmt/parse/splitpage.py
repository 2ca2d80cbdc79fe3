"""A split page written as a table, `|video cell |audio cell |`, read row by row: the video
cell is never read (cues, supers, the bite's opener and RUNS), the audio cell is read copy or
the bite's words. A mixin of markup.ScriptReader, whose methods it calls."""

from __future__ import annotations

from scriptfmt.parse import tape as tp


class SplitPageRows:
    def _pipe_row(self, line: str) -> None:
        cells = [c.strip() for c in line.strip("|").split("|")]
        video, audio = cells[0], " ".join(c for c in cells[1:] if c)
        if video.upper() == "VIDEO" and audio.upper() == "AUDIO":
            self.furniture(line.strip("| "))
            return
        if video:
            self._video_cell(video)
        if audio:
            if self.block is not None and (self.block.closer or audio[:1] in tp.QUOTE_MARKS) and self._transcript(audio):
                return
            if self.block is not None and tp.field_key(audio):  # `|TAKE SOT |IN: "We spend..." |`
                self._block_field(audio, tp.field_key(audio))
                return
            self.read(audio)

    def _video_cell(self, video: str) -> None:
        """The video column is never read: a bite's opener, super or RUNS, else a cue."""
        block = self.block
        cue_field = tp.field_key(video)
        if block is not None and cue_field:
            self._block_field(video, cue_field)
        elif block is not None and video.upper().startswith(tuple(k + ":" for k in tp.tape_words().super_keys)):
            block.add_super(video, video.split(":", 1)[1])
        elif not self._opener(video):
            self.cue(video)
