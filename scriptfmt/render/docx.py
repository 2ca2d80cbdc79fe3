"""Anchor scripts as DOCX, with named Word styles a newsroom can restyle.

python-docx is imported only inside `write_docx`. Each story is its own section (new
page, page numbers restart) whose header carries slug, talent, date, PAGE x OF y (Word
fields PAGE and SECTIONPAGES) and the story time; the footer shows (MORE) through an IF
field on every page but the last. The split page is one borderless two-column table per
story: rows (one paragraph of copy, or a soundbite block) cannot split, cue rows keep
with the next row, paragraphs keep their lines together (so no sentence is split). Body XML is built as text per story and
parsed once, which keeps a 1,000-page script book fast. Output is byte-identical between
runs: fixed core-properties dates and fixed zip entry timestamps.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from xml.sax.saxutils import escape as _escape

from scriptfmt.model import Story
from scriptfmt.output import write_bytes_atomic
from scriptfmt.render._docx_pages import PageEstimate, page_box
from scriptfmt.render.repeatable import docx_bytes
from scriptfmt.render._layout import Para, Row, Script, build_scripts, story_date

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PAGE_TWIPS = {"letter": (12240, 15840), "a4": (11906, 16838)}

# role -> Word style name; a newsroom restyles these in Word
STYLE_NAMES = {
    "read": "Read Copy",
    "direction": "Direction",
    "cue": "Cue",
    "super": "Super",
    "time": "Segment Time",
    "sot": "Soundbite Cue",
    "transcript": "Soundbite",
    "end": "End Mark",
}
# no borders but a thin rule between the columns
TABLE_BORDERS = (
    '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
    '<w:insideH w:val="nil"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="999999"/></w:tblBorders>'
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    """XML text: markup escaped, control characters (not allowed in XML 1.0) dropped."""
    return _escape(_NOT_XML.sub("", text))


FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def role_specs(style) -> dict[str, tuple]:
    """role -> (size, bold, italic, line spacing, space after, centred): the Word styles, and
    what the page estimate measures."""
    size, cue = float(style["font.size"]), float(style["font.cue_size"])
    return {
        # role: (size, bold, italic, line spacing, space after, centred)
        "read": (size, False, False, float(style["text.line_spacing"]), size * 0.5, False),
        "direction": (size, True, False, float(style["text.line_spacing"]), size * 0.5, False),
        "cue": (cue, True, False, 1.0, cue * 0.35, False),
        "super": (cue, False, False, 1.0, cue * 0.35, False),
        "time": (cue, False, False, 1.0, cue * 0.35, False),
        "sot": (cue, True, False, 1.0, cue * 0.35, False),
        "transcript": (cue, False, True, 1.0, cue * 0.5, False),
        "end": (size, True, False, 1.0, 0, True),
    }


def _define_styles(doc, style) -> dict[str, str]:
    """Create the named styles; returns role -> style id."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    font, size, cue = style["font.docx"], float(style["font.size"]), float(style["font.cue_size"])
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = font, Pt(cue)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set(f"{{{W_NS}}}{attr}", font)
    normal.paragraph_format.space_after = Pt(0)
    ids = {}
    for role, (pt, bold, italic, spacing, after, centred) in role_specs(style).items():
        st = doc.styles.add_style(STYLE_NAMES[role], WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.size, st.font.bold, st.font.italic = Pt(pt), bold, italic
        st.paragraph_format.line_spacing = spacing
        st.paragraph_format.space_after = Pt(after)
        if role in ("read", "direction"):
            st.paragraph_format.keep_together = True
        if centred:
            st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ids[role] = st.style_id
    header = doc.styles.add_style("Script Header", WD_STYLE_TYPE.PARAGRAPH)
    header.base_style = normal
    header.font.size = Pt(float(style["font.header_size"]))
    more = doc.styles.add_style("More Mark", WD_STYLE_TYPE.PARAGRAPH)
    more.base_style = normal
    more.font.size, more.font.bold = Pt(size), True
    more.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ids["header"], ids["more"] = header.style_id, more.style_id
    return ids


class _Body:
    """Builds the WordprocessingML of one story's rows as text."""

    def __init__(self, ids: dict[str, str], text_twips: int, left_twips: int, row_gap: int, gap: int):
        self.ids, self.text_twips, self.left_twips, self.row_gap, self.gap = ids, text_twips, left_twips, row_gap, gap

    def para(self, para: Para, keep_next: bool = False, after: int = 0) -> str:
        keep = "<w:keepNext/>" if keep_next else ""
        if after:
            keep += f'<w:spacing w:after="{after}"/>'
        return (
            f'<w:p><w:pPr><w:pStyle w:val="{self.ids[para.role]}"/>{keep}</w:pPr>'
            f'<w:r><w:t xml:space="preserve">{escape(para.text)}</w:t></w:r></w:p>'
        )

    def paras(self, paras: list[Para], keep_next: bool) -> str:
        return "".join(self.para(p, keep_next) for p in paras) or "<w:p/>"

    def cell(self, width: int, paras: list[Para], keep_next: bool, side: str) -> str:
        pad = f'<w:tcMar><w:{side} w:w="{self.gap // 2}" w:type="dxa"/></w:tcMar>'
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{pad}</w:tcPr>{self.paras(paras, keep_next)}</w:tc>'

    def split(self, rows: list[Row]) -> str:
        left, right = self.left_twips, self.text_twips - self.left_twips
        head = (
            f'<w:tbl><w:tblPr><w:tblW w:w="{self.text_twips}" w:type="dxa"/>{TABLE_BORDERS}<w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:bottom w:w="{self.row_gap}" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
            f'</w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="{left}"/><w:gridCol w:w="{right}"/></w:tblGrid>'
        )
        out = [head]
        for row in rows:
            keep = row.keep_with_next
            tr = "<w:trPr><w:cantSplit/></w:trPr>"  # LibreOffice ignores keep-lines inside cells; rows are paragraphs
            out.append(f"<w:tr>{tr}{self.cell(left, row.left, keep, 'right')}{self.cell(right, row.right, keep, 'left')}</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def single(self, rows: list[Row]) -> str:
        out = []
        for row in rows:
            paras = row.left + row.right
            last = len(paras) - 1
            for n, para in enumerate(paras):
                keep = row.keep_with_next or (row.keep_together and n < last)
                # air below a soundbite block, as between rows of the split page
                out.append(self.para(para, keep, self.row_gap * 2 if row.keep_together and n == last else 0))
        return "".join(out)

    def story(self, script: Script) -> str:
        body = self.split(script.rows) if script.columns == 2 else self.single(script.rows)
        if script.end_mark:
            body += self.para(Para("end", script.end_mark))
        return body


def _field(instr: str, shown: str) -> str:
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">{escape(shown)}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _header_xml(script: Script, ids: dict[str, str], text_twips: int, pages_hint: str) -> str:
    left = escape("   ".join(script.header_left))
    runs = [f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{left}</w:t></w:r><w:r><w:tab/></w:r>']
    for n, part in enumerate(script.header_right):
        sep = "   " if n else ""
        if part == "{page}":
            runs.append(f'<w:r><w:t xml:space="preserve">{sep}PAGE </w:t></w:r>{_field("PAGE", "1")}')
            runs.append(f'<w:r><w:t xml:space="preserve"> OF </w:t></w:r>{_field("SECTIONPAGES", pages_hint)}')
        else:
            runs.append(f'<w:r><w:t xml:space="preserve">{sep}{escape(part)}</w:t></w:r>')
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{ids["header"]}"/>'
        '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'
        f'<w:tabs><w:tab w:val="right" w:pos="{text_twips}"/></w:tabs></w:pPr>{"".join(runs)}</w:p>'
    )


def _more_xml(script: Script, ids: dict[str, str]) -> str:
    """(MORE) on every page but the story's last: { IF { PAGE } < { SECTIONPAGES } "(MORE)" "" }."""
    more = escape(script.more_mark)
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{ids["more"]}"/></w:pPr>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        f'{_field("PAGE", "1")}<w:r><w:instrText xml:space="preserve"> &lt; </w:instrText></w:r>{_field("SECTIONPAGES", "1")}'
        f'<w:r><w:instrText xml:space="preserve"> "{more}" "" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t></w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t></w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def _add_header_footer(doc, section, n: int, header_xml: str, footer_xml: str) -> None:
    """Give a section its own header and footer parts. Done by hand: python-docx's
    is_linked_to_previous names each new part by walking every part (quadratic in stories)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.parts.hdrftr import FooterPart, HeaderPart

    sect_pr = section._sectPr
    for tag in ("headerReference", "footerReference"):
        for ref in sect_pr.findall(f"{{{W_NS}}}{tag}"):
            sect_pr.remove(ref)
    for kind, cls, content_type, reltype, xml in (
        ("header", HeaderPart, CT.WML_HEADER, RT.HEADER, header_xml),
        ("footer", FooterPart, CT.WML_FOOTER, RT.FOOTER, footer_xml),
    ):
        tag = "hdr" if kind == "header" else "ftr"
        element = parse_xml(f'<w:{tag} xmlns:w="{W_NS}">{xml}</w:{tag}>')
        part = cls(PackURI(f"/word/sf{kind}{n}.xml"), content_type, element, doc.part.package)
        rid = f"rIdSf{kind[0]}{n}"
        doc.part.rels.add_relationship(reltype, part, rid)
        # first in w:sectPr, header before footer (schema order), as add_headerReference would
        # put them, without its search through every later element name
        ref = OxmlElement(f"w:{kind}Reference")
        sect_pr.insert(0 if kind == "header" else 1, ref)
        ref.set(qn("w:type"), "default")  # in the tree first: r:id takes the document's r prefix
        ref.set(qn("r:id"), rid)


def _restart_page_numbers(sect_pr, parse_xml) -> None:
    """<w:pgNumType w:start="1"/>, in schema order (before cols/docGrid and what follows)."""
    if sect_pr.find(f"{{{W_NS}}}pgNumType") is not None:
        return
    element = parse_xml(f'<w:pgNumType xmlns:w="{W_NS}" w:start="1"/>')
    later = ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")
    for child in sect_pr:
        if child.tag.rsplit("}", 1)[-1] in later:
            child.addprevious(element)
            return
    sect_pr.append(element)


def _story_date(stories: list[Story]) -> dt.datetime:
    raw = (story_date(stories[0]) or "") if stories else ""
    try:
        return dt.datetime.fromisoformat(raw[:10]).replace(tzinfo=dt.UTC)
    except ValueError:
        return FIXED_DATE


def write_docx(stories: list[Story], style, out: Path, *, page_labels: list[str | None] | None = None) -> int:
    """Write one DOCX; each story is a section starting on a new page. Returns the number of stories."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml import parse_xml
    from docx.shared import Twips

    doc = docx.Document()
    ids = _define_styles(doc, style)
    page_w, page_h = PAGE_TWIPS[style["page.size"]]
    ml, mr = round(style["page.margin_left"] * 1440), round(style["page.margin_right"] * 1440)
    text_twips = page_w - ml - mr
    box = page_box(style)  # the PDF's body box: header in the top margin, (MORE) in the bottom one
    estimate = PageEstimate(style, role_specs(style), box)
    body = _Body(ids, text_twips, round(text_twips * style["columns.left_width"]), round(box.row_gap * 20), round(style["columns.gap"] * 1440))
    scripts = build_scripts(stories, style, page_labels)
    doc_body = doc.element.body
    sect_end = doc_body.sectPr
    # page size, margins and numbering set once on the last section: each new section is a copy of it
    first = doc.sections[0]
    first.page_width, first.page_height = Twips(page_w), Twips(page_h)
    first.left_margin, first.right_margin = Twips(ml), Twips(mr)
    first.top_margin, first.bottom_margin = Twips(round(box.margin_top * 20)), Twips(round(box.margin_bottom * 20))
    first.header_distance, first.footer_distance = Twips(round(box.header_distance * 20)), Twips(round(box.footer_distance * 20))
    _restart_page_numbers(first._sectPr, parse_xml)
    for n, script in enumerate(scripts):
        if n:
            doc.add_section(WD_SECTION.NEW_PAGE)
        frag = parse_xml(f'<w:body xmlns:w="{W_NS}">{body.story(script)}</w:body>')
        for child in list(frag):
            sect_end.addprevious(child)
    for n, (section, script) in enumerate(zip(doc.sections, scripts), 1):
        pages = str(estimate.pages(script))
        _add_header_footer(doc, section, n, _header_xml(script, ids, text_twips, pages), _more_xml(script, ids))
    props = doc.core_properties
    when = _story_date(stories)
    props.created = props.modified = props.last_printed = when
    props.revision, props.author, props.last_modified_by = 1, "scriptfmt", "scriptfmt"
    props.title = " / ".join(s.header_left[0] for s in scripts[:3] if s.header_left)[:255]  # python-docx's limit
    write_bytes_atomic(Path(out), docx_bytes(doc))
    return len(scripts)
