"""A news-agency script hard-wrapped at a fixed width (Reuters archive, wire terminals): lines
are cut at about 60 characters wherever a word no longer fits, so a field value, a shot, an
intro or a quotation goes on over several lines (parse/shotlist.py reads the logical lines).

The desk's rule: in a hard-wrapped script a line that does not start a field, a shot number, a
label or a section continues the previous one, when the previous line is full (the next word
would not have fitted on it) and the case does not change (the agency's notes in capitals are
not the story summary in mixed case). A script that is not wrapped keeps its lines as they are.
"""

from __future__ import annotations

import re

from scriptfmt.model import Cue, Segment
from scriptfmt.parse.shotfind import items_of, section_of
from scriptfmt.parse.shotlabels import bite_label

_MIN_LINES = 8  # a wrapped page has lines enough to show its width
_WIDTH_RANGE = (40, 100)  # terminal and archive widths; a web page's paragraphs run longer
_NEAR = 12  # a full line ends within this many characters of the width
_FULL_SHARE = 0.15  # the share of lines that run near the width on a wrapped page (short shot lines between)
_FIELD_START = re.compile(r"[A-Z][A-Za-z/&'-]*(?:[ ][A-Za-z/&'-]+){0,3}[ ]?:(?!\d)")  # `SOURCE:`, `TV AND WEB RESTRICTIONS:`


def logical_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(index of the first physical line, the logical line) for each line of the script, the
    lines of a hard-wrapped script joined where one continues the previous."""
    width = wrap_width(lines)
    joined: list[tuple[int, str]] = []
    for n, line in enumerate(lines):
        text = line.strip()
        if width and joined and text and joined[-1][1] and _continues(lines[n - 1].strip(), text, width):
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {text}")
        else:
            joined.append((n, line))
    return joined


def wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped script is cut at (its longest line), or 0 when the lines are not
    cut at one width (a web page, a script typed line by line)."""
    lengths = [len(line.strip()) for line in lines if line.strip()]
    if len(lengths) < _MIN_LINES:
        return 0
    width = max(lengths)
    near = sum(1 for n in lengths if n >= width - _NEAR)
    return width if _WIDTH_RANGE[0] <= width <= _WIDTH_RANGE[1] and near >= max(3, _FULL_SHARE * len(lengths)) else 0


def _continues(before: str, text: str, width: int) -> bool:
    """`text` goes on from the line `before`: that line is full, ends no label, and `text` opens
    nothing of its own in the same case."""
    if not before or len(before) + 1 + len(text.split()[0]) <= width or before.endswith((":", "++")):
        return False  # a label's colon and a closed `++picture note++` end their line
    if _opens_something(text):
        return False
    return _capitals(before) == _capitals(text) or not any(c.isalpha() for c in text)  # `6++`: no case to change


def _opens_something(text: str) -> bool:
    """A shot number, a field (`SOURCE: …`), a bite label or a section heading starts a line."""
    found = items_of(text)
    return bool(found and found[0][1] == 0) or bool(_FIELD_START.match(text)) or bite_label(text) is not None or section_of(text) is not None


def _capitals(text: str) -> bool:
    """The line is written in capitals (the agency's fields and shots), not in mixed case."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


def wraps_shot(cue: Segment | None, text: str, blank: bool) -> bool:
    """A shot line wrapped onto the next line in a script not cut at one width: it goes on in lower
    case (`… tugs` / `alongside, at dusk`), or a shot in capitals goes on in capitals with no blank
    line, no figure and no full stop between (`5. CUTAWAY: VARIOUS OF DELEGATES` / `LEAVING THE
    HALL`); a place/date slug has figures, a feed note follows a blank line."""
    if not isinstance(cue, Cue):
        return False
    caps = cue.cue_type == "SHOT" and text.isupper() and cue.text.isupper() and not blank and not cue.text.endswith(".") and not any(c.isdigit() for c in text)
    return text[:1].islower() or caps


def capitals_note(text: str) -> bool:
    """Among read copy in mixed case, a line in capitals is the agency's note (`EDITORS NOTE:
    RESENDING WITH FULL SCRIPT`, `PLEASE NOTE THIS EDIT CONTAINS …`), never the story read."""
    return len(text.split()) >= 3 and not any(c.islower() for c in text) and any(c.isalpha() for c in text)
