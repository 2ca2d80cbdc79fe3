"""Offices named by what they are: `the head of state`, `le chef de l'Etat français`, `el jefe de
Estado`, `der Regierungschef` (styles/names.toml [offices]). A desk writes them for the person the
story gave the office's title (`Le président français, François Hollande` … `a déclaré le chef de
l'Etat français`): the mention is a role whose holders are those titles' people, never the latest
`chef` the story named. A qualifier the desk adds (`French`, `français`) picks the holder whose
title carries it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.people import Mention
from scriptfmt.parse.speakers import SpeechWords


@dataclass(frozen=True)
class Office:
    key: str  # `head_of_state`
    holders: tuple[str, ...]  # lower-case role nouns and titles of the people who hold it
    phrases: tuple[tuple[str, ...], ...] = ()  # the office's own words (`chef d'état`)


@dataclass(frozen=True)
class OfficeWords:
    phrases: dict[tuple[str, ...], Office]  # lower-case words of the phrase -> its office
    first: frozenset[str]  # first word of every phrase: most tokens are skipped at once
    longest: int
    by_key: dict[str, Office]
    short: dict[str, Office]  # `PM`, `VP`: the office written short in capitals after an article


@lru_cache(maxsize=1)
def office_words() -> OfficeWords:
    table = tomlfile.load_builtin("names.toml").get("offices", {})
    phrases: dict[tuple[str, ...], Office] = {}
    short: dict[str, Office] = {}
    by_key: dict[str, Office] = {}
    for key, entry in table.items():
        office = Office(key, tuple(h.lower() for h in entry.get("holders", ())), tuple(tuple(p.lower().split()) for p in entry.get("phrases", ())))
        phrases.update({tuple(p.lower().split()): office for p in entry.get("phrases", ())})
        short.update({abbreviation: office for abbreviation in entry.get("short", ())})
        by_key[key] = office
    return OfficeWords(phrases, frozenset(p[0] for p in phrases), max(map(len, phrases), default=1), by_key, short)


def office_mention(toks: list, k: int, nations: dict, words: SpeechWords) -> Mention | None:
    """The office phrase starting at toks[k] (`chef de l'Etat`) as a role mention, with the
    nationality before it (`the French head of state`) or the qualifier after it (`… de l'Etat
    français`); None when no phrase starts there."""
    table = office_words()
    if (short := table.short.get(toks[k].core)) is not None and k and not toks[k - 1].trail and toks[k - 1].low in words.determiners:
        return Mention(k, k + 1, "role", 0, key=f"{short.key}:")  # `the PM said`: the office written short
    if toks[k].low.replace("’", "'") not in table.first:
        return None
    for n in range(min(table.longest, len(toks) - k), 0, -1):
        office = table.phrases.get(tuple(t.low.replace("’", "'") for t in toks[k : k + n]))  # (`l’État` as `l'État`)
        if office is not None and all(not t.trail for t in toks[k : k + n - 1]):
            break
    else:
        return None
    start, end, qualifier = k, k + n, ""
    if k and not toks[k - 1].trail and toks[k - 1].low in nations:
        start, qualifier = k - 1, toks[k - 1].low
    elif words.lang != "en" and end < len(toks) and not toks[end - 1].trail and _adjective(toks[end], words):
        end, qualifier = end + 1, toks[end].low  # (`… lors d'une cérémonie`: a qualifier no title carries changes nothing)
    return Mention(start, end, "role", 0, key=f"{office.key}:{qualifier}")


def _holds(title: str | None, office: Office) -> bool:
    """Does a title name the office itself (`Chef d’État angolais`, `Head of State`)?"""
    words = tuple((title or "").lower().replace("’", "'").split())
    return any(words[k : k + len(p)] == p for p in office.phrases for k in range(len(words) - len(p) + 1))


def _adjective(tok, words: SpeechWords) -> bool:
    """A lower-case word after a foreign desk's office that may qualify it (`français`), not its verb."""
    return tok.core.isalpha() and tok.core.islower() and len(tok.core) > 3 and tok.low not in words.verbs and tok.low not in words.determiners


def office_of(key: str) -> tuple[Office, str] | None:
    """The office and qualifier an office mention's key holds; None for any other role noun."""
    name, _, qualifier = key.partition(":")
    office = office_words().by_key.get(name) if qualifier or key.endswith(":") else None
    return (office, qualifier) if office is not None else None


_RECENT = 64  # people last added whose titles are read for the office's own words


def office_holder(index, people: list, office: Office, qualifier: str, gender: str | None):
    """The one person the story gave a title of `office` (its role index: a few look-ups), or the
    office itself (`Joao Lourenço, le chef d’État angolais`: among the last people added); with a
    qualifier, the one whose title carries it (`le chef de l'Etat français`: the French president,
    not the American one). None when no one, or more than one, fits."""
    found: dict[int, object] = {id(p): p for p in people[-_RECENT:] if _holds(p.title, office)}
    for holder in office.holders:
        head = holder.split()[-1]
        for p in (*index.holding(holder), *index.described_as(head, False)):
            title = (p.title or "").lower()
            if holder in p.roles or holder in title.split() or " " in holder and holder in title:
                found.setdefault(id(p), p)
    fits = [p for p in found.values() if p.words and not p.organisation and (gender is None or p.gender in (gender, None))]
    if qualifier:  # `jefe de la diplomacia española` is the `ministro español`: the qualifier in either gender or number
        stem = qualifier.rstrip("aeos")
        fits = [p for p in fits if any(w == qualifier or w.rstrip("aeos") == stem for w in (p.title or "").lower().split())] or fits
    return fits[0] if len(fits) == 1 else None
