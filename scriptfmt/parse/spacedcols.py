"""A split page pasted as plain text with its two columns side by side, spaced apart:

    VIDEO                         AUDIO
    TAKE VO                       Crews shut off the water around seven.
    CG: Elm Street                Neighbors say the pressure dropped overnight.

The desk reads it as the table it is: each line a `| video | audio |` row, so the split page's
rules hold (parse/splitpage.py: the video column is never read, the audio column is read copy or
the bite's words). Evidence only: a heading line that names the columns (styles/markup.toml
[table]: `VIDEO`/`AUDIO`, `BILD`/`TON` …) with its names apart, and at least two lines under it
whose cells stand apart the same way (a run of spaces or a tab). A page with a table of its own
(a `|` anywhere) is left as it is. One pass over each line: linear.
"""

from __future__ import annotations

from scriptfmt.parse.splitpage import audio_column

_GAP = 3  # spaces between two cells of a row (copy keeps one between its words)
_TAB = 8
_HEAD_LINES = 15  # the column headings stand among the page's first lines
_SLACK = 6  # a lone cell starting this near the audio column (or past it) is the audio cell
_MIN_ROWS = 2  # rows holding both cells: the evidence that the page is in two columns


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a line as (start, text): runs of text apart by `_GAP` or more spaces."""
    cells: list[tuple[int, str]] = []
    start = blank = -1
    for k, ch in enumerate(line + " " * _GAP):
        if ch != " ":
            if start < 0 or blank >= _GAP:
                if start >= 0:
                    cells.append((start, line[start : k - blank].rstrip()))
                start = k
            blank = 0
        elif start >= 0:
            blank += 1
    if start >= 0:
        cells.append((start, line[start:].rstrip()))
    return cells


def _heading(lines: list[str]) -> tuple[int, int] | None:
    """(line index, audio column's offset) of a heading line naming the columns, else None."""
    for n, raw in enumerate(lines[:_HEAD_LINES]):
        cells = _cells(raw.expandtabs(_TAB))
        if len(cells) < 2:
            continue
        audio = audio_column(["|" + "|".join(text for _, text in cells) + "|"])
        if audio is not None and audio > 0:
            return n, cells[audio][0]
    return None


def _row(line: str, audio_at: int) -> tuple[str, str] | None:
    """A line as its (video cell, audio cell); None for a blank line."""
    cells = _cells(line)
    if not cells:
        return None
    if len(cells) == 1:
        start, text = cells[0]
        return ("", text) if start >= audio_at - _SLACK else (text, "")
    split = min(range(1, len(cells)), key=lambda k: abs(cells[k][0] - audio_at))
    at = cells[split][0]
    return line[:at].strip(), line[at:].strip()


def as_table(lines: list[str]) -> list[str]:
    """The lines, a side-by-side two-column page's lines written as table rows (else unchanged)."""
    if any("|" in line for line in lines):
        return lines
    found = _heading(lines)
    if found is None:
        return lines
    n, audio_at = found
    rows = [_row(raw.expandtabs(_TAB), audio_at) for raw in lines[n + 1 :]]
    if sum(1 for row in rows if row and row[0] and row[1]) < _MIN_ROWS:
        return lines
    heading = " | ".join(text for _, text in _cells(lines[n].expandtabs(_TAB)))
    return lines[:n] + [f"| {heading} |"] + [raw if row is None else f"| {row[0]} | {row[1]} |" for raw, row in zip(lines[n + 1 :], rows)]
