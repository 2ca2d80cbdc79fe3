"""The rundown as a plain-text table, printed by `scriptfmt time SHOW.toml` and `check`."""

from __future__ import annotations

from scriptfmt.durations import format_duration
from scriptfmt.rundown.model import Rundown
from scriptfmt.rundown.table import COLUMNS, RIGHT, block_note, footer_text, item_cells, item_notes, with_blocks
from scriptfmt.texttable import align_rows


def rundown_table(rundown: Rundown) -> str:
    """Title, one line per item (block lines between), the footer's sums."""
    head = tuple(c.upper() for c in COLUMNS) + ("",)
    rows: list[tuple[str, ...]] = [head]
    bands: dict[int, str] = {}  # row index -> block line, printed full width
    for block, item in with_blocks(rundown):
        if block is not None:
            bands[len(rows)] = f"-- BLOCK {block.letter} ({block_note(block, ', ')})"
        cells = item_cells(item, rundown.show)
        cells[1], cells[6] = item.slug, format_duration(item.total)  # notes go in their own column here
        notes = item_notes(item, rundown.show) + ([f"+{format_duration(item.over_target)} over target"] if item.over_target else [])
        rows.append((*cells, ", ".join(notes)))
    lines = align_rows(rows, RIGHT)
    out = [rundown.show.title + (f" - {rundown.show.date}" if rundown.show.date else "")]
    for n, line in enumerate(lines):
        if n in bands:
            out.append(bands[n])
        out.append(line)
    out.append(footer_text(rundown))
    return "\n".join(out) + "\n"
