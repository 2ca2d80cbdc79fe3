"""Rundowns: load a show's running order from TOML, validate it, and time it.

Words follow MOS where it has one: a running order is a list of items; each item has
a slug, a talent, a format and an editorial duration (`total`). Front time counts from
the show start, backtime counts back from the hard out (start + length). Floated items
stay in the running order but are left out of every sum.

Loading collects EVERY problem (with file:line where the key can be found) and raises
one UserErrors; timing (`apply_timing`) is a pure function over the loaded items.
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scriptfmt.errors import UserError, UserErrors
from scriptfmt.model import Cue, Narration, Soundbite, Story
from scriptfmt.timing import format_duration, parse_duration

ITEM_KINDS = ("story", "break")
DEFAULT_BREAK_SECONDS = 60.0  # domain.md §8.2: commercial break placeholder 1:00
SHOW_KEYS = {"title", "date", "start", "length", "talent", "style", "paper"}
TALENT_KEYS = {"name", "read_rate"}
ITEM_KEYS = {"slug", "kind", "talent", "story", "page", "format", "target", "duration", "media", "float", "hard_start"}
BLOCK_KEYS = {"length"}
TOP_KEYS = {"show", "talent", "item", "block"}


@dataclass
class Talent:
    """Who reads: an id used by items (`AL`), the full name and a read rate (None = the style's)."""

    id: str
    name: str
    read_rate_wpm: float | None = None


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

    def heaviest(self, n: int = 3) -> list[Item]:
        """Items to look at first when cutting: the most over target, then the longest."""
        timed = [i for i in self.items if not i.floated and not i.is_break]
        return sorted(timed, key=lambda i: (-i.over_target, -i.total))[:n]

    def talent_name(self, talent_id: str | None) -> str:
        if not talent_id:
            return ""
        t = self.talents.get(talent_id)
        return t.id if t else talent_id


def over_under_text(seconds: float) -> str:
    """`OVER 0:42` / `UNDER 1:58` / `ON TIME` (whole seconds)."""
    whole = round(seconds)
    if whole > 0:
        return f"OVER {_mss(whole)}"
    if whole < 0:
        return f"UNDER {_mss(-whole)}"
    return "ON TIME"


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


# ---------------------------------------------------------------- line numbers

_KEY = r"(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')"
_DOTTED = re.compile(rf"\s*({_KEY}(?:\s*\.\s*{_KEY})*)\s*")


def _split_key(dotted: str) -> tuple[str, ...]:
    parts = re.findall(_KEY, dotted)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


def key_lines(text: str) -> dict[tuple, int]:
    """Map table paths and keys to 1-based lines: ("show",), ("show", "start"), ("item", 2, "page") …

    tomllib gives no positions for values, so scan the text: table headers, array-of-table
    headers (numbered in order) and `key =` lines; multi-line strings are skipped.
    """
    found: dict[tuple, int] = {}
    table: tuple = ()
    counts: dict[tuple, int] = {}
    in_string: str | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if in_string:
            if in_string in line:
                in_string = None
            continue
        if not line or line.startswith("#"):
            continue
        m = re.match(r"\[\[(.+?)\]\]", line)
        if m:
            name = _split_key(m.group(1))
            counts[name] = counts.get(name, -1) + 1
            table = name + (counts[name],)
            found.setdefault(table, n)
            continue
        m = re.match(r"\[([^\[\]]+)\]", line)
        if m:
            table = _split_key(m.group(1))
            found.setdefault(table, n)
            continue
        m = _DOTTED.match(line)
        if m and line[m.end() : m.end() + 1] == "=":
            found.setdefault(table + _split_key(m.group(1)), n)
            value = line[m.end() + 1 :].strip()
            for quote in ('"""', "'''"):
                if value.startswith(quote) and value.count(quote) == 1:
                    in_string = quote
    return found


# ---------------------------------------------------------------- loading


class _Problems:
    def __init__(self, source: str, lines: dict[tuple, int]):
        self.source, self.lines, self.errors = source, lines, []

    def line(self, *path: Any) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None

    def add(self, message: str, *path: Any) -> None:
        self.errors.append(UserError(message, self.source, self.line(*path)))

    def duration(self, value: Any, what: str, *path: Any) -> float | None:
        if isinstance(value, _dt.time):  # an unquoted TOML time, length = 00:28:30
            return float(value.hour * 3600 + value.minute * 60 + value.second)
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.add(f"{what} must be a duration like \"1:30\", not {value!r}", *path)
            return None
        try:
            return parse_duration(str(value), what)
        except UserError as exc:
            self.add(exc.message, *path)
            return None

    def unknown(self, table: dict, allowed: set[str], where: str, *path: Any) -> None:
        for key in table:
            if key not in allowed:
                self.add(f"unknown key {key!r} in {where} (known: {', '.join(sorted(allowed))})", *path, key)


def _clock_seconds(value: Any, problems: _Problems, what: str = "show start", *path: Any) -> float | None:
    if isinstance(value, _dt.time):
        return value.hour * 3600 + value.minute * 60 + value.second
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*", str(value)) if isinstance(value, str) else None
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59 or int(m.group(3) or 0) > 59:
        problems.add(f"{what} must be a clock time like \"18:00:00\", not {value!r}", *(path or ("show", "start")))
        return None
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3) or 0)


def _load_show(data: dict, problems: _Problems, default_title: str) -> Show:
    raw = data.get("show")
    show = Show(title=default_title, start=0.0, length=0.0)
    if raw is None:
        problems.add("missing [show] table (title, start, length)")
        return show
    if not isinstance(raw, dict):
        problems.add("[show] must be a table", "show")
        return show
    problems.unknown(raw, SHOW_KEYS, "[show]", "show")
    show.title = str(raw.get("title", default_title))
    if "date" in raw:
        show.date = raw["date"].isoformat() if isinstance(raw["date"], (_dt.date, _dt.datetime)) else str(raw["date"])
    if "start" not in raw:
        problems.add("[show] needs start = \"HH:MM:SS\" (on-air clock time)", "show")
    else:
        start = _clock_seconds(raw["start"], problems)
        show.start = start if start is not None else 0.0
    if "length" not in raw:
        problems.add("[show] needs length = \"m:ss\" (hard out = start + length)", "show")
    else:
        length = problems.duration(raw["length"], "show length", "show", "length")
        if length is not None and length <= 0:
            problems.add("show length must be more than 0", "show", "length")
        show.length = length or 0.0
    for key in ("talent", "style"):
        if key in raw and not isinstance(raw[key], str):
            problems.add(f"[show] {key} must be a string", "show", key)
    show.talent = raw.get("talent") if isinstance(raw.get("talent"), str) else None
    show.style = raw.get("style") if isinstance(raw.get("style"), str) else "tv"
    if "paper" in raw:
        paper = str(raw["paper"]).lower()
        if paper not in ("letter", "a4"):
            problems.add(f"[show] paper must be \"letter\" or \"a4\", not {raw['paper']!r}", "show", "paper")
            paper = "letter"
        show.paper = paper
    return show


def _load_talents(data: dict, problems: _Problems) -> dict[str, Talent]:
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
        if rate is not None and (isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 60 <= rate <= 400):
            problems.add(f"talent {tid!r} read_rate must be 60 to 400 words per minute, not {rate!r}", "talent", tid, "read_rate")
            rate = None
        talents[tid] = Talent(id=tid, name=str(entry.get("name", tid)), read_rate_wpm=float(rate) if rate is not None else None)
    return talents


def _load_item(n: int, raw: Any, base: Path, talents: dict[str, Talent], show: Show, problems: _Problems) -> Item | None:
    where = ("item", n)
    if not isinstance(raw, dict):
        problems.add("each item must be an [[item]] table", *where)
        return None
    problems.unknown(raw, ITEM_KEYS, "[[item]]", *where)
    item = Item(slug="", line=problems.line(*where))
    kind = raw.get("kind", "story")
    if kind not in ITEM_KINDS:
        problems.add(f"item kind must be one of {', '.join(ITEM_KINDS)}, not {kind!r}", *where, "kind")
        kind = "story"
    item.kind = kind
    for key in ("slug", "page", "format", "talent", "story"):
        if key in raw and not isinstance(raw[key], str):
            problems.add(f"item {key} must be a string, not {raw[key]!r}", *where, key)
    item.slug = raw["slug"].strip() if isinstance(raw.get("slug"), str) else ""
    item.page = raw["page"].strip().upper() if isinstance(raw.get("page"), str) else ""
    item.format = raw["format"].strip().upper() if isinstance(raw.get("format"), str) else ""
    if "float" in raw and not isinstance(raw["float"], bool):
        problems.add(f"item float must be true or false, not {raw['float']!r}", *where, "float")
    item.floated = raw.get("float") is True
    for key, attr in (("target", "target"), ("duration", "duration"), ("media", "extra_media")):
        if key in raw:
            value = problems.duration(raw[key], f"item {key}", *where, key)
            if value is not None:
                setattr(item, attr, value)
    if kind != "break":
        talent = raw["talent"] if isinstance(raw.get("talent"), str) else None
        if talent is not None and talent not in talents:
            problems.add(_unknown_talent(talent, talents), *where, "talent")
        item.talent = talent or (show.talent if show.talent in talents else None)
    if isinstance(raw.get("story"), str):
        path = Path(raw["story"])
        path = path if path.is_absolute() else base / path
        if kind == "break":
            problems.add("a break has no story; give it a duration", *where, "story")
        elif not path.is_file():
            problems.add(f"story file not found: {raw['story']} (looked for {path})", *where, "story")
        else:
            item.story_path = path
    if "hard_start" in raw:
        at = _clock_seconds(raw["hard_start"], problems, "item hard_start", *where, "hard_start")
        if at is not None:
            offset = (at - show.start) % 86400  # a show may run past midnight
            if show.length and offset >= show.length:
                problems.add(f"hard_start {raw['hard_start']} is outside the show ({clock(show.start)} to {clock(show.hard_out)})", *where, "hard_start")
            elif item.floated:
                problems.add("a floated item cannot have a hard_start", *where, "hard_start")
            else:
                item.hard_start = offset
    if kind == "break" and item.duration is None:
        item.duration = DEFAULT_BREAK_SECONDS
    if kind == "story" and "story" not in raw and "duration" not in raw:
        problems.add(f"item {item.slug or n + 1!r} needs a story file or a duration", *where)
    if not item.slug and not isinstance(raw.get("story"), str):
        problems.add("item needs a slug", *where)
    return item


def _unknown_talent(talent: str, talents: dict[str, Talent]) -> str:
    known = ", ".join(sorted(talents)) or "none defined"
    return f"unknown talent {talent!r} (talents: {known}; add a [talent.{talent}] table)"


def _number_pages(items: list[Item], problems: _Problems) -> None:
    """A1, A2 … ; a new letter after each break; numbering continues from a page written by hand
    and skips pages written by hand elsewhere; duplicate pages written by hand are reported."""
    letter, number, seen = "A", 0, {}
    given = {item.page for item in items if item.page}
    for n, item in enumerate(items):
        if item.page:
            m = re.fullmatch(r"([A-Z]+)(\d+)", item.page)
            if m:
                letter, number = m.group(1), int(m.group(2))
        else:
            number += 1
            while f"{letter}{number}" in given or f"{letter}{number}" in seen:
                number += 1  # never collide with a page written by hand
            item.page = f"{letter}{number}"
        item.block = letter
        if item.page in seen:
            problems.add(f"duplicate page {item.page} (also item {seen[item.page] + 1}, {items[seen[item.page]].slug!r})", "item", n, "page")
        else:
            seen[item.page] = n
        if item.is_break and not item.floated:
            letter, number = _next_letter(letter), 0


def _next_letter(letter: str) -> str:
    if letter[-1] == "Z":
        return (_next_letter(letter[:-1]) if letter[:-1] else "A") + "A"
    return letter[:-1] + chr(ord(letter[-1]) + 1)


def infer_format(story: Story) -> str:
    """RDR, VO, SOT, VO/SOT, PKG, LIVE … from the story's header or its segments."""
    given = story.metadata.get("format")
    if isinstance(given, str) and given.strip():
        return given.strip().upper()
    cues = {c.cue_type.upper() for c in story.segments if isinstance(c, Cue)}
    has_bite = any(isinstance(s, Soundbite) for s in story.segments)
    if "PKG" in cues:
        return "PKG"
    if "LIVE" in cues:
        return "LIVE"
    if "VOSOT" in cues or ("VO" in cues and (has_bite or "SOT" in cues)):
        return "VO/SOT"
    if has_bite or "SOT" in cues:
        return "SOT"
    if "VO" in cues:
        return "VO"
    return "RDR"


_RUNS = re.compile(r"\b(?:TRT|RUNS|RT|DUR)\b[:\s]*((?:\d+:)?\d*:\d{2})", re.IGNORECASE)


def cue_media_seconds(story: Story) -> float:
    """Package running times written in cues (`[TAKE PKG TRT 1:48]`) that timing left at 0 seconds.

    A VO's length is not added: the anchor reads over that video."""
    total = 0.0
    for seg in story.segments:
        if isinstance(seg, Cue) and seg.cue_type.upper() == "PKG" and not seg.seconds:
            m = _RUNS.search(seg.original or seg.text)
            if m:
                try:
                    total += parse_duration(m.group(1))
                except UserError:
                    pass
    return total


def _load_story(item: Item, talents: dict[str, Talent], style: Any, problems: _Problems) -> None:
    from scriptfmt.pipeline import load_story, story_rate
    from scriptfmt.timing import time_story

    assert item.story_path is not None
    try:
        story = load_story(str(item.story_path), style)
    except UserError as exc:
        problems.errors.append(UserError(exc.message, exc.source or str(item.story_path), exc.line))
        return
    talent = talents.get(item.talent or "")
    wpm = talent.read_rate_wpm if talent and talent.read_rate_wpm else story_rate(story, style)
    item.story = time_story(story, wpm, style.soundbite_wpm, style.pause_seconds)
    if not item.slug:
        item.slug = str(story.slug or item.story_path.stem).upper()


def load_rundown(path: str | Path, style: Any = None) -> Rundown:
    """Read, validate and time a rundown file. Raises UserErrors listing every problem found."""
    from scriptfmt.styles import load_style

    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise UserError("rundown file not found", source)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read rundown: {exc}", source) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        raise UserError(f"not valid TOML: {re.sub(r' [(]at line.*', '', str(exc))}", source, int(m.group(1)) if m else None) from None
    problems = _Problems(source, key_lines(text))
    for key in data:
        if key not in TOP_KEYS:
            problems.add(f"unknown table or key {key!r} (known: [show], [talent.ID], [[item]], [block.X])", key)
    show = _load_show(data, problems, path.stem)
    talents = _load_talents(data, problems)
    if show.talent is not None and show.talent not in talents:
        problems.add(_unknown_talent(show.talent, talents), "show", "talent")
    raw_items = data.get("item", [])
    if isinstance(raw_items, dict):
        problems.add("items are written [[item]] (double brackets), one table per item", "item")
        raw_items = []
    elif not isinstance(raw_items, list) or not raw_items:
        problems.add("rundown has no items: add [[item]] tables with slug and story or duration")
        raw_items = []
    items = [it for n, raw in enumerate(raw_items) if (it := _load_item(n, raw, path.parent, talents, show, problems))]
    if len(items) == len(raw_items):
        _number_pages(items, problems)
    if style is None:
        try:
            style = load_style(show.style)
        except UserError as exc:
            problems.add(exc.message, "show", "style")
            style = load_style("tv")
    show.paper = show.paper or str(style.get("page.size", "letter"))
    for item in items:
        if item.story_path is not None:
            _load_story(item, talents, style, problems)
    budgets = _load_blocks(data, problems)
    if problems.errors:
        raise UserErrors(sorted(problems.errors, key=lambda e: e.line or 0))
    rundown = Rundown(show=show, talents=talents, items=items, source=source, default_wpm=style.read_rate_wpm)
    return apply_timing(rundown, budgets)


def _load_blocks(data: dict, problems: _Problems) -> dict[str, float]:
    raw = data.get("block", {})
    budgets: dict[str, float] = {}
    if not isinstance(raw, dict):
        problems.add("block budgets must be tables like [block.A] with length = \"8:00\"", "block")
        return budgets
    for letter, entry in raw.items():
        if not isinstance(entry, dict):
            problems.add(f"[block.{letter}] must be a table with length = \"m:ss\"", "block", letter)
            continue
        problems.unknown(entry, BLOCK_KEYS, f"[block.{letter}]", "block", letter)
        if "length" in entry:
            value = problems.duration(entry["length"], f"block {letter} length", "block", letter, "length")
            if value is not None:
                budgets[letter.upper()] = value
    return budgets


# ---------------------------------------------------------------- timing


def apply_timing(rundown: Rundown, budgets: dict[str, float] | None = None) -> Rundown:
    """Fill read/media/total, front and back for every item, and group blocks. Pure; returns the rundown."""
    budgets = budgets or {}
    for item in rundown.items:
        story = item.story
        # Whole seconds, rounded like the script's own header (total = round(read + media)),
        # with media taking the rounding so read + media = total holds on paper.
        read = story.read_seconds if story else 0.0
        media = (story.media_seconds + cue_media_seconds(story) if story else 0.0) + item.extra_media
        item.read = float(round(read))
        item.media = float(max(0, round(read + media) - item.read)) if media else 0.0
        item.total = item.duration if item.duration is not None else item.read + item.media
        if not item.format:
            item.format = "BREAK" if item.is_break else (infer_format(story) if story else "")
    elapsed = 0.0
    for item in rundown.items:
        if item.floated:
            item.front = None
            continue
        if item.hard_start is not None:
            item.gap = item.hard_start - elapsed
            elapsed = item.hard_start
        item.front = elapsed
        elapsed += item.total
    remaining = rundown.show.length
    for item in reversed(rundown.items):
        if item.floated:
            item.back = None
            continue
        remaining -= item.total
        item.back = remaining
        if item.hard_start is not None:
            remaining = item.hard_start  # what comes before must be done by the hard start
    blocks: dict[str, Block] = {}
    for item in rundown.items:
        block = blocks.setdefault(item.block, Block(item.block, budget=budgets.get(item.block)))
        if not item.is_break:
            block.items.append(item)
    rundown.blocks = list(blocks.values())
    return rundown


def timing_table(rundown: Rundown) -> str:
    """The plain-text timing table printed by `scriptfmt time` / `check`."""
    show = rundown.show
    head = ("PAGE", "SLUG", "TALENT", "FORMAT", "READ", "MEDIA", "TOTAL", "FRONT", "CLOCK", "BACK", "")
    rows: list[tuple[str, ...]] = []
    blocks = {b.letter: b for b in rundown.blocks}
    current = None
    for item in rundown.items:
        if item.block != current and not item.is_break:
            current = item.block
            rows.append(("", f"-- BLOCK {current} {_block_note(blocks.get(current))}", *[""] * 9))
        note = []
        if item.floated:
            note.append("FLOAT")
        note.extend(hard_start_notes(item, show))
        if item.over_target:
            note.append(f"+{format_duration(item.over_target)} over target")
        rows.append((
            item.page,
            item.slug,
            rundown.talent_name(item.talent),
            item.format,
            format_duration(item.read) if item.story else "",
            item.media_text(),
            format_duration(item.total),
            format_duration(item.front) if item.front is not None else "",
            clock(show.start + item.front) if item.front is not None else "",
            clock(show.start + item.back) if item.back is not None else "",
            ", ".join(note),
        ))
    widths = [max(len(r[i]) for r in [head, *rows] if not r[1].startswith("-- BLOCK")) for i in range(len(head))]
    right = {4, 5, 6, 7}
    lines = []
    title = show.title + (f" - {show.date}" if show.date else "")
    lines.append(title)
    for r in [head, *rows]:
        if r[1].startswith("-- BLOCK"):
            lines.append(r[1])
            continue
        cells = [c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
    lines.append(footer_text(rundown))
    return "\n".join(lines) + "\n"


def _block_note(block: Block | None) -> str:
    if block is None:
        return ""
    note = f"total {format_duration(block.total)}"
    if block.over_under is not None:
        note += f", planned {format_duration(block.planned)}, {over_under_text(block.over_under)}"
    return f"({note})"


def hard_start_notes(item: Item, show: Show) -> list[str]:
    """`HARD 18:08:00`, plus `GAP :05` (arrives early) or `OVERLAP :10` (arrives late)."""
    if item.hard_start is None:
        return []
    notes = [f"HARD {clock(show.start + item.hard_start)}"]
    gap = round(item.gap)
    if gap > 0:
        notes.append(f"GAP {format_duration(gap)}")
    elif gap < 0:
        notes.append(f"OVERLAP {format_duration(-gap)}")
    return notes


def footer_text(rundown: Rundown) -> str:
    show = rundown.show
    projected = f"Projected out {clock(show.start + rundown.projected_end)}  " if rundown.has_hard_starts else ""
    return (
        f"Start {clock(show.start)}  Hard out {clock(show.hard_out)}  Length {format_duration(show.length)}  "
        f"Planned {format_duration(rundown.planned_total)}  {projected}{over_under_text(rundown.over_under)}"
    )
