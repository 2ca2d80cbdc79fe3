"""Rundown pages read back: PDF text, colours and fonts (pypdf), DOCX XML, page furniture, hard starts."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from scriptfmt.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "evening-news" / "rundown.toml"
RED = (0.752941, 0.090196, 0.109804)  # rundown/table.py RED, #c0171c

HEAD = """\
[show]
title = "Hard Starts"
start = "18:00:00"
length = "10:00"
talent = "AL"

[talent.AL]
name = "Anna Lee"
"""


def item(slug: str, duration: str, **extra: str) -> str:
    lines = [f'slug = "{slug}"', f'duration = "{duration}"'] + [f'{k} = "{v}"' for k, v in extra.items()]
    return "\n[[item]]\n" + "\n".join(lines) + "\n"


def show(tmp_path: Path, *items: str, name: str = "show.toml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + "".join(items), encoding="utf-8")
    return path


def cli(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    return exc.value.code, out, err


def page_texts(pdf: Path) -> list[str]:
    return [" ".join(p.extract_text(extraction_mode="layout").split()) for p in PdfReader(str(pdf)).pages]


def coloured_text(pdf: Path) -> list[tuple[tuple, str]]:
    """(fill colour, text) for every piece of text drawn, by following the content stream's `rg`."""
    found: list[tuple[tuple, str]] = []
    for page in PdfReader(str(pdf)).pages:
        colour = [(0.0, 0.0, 0.0)]

        def before(op, args, cm, tm):
            if op == b"rg":
                colour[0] = tuple(round(float(a), 6) for a in args)

        def text(t, cm, tm, font, size):
            if t.strip():
                found.append((colour[0], t.strip()))

        page.extract_text(visitor_operand_before=before, visitor_text=text)
    return found


# ------------------------------------------------------------------ hard starts


def test_overlap_named_with_the_items_that_run_into_it(tmp_path, capsys):
    # A1 2:00 + A2 1:30 reach 18:03:30; B1 is pinned to 18:03:00: a 0:30 overlap
    path = show(tmp_path, item("ONE", "2:00"), item("TWO", "1:30"), item("PINNED", "2:00", hard_start="18:03:00"),
                item("THREE", "5:00"))
    code, out, _ = cli(capsys, "check", path)
    assert code == 1
    line = next(l for l in out.splitlines() if l.startswith("OVERLAP"))
    assert "0:30" in line and "18:03:00" in line and "PINNED" in line
    assert "ONE" in line and "TWO" in line and "THREE" not in line  # only items that can change it
    assert "planned 10:30 - overlaps 0:30 = 10:00 of 10:00, ON TIME" in out


def test_gap_before_a_hard_start(tmp_path, capsys):
    path = show(tmp_path, item("ONE", "2:00"), item("PINNED", "3:00", hard_start="18:03:00"), item("TWO", "5:00"))
    code, out, _ = cli(capsys, "check", path)
    assert code == 1
    line = next(l for l in out.splitlines() if l.startswith("GAP"))
    assert "1:00" in line and "PINNED" in line and "ONE" in line and "TWO" not in line
    assert "planned 10:00 + gaps 1:00 = 11:00 of 10:00, OVER 1:00" in out
    # cutting the show's end can only come from what follows the last hard start
    heavy = next(l for l in out.splitlines() if l.startswith("heaviest"))
    assert "TWO" in heavy and "ONE" not in heavy
    code, out, _ = cli(capsys, "check", path, "--tolerance", "1:00")
    assert code == 0


def test_hard_starts_out_of_clock_order_are_refused(tmp_path, capsys):
    path = show(tmp_path, item("ONE", "1:00", hard_start="18:05:00"), item("TWO", "1:00", hard_start="18:02:00"))
    for args in (["time", path], ["check", path], ["rundown", path, "-o", tmp_path / "r.pdf"]):
        code, out, err = cli(capsys, *args)
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1 and "18:02:00" in err and "18:05:00" in err and "show.toml:" in err
    assert not (tmp_path / "r.pdf").exists()


def test_overlap_is_red_in_the_pdf(tmp_path, capsys):
    path = show(tmp_path, item("ONE", "4:00"), item("PINNED", "2:00", hard_start="18:03:00"), item("TWO", "4:00"))
    out = tmp_path / "r.pdf"
    assert cli(capsys, "rundown", path, "-o", out)[0] == 0
    drawn = coloured_text(out)
    assert any(c == RED and "OVERLAP" in t for c, t in drawn)
    assert all(c != RED for c, t in drawn if t.startswith(("ONE", "TWO")))


# ------------------------------------------------------------------ page furniture


def test_page_x_of_y_header_on_every_page_and_totals_never_alone(tmp_path, capsys):
    items = [item(f"STORY {n}", f":{10 + n % 40:02d}") for n in range(140)]
    path = show(tmp_path, *items)
    path.write_text(path.read_text().replace('length = "10:00"', 'length = "90:00"'))
    out = tmp_path / "r.pdf"
    assert cli(capsys, "rundown", path, "-o", out)[0] == 0
    pages = page_texts(out)
    assert len(pages) > 2
    for n, text in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in text
        assert "Page Slug Talent Format Read Media Total Front Clock Back" in text
    last = pages[-1]
    assert "PLANNED TOTAL" in last and "STORY 139" in last and "STORY 138" in last


def test_every_font_is_embedded(tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert cli(capsys, "rundown", EXAMPLE, "-o", out)[0] == 0
    for page in PdfReader(str(out)).pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font  # a standard-14 font (Helvetica) has none: not embedded
            assert any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]


def test_long_words_and_urls_wrap_inside_the_slug_cell(tmp_path, capsys):
    url = "HTTPS://EXAMPLE.ORG/" + "VERY-LONG-PATH-SEGMENT-" * 8 + "END"
    path = show(tmp_path, item(url, "1:00"), item("NEXT", "1:00"))
    out = tmp_path / "r.pdf"
    assert cli(capsys, "rundown", path, "-o", out)[0] == 0
    reader = PdfReader(str(out))
    width = float(reader.pages[0].mediabox.width)
    pieces: list[tuple[float, str]] = []

    def text(t, cm, tm, font, size):
        if t.strip() and t.strip() != "Slug" and not t.startswith(("PLANNED", "A1", "A2")):
            pieces.append((tm[4] * cm[0] + cm[4], t.strip()))

    reader.pages[0].extract_text(visitor_text=text)
    slug = [t for x, t in pieces if width * 0.05 < x < width * 0.2]
    assert len(slug) > 2  # broken over several lines
    assert all(x < width * 0.2 for x, t in pieces if "VERY" in t or "END" in t)  # none runs into the next column
    assert url + "NEXT" in "".join(slug), slug  # nothing lost


# ------------------------------------------------------------------ DOCX


def test_rundown_docx_is_byte_identical_between_runs(tmp_path, capsys):
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    assert cli(capsys, "rundown", EXAMPLE, "-o", a)[0] == 0
    assert cli(capsys, "rundown", EXAMPLE, "-o", b)[0] == 0
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(io.BytesIO(a.read_bytes())) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode()
        document = z.read("word/document.xml").decode()
        footer = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
    assert " PAGE " in footer and " NUMPAGES " in footer and "Page " in footer and " of " in footer  # Page x of y
    assert "2026-11-27" in core  # the show's date, not the time of the run
    assert "w:cantSplit" in document and "w:keepNext" in document  # the totals row keeps with the last item
    for header in ("Page", "Slug", "Front", "Clock", "Back"):
        assert f">{header}<" in document


# ------------------------------------------------------------------ characters the font lacks


def test_characters_no_font_has_are_named_with_file_and_line(tmp_path, capsys, monkeypatch):
    """With no fallback font on the machine (a fresh CI box), CJK and Devanagari are warned about."""
    from scriptfmt.render import fonts

    monkeypatch.setattr(fonts, "_fallback_files", lambda: [])
    fonts.fallback_for.cache_clear()
    try:
        path = show(tmp_path, item("TOKYO 東京 SUMMIT", "1:00"), item("DELHI दिल्ली", "1:00"), item("JERUSALEM ירושלים", "1:00"))
        code, _, err = cli(capsys, "rundown", path, "-o", tmp_path / "r.pdf")
    finally:
        fonts.fallback_for.cache_clear()
    assert code == 0 and (tmp_path / "r.pdf").exists()
    lines = err.strip().splitlines()
    tokyo = next(l for l in lines if "東" in l)
    assert f"{path}:{HEAD.count(chr(10)) + 2}:" in tokyo and "京" in tokyo and "blank boxes" in tokyo
    assert any("द" in l and "blank boxes" in l for l in lines)
    assert any("right-to-left" in l and "ירושלים" in l for l in lines)  # Hebrew prints reversed: said


def test_a_system_fallback_font_is_embedded_for_what_liberation_lacks(tmp_path, capsys):
    from scriptfmt.render.fonts import fallback_for

    if fallback_for("ب") is None:
        pytest.skip("no TrueType fallback font with Arabic on this machine")
    path = show(tmp_path, item("CAIRO القاهرة TALKS", "1:00"))
    out = tmp_path / "r.pdf"
    code, _, err = cli(capsys, "rundown", path, "-o", out)
    assert code == 0 and "blank boxes" not in err
    names = set()
    for page in PdfReader(str(out)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded too
            names.add(str(font["/BaseFont"]).split("+")[-1])
    assert any("Liberation" not in n for n in names)
