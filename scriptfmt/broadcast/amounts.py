"""Numbers in read copy: amounts, money, percentages, dates, clock times, fractions, ranges and scores.

`Amounts` is the number half of the rewriter (rewrite.py): each method takes a chunk
core and its context and returns the broadcast form, or None to leave it as written.
"""

from __future__ import annotations

import regex

from scriptfmt.broadcast import numbers as N
from scriptfmt.broadcast.context import _Context

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


def _decimal_digit(whole: int, digit: str) -> str:
    """A decimal digit written like the whole part before it: one-point-five, 12-point-5."""
    return N.ONES[int(digit)] if N.broadcast_int(whole).isalpha() else digit


def _num_value(m: regex.Match) -> tuple[int, str | None] | None:
    digits = m.group("int").replace(",", "")
    if len(digits) > N.MAX_WORDS_DIGITS:
        return None
    return int(digits), m.group("dec")


def _plain_amount(whole: int, dec: str | None) -> str:
    return N.broadcast_decimal(whole, dec) if dec else N.broadcast_int(whole)


class Amounts:
    """Number rules; the rewriter provides `self.rx` (patterns)."""

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
            return neg + self.money(cur, whole, dec, scale, self.is_adjective(ctx, consumed)), consumed
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
        if not neg and 1 <= whole <= 31 and ctx.prev_word() in self.data.months:
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

    def is_adjective(self, ctx: _Context, consumed: int) -> bool:
        """Is the amount in front of a noun (`a $3 million grant`, `the $2 billion plan`)? After
        `a`/`an` any plain lower-case word that is not a preposition, verb or conjunction is
        the noun; otherwise only the money nouns the data lists."""
        head = ctx.word_after(consumed).rstrip(".,;:!?")
        if not head.isalpha() or not head.islower():
            return False
        if head in self.data.money_nouns:
            return True
        return ctx.prev_word().lower() in ("a", "an") and head not in self.data.not_nouns

    def money(self, cur: str, whole: int, dec: str | None, scale: str | None, adjective: bool = False) -> str:
        one, many, cent, cents = _CURRENCIES[cur]
        if scale and adjective:
            # one hyphenated modifier: "a three-million-dollar grant", "a 12-point-5-million-dollar grant"
            point = "-".join(_decimal_digit(whole, d) for d in dec) if dec else ""
            amount = f"{N.broadcast_int(whole)}-point-{point}" if dec else N.broadcast_int(whole)
            return f"{amount}-{scale}-{one}"
        if scale:
            amount = N.broadcast_decimal(whole, dec) + f" {scale}" if dec else f"{N.broadcast_int(whole)}-{scale}"
            return f"{amount} {many}"
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
