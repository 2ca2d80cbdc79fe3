"""Broadcast copy checks: what a copy editor flags in read copy before it goes to air.

    lint_story(story, source_text) -> list[Finding]   (sorted by line)

Rules (broadcast writing style), on narration only (soundbites are on tape, cues are not read):
- long-sentence:  a sentence over 25 words (one idea per sentence, ~20 words is the aim)
- time-element:   "yesterday" / "tomorrow" (the copy may air on another day)
- late-attribution: a quote of more than 10 words followed by who said it
                  (the listener must know who speaks before the quote)
- long-quote:     the anchor reads a quote of more than two sentences
                  (keep quotes to one or two sentences, then re-identify the speaker)
Linear time: sentences and quotes are found by single passes with bounded patterns.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from scriptfmt.model import Narration, Soundbite, Story
from scriptfmt.saying import saying_verbs
from scriptfmt.sentences import sentences

MAX_SENTENCE_WORDS = 25
LONG_QUOTE_WORDS = 10
MAX_QUOTE_SENTENCES = 2

_WORD = regex.compile(r"[\p{L}\p{N}]++(?:['’.,-][\p{L}\p{N}]++)*+")
_TIME_WORDS = regex.compile(r"(?<![\p{L}])(yesterday|tomorrow)(?![\p{L}])", regex.IGNORECASE)
_QUOTE = regex.compile(r"[\"“]([^\"“”\n]{1,2000}+)[\"”]")
_WHO = r"[\p{Lu}][\p{L}.'’-]*+(?:\s++[\p{Lu}][\p{L}.'’-]*+){0,3}+"


@lru_cache(maxsize=1)
def _attribution() -> tuple[regex.Pattern, regex.Pattern]:
    """(after a quote, at the start of narration): `, said Ruiz` / `Ruiz said` / `according to`.
    The verbs of saying are the parser's, from styles/speech.toml."""
    said = "(?:" + "|".join(sorted(map(regex.escape, saying_verbs()), key=len, reverse=True)) + ")"
    after = regex.compile(r"\s*+,?\s*+(?:" + said + r"\b|(?:he|she|they|it|" + _WHO + r")\s++" + said + r"\b|according\s+to\b)")
    start = regex.compile(r"\s*+[,.]?\s*+(?:" + said + r"\b|(?:he|she|they|" + _WHO + r")\s++" + said + r"\b)")
    return after, start


@dataclass(frozen=True)
class Finding:
    line: int
    rule: str
    message: str


def words(text: str) -> int:
    """Written words: "U.S.", "1,384,234" and "low-level" are one word each."""
    return sum(1 for _ in _WORD.finditer(text))


class LineFinder:
    """Maps a piece of segment text to its line in the copy; falls back to the segment's line."""

    def __init__(self, source_text: str | None):
        self.text = source_text or ""
        self.starts = [0] + [m.end() for m in regex.finditer("\n", self.text)]

    def line(self, snippet: str, seg_line: int, paragraph: int, span: int = 0) -> int:
        probe = " ".join(snippet.split()[:6])[:60]
        if self.text and probe and seg_line > 0:
            begin = self.starts[min(seg_line - 1, len(self.starts) - 1)]
            at = self.text.find(probe, begin, begin + 2 * span + 4000)  # bounded: linear overall
            if at >= 0:
                return bisect_right(self.starts, at)
        return max(seg_line, 1) + paragraph if seg_line else 0


def _paragraphs(text: str) -> list[tuple[int, int, str]]:
    """(index, offset, paragraph) for the "\\n\\n"-separated paragraphs of a segment."""
    out, pos = [], 0
    for i, para in enumerate(text.split("\n\n")):
        out.append((i, pos, para))
        pos += len(para) + 2
    return out


def lint_story(story: Story, source_text: str | None = None, max_words: int = MAX_SENTENCE_WORDS) -> list[Finding]:
    """Findings for the narration of `story`, sorted by line."""
    finder = LineFinder(source_text)
    found: list[Finding] = []
    segments = story.segments
    for index, seg in enumerate(segments):
        if not isinstance(seg, Narration) or not seg.text.strip():
            continue
        for p_index, _offset, para in _paragraphs(seg.text):
            for _s_off, sentence in sentences(para):
                where = finder.line(sentence, seg.line, p_index, len(seg.text))
                n = words(sentence)
                if n > max_words:
                    found.append(Finding(where, "long-sentence", f"sentence has {n} words (over {max_words}): break it up, one idea per sentence"))
                for m in _TIME_WORDS.finditer(sentence):
                    found.append(Finding(where, "time-element", f"'{m.group(1)}' dates the copy: it may air another day; use the day or present tense"))
            for m in _QUOTE.finditer(para):
                quote = m.group(1)
                where = finder.line(para[m.start() : m.start() + 80].lstrip("\"“"), seg.line, p_index, len(seg.text))
                n_sent = len(sentences(quote))
                n_words = words(quote)
                if n_sent > MAX_QUOTE_SENTENCES:
                    found.append(Finding(where, "long-quote", f"the anchor reads a {n_sent}-sentence quote: keep it to one or two sentences, then re-identify the speaker (or run it as a soundbite)"))
                if n_words > LONG_QUOTE_WORDS and _attribution()[0].match(para[m.end() : m.end() + 120]):
                    found.append(Finding(where, "late-attribution", f"attribution after a {n_words}-word quote: say who is speaking first (\"Kishida says ...\")"))
        # a soundbite followed by narration that only then says who spoke
        prev = segments[index - 1] if index else None
        if isinstance(prev, Soundbite) and words(prev.text) > LONG_QUOTE_WORDS and _attribution()[1].match(seg.text[:120]):
            found.append(Finding(finder.line(seg.text, seg.line, 0), "late-attribution", f"attribution after a {words(prev.text)}-word soundbite: name the speaker in the lead-in instead"))
    found.sort(key=lambda f: f.line)
    return found
