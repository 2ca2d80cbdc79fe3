"""Who speaks in a transcript (`Cast.person`): the programme's own people (host, anchor,
reporter, correspondent, interviewer, by label, title or cast list) read narration; every
other turn is a soundbite of that person, the name and title from the label, the cast list or
the introduction."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scriptfmt.parse.labels import _HONORIFIC, _NUMBERED, Label, display_name, tidy_title, words


@dataclass(eq=False, repr=False)
class Person:
    name: str | None  # as shown on a super (`Kelli Arena`); None = unknown
    title: str | None
    staff: bool


@dataclass(eq=False, repr=False)
class Cast:
    """The people of a transcript: from the cast list, full labels, and the introduction."""

    people: dict[str, Person] = field(default_factory=dict)  # name in lower case -> the person labelled so
    by_surname: dict[str, dict[str, Person]] = field(default_factory=dict)  # surname -> name -> person
    cast_roles: dict[str, list[Person]] = field(default_factory=dict)  # `guest` -> people of the cast list
    mentions: dict[str, set[str]] = field(default_factory=dict)  # surname (lower case) -> full names mentioned
    hosts: set[str] = field(default_factory=set)  # names the programme's people introduce themselves by (`I'm Neal Conan`)
    first: bool = True  # no turn and no clip yet: an untitled first speaker opens the programme
    staff_seen: bool = False  # a label named the programme's own people (a role, a staff title, the cast)
    numbered: dict[str, Person] = field(default_factory=dict)  # `speaker 1` -> its person (no name)

    def add_cast(self, metadata: dict) -> None:
        for key, value in metadata.items():
            if key.lower() in words().cast_keys:
                staff = key.lower().rstrip("s") not in ("guest", "panelist", "interviewee", "participant", "speaker")
                for entry in (value if isinstance(value, list) else [value]):
                    for one in str(entry).split(";"):
                        name, _, title = one.partition(",")
                        person = Person(display_name(_HONORIFIC.sub("", name.strip() + " ", count=1).strip()), tidy_title(title), staff)
                        self.cast_roles.setdefault(key.lower().rstrip("s"), []).append(person)
                        self.staff_seen = self.staff_seen or staff
                        self._add(person)

    def person(self, label: Label) -> Person:
        found = self._person(label)
        self.staff_seen = self.staff_seen or (found.staff and bool(label.role or label.title))
        return found

    def _person(self, label: Label) -> Person:
        first, self.first = self.first, False
        if label.role:
            return self._role(label)
        bare = _HONORIFIC.sub("", label.name + " ", count=1).strip() if _HONORIFIC.match(label.name + " ") else label.name
        low = bare.lower()
        if low.startswith("unidentified") or low in ("male", "female", "man", "woman", "voice", "crowd", "group"):
            return Person(None, None, False)
        if _NUMBERED.fullmatch(bare):  # `Speaker 1`: no name to show; the first to speak is the programme's
            return self.numbered.setdefault(low, Person(None, None, first))
        # `Mr. NAME (Title):` is how a programme labels its guests; its own people go by name
        staff = _staff_title(label.title) and not _HONORIFIC.match(label.name + " ")
        known = self._known(low)
        if known and not label.title:
            return known
        if len(bare.split()) >= 2 and not label.title and not known:
            return self._untitled(bare, first)
        if len(bare.split()) >= 2 or label.title:
            name = display_name(bare)
            if len(bare.split()) == 1 and known:
                name = known.name
            person = Person(name, tidy_title(label.title) if not staff else label.title, staff)
            return self._add(person)
        full = self._mentioned(low)
        if full:  # `RUIZ:` after the host introduced Dr. Ana Ruiz (`I'm Neal Conan`: the host)
            return self._add(Person(full, None, full in self.hosts))
        # Never introduced: a co-anchor while the programme's people are unknown, else a guest named by the label.
        return self._add(Person(display_name(bare), None, not self.has_staff()))

    def has_staff(self) -> bool:
        return self.staff_seen

    def _untitled(self, name: str, first: bool) -> Person:
        """A full name with no title: the programme's own when it speaks first (programmes open
        with their host), else a guest."""
        return self._add(Person(display_name(name), None, first))

    def _add(self, person: Person) -> Person:
        low = (person.name or "").lower()
        if not low.strip():
            return person
        known = self.people.get(low)
        if known is not None and (known.title or not person.title):
            return known
        self.people[low] = person
        self.by_surname.setdefault(low.split()[-1], {})[low] = person
        return person

    def _role(self, label: Label) -> Person:
        role = label.role
        if role in words().staff_roles:
            named = self.cast_roles.get(role.replace("co-", ""), [])
            return Person(named[0].name if len(named) == 1 else None, label.title, True)
        guests = self.cast_roles.get(role, []) or self.cast_roles.get("guest", [])
        if len(guests) == 1:
            return guests[0]
        named = {name for names in self.mentions.values() for name in names} if len(self.mentions) == 1 else set()
        if len(named) == 1:  # `A:` in an interview that introduced one person
            return Person(named.pop(), None, False)
        return Person(None, None, False)

    def _known(self, low: str) -> Person | None:
        """A person labelled before: the same name, or the same surname (`S. O'BRIEN`)."""
        surname = low.split()[-1]
        initial = low.split()[0][:1] if len(low.split()) > 1 else ""
        if low in self.people:
            return self.people[low]
        found = [p for key, p in self.by_surname.get(surname, {}).items() if not initial or key.startswith(initial)]
        if not found:
            return None
        if len({p.name for p in found}) > 1 and not all(p.staff for p in found):
            return Person(None, None, False)  # two people share the surname: no guess on screen
        return found[-1]

    def _mentioned(self, low: str) -> str | None:
        hits = self.mentions.get(low, set())
        return next(iter(hits)) if len(hits) == 1 else None

    def mention(self, text: str) -> None:
        """Full names the copy mentions (`joining me now, Dr. Ana Ruiz`), for later surname labels."""
        for m in _FULL_NAME.finditer(text):
            name = m.group(1)
            self.mentions.setdefault(name.lower().split()[-1], set()).add(name)
            if text[max(0, m.start() - 4) : m.start()] in ("I'm ", "I’m ", " am "):
                self.hosts.add(name)


_NAME_WORD = r"(?:[DO]['’])?[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)?"
_FULL_NAME = re.compile(rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ ])?((?:{_NAME_WORD}[ ]){{1,2}}{_NAME_WORD})")


def _staff_title(title: str | None) -> bool:
    if not title:
        return False
    staff = words().staff_title_words
    for word in re.findall(r"[A-Za-z-]+", title.lower()):
        if word in staff or any(len(word) >= 8 and sorted(word) == sorted(s) and word[0] == s[0] for s in staff):
            return True  # `CORRSEPONDENT`: a transposed letter is still the programme's correspondent
    return False

