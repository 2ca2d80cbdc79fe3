"""Read-aloud copy for the other stages: how many words the anchor says (timing), and the
broadcast pass over a story (format). Both live in the broadcast package; this module is
their one entry point, and nothing in the broadcast package imports it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scriptfmt.broadcast.spoken import count_spoken_words, is_pronouncer_guide, to_spoken

if TYPE_CHECKING:
    from scriptfmt.model import Story

__all__ = ["apply_broadcast_style", "count_spoken_words", "is_pronouncer_guide", "to_spoken"]


def apply_broadcast_style(story: Story, *, pronouncers: Any = None, abbreviations: Any = None) -> Story:
    """A copy of `story` with narration rewritten for the ear (see broadcast/style.py)."""
    from scriptfmt.broadcast.style import apply_broadcast_style as apply

    return apply(story, pronouncers=pronouncers, abbreviations=abbreviations)
