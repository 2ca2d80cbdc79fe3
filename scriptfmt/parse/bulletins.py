"""A news bulletin's head as radio desks write it (All India Radio, Radio Pakistan, a newsreader's
running order): `2100 HRS.` / `17-04-2013` / `THE HEADLINES` / the headlines, then the stories.

The desk's rules:
  - the bulletin's clock time (`2100 HRS.`, `0800 hours`, `19.00 Uhr`) and its date alone on a
    line say when it airs: cues for the booth, never read;
  - a heading over the headlines block (`THE HEADLINES:`, `TOP STORIES`, `Schlagzeilen`,
    `TITULARES`; data in styles/markup.toml [bulletin]) is a cue; the headlines under it, bulleted,
    numbered or plain, are the first thing the newsreader reads;
  - on a web page that carries the bulletin, the lines above its first mark that are not copy
    (the site's menus, `Screen Reader Access`, a ticker of headlines run together with no sentence
    end) are the page's head, never read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.decks import is_story_prose
from scriptfmt.sentences import sentences

_DATE_SEPARATORS = "./-"


@dataclass(frozen=True)
class BulletinWords:
    headings: frozenset[str]
    time_words: frozenset[str]
    spoken_openers: tuple[str, ...]
    sign_ins: tuple[str, ...]


@lru_cache(maxsize=1)
def bulletin_words() -> BulletinWords:
    data = tomlfile.load_builtin("markup.toml")["bulletin"]
    return BulletinWords(frozenset(w.lower() for w in data["headings"]), frozenset(w.lower() for w in data["time_words"]), tuple(w.lower() for w in data["spoken_openers"]), tuple(w.lower() for w in data["sign_ins"]))


def spoken_line(text: str) -> bool:
    """`I’m Ephraim Loy`, `Leading the bulletin this hour`, `In local news`: a newsreader's sign-in or segue set on
    its own line between the stories is read on air; a crosshead never opens so (it labels, it does not speak)."""
    words = text.replace("’", "'").split()
    bare = " ".join(words).lower()
    if len(words) > 8:
        return False
    if any(bare == w or bare.startswith(w + " ") for w in bulletin_words().spoken_openers):
        return True
    return any(bare.startswith(w + " ") and words[len(w.split())][:1].isupper() for w in bulletin_words().sign_ins)


def _bare(line: str) -> str:
    return " ".join(line.strip().rstrip(":-–—.").lower().split()).strip("*_ ")


def is_headlines_heading(line: str) -> bool:
    """`THE HEADLINES`, `Headlines:`, `TOP STORIES –`, `Schlagzeilen`, `TITULARES`: the heading over a bulletin's headlines."""
    return _bare(line) in bulletin_words().headings


def _clock(token: str) -> bool:
    """`2100`, `21.00`, `21:00`, `9.30`, `13h00`: a clock time."""
    digits = token.replace(".", ":").replace("h", ":")
    hours, _, minutes = digits.partition(":") if ":" in digits else (digits[:-2], "", digits[-2:])
    return hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and int(hours) <= 24 and int(minutes) < 60 and len(hours) <= 2


def is_bulletin_time(line: str) -> bool:
    """`2100 HRS.`, `0800 hours`, `19.00 Uhr`, `21:00 GMT`: the clock time a bulletin airs, alone on its line."""
    tokens = line.strip().lower().split()
    return len(tokens) == 2 and len(tokens[0]) >= 3 and _clock(tokens[0]) and tokens[1] in bulletin_words().time_words


def is_numeric_date(line: str) -> bool:
    """`17-04-2013`, `22.09.2020`, `2026/11/30`: a date written in figures, alone on its line."""
    text = line.strip().rstrip(".")
    separator = next((s for s in _DATE_SEPARATORS if s in text), "")
    parts = text.split(separator) if separator else []
    return len(parts) == 3 and all(p.isdigit() and 1 <= len(p) <= 4 for p in parts) and sum(len(p) == 4 for p in parts) == 1


def is_bulletin_mark(line: str) -> bool:
    """A line that marks a bulletin: its clock time or the heading over its headlines."""
    return is_bulletin_time(line) or is_headlines_heading(line)


def is_ticker(line: str) -> bool:
    """A web page's ticker: headlines run together on one line (`… divide the nation   In his …   COVID-19
    recovery rate touches 90 per cent …`), long, with no sentence end anywhere in it."""
    return len(line.split()) >= 12 and len(sentences(line.strip())) <= 1 and not line.rstrip().endswith((".", "?", "!", '."', ".”"))


def page_head(lines: list[str], script_mark: Callable[[str], bool] | None = None) -> int:
    """How many lines at the top are the head of the page that carries a bulletin or a script: every
    line above the first mark (the bulletin's time or headlines heading; `script_mark`: the script's
    own first label, `PRESENTER:`) when none of them is copy (a sentence or two of prose, not a
    ticker). Above a script's label the page's lines end no sentence, but for a field's value under
    its label (`Description:` over a line of prose), and there are a few of them (a page's menus and
    fields, not one read line). 0 when there is no mark or copy stands above it."""
    last = ""
    shown = 0
    for k, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if is_bulletin_mark(line):
            return k
        if script_mark is not None and script_mark(line):
            return k if shown >= _PAGE_LINES else 0
        if script_mark is not None and (line[:1] == "[" and line[-1:] == "]" or "=" in line.split(None, 1)[0]):
            return 0  # `[ANCHOR=Anna/Dev]`, `[2-SHOT]`: the script's own fields and cues open the page, no page's head above them
        told = line.endswith((".", "?", "!", '."', ".”")) and not last.endswith(":")
        if is_story_prose(line) and not is_ticker(line) or script_mark is not None and told:
            return 0
        last, shown = line, shown + 1
    return 0


_PAGE_LINES = 3  # a page's head above a script: its site name, menus and fields, three lines at least


def _item_number(text: str) -> int | None:
    head = text.lstrip()[:4]
    digits = head[: len(head) - len(head.lstrip("0123456789"))]
    return int(digits) if digits and head[len(digits) : len(digits) + 1] in (".", ")") else None


def opens_numbered_list(text: str, following: str) -> bool:
    """`1. Chief of … has said …` over `2. In Karachi, …`: the first of a numbered list (a bulletin's
    headlines, a monitoring report's items), copy to read, never a deck under the headline."""
    return _item_number(text) == 1 and _item_number(following) == 2

