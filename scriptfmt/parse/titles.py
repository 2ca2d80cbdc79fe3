"""A person's title as the super shows it, and the nouns a title names them by: `Lagos State
Commissioner for Transport` -> commissioner; `ministre québécois de la Langue française` -> ministre."""

from __future__ import annotations

from scriptfmt import tomlfile
from scriptfmt.parse.speakers import SpeechWords, title_case

FOREIGN_OF = frozenset(tomlfile.load_builtin("speech.toml")["foreign_of"])  # a foreign desk's `of`
MAX_TITLE = 60


def clean_title(text: str) -> str | None:
    """A title for the super: a noun phrase, first letter capital, at most ~60 characters."""
    text = " ".join(text.split()).strip(" ,;:—–-")
    if not text:
        return None
    if text.isupper() and len(text) > 4:
        text = title_case(text)
    if len(text) > MAX_TITLE and not _whole_organisation(text):
        text = text[:MAX_TITLE].rsplit(" ", 1)[0]
        words = text.split()
        at = max((k for k, w in enumerate(words) if k > 1 and w.lower() in ("in", "at", "on", "from")), default=0)
        text = " ".join(words[:at]) if at else text  # `… council in the northern capital`: end before the place
    while " " in text and text.rsplit(" ", 1)[-1].lower() in {"of", "the", "and", "for", "in", "at", "on", "to", "a"}:
        text = text.rsplit(" ", 1)[0]  # a title never ends on a small word (`Spokesman for the council in`)
    return text[:1].upper() + text[1:]


def _whole_organisation(text: str) -> bool:
    """`Marine biologist at the University of the Highlands and Islands`: a title a little over
    the limit that ends in an organisation's name is kept whole rather than cut inside the name."""
    words = text.split()
    at = max((k for k, w in enumerate(words) if w in ("at", "of", "with", "for")), default=0)
    name = [w for w in words[at + 1 :] if w not in ("the", "of", "and", "for", "&")]
    return len(text) <= MAX_TITLE + 12 and at > 0 and len(name) >= 2 and all(w[:1].isupper() for w in name)


def title_nouns(title: str | None, words: SpeechWords) -> list[str]:
    """The title words a foreign desk's title opens with (`ministre québécois de la Langue française`:
    `ministre`; the noun stands before its adjectives), up to its department: `le ministre` later is them."""
    if words.lang == "en":
        return []
    nouns = []
    for word in (title or "").lower().split():
        if word in FOREIGN_OF:
            break
        if (word,) in words.titles:
            nouns.append(word)
    return nouns


def title_head(title: str | None) -> str | None:
    """The noun a title names a person by: `Lagos State Commissioner for Transport` -> commissioner."""
    head = None
    for word in (title or "").split():
        low = word.lower().strip(",.")
        if low in ("of", "for", "at", "from", "in", "with", "on", "and", "to"):
            break
        head = low
    return head if head and head.isalpha() else None
