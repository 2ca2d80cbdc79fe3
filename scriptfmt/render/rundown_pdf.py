"""Rundown PDF: a landscape table the control room holds.

Page | Slug | Talent | Format | Read | Media | Total | Front | Back, with a header row
repeated on every page, a band per block, shaded break rows, floated rows greyed,
totals over their target in red, and a footer on every page with start, hard out,
planned total and OVER/UNDER. reportlab is imported only inside write_rundown_pdf.
"""

from __future__ import annotations

from pathlib import Path

from scriptfmt.rundown import Rundown, block_note, clock, footer_text, hard_start_notes, long_date, over_under_text, with_blocks
from scriptfmt.durations import format_duration

HEADERS = ("Page", "Slug", "Talent", "Format", "Read", "Media", "Total", "Front", "Back")
# PDF columns: Front is two columns under one header, elapsed (grey) and clock time.
# Shares of the usable width; the slug takes what is left.
WIDTHS = (0.055, 0.0, 0.065, 0.085, 0.065, 0.085, 0.09, 0.065, 0.085, 0.085)
INK, GREY, RED, BLUE = "#111111", "#8c8c8c", "#c0171c", "#1f4fb5"
BAND, BREAK_BG, HEAD_BG, RULE = "#2f3e4e", "#f1e7c6", "#d9dee4", "#b9c0c8"

_FONTS: tuple[str, str] | None = None


def _fonts() -> tuple[str, str]:
    """Register the bundled Liberation Sans once (accented and Cyrillic names print); fall back to Helvetica."""
    global _FONTS
    if _FONTS is None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = Path(__file__).resolve().parent.parent / "fonts"
        try:
            pdfmetrics.registerFont(TTFont("RundownSans", str(folder / "LiberationSans-Regular.ttf")))
            pdfmetrics.registerFont(TTFont("RundownSans-Bold", str(folder / "LiberationSans-Bold.ttf")))
            _FONTS = ("RundownSans", "RundownSans-Bold")
        except Exception:  # font files missing from a stripped install: still print
            _FONTS = ("Helvetica", "Helvetica-Bold")
    return _FONTS


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_rundown_pdf(rundown: Rundown, out: Path) -> None:
    """Write the rundown table to `out` (atomically: an old file is replaced only on success)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from scriptfmt.output import atomic_path

    regular, bold = _fonts()
    show = rundown.show
    page = landscape(A4 if show.paper == "a4" else letter)
    margin = 0.5 * inch
    usable = page[0] - 2 * margin
    fixed = sum(WIDTHS) * usable
    widths = [w * usable if w else usable - fixed for w in WIDTHS]

    cell = ParagraphStyle("cell", fontName=regular, fontSize=9.5, leading=11.5, textColor=colors.HexColor(INK))
    band = ParagraphStyle("band", parent=cell, fontName=bold, fontSize=10, textColor=colors.white)
    title = ParagraphStyle("title", parent=cell, fontName=bold, fontSize=16, leading=19)
    sub = ParagraphStyle("sub", parent=cell, fontSize=10, leading=13)
    slug_width = widths[1] - 12

    def fit(text: str) -> str:
        """Long slugs wrap inside their cell (plain strings keep every cell on one baseline)."""
        from reportlab.lib.utils import simpleSplit

        return "\n".join(simpleSplit(text, regular, 9.5, slug_width)) if pdfmetrics.stringWidth(text, regular, 9.5) > slug_width else text

    from reportlab.pdfbase import pdfmetrics

    ncol = len(WIDTHS)
    rows: list[list] = [["Page", "Slug", "Talent", "Format", "Read", "Media", "Total", "Front", "", "Back"]]
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), regular, 9.5),
        ("FONT", (0, 0), (-1, 0), bold, 9),
        ("SPAN", (7, 0), (8, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEAD_BG)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
        ("TEXTCOLOR", (7, 1), (7, -1), colors.HexColor(GREY)),
        ("FONTSIZE", (7, 1), (7, -1), 8.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for block, item in with_blocks(rundown):
        if block is not None:
            r = len(rows)
            note = block_note(block, " &nbsp; ")
            rows.append([Paragraph(f"BLOCK {block.letter} &nbsp;&nbsp;&nbsp; <font size=9>{note}</font>", band)] + [""] * (ncol - 1))
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor(BAND))]
        r = len(rows)
        timed = item.front is not None
        total = format_duration(item.total)
        if item.over_target:
            total += f"  +{format_duration(item.over_target)}"
            style += [("TEXTCOLOR", (6, r), (6, r), colors.HexColor(RED)), ("FONT", (6, r), (6, r), bold, 9.5)]
        rows.append([
            item.page,
            fit(item.slug + ("  [FLOAT]" if item.floated else "") + "".join(f"  [{n}]" for n in hard_start_notes(item, show))),
            item.talent or "",
            item.format,
            format_duration(item.read) if item.story else "",
            item.media_text(),
            total,
            f"+{format_duration(item.front)}" if timed else "",
            clock(show.start + item.front) if timed else "—",
            clock(show.start + item.back) if timed else "—",
        ])
        if item.floated:
            style.append(("TEXTCOLOR", (0, r), (-1, r), colors.HexColor(GREY)))
        if item.hard_start is not None:
            style.append(("FONT", (8, r), (8, r), bold, 9.5))  # the pinned clock time
        if item.is_break:
            style += [("BACKGROUND", (0, r), (-1, r), colors.HexColor(BREAK_BG)), ("FONT", (0, r), (6, r), bold, 9.5)]

    diff = rundown.over_under
    verdict_colour = RED if round(diff) > 0 else (BLUE if round(diff) < 0 else INK)
    r = len(rows)
    rows.append(["", f"PLANNED TOTAL   (length {format_duration(show.length)}"
        + (f", projected out {clock(show.start + rundown.projected_end)})" if rundown.has_hard_starts else ")"), "", "", "", "", format_duration(rundown.planned_total), over_under_text(diff), "", ""])
    style += [
        ("SPAN", (7, r), (-1, r)),
        ("FONT", (0, r), (-1, r), bold, 9.5),
        ("FONTSIZE", (7, r), (7, r), 9.5),
        ("TEXTCOLOR", (7, r), (7, r), colors.HexColor(verdict_colour)),
        ("LINEABOVE", (0, r), (-1, r), 1.2, colors.HexColor(INK)),
    ]

    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    heading = _esc(show.title) + (f" &nbsp; <font size=11>{_esc(long_date(show.date))}</font>" if show.date else "")
    talents = " &nbsp;·&nbsp; ".join(
        f"<b>{_esc(t.id)}</b> {_esc(t.name)} ({t.read_rate_wpm or rundown.default_wpm:g} wpm)" for t in rundown.talents.values()
    )
    story = [
        Paragraph(f"{heading} &nbsp; <font size=11 color='{GREY}'>RUNDOWN</font>", title),
        Paragraph(
            f"On air {clock(show.start)} &nbsp; Hard out {clock(show.hard_out)} &nbsp; Length {format_duration(show.length)}"
            + (f" &nbsp;&nbsp; {talents}" if talents else ""),
            sub,
        ),
        Spacer(1, 8),
        table,
    ]
    footer = footer_text(rundown)

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8.5)
        canvas.setFillColor(colors.HexColor(INK))
        canvas.drawString(margin, 0.3 * inch, f"{show.title}  ·  {footer}")
        canvas.drawRightString(page[0] - margin, 0.3 * inch, f"Page {doc.page}")
        canvas.restoreState()

    with atomic_path(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=0.6 * inch,
            title=f"{show.title} rundown", author="scriptfmt", invariant=1,
        )
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
