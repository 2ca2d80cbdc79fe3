"""Who opens the programme: the voices that speak before its guest first answers.

The convention of a broadcast interview, on any desk: the programme opens, introduces its guest by name (above the
turns, in the outlet's intro, or in the opening turn itself: `… к нам присоединяется губернатор … Глеб Никитин`,
`Doctor Álvaro Uribe Vélez, tenga usted muy buenos días`), and only then does the guest speak. Every labelled voice
heard before the guest's first turn — the host, a co-host's `Здравствуйте.` — is the programme's own, read as
narration; the guest's turns are bites. A panel whose opening names two guests or none is left to the other rules.
"""

from __future__ import annotations

from scriptfmt.parse.castlabels import office_label, office_words
from scriptfmt.parse.labels import parse_label, words
from scriptfmt.parse.names import name_data
from scriptfmt.parse.supers import display_name

__all__ = ["before_guest", "opening_voices"]

_MIN_TURNS = 3  # a host, the guest, and a turn more: an exchange, not a quotation under a name


def before_guest(lines: list[str]) -> set[str]:
    """Label names (lower case) of the voices that speak before the one guest the opening names first answers."""
    turns = [(n, label) for n, raw in enumerate(lines) if (label := parse_label(raw.strip())) is not None and not label.role]
    if len(turns) < _MIN_TURNS:
        return set()
    opening_end = turns[1][0]
    opening = " ".join(" ".join(raw.split()) for raw in lines[:opening_end])
    first = turns[0][1].name.lower()
    # a guest is a person's name: `PRIME MINISTER:` is an office, whoever holds it (the title above is the page's); the opening
    # writes it as a name is written (`Álvaro Uribe Vélez` for `ÁLVARO URIBE VÉLEZ:`), never only in a title line in capitals
    named = {label.name for _, label in turns if len(label.name.split()) >= 2 and label.name.lower() != first and _person(label.name)}
    guests = {name.lower() for name in named if display_name(name) in opening}
    if len(guests) != 1:
        return set()
    guest = guests.pop()
    voices: set[str] = set()
    for _, label in turns:
        if label.name.lower() == guest:
            return voices
        if len(label.name.split()) < 2 or not _person(label.name):
            return set()  # `THE COURT:`, `PRIME MINISTER:` before the one named: a record's officer, an office, no programme's host
        voices.add(label.name.lower())
    return set()


def _person(name: str) -> bool:
    """A person's name, not an office (`PRIME MINISTER`) nor the tail of one (`DE SALUD` of `MINISTRA DE SALUD:`)."""
    first = name.split()[0].lower()
    return office_label(name) is None and not office_words(name) and first not in name_data().particles and first not in words().articles


def opening_voices(cast, lines: list[str], kind: str) -> None:
    """The cast's hosts gain the voices heard before the guest; in a page that announces an interview (parse/pagekind.py)
    a titled one too (`JUAN GOSSAÍN, DIRECTOR DE NOTICIAS DE RCN:`), whom a title alone would make a newsmaker."""
    opening = before_guest(lines)
    cast.host_voices |= opening
    cast.openers = opening if kind == "interview" else set()
