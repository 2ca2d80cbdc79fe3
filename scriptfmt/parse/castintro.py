"""Who a transcript introduces before its turns are read (parse/transcript.py): every name the copy mentions,
the labels' names, the header's names, and whose briefing it is."""

from __future__ import annotations

from scriptfmt.parse.briefing import name_word, names_with_offices, only_questions, wrapped_header
from scriptfmt.parse.cast import Person, staff_title
from scriptfmt.parse.labels import alone_label, parse_label, strip_timestamp, words
from scriptfmt.parse.numbered import numbered_voice
from scriptfmt.parse.remarks import Heard
from scriptfmt.parse.supers import display_name, tidy_title
from scriptfmt.parse.unmarked import unnamed_answers

__all__ = ["briefing_voice", "introductions", "styled_caps_name"]


def briefing_voice(reader, lines: list[str], line_numbers: list[int], spoken: Heard) -> None:
    """Whose briefing it is (parse/briefing.py): the holder of an office label (`MINISTER:`), or the voice of every
    unlabelled line; a header in capitals names the speaker its surname labels stand for (`CAPITANICH.-`)."""
    voice = spoken.voice  # the briefing's header names them, or the title of one person's remarks (parse/remarks.py)
    if voice is not None:
        reader.cast.header_styled.add(display_name(voice.name))
        if only_questions(lines):
            reader.voice = reader.cast.briefer = reader.cast.add(Person(display_name(voice.name), tidy_title(voice.title), False))
            reader.voice_line = line_numbers[voice.line] if voice.line >= 0 else line_numbers[0] - 1  # -1: the page's header named them
    for name, office in names_with_offices(wrapped_header(lines)):
        reader.cast.header_name(name, office)
    if reader.voice is None and unnamed_answers(spoken.stamped):  # questions and answers take turns, the guest unnamed
        reader.voice = Person(None, None, False)
        reader.voice_line = line_numbers[spoken.stamped.first] - 1
        reader.warnings.append(f"line {reader.voice_line + 1}: the answers' speaker could not be named; the bites have no super")


def introductions(reader, lines: list[str]) -> None:
    """Who the copy introduces, anywhere (`I'm Susan Davis` may follow her first label), and who the labels name."""
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
        # the programme names its own people by title (`ASMA KHALID, BYLINE:`): an untitled first voice is then no host
        reader.cast.titled_staff = reader.cast.titled_staff or bool(label and staff_title(label.title))


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
    return at >= 0 and (line[:at].split() or [""])[-1].lower() not in words().articles
