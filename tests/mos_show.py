"""A small show written for the MOS tests (our own copy): two talents, a VO/SOT with a
timed tape marker, a reader story with a quotation and a co-anchor line, a package cue,
a break and a floated item."""

from __future__ import annotations

from pathlib import Path

SHOW = """\
[show]
title = "Late Bulletin"
date = 2026-12-01
start = "22:30:00"
length = "5:00"
talent = "KB"

[talent.KB]
name = "Kofi Boateng"
read_rate = 170

[talent.SJ]
name = "Sara Jensen"
read_rate = 150

[[item]]
slug = "BRIDGE CLOSED"
story = "bridge.txt"

[[item]]
slug = "LIBRARY HOURS"
talent = "SJ"
story = "library.txt"

[[item]]
slug = "BREAK"
kind = "break"
duration = "1:00"

[[item]]
slug = "COUNCIL VOTE"
story = "council.txt"

[[item]]
slug = "SPARE"
story = "library.txt"
float = true
"""

BRIDGE = """\
SLUG: BRIDGE CLOSED

[TAKE VO]
The Mill Street bridge is closed tonight after inspectors found a crack in one of its 3 main supports.

[SOT: TOM WEBER, CITY ENGINEER :14]
IN: We saw the crack
OUT: safe to reopen.
"We saw the crack on Tuesday and closed it within the hour. It stays shut until we know it is safe to reopen."

[ON CAM]
Drivers are asked to use the Harbor Road detour.
"""

LIBRARY = """\
SLUG: LIBRARY HOURS

The central library will stay open until 10 p.m. on weekdays from January.
The head librarian said, "Students asked for it, and we listened."
"""

COUNCIL = """\
SLUG: COUNCIL VOTE

[ON CAM]
The city council votes tomorrow on the new parking plan.

[TAKE PKG TRT 1:10]
"""


def write_show(folder: Path) -> Path:
    for name, text in (("bridge.txt", BRIDGE), ("library.txt", LIBRARY), ("council.txt", COUNCIL), ("show.toml", SHOW)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder / "show.toml"
