"""Lines of a transcript that a rule claims before any voice reads them (parse/transcript.py `Reader.feed`): a rule of
its own takes the line (`taken`), or the line is the page's, kept with the metadata (`page_line`)."""

from __future__ import annotations

from scriptfmt.parse import furniture, headsize, records
from scriptfmt.parse.decks import intro_goes_on
from scriptfmt.parse.labels import Label, is_notice
from scriptfmt.parse.proselines import segment_header
from scriptfmt.parse.qaturns import quoting_head
from scriptfmt.parse.standfirst import page_note
from scriptfmt.parse.turns import read_before_turns

__all__ = ["page_line", "taken"]


def taken(reader, line: str, number: int, label: Label | None) -> bool:
    """A rule of its own reads the line, the first to claim it: a record's item heading (records.py), a script's line
    with its running time (`SHOW OPEN (15”)`: never furniture, nor a cast value), a cast line, or a cast key and its
    value above the turns."""
    if reader.record and records.item_line(reader, line, number, label):
        return True
    if label is None and line not in reader.names_alone and reader._timed_line(line, number):
        return True
    if reader._cast_line(line):
        return True
    return not reader.started and (not label or number in reader.key_lines) and reader._cast_pair(line)


def page_line(reader, line: str, number: int, label: Label | None, alone: bool) -> bool:
    """The page's line, kept: a notice; or, short of furniture's limit (parse/headsize.py), a page row, a segment
    header, a head quoting the guest above the turns, or a line of the head above the turns that no intro reads."""
    if is_notice(line) or (label is not None and is_notice(label.rest or "")):
        return True
    if headsize.past_furniture(line):
        return False
    if (furniture.is_page_row(line) and not alone) or segment_header(label):  # `Office (Name)` above the turns is a speaker, not a linked headline
        return True
    if label is not None and not label.role and not reader.started and not reader.intro_read and quoting_head(line):
        return True
    if reader.started or label or alone or number in reader.lead_ins:
        return False
    read = read_before_turns(line) or reader.intro_read and intro_goes_on(line)
    return not read or page_note(line)
