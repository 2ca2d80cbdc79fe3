"""Closed-caption transcripts: `>>` marks a change of speaker, `>>>` a change of story.

The caption editor's rules, as a caption desk states them:
  1. every `>>` (or `>>>`) opens a new turn, wherever it stands in a line; `>> NAME:` names it;
  2. a roll-up caption repeats its last row on the next line (`>> THANK YOU.` / `>> THANK YOU. >> GLAD TO
     BE HERE.`): a turn that repeats the turn before it is that same turn, not a new voice;
  3. an unlabelled turn after the programme's own voice is the other party of the conversation: the one
     guest the copy introduces (`… AN INTERVIEW WITH … MORRIS DEES`), else an unnamed bite with a warning;
     an unlabelled turn after a guest's is the programme's voice again, and so is a turn that asks or
     welcomes (the host and a co-host may speak one after the other).
A headline marked `>>Headline` (no space) is a wire's story marker, not a caption's turn.
"""

from __future__ import annotations

import re

from scriptfmt.parse.cast import Person
from scriptfmt.parse.labels import words
from scriptfmt.parse.names import gender_of_first

_MARK = re.compile(r">>>?[ ]")  # a turn mark, a space after it
_SPEAKS = frozenset(("spoke", "speaks", "says", "said", "joins", "joined", "talked", "talks", "told", "sat"))
_WORD = re.compile(r"[A-Za-z'’-]+[.,]?")


def caption_marks(lines: list[str]) -> int:
    """How many caption turn marks (`>> `) the copy carries."""
    return sum(len(_MARK.findall(raw)) for raw in lines)


def split_turns(line: str) -> list[str]:
    """The line cut before each `>>` mark (the mark starts its piece)."""
    cuts = [m.start() for m in _MARK.finditer(line)]
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
    tokens = _WORD.findall(" ".join(intro).replace("’", "'"))
    hosts, found = set(), set()
    for n in range(len(tokens) - 1):
        first, last = tokens[n], tokens[n + 1].rstrip(".,")
        speaks = n + 2 < len(tokens) and tokens[n + 2].lower().rstrip(".,") in _SPEAKS and tokens[n + 1][-1:] not in ".,"
        if first[-1:] in ".," or not first[:1].isupper() or not last[:1].isupper() or not (gender_of_first(first) or speaks):
            continue  # a first name the names list knows (or a name that `spoke`), then a surname in the same sentence
        name = f"{first} {last}".title()
        self_named = n >= 1 and tokens[n - 1].upper() in ("I'M", "AM", "IS")  # `I'M TONY PANIAGUA`: the host
        (hosts if self_named else found).add(name)
    found -= hosts
    return found.pop() if len(found) == 1 else None


def next_voice(line: str, turn: Person | None, host: Person | None, guest: str | None, add) -> tuple[Person, Person | None, bool]:
    """Who speaks an unlabelled `>>` turn (rule 3): the programme's voice after a guest, at a story's change
    (`>>>`), or when the turn hosts — it thanks or welcomes (`THANK YOU FOR JOINING US.`) or asks (ends
    with a question: a co-host's `GOOD MORNING. … YOUR THOUGHTS?` after the host's turn); else the guest
    the copy introduced (`add` enters them in the cast). Returns the turn's person, the programme's voice,
    and whether the turn is named."""
    spoken = " ".join(turn_words(line).lower().split())
    hosting = any(phrase in spoken for phrase in words().host_phrases) or spoken.endswith("?")  # `… YOUR THOUGHTS?`: who asks hosts
    if line.startswith(">>>") or hosting or turn is None or not turn.staff:
        return host or Person(None, None, True), host, True
    return (add(Person(guest, None, False)) if guest else Person(None, None, False)), turn, guest is not None
