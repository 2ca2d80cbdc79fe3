"""The stages wired together: file name -> ingested copy -> parsed Story -> timed Story.

Commands and renderers call `load_story`; nothing here imports a renderer.
"""

from __future__ import annotations

from scriptfmt.errors import UserError, UserErrors
from scriptfmt.ingest import ingest_bytes, read_copy
from scriptfmt.model import Story
from scriptfmt.parse import parse_copy
from scriptfmt.styles import Style, load_style
from scriptfmt.talents import is_read_rate, talent_rates
from scriptfmt.timing import time_story


def load_talents(path: str) -> dict[str, float]:
    """Read rates from a TOML file of `[talent.ID]` tables (`name`, `read_rate`) — a rundown
    file will do. Returns id and name (lower case) -> words per minute (0: the style's rate)."""
    return talent_rates(path)


def story_rate(story: Story, style: Style, wpm: float | None = None, talents: dict[str, float] | None = None) -> float:
    """Read rate for a story: --wpm, then the talent's own rate, then the story's RATE/WPM
    header, then the style's (160 TV, 180 radio)."""
    if wpm:
        return float(wpm)
    header = story.header
    talent = (header.talent or "").strip().lower()
    if talents and talents.get(talent):
        return talents[talent]
    try:
        rate = float(header.read_rate.split()[0]) if header.read_rate else 0.0
    except (ValueError, IndexError):
        rate = 0.0
    return rate if is_read_rate(rate) else style.read_rate_wpm


def load_story(
    name: str, style: Style | None = None, wpm: float | None = None, *,
    talent: str | None = None, talents: dict[str, float] | None = None, strict: bool = False, text: str | None = None,
) -> Story:
    """Read, parse and time one story file (`-` = stdin). `talent` overrides the copy's TALENT:.
    `strict`: what the parser had to guess (an unclosed quotation or bracket …) is an error.
    `text`: the copy itself (a rundown item's inline `copy`); `name` then only names it."""
    style = style or load_style("tv")
    story = read_story(name)[1] if text is None else parse_copy(ingest_bytes(text.encode("utf-8"), name))
    if strict and story.warnings:
        raise UserErrors(sorted((_warning_error(w, name) for w in story.warnings), key=lambda e: e.line or 0))
    if talent:
        if talents is not None and talent.strip().lower() not in talents:
            raise UserError(f"unknown --talent {talent!r}: no [talent.ID] table in --talents has that id or name")
        story.metadata["talent"] = talent
    return time_at_rate(story, style, wpm, talents)


def read_story(name: str) -> tuple[str, Story]:
    """(the copy as text, its parsed story) for one file (`-` = stdin); not yet timed."""
    copy = read_copy(name)
    return copy.text, parse_copy(copy)


def time_at_rate(story: Story, style: Style, wpm: float | None = None, talents: dict[str, float] | None = None) -> Story:
    """Time a parsed story at its read rate (see `story_rate`) with the style's soundbite rate and pauses;
    without --wpm each co-anchor's narration at that talent's own rate."""
    rates = None if wpm else talents
    return time_story(story, story_rate(story, style, wpm, talents), style.soundbite_wpm, style.pause_seconds, rates)


def _warning_error(warning: str, source: str) -> UserError:
    """"line 3: quotation is not closed" -> UserError naming file and line."""
    head, _, rest = warning.partition(": ")
    if head.startswith("line ") and head[5:].isdigit():
        return UserError(f"{rest} (--strict)", source, int(head[5:]))
    return UserError(f"{warning} (--strict)", source)
