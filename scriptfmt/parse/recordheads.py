"""A member's head alone on its line in a parliament's web record, no separator (parse/recordlabels.py reads the label):
`Hon TREVOR MALLARD (Labour—Hutt South)`, `Mr ALBANESE (Grayndler—Prime Minister)` over the speech, or the site's
furniture around the head — the member's photo caption run into it (`MallardHon Trevor Mallard`, `Mallard11. Hon …`)
and the record's link after it (`… Link to this`). The desk's rule: a chamber's honorific, the member's name and the
party, seat or office in brackets, alone on a line, is who speaks the paragraphs below; the furniture is the label's.
Words in styles/records.toml (`head_links`, `glued_before`)."""

from __future__ import annotations

import re
from functools import lru_cache

from scriptfmt import tomlfile

__all__ = ["addressed_under", "alone_head", "glued_length"]

_MAX_HEAD = 110


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern]:
    table = tomlfile.load_builtin("records.toml")
    honorifics = "|".join(re.escape(h) for h in sorted(table["glued_before"], key=len, reverse=True))
    # a capitalised word run into the honorific (an optional question number between): the photo's caption, no space
    glued = re.compile(rf"[A-Z][a-zà-ÿ'’-]+(?=(?:\d{{1,3}}\.[ ]?)?(?:{honorifics})[ ])")
    return tuple(w.lower() for w in table["head_links"]), glued


def glued_length(text: str) -> int:
    """How many characters of the member's photo caption run into the head (`Mallard` of `MallardHon …`), or 0."""
    m = _data()[1].match(text)
    return m.end() if m else 0


def alone_head(text: str, honorific: bool) -> tuple[int, int, int] | None:
    """A member's head alone on its line (`honorific`: the line, past the glued caption, opens on a chamber's honorific):
    (where the head starts, where it ends, where the label ends: the link included), or None. Without the site's
    furniture, the head must close on its brackets (`(Labour—Hutt South)`): a name alone is anyone's."""
    glued = glued_length(text)
    low = text.lower()
    link = next((w for w in _data()[0] if low.endswith(" " + w)), "")
    end = len(text[: len(text) - len(link)].rstrip())
    addressed = text.find(_ADDRESSED, glued, end)  # `… (Labour—Māngere) to the Minister of Health`: the order paper's
    end = addressed + 1 if addressed > 0 else end
    head = text[glued:end]
    if not honorific or not head or len(head) > _MAX_HEAD or head.rstrip().endswith((".", "!", "?", ",", ";", ":")):
        return None
    bracketed = head.endswith(")") and head[head.rfind("(") + 1 : head.rfind("(") + 2].isupper()
    return (glued, end, len(text)) if bracketed or link or glued else None


_ADDRESSED = ") to the "
_ADDRESSEE_WORDS = 8


def addressed_under(head: str, tail: str, label) -> bool:
    """`3. Hon NAME (Labour—Māngere)` alone, `to the Minister of Health` on the line under it: the minister an oral question
    is put to, the order paper's words, wrapped from the member's head (`label`: the head read as a label, its speech empty)."""
    short = len(tail.split()) <= _ADDRESSEE_WORDS and not tail.endswith((".", "?", "!", ":"))
    return label is not None and not label.rest and head.endswith(")") and tail.startswith("to the ") and short
