"""The guest's voice where no label says so, in a page of the record (parse/pagekind.py).

The desk's rule: a press conference or a speech opens with its principal's own statement, printed under the page's
title with no label (`1.発言要旨` / `「…」第2回の会議を…開催をする予定でございます。`, `Muchas gracias, ministra. …`, `Good
afternoon. I want to start with …`); the labels begin with the press's questions. So in a page that announces itself
as a press conference or a speech, the first paragraph above the turns that speaks in someone's own voice (`I`, `we`,
thanks, a greeting; a Japanese speaker's polite endings) and is a sentence — not the page's title, not the outlet's
intro (which names the kind of text: `the transcript of …`, `the following interview`) and reporting nobody (`said`) —
opens the principal's turn: the person the page names (the briefing header's voice, the guest the top introduces),
else no super and a warning. A page of the record that labels no voice at all (parse/pagekind.py `unlabelled_record`: a
weekly briefing under `Media Briefing`, a podcast's `Sprachtranskript`) opens so whatever its kind, on a machine's
transcript's run of words with no stop too. The programme's own people are never opened so; in a web story nothing changes.

In a page of the record that labels only its questions, the line right under a labelled question is the guest's
answer (`bare_answers`): the programme's people do not answer their own questions.

`third_person(turn, line)`: a line of a guest's turn that is the writer's again (`Moravec's last crossing …`).
"""

from __future__ import annotations

from scriptfmt.parse.cast import Person
from scriptfmt.parse.headnames import remark_words
from scriptfmt.parse.pagekind import greets, kind_of_line, own_voice
from scriptfmt.parse.standfirst import outside_quotations as _outside_quotations, reported, speaks_of
from scriptfmt.parse.punctuation import SENTENCE_ENDS as _SENTENCE_ENDS, TURN_QUOTES
from scriptfmt.parse.quotes import find_quotes

__all__ = ["bare_answers", "opens_statement", "page_guest", "third_person"]

_STATEMENT_KINDS = ("press_conference", "speech")  # the kinds whose principal speaks first, before any label
_MIN_CHARS = 24  # a sentence of the statement, not a one-word heading
_RUN_ON_WORDS = 20  # a machine's speech transcript sets no stops: a run of this many words is no title
_ASKING_ENDS = ("?", "？", "...", "…")  # a question, or one the transcriber cut off


def opens_statement(reader, line: str, number: int, unlabelled: bool) -> bool:
    """Above the first turn of a press conference's or a speech's page: the principal's own statement opens their turn
    (True when this line opened it)."""
    sentence = line.rstrip("\"”’')」 ").endswith(_SENTENCE_ENDS) or (reader.unlabelled and len(line.split()) >= _RUN_ON_WORDS)
    # a record's stamp (`15:00`) began it, no voice yet, and the first voice salutes its audience (`Autoridades presentes, …`)
    waiting = reader.unlabelled and reader.turn is None and reader.voice is None and greets(line)
    if not unlabelled or (reader.started and not waiting) or (reader.page.kind not in _STATEMENT_KINDS and not reader.unlabelled) or len(line) < _MIN_CHARS or not sentence:
        return False
    if kind_of_line(line) or any(phrase in line.lower() for phrase in remark_words().full_text) or not _speaks_unquoted(line):
        return False  # `La siguiente es la transcripción de …`, `hieronder de hele tekst`: the outlet's intro; `The ministry said …`: a report;
        # `… il a mis en garde les représentants : "Faisons attention …"`: the outlet quoting, the own voice inside the marks only
    reader.started, reader.turn = True, page_guest(reader, number, "the statement opening the page", titled=True, line=line)
    return True


def _speaks_unquoted(line: str) -> bool:
    """The line speaks in someone's own voice outside any quotation it carries: a statement opening the page speaks
    unquoted (or wholly inside the page's marks); a story quotes, its own words outside the marks in the third person
    (two words of the own voice there at least: one may be another language's, French `mis` is Spanish `mis`)."""
    quotes = [q for q in find_quotes(line) if q.closed]
    if not quotes or (len(quotes) == 1 and quotes[0].start == 0 and quotes[0].end >= len(line.rstrip(" .")) - 1):
        return own_voice(line)  # `“We are here today …”`: the whole statement in the page's marks
    cuts = [0, *(k for q in quotes for k in (q.start, q.end)), len(line)]
    outside = " ".join(line[a:b] for a, b in zip(cuts[::2], cuts[1::2])).lower().replace("’", "'")
    return own_voice(outside) and sum(1 for t in outside.split() if t.strip(".,;:!?") in remark_words().own) >= _OWN_OUTSIDE


_OWN_OUTSIDE = 2


def page_guest(reader, number: int, what: str, titled: bool = False, line: str = "") -> Person:
    """The voice the page names (the briefing header's, the guest the top introduces); no super and a warning when none.
    `titled`: only a name the page's title gives (the statement itself addresses others: `Miguel Ángel, si te parece …`).
    A statement (`line`) that names the page's guest greets or introduces them (`… saludamos al presidente electo, señor
    NAME`): the master of ceremonies' voice, not the guest's."""
    voice = reader.voice
    guest = reader.cast.intro_guest if not titled or (reader.cast.intro_guest or "\0") in reader.page.text else None
    guest = None if guest and kind_of_line(guest) else guest  # `Media Briefing`: the page's kind, never a person
    outside = _outside_quotations(line) if line else ""
    guest = None if guest and guest.split()[-1] in outside else guest  # the statement names its guest: someone else's voice
    name = voice.name if voice is not None and voice.name else guest
    above = {reader.cast.intro_guest or "", *reader.cast.header_names} - {""}  # the people the page names above the statement
    introduces = not name and any(person.split()[-1] in outside for person in above if len(person.split()) >= 2)
    if not name and introduces:  # parse/oneguest.py then gives the bites no guest's name either
        reader.warnings.append(f"line {number}: the speaker of the remarks could not be named (the statement introduces the page's guest); the bite has no super")
    elif not name:
        reader.warnings.append(f"line {number}: {what} names no speaker; the bite has no super")
    return Person(name or None, voice.title if voice is not None and name == voice.name else None, False)


def bare_answers(lines: list[str], label_of) -> set[int]:
    """Indexes of the guest's answers printed bare, each on the line right under a labelled question (`RK: … What are you
    doing to combat corruption?` / `Well, when I took over power, …`): a page that labels its questions only, twice at least.
    A labelled line that ends asking (`?`, or cut off: `…`) with an unlabelled sentence directly below it, no blank line."""
    found: set[int] = set()
    for n in range(len(lines) - 1):
        label, below = label_of(lines[n].strip()), lines[n + 1].strip()
        if label is None or not label.rest or not below or label_of(below) is not None:
            continue
        if label.rest.rstrip("\"”’') ").endswith(_ASKING_ENDS) and below[:1].isupper() and len(below.split()) >= 3:
            found.add(n + 1)
    return found if len(found) >= 2 else set()


def third_person(turn: Person | None, line: str) -> bool:
    """A line of a guest's turn that names the guest by surname, unquoted (`Moravec's last crossing is
    in June`), or reports what others said (`"…," Mensah said.`): the writer's narration after the exchange."""
    if turn is None or turn.staff or not turn.name or len(turn.name.split()) < 2:
        return False
    surname = turn.name.split()[-1]
    opens = line.startswith((surname + "'s", surname + "’s", surname + " ", surname + ", "))  # `Mensah, a hydrologist, will …`
    return (opens and line[:1] not in TURN_QUOTES) or reported(line) or speaks_of(line, turn.name)
