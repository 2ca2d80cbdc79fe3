"""The full name a bite label shortens (parse/shotlist.py asks): Reuters and the party video
services write the label with the surname alone (`(SOUNDBITE) (Spanish) BERNAL SAYING:`) after the
script has named the person in full (`Mexican film star Gael Garcia Bernal highlights …`). The super
shows the full name; a surname the copy gives two different full names for stays as written.
"""

from __future__ import annotations

import re

from dataclasses import replace

from scriptfmt.model import Soundbite
from scriptfmt.parse.names import name_data
from scriptfmt.parse.shotlabels import Spellings, shot_words, title_words

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_RUN_BREAK = re.compile(r"[()\[\]{},;:]")  # between two words: they are no one name
_MAX_GIVEN = 3  # given names and particles before the surname (`Gael Garcia`, `Luiz Inacio Lula da`)
# Capitalised words that open a sentence or a phrase, never a given name.
_NOT_GIVEN = frozenset({"the", "a", "an", "in", "on", "at", "but", "and", "for", "when", "as", "if", "of", "by", "with", "to", "from", "after", "before", "while", "this", "that", "his", "her", "their", "our"})


class FullNames:
    """Full names the copy writes in mixed case (`Gael Garcia Bernal`), by their surname folded."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_surname: dict[str, set[str]] | None = None  # built on first use: one pass over the copy

    def of(self, name: str) -> str:
        """The full name for a one-word label name the copy gives in full once, else the name."""
        if len(name.split()) != 1:
            return name
        if self.by_surname is None:
            self.by_surname = _full_names(self.text)
        found = self.by_surname.get(name.casefold(), set())
        return next(iter(found)) if len(found) == 1 else name


def _full_names(text: str) -> dict[str, set[str]]:
    """Every run of capitalised words in mixed-case copy, its last word as the key: the given
    names before it stop at a title (`President`), an honorific, or a word that opens a phrase."""
    found: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not any(c.islower() for c in line):
            continue  # a line in capitals cannot show where a name starts
        matches = list(_WORD.finditer(line))
        words = [m.group(0) for m in matches]
        for k, word in enumerate(words):
            if not _capitalised(word):
                continue
            run = next((j for j in range(k, max(0, k - _MAX_GIVEN), -1) if _RUN_BREAK.search(line, matches[j - 1].end(), matches[j].start())), 0)
            given = _given_before(words[run:], k - run)  # a name run never crosses a bracket: `(Malayalam) Seethalakshmi`
            if given:
                found.setdefault(word.casefold(), set()).add(" ".join([*given, word]))
    return found


def _given_before(words: list[str], k: int) -> list[str]:
    """The given names written before the surname at `k`: capitalised, no title, honorific or
    nationality (`Mexican film star Gael Garcia Bernal` -> Gael Garcia)."""
    data, given = name_data(), []
    for word in reversed(words[max(0, k - _MAX_GIVEN) : k]):
        low = word.casefold()
        if low in data.particles:
            given.insert(0, word)
            continue
        if not _capitalised(word) or low in _NOT_GIVEN or low in title_words() or low in data.nations or word.upper().rstrip(".") in shot_words().honorifics:
            break
        given.insert(0, word)
    while given and given[0].casefold() in data.particles:
        given.pop(0)
    return given


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and len(word) > 1


def name_bite(bite: Soundbite, role: bool, spelled: Spellings, named_in_full: FullNames, warnings: list[str]) -> None:
    """The super's name: spelled as the copy spells it (accents), in full where the label gives the
    surname alone; a one-word SAYING label the copy names nobody by is a role: no name, a warning."""
    name = named_in_full.of(spelled.as_written(bite.speaker.name)) if bite.speaker is not None else ""
    if role and len(name.split()) < 2:
        name = ""
    bite.speaker = replace(bite.speaker, name=name) if name else None
    if bite.speaker is None:
        warnings.append(f"line {bite.line}: the SOUNDBITE line names no person ({bite.marker!r}); the bite has no name")
