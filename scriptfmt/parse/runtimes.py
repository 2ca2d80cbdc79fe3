"""Running times as scripts write them, read in one place: `:09`, `0:14`, `1:09` (a tape
timecode `14:06:51` or a clock time `17:32` is none), `14s`, `14sec`, `3m20s`, `7 seconds`,
`30 seg.`, `1 min.`, and the primed marks of British cue sheets (`2'10"`, `5’’`). The words for
seconds and minutes are data (styles/markup.toml [times]). All matching is by tokens.
"""

from __future__ import annotations

from functools import lru_cache
import re

from scriptfmt import tomlfile
from scriptfmt.durations import parse_duration
from scriptfmt.parse.brackets import bracket_spans
from scriptfmt.errors import UserError

# a tape's time code, hours to frames (`0:23:05:00`): where an editor finds the tape; never a clock time (`14:05 GMT`)
TAPE_CODE = re.compile(r"\d{1,2}:\d{2}:\d{2}[:;.]\d{2}")

_DIRECTION_WORDS = 8  # `SHOW OPEN, GRAPHIC AND MUSIC (15”)`; a longer line in capitals is copy
_MAX_SECONDS_DIGITS = 3  # `45s`, `120 sec`; `1990s` is a decade
_MAX_MINUTES = 10  # `(2 min.)` times an element; `(45 min)` is an episode's length (as `17:32` is a clock time)


@lru_cache(maxsize=1)
def _units() -> tuple[frozenset[str], frozenset[str]]:
    data = tomlfile.load_builtin("markup.toml")["times"]
    return frozenset(w.lower() for w in data["seconds_words"]), frozenset(w.lower() for w in data["minutes_words"])


def primed_time(tokens: list[str]) -> str | None:
    """`2'10"`, `4′ 55″`, `45"`, `0’45”`, `5’’` (minutes and seconds as British cue sheets write
    them, typographic marks too) -> `2:10`."""
    text = "".join(tokens).replace("′", "'").replace("’", "'").replace("″", '"').replace("”", '"').replace("“", '"').replace("''", '"')
    if not text.endswith('"') or text.count('"') != 1:
        return None
    minutes, tick, seconds = text[:-1].rpartition("'")
    if not (seconds.isascii() and seconds.isdigit() and len(seconds) <= 2) or tick and not (minutes.isascii() and minutes.isdigit()):
        return None
    return f"{int(minutes or 0)}:{int(seconds):02d}"


def _small_number(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= _MAX_SECONDS_DIGITS


def _with_unit(number: str, unit: str) -> str | None:
    """`7` `seconds` -> `7s`; `1` `min.` -> `1:00`; None when the word is no unit of time."""
    seconds_words, minutes_words = _units()
    unit = unit.lower().rstrip(".")
    if not _small_number(number):
        return None
    if unit in seconds_words:
        return number + "s"
    return f"{int(number)}:00" if unit in minutes_words and int(number) < _MAX_MINUTES else None


def _glued(word: str) -> str | None:
    """`14s`, `14sec`, `1min`, `3m20s` -> `14s`, `14s`, `1:00`, `3:20`; else None."""
    digits = len(word) - len(word.lstrip("0123456789"))
    number, unit = word[:digits], word[digits:]
    if not number or not unit:
        return None
    minutes, m, rest = unit.partition("m")
    if m and minutes == "" and rest[:1].isdigit():  # `3m20s`
        seconds = _glued(rest)
        return f"{int(number)}:{int(seconds[:-1]):02d}" if seconds and seconds.endswith("s") and len(seconds) <= 3 and number.isdigit() else None
    return _with_unit(number, unit)


def unreadable_time(token: str) -> bool:
    """`99999…9s`: digits and a unit of time, too long to be any running time (a typo to report)."""
    digits = len(token) - len(token.lstrip("0123456789"))
    return digits > _MAX_SECONDS_DIGITS and _with_unit("0", token[digits:]) is not None


def running_time(token: str) -> str | None:
    """One token as a running time `m:ss`, `:ss` or `Ns`; None when it is none (`17:32` is a
    clock time, `14:06:51` a timecode, `5"` an inch mark in copy)."""
    tok = token.strip(",;()").lower()
    minutes, colon, seconds = tok.partition(":")
    if colon:
        if len(seconds) != 2 or not seconds.isdecimal() or not (minutes == "" or minutes.isdecimal()):  # `²0` is a digit, not a number
            return None
        return tok if minutes == "" or int(minutes) < 10 else None
    return _glued(tok)


def is_duration(token: str) -> bool:
    """`:09`, `0:14`, `1:09`, `14s`, `3m20s`: a running time (a tape timecode `14:06:51` is not)."""
    return running_time(token) is not None


def duration_of(token: str, warnings: list[str], line: int) -> float | None:
    """Seconds in a running time token; None, with a warning, when it cannot be read (`:75`)."""
    written = running_time(token) or primed_time([token.strip(",;()")]) or ""
    try:
        return parse_duration(written.rstrip("s"))
    except UserError:
        warnings.append(f"line {line}: cannot read tape duration {token!r}; estimating it instead")
        return None


def is_timecode(token: str) -> bool:
    parts = token.strip(",;()").split(":")
    return len(parts) >= 2 and all(p.isdigit() for p in parts if p) and any(parts)


def timecoded_label(line: str) -> tuple[str, str] | None:
    """`TC 01:01:30    Vittorio Oppizzi, Field coordinator, MSF:`, `01:02:36 Unnamed Woman:`: a documentary
    transcript's line, the tape's timecode (`TC` before it or not) then a voice's label ending in a colon,
    nothing after it -> (the timecode as written, the label without its colon); None for any other line."""
    tokens = line.split()
    k = 1 if tokens and tokens[0].upper() in ("TC", "TCR", "TC:") else 0
    if len(tokens) < k + 2 or not is_timecode(tokens[k]) or tokens[k].count(":") < 2 or not tokens[-1].endswith(":"):
        return None
    label = " ".join(tokens[k + 1 :])[:-1].strip()
    return (" ".join(tokens[: k + 1]), label) if label and len(label.split()) <= 10 else None


def time_token(value: str) -> str | None:
    """The running time a cue-sheet value gives, as one token: `:09`, `= :09` -> `:09`;
    `08 SEC`, `7 seconds` -> `08s`; `2'10"` -> `2:10`; None when it gives none."""
    tokens = value.replace("=", " ").split()
    if not tokens:
        return None
    primed = primed_time(tokens[:1]) or primed_time(tokens[:2])
    if primed:
        return primed
    if len(tokens) > 1 and _with_unit(tokens[0], tokens[1]):
        return _with_unit(tokens[0], tokens[1])
    return tokens[0] if is_duration(tokens[0]) else None


_BARE_SECONDS_DIGITS = 2


@lru_cache(maxsize=1)
def _bare_seconds_keys() -> tuple[str, ...]:
    """`RUNS: 12`: how the keys begin that give a radio cut's length in seconds, written bare (styles/markup.toml)."""
    return tuple(tomlfile.load_builtin("markup.toml")["bite"]["bare_seconds_keys"])


def run_time(key: str, value: str) -> str | None:
    """The running time a RUNS/TRT field gives (`:12`, `08 SEC`), a bare number of seconds too
    (`RUNS: 12`, as radio cut sheets write it): `12s`; None when it gives none."""
    spelt = time_token(value)
    bare = value.strip().strip(")]")
    if spelt is None and bare.isascii() and bare.isdigit() and len(bare) <= _BARE_SECONDS_DIGITS and key.upper().startswith(_bare_seconds_keys()):
        return f"{int(bare)}s"
    return spelt


def length_only(text: str) -> bool:
    """A running time and nothing else, as scripts write it: `6 seconds`, `30 seg.`, `1 min.`,
    `:17`, `0:45`, `3m20s`, `45s`, `0'45"` (a clock time such as `17:32` is none)."""
    tokens = text.split()
    if len(tokens) == 2:
        return _with_unit(tokens[0], tokens[1]) is not None
    return len(tokens) == 1 and (running_time(tokens[0]) is not None or primed_time(tokens) is not None)


def trailing_length(line: str) -> int:
    """Where a running time in brackets closing a line begins (`SHOW OPEN, MUSIC (15”)`, `… solutions.
    (4’’)`, `Cortinilla (30 seg.)`); -1 when the line ends on none."""
    text = line.rstrip()
    at = text.rfind("(") if text.endswith(")") else -1
    return at if at >= 0 and length_only(text[at + 1 : -1]) else -1


def timed_pieces(line: str) -> list[tuple[str, bool]]:
    """A script line stating running times in brackets, as (text, is a direction) pieces, each
    element to its time: `SHOW OPEN, GRAPHIC AND MUSIC (15”)` -> one direction; `ANNOUNCEMENTS
    #113 Coming up on 21st Century (2”)` -> `ANNOUNCEMENTS #113`, then `Coming up … (2”)` read;
    `Today – global crises. (4’’)` -> read; a flattened head holds several, words after the last
    one are a piece of their own. [] when the line states no running time."""
    pieces: list[tuple[str, bool]] = []
    start, times = 0, 0
    for at, end in bracket_spans(line):
        if length_only(line[at + 1 : end - 1]) and line[start:at].strip():
            element = line[start:end].strip()
            pieces += _element(element, element.rfind("("))
            start, times = end, times + 1
    if line[start:].strip() and times < 2:
        return []  # `He paused (3 seconds) and left`: a time inside a sentence makes no timed line
    pieces += _element(line[start:].strip(), -1) if line[start:].strip() else []
    return [(text, direction) for text, direction in pieces if text]


def _element(text: str, at: int) -> list[tuple[str, bool]]:
    """One element of a timed line (its time in brackets from `at`; -1: none): the direction in
    capitals that opens it, the words read, a direction in capitals closing it."""
    at = at if at >= 0 else len(text)
    tokens = text[:at].split()
    k = 0
    while k < len(tokens) and not any(c.islower() for c in tokens[k]) and (len(tokens[k]) > 1 or not tokens[k].isalpha()):
        k += 1  # `SHOW`, `OPEN,`, `#113`; not `A` or `I` opening a sentence
    if any(t.endswith(":") for t in tokens[:k]):
        k = 0  # `NARRATOR: …`, `ANNA: …`: a label, read by the reader's own rules
    if k == len(tokens):  # all in capitals: a direction (`SHOW OPEN, MUSIC`), unless a sentence of capitals copy
        sentence = len(tokens) > _DIRECTION_WORDS or text[:at].rstrip()[-1:] in ".?!"
        return [(text, not sentence)]
    j = len(tokens)
    while j > k and not any(c.islower() for c in tokens[j - 1]) and (len(tokens[j - 1]) > 1 or not tokens[j - 1].isalpha()):
        j -= 1  # `Programme : EPISODE # 110 SHOW OPEN, GRAPHIC AND MUSIC (14”)`: the direction ends the line
    opening = [(" ".join(tokens[:k]), True)] * (k > 0)
    if len(tokens) - j >= 2 and tokens[-1].rstrip(",;").isalpha():
        return opening + [(" ".join(tokens[k:j]), False), (f"{' '.join(tokens[j:])} {text[at:]}".strip(), True)]
    return opening + [(f"{' '.join(tokens[k:])} {text[at:]}".strip(), False)]
