"""A government briefing's list of who speaks, above the turns (`Sprecher: StS Seibert, Peschke (AA), Teschke
(BMI)`): the one-word labels below (`Peschke:`) are those speakers, the ministry in brackets their title."""

from __future__ import annotations

import re

from scriptfmt import tomlfile

__all__ = ["chair_note", "listed_alone", "listed_speakers"]

# `Sprecher:`, `Speakers:`: a briefing's list of who speaks, above the turns (case-insensitive; styles/speakerlist.toml)
_WORDS = tomlfile.load_builtin("speakerlist.toml")
_SPEAKERS_KEYS = frozenset(_WORDS["keys"])
_BULLETS = "•·*-–▪◦"  # an entry of the list set one to a line under its key (`  • Bowinkelmann (BMI)`)
_LIST_LINES = 40
_ALONE_WORDS = 4  # `SRS Hille`, `StS Seibert`: a listed surname alone on its line, an office's short form before it


def listed_speakers(lines: list[str]) -> dict[str, str]:
    """`Sprecher: StS Seibert, Peschke (AA), Teschke (BMI)`, or the key alone on its line and the entries one to a line
    below it (`Sprecherinnen und Sprecher` / `• stellvertretender Regierungssprecher Hille` / `• Giese (AA)`): the speakers
    a government briefing lists by surname, surname (lower case) -> the ministry in brackets, else the office written
    before the name ("" if none); their one-word labels (`Peschke:`) and their names alone on a line are theirs."""
    for n, raw in enumerate(lines[:_LIST_LINES]):
        key, colon, value = raw.strip().partition(":")
        if key.strip().lower() not in _SPEAKERS_KEYS or (not colon and value):
            continue
        if not colon or not value.strip():
            value = ",".join(_entries(lines[n + 1 : n + 1 + _LIST_LINES]))
        found: dict[str, str] = {}
        for entry in re.split(r"[,;]", value):
            name, _, office = entry.strip().partition("(")
            tokens = name.split()
            if tokens and tokens[-1][:1].isupper() and tokens[-1].replace("-", "").isalpha():
                found[tokens[-1].lower()] = office.rstrip(") ").strip() or " ".join(tokens[:-1])
        return found if len(found) >= 2 else {}
    return {}


def _entries(lines: list[str]) -> list[str]:
    """The bulleted entries under a list's key, up to the first line that is none (blank lines between them allowed)."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if line[:1] not in _BULLETS:
            break
        out.append(line.lstrip(_BULLETS + " ").replace(",", " "))
    return out


def listed_alone(line: str, listed: dict[str, str]) -> tuple[str, str] | None:
    """`SRS Hille` alone on its line, `Hille` of the list: (the surname as written, the title: the listed office, else the
    short form written before it); None when the line is no listed speaker's."""
    tokens = line.split()
    if not listed or not 1 <= len(tokens) <= _ALONE_WORDS or tokens[-1].lower() not in listed:
        return None
    if any(not token[:1].isupper() for token in tokens) or line.endswith((".", ":", "!", "?")):
        return None
    return tokens[-1], listed[tokens[-1].lower()] or " ".join(tokens[:-1])


# `VORS. FELDHOFF eröffnet die Pressekonferenz …`, `Vorsitzende Wefers begrüßt …`: the chair's note on the record, in the
# third person, between or above the turns (lower case; the words before the chair's name)
_CHAIR_NOTES = tuple(_WORDS["chair_words"])
_NOTE_MIN_WORDS = 6


def chair_note(line: str) -> bool:
    """The chair's note on a briefing's record: it opens with the chair's word and name and says what the chair does,
    a sentence with no label's colon (`VORS. FELDHOFF eröffnet die Pressekonferenz und begrüßt STS SEIBERT …`)."""
    tokens = line.split()
    return (
        len(tokens) >= _NOTE_MIN_WORDS and tokens[0].lower() in _CHAIR_NOTES and ":" not in line
        and line.rstrip().endswith(".") and tokens[1][:1].isupper() and tokens[2][:1].islower()
    )
