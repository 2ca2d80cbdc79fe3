"""How a label's name and title show on the super: capitals in title case
(`KELLI ARENA` -> `Kelli Arena`, `FORMER DIRECTOR, SHIN BET` -> `Former Director, Shin Bet`),
a parliament's form of address (`Rt Hon`) left off. Mixed case stays as written.
The one rule for every super: transcript labels, script `CG:`/`SUPER:` lines and `((NAME/TITLE: …))` bites."""

from __future__ import annotations

import re

__all__ = ["display_name", "tidy_title"]

_SMALL = {
    "of", "the", "and", "for", "at", "in", "on", "to", "a", "an", "de", "la", "le", "du", "des", "do", "da", "dos",
    "das", "di", "del", "della", "von", "van", "der", "den", "ter", "ten", "bin", "al",
}


def display_name(name: str) -> str:
    """`KELLI ARENA` -> `Kelli Arena`, `O'BRIEN` -> `O'Brien`, `MCENANY` -> `McEnany`, an all-lower-case
    script's `roland pike` -> `Roland Pike`; in mixed case, a surname in capitals is cased too (`Marie-Claire
    DUBOIS` -> `Marie-Claire Dubois`, `Fiona McALLISTER` -> `Fiona McAllister`); the rest as written. A label's
    closing dash is never the name's (`MARIE DURAND-` -> `Marie Durand`)."""
    name = name.rstrip(" -–—")
    if not (name.isupper() or name.islower()):
        return " ".join(_cased(word) if _CAPS_SURNAME.fullmatch(word) and not (k and word in _NUMERALS) else word for k, word in enumerate(name.split()))
    out = []
    for word in name.split():
        w = word if out and word in _NUMERALS else _cased(word)  # `LETSIE III`: a king's numeral stays in capitals
        out.append(w if w.lower() not in _SMALL or not out else w.lower())
    return " ".join(out)


def _cased(word: str) -> str:
    w = re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word.lower())  # `VLAŠIĆ` -> `Vlašić`
    if w.startswith("Mc") and len(w) > 2:
        w = "Mc" + w[2].upper() + w[3:]  # `MCALISTER-REID` -> `McAlister-Reid`
    return w


# A surname in capitals inside a mixed-case name: three letters at least with a vowel (never `MP`, `QC`), a `Mc` kept.
_CAPS_SURNAME = re.compile(r"(?:Mc|Mac)?(?=[A-ZÀ-Þ'’-]*[AEIOUYÀ-ÖØ-Ý])[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}")


_NUMERALS = frozenset(("II", "III", "IV", "VI", "VII", "VIII", "IX", "XII", "XIII", "XIV", "XV", "XVI"))  # after a name: `Letsie III`

_STYLES = ("The Rt Hon", "Rt Hon", "Rt. Hon.", "Right Hon", "The Hon", "Hon.", "Hon", "RT HON", "HON")


def tidy_title(title: str | None) -> str | None:
    """A title in capitals (`FORMER DIRECTOR, SHIN BET`) in title case; acronyms kept."""
    if not title:
        return None
    title = " ".join(title.split()).strip(" ;,")
    for style in _STYLES:  # `Rt Hon, Prime Minister`: a parliament's form of address, never on the super
        title = title.removeprefix(style).lstrip(" ,")
    if not title:
        return None
    if not title.isupper():
        return title
    out = []
    for word in title.split():
        bare = word.strip(",.;:")
        keep = ("." in bare or (len(bare) <= 4 and not any(c in "AEIOU" for c in bare[1:]))) and bare.lower() not in _SMALL
        out.append(word if keep else (word.lower() if bare.lower() in _SMALL and out else word.capitalize()))
    return " ".join(out)
