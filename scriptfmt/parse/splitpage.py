"""A split page written as a table, `|video cell |audio cell |`, read row by row: the video
cells are never read (cues, supers, the bite's opener and RUNS, the time or shot columns of a
wider table), the audio cell is read copy or the bite's words. The audio column is the one the
table's header names (`Time |Director's Notes |Video |Audio`), else the last. A talent column
(`| ALEXA: | Good evening. |`) says who reads the row; an audio cell set wholly in bold
(`| **NEWS** | ***WALL PKG*** |`) is a direction, not copy. A two-column page exported one cell
line a line (no table) is told apart by case: its read copy in ordinary case, its vision column's
short lines in capitals (`FADE UP`, `WOMAN ON HILL`) and its time column (`00.24`). A mixin of markup.ScriptReader,
whose methods it calls."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse import fields
from scriptfmt.parse import tape as tp


@lru_cache(maxsize=1)
def _column_names() -> tuple[frozenset[str], frozenset[str]]:
    data = tomlfile.load_builtin("markup.toml")["table"]
    return frozenset(data["audio_columns"]), frozenset(data["other_columns"])


@lru_cache(maxsize=1)
def details_fields() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("markup.toml")["table"]["details_fields"])


def details_row(cells: list[str]) -> bool:
    """`| Original Filename: | HARBOUR_EN.mp4 |`, `| Description: | …prose… |`, `| License | … |`: a row of a
    video library's details table (a field's name, then its value), the clip's record, never read."""
    filled = [c for c in cells if c]
    return 1 <= len(filled) <= 2 and cells[0].strip("*_ ").rstrip(":").strip().upper() in details_fields()


def row_cells(line: str) -> list[str]:
    """The cells of a table row, as written between its pipes (`| a | b |` -> [`a`, `b`])."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def audio_column(lines: list[str]) -> int | None:
    """The audio column a table's header names (`Time |Director's Notes |Video |Audio` -> 3),
    else None (the last column is the audio)."""
    audio_names, other_names = _column_names()
    for raw in lines:
        if "|" not in raw:
            continue
        names = [c.strip("*_ ").upper() for c in row_cells(raw)]
        if all(n in audio_names | other_names for n in names if n) and any(n in audio_names for n in names):
            return next(k for k, n in enumerate(names) if n in audio_names)
    return None


def header_row(cells: list[str]) -> bool:
    """`|VIDEO |AUDIO |`, `|---|---|`: the table's own header or rule, never read."""
    audio_names, other_names = _column_names()
    names = [c.strip("*_ ").upper() for c in cells if c.strip()]
    return bool(names) and (all(set(n) <= set("-:= ") for n in names) or all(n in audio_names | other_names for n in names) and any(n in audio_names for n in names))


def bold_cell(cell: str) -> bool:
    """`**NEWS**`, `***DOM WALL PKG***`: a cell set wholly in bold, a direction for the booth."""
    return len(cell) > 4 and cell.startswith("**") and cell.endswith("**") and bool(cell.strip("* "))


def copy_in_mixed_case(lines: list[str]) -> bool:
    """The script's read copy is written in ordinary case: more lines of three or more words with
    lower-case letters than lines of three or more words in capitals (radio copy in capitals is not)."""
    mixed = caps = 0
    for raw in lines:
        words = raw.split()
        if len(words) >= 3 and any(c.isalpha() for c in raw):
            caps += raw.isupper()
            mixed += not raw.isupper()
    return mixed >= 5 and mixed > caps


def video_caps(line: str) -> bool:
    """`WOMAN ON HILL`, `DESERT+AXE`, `CGI GLOBE ZOOM`: a short line in capitals, no sentence, no
    label or bracket: in a script read in ordinary case, the video column's shot or direction."""
    return line.isupper() and len(line.split()) <= 6 and not line.endswith(fields.SENTENCE_ENDS) and not set(line) & set(":([{=\"“”")


def column_time(token: str) -> bool:
    """`00.24`, `01:02`, `10:15:32:04`: a time alone in a script's T/C column (two-digit parts)."""
    parts = token.replace(".", ":").split(":")
    return len(parts) >= 2 and all(len(p) == 2 and p.isdigit() for p in parts)


_TITLE_JOINERS = frozenset({"of", "the", "and", "for", "at", "on", "de", "du", "da", "del", "&"})


def camera_lead(tokens: list[str]) -> int:
    """How many tokens at the start of a flattened line are the video column's camera cue, written
    once or twice (`RUTH ON CAM RUTH ON CAM THE ARMY CORPS …`, `OC: RUTH ON CAM THE WORK IS …`),
    when read copy of a sentence's length follows; else 0. Only the words of the cue are counted,
    so a line in capitals splits as well as one in ordinary case."""
    k = 1 if tokens and tokens[0].upper() in {"OC:", "O/C:", "ONCAM:"} else 0
    start = k
    while k + 2 < len(tokens) and tokens[k + 1].upper() == "ON" and tokens[k + 2].upper().rstrip(".:") in {"CAM", "CAMERA"}:
        k += 3
    return k if k > start and len(tokens) - k >= 3 and tokens[-1].endswith(fields.SENTENCE_ENDS) else 0


def super_title_end(tokens: list[str]) -> int:
    """In `*CG 2line Bellhaven / Inner Harbor Crews will pull …` (a two-line super, then read copy
    run on after it) the index of the first read word: the capitalised word before the first word
    in lower case, or the first of a run of words in capitals after the title's ordinary case;
    0 when the line has no slash or no such word."""
    slash = next((k for k, tok in enumerate(tokens) if tok == "/"), 0)
    for j in range(slash + 2, len(tokens) if slash else 0):
        tok = tokens[j]
        if tok[:1].islower() and tok not in _TITLE_JOINERS:
            return j - 1 if j - 1 > slash + 1 else 0
        if tok.isupper() and len(tok.strip(".,'’")) > 1 and not tokens[j - 1].isupper() and j + 1 < len(tokens) and tokens[j + 1].isupper():
            return j
    return 0


def talent_cell(cell: str, known: set[str]) -> str | None:
    """`ALEXA:`, `(DEV)`, or `SIENNA` once the table has named her with a colon: a cell that
    only names who reads the row, else None (`MAP`, `GFX` in the video column are shots)."""
    name = cell[:-1].strip() if cell.endswith(":") else cell
    if (cell.endswith(":") or name in known) and fields.talent_name(name):
        known.add(name)
        return name
    found = fields.talent_switch(cell, fields.load_vocabulary()) if cell[:1] in "([" else None
    return found[0] if found else None


class SplitPageRows:
    audio_at: int | None = None  # the audio column the table's header names; None: the last
    table_talent: set[str] | None = None  # names the talent column gave with a colon (`ALEXA:`)

    def _pipe_row(self, line: str) -> None:
        cells = row_cells(line)
        if header_row(cells) or details_row(cells):
            self.furniture(line.strip("| "))
            return
        at = self.audio_at if self.audio_at is not None and self.audio_at < len(cells) else len(cells) - 1
        if len(cells) == 1:
            at = 0
        video = [c for c in cells[:at] if c]
        audio = " ".join(c for c in cells[at : at + 1] if c)
        for cell in video:
            self._video_cell(cell)
        if audio and self._named_bite_cells(audio, cells[at + 1 :]):
            return
        if audio:
            self._audio_cell(audio)
        for cell in cells[at + 1 :]:
            if cell:
                self._video_cell(cell)

    def _named_bite_cells(self, name: str, rest: list[str]) -> bool:
        """`| SOT | Dana Whitfield, Health Director | "We are seeing …" |`: a tape row wider than the
        table, the opener's cell, the speaker's name and title, then the words in quotes: the name
        is the bite's super, the quoted cell its words (the row's other cells are cues)."""
        block = self.block
        words = next((k for k, cell in enumerate(rest) if cell[:1] in tp.QUOTE_MARKS), -1)
        if block is None or block.transcript or block.name or words < 0 or not tp.name_line(name):
            return False
        block.add_super(name, name)
        self._transcript(rest[words])
        for cell in rest[:words] + rest[words + 1 :]:
            if cell:
                self._video_cell(cell)
        return True

    def _audio_cell(self, audio: str) -> None:
        if self.block is not None and (self.block.closer or audio[:1] in tp.QUOTE_MARKS) and self._transcript(audio):
            return
        if self.block is not None and tp.field_key(audio):  # `|TAKE SOT |IN: "We spend..." |`
            self._block_field(audio, tp.field_key(audio))
            return
        if bold_cell(audio) or self._cue_line(audio):
            if bold_cell(audio):
                self.cue(audio)
            return
        self._read_line(audio)

    def _video_cell(self, video: str) -> None:
        """The video column is never read: a bite's opener, super or RUNS, who reads, else a cue."""
        block = self.block
        if block is not None and block.closer == "QUOTE" and block.transcript and not tp.field_key(video):
            block.entries.append(("super", video, self.line))  # the picture beside a quotation still open: a cue inside the bite
            return
        cue_field = tp.field_key(video)
        if self.table_talent is None:
            self.table_talent = set()
        who = talent_cell(video, self.table_talent) if not bold_cell(video) else None
        if block is not None and cue_field:
            self._block_field(video, cue_field)
        elif block is not None and video.upper().startswith(tuple(k + ":" for k in tp.tape_words().super_keys)):
            block.add_super(video, video.split(":", 1)[1])
        elif who:
            self.talent = who
            self.cue(video, "TALENT")
        elif not self._opener(video):
            self.cue(video)
