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


def _open_quote(text: str) -> bool:
    """`«L'idea è nata due anni fa, quando`: a quotation left open at the end of the line."""
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _wrapped(texts: list[str]) -> int:
    """The column the copy was wrapped at, or 0 when it is not hard-wrapped copy without blank lines."""
    if len(texts) < _MIN_LINES or any(not t for t in texts[1:-1]) or max(len(t) for t in texts) > _LONGEST:
        return 0
    if sum(t.isupper() for t in texts) * 4 > len(texts) or sum(t[:1].isdigit() for t in texts) >= 2:
        return 0  # a script's or an agency's lines: capitals, time codes, numbered shots
    sizes = sorted(len(t) for t in texts)
    width = sizes[len(sizes) * 3 // 4]
    full = [t for t in texts if len(t) >= width * 0.8]
    open_ends = sum(not ends_sentence(t) for t in full)
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
    out: list[str] = []
    quoted = 0  # lines a quotation has run on
    last = ""  # the line above, as the page broke it
    for text in texts:
        prev = out[-1] if out else ""
        runs_on = bool(prev) and bool(text) and not ends_sentence(prev) and not prev.endswith(_CLOSING) and (len(last) + 1 + len(text.split()[0]) > width * 0.9 or text[:1].islower())
        if prev and text and ((_open_quote(prev) and quoted < _QUOTE_RUN) or runs_on):
            out[-1] = f"{prev} {text}"
            quoted = quoted + 1 if _open_quote(out[-1]) else 0
        else:
            out.append(text)
            quoted = 0
        last = text
    return out
