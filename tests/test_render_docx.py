"""DOCX scripts read back with python-docx: named styles, columns, header fields, sections, determinism."""

from __future__ import annotations

import re
import zipfile

import docx
import pytest

from scriptfmt.model import Cue, Narration, Soundbite, Speaker, Story
from scriptfmt.render.docx import write_docx
from scriptfmt.styles import load_style
from scriptfmt.timing import time_story

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def story(slug: str = "SUMMIT", paragraphs: int = 2) -> Story:
    segs = [
        Cue(text="TAKE VO", cue_type="VO"),
        Narration(text="President Biden met Prime Minister Kishida. Lars Jørgensen flew in from Łódź; Зеленський sent a message."),
        Soundbite(text="While we are focused on Taiwan, it is uncomfortably possible.", speaker=Speaker("Gregory Polling", "CSIS")),
        Cue(text="pause", cue_type="PAUSE"),
    ]
    segs += [Narration(text=f"Paragraph {p} says the talks went on. It ended late.") for p in range(paragraphs)]
    meta = {"slug": slug, "talent": "Maria", "date": "2024-04-10"}
    return time_story(Story(segments=segs, metadata=meta), 160)


def render(tmp_path, stories, style="tv", name="out.docx", **kw):
    out = tmp_path / name
    write_docx(stories, load_style(style), out, **kw)
    return out, docx.Document(str(out))


def test_named_styles_and_font(tmp_path):
    _, doc = render(tmp_path, [story()])
    names = {s.name for s in doc.styles}
    for name in ("Read Copy", "Cue", "Super", "Soundbite", "Soundbite Cue", "Segment Time", "Direction", "End Mark", "Script Header"):
        assert name in names
    assert doc.styles["Normal"].font.name == "Arial"
    assert doc.styles["Read Copy"].paragraph_format.line_spacing == 2.0


def test_split_page_columns_and_read_copy(tmp_path):
    st = story()
    _, doc = render(tmp_path, [st])
    (table,) = doc.tables
    left = [p for row in table.rows for p in row.cells[0].paragraphs if p.text]
    right = [p for row in table.rows for p in row.cells[1].paragraphs if p.text]
    assert {p.style.name for p in left} <= {"Cue", "Super", "Segment Time"}
    assert "TAKE VO" in [p.text for p in left] and "SUPER: GREGORY POLLING" in [p.text for p in left]
    read = [p.text for p in right if p.style.name == "Read Copy"]
    assert read == [n.text.upper() for n in st.segments if isinstance(n, Narration)]
    assert "(PAUSE)" in [p.text for p in right if p.style.name == "Direction"]
    transcript = [p for p in right if p.style.name == "Soundbite"]
    assert transcript and transcript[0].text.startswith("((While we are focused on Taiwan")  # the speaker's case
    assert any(p.text == "IN: “WHILE WE ARE…”" for p in right)


def test_soundbite_rows_cannot_split(tmp_path):
    _, doc = render(tmp_path, [story()])
    rows = doc.tables[0].rows
    sot = [r for r in rows if "TAKE SOT" in r.cells[0].text]
    assert sot and sot[0]._tr.find(f"{W}trPr/{W}cantSplit") is not None


def test_header_fields_and_sections(tmp_path):
    _, doc = render(tmp_path, [story("FIRST"), story("SECOND")], page_labels=["A1", "A2"])
    assert len(doc.sections) == 2
    for section, (label, slug) in zip(doc.sections, [("A1", "FIRST"), ("A2", "SECOND")]):
        header = section.header._element
        text = "".join(t.text or "" for t in header.iter(f"{W}t"))
        assert label in text and slug in text and "MARIA" in text and "2024-04-10" in text and "TOTAL" in text
        instr = " ".join(t.text for t in header.iter(f"{W}instrText"))
        assert "PAGE" in instr and "SECTIONPAGES" in instr
        footer = " ".join(t.text for t in section.footer._element.iter(f"{W}instrText"))
        assert "IF" in footer and "(MORE)" in footer
        assert section._sectPr.find(f"{W}pgNumType").get(f"{W}start") == "1"
    assert doc.sections[1].start_type == 2  # new page


def test_end_mark_and_unicode(tmp_path):
    _, doc = render(tmp_path, [story()])
    texts = [p.text for p in doc.paragraphs]
    assert texts[-1] == "###" or "###" in texts
    body = " ".join(c.text for c in doc.tables[0]._cells)
    for name in ("JØRGENSEN", "ŁÓDŹ", "ЗЕЛЕНСЬКИЙ"):
        assert name in body


def test_radio_single_column(tmp_path):
    _, doc = render(tmp_path, [story()], style="radio")
    assert not doc.tables
    texts = [(p.style.name, p.text) for p in doc.paragraphs]
    assert ("Cue", "[TAKE VO]") in texts
    assert any(name == "Cue" and t.startswith("[ACT: GREGORY POLLING, CSIS]") for name, t in texts)
    assert any(name == "Read Copy" and t.startswith("President Biden") for name, t in texts)


def test_identical_bytes_and_fixed_dates(tmp_path):
    a, _ = render(tmp_path, [story(), story("B")], name="a.docx")
    b, doc = render(tmp_path, [story(), story("B")], name="b.docx")
    assert a.read_bytes() == b.read_bytes()
    assert doc.core_properties.created.year == 2024
    with zipfile.ZipFile(a) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


@pytest.mark.parametrize("size,width", [("letter", 12240), ("a4", 11906)])
def test_page_size_from_style(tmp_path, size, width):
    user = tmp_path / "s.toml"
    user.write_text(f'extends = "tv"\n[page]\nsize = "{size}"\n', encoding="utf-8")
    out = tmp_path / "s.docx"
    write_docx([story()], load_style(str(user)), out)
    assert docx.Document(str(out)).sections[0].page_width.twips == width
    assert re.search(r"w:pgSz", zipfile.ZipFile(out).read("word/document.xml").decode())
