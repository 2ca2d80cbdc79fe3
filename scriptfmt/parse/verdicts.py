"""What the attribution sieve (parse/attribution.py) reads and returns: the quotation in its
paragraph with what the story builder knows so far (Ctx, History), and the verdict (Verdict,
Said: a speaker with the rule that named them, or read copy)."""

from __future__ import annotations

from dataclasses import dataclass, field

from scriptfmt.model import Speaker
from scriptfmt.parse.people import Tracker
from scriptfmt.parse.speakers import SpeechWords
from scriptfmt.parse.view import View


@dataclass(frozen=True)
class Said:
    speaker: Speaker
    pid: str
    why: str


@dataclass(slots=True)
class Verdict:
    said: Said | None  # None: the quotation is read copy
    warning: str | None = None


@dataclass(eq=False, repr=False)
class History:
    """What the story builder knows before this quotation."""

    last: Said | None = None  # the latest soundbite's attribution
    last_bite_para: int = -10
    said_here: Said | None = None  # the previous quotation of this paragraph, if attributed
    prev_colon: bool = False  # the previous paragraph's narration ends with a colon
    prev_is_bite: bool = False  # the last segment so far is a soundbite
    after_attribution: bool = False  # ... or the attribution narration right after one
    prev_view: View | None = None
    written_para: int = -10  # the paragraph of the latest quotation read as written words
    writers: set = field(default_factory=set)  # pids of those whose words the copy said were written (parse/statements.py)
    recent: list = field(default_factory=list)  # the latest few paragraphs' views, this one last
    texts: list = field(default_factory=list)  # every prose paragraph's text (an Arabic name's fullest form: parse/uncased.py)
    speakers: set = field(default_factory=set)  # pids of everyone the story has given a bite so far (parse/paraphrase.py sole_speaker)
    known_at_bite: int = 0  # how many people the story had named at its latest bite


@dataclass(eq=False, repr=False)
class Ctx:
    view: View
    quote: object  # QuoteSpan
    first: int  # first token of the quotation
    after: int  # first token after it
    floor: int  # first token after the previous quotation
    inner: str  # the quoted words
    hist: History
    tracker: Tracker
    words: SpeechWords
    later: object = None  # callable(index) -> Verdict | None for closes_later
    next_text: str = ""  # the next paragraph (`-- Rafael Nadal on reaching …` names the quotation before it)
    below: object = None  # callable(Ctx) -> Verdict | None: the attribution that opens the next paragraph
