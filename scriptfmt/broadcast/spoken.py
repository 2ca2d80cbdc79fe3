"""Spoken form of read copy: the words as the anchor says them, and how many there are.

    to_spoken("The $1.5 billion deal")  -> "The one-point-five billion dollars deal"
    count_spoken_words("1,384,234")     -> 9  (one million three hundred eighty-four thousand ...)

to_spoken = the broadcast rewrite (broadcast/rewrite.py) with whatever it leaves in digits spelled
out (years, 21-thousand-450, phone numbers digit by digit, URLs with "dot"), and
pronouncer guides "(kee-SHEE-dah)" dropped: they are directions, not read.
A word is a run of letters or digits; hyphens separate words ("twenty-one" is two,
"F-B-I" three). Because the rewrite is idempotent the count is the same for the copy
as written and as rewritten.

Linear time and never raises, whatever the input.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

import regex

from scriptfmt.debug import raise_in_debug

if TYPE_CHECKING:
    from scriptfmt.broadcast.data import AbbreviationData

_WORD = re.compile(r"[^\W_]++(?:['’][^\W\d_]++)*+")  # letters or digits; hyphens separate words


_SYM = r"\d$€£¥%&°¢@#+=/½⅓⅔¼¾⅕⅛⅜⅝⅞"


class _Rx:
    """Patterns compiled on first use, each on its own: a story without numbers or URLs never
    pays for their patterns (compiling is most of a one-story run's own time)."""

    @cached_property
    def pronouncer(self) -> regex.Pattern:
        return regex.compile(r"[ \t]?+\((pron\.[ \t]*+)?+([\p{L}][\p{L}' -]{0,60}+)\)")

    @cached_property
    def candidate(self) -> re.Pattern:
        # stdlib re for the whole-text scans: several times faster than `regex` there.
        return re.compile(r"(?<!\S)[^\s" + _SYM + r".]*+(?:[" + _SYM + r"]|\.(?=[^\W\d_]))\S*+")

    @cached_property
    def url(self) -> regex.Pattern:
        return regex.compile(
            r"(?:https?://|www\.)\S+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|"
            r"[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,6}\.(?:com|org|net|gov|edu|int|mil|io|co|us|uk|ca|au|de|fr|jp|info|tv|ly|me|news)(?:/\S*)?",
            regex.IGNORECASE,
        )

    @cached_property
    def phone(self) -> regex.Pattern:
        return regex.compile(r"(?:1-)?(?:\(\d{3}\)|\d{3}-)?\d{3}-\d{4}|\d{3}\.\d{3}\.\d{4}")

    @cached_property
    def tidy(self) -> regex.Pattern:
        return regex.compile(r"[ \t]*+-[ \t]++|[ \t]++-[ \t]*+|[ \t]{2,}+")

    @cached_property
    def inner_dot(self) -> regex.Pattern:
        return regex.compile(r"(?<=\p{L})\.(?=\p{L})")

    @cached_property
    def year(self) -> regex.Pattern:
        return regex.compile(r"(\d{4})(s|['’]s)?")

    @cached_property
    def pieces(self) -> regex.Pattern:
        return regex.compile(r"(\d++(?:,\d{3})*+)(?:\.(\d++))?(st|nd|rd|th)?|[^\d]++")


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    return _Rx()


def is_pronouncer_guide(inner: str) -> bool:
    """Does "(...)" hold a pronunciation guide (kee-SHEE-dah, BWAY-nohs EYE-rehs) rather than words?

    At least one hyphen, every syllable letters only, and a stressed syllable in CAPITALS
    next to lower-case ones (or three or more syllables, all in capitals); "pron. ..." always.
    The broadcast pass writes "(pron. guide)" for a guide that does not look like one."""
    text = inner.strip()
    if text.lower().startswith("pron."):
        return True
    if "-" not in text:
        return False
    syllables = [s for s in regex.split(r"[- ]+", text) if s]
    if len(syllables) < 2 or not all(s.replace("'", "").isalpha() for s in syllables):
        return False
    if all(len(s) == 1 for s in syllables):
        return False  # (F-B-I)
    upper = any(s.isupper() and len(s) > 1 for s in syllables)
    if all(s.isupper() for s in syllables):
        return len(syllables) >= 3  # BWAY-NOHS-AIR-EES, but not (AFL-CIO)
    return upper


def _drop_pronouncers(text: str) -> str:
    if "(" not in text:
        return text
    return _rx().pronouncer.sub(lambda m: "" if m.group(1) or is_pronouncer_guide(m.group(2)) else m.group(), text)


def _pluralise(words: str) -> str:
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _spell_digits(core: str) -> str:
    from scriptfmt.broadcast import numbers as N

    rx = _rx()
    m = rx.year.fullmatch(core)
    if m and N.is_year(int(m.group(1))):
        words = N.year_words(int(m.group(1)))
        return _pluralise(words) if m.group(2) else words
    out = []
    for piece in rx.pieces.finditer(core):
        digits = piece.group(1)
        if digits is None:
            out.append(_symbols(piece.group()))
            continue
        plain = digits.replace(",", "")
        if len(plain) == 4 and plain == digits and not piece.group(2) and not piece.group(3) and N.is_year(int(plain)):
            words = N.year_words(int(plain))
        elif len(plain) > N.MAX_WORDS_DIGITS or (len(plain) > 1 and plain.startswith("0")):
            words = N.digit_words(plain)
        elif piece.group(3):
            words = N.ordinal_words(int(plain))
        else:
            words = N.cardinal_words(int(plain))
        if piece.group(2):
            words += " point " + N.digit_words(piece.group(2)).replace("oh", "zero")
        out.append(f" {words} ")
    return "".join(out)


_SYMBOLS = {"$": " dollars ", "€": " euros ", "£": " pounds ", "¥": " yen ", "%": " percent ", "&": " and ",
            "°": " degrees ", "¢": " cents ", "@": " at ", "#": " number ", "+": " plus ", "=": " equals ", "/": " "}
_FRACTIONS = {"½": " one half ", "⅓": " one third ", "⅔": " two thirds ", "¼": " one quarter ", "¾": " three quarters ",
              "⅕": " one fifth ", "⅛": " one eighth ", "⅜": " three eighths ", "⅝": " five eighths ", "⅞": " seven eighths "}


def _symbols(text: str) -> str:
    if not any(c in _SYMBOLS or c in _FRACTIONS for c in text):
        return text
    return "".join(_SYMBOLS.get(c) or _FRACTIONS.get(c) or c for c in text)


def _spell_url(url: str) -> str:
    from scriptfmt.broadcast import numbers as N

    url = regex.sub(r"^(?:https?://)", "", url, flags=regex.IGNORECASE).rstrip("/.,;:")
    url = url.replace(".", " dot ").replace("/", " slash ").replace("@", " at ").replace("-", " dash ")
    return regex.sub(r"\d++", lambda m: " " + N.digit_words(m.group()) + " ", url)


def _spell_chunk(m: re.Match) -> str:
    chunk = m.group()
    return _spell_cached(chunk) if len(chunk) <= 40 else _spell_fresh(chunk)


@lru_cache(maxsize=8192)
def _spell_cached(chunk: str) -> str:
    return _spell_fresh(chunk)  # a chunk reads the same wherever it stands: "2021", "34", "12th"


def _spell_fresh(chunk: str) -> str:
    spelled = _spell_any(chunk)
    # "one-million- three hundred eighty-four -thousand-" -> single spaces, no dangling hyphens
    return _rx().tidy.sub(" ", spelled).strip()


def _spell_any(chunk: str) -> str:
    from scriptfmt.broadcast import numbers as N

    rx = _rx()
    url = rx.url.search(chunk) if ("." in chunk or "@" in chunk) and len(chunk) < 2000 else None
    if url:
        return chunk[: url.start()] + _spell_url(url.group()) + _spell_chunk_rest(chunk[url.end() :])
    phone = rx.phone.search(chunk) if "-" in chunk or "." in chunk else None
    if phone:
        return chunk[: phone.start()] + " " + N.digit_words(phone.group()) + _spell_chunk_rest(chunk[phone.end() :])
    return _spell_chunk_rest(chunk)


def _spell_chunk_rest(chunk: str) -> str:
    if not chunk:
        return chunk
    # strip surrounding punctuation so "2021," and "(2021)" still read as years
    core = chunk.strip("()[]{}\"“”‘’',.;:!?…")
    if core and core != chunk:
        i = chunk.find(core)
        return chunk[:i] + _spell_core(core) + chunk[i + len(core) :]
    return _spell_core(chunk)


def _spell_core(core: str) -> str:
    if any(c.isdigit() for c in core):
        return _spell_digits(core)
    return _rx().inner_dot.sub(" ", _symbols(core))


def spell_out(text: str) -> str:
    """Spell out what a broadcast-form text still holds in digits and symbols; drop pronouncers."""
    text = _drop_pronouncers(text)
    return _rx().candidate.sub(_spell_chunk, text)


def to_spoken(text: str, abbreviations: AbbreviationData | None = None) -> str:
    """The words of `text` as the anchor says them. Never raises."""
    if not text:
        return ""
    from scriptfmt.broadcast import rewrite

    try:
        return spell_out(rewrite(text, abbreviations)[0])
    except Exception:  # noqa: BLE001 -- a bug must never stop timing: fall back to the copy as written
        raise_in_debug()
        return text


def count_spoken_words(text: str, abbreviations: AbbreviationData | None = None) -> int:
    """How many words the anchor says reading `text` (what timing divides by the read rate)."""
    if not text:
        return 0
    return _count_cached(text, abbreviations) if len(text) <= 20_000 else _count(text, abbreviations)


@lru_cache(maxsize=4096)
def _count_cached(text: str, abbreviations: AbbreviationData | None) -> int:
    # A rundown times its stories, then the script book lays them out again: count each text once.
    return _count(text, abbreviations)


def _count(text: str, abbreviations: AbbreviationData | None) -> int:
    return len(_WORD.findall(to_spoken(text, abbreviations)))

