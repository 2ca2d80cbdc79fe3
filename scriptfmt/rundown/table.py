"""What a rundown table shows, whatever it is printed on: columns, cell texts, notes, colours, sums.

The PDF, the DOCX, the CSV and the text table all take their decisions from here, so the
four agree; each renderer only decides how its medium shows them.
"""

from __future__ import annotations

from collections.abc import Iterator

from scriptfmt.durations import format_duration
from scriptfmt.rundown.model import Block, Item, Rundown, Show, clock, mss, over_under_text

COLUMNS = ("Page", "Slug", "Talent", "Format", "Read", "Media", "Total", "Front", "Clock", "Back")
RIGHT = frozenset(range(4, len(COLUMNS)))  # the times, right-aligned so the colons line up
INK, GREY, RED, BLUE = "#111111", "#8c8c8c", "#c0171c", "#1f4fb5"
BAND, BREAK_BG, HEAD_BG, RULE = "#2f3e4e", "#f1e7c6", "#d9dee4", "#b9c0c8"


def with_blocks(rundown: Rundown) -> Iterator[tuple[Block | None, Item]]:
    """The items in order, each with the block it opens (None when it does not open one)."""
    blocks = {b.letter: b for b in rundown.blocks}
    current = None
    for item in rundown.items:
        opens = None
        if item.block != current and not item.is_break:
            current = item.block
            opens = blocks.get(current) or Block(letter=current)
        yield opens, item


def block_note(block: Block, sep: str) -> str:
    """`total 5:55, planned 5:30, OVER 0:25` for a block header (without planned when unknown)."""
    parts = [f"total {format_duration(block.total)}"]
    if block.over_under is not None:
        parts += [f"planned {format_duration(block.planned)}", over_under_text(block.over_under)]
    return sep.join(parts)


def hard_start_notes(item: Item, show: Show) -> list[str]:
    """`HARD 18:08:00`, plus `GAP :05` (arrives early) or `OVERLAP :10` (arrives late)."""
    if item.hard_start is None:
        return []
    notes = [f"HARD {clock(show.start + item.hard_start)}"]
    gap = round(item.gap)
    if gap > 0:
        notes.append(f"GAP {format_duration(gap)}")
    elif gap < 0:
        notes.append(f"OVERLAP {format_duration(-gap)}")
    return notes


def item_notes(item: Item, show: Show) -> list[str]:
    """What the slug cell says after the slug: FLOAT, HARD 18:08:00, GAP / OVERLAP."""
    return (["FLOAT"] if item.floated else []) + hard_start_notes(item, show)


def overlaps(item: Item) -> bool:
    """True when the show reaches this item's hard start late (the row is red)."""
    return item.hard_start is not None and round(item.gap) < 0


def item_cells(item: Item, show: Show) -> list[str]:
    """One row under COLUMNS: the slug carries its notes in brackets; Front is the elapsed time."""
    timed = item.front is not None
    total = format_duration(item.total) + (f" +{format_duration(item.over_target)}" if item.over_target else "")
    return [
        item.page,
        item.slug + "".join(f"  [{n}]" for n in item_notes(item, show)),
        item.talent or "",
        item.format,
        format_duration(item.read) if item.story else "",
        item.media_text(),
        total,
        format_duration(item.front) if timed else "",
        clock(show.start + item.front) if timed else "—",
        clock(show.start + item.back) if item.back is not None else "—",
    ]


def totals_cells(rundown: Rundown) -> list[str]:
    """The last row: planned total under Total, the verdict under Front and Clock."""
    show = rundown.show
    label = f"PLANNED TOTAL   (length {format_duration(show.length)}" + (
        f", projected out {clock(show.start + rundown.projected_end)})" if rundown.has_hard_starts else ")"
    )
    return ["", label, "", "", "", "", format_duration(rundown.planned_total), over_under_text(rundown.over_under), "", ""]


def verdict_colour(rundown: Rundown) -> str:
    diff = round(rundown.over_under)
    return RED if diff > 0 else (BLUE if diff < 0 else INK)


def sums_text(rundown: Rundown) -> str:
    """`planned 27:25 + gaps 1:05 = 28:30 of 29:30, UNDER 1:00`: how the verdict is reached."""
    parts = f"planned {mss(rundown.planned_total)}"
    if rundown.gaps:
        parts += f" + gaps {mss(rundown.gaps)}"
    if rundown.overlaps:
        parts += f" - overlaps {mss(rundown.overlaps)}"
    if rundown.gaps or rundown.overlaps:
        parts += f" = {mss(rundown.projected_end)}"
    return f"{parts} of {mss(rundown.show.length)}, {over_under_text(rundown.over_under)}"


def footer_text(rundown: Rundown) -> str:
    show = rundown.show
    projected = f"  Projected out {clock(show.start + rundown.projected_end)}" if rundown.has_hard_starts else ""
    return f"Start {clock(show.start)}  Hard out {clock(show.hard_out)}{projected}  ·  {sums_text(rundown)}"


def talents_line(rundown: Rundown) -> list[tuple[str, str]]:
    """(id, `Anna Lee (165 wpm)`) for the legend under the title."""
    return [(t.id, f"{t.name} ({t.read_rate_wpm or rundown.default_wpm:g} wpm)") for t in rundown.talents.values()]
