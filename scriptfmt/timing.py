"""Timing: read time from spoken words at a talent's read rate, soundbites by given or estimated length.

Pure functions, no I/O. Narration time = spoken words / read rate; a soundbite takes
its given duration, otherwise its words at the soundbite rate (flagged estimated);
cues take no time except pauses.
"""

from __future__ import annotations

from scriptfmt.durations import format_duration, parse_duration  # noqa: F401  (re-exported)
from scriptfmt.errors import UserError
from scriptfmt.model import Cue, Narration, Soundbite, Story
from scriptfmt.spoken import count_spoken_words

SOUNDBITE_WPM = 150.0
PAUSE_SECONDS = 0.5


def read_seconds(words: int, wpm: float) -> float:
    return words * 60.0 / wpm


def time_story(
    story: Story,
    wpm: float,
    soundbite_wpm: float = SOUNDBITE_WPM,
    pause_seconds: float = PAUSE_SECONDS,
    talent_rates: dict[str, float] | None = None,
) -> Story:
    """Fill words and seconds on every segment and the story total (in place; returns the story).

    `talent_rates` (talent id or name, any case -> words per minute): a narration segment
    that names its talent (co-anchor copy) is read at that talent's rate, others at `wpm`."""
    if wpm <= 0 or soundbite_wpm <= 0:
        raise UserError("read rate must be greater than 0 words per minute")
    rates = {str(k).strip().lower(): v for k, v in (talent_rates or {}).items() if v and v > 0}
    bite: Soundbite | None = None  # the last bite: its continuing pieces' words are its words
    for seg in story.segments:
        if isinstance(seg, Narration):
            seg.words = count_spoken_words(seg.text)
            seg.seconds = read_seconds(seg.words, rates.get((seg.talent or "").strip().lower(), wpm))
        elif isinstance(seg, Soundbite) and seg.is_piece:
            seg.words, seg.seconds, seg.estimated = 0, 0.0, False  # timed once, on the bite
            if seg.continues and bite is not None and bite.estimated:
                bite.words += count_spoken_words(seg.text)
                bite.seconds = read_seconds(bite.words, soundbite_wpm)
        elif isinstance(seg, Soundbite):
            bite = seg
            seg.words = count_spoken_words(seg.text)
            if seg.duration is not None:
                seg.seconds, seg.estimated = seg.duration, False
            else:
                seg.seconds, seg.estimated = read_seconds(seg.words, soundbite_wpm), True
        elif isinstance(seg, Cue):
            seg.words = 0
            seg.seconds = seg.duration if seg.duration is not None else pause_seconds if seg.cue_type == "PAUSE" else 0.0
    story.read_rate_wpm = wpm
    story.total_seconds = sum(s.seconds for s in story.segments if not s.in_package)  # a package script: inside its package
    _check_stated_total(story)
    return story


def _check_stated_total(story: Story, tolerance: float = 5.0) -> None:
    """A printout that states the story's total (`TRT 1:30`, READ/SOT/TOTAL): warn when ours differs."""
    stated = (story.metadata.get("stated_times") or {}).get("total")
    if not isinstance(stated, (int, float)) or abs(stated - story.total_seconds) < tolerance:
        return
    if (story.metadata.get("stated_times") or {}).get("read") is None and abs(stated - story.media_seconds) < tolerance:
        return  # `PKG … TRT 1:32` over a package rolled for 1:32: the TRT is the tape's, the anchor's copy comes on top
    note = f"the script states a total of {format_duration(stated)}; its copy and tape time at {format_duration(story.total_seconds)}"
    if note not in story.warnings:
        story.warnings.append(note)
