"""A heading that announces one person's words: `Media remarks by President NAME during …`, `Les propos du président
NAME`, `INTRODUZIONE DEL PRESIDENTE NAME:`, `Ansprache von Dr. NAME`.

The desk's rule: such a heading makes the unquoted prose below it that speaker's (parse/remarks.py), wherever it stands
on the page — under the page's title, or under the outlet's own story of the visit. It is a heading, never a sentence:
short, no stop at its end (a colon may close it), its speech word among its first words (styles/remarks.toml) and a
person named after that word. A headline that tells of a speech in a sentence of its own (`Ramaphosa's speech sparks
anger`) names no one after the word; a story's sentence ends on its stop. `speech_at(line)`: where a line's speech words
stand, by word (`Remarks`, `discurso`, `讲话` inside a run of characters)."""

from __future__ import annotations

import re
import unicodedata

from scriptfmt.parse.cast import Person
from scriptfmt.parse.headnames import names_in, remark_words
from scriptfmt.parse.labels import words
from scriptfmt.parse.supers import display_name

__all__ = ["announced_speaker", "heading_turn", "speech_at"]

_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*", re.UNICODE)
_LEAD_WORDS = 3  # the speech word opens the heading: `Remarks by …`, `Media remarks by …`, `Les propos du …`, `Full text of the speech by …`
_HEADING_WORDS = 24  # a heading is short; a paragraph naming a speech is the outlet's prose
_GENITIVE_WORDS = 8  # `FULL TEXT: Prime Minister NAME NAME’s address`: the speech word after a titled name in the genitive
_OCCASION_WORDS = 3  # `NAME's Madaraka Day speech`, `NAME’s New Year address`: the occasion between the name and the speech word
_NAME_AFTER = 6  # the speaker follows the speech word closely (`by the Minister for Finance, NAME`); a name further on is the occasion's
_COMPOUND = 8  # the shortest compound a speech word ends (`Neujahrsrede`)


def speech_at(raw: str) -> list[int]:
    """Where a line's speech words stand (`Remarks`, `discurso`, `ucapan`), by word."""
    tokens = [t.lower().strip(".’'") for t in _TOKEN.findall(unicodedata.normalize("NFKC", raw))]
    words = remark_words()
    compound = words.compounds  # `Nieuwjaarstoespraak`: the speech word ends the compound
    infixes = words.infixes  # `대통령 신년사`, `…上的讲话`: written without spaces, the word stands inside the run
    return [k for k, t in enumerate(tokens) if t in words.speech or (len(t) >= _COMPOUND and t.endswith(compound)) or any(w in t for w in infixes)]


def announced_speaker(line: str) -> str | None:
    """The one speaker whose words a heading announces (`Les propos du président Alassane Ouattara` -> `Alassane
    Ouattara`); "" when it names two or none the desk can resolve; None when the line is no such heading."""
    line = unicodedata.normalize("NFKC", line.strip())
    spans = list(_TOKEN.finditer(line))
    at = speech_at(line)
    if not at or len(spans) > _HEADING_WORDS or line.rstrip("\"”’') ").endswith((".", "!", "?", "…", ";", ",")):
        return None
    if line[: spans[at[0]].start()].rstrip().endswith(("'s", "’s")) or at[0] > _LEAD_WORDS:
        return _genitive(line, spans, at[0])
    tail = line[spans[at[0]].end() :]
    found = names_in(tail, True) or names_in(tail, tail.isupper())  # `by President NAME`, else a known first name
    names = list(dict.fromkeys(display_name(name) for name in found if len(tail[: tail.find(name)].split()) <= _NAME_AFTER))
    if not names:  # `Speech by the Mayor at …`: an office, no name: the speaker's words, whose the desk cannot say
        return "" if any(t.lower().strip(",.:") in words().name_titles for t in tail.split()[:_NAME_AFTER]) else None
    return names[0] if len(names) == 1 else ""  # `Opening remarks:`, `Statement on the budget` above: no one announced


def _genitive(line: str, spans: list, at: int) -> str | None:
    """`Prime Minister NAME’s address at the opening of …`, `FULL TEXT: President NAME's Madaraka Day speech`: the speaker
    named before the speech word, in the genitive, the occasion's words (three at most) between."""
    owner = next((k for k in range(at - 1, max(at - 1 - _OCCASION_WORDS, -1) - 1, -1) if spans[k].group().endswith(("'s", "’s"))), None)
    if owner is None or owner > _GENITIVE_WORDS:
        return None
    before = line[: spans[owner].end() - 2]
    names = names_in(before, True)
    return display_name(names[-1]) if names and before.endswith(names[-1]) else None


def heading_turn(reader, line: str, number: int) -> bool:
    """Below the remarks' first heading (parse/transcript.py's reader, its `voice` the remarks' speaker), another heading
    announcing someone's words (`Les propos du président NAME`) hands the words below it to the person it names: their
    turn opens, the heading its marker, never read. Nobody the desk can name: the turn has no super, and a warning."""
    if reader.voice is None or number <= reader.voice_line or (named := announced_speaker(line)) is None:
        return False
    reader.started, reader.turn = True, reader.cast.add(Person(named, None, False)) if named else Person(None, None, False)
    if not named:
        reader.warnings.append(f"line {number}: the heading {line!r} names no one the desk can put on air; the bite has no super")
    reader._label(line)
    return True
