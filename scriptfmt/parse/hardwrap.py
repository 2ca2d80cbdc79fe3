"""Copy pasted from a printed page with a line break every ~70 characters and no blank line between
its paragraphs (a magazine's PDF, a wire's fixed-width feed): its paragraphs joined back, before any
shape is read. A line joins the next when it runs on: it is as long as the column and does not end a
sentence, the next opens in lower case, or a quotation it opens (« …, “ …) is still open."""

from __future__ import annotations

from scriptfmt.parse.headings import ends_sentence

__all__ = ["unwrap"]

_MIN_LINES = 8  # a page: a handful of lines is a script's or a headline's
_WIDTH = (45, 100)  # the column a page is wrapped at, about
_LONGEST = 110  # a line longer than any column: the copy is not hard-wrapped
_CLOSING = ("»", "”", ":")  # `Lucia Ferraris: «In tv porto le storie»`: a headline's quotation closed; a lead-in's colon
_QUOTE_RUN = 20  # a quotation runs on over this many lines at most
_STAMP_OPENERS = ":.([-"  # `:00:18. > :00:21.`, `[00:12]`, `(1)`: a time code or a number opening the line
_CJK_ENDS = ("。", "」", "』", "！", "？", "﹔")  # `…的判斷。」`: a Chinese or Japanese sentence, or its quotation, closed


def _marks(text: str) -> tuple[int, int, int]:
    """The quotation marks a line opens and closes: « less », “ less ”, and its straight double quotes."""
    return text.count("«") - text.count("»"), text.count("“") - text.count("”"), text.count('"')


def _open_quote(marks: tuple[int, int, int]) -> bool:
    """`«L'idea è nata due anni fa, quando`: a paragraph whose marks (`_marks`, summed) leave a quotation open."""
    return marks[0] > 0 or marks[1] > 0 or marks[2] % 2 == 1


def leaves_quote_open(text: str) -> bool:
    """`"COUNTRY, ROCK 'N' ROLL -- IT ALL CAME THROUGH THIS`: a line whose quotation goes on below it."""
    return _open_quote(_marks(text))


def _wrapped(texts: list[str]) -> int:
    """The column the copy was wrapped at, or 0 when it is not hard-wrapped copy without blank lines."""
    if len(texts) < _MIN_LINES or any(not t for t in texts[1:-1]) or max(len(t) for t in texts) > _LONGEST:
        return 0
    if sum(t.isupper() for t in texts) * 4 > len(texts) or sum(t.lstrip(_STAMP_OPENERS)[:1].isdigit() for t in texts) >= 2:
        return 0  # a script's or an agency's lines: capitals, time codes, numbered shots
    sizes = sorted(len(t) for t in texts)
    width = sizes[len(sizes) * 3 // 4]
    full = [t for t in texts if len(t) >= width * 0.8]
    open_ends = sum(not ends_sentence(t) and not t.endswith(_CJK_ENDS) for t in full)
    if not _WIDTH[0] <= width <= _WIDTH[1] or len(full) < len(texts) // 2 or open_ends * 2 < len(full):
        return 0  # most lines as long as the column, and most of those cut mid-sentence
    return width


def unwrap(lines: list[str]) -> list[str]:
    """The lines of hard-wrapped copy joined into paragraphs (other copy unchanged)."""
    texts = [line.strip() for line in lines]
    while texts and not texts[-1]:
        texts.pop()
    width = _wrapped(texts)
    if not width:
        return lines
    paragraphs: list[list[str]] = []  # each paragraph's lines, joined once at the end
    marks = (0, 0, 0)  # the quotation marks of the paragraph being joined, summed line by line
    quoted = 0  # lines a quotation has run on
    last = ""  # the line above, as the page broke it
    for text in texts:
        parts = paragraphs[-1] if paragraphs else []
        tail = " ".join(parts[-3:])  # the paragraph's end, enough to tell whether it ends a sentence
        prev = bool(parts) and bool(parts[-1] or len(parts) > 1)
        runs_on = prev and bool(text) and not ends_sentence(tail) and not tail.endswith(_CLOSING)
        # and the line above had no room for this line's first word, or this line opens in lower case
        runs_on = runs_on and (len(last) + 1 + len(text.split()[0]) > width * 0.9 or text[:1].islower())
        if prev and text and ((_open_quote(marks) and quoted < _QUOTE_RUN) or runs_on):
            parts.append(text)
            marks = tuple(a + b for a, b in zip(marks, _marks(text)))
            quoted = quoted + 1 if _open_quote(marks) else 0
        else:
            paragraphs.append([text])
            marks, quoted = _marks(text), 0
        last = text
    return [" ".join(parts) for parts in paragraphs]
