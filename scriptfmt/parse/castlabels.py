"""How a transcript label reads before the cast says who it is (parse/cast.py): an office written
before the name (`PM Lee Hsien Loong:`), a station's call sign as the title (`Name (CNA938):`), the
programme's people by role words (`POLITICAL CORRESPONDENT:`, `HOSTS:`), staff titles, a caller's opening;
and the person's name in a run of capitalised words the copy mentions (`Press Secretary Josh Earnest`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.asked import stated
from scriptfmt.parse.scriptcount import counted_off
from scriptfmt.parse.labels import HONORIFIC, Label, initials_of, parse_label, words
from scriptfmt.parse.recordlabels import CHAIR_ROLE
from scriptfmt.parse.names import gender_of_first, name_data, person_words
from scriptfmt.parse.pagekind import kind_of_line
from scriptfmt.parse.qawords import interview_words, says
from scriptfmt.parse.supers import display_name

__all__ = ["nicknamed", "call_sign", "calls_in", "caps_byline", "given_initials", "initial_alone", "name_in_run", "named_words",
    "newsmaker", "offices_of", "office_split", "outlet_letters", "own_introduction", "role_word_label", "self_named",
    "spaced_initials", "staff_before", "staff_title", "staff_words", "without_honorific", "written_honorific"]


def staff_words(label: Label) -> bool:
    """`POLITICAL CORRESPONDENT:` (a qualified staff title) or `HOSTS:` (a staff role in the plural), untitled."""
    qualified = label.name.lower().split()
    if label.title:
        return False
    if len(qualified) == 1 and qualified[0].endswith("s") and qualified[0][:-1] in words().staff_roles:
        return True  # `HOSTS: (in unison)`: the programme's people together
    if len(qualified) >= 2 and qualified[0] in words().staff_roles and all(t.islower() for t in label.name.split()[1:]):
        return True  # `Wartawan asing:`, `Periodista local:`: a staff role, then a word describing it written small
    if counted_off(" ".join(qualified)) in words().staff_roles:
        return True  # `ANNOUNCER 2:`, `Narrator #1:`: the programme's own voice, counted (parse/scriptcount.py)
    return 2 <= len(qualified) <= 3 and qualified[-1] in words().staff_title_words


def office_split(label: Label) -> Label:
    """`PM Lee Hsien Loong:`, `Prime Minister Trudeau:`: an office before the name is the super's title,
    never part of the name; `Mr N F SHIVAMBU` (the honorific read as the title) is a name with its honorific, untitled."""
    if label.title and HONORIFIC.fullmatch(label.title.strip() + " "):
        return replace(label, name=f"{label.title.strip()} {label.name}", title=None)  # an honorific labels a guest
    if label.title and _office(label.name) and _name_words(label.title):
        return replace(label, name=label.title, title=label.name)  # `Official Spokesperson, Shri Arvind Mehra:`
    tokens = label.name.split()
    if label.title or len(tokens) < 2 or office_words(label.name):
        return label  # `PRESIDENTE DELLA REPUBBLICA`: the office whole, `Della Repubblica` is nobody
    for k in range(min(3, len(tokens) - 1), 0, -1):
        lead, rest = tokens[:k], tokens[k:]
        office = " ".join(lead).lower() in words().offices or all(t.lower().rstrip(".") in words().name_titles for t in lead)
        if office and not HONORIFIC.match(label.name + " ") and all(t[:1].isupper() and t.lower() not in words().name_titles for t in rest):
            return replace(label, name=" ".join(rest), title=" ".join(lead))
    return label


def _office(text: str) -> bool:
    """`Official Spokesperson`, `PM`, `External Affairs Minister`: an office, its last word a title, its first no given name."""
    tokens = text.lower().split()
    if not tokens or tokens[0] in name_data().first_names:
        return False  # `JOHN KING`: a person, whatever `King` means
    return text.lower() in words().offices or tokens[-1].rstrip(".") in words().name_titles


def _name_words(text: str) -> bool:
    """`Shri Arvind Mehra`, `Dr. Ana Ruiz`: two to four capitalised words after any honorific, none a title."""
    honoured = HONORIFIC.match(text.strip() + " ")
    bare = HONORIFIC.sub("", text.strip() + " ", count=1) if honoured else text
    tokens = bare.split()
    if not 2 <= len(tokens) <= 4 or not all(t[:1].isupper() and t.lower().rstrip(".") not in words().name_titles for t in tokens):
        return False
    return bool(honoured) or tokens[0].lower() in name_data().first_names  # never `FLIGHT INSTRUCTOR` after `JOHN KING`


def call_sign(title: str | None) -> bool:
    """`CNA938`, `2GB`, `3AW`: a radio station's call sign (letters and digits in one word) as a label's title."""
    word = (title or "").strip()
    return 2 <= len(word) <= 8 and word.isalnum() and word.upper() == word and any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def outlet_letters(title: str | None) -> bool:
    """`DZBB`, `GMA`, `ABS-CBN`: a label's title that is an outlet's letters (one word in capitals, no title of office)."""
    word = (title or "").strip()
    return 2 <= len(word) <= 8 and all(part.isalpha() and part.isupper() and len(part) <= 5 for part in word.split("-")) and word.lower().rstrip(".") not in words().name_titles


def calls_in(label: Label, opening: str) -> bool:
    """A first voice that introduces itself by first name (`This is Tony`, `it's Dwayne`), or says
    `my name is` or `calling from`: a caller."""
    first_name = label.name.split()[0] if label.name else ""
    if label.role or label.title or not first_name.isalpha():
        return False
    said = opening.lower().replace("’", "'")
    if any(phrase in said for phrase in words().host_phrases):
        return False  # `Hello and welcome to WHO … My name is Christian Lindmeier`: the host says who they are
    named = any(f"{lead} {first_name.lower()}" in said for lead in ("this is", "it's")) and len(label.name.split()) == 1
    return named or any(phrase in said for phrase in ("my name is", "calling from", "i'm calling", "long-time listener", "first-time caller"))


def newsmaker(title: str | None) -> bool:
    """A label's title of office (`Official Spokesperson`), no staff title nor a bare honorific
    (`Dr`): who welcomes the press under it hosts nothing."""
    return bool(title) and not staff_title(title) and not HONORIFIC.fullmatch(title.strip() + " ")


def initial_alone(people, low: str):
    """`K:` after `John Key:`: the one guest (no programme's person) labelled before whose first name or surname starts
    with the letter; None when none or two do."""
    found = {p.name: p for p in people if p.name and not p.staff and low in (p.name[0].lower(), p.name.split()[-1][0].lower())}
    return next(iter(found.values())) if len(found) == 1 else None


def without_honorific(name: str) -> str:
    """`Ms. ANA RUIZ`, `Me Abdoulaye Sarr` without the honorific; `MS:` alone is initials, kept whole."""
    name = written_honorific(name)
    return (HONORIFIC.sub("", name + " ", count=1).strip() if HONORIFIC.match(name + " ") else "") or name


def written_honorific(name: str) -> str:
    """`Me Abdoulaye Sarr`, `Alhaji Lai Mohammed`: the name after an honorific as written (styles/interview.toml), two words left."""
    tokens = name.split()
    return " ".join(tokens[1:]) if len(tokens) >= 3 and tokens[0] in interview_words()["written_honorifics"] else name


_SPACED_INITIALS = re.compile(r"(?:[A-Z]\.?[ ]?){2,4}")


def spaced_initials(name: str) -> str:
    """A label of initials written with full stops or spaces (`J. K.`, `J.K.`, `M. M.`, `J K`) as the bare
    initials (`JK`) that stand for a name the copy gives in full; any other name as it is."""
    if ("." in name or " " in name) and _SPACED_INITIALS.fullmatch(name.strip()):
        return "".join(ch for ch in name if ch.isalpha())
    return name


def staff_before(before: str, text: str) -> bool:
    """The word before a name in `text` is a staff title (`correspondent Ana Ruiz`), or a page's credit line
    gives it (`Programledare: Simon Holm, …`), never a host's turn that asks the guest or says `you`
    (`APRESENTADOR: Conceição Ramalho, quantas …?`)."""
    if before in words().staff_title_words:
        return True
    credited = before.endswith(":") and before[:-1] in words().staff_title_words
    return credited and not text.rstrip().endswith("?") and not says(text, "second_person")


def staff_title(title: str | None) -> bool:
    if not title:
        return False
    staff = words().staff_title_words
    for word in re.findall(r"[^\W\d_][\w-]*", title.lower()):  # letters of any alphabet (`ÂNCORA`)
        if word in staff or any(len(word) >= 8 and sorted(word) == sorted(s) and word[0] == s[0] for s in staff):
            return True  # `CORRSEPONDENT`: a transposed letter is still the programme's correspondent
    return False


# Capitalised words that open a sentence, not a name (`But Bill Moyers`, `Joining us, …`).
_OPENERS = frozenset(
    "but and the this that so well now then here there our my his her their with from for by joining thanks thank "
    "hello hi hey good welcome dear yes okay also plus when while after before today tonight we it's let's "
    "mister madam und aber y pero et mais ma".split()  # `Und Herr Brandt`: the openers of other desks too
)


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """styles/names.toml `event_nouns`: `Press Conference`, `Speech` after a speaker's name in a heading."""
    return frozenset(tomlfile.load_builtin("names.toml").get("event_nouns", ()))


def name_in_run(tokens: list[str]) -> str | None:
    """The person's name in a run of capitalised words: after the last title word
    (`Press Secretary Josh Earnest` -> `Josh Earnest`), without a sentence's opening word."""
    while tokens and tokens[0].lower() in _OPENERS:
        tokens = tokens[1:]
    event = next((k for k in range(2, len(tokens)) if kind_of_line(tokens[k]) or kind_of_line(" ".join(tokens[k : k + 2])) and not kind_of_line(tokens[k + 1])), len(tokens))
    tokens = tokens[:event]  # `Senator Sherwin Gatchalian Press Conference`: the name ends where the record's kind opens
    owner = next((k for k, token in enumerate(tokens) if token.endswith(("'s", "’s"))), None)
    if owner is not None:  # `Spokesperson Hong Lei's Regular Press Conference`: a possessive ends the name
        tokens = tokens[:owner] + [tokens[owner][:-2]]
    while len(tokens) > 2 and tokens[-1].lower() in _event_nouns():
        tokens = tokens[:-1]  # `Senator Sherwin Gatchalian Press Conference`: the event's nouns end the name
    titled = [k for k, token in enumerate(tokens) if token.lower() in words().name_titles or (k == 0 and token.lower() in words().styles)]
    if titled and len(tokens) - titled[-1] - 1 >= 2:
        tokens = tokens[titled[-1] + 1 :]
    if len(tokens) > 3:  # `Presidential Legal Counsel Salvador Panelo`: from a known given name, else the last two words
        given = next((k for k, token in enumerate(tokens[:-1]) if token.lower() in name_data().first_names), len(tokens) - 2)
        tokens = tokens[given:]
    if len(tokens) < 2 or tokens[0].lower() in words().name_titles or not person_words(tokens):
        return None  # `Representatives Linder`: a title and a surname, no full name; `On Wednesday`: a date
    return " ".join(tokens)


def listed_with(text: str) -> list[set[str]]:
    """`Radio interview with Robin, Terry and Bob`, `with Annabelle Brett and Brad Blisset - Power FM`: each
    list of two or more people after `with`, as their first names in lower case (a show goes by its hosts')."""
    lists, at = [], text.find("with ")
    while at >= 0:
        firsts = []
        for chunk in re.split(r", | and | & ", re.split(r"[.\n]| - | – ", text[at + 5 : at + 120])[0]):
            tokens = chunk.split()
            if not tokens or not tokens[0][:1].isupper() or not tokens[0].replace("-", "").isalpha():
                break
            firsts.append(tokens[0].lower())
        if len(firsts) >= 2:
            lists.append(set(firsts))
        at = text.find("with ", at + 5)
    return lists


def role_word_label(low: str, named: set[str]) -> bool:
    """`NEIGHBOUR:`, `LOCAL RESIDENT:`, `the witness`: a label that says what the speaker is, not who. A word the copy
    uses as a name is a name (`Boy:` whom the other speaker thanks, `Thanks, Boy.`), and so is a first name before
    the word (`Joan Farmer:`)."""
    tokens = low.removeprefix("the ").split()
    if not tokens or (" ".join(tokens[-2:]) not in words().unnamed_roles and not _unnamed_role(tokens[-1])):
        return False
    return not (set(tokens) & named) and (len(tokens) == 1 or not gender_of_first(tokens[0]))


def _unnamed_role(word: str) -> bool:
    """A role word (`NEIGHBOUR:`, a German desk's `TOURISTIN:`: furniture.toml unnamed_roles)."""
    return word in words().unnamed_roles


def named_words(text: str) -> set[str]:
    """Words a line uses as a person's name: one addressed (`Boy, what happened?`, `Thanks, Boy.`) or one inside a
    full name (`Vice President Kim Ramos`), lower case."""
    found = {m.group(1).lower() for m in _VOCATIVE.finditer(text)}
    return found | {w.lower() for m in _FULL_NAME.finditer(text) for w in m.group().split()}


# A word addressed: at the line's start or after a comma, capitalised, then a comma or the sentence's end.
_VOCATIVE = re.compile(r"(?:^|, )([A-Z][a-z'’-]+)(?=[,.!?])")
# Two to four capitalised words in a row, in ordinary case: a name written in full.
_FULL_NAME = re.compile(r"\b[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}\b")



_GIVEN = r"(?:[DO]['’]|Mc|Mac)?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž]+(?:[-'’][A-Za-zß-öø-ÿĀ-ž]+)?"
# `Rodrigo de la Cruz`: given names, then the surname's particles in lower case, then the surname
@lru_cache(maxsize=1)
def _particle_name() -> re.Pattern[str]:
    """`Rodrigo de la Cruz`: the particles are styles/names.toml `surname_particles` (never `y`, `e`, which join
    two people: `Ana Ruiz y Pedro Gómez`)."""
    particles = "|".join(re.escape(p) for p in sorted(name_data().surname_particles, key=len, reverse=True))
    return re.compile(rf"\b(?:{_GIVEN}[ ]){{1,3}}(?:(?:{particles})[ ]){{1,3}}{_GIVEN}")


def particle_names(text: str) -> list[tuple[str, int]]:
    """Full names whose surname opens with its particles (`Rodrigo de la Cruz`, `Anouk van der Berghe`),
    which a run of capitalised words stops at, each with where it starts; a title before it is no part of it."""
    found = []
    for m in _particle_name().finditer(text):
        tokens, start = m.group().split(), m.start()
        while tokens[0].lower() in words().name_titles or tokens[0].lower() in words().styles:
            start += len(tokens[0]) + 1  # `Mayor Rodrigo de la Cruz`
            tokens = tokens[1:]
        found.append((" ".join(tokens), start))
    return found


# A nickname in quotation marks between a given name and a surname (`Ferdinand “Bongbong” Marcos, Jr.`)
_NICKNAME = re.compile(r"[\"“‘'«]([^\W\d_][\w'’-]{1,24})[\"”’'»]")
_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")


def nicknamed(text: str) -> list[tuple[str, str]]:
    """`Senator Ferdinand “Bongbong” Marcos, Jr.` -> [(`Ferdinand Marcos Jr.`, `bongbong`)]: the name for the super (the
    nickname is no part of it; middle initials and a generational suffix are) and the nickname a label may call him by
    (`Sen. Bongbong:`)."""
    found = []
    for m in _NICKNAME.finditer(text):
        before, after = text[: m.start()].split()[-1:], text[m.end() :].replace(",", " ").split()[:5]
        if not before or not before[0][:1].isupper() or m.group(1)[:1].islower():
            continue
        name = [before[0]]
        while after and len(after[0]) == 2 and after[0][0].isupper() and after[0][1] == ".":
            name.append(after.pop(0))  # `F.`: a middle initial
        if not after or not after[0][:1].isupper() or not after[0].rstrip(".").isalpha():
            continue
        name.append(after.pop(0).rstrip("."))
        name += [word for word in after[:1] if word.lower().rstrip(".") in _SUFFIXES]
        shown = [display_name(word) if word.isupper() and len(word) > 2 and word.lower() not in _SUFFIXES else word for word in name]
        found.append((" ".join(w + "." if w.lower() in ("jr", "sr") else w for w in shown), m.group(1).lower()))
    return found


# In copy typed in capitals: a given name the names list knows, then a surname (`MARIEKE DEKKER`)
_CAPS_PAIR = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]+) ([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]+)\b")


def caps_names(text: str) -> list[tuple[str, int]]:
    """Full names in a line typed all in capitals, where no case marks a name: a known given name and
    the word after it (`OUR GUEST TODAY IS MARIEKE DEKKER` -> `MARIEKE DEKKER`), each with where it starts."""
    if not text.isupper():
        return []
    return [(m.group(), m.start()) for m in _CAPS_PAIR.finditer(text) if m.group(1).lower() in name_data().first_names and m.group(2).lower() not in words().name_titles]


@lru_cache(maxsize=1)
def _self_naming() -> re.Pattern[str]:
    leads = "|".join(re.escape(lead) for lead in sorted(words().self_naming, key=len, reverse=True))
    return re.compile(rf"\b(?i:{leads}) ((?:{_GIVEN}[ ]){{1,3}}{_GIVEN})")


def self_named(text: str) -> str | None:
    """The name a speaker gives as their own (`it's Malcolm Turnbull`, `c'est Anne Hidalgo`; styles/furniture.toml
    `self_naming`): who an office label stands for when the copy names the holder nowhere else."""
    said = _self_naming().search(text)
    return name_in_run(said.group(1).split()) if said else None


@lru_cache(maxsize=1)
def _own_name() -> re.Pattern[str]:
    phrases = tomlfile.load_builtin("furniture.toml")["transcript"]["own_name_phrases"]
    leads = "|".join(re.escape(lead) for lead in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?i:{leads})[ ]+({_GIVEN}(?:[ ]{_GIVEN}){{0,3}})(?![\w'’-])")


def own_introduction(label: Label, opening: str) -> str | None:
    """`M: Hello, my name is Shreya, I'm a student from …?`: a questioner from the floor who says who they are in the
    first sentence of a turn that asks, under a label that names nobody (a letter, `Audience member:`, `Questioner:`;
    never the press's `Q:` nor the programme's `HOST:`): the name they give is who speaks (styles/furniture.toml
    `own_name_phrases`, in any language)."""
    if label.role in words().staff_roles or (label.role is None and len(label.name.strip(". ")) > 2) or not any(mark in opening for mark in "?？"):
        return None
    said = _own_name().search(re.split(r"(?<=[.!?])\s", opening.strip(), maxsplit=1)[0])
    return (name_in_run(said.group(1).split()) or said.group(1)) if said else None  # a first name alone will do: `Shreya`


def given_initials(written: str) -> str | None:
    """`Senator Ana Ruiz (SAR):` -> `sar`: the initials a label gives its speaker in brackets, for the bare
    initials that label the speaker's turns below."""
    name, _, inner = written.rstrip(": ").rstrip(")").rpartition("(")
    return inner.lower() if name and initials_of(name.split(), inner) else None


def chair_run_in(label: Label) -> bool:
    """`Presidente. –`, `Le Président. -`, `El PRESIDENTE.-`: a verbatim record's chair by office, the label run into the
    speech with a full stop and a dash (the European Parliament's form in every language, the French and Spanish
    chambers'): the chair's turns are the sitting's procedure, read as the record's own voice (narration) until the next
    label, where no presiding line names who is in the chair (parse/presiding.py names the chair's bites then). A chair
    labelled with a colon (`Presidenten:`, `Mr. Speaker:`) or a full stop alone (`PRESIDENTE.`) keeps its bite."""
    return label.shape == "record" and label.role == CHAIR_ROLE and label.written.rstrip()[-1:] in ("-", "–", "—")


def initials_fit(name: str | None, letters: str) -> bool:
    """`SAFT` for the `Senator Antonio "Sonny" F. Trillanes IV` a transcript's title introduces: the first name's and the
    surname's initials with any of the middle names' between (a nickname, a middle initial may be left out), a title's
    letter before them when there are four letters or more; a generational suffix (`IV`, `Jr.`) is no part of them."""
    tokens = [t for t in (name or "").split() if t.lower() not in name_data().suffixes]
    if len(tokens) < 2 or not 2 <= len(letters) <= 5 or not letters.isalpha():
        return False
    inner = [t[0].lower() for t in tokens[1:-1]]
    for body in {letters, letters[1:] if len(letters) >= 4 else letters}:
        if body[0] == tokens[0][0].lower() and body[-1] == tokens[-1][0].lower() and _subsequence(body[1:-1], inner):
            return True
    return False


def _subsequence(short: str, long: list[str]) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


_CAPS_BY = re.compile(r"\bBY ([A-Z][A-Z'’ ,-]{3,80})")


def caps_byline(text: str) -> list[str]:
    """`PRESS BRIEFING BY MIKE MCCURRY,` in a release's header in capitals: the people it is by (`Mike McCurry`),
    whom the surname labels under it stand for (`MR. MCCURRY:`)."""
    m = _CAPS_BY.search(text.strip())
    if not m or not text.strip().isupper():
        return []
    tokens = [chunk.split() for chunk in re.split(r",| AND ", m.group(1))]
    return [display_name(" ".join(t)) for t in tokens if 2 <= len(t) <= 3 and all(w.replace("'", "").replace("-", "").isalpha() for w in t)]


def others_turn(text: str, name: str) -> bool:
    """`MCEVERS: This is Mitch McConnell with Judy Woodruff …`: a turn labelled with another person's name back-announces
    the tape it names; only a turn of that person's own (or a role's, `HOST:`) introduces them."""
    label = parse_label(text.strip())
    if label is None or label.role:
        return False
    return not {w.lower() for w in label.name.split()} & {w.lower() for w in name.split()}


def office_label(name: str) -> str | None:
    """`PM`, `The Vice President`, `LE PRESIDENT`: the office a label names (one article before it dropped), or None."""
    low = " ".join(name.lower().split())
    first, _, rest = low.partition(" ")
    return words().offices.get(rest if rest and first in words().articles else low)


# The cast's word lists (styles/furniture.toml [transcript]): cast-list keys of the people heard (`GUESTS:`), a court's
# officers (`THE COURT:`) and other voices nobody names (`CROWD:`), the press's bodies (`MPC:`) and its vocatives (`Sir, …?`).
_CAST = tomlfile.load_builtin("furniture.toml")["transcript"]
SPEAKING_KEYS = frozenset(_CAST["speaking_keys"])
COURT_ROLES = frozenset(_CAST["court_roles"])
UNNAMED_ROLES = COURT_ROLES | frozenset(_CAST["unnamed_voices"])
PRESS_BODIES = frozenset(_CAST["press_bodies"])
PRESS_VOCATIVES = tuple(_CAST["press_vocatives"])


def office_words(name: str) -> bool:
    """`FISHERIES MINISTER`, `Press Secretary`: a label of two words or more ending in a title word, no first name before
    it: an office, whose holder the copy may name (never a person called `Fisheries Minister`)."""
    tokens = name.split()
    low = name.lower().split()
    lead = int(bool(low) and low[0] in words().articles)  # `The MINISTER OF WATER`, `PRESIDENTE DELLA REPUBBLICA`: a title and what it serves
    served = (lead == 1 or name.isupper()) and len(low) >= lead + 3 and low[lead] in words().name_titles and low[lead + 1] in words().office_joins and not any(map(gender_of_first, low))
    return len(tokens) >= 2 and all(t.isalpha() for t in tokens) and (_office(name) or served)  # (`_office` of words alone)


def offices_of(text: str, name: str, at: int, lead: str, styled_in: str, offices: list[str]) -> list[str]:
    """The offices `text` gives `name`, written at `at`: right before it (`Prime Minister Julia Gillard`, `our Prime
    Minister, Malcolm Turnbull`; `lead` the words before it, `styled_in` those without a bracketed style) or after it and
    a comma (`Juan Pérez, presidente del Club …`); never in a question, which names whom it asks about (`Blu radio: ¿Qué
    le dijo el presidente Pedro Sánchez …?`; parse/asked.py)."""
    if name not in stated(text):
        return []
    rest = " ".join(text[at + len(name) :].lower().split())
    after = rest[2:] if rest.startswith(", ") else ""
    found = [office for office in offices if lead.removesuffix(",").endswith(office.lower()) or (styled_in != lead and styled_in.endswith(office.lower())) or _opens(after, office.lower())]
    return found or _short_office(text[:at])


def _short_office(before: str) -> list[str]:
    """`National Broadcast by PM Prayut …`, `FM NAME`: the office written short in capitals right before the name
    (styles/furniture.toml offices: `pm`, `fm`, `potus`), never a clock's `5pm`."""
    word = (before.split() or [""])[-1]
    office = words().offices.get(word.lower()) if word.isupper() and word.isalpha() and " " not in word.lower() else None
    return [office] if office and word.lower() != office.lower() else []


def _opens(text: str, words: str) -> bool:
    """`text` opens with `words`, whole words (`presidente del Club` opens with `presidente`, not `president`)."""
    return text.startswith(words) and not text[len(words) : len(words) + 1].isalpha()
