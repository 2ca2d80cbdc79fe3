"""A drama script's count after a role (`Woman #1`, `ANNOUNCER 2`, `VOICE ONE`): the role counted is a
voice of the cast, never a reader's name (parse/scriptcast.py; parse/labels.py counts the programme's
own roles so: `ANNOUNCER 2:` is an announcer)."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile


@lru_cache(maxsize=1)
def _counts() -> frozenset[str]:
    return frozenset(w.lower() for w in tomlfile.load_builtin("markup.toml")["cast"]["counts"])


def is_count(token: str) -> bool:
    """`#1`, `2`, `No.3`, `ONE`, `Dos`: a voice's count after its role."""
    bare = token.lower().lstrip("#").removeprefix("no.").lstrip("#")
    return bare.isdecimal() and len(bare) <= 2 or bare in _counts()


def counted_off(label: str) -> str:
    """`announcer 2` -> "announcer": the label without its count; "" when it ends in none."""
    tokens = label.split()
    return " ".join(tokens[:-1]) if len(tokens) >= 2 and is_count(tokens[-1]) else ""


def spaced_turn(raw: str) -> bool:
    """`ALEX:                Right, are we ready?`: a voice's label, spaces to the column of the words, then the words in
    ordinary case: a drama's or a transcript's turn set in two columns, never a printed header (parse/fields.py)."""
    label, colon, rest = raw.strip().partition(":")
    said = len(rest.split()) >= 3 or rest.rstrip().endswith((".", "?", "!", "…"))  # words said, no field's value (`SLUG:     flood-update`)
    return bool(colon) and rest.startswith("   ") and 1 <= len(label.split()) <= 3 and label.replace(" ", "").replace(".", "").isalpha() and any(c.islower() for c in rest) and said
