"""A Q&A whose every turn's label follows the desk's dash (`– Nguyễn Văn A, 45 tuổi: …?` / `– Ted Osius: …`, or glued to
it, `—Pascual Serrano: …` / `—Miguel Díaz-Canel Bermúdez: …`): the dash
is the desk's mark of a turn, as the marks of parse/turnsigns.py are. Two voices at least, one turn asking (a `?` in it)
and the next not; every label the page prints carries the dash. One exchange will do. The turns are read as a
transcript's labelled turns with the dash taken off (it holds no word)."""

from __future__ import annotations

from scriptfmt.parse.labels import parse_label
from scriptfmt.parse.transcript import read as transcript_read
from scriptfmt.parse.turnsigns import dash, mark
from scriptfmt.parse.units import Unit

__all__ = ["dashed_labels", "dashed_turns", "read_dashed"]


def dashed_labels(lines: list[str], label) -> list[str] | None:
    """The page's lines with the dash the desk sets before every turn's label taken off, or None. `label`
    reads a line's label (parse/labels.py's `parse_label`)."""
    texts = [raw.strip() for raw in lines]
    dashed = [n for n, t in enumerate(texts) if dash(mark(t)) and len(mark(t)) == 1]  # `– Ted Osius:`, `—Pascual Serrano:`
    turns = [(n, found) for n in dashed if (found := label(texts[n][1:].strip())) is not None]
    marked = set(dashed)
    if len(turns) < 2 or len({found.name.lower() for _, found in turns}) < 2 or any(label(texts[n]) for n, t in enumerate(texts) if t and n not in marked):
        return None  # two voices at least, and no label the desk left without its dash
    if not any("?" in a.rest and not b.rest.rstrip().endswith("?") and a.name != b.name for (_, a), (_, b) in zip(turns, turns[1:])):
        return None  # one turn asks, the other's answers (`¿De quién es la lista? Esa lista …`: a question of its own inside): a Q&A, never a list of `– Name: role` lines
    cut = {n for n, _ in turns}
    return [raw.replace(raw.strip()[:1], "", 1) if n in cut else raw for n, raw in enumerate(lines)]


def dashed_turns(lines: list[str], metadata: dict) -> bool:
    """The page's turns each open with the desk's dash before the label."""
    return dashed_labels(lines, parse_label) is not None


def read_dashed(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    """The dashed turns read as a transcript's labelled turns, the dash before each label taken off."""
    return transcript_read(dashed_labels(lines, parse_label) or lines, first_line, metadata, warnings)
