"""A script's notes to its voice under a heading of their own (`**PHONÉTIQUE :**`, `**DIRECTION D'INTERPRÉTATION :**`,
`Delivery notes:`; headings in styles/cues.toml [VOICE_NOTES]). A voice-over script written for a booth spells the
read copy out again phonetically and tells the voice how to say it: everything under such a heading, to the next
heading, bold label or rule, is for the voice artist (cues), never read."""

from __future__ import annotations

from scriptfmt.model import Cue
from scriptfmt.parse.units import Unit
from scriptfmt.parse.voiceheads import ends_notes, opens_notes

__all__ = ["voice_notes"]


def voice_notes(units: list[Unit]) -> list[Unit]:
    """The story's units, a notes heading's paragraph and the paragraphs under it made cues (the page's own order kept)."""
    out: list[Unit] = []
    notes = False
    for unit in units:
        text = unit.para.text if unit.para is not None else ""
        notes = bool(text) and (opens_notes(text) or notes and not ends_notes(text))
        out.append(Unit(segment=Cue(text, unit.para.line, cue_type="NOTE", original=text)) if notes else unit)
    return out
