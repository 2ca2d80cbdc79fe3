"""Labels run into a paragraph: turns pasted together on one line (`… reports. Nicholas Jones: The …`), a
parliament's record flattened to one line (`… Hon. Fatuma Gedi (Wajir CWR, PDR): Hon. Speaker, …`), an interview's
one-word labels pasted on one line (`… bom dia. Presidente: Eu que agradeço … Jornalista: …`), and a press
release's transcript on one line whose speaker is labelled once in full with initials and by the initials after
(`March 04, 2024 Q: …? Senator Ana Ruiz (SAR): Well, … Q: … SAR: …`). `run_in_split` cuts every line before them."""

from __future__ import annotations

import re
from functools import cache
from itertools import chain

import regex

from scriptfmt.parse.labels import initials_of, parse_label, words
from scriptfmt.parse.namedata import name_data

__all__ = ["initials_defined", "run_in_labels", "run_in_split", "split_run_in"]

# `… Nicholas Jones reports. Nicholas Jones: The Conservatives …`: a label run in after a sentence's end, one space
# or a web page's few (`… What is that about?    ANA RUIZ: Well, …`)
_RUN_IN = regex.compile(r"(?<=[.?!’”\")][ ]{1,4})([A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+(?: [A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+){1,2}):[ ](?=\S)")

# `… Next Order! Hon. (Ms.) Fatuma Gedi (Wajir CWR, PDR): Hon. Speaker, I beg …`: a parliament's record flattened to
# one line, each member's label (`Hon.` and a name or an office, the seat and party in brackets) run into the text
_RUN_IN_MEMBER = re.compile(
    r"(?<=[\w.?!’”\")\]] )(Hon\. (?:\((?:Ms|Mrs|Mr|Miss|Dr|Prof|Eng)\.\) )?[A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+(?: [A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+){0,3}(?: \([^()\n:]{1,60}\))?):[ ](?=\S)"
)


@cache
def _run_in_dashed() -> re.Pattern[str]:
    """`… the Leader of the Opposition - Mr Barnett: Answer this one first …`: a member's interjection, run in after a
    dash; any one-word honorific of styles/names.toml (`Mr`, `Hon.`, `Dame`) before the surname."""
    written = {key.rstrip(".") for key in name_data().honorifics if " " not in key}
    honorifics = "|".join(re.escape(key[:1].upper() + key[1:]) for key in sorted(written, key=len, reverse=True))
    return re.compile(rf"(?<= [-–—] )((?:{honorifics})\.? [A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+):[ ](?=\S)")


# `I just, Real Neil McPhedran: Full disclosure …`: a speaker's full label run in after a comma (a cut-off sentence)
_RUN_IN_COMMA = re.compile(r"(?<=, )([A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+(?: [A-Z][A-Za-zÀ-ÖØ-öø-ÿ’'-]+){1,3}):[ ](?=\S)")


def _cut_off(line: str):
    """The comma run-in matches of a line past its own label (`Penny Wong, Foreign Minister:` is one label, not two)."""
    own = parse_label(line.strip())
    start = line.find(own.written) + len(own.written) if own is not None else 0
    return (m for m in _RUN_IN_COMMA.finditer(line) if m.start() >= start)


def _own_end(line: str) -> int:
    """Where the line's own label ends (0: it has none): a run-in label starts past it, never inside it."""
    own = parse_label(line.strip())
    return line.find(own.written) + len(own.written) - 1 if own is not None else 0


def _run_ins(line: str):
    """The run-in label matches of a line, not a name after its title (`DR. HELGA BRANDVOLD:`), nor the tail of the line's
    own label (`Rojas (PR):` of `Pedro Rojas (PR):`)."""
    start = _own_end(line)
    for m in _RUN_IN.finditer(line):
        before = (line[: m.start()].split() or [""])[-1].lower()
        if m.start() >= start and before not in words().name_titles and before.rstrip(".") not in words().name_titles:
            yield m
    yield from _run_in_dashed().finditer(line)
    members = list(_RUN_IN_MEMBER.finditer(line))
    if len(members) >= 3 and len({m.group(1) for m in members}) < len(members):  # the members' labels come back: turns run together
        yield from members


# `… bom dia. Presidente: Eu que agradeço … Jornalista: Presidente, a demora …`: a one-word label (a role or an office)
# run in after a sentence's end, each coming back: an interview pasted on one line
_RUN_IN_WORD = regex.compile(r"(?<=[.?!’”\")\]][ ]{1,4})([A-ZÀ-Ý][a-zà-öø-ÿ]+):[ ](?=\S)")


def _word_labels(lines: list[str]) -> set[str]:
    """One-word labels run in (`Jornalista:`, `Presidente:`, `Governadora:`): two of them or more, each at least twice,
    one of them a role of the programme or the press (`Jornalista`, `Repórter`, `Q`); or two first names or more, once
    will do, each the given name of someone the copy names in full (`… com a Germana Barata … Germana: Olá, pessoal`):
    a podcast's turns pasted on one line, its people by first name."""
    counts: dict[str, int] = {}
    for raw in lines:
        for m in _RUN_IN_WORD.finditer(raw):
            if m.group(1).lower() not in words().not_speakers:
                counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    found = {word for word, count in counts.items() if count >= 2}
    roles = any((label := parse_label(f"{word}:")) is not None and label.role is not None for word in found)
    given = {m.group(1) for raw in lines for m in _GIVEN_NAME.finditer(raw)} & set(counts)
    return found if len(found) >= 2 and roles else given if len(given) >= 2 else set()


_GIVEN_NAME = regex.compile(r"\b([A-ZÀ-Ý][a-zà-öø-ÿ]+)(?= [A-ZÀ-Ý][a-zà-öø-ÿ'’-]+(?![\w:]))")  # `Germana Barata`: a given name, a surname


# `… 2024 Q: …? Senator Ana Ruiz (SAR): Well, … SAR: …`: a question label, a full name with its initials in brackets,
# or bare initials, run in after a word or a sentence's end
_RUN_IN_INITIALS = re.compile(r"(?<=[\w.?!’”\")\]] )((?:[A-Z][\w.’'-]* ){1,5}\(([A-Z]{2,5})\)|[A-Z]{1,5}):[ ](?=\S)")
_DEFINES = re.compile(r"((?:[A-Z][\w.’'-]* ){1,5})\(([A-Z]{2,5})\):")
_QUESTION_MARKS = frozenset(("Q", "A"))
_CAPS_RUN = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,6}")  # capitalised words in a row: a name, a title before it


def initials_defined(text: str) -> set[str]:
    """`Senator Ana Ruiz (SAR):` -> {`SAR`}: the initials a label gives a speaker in brackets, those of the name's
    words (with its title's, or without); and bare initials run in as a label (`… SAR: …`) that are those of a
    name the copy writes (`Transcript of … with Senator Ana Ruiz`)."""
    found = {m.group(2) for m in _DEFINES.finditer(text) if initials_of(m.group(1).split(), m.group(2))}
    bare = {m.group(1) for m in _RUN_IN_INITIALS.finditer(text) if not m.group(2) and len(m.group(1)) >= 2} - found
    runs = [run.split() for run in _CAPS_RUN.findall(text)] if bare else []
    return found | {mark for mark in bare if any(_window(run, mark) for run in runs)}


def _window(words: list[str], initials: str) -> bool:
    """Some run of as many words as `initials` has those initials (`Senator Ana Ruiz` in `… With Senator Ana Ruiz Q`)."""
    n = len(initials)
    return any("".join(w[0] for w in words[k : k + n]) == initials for k in range(len(words) - n + 1))


def _initial_run_ins(line: str, defined: set[str]):
    """The run-in matches of a line in copy that labels turns by the initials it defines: `Q:`, `A:`, the full
    label, the bare initials."""
    start = _own_end(line) if defined else 0
    for m in _RUN_IN_INITIALS.finditer(line) if defined else ():
        if m.start() >= start and (m.group(1) in _QUESTION_MARKS or m.group(1) in defined or m.group(2) in defined):
            yield m


def run_in_labels(lines: list[str]) -> set[str]:
    """Names written as labels run into a paragraph (`… reports. Nicholas Jones: The …`), kept
    when they are this transcript's speakers: two or more such names, or one the copy names
    elsewhere too (`Nicholas Jones reports.`); and where a label gives a speaker's initials
    (`Senator Ana Ruiz (SAR):`), that label, the bare initials and the questions (`Q:`) run in."""
    found: set[str] = set()
    for raw in lines:
        for m in _run_ins(raw):
            label = parse_label(m.group())
            if label is not None and not label.rest and label.name.lower() not in words().not_speakers:
                found.add(m.group(1))
    text = " ".join(lines)
    names = found if len(found) >= 2 else {name for name in found if text.count(name) >= 2 or _labelled_elsewhere(name, lines)}
    defined = initials_defined(text)
    labels = {label.name.lower() for raw in lines if (label := parse_label(raw.strip())) is not None}
    cut_off = {m.group(1) for raw in lines for m in _cut_off(raw) if m.group(1).lower() in labels}  # a label of the copy's own
    return names | cut_off | {m.group(1) for raw in lines for m in _initial_run_ins(raw, defined)} | _word_labels(lines)


def _labelled_elsewhere(name: str, lines: list[str]) -> bool:
    """`Mr Barnett` run in after a dash, and `Mr BARNETT:` labelling a turn of its own: the member's label."""
    surname = name.split()[-1].lower()
    return any(label.name.lower().split()[-1:] == [surname] for raw in lines if (label := parse_label(raw.strip())) is not None)


def split_run_in(line: str, names: set[str]) -> list[str]:
    """The line cut before each run-in label of a known speaker."""
    if not names:
        return [line]
    start = _own_end(line)
    cuts = sorted({m.start() for m in chain(_run_ins(line), _RUN_IN_INITIALS.finditer(line), _cut_off(line), _RUN_IN_WORD.finditer(line)) if m.group(1) in names and m.start() >= start})
    return [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)]) if line[a:b].strip()] or [line]


def run_in_split(lines: list[str], names: set[str]) -> list[str]:
    """Every line cut before the run-in labels `names` (`run_in_labels`: `… reports. Nicholas Jones: The …`)."""
    return [piece for raw in lines for piece in split_run_in(raw, names)] if names else lines


