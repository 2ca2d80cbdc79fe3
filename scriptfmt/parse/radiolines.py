"""Radio scripts as Spanish, Portuguese, French and Italian desks write them (guion radiofónico,
roteiro, conduite): lines numbered in the margin, the operator's lines (`OP SUBE MÚSICA Y BAJA A
FONDO`, `CONTROL: cortina`) and the announcers' labels (`LOC.1 ¡Hola!`, `LOCUTORA 2: …`).

The desk's rules:
  - a script numbered in the margin (`12 En la primera parte …`) numbers its lines for the
    booth to call them; the numbers are never read, and what stands above line 1 is the page's
    header (programme, recording date, duration, team);
  - a line under the operator's label is a direction for the desk: a cue, whatever its words;
  - a line in capitals that opens with a desk verb and names a sound (`ENTRA CORTINA`,
    `SUBE MÚSICA Y BAJA A FONDO`) is the operator's direction even without the label;
  - an announcer's label (`LOC.1`, `LOCUTOR 2:`, `CONDUCTORA:`) says who reads the words after
    it, and the lines after it until the next label.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.cues import load_vocabulary
from scriptfmt.parse.runtimes import trailing_length


@dataclass(frozen=True)
class RadioWords:
    operators: frozenset[str]
    announcers: frozenset[str]
    directions: frozenset[str]
    sounds: frozenset[str]
    breaks: frozenset[str]
    instructions: frozenset[str]
    prose_instructions: frozenset[str]


def _plain(word: str) -> str:
    """Upper case without accents: `MÚSICA` and `MUSICA` are one spelling."""
    return "".join(c for c in unicodedata.normalize("NFD", word.upper()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def radio_words() -> RadioWords:
    data = tomlfile.load_builtin("markup.toml")["radio"]
    return RadioWords(*(frozenset(_plain(w) for w in data[k]) for k in ("operators", "announcers", "directions", "sounds", "breaks", "instructions", "prose_instructions")))


def _margin_number(line: str) -> tuple[str, str] | None:
    """`12 En la primera parte …` -> ("12", "En la primera parte …"); a number alone -> (it, "").
    `1. Aerial shot` (a numbered point or shot) and `3 million …` in prose are not told apart
    here: margin_numbered() asks that the numbers run on line after line."""
    head, _, rest = line.strip().partition(" ")
    if not head.isdecimal() or len(head) > 4:  # `²` is a digit but no number
        return None
    return head, rest.strip()


def margin_numbered(lines: list[str]) -> int | None:
    """Where line 1 of a script numbered in the margin stands (its index in `lines`), or None: five
    or more lines open with a number, most of them one more than the numbered line before (a new
    page may start again at 1), and few lines after the first are left unnumbered."""
    numbered = steps = unnumbered = 0
    first, last = None, None
    for k, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        found = _margin_number(line)
        if found is None or not found[1] and first is None:
            unnumbered += first is not None
            continue
        value = int(found[0])
        if first is None:
            first = k
        numbered += 1
        steps += last is not None and (value == last + 1 or value == 1)
        last = value
    if first is None or numbered < 5 or steps < 0.8 * (numbered - 1) or unnumbered > numbered // 4:
        return None
    return first


def split_margin(line: str) -> tuple[str, str]:
    """The margin's number and the line's words (`("", line)` for a line with no number)."""
    found = _margin_number(line)
    return found if found is not None else ("", line.strip())


def _label_end(tokens: list[str], words: frozenset[str]) -> int:
    """How many tokens the label takes (`OP`, `CONTROL TÉCNICO:`, `LOC.1`, `LOC. 2`, `LOCUTORA 2:`),
    0 when the line opens with no label from `words`."""
    if not tokens or _plain(tokens[0].rstrip(":").rstrip("0123456789").rstrip(". ")) not in _first_words(words):
        return 0  # most lines: their first word opens no label
    for n in (3, 2, 1):
        if len(tokens) < n:
            continue
        head = " ".join(tokens[:n]).rstrip(":").rstrip()
        base = head.rstrip("0123456789").rstrip(". ")
        if _plain(head) in words or base and _plain(base) in words and base != head and _counted(head[len(base) :]):
            return n
    return 0


@lru_cache(maxsize=8)
def _first_words(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.split()[0] for w in words)


def _counted(tail: str) -> bool:
    """`.1`, ` 2`, `.`, `1`: the count after an announcer's word."""
    bare = tail.strip(". ")
    return len(bare) <= 2 and (bare == "" or bare.isdigit())


def operator_line(line: str) -> bool:
    """`OP SUBE MÚSICA Y BAJA A FONDO`, `CONTROL: Cortina de entrada`, `TÉC.: efecto de puerta`:
    the operator's label, in capitals, then the direction (with no colon, one in capitals or
    naming a sound: `CONTROL of the budget …` is read copy)."""
    tokens = line.split()
    n = _label_end(tokens, radio_words().operators)
    if not n or not " ".join(tokens[:n]).isupper():
        return False
    rest = tokens[n:]
    if not rest:
        return tokens[n - 1].endswith(":") or len(tokens) == 1 and tokens[0] not in {"AUDIO", "SONIDO"}
    colon = tokens[n - 1].endswith(":") or rest[0] == ":"
    return colon or " ".join(rest).isupper() or _names_sound(rest)


def operator_copy(line: str) -> int:
    """`TÉC: A próxima legislatura começa em 1º de fevereiro … (RENAN) Confiou …`: the operator's label over
    sentences of prose is the desk rolling a recorded report, written out in full: the label is the cue,
    the words after it the report's (the reporter's voice and the voices it plays). Where those words
    start; 0 for a direction (`TÉC.: efecto de puerta`, `CONTROL: Cortina de entrada`)."""
    tokens = line.split()
    n = _label_end(tokens, radio_words().operators)
    if not n or not " ".join(tokens[:n]).isupper():
        return 0
    colon = tokens[n - 1].endswith(":") or len(tokens) > n and tokens[n] == ":"
    rest = tokens[n + (len(tokens) > n and tokens[n] == ":") :]
    sentences = sum(t.endswith((".", "!", "?")) for t in rest)
    if not colon or len(rest) < _REPORT_WORDS or sentences < 2 or " ".join(rest).isupper() or _names_sound(rest[:3]):
        return 0
    return len(line) - len(line.lstrip()) + line.strip().index(" ".join(rest[:1]), len(" ".join(tokens[:n])))


_REPORT_WORDS = 20  # a direction is a few words (`SOBE SOM E BAIXA`); a report written out runs to sentences


def named_in_copy(word: str, copy: list[str]) -> str | None:
    """`(RENAN)`, `(MACIEL)` opening a sentence of a radio report: a name in brackets that the copy before it
    gives a person (`Um deles foi Renan Calheiros`, `está Marco Maciel, do Democratas`) is that person's
    recorded voice, played in the report (a bite), not a reader taking over; the desk marks its own
    reporter's voice with the role (`(REPÓRTER)`). The person's name as the copy writes it, else None."""
    bare = _plain(word.strip("()[]"))
    if len(bare) < 3 or not bare.isalpha():
        return None
    found = None
    for text in reversed(copy):
        raw = text.split()
        words = [t.strip(".,;:!?\"'“”‘’()") for t in raw]
        for k in range(len(words) - 1, -1, -1):
            if words[k][:1].isupper() and not words[k].isupper() and _plain(words[k]) == bare:
                found = _name_around(raw, words, k)
                if " " in found:
                    return found  # the latest mention that gives the whole name (`Renan dirigiu …` gives one word)
    return found


_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "la", "le", "du"})


def _name_around(raw: list[str], words: list[str], k: int) -> str:
    """The capitalised words that run on from words[k] (`Lídice da Mata`, `Renan Calheiros`), or the given
    name before a surname (`Marco Maciel`); a comma or a full stop ends the name."""
    end = k + 1
    while raw[end - 1] == words[end - 1] and end < len(words) and words[end] and (words[end][:1].isupper() or words[end] in _PARTICLES and end + 1 < len(words) and words[end + 1][:1].isupper()):
        end += 1
    begin = k
    if end == k + 1 and k > 0 and raw[k - 1] == words[k - 1] and words[k - 1][:1].isupper() and words[k - 1].isalpha() and not words[k - 1].isupper():
        begin = k - 1
    return " ".join(words[begin:end])


def played_aside(line: str) -> bool:
    """`(sound effect)`, `(Station Music)`, `(Introduction Video)`: a short line wholly in
    parentheses that names what the desk plays is its direction, in any case, never read."""
    inner = line[1:-1]
    return line[:1] == "(" and line[-1:] == ")" and "(" not in inner and len(inner.split()) <= 4 and not any(c in inner for c in ".?!\"“”") and _names_sound(inner.split())


def _names_sound(tokens: list[str]) -> bool:
    return any(_plain(t.strip(".,;:“”\"()")) in radio_words().sounds for t in tokens[:6])


def direction_line(line: str) -> bool:
    """`ENTRA CORTINA`, `SUBE MÚSICA Y BAJA A FONDO`, `SOBE BG`: a desk verb and a sound, in
    capitals; `Colocar por dos minutos la canción: claro de luna`, `Cue in signature tune to begin
    the broadcast.`: an instruction and a sound, any case. The sentences after such a direction
    are the desk's too when each names a sound (`The signature tune fades after 20 seconds.`)."""
    first, _, rest = line.partition(". ")
    return _direction(first) and all(_names_sound(more.split()) for more in rest.split(". ") if rest)


def booth_direction(text: str) -> bool:
    """`Cue in signature tune to begin the broadcast. The signature tune fades …`: the booth's
    direction in prose, a cue in any copy (a programme's page, a transcript), never read."""
    first = text.split(None, 1)[:1]
    return bool(first) and _plain(first[0]) in radio_words().prose_instructions and direction_line(" ".join(text.split()))


_DIRECTION_WORDS = 24  # an instruction to the desk runs to a sentence; a line in capitals with a desk verb, 12 words


def _direction(line: str) -> bool:
    tokens = line.split()
    label = next((k for k, t in enumerate(tokens[:4]) if t.endswith(":")), None)
    tokens = tokens if label is None else tokens[: label + 1]  # `Cue track: …` names its sound before the colon; `Cue DJ: Great new song …` does not
    if not tokens or line.endswith(("?", "!")) or len(tokens) > _DIRECTION_WORDS:
        return False
    words = radio_words()
    if _plain(tokens[0]) in words.instructions:  # `Cue coffee shop sounds up briefly while showing slide …, then fade …`: the sound named early
        return _names_sound(tokens[1:])
    if len(tokens) > 12:
        return False
    if not line.isupper():
        return False
    verb = _plain(tokens[0]) in words.directions or len(tokens) > 1 and _plain(" ".join(tokens[:2])) in words.directions
    return verb and _names_sound(tokens[1:])


_PART_WORDS = 12  # `Hassan's intro to his package`: a running order's item is a short line


def programme_part(element: str) -> bool:
    """`Intro to the Show (0.5 minute)`, `Hassan's intro to his package (0.5 minutes)`, `Group Discussion - … (5.20 minutes)`:
    a line of the running order, a part of the programme (styles/markup.toml [radio] parts) and how long it runs; what
    the presenter reads in that part follows it, the part named in its first three words. A cue, never read (`Coming up on
    21st Century (2”)`, `Coming up: an interview with the mayor (2”)` name no part first: read)."""
    at = trailing_length(element) if element.rstrip().endswith(")") else -1
    at = at if at > 0 else _decimal_length(element.rstrip())
    tokens = element[:at].split() if at > 0 else []
    if not tokens or tokens[0].isupper():
        return False  # `PROMO #42 Coming up after the news (2”)`: the desk's cue in capitals, then words read (parse/runtimes.py)
    return len(tokens) <= _PART_WORDS and any(t.lower().strip(".,:;-–’'s") in _parts() or t.lower().removesuffix("’s").removesuffix("'s") in _parts() for t in tokens[:3])


def _decimal_length(text: str) -> int:
    """Where `(0.5 minute)`, `(5.20 minutes)` closing a line begins (a plan's length in decimals); -1 when none."""
    at = text.rfind("(") if text.endswith(")") else -1
    inner = text[at + 1 : -1].split() if at > 0 else []
    units = tomlfile.load_builtin("markup.toml")["times"]
    number_ok = len(inner) == 2 and any(c.isdigit() for c in inner[0]) and all(c.isdigit() or c in ".,:" for c in inner[0])
    return at if number_ok and inner[1].lower().rstrip(".") in units["minutes_words"] + units["seconds_words"] else -1


@lru_cache(maxsize=1)
def _parts() -> frozenset[str]:
    return frozenset(w.lower() for w in tomlfile.load_builtin("markup.toml")["radio"]["parts"])


def sound_cue(line: str) -> bool:
    """`SFX: CHICKENS, A GATE OPENS`, `SIGNATURE TUNE UP, THEN UNDER`, `SFX mild applause`: a line that opens with the
    desk's sound key in capitals (styles/cues.toml NATS, MUSIC) closed by a colon or followed by words in ordinary case,
    or a direction in capitals naming a sound and no sentence: the booth's, a cue in any copy (a radio drama read as a
    transcript too). `Sting: "Englishman in New York"` names a singer, in ordinary case: no key."""
    tokens, vocab = line.split(), load_vocabulary()
    head = tokens[: next((k + 1 for k, t in enumerate(tokens[:3]) if t.endswith(":")), 0)]
    keyed = bool(head) and all(t.strip(":").isupper() for t in head) and (hit := vocab.match([t.strip(":").upper() for t in head])) is not None and hit[2] == len(head) and hit[0] in _SOUND_CUES
    if keyed or len(tokens) > 1 and tokens[0].isupper() and not line.isupper() and (hit := vocab.match([tokens[0].upper()])) is not None and hit[0] in _SOUND_CUES:
        return True  # `SFX mild applause`: the key in capitals, then what is heard
    hit = vocab.match([t.strip(",.;").upper() for t in tokens[:3]]) if line.isupper() and not line.rstrip().endswith((".", "?", "!")) else None
    return hit is not None and hit[0] in _SOUND_CUES and len(tokens) <= _PART_WORDS


_SOUND_CUES = frozenset({"NATS", "MUSIC"})


def cue_label(line: str) -> tuple[str, str] | None:
    """`Cue DJ: Great new song …`, `Cue immediately to DJ: …`, `Cue presenter (fast-paced): …`:
    the desk cues a voice, whose words follow -> (the voice, the words); a cue naming a sound
    (`Cue track: …`) is a direction instead (`direction_line`)."""
    tokens = line.split()
    end = next((k for k, t in enumerate(tokens[:6]) if t.endswith(":")), None)
    if end is None or end == 0 or tokens[0].upper() != "CUE" or _names_sound(tokens[1 : end + 1]):
        return None
    voice = [t for t in " ".join(tokens[1 : end + 1]).rstrip(":").split() if t[:1] != "(" and t[-1:] != ")"]
    return (voice[-1].upper(), " ".join(tokens[end + 1 :])) if voice else None


def announcer_label(line: str) -> tuple[str, str] | None:
    """`LOC.1 ¡Hola! Bienvenidos …` -> ("LOC.1", "¡Hola! Bienvenidos …"); `LOCUTORA 2: Buenas
    tardes` -> ("LOCUTORA 2", "Buenas tardes"). Without a colon the label is in capitals and
    carries its count or a dot (`LOC.`, `LOCUTOR 2`): `Locutor de radio …` is read copy."""
    tokens = line.split()
    n = _label_end(tokens, radio_words().announcers)
    if not n:
        return None
    head = " ".join(tokens[:n])
    colon = head.endswith(":") or len(tokens) > n and tokens[n] == ":"
    if not colon and not (head.isupper() and head.rstrip(".") != head or head.isupper() and head[-1:].isdigit()):
        return None
    rest = tokens[n + (len(tokens) > n and tokens[n] == ":") :]
    return head.rstrip(":").rstrip(), " ".join(rest)


def break_label(word: str) -> bool:
    """`COMMERCIALS`, `SONGS`, `CUÑAS` alone as a label: the programme's break, not a reader."""
    return _plain(word) in radio_words().breaks
