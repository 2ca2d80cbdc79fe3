"""Capitalised words that name no person. A run that names a body: one that an organisation word ends (`the
Environmental Protection Agency`, styles `org_words`), or, in a language that writes compounds, one whose last
word ends in an organisation's noun (`Thyborøn Fiskeriforening`, `Deutscher Bauernverband`: languages.toml
`org_endings`). And words where no name starts: a tag in brackets, a word before the desk's honorific."""

from __future__ import annotations

from scriptfmt.parse.names import name_at
from scriptfmt.parse.speakers import SpeechWords, Token

_COMPOUND = 3  # letters at least before the ending: a compound (`Landboforening`), not the word alone (a surname `Kammer`)


def body_end(toks: list[Token], end: int, words: SpeechWords) -> int | None:
    """Where the organisation a name-shaped run toks[..end] belongs to ends, or None when it names a person."""
    last = toks[end - 1].low
    if words.org_endings and any(last.endswith(e) and len(last) >= len(e) + _COMPOUND for e in words.org_endings):
        return end
    if end < len(toks) and not toks[end - 1].trail and toks[end].low.rstrip(".") in words.org_words:
        return end + 1
    return None


def no_name_here(toks: list[Token], i: int, honours, words: SpeechWords) -> bool:
    """`Poursuivant M. Touré, …`: a word before the desk's own honorific (`M.`) is no part of the name it
    opens; `di Villa Celiera (Pescara)`, `(SPD)`, `(Co)`: a tag of one to three words in brackets is a
    place or a party, never a person's name."""
    tok = toks[i]
    if i + 1 < len(toks) and toks[i + 1].low in honours and not tok.trail and (tok.low,) not in words.titles:
        return True
    return tok.raw[:1] == "(" and any(toks[k].raw.rstrip(".,;:").endswith(")") for k in range(i, min(i + 3, len(toks))))


def person_after_body(toks: list[Token], i: int, shape, words: SpeechWords, caps: bool, first_names) -> object | None:
    """`Regione Toscana Eugenio Giani`, `Regione Emilia Romagna Stefano Bonaccini` (toks[i] the word after the body's
    own, `shape` the capitalised run from it): the body's name, then its head's full name with no comma between —
    from a known given name, or the last two of three words. The person's name shape, else None."""
    run = shape.words
    k = next((k for k in range(1, len(run) - 1) if run[k].lower() in first_names), 0 if len(run) != 3 else 1)
    return name_at(toks, i + k, words, caps) if k and not toks[i + k - 1].trail else None
