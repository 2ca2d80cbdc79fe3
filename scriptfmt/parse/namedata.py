"""The names data (styles/names.toml, foreign desks' names from styles/languages.toml, and a newsroom's
own files named in $SCRIPTFMT_NAMES), read once: honorifics, particles, roles, given names, places."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.languages import name_tables


@dataclass(frozen=True, eq=False, repr=False)
class NameData:
    honorifics: dict[str, str]  # lower case -> gender ("m", "f", "")
    particles: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: frozenset[str]
    family_first: frozenset[str]
    roles: dict[str, str]  # role noun -> gender
    aliases: dict[str, list[str]]  # a title word -> role nouns it answers to
    relations: frozenset[str]
    not_people: frozenset[str]
    first_names: dict[str, str]  # lower case -> gender
    reciprocal: dict[str, str]  # `X's wife, Y`: what X is to Y (husband)
    given_first: frozenset[str]  # honorifics followed by the given name (`Sir Nigel`), lower case
    peerage: frozenset[str]  # honorifics kept in the name when no given name is known (`Lord Hawkridge`)
    particle_after: dict[str, frozenset[str]]  # `an` is a particle only after `Mac` / `Nic`
    nations: dict[str, frozenset[str]]  # lower-case country or nationality word -> the words a person of it answers to
    job_endings: tuple[str, ...]  # `Fishmonger Kim Bok-soon`: a capitalised word ending so is a title
    work_nouns: frozenset[str] = frozenset()  # `programme Morning Ireland`: what follows is a title, not a person
    place_endings: frozenset[str] = frozenset()  # `Stillorgan Road`: a place, not a person
    generic_people: frozenset[str] = frozenset()  # `the SDLP woman`: anyone of that gender
    body_articles: frozenset[str] = frozenset()  # `An Garda Síochána`: a state body's article (as written), not a title's
    unnamed_sources: frozenset[str] = frozenset()  # `a police spokeswoman said`: a new speaker with no name
    given_titles: frozenset[str] = frozenset()  # `Prince Abdullah`, `Datuk Seri Anwar`: the given name follows, lower case
    patronymics: frozenset[str] = frozenset()  # `bin`, `binti`: a name of this shape is called by its given name
    calendar: frozenset[str] = frozenset()  # days and months, lower case: never a name
    phrase_openers: frozenset[str] = frozenset()  # `On`, `In`: open a phrase, never a name
    describing: frozenset[str] = frozenset()  # `Top`, `Former`: describe someone, never open a name
    parties: frozenset[str] = frozenset()  # `Tory`, `Democrat`: a party member, never a name's last word
    departments: frozenset[str] = frozenset()  # `Development`, `Affairs`: the last word of a portfolio, lower case
    place_nouns: frozenset[str] = frozenset()  # `provincia de Santiago del Estero`, `city of Port Louis`: a place follows
    place_starts: frozenset[str] = frozenset()  # `Centro de Convenções`, `Hôpital Nord`: an institution or a building, never a person
    place_openers: frozenset[str] = frozenset()  # `St Thomas'`, `Mt Kenya`, `Lake Placid`: a place's own name opens so
    thing_openers: frozenset[str] = frozenset()  # `Operation Thunderbolt`, `Hurricane Ida`: an event's own name opens so, never a person's
    office_links: frozenset[str] = frozenset()  # `Minister Delegate and for Trade`: after `and`, the office goes on
    companions: frozenset[str] = frozenset()  # `with Ana Ruiz and Tom Bell, she said`: names after these are companions
    dropped: frozenset[str] = frozenset()  # `the new mayor`: words a role's label drops
    surname_particles: frozenset[str] = frozenset()  # `de la Cruz`: what a surname opens with, never a conjunction (`y`, `e`)
    portfolios: frozenset[str] = frozenset()  # `da Economia`, `de Sanidad`: a ministry after a particle, never a surname


NEWSROOM_FILES = "SCRIPTFMT_NAMES"  # environment: the newsroom's own name files, os.pathsep-separated
_LISTS = (
    "particles", "prefixes", "suffixes", "family_first", "relations", "not_people", "given_name_honorifics", "peerage_honorifics",
    "work_nouns", "place_endings", "place_nouns", "generic_people", "body_articles", "unnamed_sources", "given_name_titles",
    "patronymics", "calendar", "phrase_openers", "describing_words", "party_words", "departments", "surname_particles",
    "place_starts", "place_openers", "thing_openers", "office_links", "companion_words", "dropped_modifiers", "portfolio_words",
)
_TABLES = ("honorifics", "roles", "role_aliases", "reciprocal", "particle_after", "nationalities")


@lru_cache(maxsize=1)
def name_data() -> NameData:
    """styles/names.toml, extended by the newsroom's files (same tables) named in $SCRIPTFMT_NAMES."""
    t = tomlfile.load_builtin("names.toml")
    lists = {key: list(t.get(key, [])) for key in _LISTS}
    tables = {key: dict(t.get(key, {})) for key in _TABLES}
    firsts = {n.lower(): "f" for n in t["first_names"]["female"]}
    firsts.update({n.lower(): "m" for n in t["first_names"]["male"]})
    foreign = name_tables()  # foreign desks' roles, honorifics and given names (styles/languages.toml)
    for key in ("roles", "role_aliases", "honorifics"):
        tables[key].update(foreign.get(key, {}))
    for gender, key in (("f", "female"), ("m", "male")):
        firsts.update({n.lower(): gender for n in foreign.get("first_names", {}).get(key, []) if n.lower() not in firsts})
    for path in filter(None, os.environ.get(NEWSROOM_FILES, "").split(os.pathsep)):
        extra = tomlfile.load(path, "names")
        for key in _LISTS:
            lists[key] += [str(w) for w in extra.get(key, [])]
        for key in _TABLES:
            tables[key].update(extra.get(key, {}))
        for gender, key in (("f", "female"), ("m", "male"), ("", "any")):
            firsts.update({str(n).lower(): gender for n in extra.get("first_names", {}).get(key, [])})
    return NameData(
        {k.lower(): v for k, v in tables["honorifics"].items()},
        frozenset(lists["particles"]),
        tuple(lists["prefixes"]),
        frozenset(s.lower() for s in lists["suffixes"]),
        frozenset(n.lower() for n in lists["family_first"]),
        {k.lower(): v for k, v in tables["roles"].items()},
        {k.lower(): v for k, v in tables["role_aliases"].items()},
        frozenset(lists["relations"]),
        frozenset(lists["not_people"]),
        firsts,
        {k.lower(): v for k, v in tables["reciprocal"].items()},
        frozenset(w.lower() for w in lists["given_name_honorifics"]),
        frozenset(w.lower() for w in lists["peerage_honorifics"]),
        {k.lower(): frozenset(w.lower() for w in v) for k, v in tables["particle_after"].items()},
        _nations(tables["nationalities"]),
        tuple(t.get("job_endings", [])),
        frozenset(w.lower() for w in lists["work_nouns"]),
        frozenset(w.lower() for w in lists["place_endings"]),
        frozenset(w.lower() for w in lists["generic_people"]),
        frozenset(lists["body_articles"]),
        frozenset(w.lower() for w in lists["unnamed_sources"]),
        given_titles=frozenset(w.lower() for w in lists["given_name_titles"]),
        patronymics=frozenset(lists["patronymics"]),
        calendar=frozenset(w.lower() for w in lists["calendar"]),
        phrase_openers=frozenset(w.lower() for w in lists["phrase_openers"]),
        describing=frozenset(w.lower() for w in lists["describing_words"]),
        parties=frozenset(w.lower() for w in lists["party_words"]),
        departments=frozenset(w.lower() for w in lists["departments"]),
        place_nouns=frozenset(w.lower() for w in lists["place_nouns"]),
        surname_particles=frozenset(w.lower() for w in lists["surname_particles"]),
        place_starts=frozenset(w.lower() for w in lists["place_starts"]),
        place_openers=frozenset(w.lower() for w in lists["place_openers"]),
        thing_openers=frozenset(w.lower() for w in lists["thing_openers"]),
        office_links=frozenset(w.lower() for w in lists["office_links"]),
        companions=frozenset(w.lower() for w in lists["companion_words"]),
        dropped=frozenset(w.lower() for w in lists["dropped_modifiers"]),
        portfolios=frozenset(w.lower() for w in lists["portfolio_words"]),
    )


def _nations(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """`Spain = [Spanish, Spaniard]` -> spain, spanish, spaniard each -> {spanish, spaniard}."""
    out: dict[str, frozenset[str]] = {}
    for country, words in table.items():
        forms = frozenset(w.lower() for w in words)
        for key in (country.lower(), *forms):
            out[key] = forms
    return out
