"""A record numbered in the margin: a court reporter's or a tribunal's transcript numbers every line of its
page (`5  JUDGE MOLOTO:  Good morning …`, `12 MR. GINGOLD: Good morning, Your Honor.`), starting again at 1
on each page. The numbers are the page's furniture, never a word anyone said: taken out of the lines before the
page's shape is chosen, so the labels they hid open their turns.

The margin is the radio guion's test (radiolines.margin_numbered: five and more lines whose numbers run on, few
lines left bare); a guion is read with its numbers by the script reader, so the page is a record only when
speakers' labels stand behind the numbers (two at least)."""

from __future__ import annotations

from scriptfmt.parse import radiolines
from scriptfmt.parse.labels import is_cue_line, parse_label

_MIN_LABELS = 2  # labelled turns behind the numbers that make the page a record, not a numbered script


def strip_margin(lines: list[str], metadata: dict) -> list[str]:
    """The lines without their margin's numbers (kept with the page's furniture); the lines as they were when
    the page is no record numbered in its margin."""
    first = radiolines.margin_numbered(lines)
    if first is None:
        return lines
    split = [radiolines.split_margin(line) if k >= first else ("", line) for k, line in enumerate(lines)]
    labelled = sum(1 for number, rest in split if number and rest and _label(rest))
    if labelled < _MIN_LABELS:
        return lines
    kept = metadata.setdefault("furniture", [])
    if not isinstance(kept, list):
        return lines
    kept.extend(number for number, _rest in split if number)
    return _run_on(split, lines)


def _run_on(split: list[tuple[str, str]], lines: list[str]) -> list[str]:
    """The record's lines run on into their turn: a numbered line that opens no label and is no note
    (`[Open session]`, `--- Upon commencing at 9.04 a.m.`) goes on the numbered line above it, across the
    blank lines the page set between them; a turn ends where the next label opens."""
    out: list[str] = []
    last = -1  # where the last numbered line of words stands in `out`
    for (number, rest), line in zip(split, lines):
        if not number:
            if line.strip():
                last = -1
                out.append(line)
            elif last < 0:
                out.append(line)
            continue
        if last >= 0 and rest and not _label(rest) and not _note(rest) and not _note(out[last]):
            out[last] = f"{out[last]} {rest}"
            continue
        if last >= 0:
            out.append("")
        out.append(rest)
        last = len(out) - 1
    return out


def _note(line: str) -> bool:
    return is_cue_line(line) or line.lstrip().startswith("---")


def _label(line: str) -> bool:
    label = parse_label(line)
    return label is not None and bool(label.rest) and label.role is None
