"""The script reader's rules for bites named by a label of their own and the markers around them:
`((Name, Title))` alone on a line (VOA), `KHIN CHIT WIN: (In English)` (a speaker's label with the
language spoken), a numbered section heading (`TEASE #1 – …`), and where the words of such a bite,
written as plain lines, end. A mixin of markup.ScriptReader, whose methods and state it uses."""

from __future__ import annotations

from scriptfmt.parse import fields
from scriptfmt.parse import tape as tp
from scriptfmt.parse.cues import whole_cue
from scriptfmt.parse.readlines import SHOWN
from scriptfmt.parse.runtimes import timecoded_label, trailing_length
from scriptfmt.parse.transcriptwords import words as staff_words
from scriptfmt.parse.scriptlines import LINE_DASHES
from scriptfmt.parse.shotlabels import language_label

LINES = "LINES"  # a block's closer: its words run over plain lines to the next marker in brackets


class LabelRules:
    def _super_line(self, line: str) -> bool:
        """`((Morgan Reyes, Regular Listener))` alone on its line (VOA style): the super of the person
        whose words follow, read as their bite up to the next marker; `((Animation Transition))`
        (no title) and `((Banner: …))` (a key) are cues."""
        inner = line[2:-2].strip() if line.startswith("((") and line.endswith("))") and "(" not in line[2:-2] else ""
        shown = whole_cue(inner, self.vocab) if inner and ":" not in inner else None
        if ":" in inner and self._cue_label(inner) or shown and shown[0] in SHOWN:
            self.cue(line)  # `((Map: Ogallala, Nebraska))`, `((Reporter/Camera: Jo Lin))`, `((Banner))`: a graphic, a credit
            return True
        name, title = tp.split_name(inner) if inner and ":" not in inner and tp.name_line(inner) else ("", "")
        if not title or whole_cue(name, self.vocab):
            return False
        self.close_block()
        self.block = tp.Block(self.line, "SOT", name, title, entries=[("mark", line, self.line)])
        self.block.closer = LINES
        return True

    def _timecoded_voice(self, line: str) -> bool:
        """`TC 01:01:30  Vittorio Oppizzi, Field coordinator, MSF:` over the words, `TC 01:02:36  Unnamed Woman:`,
        `TC 01:00:09  Voice over:`: a film's transcript gives each voice a timecode and a label. The programme's
        voice (voice over, narrator) is read; a person's label (a name, or an unnamed voice by role) opens their
        bite, its words the plain lines under it, to the next marker or finished sentence."""
        found = timecoded_label(line)
        if found is None:
            return False
        label = found[1]
        staff = label.lower() in staff_words().staff_roles
        role = not staff and label.lower().split()[-1] in staff_words().unnamed_roles | staff_words().guest_roles
        if not staff and not role and not tp.name_line(label):
            return False
        if staff:
            self.cue(line, "TIMING")
            return True
        name, title = ("", label) if role else tp.split_name(label)
        self.cue(found[0], "TIMING")  # the timecode: where the editor finds the tape
        self.block = tp.Block(self.line, "SOT", name, title, entries=[("mark", line.split(None, len(found[0].split()))[-1].strip(), self.line)])
        self.block.closer = LINES
        return True

    def _opener_then_label(self, line: str) -> bool:
        """`[GRAB] MARIA TELLEZ: We lost …`, `[SOT] ANA RUIZ, MAYOR: …`: a tape opener in brackets,
        then the speaker's label in capitals and the words, on one line: that person's bite."""
        close = line.find("]") if line[:1] == "[" else -1
        tokens = line[close + 1 :].split() if close > 0 else []
        end = tp.caps_label_end(tokens) or tp.name_label_end(tokens, _LABEL_WORDS, titled=True)
        if not end or end == len(tokens) or not self._opener(line[: close + 1]) or self.block is None:
            return False
        label = " ".join(tokens[:end])
        self.block.name, self.block.title = tp.split_name(label.rstrip(":"))
        self.block.add_marker(label)
        self.block.add_words(" ".join(tokens[end:]))
        return True

    def _cue_label(self, text: str) -> bool:
        """`((NATS: Swap Shop Audio))`, `((Map: Ogallala))`, `((Reporter/Camera: Jo Lin))`: a double-
        parenthesis label that is a cue word or a credit, never the name of a bite's speaker."""
        key = text.lstrip("( ").partition(":")[0].upper().replace("/", " / ").split()
        return bool(key) and (whole_cue(" ".join(key), self.vocab) is not None or key[0] in fields.field_words().credits)

    def _language_label(self, line: str) -> bool:
        """`KHIN CHIT WIN: (In English)`, `MENDEZ (In Spanish)`, `FARKHOD: (In Tajik). Even if …`: a
        speaker's label in capitals with the language they speak opens their bite (the programme's
        own voice never states its language); the words follow, to a marker or a finished sentence."""
        found = language_label(line)
        if found is None or whole_cue(found[0], self.vocab):
            return False
        label, words = found
        self.close_block()
        self.block = tp.Block(self.line, "SOT", label, entries=[("mark", line[:words].rstrip(), self.line)])
        self.block.closer = LINES
        rest = line[words:].strip()
        at = trailing_length(rest)
        if at > 0:  # `“…planted.” (5’’)`: the bite's stated length
            self.block.duration, rest = tp.duration_of(rest[at:].strip("() "), self.warnings, self.line), rest[:at].rstrip()
            self.block.entries[0] = ("mark", f"{line[:words].rstrip()} {line[words:].strip()[at:]}", self.line)
        if rest:
            self.block.add_words(rest)
        return True

    def _words_end(self, line: str) -> bool:
        """Where the words of a bite written as plain lines end: at a marker in brackets, a label,
        or after a line that finished its sentence (its read time after it: `“…planted.” (5’’)`)."""
        last = self.block.transcript[-1] if self.block.transcript else ""
        at = trailing_length(last)
        finished = (last[:at].rstrip() if at > 0 else last).endswith(fields.SENTENCE_ENDS)
        return line[:1] in "([{" or finished or fields.is_talent_label(line) or language_label(line) is not None

    def _section_line(self, line: str) -> bool:
        """`TEASE #1 – Myanmar: Transition to Democracy`, `TEASE #2 JORDAN In Jordan – …`: a numbered
        section of the programme; its heading is a cue (with the title after a dash or colon), a
        sentence run on after the heading's capitals is read."""
        tokens = line.split()
        hit = self.vocab.match([tokens[0]]) if len(tokens) > 1 and tokens[0].isupper() and "(" not in line else None
        if not hit or hit[0] != "STRUCTURE" or not tokens[1].lstrip("#").rstrip(":.").isdigit():
            return False
        k = 2
        while k < len(tokens) and not any(c.islower() for c in tokens[k]) and tokens[k] not in LINE_DASHES:
            k += 1
        if k == len(tokens) or tokens[k] in LINE_DASHES or tokens[k - 1].endswith(":"):
            self.cue(line)
            return True
        self.cue(" ".join(tokens[:k]))
        self._read_line(" ".join(tokens[k:]))
        return True


_LABEL_WORDS = 7  # `PETER OYELARAN, COUNCILLOR:`: a name and a title in capitals
