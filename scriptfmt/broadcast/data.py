"""Data for the broadcast-style pass: abbreviations and pronouncers, from styles/*.toml plus user files.

Loaded once, lazily, and cached per (user file) combination. A user file has the same
tables as the built-in one and wins where both define a key. Every problem is a
one-line UserError naming the file and the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from scriptfmt.errors import UserError


@dataclass(frozen=True, eq=False)  # hashed by identity: loaded once, cached
class AbbreviationData:
    """Everything the rewrite needs to know about short forms."""

    abbreviations: dict[str, str]  # "Sen." -> "Senator" (always expanded)
    before_numbers: dict[str, str]  # "No." -> "number" (only when a number follows)
    places: dict[str, str]  # "Calif." -> "California" (after a comma, or in "D-Calif.")
    streets: dict[str, str]  # "St." -> "Street" (after a capitalised word, none following)
    readings: dict[str, str]  # "FBI" -> "F-B-I", "NATO" -> "NATO", "NAACP" -> "N-double-A-C-P"
    ambiguous_in_caps: frozenset[str]  # "US", "IT": English words too; skipped in ALL-CAPS copy
    sentence_starters: frozenset[str] = frozenset()  # after "U.S.": "The" starts a new sentence
    time_continuers: frozenset[str] = frozenset()  # after "9 a.m.": "Tuesday" goes on with the time
    money_nouns: frozenset[str] = frozenset()  # "the $2 billion plan": an amount before these is an adjective
    not_nouns: frozenset[str] = frozenset()  # "a $3 million for …": words after an amount that are no noun
    titles: frozenset[str] = frozenset()  # "Sen.", "Dr.": never end a sentence
    months: frozenset[str] = frozenset()  # "November", "Nov.": a day number after one is a date


def _read_toml(path: str, what: str) -> dict[str, Any]:
    from scriptfmt import tomlfile

    return tomlfile.load_builtin(path[8:]) if path.startswith("builtin:") else tomlfile.load(path, what)


def _table(data: dict[str, Any], key: str, source: str) -> dict[str, str]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise UserError(f"[{key}] must be a table of \"written\" = \"spoken\" entries", source)
    for k, v in table.items():
        if not isinstance(v, str) or not v.strip() or not k.strip():
            raise UserError(f"[{key}] {k!r}: the value must be a non-empty string", source)
    return dict(table)


def _words(data: dict[str, Any], table: str, key: str, source: str) -> list[str]:
    section = data.get(table, {})
    if not isinstance(section, dict):
        raise UserError(f"[{table}] must be a table", source)
    value = section.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise UserError(f"[{table}] {key} must be a list of non-empty strings", source)
    return [w.strip() for w in value]


_ABBREVIATION_KEYS = {"abbreviations", "before_numbers", "places", "streets", "initialisms", "acronyms", "sentences", "amounts"}


def _merge_abbreviations(sources: list[tuple[dict[str, Any], str]]) -> AbbreviationData:
    abbreviations: dict[str, str] = {}
    before_numbers: dict[str, str] = {}
    places: dict[str, str] = {}
    streets: dict[str, str] = {}
    readings: dict[str, str] = {}
    ambiguous: set[str] = set()
    starters: set[str] = set()
    continuers: set[str] = set()
    money_nouns: set[str] = set()
    not_nouns: set[str] = set()
    titles: set[str] = set()
    months: set[str] = set()
    for data, source in sources:
        unknown = sorted(set(data) - _ABBREVIATION_KEYS)
        if unknown:
            raise UserError(f"unknown table [{unknown[0]}]; expected one of: {', '.join(sorted(_ABBREVIATION_KEYS))}", source)
        abbreviations.update(_table(data, "abbreviations", source))
        before_numbers.update(_table(data, "before_numbers", source))
        places.update(_table(data, "places", source))
        streets.update(_table(data, "streets", source))
        for word in _words(data, "initialisms", "letters", source):
            readings[word] = "-".join(word.replace("-", ""))
        ini = data.get("initialisms", {})
        spoken = ini.get("spoken", {}) if isinstance(ini, dict) else {}
        readings.update(_table({"initialisms.spoken": spoken}, "initialisms.spoken", source))
        ambiguous.update(_words(data, "initialisms", "ambiguous_in_caps", source))
        for word in _words(data, "acronyms", "words", source):
            readings[word] = word
        starters.update(_words(data, "sentences", "starters", source))
        continuers.update(_words(data, "sentences", "after_clock", source))
        money_nouns.update(_words(data, "amounts", "money_nouns", source))
        not_nouns.update(_words(data, "amounts", "not_nouns", source))
        titles.update(_words(data, "sentences", "titles", source))
        months.update(_words(data, "sentences", "months", source))
    return AbbreviationData(abbreviations, before_numbers, places, streets, readings, frozenset(ambiguous),
                            frozenset(starters), frozenset(continuers), frozenset(money_nouns), frozenset(not_nouns),
                            frozenset(titles), frozenset(months))


@lru_cache(maxsize=16)
def load_abbreviations(user_file: str | None = None) -> AbbreviationData:
    """Built-in styles/abbreviations.toml, extended by `user_file` if given (cached)."""
    sources = [(_read_toml("builtin:abbreviations.toml", "abbreviations"), "styles/abbreviations.toml")]
    if user_file:
        sources.append((_read_toml(str(user_file), "abbreviations"), str(user_file)))
    return _merge_abbreviations(sources)


def _pronouncer_table(data: dict[str, Any], source: str) -> dict[str, str]:
    # Either top-level `Name = "guide"` entries or a [pronouncers] table.
    table = data.get("pronouncers", data)
    if not isinstance(table, dict):
        raise UserError("expected `Name = \"guide\"` entries", source)
    out: dict[str, str] = {}
    for name, guide in table.items():
        if not isinstance(guide, str) or not guide.strip():
            raise UserError(f"pronouncer {name!r}: the guide must be a non-empty string like \"kee-SHEE-dah\"", source)
        out[name.strip()] = guide.strip()
    return out


@lru_cache(maxsize=16)
def load_pronouncers(user_file: str | None = None) -> dict[str, str]:
    """Built-in styles/pronouncers.toml, extended by `user_file` if given (cached; do not mutate)."""
    table = _pronouncer_table(_read_toml("builtin:pronouncers.toml", "pronouncers"), "styles/pronouncers.toml")
    if user_file:
        table.update(_pronouncer_table(_read_toml(str(user_file), "pronouncers"), str(user_file)))
    return table
