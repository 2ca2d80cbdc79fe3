"""Format-neutral script layout: a timed Story and a Style become rows of styled paragraphs.

Every renderer (PDF, DOCX, prompter text) draws the same rows, so what goes in the
crew column, what the anchor reads and what is kept together is decided once, here.
Builders dispatch on `segment.kind` through an explicit table (`_Builder.handlers`): a new
kind is one new entry and one new method; a kind without an entry is an error, never dropped.
Tape (a Soundbite, or a SOT/PKG cue on its own) always gets a block of its own (render/_tape.py).

Roles (a renderer maps each to a font or a named Word style):
  read        anchor read copy (the right column on TV)
  direction   a short direction to the anchor kept in the read copy: (PAUSE)
  cue         production cue for the crew: TAKE SOT, [TAKE VO], ON CAM
  super       CG / lower-third text built from the speaker
  time        segment running time: READ :12, RUNS :15 EST
  sot         tape lines in the read column: the (SOT :12) marker, IN:, OUT:
  transcript  what the speaker says on tape, shown so the anchor will not read it
  end         the end mark (###, END, -30-)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import regex

from scriptfmt.durations import format_duration
from scriptfmt.model import Cue, Narration, Segment, Soundbite, Story, fold_bite_pieces
from scriptfmt.render._tape import clean_cue, cue_runs, cues_after_tape, cues_before_tape, is_tape_cue, only_runs, out_cue_of, tape_label, tape_runs
from scriptfmt.spoken import is_pronouncer_guide
from scriptfmt.sentences import is_sentence_end  # noqa: F401  (pdf.py's page breaks)
from scriptfmt.styles import Style

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")  # stdlib re: the same class, faster per call


@dataclass
class Para:
    role: str
    text: str

    def __post_init__(self) -> None:
        if not self.text.isprintable():  # every character _CONTROL matches is unprintable
            self.text = _CONTROL.sub(" ", self.text)  # wire control bytes would print as boxes


@dataclass
class Row:
    """One horizontal band of the script. Single-column layouts use `right` only."""

    left: list[Para] = field(default_factory=list)
    right: list[Para] = field(default_factory=list)
    keep_together: bool = False  # a soundbite block: never split across pages
    keep_with_next: bool = False  # a cue: never alone at the bottom of a page

    @property
    def splittable(self) -> bool:
        """Read copy may break between sentences (never inside one)."""
        return not self.keep_together and len(self.right) == 1 and self.right[0].role == "read"


@dataclass
class Script:
    story: Story
    rows: list[Row]
    columns: int  # 2 = split page, 1 = single column
    header_left: list[str]
    header_right: list[str]  # "{page}" is replaced by "PAGE x OF y"
    end_mark: str | None
    more_mark: str


_WORD = regex.compile(r"\S+")
def first_words(text: str, n: int = 3) -> str:
    return " ".join(_WORD.findall(text)[:n])


def last_words(text: str, n: int = 3) -> str:
    return " ".join(_WORD.findall(text)[-n:])


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


_PARENS = re.compile(r"\(([^()]*)\)")


def upper_keeping_pronouncers(text: str) -> str:
    """ALL CAPS read copy, but a pronouncer guide keeps its case: (kee-SHEE-dah) marks stress in capitals."""
    out, pos = [], 0
    for m in _PARENS.finditer(text):
        if is_pronouncer_guide(m[1]):
            out += [text[pos : m.start()].upper(), m[0]]
            pos = m.end()
    out.append(text[pos:].upper())
    return "".join(out)


def story_slug(story: Story) -> str:
    slug = story.slug or (Path(story.source).stem if story.source not in ("", "-") else "STORY")
    return str(slug).upper()


_ISO_DAY = regex.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ])")


def story_date(story: Story) -> str | None:
    """The story's own date (DATE: header, else the wire's issue date), never the wall clock."""
    raw = story.header.date
    if not raw:
        return None
    m = _ISO_DAY.match(str(raw).strip())
    return f"{m[1]}-{m[2]}-{m[3]}" if m and "date" not in story.metadata else str(raw)


def header_fields(story: Story, style: Style, label: str | None) -> tuple[list[str], list[str]]:
    """Header texts from the story's own metadata (never the wall clock)."""
    meta = story.metadata
    values = {
        "label": label,
        "slug": story_slug(story),
        "talent": str(meta["talent"]).upper() if meta.get("talent") else None,
        "show": str(meta["show"]).upper() if meta.get("show") else None,
        "date": story_date(story),
        "page": "{page}",
        "total": f"TOTAL {format_duration(story.total_seconds)}",
        "read": f"READ {format_duration(story.read_seconds)}",
        "media": f"MEDIA {format_duration(story.media_seconds)}",
    }
    left, right = [], []
    for name in style["header.fields"]:
        value = values[name]
        if value:
            (right if name in ("page", "total", "read", "media") else left).append(value)
    return left, right


class _Builder:
    """Walks the segments; the `handlers` table names the method for each segment kind."""

    columns = 1

    def __init__(self, story: Story, style: Style):
        self.story, self.style = story, style
        self.segments = fold_bite_pieces(story.segments)  # each tape block whole (a parsed story may hold pieces)
        self.rows: list[Row] = []
        self.upper = style["text.read_case"] == "upper"
        self.transcript = style["text.transcript"]
        self.super_upper = style["text.super_case"] == "upper"
        self.handlers = {Narration.kind: self.narration, Soundbite.kind: self.soundbite, Cue.kind: self.cue}
        self.index = 0  # position of the segment being laid out
        self.joined: set[int] = set()  # SOT/PKG cues that open the next bite's block
        self.finishing: set[int] = set()  # cues that finish the tape block before them (OUT:, RUNS)
        self.story_reader = story.header.talent
        self.reader = self.story_reader  # who reads now: co-anchor copy switches it
        self.tape_row: Row | None = None  # the last tape block, while no read copy follows it

    def build(self) -> list[Row]:
        self.joined = cues_before_tape(self.segments)
        self.finishing = cues_after_tape(self.segments)
        for self.index, seg in enumerate(self.segments):
            handler = self.handlers.get(seg.kind)
            if handler is None:  # a new model kind without a layout: a bug, never a dropped segment
                raise TypeError(f"{type(self).__name__} has no layout for segment kind {seg.kind!r}")
            if self.index in self.finishing and self.tape_row is not None:
                self.finish_tape(seg)
                continue
            handler(seg)
        self.finish()
        return self.rows

    def finish_tape(self, seg: Segment) -> None:
        """A cue that belongs to the tape block before it: its OUT or RUNS line, a description."""
        assert self.tape_row is not None
        if isinstance(seg, Cue) and only_runs(seg):
            return  # the block's RUNS line says it already
        out = out_cue_of(seg) if isinstance(seg, Cue) else None
        if out and not any(p.text.startswith("OUT:") for p in self.tape_row.right):
            self.tape_row.right.append(Para("sot", f"OUT: “…{out.upper()}”"))  # where the anchor comes back in
        elif self.columns == 2:
            self.tape_row.left.append(Para("cue", self.cue_text(seg)))
        else:
            self.tape_row.right.append(Para("cue", f"[{self.cue_text(seg)}]"))

    def new_reader(self, seg: Narration) -> str | None:
        """The anchor who takes over with this copy (`MARK:`; no talent = the story's), in capitals;
        None when the reader stays."""
        reader = seg.talent or self.story_reader
        if not reader or (self.reader or "").casefold() == reader.casefold():
            return None
        self.reader = reader
        return reader.upper()

    def narration(self, seg: Narration) -> None:
        reader = self.new_reader(seg)
        if reader:  # radio: [MARK]; the prompter: (MARK), so each anchor sees their own lines
            mark = Para("cue", f"[{reader}]") if self.style["layout"] == "single" else Para("direction", f"({reader})")
            self.rows.append(Row(right=[mark], keep_with_next=True))
        self.rows += [Row(right=[Para("read", self.read(text))]) for text in paragraphs(seg.text)]
        self.tape_row = None

    def soundbite(self, seg: Soundbite) -> None:
        raise NotImplementedError

    def cue(self, seg: Cue) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        pass

    def read(self, text: str) -> str:
        return upper_keeping_pronouncers(text) if self.upper else text

    def super_text(self, text: str) -> str:
        return text.upper() if self.super_upper else text

    def transcript_para(self, seg: Soundbite) -> list[Para]:
        """What the speaker says, in the speaker's own case (a name stays `Japan`)."""
        if self.transcript == "omit" or not seg.text.strip():
            return []
        return [Para("transcript", f"(({' '.join(seg.text.split())}))")]

    def runs(self, seg: Soundbite) -> str:
        return "RUNS " + tape_runs(seg.seconds, seg.estimated)

    def in_out(self, seg: Soundbite) -> tuple[str, str]:
        """IN and OUT cues in capitals without the wire's edge punctuation; "" when the copy gives none."""
        return clean_cue(seg.in_cue or first_words(seg.text)).upper(), clean_cue(seg.out_cue or last_words(seg.text)).upper()

    def cue_paras(self, seg: Soundbite) -> list[Para]:
        in_cue, out_cue = self.in_out(seg)
        head = [Para("sot", f"IN: “{in_cue}…”")] if in_cue else []
        tail = [Para("sot", f"OUT: “…{out_cue}”")] if out_cue else []
        return head + self.transcript_para(seg) + tail

    @staticmethod
    def cue_text(seg: Cue) -> str:
        return " ".join(seg.text.split()).upper() or seg.original.upper()

    @staticmethod
    def direction(seg: Cue) -> str:
        text = " ".join(seg.text.split()) or "pause"
        return f"({text.upper()})"


class SplitBuilder(_Builder):
    """TV split page: crew column on the left, read copy on the right."""

    columns = 2

    def __init__(self, story: Story, style: Style):
        super().__init__(story, style)
        self.pending: list[Para] = []  # cues waiting for the copy they go with
        self.take_given = False  # a TAKE SOT/PKG cue in `pending` opens the next bite
        self.on_cam = True  # next read copy starts with the talent on camera

    def narration(self, seg: Narration) -> None:
        self.tape_row = None
        reader = self.new_reader(seg)
        for i, text in enumerate(paragraphs(seg.text)):
            left: list[Para] = []
            if i == 0:
                if (self.on_cam or reader) and not self.pending:
                    left.append(Para("cue", f"{(self.reader or 'ANCHOR').upper()} ON CAM"))
                elif reader:
                    left.append(Para("cue", reader))  # a co-anchor reads over the video: say who
                left += self.pending
                left.append(Para("time", f"READ {format_duration(seg.seconds)}"))
                self.pending, self.on_cam = [], False
            self.rows.append(Row(left=left, right=[Para("read", self.read(text))]))

    def soundbite(self, seg: Soundbite) -> None:
        label = tape_label(seg)
        left = self.pending + ([] if self.take_given else [Para("cue", f"TAKE {label}")])
        if seg.speaker:
            left.append(Para("super", "SUPER: " + self.super_text(seg.speaker.name)))
            if seg.speaker.title:
                left.append(Para("super", self.super_text(seg.speaker.title)))
        left.append(Para("time", self.runs(seg)))
        marker = Para("sot", f"({label} {tape_runs(seg.seconds, seg.estimated)})")
        self.tape_row = Row(left=left, right=[marker, *self.cue_paras(seg)], keep_together=True)
        self.rows.append(self.tape_row)
        self.pending, self.on_cam, self.take_given = [], True, False

    def cue(self, seg: Cue) -> None:
        if seg.is_speaker_direction:
            self.rows.append(Row(left=self.pending, right=[Para("direction", self.direction(seg))], keep_with_next=True))
            self.pending = []
            return
        if is_tape_cue(seg) and self.index not in self.joined:
            self.tape_cue(seg)
            return
        self.pending.append(Para("cue", self.cue_text(seg)))
        self.take_given = self.take_given or is_tape_cue(seg)
        if seg.cue_type in ("CAMERA", "VO", "PKG", "LIVE"):
            self.on_cam = False

    def tape_cue(self, seg: Cue) -> None:
        """A SOT/PKG the copy gives only as a cue: its own block, a marker where the anchor stops."""
        runs = cue_runs(seg)
        left = self.pending + [Para("cue", self.cue_text(seg))]
        if runs is not None:
            left.append(Para("time", "RUNS " + tape_runs(runs)))
        marker = f"({seg.cue_type.upper()}" + (f" {tape_runs(runs)})" if runs is not None else ")")
        self.tape_row = Row(left=left, right=[Para("sot", marker)], keep_together=True)
        self.rows.append(self.tape_row)
        self.pending, self.on_cam, self.take_given = [], True, False

    def finish(self) -> None:
        if self.pending:
            self.rows.append(Row(left=self.pending))


class SingleBuilder(_Builder):
    """Radio: one column; cues in capitals in brackets; actualities as ACT blocks."""

    def soundbite(self, seg: Soundbite) -> None:
        who = ""
        if seg.speaker:
            who = ": " + self.super_text(seg.speaker.name) + (f", {self.super_text(seg.speaker.title)}" if seg.speaker.title else "")
        right = [Para("cue", f"[{tape_label(seg, radio=True)}{who}]"), *self.cue_paras(seg), Para("time", self.runs(seg))]
        self.tape_row = Row(right=right, keep_together=True)
        self.rows.append(self.tape_row)

    def cue(self, seg: Cue) -> None:
        if seg.is_speaker_direction:
            self.rows.append(Row(right=[Para("direction", self.direction(seg))], keep_with_next=True))
            return
        right = [Para("cue", f"[{self.cue_text(seg)}]")]
        runs = cue_runs(seg) if is_tape_cue(seg) and self.index not in self.joined else None
        if runs is not None:
            right.append(Para("time", "RUNS " + tape_runs(runs)))
        row = Row(right=right, keep_together=runs is not None, keep_with_next=runs is None)
        self.tape_row = row if is_tape_cue(seg) and self.index not in self.joined else self.tape_row
        self.rows.append(row)


class PrompterBuilder(_Builder):
    """Read copy only: crew cues dropped, (PAUSE)-style directions kept where they are, and a
    placeholder line for every tape item (bites and packages) so the anchor knows to stop."""

    last_mark: Row | None = None  # the placeholder row of the last tape item

    def soundbite(self, seg: Soundbite) -> None:
        self.tape_row = Row()
        if self.style["prompter.soundbite_marks"]:
            _, out_cue = self.in_out(seg)
            mark = f"({tape_label(seg)} {tape_runs(seg.seconds, seg.estimated)}" + (f" · OUT: “…{out_cue}”)" if out_cue else ")")
            self.tape_row = self.last_mark = Row(right=[Para("direction", mark)], keep_with_next=True)
            self.rows.append(self.tape_row)

    def cue(self, seg: Cue) -> None:
        if seg.is_speaker_direction:
            self.rows.append(Row(right=[Para("direction", self.direction(seg))], keep_with_next=True))
        elif is_tape_cue(seg) and self.index not in self.joined:
            self.tape_row = Row()
            if self.style["prompter.soundbite_marks"]:
                runs = cue_runs(seg)
                mark = f"({seg.cue_type.upper()}" + (f" {tape_runs(runs)})" if runs is not None else ")")
                self.tape_row = self.last_mark = Row(right=[Para("direction", mark)], keep_with_next=True)
                self.rows.append(self.tape_row)

    def finish_tape(self, seg: Segment) -> None:
        """Crew lines of a tape block are not prompted; a separate OUT line goes into the placeholder."""
        out = out_cue_of(seg) if isinstance(seg, Cue) else None
        mark = self.rows[-1].right[0] if self.tape_row is self.last_mark and self.rows else None
        if out and mark is not None and "OUT:" not in mark.text:
            mark.text = mark.text[:-1] + f" · OUT: “…{out.upper()}”)"


BUILDERS = {"split": SplitBuilder, "single": SingleBuilder, "prompter": PrompterBuilder}


def build_script(story: Story, style: Style, label: str | None = None) -> Script:
    builder = BUILDERS[style["layout"]](story, style)
    rows = builder.build()
    left, right = header_fields(story, style, label)
    end = style["marks.end"]
    return Script(story, rows, builder.columns, left, right, None if end == "none" else end, style["marks.more"])


def build_scripts(stories: list[Story], style: Style, page_labels: list[str | None] | None) -> list[Script]:
    labels = list(page_labels or [])
    labels += [None] * (len(stories) - len(labels))
    return [build_script(story, style, label) for story, label in zip(stories, labels)]
