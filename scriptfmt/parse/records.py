"""A legislature's record, as it prints its sittings: no programme speaks in it, every member's turn is a bite
(parse/transcript.py `record`)."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.recordlabels import chamber_label
from scriptfmt.parse.stamps import clock_before_colon

__all__ = ["parliament_record", "procedure_line", "record_header"]


def parliament_record(lines: list[str]) -> bool:
    """A parliament's record (`Questions for Oral Answer`, `Questions to Ministers`, `(uncorrected
    transcript …)`): no programme speaks in it; every member's turn is a bite."""
    clocked = sum(1 for raw in lines if clock_before_colon(raw.strip()))  # `Name (Party) [10:01:01]:`: the sitting's clock on each member
    chamber = sum(1 for raw in lines[:200] if chamber_label(raw.strip()))  # `De heer Jansen (VVD):`, `M. le président. -`
    return clocked >= 2 or chamber >= 3 or any(raw.strip().lower().startswith(_record_starts()) or record_header(raw) for raw in lines[:40])


def record_header(line: str) -> bool:
    """`… Stenografischer Bericht Beginn: 12.00 Uhr`, `Plenarprotokoll 19/1`, `Official Report`: a legislature's own
    record says what it is on its header line, its name written as a title (in a story's sentence, `after the official
    report found …`, the words name no record)."""
    text = " ".join(line.split())
    low = text.lower()
    for name in _record_names():
        at = low.find(name)
        if 0 <= at < len(text) and text[at].isupper() and low[:at].split()[-1:] not in (["the"], ["a"], ["an"], ["this"], ["its"]):
            return True
    return False



def procedure_line(line: str) -> bool:
    """`La seduta comincia alle 9,35.`, `Daartoe wordt besloten.`: the record's note of its procedure, a cue; a short line
    that opens with one of styles/records.toml `procedures`."""
    low = " ".join(line.split()).lower()
    return len(low.split()) <= 16 and low.startswith(_procedures())


@lru_cache(maxsize=1)
def _procedures() -> tuple[str, ...]:
    return tuple(tomlfile.load_builtin("records.toml")["procedures"])


@lru_cache(maxsize=1)
def _record_names() -> tuple[str, ...]:
    """A record's name on its header line (styles/furniture.toml [transcript] `record_names`)."""
    return tuple(tomlfile.load_builtin("furniture.toml")["transcript"]["record_names"])


@lru_cache(maxsize=1)
def _record_starts() -> tuple[str, ...]:
    """How a record's order paper opens a line (styles/furniture.toml [transcript] `record_starts`)."""
    return tuple(tomlfile.load_builtin("furniture.toml")["transcript"]["record_starts"])
