"""What the asking side says is no evidence of who answers: a question names whom it asks about.

`stated(line)` is the line without the outlet's turn (`Blu radio: ¿Qué le dijo el presidente Pedro Sánchez …?`, `P: …`:
the outlet's label or the Q&A's word for the question, styles/interview.toml asking_labels) and without its sentences that
end in `?`. The office readers (parse/cast.py, parse/supercheck.py) take an office's holder only from what is stated."""

from __future__ import annotations

from scriptfmt.parse.outlets import is_outlet
from scriptfmt.parse.qawords import interview_words
from scriptfmt.sentences import sentences

__all__ = ["stated"]

_CLOSERS = "»”\"’' )"


def _asking_turn(line: str) -> bool:
    """The line opens with the outlet's label or the Q&A's word for the question (`Blu radio:`, `Pregunta:`)."""
    head, colon, _ = line.partition(":")
    head = head.strip().rstrip(".-–— ")
    return bool(colon and head) and len(head.split()) <= 4 and (is_outlet(head) or head.lower() in interview_words()["asking_labels"])


def stated(line: str) -> str:
    """The line without what the asking side says (see the module's docstring); the line itself when it asks nothing."""
    if _asking_turn(line):
        return ""
    if "?" not in line:
        return line
    return " ".join(text for _, text in sentences(line) if not text.rstrip(_CLOSERS).endswith("?"))
