"""What a label's name is: the letters it is written in, a first name and a surname (never a dateline's place), and
the office a label may put before the person (`SECRETARIO DE AGRICULTURA, JULIO BERDEGUÉ:`, as Mexico's stenographic
versions print their speakers)."""

from __future__ import annotations

import re
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.names import gender_of_first
from scriptfmt.parse.transcriptwords import words

__all__ = ["NAME_CHARS", "NUMBERED_SPEAKER", "NUMBERED_STAMPED", "names_a_speaker", "office_first", "vocative"]

NAME_CHARS = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ.'’ -]+")
_TRANSCRIPT = tomlfile.load_builtin("furniture.toml")["transcript"]
# A machine transcript's numbered voice (`Speaker 1`, `spk00`, `Voz 1578` of a Spanish ASR export; styles/furniture.toml)
NUMBERED_SPEAKER = re.compile(r"(?i:" + "|".join(map(re.escape, _TRANSCRIPT["numbered_voices"])) + r")[ ]?\d{1,4}")
# `Voz 1578 00:26 desde Washington …`, `Speaker 2  0:14 Right.`: the numbered voice and its time, then the words, no colon
NUMBERED_STAMPED = re.compile(r"((?i:" + "|".join(map(re.escape, _TRANSCRIPT["stamped_voices"])) + r")[ ]?\d{1,4})[ ]+\d{1,2}:\d{2}(?::\d{2})?[ ]+(?=\S)")


def office_first(head: str, tail: str) -> bool:
    """`SECRETARIO DE AGRICULTURA, JULIO BERDEGUÉ`: a title word and what it is of (an office), then two to four words
    of a name with no title word among them: the label puts the office before the person (Mexico's stenographic
    versions). `PRESIDENT BIDEN, WHITE HOUSE` (no office of anything) keeps its order."""
    office, person = head.split(), tail.split()
    if len(office) < 3 or office[0].lower() not in words().name_titles or not any(t.lower() in words().office_joins for t in office[1:-1]):
        return False
    return 2 <= len(person) <= 4 and all(NAME_CHARS.fullmatch(t) and t.lower() not in words().name_titles for t in person)


def names_a_speaker(head: str) -> bool:
    """`john daniszewski`, `president's word`: a first name and a surname, or a possessive, before a
    colon is a speaker's label or a heading, never a dateline's place (`george town` and `alice
    springs` end in a place's word)."""
    tokens = head.lower().replace("’", "'").split()
    if any(token.endswith("'s") for token in tokens) or 2 <= len(tokens) <= 3 and any(len(t) == 2 and t[0].isalpha() and t[1] == "." for t in tokens[:-1]):
        return True  # `GRZEGORZ W. KOŁODKO`, `J. SMITH`: an initial makes a person's name, never a place
    return len(tokens) in (2, 3) and bool(gender_of_first(tokens[0])) and tokens[-1] not in _place_ends()


@lru_cache(maxsize=1)
def _place_ends() -> frozenset[str]:
    """`town`, `springs`, `beach`: a dateline place's last word (styles/names.toml `dateline_place_ends`)."""
    return frozenset(tomlfile.load_builtin("names.toml")["dateline_place_ends"])


def vocative(head: str, tail: str) -> bool:
    """`Mr. Speaker, the Prime Minister sent …:`, `Madam President, …`, `Mr. Convener, …`: the chair addressed (styles/furniture.toml
    address_words, chair_addresses), then the speech in lower case, is the opening of
    a member's speech that happens to hold a colon, never a `NAME, TITLE:` label."""
    first, _, office = " ".join(head.lower().split()).partition(" ")
    return first.rstrip(".") in words().addresses and office in words().chair_addresses and tail.strip()[:1].islower()
