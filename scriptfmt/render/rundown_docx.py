"""Rundown DOCX: the same landscape table as the PDF, for desks that edit in Word.

python-docx is imported only inside write_rundown_docx.
"""

from __future__ import annotations

from pathlib import Path

from scriptfmt.render.rundown_pdf import BAND, BREAK_BG, BLUE, GREY, HEAD_BG, HEADERS, RED
from scriptfmt.rundown import Rundown, block_note, clock, footer_text, hard_start_notes, long_date, over_under_text, with_blocks
from scriptfmt.durations import format_duration

# Column widths in inches (landscape Letter/A4 with 0.5 in margins leaves ~10 in).
COLUMN_INCHES = (0.55, 2.9, 0.65, 0.85, 0.65, 0.8, 0.9, 1.6, 1.1)


def write_rundown_docx(rundown: Rundown, out: Path) -> None:
    """Write the rundown table as a landscape .docx (atomically)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    from scriptfmt.output import atomic_path

    show = rundown.show
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = (Inches(11.69), Inches(8.27)) if show.paper == "a4" else (Inches(11), Inches(8.5))
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(0.5))
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(9.5)

    def rgb(hex_colour: str) -> RGBColor:
        return RGBColor.from_string(hex_colour.lstrip("#").upper())

    def shade(cell, hex_colour: str) -> None:
        props = cell._tc.get_or_add_tcPr()
        fill = OxmlElement("w:shd")
        fill.set(qn("w:val"), "clear")
        fill.set(qn("w:color"), "auto")
        fill.set(qn("w:fill"), hex_colour.lstrip("#"))
        props.append(fill)

    def put(cell, text: str, *, bold=False, colour=None, right=False, size=None) -> None:
        para = cell.paragraphs[0]
        para.paragraph_format.space_after = Pt(0)
        if right:
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = para.add_run(text)
        run.bold = bold
        if colour:
            run.font.color.rgb = rgb(colour)
        if size:
            run.font.size = Pt(size)

    heading = doc.add_paragraph()
    run = heading.add_run(show.title + (f"   {long_date(show.date)}" if show.date else "") + "   RUNDOWN")
    run.bold, run.font.size = True, Pt(16)
    talents = "   ".join(f"{t.id} {t.name} ({t.read_rate_wpm or rundown.default_wpm:g} wpm)" for t in rundown.talents.values())
    doc.add_paragraph(f"On air {clock(show.start)}   Hard out {clock(show.hard_out)}   Length {format_duration(show.length)}   {talents}")

    table = doc.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    table.autofit = False
    for i, name in enumerate(HEADERS):
        put(table.rows[0].cells[i], name, bold=True, right=i >= 4)
        shade(table.rows[0].cells[i], HEAD_BG)
    _repeat_header(table.rows[0], OxmlElement, qn)

    for block, item in with_blocks(rundown):
        if block is not None:
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            put(merged, f"BLOCK {block.letter}   {block_note(block, '   ')}", bold=True, colour="#FFFFFF")
            shade(merged, BAND)
        cells = table.add_row().cells
        colour = GREY if item.floated else None
        values = [
            item.page,
            item.slug + ("  [FLOAT]" if item.floated else "") + "".join(f"  [{n}]" for n in hard_start_notes(item, show)),
            item.talent or "",
            item.format,
            format_duration(item.read) if item.story else "",
            item.media_text(),
            format_duration(item.total) + (f" +{format_duration(item.over_target)}" if item.over_target else ""),
            clock(show.start + item.front) if item.front is not None else "—",
            clock(show.start + item.back) if item.back is not None else "—",
        ]
        for i, value in enumerate(values):
            put(cells[i], value, bold=item.is_break, colour=RED if i == 6 and item.over_target else colour, right=i >= 4)
            if item.is_break:
                shade(cells[i], BREAK_BG)
        if item.front is not None:  # elapsed time from the start, small and grey after the clock time
            extra = cells[7].paragraphs[0].add_run(f"  +{format_duration(item.front)}")
            extra.font.size, extra.font.color.rgb = Pt(7.5), rgb(GREY)
    cells = table.add_row().cells
    put(cells[1], f"PLANNED TOTAL  (length {format_duration(show.length)}"
        + (f", projected out {clock(show.start + rundown.projected_end)})" if rundown.has_hard_starts else ")"), bold=True)
    put(cells[6], format_duration(rundown.planned_total), bold=True, right=True)
    diff = round(rundown.over_under)
    put(cells[7], over_under_text(rundown.over_under), bold=True, right=True, colour=RED if diff > 0 else (BLUE if diff < 0 else None))
    for i, width in enumerate(COLUMN_INCHES):  # the grid LibreOffice and Word lay out from
        table.columns[i].width = Inches(width)
    for row in table.rows:
        if len({id(c._tc) for c in row.cells}) < len(row.cells):
            continue  # a merged block band
        for i, width in enumerate(COLUMN_INCHES[: len(row.cells)]):
            row.cells[i].width = Inches(width)

    footer = section.footer.paragraphs[0]
    footer.text = f"{show.title}  ·  {footer_text(rundown)}"
    footer.runs[0].font.size = Pt(8.5)
    with atomic_path(out) as tmp:
        doc.save(str(tmp))


def _repeat_header(row, OxmlElement, qn) -> None:
    props = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)
