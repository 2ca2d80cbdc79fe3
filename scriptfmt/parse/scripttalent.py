"""Talent-place lines: a script names who reads the block below and where from, on a line of its own in capitals
(`NEWSCASTER FROM STUDIO`, `REPORTER FROM THE FIELD`, `PENYIAR DI STUDIO`, `REPORTERA DESDE EL LUGAR`).

The rule reads the line's form, in any language: capitals, alone, no sentence end, a desk reader's word
(styles/markup.toml `desk_readers`, a closed list: the desk's roles, never a person) and then the word that says
where from (`desk_places`), a few words of place after it. Such a line is a talent cue (never read, never a
page's deck), and one or more of them make the page a script (parse/scriptshape.py)."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile

_MOST_WORDS = 7  # `REPORTER LIVE FROM THE CITY HALL STEPS`: a role and a place, never a sentence
_ENDS = (".", "!", "?", "…", ",", ";", ":")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    talent = tomlfile.load_builtin("markup.toml")["fields"]
    readers = sorted((tuple(r.upper().split()) for r in talent["desk_readers"]), key=len, reverse=True)
    return tuple(readers), frozenset(p.upper() for p in talent["desk_places"])


def talent_place(line: str) -> str | None:
    """`NEWSCASTER FROM STUDIO` -> `NEWSCASTER`: the desk reader a talent-place line names; None for any other line."""
    text = line.strip().strip("*_#").strip()
    words = text.split()
    if not 3 <= len(words) <= _MOST_WORDS or not text.isupper() or text.endswith(_ENDS) or any(c.isdigit() for c in text):
        return None
    readers, places = _words()
    role = next((r for r in readers if tuple(words[: len(r)]) == r), None)
    if role is None or words[len(role)] not in places:
        return None
    return " ".join(role)
