"""The words of a script's tape (styles/markup.toml [bite]): openers, cue-sheet keys, super keys, the words of
labels, carts and folders. parse/tape.py reads tape by them; the script readers ask tape for them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile

__all__ = ["TapeWords", "tape_words"]


@dataclass(frozen=True, eq=False, repr=False)
class TapeWords:
    openers: dict[str, str]  # spelling -> tape kind
    longest_opener: int
    in_keys: frozenset[str]
    out_keys: frozenset[str]
    time_keys: frozenset[str]
    super_keys: frozenset[str]
    label_prefixes: tuple[str, ...]
    honorifics: frozenset[str]
    cart_words: frozenset[str]
    folder_words: frozenset[str]
    tape_fields: frozenset[str]
    place_words: frozenset[str]
    slug_openers: frozenset[str]
    cut_directions: frozenset[str]
    label_openers: frozenset[str]
    part_of: frozenset[str]  # `Act I of IV`: the word between a part's numerals


@lru_cache(maxsize=1)
def tape_words() -> TapeWords:
    data = tomlfile.load_builtin("markup.toml")["bite"]
    openers = {k.upper(): v for k, v in data["openers"].items()}
    return TapeWords(
        openers,
        max(len(k.split()) for k in openers),
        frozenset(data["in_keys"]),
        frozenset(data["out_keys"]),
        frozenset(data["time_keys"]),
        frozenset(data["super_keys"]),
        tuple(sorted(data["label_prefixes"], key=len, reverse=True)),
        frozenset(data["honorifics"]),
        frozenset(data["cart_words"]),
        frozenset(data["folder_words"]),
        frozenset(data["tape_fields"]),
        frozenset(data["place_words"]),
        frozenset(data["slug_openers"]),
        frozenset(data["cut_directions"]),
        frozenset(data["label_openers"]),
        frozenset(data["part_of_words"]),
    )
