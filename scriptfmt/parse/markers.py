"""Explicit soundbite markers: `[SOT: NAME, TITLE :15]`, `[ACT: NAME :14]` or a bare
`ACT: NAME :14` line, and the cue-sheet lines that may follow (`IN:`, `OUT:`, `RUNS:`, `DUR:`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scriptfmt.parse import tape
from scriptfmt.parse.runtimes import unreadable_time
from scriptfmt.model import Soundbite, Speaker
from scriptfmt.parse.speakers import title_case
from scriptfmt.parse.punctuation import QUOTE_MARKS

if TYPE_CHECKING:
    from scriptfmt.parse.quoting import Attributor

# No lazy rest before optional spaces and an optional bracket (that backtracks on long runs of
# spaces under fullmatch): the rest takes everything up to a bracket and is trimmed in code.
MARKER = re.compile(
    r"\[?[ ]*(?P<kind>SOT|ACT|ACTUALITY|BITE|SOUNDBITE|SB|CUT(?:[ ]\d+)?)[ ]*:(?P<rest>[^\[\]\n]*)\]?",
    re.IGNORECASE,
)
CUE_FIELD = re.compile(r"[ ]*(?P<key>IN|INCUE|IN CUE|IQ|OUT|OUTCUE|OUT CUE|OQ|OUTQ|RUNS|RT|TRT|DUR|DUE)[ ]*:[ ]*(?P<value>.*)", re.IGNORECASE)


def marker_bite(m: re.Match, written: str, registry: Attributor, warnings: list[str], line: int) -> Soundbite | None:
    """A soundbite from a marker match; None when the marker names nothing (`[SOT:]`: a plain cue)."""
    rest, duration = _trailing_time(m.group("rest").strip(), warnings, line)
    if not rest and duration is None:
        return None
    name, _, title = rest.partition(",") if "," in rest else rest.partition("/")
    speaker = None
    if name.strip():
        words = name.split()
        person = tape.strip_honorific(" ".join(words)).split()  # `CHIEF ANA ROSS`: the rank is her title
        rank = " ".join(words[: len(words) - len(person)])
        known = registry.resolve(person)
        title = title.strip()
        given = (title_case(title) if title.isupper() else title) or known.title or (tape.display_title(rank.upper()) if rank else None)
        speaker = Speaker(tape.display_name(known.name), given)
    kind = m.group("kind").upper().split()[0]
    return Soundbite("", line, speaker=speaker, duration=duration, marker=written, tape=_TAPE_KINDS.get(kind, kind))


_TAPE_KINDS = {"ACTUALITY": "ACT", "BITE": "SOT", "SOUNDBITE": "SOT", "SB": "SOT"}


def apply_field(bite: Soundbite, text: str, warnings: list[str]) -> bool:
    """Read an `IN:` / `OUT:` / `RUNS:` line into the bite; False when the line is not one."""
    m = CUE_FIELD.fullmatch(text)
    if not m:
        return False
    key, value = m.group("key").upper().replace(" ", ""), m.group("value").strip()
    words = value.strip(QUOTE_MARKS + " .…").strip(QUOTE_MARKS + " ")
    if key in {"IN", "INCUE", "IQ"}:
        bite.in_cue = words
    elif key in {"OUT", "OUTCUE", "OQ", "OUTQ"}:
        bite.out_cue = words
    elif value:
        bite.duration = read_duration(value, warnings, bite.line)
    return True


def _trailing_time(rest: str, warnings: list[str], line: int) -> tuple[str, float | None]:
    """`NAME, TITLE :15`, `NAME/:15`, `NAME RUNS 0:14`, `NAME 14 sec` -> the words before the
    running time and its seconds; (rest, None) when the marker ends on no running time."""
    head, _, last = rest.rpartition(" ")
    cut = max(last.rfind("/"), last.rfind(","))
    if cut >= 0:
        head, last = f"{head} {last[:cut]}", last[cut + 1 :]  # `NAME/:15`
    spelt = tape.time_token(last)
    if spelt is None:  # `14 sec`: the number, then the unit
        before, _, number = head.rpartition(" ")
        spelt = tape.time_token(f"{number} {last}") if number.isdigit() else None
        head = before if spelt else head
    if spelt is None and unreadable_time(last):
        warnings.append(f"line {line}: cannot read soundbite duration {last[:24]!r}; estimating it instead")
        return head.strip(" ,/"), None
    if spelt is None:
        return rest, None
    before, _, key = head.rpartition(" ")
    if key.upper() in tape.tape_words().time_keys:
        head = before  # `RUNS :14`
    return head.strip(" ,/"), tape.duration_of(spelt, warnings, line)


def read_duration(text: str, warnings: list[str], line: int) -> float | None:
    """`:14`, `0:14`, `14s`, `14 sec` -> 14.0; None (and a warning) when unreadable."""
    return tape.duration_of(tape.time_token(text) or text.strip(), warnings, line)
