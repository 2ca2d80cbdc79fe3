"""DOCX page box and page count, without reportlab: the "OF y" a DOCX header shows.

Word recomputes SECTIONPAGES when it lays out the header, but LibreOffice shows the value
stored in the file, so the count is estimated here the way a word processor fills the
page: rows of the split-page table never split (w:cantSplit), a cue row keeps with the next
one, line heights follow the Word styles (Arial: a single line is 1.15 × the size), and
words are measured with Arial's average advance per character class. It is an estimate;
the PDF renderer paginates exactly with its own metrics.
"""

from __future__ import annotations

from dataclasses import dataclass

from scriptfmt.render._layout import Para, Script
from scriptfmt.styles import Style

INCH = 72.0
PAGE_POINTS = {"letter": (612.0, 792.0), "a4": (595.2756, 841.8898)}
LINE = 1.15  # Arial's single line height, in ems
TABLE_LINE = 1.2  # in a table cell (LibreOffice, measured against its own layout)
BOLD = 1.06  # bold runs a little wider
_WIDTH = {"upper": 0.69, "lower": 0.5, "digit": 0.556, "space": 0.278, "narrow": 0.278, "other": 0.584}
_NARROW = set(".,;:'’‘!|()[]iIjlft-“”\"")


@dataclass(frozen=True)
class PageBox:
    """Where the body sits on a page (points): the header above it, (MORE) below it."""

    page_w: float
    page_h: float
    margin_top: float  # the page edge to the body (the header sits in it)
    margin_bottom: float
    header_distance: float
    footer_distance: float
    row_gap: float  # space under each row of the split-page table
    body_h: float


def page_box(style: Style) -> PageBox:
    page_w, page_h = PAGE_POINTS[style["page.size"]]
    mt, mb = style["page.margin_top"] * INCH, style["page.margin_bottom"] * INCH
    size, cue, header = float(style["font.size"]), float(style["font.cue_size"]), float(style["font.header_size"])
    top, bottom = mt + header * 2.6, mb + size * 1.4
    return PageBox(page_w, page_h, top, bottom, mt - header * 1.2, max(mb - size * 0.56, 14), cue * 0.9, page_h - top - bottom)


def _char_width(ch: str) -> float:
    if ch == " ":
        return _WIDTH["space"]
    if ch in _NARROW:
        return _WIDTH["narrow"]
    if ch.isdigit():
        return _WIDTH["digit"]
    if ch.isupper():
        return _WIDTH["upper"]
    return _WIDTH["lower"] if ch.isalpha() else _WIDTH["other"]


_EMS: dict[str, float] = {}  # word -> width in ems; a book repeats its words thousands of times
_EMS_LIMIT = 200_000  # words; `watch` runs for days: start afresh rather than grow without end


def word_ems(word: str) -> float:
    ems = _EMS.get(word)
    if ems is None:
        if len(_EMS) >= _EMS_LIMIT:
            _EMS.clear()
        ems = _EMS[word] = sum(_char_width(c) for c in word)
    return ems


def line_count(text: str, size: float, width: float, bold: bool = False) -> int:
    """Lines a greedy word wrap gives `text` at `size` points in `width` points."""
    scale = size * (BOLD if bold else 1.0)
    space = _WIDTH["space"] * scale
    ems = _EMS
    words = [ems.get(word) or word_ems(word) for word in text.split()]  # no word is 0 ems wide
    if (sum(words) * scale + space * (len(words) - 1)) < width - 1e-6:  # one line, whatever the rounding
        return 1
    lines, used = 1, 0.0
    for w in words:
        w *= scale
        if used and used + space + w > width:
            lines, used = lines + 1, w
        else:
            used = used + space + w if used else w
    return lines


class PageEstimate:
    """Pages of one story's DOCX section, from the Word styles (size, bold, spacing, space after)."""

    def __init__(self, style: Style, specs: dict[str, tuple], box: PageBox):
        self.specs, self.box = specs, box
        text_w = box.page_w - (style["page.margin_left"] + style["page.margin_right"]) * INCH
        gap = style["columns.gap"] * INCH
        self.left_w = text_w * style["columns.left_width"] - gap / 2
        self.right_w = text_w - text_w * style["columns.left_width"] - gap / 2
        self.single_w = text_w

    def height(self, paras: list[Para], width: float, line: float = LINE) -> float:
        total = 0.0
        for para in paras:
            size, bold, _italic, spacing, after, _centred = self.specs[para.role]
            total += line_count(para.text, size, width, bold) * size * line * spacing + after
        return total

    def pages(self, script: Script) -> int:
        heights = []
        for row in script.rows:
            if script.columns == 2:
                left, right = self.height(row.left, self.left_w, TABLE_LINE), self.height(row.right, self.right_w, TABLE_LINE)
                heights.append(max(left, right) + self.box.row_gap)
            else:
                heights.append(self.height(row.left + row.right, self.single_w) + (self.box.row_gap * 2 if row.keep_together else 0))
        if script.end_mark:
            heights.append(self.height([Para("end", script.end_mark)], self.single_w))
        return self._fill(heights, [r.keep_with_next for r in script.rows])

    def _fill(self, heights: list[float], keep_next: list[bool]) -> int:
        room, pages, used = self.box.body_h, 1, 0.0
        for n, h in enumerate(heights):
            need = h + (heights[n + 1] if n < len(keep_next) and keep_next[n] and n + 1 < len(heights) else 0.0)
            if used and used + min(need, room) > room:
                pages, used = pages + 1, 0.0
            while h > room:  # taller than a page: the word processor breaks it anyway
                h -= room
                pages += 1
            used += h
        return pages
