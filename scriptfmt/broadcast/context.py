"""Where a broadcast rewrite looks: candidate chunks of the copy and bounded looks around them.

Candidates are whole whitespace-free chunks found by one stdlib-re pattern anchored at
chunk starts (possessive runs, no backtracking); every look before or after a chunk
is a slice of a few dozen characters, so the rewrite stays linear in the copy.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

import regex

from scriptfmt.broadcast import numbers as N
from scriptfmt.broadcast.data import AbbreviationData

_FRACTION_CHARS = "½⅓⅔¼¾⅕⅛⅜⅝⅞"
_PREFIX_CHARS = "(\"“‘'[{«¿¡"
_SUFFIX_CHARS = ")\"”’']},;:!?»…"
_HAS_NUMBER = re.compile(r"[\d" + _FRACTION_CHARS + "]")

class _Rx:
    """Compiled patterns, each built on first use (CLI start-up never pays for them, and a story
    without numbers never pays for the number patterns)."""

    def __init__(self) -> None:
        # A chunk (whitespace-free run) needs a look when it holds a digit or symbol, an inner
        # period (U.S., a.m., fema.gov), two capitals (FBI, U-S, McCain), or is a short
        # capitalised word with a period (Sen., Calif.). Possessive runs: no backtracking.
        # stdlib re here: on whole texts it scans several times faster than `regex`.
        sym = r"\d$€£¥%&°¢" + _FRACTION_CHARS
        upper = "A-ZÀ-ÖØ-Þ"
        plain = r"[^\s" + sym + "." + upper + "]"
        special = r"(?:[" + sym + r"]|\.(?=\S))"
        self.candidate_prefix = (
            r"(?<!\S)[(\"“‘'\[]*+(?:" + plain + r"*+(?:" + special + "|[" + upper + "]" + plain + r"*+(?:" + special + "|[" + upper + "]))"
            r"|[" + upper + r"][a-z]{0,5}\."
        )

    @cached_property
    def number(self) -> regex.Pattern:
        return regex.compile(
            r"(?P<neg>[-−–])?(?P<cur>US\$|C\$|A\$|[$€£¥])?(?P<int>\d{1,3}(?:,\d{3})++|\d++)(?:\.(?P<dec>\d++))?"
            r"(?P<frac>[" + _FRACTION_CHARS + r"])?(?P<suf>%|°[CF]?|¢|st|nd|rd|th|s|['’]s|bn|mn|tn|[mkb])?"
        )

    @cached_property
    def range(self) -> regex.Pattern:
        return regex.compile(r"([^-–—]+)[-–—]([^-–—]+)")

    @cached_property
    def phone(self) -> regex.Pattern:
        return regex.compile(r"(?:1-)?(?:\(\d{3}\)|\d{3}-)?\d{3}-\d{4}|\d{3}\.\d{3}\.\d{4}|1-8\d\d-[A-Z0-9-]{4,12}")

    @cached_property
    def time(self) -> regex.Pattern:
        return regex.compile(r"(\d{1,2}):(\d\d)")

    @cached_property
    def fraction(self) -> regex.Pattern:
        return regex.compile(r"(\d{1,2})/(\d{1,2})")

    @cached_property
    def dotted(self) -> regex.Pattern:
        return regex.compile(r"(?:\p{Lu}\.){2,6}")

    @cached_property
    def scale_after(self) -> regex.Pattern:
        return regex.compile(r"[ \t]++(thousand|million|billion|trillion)(?![\p{L}-])")

    @cached_property
    def mixed_after(self) -> regex.Pattern:
        return regex.compile(r"[ \t]++(\d)/(\d{1,2})(?=[\s,.;:!?)\"”’]|$)")

    @cached_property
    def words_before(self) -> regex.Pattern:
        return regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’&-]*+")

    @cached_property
    def next_word(self) -> regex.Pattern:
        return regex.compile(r"[ \t\"“(]*+([\p{L}\p{N}][\p{L}\p{N}.'’&-]{0,40})")

    def with_keys(self, keys) -> re.Pattern:
        """The candidate pattern, plus the data's lower-case short forms (mph, vs., lbs.)."""
        alts = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
        extra = r"|(?:" + alts + r")(?![^\W\d_])" if alts else ""
        return re.compile(self.candidate_prefix + extra + r")\S*+")


@lru_cache(maxsize=8)
def _candidates(data: AbbreviationData) -> re.Pattern:
    keys = {k for table in (data.abbreviations, data.before_numbers, data.places, data.streets, data.readings) for k in table if k[:1].islower()}
    return _rx().with_keys(keys)


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    return _Rx()


class _Context:
    """Bounded looks at the input around a chunk."""

    __slots__ = ("bare", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.bare = True  # the chunk is just the core: no punctuation after it

    def after(self, n: int) -> str:
        """The next `n` characters (a slice: regex calls on the whole text cost O(len) for non-ASCII)."""
        return self.text[self.end : self.end + n]

    def before(self, n: int = 3) -> list[str]:
        window = self.text[max(0, self.start - 80) : self.start]
        if "\n\n" in window:
            window = window.rsplit("\n\n", 1)[1]
        return _rx().words_before.findall(window)[-n:]

    def prev_word(self) -> str:
        """The word just before the chunk (cheap: str methods on a short window)."""
        window = self.text[max(0, self.start - 16) : self.start]
        if not window or not window[-1].isspace():
            return ""
        parts = window.split()
        return parts[-1].lstrip("(\"“‘'[") if parts and "\n\n" not in window.rstrip(" \t")[-2:] else ""

    def after_comma(self) -> bool:
        return self.text[max(0, self.start - 2) : self.start].rstrip(" \t").endswith(",")

    def next_word(self) -> str:
        m = _rx().next_word.match(self.after(60))
        return m.group(1) if m else ""

    def word_after(self, skip: int = 0) -> str:
        """The word after the chunk, `skip` characters further on (past a consumed "billion")."""
        m = _rx().next_word.match(self.text[self.end + skip : self.end + skip + 60])
        return m.group(1) if m else ""

    def sentence_ends_after(self, data: AbbreviationData, clock: bool = False) -> bool:
        """After an abbreviation's period: is that period also the end of the sentence?

        The end of the paragraph, or a word that starts sentences (`The`, `Officials`). After a
        clock reading (`9 a.m.`) any capitalised word does, except the few that go on with a
        time (`Tuesday`, `Eastern`, `local`): `at 9 a.m. Parking is free` is two sentences."""
        rest = self.text[self.end : self.end + 40]
        stripped = rest.lstrip(" \t")
        if not stripped or stripped[0] in "\n\r":
            return True
        word = _rx().next_word.match(stripped)
        if not word:
            return False
        first = word.group(1).rstrip(".,")
        if clock:
            return first[:1].isupper() and first not in data.time_continuers
        return first in data.sentence_starters



_NUMBER_WORDS = set(N.ONES) | set(N.TENS[2:])
_ORDINAL_WORDS = {N.ordinal_words(i) for i in list(range(1, 20)) + list(range(20, 100, 10))}


def _name_follows(word: str, data: AbbreviationData) -> bool:
    """After St./Dr.: a capitalised word or a number in any form ("St. Louis", "Dr. No. 1": no street).

    Words the rewrite writes in lower case for a capitalised original ("No." -> "number")
    count as capitalised, so the answer is the same before and after the rewrite."""
    if not word:
        return False
    base = word.lower().rstrip(".,;:").split("-")[0]
    return (word[0].isupper() or word[0].isdigit() or base in _NUMBER_WORDS or base in _ORDINAL_WORDS
            or base in _lowered(data))


@lru_cache(maxsize=8)
def _lowered(data: AbbreviationData) -> frozenset[str]:
    tables = (data.abbreviations, data.before_numbers, data.places)
    return frozenset(v.split()[0].lower() for t in tables for k, v in t.items() if k[:1].isupper() and v[:1].islower())


_PARENS = re.compile(r"\([^()\n]{0,80}+\)")
_CAPS_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}+")


def is_caps_copy(text: str, data: AbbreviationData) -> bool:
    """ALL-CAPS copy (prompter style): no lower case outside parentheses (pronouncers), and at
    least two capitalised words that are not initialisms ("-5°F" or "FBI US" alone are not)."""
    plain = _PARENS.sub("", text) if "(" in text else text
    if plain.upper() != plain:
        return False
    words = [w for w in _CAPS_WORD.findall(plain, 0, 2000) if w not in data.readings]
    return len(words) >= 2
