"""One paragraph as the attribution sieve reads it: tokenised once, with its sentence ends,
mentions and quotations, and the lookups the rules need (all by bisection: linear overall)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from scriptfmt.parse.people import Mention
from scriptfmt.parse.speakers import Token


@dataclass(eq=False, repr=False)
class View:
    """One paragraph, tokenised once: tokens, sentence ends, mentions, quotations."""

    text: str
    index: int
    line: int
    toks: list[Token]
    starts: list[int]
    ends: list[int]  # tokens that end a sentence
    first_sentence: int  # story-wide number of the paragraph's first sentence
    base: int  # story-wide position of the first token
    mentions: list[Mention]  # the capitalised ones; lower-case anaphors are read on demand
    quotes: list  # QuoteSpan
    caps: bool
    scanner: object  # parse.mentions.Scanner, for lower-case anaphors
    _mstarts: list[int] = field(default_factory=list)
    _qstarts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._mstarts = [m.start for m in self.mentions]
        self._qstarts = [q.start for q in self.quotes]

    def tok(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        """Every mention starting in toks[a:b], pronouns and role nouns included."""
        k = bisect.bisect_left(self._mstarts, a)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < b:
            out.append(self.mentions[k])
            k += 1
        taken = {t for m in out for t in range(m.start, m.end)}
        lower = [m for m in self.scanner.lower_mentions(self.toks, a, b) if m.start not in taken and not self.quoted(m.start)]
        if not lower:
            return out
        self.scanner.place(lower, self.first_sentence, self.base, self.ends)
        return sorted(out + lower, key=lambda m: m.start)

    def quoted(self, k: int) -> bool:
        """Is toks[k] inside a quotation (the speaker's words, not the story's)?"""
        char = self.starts[k]
        j = bisect.bisect_right(self._qstarts, char) - 1
        return j >= 0 and char < self.quotes[j].end

    def clause_start(self, first: int, floor: int) -> int:
        """First token of the sentence that toks[first - 1] is in (not before `floor`)."""
        if first <= floor:
            return first
        j = bisect.bisect_left(self.ends, first - 1)
        start = self.ends[j - 1] + 1 if j > 0 else 0
        return max(start, floor, first - 40)

    def sentence_end(self, a: int) -> int:
        """The token after the end of the sentence toks[a] is in."""
        j = bisect.bisect_left(self.ends, a)
        return self.ends[j] + 1 if j < len(self.ends) else len(self.toks)


def mentions_from(scanner, toks: list[Token], k: int, end: int, caps: bool) -> list[Mention]:
    """The mentions of a short run read outside the paragraph scan (the words after a quotation: `-- Rafael Nadal on …`,
    `The words were those of Mary Conlon`), from toks[k] up to toks[end], placed in the tracker's sentence."""
    found: list[Mention] = []
    while k < end:
        k = max(scanner.mention_at(toks, k, caps, found), k + 1)
    for m in found:
        m.sentence, m.pos = scanner.tracker.sentence, scanner.tracker.base
    return found
