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
from scriptfmt.parse.furniture import is_link_block_line, is_web_furniture, opens_link_block, split_dateline
from scriptfmt.parse.headnames import names_in, remark_words
from scriptfmt.parse.labels import words
from scriptfmt.parse.supers import display_name

__all__ = ["announced_speaker", "heading_turn", "intro_dateline", "page_tail", "speech_at", "titled_full"]

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
    names = list(dict.fromkeys(display_name(name) for name in found if _follows(tail[: tail.find(name)])))
    if not names:  # `Speech by the Mayor at …`: an office, no name: the speaker's words, whose the desk cannot say
        return "" if any(t.lower().strip(",.:") in words().name_titles for t in tail.split()[:_NAME_AFTER]) else None
    return names[0] if len(names) == 1 else ""  # `Opening remarks:`, `Statement on the budget` above: no one announced


def _follows(between: str) -> bool:
    """The words between the speech word and a name: few (`by the Minister for Finance, NAME`), or an office set off by a
    comma before the name, an honorific at most between (`du Président de l’assemblée de la Polynésie française, Monsieur
    NAME`); a name further on is the occasion's (`… at the funeral of President NAME`)."""
    return len(between.split()) <= _NAME_AFTER or ("," in between and len(between[between.rfind(",") + 1 :].split()) <= 1)


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


def intro_dateline(reader, line: str, number: int) -> str:
    """A story read above one person's remarks (parse/transcript.py's reader: its intro lines, `lead_ins`) opens on the
    agency's dateline (`PAPEETE, 9 avril 2015 - …`): the page's furniture, never read; the line's read words returned."""
    found = split_dateline(line) if reader.voice is not None and number in reader.lead_ins and not reader.started else None
    if found is None:
        return line
    reader.metadata.setdefault("dateline", found[0])
    return found[1].strip()


def titled_full(word: str, page: list[str]) -> list[str]:
    """`Leia a íntegra do discurso de Lula:`: the one name the page gives in full with a title (`O presidente Luiz Inácio
    Lula da Silva …`) that the one word after the speech word stands for; none, or two, say nothing."""
    found = {name for raw in page for name in names_in(raw.strip(), True) if word.strip(":,.") in name.split()}
    return list(found) if len(found) == 1 else []


def page_tail(lines: list[str], start: int) -> set[int]:
    """Below one person's remarks (from line `start`), the page's own block of links and buttons (`Related Stories` /
    linked headlines / `Share this:` / `Facebook`): every line of it, never the speaker's words; none when a sentence
    follows the block's heading (the remarks go on under a subhead)."""
    opener = next((n for n in range(start, len(lines)) if opens_link_block(lines[n].strip())), None)
    if opener is None:
        return set()
    tail = [n for n in range(opener, len(lines)) if lines[n].strip()]
    every = all(is_link_block_line(lines[n].strip()) or is_web_furniture(lines[n].strip()) for n in tail)
    return set(tail) if every else set()
