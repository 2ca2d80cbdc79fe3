"""A live page's entry times: a minute-by-minute blog opens each entry with the clock time it was posted, set off by
a dash or a colon (`4:50pm- The Q/A session ends.`, `16:05 – Ministers arrive.`, `10.32am: Police say …`). The time
is the page's mark of when the entry was written, never read on air: a cue (like a transcript's time stamp), the
entry's words read copy as usual. Linear: one anchored pattern, no backtracking, per paragraph."""

from __future__ import annotations

import re

from scriptfmt.model import Cue
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.units import Unit

__all__ = ["entry_times"]

# a clock time (12-hour with am/pm, or 24-hour), an optional zone, then the dash or colon that sets it off; at the start of
# a paragraph, or run on after the entry before it on a page pasted flat (`… session ends. 4:42pm- "We are …`)
_ENTRY_TIME = re.compile(
    r"(?:^|(?<=[.!?\"”’)\]»\-–—] ))(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ ]?(?:[aApP]\.?[mM]\.?))?"
    r"(?:[ ](?:GMT|BST|IST|EST|EDT|CET|CEST|UTC|WAT|EAT|CAT|AEST|local))?[ ]?(?:-|–|—|:)(?=[ ]|$)"
)
_AM_PM = re.compile(r"[aApP]\.?[mM]")


def entry_times(units: list[Unit]) -> list[Unit]:
    """Each entry time a cue, the words between them read copy. A time counts at a paragraph's start with am/pm; any
    other (a 24-hour time, one run on mid-paragraph) only on a page where two or more stand so (a lone `15:30 – …` may
    be a score or a ratio)."""
    found = [(u, [m for m in _ENTRY_TIME.finditer(u.para.text) if _entry(u.para.text, m)]) if u.para is not None else (u, []) for u in units]
    sure = sum(len(times) for _, times in found) >= 2
    out: list[Unit] = []
    for unit, times in found:
        times = [m for m in times if sure or m.start() == 0 and _AM_PM.search(m.group())]
        if not times:
            out.append(unit)
            continue
        para, cursor = unit.para, 0
        for m in times:
            _read(out, para, para.text[cursor : m.start()], unit.talent)
            out.append(Unit(segment=Cue(m.group().rstrip(":-–— "), para.line, cue_type="TIMING", original=m.group())))
            cursor = m.end()
        _read(out, para, para.text[cursor:], unit.talent)
    return out


def _read(out: list[Unit], para: Para, text: str, talent: str | None) -> None:
    if text.strip():
        out.append(Unit(para=Para(text.strip(), para.line, para.special), talent=talent))


def _entry(text: str, m: re.Match) -> bool:
    """The time opens an entry: words follow it, or it stands alone (its entry below)."""
    rest = text[m.end() :].lstrip()
    return not rest or rest[:1].isalpha() or rest[:1] in "\"“‘«'("
