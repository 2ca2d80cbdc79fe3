"""What a reader (transcript, script markup, shotlist) hands the story builder (parse/builder.py): read copy, or a ready
segment. One shape for every reader; each sets the fields it knows."""

from __future__ import annotations

from dataclasses import dataclass, field

from scriptfmt.model import Segment
from scriptfmt.parse.paragraphs import Para

__all__ = ["Unit"]


@dataclass(eq=False, repr=False)
class Unit:
    """Read copy (`para`, read by `talent`) or a ready segment (a label's cue, a bite, a shot)."""

    para: Para | None = None
    segment: Segment | None = None
    talent: str | None = None  # who reads `para` (a shotlist names none: the story's talent)
    marker: str | None = None  # a transcript turn's label as written, for the first segment `para` makes
    resolve: bool = False  # a script's bite named by surname only: take the full name from the copy
    parts: list[str] = field(default_factory=list)  # a script's read copy's lines, joined by ScriptReader.finish
    in_package: bool = False  # a script's copy inside a package's script printed under its roll
