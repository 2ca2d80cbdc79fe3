"""A time-stamped transcript whose turns carry no speaker label (`00:09Bonsoir à vous, NAME, …` /
`00:13Bonsoir.` / `00:34Quelles sont … ?` / `00:39Alors écoutez, …`): the host and a guest alternate.

The desk's rule: the stamps are cues; the host is who greets, introduces, thanks and asks — a line that
asks (`…?`) or greets (`Bonsoir à vous, NAME`, `joining me now …`, four words or more or naming someone),
and every line down to the first question (the opening, the introductions, the question's set-up). The
guest is the person the host greets by name last before the first question (or the one the page bills:
`NAME était l'invité de …`); after the first question every line that neither asks nor greets is the
guest's. The guest's short return of a greeting (`Bonsoir.`) is the guest's. No name greeted: no guest, the lines stay the
programme's (no guess on air).
`stamped_turns(lines)` works the turns out once per transcript; `unmarked_guest(turns)` gives the guest as a
briefing's `Voice` (its `line` the one above the first stamp), `host_lines(turns)` the indexes of the host's lines."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.briefing import Voice
from scriptfmt.parse.headnames import name_run, names_in, remark_words
from scriptfmt.parse.labels import NUMBERED_SPEAKER, alone_label, glued_stamp, parse_label, stamp_line, strip_timestamp
from scriptfmt.parse.supers import display_name
from scriptfmt.parse.transcriptwords import words
from scriptfmt.parse.qawords import interview_words
from scriptfmt.parse.standfirst import ends_asking

__all__ = ["StampedTurns", "asking_voices", "cold_open", "greeted_on_air", "greeting_voices", "host_lines", "press_rows", "stamped_turns", "lone_voice", "unmarked_guest", "unnamed_answers"]

_STAMPS = 3  # time stamps on three lines or more: the copy is the record itself
@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """styles/unmarked.toml, lower case: `host_phrases`, `greetings`, `bills`, `billed_before`, `asking`, `credited_by`."""
    return {key: tuple(w.lower() for w in value) for key, value in tomlfile.load_builtin("unmarked.toml").items()}


@dataclass(frozen=True, eq=False, repr=False)
class StampedTurns:
    """Who speaks a stamped transcript without labels: worked out once per transcript, then passed on."""

    host: set[int]  # the host's lines (indexes)
    guest: str | None  # the guest's name, as greeted or billed; None = nobody named
    first: int  # the first stamped line
    alternates: bool = False  # blocks that ask and blocks that answer take turns: an interview, its guest named or not
    programme: bool = False  # a programme's voice is heard (`welcome to the show`, `you're listening to`): its own talk


def stamped_turns(lines: list[str]) -> StampedTurns | None:
    """The host's lines and the guest of a stamped transcript without labels; None when the copy has labels,
    too few stamps, or is subtitle rows cut mid-sentence."""
    stamped = [n for n, raw in enumerate(lines) if _stamp(raw.strip())]
    if len(stamped) < _STAMPS or any(parse_label(_text(raw)) or _name_above(lines, n) for n, raw in enumerate(lines) if raw.strip()):
        return None  # labels, or names alone above the turns, say who speaks: parse/transcript.py reads them
    blocks = _blocks(lines, stamped)
    ended = sum(1 for rows in blocks if _said(lines, rows).endswith((".", "?", "!", "…", '"', "”", "»")))
    if ended * 4 < len(blocks):  # subtitle rows cut mid-sentence (an ASR export): a row is no turn
        asking = any("?" in _said(lines, rows) for rows in blocks)  # questions in it: an interview, whose turns nobody marks
        return None if asking else StampedTurns(set(), None, stamped[0], False, _programme(lines, blocks, stamped[0]))
    host: set[int] = set()
    guest, asked, greeting = None, False, False
    for rows in _sentences(lines, stamped[0]):
        line = " ".join(_text(lines[n]) for n in rows)
        greets = _greets(line)
        reply = greeting and len(line.split()) <= 3  # `Bonsoir.`, `Bonjour Stéphane.`: the guest returns the greeting
        addresses = guest is not None and line.lower().startswith(tuple(f"{name}," for name in (guest.lower(), guest.split()[0].lower())))
        if line.endswith("?") or greets or addresses or not (asked or reply):
            host.update(rows)  # the host asks, greets, addresses the guest (`Helen Marsh, thank you.`) or opens the programme
        if greets and not asked:
            guest = _greeted(line) or guest
        asked, greeting = asked or line.endswith("?"), greets
    asks = [_said(lines, rows).endswith("?") for rows in blocks]
    host.update(n for rows, asking in zip(blocks, asks) if asking for n in rows)  # a block that ends asking is the host's whole
    answered = sum(1 for k in range(len(asks) - 1) if asks[k] and not asks[k + 1])  # a question, then an answer
    programme = _programme(lines, blocks, stamped[0])
    return StampedTurns(host, guest or _billed_guest(lines[: stamped[0]]), stamped[0], answered >= 2 and 3 * answered >= asks.count(False), programme)


def _programme(lines: list[str], blocks: list[range], first: int) -> bool:
    """A programme's voice is heard in the stamped text (`welcome to the show`, the page's `Podcast structure`), or
    nobody says `I` or `we` (a forecast read): no one person's remarks."""
    said = " ".join(" ".join(_said(lines, rows).lower().split()) for rows in blocks)
    own = sum(1 for token in said.replace("’", "'").split() if token.strip(".,;:!?\"") in remark_words().own)
    page = " ".join(" ".join(lines[:first]).lower().split())  # the page above the stamps (`Podcast structure`)
    programme = any(phrase in said for phrase in words().host_phrases) or any(word in f"{page} {said}" for word in _words()["programme_words"])
    return programme or own < 3 or _reporter_voice(page, said)


def _reporter_voice(page: str, said: str) -> bool:
    """`Salut, c'est Tanguy de BFM` under `Le reporter de BFMTV.com Tanguy de Lanlay …`: the voice names itself,
    and the page calls that person the outlet's reporter: the programme's own voice, never a newsmaker's remarks."""
    tokens = page.replace("’", "'").split()
    staff = {t.strip(".,") for k, word in enumerate(tokens) if word.strip(".,:") in words().staff_title_words for t in tokens[k + 1 : k + 6]}
    said = said.replace("’", "'").split()
    leads = [lead.replace("’", "'").split() for lead in words().self_naming]
    named = {said[k + len(lead)].strip(".,;:!?") for k in range(len(said)) for lead in leads if said[k : k + len(lead)] == lead and k + len(lead) < len(said)}
    return any(len(first) >= 3 and first in staff and first not in words().articles for first in named)


def unmarked_guest(turns: StampedTurns | None) -> Voice | None:
    """The guest of a stamped transcript without labels, named where the host greets them; None when the
    copy is no such transcript or greets nobody by name before its first question."""
    if turns is None or turns.guest is None:
        return None
    return Voice(display_name(turns.guest), None, turns.first - 1, True)


def greeted_on_air(lines: list[str]) -> bool:
    """The guest is known only from the host's greeting on air: the page above the stamps bills nobody (an
    interview page that bills its guest, `NAME spoke to our channel in an exclusive interview`, is read as
    the print interview it presents: parse/interview.py)."""
    turns = stamped_turns(lines)
    if turns is None or turns.guest is None:
        return False
    page = " ".join(lines[: turns.first]).lower()
    return not any(word in page for word in _words()["bills"])


def host_lines(turns: StampedTurns | None) -> set[int]:
    """The host's lines (indexes) of a stamped transcript without labels whose guest is named, or whose questions
    and answers take turns; empty otherwise (a monologue: no guess)."""
    return turns.host if turns is not None and (turns.guest is not None or turns.alternates) else set()


def press_rows(lines: list[str], turns: StampedTurns | None) -> set[int]:
    """One voice's stamped record of a press conference (`lone_voice`) cut in its questions — the first row asks
    (`[0:00] Sir, … involved?`): the rows that ask are the press's, read; every other row is the speaker's. A record that
    opens on the speaker's statement asks only in the speaker's voice (`… what would become of your pensions?`)."""
    asks = lone_voice(turns) and _text(lines[turns.first]).rstrip().endswith("?")
    return {n for n in turns.host if _text(lines[n]).rstrip().endswith("?")} if asks else set()


def unnamed_answers(turns: StampedTurns | None) -> bool:
    """Questions and answers take turns in a stamped transcript without labels whose guest nobody names: the
    answers are a guest's bites, with no name to put on air."""
    return turns is not None and turns.guest is None and turns.alternates


def lone_voice(turns: StampedTurns | None) -> bool:
    """A stamped transcript without labels where nobody asks in turn, no guest is greeted and no programme's voice
    is heard: one person's remarks (a press conference's, a clip's), a bite with no name when nobody names them."""
    return turns is not None and turns.guest is None and not turns.alternates and not turns.programme


def _blocks(lines: list[str], stamped: list[int]) -> list[range]:
    """Each stamp's block: its line and the lines under it, down to the next stamp."""
    return [range(n, end) for n, end in zip(stamped, [*stamped[1:], len(lines)])]


def _said(lines: list[str], rows: range) -> str:
    """A block's words, stamps left out."""
    return " ".join(text for n in rows if (text := _text(lines[n])))


def _sentences(lines: list[str], first: int) -> list[list[int]]:
    """The rows from `first` on, grouped into sentences: a row that ends without a full stop or a question
    mark runs on into the next (`You said the same thing last month,` / `and … Why should people believe you?`)."""
    groups: list[list[int]] = [[]]
    for n in range(first, len(lines)):
        line = _text(lines[n])
        if line:
            groups[-1].append(n)
            if line.endswith((".", "?", "!", "…", '"', "”", "»")):
                groups.append([])
    return [rows for rows in groups if rows]


def _name_above(lines: list[str], n: int) -> bool:
    """`Siobhán Kilbride` alone on a line, the words of their turn under it."""
    line = lines[n].strip()
    return n + 1 < len(lines) and len(line.split()) <= 4 and not _stamp(line) and alone_label(line, mixed=True) is not None and bool(lines[n + 1].strip())


def _stamp(line: str) -> bool:
    return bool(glued_stamp(line)) or stamp_line(line) or strip_timestamp(line) != line


def _text(raw: str) -> str:
    """The line's words without the stamp run into it or standing before it."""
    line = raw.strip()
    glued = glued_stamp(line)
    line = line[len(glued):] if glued else strip_timestamp(line)
    return "" if stamp_line(line) else line.strip()


def _greets(line: str) -> bool:
    """`Bonsoir à vous, NAME, …`, `Joining me now is …`: the host greets; a bare `Bonsoir.` is the reply."""
    low = line.lower()
    return any(phrase in low for phrase in _words()["host_phrases"]) and (len(line.split()) >= 4 or _greeted(line) is not None)


def _greeted(line: str) -> str | None:
    """The person a greeting names (`Bonsoir à vous, monsieur le préfet Christian Pouget, préfet …`)."""
    tokens = line.split()
    greeted = [run for k, token in enumerate(tokens[:-1]) if token.lower().strip(",") in _words()["greetings"] and (run := name_run(tokens, k + 1, False))]
    low = " ".join(line.lower().replace("’", "'").split())
    names = [name for name in names_in(line) + greeted if len(name.split()) >= 2 and not _self_named(low, name.lower())]
    return names[-1] if names else None


def _self_named(low: str, name: str) -> bool:
    """`I'm NAME`, `my name is NAME`, `je suis NAME`: the host names themselves, never the guest."""
    return any(f"{lead} {name}" in low for lead in words().self_naming)


def _billed_guest(header: list[str]) -> str | None:
    """The guest the page above the transcript bills (`NAME était l'invité de …`, `BE SMART reçoit NAME`,
    `L'interview de NAME par …`): the first name on such a line, never the interviewer it credits (`par NAME`,
    `told DW Chief Political Editor NAME`)."""
    asking = frozenset(_words()["asking"])  # `told`, `editor`, `host`: a name just after them is the interviewer
    for raw in header:
        if not any(word in raw.lower() for word in _words()["bills"]):
            continue
        tokens, known = raw.split(), names_in(raw.strip())
        for k in range(len(tokens)):
            before = tokens[k - 1].lower() if k else ""
            near = {token.lower().strip(",.:") for token in tokens[max(0, k - 4) : k]}
            run = name_run(tokens, k, False) if before not in _words()["credited_by"] and not near & asking else ""
            opens = k == 0 and not run.isupper()  # `Dario Vennholt, chief engineer …, was the guest`: the line's subject
            if len(run.split()) >= 2 and (before in _words()["billed_before"] or run in known or opens):
                return run
    return None


def cold_open(lines: list[str]) -> set[str]:
    """`[00:00:00] Speaker 1: This is the thing nobody tells you …` / `Speaker 2: Welcome to Harvest Hour. I'm …, and
    joining me today is …` / `Speaker 1: Thanks, Lena.`: the first numbered voice, heard before another voice greets and
    presents the programme, that speaks again after it is the guest's cold open, never the host (lower case label)."""
    voices = [label.name.lower() for raw in lines if (label := parse_label(strip_timestamp(raw.strip())) if any(ch.isdigit() for ch in raw) else None) and NUMBERED_SPEAKER.fullmatch(label.name)]
    hosts = greeting_voices(lines)
    greets = next((k for k, voice in enumerate(voices) if voice in hosts), None)
    return {voices[0]} if greets and voices[0] not in hosts and voices[0] in voices[greets + 1 :] else set()


def greeting_voices(lines: list[str]) -> set[str]:
    """Numbered voices (`Voz 1578`, `Speaker 2`, lower case) whose turn greets a person by full name (`… sentado aquí a
    mi lado Juan Carlos Iragorri muy buenos días`): the host bringing the guest on, the programme's voice."""
    found: set[str] = set()
    for raw in lines:  # a numbered voice's label holds its number: a line with no digit is read no further
        label = parse_label(strip_timestamp(raw.strip())) if any(ch.isdigit() for ch in raw) else None  # (`[00:00:06] Speaker 2: …`: past its time)
        if label is not None and NUMBERED_SPEAKER.fullmatch(label.name) and _greets(label.rest) and _greeted(label.rest):
            found.add(label.name.lower())
    return found


# Co-hosts of a broadcast interview printed with names alone on their lines (`NICOLAS DEMORAND` / `BRUNO LE MAIRE` /
# `LEA SALAME`): where the top names the one guest, another voice whose every turn asks (`…?`) or only greets
# (`Bonjour.`, `Merci.`: styles/interview.toml greetings, thanks_openers) is the programme's second host, read, never a bite.


def asking_voices(lines: list[str], alone: set[str], guest: str | None) -> set[str]:
    """Label names (lower case) of the voices alone on their lines that mostly ask or greet (half their turns or more),
    in copy whose top names a guest who is one of them; none otherwise."""
    texts = [raw.strip() for raw in lines if raw.strip()]
    guest = guest or _greeted_alone(texts, alone)  # `HADRIEN BECT` / `Bonjour Marie-Pierre VEDRENNE.`: the first turn greets the guest
    if not guest or not guest.split() or not alone or not any(guest.lower().split()[-1] in name.lower().split() for name in alone):
        return set()
    turns: dict[str, list[str]] = {}
    for name, below in zip(texts, texts[1:]):
        if name in alone and below not in alone:
            turns.setdefault(name, []).append(below)
    others = [name for name in turns if guest.lower().split()[-1] not in name.lower().split()]
    if len(others) == 1 and len(turns) == 2 and all(name.isupper() for name in turns):
        return {others[0].lower()}  # a broadcast's interview (`PATRICK COHEN` / `EDOUARD PHILIPPE`) with the guest the top names: the other voice is the programme's
    # a host also puts in a word (`Compliqués.`, `Vous manquez un peu de voix, oui.`): half the turns asking or greeting will do
    return {name.lower() for name, said in turns.items() if guest.lower().split()[-1] not in name.lower().split() and sum(map(_asks_or_greets, said)) * 2 >= len(said)}


def _greeted_alone(texts: list[str], alone: set[str]) -> str | None:
    """The voice alone on its line whom the first turn greets by name (`Bonjour Marie-Pierre VEDRENNE.`)."""
    first = next((below for name, below in zip(texts, texts[1:]) if name in alone and below not in alone), "")
    low = " ".join(first.lower().replace(",", " ").split())
    if not low.startswith(tuple(interview_words()["greetings"])):
        return None
    return next((name for name in alone if name.lower() in low), None)


def _asks_or_greets(text: str) -> bool:
    low = text.lower()
    greets = len(text.split()) <= 5 and low.startswith(tuple(interview_words()["greetings"]) + interview_words()["thanks_openers"])
    return ends_asking(text) or greets
