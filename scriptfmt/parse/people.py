"""The mention tracker: every person a story mentions, linked from paragraph to paragraph.

One pass in story order, over each paragraph's tokens (tokenised once, by the caller):
  - title + name (`Kenyan official Daniel Otieno`, `St. Clair County Sheriff Tom Hale`),
    honorific + name (`Ms Harwood`), a full name, a known surname or first name alone;
  - what describes a name: an appositive (`, a lawyer for the family,`), an age (`, 16,`),
    `of ORGANISATION`, a role before it (`her husband, Tom Ruiz,`);
  - anaphors, kept for the attribution sieve to resolve: he / she, and role nouns
    (`the mayor`, `the 16-year-old`, `the company's founder`);
  - things that talk but are not people (`the report`, `the company`).
Each person has a stable id, a name (no honorifics or titles), the first title the story
gives, gender evidence (honorific, first-name table, gendered role noun) and the sentences
they were mentioned in (salience). Words inside quotations are not mentions.
"""

from __future__ import annotations

import bisect
import heapq
import re
from dataclasses import dataclass, field

from scriptfmt.model import Speaker
from scriptfmt.parse.names import NameShape, fold, gender_of_first, name_at, name_case, name_data
from scriptfmt.parse.speakers import SpeechWords, Token, speech_words
from scriptfmt.parse.roleindex import RoleIndex, Roles
from scriptfmt.parse.titles import clean_title, title_head, title_nouns

_AGE = re.compile(r"\d{1,3}(?:-year-old)?")
_AGED_ROLE = re.compile(r"\d{1,3}-year-old")
COMPANION = "with"  # a timeline mark: the person was named after `with` / `alongside` (not the sentence's subject)


@dataclass(eq=False, repr=False)
class Person:
    pid: str
    words: list[str]
    surname: str
    first: str | None
    title: str | None = None
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    last_seen: int = -1  # sentence number of the latest mention
    fullest: list[str] = field(default_factory=list)  # the longest form of the name seen (`Nana Addo Dankwa Akufo-Addo`)
    organisation: bool = False  # `Médecins du Travail, a workers' health group,`: a name that is no person
    order: int = -1  # index in the tracker's people (ties in `by_role` go to the one met first)

    @property
    def name(self) -> str:
        text = " ".join(self.words)
        return name_case(self.words) if text.isupper() else text

    def speaker(self) -> Speaker:
        return Speaker(self.name, self.title)


@dataclass(slots=True, eq=False, repr=False)
class Mention:
    start: int  # token indexes in the paragraph
    end: int
    kind: str  # "name" | "pronoun" | "role" | "thing" | "ambiguous"
    sentence: int
    person: Person | None = None
    key: str = ""  # the pronoun or role noun
    gender: str | None = None
    possessive: bool = False  # `Hollis's spokesman`: Hollis is not the one speaking
    pos: int = 0  # story-wide token position (for salience: only what comes before counts)


@dataclass(eq=False, repr=False)
class Tracker:
    words: SpeechWords = field(default_factory=speech_words)
    people: list[Person] = field(default_factory=list)
    by_surname: dict[str, list[Person]] = field(default_factory=dict)
    by_first: dict[str, list[Person]] = field(default_factory=dict)
    timeline: list[tuple[int, Person, bool]] = field(default_factory=list)  # (sentence, person, possessive), by position
    positions: list[int] = field(default_factory=list)  # story-wide token position of each timeline entry
    sentence: int = 0  # current sentence number, story-wide
    base: int = 0  # story-wide position of the current paragraph's first token
    ids: int = 0  # ids given so far
    role_words: set[str] = field(default_factory=set)  # what the story calls people (`fisherman`, `Spaniard`): `the fisherman said`
    speaking: set[tuple[int, str]] = field(default_factory=set)  # (sentence, pid): the subject of a verb of saying there
    subject_mentions: dict[Person, int] = field(default_factory=dict)  # the timeline's entries per person, not minor: counted once
    pronoun_subject: dict[int, str] = field(default_factory=dict)  # sentence -> gender of the he / she that opens it
    opener: dict[int, str] = field(default_factory=dict)  # sentence -> pid of the person whose name opens it (its subject)
    # indexes, so a mention costs a look-up, not a walk over everyone the story has named:
    first_at: dict[str, dict[Person, int]] = field(default_factory=dict)  # given name -> person -> first place in by_first
    by_pair: dict[tuple[str, ...], list[Person]] = field(default_factory=dict)  # first two words of a name (lowered) -> people
    recent: list[tuple[int, int, Person]] = field(default_factory=list)  # heap of (-last_seen, order, person); stale entries skipped
    by_pid: dict[str, Person] = field(default_factory=dict)  # id -> person, filled as ids are given
    role_index: RoleIndex = field(default_factory=RoleIndex)  # role -> the people given it (`the minister said`: a look-up)

    # --- people ---------------------------------------------------------------------
    def person_for(self, shape: NameShape, gender: str | None = None, attested: bool = False, given: bool = False) -> Person | None:
        """The person a name shape means; a new one for a new full name (or an attested
        surname: `Mr. Adeyemi`, `Mayor Hollis`). None for an unknown single word. `given`: the
        word stands after a title that takes the given name (`Prince Abdullah`, `Datuk Seri Anwar`)."""
        known = self.by_surname.get(shape.surname) or self.by_surname.get(fold(shape.surname), [])
        if shape.first is None:
            if len(known) == 1:
                return self._evidence(known[0], gender)
            if not known:
                named = self.by_first.get(shape.surname, [])
                if len(named) == 1 and (not attested or given or _given_name_honoured(named[0], gender) or _patronymic(named[0])):
                    return self._evidence(named[0], gender)
                return self._new(shape, gender) if attested else None
            return None  # two people share the surname: ambiguous
        low = [w.lower() for w in shape.words]
        for person in self._given_forms(shape.first.split()[0], low):
            full = person.fullest or person.words
            if 1 < len(full) < len(low) and [w.lower() for w in full] == low[: len(full)]:
                return self._fuller(person, shape, gender)  # a headline's `Mohamed Khaled`, then `Mohamed Khaled Nordin`
            if len(full) > len(low) and [w.lower() for w in full[: len(low)]] == low and not known:
                return self._evidence(person, gender)  # `Rosa Elena` is Rosa Elena Quintanilla (a two-word given name)
        for person in known:
            if len(person.words) > len(shape.words) and [fold(w) for w in person.words[-len(shape.words):]] == [fold(w) for w in shape.words]:
                return self._evidence(person, gender)  # `Pichetto Fratin` is Gilberto Pichetto Fratin
            if len(known) == 1 and 1 < len(person.words) < len(shape.words) and (inside := _inside(person.words, shape.words)):
                if inside == "middle":  # `Luhut Panjaitan`, later `Luhut Binsar Panjaitan`: him, known by the name met first
                    person.fullest = list(shape.words)
                    self._file_pair(person)
                    return self._evidence(person, gender)
                person.first = shape.first  # `López Obrador dijo …`, later `Andrés Manuel López Obrador`: the whole name
                self._file_first(shape.first.split()[0], person)
                return self._fuller(person, shape, gender)
            if _short_form(person.first, shape.first) and len(person.words) == len(shape.words):
                if len(shape.first) > len(person.first):  # `Ken Agyapong`, later `Kennedy Agyapong`: the full given name
                    person.words, person.first = list(shape.words), shape.first
                    self._file_first(shape.first.split()[0], person)
                    self._file_pair(person)
                return self._evidence(person, gender)
            if person.first == shape.first or person.first is None:
                if person.first is None:
                    person.words, person.first = shape.words, shape.first
                    self._file_first(shape.first.split()[0], person)
                if len(shape.words) > len(person.fullest or person.words):
                    person.fullest = list(shape.words)  # a later `Nana Addo` is a given-name part of it
                self._file_pair(person)
                return self._evidence(person, gender)
        return self._new(shape, gender)

    def _given_forms(self, first: str, low: list[str]) -> list[Person]:
        """The people filed under a given name who can be a shorter or longer form of the name `low`:
        those whose name opens with the same two words, in the order they were filed."""
        if len(low) < 2:
            return self.by_first.get(first, [])
        at = self.first_at.get(first, {})
        return sorted({p for p in self.by_pair.get(tuple(low[:2]), ()) if p in at}, key=at.__getitem__)

    def _file_first(self, first: str, person: Person) -> None:
        if person in self.first_at.get(first, {}):
            return  # filed once under a given name (`Luhut Panjaitan`, later `Luhut Binsar Panjaitan`)
        filed = self.by_first.setdefault(first, [])
        filed.append(person)
        self.first_at.setdefault(first, {}).setdefault(person, len(filed) - 1)

    def _file_pair(self, person: Person) -> None:
        """File a person under the first two words of their name, as it is now (names grow: `Mohamed Khaled Nordin`)."""
        full = person.fullest or person.words
        if len(full) >= 2:
            filed = self.by_pair.setdefault((full[0].lower(), full[1].lower()), [])
            if person not in filed:
                filed.append(person)

    def _join(self, person: Person) -> None:
        person.order = len(self.people)
        self.people.append(person)
        heapq.heappush(self.recent, (-person.last_seen, person.order, person))
        person.roles = Roles(person.roles, person, self.role_index)

    def seen_since(self, sentence: int) -> list[Person]:
        """The people mentioned in sentence `sentence` or after it (the heap, newest first: a look at the
        last few people, not at everyone)."""
        kept, found = [], []
        while self.recent and -self.recent[0][0] >= sentence:
            entry = heapq.heappop(self.recent)
            if -entry[0] == entry[2].last_seen:  # (an older last_seen: a newer entry stands for this person)
                kept.append(entry)
                found.append(entry[2])
        for entry in kept:
            heapq.heappush(self.recent, entry)
        return found

    def _fuller(self, person: Person, shape: NameShape, gender: str | None) -> Person:
        """The story now writes the whole name of someone met by its first words: the super shows it,
        and its surname finds them too."""
        person.words, person.fullest = list(shape.words), list(shape.words)
        self._file_pair(person)
        if shape.surname not in self.by_surname or person not in self.by_surname[shape.surname]:
            self.by_surname.setdefault(shape.surname, []).append(person)
        return self._evidence(person, gender)

    def described(self, shape: NameShape) -> Person | None:
        """`Angry Outa accused …` (opening a sentence) after `Senator Fred Outa`: a first word that is
        no known given name before the surname of the one person the story gave another given
        name describes that person; it is not a new person called `Angry Outa`."""
        known = self.by_surname.get(shape.surname, [])
        if len(shape.words) != 2 or shape.first is None or shape.first in name_data().first_names or len(known) != 1:
            return None
        return known[0] if known[0].first not in (None, shape.first) and len(known[0].words) > 1 else None

    def _new(self, shape: NameShape, gender: str | None) -> Person:
        person = Person("", list(shape.words), shape.surname, shape.first)  # id: at its first mention
        self._join(person)
        self._file_pair(person)
        if shape.inferred:  # `Rita Voss's son Jonas` … `Voss said`: the surname the copy wrote is hers
            self._file_first(shape.first.split()[0], person)
            return self._evidence(person, gender or gender_of_first(shape.first))
        self.by_surname.setdefault(shape.surname, []).append(person)
        if fold(shape.surname) != shape.surname:
            self.by_surname.setdefault(fold(shape.surname), []).append(person)  # `Sek` is the `Sęk` of before
        data = name_data()
        inner = shape.words[1:-1] if len(shape.words) >= 3 and shape.first and shape.first.split()[0] == shape.words[0].lower() and shape.words[-1].lower() not in data.suffixes else []
        for k, word in enumerate(inner):  # `Lucía Arandia Terceros` … `Arandia told reporters`; `Luiz Inácio Lula da Silva` … `Lula respondeu`
            middle = word.lower()
            if middle != shape.surname and (k or middle not in data.first_names) and middle not in data.particles and word[:1].isupper() and person not in self.by_surname.get(middle, []):
                self.by_surname.setdefault(middle, []).append(person)
        if shape.first:
            self._file_first(shape.first.split()[0], person)
        return self._evidence(person, gender or gender_of_first(shape.first))

    def unnamed(self, noun: str, sentence: int, pos: int, speaking: bool) -> None:
        """`A police spokeswoman said …`: a new person the story never names. A later `she said`
        or `the spokeswoman said` is them (no name on air), not someone named before."""
        person = Person("", [], "", None, gender=name_data().roles.get(noun) or None, roles={noun})
        self._join(person)
        self.seen(person, sentence, pos)
        if speaking:
            self.speaking.add((sentence, person.pid))

    def _evidence(self, person: Person, gender: str | None) -> Person:
        if gender and person.gender is None:
            person.gender = gender
        return person

    def describe(self, person: Person, title: str | None, roles: set[str] | None = None, appositive: bool = False) -> None:
        """Add what the story says a person is: the first clean title wins. An appositive whose
        noun is an organisation's (`X, a workers' health group,`) says X is no person."""
        data = name_data()
        if appositive and title_head(title) in data.not_people:
            person.organisation = True
        written = sorted(w.strip(",.") for w in (roles or set()) | set((title or "").lower().split()))
        aliases = {alias for word in written for alias in data.aliases.get(word, ())}
        if title and title.lower() in data.aliases:
            aliases.update(data.aliases[title.lower()])
        elif title:  # `Ministra de Relaciones Exteriores y Movilidad Humana` is `ministra de relaciones exteriores`: `la canciller`
            aliases.update(a for key, found in data.aliases.items() if " " in key and title.lower().startswith(key + " ") for a in found)
        for word in written:
            if word in data.roles or _AGED_ROLE.fullmatch(word) or word in data.relations:
                person.roles.add(word)
                self._evidence(person, data.roles.get(word) or None)  # only a word the story wrote is gender evidence
        # `Council member` answers to `the councilman` and `the councilwoman`: roles, never gender
        person.roles.update(a for a in aliases if a in data.roles or a in data.relations)
        for word in (title_head(title), *title_nouns(title, self.words), *(form for w in written for form in data.nations.get(w, ()))):
            if word and word not in data.not_people:  # any title's noun is a role: `Fisherman Bjørn Haugland` … `the fisherman`
                person.roles.add(word)
                self.role_words.add(word)
        if title and not person.title:
            person.title = clean_title(title)
            if person.order >= 0 and person.title:
                self.role_index.file_head(person, person.title.lower().split()[-1])

    def add_role(self, person: Person, role: str | None) -> None:
        """A role the story gives a person by name (`the DCE`): a later `the DCE said` is them."""
        if role:
            person.roles.add(role)
            self.role_words.add(role)

    def tie(self, person: Person, country: str) -> None:
        """`Spain's Carlos Ruiz`, `Ruiz of Spain`: he answers to `the Spaniard`."""
        forms = name_data().nations.get(country.lower(), frozenset())
        person.roles.update(forms)
        self.role_words.update(forms)

    def add_hint(self, name: str, title: str | None) -> None:
        shape = NameShape(name.split(), 0, 0, *_hint_keys(name.split()))
        person = self.person_for(shape, attested=True)
        if person is not None:
            self.describe(person, title)

    def identify(self, words: list[str]) -> Person | None:
        """The person a marker names (`HOLLIS`, `Denise Hollis`), a new one if the story has none."""
        toks = [Token(w, w, "", 0, w.lower()) for w in words]
        shape = name_at(toks, _skip_titles(toks, self.words), self.words, True)
        return self.person_for(shape, attested=True) if shape is not None else None

    def resolve(self, words: list[str]) -> Speaker:
        """A name as a marker writes it (`HOLLIS`, `Sen. Mark Ellery`) -> the story's person."""
        toks = [Token(w, w, "", 0, w.lower()) for w in words]
        shape = name_at(toks, _skip_titles(toks, self.words), self.words, True)
        person = None
        if shape is not None:
            known = self.by_surname.get(shape.surname, [])
            person = known[0] if len(known) == 1 else None
        return person.speaker() if person else Speaker(" ".join(words).title() if " ".join(words).isupper() else " ".join(words), None)

    # --- salience -------------------------------------------------------------------
    def seen(self, person: Person, sentence: int, pos: int, minor: bool | str = False) -> None:
        if not person.pid:  # ids in order of first mention in the copy (hints do not count)
            self.ids += 1
            person.pid = f"p{self.ids}"
            self.by_pid[person.pid] = person
        if sentence > person.last_seen:
            person.last_seen = sentence
            if 0 <= person.order < len(self.people) and self.people[person.order] is person:
                heapq.heappush(self.recent, (-sentence, person.order, person))
        k = bisect.bisect_right(self.positions, pos)  # almost always the end: story order
        self.positions.insert(k, pos)
        self.timeline.insert(k, (sentence, person, minor))
        if not minor:
            self.subject_mentions[person] = self.subject_mentions.get(person, 0) + 1

    def mentions_of(self, person: Person) -> int:
        """How often the story has named this person as a subject (not a possessive or a companion)."""
        return self.subject_mentions.get(person, 0)

    def pronoun_evidence(self, sentence: int, gender: str) -> None:
        """A sentence that opens with He / His follows one about a single person: that is his gender."""
        k, found = len(self.timeline) - 1, set()
        while k >= 0 and self.timeline[k][0] >= sentence:
            if self.timeline[k][0] == sentence and not self.timeline[k][2]:
                found.add(self.timeline[k][1])
            k -= 1
        if len(found) == 1:
            self._evidence(found.pop(), gender)

    def salient(self, gender: str | None, sentence: int, pos: int, window: int = 8) -> tuple[Person | None, str]:
        """The person a pronoun at `pos` means: the latest sentence before it (within `window`)
        that mentions a compatible person; in it, the first such mention (the subject, as a rule)."""
        k = bisect.bisect_left(self.positions, pos) - 1
        owner = None  # `… Narendra Modi's anti-Pakistan stance …`: a possessive alone is no subject; an earlier subject goes first
        while k >= 0 and self.timeline[k][0] >= sentence - window:
            at = self.timeline[k][0]
            group, minor = [], set()
            while k >= 0 and self.timeline[k][0] == at:
                if not (at == sentence and self.timeline[k][2] == COMPANION):
                    group.append(self.timeline[k][1])  # `Talking with Ana Ruiz, she said:` — she is not Ana Ruiz
                if self.timeline[k][2]:
                    minor.add(self.timeline[k][1].pid)
                k -= 1
            if gender is not None and self.pronoun_subject.get(at) == gender:
                continue  # `He noted Ana Ruiz and Tom Bell were away.`: the sentence's own he goes further back
            fits = [p for p in reversed(group) if gender is None or p.gender in (gender, None) and not p.organisation]  # he / she is never a body (`formand for Thyborøn Fiskeriforening`)
            if fits and all(p.pid in minor for p in fits) and at < sentence:
                owner = owner or fits[0]
                continue
            fits = [p for p in fits if p.pid not in minor] or fits  # `St Thomas' Hospital`, `Voss's son`: not the subject
            fits = [p for p in fits if (at, p.pid) in self.speaking] or fits  # `After lunch with Trump, Merz told …`
            if fits:
                distinct = list(dict.fromkeys(fits))
                chosen = distinct[0]
                if len(distinct) > 1 and (gender is None or chosen.gender != gender) and not self._chained(chosen, at, sentence, gender):
                    return None, "two people fit"  # `Kiran Osei and Alexis Mwangi … he said`
                return chosen, ""
        return (owner, "") if owner is not None else (None, "no one fits")

    def _chained(self, person: Person, at: int, sentence: int, gender: str | None) -> bool:
        """`Cr Albert defended the advert, saying Cr Kenyon was grasping at straws. He said …` then
        `"…," he said.`: the person whose name opens sentence `at`, followed by a sentence opened by
        the same he / she before the quotation's own, is who that chain of pronouns is about."""
        return gender is not None and self.opener.get(at) == person.pid and any(self.pronoun_subject.get(s) == gender for s in range(at + 1, sentence))

    def by_role(self, role: str, gender: str | None) -> tuple[Person | None, str]:
        """The latest-seen person the story gave this role (of a compatible gender); the first met on a tie."""
        found = self._recent_fit(role, gender) if role in self.role_index.holders else None
        if found is not None:
            return found, ""
        fits = [p for p in self.role_index.holding(role) if gender is None or p.gender in (gender, None)]
        if not fits:
            return None, f"no one in the story is `{role}`"
        return max(fits, key=lambda p: (p.last_seen, -p.order)), ""


    def _recent_fit(self, role: str, gender: str | None, tries: int = 32) -> Person | None:
        """`by_role` from the most recently seen down (a heap): the one that fits is almost always among the
        last few seen; after `tries` people who do not fit, None and the caller scans everyone (same answer)."""
        if self.people and self.people[-1].order != len(self.people) - 1:
            return None  # people added behind the tracker's back: not indexed
        kept, found = [], None
        while self.recent and len(kept) < tries:
            entry = heapq.heappop(self.recent)
            person = entry[2]
            if -entry[0] != person.last_seen:
                continue  # an older last_seen: a newer entry stands for this person
            kept.append(entry)
            if role in person.roles and (gender is None or person.gender in (gender, None)):
                found = person
                break
        for entry in kept:
            heapq.heappush(self.recent, entry)
        return found


def _given_name_honoured(person: Person, gender: str | None) -> bool:
    """`Shibrie Daddy` … `Mrs. Shibrie`, `Anwar Ibrahim` … `Mr Anwar`: Ethiopian, Eritrean, Malay and
    Thai names take the honorific before the given name; with no one of that surname, an honorific
    of the person's gender before the one full name's first word is that person."""
    return gender is not None and person.gender in (gender, None) and len(person.words) > 1


def _patronymic(person: Person) -> bool:
    """`Abdullah bin Faisal bin Turki`, `Siti Aishah binti Ahmad`: a name built on the father's name
    is called by its given name (`Prince Abdullah said`), not by its last word."""
    data = name_data()  # (a father's title inside the name is one too: `Hishammuddin Tun Hussein` … `Hishammuddin said`)
    return any(w in data.patronymics or w.lower() in data.given_titles for w in person.words[1:])


def _inside(short: list[str], full: list[str]) -> str:
    """How the shorter name is part of the longer: its last words (`López Obrador` in `Andrés Manuel López
    Obrador`: "tail"), its first and last words with a middle name left out (`Luhut Panjaitan`, `Luhut
    Binsar Panjaitan`: "middle"), or not at all ("")."""
    a, b = [fold(w) for w in short], [fold(w) for w in full]
    if b[-len(a):] == a:
        return "tail"
    return "middle" if len(a) == 2 and a[0] == b[0] and a[-1] == b[-1] else ""


def _short_form(a: str | None, b: str | None) -> bool:
    """`Ken` / `Kennedy`, `Rob` / `Roberta`: one given name is the start of the other (three letters at least)."""
    if not a or not b or a == b or " " in a or " " in b:
        return False
    short, full = sorted((a, b), key=len)
    return len(short) >= 3 and full.startswith(short)


def _hint_keys(words: list[str]) -> tuple[str, str | None]:
    return (words[-1].lower(), words[0].lower()) if len(words) > 1 else (words[0].lower(), None)


def _skip_titles(toks: list[Token], words: SpeechWords) -> int:
    i = 0
    while i < len(toks) - 1 and (tuple([toks[i].low]) in words.titles or toks[i].low in name_data().honorifics):
        i += 1
    return i


def age_role(tok: Token) -> str | None:
    if _AGE.fullmatch(tok.core.rstrip(",")):
        return tok.core.split("-")[0] + "-year-old"
    return None


def role_age(tok: Token) -> str | None:
    if not tok.core[:1].isdigit():
        return None  # most words: no age
    core = tok.core.rstrip(",.")
    return core if core[:1].isdigit() and core.endswith("-year-old") else None
