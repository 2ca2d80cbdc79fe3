"""Appositives: the noun phrase after a name and a comma that says who the person is
(`Amara Bell, 41, a nurse from Peckham, said`), never a clause (`who …`, `has toured …`).
Shared word sets of the mention scanner (parse/mentions.py) live here too, and the describing
words a title takes before it (`Kenyan official`, `port authority spokeswoman`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from collections.abc import Callable

from scriptfmt import tomlfile
from scriptfmt.parse.names import NameShape, name_at, name_data
from scriptfmt.parse.people import Tracker
from scriptfmt.parse.titles import FOREIGN_OF
from scriptfmt.parse.speakers import SpeechWords, Token, tok_is_word

NATIONAL = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ian|ic|i|ch)")
_SPEECH = tomlfile.load_builtin("speech.toml")  # (styles/speech.toml)
APPOSITIVE_STOP = set(_SPEECH["appositive_stops"])
DETERMINERS = set(_SPEECH["appositive_determiners"])
ORG_JOINERS = set(_SPEECH["organisation_joiners"])
_OF = frozenset(_SPEECH["role_of"])


def aged_after(toks: list[Token], end: int) -> bool:
    """A name followed by an age (`Isabelle, 54, a cheese seller`, `Isabelle, 54 ans, commerçante`): a
    person even when the copy gives only a first name (a vox pop), never a place or a thing."""
    if not 0 < end < len(toks) or toks[end - 1].trail != "," or not toks[end].core.isdigit() or len(toks[end].core) > 3:
        return False
    return toks[end].trail == "," or end + 1 < len(toks) and toks[end + 1].low.rstrip(",") in _age_words()  # (not `Französisch, 18 Sek.`)


@lru_cache(maxsize=1)
def _age_words() -> frozenset[str]:
    """`54 ans`, `29 Jahre`, `40 años`: the words after a person's age (styles/names.toml `age_words`)."""
    return frozenset(tomlfile.load_builtin("names.toml").get("age_words", ()))


def one_title(words: SpeechWords, toks: list[Token], i: int) -> tuple[str, int] | None:
    """The one title starting at toks[i] (`Lt.`, `chief executive`): (its label, tokens); else None."""
    if toks[i].low not in words.title_first:
        return None
    for n in range(min(words.title_len, len(toks) - i), 0, -1):
        key = tuple(t.low for t in toks[i : i + n])
        if key in words.titles and all(not t.trail or t.trail == "." for t in toks[i : i + n - 1]):
            return words.titles[key], n
    return None


def qualified_role(words: SpeechWords, noun: Token, adjective: Token) -> bool:
    """A foreign desk's role noun and the adjective after it (`président français`, `presidente argentino`)."""
    known = noun.low in name_data().roles or (noun.low,) in words.titles
    return words.lang != "en" and known and not noun.trail and noun.core[:1].islower() and adjective.core.isalpha() and adjective.core.islower()


def postposed_adjective(words: SpeechWords, noun: Token, adjective: Token) -> bool:
    """`el alcalde reelecto`, `le maire sortant` before a name: a foreign desk's role and its adjective after it, never a
    preposition, a particle, a verb or a sentence word taken for the adjective (`el presidente desde San Fernando`)."""
    small = words.verbs | words.not_names | name_data().particles
    return len(adjective.low) > 4 and adjective.low not in small and qualified_role(words, noun, adjective)


def noun_phrase(words: SpeechWords, toks: list[Token], j: int) -> tuple[str | None, int]:
    """An appositive noun phrase (`the city's mayor`), never a clause (`who …`, `has toured …`)."""
    k = j
    if toks[k].low in DETERMINERS or toks[k].low in words.determiners:  # `Jean-Pierre Astruch, le maire de ce village,`
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
        inside_org = any(w.lower() in ("of", "for", "at") for w in phrase)  # `head of the local Lickanantay council`
        if phrase and tok.core[:1].isupper() and phrase[-1].lower() not in ORG_JOINERS and not phrase[-1][:1].isupper() and not inside_org:
            if j < k and not toks[end - 1].trail and name_at(toks, end, words, False, titled=True):
                return None, j  # `France Inter, le ministre de l’Intérieur Paul Le Guen`: his title, not Inter's
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


def joins_role(words: SpeechWords) -> frozenset[str]:
    """The words that join a role to its place or organisation (`Der Landrat des Kreises Plön`)."""
    return _OF if words.lang == "en" else _OF | FOREIGN_OF


def role_before_who(toks: list[Token], i: int, is_role: Callable[[str], bool], words: SpeechWords) -> int | None:
    """`The engineer who designed the wall, Tamsin Rowe,`: the role noun (or a compound role's head,
    `the fire chief`) before a `who` clause that ends at the comma before the name."""
    k = i - 1
    while k > max(i - 12, 1) and not (toks[k].low == "who" and not toks[k - 1].trail):
        k -= 1
        if toks[k].trail and k < i - 1:
            return None
    noun = toks[k - 1].low
    if toks[k].low != "who" or not (is_role(noun) or (noun,) in words.titles) or k < 2:
        return None
    det = k - 2 if toks[k - 2].low in DETERMINERS or k < 3 else k - 3  # `the fire chief who saved it, Nkechi Obi`: a compound role
    compound = det == k - 3 and toks[k - 2].core.islower() and not toks[k - 2].trail and toks[det].low in DETERMINERS
    return k - 1 if toks[k - 2].low in DETERMINERS or compound else None


def _set_off(toks: list[Token], k: int) -> bool:
    """`The Children’s Commissioner for England, Rachel de Souza,`: a capitalised role after an
    article or a possessive is the role itself, not a word of an organisation's name."""
    before = toks[k - 1] if k > 0 else None
    return before is not None and not before.trail and (before.low in DETERMINERS or before.core.endswith(("'s", "’s")))


def role_before_place(toks: list[Token], i: int, is_role: Callable[[str], bool], words: SpeechWords) -> int | None:
    """`a marine engineer from Norway, Sigrid Aas`: the role noun before `from|of|at PLACE,`."""
    k, found = i - 2, None
    if not toks[i - 1].core[:1].isupper():
        return None  # `head of education, Martin Greaves`: no place or organisation named
    of = joins_role(words)
    while k > max(i - 8, 0) and not toks[k].trail and (toks[k].core[:1].isupper() or toks[k].low in of or toks[k].low in ("the", "and")):
        role = toks[k - 1]
        if toks[k].low in of and not role.trail and (role.core[:1].islower() or words.noun_caps or _set_off(toks, k - 1)) and (is_role(role.low) or (role.low,) in words.titles):
            found = k - 1  # the leftmost: `the coach of the Hurricanes, Sione Latu`
        k -= 1
    return found


def relative_named(toks: list[Token], i: int, role: str) -> bool:
    """`Aart Smulders' daughter Lieke, 16,` / `his wife Maria`: a relation noun straight before a
    given name names that relative, comma or not."""
    nxt = toks[i + 1] if i + 1 < len(toks) and not toks[i].trail else None
    if nxt is None or role not in name_data().relations or not nxt.core[:1].isupper():
        return False
    full = not nxt.trail and i + 2 < len(toks) and (toks[i + 2].core[:1].isupper() or toks[i + 2].low in name_data().particles)  # `his sister Anouk van der Berghe`
    return full or nxt.trail == "," or nxt.low in name_data().first_names


def family_name(shape: NameShape, pronoun: str, start: int, out: list, tracker: Tracker) -> NameShape | None:
    """A relative named by first name only takes the family name of the person `his` / `her`
    means, or of the one whose possessive stands before (`Aart Smulders' daughter Lieke`)."""
    named = [m.person for m in out if m.possessive and m.start <= start <= m.end and m.person is not None]
    if pronoun not in ("his", "her") and not named:
        return None
    gender = "m" if pronoun == "his" else "f"
    here = named or [m.person for m in out if m.kind == "name" and m.person is not None and m.person.gender in (gender, None) and len(m.person.words) > 1]
    owner = here[-1] if here else tracker.salient(gender, tracker.sentence + 1, tracker.base + start)[0]
    if owner is None or len(owner.words) < 2:
        return None
    words = [shape.words[0], *owner.words[1:]]
    return NameShape(words, shape.start, shape.end, owner.surname, shape.words[0].lower(), shape.possessive, inferred=True)


def aged_name(toks: list[Token], i: int, words: SpeechWords) -> bool:
    """`17-year-old Leo Park`: an age straight before a full name describes that person (a later
    `the teenager said` may be them)."""
    tok = toks[i]
    if tok.trail or i + 1 >= len(toks) or not (tok.core[:1].isdigit() and tok.core.endswith("-year-old")):
        return False
    shape = name_at(toks, i + 1, words, False)
    return shape is not None and len(shape.words) > 1


def acronym_role(toks: list[Token], j: int) -> str | None:
    """`, the District Chief Executive (DCE) of Sekyere Kumawu,`: the short form an appositive defines
    in brackets (lower case), which the story then calls the person (`"…," the DCE added`)."""
    for k in range(j, min(j + 8, len(toks))):
        tok = toks[k]
        if tok.raw.startswith("(") and tok.trail.startswith(")") and 2 <= len(tok.core) <= 6 and tok.core.isupper() and tok.core.isalpha():
            return tok.low
        if tok.trail:
            return None
    return None


def modifiers_start(toks: list[Token], i: int, words: SpeechWords) -> int:
    """Describing words before a title: `Kenyan official`, `port authority spokeswoman`,
    `St. Clair County Sheriff` — up to four, never across punctuation or a sentence start word."""
    j = i
    while j > 0 and i - j < 4:
        tok = toks[j - 1]
        if tok.trail or tok.raw[-1:] in "\"“”" or not tok.core[:1].isalpha():
            break
        low = tok.low
        if low in words.not_names or low in words.verbs or low in DETERMINERS or not tok_is_word(tok):
            break
        if tok.core.islower() and low.endswith(("ed", "es")) and j > 1 and toks[j - 2].core[:1].isupper() and not toks[j - 2].trail:
            break  # `Warren Hale criticised campaigner Marcia Penn`: a verb after its subject, not a modifier
        if tok.core[:1].isupper() and j - 1 > 0 and not toks[j - 2].trail and toks[j - 2].core[:1].islower() and toks[j - 2].low not in DETERMINERS:
            j -= 1
            break
        j -= 1
    return j


@lru_cache(maxsize=4)
def skip_words(words: SpeechWords, data) -> frozenset[str]:
    """Capitalised sentence words (`The`, `In`, `Officials`) that can start no mention: skipped at
    once. Built once per word lists, not once per story (the lists run to thousands of words). A
    title in the plural (`Senators Okong’o Mogeni (Nyamira), Agnes Kavindu …`) opens no name either."""
    plurals = frozenset(key[0] + "s" for key in words.titles if len(key) == 1 and key[0].isalpha())
    return (words.not_names | plurals) - frozenset(("he", "she")) - frozenset(data.honorifics) - words.title_first - frozenset(data.roles)
