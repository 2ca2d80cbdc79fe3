"""Who speaks in a transcript (`Cast.person`): the programme's own people (host, anchor, reporter, correspondent, interviewer,
by label, title or cast list) read narration; every other turn is that person's bite, named from the label, cast list or intro."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scriptfmt import tomlfile
from scriptfmt.parse.names import fold, gender_of_first, name_data
from scriptfmt.parse.namerun import NAME_RUN
from scriptfmt.parse.labels import HONORIFIC, NUMBERED_SPEAKER, Label, title_before_name, is_outlet, parse_label, words
from scriptfmt.parse.castlist import cast_people; from scriptfmt.parse.castlabels import nicknamed, chair_run_in, initials_fit, initial_alone, offices_of, call_sign, outlet_letters, own_introduction, caps_byline, given_initials, caps_names, calls_in
from scriptfmt.parse.castlabels import listed_with, name_in_run, named_words, newsmaker, office_split, particle_names, role_word_label, self_named, spaced_initials
from scriptfmt.parse.castlabels import staff_before, PRESS_VOCATIVES, staff_title, staff_words, others_turn, office_label, without_honorific, office_words, PRESS_BODIES, SPEAKING_KEYS, UNNAMED_ROLES
from scriptfmt.parse.supers import display_name, tidy_title

# The host's words that bring a guest in (`I'm joined today by`, `joining me now`, `my guest is`).
_INTRODUCES = re.compile(r"(?:\bjoined(?: [a-z]+){0,3} by|\bjoining (?:me|us)(?: now| today)?,?|\bmy guests? (?:today |now )?(?:is|are))$")


@dataclass(eq=False, repr=False)
class Person:
    name: str | None  # as shown on a super (`Kelli Arena`); None = unknown
    title: str | None
    staff: bool


# `Hon. Speaker:`, `Mr. Speaker:`: a parliament's presiding officer by office; the record's header names who is in the chair
_PRESIDING_OFFICER = {f"{style} {office}": office.title() for style in ("hon.", "hon", "mr.", "mr", "madam", "madame")
                      for office in ("speaker", "deputy speaker", "temporary deputy speaker")}


@dataclass(eq=False, repr=False)
class Cast:
    """The people of a transcript: from the cast list, full labels, and the introduction."""

    people: dict[str, Person] = field(default_factory=dict)  # name in lower case -> the person labelled so
    by_surname: dict[str, dict[str, Person]] = field(default_factory=dict)  # surname -> name -> person
    cast_roles: dict[str, list[Person]] = field(default_factory=dict)  # `guest` -> people of the cast list
    mentions: dict[str, set[str]] = field(default_factory=dict)  # surname (lower case) -> full names mentioned
    hosts: set[str] = field(default_factory=set)  # names the programme's people introduce themselves by (`I'm Neal Conan`)
    titled: set[str] = field(default_factory=set)  # names the copy gives a title (`Press Secretary Jen Psaki`): newsmakers
    introduced: set[str] = field(default_factory=set)  # names set off by a comma (`the county clerk, Ana Ruiz`); one-word labels the first voice brings on (`giulia`)
    order: list[str] = field(default_factory=list)  # every full name mentioned, first mention first
    staff_named: set[str] = field(default_factory=set)  # names the copy gives a staff title (`correspondent Nick Schifrin`)
    labelled: set[str] = field(default_factory=set)  # every label's name, lower case (`nicolle wallace`)
    in_clip: bool = False  # the turn being opened is inside a clip
    role_staff: bool = False  # the programme's people are labelled by role (`REPORTER:`, `HOST:`, `Q:`)
    first: bool = True  # no turn and no clip yet: an untitled first speaker opens the programme
    staff_seen: bool = False  # a label named the programme's own people (a role, a staff title, the cast)
    titled_staff: bool = False  # somewhere a label gives the programme's people their title (`X, BYLINE:`)
    presided: bool = False  # a presiding line names who is in the record's chair (parse/presiding.py): the chair's turns are theirs
    cold_open: set[str] = field(default_factory=set)  # a numbered voice heard before the host greets, who answers the host after (parse/unmarked.py)
    numbered: dict[str, Person] = field(default_factory=dict)  # `speaker 1` -> its person (no name)
    writers: set[str] = field(default_factory=set)  # the byline's names (`By Marit Solberg-Hale`)
    spellings: dict[str, str] = field(default_factory=dict)  # `macisaac` -> `MacIsaac`: names as the copy spells them
    intro_guest: str | None = None  # whom a printed interview's headline and standfirst introduce (parse/standfirst.py)
    offices: dict[str, set[str]] = field(default_factory=dict)  # `prime minister` -> names written after it
    header_offices: dict[str, set[str]] = field(default_factory=dict)  # of those, in the lines above the first turn
    addressed: str = ""  # the full name a turn opens by greeting (`Scott Morrison, good morning.`)
    joining: set[str] = field(default_factory=set)  # full names the host brings on (`… Nicola Willis joins me live.`)
    header_names: set[str] = field(default_factory=set)  # full names in the lines above the first turn (the headline's)
    header_styled: set[str] = field(default_factory=set)  # of those, names with a style (`The Hon Christian Porter MP`)
    in_header: bool = False  # the line being mentioned is above the first turn (a heading greets nobody)
    host_voices: set[str] = field(default_factory=set)  # label names (lower case) whose turns host the programme
    guest_heard: bool = False  # a named guest has had a turn (outside a clip)
    presenting: set[str] = field(default_factory=set)  # self-introduced names that present the programme (`this is Trailhead`)
    host_opens: bool = False  # a programme that rolls tape and has no questioners of the press: its first voice hosts it
    press_asks: bool = False  # the press asks (`Q:`, `JOURNALIST:`): a briefing or doorstop, whose first voice is no host
    with_hosts: set[str] = field(default_factory=set)  # first names (lower case) listed together: `with Robin, Terry and Bob`
    first_voice: str = ""  # the name of the voice that opened the programme
    briefer: Person | None = None
    turns_ask: dict[str, list[bool]] = field(default_factory=dict)  # label name (lower case) -> whether each of its turns asks
    office_voices: bool = False  # a label names an office (`Official Spokesperson, NAME:`, `Minister:`): a briefing's voice  # the one speaker a briefing's header names (parse/briefing.py): who answers `A:`
    moderators: set[str] = field(default_factory=set)  # label names (lower case) of a briefing's moderator (parse/turns.py)
    openers: set[str] = field(default_factory=set)  # label names (lower case) heard before an interview's guest, titled or not (parse/openers.py)
    own_outlets: set[str] = field(default_factory=set)  # the station the header puts the programme on (`Interview on CNA938`)
    outlet_labelled: bool = False  # a label is the outlet's own (`Kriol Rádio (KR):`): it asks, every named voice is a guest
    opening: str = ""  # the first words of the turn being opened, on its label's line
    named_words: set[str] = field(default_factory=set)  # words the copy uses as names (`Thanks, Boy.`, `Kim Ramos`)
    short_labels: dict[str, Person] = field(default_factory=dict)  # `sar` -> the Ana Ruiz labelled `Senator Ana Ruiz (SAR):`

    def add_cast(self, metadata: dict) -> None:
        for key, value in metadata.items():
            if key.lower() in words().cast_keys:
                role = key.lower().rstrip("s")
                for entry in (value if isinstance(value, list) else [value]):
                    for one in cast_people(str(entry)):
                        name, _, title = one.partition(",")
                        if "(" in name and name.rstrip().endswith(")"):  # `Ruth Pemberton (Chair)`
                            name, _, title = name.rstrip()[:-1].partition("(")
                        # `SPEAKERS: MARGOT ELLIS, HOST`: a neutral list, whose titles say who is the programme's
                        staff = staff_title(title) if role in ("participant", "speaker", "panel") else key.lower() not in SPEAKING_KEYS
                        bare = HONORIFIC.sub("", name.strip() + " ", count=1) if HONORIFIC.match(name.strip() + " ") else name
                        bare, lead = title_before_name(bare.strip(), None)  # `CLLR. HARJIT SANGHA`: the title is no part of the name
                        person = Person(display_name(bare.strip()), tidy_title(title.strip() or lead), staff)
                        self.cast_roles.setdefault(key.lower().rstrip("s"), []).append(person)
                        self.staff_seen = self.staff_seen or staff
                        self.add(person)

    def person(self, label: Label, opening: str = "", in_clip: bool = False) -> Person:
        """Who speaks the turn `label` opens (`opening`: the turn's first words, on the label's line)."""
        if self.first and calls_in(label, opening):  # `TONY: Hello, NPR. This is Tony.`: a caller, not the host
            return self.add(Person(display_name(label.name), label.title, False))
        opens, self.in_clip, self.opening = self.first, in_clip, opening
        self.first = self.first and not in_clip  # a voice in a cold open's clip is not the host who opens the programme
        found = self._person(label)
        if (own := own_introduction(label, opening)) and not self.press_asks:  # `M: Hello, my name is Shreya, …?`: who speaks
            found = self._known(own.lower()) or self.add(Person(own, None, False))
        self.first = opens if in_clip else self.first
        if found.name and (short := given_initials(label.written)):
            self.short_labels[short] = found  # `SAR:` below is hers
        self.guest_heard = self.guest_heard or (not found.staff and bool(found.name) and not in_clip)
        self.role_staff = self.role_staff or (found.staff and bool(label.role))
        self.staff_seen = self.staff_seen or (found.staff and bool(label.role or label.title))
        return found

    def _person(self, label: Label) -> Person:
        first, self.first = self.first, False
        if label.role:
            return self._role(label)
        if NUMBERED_SPEAKER.fullmatch(label.name):  # `Speaker A`, never the House's Speaker titled
            return self._numbered_voice(label.name.lower(), first)
        if (label.name.lower() in self.host_voices and not newsmaker(label.title)) or label.name.lower() in self.moderators | self.openers:  # hosts, moderates, opens the interview
            bare = without_honorific(label.name)
            found = self._known(bare.lower())
            return found if found is not None and found.staff else self.add(Person(display_name(bare), None, True))
        label = office_split(label)  # after the hosts: `Dr Prannoy Roy:` (`Dr` read as the title) welcomes the guest
        if (staff_words(label) and not self._known(label.name.lower())) or self._asks_only(label):
            return Person(None, None, True)  # `POLITICAL CORRESPONDENT:`, `HOSTS:`, the press at a briefing: not a bite
        if self._outlet_asks(label):  # `euronews:`, `Name (CNA938):`, a briefing's `Maria Cruz, DZBB: Secretary, …?`
            asks = Person(None if is_outlet(label.name) else display_name(label.name), None, True)  # the press asks
            return self.add(asks) if asks.name else asks  # and so do the initials (`KE:`) of the one it names
        bare = spaced_initials(without_honorific(label.name))  # `J. K.:`, `J.K.:`, `M. M.:` are `JK`, `MM`
        low = bare.lower()
        office = (office_label(low) or _PRESIDING_OFFICER.get(" ".join(label.name.lower().split())) or (display_name(bare) if office_words(bare) and not self._known(low) else None)) if not label.title else None  # `FISHERIES MINISTER:`
        if office:  # `PM:` in a doorstop: the Prime Minister the copy names, or who the turn says is speaking
            return self._office_voice(office)
        holder = self._holder(low) if not label.title else self._holder(" ".join(label.written.strip().rstrip(":.-–— ").lower().split()))
        if holder is not None:  # `PRIME MINISTER:` after `ANTHONY ALBANESE, PRIME MINISTER:`; `Chair:` the member listed as chair; `PRESIDENTE DE LA REPÚBLICA:` whole
            return holder
        if low.split()[-1] in ("official", "officials") and not label.title:
            return Person(None, None, False)  # `SENIOR ADMINISTRATION OFFICIAL:` on background: a newsmaker whose name cannot go on air (a bite, no super)
        if low.startswith("unidentified") or low in UNNAMED_ROLES or role_word_label(low, self.named_words):
            return Person(None, None, False)
        # `Mr. NAME (Title):` is how a programme labels its guests; its own people go by name
        staff = staff_title(label.title) and not HONORIFIC.match(label.name + " ")
        known = self._known(low)
        if known and not label.title:
            return known
        if not known and (known := self._initialled(bare)) and not label.title:  # `V. Putin:`
            return known
        if len(bare.split()) >= 2 and not label.title and not known:
            if bare != label.name:  # `Dr. ANA RUIZ:`: an honorific labels a guest; the host is still to speak
                self.first = first
                return self._untitled(bare, False)
            return self._untitled(bare, first and not (label.written.strip() == label.name.strip() and not label.rest and display_name(bare).lower() == (self.intro_guest or "").lower()))  # `EDOUARD PHILIPPE` alone, the guest the page's title introduces, opens no programme
        if len(bare.split()) >= 2 or label.title:
            name = display_name(bare)
            if len(bare.split()) == 1:  # `Mr. OKONJO-HART (Operations Director):` is the Neville Okonjo-Hart introduced
                name = known.name if known else (self._mentioned(low) or name)
            person = Person(name, tidy_title(label.title) if not staff else label.title, staff)
            return self.add(person)
        initials = self._by_initials(bare, low, first)
        if initials is not None:
            return initials
        # `MR. MCLAUGHLIN:` opening a programme that rolls tape, asked by no `Q`: its host, honorific or not
        opener = first and self.host_opens and not self.in_clip
        full = self._mentioned(low)
        if full:  # `RUIZ:` after the host introduced Dr. Ana Ruiz (`I'm Neal Conan`: the host)
            return self.add(Person(full, None, full in self.hosts or opener))
        # Never introduced: outside a clip, a colleague the host hands to (`OLBERMANN:`), since a guest is
        # introduced in full; inside a clip, in a hearing's record, or where the programme's people go by
        # role (`REPORTER:`), a newsmaker named by the label.
        # An honorific (`DR FERREIRA-LOBO:`) labels someone the programme talks to, never a colleague.
        colleague = not self.in_clip and not self.role_staff and label.shape != "hearing" and (bare == label.name or opener) and low not in self.introduced
        return self.add(Person(display_name(bare), None, colleague))

    def _outlet_asks(self, label: Label) -> bool:
        """The label is an outlet's, or a reporter's with it, who asks (a briefing's `DZBB` reporter asking)."""
        asking = outlet_letters(label.title) and self.opening.rstrip().endswith("?") and (self.briefer is not None or self.press_asks or self.office_voices or bool(self.header_styled))
        return is_outlet(label.name) or is_outlet(label.title) or call_sign(label.title) or asking or (label.title or "").lower() in self.own_outlets

    def _office_voice(self, office: str) -> Person:
        """The holder of an office label; one the copy names nowhere else is who the turn says is speaking
        (`PRIME MINISTER: Hello there, it's Malcolm Turnbull.`)."""
        found = self._office_holder(office)
        name = self_named(self.opening) if found.name is None else None
        return self.add(Person(name, office, False)) if name else found

    def _numbered_voice(self, low: str, first: bool) -> Person:
        """`Speaker 1`: no name to show; the first to speak is the programme's."""
        header = next(iter(self.header_names)) if len(self.header_names) == 1 and not first else ""  # a person's (`Dockside Weekly` is a show's)
        if low not in self.numbered and gender_of_first(header.split(" ")[0]) and not any(p.name for p in self.numbered.values()):
            # `WEBVTT - Ana Ruiz` above `<v Speaker 1>` (the host) and `<v Speaker 2>`: the one the header names answers
            self.numbered[low] = self.add(Person(header, None, False))
        # the first voice, or the one that brings the guest on (`… joins me live`) after a podcast's ident; the one
        # other voice is the guest the host brought on by name
        programme = (first and low not in self.cold_open or low in self.host_voices) and not low.startswith("caller")
        guest = next(iter(self.joining)) if len(self.joining) == 1 and not programme and not any(p.name for p in self.numbered.values()) else None
        return self.numbered.setdefault(low, self.add(Person(guest, None, False)) if guest else Person(None, None, programme))

    def _holder(self, office: str) -> Person | None:
        """The one person labelled or listed with this title (`foreign minister`, `chair`)."""
        chair = office in words().chairs
        found = {p.name: p for p in self.people.values() if p.title and (p.title.lower().strip() == office or (chair and p.title.lower().startswith(("chair", "conven"))))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _office_holder(self, office: str) -> Person:
        """The one person labelled with this office, or named after it (`Prime Minister Julia
        Gillard`), or else the one person the headline names (a transcript's headline names whose it is)."""
        holder = self._holder(office.lower())
        if holder is not None:
            return holder
        # the header's holder first (`Transcript of Minister X's interview`), never a minister the body mentions
        named = next((names for key, names in self.header_offices.items() if fold(key) == fold(office)), set())  # `LE PRESIDENT`: le président NAME
        if len(named) > 1:  # the header names two holders of it (`Juan Pérez, presidente …`, `Ana Gómez, presidente …`): no guess
            return Person(None, office, False)
        named = named or (self.header_styled if len(self.header_styled) == 1 else self.offices.get(office.lower(), set()))  # `Interview with Mr K Shanmugam, Minister for …`
        if len(named) != 1 and office not in _PRESIDING_OFFICER.values():  # the one greeted (`Scott Morrison, good morning.`), the guest, the header's one name; never the chair
            people = [{n for n in names if n and not {w.lower() for w in n.split()} & words().outlet_words} for names in ({self.addressed}, {self.intro_guest}, self.header_names)]
            named = next((n for n in people if len(n) == 1), set())  # `… with Radio Coast`: an outlet, never the office's holder
        # a name another label carries (`JANE ROE:`, `ROE:`) is that voice's, never the office's (`Interview with Jane Roe`, who asks)
        named = {name for name in named if name.lower() not in self.labelled and name.lower().split()[-1] not in self.labelled}
        if len(named) == 1:
            return self.add(Person(next(iter(named)), office, False))
        return Person(None, office, False)

    def _by_initials(self, written: str, low: str, first: bool) -> Person | None:
        """`SF:` is the Sarah Ferguson the copy names, `CH:` the Chris Howden who hosts; `KJP:` spelled
        out nowhere is initials all the same (no vowel): no name to put on air."""
        if written.isupper() and len(low) == 1:  # `K:` after `John Key:`: the one guest labelled before with that initial
            return initial_alone(self.people.values(), low)
        if not written.isupper() or not 2 <= len(low) <= 5:
            return None  # `SAFT:` below: the guest the title introduces (Senator Antonio F. Trillanes); else two or three letters
        found = (self._initials(low) if len(low) <= 3 else None) or (self.add(Person(self.intro_guest, None, False)) if initials_fit(self.intro_guest, low) else None)
        return Person(None, None, first) if found is None and not any(c in "aeiouy" for c in low) else found

    def _initials(self, low: str) -> Person | None:
        """The one person labelled or named whose initials these are."""
        if low in self.short_labels:
            return self.short_labels[low]
        names = {p.name for p in self.people.values() if p.name} | set(self.order)
        # `MS:` after `Mayor Stothert:`: the initials of a title and a surname labelled before
        titled = {f"{p.title} {p.name.split()[-1]}": p for p in self.people.values() if p.name and p.title and len(p.title.split()) == 1}
        found = [name for name in names | set(titled) if len(name.split()) == len(low) and fold("".join(w[0] for w in name.split())) == fold(low)]  # `JE:` for `Jordi Évole`
        # `SRH:` for the Senator Risa Hontiveros the header names: a title's initial, then the titled name's
        found = found or [name for name in self.titled if len(name.split()) == len(low) - 1 and "".join(w[0] for w in name.lower().split()) == low[1:]]
        found = [name for name in found if not (name.endswith("s") and name[:-1] in found)]  # `Stefan Löfvens partiledarutfrågning`: his genitive
        found = sorted(found, key=lambda name: name not in titled)[:1] if len({titled[n].name if n in titled else n for n in found}) == 1 else found  # `ML:`: `Marta Lozano`, `moderator Lozano`: one
        if len(found) != 1:
            return None
        if found[0] in titled:
            return titled[found[0]]
        if found[0].lower().split()[-1] in PRESS_BODIES:  # `MPC:` is the Malacañang Press Corps: the press, no person
            return Person(None, None, True)
        return self.people.get(found[0].lower()) or self.add(Person(found[0], None, found[0] in self.hosts or found[0] in self.staff_named))

    def _untitled(self, name: str, first: bool) -> Person:
        """A full name with no title: the programme's own when it speaks first (programmes open
        with their host) and the programme does not title its people, or when it introduced
        itself as one of them (`I'm Bill Kurtis`); else a guest."""
        shown = self.spelled(display_name(name))  # `ISLA MACRAE` is the `Isla MacRae` who introduced herself
        # a labelled speaker who introduced themselves as the host (`It's Nicolle Wallace`) opens the show, not the first voice
        hosted = any(host.lower() in self.labelled for host in self.hosts)
        opener = first and not self.titled_staff and shown not in self.titled and not hosted and not self.press_asks
        # `I'm Johnny Podcasts` after a guest has spoken: going round the table, a guest says who they are too
        introduced_host = shown in self.hosts and (not self.guest_heard or shown in self.presenting)
        self.first_voice = shown if first else self.first_voice
        # `with Annabelle Brett and Brad Blisset`: the programme's people, listed with the voice that opened it
        listed = {shown.split()[0].lower(), self.first_voice.split()[0].lower() if self.first_voice else ""} <= self.with_hosts
        # `o Jornalista Carlos Santos` in the intro, where the outlet's own label asks: a guest, whatever his job
        return self.add(Person(shown, None, opener or introduced_host or listed or shown in self.staff_named and not self.outlet_labelled))

    # `MACISAAC` is the `MacIsaac` the copy spells in ordinary case
    def spelled(self, name: str) -> str:
        return " ".join(self.spellings.get(word.lower(), word) for word in name.split())

    def add(self, person: Person) -> Person:
        low = (person.name or "").lower()
        if not low.strip():
            return person
        if person.name:
            person.name = self.spelled(person.name)
        known = self.people.get(low)
        if known is not None and (known.title or not person.title):
            return known
        self.people[low] = person
        self.by_surname.setdefault(low.split()[-1], {})[low] = person
        return person

    def _role(self, label: Label) -> Person:
        role = label.role
        if label.name.lower() != role:  # `CALLER (BRENDA):`: the label names the one who speaks
            bare = without_honorific(label.name)
            return self._known(bare.lower()) or self.add(Person(display_name(bare), None, role in words().staff_roles))
        if role in words().staff_roles or chair_run_in(label) and not self.presided:  # `Presidente. –`: the sitting's chair reads its procedure
            named = self.cast_roles.get(role.replace("co-", ""), [])
            return Person(named[0].name if len(named) == 1 else None, label.title, True)
        # a caller is their own speaker, never the cast list's guest
        guests = self.cast_roles.get(role, []) or (self.cast_roles.get("guest", []) if role not in words().own_voices else [])
        if len(guests) == 1:
            return guests[0]
        if role in ("a", "answer") and self.briefer is not None:  # a briefing's answers: the briefer its header names
            return self.briefer
        if role in ("a", "answer"):  # `A:` is the one the standfirst introduces; no guess (`Tamil Nadu`) when it names nobody
            return self.add(Person(self.intro_guest, None, False)) if self.intro_guest else Person(None, None, False)
        named = [name for name in self.order if name not in self.hosts and name.split()[-1].lower() not in name_data().calendar]
        people = [name for name in named if name in self.titled or name in self.introduced or gender_of_first(name)]
        if role in words().own_voices:  # callers go by a first name (`Walt in Salina`), an audience member by none: no name to guess
            return Person(None, None, False)
        if len(people) == 1:  # `GUEST:`: the one person the introduction names; capitals that name no one (`a News Script`) are no guest
            return Person(people[0], None, False)
        return Person(None, None, False)

    def _initialled(self, bare: str) -> Person | None:
        """`V. Putin:` is the Vladimir Putin the copy named: an initial and a surname mentioned once in full."""
        full = self._mentioned(bare.split()[-1].lower()) if re.fullmatch(r"[A-Za-z]\. \S+", bare) else None
        if not full or full[:1].lower() != bare[:1].lower():
            return None
        return self.add(Person(full, None, full in self.hosts or full in self.staff_named))

    def _known(self, low: str) -> Person | None:
        """A person labelled before: the same name, or the same surname (`S. O'BRIEN`)."""
        surname = low.split()[-1]
        initial = low.split()[0][:1] if len(low.split()) > 1 else ""
        if low in self.people:
            return self.people[low]
        if len(low.split()) > 1 and low.split()[0] in name_data().surname_particles:  # `VAN DER VELDE:` is Hannelore van der Velde
            tail = [p for key, p in self.people.items() if key.endswith(" " + low)]
            if len(tail) == 1:
                return tail[0]
            if full := self._mentioned(low):  # `DE LA CRUZ:` first heard: the Rodrigo de la Cruz introduced
                return self.add(Person(full, None, full in self.hosts))
        found = [p for key, p in self.by_surname.get(surname, {}).items() if not initial or key.startswith(initial)]
        if not found and not initial:  # `LULU:` after `LULU MILLER:`: the one person of that first name
            found = [p for key, p in self.people.items() if key.split()[0] == low and len(key.split()) > 1]
            found = found if len(found) == 1 else []
        if not found:
            return None
        if len({p.name for p in found}) > 1 and not all(p.staff for p in found):
            return Person(None, None, False)  # two people share the surname: no guess on screen
        return found[-1]

    def _mentioned(self, low: str) -> str | None:
        """The one full name the copy gives for a surname label, else for a name written first (`PHAM` is Pham Thi Lan, `Kim` Kim Ramos)."""
        hits = self.mentions.get(low, set()) or {n for n in self.order if len(n.split()) >= 2 and n.split()[0].lower() == low}
        hits = {n for n in self.mentions.get(low.split()[-1], set()) if n.lower().endswith(" " + low)} if " " in low else hits  # `DE LA CRUZ`
        return next(iter(hits)) if len(hits) == 1 else None

    def _particle_names(self, text: str) -> None:
        for name, key in particle_names(text) + [(display_name(n), at) for n, at in caps_names(text)] + nicknamed(text):  # `Rodrigo de la Cruz`, `MARIEKE DEKKER`
            self.mentions.setdefault(key if isinstance(key, str) else name.lower().split()[-1], set()).add(name)  # for surname (or nickname: `Sen. Bongbong:`) labels only

    def mention(self, text: str) -> None:
        """Full names the copy mentions (`joining me now, Dr. Ana Ruiz`, `Press Secretary Josh
        Earnest`), for later surname labels."""
        self._caps_byline(text)
        self._particle_names(text)
        self.named_words |= named_words(text)
        for m in NAME_RUN.finditer(text):
            name = name_in_run(m.group().split())
            if not name:
                continue
            self.mentions.setdefault(name.lower().split()[-1], set()).add(name)
            for word in name.split():
                if any(c.isupper() for c in word[1:]) and not word.isupper():
                    self.spellings.setdefault(word.lower(), word)
            if name not in self.order:
                self.order.append(name)
            if text[max(0, m.start() - 2) : m.start()] == ", " and name == m.group():
                self.introduced.add(name)
            if _INTRODUCES.search(" ".join(text[max(0, m.start() - 40) : m.start()].lower().split())):
                self.introduced.add(name)  # `I'm joined today by Corentin Le Goff, who …`: the host's guest
            start = m.start() + m.group().index(name)
            before = (text[max(0, start - 30) : start].split() or [""])[-1].lower()
            after = (text[start + len(name) :].split() or [""])[0].strip(",;.").lower()
            if self.in_header and (before in words().styles or after in words().styles):
                self.header_styled.add(name)  # `Transcript by The Hon Christian Porter MP`: whose transcript it is
            if text[start + len(name) :].lower().lstrip().startswith(words().arrivals) and len(name.split()) >= 2:
                self.joining.add(name)
            if (text[start + len(name) :][:1] == "," or text[start + len(name) :].lower().lstrip().startswith(words().arrivals)) and not text[:start].strip(" “\"'") and not self.addressed and not self.in_header:
                self.addressed = name  # `Scott Morrison, good morning.`, `Malcolm Turnbull is with us.` opens the turn: the guest
            lead = " ".join(text[max(0, start - 40) : start].lower().split())
            styled_in = re.sub(r" \((?:the )?(?:hon\.?|mr\.?|ms\.?|dr\.?)$", "", lead)  # `[The Speaker (Hon. Justin Muturi) in the Chair]`
            for office in offices_of(text, name, start, lead, styled_in, [*words().offices.values(), *sorted(set(_PRESIDING_OFFICER.values()))]):
                self.offices.setdefault(office.lower(), set()).add(name)
                if self.in_header:
                    self.header_offices.setdefault(office.lower(), set()).add(name)
            handed = text[m.end() : m.end() + 20].lower().startswith(_HANDS_OVER)  # `Nicholas Jones reports.`, `Alison Xiao filed this report.`
            handed = handed or lead.endswith(("presented by", "hosted by", "anchored by", "fronted by"))  # `a segment presented by John Murray`
            if staff_before(before, text) or handed:
                self.staff_named.add(name)  # `White House correspondent Yamiche Alcindor begins our coverage`
            elif before in words().name_titles:
                self.titled.add(name)
            said = text[max(0, start - 8) : start].lower().replace("’", "'")
            # `By Marit Solberg-Hale`, `Interview by Hollis Varga-Menon`: the writer asks the questions
            byline = (" " + text[:start].strip().lower()).endswith(" by") and len(text.split()) <= 8
            if (said.endswith(("i'm ", " am ", "it's ", "this is ")) and not others_turn(text, name)) or byline:  # `I'm Neal Conan`, `It's Nicolle Wallace.`
                self.hosts.add(name)
                if _PRESENTS.search(text.lower()) or any(phrase in text.lower() for phrase in words().host_phrases):
                    self.presenting.add(name)  # `It's Tobias Wren, and this is Trailhead`: the programme's own voice
            if byline:
                self.writers.add(name)
        self._initialled_names(text)
        self._turn_asks(text)
        for firsts in listed_with(text):  # `with Annabelle Brett and Brad Blisset`: the programme's people
            self.with_hosts.update(firsts)

    def _turn_asks(self, text: str) -> None:
        """Each untitled label's turns: whether each asks (`Neeraj Dubey: Sir, when is the next round?`)."""
        label = parse_label(text.strip())
        if label is None or label.role:
            return
        split = office_split(label)
        if split.title and newsmaker(split.title):
            self.office_voices = True
        elif words().offices.get(label.name.lower()):
            self.office_voices = True
        elif not split.title:
            said = label.rest.lower().lstrip(" “\"'")
            press = said.startswith(PRESS_VOCATIVES) or "my question" in said  # `Sir, …?`: how the press addresses a briefer
            asks = "?" in label.rest and (press or split.name.lower() in self.turns_ask)  # after the first, any question
            self.turns_ask.setdefault(split.name.lower(), []).append(asks)

    def _asks_only(self, label: Label) -> bool:
        """At a briefing (an office holder speaks by label), a named voice whose first turn asks and most turns
        ask is the press: read, never a bite, first turn to last (`Thank you, sir.` too)."""
        asks = self.turns_ask.get(label.name.lower(), [])
        return self.office_voices and not label.title and bool(asks) and asks[0] and 2 * sum(asks) >= len(asks)

    def _initialled_names(self, text: str) -> None:
        """`Interview with Mr K Shanmugam, Minister …`: an honorific, initials and a surname name a person
        too; in the header, the one whose transcript it is (the honorific is the header's style)."""
        for m in _HONOURED_INITIALS.finditer(text):
            name = " ".join(m.group(1).split())  # as the copy writes it (`R. Menon`, `K Shanmugam`)
            self.mentions.setdefault(name.lower().split()[-1], set()).add(name)
            if name not in self.order:
                self.order.append(name)
            if self.in_header:
                self.header_styled.add(name)


    def header_name(self, name: str, office: str | None = None) -> None:
        """A name the briefing's header gives (`JORGE M. CAPITANICH`): its surname label (`CAPITANICH.-`) is that person;
        with the office written before it (`PRESIDENTE DEL GOBIERNO, JOSÉ MARÍA AZNAR`), the holder an office label means."""
        self.mentions.setdefault(name.lower().split()[-1], set()).add(name)
        self.header_styled.add(name)
        if office:
            self.header_offices.setdefault(words().offices[office].lower(), set()).add(name)

    def _caps_byline(self, text: str) -> None:
        """`PRESS BRIEFING BY MIKE MCCURRY,`: the people a release in capitals is by, for the surname labels under it."""
        for name in caps_byline(text):
            self.mentions.setdefault(name.lower().split()[-1], set()).add(name)


# What an anchor says after the reporter's name to hand over to their report: the programme's own (styles/furniture.toml).
_HANDS_OVER = tuple(tomlfile.load_builtin("furniture.toml")["transcript"]["report_handovers"])
# `Mr K Shanmugam`, `Dr. A. P. J. Kalam`: an honorific, one to three initials, a surname in ordinary case
_HONOURED_INITIALS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Madam)\.? ((?:[A-Z]\.? ){1,3}[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\b")
_PRESENTS = re.compile(r"\b(?:this is|welcome to|welcome back|my guest|your host|the host|co-host|joining me)\b")

