"""Backticks typed for quotation marks: a backtick before `Muchas gracias …` and one after it, then `, dijo el
gobernador.` (a web desk's summary of a press conference). A pair of single backticks (never a TeX pair of two, which
parse/quotes.py reads as an opening mark) is a pair of quotation marks where it holds a sentence and a verb of saying
follows it (`, dijo X`, `, Okoro said`) or a lead-in with one ends on a colon before it; a word in backticks alone (a
form's name, a command) is no quotation."""

from __future__ import annotations

from scriptfmt.parse.incise import incise_verb
from scriptfmt.parse.languages import every_verb

__all__ = ["backtick_pairs"]

_MIN_WORDS = 3  # a sentence's words between the marks, never a term's


def backtick_pairs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation a pair of backticks marks in `text`: the opening mark's index, the index after the closing one."""
    ticks = [k for k, ch in enumerate(text) if ch == "`" and text[k - 1 : k] != "`" and text[k + 1 : k + 2] != "`"]
    spans = []
    for i, j in zip(ticks[::2], ticks[1::2]):
        after = [w.strip(".,;:!?").lower() for w in text[j + 1 : j + 80].split()[:3]]
        lead_in = text[max(0, i - 80) : i]  # a window, never the text before: linear in the text's marks
        before = [w.strip(".,;:!?").lower() for w in lead_in.split()[-4:]]
        said = any(w in every_verb() for w in after) or bool(after and incise_verb(after))
        led = lead_in.rstrip().endswith(":") and any(w in every_verb() for w in before)
        if (said or led) and len(text[i + 1 : j].split()) >= _MIN_WORDS:
            spans.append((i, j + 1))
    return spans
