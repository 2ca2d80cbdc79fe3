"""A photo's own lines set among a web story's paragraphs: its credit label over its caption
(`Picture: PA` / `Angry - Carole Jones said …`), its caption over its credit line (`Auf der Suche
nach Indizien: Ein Beamter untersucht …` / `Foto: Jane Doe, dpa`). Paragraphs are objects with
`text` and `special` (parse/paragraphs.py)."""

from __future__ import annotations

from scriptfmt.parse import furniture
from scriptfmt.parse.repeats import ends_sentence as _ends_sentence


def photo_lines(body: list, j: int) -> bool:
    """body[j] is a photo's credit label over its caption, or its caption over its credit line."""
    return _credit_over_caption(body, j) or _caption_over_credit(body, j)


def _credit_over_caption(body: list, j: int) -> bool:
    """`Echo:` or `Picture: PA` alone on a line, then a caption that is no sentence (`Angry -
    Carole Jones said the group had failed`): a photo's credit label over its caption."""
    if j + 1 >= len(body) or body[j + 1].special or not (furniture.is_credit_label(body[j].text) or furniture.is_credit_line(body[j].text)):
        return False
    caption = body[j + 1].text
    # `Foto: Patrick Pleul/dpa` with its caption on the very next line, where the copy leaves a blank line between its
    # paragraphs: the line set tight under the credit is the photo's caption, one sentence however it ends
    tight = body[j + 1].line == body[j].line + 1 and j > 0 and body[j].line - body[j - 1].line >= 2
    if not furniture.is_credit_label(body[j].text) and not tight:
        return False
    if len(caption.split()) > _CAPTION_WORDS or caption[:1] in "\"“‘'„«":
        return False
    if not caption.endswith((".", "!", "?", ":", '"', "”", "’", "'")):
        return True
    return tight and caption.endswith(".") and ". " not in caption and not any(c in caption for c in "\"“”„«»")


_CAPTION_WORDS = 30
_CAPTION_LABEL_WORDS = 6  # `Auf der Suche nach Indizien: Ein Beamter untersucht …`: a caption's short label before its colon


def _caption_over_credit(body: list, j: int) -> bool:
    """A line right above its photo's credit line (`Foto: Jane Doe, dpa`) is the photo's caption when it
    reads as one: a name or a phrase with no sentence end (`Foreign Minister Ana Ruiz`), or one sentence
    after a short label and a colon; never a quotation. A paragraph of copy above a credit stays copy."""
    if j + 1 >= len(body) or body[j + 1].special or body[j].special or not furniture.is_credit_line(body[j + 1].text):
        return False
    text = body[j].text.strip()
    if len(text.split()) > _CAPTION_WORDS or any(c in text for c in "\"“”„«»") or furniture.is_credit_line(text):
        return False
    if not _ends_sentence(text):
        return True
    label, colon, rest = text.partition(": ")
    return bool(colon) and len(label.split()) <= _CAPTION_LABEL_WORDS and rest.count(". ") == 0 and rest[:1].isupper()
