"""Who a transcript introduces before its turns are read (parse/transcript.py): every name the copy mentions,
the labels' names, the header's names, and whose briefing it is."""

from __future__ import annotations

from scriptfmt.parse.briefing import name_word, names_with_offices, only_questions, wrapped_header
from scriptfmt.parse.cast import Person, staff_title
from scriptfmt.parse.headnames import names_in
from scriptfmt.parse.hostvoices import greeted_by_opener
from scriptfmt.parse.names import gender_of_first, person_words
from scriptfmt.parse.labels import alone_label, parse_label, strip_timestamp, words
from scriptfmt.parse.numbered import numbered_voice
from scriptfmt.parse.openers import opening_voices
from scriptfmt.parse.outlets import is_outlet
from scriptfmt.parse.ownlabels import turn_label
from scriptfmt.parse.pagekind import first_turn_cut
from scriptfmt.parse.remarks import Heard
from scriptfmt.parse.supers import display_name, tidy_title
from scriptfmt.parse.unmarked import lone_voice, unnamed_answers

__all__ = ["briefing_voice", "introductions", "styled_caps_name"]


def briefing_voice(reader, lines: list[str], line_numbers: list[int], spoken: Heard) -> None:
    """Whose briefing it is (parse/briefing.py): the holder of an office label (`MINISTER:`), or the voice of every
    unlabelled line; a header in capitals names the speaker its surname labels stand for (`CAPITANICH.-`)."""
    voice = spoken.voice  # the briefing's header names them, or the title of one person's remarks (parse/remarks.py)
    if voice is not None:
        reader.cast.header_styled |= {display_name(voice.name)} - {""}
        if only_questions(lines[voice.line + 1 :]):  # the turns below the header: a page's field above it (`ARCHIEF: …`) is no turn
            person = Person(display_name(voice.name) or None, tidy_title(voice.title), False)  # no name: the remarks of someone never named
            reader.voice = reader.cast.briefer = reader.cast.add(person) if person.name else person
            reader.voice_line = line_numbers[voice.line] if voice.line >= 0 else line_numbers[0] - 1  # -1: the page's header named them
            reader.warnings += [] if person.name else [f"line {reader.voice_line + 1}: the speaker of the remarks could not be named; the bites have no super"]
    for name, office in names_with_offices(wrapped_header(lines)):
        reader.cast.header_name(name, office)
    if reader.voice is None and (unnamed_answers(spoken.stamped) or (lone_voice(spoken.stamped) and not reader.captioned)):  # a guest or one voice, unnamed
        reader.voice_line = line_numbers[spoken.stamped.first] - 1
        held = lone_voice(spoken.stamped) or reader.page.kind == "press_conference"  # one voice, or a press conference's answers
        named = _page_person(lines[: spoken.stamped.first]) if held else None
        reader.voice = reader.cast.add(Person(named, None, False)) if named else Person(None, None, False)
        if not named:
            reader.warnings.append(f"line {reader.voice_line + 1}: the speaker of the unlabelled turns could not be named; the bites have no super")


def _page_person(page: list[str]) -> str | None:
    """`Retraites : la Première ministre Élisabeth Borne défend …` above a video's stamped lines: the one person the
    page names with a title is the one voice below (two, or none: no name on air)."""
    found = {display_name(name) for raw in page for name in names_in(raw.strip(), True) if len(name.split()) >= 2 and person_words(name.split())}  # never `Conference I June`
    return next(iter(found)) if len(found) == 1 else None


def introductions(reader, lines: list[str]) -> None:
    """Who the copy introduces, anywhere (`I'm Susan Davis` may follow her first label), and who the labels name."""
    roles = False  # a programme's or the press's role labels a turn (`HOST:`, `JOURNALIST:`)
    for raw in lines:
        label = parse_label(strip_timestamp(raw.strip())) or ((numbered_voice(raw.strip()) or alone_label(raw.strip(), mixed=True)) if raw.strip() in reader.names_alone else None)
        reader.cast.in_header = not reader.cast.labelled and not label  # the first turn's own label is no part of the header
        reader.cast.mention(raw)
        if not reader.cast.labelled and not label and (styled := styled_caps_name(raw)):
            reader.cast.header_styled.add(styled)  # `THE HON ANTHONY ALBANESE MP` above the turns: whose transcript it is
        if not reader.cast.labelled and not label:  # above the first turn: the headline's names (`Julia Gillard has no idea …`)
            # a name alone on its line is the page's heading (`Media Centre`), not the headline's person
            reader.cast.header_names |= {name for name in reader.cast.order if _person_in(name, raw) and name.lower() != raw.strip().lower()}
        if label:
            reader.cast.labelled.add(label.name.lower())
            reader.cast.outlet_labelled = reader.cast.outlet_labelled or is_outlet(label.name)  # `Kriol Rádio (KR):` asks
        # the programme names its own people by title (`ASMA KHALID, BYLINE:`): an untitled first voice is then no host
        reader.cast.titled_staff = reader.cast.titled_staff or bool(label and staff_title(label.title))
        roles = roles or bool(label and (label.role or staff_title(label.title)))
    hosts = any(phrase in " ".join(raw.lower().split()) for raw in lines for phrase in (*words().host_phrases, "welcome")) or any(raw.rstrip().endswith("?") for raw in lines)
    person = len(reader.cast.labelled) == 1 and gender_of_first(next(iter(reader.cast.labelled)).split()[0])  # `ANGIE BELL:`, no `CIUDAD DE MÉXICO.-`
    # one voice, who neither welcomes nor asks: a doorstop's politician, or the principal of a record cut after its first turn
    if (person or (len(reader.cast.labelled) == 1 and first_turn_cut(lines, reader.page))) and not roles and not hosts:
        reader.cast.first = False
    reader.cast.introduced |= greeted_by_opener(lines, lambda line: turn_label(line, reader.surnames, reader.names_alone))  # `… ho qui con me Giulia.`
    if not reader.questions:  # the outlet's questions printed unlabelled above the answers: every labelled voice answers
        opening_voices(reader.cast, lines, reader.page.kind)  # who speaks before the guest the opening names is the programme's (parse/openers.py)


def styled_caps_name(line: str) -> str | None:
    """`THE HON ANTHONY ALBANESE MP` -> `Anthony Albanese`: a header line in capitals that is a name with its
    parliamentary style (styles/furniture.toml `name_styles`) and nothing else."""
    tokens = [t.strip(",.").lower() for t in line.split()]
    if not line.strip().isupper() or not any(t in words().styles for t in tokens):
        return None
    rest = [t for t, low in zip(line.split(), tokens) if low not in words().styles and low not in ("the", "right")]
    return display_name(" ".join(t.strip(",") for t in rest)) if 2 <= len(rest) <= 4 and all(name_word(t.strip(",")) for t in rest) else None


def _person_in(name: str, line: str) -> bool:
    """The line names this person: written in it, and not after an article (`doorstop, The National Gallery`, `the
    White House`: a place or a body, no person)."""
    at = line.lower().find(name.lower())
    before = (line[:at].split() or [""])[-1].lower()
    return at >= 0 and before not in words().articles and before not in words().office_joins  # `Minister of External Affairs`: an office's domain

