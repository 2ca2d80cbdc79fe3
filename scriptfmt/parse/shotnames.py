"""The full name a bite label shortens (parse/shotlist.py asks): Reuters and the party video
services write the label with the surname alone (`(SOUNDBITE) (Spanish) BERNAL SAYING:`) after the
script has named the person in full (`Mexican film star Gael Garcia Bernal highlights …`). The super
shows the full name; a surname the copy gives two different full names for stays as written.
"""

from __future__ import annotations

import re

from dataclasses import replace

from scriptfmt.model import Soundbite
from scriptfmt.parse.holder import is_post
from scriptfmt.parse.names import fold, gender_of_first, name_data, person_words
from scriptfmt.parse.shotlabels import Spellings, shot_words, title_words

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_RUN_BREAK = re.compile(r"[()\[\]{},;:]")  # between two words: they are no one name
_MAX_NAMED = 2  # given names written before a name of several words: `María José` at most
_MAX_GIVEN = 3  # given names and particles before the surname (`Gael Garcia`, `Luiz Inacio Lula da`)
_MAX_NAME = 8  # the most words a person's name has (`María de los Ángeles Pérez de la Fuente`): a longer run is no name
# Capitalised words that open a sentence or a phrase, never a given name.
_NOT_GIVEN = frozenset({"the", "a", "an", "in", "on", "at", "but", "and", "for", "when", "as", "if", "of", "by", "with", "to", "from", "after", "before", "while", "this", "that", "his", "her", "their", "our"})


class FullNames:
    """Full names the copy writes in mixed case (`Gael Garcia Bernal`), by their surname folded."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_surname: dict[str, set[str]] | None = None  # built on first use: one pass over the copy
        self.rows: list[tuple[str, list[re.Match[str]]]] | None = None
        self.at: dict[str, list[tuple[int, int]]] = {}
        self.words: list[list[str]] = []

    def written(self, name: str) -> str:
        """The name with the given names the copy writes before it wherever it names the person (a super from the
        copy): only given names the names list knows or a post introduces. A run of more words than a person's name
        has is no name: it stays as it is (looking for it would compare the whole run at every mention)."""
        if not name.split() or len(name.split()) > _MAX_NAME:
            return name
        if self.rows is None:  # built on first use: each line's words and where each word (folded) stands
            self.rows = [(line, list(_WORD.finditer(line))) for line in self.text.splitlines()]
            self.words = [[m.group(0) for m in matches] for _, matches in self.rows]
            self.at = {}
            for r, (_, matches) in enumerate(self.rows):
                for k, m in enumerate(matches):
                    self.at.setdefault(fold(m.group(0)), []).append((r, k))
        return _fuller(name.split(), self.rows, self.words, self.at)

    def of(self, name: str) -> str:
        """The full name for a label name the copy gives in full once (`Bernal`, `Peña Nieto` of `Enrique Peña
        Nieto`), else the name."""
        if len(name.split()) > 1:
            return self.written(name)
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


def _fuller(name: list[str], rows: list[tuple[str, list[re.Match[str]]]], lines: list[list[str]], at: dict[str, list[tuple[int, int]]]) -> str:
    """A name of several words with the given names the copy writes before it (`Peña Nieto` of `Enrique Peña Nieto`,
    `Kamalata Numa` of `o general Abílio Kamalata Numa`): each a given name the names list knows, or a capitalised word
    right after a post in running text; two fuller names that differ (`Ana Ruiz`, `Pedro Ruiz`) leave the name."""
    key, found = [fold(word) for word in name], set()
    for r, k in at.get(key[0], ()):  # a name is looked up, never walked to
        (line, matches), words = rows[r], lines[r]
        if [fold(word) for word in words[k : k + len(key)]] != key or any(_RUN_BREAK.search(line, matches[j].end(), matches[j + 1].start()) for j in range(k, min(k + len(key), len(words)) - 1)):
            continue
        run = next((j for j in range(k, max(0, k - _MAX_NAMED), -1) if _RUN_BREAK.search(line, matches[j - 1].end(), matches[j].start()) or line[matches[j - 1].end() : matches[j].start()].strip()), 0)
        given = _given_before(words[run:k], k - run)
        kept = 0
        while kept < min(len(given), _MAX_NAMED) and _named_given(given[-1 - kept], words[k - kept - 2] if k - kept - 2 >= 0 else None):
            kept += 1
        if kept:
            found.add(" ".join(given[len(given) - kept :] + words[k : k + len(key)]))
    longest = max(found, key=len, default="")
    return " ".join(name) if not longest or any(not longest.endswith(other) for other in found) else longest


def _named_given(word: str, before: str | None) -> bool:
    """A given name in front of a name of several words: one the names list knows, or a capitalised word right after
    a post in running text (`o general Abílio …`); never a post, an honorific, a role or a word that is no person's."""
    data, low = name_data(), word.lower()
    if low in data.honorifics or low in data.roles or low in data.not_people or is_post(word) or not person_words([word]) or not word[:1].isupper():
        return False
    return bool(gender_of_first(word)) or before is not None and before[:1].islower() and is_post(before)


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
