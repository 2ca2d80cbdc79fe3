"""The copy's shape, which says who reads it: the first of SHAPES, tried top-down, whose test holds.

A shape with a reader here hands the story builder units (parse/units.py); `script` and `story` are read by
parse/story.py itself (script markup, paragraphs of prose). The order is the design: a more particular layout
is tried before a looser one that would also take it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from scriptfmt.parse import columns, dashlabels, interview, markedpage, markup, pagekind, pressqa, shotlist, transcript
from scriptfmt.parse.cues import Vocabulary
from scriptfmt.parse.quotes import dash_reported

__all__ = ["Copy", "Shape", "SHAPES", "choose"]


@dataclass(frozen=True)
class Copy:
    """What a shape's test looks at: the copy's lines, where its body starts (after header and slug), where
    its slug line was (`head`), the header's fields and the desk's vocabulary."""

    lines: list[str]
    start: int
    head: int
    metadata: dict
    vocab: Vocabulary

    @property
    def body(self) -> list[str]:
        return self.lines[self.start :]


@dataclass(frozen=True)
class Shape:
    name: str
    applies: Callable[[Copy], bool]
    read: Callable | None  # (lines, start, metadata, warnings) -> units; None: parse/story.py reads it


def _script(copy: Copy) -> bool:
    """Two or more lines of script markup, unless the labelled turns outrank them (a transcript's)."""
    return markup.looks_like_script(copy.lines[copy.head :], copy.vocab) and not transcript.outranks_script(copy.body, copy.metadata)


def _dash_story(copy: Copy) -> bool:
    """A story writing direct speech with a dialogue dash that carries its attribution (`— … — perguntou, …`)."""
    return any(dash_reported(raw) for raw in copy.body)


def _one_speaker_record(copy: Copy) -> bool:
    """The page announces a press conference or a speech (parse/pagekind.py): the record of its speaker, not a printed Q&A.
    A question that names one (`Más allá del discurso, ¿qué cree usted …?`) is the outlet's first question, no title."""
    kind = pagekind.page_kind(copy.body, copy.metadata)
    return kind.kind in ("press_conference", "speech") and not any(mark in kind.text for mark in "?¿") and not _told_in_passing(kind.text)


_PASSING_WORDS = 40


def _told_in_passing(text: str) -> bool:
    """The word that names a speech comes in a standfirst's story, not a title (`… Quanto ao Mundial, mantém o discurso
    cauteloso …`, over forty words and two sentences or more): the page is not announced as the record of a speech."""
    ends = sum(1 for n, ch in enumerate(text) if ch in ".!" and (n + 1 == len(text) or text[n + 1] == " "))
    return len(text.split()) > _PASSING_WORDS and ends >= 2


SHAPES: tuple[Shape, ...] = (
    # VIDEO | AUDIO, CONTROL | LOCUTOR cells one to a line: the columns say what each line is
    Shape("columns", lambda copy: columns.headings_end(copy.body) is not None, columns.read),
    # an agency shotlist (shot cues, SOUNDBITE bites, a STORYLINE read): before a script, whose markup it has
    Shape("shotlist", lambda copy: shotlist.looks_like_shotlist(copy.body), shotlist.read),
    # a Korean, Chinese or Japanese script or transcript read by its desk's marks (`◀ 앵커 ▶`, `【同期声】`, `▶김어준 :`;
    # parse/markedpage.py): before a script, whose markup (`[Soundbite]`) it shares
    Shape("broadcast marks", lambda copy: markedpage.looks_marked(copy.body), markedpage.read),
    # a TV or radio script (parse/markup.py)
    Shape("script", _script, None),
    # an interview's questions printed as plain paragraphs (parse/interview.py): before a transcript's labels
    # (never a page that announces a press conference or a speech: its record is a transcript's, parse/pagekind.py)
    # (never a story whose dialogue dashes carry their attribution, `— … — perguntou.`: parse/quotes.py)
    Shape("plain interview", lambda copy: interview.unlabelled(copy.body, copy.metadata) and not _one_speaker_record(copy) and not _dash_story(copy), interview.read),
    # a printed Q&A that labels its first exchange only, the turns after it bare (parse/pressqa.py): before a
    # transcript, whose evidence its labels also give
    Shape("press labels", lambda copy: pressqa.labels_stop(copy.body, copy.metadata), pressqa.read),
    # a Q&A whose turns' labels each follow the desk's dash (`– Ted Osius: …`; parse/dashlabels.py): before a transcript
    Shape("dashed labels", lambda copy: dashlabels.dashed_turns(copy.body, copy.metadata), dashlabels.read_dashed),
    # a transcript's labelled turns (parse/transcript.py)
    Shape("transcript", lambda copy: transcript.looks_like_transcript(copy.body, copy.metadata), transcript.read),
    # an interview's labelled questions and answers: read as a transcript's turns
    Shape("labelled interview", lambda copy: interview.labelled(copy.body, copy.metadata), transcript.read),
    # a printed Q&A under the press's labels (`DER SPIEGEL:` / `Gabriel:`) on every turn (parse/pressqa.py)
    Shape("press pair", lambda copy: pressqa.labelled_pair(copy.body, copy.metadata), pressqa.read),
    # a page that announces itself as a transcript, an interview, a press conference or a speech (parse/pagekind.py) and
    # shows turns, however few or however written: read as a transcript before the fail-safe of a story
    Shape("announced transcript", lambda copy: pagekind.announced_turns(copy.body, copy.metadata), transcript.read),
    # a page that announces a press conference, a speech or a transcript, labels no voice and speaks in one's own
    # (parse/pagekind.py unlabelled_record): that voice's record, read as a transcript's unlabelled statement
    Shape("unlabelled record", lambda copy: pagekind.unlabelled_record(copy.body, copy.metadata), transcript.read),
    # else a story: paragraphs of prose and quotations
    Shape("story", lambda copy: True, None),
)


def choose(copy: Copy) -> Shape:
    """The first shape whose test holds (the last, `story`, always does)."""
    return next(shape for shape in SHAPES if shape.applies(copy))
