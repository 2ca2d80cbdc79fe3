"""Broadcast-style rewrite of read copy, for the ear: numbers, symbols, abbreviations, initialisms.

`rewrite(text)` returns the rewritten text and the list of changes (offsets into the
input), so `scriptfmt readable` can mark each one. The rewrite is idempotent:
rewrite(rewrite(x)) == rewrite(x), which is what keeps the spoken-word count of the
copy the same with or without the pass (spoken.py spells out what the rewrite leaves
in digits).

Linear time: candidates are whole whitespace-free chunks found by one regex anchored
at chunk starts; every look at the context before or after a chunk is bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from scriptfmt import broadcast_numbers as N
from scriptfmt.broadcast_data import AbbreviationData, load_abbreviations


class Change(NamedTuple):
    """One rewrite: text[start:end] (input offsets) became `new`. `rule` names the rule."""

    start: int
    end: int
    old: str
    new: str
    rule: str


_FRACTION_CHARS = "½⅓⅔¼¾⅕⅛⅜⅝⅞"
_PREFIX_CHARS = "(\"“‘'[{«¿¡"
_SUFFIX_CHARS = ")\"”’']},;:!?»…"
_HAS_NUMBER = re.compile(r"[\d" + _FRACTION_CHARS + "]")
_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
}
_SENTENCE_STARTERS = {"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "There", "After", "Before", "When", "While", "As", "Now", "Still", "Meanwhile", "Also", "So", "Yet", "If", "Then", "Some", "Many", "Most", "Not", "What", "Why", "How", "Earlier", "Later", "Today", "Officials", "Police", "Authorities", "Experts", "Analysts", "According"}
_UNITS = {"inches", "inch", "feet", "foot", "yards", "miles", "mile", "meters", "metres", "kilometers", "kilometres", "centimeters", "millimeters", "percent", "degrees", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "seconds", "people", "percentage", "points", "pounds", "ounces", "tons", "gallons", "liters", "litres", "acres", "times", "cents", "dollars", "euros", "children", "students", "workers", "homes", "houses", "cars", "members", "votes", "games", "runs", "goals"}
_SCORE_BEFORE = {"won", "win", "wins", "winning", "beat", "beats", "beating", "lost", "lose", "loses", "losing", "defeated", "defeat", "edged", "edges", "routed", "rout", "topped", "tops", "downed", "trailed", "trails", "trailing", "led", "leads", "leading", "score", "scored", "tied", "ties", "tie", "final", "victory", "loss", "record", "vote", "voted", "margin"}
_SCORE_AFTER = {"win", "victory", "loss", "defeat", "lead", "vote", "decision", "ruling", "margin", "overtime", "shootout", "final", "score", "tie"}
_CURRENCIES = {
    "$": ("dollar", "dollars", "cent", "cents"),
    "US$": ("U-S dollar", "U-S dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "€": ("euro", "euros", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "¥": ("yen", "yen", "", ""),
}
_SUFFIX_SCALES = {"bn": "billion", "b": "billion", "mn": "million", "m": "million", "k": "thousand", "tn": "trillion"}
# "a $1.5 billion plan" is a one-point-five billion dollar plan
_MONEY_NOUNS = {"plan", "deal", "package", "budget", "bill", "settlement", "contract", "project", "program", "programme", "loan", "bailout", "investment", "expansion", "renovation", "fund", "lawsuit", "fine", "grant", "merger", "acquisition", "cut", "increase", "tax", "proposal", "request", "purchase", "sale", "offer", "bid", "award", "verdict", "judgment", "penalty", "shortfall", "deficit", "surplus", "gap", "facility", "plant", "upgrade", "stadium", "bond", "measure"}
_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}


class _Rx:
    """Compiled patterns, built on first use (CLI start-up never pays for them)."""

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
        self.number = regex.compile(
            r"(?P<neg>[-−–])?(?P<cur>US\$|C\$|A\$|[$€£¥])?(?P<int>\d{1,3}(?:,\d{3})++|\d++)(?:\.(?P<dec>\d++))?"
            r"(?P<frac>[" + _FRACTION_CHARS + r"])?(?P<suf>%|°[CF]?|¢|st|nd|rd|th|s|['’]s|bn|mn|tn|[mkb])?"
        )
        self.range = regex.compile(r"([^-–—]+)[-–—]([^-–—]+)")
        self.phone = regex.compile(r"(?:1-)?(?:\(\d{3}\)|\d{3}-)?\d{3}-\d{4}|\d{3}\.\d{3}\.\d{4}|1-8\d\d-[A-Z0-9-]{4,12}")
        self.time = regex.compile(r"(\d{1,2}):(\d\d)")
        self.fraction = regex.compile(r"(\d{1,2})/(\d{1,2})")
        self.dotted = regex.compile(r"(?:\p{Lu}\.){2,6}")
        self.scale_after = regex.compile(r"[ \t]++(thousand|million|billion|trillion)(?![\p{L}-])")
        self.mixed_after = regex.compile(r"[ \t]++(\d)/(\d{1,2})(?=[\s,.;:!?)\"”’]|$)")
        self.words_before = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.'’&-]*+")
        self.next_word = regex.compile(r"[ \t\"“(]*+([\p{L}\p{N}][\p{L}\p{N}.'’&-]{0,40})")

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

    def sentence_ends_after(self) -> bool:
        """After an abbreviation's period: is that period also the end of the sentence?"""
        rest = self.text[self.end : self.end + 40]
        stripped = rest.lstrip(" \t")
        if not stripped or stripped[0] in "\n\r":
            return True
        word = _rx().next_word.match(stripped)
        return bool(word) and word.group(1).rstrip(".,") in _SENTENCE_STARTERS



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


def _num_value(m: regex.Match) -> tuple[int, str | None] | None:
    digits = m.group("int").replace(",", "")
    if len(digits) > N.MAX_WORDS_DIGITS:
        return None
    return int(digits), m.group("dec")


def _plain_amount(whole: int, dec: str | None) -> str:
    return N.broadcast_decimal(whole, dec) if dec else N.broadcast_int(whole)


_PARENS = re.compile(r"\([^()\n]{0,80}+\)")


def is_caps_copy(text: str) -> bool:
    """ALL-CAPS copy (prompter style): letters, none in lower case outside parentheses (pronouncers)."""
    plain = _PARENS.sub("", text) if "(" in text else text
    return plain.upper() == plain and plain.lower() != plain


class _Rewriter:
    def __init__(self, data: AbbreviationData, caps: bool = False):
        self.data = data
        self.caps = caps  # ALL-CAPS copy: "US" may be the word us; what we write is in capitals too
        self.rx = _rx()

    # ---- words -------------------------------------------------------------------------
    def word(self, core: str, ctx: _Context | None) -> str | None:
        """An abbreviation / initialism reading for `core` (which may end in "."), or None."""
        d = self.data
        if ctx is not None:
            # "Main St. in Dallas" -> Street, "St. Louis" -> Saint: a title or Saint is followed by a name
            if core in d.streets and ctx.prev_word() and not _name_follows(ctx.next_word(), d):
                return d.streets[core]
            if core in d.places and ctx.after_comma():
                return d.places[core]
            if core in d.before_numbers:
                nxt = ctx.after(12).lstrip(" \t").lstrip("$€£¥-−–")  # "No. 1", "No. $5"
                return d.before_numbers[core] if nxt[:1].isdigit() else None
        if core in d.abbreviations:
            return d.abbreviations[core]
        if core in d.readings:
            reading = d.readings[core]
            if reading != core and core in d.ambiguous_in_caps and self.caps:
                return None
            return reading
        if core.isupper() and len(core) > 2 and core.endswith("."):
            title = core[0] + core[1:].lower()
            if title in d.abbreviations:
                return d.abbreviations[title].upper()
        if core.endswith("s"):
            for tail in ("s", "'s", "’s"):
                base = core[: -len(tail)]
                if core.endswith(tail) and base.isupper() and base in d.readings and base not in d.ambiguous_in_caps:
                    reading = d.readings[base]
                    return None if reading == base else reading + tail
        if "." in core and self.rx.dotted.fullmatch(core) and core not in d.places:
            return "-".join(core.replace(".", ""))
        return None

    # ---- numbers -----------------------------------------------------------------------
    def number(self, core: str, ctx: _Context) -> tuple[str, int] | None:
        """Broadcast form of a numeric chunk core and how far past the chunk it consumed."""
        rx = self.rx
        if "-" not in core[1:] and ":" not in core and "/" not in core:
            m = rx.number.fullmatch(core)  # the common case: 12, $1.5, 90%, 21st
            if m:
                return self.amount(m, ctx)
        if rx.phone.fullmatch(core):
            return None
        m = rx.time.fullmatch(core)
        if m:
            return self.clock(int(m.group(1)), int(m.group(2)), ctx), 0
        m = rx.fraction.fullmatch(core)
        if m:
            words = N.fraction_words(int(m.group(1)), int(m.group(2)))
            return (words, 0) if words else None
        if core in N.UNICODE_FRACTIONS:
            return N.fraction_words(*N.UNICODE_FRACTIONS[core]), 0
        m = rx.number.fullmatch(core)
        if m:
            return self.amount(m, ctx)
        m = rx.range.fullmatch(core)
        if m:
            return self.span(m.group(1), m.group(2), ctx)
        return None

    def clock(self, hour: int, minute: int, ctx: _Context) -> str:
        if hour > 24 or minute > 59:
            return f"{hour}:{minute:02d}"
        head = N.cardinal_words(hour).replace(" ", "-")
        if minute == 0:
            nxt = ctx.next_word().lower()
            return head if nxt in ("a.m.", "p.m.", "am", "pm", "a-m", "p-m") else f"{head} o'clock"
        tail = f"oh-{N.ONES[minute]}" if minute < 10 else N.cardinal_words(minute)
        return f"{head}-{tail}"

    def amount(self, m: regex.Match, ctx: _Context) -> tuple[str, int] | None:
        sign, cur, digits, dec, frac, suf = m.groups()  # one call: this is the hot path
        plain = digits.replace(",", "")
        if len(plain) > N.MAX_WORDS_DIGITS:
            return None
        whole = int(plain)
        neg = "minus " if sign else ""
        suf = suf or ""
        if frac:
            if dec or cur or suf:
                return None
            return neg + self.mixed(whole, *N.UNICODE_FRACTIONS[frac]), 0
        if suf in ("st", "nd", "rd", "th"):
            if dec or cur or neg:
                return None
            word = N.broadcast_ordinal(whole)
            if word[:1].isalpha() and ctx.next_word()[:1].isupper():
                word = word.capitalize()  # the 5th Amendment -> the Fifth Amendment
            return word, 0
        if suf in ("s", "'s", "’s"):
            return None  # 1990s, the '90s: left as written
        scale, consumed = None, 0
        if suf.lower() in _SUFFIX_SCALES:
            if not cur:
                return None  # 5m, 4k: not sure enough
            scale = _SUFFIX_SCALES[suf.lower()]
        elif not suf and ctx.bare:
            after = self.rx.scale_after.match(ctx.after(24))
            if after:
                scale, consumed = after.group(1), after.end()
        if cur:
            head = ctx.word_after(consumed).lower()
            return neg + self.money(cur, whole, dec, scale, head in _MONEY_NOUNS), consumed
        if suf == "%":
            return f"{neg}{_plain_amount(whole, dec)} percent", 0
        if suf.startswith("°"):
            unit = {"°C": " Celsius", "°F": " Fahrenheit"}.get(suf, "")
            return f"{neg}{_plain_amount(whole, dec)} degree{'' if whole == 1 and not dec else 's'}{unit}", 0
        if suf == "¢":
            return f"{neg}{_plain_amount(whole, dec)} cent{'' if whole == 1 and not dec else 's'}", 0
        if scale:
            if dec:
                return f"{neg}{N.broadcast_decimal(whole, dec)}", 0  # "one-point-five million": scale word stays
            return f"{neg}{N.broadcast_int(whole)}-{scale}", consumed
        if dec:
            return f"{neg}{N.broadcast_decimal(whole, dec)}", 0
        if not neg and len(digits) == 4 and N.is_year(whole):
            return None  # years stay numerals
        if not neg and 1 <= whole <= 31 and ctx.prev_word() in _MONTHS:
            return N.broadcast_ordinal(whole), 0  # Nov. 1 -> November first
        mixed = self.rx.mixed_after.match(ctx.after(16)) if not neg and ctx.bare else None
        if mixed:
            words = self.mixed(whole, int(mixed.group(1)), int(mixed.group(2)))
            if words:
                return words, mixed.end()
        return neg + N.broadcast_int(whole), 0

    def mixed(self, whole: int, num: int, den: int) -> str | None:
        words = N.fraction_words(num, den)
        if not words:
            return None
        if num == 1:
            words = "a-" + words.split("-", 1)[1]
        return f"{N.broadcast_int(whole)}-and-{words}" if whole else words

    def money(self, cur: str, whole: int, dec: str | None, scale: str | None, adjective: bool = False) -> str:
        one, many, cent, cents = _CURRENCIES[cur]
        if scale:
            amount = N.broadcast_decimal(whole, dec) + f" {scale}" if dec else f"{N.broadcast_int(whole)}-{scale}"
            return f"{amount} {one if adjective else many}"  # "a one-point-five billion dollar plan"
        if dec and len(dec) <= 2 and cents:
            small = int(dec.ljust(2, "0"))
            if whole == 0:
                return f"{N.broadcast_int(small)} {cent if small == 1 else cents}"
            if small == 0:
                return f"{N.broadcast_int(whole)} {one if whole == 1 else many}"
            return f"{N.broadcast_int(whole)} {one if whole == 1 else many} and {N.broadcast_int(small)} {cent if small == 1 else cents}"
        if dec:
            return f"{N.broadcast_decimal(whole, dec)} {many}"
        return f"{N.broadcast_int(whole)} {one if whole == 1 else many}"

    def span(self, left: str, right: str, ctx: _Context) -> tuple[str, int] | None:
        """`6-10`, `$5-10`, `20-30%`, `2020-2021` (ranges) or `3-2`, `52-48` (scores, votes)."""
        rx = self.rx
        a, b = rx.number.fullmatch(left), rx.number.fullmatch(right)
        if not a or not b or a.group("neg") or b.group("neg") or a.group("frac") or b.group("frac"):
            return None
        va, vb = _num_value(a), _num_value(b)
        if va is None or vb is None:
            return None
        sa, sb = a.group("suf") or "", b.group("suf") or ""
        cur = a.group("cur") or b.group("cur")
        if (sa and sa != "%") or (sb and sb != "%"):
            return None
        if len(left) == 4 and N.is_year(va[0]) and len(right) == 2 and not cur and not sa and not sb:
            return None  # 2020-21 season: left as written
        plain = not cur and not sa and not sb and not va[1] and not vb[1]
        if plain and self.is_score(va[0], vb[0], ctx):
            return f"{N.broadcast_int(va[0])}-{N.broadcast_int(vb[0])}", 0
        years = plain and all(N.is_year(v[0]) and len(s) == 4 for v, s in ((va, left), (vb, right)))
        la = str(va[0]) if years else _plain_amount(*va)
        lb = str(vb[0]) if years else _plain_amount(*vb)
        text = f"{la} to {lb}"
        if "%" in (sa, sb):
            text += " percent"
        if cur:
            after = rx.scale_after.match(ctx.after(24)) if ctx.bare else None
            if after:
                return f"{text} {after.group(1)} {_CURRENCIES[cur][1]}", after.end()
            text += f" {_CURRENCIES[cur][1]}"
        return text, 0

    def is_score(self, a: int, b: int, ctx: _Context) -> bool:
        before = [w.lower().rstrip(".,") for w in ctx.before(4)]
        nxt = ctx.next_word().lower().rstrip(".,")
        if nxt in _UNITS or (before and before[-1] in ("from", "between", "ages", "aged", "about", "some", "roughly", "around")):
            return False
        if any(w in _SCORE_BEFORE for w in before) or nxt in _SCORE_AFTER:
            return True
        return a >= b

    # ---- chunks ------------------------------------------------------------------------
    def chunk(self, core: str, had_dot: bool, ctx: _Context) -> tuple[str, bool, int, str] | None:
        """Replacement for a chunk core: (new, dot_consumed, extra_consumed, rule) or None."""
        if had_dot:
            reading = self.word(core + ".", ctx)
            if reading is not None:
                return reading, True, 0, "abbreviation"
        reading = self.word(core, ctx)
        if reading is not None:
            if reading == core:
                return None
            return reading, False, 0, "initialism" if "-" in reading and reading.replace("-", "").isupper() else "abbreviation"
        if core == "&":
            return "and", False, 0, "symbol"
        if core in ("%", "$", "°"):
            return {"%": "percent", "$": "dollars", "°": "degrees"}[core], False, 0, "symbol"
        if _HAS_NUMBER.search(core):
            if "-" in core and self.rx.phone.fullmatch(core):
                return None  # phone numbers stay as written; the anchor reads them digit by digit
            result = self.number(core, ctx)
            if result is not None:
                return result[0], False, result[1], "number"
        party = self.party(core + ("." if had_dot else ""))
        if party is not None:
            return party, had_dot and not party.endswith("."), 0, "abbreviation"
        return self.compound(core, ctx)

    def party(self, core: str) -> str | None:
        if len(core) > 2 and core[1] == "-" and core[0] in _PARTIES and core[2:] in self.data.places:
            return f"{_PARTIES[core[0]]} of {self.data.places[core[2:]]}"
        return None

    def compound(self, core: str, ctx: _Context) -> tuple[str, bool, int, str] | None:
        """US-China, U.S.-led, 3-year-old, ex-FBI: rewrite each hyphen-joined part on its own."""
        if "-" not in core or len(core) > 80:
            return None
        parts = core.split("-")
        out, changed = [], False
        for i, part in enumerate(parts):
            new = None
            if part:
                new = self.word(part, None)
                if new is None and part.isdigit() and len(part) <= 3 and i == 0 and parts[1][:1].isalpha():
                    new = N.broadcast_int(int(part))  # 3-year-old; F-16, COVID-19 and I-5 keep their digits
            if new is not None and new != part:
                out.append(new)
                changed = True
            else:
                out.append(part)
        return ("-".join(out), False, 0, "initialism") if changed else None


def _rewrite(text: str, data: AbbreviationData) -> tuple[str, list[Change]]:
    rw = _Rewriter(data, is_caps_copy(text))
    changes: list[Change] = []
    consumed_to = 0
    for m in _candidates(data).finditer(text):
        s, _e = m.span()
        if s < consumed_to:
            continue
        chunk = m.group()
        left = chunk.lstrip(_PREFIX_CHARS)
        pre = len(chunk) - len(left)
        core = left.rstrip(_SUFFIX_CHARS)
        core_end = pre + len(core)
        had_dot = core.endswith(".") and len(core) > 1
        if had_dot:
            core = core.rstrip(".") if not core.endswith("..") else core
            if core.endswith("."):
                continue  # an ellipsis: not ours
        if not core:
            continue
        core_start = s + pre
        plain_end = core_start + len(core)
        ctx = _Context(text, core_start, s + len(chunk))
        ctx.bare = core_end == len(chunk) and not had_dot
        try:
            result = rw.chunk(core, had_dot, ctx)
        except (ValueError, IndexError, KeyError, OverflowError, TypeError):  # odd copy never stops the show
            result = None
        if result is None:
            continue
        new, dot_consumed, extra, rule = result
        end = plain_end + (1 if dot_consumed else 0)
        if dot_consumed and not new.endswith(".") and (_keeps_period(core) or data.streets.get(core + ".") == new) and ctx.sentence_ends_after():
            new += "."  # "in the U.S. The talks" -> "in the U-S. The talks"; "on Main St." -> "on Main Street."
        if rw.caps:
            new = new.upper()
        elif new[:1].islower() and not core[:1].islower() and _starts_sentence(text, s, data):
            new = new[0].upper() + new[1:]  # "5 people died." -> "Five people died."
        if extra:
            end = ctx.end + extra
            consumed_to = end
        old = text[core_start:end]
        if old != new:
            changes.append(Change(core_start, end, old, new, rule))
    return apply_changes(text, changes), changes


_TITLES = {"Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
           "Cpl", "Pvt", "Supt", "Det", "Insp", "Rev", "Msgr", "Prof", "Pres", "Atty", "St", "Ste", "Mt", "Ft"}


def _starts_sentence(text: str, pos: int, data: AbbreviationData) -> bool:
    """Is `pos` the start of a sentence (start of copy, after . ! ? or a line break, not after "Nov.")?"""
    window = text[max(0, pos - 14) : pos]
    before = window.rstrip(" \t\"“‘'([")
    if not before:
        return pos <= 14 or not window.strip()
    if before[-1] in "\n\r!?":
        return True
    if before[-1] != ".":
        return False
    last = before.split()[-1] if before.split() else ""
    return not (last in _MONTHS or last in data.abbreviations or last in data.before_numbers or last in data.places or last in data.streets)


def _keeps_period(core: str) -> bool:
    """Can this abbreviation end a sentence? Titles never do (Sen. Smith)."""
    return core not in _TITLES and core.title() not in _TITLES


def apply_changes(text: str, changes: list[Change]) -> str:
    """Text with non-overlapping changes (sorted by start) applied."""
    out, pos = [], 0
    for c in changes:
        if c.start < pos:
            continue
        out.append(text[pos : c.start])
        out.append(c.new)
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


def rewrite(text: str, abbreviations: AbbreviationData | None = None) -> tuple[str, list[Change]]:
    """Broadcast form of `text` and the changes made. Never raises on any string."""
    if not text:
        return text, []
    data = abbreviations or load_abbreviations()
    return _rewrite(text, data)
