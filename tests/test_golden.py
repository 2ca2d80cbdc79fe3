"""Golden files for the renderers, found automatically (one test per `tests/golden/<case>.toml`).

A case is a story built from its segments directly (no parser, so parser changes do not move
the goldens) plus a style; beside it, each renderer's output as text:
  <case>.pdf.txt       the PDF's text by page and column (pypdf runs; left/right by x position)
  <case>.docx.xml      the DOCX's word/document.xml, one element per line
  <case>.prompter.txt  the prompter text
  <case>.srt           captions timed from the script
  <case>.rtf           the prompter RTF
A renderer change shows as a diff of these files. `SCRIPTFMT_UPDATE_GOLDEN=1 python -m pytest
tests/test_golden.py` rewrites them (see tests/golden/README.md); review the diff before committing.
"""

from __future__ import annotations

import os
import re
import tomllib
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from scriptfmt.bites import lay_out_bites
from scriptfmt.model import Cue, Narration, Soundbite, Speaker, Story
from scriptfmt.styles import load_style
from scriptfmt.timing import time_story

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.toml"))
UPDATE = os.environ.get("SCRIPTFMT_UPDATE_GOLDEN", "") not in ("", "0")


def build_story(case: dict) -> Story:
    """The case's story, timed at its style's rates, quotes laid out as `format` does."""
    segments = []
    for seg in case["segments"]:
        kind, text = seg["kind"], seg.get("text", "")
        if kind == "narration":
            segments.append(Narration(text=text, talent=seg.get("talent")))
        elif kind == "soundbite":
            who = Speaker(seg["speaker"], seg.get("title")) if seg.get("speaker") else None
            segments.append(Soundbite(text=text, speaker=who, duration=seg.get("duration"), tape=seg.get("tape"),
                                      in_cue=seg.get("in_cue", ""), out_cue=seg.get("out_cue", "")))
        elif kind == "cue":
            segments.append(Cue(text=text, cue_type=seg["cue_type"], original=seg.get("original", f"[{text}]")))
        else:
            raise ValueError(f"unknown segment kind {kind!r}")
    story = Story(segments=segments, metadata=dict(case.get("metadata", {})), source="golden")
    style = load_style(case["style"])
    timed = time_story(story, style.read_rate_wpm, style.soundbite_wpm, style.pause_seconds)
    return lay_out_bites(timed, None, style)  # the format command's layout step (BITES: in metadata)


def pdf_text(path: Path, style) -> str:
    """Page by page, each text run top to bottom; on a split page marked `L` (crew column) or
    `R` (read copy) by its x position against the column divider the style defines."""
    reader = PdfReader(path)
    divider = None
    if style["layout"] == "split":
        width = float(reader.pages[0].mediabox.width) - (style["page.margin_left"] + style["page.margin_right"]) * 72
        divider = style["page.margin_left"] * 72 + width * style["columns.left_width"]
    out = []
    for number, page in enumerate(reader.pages, 1):
        found: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                found.append((round(tm[4]), round(tm[5]), " ".join(text.split())))

        page.extract_text(visitor_text=visit)
        out.append(f"--- page {number}")
        for x, _y, text in sorted(found, key=lambda r: (-r[1], r[0])):
            column = "" if divider is None else ("L  " if x < divider else "R  ")
            out.append(f"{column}{text}")
    return "\n".join(out) + "\n"


def docx_xml(path: Path) -> str:
    """word/document.xml, one element per line, without revision ids (rsid*) that Word may add."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    xml = re.sub(r' w:rsid\w*="[0-9A-F]*"', "", xml)
    return re.sub(r">\s*<", ">\n<", xml) + "\n"


def outputs(case_path: Path, tmp_path: Path) -> dict[str, str]:
    from scriptfmt.render.captions import write_captions
    from scriptfmt.render.docx import write_docx
    from scriptfmt.render.pdf import write_pdf
    from scriptfmt.render.prompter import prompter_text
    from scriptfmt.render.rtf import prompter_rtf

    case = tomllib.loads(case_path.read_text(encoding="utf-8"))
    style = load_style(case["style"])
    stories = [build_story(case)]
    write_pdf(stories, style, tmp_path / "out.pdf")
    write_docx(stories, style, tmp_path / "out.docx")
    write_captions(stories, style, tmp_path / "out.srt")
    return {
        "pdf.txt": pdf_text(tmp_path / "out.pdf", style),
        "docx.xml": docx_xml(tmp_path / "out.docx"),
        "prompter.txt": prompter_text(stories, style),
        "srt": (tmp_path / "out.srt").read_text(encoding="utf-8"),
        "rtf": prompter_rtf(stories, style),
    }


@pytest.mark.parametrize("case_path", CASES, ids=[p.stem for p in CASES])
def test_golden(case_path, tmp_path):
    produced = outputs(case_path, tmp_path)
    for suffix, text in produced.items():
        golden = case_path.with_suffix(f".{suffix}")
        if UPDATE:
            golden.write_text(text, encoding="utf-8")
            continue
        assert golden.exists(), f"{golden.name} missing: run with SCRIPTFMT_UPDATE_GOLDEN=1 and review it"
        assert text == golden.read_text(encoding="utf-8"), f"{golden.name} differs (SCRIPTFMT_UPDATE_GOLDEN=1 to accept)"


def test_there_are_cases():
    assert len(CASES) >= 5, "tests/golden/ lost its cases"
