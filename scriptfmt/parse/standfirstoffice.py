"""The guest a labelled Q&A's top introduces by office only (`… interview the President to mark this special day`,
`entrevistaron al gobernador`), the same top writing the office before the holder's name elsewhere (`led by President
Mnangagwa`, `el gobernador Quiroga`): that holder is who answers `A:` / `R:`. Plain loops over the words."""

from __future__ import annotations

from scriptfmt.parse.holder import is_post
from scriptfmt.parse.qawords import interview_words

__all__ = ["office_guest"]

_TRIM = ",.;:!?\"“”'’()"


def office_guest(lines: list[str]) -> str | None:
    """The holder of the office the top's interview is with, or None: the desk's verb or noun of the interview
    (styles/interview.toml `interview_verbs`), an article, the office (a post); then the office written before a
    capitalised name in the same top. One holder only: two names after the office name nobody."""
    tokens = " ".join(raw.strip() for raw in lines if raw.strip()).split()
    words = [token.strip(_TRIM) for token in tokens]
    verbs, articles = interview_words()["interview_verbs"], interview_words()["articles"] | {"al", "au", "ao", "the"}
    for k in range(len(words) - 2):
        if words[k].lower() in verbs and words[k + 1].lower() in articles and is_post(words[k + 2]):
            holders = {_holder(tokens, words, j) for j in range(len(words) - 1) if j != k + 2 and words[j].lower() == words[k + 2].lower()} - {""}
            if len(holders) == 1:
                return holders.pop()
    return None


def _holder(tokens: list[str], words: list[str], j: int) -> str:
    """The capitalised name right after the office at `j` (`President Mnangagwa having …` -> `Mnangagwa`), up to three
    words, up to a punctuation mark; "" when none."""
    run: list[str] = []
    for n in range(j + 1, min(j + 4, len(words))):
        word = words[n]
        if not word[:1].isupper() or is_post(word):
            break
        run.append(word)
        if tokens[n][-1:] in _TRIM:
            break
    return " ".join(run)
