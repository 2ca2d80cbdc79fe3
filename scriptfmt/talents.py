"""Talent tables: `[talent.ID]` with `name` and `read_rate`, in a rundown or a file of their own.

A leaf module (TOML reading and key lines only): the story commands' `--talents` and the
rundown loader both read talents here, so neither has to import the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scriptfmt import tomlfile
from scriptfmt.errors import UserError
from scriptfmt.tomlkeys import Problems, key_lines

TALENT_KEYS = {"name", "read_rate"}
MIN_WPM, MAX_WPM = 60, 400  # what a person can read aloud; outside it is a typing mistake


def is_read_rate(wpm: float) -> bool:
    """True for a rate a person can read aloud (MIN_WPM to MAX_WPM words per minute)."""
    return MIN_WPM <= wpm <= MAX_WPM


def check_wpm(wpm: float | None) -> None:
    """The commands' `--wpm` check: None (not given) passes, a rate no one reads at is a UserError."""
    if wpm is not None and not is_read_rate(wpm):
        raise UserError(f"--wpm {wpm:g} is not a read rate ({MIN_WPM} to {MAX_WPM} words per minute)")


@dataclass
class Talent:
    """Who reads: an id used by items (`AL`), the full name and a read rate (None = the style's)."""

    id: str
    name: str
    read_rate_wpm: float | None = None


def talent_tables(data: dict, problems: Problems) -> dict[str, Talent]:
    """The `[talent.ID]` tables of loaded TOML data; every problem goes to `problems`."""
    raw = data.get("talent", {})
    talents: dict[str, Talent] = {}
    if not isinstance(raw, dict):
        problems.add("talent must be tables like [talent.AL]", "talent")
        return talents
    for tid, entry in raw.items():
        if not isinstance(entry, dict):
            problems.add(f"talent {tid!r} must be a table: [talent.{tid}] with name and read_rate", "talent", tid)
            continue
        problems.unknown(entry, TALENT_KEYS, f"[talent.{tid}]", "talent", tid)
        rate = entry.get("read_rate")
        if rate is not None and (isinstance(rate, bool) or not isinstance(rate, (int, float)) or not is_read_rate(rate)):
            problems.add(f"talent {tid!r} read_rate must be {MIN_WPM} to {MAX_WPM} words per minute, not {rate!r}", "talent", tid, "read_rate")
            rate = None
        talents[tid] = Talent(id=tid, name=str(entry.get("name", tid)), read_rate_wpm=float(rate) if rate is not None else None)
    return talents


def load_talents(path: str | Path) -> dict[str, Talent]:
    """The `[talent.ID]` tables of any TOML file (a rundown will do), every problem at once."""
    text = tomlfile.read_text(path, "talent")
    problems = Problems(str(path), key_lines(text))
    data = tomlfile.loads(text, str(path))
    problems.unprintable(data.get("talent", {}), "talent")
    talents = talent_tables(data, problems)
    if not talents and not problems.errors:
        problems.add("no talent tables: write [talent.AL] with name and read_rate")
    problems.raise_all()
    return talents


def talent_rates(path: str | Path) -> dict[str, float]:
    """Id and name (lower case) -> words per minute, for talents that have their own rate.
    Talents without a rate map to 0 (known, but read at the style's rate)."""
    rates: dict[str, float] = {}
    for tid, talent in load_talents(path).items():
        rates[tid.lower()] = rates[talent.name.lower()] = talent.read_rate_wpm or 0.0
    return rates


def unknown_talent(talent: str, talents: dict) -> str:
    """`unknown talent 'XX' (talents: AL, MR; add a [talent.XX] table)` for a talent no table defines."""
    known = ", ".join(sorted(talents)) or "none defined"
    return f"unknown talent {talent!r} (talents: {known}; add a [talent.{talent}] table)"
