"""DOCX without reportlab (issue 16): the PAGE x OF y count is estimated from the Word styles,
and checked here against LibreOffice's own layout of the same file."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from tests.test_render_pdf import story
from tests.test_tape_pages import tape_story


def test_writing_docx_does_not_import_reportlab(tmp_path):
    code = (
        "import sys\n"
        "from scriptfmt.pipeline import load_story\n"
        "from scriptfmt.render.docx import write_docx\n"
        "from scriptfmt.styles import load_style\n"
        f"write_docx([load_story({str(tmp_path / 'in.txt')!r})], load_style('tv'), {str(tmp_path / 'out.docx')!r})\n"
        "print(sorted(m for m in sys.modules if m.startswith('reportlab')))\n"
    )
    (tmp_path / "in.txt").write_text("SLUG: X\n\nThe council met.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]" and (tmp_path / "out.docx").stat().st_size > 0


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None, reason="LibreOffice and poppler-utils not installed")
def test_page_of_count_matches_libreoffice(tmp_path):
    from scriptfmt.render.docx import write_docx
    from scriptfmt.styles import load_style

    stories = [story(paragraphs=8), story(paragraphs=1, slug="TWO"), tape_story(), story(paragraphs=20, slug="LONG")]
    files = [tmp_path / f"{style}.docx" for style in ("tv", "radio")]
    for out in files:
        write_docx(stories, load_style(out.stem), out)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, files)], capture_output=True, timeout=180, check=True)
    for out in files:
        text = subprocess.run(["pdftotext", str(out.with_suffix(".pdf")), "-"], capture_output=True, text=True, check=True).stdout
        sections: list[list[int]] = []
        for page, of in re.findall(r"PAGE (\d+) OF (\d+)", text):
            if page == "1":
                sections.append([0, int(of)])
            sections[-1][0] = int(page)
        assert len(sections) == len(stories), out.stem
        assert [last for last, _ in sections] == [of for _, of in sections], out.stem
        assert sections[0][0] > 1 and sections[3][0] > sections[0][0]
