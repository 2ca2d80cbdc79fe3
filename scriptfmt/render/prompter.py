"""Prompter copy as plain UTF-8 text: read copy only, the crew column stripped.

Short directions to the anchor such as (PAUSE) stay where they are; a soundbite becomes a
one-line (SOT :12 · OUT: "…") mark when `prompter.soundbite_marks` is on, so the anchor
knows where to stop and when to come back. render/text.py decides which text a .txt gets:
this, or the radio script for a radio style.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from scriptfmt.model import Story
from scriptfmt.output import write_text_atomic
from scriptfmt.render._layout import PrompterBuilder, story_slug
from scriptfmt.styles import Style


def slug_line(story: Story, label: str | None) -> str:
    """The [A3 SLUG] line that opens each story on the prompter."""
    return "[" + " ".join(x for x in (label, story_slug(story)) if x) + "]"


def prompter_text(stories: list[Story], style: Style, page_labels: list[str | None] | None = None) -> str:
    labels = list(page_labels or []) + [None] * len(stories)
    wrap = style["prompter.wrap"]
    end = style["marks.end"]
    blocks: list[str] = []
    for story, label in zip(stories, labels):
        parts: list[str] = []
        if style["prompter.slug_lines"]:
            parts.append(slug_line(story, label))
        for row in PrompterBuilder(story, style).build():
            for para in row.right:
                parts.append(textwrap.fill(para.text, wrap, break_on_hyphens=False) if wrap else para.text)
        if end != "none":
            parts.append(end)
        blocks.append("\n\n".join(parts))
    return "\n\n\n".join(blocks) + "\n"


def write_prompter(stories: list[Story], style: Style, out: Path, *, page_labels: list[str | None] | None = None) -> int:
    """Write prompter text (UTF-8). Returns the number of stories."""
    write_text_atomic(Path(out), prompter_text(stories, style, page_labels))
    return len(stories)
