"""What a label's name is: the letters it is written in, a first name and a surname (never a dateline's place), and
the office a label may put before the person (`SECRETARIO DE AGRICULTURA, JULIO BERDEGUÉ:`, as Mexico's stenographic
versions print their speakers)."""

from __future__ import annotations

import re
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.names import gender_of_first
from scriptfmt.parse.transcriptwords import words

__all__ = ["NAME_CHARS", "NUMBERED_SPEAKER", "NUMBERED_STAMPED", "names_a_speaker", "office_first", "vocative", "whole_voice"]

HONORIFIC = re.compile(r"(?i:mr|mrs|ms|miss|dr|dra|prof|sen|rep|gov|gen|col|capt|lt|sgt|rev|sir|dame|lord|lady|shri|sri|smt|shrimati|kumari|sr|sra|srta|mme|mlle|herr|frau|lic|ing|sts)\.?[ ]")  # `StS Seibert:`, a German state secretary
NAME_CHARS = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿͰ-ϿЀ-ӿ.'’ -]+")
_TRANSCRIPT = tomlfile.load_builtin("furniture.toml")["transcript"]
# A machine transcript's numbered voice (`Speaker 1`, `spk00`, `Voz 1578` of a Spanish ASR export; styles/furniture.toml)
# `SPEAKER_00` (a diarisation tool's), `Speaker A` (a podcast export's letter): the same voice nobody named
NUMBERED_SPEAKER = re.compile(r"(?i:" + "|".join(map(re.escape, _TRANSCRIPT["numbered_voices"])) + r")(?:[ _]?\d{1,4}|[ ][A-Z](?!\w))")
# `Voz 1578 00:26 desde Washington …`, `Speaker 2  0:14 Right.`: the numbered voice and its time, then the words, no colon
NUMBERED_STAMPED = re.compile(r"((?i:" + "|".join(map(re.escape, _TRANSCRIPT["stamped_voices"])) + r")[ ]?\d{1,4})[ ]+\d{1,2}:\d{2}(?::\d{2})?[ ]+(?=\S)")


def whole_voice(label):  # noqa: ANN001, ANN201  (a labels.Label)
    """`Speaker A:` is a machine's voice named nobody, never `A` titled `Speaker` (the House's): the label's name whole."""
    if label.title and NUMBERED_SPEAKER.fullmatch(f"{label.title} {label.name}"):
        label.name, label.title, label.role = f"{label.title} {label.name}", None, None
    return label


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


def initials_of(names: list[str], initials: str) -> bool:
    """`SAR` are the initials of `Senator Ana Ruiz`; `AR` too (a title before the name). Two words at least."""
    if not 2 <= len(initials) <= 5 or not initials.isalpha() or not initials.isupper():
        return False
    return any("".join(w[:1] for w in names[k:]).upper() == initials for k in range(max(0, len(names) - len(initials)), len(names) - 1))


def first_name_after(tokens: list[str], lead: int) -> int:
    """Where a known given name opens the name after a title's own words (`… Polskiej Andrzej Duda` -> the
    index of `Andrzej`), with a word after it; 0 when the word at `lead` opens it already or none does."""
    for k in range(lead, len(tokens) - 1):
        if gender_of_first(tokens[k].lower().strip(".,")):
            return k if k > lead else 0
    return 0


def office_and_surname(tokens: list[str]) -> bool:
    """`PCO USEC. CASTRO`, `DOH SEC. HERBOSA`, `Prime Minister Trudeau`: three to six words whose last but one is a
    title (`USEC.`, `Minister`) and whose last is the surname; the words before are titles or the office's
    initials in capitals (`PCO`, `DFA`), never a first name (`Ana Sec. Ruiz` is no label)."""
    titles = words().name_titles
    if not 3 <= len(tokens) <= 6 or tokens[-2].lower() not in titles or tokens[-1].lower() in titles:
        return False
    if not tokens[-1][:1].isupper() or not NAME_CHARS.fullmatch(tokens[-1]) or HONORIFIC.match(" ".join(tokens) + " "):
        return False
    return all(t.lower() in titles or (t.isupper() and t.isalpha() and len(t) <= 6) for t in tokens[:-2])
