"""News outlets in a transcript's labels: a label that is an outlet (`euronews:`), a reporter with the
outlet (`CLEIZL PARDILLA/PTV:`, `Joe Li – Reuters:`), or the station the header puts the programme on
(`Radio Interview on CNA938`). The press asks and the programme's people host: their turns are narration.
The words come from styles/furniture.toml `[transcript]` (`outlets`, `outlet_words`)."""

from __future__ import annotations

import re

from scriptfmt.parse.qawords import interview_words
from scriptfmt.parse.transcriptwords import words

__all__ = ["is_outlet", "on_station", "press_outlet"]

# `NAME/OUTLET`, `NAME – OUTLET`: a briefing's transcript labels the press by the reporter and the outlet
_PRESS_SPLIT = re.compile(r"/|[ ][–—-][ ]")
# a station's call sign or an outlet's short name in capitals (`PTV`, `GMA7`, `DZBB`, `ABS-CBN`, `CNA938`)
_STATION = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
# `on CNA938`, `sur RFI`, `auf ORF`: the programme's station after the header's `on`
_ON_STATION = re.compile(r"\b(?:on|à|en|sur|auf|su|no|na)[ ]([A-Z][A-Za-z0-9&-]{1,9})\b")


def is_outlet(text: str | None) -> bool:
    """`euronews`, `Sankei Shimbun`, `Kyodo News`: a news outlet's name, all of it."""
    low = " ".join((text or "").lower().split())
    tokens = low.split()
    if low in words().outlets:
        return True
    # `Kyodo News`, and a paper named for how often it comes out (`Daily Mirror`, `Daily Nation`); a station or paper
    # named first or last in its desk's language (`Rádio Renascença`, `Kriol Rádio`, `Süddeutsche Zeitung`)
    heads, tails = interview_words()["outlet_heads"] | {"daily", "weekly"}, interview_words()["outlet_tails"] | words().outlet_words
    return 2 <= len(tokens) <= 4 and (tokens[-1] in tails or tokens[0] in heads) and (text or "")[:1].isupper()


def press_outlet(name: str) -> str:
    """`CLEIZL PARDILLA/PTV` -> `PTV`, `Joe Li – Reuters` -> `Reuters`: the outlet after a reporter's name;
    "" when the label is one person's (`JANE DOE/MAYOR` names an office: a title word after the slash)."""
    parts = _PRESS_SPLIT.split(name, maxsplit=1)
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        return ""
    person, outlet = parts[0].strip(), parts[1].strip()
    if not 2 <= len(person.split()) <= 4 or not any(c.isalpha() for c in outlet) or any(t.lower() in words().name_titles for t in outlet.split()):
        return ""  # a reporter's first name and surname; an outlet's name (`PRESSEKONFERENZ/665` is a page's heading)
    slash = name[len(parts[0]) : len(parts[0]) + 1] == "/"
    # after a dash only an outlet will do (`ANA RUIZ – Resident` is a name and what she is)
    return outlet if slash or is_outlet(outlet) or _STATION.fullmatch(outlet) else ""


def on_station(line: str) -> set[str]:
    """The stations a header line puts the programme on (`Radio Interview on CNA938`), lower case."""
    return {m.group(1).lower() for m in _ON_STATION.finditer(line) if _STATION.fullmatch(m.group(1)) or is_outlet(m.group(1))}
