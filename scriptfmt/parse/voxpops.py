"""Unnamed people who speak: `One woman said that she was in the shop`, `Segundo uma das moradoras, …`,
`une habitante raconte`. The story never names them, so a later `she said` / `Ela afirmou` / `a
moradora disse` is that person — no name on air, read copy — never the last name the story printed (an
outlet, an institution, someone quoted before). English copy's `a spokeswoman said` is read by
clauses.unnamed_sources; this reads the vox pops of every desk: an indefinite (`one`, `un`, `uma das`,
`one of the`), up to two describing words, a noun for a person (names.toml `generic_people` and
`unnamed_sources` but in English, languages.toml `people_nouns`), and a verb of saying right after it or a source word
(`según`, `segundo`, `selon`) right before it: only a speaking one, so `police arrested a man` starts no one.
"""

from __future__ import annotations

from scriptfmt.parse.languages import ENGLISH, indefinite_articles, people_nouns, source_words
from scriptfmt.parse.names import name_data
from scriptfmt.parse.speakers import SpeechWords, Token
from scriptfmt.parse.statements import speech_list



def unnamed_speakers(toks: list[Token], named: set[int], words: SpeechWords, quoted) -> list[tuple[int, str]]:
    """(token, noun) of each unnamed person who speaks in toks (the noun in the singular)."""
    lang = words.lang
    openers = indefinite_articles(lang) | ({"one"} if lang == ENGLISH else frozenset())
    sources = name_data().unnamed_sources if lang != ENGLISH else frozenset()  # (English: clauses.unnamed_sources reads them)
    nouns = name_data().generic_people | sources | people_nouns(lang)
    before_words = source_words(lang) | {"according"}
    partitive = speech_list("vox_pop_of") | speech_list("vox_pop_the")  # `one of the`, `uma das` (styles/speech.toml)
    found = []
    for k, tok in enumerate(toks):
        if tok.low not in openers or tok.trail or quoted(k):
            continue
        j = k + 1
        while j < len(toks) and j - k <= 4 and toks[j].low in partitive and not toks[j].trail:
            j += 1  # `one of the`, `uma das`
        noun = None
        for n in range(j, min(j + 3, len(toks))):
            noun = _singular(toks[n].low, nouns)
            if noun is not None or toks[n].trail or toks[n].core[:1].isupper():
                break
        if noun is None or n + 1 in named:
            continue
        after = n + 1 < len(toks) and not toks[n].trail and toks[n + 1].low in words.verbs
        before = k > 0 and (toks[k - 1].low in before_words or k > 1 and (toks[k - 2].low, toks[k - 1].low) == ("according", "to"))
        if after or before:
            found.append((n, noun))
    return found


def _singular(word: str, nouns: frozenset[str]) -> str | None:
    """The noun as the lists have it: `moradoras` -> `moradora`, `residents` -> `resident`."""
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if form and form in nouns:
            return form
    return None
