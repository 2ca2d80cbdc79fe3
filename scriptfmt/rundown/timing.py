"""Rundown timing: read + media = total, front time, backtime, over/under per block and show."""

from __future__ import annotations

from scriptfmt.model import Cue, Soundbite, Story
from scriptfmt.rundown.model import Block, Rundown

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


def infer_format(story: Story) -> str:
    """RDR, VO, SOT, VO/SOT, PKG, LIVE … from the story's header or its segments."""
    given = story.header.format
    if given and given.strip():
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
