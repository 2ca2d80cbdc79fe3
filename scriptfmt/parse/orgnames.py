"""A capitalised run that names a body, not a person: one that an organisation word ends (`the Environmental
Protection Agency`, styles `org_words`), or, in a language that writes compounds, one whose last word ends in
an organisation's noun (`Thyborøn Fiskeriforening`, `Deutscher Bauernverband`: languages.toml `org_endings`)."""

from __future__ import annotations

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
