"""Broadcast-style rewrite of read copy, for the ear: numbers, symbols, abbreviations, initialisms.

`rewrite(text)` returns the rewritten text and the list of changes (offsets into the
input), so `scriptfmt readable` can mark each one. The rewrite is idempotent:
rewrite(rewrite(x)) == rewrite(x), which is what keeps the spoken-word count of the
copy the same with or without the pass (spoken.py spells out what the rewrite leaves
in digits).

Linear time: candidates are whole whitespace-free chunks found by one regex anchored
at chunk starts; every look at the context before or after a chunk is bounded
(broadcast_context.py). Number rules live in broadcast_amounts.py.
"""

from __future__ import annotations

from typing import NamedTuple

from scriptfmt.broadcast import numbers as N
from scriptfmt.broadcast.amounts import Amounts
from scriptfmt.broadcast.context import (
    _HAS_NUMBER,
    _PREFIX_CHARS,
    _SUFFIX_CHARS,
    _candidates,
    _Context,
    _name_follows,
    _rx,
    is_caps_copy,
)
from scriptfmt.broadcast.data import AbbreviationData, load_abbreviations
from scriptfmt.debug import raise_in_debug


class Change(NamedTuple):
    """One rewrite: text[start:end] (input offsets) became `new`. `rule` names the rule."""

    start: int
    end: int
    old: str
    new: str
    rule: str


_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
_CLOCK_MARKS = ("a.m", "p.m")  # the period of `9 a.m.` may end the sentence too


class _Rewriter(Amounts):
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
    rw = _Rewriter(data, is_caps_copy(text, data))
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
            raise_in_debug()
            result = None
        if result is None:
            continue
        new, dot_consumed, extra, rule = result
        end = plain_end + (1 if dot_consumed else 0)
        clock = core.lower() in _CLOCK_MARKS
        if dot_consumed and not new.endswith(".") and (_keeps_period(core, data) or data.streets.get(core + ".") == new) and ctx.sentence_ends_after(data, clock):
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
    return not (last in data.months or last in data.abbreviations or last in data.before_numbers or last in data.places or last in data.streets)


def _keeps_period(core: str, data: AbbreviationData) -> bool:
    """Can this abbreviation end a sentence? Titles never do (Sen. Smith)."""
    return core + "." not in data.titles and core.title() + "." not in data.titles


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
