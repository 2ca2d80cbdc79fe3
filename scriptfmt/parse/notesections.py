"""A script's notes to its voice under a heading of their own (`**PHONÉTIQUE :**`, `**DIRECTION D'INTERPRÉTATION :**`,
`Delivery notes:`; headings in styles/cues.toml [VOICE_NOTES]). A voice-over script written for a booth spells the
read copy out again phonetically and tells the voice how to say it: everything under such a heading, to the next
heading, bold label or rule, is for the voice artist (cues), never read."""

from __future__ import annotations

import re

from scriptfmt.model import Cue
from scriptfmt.parse.units import Unit
from scriptfmt.parse.voiceheads import ends_notes, note_labels, note_readers, opens_notes, pronouncer_words

__all__ = ["voice_notes"]


def voice_notes(units: list[Unit]) -> list[Unit]:
    """The story's units, a notes heading's paragraph and the paragraphs under it made cues (the page's own order kept),
    on a page laid out for the booth only (a bold read label over its copy, `**TEXT:** …`, or a timed heading,
    `[00:04-00:08]`); the notes end at the first plain paragraph of prose (`**Directions:**` in a web story is its copy)."""
    units = [_presenter_note(unit) for unit in units]
    texts = [unit.para.text for unit in units if unit.para is not None]
    if not any(_TIMED.search(text) or _read_label(text) for text in texts):
        return units
    out: list[Unit] = []
    notes = False
    for unit in units:
        text = unit.para.text if unit.para is not None else ""
        notes = bool(text) and (opens_notes(text) or notes and not ends_notes(text) and not text[:1].isalnum())
        out.append(Unit(segment=Cue(text, unit.para.line, cue_type="NOTE", original=text)) if notes else unit)
    return out


def _presenter_note(unit: Unit) -> Unit:
    """`NOTE: SAMHSA is pronounced "SAM-suh." … Please read this as …`, `Note to announcer: …`: a note to whoever reads the
    copy, in any copy: a note label opening the paragraph, and either the reader addressed in it or how to say a word
    (styles/cues.toml [VOICE_NOTES] note_labels, readers; [PRONOUNCER]). A cue, never read; never metadata either."""
    text = unit.para.text if unit.para is not None else ""
    label, colon, rest = text.partition(":")
    low = " ".join(label.strip("*_#~ \t").lower().split())
    if not colon or not rest.strip() or low not in note_labels() and not low.startswith(tuple(f"{w} to " for w in note_labels())):
        return unit
    said = {w.strip(".,;:\"“”()").upper() for w in text.split()}
    if not (said & pronouncer_words() or any(reader in low for reader in note_readers())):
        return unit
    return Unit(segment=Cue(text, unit.para.line, cue_type="NOTE", original=text))


_TIMED = re.compile(r"\d{1,2}:\d{2}[ ]?[-–][ ]?\d{1,2}:\d{2}")  # `[00:04-00:08]`, `(0:00-0:45)`: a timed heading of the booth's script


def _read_label(text: str) -> bool:
    """`**TEXT:** *"Every morning …"*`: a bold label, then the copy to read on its line."""
    close = text.find("**", 2)
    return text.startswith("**") and close > 2 and text[close - 1 : close] in (":", "：") and bool(text[close + 2 :].strip())
