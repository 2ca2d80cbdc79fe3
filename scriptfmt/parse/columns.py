"""A two-column script pasted as text: VIDEO | AUDIO (TV, documentary), CONTROL | LOCUTOR (radio),
IMAGEN | TEXTO, BILD | TON … whose cells came out one to a line, the columns interleaved.

The desk's rules: the page's headings name the columns (they are cues; the lines above them are
the page's header, metadata, never read); a line of the video or control column is a cue (written
in capitals, or opening with a production word: `FADE UP`, `MIX TO`, `Sintonía de presentación`,
`Ráfaga`, `CD 4, corte 5`, `Música pasa a PP`, or an on-screen `TEXT:`), and so are the lines that
carry it on (a cell wrapped over several lines, the name under a `NAME SUPER:`); a time or page
number alone on a line is a cue; a name in capitals with a colon over a line in quotes is that
person's bite; on a page whose read cells open with the reader's label (`Narrator:`), a read cell
opens only at a label; every other line is read copy, joined into paragraphs in the page's order.
Data (headings, production words per language) in styles/columns.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Cue, Soundbite, Speaker
from scriptfmt.parse.brackets import first_bracket
from scriptfmt.parse.names import gender_of_first
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.shotlabels import is_language, label_duration, label_parts, speaker_of, stated_length, voice_label
from scriptfmt.parse.runtimes import timed_pieces, trailing_length
from scriptfmt.parse.units import Unit
from scriptfmt.parse.tape import display_name

_HEAD_SPAN = 80  # the column headings stand within the page's first lines
_NUMBER = re.compile(r"[0-9]{1,3}(?:[.:'][0-9]{2}){0,2}[\"”]?")  # `15`, `00.24`, `1:02`, a page number
# `BAN KI-MOON: (In English) …`: a speaker's name in capitals over the bite's words in quotes
_LABEL = re.compile(r"([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}):(?: (.*))?")
_OPENING, _CLOSING = "“\"«„‘", "”\"»“’"
_FULL_STOP = tuple(".!?…")
_SENTENCE_END = (*_FULL_STOP, ";", ",", '"', "”", "»")
_SCAN = 24  # a line's shot words and the label after them: the first words only (linear)
_SHORT = 3  # a cue cell carried on over lines is a few words a line (`ALL tracks`, `Narrated by Hugh`)


@dataclass(frozen=True)
class _Words:
    video: frozenset[str]
    audio: frozenset[str]
    other: frozenset[str]
    talent: frozenset[str]
    cue_starts: tuple[tuple[str, ...], ...]  # longest first
    talent_label: re.Pattern  # `Narrator:` anywhere on a line (a read cell may sit beside a video cell)
    screen_label: re.Pattern  # `TEXT:`, `GFX:` opening a line: what goes on screen


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = tomlfile.load_builtin("columns.toml")
    starts = sorted({tuple(s.split()) for s in data["cue_starts"]}, key=len, reverse=True)
    label = re.compile(rf"(?<![^\s(])(?i:{_alternation(data['talent_labels'])})[ \t]*:")
    screen = re.compile(rf"(?i:{_alternation(data['screen_labels'])})[ \t]*:")
    return _Words(
        frozenset(data["video_headings"]),
        frozenset(data["audio_headings"]),
        frozenset(data["other_headings"]),
        frozenset(data["talent_headings"]),
        tuple(starts),
        label,
        screen,
    )


def screen_text(line: str) -> bool:
    """`TEXT: location: Oxford`, `GFX: map`: a line that opens with what goes on screen."""
    return bool(_words().screen_label.match(line))


def screen_text_end(tokens: list[str]) -> int:
    """In `TEXT: location: Oxford what they see …` (the read column run on after the on-screen
    text) the index of the first read word: a lower-case word after a capitalised one; else 0."""
    for j in range(2, len(tokens)):
        if tokens[j][:1].islower() and tokens[j - 1][:1].isupper() and not tokens[j - 1].endswith(":"):
            return j
    return 0


def _alternation(words: list[str]) -> str:
    """Words or phrases as one alternation, longest first, spaces matching runs of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in sorted(words, key=len, reverse=True))


def _heading(line: str) -> str:
    return " ".join(line.strip().rstrip(":").upper().split())


def _heading_kind(line: str, talent: bool = True) -> str | None:
    """'video', 'audio', 'both', 'other' for a line that is only a column heading, else None;
    `talent=False`: a reader's own heading (`LOCO 1`, `MICRO 1`) is no heading (in the body it is a cue)."""
    words, name = _words(), _heading(line)
    if name in words.video:
        return "video"
    parts = name.split()
    if name in words.audio or (talent and parts and parts[0] in words.talent and len(parts) <= 2 and (len(parts) == 1 or parts[1].isdigit())):
        return "audio"  # the locutor's own column (`LOCO 1`, `LOCA 2`) is the read column
    if name in words.other:
        return "other"
    if len(parts) == 2 and parts[0] in words.video and parts[1] in words.audio:  # `VIDEO AUDIO` on one line
        return "both"
    return None


def headings_end(lines: list[str]) -> int | None:
    """The index after the page's column headings (a video/control heading and an audio/locutor
    heading, each alone on its line), or None: not a two-column script."""
    seen: set[str] = set()
    last, count = None, 0
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        count += 1
        if count > _HEAD_SPAN or "|" in line:
            return None
        kind = _heading_kind(line)
        if kind:
            seen.update(("video", "audio") if kind == "both" else (kind,))
            if {"video", "audio"} <= seen:
                last = n
        elif last is not None:
            return last + 1
    return None


def _speaker_label(line: str) -> str | None:
    """`BAN KI-MOON: (In English)`: the name a line opens with in capitals, else None (a column
    heading, a reader's own label `NARRATOR:` or a production word `NAME SUPER:` names no speaker)."""
    m = _LABEL.match(line)
    if not m or _heading_kind(m.group(1)) or _cue_start(m.group(1)):
        return None
    return m.group(1)


def _label_quote(line: str) -> tuple[str, str | None, str, str] | None:
    """`PEDRO ALVES: (In English) “It’s …`, `AMINA DIALLO (In French): "…"` -> (name, language,
    the label as written, the words from the quotation on): a speaker's label in capitals, the
    language in brackets before or after its colon, and the quotation on the same line; else None."""
    label, colon, rest = line.partition(":")
    language = None
    if label.endswith(")") and "(" in label and is_language(label[label.rfind("(") + 1 : -1]):
        label, language = label[: label.rfind("(")].rstrip(), label[label.rfind("(") + 1 : -1]
    rest = rest.lstrip()
    span = first_bracket(rest) if rest[:1] == "(" else None
    if span and is_language(rest[1 : span[1] - 1]):
        language, rest = rest[1 : span[1] - 1], rest[span[1] :].lstrip()
    if not colon or not rest.startswith(tuple(_OPENING)) or _speaker_label(f"{label}:") is None:
        return None
    return Speaker(display_name(label)), language, line[: len(line) - len(rest)].rstrip(), rest


def _soundbite_label(line: str) -> tuple[Speaker | None, str | None, str, str] | None:
    """`SOUNDBITE (English) Jane Roe, UNICEF Senior Health Specialist The strategy is …`: an agency's
    bite label with the bite's words on its line (after a colon, a quotation mark, or run on after
    the title) -> (speaker, language, the label as written, the words); else None."""
    label = voice_label(line)
    if label is None:
        return None
    who, words, language = label_parts(line, label[2], label[1])
    speaker = speaker_of(label_duration(who)[0])
    if not words or speaker is None:
        return None
    return speaker, language, line[: len(line) - len(words)].rstrip(), words


def _label_after_shots(text: str) -> int:
    """Where a speaker's label starts after the video column's shot words in capitals on the same
    line (`TOM REYES ON-CAM GIRL IN THE HEADSET TOM REYES: (In English) “…`): the name opens at a
    known given name within the label's four words, else two words before the colon; -1 for none."""
    tokens = text.split()
    for k in range(1, min(len(tokens) - 1, _SCAN)):
        if tokens[k].endswith(":") and _opens_bite(" ".join(tokens[k + 1 : k + 4])):
            break
        if not _capitals(tokens[k]) and any(c.isalpha() for c in tokens[k]):
            return -1
    else:
        return -1
    opens_label = k <= 3 and _speaker_label(" ".join(tokens[: k + 1]))  # `ANA COSTA: (In English) …`: the label opens the line
    shot_word = _capitals(tokens[0]) or not any(c.isalpha() for c in tokens[0])  # the words between were walked above
    if opens_label or not shot_word:
        return -1
    start = next((j for j in range(max(1, k - 3), k + 1) if gender_of_first(tokens[j].title())), max(1, k - 1))
    return len(" ".join(tokens[:start])) + 1 if _speaker_label(" ".join(tokens[start : k + 1])) else -1


def _opens_bite(words: str) -> bool:
    """After a label: a quotation, or the language it is spoken in (`(In English) “…`)."""
    if words[:1] in _OPENING:
        return True
    span = first_bracket(words) if words[:1] == "(" else None
    inner = words[1 : span[1] - 1] if span else ""
    return bool(inner) and is_language(inner)


def _cell_ends(text: str) -> bool:
    """A read cell ends at a full stop, or at the read time written after its sentence (`(3’’)`)."""
    bracket = text.rfind("(")
    return text.endswith(_FULL_STOP) or (bracket >= 0 and text.endswith(")") and stated_length(text[bracket:]) is not None)


def _cue_start(line: str) -> bool:
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)?", line.lower())
    return any(tuple(words[: len(s)]) == s for s in _words().cue_starts)


def _capitals_first(line: str) -> bool:
    """`DISSOLVE TO MS`, `CANNON IN College Theme)`: a cell in capitals (the audio cell may follow it on the line)."""
    words = re.findall(r"[^\W\d_]+", line)[:2]
    return _capitals(line) or (len(words) == 2 and all(len(w) >= 2 and _capitals(w) for w in words))


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass
class _Reader:
    metadata: dict
    capitals_are_cues: bool
    units: list[Unit] = field(default_factory=list)
    prose: list[tuple[str, int]] = field(default_factory=list)  # read lines of the open paragraph
    column: str = "audio"  # the column of the last line of words
    bite: Soundbite | None = None  # a bite whose quotation has not closed yet
    labelled: bool = False  # the page opens its read cells with a reader's label (`Narrator:`)
    whole: bool = False  # the last cue is an on-screen text written whole on its label's line

    def feed(self, text: str, number: int, following: str) -> None:
        """One line of the page (spaces collapsed), knowing the line after it."""
        if self.bite is not None:  # the bite's quoted words, to their closing mark or its read time (`(5’’)`)
            at = trailing_length(text)
            words = text[:at].rstrip() if at > 0 else text
            self.bite.text = f"{self.bite.text} {words}".strip()
            if at > 0:
                self.bite.duration, self.bite.marker = stated_length(text[at:]), f"{self.bite.marker} {text[at:]}"
            if len(self.bite.text) > 1 and (words.endswith(tuple(_CLOSING)) or at > 0):
                closed = words.endswith(tuple(_CLOSING))
                self.bite.text, self.bite = self.bite.text[1 : len(self.bite.text) - closed].strip(), None  # without its quote marks
        elif label := _words().talent_label.search(text):  # `Team training Narrator: the NFL launched an`
            if label.start():
                self.feed(text[: label.start()].strip(), number, label.group())  # the video cell beside it
            self.flush()
            self.units.append(Unit(segment=Cue(label.group(), number, cue_type="OTHER", original=label.group())))
            self.column = "audio"
            if rest := text[label.end() :].strip():
                self.prose.append((rest, number))
        elif _heading_kind(text, talent=False) or _NUMBER.fullmatch(text):  # a column heading (again at the
            self.flush()  # top of each page), a time or page number: a cue in its place on the page
            self.units.append(Unit(segment=Cue(text, number, cue_type="OTHER", original=text)))
        elif self.capitals_are_cues and (at := _label_after_shots(text)) > 0:  # `ANA COSTA ON-CAM WORKERS AT THE GATE ANA COSTA: (In English) “…`
            self.feed(text[:at].rstrip(), number, text[at:])  # the video cell, then the label and its bite
            self.feed(text[at:], number, following)
        elif labelled := _label_quote(text) or _soundbite_label(text):  # the speaker's label and the bite on one line
            self.flush()
            self._quote(labelled, number)
        elif (name := _speaker_label(text)) and following.startswith(tuple(_OPENING)):
            self.flush()
            self.bite = Soundbite("", number, speaker=Speaker(display_name(name)), marker=text, why="label")
            self.units.append(Unit(segment=self.bite))
            self.column = "audio"
        elif screen_text(text) and self.prose and not self.prose[-1][0].endswith(_FULL_STOP) and (j := screen_text_end(text.split())):
            self.feed(" ".join(text.split()[:j]), number, following)  # the on-screen text, then the read sentence running on
            self.prose.append((" ".join(text.split()[j:]), number))
            self.column = "audio"
        elif cell := self._cue_cell(text):
            self.flush()
            last = self.units[-1].segment if self.units else None
            if cell == "goes on" and isinstance(last, Cue) and not _NUMBER.fullmatch(last.text):
                last.text = last.original = f"{last.text} {text}"  # one cell, wrapped over lines
            else:
                self.units.append(Unit(segment=Cue(text, number, cue_type="OTHER", original=text)))
                screen = _words().screen_label.match(text)  # `TEXT: Oxford` is whole; `NAME SUPER:` alone takes the next lines
                self.whole = bool(screen) and screen.end() < len(text)
            self.column = "video"
        else:
            self.prose.append((text, number))
            self.column = "audio"

    def _quote(self, labelled: tuple[Speaker | None, str | None, str, str], number: int) -> None:
        """The bite of a label with its words on the line; a read time after it (`(5’’)`) is the
        bite's stated length; a quotation left open goes on over the next lines."""
        speaker, language, marker, words = labelled
        bracket = words.rfind("(")
        seconds = stated_length(words[bracket:]) if bracket > 0 and words.endswith(")") else None
        if seconds is not None:
            marker, words = f"{marker} {words[bracket:]}", words[:bracket].rstrip()
        bite = Soundbite(words, number, speaker=speaker, marker=marker, duration=seconds, language=language, why="label")
        self.units.append(Unit(segment=bite))
        self.column = "audio"
        quoted = words.startswith(tuple(_OPENING))
        if quoted and seconds is None and not (len(words) > 1 and words.endswith(tuple(_CLOSING))):
            self.bite = bite  # the quotation closes on a later line
        elif quoted:
            bite.text = words[1:-1].strip() if words.endswith(tuple(_CLOSING)) else words[1:].strip()

    def _cue_cell(self, text: str) -> str | None:
        """'opens' for a line that opens a cell of the video/control column, 'goes on' for one that
        carries such a cell on, None for read copy."""
        opens = not text[0].islower()  # a line in lower case opens no cell: it goes on with the line before
        if _words().screen_label.match(text):
            return "opens"
        if self.labelled and opens:  # read cells open at their label: a line that opens a cell is a shot
            reading = self.column == "audio" and self.prose and not _cell_ends(self.prose[-1][0])
            timed = self.column == "audio" and not _capitals(text) and _cell_ends(text) and trailing_length(text) > 0
            return None if reading or timed else "opens"  # `Barriers built to last. (3’’)`: a sentence and its read time
        if opens and ((self.capitals_are_cues and _capitals_first(text)) or (_cue_start(text) and not text.endswith(_FULL_STOP))):
            return "opens"
        last = self.units[-1].segment.text if self.units and self.units[-1].segment else ""
        if self.column != "video" or last.endswith(_FULL_STOP) or self.whole:
            return None
        # a cell carried on: a few words that end no sentence, or a line in lower case after a cell
        # in mixed case (a cell set in capitals goes on in capitals: lower case there is read copy)
        if len(text.split()) <= _SHORT and not text.endswith(_SENTENCE_END):
            return "goes on"
        return "goes on" if text[0].islower() and not (self.capitals_are_cues and _capitals(last)) else None

    def flush(self) -> None:
        if self.bite is not None:  # a quotation never closed: the bite keeps what it has
            self.bite.text, self.bite = self.bite.text[1:].strip(), None
        if self.prose:
            self.units.append(Unit(para=Para(" ".join(t for t, _ in self.prose), self.prose[0][1])))
        self.prose = []


def read(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    """The script's pieces in reading order: the page header to metadata; the headings, cues, bites
    and read paragraphs as segments."""
    end = headings_end(lines) or 0
    top = end
    while top and (not lines[top - 1].strip() or _heading_kind(lines[top - 1])):
        top -= 1  # the headings themselves are cues, never read; the lines above them are the page's header
    head = [(" ".join(t.split()), first_line + n + 1) for n, t in enumerate(lines[:top]) if t.strip()]
    pieces = [timed_pieces(t) for t, _ in head]
    timed = next((k for k, p in enumerate(pieces) if p), len(head))
    metadata.setdefault("furniture", []).extend(t for t, _ in head[:timed])  # the title above the programme's first timed line
    body = [t.strip() for t in lines[end:] if t.strip() and not _NUMBER.fullmatch(t.strip()) and not _heading_kind(t)]
    capital = sum(1 for t in body if _capitals(t))
    reader = _Reader(metadata, capitals_are_cues=capital * 5 < len(body) * 4)  # copy typed all in capitals: capitals mark nothing
    reader.labelled = sum(1 for t in body if _words().talent_label.search(t)) >= 2
    reader.units = [  # script, never furniture
        _timed_unit(text, number, direction)
        for (t, number), p in zip(head[timed:], pieces[timed:])
        for text, direction in p or [(t, _capitals(t))]
    ]
    numbered = [(" ".join(lines[n].split()), first_line + n + 1) for n in range(top, len(lines)) if lines[n].strip()]
    for k, (text, number) in enumerate(numbered):
        reader.feed(text, number, numbered[k + 1][0] if k + 1 < len(numbered) else "")
    reader.flush()
    return reader.units


def _timed_unit(text: str, number: int, direction: bool) -> Unit:
    """A line of the page's head that states its running time: a direction is a cue, a sentence read."""
    return Unit(segment=Cue(text, number, cue_type="OTHER", original=text)) if direction else Unit(para=Para(text, number))
