"""The tests a desk applies to a super before it goes on air: is it a person's name at all? A Chinese or Japanese place
(`新潟県`, a prefecture), a piece of the page (`(PDF`: a bracket, a digit or a mark no name is written with), an English
body named by its organisation word (`Prefectural Office`) are not (parse/supercheck.py clears them)."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.holder import is_post
from scriptfmt.parse.languages import ENGLISH, languages, story_language, tables
from scriptfmt.parse.namedata import name_data
from scriptfmt.parse.speakers import speech_words

__all__ = ["english_body", "han_place", "shapeless", "title_before_name"]


@lru_cache(maxsize=1)
def _han_places() -> tuple[str, ...]:
    """styles/names.toml `han_place_endings`: `県`, `省`, `市` end a place's name."""
    return tuple(tomlfile.load_builtin("names.toml").get("han_place_endings", ()))


def han_place(name: str) -> bool:
    """`新潟県`, `广东省`: Chinese or Japanese characters ending in a place's ending, a place, never a person."""
    bare = name.strip()
    return len(bare) >= 2 and all("\u4e00" <= ch <= "\u9fff" or ch in "\u3005" for ch in bare) and bare.endswith(_han_places())


@lru_cache(maxsize=1)
def _head_final_orgs() -> frozenset[str]:
    """English organisation words that end a body's name (styles/speech.toml organisation_words), lower case."""
    return frozenset(word.lower().strip(".") for word in speech_words().org_words)


_NOT_IN_NAMES = frozenset("()[]{}<>:;=/\\|@#%&*+_0123456789")


def shapeless(name: str) -> bool:
    """`(PDF`, `Item 3`, `www`: a bracket, a digit or a mark no name is written with (`O’Brien`, `‘Ana`, `Jean-Luc`
    are), a piece of the page's furniture, never a super."""
    return any(ch in _NOT_IN_NAMES for ch in name)


def english_body(name: str, lines: list[str]) -> bool:
    """`Prefectural Office`, `Harbour Board`: in English copy, a name ending in an organisation word, no given name the
    names list knows in it, and never written after a post or an honorific (`spokesman Dietmar Trust` is a person)."""
    data, words = name_data(), [w.lower().strip(".,") for w in name.split()]
    if len(words) < 2 or words[-1] not in _head_final_orgs() or any(w in data.first_names for w in words[:-1]):
        return False
    if story_language(lines) != ENGLISH:
        return False
    for line in lines:
        at = line.find(name)
        while at > 0:
            before = line[:at].split()[-1:] or [""]
            if is_post(before[0].strip(",;:")) or before[0].lower().strip(",;:") in data.honorifics:
                return False
            at = line.find(name, at + 1)
    return True


@lru_cache(maxsize=1)
def _titles() -> frozenset[tuple[str, ...]]:
    """Every desk's titles written before a name (styles/speech.toml, names.toml, languages.toml), lower case."""
    found = set(speech_words().titles)
    for lang in languages():
        found |= {tuple(key.lower().split()) for key in tables()[lang].get("titles", {})}
    return frozenset(found)


_PATRONYMIC = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична")


def title_before_name(name: str) -> tuple[str, str] | None:
    """(title, name) of a super that opens with a title the desks' tables list (`Belediye Başkanı Ayşe Demir`, `Kombes Pol
    Hendra`), a name of two words at least after it; of a Cyrillic super of three words whose middle one is no patronymic
    (`Москвы Сергей Собянин`: the office's place in the genitive, then the name); else None."""
    words = name.split()
    low = [w.lower().strip(".,") for w in words]
    if low[-1] in name_data().nations:
        return None  # `Presiden Republik Indonesia`, `Presidente de Chile`: an office and its state, whole
    for n in range(min(4, len(words) - 2), 0, -1):
        if tuple(low[:n]) in _titles():
            return " ".join(words[:n]), " ".join(words[n:])
    cyrillic = all("\u0400" <= ch <= "\u04ff" or ch in "-'" for ch in name.replace(" ", ""))
    if cyrillic and len(words) == 3 and not low[1].endswith(_PATRONYMIC) and not low[2].endswith(_PATRONYMIC):
        return words[0], " ".join(words[1:])
    return None
