"""The stages wired together: file name -> ingested copy -> parsed Story -> timed Story.

Commands and renderers call `load_story`; nothing here imports a renderer.
"""

from __future__ import annotations

from scriptfmt.ingest import read_copy
from scriptfmt.model import Story
from scriptfmt.parse import parse_copy
from scriptfmt.styles import Style, load_style
from scriptfmt.timing import time_story


def story_rate(story: Story, style: Style, wpm: float | None = None) -> float:
    """Read rate for a story: --wpm beats the story's own RATE/WPM header, which beats the style."""
    if wpm:
        return float(wpm)
    for key in ("wpm", "rate", "read_rate"):
        value = story.metadata.get(key)
        if value:
            try:
                rate = float(str(value).split()[0])
            except ValueError:
                continue
            if 60 <= rate <= 400:
                return rate
    return style.read_rate_wpm


def load_story(name: str, style: Style | None = None, wpm: float | None = None) -> Story:
    """Read, parse and time one story file (`-` = stdin)."""
    style = style or load_style("tv")
    story = parse_copy(read_copy(name))
    return time_story(story, story_rate(story, style, wpm), style.soundbite_wpm, style.pause_seconds)
