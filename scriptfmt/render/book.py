"""The script book (`rundown --scripts book.pdf`): every page the rundown has, as `format` makes it.

Each item with a story file or inline `copy` gets its script from a new page, in rundown
order, labelled with its rundown page. The stories come from the rundown loader already
laid out for their bites mode and timed at the reading talent's rate; here they get what
`format` gives a script: the broadcast rewrite and pronouncers (unless as written), the
talent the rundown gives the item (not the copy's TALENT:), and the show's title and date
in every page header.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scriptfmt.errors import UserError
from scriptfmt.model import Story
from scriptfmt.styles import Style


@dataclass(frozen=True)
class BookOptions:
    """What `format` would be given: --as-written, --pronouncers, --abbreviations."""

    as_written: bool = False
    pronouncers: str | None = None
    abbreviations: str | None = None


def book_story(rundown: Any, item: Any, options: BookOptions) -> Story:
    """One item's script as `format` makes it, with the rundown's talent, show and date."""
    from scriptfmt.spoken import apply_broadcast_style

    if options.as_written:  # a copy either way: the rundown's own story stays as it was timed
        story = dataclasses.replace(item.story, metadata=dict(item.story.metadata))
    else:
        story = apply_broadcast_style(item.story, pronouncers=options.pronouncers, abbreviations=options.abbreviations)
    # media the rundown adds (not in the script) counts in the script's total as it does in the rundown
    story.total_seconds += item.extra_media
    meta = story.metadata
    meta.setdefault("slug", item.slug)
    if item.talent:
        talent = rundown.talents.get(item.talent)
        meta["talent"] = talent.name if talent else item.talent
    meta["show"] = rundown.show.title
    if rundown.show.date:
        meta["date"] = rundown.show.date
    return story


def write_script_book(rundown: Any, out: Path, options: BookOptions = BookOptions()) -> int:
    """Write the book as one PDF; returns its page count."""
    from scriptfmt.render.pdf import write_pdf
    from scriptfmt.styles import load_style

    with_page = [i for i in rundown.items if i.story is not None]
    if not with_page:
        raise UserError("no item has a story file or inline copy, so there is no script book to write", str(out))
    stories = [book_story(rundown, item, options) for item in with_page]
    labels = [f"{i.page} (FLOAT)" if i.floated else i.page for i in with_page]
    return write_pdf(stories, book_style(load_style(rundown.show.style)), out, page_labels=labels)


def book_style(style: Style) -> Style:
    """The show's style, with the rundown page, show and date in every page header whatever
    header fields the style names (the prompter style names only label, slug and page)."""
    fields = list(style["header.fields"])
    for name in ("label", "show", "date"):
        if name not in fields:
            fields.insert(fields.index("page") if "page" in fields else len(fields), name)
    return dataclasses.replace(style, values={**style.values, "header.fields": fields})
