"""A dramatised script's cast: the voices of a radio play, a skit or a public-service spot.

A drama script labels its voices by role and count (`Woman #1:`, `MAN 2:`, `VOICE ONE:`), never
by a reader's name: a counted role is a character, not the programme's talent. The desk's rules:
  - a line under a counted role's label is that voice's line: a bite of no named person (the
    script casts an actor, it names no one on air), unless the role is the programme's own
    (`ANNOUNCER 2:`, `NARRATOR 1:`), whose words are read;
  - a line that opens with a cast label's words and stops short of a sentence (`Woman #1 pauses
    and then says in a lowered voice:`, `Woman #2, shocked`, `Announcer voiceover`) is a stage
    direction about that voice: a cue;
  - a line labelled with the picture's column (`Camera Description:`, `VIDEO:`) says what is seen:
    a cue, in any script;
  - under a sound's heading alone on its line (`Sound Effects:`, `SFX:`), the paragraph that
    describes the sound is a cue, up to the next label.
Every rule but the picture's needs one counted role's label on the page: that is what tells a drama from a news
script, whose `ANNA:` is a co-anchor.
"""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse import fields, radiolines, splitpage
from scriptfmt.parse import tape as tp
from scriptfmt.parse.cues import Vocabulary
from scriptfmt.parse.scriptcount import is_count, spaced_turn  # noqa: F401  (the script reader asks scriptcast for spaced_turn)
from scriptfmt.parse.transcriptwords import words as staff_words

_LABEL_WORDS = 3  # `Woman #1`, `OLD MAN 2`: a role and its count
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "»")


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """The words for a person or a voice a drama counts (styles/markup.toml [cast] roles, with furniture.toml's unnamed roles
    and the programme's own roles): `woman`, `voice`, `announcer`, `hombre`, `Frau`."""
    roles = tomlfile.load_builtin("markup.toml")["cast"]["roles"]
    return frozenset(w.lower() for w in roles) | staff_words().unnamed_roles | staff_words().staff_roles | _numbered_voices()


@lru_cache(maxsize=1)
def _parts() -> frozenset[str]:
    """A programme's or a play's parts, counted too (`Segment 2`, `Scene 3`, `Act 1`): never a voice."""
    data = tomlfile.load_builtin("markup.toml")["cast"]["parts"]
    return frozenset(w.lower() for w in data) | frozenset(tomlfile.load_builtin("furniture.toml")["transcript"]["segment_words"])


def counted_role(label: str, vocab: Vocabulary) -> str | None:
    """`Woman #1` -> "woman", `ANNOUNCER 2` -> "announcer": the role of a label that is a role and its
    count; None for anything else (a name, a time `1:30`, a programme's part `Segment 2`, `Scene 3`,
    a cue word `SOT 2`, `Question 1`)."""
    tokens = label.split()
    if not 2 <= len(tokens) <= _LABEL_WORDS or not is_count(tokens[-1]):
        return None
    role = tokens[:-1]
    if not all(t.replace("-", "").replace("'", "").isalpha() for t in role):
        return None
    low = " ".join(role).lower()
    if role[-1].lower() not in _person_words():
        return None  # `Titre 1`, `Item 2`, `Cart 12`: a counted field or part, no voice; a role is a word for a person
    if " ".join(role).upper() in fields.copy_labels() | fields.field_words().talent_labels or any(t.lower() in staff_words().staff_roles for t in role[1:]):
        return None  # `OFF 1`, `ANCHOR 2`, `Sports Anchor 2`: a reader's copy, counted
    if low in _parts() or low in staff_words().questioners or vocab.match([t.upper() for t in role]) is not None or tp.field_key(label + ":"):
        return None
    return low


def voice_line(line: str, vocab: Vocabulary) -> bool:
    """`WOMAN 1: Did you hear …`, `Hombre 2:`: a line under a counted character's label, what marks a page as a drama
    script; the programme's own (`ANNOUNCER 2`), a guest's (`Guest 1`, `Interviewee 2`) and a transcript's numbered
    voices (`Speaker 1`, `Caller 2`) are no character."""
    label = _label(line)
    role = counted_role(label, vocab) if label else None
    return bool(role) and role not in staff_words().staff_roles | staff_words().guest_roles | _numbered_voices()


def _label(line: str) -> str:
    """`Woman #1` of `Woman #1: Thanks …`; "" for a line with no label and words (`Updated 10:05 a.m.`: a clock)."""
    label, colon, rest = line.strip().partition(":")
    if not colon or rest[:1] not in (" ", "\t") or not rest.strip() or rest.strip()[:1].isdigit():
        return ""  # a label alone (`Bloco 1:`, `Notícia 2:`) heads a part, and no voice's words follow on its line
    return label.strip().strip("*_").strip()


@lru_cache(maxsize=1)
def _numbered_voices() -> frozenset[str]:
    return frozenset(w.lower() for w in tomlfile.load_builtin("furniture.toml")["transcript"]["numbered_voices"])


def cast_labels(lines: list[str], vocab: Vocabulary) -> frozenset[str]:
    """The page's cast, lower case, when the page is a drama (drama_page): every counted role's label (`woman #1`),
    every character named in a label (`sydney`), the programme's own labels beside them (`announcer`); else empty."""
    counted, own, named = _labels(lines, vocab)
    return frozenset(counted | own | named) if _drama(lines, counted, named) else frozenset()


def drama_page(lines: list[str], vocab: Vocabulary) -> bool:
    """A radio drama, a skit or a spot: a counted voice (`WOMAN 1: …`), or two characters named in labels on a page that
    plays sound effects (`SFX: …`) or lists its characters (`Character list`), and rolls no tape (no `SOT`)."""
    counted, _, named = _labels(lines, vocab)
    return _drama(lines, counted, named)


def _drama(lines: list[str], counted: set[str], named: set[str]) -> bool:
    if counted:
        return True
    if len(named) < 2 or any(tp.read_opener(line.strip(), [], 0) or _copy_label(line) for line in lines):
        return False  # a news script's tape (`SOT`) or read copy's label (`OFF 1:`, `TRACK:`): its voices are on tape
    headings = _cast_headings()
    return any(radiolines.sound_cue(line.strip()) or line.strip().lower().rstrip(":") in headings for line in lines)


def _labels(lines: list[str], vocab: Vocabulary) -> tuple[set[str], set[str], set[str]]:
    """(counted, own, named) labels of the page's voices, lower case."""
    counted, own, named = set(), set(), set()
    for raw in lines:
        label = _label(raw)
        if not label or len(label.split()) > _LABEL_WORDS:
            continue
        if counted_role(label, vocab):
            (counted if voice_line(raw, vocab) else own).add(label.lower())  # `ANNOUNCER 2`: the programme's own, counted
        elif is_staff(label, vocab):
            own.add(label.lower())
        elif _character(label, vocab):
            named.add(_bare(label).lower())
    return counted, own, named


def _copy_label(line: str) -> bool:
    """`OFF 1: …`, `PASSAGEM: …`, `TRACK: …`: a news script's label of read copy."""
    label = line.strip().partition(":")[0].strip().upper()
    return label.rstrip(" 0123456789") in fields.copy_labels() | fields.field_words().talent_labels | {"TRACK", "STANDUP", "VO", "SOT"}


def _bare(label: str) -> str:
    """`Sydney (to anyone)` -> `Sydney`: the label without the direction in brackets after it."""
    return label.split("(", 1)[0].strip()


def _character(label: str, vocab: Vocabulary) -> bool:
    """`Sydney`, `ALEX`, `Radio Officer`: a label that names a voice (capitalised words, no desk's key, cue or field)."""
    bare = _bare(label)
    tokens = bare.split()
    if not 1 <= len(tokens) <= 2 or not all(t[:1].isupper() and t.replace(".", "").replace("'", "").replace("-", "").isalpha() for t in tokens):
        return False
    low = bare.lower()
    words = staff_words()
    if low in words.not_speakers | words.questioners | words.guest_roles | _numbered_voices() or low in _parts() or bare.upper() in fields.copy_labels() | fields.field_words().talent_labels:
        return False
    return vocab.match([t.upper() for t in tokens]) is None and not tp.field_key(bare + ":") and bare.upper() not in splitpage.details_fields()


def _directions(words: str) -> list[tuple[str, bool]]:
    """`Two minutes. (KEYBOARD CLATTER) The mayor …` -> the words and the directions in brackets (True), in order."""
    out, at = [], 0
    while (opening := words.find("(", at)) >= 0 and (closing := words.find(")", opening)) > 0 and len(words[opening:closing].split()) <= _DIRECTION_WORDS:
        out += [(words[at:opening].strip(), False), (words[opening : closing + 1], True)]
        at = closing + 1
    return [(piece, direction) for piece, direction in out + [(words[at:].strip(), False)] if piece]


_DIRECTION_WORDS = 6  # `(to anyone)`, `(KEYBOARD CLATTER)`: a direction in a voice's line is short


@lru_cache(maxsize=1)
def _cast_headings() -> frozenset[str]:
    return frozenset(w.lower() for w in tomlfile.load_builtin("markup.toml")["cast"]["headings"])


def is_staff(label: str, vocab: Vocabulary) -> bool:
    """`ANNOUNCER 2`, `Narrator`, `NARRADORA`, `LOC. 1`: the programme's own voice, read, not a character's."""
    role = counted_role(label, vocab) or label.lower()
    return role in staff_words().staff_roles or radiolines.announcer_label(label + ": x") is not None


def video_label(label: str) -> bool:
    """`Camera Description`, `VIDEO`, `Visuals`, `Imagen`: a label of the picture's column; its words are what is seen, never read."""
    words = label.upper().split()
    return 1 <= len(words) <= 3 and words[0] in _video_words()


@lru_cache(maxsize=1)
def _video_words() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("markup.toml")["cast"]["video_labels"])


def direction(line: str, cast: frozenset[str]) -> bool:
    """`Woman #1 sighs and says:`, `Woman #2, shocked`, `Announcer voiceover`: a line that opens with a
    cast label's words, no colon right after them, and stops short of a sentence: a stage direction."""
    low = line.lower()
    for label in cast:
        if not low.startswith(label) or low[len(label) : len(label) + 1] not in {" ", ","}:
            continue
        rest = line[len(label) :].strip(" ,")
        if not rest or rest.startswith(":") or line.rstrip().endswith(_SENTENCE_ENDS) and not line.rstrip().endswith("..."):
            continue
        return len(line.split()) <= 25
    return False


def sentence_line(line: str) -> bool:
    """A sentence in ordinary case (`At the moment there is a minor problem.`), no page header (`STATION CUTS 2/3`): the
    words a bite's opener line names the speaker of (parse/scriptlines.py `_unquoted_words`)."""
    return any(c.islower() for c in line) and line.rstrip("\"”’' ").endswith((".", "?", "!", "…"))


class CastRules:
    """The script reader's rules for a drama's cast. A mixin of markup.ScriptReader, whose methods and state it uses."""

    cast: frozenset[str] = frozenset()  # the drama's labels, lower case (`woman #1`, `announcer`): cast_labels()

    def _cast_line(self, line: str) -> bool:
        label, colon, rest = line.partition(":")
        label = label.strip().strip("*_").strip()
        if colon and rest.strip() and video_label(label) and _label(line):
            self.cue(line)  # `Camera Description: Scene opens with …`, `VIDEO: children at play`: what is seen
            return True
        if not self.cast:
            return False
        if line.lower().rstrip(": ") in _cast_headings():
            self.furniture(line)  # `Character list`: the drama's cast, the page's furniture
            return True
        if colon and _label(line) and not self.nat_open and (label.lower() in self.cast or _bare(label).lower() in self.cast) and not fields.cast_line(line, self.vocab):
            return self._cast_voice(label, line[: line.index(":") + 1], rest.strip())
        if direction(line, self.cast):
            self.cue(line)  # `Woman #1 pauses and then says in a lowered voice:`
            return True
        if self.nat_open and self.block is None and not (colon and len(label.split()) <= _LABEL_WORDS):
            self.cue(line, "NATS")  # `Sound Effects:` / `Busy coffee shop sounds …`: what is heard
            return True
        return False

    def _cast_voice(self, label: str, marker: str, words: str) -> bool:
        """`Woman #1: Thanks for coming.`: a character's line, a bite of no named person; `Announcer: …`, `ANNOUNCER 2: …`: read."""
        if is_staff(label, self.vocab):
            self.talent = label.upper()
            self.cue(marker, "TALENT")
            if words:
                self._read_by_talent(words)
            return True
        self.close_block()
        named = not counted_role(label, self.vocab)  # `Sydney:`, `ALEX:`: the character the label names
        self.block = tp.Block(self.line, "SOT", tp.display_name(_bare(label)) if named else "", "" if named else label, entries=[("mark", marker, self.line)])
        for piece, direction in _directions(words):
            self.block.entries.append(("super", piece, self.line)) if direction else self.block.add_words(piece)  # `(KEYBOARD CLATTER)`: a cue in the line
        first = len(self.units)
        self.close_block()
        for unit in self.units[first:]:
            unit.resolve = False  # an actor's line: no name from the copy around it
        if not named:
            self.warnings.append(f"line {self.line}: a drama's voice ({label}) names no one: no super")
        return True
