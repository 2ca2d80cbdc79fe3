"""Rundown DOCX: the same landscape table as the PDF, for desks that edit in Word.

What the table says comes from rundown/table.py. The bytes are the same on every run
(render/repeatable.py). python-docx is imported only inside the functions that write.
"""

from __future__ import annotations

from pathlib import Path

from scriptfmt.durations import format_duration
from scriptfmt.output import write_bytes_atomic
from scriptfmt.render.repeatable import date_or_fixed, docx_bytes, fix_core_properties
from scriptfmt.rundown.model import Block, Item, Rundown, clock, long_date
from scriptfmt.rundown.table import (
    BAND, BREAK_BG, COLUMNS, GREY, HEAD_BG, RED, RIGHT, block_note, footer_text, item_cells, overlaps, talents_line,
    totals_cells, verdict_colour, with_blocks,
)

# Column widths in inches (landscape Letter/A4 with 0.5 in margins leaves ~10 in); Front (elapsed) is narrow.
COLUMN_INCHES = (0.55, 2.75, 0.65, 0.8, 0.6, 0.8, 0.9, 0.65, 0.95, 0.95)


class _Cells:
    """Writing and shading table cells (python-docx's names kept in one place)."""

    def __init__(self):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Pt, RGBColor

        self.right_align, self.element, self.qn, self.pt, self.rgb = WD_ALIGN_PARAGRAPH.RIGHT, OxmlElement, qn, Pt, RGBColor

    def put(self, cell, text: str, *, bold=False, colour=None, right=False, size=None) -> None:
        para = cell.paragraphs[0]
        para.paragraph_format.space_after = self.pt(0)
        if right:
            para.alignment = self.right_align
        run = para.add_run(text)
        run.bold = bold
        if colour:
            run.font.color.rgb = self.rgb.from_string(colour.lstrip("#").upper())
        if size:
            run.font.size = self.pt(size)

    def shade(self, cell, hex_colour: str) -> None:
        fill = self.element("w:shd")
        for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", hex_colour.lstrip("#"))):
            fill.set(self.qn(key), value)
        cell._tc.get_or_add_tcPr().append(fill)

    def repeat_header(self, row) -> None:
        flag = self.element("w:tblHeader")
        flag.set(self.qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(flag)


def _document(rundown: Rundown):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches, Pt

    show = rundown.show
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = (Inches(11.69), Inches(8.27)) if show.paper == "a4" else (Inches(11), Inches(8.5))
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(0.5))
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9.5)
    heading = doc.add_paragraph().add_run(show.title + (f"   {long_date(show.date)}" if show.date else "") + "   RUNDOWN")
    heading.bold, heading.font.size = True, Pt(16)
    talents = "   ".join(f"{tid} {text}" for tid, text in talents_line(rundown))
    doc.add_paragraph(f"On air {clock(show.start)}   Hard out {clock(show.hard_out)}   Length {format_duration(show.length)}   {talents}")
    footer = section.footer.paragraphs[0]
    footer.text = f"{show.title}  ·  {footer_text(rundown)}    Page "
    _field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES", "1")
    for run in footer.runs:
        run.font.size = Pt(8.5)
    return doc


def _field(paragraph, instruction: str, shown: str) -> None:
    """A field Word and LibreOffice fill in when they lay out the pages (PAGE, NUMPAGES)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, f" {instruction} "), ("separate", None), (None, shown), ("end", None)):
        if kind:
            part = OxmlElement("w:fldChar")
            part.set(qn("w:fldCharType"), kind)
        else:
            part = OxmlElement("w:instrText" if text.strip() == instruction else "w:t")
            part.text = text
            if part.tag == qn("w:instrText"):
                part.set(qn("xml:space"), "preserve")
        run._r.append(part)


def _item_row(table, item: Item, rundown: Rundown, cells: _Cells) -> None:
    row = table.add_row().cells
    colour = RED if overlaps(item) else (GREY if item.floated else None)
    for i, value in enumerate(item_cells(item, rundown.show)):
        late_total = i == 6 and item.over_target > 0
        cells.put(row[i], value, bold=item.is_break or late_total or (overlaps(item) and i in (1, 8)),
                  colour=RED if late_total else (GREY if i == 7 and not colour else colour), right=i in RIGHT, size=8.5 if i == 7 else None)
        if item.is_break:
            cells.shade(row[i], BREAK_BG)


def _band_row(table, block: Block, cells: _Cells) -> None:
    row = table.add_row().cells
    merged = row[0].merge(row[-1])
    cells.put(merged, f"BLOCK {block.letter}   {block_note(block, '   ')}", bold=True, colour="#FFFFFF")
    cells.shade(merged, BAND)


def _fix_widths(table) -> None:
    from docx.shared import Inches

    for i, width in enumerate(COLUMN_INCHES):  # the grid LibreOffice and Word lay out from
        table.columns[i].width = Inches(width)
    for row in table.rows:
        if len({id(c._tc) for c in row.cells}) < len(row.cells):
            continue  # a merged block band
        for i, width in enumerate(COLUMN_INCHES[: len(row.cells)]):
            row.cells[i].width = Inches(width)


def write_rundown_docx(rundown: Rundown, out: Path) -> None:
    """Write the rundown table as a landscape .docx, the same bytes for the same rundown."""
    doc, cells = _document(rundown), _Cells()
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.style, table.autofit = "Table Grid", False
    for i, name in enumerate(COLUMNS):
        cells.put(table.rows[0].cells[i], name, bold=True, right=i in RIGHT)
        cells.shade(table.rows[0].cells[i], HEAD_BG)
    cells.repeat_header(table.rows[0])
    for block, item in with_blocks(rundown):
        if block is not None:
            _band_row(table, block, cells)
        _item_row(table, item, rundown, cells)
    totals = table.add_row()
    totals.cells[7].merge(totals.cells[-1])
    for i, value in enumerate(totals_cells(rundown)[:8]):
        cells.put(totals.cells[i], value, bold=True, right=i in RIGHT, colour=verdict_colour(rundown) if i == 7 else None)
    _keep_with_previous(table, cells)
    _fix_widths(table)
    fix_core_properties(doc, date_or_fixed(rundown.show.date), f"{rundown.show.title} rundown")
    write_bytes_atomic(Path(out), docx_bytes(doc))


def _keep_with_previous(table, cells: _Cells) -> None:
    """The totals row never alone on a page: the row before it keeps with it, and it does not split."""
    table.rows[-1]._tr.get_or_add_trPr().append(cells.element("w:cantSplit"))
    for cell in table.rows[-2].cells:
        for para in cell.paragraphs:
            para.paragraph_format.keep_with_next = True
