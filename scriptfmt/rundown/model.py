"""Rundown model: the show, its talents, items and blocks, and how times print."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

from scriptfmt.model import Soundbite, Story
from scriptfmt.durations import format_duration
from scriptfmt.talents import Talent

ITEM_KINDS = ("story", "break")
DEFAULT_BREAK_SECONDS = 60.0  # a commercial break's placeholder length, 1:00
SHOW_KEYS = {"title", "date", "start", "length", "talent", "style", "paper"}
ITEM_KEYS = {"slug", "kind", "talent", "story", "page", "format", "target", "duration", "media", "float", "hard_start", "bites", "copy"}
BLOCK_KEYS = {"length"}
TOP_KEYS = {"show", "talent", "item", "block"}


@dataclass
class Show:
    title: str
    start: float  # seconds since midnight, on-air clock time
    length: float  # seconds; hard out = start + length
    date: str | None = None
    talent: str | None = None  # default talent for items without one
    style: str = "tv"
    paper: str = ""  # "letter" or "a4"; "" = the style's page size

    @property
    def hard_out(self) -> float:
        return self.start + self.length


@dataclass
class Item:
    """One row of the running order. `total` is the editorial duration used for timing."""

    slug: str
    kind: str = "story"  # "story" or "break"
    talent: str | None = None
    story_path: Path | None = None
    page: str = ""
    format: str = ""
    target: float | None = None  # planned length
    duration: float | None = None  # fixed length: overrides the story's time
    extra_media: float = 0.0  # media not in the script (package TRT, VO video), added to media
    floated: bool = False
    hard_start: float | None = None  # pinned start, seconds from the show start (`hard_start = "18:08:00"`)
    gap: float = 0.0  # at a hard start: >0 the show arrives early (gap to fill), <0 late (overlap)
    line: int | None = None  # line of the [[item]] header in the rundown file
    story: Story | None = None
    read: float = 0.0
    media: float = 0.0
    total: float = 0.0
    front: float | None = None  # seconds from the show start (None for floats)
    back: float | None = None  # latest start, seconds from the show start (None for floats)
    block: str = "A"
    bites: str | None = None  # "tape" or "read" for this item's quotes (scriptfmt/bites.py); None = the run's
    copy: str | None = None  # the item's copy written inline (`copy = """…"""`): an OPEN, TEASE or CLOSE page

    @property
    def media_estimated(self) -> bool:
        """True when some soundbite length was estimated from its words (no `:15` given)."""
        return self.story is not None and any(isinstance(s, Soundbite) and s.estimated for s in self.story.segments)

    def media_text(self) -> str:
        if not self.media:
            return ""
        return format_duration(self.media) + (" EST" if self.media_estimated else "")

    @property
    def is_break(self) -> bool:
        return self.kind == "break"

    @property
    def over_target(self) -> float:
        """Seconds over the item's target (0 when on or under, or no target)."""
        if self.target is None or self.floated:
            return 0.0
        return max(0.0, self.total - self.target)


@dataclass
class Block:
    """Items between breaks (the break itself is not counted in the block)."""

    letter: str
    items: list[Item] = field(default_factory=list)
    budget: float | None = None  # [block.X] length, if given

    @property
    def total(self) -> float:
        return sum(i.total for i in self.items if not i.floated)

    @property
    def planned(self) -> float | None:
        """The block's plan: its budget, else the sum of targets (items without a target count as planned)."""
        if self.budget is not None:
            return self.budget
        timed = [i for i in self.items if not i.floated]
        if not any(i.target is not None for i in timed):
            return None
        return sum(i.target if i.target is not None else i.total for i in timed)

    @property
    def over_under(self) -> float | None:
        planned = self.planned
        return None if planned is None else self.total - planned


@dataclass
class Rundown:
    show: Show
    talents: dict[str, Talent]
    items: list[Item]
    source: str = ""
    blocks: list[Block] = field(default_factory=list)
    default_wpm: float = 160.0  # the style's read rate, for talents without their own

    @property
    def planned_total(self) -> float:
        return sum(i.total for i in self.items if not i.floated)

    @property
    def projected_end(self) -> float:
        """Seconds from the start when the last item ends (hard starts move it)."""
        end = 0.0
        for item in self.items:
            if item.front is not None:
                end = item.front + item.total
        return end

    @property
    def has_hard_starts(self) -> bool:
        return any(i.hard_start is not None and not i.floated for i in self.items)

    @property
    def over_under(self) -> float:
        """Positive = over (cut), negative = under (add): projected end against the hard out."""
        return self.projected_end - self.show.length

    @property
    def gaps(self) -> float:
        """Seconds of dead air: hard starts the show reaches early (whole seconds each)."""
        return float(sum(round(i.gap) for i in self.pinned() if round(i.gap) > 0))

    @property
    def overlaps(self) -> float:
        """Seconds lost: hard starts the show reaches late (whole seconds each)."""
        return float(sum(-round(i.gap) for i in self.pinned() if round(i.gap) < 0))

    def pinned(self) -> list[Item]:
        """Timed items with a hard start, in running order."""
        return [i for i in self.items if i.hard_start is not None and not i.floated]

    def leading_to(self, item: Item | None) -> list[Item]:
        """Items whose length moves the arrival at `item` (a hard start; None = the hard out):
        those after the previous hard start (itself included), breaks and floats aside."""
        end = self.items.index(item) if item is not None else len(self.items)
        start = max((n for n, i in enumerate(self.items[:end]) if i.hard_start is not None and not i.floated), default=0)
        return [i for i in self.items[start:end] if not i.floated and not i.is_break]

    def floats_before(self, item: Item | None) -> list[Item]:
        """Floated items placed between the previous hard start and `item` (None = the end)."""
        end = self.items.index(item) if item is not None else len(self.items)
        start = max((n for n, i in enumerate(self.items[:end]) if i.hard_start is not None and not i.floated), default=0)
        return [i for i in self.items[start:end] if i.floated]

    def heaviest(self, n: int = 3, items: list[Item] | None = None) -> list[Item]:
        """Items to look at first when cutting: the most over target, then the longest."""
        timed = [i for i in (self.items if items is None else items) if not i.floated and not i.is_break]
        return sorted(timed, key=lambda i: (-i.over_target, -i.total))[:n]

    def talent_name(self, talent_id: str | None) -> str:
        """The talent's full name (`Anna Lee` for `AL`); an id no table defines, as written."""
        if not talent_id:
            return ""
        t = self.talents.get(talent_id)
        return t.name if t else talent_id


def over_under_text(seconds: float) -> str:
    """`OVER 0:42` / `UNDER 1:58` / `ON TIME` (whole seconds)."""
    whole = round(seconds)
    if whole > 0:
        return f"OVER {_mss(whole)}"
    if whole < 0:
        return f"UNDER {_mss(-whole)}"
    return "ON TIME"


def mss(seconds: float) -> str:
    """Whole minutes and seconds, always `m:ss` (`0:45`, `27:25`): the form of sums and CSV cells."""
    return _mss(seconds)


def _mss(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 60}:{s % 60:02d}"


def long_date(date: str | None) -> str:
    """`2026-11-27` -> `Friday 27 November 2026`; anything else as written."""
    if not date:
        return ""
    try:
        day = _dt.date.fromisoformat(date)
    except ValueError:
        return date
    return f"{day:%A} {day.day} {day:%B %Y}"


def clock(seconds_of_day: float) -> str:
    s = int(round(seconds_of_day)) % 86400
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


