"""A script's part labels (`SONORA`, `OFF 2`, `PASSAGEM`, `SOBE SOM`, `SOT`, `TRACK`) set one after another on
one line: the label column of a two-column roteiro flattened to text, its cells in order (`SOBE SOM PASSAGEM
SONORA OFF 2 SONORA OFF 3 SONORA`), the parts themselves below it, a paragraph each.

The desk's rule: each paragraph under the column takes the next label. A tape label (`SONORA`, `SOT`,
`SOUNDBITE`) or a sound label (`SOBE SOM`, `NAT SOUND`) makes the paragraph what the tape says (a bite; no one
is named, so `S:?` with a warning); a copy label (`OFF`, `PASSAGEM`, `CABEÇA`, `TRACK`) makes it read copy."""

from __future__ import annotations

from scriptfmt.model import Soundbite
from scriptfmt.parse.cues import Vocabulary
from scriptfmt.parse.units import Unit
from scriptfmt.parse.fields import copy_labels
from scriptfmt.parse.tapewords import tape_words

TAPE, SOUND, COPY = "tape", "sound", "copy"
_COLUMN = 3  # labels on one line: fewer may be a heading (`SONORA`, `OFF 2`) or a line of copy
_TAPE_KINDS = frozenset({"SOT", "ACT"})
_LONGEST = 3


def column_parts(line: str, vocab: Vocabulary) -> list[str] | None:
    """The kinds of the parts a line of labels lists in order, or None when the line is anything else
    (a word that is no label, fewer than three labels)."""
    tokens = line.upper().split()
    kinds: list[str] = []
    k = 0
    while k < len(tokens):
        found = _label_at(tokens, k, vocab)
        if found is None:
            return None
        kind, n = found
        kinds.append(kind)
        k += n
        if k < len(tokens) and tokens[k].lstrip("#").isdigit():
            k += 1  # `OFF 2`, `SONORA 3`: the script numbers its parts
    return kinds if len(kinds) >= _COLUMN else None


def _label_at(tokens: list[str], k: int, vocab: Vocabulary) -> tuple[str, int] | None:
    for n in range(min(_LONGEST, len(tokens) - k), 0, -1):
        words = " ".join(tokens[k : k + n])
        if words in copy_labels():
            return COPY, n
        if tape_words().openers.get(words) in _TAPE_KINDS:
            return TAPE, n
        hit = vocab.match(tokens[k : k + n])
        if hit is not None and hit[2] == n and hit[0] == "NATS":
            return SOUND, n
        if hit is not None and hit[2] == n and hit[0] in ("VO", "STRUCTURE") and words in ("TRACK", "VO TRACK", "STANDUP", "STAND UP", "STAND-UP", "VO"):
            return COPY, n
    return None


class PartRules:
    """The script reader's rules for a flattened label column (a mixin of markup.ScriptReader, whose state it uses:
    `parts`, the column's labels still to come, and `part_bite`, the bite being read under a tape label)."""

    def _label_column(self, line: str) -> bool:
        """`SOBE SOM PASSAGEM SONORA OFF 2 SONORA`: a cue; the paragraphs under it take its labels in order."""
        kinds = column_parts(line, self.vocab)
        if kinds:
            self.cue(line)
            self.parts = kinds
        return bool(kinds)

    def _column_part(self, text: str) -> bool:
        """A paragraph under a flattened label column takes the column's next label: tape or sound, a bite
        naming no one; copy, read (False). A hard-wrapped line goes on with the paragraph's bite."""
        going_on = self.last_read == self.line - 1
        if going_on and self.part_bite is not None:
            self.part_bite.text = f"{self.part_bite.text} {text}"
            self.last_read = self.line
            return True
        if going_on or not self.parts:
            return False
        kind, self.part_bite = self.parts.pop(0), None
        if kind == COPY:
            return False
        self.part_bite = Soundbite(text, self.line, tape="SOT", why="part-label")
        self.units.append(Unit(segment=self.part_bite))
        self.warnings.append(f"line {self.line}: the script's label column names nobody for this bite; it has no super")
        self.last_read = self.line
        return True
