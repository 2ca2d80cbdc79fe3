"""Appositives: the noun phrase after a name and a comma that says who the person is
(`Amara Bell, 41, a nurse from Peckham, said`), never a clause (`who …`, `has toured …`).
Shared word sets of the mention scanner (parse/mentions.py) live here too.
"""

from __future__ import annotations

import re

from scriptfmt.parse.names import name_at, name_data
from scriptfmt.parse.speakers import SpeechWords, Token

NATIONAL = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ian|ic|i|ch)")
APPOSITIVE_STOP = {"who", "which", "that", "said", "says", "and", "but", "has", "had", "is", "was", "will", "would", "in", "from", "at", "on", "for", "with", "to", "by", "as", "after", "before", "when", "while", "where"}
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our"}
ORG_JOINERS = {"of", "for", "at", "the", "in", "from", "on", "and", "&"}


def noun_phrase(words: SpeechWords, toks: list[Token], j: int) -> tuple[str | None, int]:
    """An appositive noun phrase (`the city's mayor`), never a clause (`who …`, `has toured …`)."""
    k = j
    if toks[k].low in DETERMINERS:
        k += 1
        if k < len(toks) and toks[k].core.endswith(("'s", "’s")) and toks[k].core[:1].islower():
            k += 1
    elif not (toks[k].low in name_data().roles or (toks[k].low,) in words.titles or NATIONAL.fullmatch(toks[k].core)):
        return None, j
    phrase: list[str] = []
    end = k
    while end < len(toks) and len(phrase) < 10:
        tok = toks[end]
        inside = tok.low == "and" and phrase[-1:] and phrase[-1][:1].isupper() and end + 1 < len(toks) and toks[end + 1].core[:1].isupper()
        if tok.low in APPOSITIVE_STOP and phrase and not inside and tok.low not in {"in", "for", "at", "to", "on", "from"} or tok.low in words.verbs:
            break
        if tok.raw[:1] in "\"“" or not any(ch.isalnum() for ch in tok.core):
            break
        if phrase and tok.core[:1].isupper() and phrase[-1].lower() not in ORG_JOINERS and not phrase[-1][:1].isupper():
            break  # `, farmer Willie Mae Jackson`: a name after a role noun starts a new mention
        if phrase and (phrase[-1].lower(),) in words.titles and tok.core[:1].isupper() and name_at(toks, end, words, False, titled=True):
            return None, j  # `Donald Trump, German Chancellor Friedrich Merz told …`: a second person, not a title
        phrase.append(tok.core)
        end += 1
        if tok.trail:
            break
    if not phrase or phrase[0].lower() in APPOSITIVE_STOP or phrase[0][:1].isupper() and (phrase[0].lower(),) not in words.titles and not NATIONAL.fullmatch(phrase[0]):
        return None, j
    return " ".join(phrase), end
