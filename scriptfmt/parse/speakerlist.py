"""A government briefing's list of who speaks, above the turns (`Sprecher: StS Seibert, Peschke (AA), Teschke
(BMI)`): the one-word labels below (`Peschke:`) are those speakers, the ministry in brackets their title."""

from __future__ import annotations

import re

__all__ = ["listed_speakers"]

# `Sprecher:`, `Speakers:`: a briefing's list of who speaks, above the turns (case-insensitive)
_SPEAKERS_KEYS = frozenset(("sprecher", "speakers", "teilnehmer", "participants", "intervenants", "ponentes", "intervinientes"))


def listed_speakers(lines: list[str]) -> dict[str, str]:
    """`Sprecher: StS Seibert, Peschke (AA), Teschke (BMI)`: the speakers a government briefing lists by surname,
    surname (lower case) -> the ministry in brackets ("" if none); their one-word labels (`Peschke:`) are theirs."""
    for raw in lines[:40]:
        key, colon, value = raw.strip().partition(":")
        if not colon or key.strip().lower() not in _SPEAKERS_KEYS:
            continue
        found: dict[str, str] = {}
        for entry in re.split(r"[,;]", value):
            name, _, office = entry.strip().partition("(")
            tokens = name.split()
            if tokens and tokens[-1][:1].isupper() and tokens[-1].replace("-", "").isalpha():
                found[tokens[-1].lower()] = office.rstrip(") ").strip()
        return found if len(found) >= 2 else {}
    return {}
