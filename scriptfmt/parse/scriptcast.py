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
from scriptfmt.parse import fields
from scriptfmt.parse import tape as tp
from scriptfmt.parse.cues import Vocabulary
from scriptfmt.parse.scriptcount import is_count
from scriptfmt.parse.transcriptwords import words as staff_words

_LABEL_WORDS = 3  # `Woman #1`, `OLD MAN 2`: a role and its count
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "»")


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
    """`Woman #1` of `Woman #1: Thanks …` or `WOMAN 1:` alone; "" for a line with no label (`Updated 10:05 a.m.`: a clock)."""
    label, colon, rest = line.strip().partition(":")
    if not colon or rest[:1] not in ("", " ", "\t") or rest.strip()[:1].isdigit():
        return ""
    return label.strip().strip("*_").strip()


@lru_cache(maxsize=1)
def _numbered_voices() -> frozenset[str]:
    return frozenset(w.lower() for w in tomlfile.load_builtin("furniture.toml")["transcript"]["numbered_voices"])


def cast_labels(lines: list[str], vocab: Vocabulary) -> frozenset[str]:
    """The page's cast, lower case: every counted role's label (`woman #1`), and, once there is one,
    the programme's own labels beside them (`announcer`); empty for a page with no counted role."""
    counted, own = set(), set()
    for raw in lines:
        label = _label(raw)
        if not label or len(label.split()) > _LABEL_WORDS:
            continue
        if counted_role(label, vocab):
            counted.add(label.lower())
        elif label.lower() in staff_words().staff_roles:
            own.add(label.lower())
    return frozenset(counted | own) if counted else frozenset()


def is_staff(label: str, vocab: Vocabulary) -> bool:
    """`ANNOUNCER 2`, `Narrator`: the programme's own voice, read, not a character's."""
    role = counted_role(label, vocab) or label.lower()
    return role in staff_words().staff_roles


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
        if colon and _label(line) and label.lower() in self.cast and not fields.cast_line(line, self.vocab):
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
        self.block = tp.Block(self.line, "SOT", "", label, entries=[("mark", marker, self.line)])
        if words:
            self.block.add_words(words)
        first = len(self.units)
        self.close_block()
        for unit in self.units[first:]:
            unit.resolve = False  # an actor's line: no name from the copy around it
        self.warnings.append(f"line {self.line}: a drama's voice ({label}) names no one: no super")
        return True
