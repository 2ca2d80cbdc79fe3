"""A transcript turn's speaker label as written (`GRETA SOLBERG, MAYOR OF CEDAR FALLS:`, `Q:`) travels with
the first segment the turn's words make, as that segment's marker: never read, never timed, never lost."""

from __future__ import annotations

from scriptfmt.model import Narration, Segment, Soundbite

__all__ = ["LABELLED", "join", "mark_first"]

# Why a transcript turn's bite has its speaker: the label (its marker is the label, which the turn's next paragraphs may join).
LABELLED = "transcript-label"


def join(first: str | None, second: str | None) -> str | None:
    """Two turns' labels in order, for one segment that holds both turns."""
    return "\n".join(m for m in (first, second) if m) or None


def mark_first(segments: list[Segment], marker: str, metadata: dict) -> None:
    """The label as the marker of the turn's first segment; kept in the metadata when the turn made none."""
    seg = segments[0] if segments else None
    if isinstance(seg, (Narration, Soundbite)):
        seg.marker = join(marker, seg.marker)
    else:
        metadata.setdefault("speaker_labels", []).append(marker)
