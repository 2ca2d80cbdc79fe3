"""Closed-caption transcripts: `>>` marks a change of speaker, `>>>` a change of story.

The caption editor's rules, as a caption desk states them:
  1. every `>>` (or `>>>`) opens a new turn, wherever it stands in a line; `>> NAME:` names it;
  2. a roll-up caption repeats its last row on the next line (`>> THANK YOU.` / `>> THANK YOU. >> GLAD TO
     BE HERE.`): a turn that repeats the turn before it is that same turn, not a new voice;
  3. an unlabelled turn after the programme's own voice is the other party of the conversation: the one
     guest the copy introduces (`… AN INTERVIEW WITH … MORRIS DEES`), else an unnamed bite with a warning;
     an unlabelled turn after a guest's is the programme's voice again, and so is a turn that asks or
     welcomes (the host and a co-host may speak one after the other).
  3a. in a story told in captions, a turn in the first person right after the programme's turn that names someone
     (`SUPERINTENDENT RUTH ADEYEMI SAYS …` / `>> WE'RE SPENDING …`) is that person's bite, and a turn in the third
     person that names someone speaking is the programme's track;
  4. a stream of a proceeding (a hearing's, a floor's, an event's captions, as an archive keeps them, clock stamps
     between the rows; its header says so, and no `>>>` story mark, no programme's role labelling a turn, no host's
     welcome shows a programme in it; a news channel's stream is its programme's) has no voice
     of its own: every turn is a bite, named only when it says who speaks (`>> senator smith: …`, `>> i'm NAME`),
     and the rows above the first `>>` are the turn the stream opened in the middle of.
A headline marked `>>Headline` (no space) is a wire's story marker, not a caption's turn.
"""

from __future__ import annotations

import re
from functools import cache

from scriptfmt import tomlfile
from scriptfmt.parse.cast import Person
from scriptfmt.parse.headnames import remark_words
from scriptfmt.parse.labels import parse_label, stamp_line, words
from scriptfmt.parse.names import gender_of_first
from scriptfmt.parse.supers import display_name

_MARK = re.compile(r">>>?[ ]")  # a turn mark, a space after it
_SPEAKS = frozenset(tomlfile.load_builtin("speech.toml")["introducing_verbs"])  # (styles/speech.toml)
_WORD = re.compile(r"[A-Za-z'’-]+[.,]?")
# `i'm jane okafor, …`, `my name is …`: a turn that opens with who speaks (name_words a first name and a surname or two)
_SAYS_WHO = re.compile(r"(?:i'm|i’m|i am|my name is) ([a-z][a-z'’-]+(?: [a-z][a-z'’-]+){1,2})[,.]")


def caption_turns(lines: list[str]) -> tuple[bool, list[int], list[str]]:
    """Whether the copy is a caption transcript (three `>>` marks, or an archive's clock-stamped stream), each of
    its turns' pieces with the number of the line it was cut from, and the pieces: a line cut before each `>>`
    and, in an archive's lower-case stream, before each label run into a row (`… i yield back. mr. poe: …`)."""
    clocked = clock_stream(lines)
    if caption_marks(lines) < 3 and not clocked:
        return False, list(range(len(lines))), lines
    cut = [(n, piece) for n, raw in enumerate(lines) for piece in split_turns(raw, clocked)]
    return True, [n for n, _ in cut], [lower_label(piece) if clocked else piece for _, piece in cut]


def caption_marks(lines: list[str]) -> int:
    """How many caption turn marks (`>> `) the copy carries."""
    return sum(len(_MARK.findall(raw)) for raw in lines)


def split_turns(line: str, lower: bool = False) -> list[str]:
    """The line cut before each `>>` mark (the mark starts its piece), and in a lower-case stream (`lower`) before
    each label run in after a sentence's end (`… i yield back. mr. poe: i thank …`)."""
    cuts = sorted({m.start() for m in _MARK.finditer(line)} | ({m.start() for m in _lower_label().finditer(line) if _after_sentence(line, m.start())} if lower else set()))
    return [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)]) if line[a:b].strip()] or [line]


def turn_words(piece: str) -> str:
    """A turn's words without its mark."""
    return piece.lstrip(">").strip()


def repeats(before: str, piece: str) -> bool:
    """A roll-up caption's repeat: one turn's words open the other's (`>> WHAT DOES THE` / `>> WHAT DOES THE NAME`)."""
    a, b = " ".join(turn_words(before).split()), " ".join(turn_words(piece).split())
    return bool(a) and bool(b) and (a.startswith(b) or b.startswith(a))


def introduced_guest(lines: list[str]) -> str | None:
    """The one person the copy names up to its second turn mark, other than the host who names
    himself (`I'M TONY PANIAGUA`): a caption interview's guest; None when none or several."""
    intro = _MARK.split(" ".join(lines))[:2]  # the page's lines and the first voice's turn, which introduces the guest
    hosts, found = _named(" ".join(intro))
    found -= hosts
    return found.pop() if len(found) == 1 else None


def introduced_in(turn: str) -> str | None:
    """The person a programme's turn brings on last (`SUPERINTENDENT RUTH ADEYEMI SAYS …`, `BOARD MEMBER CURTIS LANGE
    CAST THE DECIDING VOTE.`): the bite that follows is theirs when it speaks in the first person (rule 3a)."""
    hosts, found = _named(turn)
    tokens = " ".join(_WORD.findall(turn.replace("’", "'"))).title()
    named = sorted(found - hosts, key=tokens.rfind)
    return named[-1] if named else None


def first_person(turn: str) -> bool:
    """`WE'RE SPENDING …`, `MY DAUGHTER'S …`, `I DON'T THINK …`: the turn speaks as the speaker (styles/speech.toml
    speaker_self, and the English `my`, `our`, `I'm`, `we're` …), as a bite does and a reporter's track does not."""
    own = _self_words()
    return any(w.lower().strip(".,").replace("’", "'") in own for w in _WORD.findall(turn_words(turn)))


@cache
def _self_words() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("speech.toml")["speaker_self"]) | _ENGLISH_SELF


_ENGLISH_SELF = frozenset(tomlfile.load_builtin("speech.toml")["speaker_self_english"])  # (styles/speech.toml)


def _named(text: str) -> tuple[set[str], set[str]]:
    """The names in the text (a known first name, or a name that `spoke`, then a surname in the same sentence), as
    (those who name themselves, `I'M TONY PANIAGUA`; the others)."""
    tokens = _WORD.findall(text.replace("’", "'"))
    hosts, found = set(), set()
    for n in range(len(tokens) - 1):
        first, last = tokens[n], tokens[n + 1].rstrip(".,")
        speaks = n + 2 < len(tokens) and tokens[n + 2].lower().rstrip(".,") in _SPEAKS and tokens[n + 1][-1:] not in ".,"
        pronoun_said = n + 3 < len(tokens) and tokens[n + 2].lower() in ("he", "she") and tokens[n + 3].lower().rstrip(".,") in _SPEAKS
        speaks = speaks or (pronoun_said and (n == 0 or tokens[n - 1].lower() not in ("the", "a", "an")))  # `… NAME. HE SAID …`, never `THE DECIDING VOTE. HE SAID`
        if first[-1:] in ".," or not first[:1].isupper() or not last[:1].isupper() or not (gender_of_first(first) or speaks):
            continue  # a first name the names list knows (or a name that `spoke`), then a surname in the same sentence
        name = f"{first} {last}".title()
        self_named = n >= 1 and tokens[n - 1].upper() in ("I'M", "AM", "IS")  # `I'M TONY PANIAGUA`: the host
        (hosts if self_named else found).add(name)
    return hosts, found


def next_voice(line: str, turn: Person | None, host: Person | None, guest: str | None, add, record: bool = False, before: str = "") -> tuple[Person, Person | None, bool]:
    """Who speaks an unlabelled `>>` turn (rule 3): the programme's voice after a guest, at a story's change
    (`>>>`), or when the turn hosts — it thanks or welcomes (`THANK YOU FOR JOINING US.`) or asks (ends
    with a question: a co-host's `GOOD MORNING. … YOUR THOUGHTS?` after the host's turn); else the guest
    the copy introduced (`add` enters them in the cast). In a proceeding's stream (`record`, rule 4), whoever the
    turn says it is, or nobody named. Returns the turn's person, the programme's voice, and whether the turn is named."""
    if record:
        voice = record_voice(turn_words(line), add)
        return voice, host, voice.name is not None
    spoken = " ".join(turn_words(line).lower().split())
    hosting = any(phrase in spoken for phrase in words().host_phrases) or spoken.endswith("?")  # `… YOUR THOUGHTS?`: who asks hosts
    if line.startswith(">>>") or hosting or turn is None or not turn.staff:
        return host or Person(None, None, True), host, True
    if first_person(line) and (named := introduced_in(turn_words(before))) is not None:
        return add(Person(named, None, False)), turn, True  # rule 3a: the bite of whom the programme's turn brought on
    if not first_person(line) and introduced_in(turn_words(line)) is not None:
        return turn, turn, True  # `… SUPERINTENDENT NAME SAYS …`: a reporter's track bringing on the next bite, the programme's
    return (add(Person(guest, None, False)) if guest else Person(None, None, False)), turn, guest is not None


def proceeding_stream(lines: list[str]) -> bool:
    """The stream records a proceeding (rule 4): its header, the lines above its first stamp or turn mark, names
    one (`tv Senate Hearing CSPAN …`, styles/furniture.toml `proceedings`), and no turn shows a programme — a `>>>`
    story mark, a programme's role labelling a turn (`>> REPORTER:`, `host:`), or a host's phrase."""
    head = []
    for raw in lines:
        if raw.strip().startswith(">>") or stamp_line(raw.strip()):
            break
        head += _WORD.findall(raw.lower())
    header = f" {' '.join(w.strip('.,') for w in head)} "
    return any(f" {phrase} " in header for phrase in words().proceedings) and not any(_programme_turn(raw) for raw in lines)


def _programme_turn(raw: str) -> bool:
    label = parse_label(turn_words(raw))
    if raw.startswith(">>>") or (label is not None and label.role in words().staff_roles - words().presiding_officers):
        return True
    return any(phrase in " ".join(raw.lower().split()) for phrase in words().host_phrases)


def lower_label(spoken: str) -> str:
    """`senator smith: how many …` -> `SENATOR SMITH: how many …`: a lower-case stream's label (a title and a name,
    or a role: `mr. poe:`, `host:`, `the speaker pro tempore:`) written as a caption desk writes one, for the label
    reader; any other turn as it is."""
    m = _lower_label().match(spoken)
    return f"{m.group(1).upper()}: {spoken[m.end():]}" if m else spoken


def clock_stream(lines: list[str]) -> bool:
    """A caption stream as an archive keeps it: two or more clock stamps alone on a line (`4:10 pm`) between rows of
    caption text in lower case (below the header, a capital letter in fewer than one word in twenty)."""
    clocks = [n for n, raw in enumerate(lines) if stamp_line(raw.strip()) and raw.strip()[-1:].lower() == "m"]
    stamps = len(clocks)
    text = [w for raw in lines[clocks[0] if clocks else 0 :] if not stamp_line(raw.strip()) for w in raw.split() if w[:1].isalpha()]  # below the header
    return stamps >= 2 and len(text) >= 40 and 20 * sum(1 for w in text if w[:1].isupper()) < len(text)


def _after_sentence(line: str, at: int) -> bool:
    return line[:at].rstrip()[-1:] in ".?!\"”" or (line[:at].rstrip().endswith("]"))


@cache
def _lower_label() -> re.Pattern[str]:
    """A label in a lower-case caption stream: a title or honorific and one or two words of a name (`mr. poe:`,
    `senator smith:`), or a role of the transcript vocabulary (`host:`, `guest:`, `the speaker pro tempore:`)."""
    titles = {t.rstrip(".") for t in words().name_titles if t.replace(".", "").isalpha()}
    roles = {r for r in words().staff_roles | words().guest_roles if len(r) > 2 and all(w.isalpha() for w in r.split())}
    title = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    role = "|".join(re.escape(r) for r in sorted(roles, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])((?:{title})\.? [a-z][a-z'’-]+(?: [a-z][a-z'’-]+)?|{role}):[ ](?=\S)")


def record_voice(spoken: str, add) -> Person:
    """Who speaks an unlabelled turn of a stream with no programme (rule 4): the person the turn opens by saying
    it is (`i'm jane okafor, director …`: a known first name and a surname or two, closed by a comma or a full
    stop; `add` enters them in the cast), else an unnamed bite."""
    m = _SAYS_WHO.match(spoken.lower())
    name = m.group(1) if m else ""
    if not name and channel_voice(spoken):
        return Person(None, None, True)  # `watch c-span … live at seven eastern`, `… held a briefing. she said …`: the channel's own voice
    return add(Person(display_name(name.title()), None, False)) if name and gender_of_first(name.split()[0]) else Person(None, None, False)


def channel_voice(spoken: str) -> bool:
    """The channel that records the proceeding speaks for itself: it promotes its programmes (`c-span`, and `watch`,
    `coming up`, `live at`), or it reports in the third person what a speaker did and said (`she said …`, no `I` or
    `we` in the turn) as it introduces the proceeding. A participant speaks in the first person."""
    low = " ".join(spoken.lower().replace("’", "'").split())
    channel = any(word in low for word in ("c-span", "cspan"))
    if channel and any(cue in low for cue in ("watch ", "coming up", " app", "live at")):
        return True
    tokens = [t.strip(".,;:!?\"") for t in low.split()]
    return len(tokens) >= 12 and any(t in remark_words().reporting for t in tokens) and not any(t in remark_words().own for t in tokens)
