"""The last sieve step for every soundbite: a super names a person, never a body. A name whose first
word (after a particle: `Al Gobierno`, `La Policía`) is an organisation word of any desk's language
(`Gobierno`, `Polícia`, `Ministerium`, `kommunen`) is no one's: the bite keeps no super, and a
warning says why (a guess on screen is worse than none). A country's name glued before a full name
(`Syria Magne Barth`: a place line run into the speaker's) is a place, never part of the super; a super the copy writes
as a place (`Hong Kong, China: "…"`, a dateline before a quotation) is no one's. An office is never
a name on air either (`Canciller:`, `Foreign Minister:` as a press Q&A labels the answers): the super is the one person
the copy names right after that office (`la canciller Rosa Villavicencio`), the office the title; two such people, or
none, leave the bite with no super and a warning."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Segment, Soundbite, Speaker
from scriptfmt.parse.asked import stated as stated_line
from scriptfmt.parse.castlabels import office_label, office_words, role_word_label
from scriptfmt.parse.languages import every_org_word
from scriptfmt.parse.namedata import name_data
from scriptfmt.parse.namerun import NAME_RUN, CopyNames
from scriptfmt.parse.names import fold, person_words
from scriptfmt.parse.personname import english_body, han_place, shapeless

__all__ = ["clear_bodies", "office_holder", "office_holders", "one_holder", "stated_names"]


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    """Organisation words that are also given names (`Raad Saleh`; styles/names.toml `org_given_names`)."""
    return frozenset(tomlfile.load_builtin("names.toml").get("org_given_names", ()))


@lru_cache(maxsize=1)
def _country_given() -> frozenset[str]:
    """Countries' names that are also given names (`Jordan Lee Smith`; styles/names.toml `country_given_names`)."""
    return frozenset(tomlfile.load_builtin("names.toml").get("country_given_names", ()))


def is_body(name: str) -> bool:
    """`Al Gobierno`, `Polícia Federal`, `Ministerio del Interior`, `Supremo Tribunal Federal`: a body's name; `Hélder
    Câmara` is a person's."""
    data = name_data()
    words = [w.lower().strip(".,") for w in name.split()]
    if len(words) < 2:
        return False  # `Câmara`, `Junta`: a surname alone may be a person's
    while len(words) > 1 and words[0] in data.particles:
        words = words[1:]
    if words[0] in every_org_word() and words[0] not in data.first_names and words[0] not in _given():
        return True
    # `Supremo Tribunal Federal`, `Alto Comisionado Nacional`: an organisation word inside a run of three words or more,
    # before the last (a surname may be one: `Hélder Câmara`), and no given name anywhere in it
    inner = [w for w in words[1:-1] if w not in data.particles]
    return len(words) >= 3 and any(w in every_org_word() and w not in _given() for w in inner) and not any(w in data.first_names for w in words)


def without_place(name: str) -> str:
    """`Syria Magne Barth` -> `Magne Barth`: a country's name (styles/names.toml nationalities) opening a name of
    three words or more, unless it is also a given name (`Jordan`, `Georgia`)."""
    words = name.split()
    data = name_data()
    low = words[0].lower()
    if len(words) >= 3 and low in data.nations and low not in data.first_names and low not in _country_given() and words[0][:1].isupper():
        return " ".join(words[1:])
    return name


def is_place(name: str, text: str) -> bool:
    """The copy writes the name as a place: followed by a comma and a country (`Hong Kong, China: "…"`, a dateline), and
    no given name the names list knows opens it (`Ana Ruiz, Spain's …` is hers)."""
    data, at = name_data(), text.find(name + ", ")
    if not name or name.split()[0].lower() in data.first_names:
        return False
    while at >= 0:  # the country alone up to the colon (`Armando Ahued, Mexico City health secretary:` is a title)
        after = text[at + len(name) + 2 :].split("\n", 1)[0]
        if ":" in after and after.partition(":")[0].strip(" .,;").lower() in data.nations:
            return True
        at = text.find(name + ", ", at + 1)
    return False


@lru_cache(maxsize=1)
def _nameless() -> frozenset[str]:
    """Words that say the copy does not know who speaks (styles/names.toml `nameless_words`)."""
    return frozenset(tomlfile.load_builtin("names.toml").get("nameless_words", ()))


def nameless(name: str) -> bool:
    """`Anonymous`, `Unidentified Man`, `Anónimo`: a super that says no one is named."""
    words = name.lower().split()
    return bool(words) and (words[0].strip(".,:") in _nameless() or " ".join(words[:2]) in _nameless())


def described(name: str) -> bool:
    """`Old Woman`, `Woman in a flag shirt`, `Young Farmer`: a voice described by what it is (a role word of
    styles/furniture.toml `unnamed_roles`, last or first before a description in lower case), never a name on air."""
    words = name.split()
    if len(words) < 2:
        return False
    head_first = words[0].lower() in _roles() and any(w.islower() for w in words[1:])
    return head_first or role_word_label(name.lower(), set())


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("furniture.toml")["transcript"]["unnamed_roles"])


def _state(name: str) -> bool:
    """`Republik Indonesia`, `de Chile`: a state's name (a country's name last, no given name first, or a small particle
    first), the place of the office a label's title gives, never its holder."""
    data, words = name_data(), name.split()
    if not words or words[-1].lower().strip(".,") not in data.nations:
        return False
    if words[0].islower() and (words[0] in data.particles or words[0] in ("of", "do", "da", "de")):
        return True  # `Presidente` / `de Chile`: a name never opens with a small particle alone
    return len(words) >= 2 and words[-1].lower() not in _country_given() and words[0].lower() not in data.first_names


def _initial(name: str) -> bool:
    """`L`, `K.`: one letter, an initial a label left unresolved; never a name on air."""
    return len(name.strip(" .")) == 1


def _one_with_initial(initial: str, text: str) -> str | None:
    """The one person the copy names in full (two to four capitalised words in running text) whose name opens with the
    initial, else None (nobody, or two people: `Loli Linares` and `Luis Gil` for `L`)."""
    letter = initial.strip(" .").upper()
    found = {m.group(0) for m in NAME_RUN.finditer(text) if m.group(0)[:1] == letter and len(m.group(0).split()) <= 4 and person_words(m.group(0).split())}
    return found.pop() if len(found) == 1 else None


def clear_bodies(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, each bite whose speaker is a body, a place (`is_place`), nameless (`Anonymous`) or a lone initial no one person's name in
    the copy opens with left with no super (one warning a name), and each super that a country's name opens cleared of
    it; a super that is a state's name under an office title (`Presiden` / `Republik Indonesia`) is the office whole."""
    warned: set[str] = set()
    text = "\n".join(lines)
    for seg in segments:
        if isinstance(seg, Soundbite) and seg.speaker is not None and (bare := without_place(seg.speaker.name)) != seg.speaker.name:
            seg.speaker = replace(seg.speaker, name=bare)
        if isinstance(seg, Soundbite) and seg.speaker is not None and seg.speaker.title and _state(seg.speaker.name):
            seg.speaker = Speaker(f"{seg.speaker.title} {seg.speaker.name}", None)  # `Presiden` + `Republik Indonesia`: the office whole
        if isinstance(seg, Soundbite) and seg.speaker is not None and han_place(seg.speaker.name):
            if seg.speaker.name not in warned:  # `新潟県` / `知事`: the office of that place, its holder unnamed
                warned.add(seg.speaker.name)
                warnings.append(f"line {seg.line}: {seg.speaker.name!r} is a place, not a person; the super is the office alone")
            seg.speaker, seg.speaker_id = (Speaker(seg.speaker.title), seg.speaker_id) if seg.speaker.title else (None, None)
        if isinstance(seg, Soundbite) and seg.speaker is not None and _initial(seg.speaker.name):
            named = _one_with_initial(seg.speaker.name, text)  # `L:` after `Nos encontramos con Loli Linares …`
            if named is None and seg.speaker.name not in warned:
                warned.add(seg.speaker.name)
                warnings.append(f"line {seg.line}: {seg.speaker.name!r} is an initial, not a name; its bites have no super")
            seg.speaker, seg.speaker_id = (Speaker(named, seg.speaker.title), seg.speaker_id) if named else (None, None)
        if isinstance(seg, Soundbite) and seg.speaker is not None and nameless(seg.speaker.name):
            if seg.speaker.name not in warned:
                warned.add(seg.speaker.name)
                warnings.append(f"line {seg.line}: {seg.speaker.name!r} says the copy does not name the speaker; its bites have no super")
            seg.speaker, seg.speaker_id = None, None
        name = seg.speaker.name if isinstance(seg, Soundbite) and seg.speaker is not None else ""
        if name and (is_body(name) or is_place(name, text) or shapeless(name) or english_body(name, lines) or described(name)):
            if seg.speaker.name not in warned:
                warned.add(seg.speaker.name)
                warnings.append(f"line {seg.line}: {seg.speaker.name!r} names a body, a place or a piece of the page, not a person; its bites have no super")
            seg.speaker, seg.speaker_id = None, None
    return segments


def office_holder(office: str, copy: CopyNames, any_word: bool = False) -> tuple[bool, dict[str, str]]:
    """(a listed office, the people the copy names as its holder: right after it, `la canciller Rosa Villavicencio`,
    or before a comma and it, `Juan Pérez, presidente del Club …`), by their last word folded. `copy` is built on
    `stated_names`. A run that only ends in a title word (`Mat King`) is looked up too, but keeps its name when no one
    holds it (see office_holders); with `any_word`, any word is looked up as an office (a press Q&A's answer label)."""
    listed = office_label(office) is not None
    if not (listed or office_words(office) or any_word):
        return listed, {}
    found = copy.after(office.split()) + copy.before(office.split())
    return listed, {fold(name[-1]): " ".join(name) for name in found}


def one_holder(office: str, lines: list[str]) -> str | None:
    """The one person `lines` name as the holder of `office` outside their questions (`office_holder`), else None:
    pressqa's answerer under an office label (`Canciller:`) asks this too."""
    _, people = office_holder(office, stated_names(lines), True)
    return next(iter(people.values())) if len(people) == 1 else None


def stated_names(lines: list[str]) -> CopyNames:
    """The copy's names outside its questions (parse/asked.py), line for line."""
    return CopyNames([stated_line(line) for line in lines])


def office_holders(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, each bite whose super is an office alone given the one person the copy names as its holder
    (`office_holder`), never one a question names; else no super (one warning an office). A run that only ends in a
    title word (`Fisheries Minister`, but also `Mat King`) changes only where the copy names its one holder."""
    copy, done = stated_names(lines), {}
    _unnamed_offices(segments, lines, warnings)
    for seg in segments:
        if not isinstance(seg, Soundbite) or seg.speaker is None or not seg.speaker.name:
            continue
        office = seg.speaker.name
        if office not in done:
            listed, people = office_holder(office, copy)
            done[office] = next(iter(people.values())) if len(people) == 1 else (None if listed else office)
            if done[office] is None:
                warnings.append(f"line {seg.line}: {office!r} is an office; the copy names no one holder of it, so its bites have no super")
        if done[office] != office:
            seg.speaker = Speaker(done[office], seg.speaker.title or office) if done[office] else None
            seg.speaker_id = None if done[office] is None else seg.speaker_id
    return segments


def _label(bite: Soundbite) -> str:
    """The one label a turn carries (`PM:` -> `PM`), else ""."""
    marks = [mark.strip().rstrip(":.-–— ").strip() for mark in (bite.marker or "").split("\n") if mark.strip()]
    return marks[0] if len(marks) == 1 else ""


def _unnamed_offices(segments: list[Segment], lines: list[str], warnings: list[str]) -> None:
    """A turn left with no super under an office's label (`PM:`, `THE GOVERNOR:`) is the one person the copy names with
    that office above the turn (`National Broadcast by PM Prayut Chan-o-cha`), the office its title; no one, or two
    people: no super (a chamber's `El PRESIDENTE.-` is not the president another sitting names below)."""
    found: dict[str, str | None] = {}
    for seg in segments:
        if not isinstance(seg, Soundbite) or seg.speaker is not None or seg.why != "transcript-label" or not (label := _label(seg)):
            continue
        office = office_label(label)
        if office is None:
            continue
        if label not in found:
            above = lines[: max(seg.line - 1, 0)]
            found[label] = one_holder(label, above) or (one_holder(office, above) if office.lower() != label.lower() else None)
        if found[label]:
            seg.speaker = Speaker(found[label], office)
            warnings[:] = [w for w in warnings if not (w.startswith(f"line {seg.line}:") and "could not be named" in w)]
