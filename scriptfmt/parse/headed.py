"""A heading that announces one person's words: `Media remarks by President NAME during …`, `Les propos du président
NAME`, `INTRODUZIONE DEL PRESIDENTE NAME:`, `Ansprache von Dr. NAME`.

The desk's rule: such a heading makes the unquoted prose below it that speaker's (parse/remarks.py), wherever it stands
on the page — under the page's title, or under the outlet's own story of the visit. It is a heading, never a sentence:
short, no stop at its end (a colon may close it), its speech word among its first words (styles/remarks.toml) and a
person named after that word. A headline that tells of a speech in a sentence of its own (`Ramaphosa's speech sparks
anger`) names no one after the word; a story's sentence ends on its stop. `speech_at(line)`: where a line's speech words
stand, by word (`Remarks`, `discurso`, `讲话` inside a run of characters)."""

from __future__ import annotations

import unicodedata

from scriptfmt.parse.cast import Person
from scriptfmt.parse.guestvoice import third_person
from scriptfmt.parse.furniture import is_link_block_line, is_web_furniture, opens_link_block, split_dateline
from scriptfmt.parse.headnames import names_in
from scriptfmt.parse.remarklines import TOKEN as _TOKEN, headline_sentence, remarks_list as _remarks_list, speech_at, verb_after as _verb_after
from scriptfmt.parse.labels import words
from scriptfmt.parse.supers import display_name

__all__ = ["announced_speaker", "asks_address", "heading_turn", "headline_sentence", "intro_dateline", "page_tail", "speech_at", "titled_full"]

_LEAD_WORDS = 3  # the speech word opens the heading: `Remarks by …`, `Media remarks by …`, `Les propos du …`, `Full text of the speech by …`
_HEADING_WORDS = 24  # a heading is short; a paragraph naming a speech is the outlet's prose
_GENITIVE_WORDS = 8  # `FULL TEXT: Prime Minister NAME NAME’s address`: the speech word after a titled name in the genitive
_OCCASION_WORDS = 3  # `NAME's Madaraka Day speech`, `NAME’s New Year address`: the occasion between the name and the speech word
_NAME_AFTER = 6  # the speaker follows the speech word closely (`by the Minister for Finance, NAME`); a name further on is the occasion's


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
    if any(_verb_after(tail, name) for name in found):
        return None  # `Remarks by President NAME leave allies cold`: a headline's sentence, no one announced
    names = list(dict.fromkeys(display_name(name) for name in found if _follows(tail[: tail.find(name)])))
    if not names:  # `Speech by the Mayor at …`: an office, no name: the speaker's words, whose the desk cannot say
        return "" if any(t.lower().strip(",.:") in words().name_titles for t in tail.split()[:_NAME_AFTER]) else None
    return names[0] if len(names) == 1 else ""  # `Opening remarks:`, `Statement on the budget` above: no one announced


def asks_address(line: str) -> bool:
    """The heading over remarks needs them to open on a form of address: its speech word may name written words
    (`Statement from Mayor NAME`, `Dichiarazione del sindaco NAME`), or it names the speaker in the genitive (`President
    NAME's State of the Union address`, which a writer's column may carry too)."""
    line = unicodedata.normalize("NFKC", line.strip())
    spans = list(_TOKEN.finditer(line))
    at = speech_at(line)
    written = any(spans[k].group().lower().strip(".’'") in _remarks_list("written_words") for k in at)
    return written or bool(at and _genitive(line, spans, at[0]))


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
    if at + 1 < len(spans) and _verb_after(line[spans[at].start() :], spans[at].group()):
        return None  # `NAME’s speech leaves allies cold`: a headline's sentence
    return display_name(names[-1]) if names and before.endswith(names[-1]) else None


def heading_turn(reader, line: str, number: int) -> bool:
    """Below the remarks' first heading (parse/transcript.py's reader, its `voice` the remarks' speaker), another heading
    announcing someone's words (`Les propos du président NAME`) hands the words below it to the person it names: their
    turn opens, the heading its marker, never read. Nobody the desk can name: the turn has no super, and a warning."""
    speaker = reader.turn if reader.turn is not None and not reader.turn.staff else reader.voice
    if reader.voice is not None and number > reader.voice_line and third_person(speaker, line):
        reader.voice, reader.turn = None, Person(None, None, True)  # `Reyes is expected to face a vote …`: the outlet's story again, read
        return False
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
