"""`scriptfmt format` through the real entry point: outputs, options, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from scriptfmt.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "japan-us-summit.txt"
COPY = """SLUG: SUMMIT
TALENT: Maria

President Biden met Prime Minister Kishida at the White House. Lars Jørgensen flew in from Łódź.

[TAKE VO]

China said any cooperation should promote regional peace.
"""


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


@pytest.fixture
def copy(tmp_path) -> Path:
    path = tmp_path / "summit.txt"
    path.write_text(COPY, encoding="utf-8")
    return path


def test_default_output_is_stem_pdf_in_cwd(tmp_path, monkeypatch, capsys):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    code, out, _ = run(["format", str(EXAMPLE)], capsys)
    assert code == 0 and out.strip() == "japan-us-summit.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(work / "japan-us-summit.pdf").pages)
    assert "PRESIDENT JOE BIDEN" in text and "TAKE SOT" in text and "GREGORY POLLING" in text


@pytest.mark.parametrize("ext", [".pdf", ".docx", ".txt"])
def test_format_by_output_extension(tmp_path, copy, capsys, ext):
    out = tmp_path / f"script{ext}"
    code, _, err = run(["format", str(copy), "-o", str(out), "--talent", "Ana", "--as-written"], capsys)
    assert code == 0, err
    if ext == ".pdf":
        text = PdfReader(out).pages[0].extract_text()
        assert "ANA" in text and "SUMMIT" in text and "JØRGENSEN" in text
    elif ext == ".docx":
        assert any("JØRGENSEN" in c.text for c in docx.Document(str(out)).tables[0]._cells)
    else:
        text = out.read_text(encoding="utf-8")
        assert "JØRGENSEN" in text and "TAKE VO" not in text


def test_styles_and_wpm(tmp_path, copy, capsys):
    radio = tmp_path / "radio.pdf"
    assert run(["format", str(copy), "-s", "radio", "-o", str(radio), "--wpm", "150"], capsys)[0] == 0
    assert "[TAKE VO]" in PdfReader(radio).pages[0].extract_text()
    code, _, err = run(["format", str(copy), "--wpm", "5", "-o", str(radio)], capsys)
    assert code == 2 and "--wpm" in err and len(err.strip().splitlines()) == 1


def test_several_inputs_one_file_each_or_combined(tmp_path, copy, capsys):
    second = tmp_path / "second.txt"
    second.write_text(COPY.replace("SUMMIT", "SECOND"), encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    assert run(["format", str(copy), str(second), "-o", str(folder)], capsys)[0] == 0
    assert sorted(p.name for p in folder.iterdir()) == ["second.pdf", "summit.pdf"]
    book = tmp_path / "book.pdf"
    assert run(["format", str(copy), str(second), "--combine", "-o", str(book)], capsys)[0] == 0
    pages = [p.extract_text() for p in PdfReader(book).pages]
    assert "SUMMIT" in pages[0] and "SECOND" in pages[-1] and len(pages) >= 2


@pytest.mark.parametrize(
    "extra,needle",
    [
        (["-o", "x.odt"], "cannot tell the output format"),
        (["-s", "newsreel"], "unknown style"),
        (["-o", "missing-folder/x.pdf"], "does not exist"),
    ],
)
def test_user_errors_are_one_line(tmp_path, copy, capsys, monkeypatch, extra, needle):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["format", str(copy), *extra], capsys)
    assert code == 2 and needle in err and len(err.strip().splitlines()) == 1


def test_refuses_to_write_over_input_and_keeps_it(tmp_path, copy, capsys):
    copy_pdf = tmp_path / "copy.pdf"
    copy_pdf.write_bytes(b"%PDF-1.4 not really")
    code, _, err = run(["format", str(copy_pdf), "-o", str(copy_pdf)], capsys)
    assert code == 2 and "refusing" in err and copy_pdf.read_bytes() == b"%PDF-1.4 not really"
    code, _, _ = run(["format", str(copy), str(copy), "-o", str(tmp_path / "a.pdf")], capsys)
    assert code == 2


def test_same_bytes_twice(tmp_path, copy, capsys):
    for name in ("a", "b"):
        for ext in (".pdf", ".docx"):
            assert run(["format", str(copy), "-o", str(tmp_path / f"{name}{ext}")], capsys)[0] == 0
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()


def test_help_does_not_import_renderers():
    code = "import sys, scriptfmt.cli; assert not any(m.startswith(('reportlab', 'docx')) for m in sys.modules), 'renderer imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_pdf_names_the_characters_no_font_has_with_file_and_line(tmp_path, capsys):
    src = tmp_path / "world.txt"
    src.write_text("SLUG: WORLD\n\nFans cheered the win on Monday \U0001F389 in the square.\n", encoding="utf-8")
    code, _, err = run(["format", str(src), "-o", str(tmp_path / "world.pdf")], capsys)
    assert code in (0, None)
    assert f"{src}:3: no font has" in err and "U+1F389" in err
    assert (tmp_path / "world.pdf").exists()


def test_pdf_draws_what_the_bundled_font_lacks_in_a_system_fallback(tmp_path, capsys):
    from pypdf import PdfReader

    from scriptfmt.render.fonts import fallback_for

    if fallback_for("北") is None:
        pytest.skip("no TrueType font with CJK on this machine (e.g. Debian fonts-droid-fallback)")
    src = tmp_path / "cjk.txt"
    src.write_text("SLUG: WORLD\n\nThe delegation from 北京 arrived on Monday.\n", encoding="utf-8")
    code, _, err = run(["format", str(src), "-o", str(tmp_path / "cjk.pdf")], capsys)
    assert code in (0, None) and "北" not in err
    reader = PdfReader(str(tmp_path / "cjk.pdf"))
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert len(fonts) == 3 and "北京" in reader.pages[0].extract_text()
