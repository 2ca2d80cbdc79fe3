"""A script's slug line: the story's name with the show and format it is set for.

Desks put it on the first line of a story, often without a `SLUG:` key: `BRIDGE CLOSURE 6P`,
`library reopens -- 5pm -- tue`, `FIRE/WX 5P VO`. It is page furniture (the story's slug),
never read. All-capitals radio copy can open with a one-line lede in capitals, which is read:
so a slug line needs evidence — `--` between its fields, a show time at its end (6P, 5pm,
11:00P, 1830, NOON; not `AT 6P`), or a format word at its end (VO, SOT, PKG, RDR) with no word of
a sentence in it — and no sentence punctuation. A line of show or format words alone is a cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse import tape as tp
from scriptfmt.parse.cues import load_vocabulary

_ENDS = (".", "!", "?", ",", ";", ":", '"', "”", "…")
_SUFFIXES = ("a", "p", "am", "pm", "a.m.", "p.m.", "a.m", "p.m")


@dataclass(frozen=True, eq=False, repr=False)
class SlugWords:
    formats: frozenset[str]
    times: frozenset[str]
    days: frozenset[str]
    before_time: frozenset[str]
    sentence_words: frozenset[str]
    months: frozenset[str]


@lru_cache(maxsize=1)
def slug_words() -> SlugWords:
    data = tomlfile.load_builtin("markup.toml")["slug_line"]
    return SlugWords(*(frozenset(w.upper() for w in data[k]) for k in ("formats", "times", "days", "before_time", "sentence_words", "months")))


def show_time(token: str) -> bool:
    """`6P`, `11p`, `5pm`, `6:30P`, `11:00`, `NOON`: the time of a show."""
    tok = token.strip("()[],").lower()
    if tok.upper() in slug_words().times - {"AM", "PM", "A.M.", "P.M."}:
        return True
    digits = tok
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if tok.endswith(suffix) and tok[: -len(suffix)][-1:].isdigit():
            digits = tok[: -len(suffix)]
            break
    if digits == tok and len(tok) == 4 and tok.isascii() and tok.isdigit():  # a 24-hour show: `1830`, `0600`
        return int(tok[:2]) <= 23 and tok[2:] in {"00", "30"}
    hour, h, after = tok.partition("h")  # `18h`, `18h30`: the show as Europe writes it
    if h and hour.isascii() and hour.isdigit() and len(hour) <= 2 and (not after or after.isascii() and after.isdigit() and len(after) == 2):
        return int(hour) <= 23
    hours, colon, minutes = digits.partition(":")
    if not (hours.isascii() and hours.isdigit() and len(hours) <= 2 and int(hours) <= 24):
        return False
    if digits != tok:
        return not colon or minutes.isascii() and minutes.isdigit() and len(minutes) == 2
    # no a/p: `6:00`, `11:30` are shows (on the hour or half hour); `:52`, `0:52`, `1:45` run times
    return bool(colon) and minutes in {"00", "30"} and int(hours) >= 4


def _kind(token: str, words: SlugWords) -> str:
    """`time`, `format`, `day` (a header's other words: day, date) or `word`."""
    upper = token.strip("()[],").upper()
    if show_time(token):
        return "time"
    if upper in words.formats or "/" in upper and all(p in words.formats for p in upper.split("/") if p):
        return "format"
    if upper in words.days or upper.replace("/", "").replace("-", "").isdigit() and ("/" in upper or "-" in upper):
        return "day"
    return "word"


def slug_line(line: str, anywhere: bool = False) -> str | None:
    """The slug a slug line gives (`BRIDGE CLOSURE 6P` -> `BRIDGE CLOSURE`), else None.
    `anywhere`: a line inside a script, where a format word alone is no evidence (a cue line
    like `HARBOR VO` is a cue there)."""
    text = " ".join(line.split())
    words = slug_words()
    columns = _columns(line)
    # a stamp or a line stating times (`TRT 1:30`): the script reader takes it, and its times
    stamped = "MODIFIED:" in text.upper() or any(tp.is_duration(t) for t in text.split())
    if 3 <= len(columns) <= 10 and len(text) <= 140 and text[0] not in "([{<*|" and not text.endswith(_ENDS) and not stamped and _marked(columns, words):
        if not tp.read_opener(text, [], 0) and not load_vocabulary().match(text.upper().split()[:3]):
            return columns[0]  # `KHNL-TV  10PM  |  FERRY FARES  |  VO/SOT`, `PARKING / PKG / TX 18:30 / Mon 23 Nov`
    if not text or len(text) > 70 or text[0] in "([{<*|" or text.endswith(_ENDS) or "=" in text or '"' in text:
        return None
    parts = text.split(" -- ")
    if len(parts) >= 3 and all(1 <= len(part.split()) <= 6 for part in parts) and _marked(parts, words):
        return parts[0].strip()  # `Hospital Parking Fees -- 17:00 -- Anchors: Anna / Marcus -- Writer: jsd`
    tokens = [t for t in text.replace("--", " -- ").split() if t != "--"]
    if not 2 <= len(tokens) <= 10 or any(t.endswith(":") for t in tokens) or tp.read_opener(text, [], 0) or tp.field_key(text):
        return None  # `WRAP CART 221 RUNS 0:52` opens tape
    if load_vocabulary().match([t.upper() for t in tokens[:3]]):
        return None  # `TAKE VO`, `SOT FULL 6P`: a cue line
    kinds = [_kind(t, words) for t in tokens]
    if "word" not in kinds:
        return None
    tail = len(tokens)
    while tail > 0 and kinds[tail - 1] != "word":
        tail -= 1  # the show, format and day words after the slug
    timed = "time" in kinds[tail:] and tokens[tail - 1].upper() not in words.before_time
    dashes = text.count(" -- ")
    dashed = dashes and all(len(part.split()) <= 5 for part in text.split(" -- ")) and (dashes >= 2 or set(kinds) != {"word"})
    formatted = not anywhere and "format" in kinds[tail:] and not any(t.upper() in words.sentence_words for t in tokens[:tail])
    if not (timed or dashed or formatted):
        return None
    if dashed:
        return text.split(" -- ")[0].strip()
    return " ".join(tokens[:tail])


def _columns(line: str) -> list[str]:
    """A header line's fields: set apart by ` -- `, ` | `, ` / ` or a run of two or more spaces."""
    text = line.strip()
    for sep in (" -- ", " | ", " / ", "  "):
        text = text.replace(sep, "\x00")
    return [" ".join(part.split()) for part in text.split("\x00") if part.strip()]


def _marked(parts: list[str], words: SlugWords) -> bool:
    """Fields of a header: each one to six words, and one after the first a show time, a
    format, a day or date, or a `Key:` (`Writer: jsd`)."""
    if not all(1 <= len(part.split()) <= 6 and not part.endswith(_ENDS) for part in parts):
        return False  # `The council met.  Members voted Monday`: sentences typed with two spaces
    if sum(w.upper() in words.sentence_words for part in parts for w in part.split()) >= 2:
        return False
    return any(_field_mark(part, words) for part in parts[1:])


def _field_mark(part: str, words: SlugWords) -> bool:
    """A header field's sign: it opens with a `Key:` or a format, a time, a day or date, or it ends with a time or a day."""
    first, last = part.split()[0], part.split()[-1]
    return first.endswith(":") or _kind(first, words) != "word" or _kind(last, words) in {"time", "day"}


def date_line(line: str) -> bool:
    """`Tuesday, December 7th`, `November 12, 2009`, `Mon 23 Nov 2026`: a line that is only a date
    (a script's page header), never read."""
    words = slug_words()
    tokens = [t.strip(",.").upper() for t in line.split()]
    if not 2 <= len(tokens) <= 5 or not any(t in words.months for t in tokens):
        return False
    return all(t in words.months or t in words.days or t.rstrip("STNDRH").isdigit() and len(t) <= 6 for t in tokens)


def take_slug_line(lines: list[str], start: int, metadata: dict) -> int:
    """The index after a slug line at the top of the copy (start when there is none); the
    slug goes to metadata (`slug`, the line as written `slug_line`; `header_extra` when a
    `SLUG:` key gave the slug)."""
    given = str(metadata.get("slug", ""))
    if "   " in given.strip():  # `SLUG: VINEYARD FROST PKG      REPORTER: Halvorsen      TRT 1:34`: one line of columns
        head, _, rest = given.strip().partition("   ")
        metadata["slug"] = head.strip()
        metadata.setdefault("header_extra", []).append(rest.strip())
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines):
        return start
    slug = slug_line(lines[i])
    after = next((line.strip() for line in lines[i + 1 :] if line.strip()), "")
    if slug is None or not after or after[:1].islower() and lines[i].count(" -- ") < 2:
        return start  # a lower-case line after it carries on a sentence: copy, hard-wrapped
    if "slug" in metadata:
        metadata.setdefault("header_extra", []).append(lines[i].strip())  # a `SLUG:` key said it first
    else:
        metadata["slug"], metadata["slug_line"] = slug, lines[i].strip()  # the slug, and the line as written
    j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), len(lines))
    if j < len(lines) and _story_name(lines[j]) and (j + 1 == len(lines) or not lines[j + 1].strip()):
        metadata.setdefault("header_extra", []).append(lines[j].strip())  # `KTRX NEWS -- 7A` then `FERRY STRIKE`
        return j + 1
    return i + 1


def _story_name(line: str) -> bool:
    """`FERRY STRIKE` alone under a newscast's header line: one to three words of capitals,
    letters only (a lede has more words, or ends a sentence)."""
    words = line.split()
    if not 1 <= len(words) <= 3 or not line.isupper():
        return False
    letters = all(w.replace("-", "").replace("/", "").isalpha() for w in words)
    return letters and load_vocabulary().match(words) is None
