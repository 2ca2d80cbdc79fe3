"""Rundown PDF: a landscape table the control room holds.

Page | Slug | Talent | Format | Read | Media | Total | Front | Clock | Back, the header row on
every page, a band per block, shaded break rows, floated rows greyed, totals over their target
and hard starts the show reaches late (OVERLAP) in red, `Page x of y` and the footer's sums on
every page. What the table says comes from rundown/table.py; this module only lays it out.

Linear in items: the body is a run of small tables (a long single table is re-measured at
every page break), and the header row is drawn by the page template, not repeated by a table.
reportlab is imported only inside the functions that draw.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scriptfmt.rundown.model import Item, Rundown, clock, long_date
from scriptfmt.durations import format_duration
from scriptfmt.render.fonts import font_warnings, register_fonts, with_fallback
from scriptfmt.rundown.table import (
    BAND, BREAK_BG, COLUMNS, GREY, HEAD_BG, INK, RED, RULE, block_note, footer_text, item_cells, overlaps, talents_line,
    totals_cells, verdict_colour, with_blocks,
)

# Shares of the usable width, one per column; the slug takes what is left.
WIDTHS = (0.055, 0.0, 0.065, 0.085, 0.065, 0.085, 0.09, 0.065, 0.085, 0.085)
SIZE, LEAD, PAD = 9.5, 11.5, 3.5
CHUNK_ROWS = 20  # rows per body table: small enough that splitting one stays cheap
WRAPPED = (1, 2, 3)  # Slug, Talent, Format: long words and URLs break inside the cell
REGULAR, BOLD = "Sans", "Sans-Bold"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class _Row:
    cells: list
    style: list[tuple] = field(default_factory=list)  # commands on row 0, moved to the row's place
    band: bool = False  # a block band: never the last row of a page


def _wrap(text: str, width: float) -> str:
    """Break `text` into lines that fit `width`: at spaces, and inside words longer than a line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, REGULAR, SIZE) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for ch in word:  # a word wider than the cell: break it where it must
            if line and stringWidth(line + ch, REGULAR, SIZE) > width:
                lines.append(line)
                line = ""
            line += ch
    lines.append(line)
    return "\n".join(lines)


class _Sheet:
    """The page geometry, the paragraph styles and the cells of one rundown."""

    def __init__(self, rundown: Rundown):
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4, landscape, letter
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import inch

        self.rundown, self.show, self.colors, self.inch = rundown, rundown.show, colors, inch
        self.page = landscape(A4 if self.show.paper == "a4" else letter)
        self.margin = 0.5 * inch
        usable = self.page[0] - 2 * self.margin
        fixed = sum(WIDTHS) * usable
        self.widths = [w * usable if w else usable - fixed for w in WIDTHS]
        self.cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=SIZE, leading=LEAD, textColor=colors.HexColor(INK))
        self.title = ParagraphStyle("title", parent=self.cell, fontName=BOLD, fontSize=16, leading=19)
        self.sub = ParagraphStyle("sub", parent=self.cell, fontSize=10, leading=13)
        self.warnings: list[str] = []

    def text(self, value: str, column: int, where: str):
        """A cell: a plain string (wrapped to the column), or a Paragraph when a fallback font is needed."""
        if not value.isascii():  # Liberation Sans has every printable ASCII character
            self.warnings += font_warnings(value, where)
            markup, fallback = with_fallback(value)
            if fallback:
                from reportlab.platypus import Paragraph

                return Paragraph(markup, self.cell)
        return _wrap(value, self.widths[column] - 2 * 6) if column in WRAPPED else value

    def item_row(self, item: Item) -> _Row:
        hex_ = self.colors.HexColor
        where = f"{self.rundown.source}:{item.line}" if item.line else self.rundown.source
        cells = [self.text(v, n, where) if n in WRAPPED else v for n, v in enumerate(item_cells(item, self.show))]
        style: list[tuple] = []
        if item.floated:
            style.append(("TEXTCOLOR", (0, 0), (-1, 0), hex_(GREY)))
        if item.over_target:
            style += [("TEXTCOLOR", (6, 0), (6, 0), hex_(RED)), ("FONT", (6, 0), (6, 0), BOLD, SIZE)]
        if item.hard_start is not None:
            style.append(("FONT", (8, 0), (8, 0), BOLD, SIZE))  # the pinned clock time
        if overlaps(item):
            style += [("TEXTCOLOR", (0, 0), (-1, 0), hex_(RED)), ("FONT", (0, 0), (1, 0), BOLD, SIZE), ("FONT", (8, 0), (8, 0), BOLD, SIZE)]
        if item.is_break:
            style += [("BACKGROUND", (0, 0), (-1, 0), hex_(BREAK_BG)), ("FONT", (0, 0), (6, 0), BOLD, SIZE)]
        return _Row(cells, style)

    def band_row(self, block) -> _Row:
        """BLOCK A and its sums, white on the band colour (plain strings: a Paragraph per band costs)."""
        cells = [f"BLOCK {block.letter}      {block_note(block, '   ')}"] + [""] * (len(WIDTHS) - 1)
        style = [
            ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), self.colors.HexColor(BAND)),
            ("TEXTCOLOR", (0, 0), (-1, 0), self.colors.white), ("FONT", (0, 0), (0, 0), BOLD, SIZE),
            ("ALIGN", (0, 0), (0, 0), "LEFT"), ("NOSPLIT", (0, 0), (-1, 1)),  # the band stays with the row after it
        ]
        return _Row(cells, style, band=True)

    def totals_row(self) -> _Row:
        style = [
            ("SPAN", (7, 0), (-1, 0)), ("FONT", (0, 0), (-1, 0), BOLD, SIZE), ("FONTSIZE", (7, 0), (7, 0), SIZE),
            ("TEXTCOLOR", (7, 0), (7, 0), self.colors.HexColor(verdict_colour(self.rundown))),
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, self.colors.HexColor(INK)),
        ]
        return _Row(totals_cells(self.rundown), style)

    def rows(self) -> list[_Row]:
        out: list[_Row] = []
        for block, item in with_blocks(self.rundown):
            if block is not None:
                out.append(self.band_row(block))
            out.append(self.item_row(item))
        return out + [self.totals_row()]

    def table(self, rows: list[_Row], header: bool = False, keep: bool = False):
        """One body table: shared column widths and looks; the rows' own commands moved into place."""
        from reportlab.platypus import Table, TableStyle

        style: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, SIZE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
            ("TEXTCOLOR", (7, 0), (7, -1), self.colors.HexColor(GREY)), ("FONTSIZE", (7, 0), (7, -1), 8.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, self.colors.HexColor(RULE)),
            ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        ]
        if header:
            style += [("FONT", (0, 0), (-1, 0), BOLD, 9), ("BACKGROUND", (0, 0), (-1, 0), self.colors.HexColor(HEAD_BG)),
                      ("TEXTCOLOR", (7, 0), (7, 0), self.colors.HexColor(INK)), ("FONTSIZE", (7, 0), (7, 0), 9)]
        for n, row in enumerate(rows):
            style += [(cmd, (a[0], n + a[1]), (b[0], n + b[1]), *rest) for cmd, a, b, *rest in row.style]
        if keep:
            style.append(("NOSPLIT", (0, 0), (-1, -1)))
        return Table([r.cells for r in rows], colWidths=self.widths, style=TableStyle(style))


def _chunks(rows: list[_Row]) -> list[list[_Row]]:
    """Runs of about CHUNK_ROWS rows; a band stays with the row after it, the totals with the two before."""
    body, last = rows[:-3], rows[-3:]
    out: list[list[_Row]] = []
    for row in body:
        if out and len(out[-1]) < CHUNK_ROWS or (out and out[-1][-1].band):
            out[-1].append(row)
        else:
            out.append([row])
    if out and out[-1][-1].band:
        last.insert(0, out[-1].pop())
    return [chunk for chunk in out if chunk] + [last]


def _heading(sheet: _Sheet) -> list:
    from reportlab.platypus import Paragraph, Spacer

    show = sheet.show
    heading = with_fallback(show.title)[0] + (f" &nbsp; <font size=11>{_esc(long_date(show.date))}</font>" if show.date else "")
    talents = " &nbsp;·&nbsp; ".join(f"<b>{with_fallback(tid)[0]}</b> {with_fallback(text)[0]}" for tid, text in talents_line(sheet.rundown))
    sheet.warnings += font_warnings(show.title + "".join(text for _, text in talents_line(sheet.rundown)), sheet.rundown.source)
    on_air = f"On air {clock(show.start)} &nbsp; Hard out {clock(show.hard_out)} &nbsp; Length {format_duration(show.length)}"
    return [
        Paragraph(f"{heading} &nbsp; <font size=11 color='{GREY}'>RUNDOWN</font>", sheet.title),
        Paragraph(on_air + (f" &nbsp;&nbsp; {talents}" if talents else ""), sheet.sub),
        Spacer(1, 8),
    ]


def write_rundown_pdf(rundown: Rundown, out: Path) -> list[str]:
    """Write the rundown table to `out` (a path the caller renames into place). Returns warnings
    (`file:line: …`) about text the PDF cannot show as written."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    sheet = _Sheet(rundown)
    header = sheet.table([_Row(list(COLUMNS))], header=True)
    header_h = header.wrap(sum(sheet.widths), 100)[1]
    page_w, page_h = sheet.page
    m, bottom = sheet.margin, 0.6 * sheet.inch
    footer = f"{rundown.show.title}  ·  {footer_text(rundown)}"

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        if doc.page > 1:  # the header row, repeated where the body's table continues
            header.drawOn(canvas, m, page_h - m - header_h)
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(sheet.colors.HexColor(INK))
        canvas.drawString(m, 0.3 * sheet.inch, footer)
        canvas.restoreState()

    first = Frame(m, bottom, page_w - 2 * m, page_h - m - bottom, 0, 0, 0, 0, id="first")
    later = Frame(m, bottom, page_w - 2 * m, page_h - m - header_h - bottom, 0, 0, 0, 0, id="later")
    doc = BaseDocTemplate(str(out), pagesize=sheet.page, title=f"{rundown.show.title} rundown", author="scriptfmt",
                          invariant=1, initialFontName=REGULAR)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=decorate, autoNextPageTemplate="later"),
                          PageTemplate("later", [later], onPage=decorate, autoNextPageTemplate="later")])
    chunks = _chunks(sheet.rows())
    body = [sheet.table(chunk, keep=n == len(chunks) - 1) for n, chunk in enumerate(chunks)]  # the totals never alone
    story = _heading(sheet) + [header] + body
    doc.build(story, canvasmaker=_page_x_of_y(page_w - m, 0.3 * sheet.inch))
    return list(dict.fromkeys(sheet.warnings))


def _page_x_of_y(right: float, y: float):
    """A canvas class that writes `Page x of y` once the page count is known."""
    from reportlab.pdfgen.canvas import Canvas

    class Numbered(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(REGULAR, 8.5)
                self.drawRightString(right, y, f"Page {number} of {len(self._pages)}")
                super().showPage()
            super().save()

    return Numbered
