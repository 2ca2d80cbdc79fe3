"""Resolving the person an attribution names: a name to its person, he / she to the most salient
person of that gender, a role noun (`the mayor`) to the one the story gave that role, a surname two
people share to the one the context allows. Organisations and unnamed sources give no speaker."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile

from scriptfmt.parse.languages import compound_holder, indefinite_articles
from scriptfmt.parse.names import name_data
from scriptfmt.parse.offices import office_holder, office_of
from scriptfmt.parse.people import Mention, Person
from scriptfmt.parse.verdicts import Ctx, Said, Verdict
from scriptfmt.parse.view import View


def resolve_mention(c: Ctx, v: View, m: Mention, why: str) -> Verdict:
    where = f"line {v.line}: speaker not resolved"
    if m.kind == "name" and m.person is not None and why in _AFTER_VERB and (kin := someone_of(v, m, c.words.determiners)):
        return Verdict(None, f"{where}: the `{kin}` of {m.person.name} spoke, not {m.person.name}; quotation left as read copy")
    if m.kind == "name" and m.person is not None:
        return said_by(m.person, why)
    if m.kind == "pronoun":
        person, problem = c.tracker.salient(m.gender, m.sentence, m.pos)
        if person is None and problem == "no one fits":  # (`"…", prévient-il.` after her long quotation)
            person = _last_speaker(c)
            person = person if person is not None and person.gender in (m.gender, None) else None
        if person is None:
            return Verdict(None, f"{where}: `{m.key}` ({problem}); quotation left as read copy")
        c.tracker.seen(person, m.sentence, m.pos)
        return said_by(person, why + "/pronoun")
    if m.kind == "role":
        appositive = m.start > 0 and v.toks[m.start - 1].trail.endswith(",") and not (v is c.view and m.start == c.after)
        if (v.toks[m.start].low in indefinite_articles(c.words.lang) or _of_someone(c, v, m)) and not appositive:  # (`Amara Bell, 41, a nurse, said` is Amara Bell)
            return Verdict(None, f"{where}: an unnamed `{m.key}`; quotation left as read copy")  # `"…," a police officer said`: someone new
        person, problem = _office_holder(c, v, m) or c.tracker.by_role(m.key, m.gender)
        person = person or (compound_holder(c.tracker.people, m.key, m.gender) if c.words.noun_caps else None)  # `Umweltministerin X` … `die Ministerin`
        if person is None and _described_again(c, m):
            holders = _holders(c, m)
            if len(holders) > 1:
                return Verdict(None, f"{where}: more than one person fits `{m.key}`; quotation left as read copy")
            person = holders[0] if holders else _the_one_about(c, m)
            if person is None and c.words.descriptors and m.key.endswith(c.words.descriptors):
                person = _opened_by(c, m) or _last_speaker(c)  # `Fernando Gomes, presidente da FPF, … Mas o dirigente assegurou`
        if person is None:
            return Verdict(None, f"{where}: {problem}; quotation left as read copy")
        c.tracker.seen(person, m.sentence, m.pos)
        return said_by(person, why + "/role")
    if m.kind == "ambiguous":
        # Nobody names himself in full in his own words: `"… whether Chairman Lee Jun-seok's remarks
        # …," Lee said` is the other Lee, when the story has exactly two.
        fits = [p for p in c.tracker.by_surname.get(m.key, []) if m.gender and p.gender in (m.gender, None)]
        if len(fits) == 1:  # `Mrs. Mendelsohn` is not her husband Saul: the honorific's gender tells them apart
            return said_by(fits[0], why + "/honorific")
        left = [p for p in c.tracker.by_surname.get(m.key, []) if len(p.words) > 1 and " ".join(p.words) not in c.inner]
        if len(left) == 1 and len(c.tracker.by_surname.get(m.key, [])) == 2:
            return said_by(left[0], why + "/not-self")
        # `His mother, Karin Lindgren, took …` then `Lindgren told councillors`: the one just named,
        # when the other was not named in that sentence or the one before
        latest = sorted(c.tracker.by_surname.get(m.key, []), key=lambda p: p.last_seen, reverse=True)
        if len(latest) > 1 and latest[0].last_seen >= m.sentence - 1 and latest[1].last_seen < m.sentence - 1:
            return said_by(latest[0], why + "/just-named")
        return Verdict(None, f"{where}: more than one person is called `{m.key.title()}`; quotation left as read copy")
    return Verdict(None)  # an organisation, a place, a document: not a speaker


@lru_cache(maxsize=1)
def _of_links() -> frozenset[str]:
    """`of`, `di`, `van` …: the word that ties a role to its person (styles/attribution.toml `of_links`)."""
    return frozenset(tomlfile.load_builtin("attribution.toml")["of_links"])


def _of_someone(c: Ctx, v: View, m: Mention) -> bool:
    """`Il titolare di un’attività commerciale`, `the owner of a shop`, `la dueña de una tienda`: a role noun
    whose complement is indefinite is someone new, never the person the story gave that role."""
    k = m.end
    if k + 1 >= len(v.toks) or v.toks[k].low not in _of_links() or v.toks[k].trail:
        return False
    nxt = v.toks[k + 1].low
    return nxt in indefinite_articles(c.words.lang) or nxt in ("a", "an") or nxt.startswith(("un'", "un’"))


_AFTER_VERB = ("said-after", "inverted-after", "dash-after")  # the attributions whose subject follows the verb


def someone_of(v: View, m: Mention, determiners: frozenset[str]) -> str | None:
    """`a dit l'allié politique de Macky Sall`, `said the mother of Amara Bell`: after the verb of saying, a
    full name that completes a lower-case noun through `of` / `de` names whom the speaker is tied to, not the
    speaker. The noun, else None."""
    k = m.start
    if k < 2 or m.end - m.start < 2 or m.end > len(v.toks) or v.toks[k - 1].low not in _of_links() or v.toks[k - 1].trail or v.toks[k - 2].trail:
        return None
    noun = v.toks[k - 2]
    if noun.low in determiners or noun.low in _of_links() or not noun.core.isalpha():
        return None  # (`commissaris van de Koning Jan Verbeek`: the article, not a noun)
    return noun.core if noun.core[:1].islower() else None


def _office_holder(c: Ctx, v: View, m: Mention) -> tuple[Person | None, str] | None:
    """`the prime minister admitted` when the story named a prime minister and an information minister:
    the one holder of the noun whose title carries the office's words, not the latest-seen minister.
    An office named by what it is (`le chef de l'Etat français`: parse/offices.py) is its holder's alone."""
    named = office_of(m.key)
    if named is not None:
        person = office_holder(c.tracker.role_index, c.tracker.people, named[0], named[1], m.gender) or _only_person(c)
        return person, "" if person is not None else f"no one person in the story holds the office `{' '.join(t.core for t in v.toks[m.start : m.end])}`"
    office = " ".join(t.low for t in v.toks[m.start : m.end] if t.low not in c.words.determiners)
    person = c.tracker.role_index.titled(m.key, office, m.gender)
    return (person, "") if person is not None else None


def _only_person(c: Ctx) -> Person | None:
    """`Sergio Mattarella invia …` … `ha detto il capo dello Stato`: a story that names one person only and gives
    no one the office's title writes the office for that person (the desk's variation on the subject)."""
    people = [p for p in c.tracker.people if p.words and not p.organisation]
    return people[0] if len(people) == 1 and len(people[0].words) > 1 and not people[0].title and not people[0].roles else None  # (`le ministre X`: another office)


@lru_cache(maxsize=1)
def youth_nouns() -> frozenset[str]:
    """Nouns for a young person (`the teenager`) that an age under 20 fits (styles/speech.toml `youth_nouns`)."""
    return frozenset(tomlfile.load_builtin("speech.toml").get("youth_nouns", ()))


def _fits(role: str, key: str) -> bool:
    """A descriptor the story gave that a later role noun re-uses: the noun itself, a compound's
    head (`fire chief` … `the chief`, `head coach` … `the coach`), or an age under 20 for a young
    person's noun (`a 16-year-old student` … `the teenager`)."""
    if role == key or role.split()[-1] == key.split()[-1]:
        return True
    age = role.split("-")[0]
    return key in youth_nouns() and role.endswith("-year-old") and age.isdigit() and int(age) < 20


def _holders(c: Ctx, m: Mention) -> list[Person]:
    """The named people the story described with words the role noun fits: when there are any, the
    noun means one of them, never the story's main person; two of them and no one is named."""
    found = c.tracker.role_index.described_as(m.key, m.key in youth_nouns())  # (an index: the few people who may fit, not everyone)
    return [p for p in found if p.words and not p.organisation and (m.gender is None or p.gender in (m.gender, None))
            and any(_fits(r, m.key) for r in p.roles | set((p.title or "").lower().split()[-1:]))]


def _the_one_about(c: Ctx, m: Mention) -> Person | None:
    """The person a re-describing role noun means: the person of the last few sentences the story is
    about (`Tadhg Mulvey, whose …` then `the 44-year-old said`), when the story has mentioned them more
    than anyone else there; between two people mentioned alike (the minister and the presenter who
    grills her), no guess. A run of capitals with no gender and no title is no person."""
    person, _ = c.tracker.salient(m.gender, m.sentence, m.pos, window=4)
    if person is None or _generic(c, m):
        return person  # `the 44-year-old`, `the woman`, `the teenager`: the one just introduced
    if not (person.gender or person.title):
        return None
    near = [p for p in c.tracker.seen_since(m.sentence - 4) if p is not person and p.words and (p.gender or p.title) and (m.gender is None or p.gender in (m.gender, None))]
    if near and c.tracker.mentions_of(person) <= max(c.tracker.mentions_of(p) for p in near):
        return None
    person.roles.add(m.key)  # the story has now called them so: a later `the minister replied` is them again
    return person


def _opened_by(c: Ctx, m: Mention) -> Person | None:
    """The person whose name opens the latest sentence before a descriptor noun (`o dirigente`, `der
    SPD-Politiker`), within four: the one the desk describes again when other names came between."""
    for sentence in range(m.sentence, m.sentence - 5, -1):
        pid = c.tracker.opener.get(sentence)
        person = c.tracker.by_pid.get(pid) if pid else None
        if person is not None and not person.organisation and m.gender in (None, person.gender):
            return person
    return None


def _last_speaker(c: Ctx) -> Person | None:
    """`"…", afirmou Álvaro Santos Pereira` … then `"…", referiu o governante`: with no name opening a
    sentence since, a descriptor noun re-describes the one quoted just before (this paragraph or the last two);
    so does a he / she that finds no one in reach, the sentences of a long quotation between (`"…", prévient-il.`)."""
    last = c.hist.last
    if last is None or c.view.index - c.hist.last_bite_para > 2:
        return None
    person = c.tracker.by_pid.get(last.pid)
    return person if person is not None and not person.organisation else None


def _described_again(c: Ctx, m: Mention) -> bool:
    """A definite role noun the story gave no one re-describes the person it is about (`María Jesús
    Montero, portavoz del Gobierno` … `ha afirmado la ministra`; `the 44-year-old said`; `der SPD-Politiker`).
    An unnamed source's noun (`the official said`) is someone new: that stays unresolved."""
    if c.tracker.role_index.holding(m.key) or office_of(m.key):
        return False  # (an office is its holder's: with none in the story, no one's)
    data = name_data()
    if _generic(c, m):
        return True
    nationality = m.key in data.nations or any(m.key in forms for forms in data.nations.values())  # `the Kenyan said`: someone else
    return not nationality and m.key.split()[-1] not in data.unnamed_sources


def _generic(c: Ctx, m: Mention) -> bool:
    """An age or a descriptor (`the 44-year-old`, `the SDLP woman`, `der SPD-Politiker`): anyone, the one just named."""
    return m.key.endswith(("-year-old", *c.words.descriptors)) or m.key in name_data().generic_people


def said_by(person: Person, why: str) -> Verdict:
    if person.organisation:  # `Médecins du Travail, a workers' health group, said:`: read copy
        return Verdict(None)
    if not person.words:  # an unnamed source (`a police spokeswoman`): read copy, never someone else's name
        return Verdict(None, f"speaker not resolved: an unnamed `{min(person.roles)}`; quotation left as read copy")
    return Verdict(Said(person.speaker(), person.pid, why))
