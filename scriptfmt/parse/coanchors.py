"""Co-anchor copy: readers' names in brackets run into the read copy (`(DEV) Good evening. … (ANNA) …`)."""

from __future__ import annotations

from scriptfmt.parse.cues import Vocabulary
from scriptfmt.parse.fields import talent_name


def _talent_at(tokens: list[str], k: int, vocab: Vocabulary) -> bool:
    """A reader's name in brackets (`(DEV)`, two letters at least) opening the copy or a sentence (after `.`,
    `!` or `?`, a closing quotation mark or bracket apart)."""
    tok = tokens[k]
    if not (tok[:1] == "(" and tok[-1:] == ")" and len(tok) > 3 and talent_name(tok[1:-1], vocab)):
        return False
    return k == 0 or tokens[k - 1].rstrip("\"'”’)").endswith((".", "!", "?"))


def talent_runs(text: str, vocab: Vocabulary) -> list[tuple[str, bool]]:
    """`… (DEV) Good evening. … (ANNA) Deckhands walked off …`: the copy split where a reader's name in brackets
    opens it or a sentence, in order, each part with whether it is such a name (the copy's parts stripped)."""
    tokens = text.split(" ")
    runs: list[tuple[str, bool]] = []
    start = 0
    for k in [*(k for k in range(len(tokens)) if _talent_at(tokens, k, vocab)), len(tokens)]:
        body = " ".join(tokens[start:k]).strip()
        if body:
            runs.append((body, False))
        if k < len(tokens):
            runs.append((tokens[k], True))
            start = k + 1
    return runs


def talent_parts(text: str, vocab: Vocabulary) -> list[str]:
    """`(DEV) Good evening. … (ANNA) Deckhands walked off …`: a paragraph that opens with a reader's name
    in brackets, split where each such name opens a sentence (`(DEV)`, the copy, `(ANNA)`, the copy);
    [] for any other paragraph."""
    runs = talent_runs(text, vocab)
    return [part for part, _ in runs] if runs and runs[0][1] else []
