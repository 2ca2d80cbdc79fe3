"""Whom the words were said to, next to the verb of saying: never the one who said them (`— perguntou ao ministro
Bento Albuquerque`, `a raconté à l'AFP le commandant X`: the outlet told, then the speaker). For the attribution sieve
(parse/attribution.py)."""

from __future__ import annotations

from scriptfmt import tomlfile
from scriptfmt.parse.people import Mention
from scriptfmt.parse.view import View


def past_hearer(v: View, ve: int, end: int) -> list[Mention]:
    """The first named person within a few words after a verb of saying, with no comma between (`a
    raconté à l'AFP le commandant X`, `—ha explicado a EFE X`) or one right before the name (`sier
    operasjonsleder i …, Sigrid Haugvik`); not further past a comma (`criticou a moradora, em referência
    ao prefeito X`: X is whom she spoke of)."""
    for m in v.mentions_in(ve, min(end, ve + 7)):
        commas = [k for k in range(ve, m.start) if v.toks[k].trail]
        if commas and (len(commas) > 1 or commas[0] != m.start - 1 or m.kind != "name"):
            return []  # (`sier operasjonsleder i Trøndelag politidistrikt, Sigrid Haugvik,`: the name right after its title's comma)
        if m.kind == "name" and m.person is not None and not m.person.organisation:
            return [] if told(v, ve, m) else [m]
    return []


_TOLD_TO = frozenset(tomlfile.load_builtin("speech.toml")["told_to"])


def told(v: View, ve: int, m: Mention) -> bool:
    """`— perguntou ao ministro Bento Albuquerque.`, `—respondió a la alcaldesa.`: the person right after the verb's
    `to` (an article or a title in lower case between) is whom it was said to, never who said it (`—ha explicado a EFE
    Tomás Ferrán`, `a raconté à l'AFP le commandant X`: the outlet told, then the speaker)."""
    if m.start < len(v.toks) and v.toks[m.start].raw in _TOLD_TO:
        return True  # `al alcalde`: the mention opens on the contracted `to` (never `Al Gore`, in capitals)
    between = v.toks[ve : m.start]
    return bool(between) and between[0].low in _TOLD_TO and not any(ch.isupper() for t in between for ch in t.raw)  # (`à l'AFP le commandant X`)
