"""Quotation spans in a paragraph, found in one left-to-right pass over the marks.

Every press's marks pair up: “…” and "…" (American), ‘…’ and '…' with “…” nested inside
(British), «…» with or without inner spaces (French), »…« (German, Danish), „…“ and ‚…‘
(German), ”…” (Swedish), doubled ‘‘…’’ and ''…'' (typewriter and TeX feeds), and straight
and curly marks mismatched in one pair. Quotes nest (a quote may open with a nested one);
only the outermost spans are returned, nested marks stay inside their text.

A single mark is an apostrophe, not a quote, inside a word (`O'Neill`, `don’t`), after a
plural (`the nurses' union`), or in an elision (`'til`, `rock 'n' roll`, `the '90s`; the
elisions are data in styles/furniture.toml). An opening mark with no closing mark runs to
the end of the paragraph (`closed=False`): the convention for a quote that continues into
the next paragraph; a single mark left open inside a paragraph was an apostrophe after all.
Marks inside a cue span do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.speakers import speech_words

_MARK = re.compile("‘‘|’’|''|``|,,(?=[^\\W\\d_])|[“”„‟«»‹›\"‘’'‚]")  # `,,Tak` : a typewriter's low quote, two commas
# How each mark (after doubling is folded) closes: the marks that close a quote it opened.
_CLOSES = {
    "“": "”\"“", "\"": "\"”“", "„": "“”\"", "”": "”\"", "‟": "”\"", "«": "»", "»": "«", "‹": "›", "›": "‹",
    "‘": "’'", "’": "’'", "'": "'’", "‚": "‘’'",
}
_CLOSES["»"] += "»"  # Finnish and Swedish: »…»
# A typist's mismatched pair (`"We are tired of it,’ she said`, `‘… it," she said`): a single mark
# closes a double one (and the reverse) only right after the quote's last punctuation.
_MISMATCHED = {"“": "’'", "\"": "’'", "„": "’'", "‘": "\"”", "'": "\"”"}
_QUOTE_END = set(",.!?…")
_DOUBLE = {"‘‘": "“", "``": "“", "’’": "”", "''": "\"", ",,": "„"}
_OPEN_BEFORE = set("([{—–-:/«»‹›“”„\"‘’'‚…")  # what may stand before an opening mark
_CLOSE_AFTER = set(".,;:!?)]}—–-…«»‹›“”„\"‘’'")  # what may stand after a closing mark
_SINGLE = set("‘’'‚")
_MAX_DEPTH = 6
LEAD_OUT = (",", "?", "!", "—", "–", "-", "…", ":")  # punctuation that hands a quote to its attribution


@dataclass(eq=False, repr=False)
class QuoteSpan:
    start: int  # index of the opening mark
    end: int  # index after the closing mark (or len(text) when unclosed)
    closed: bool
    open_len: int = 1  # 2 for a doubled mark (‘‘, '')
    close_len: int = 1

    def inner(self, text: str) -> tuple[int, int]:
        """Start and end of the quoted words, without the marks."""
        return self.start + self.open_len, self.end - self.close_len if self.closed else self.end


@lru_cache(maxsize=1)
def elisions() -> frozenset[str]:
    """Words written with a leading apostrophe (`'til`, `'n'`): lower case, without the mark."""
    return frozenset(w.lower() for w in tomlfile.load_builtin("furniture.toml")["quotes"]["elisions"])


def find_quotes(text: str, skip: list[tuple[int, int]] = ()) -> list[QuoteSpan]:
    marks = _marks(text, sorted(skip))
    spans, failed = _pair(text, marks, singles=True)
    if failed:  # a single mark left open inside the paragraph was an apostrophe: pair again without it
        spans, _ = _pair(text, marks, singles=False)
    if "«" in text or "»" in text:
        spans = [part for span in spans for part in _incise(text, span)]
    return spans


@lru_cache(maxsize=1)
def _incise_pattern() -> re.Pattern:
    """`, said Marc Devaux, a lorry driver from Vénissieux,`: a French desk's attribution inside
    the marks (a verb of saying from styles/speech.toml, a name, an optional appositive)."""
    verbs = "|".join(sorted((re.escape(v) for v in speech_words().verbs), key=len, reverse=True))
    return re.compile(rf",[ ](?:{verbs})[ ][A-Z][^,«»]{{0,60}},(?:[ ](?:a|an|the|who)[ ][^,«»]{{0,80}},)?[ ]")



def _incise(text: str, span: QuoteSpan) -> list[QuoteSpan]:
    """« We are tired, said X, and we will not stop » -> two quotations around the incise."""
    if not span.closed or text[span.start] not in "«»":
        return [span]
    s, e = span.inner(text)
    m = _incise_pattern().search(text, s, e)
    if m is None:
        return [span]
    return [QuoteSpan(span.start, m.start() + 1, True, span.open_len, 0), QuoteSpan(m.end(), span.end, True, 0, span.close_len)]


def _marks(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, str, int]]:
    """(index, mark folded to one character, written length) for every mark outside the cues."""
    found = []
    k = 0
    for m in _MARK.finditer(text):  # jump from mark to mark: the scan runs at regex speed
        i = m.start()
        while k < len(skip) and skip[k][1] <= i:
            k += 1
        if k < len(skip) and skip[k][0] <= i:
            continue  # a mark inside a cue does not count
        written = m.group()
        if written in ("''", "‘‘") and _elision(text, i + 2):
            found.append((i, written[0], 1))  # `''Tis a done deal,'`: a quote opening on an elision
            continue
        found.append((i, _DOUBLE.get(written, written), len(written)))
    return found


def _pair(text: str, marks: list[tuple[int, str, int]], singles: bool) -> tuple[list[QuoteSpan], bool]:
    """Pair marks with a stack; return the outermost spans and whether a single mark was left
    open inside the paragraph (then the caller pairs again with single marks as apostrophes)."""
    spans: list[QuoteSpan] = []
    stack: list[tuple[int, str, int]] = []  # open marks: (index, mark, length)
    n = len(text)
    closer_next = _closer_follows(text, marks)
    elided = -1  # the closing mark of an elision written with two (`'n'`): not a quotation mark
    for k, (i, ch, size) in enumerate(marks):
        before = text[i - 1] if i > 0 else " "
        after = text[i + size] if i + size < n else " "
        if ch in _SINGLE and (before.isalnum() and after.isalnum() or i == elided):
            continue  # O'Neill, don't
        if ch in _SINGLE and not before.isalnum() and after.isalpha():
            elided = _elision_close(text, i + size)
        depth = _closing_depth(stack, ch, before, after, text, i, closer_next[k])
        if depth >= 0:
            start, _, open_len = stack[depth]
            del stack[depth:]
            if not stack:
                spans.append(QuoteSpan(start, i + size, True, open_len, size))
            continue
        if len(stack) < _MAX_DEPTH and _opens(text, i, ch, size, before, after, singles):
            stack.append((i, ch, size))
    if stack:
        start, ch, open_len = stack[0]
        if ch in _SINGLE and text[:start].strip() and not _leads_in(text, start, open_len):
            return spans, True
        spans.append(QuoteSpan(start, n, False, open_len, 0))
    return spans, False


def _leads_in(text: str, start: int, size: int) -> bool:
    """`said: ‘I am …` left open: a quotation carried into the next paragraph, not an apostrophe
    (the mark follows a colon or comma lead-in and opens on a capital)."""
    before = text[:start].rstrip()
    after = text[start + size : start + size + 1]
    return before.endswith((":", ",", "—", "–")) and after.isupper()


def _closer_follows(text: str, marks: list[tuple[int, str, int]]) -> list[bool]:
    """For each mark: is the next single mark after it shaped like a closing one (`right,' she`)?
    Read right to left once, so the pairing stays linear."""
    out = [False] * len(marks)
    nxt = False
    for k in range(len(marks) - 1, -1, -1):
        out[k] = nxt
        i, ch, size = marks[k]
        if ch in _SINGLE:
            before = text[i - 1] if i > 0 else " "
            after = text[i + size] if i + size < len(text) else " "
            if not (before.isalnum() and after.isalnum()) and not (not before.isalnum() and _elision(text, i + size)):
                nxt = not before.isspace() and not after.isalnum()  # (`'cause`, `'90s` are neither: skipped)
    return out


def _closing_depth(stack: list, ch: str, before: str, after: str, text: str, i: int, closer_next: bool = True) -> int:
    """The stack depth this mark closes, or -1 when it closes nothing."""
    for depth in range(len(stack) - 1, -1, -1):
        opener = stack[depth][1]
        if ch not in _CLOSES[opener] and not (ch in _MISMATCHED.get(opener, "") and before in _QUOTE_END and not after.isalnum()):
            continue
        if opener in "«»‹›":
            if opener == ch == "»" and before.isspace():
                continue  # Finnish `»…»` closes on a mark that hugs the last word
            return depth  # guillemets pair whatever the spacing
        if before.isspace() and not after.isspace() and ch not in "”":
            return -1  # a mark before a word opens (a nested quote), it does not close
        runs_on = closer_next or _leads_in(text, stack[depth][0], stack[depth][2])  # `said: ‘I …` may run to the paragraph's end
        if ch in _SINGLE and not _closes_single(text, i, before, after, runs_on):
            return -1
        return depth
    return -1


def _closes_single(text: str, i: int, before: str, after: str, closer_next: bool = True) -> bool:
    """A single mark closes a quote unless it is a plural's apostrophe (`'The nurses' union is
    right,' she said`): `s'` before a lower-case word, when a closing mark still follows or the
    quote is a full one led in by a colon that may run on. Otherwise (`so-called 'core services'
    like water`) it is the quote's close."""
    if before.isspace():
        return False
    word = text[i + 3 : i + 4] if text[i + 2 : i + 3] in ("'", "’") else text[i + 2 : i + 3]  # `goin' 'til`: the word after an elision's mark
    if after == " " and word.islower() and closer_next and (before in "sSzZ" or text[i - 2 : i].lower() == "in"):
        return False  # `the drivers' strike`, `fightin' for`: an apostrophe, the quote closes later
    return after.isspace() or after in _CLOSE_AFTER


def _opens(text: str, i: int, ch: str, size: int, before: str, after: str, singles: bool) -> bool:
    if ch in "«‹„":
        return True
    if ch in "»›":  # German »…«: the mark hugs the word it opens; Danish `» … «` may be spaced
        return not after.isspace() or not before.isalnum()
    if ch not in _SINGLE and before in ".!?" and after.isupper():
        return True  # `he said.“Like the …`: a new quotation run on without its space
    if after.isspace() or not (before.isspace() or before in _OPEN_BEFORE):
        return False
    if ch in _SINGLE:
        return singles and not _elision(text, i + size)
    return True


def _elision_close(text: str, j: int) -> int:
    """`'n'`: the index of the mark that closes an elision opening at text[j], else -1."""
    k = j
    while k < len(text) and k - j < 12 and text[k].isalpha():
        k += 1
    return k if k < len(text) and text[k] in "'’" and text[j:k].lower() + "'" in elisions() else -1


def _elision(text: str, j: int) -> bool:
    """`'til`, `'90s`, `'n'`: the word right after the mark is a known elision or a number."""
    if j < len(text) and text[j].isdigit():
        return True
    k = j
    while k < len(text) and k - j < 12 and (text[k].isalpha()):
        k += 1
    word = text[j:k].lower()
    if k < len(text) and text[k] in "'’" and word + "'" in elisions():
        return True
    return word in elisions()
