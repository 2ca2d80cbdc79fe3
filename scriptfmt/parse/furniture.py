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

# The value runs greedily to the end of the line (stripped after): no lazy run before trailing
# spaces, which backtracked on long runs of spaces (issue 14).
_HEADER = re.compile(r"[ \t]*([A-Za-z][A-Za-z'’ _-]{0,23}?)[ \t]*:[ \t]*(\S.*)")
# CITY in capitals, up to two ", Place" parts, an optional (Agency), then a dash.
_DATELINE = regex.compile(
    r"(?P<place>\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3}"
    r"(?:,[ ][\p{L}\p{N}.'’]+(?:[ ][\p{L}\p{N}.'’]+){0,3}){0,2})"
    r"[ ]*(?:\((?P<agency>[^()\n]{1,40})\)[ ]*)?(?P<dash>—|–|--|-|_)(?P<space>[ ]*)"
)
# `Berlin (dpa) -`, `(CNN) —`: a city in mixed case, or no city, needs the agency to be sure.
_AGENCY_DATELINE = regex.compile(
    r"(?P<place>(?:\p{Lu}[\p{L}\p{M}.'’-]+(?:[ ](?:\p{Lu}[\p{L}\p{M}.'’-]+|\d{1,4}\.?)){0,2}(?:,[ ][\p{L}\p{N}.'’]+(?:[ ][\p{L}\p{N}.'’]+){0,3}){0,2}[ ]*)?)"
    r"\((?P<agency>[^()\n]{1,40})\)[ ]*(?P<dash>—|–|--|-|_|)(?P<space>[ ]*)"
)
# Station call letters: `(KPRC)`, `(WJLA-TV)`, `(CBC)` after a city in mixed case.
_STATION = re.compile(r"[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")
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
    key, value = m.group(1).strip(), m.group(2).rstrip()
    norm = " ".join(key.lower().replace("_", " ").split())
    if norm in web_words().email and not key.isupper():
        return norm.replace(" ", "_").replace("-", "_"), value  # `From:` `To:` `Subject:` of an e-mailed story
    if key.upper() in cue_words and norm not in wire_words().header_keys:
        return None  # CG: JANE DOE is a cue line, not metadata
    words = len(value.split())
    if norm in _SPEAKER_LABELS and (words > 4 or value.rstrip().endswith((".", "!", "?", ","))):
        return None  # `ANCHOR: Good evening, I'm …` is a speaker label before read copy
    if norm not in wire_words().header_keys and value.rstrip().endswith((".", "!", "?")) and (words > 1 or len(key) <= 2):
        return None  # `KAGAN: Good evening.`, `Q: Is it safe?`: a speaker's label before a sentence
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
    if not m or not m.group("space") and not (m.group("agency") and text[m.end() : m.end() + 1].isupper()):
        m = _AGENCY_DATELINE.match(text)
        if not m or not _is_agency(m.group("agency").strip()):
            return None
        if not m.group("space") and not text[m.end() : m.end() + 1].isupper():
            return None  # `(CNN)The storm` and `(Reuters) -The IMF` run on; `(AP) -x` does not
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


def _is_agency(name: str) -> bool:
    return name.lower() in wire_words().agencies or bool(_STATION.fullmatch(name))


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


# --- web furniture ------------------------------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class WebWords:
    starts: tuple[str, ...]
    ends: tuple[str, ...]
    equals: frozenset[str]
    prefixes: frozenset[str]
    email: frozenset[str]


@lru_cache(maxsize=1)
def web_words() -> WebWords:
    data = tomlfile.load_builtin("furniture.toml")["web"]
    low = lambda key: tuple(w.lower() for w in data[key])  # noqa: E731
    return WebWords(low("line_starts"), low("line_ends"), frozenset(low("line_equals")), frozenset(low("headline_prefixes")), frozenset(low("email_headers")))


# `UPDATE 2-`, `RPT-`, `EXCLUSIVE-`: an edition tag in capitals before a headline.
_EDITION = re.compile(r"([A-Z][A-Z ]{1,20}?)(?:[ ]?\d{1,2})?[ ]?-(?=\S)")
# A caption's photo credit in its last parenthesis (`(AP Photo/Jane Doe, File)`), or a Reuters credit.
_PHOTO_CREDIT = re.compile(r"\((?:[^()]{0,60}\b(?:photo|photos|getty|afp|epa|credit|file|pool|handout|courtesy)\b[^()]{0,60})\)\s*$|\bREUTERS/[A-Z][\w .'-]{1,40}$|\b(?:Photograph|Photo|Picture|Image|Credit):[ ][^.:]{1,60}$", re.I)
_CREDIT_SPAN = 200  # > the longest _PHOTO_CREDIT match: 1 + 60 + 8 + 60 + 1 (t is stripped: no trailing space)
_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
    r"|\b\d{1,2}:\d{2}\b",
    re.I,
)
_FOLLOW = re.compile(r"(?i:follow)\b.{0,80}\b(?i:on (?:twitter|x|instagram|facebook|threads|bluesky|tiktok|linkedin))\b|(?i:follow)\b.{0,60}@\w")
_MIN_READ = re.compile(r"(?i:\d{1,2}[ -]?min(?:ute)?s?[ ]read)")


def edition_prefix(text: str) -> bool:
    """`UPDATE 2-Shares fall`, `EXCLUSIVE-…`: a wire headline's edition tag."""
    m = _EDITION.match(text)
    return bool(m) and m.group(1).strip().lower() in web_words().prefixes


def is_caption(text: str) -> bool:
    """A photo caption: `FILE - …`, `Image caption …`, or a line ending in a photo credit."""
    t = text.strip()
    low = t.lower()
    # every credit shape ends the line and is at most 130 characters long: search the tail only
    return low.startswith(("file -", "file –", "file —", "file photo", "image caption", "media caption", "(photo", "photo:")) or bool(_PHOTO_CREDIT.search(t, max(0, len(t) - _CREDIT_SPAN)))


def is_quoted_subhead(text: str) -> bool:
    """`‘A lot of interest’` alone as a paragraph: a web subhead quoting the story below, not a
    bite (a short quotation with no sentence end inside and nothing around it)."""
    t = text.strip()
    if len(t) < 3 or t[0] not in "‘'“\"" or t[-1] not in "’'”\"":
        return False
    inner = t[1:-1].strip()
    return 0 < len(inner.split()) <= 12 and not inner.endswith((".", ",", "!", "?", "…", ";", ":")) and not any(c in inner for c in "“”\"")


def is_caption_label(text: str) -> bool:
    """`Image caption,` / `Media caption` alone on a line: the caption follows on the next one."""
    return text.strip().rstrip(",:").lower() in ("image caption", "media caption", "caption", "photo caption", "video caption")


def is_date_line(text: str) -> bool:
    """`Updated 3:45 PM EST, Tue June 3, 2025`, `June 3, 2025`: a short time stamp, not a sentence."""
    t = text.strip()
    words = t.split(None, 12)  # 13 pieces: too long already
    return 0 < len(words) <= 12 and not t.endswith((".", "?", "!", '"', "”", "]", ")")) and bool(_MONTH.search(t)) and any(c.isdigit() for c in t) and sum(
        w[:1].islower() for w in words
    ) <= 3


def is_web_furniture(text: str) -> bool:
    """Lines of a web page that are not the story: captions, `Read more:`, `2 Min Read`,
    `Reuters Staff`, `Follow X on Twitter`, separators, copyright and related links."""
    t = text.strip()
    low = t.lower().rstrip()
    if not t:
        return False
    if low in web_words().equals or _MIN_READ.fullmatch(t):
        return True
    if low.startswith(web_words().starts) or low.endswith(web_words().ends):
        return True
    if _FOLLOW.match(t) and len(t.split()) <= 20:
        return True
    return is_caption(t) and len(t.split()) <= 80
