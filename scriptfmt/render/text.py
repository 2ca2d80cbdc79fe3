"""Scripts as plain UTF-8 text (`format -o x.txt`): the style decides which script.

A radio style (single-column layout) writes the radio script as text: read copy, cues in
brackets, ACT blocks with IN, OUT and RUNS, the end mark. The prompter style, and a TV
split page (whose text is the anchor's copy), write prompter copy (render/prompter.py).
"""

from __future__ import annotations

from pathlib import Path

from scriptfmt.model import Story
from scriptfmt.output import write_text_atomic
from scriptfmt.render._layout import SingleBuilder, header_fields
from scriptfmt.render.prompter import prompter_text
from scriptfmt.styles import Style


def radio_text(stories: list[Story], style: Style, page_labels: list[str | None] | None = None) -> str:
    """The radio script as text: a header line per story, one block per row (a block's lines together)."""
    labels = list(page_labels or []) + [None] * len(stories)
    end = style["marks.end"]
    blocks: list[str] = []
    for story, label in zip(stories, labels):
        left, right = header_fields(story, style, label)
        head = "   ".join(left + [r for r in right if r != "{page}"])
        rows = ["\n".join(p.text for p in row.left + row.right) for row in SingleBuilder(story, style).build()]
        blocks.append("\n\n".join([head, *[r for r in rows if r]] + ([end] if end != "none" else [])))
    return "\n\n\n".join(blocks) + "\n"


def write_text(stories: list[Story], style: Style, out: Path, *, page_labels: list[str | None] | None = None) -> int:
    """Write the text script for the style (UTF-8). Returns the number of stories."""
    make = radio_text if style["layout"] == "single" else prompter_text
    write_text_atomic(Path(out), make(stories, style, page_labels))
    return len(stories)
