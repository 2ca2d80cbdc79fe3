"""Forms of address stay out of a super: `Mijnheer Groot` is `Groot`, `Pak Rahmat Hidayat` is `Rahmat Hidayat`,
`Tan Sri Noh Omar` is `Noh Omar`, `Tun Dr Ismail Rahman` is `Ismail Rahman` (an academic title right after a form of
address goes with it). The forms are a stated convention (styles/names.toml `address_forms`, and
`address_forms_by_language` for words that are names elsewhere: `Pak`, `Bu` only in Indonesian or Malay copy, `Don`
only in Spanish or Italian). A super that is nothing but forms of address (`Bapak Presiden` leaves `Presiden`) keeps
what is left; a form alone is left as it is.

And a patronymic a label wrote in capitals (`NORAINI BINTI SALLEH`, cased `Noraini Binti Salleh`) is written as the
copy writes such a word: in small letters unless the copy writes it capitalised (`Osama Bin Laden`)."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.languages import ENGLISH, story_language, tables
from scriptfmt.parse.names import name_data

__all__ = ["address_languages", "without_address", "patronymic_case"]


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[tuple[str, ...], ...], dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    t = tomlfile.load_builtin("names.toml")

    def forms(words: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({tuple(w.casefold().split()) for w in words}, key=len, reverse=True))  # the longest first

    by_lang = {lang: forms(list(words)) for lang, words in t.get("address_forms_by_language", {}).items()}
    return forms(list(t.get("address_forms", []))), by_lang, frozenset(w.casefold() for w in t.get("address_titles", []))


def address_languages(lines: list[str]) -> frozenset[str]:
    """The languages whose own forms of address count in this copy: the story's language, and where the copy is too short
    to tell one (an excerpt of one or two turns reads as English), each language of `address_forms_by_language` more
    of whose marker words it writes than English ones (two at least: `Wartawan: Kapan …? / Pak Basuki: …`)."""
    lang = story_language(lines)
    if lang != ENGLISH:
        return frozenset((lang,))
    words = [w.strip(_MARKS).lower() for line in lines[:_LINES] for w in line.split()]
    english = sum(w in _english() for w in words)
    leaning = {code for code in _data()[1] if code in tables() and (n := sum(w in tables()[code]["markers"] for w in words)) >= 2 and n > english}
    return frozenset((lang, *leaning))


_MARKS = "\"“”„‘’‚'«»()[],.;:!?—–-"
_LINES = 40  # an excerpt's first lines tell its language


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("speech.toml")["markers"])


def _form_at(words: list[str], k: int, langs: frozenset[str]) -> int:
    """How many words of a form of address open words[k:] (0 when none)."""
    common, by_lang, _ = _data()
    low = [w.casefold().rstrip(",") for w in words[k:]]
    for form in common + tuple(f for lang in langs for f in by_lang.get(lang, ())):
        if tuple(low[: len(form)]) == form:
            return len(form)
    return 0


def without_address(name: str, langs: frozenset[str]) -> str:
    """The super's name without the forms of address (and the academic titles after them) it opens with; `langs`, the
    languages whose own forms count (`address_languages`)."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and (n := _form_at(words, k, langs)):
        k += n
        while k < len(words) - 1 and words[k].casefold() in _data()[2]:
            k += 1  # `Tun Dr`, `Dato' Sri Dr.`: the doctor's title goes with the honour
    return " ".join(words[k:]) if 0 < k < len(words) else name


def patronymic_case(name: str, written: set[str]) -> str:
    """`Noraini Binti Salleh` -> `Noraini binti Salleh` unless the copy writes `Binti` so (`written`: its words as written)."""
    words = name.split()
    pats = {p.casefold() for p in name_data().patronymics}
    out = [w.lower() if 0 < k < len(words) - 1 and w.casefold() in pats and w != w.lower() and w not in written else w for k, w in enumerate(words)]
    return " ".join(out)
