"""Co-anchor copy: readers' names in brackets run into the read copy (`(DEV) Good evening. … (ANNA) …`)."""

from __future__ import annotations

from scriptfmt.parse.cues import Vocabulary
from scriptfmt.parse.fields import talent_name


def talent_parts(text: str, vocab: Vocabulary) -> list[str]:
    """`(DEV) Good evening. … (ANNA) Deckhands walked off …`: a paragraph that opens with a reader's name
    in brackets, split where each such name opens a sentence (`(DEV)`, the copy, `(ANNA)`, the copy);
    [] for any other paragraph."""
    tokens = text.split(" ")
    names = [k for k, tok in enumerate(tokens) if tok[:1] == "(" and tok[-1:] == ")" and len(tok) > 3 and talent_name(tok[1:-1], vocab)
             and (k == 0 or tokens[k - 1].rstrip("\"'”’").endswith((".", "!", "?")))]
    if not names or names[0] != 0:
        return []
    parts = []
    for n, k in enumerate(names):
        parts.append(tokens[k])
        body = " ".join(tokens[k + 1 : names[n + 1] if n + 1 < len(names) else len(tokens)]).strip()
        if body:
            parts.append(body)
    return parts
