"""Captions from the script (SRT and WebVTT), timed by the script's own timing.

This is the newsroom's script-based captioning: no audio is heard, so
the times come from the script. Read copy takes the talent's read rate (what timing put
in each segment's seconds, spread over its words by how many words each one is spoken
as); a soundbite takes its given length and is captioned from its transcript, or shows a
`[SOT: NAME]` label for its length when the copy has no transcript; a (pause) leaves a
gap; crew cues take no time and show nothing. The last caption ends at the story's total
time; with several stories (--combine) each starts where the one before ended.

A co-anchor's line and a soundbite start a new caption (another voice).

One cue breaker serves both formats: a caption holds at most two lines of 42 characters
and lasts at most six seconds; the text breaks where a captioner would — at the end of a
sentence, then after a comma or colon, then before a conjunction or a preposition, never
after an article — chosen for the whole block at once (dynamic programming over the
break points, linear in the words since a caption holds a bounded number of them).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from scriptfmt.model import Cue, Narration, Soundbite, Story
from scriptfmt.output import write_text_atomic
from scriptfmt.sentences import is_sentence_end
from scriptfmt.spoken import count_spoken_words, is_pronouncer_guide
from scriptfmt.styles import Style

MAX_CHARS = 42  # a line: the online/WebVTT limit (CEA-608 would be 32)
MAX_SECONDS = 6.0
MIN_SECONDS = 1.0

# Break quality after a word / before the next one (lower is better)
_CLAUSE_END = re.compile(r"[,;:\u2013\u2014][\"'\u201d\u2019)\]]*$")
_BEFORE = {
    **dict.fromkeys("and but or nor so yet because although though while whereas which who whom whose where when that if unless until since".split(), 2),
    **dict.fromkeys("in on at to for with from by about after before during over under into onto against between through without among across".split(), 3),
}
_NEVER_AFTER = set("a an the of to my your his her its our their this that these those mr. mrs. ms. dr. and or".split())
_PARENS = re.compile(r"\(([^()]*)\)")


@dataclass
class Caption:
    start: float  # seconds from the start of the first story
    end: float
    lines: list[str]


@dataclass
class _Block:
    """Words spoken by one voice without a pause, each with its start and end time."""

    words: list[str] = field(default_factory=list)
    times: list[tuple[float, float]] = field(default_factory=list)
    label: str | None = None  # a tape label shown for the whole block instead of words


@functools.lru_cache(maxsize=4096)
def _weight(word: str) -> int:
    """How long a word takes, in spoken words ("1,200" is three); at least one."""
    return max(1, count_spoken_words(word))


def caption_words(text: str) -> list[str]:
    """The words a viewer should see: pronouncer guides dropped, long tokens cut to fit a line."""
    text = _PARENS.sub(lambda m: " " if is_pronouncer_guide(m[1]) else m[0], text)
    words: list[str] = []
    for word in text.split():
        words += [word[i : i + MAX_CHARS] for i in range(0, len(word), MAX_CHARS)]
    return words


def _timed(words: list[str], start: float, seconds: float) -> list[tuple[float, float]]:
    weights = [_weight(w) for w in words]
    total, times, clock = sum(weights), [], start
    for weight in weights:
        end = clock + seconds * weight / total
        times.append((clock, end))
        clock = end
    return times


def _tape_label(seg: Soundbite) -> str:
    """[SOT: NAME] whatever the copy calls the tape (ACT, PKG …): one label viewers and captioners know."""
    return f"[SOT: {seg.speaker.name.upper()}]" if seg.speaker else "[SOT]"


def timeline(stories: list[Story]) -> list[_Block]:
    """The stories as blocks of timed words (or tape labels), in order, back to back."""
    blocks: list[_Block] = []
    open_read: _Block | None = None  # read copy continues across zero-time crew cues
    reader: str | None = None  # who reads open_read: a co-anchor's line starts a new caption
    clock = 0.0
    for story in stories:
        story_start, first_block = clock, len(blocks)
        for seg in story.segments:
            if isinstance(seg, Narration):
                words = caption_words(seg.text)
                if words:
                    if open_read is None or seg.talent != reader:
                        open_read, reader = _Block(), seg.talent
                        blocks.append(open_read)
                    open_read.words += words
                    open_read.times += _timed(words, clock, seg.seconds)
            elif isinstance(seg, Soundbite):
                open_read = None
                words = caption_words(seg.text)
                if words:
                    blocks.append(_Block(words, _timed(words, clock, seg.seconds)))
                elif seg.seconds > 0:
                    blocks.append(_Block(times=[(clock, clock + seg.seconds)], label=_tape_label(seg)))
            elif isinstance(seg, Cue) and seg.seconds > 0:
                open_read = None  # a pause ends the phrase
            clock += 0 if seg.in_package else seg.seconds
        clock = story_start + story.total_seconds
        open_read = None
        if len(blocks) > first_block:
            start, _ = blocks[-1].times[-1]
            blocks[-1].times[-1] = (start, max(clock, blocks[-1].times[-1][1]))  # end at the story's total
    return blocks


def break_penalty(words: list[str], j: int) -> float:
    """Cost of ending a caption (or a line) after words[j-1]."""
    if j >= len(words) or is_sentence_end(words[j - 1]):
        return 0.0
    before, after = words[j - 1], words[j]
    if before.lower() in _NEVER_AFTER:
        return 12.0
    if _CLAUSE_END.search(before):
        return 1.0
    cost = float(_BEFORE.get(after.lower(), 8))
    if before[:1].isupper() and after[:1].isupper() and not (before.isupper() and after.isupper()):
        cost += 4  # inside a name (in mixed-case copy; ALL-CAPS copy cannot tell)
    return cost


class _Breaker:
    """The cue breaker for one block: break costs and word widths computed once, so trying a
    caption is arithmetic rather than string building."""

    def __init__(self, block: _Block):
        self.words, self.times = block.words, block.times
        self.penalty = [0.0] + [break_penalty(self.words, j) for j in range(1, len(self.words) + 1)]
        self.prefix = [0]
        for word in self.words:
            self.prefix.append(self.prefix[-1] + len(word))

    def width(self, i: int, j: int) -> int:
        """Characters of words[i:j] joined by spaces."""
        return self.prefix[j] - self.prefix[i] + (j - i - 1)

    def split(self, i: int, j: int) -> tuple[float, int] | None:
        """Where words[i:j] break into two lines (j = one line) and that split's cost; None if it cannot fit."""
        if self.width(i, j) <= MAX_CHARS:
            return 0.0, j
        best: tuple[float, int] | None = None
        for k in range(i + 1, j):
            top, bottom = self.width(i, k), self.width(k, j)
            if top > MAX_CHARS:
                break
            if bottom <= MAX_CHARS:
                cost = self.penalty[k] * 3 + abs(top - bottom) / 4
                if best is None or cost < best[0]:
                    best = (cost, k)
        return best

    def cue_cost(self, i: int, j: int) -> float | None:
        seconds = self.times[j - 1][1] - self.times[i][0]
        if j - i > 1 and seconds > MAX_SECONDS:
            return None
        split = self.split(i, j)
        if split is None:
            return None
        short = max(0.0, MIN_SECONDS - seconds) * 20
        return 1.0 + self.penalty[j] + short + split[0] / 6

    def lines(self, i: int, j: int) -> list[str]:
        k = (self.split(i, j) or (0.0, j))[1]
        return [" ".join(self.words[a:b]) for a, b in ((i, k), (k, j)) if b > a]

    def captions(self) -> list[tuple[int, int]]:
        """Word ranges of the captions: the cheapest chain of breaks."""
        n = len(self.words)
        best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * n
        for j in range(1, n + 1):
            for i in range(j - 1, -1, -1):
                cost = self.cue_cost(i, j)
                if cost is None:
                    break  # a longer caption would not fit either
                if best[i][0] + cost < best[j][0]:
                    best[j] = (best[i][0] + cost, i)
        ranges, j = [], n
        while j > 0:
            ranges.append((best[j][1], j))
            j = best[j][1]
        return ranges[::-1]


def _label_captions(block: _Block) -> list[Caption]:
    """A tape label for the tape's length, repeated in equal parts of at most six seconds."""
    start, end = block.times[0]
    parts = max(1, math.ceil((end - start) / MAX_SECONDS - 1e-9))
    step = (end - start) / parts
    return [Caption(start + k * step, start + (k + 1) * step if k < parts - 1 else end, [block.label or ""]) for k in range(parts)]


def build_captions(stories: list[Story]) -> list[Caption]:
    captions: list[Caption] = []
    for block in timeline(stories):
        if block.label is not None:
            captions += _label_captions(block)
            continue
        breaker = _Breaker(block)
        for i, j in breaker.captions():
            captions.append(Caption(block.times[i][0], block.times[j - 1][1], breaker.lines(i, j)))
    return captions


def _milliseconds(captions: list[Caption]) -> list[tuple[int, int, list[str]]]:
    """Whole milliseconds, in order and never overlapping, each shown a second where it can be."""
    cues: list[list] = []
    for cap in captions:
        start = max(round(cap.start * 1000), cues[-1][1] if cues else 0)
        end = round(cap.end * 1000)
        if end > start:
            cues.append([start, end, cap.lines])
    _lengthen_short(cues, round(MIN_SECONDS * 1000))
    return [(start, end, lines) for start, end, lines in cues]


def _lengthen_short(cues: list[list], least: int) -> None:
    """A caption under a second (a two-word sentence) takes time from a gap after it, else from
    a neighbour that can spare it: readers need a second to see it, the neighbour stays a second."""
    for k, cue in enumerate(cues):
        short = least - (cue[1] - cue[0])
        if short <= 0:
            continue
        after = cues[k + 1] if k + 1 < len(cues) else None
        gap = (after[0] - cue[1]) if after else 0
        take = min(short, gap)
        cue[1] += take
        short -= take
        if short > 0 and after and after[1] - after[0] - short >= least and after[0] == cue[1]:
            cue[1] = after[0] = cue[1] + short
            continue
        before = cues[k - 1] if k else None
        if short > 0 and before and before[1] == cue[0] and before[1] - before[0] - short >= least:
            before[1] = cue[0] = cue[0] - short


def _stamp(ms: int, sep: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{sep}{millis:03d}"


def _clean(line: str) -> str:
    return line.replace("-->", "->")  # the timing arrow must not appear in a cue's text


def srt_text(captions: list[Caption]) -> str:
    cues = [
        f"{n}\n{_stamp(a, ',')} --> {_stamp(b, ',')}\n" + "\n".join(_clean(x) for x in lines) + "\n"
        for n, (a, b, lines) in enumerate(_milliseconds(captions), 1)
    ]
    return "\n".join(cues)


def vtt_text(captions: list[Caption]) -> str:
    def escape(line: str) -> str:
        return _clean(line).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    cues = [f"{_stamp(a, '.')} --> {_stamp(b, '.')}\n" + "\n".join(escape(x) for x in lines) + "\n" for a, b, lines in _milliseconds(captions)]
    return "WEBVTT\n\n" + "\n".join(cues)


def write_srt(stories: list[Story], style: Style, out: Path, *, page_labels: list[str | None] | None = None) -> int:
    """Write SubRip captions (UTF-8). Returns the number of stories."""
    write_text_atomic(Path(out), srt_text(build_captions(stories)))
    return len(stories)


def write_vtt(stories: list[Story], style: Style, out: Path, *, page_labels: list[str | None] | None = None) -> int:
    """Write WebVTT captions (UTF-8). Returns the number of stories."""
    write_text_atomic(Path(out), vtt_text(build_captions(stories)))
    return len(stories)


def write_captions(stories: list[Story], style: Style, out: Path, *, page_labels: list[str | None] | None = None) -> int:
    """SRT or WebVTT by the extension of `out` (callers writing to a temporary name use write_srt/write_vtt)."""
    writer = write_vtt if Path(out).suffix.lower() == ".vtt" else write_srt
    return writer(stories, style, out, page_labels=page_labels)
