"""Wire furniture: the parts of raw copy that are about the story, not of it.

Header lines (`SLUG: …`), headline, byline, editor's note, Reuters summary bullets and
advisory lines, the dateline (`BRUSSELS (AP) —`), desk asides (`(see related story)`) and
trailing credits (`(Reporting by …; Editing by …)`) go to metadata: not read, not timed,
but kept. Word lists live in styles/speech.toml under [wire].
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import re

import regex

from scriptfmt import tomlfile

_HEADER = re.compile(r"[ \t]*([A-Za-z][A-Za-z'’ _-]{0,23}?)[ \t]*:[ \t]*(\S.*?)\s*")
# CITY in capitals, up to two ", Place" parts, an optional (Agency), then a dash.
_DATELINE = regex.compile(
    r"(?P<place>\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3}"
    r"(?:,[ ][\p{L}\p{N}.'’]+(?:[ ][\p{L}\p{N}.'’]+){0,3}){0,2})"
    r"[ ]*(?:\((?P<agency>[^()\n]{1,40})\)[ ]*)?(?P<dash>—|–|--|-|_)[ ]+"
)
# `Berlin (dpa) -`, `(CNN) —`: a city in mixed case, or no city, needs the agency to be sure.
_AGENCY_DATELINE = regex.compile(
    r"(?P<place>(?:\p{Lu}[\p{L}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{L}\p{M}.'’-]+){0,2}(?:,[ ][\p{L}\p{N}.'’]+(?:[ ][\p{L}\p{N}.'’]+){0,3}){0,2}[ ]*)?)"
    r"\((?P<agency>[^()\n]{1,40})\)[ ]*(?P<dash>—|–|--|-|_)[ ]+"
)
_BYLINE = regex.compile(r"(?i:by)[ ]+\p{Lu}")
_EDITORS_NOTE = re.compile(r"(?i:editor['’]?s[ ]+note)\b")
_BULLET = re.compile(r"[*•·][ ]+\S")


@dataclass(frozen=True, eq=False, repr=False)
class WireWords:
    header_keys: frozenset[str]
    aside_starts: tuple[str, ...]
    credit_starts: tuple[str, ...]
    credit_ends: tuple[str, ...]
    agencies: frozenset[str]


@lru_cache(maxsize=1)
def wire_words() -> WireWords:
    data = tomlfile.load_builtin("speech.toml")["wire"]
    return WireWords(
        frozenset(k.lower() for k in data["header_keys"]),
        tuple(a.lower() for a in data["aside_starts"]),
        tuple(c.lower() for c in data["credit_starts"]),
        tuple(c.lower() for c in data["credit_ends"]),
        frozenset(a.lower() for a in data["agencies"]),
    )


def header_line(line: str, cue_words: set[str] | dict) -> tuple[str, str] | None:
    """`SLUG: SUMMIT` -> ("slug", "SUMMIT"); None when the line is not a header line."""
    m = _HEADER.fullmatch(line)
    if not m:
        return None
    key, value = m.group(1).strip(), m.group(2)
    norm = " ".join(key.lower().replace("_", " ").split())
    if key.upper() in cue_words and norm not in wire_words().header_keys:
        return None  # CG: JANE DOE is a cue line, not metadata
    words = len(value.split())
    if norm in _SPEAKER_LABELS and (words > 4 or value.rstrip().endswith((".", "!", "?", ","))):
        return None  # `ANCHOR: Good evening, I'm …` is a speaker label before read copy
    if norm in wire_words().header_keys and words <= 20 or (key.isupper() and len(key.split()) <= 3 and words <= 12):
        return norm.replace(" ", "_"), value
    return None


# Header keys that radio and TV scripts also use as a label before the copy a person reads.
_SPEAKER_LABELS = {"anchor", "talent", "host", "presenter", "anncr", "announcer", "reporter", "co-anchor"}


def is_speaker_label(word: str) -> bool:
    """`ANNCR`, `ANCHOR`, `HOST` … written in capitals before a colon."""
    return word.isupper() and word.lower() in _SPEAKER_LABELS


def split_dateline(text: str) -> tuple[str, str] | None:
    """`BRUSSELS (AP) — Text` -> ("BRUSSELS (AP) —", "Text"), else None."""
    m = _DATELINE.match(text)
    if not m:
        m = _AGENCY_DATELINE.match(text)
        if not m or m.group("agency").strip().lower() not in wire_words().agencies:
            return None
    place = m.group("place")
    if len(place.split(",")[0].split()) > 4:
        return None
    has_agency = bool(m.group("agency"))
    if text.isupper() and not has_agency:
        return None  # an all-caps TV sentence with a dash is not a dateline
    if m.group("dash") in "-_" and not has_agency and "," not in place:
        return None  # "FBI - the bureau" style: a bare hyphen needs an agency or a place, to be safe
    rest = text[m.end():]
    if not rest.strip():
        return None
    return text[: m.end()].rstrip(), rest


def is_byline(text: str) -> bool:
    """`By JANE DOE, Associated Press` — short, and not a sentence (`By Friday the port reopened.`)."""
    return bool(_BYLINE.match(text)) and len(text.split()) <= 14 and not text.rstrip().endswith((".", ":", "?", "!"))


def is_agency_line(text: str) -> bool:
    """`Associated Press`, `AP Diplomatic Writer`, `Reuters` on a line after a byline."""
    words = text.strip().rstrip(".").split()
    if not words or len(words) > 6:
        return False
    low = text.strip().rstrip(".").lower()
    return low in wire_words().agencies or low.endswith(" writer") or low.endswith(" correspondent") or any(
        low.startswith(a + " ") for a in wire_words().agencies
    )


def is_editors_note(text: str) -> bool:
    return bool(_EDITORS_NOTE.match(text))


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def is_aside(inner: str) -> bool:
    """A desk note in parentheses: `see related story`, `Reporting by …`, `Adds quote in paragraph 3`."""
    low = inner.strip().lower()
    return any(low == a or low.startswith(a + " ") or low.startswith(a + ":") for a in wire_words().aside_starts)


def is_advisory(text: str) -> bool:
    """A whole paragraph in parentheses that is a desk note: `(Adds minister's reaction in paragraph 3)`."""
    t = text.strip()
    return t.startswith("(") and t.endswith(")") and ")" not in t[1:-1] and is_aside(t[1:-1])


def is_credit(text: str) -> bool:
    low = text.strip().lower()
    if not low:
        return False
    if low.startswith("(") and low.endswith(")") and is_aside(low[1:-1]):
        return True
    return low.startswith(wire_words().credit_starts) or low.endswith(wire_words().credit_ends)


def is_headline(text: str) -> bool:
    t = text.strip()
    return 0 < len(t.split()) <= 16 and not t.endswith((".", ":", "?", "!", "”", '"', ",")) and not t.startswith(("[", "(", "“", '"'))
