"""Rundown timing: read + media = total, front time, backtime, over/under per block and show."""

from __future__ import annotations

from collections.abc import Iterator

from scriptfmt.model import Cue, Soundbite, Story
from scriptfmt.rundown.model import Block, Item, Rundown, Show, clock, over_under_text
from scriptfmt.durations import format_duration

# ---------------------------------------------------------------- timing


def apply_timing(rundown: Rundown, budgets: dict[str, float] | None = None) -> Rundown:
    """Fill read/media/total, front and back for every item, and group blocks. Pure; returns the rundown."""
    budgets = budgets or {}
    for item in rundown.items:
        story = item.story
        # Whole seconds, rounded like the script's own header (total = round(read + media)),
        # with media taking the rounding so read + media = total holds on paper.
        read = story.read_seconds if story else 0.0
        # Tape (a package's TRT included) is timed by the parser's tape segments, as `time` does.
        media = (story.media_seconds if story else 0.0) + item.extra_media
        item.read = float(round(read))
        item.media = float(max(0, round(read + media) - item.read)) if media else 0.0
        item.total = item.duration if item.duration is not None else item.read + item.media
        if not item.format:
            item.format = "BREAK" if item.is_break else (infer_format(story) if story else "")
    elapsed = 0.0
    for item in rundown.items:
        if item.floated:
            item.front = None
            continue
        if item.hard_start is not None:
            item.gap = item.hard_start - elapsed
            elapsed = item.hard_start
        item.front = elapsed
        elapsed += item.total
    remaining = rundown.show.length
    for item in reversed(rundown.items):
        if item.floated:
            item.back = None
            continue
        remaining -= item.total
        item.back = remaining
        if item.hard_start is not None:
            remaining = item.hard_start  # what comes before must be done by the hard start
    blocks: dict[str, Block] = {}
    for item in rundown.items:
        block = blocks.setdefault(item.block, Block(item.block, budget=budgets.get(item.block)))
        if not item.is_break:
            block.items.append(item)
    rundown.blocks = list(blocks.values())
    return rundown


def timing_table(rundown: Rundown) -> str:
    """The plain-text timing table printed by `scriptfmt time` / `check`."""
    show = rundown.show
    head = ("PAGE", "SLUG", "TALENT", "FORMAT", "READ", "MEDIA", "TOTAL", "FRONT", "CLOCK", "BACK", "")
    rows: list[tuple[str, ...]] = []
    for block, item in with_blocks(rundown):
        if block is not None:
            rows.append(("", f"-- BLOCK {block.letter} ({block_note(block, ', ')})", *[""] * 9))
        note = []
        if item.floated:
            note.append("FLOAT")
        note.extend(hard_start_notes(item, show))
        if item.over_target:
            note.append(f"+{format_duration(item.over_target)} over target")
        rows.append((
            item.page,
            item.slug,
            item.talent or "",
            item.format,
            format_duration(item.read) if item.story else "",
            item.media_text(),
            format_duration(item.total),
            format_duration(item.front) if item.front is not None else "",
            clock(show.start + item.front) if item.front is not None else "",
            clock(show.start + item.back) if item.back is not None else "",
            ", ".join(note),
        ))
    widths = [max(len(r[i]) for r in [head, *rows] if not r[1].startswith("-- BLOCK")) for i in range(len(head))]
    right = {4, 5, 6, 7}
    lines = []
    title = show.title + (f" - {show.date}" if show.date else "")
    lines.append(title)
    for r in [head, *rows]:
        if r[1].startswith("-- BLOCK"):
            lines.append(r[1])
            continue
        cells = [c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
    lines.append(footer_text(rundown))
    return "\n".join(lines) + "\n"


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


def footer_text(rundown: Rundown) -> str:
    show = rundown.show
    projected = f"Projected out {clock(show.start + rundown.projected_end)}  " if rundown.has_hard_starts else ""
    return (
        f"Start {clock(show.start)}  Hard out {clock(show.hard_out)}  Length {format_duration(show.length)}  "
        f"Planned {format_duration(rundown.planned_total)}  {projected}{over_under_text(rundown.over_under)}"
    )


def infer_format(story: Story) -> str:
    """RDR, VO, SOT, VO/SOT, PKG, LIVE … from the story's header or its segments."""
    given = story.metadata.get("format")
    if isinstance(given, str) and given.strip():
        return given.strip().upper()
    cues = {c.cue_type.upper() for c in story.segments if isinstance(c, Cue)}
    tapes = {(s.tape or "").upper() for s in story.segments if isinstance(s, Soundbite)}
    has_bite = any(isinstance(s, Soundbite) for s in story.segments)
    if "PKG" in cues or "PKG" in tapes or "WRAP" in tapes:
        return "PKG"
    if "LIVE" in cues:
        return "LIVE"
    if "VOSOT" in cues or ("VO" in cues and (has_bite or "SOT" in cues)):
        return "VO/SOT"
    if has_bite or "SOT" in cues:
        return "SOT"
    if "VO" in cues:
        return "VO"
    return "RDR"
