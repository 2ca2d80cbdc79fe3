"""Load a rundown TOML file: validate every key, collecting EVERY problem with file:line."""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Any

from scriptfmt import tomlfile
from scriptfmt.errors import UserError
from scriptfmt.rundown.model import BLOCK_KEYS, DEFAULT_BREAK_SECONDS, ITEM_KEYS, ITEM_KINDS, Item, Rundown, SHOW_KEYS, Show, TOP_KEYS, clock
from scriptfmt.rundown.timing import apply_timing
from scriptfmt.talents import Talent, talent_tables, unknown_talent
from scriptfmt.tomlkeys import Problems, key_lines

# ---------------------------------------------------------------- loading


def _clock_seconds(value: Any, problems: Problems, what: str = "show start", *path: Any) -> float | None:
    if isinstance(value, _dt.time):
        return value.hour * 3600 + value.minute * 60 + value.second
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*", str(value)) if isinstance(value, str) else None
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59 or int(m.group(3) or 0) > 59:
        problems.add(f"{what} must be a clock time like \"18:00:00\", not {value!r}", *(path or ("show", "start")))
        return None
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3) or 0)


def _load_show(data: dict, problems: Problems, default_title: str) -> Show:
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


def _load_item(n: int, raw: Any, base: Path, talents: dict[str, Talent], show: Show, problems: Problems) -> Item | None:
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
    if len(item.page) > MAX_PAGE_CHARS:  # a page is a rundown cell like B12, not a paragraph
        problems.add(f"item page is {len(item.page)} characters long; a page is a short label like B12 (at most {MAX_PAGE_CHARS})", *where, "page")
        item.page = ""
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
            problems.add(unknown_talent(talent, talents), *where, "talent")
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
    _load_bites_and_copy(raw, item, problems, where)
    if kind == "break" and item.duration is None:
        item.duration = DEFAULT_BREAK_SECONDS
    if not item.slug and not isinstance(raw.get("story"), str):
        problems.add("item needs a slug", *where)
    return item


def _load_bites_and_copy(raw: dict, item: Item, problems: Problems, where: tuple) -> None:
    """`bites = "tape"|"read"`, inline `copy = \"\"\"…\"\"\"` (an OPEN, TEASE or CLOSE with a page), and
    a story item without a story file, copy or duration."""
    if "bites" in raw:
        if raw["bites"] in ("tape", "read"):
            item.bites = raw["bites"]
        else:
            problems.add(f"item bites must be \"tape\" or \"read\", not {raw['bites']!r}", *where, "bites")
    if "copy" in raw:
        if not isinstance(raw["copy"], str) or not raw["copy"].strip():
            problems.add("item copy must be the copy as a string (copy = \"\"\"…\"\"\")", *where, "copy")
        elif item.kind == "break" or "story" in raw:
            problems.add("an item has either a story file or inline copy, and a break has neither", *where, "copy")
        else:
            item.copy = raw["copy"]
    if item.kind == "story" and "story" not in raw and "duration" not in raw and item.copy is None:
        problems.add(f"item {item.slug or where[1] + 1!r} needs a story file, inline copy or a duration", *where)


MAX_PAGE_CHARS = 12


def _number_pages(items: list[Item], problems: Problems) -> None:
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


def _hard_starts_in_order(items: list[Item], show: Show, problems: Problems) -> None:
    """Hard starts must come later on the clock the later they are in the running order."""
    previous: Item | None = None
    for n, item in enumerate(items):
        if item.hard_start is None:
            continue
        if previous is not None and item.hard_start <= previous.hard_start:
            at, earlier = clock(show.start + item.hard_start), clock(show.start + previous.hard_start)
            problems.add(
                f"hard_start {at} of {item.slug!r} is not after hard_start {earlier} of {previous.slug!r}, "
                "which comes before it in the running order: hard starts must follow the running order", "item", n, "hard_start",
            )
        previous = item


def _next_letter(letter: str) -> str:
    if letter[-1] == "Z":
        return (_next_letter(letter[:-1]) if letter[:-1] else "A") + "A"
    return letter[:-1] + chr(ord(letter[-1]) + 1)


def _load_story(item: Item, talents: dict[str, Talent], style: Any, problems: Problems, bites: str | None = None) -> None:
    """Read, parse and time the item's story (its file or inline copy) once, at its rundown
    talent's rate when that has one, laid out for its bites mode (scriptfmt/bites.py)."""
    from scriptfmt.bites import lay_out_bites
    from scriptfmt.pipeline import load_story

    talent = talents.get(item.talent or "")
    name = str(item.story_path) if item.story_path is not None else f"{problems.source} item {item.slug!r}"
    try:
        story = load_story(name, style, talent.read_rate_wpm if talent else None, text=item.copy)
        item.story = lay_out_bites(story, item.bites or bites, style)
    except UserError as exc:
        problems.errors.append(UserError(exc.message, exc.source or name, exc.line))
        return
    if not item.slug:
        item.slug = str(item.story.slug or (item.story_path.stem if item.story_path else "")).upper()


def load_rundown(path: str | Path, style: Any = None, bites: str | None = None) -> Rundown:
    """Read, validate and time a rundown file. Raises UserErrors listing every problem found.
    `bites`: the mode for items without their own `bites` key (scriptfmt/bites.py)."""
    from scriptfmt.styles import load_style

    path = Path(path)
    source = str(path)
    text = tomlfile.read_text(path, "rundown")
    data = tomlfile.loads(text, source)
    problems = Problems(source, key_lines(text))
    problems.unprintable(data)
    for key in data:
        if key not in TOP_KEYS:
            problems.add(f"unknown table or key {key!r} (known: [show], [talent.ID], [[item]], [block.X])", key)
    show = _load_show(data, problems, path.stem)
    talents = talent_tables(data, problems)
    if show.talent is not None and show.talent not in talents:
        problems.add(unknown_talent(show.talent, talents), "show", "talent")
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
        _hard_starts_in_order(items, show, problems)
    if style is None:
        try:
            style = load_style(show.style)
        except UserError as exc:
            problems.add(exc.message, "show", "style")
            style = load_style("tv")
    show.paper = show.paper or str(style.get("page.size", "letter"))
    for item in items:
        if item.story_path is not None or item.copy is not None:
            _load_story(item, talents, style, problems, bites)
    budgets = _load_blocks(data, problems)
    problems.raise_all()
    rundown = Rundown(show=show, talents=talents, items=items, source=source, default_wpm=style.read_rate_wpm)
    return apply_timing(rundown, budgets)


def _load_blocks(data: dict, problems: Problems) -> dict[str, float]:
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


