"""Tape on the page: what a tape item is called, how long it runs and how its cues read.

A tape item is a Soundbite (a bite the parser found, with or without a transcript) or a
SOT/PKG cue the copy gives on its own (`[TAKE PKG TRT 1:48]`). The anchor stops for it,
so every layout gives it a block of its own: never beside the next read copy.
"""

from __future__ import annotations

import regex

from scriptfmt.durations import format_duration, parse_duration
from scriptfmt.errors import UserError
from scriptfmt.model import Cue, Segment, Soundbite

TAPE_CUES = ("SOT", "PKG")  # cue types the anchor stops for (VO and VO/SOT open with read copy)
RADIO_KINDS = ("ACT", "CUT", "WRAP", "PKG")
# `RUNS :12`, `RUNS: 1:32`, `[RUNS=:11]`, `TRT 1:48` (the separator is optional: `:12` keeps its colon)
_RUNS = regex.compile(r"\b(?:TRT|RUNS|RT|DUR)\b(?:[ \t]*+[:=])?[ \t]*+((?:\d++:)?\d*+:\d{2})", regex.IGNORECASE)
# the wire's punctuation at the edge of a cue: `back by spring,` -> `back by spring`
_EDGE = regex.compile(r"^[\s.…,;:\"'“”‘’—–-]++|[\s.…,;:\"'“”‘’—–-]++$")


def is_tape_cue(seg: Segment) -> bool:
    return isinstance(seg, Cue) and seg.cue_type.upper() in TAPE_CUES


_ONLY_RUNS = regex.compile(r"[\[(]*+(?:TRT|RUNS|RT|DUR)\b(?:[ \t]*+[:=])?[ \t]*+(?:\d++:)?\d*+:\d{2}[\])]*+", regex.IGNORECASE)


def only_runs(cue: Cue) -> bool:
    """A cue that is nothing but a running time (`RUNS :06`, `[RUNS=:11]`): its tape block states it already."""
    return bool(_ONLY_RUNS.fullmatch(" ".join(cue.text.split())))


def cue_runs(cue: Cue) -> float | None:
    """Running time a tape cue gives (`TRT 1:48`, `RUNS :12`), None when it gives none."""
    m = _RUNS.search(cue.original or cue.text)
    if not m:
        return None
    try:
        return parse_duration(m.group(1))
    except UserError:
        return None


def tape_label(seg: Soundbite, radio: bool = False) -> str:
    """SOT, PKG, VO/SOT … as the copy names the tape; a quote without tape plays as a SOT (ACT on radio)."""
    kind = (seg.tape or "").upper()
    if radio:
        return kind if kind in RADIO_KINDS else "ACT"
    return kind if kind and kind not in ("ACT", "CUT") else "SOT"


def clean_cue(text: str) -> str:
    """An IN/OUT cue without the wire's punctuation at its ends (`spring,` -> `spring`)."""
    return _EDGE.sub("", " ".join(text.split()))


_OUT = regex.compile(r"^[\s\[(]*+OUT(?:[ \t]*+:|[ \t]++)[ \t]*+(.++)", regex.IGNORECASE)


def out_cue_of(cue: Cue) -> str | None:
    """The out-cue a separate `OUT: "…JORDAN ELLIS, CHANNEL 7 NEWS."` line gives, cleaned; else None."""
    m = _OUT.match(" ".join(cue.text.split()))
    return clean_cue(m.group(1).rstrip(")]")) or None if m else None


def tape_runs(seconds: float, estimated: bool = False) -> str:
    return format_duration(seconds) + (" EST" if estimated else "")


def cues_before_tape(segments: list[Segment]) -> set[int]:
    """Indexes of SOT/PKG cues that introduce the Soundbite after them (only cues between):
    those go into that bite's block instead of making a block of their own."""
    found: set[int] = set()
    waiting: list[int] = []
    for n, seg in enumerate(segments):
        if isinstance(seg, Soundbite):
            found.update(waiting)
            waiting = []
        elif is_tape_cue(seg):
            waiting.append(n)
        elif not isinstance(seg, Cue):
            waiting = []
    return found


def cues_after_tape(segments: list[Segment]) -> set[int]:
    """Indexes of cues that finish the tape item just before them (only cues between, no read
    copy): its OUT or RUNS line, or a description the copy types as SOT/PKG (`((Ellis follows a
    nurse …))`). They go into that item's block; a SOT/PKG cue with a running time of its own
    is a new tape item."""
    found: set[int] = set()
    open_tape = False
    runs = None  # the open tape item's running time: a cue restating it is that item's own
    for n, seg in enumerate(segments):
        if isinstance(seg, Soundbite):
            open_tape, runs = True, seg.duration
        elif isinstance(seg, Cue):
            own = runs is not None and cue_runs(seg) == runs  # `[SUPER=…] [RUNS=:11] [OUT Q=…]` after its bite
            if open_tape and (seg.cue_type.upper() == "TIMING" or own or (is_tape_cue(seg) and cue_runs(seg) is None)):
                found.add(n)
            elif is_tape_cue(seg):
                open_tape = True
        elif seg.text.strip():
            open_tape = False
    return found
