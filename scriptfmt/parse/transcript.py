"""Transcripts and interviews: speaker-label turns, a cast list, transcript cues and furniture.

A story IS a transcript only on evidence (`looks_like_transcript`): several label lines, or
one with a transcript notice (`THIS IS A RUSH TRANSCRIPT`) or a cast list; so `Note:` or
`Update:` in wire copy never becomes a speaker. Then, line by line:
  1. `cue-line`: a whole line in brackets or parentheses (`(BEGIN VIDEO CLIP)`, `[00:12:03]`,
     `(COMMERCIAL BREAK)`) is a cue;
  2. `notice`: `Rush transcript`, `This copy may not be in its final form`, the programme's
     title and segment headers before the first turn are metadata;
  3. `label`: `NAME:`, `NAME, TITLE:`, `Mr. NAME (Title):`, `[Name:]`, `Q:` / `A:`,
     `HOST:` / `GUEST:` …, or a name alone on a line, opens a turn (the label is a cue);
  4. every other line carries on the open turn.
Who speaks (`Cast.person`): the programme's own people (host, anchor, reporter,
correspondent, interviewer, by label, title or cast list) read narration; every other turn is
a soundbite of that person, the name and title from the label, the cast list or the
introduction. A surname label (`KINKADE:`) is the person first labelled in full; an unknown
one-word label never introduced is the programme's (a co-anchor), never a guessed guest.
Inside a turn `(laughs)`, `(crosstalk)`, `[00:01:02]` … are cues, in a bite too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Cue, Segment, Soundbite, Speaker
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.quotes import find_quotes

QUOTE_MARKS = "\"“”„«»‹›‘’'‚"

_TIMESTAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?")
_LABEL = re.compile(r"([^:\n]{1,90}):(?=\s|$)")
_PAREN_LABEL = re.compile(r"([^:()\n]{1,60}\([^()\n]{1,120}\))[ ]*:(?=\s|$)")
_BRACKET_LABEL = re.compile(r"\[([^\]\[:\n]{1,90}):\][ ]*")
_PAREN = re.compile(r"\(([^()\n]{1,60})\)")
_INLINE = re.compile(r"[\[(][^\[\]()\n]{1,80}[\])]")
_HONORIFIC = re.compile(r"(?i:mr|mrs|ms|miss|dr|prof|sen|rep|gov|gen|col|capt|lt|sgt|rev|sir|dame|lord|lady)\.?[ ]")
_NUMBERED = re.compile(r"(?i:speaker|voice|caller|participant)[ ]?\d{1,2}")
_NAME_CHARS = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ.'’ -]+")


@dataclass(frozen=True, eq=False, repr=False)
class Words:
    staff_roles: frozenset[str]
    staff_title_words: frozenset[str]
    guest_roles: frozenset[str]
    cast_keys: frozenset[str]
    not_speakers: frozenset[str]
    cue_starts: tuple[str, ...]
    notices: tuple[str, ...]


@lru_cache(maxsize=1)
def words() -> Words:
    d = tomlfile.load_builtin("furniture.toml")["transcript"]
    low = lambda key: frozenset(w.lower() for w in d[key])  # noqa: E731
    return Words(
        low("staff_roles"), low("staff_title_words"), low("guest_roles"), low("cast_keys"), low("not_speakers"),
        tuple(w.lower() for w in d["cue_starts"]), tuple(w.lower() for w in d["metadata_starts"]),
    )


@dataclass(eq=False, repr=False)
class Label:
    written: str  # as written, colon included
    name: str  # the name part as written (`KELLI ARENA`, `Mr. Ellery`, `Q`)
    title: str | None
    role: str | None  # `host`, `q`, `guest` … when the label is a role word
    rest: str  # the turn's words on the label's line
    stamped: bool = False  # `Dana Cole (00:10):` — a machine transcript's time stamp


def parse_label(line: str) -> Label | None:
    """`KELLI ARENA, CNN CORRESPONDENT: Daryn, …` -> Label; None when the line has none."""
    m = _BRACKET_LABEL.match(line)
    if not m:
        m = _LABEL.match(line)
        if not m or m.group(1).count("(") > m.group(1).count(")"):  # `Mr. X (Author, "Book: A Subtitle"):`, `X (00:12):`
            m = _PAREN_LABEL.match(line)
            if not m:
                return None
    body = m.group(1).strip()
    paren = _PAREN.search(body)
    title_in_paren = None
    if paren:
        inner = paren.group(1).strip()
        if not inner.lower().startswith(words().cue_starts) and not _TIMESTAMP.fullmatch(inner) and not body[paren.end():].strip():
            title_in_paren = inner
        body = (body[: paren.start()] + body[paren.end():]).strip()
    name, _, title = body.partition(",")
    name, title = name.strip(), title.strip() or title_in_paren
    name, title = _title_before_name(name, title)
    if not _name_shaped(name, title, bracketed=m.re is _BRACKET_LABEL):
        return None
    role = name.lower() if name.lower() in words().staff_roles | words().guest_roles else None
    stamped = bool(paren and _TIMESTAMP.fullmatch(paren.group(1).strip()))
    return Label(line[: m.end()].rstrip(), name, title, role, line[m.end():].strip(), stamped)


def _title_before_name(name: str, title: str | None) -> tuple[str, str | None]:
    """`President MARGARET OYELARAN` -> (`MARGARET OYELARAN`, `President`): a title in mixed case
    written before a name in capitals."""
    tokens = name.split()
    k = 0
    while k < len(tokens) and not tokens[k].isupper():
        k += 1
    if _HONORIFIC.match(name + " ") and k == 1:
        return name, title  # `Mr. LINDQVIST`: an honorific, not a title
    if 0 < k < len(tokens) and all(t.isupper() for t in tokens[k:]) and all(t[:1].isupper() for t in tokens[:k]):
        lead = " ".join(tokens[:k])
        return " ".join(tokens[k:]), f"{lead}, {title}" if title else lead
    return name, title


def _name_shaped(name: str, title: str | None, bracketed: bool = False) -> bool:
    low = name.lower()
    if _NUMBERED.fullmatch(name):
        return True  # `Speaker 1 (00:02):` in a machine transcript
    if not name or low in words().not_speakers or not _NAME_CHARS.fullmatch(name):
        return False
    if low in words().staff_roles or low in words().guest_roles:
        return name[:1].isupper()
    tokens = name.split()
    if len(tokens) > 5 or (title and len(title.split()) > 14):
        return False
    if _HONORIFIC.match(name + " ") and len(tokens) >= 2:
        return True  # `Mr. Ellery`, `Dr. ANA RUIZ`
    if name.isupper():
        return any(c.isalpha() for c in name)
    return (2 - bracketed) <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens)  # `Jane Doe:`, `[Camerota:]`


def name_alone(line: str) -> bool:
    """`MARIA LOPEZ` on its own line: two to four words in capitals, nothing else."""
    tokens = line.split()
    return 2 <= len(tokens) <= 4 and line.isupper() and bool(_NAME_CHARS.fullmatch(line)) and line.lower() not in words().not_speakers


def is_notice(line: str) -> bool:
    return line.strip().lower().startswith(words().notices)


def is_cue_line(line: str) -> bool:
    """A whole line in brackets or parentheses, or a bare timestamp."""
    if _TIMESTAMP.fullmatch(line):
        return True
    return line[:1] in "[(" and line[-1:] in "])" and len(line) <= 120 and not any(c in line[1:-1] for c in "[]()")


def looks_like_transcript(lines: list[str], metadata: dict) -> bool:
    """Several speaker-label lines (two when one is a role, a title or Q/A), or one with a
    transcript notice or a cast list; or three names alone on a line, each above a turn."""
    return _evidence(lines, metadata) != ""


def _evidence(lines: list[str], metadata: dict) -> str:
    """"labels", "alone" (names alone on a line) or "" (not a transcript)."""
    labels, strong, alone, notice = 0, 0, 0, False
    names: set[str] = set()
    for n, raw in enumerate(lines):
        line = _strip_timestamp(raw.strip())
        if not line:
            continue
        notice = notice or is_notice(line)
        label = parse_label(line)
        if label and (label.rest or n + 1 < len(lines)):
            labels += 1
            names.add(label.name.lower())
            strong += bool(label.role or label.title or label.name.isupper() or label.stamped)
        elif name_alone(line) and n + 1 < len(lines) and lines[n + 1].strip() and not lines[n + 1].strip().isupper():
            alone += 1
    cast = any(k in words().cast_keys for k in metadata)
    if labels >= 3 and strong >= 2 and len(names) >= 2:
        return "labels"
    roles = words().staff_roles | words().guest_roles
    if labels >= 2 and strong >= 2 and len(names) >= 2 and (notice or cast or any(n in roles for n in names)):
        return "labels"
    if labels >= 1 and strong >= 1 and (notice or cast):
        return "labels"
    return "alone" if alone >= 3 else ""


def _strip_timestamp(line: str) -> str:
    m = _TIMESTAMP.match(line)
    return line[m.end():].lstrip() if m and m.end() < len(line) and line[m.end()] == " " else line


# --- who speaks ---------------------------------------------------------------------------


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


_SMALL = {"of", "the", "and", "for", "at", "in", "on", "to", "a", "an", "de", "la", "du", "von", "van", "der", "bin", "al"}


def display_name(name: str) -> str:
    """`KELLI ARENA` -> `Kelli Arena`, `O'BRIEN` -> `O'Brien`, `MCENANY` -> `McEnany`; mixed case as written."""
    if not name.isupper():
        return " ".join(name.split())
    out = []
    for word in name.split():
        w = re.sub(r"[A-Za-zÀ-ÿ]+", lambda m: m.group().capitalize(), word.lower())
        if w.startswith("Mc") and len(w) > 2:
            w = "Mc" + w[2:].capitalize()
        out.append(w if w.lower() not in _SMALL or not out else w.lower())
    return " ".join(out)


def tidy_title(title: str | None) -> str | None:
    """A title in capitals (`FORMER DIRECTOR, SHIN BET`) in title case; acronyms kept."""
    if not title:
        return None
    title = " ".join(title.split())
    if not title.isupper():
        return title
    out = []
    for word in title.split():
        bare = word.strip(",.;:")
        keep = ("." in bare or (len(bare) <= 4 and not any(c in "AEIOU" for c in bare[1:]))) and bare.lower() not in _SMALL
        out.append(word if keep else (word.lower() if bare.lower() in _SMALL and out else word.capitalize()))
    return " ".join(out)


# --- the reader -----------------------------------------------------------------------------


@dataclass(eq=False, repr=False)
class Unit:
    """Read copy (`para`, read by `talent`) or a ready segment (label cue, bite, cue)."""

    para: Para | None = None
    segment: Segment | None = None
    talent: str | None = None


@dataclass(eq=False, repr=False)
class Reader:
    metadata: dict
    warnings: list[str]
    units: list[Unit] = field(default_factory=list)
    cast: Cast = field(default_factory=Cast)
    turn: Person | None = None
    started: bool = False  # a turn has been seen: before it, lines that are not prose are the programme's furniture
    names_alone: bool = False  # this transcript puts each speaker's name alone on a line
    before_clip: Person | None = None  # who spoke when a clip began

    def feed(self, raw: str, number: int) -> None:
        line = raw.strip()
        if not line:
            return
        stamp = _TIMESTAMP.match(line)
        if stamp and stamp.end() < len(line) and line[stamp.end()] == " " and parse_label(line[stamp.end():].lstrip()):
            self.units.append(Unit(segment=Cue(line[: stamp.end()], number, cue_type="NOTE", original=line[: stamp.end()])))
            line = line[stamp.end():].lstrip()
        if is_cue_line(line):
            low = line.lower()
            if "begin" in low:
                self.cast.first = False  # a cold open: the first voice is a clip, not the host
                self.before_clip = self.turn
            elif low.startswith(("(end", "[end")) and self.before_clip is not None:
                self.turn = self.before_clip  # after the clip, the words are the one who rolled it
            self.units.append(Unit(segment=Cue(line.strip("[]()").strip(), number, cue_type=_cue_type(line), original=line)))
            return
        label = parse_label(line)
        if is_notice(line) or (not self.started and not label and not (self.names_alone and name_alone(line)) and not line.endswith((".", "?", "!", '"', "”"))):
            self.metadata.setdefault("transcript", []).append(line)
            return
        if label is None and self.names_alone and name_alone(line):
            label = Label(line, line, None, None, "")
        if label is not None:
            self._open_turn(label, number)
            line = label.rest
        self.cast.mention(line)
        if line:
            self._words(line, number)

    def _open_turn(self, label: Label, number: int) -> None:
        self.started = True
        self.turn = self.cast.person(label)
        if not self.turn.staff and self.turn.name is None:
            self.warnings.append(f"line {number}: speaker {label.written!r} could not be named; the bite has no super")
        # The label says who speaks, which the turn's talent or super already carries: kept, never read.
        self.metadata.setdefault("speaker_labels", []).append(label.written)

    def _words(self, line: str, number: int) -> None:
        """The turn's words, split at the cues inside them."""
        pos = 0
        for m in _INLINE.finditer(line):
            inner = m.group()[1:-1].strip()
            if m.group()[0] == "[" or _TIMESTAMP.fullmatch(inner) or inner.lower().startswith(words().cue_starts) or inner.isupper():
                self._text(line[pos : m.start()], number)
                self.units.append(Unit(segment=Cue(inner, number, cue_type=_cue_type(m.group()), original=m.group())))
                pos = m.end()
        self._text(line[pos:], number)

    def _text(self, text: str, number: int) -> None:
        text = text.strip()
        if not any(c.isalnum() for c in text):
            if text:
                self.units.append(Unit(para=Para(text, number)))
            return
        turn = self.turn
        if turn is None or turn.staff:
            self.units.append(Unit(para=Para(text, number), talent=turn.name if turn else None))
            return
        speaker = Speaker(turn.name, turn.title) if turn.name else None
        quotes = find_quotes(text) if text[:1] in QUOTE_MARKS else []
        if len(quotes) == 1 and quotes[0].closed and quotes[0].end >= len(text.rstrip(" .")):
            s, e = quotes[0].inner(text)  # `HALVORSEN: "No, the building was empty."`: the turn in quotation marks
            text = text[s:e].strip()
        self.units.append(Unit(segment=Soundbite(text, number, speaker=speaker, why="transcript-label")))


def _cue_type(written: str) -> str:
    low = written.strip("[]() ").lower()
    if "clip" in low or "videotape" in low or "audio" in low or "video" in low:
        return "SOT"
    if low.startswith(("commercial", "break")):
        return "STRUCTURE"
    return "NOTE"


def read(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    reader = Reader(metadata, warnings, names_alone=_evidence(lines, metadata) == "alone")
    reader.cast.add_cast(metadata)
    for raw in lines:  # who the copy introduces, anywhere (`I'm Susan Davis` may follow her first label)
        reader.cast.mention(raw)
    for n, raw in enumerate(lines):
        reader.feed(raw, first_line + n + 1)
    return reader.units
