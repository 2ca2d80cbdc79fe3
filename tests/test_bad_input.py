"""The bad-input matrix, each case through the real CLI.

Every refusal is one line on stderr naming the file and the problem, exit code 2,
no traceback, and nothing written. An exception mid-render leaves an earlier
output untouched and no temporary files behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from scriptfmt.cli import main

ROOT = Path(__file__).resolve().parent.parent
STORY = (ROOT / "examples" / "harbor-strike.txt").read_text(encoding="utf-8")


def listing(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def refuse(capsys, *args: str) -> str:
    """Run the CLI, expect exit 2 and exactly one `scriptfmt: …` line on stderr; return it."""
    with pytest.raises(SystemExit) as info:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert info.value.code == 2, (out, err)
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("scriptfmt: ")
    assert out == ""
    return lines[0]


def ok(capsys, *args: str) -> str:
    with pytest.raises(SystemExit) as info:
        main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert info.value.code == 0, err
    return out


@pytest.fixture
def work(tmp_path, monkeypatch):
    """An empty working folder as the current directory (default outputs land here)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def refuse_everywhere(capsys, work: Path, copy: Path, *words: str) -> None:
    """`parse` and `format` (default output and -o) both refuse `copy` and write nothing.

    Copies live in their own folder: `format story.pdf` in the copy's folder would be
    refused earlier, for writing over its input (tested below)."""
    if copy.parent == work:
        src = work / "src"
        src.mkdir(exist_ok=True)
        if copy.exists():
            copy = copy.rename(src / copy.name)
        else:
            copy = src / copy.name
    before = listing(work)
    for args in (["parse", copy], ["format", copy], ["format", copy, "-o", work / "out.pdf"], ["format", copy, "-o", work / "out.txt"]):
        line = refuse(capsys, *args)
        assert str(copy) in line or copy.name in line, line
        for word in words:
            assert word in line, line
    assert listing(work) == before


# ---- input files -----------------------------------------------------------------------


def test_empty_file(capsys, work):
    copy = work / "empty.txt"
    copy.write_bytes(b"")
    refuse_everywhere(capsys, work, copy, "empty")


def test_whitespace_only_file(capsys, work):
    copy = work / "blank.txt"
    copy.write_bytes(b" \r\n\t\n   \n")
    refuse_everywhere(capsys, work, copy, "empty")


def _zip_bytes(path: Path, docx: bool) -> bytes:
    with zipfile.ZipFile(path, "w") as z:
        if docx:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml", "<w:document/>")
        else:
            z.writestr("story.txt", STORY)
    return path.read_bytes()


@pytest.mark.parametrize(
    "name, what",
    [
        ("story.pdf", "PDF"),
        ("story.png", "PNG"),
        ("story.zip", "ZIP"),
        ("story.docx", "Word document"),
        ("renamed.txt", "PDF"),  # the content decides, not the extension
    ],
)
def test_binary_file_given_as_copy(capsys, work, tmp_path_factory, name, what):
    other = tmp_path_factory.mktemp("src")
    if what == "PDF":
        data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    elif what == "PNG":
        data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    else:
        data = _zip_bytes(other / name, docx=what == "Word document")
    copy = work / name
    copy.write_bytes(data)
    refuse_everywhere(capsys, work, copy, what, "not copy text")


def test_real_pdf_output_fed_back_as_copy(capsys, work):
    ok(capsys, "format", ROOT / "examples" / "harbor-strike.txt", "-o", work / "script.pdf")
    before = listing(work)
    line = refuse(capsys, "format", work / "script.pdf", "-o", work / "again.pdf")
    assert "script.pdf" in line and "PDF" in line
    assert listing(work) == before


def test_invalid_utf8_that_is_not_cp1252_either(capsys, work):
    copy = work / "story.txt"
    copy.write_bytes(b"SLUG: JAPAN\n\n" + "東京で記者会見が開かれました。首相は語った。".encode("shift_jis") * 3 + b"\n")
    line = refuse(capsys, "parse", copy)
    assert line.startswith(f"scriptfmt: {copy}:3: ")  # file:line of the first bad byte
    refuse_everywhere(capsys, work, copy, "not UTF-8", "save the file as UTF-8")


def test_cp1252_copy_is_accepted_not_refused(capsys, work):
    copy = work / "story.txt"
    copy.write_bytes(b"SLUG: CAFE\n\n\x93We will reopen the caf\xe9,\x94 the owner said.\n")
    story = json.loads(ok(capsys, "parse", copy))
    assert "café" in json.dumps(story, ensure_ascii=False)


def test_directory_given_as_copy(capsys, work):
    folder = work / "stories"
    folder.mkdir()
    refuse_everywhere(capsys, work, folder, "folder")


def test_missing_file(capsys, work):
    refuse_everywhere(capsys, work, work / "nope.txt", "no such file")


def test_50_mb_copy_file_is_refused_fast_with_the_limit(capsys, work):
    copy = work / "huge.txt"
    line = b"The council met again tonight and voted on the harbor budget. " * 16 + b"\n"
    with copy.open("wb") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    assert copy.stat().st_size >= 50 * 1024 * 1024
    start = time.perf_counter()
    for args in (["parse", copy], ["format", copy, "-o", work / "out.pdf"]):
        msg = refuse(capsys, *args)
        assert "huge.txt" in msg and "MB" in msg and "limited to" in msg
    assert time.perf_counter() - start < 5
    assert sorted(p.name for p in work.iterdir()) == ["huge.txt"]


def test_entity_bomb_nitf_is_refused(capsys, work):
    copy = work / "bomb.xml"
    copy.write_text(
        '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><nitf><body><body.content><p>&c;</p></body.content></body></nitf>'
    )
    refuse_everywhere(capsys, work, copy, "entity")


def test_malformed_nitf_and_ninjs_name_file_and_line(capsys, work):
    xml = work / "bad.xml"
    xml.write_text('<?xml version="1.0"?>\n<nitf>\n<body><body.content>\n<p>open</body.content>\n</body></nitf>\n')
    assert refuse(capsys, "parse", xml).startswith(f"scriptfmt: {xml}:4: not well-formed XML")
    js = work / "bad.json"
    js.write_text('{\n  "headline": "H",\n  "body_text": "x"\n  "uri": "u"\n}\n')
    assert refuse(capsys, "parse", js).startswith(f"scriptfmt: {js}:4: not valid JSON")


# ---- copy that is odd but must parse ----------------------------------------------------


def _words(text: str) -> list[str]:
    import regex

    return regex.findall(r"[\p{L}\p{N}]+", text)


def test_unterminated_quote_and_bracket_parse_sensibly_with_warnings(capsys, work):
    copy = work / "open.txt"
    copy.write_text(
        "SLUG: OPEN\n\nThe mayor said “we will rebuild and we will not stop.\n\n"
        "The council [TAKE VO met tonight and voted.\n\nIt adjourned at ten.\n",
        encoding="utf-8",
    )
    story = json.loads(ok(capsys, "parse", copy))
    spoken = " ".join(s["text"] for s in story["segments"])
    for word in _words("The mayor said we will rebuild and we will not stop The council met tonight and voted It adjourned at ten"):
        assert word in _words(spoken), word
    warnings = " ".join(story["warnings"])
    assert "quot" in warnings and "[" in warnings
    assert ok(capsys, "format", copy, "-o", work / "open.txt.out.txt").strip().endswith("open.txt.out.txt")


@pytest.mark.parametrize(
    "body, problem",
    [
        ("The mayor said “we will rebuild and never stop.", "quotation is not closed"),
        ("The council [TAKE VO met tonight and voted.", "unclosed '['"),
    ],
)
def test_unterminated_quote_or_bracket_is_an_error_with_strict(capsys, work, body, problem):
    copy = work / "open.txt"
    copy.write_text(f"SLUG: OPEN\n\n{body}\n\nIt adjourned at ten.\n", encoding="utf-8")
    before = listing(work)
    for args in (["parse", copy, "--strict"], ["format", copy, "--strict", "-o", work / "out.pdf"], ["format", copy, "--strict", "-o", work / "out.txt"]):
        line = refuse(capsys, *args)
        assert line.startswith(f"scriptfmt: {copy}:3: ") and problem in line and "--strict" in line
    assert listing(work) == before
    ok(capsys, "format", copy, "-o", work / "out.txt")  # without --strict it is formatted as written
    assert "IT ADJOURNED AT TEN." in (work / "out.txt").read_text(encoding="utf-8")


def test_strict_accepts_clean_copy_and_clean_nitf(capsys, work):
    for name in ("harbor-strike.txt", "harbor-strike.xml", "harbor-strike.ninjs1.json"):
        ok(capsys, "format", ROOT / "examples" / name, "--strict", "-o", work / f"{name}.txt")


def test_strict_names_the_nitf_file(capsys, work):
    copy = work / "open.xml"
    copy.write_text(
        '<?xml version="1.0"?><nitf><body><body.content><p>The mayor said \u201cwe will rebuild.</p>'
        "<p>It adjourned.</p></body.content></body></nitf>",
        encoding="utf-8",
    )
    line = refuse(capsys, "parse", copy, "--strict")
    assert line.startswith(f"scriptfmt: {copy}:") and "quotation is not closed" in line


def test_thousands_of_quotes_in_one_paragraph(capsys, work):
    copy = work / "quotes.txt"
    pieces = [f"“w{i}”" if i % 2 else f"said “x{i}" for i in range(4000)]
    copy.write_text("SLUG: QUOTES\n\n" + " ".join(pieces) + "\n\n" + '"' * 5000 + " tail\n", encoding="utf-8")
    start = time.perf_counter()
    story = json.loads(ok(capsys, "parse", copy))
    ok(capsys, "format", copy, "-o", work / "quotes.pdf")
    ok(capsys, "format", copy, "-o", work / "quotes.out.txt")
    assert time.perf_counter() - start < 30
    text = " ".join(s["text"] for s in story["segments"])
    assert set(_words(copy.read_text(encoding="utf-8").split("\n", 2)[2])) <= set(_words(text))
    assert (work / "quotes.pdf").read_bytes().startswith(b"%PDF")


# ---- styles and rundowns ----------------------------------------------------------------


def test_malformed_style_toml_names_file_and_line(capsys, work):
    style = work / "house.toml"
    style.write_text('extends = "tv"\n[timing]\nread_rate_wpm = \n')
    line = refuse(capsys, "format", ROOT / "examples" / "harbor-strike.txt", "-s", style, "-o", work / "out.pdf")
    assert "house.toml" in line and "line 3" in line.replace(":3:", " line 3 ")
    assert not (work / "out.pdf").exists()


def test_unknown_style_name(capsys, work):
    line = refuse(capsys, "format", ROOT / "examples" / "harbor-strike.txt", "-s", "newsnight", "-o", work / "out.pdf")
    assert "newsnight" in line and "tv" in line
    assert sorted(p.name for p in work.iterdir()) == []


def test_malformed_rundown_toml_names_file_and_line(capsys, work):
    rundown = work / "show.toml"
    rundown.write_text('[show]\ntitle = "Evening"\n\n[[item]\nslug = "a"\n')
    line = refuse(capsys, "rundown", rundown, "-o", work / "rundown.pdf")
    assert line.startswith(f"scriptfmt: {rundown}:4: ")
    assert sorted(p.name for p in work.iterdir()) == ["show.toml"]


# ---- output paths -----------------------------------------------------------------------


def test_output_folder_missing(capsys, work):
    line = refuse(capsys, "format", ROOT / "examples" / "harbor-strike.txt", "-o", work / "no" / "such" / "script.pdf")
    assert "does not exist" in line and str(work / "no" / "such") in line
    assert list(work.iterdir()) == []


def test_output_folder_not_writable(capsys, work):
    if os.geteuid() == 0:  # root writes through chmod; a read-only file system stops everyone
        folder = Path("/proc")
    else:
        folder = work / "locked"
        folder.mkdir()
        folder.chmod(0o500)
    try:
        line = refuse(capsys, "format", ROOT / "examples" / "harbor-strike.txt", "-o", folder / "script.pdf")
        assert str(folder) in line and ("not writable" in line or "cannot write" in line)
        assert not (folder / "script.pdf").exists()
    finally:
        if folder != Path("/proc"):
            folder.chmod(0o700)
    assert [p for p in work.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("spelling", ["same", "relative", "dotted", "symlink", "hardlink"])
def test_output_equal_to_input_is_refused(capsys, work, spelling):
    copy = work / "story.txt"
    copy.write_text(STORY, encoding="utf-8")
    names = ["story.txt"]
    target = {"same": str(copy), "relative": "story.txt", "dotted": f"{work}/./story.txt"}.get(spelling)
    if target is None:
        link = work / "script.txt"
        (link.symlink_to if spelling == "symlink" else link.hardlink_to)(copy)
        target, names = str(link), ["script.txt", "story.txt"]
    line = refuse(capsys, "format", copy, "-o", target)
    assert "input" in line
    assert copy.read_text(encoding="utf-8") == STORY
    assert sorted(p.name for p in work.iterdir()) == names


# ---- safe output ------------------------------------------------------------------------


@pytest.mark.parametrize("ext", ["pdf", "txt", "docx"])
def test_failure_mid_render_leaves_earlier_output_untouched(capsys, work, monkeypatch, ext):
    copy = ROOT / "examples" / "harbor-strike.txt"
    target = work / f"script.{ext}"
    ok(capsys, "format", copy, "-o", target)
    good = target.read_bytes()

    def boom(*args, **kwargs):
        raise RuntimeError("renderer exploded")

    if ext == "pdf":
        from scriptfmt.render import pdf

        real_draw = pdf.Layout.draw_page

        def draw_then_fail(self, canvas, *args, **kwargs):
            real_draw(self, canvas, *args, **kwargs)
            canvas.showPage()
            canvas.save()  # a partial file really lands in the temporary path
            boom()

        monkeypatch.setattr(pdf.Layout, "draw_page", draw_then_fail)
    else:
        from scriptfmt import output

        real_write = Path.write_bytes

        def write_half_then_fail(self, data):
            real_write(self, data[: len(data) // 2])
            boom()

        monkeypatch.setattr(output.Path, "write_bytes", write_half_then_fail)

    with pytest.raises(SystemExit) as info:
        main(["format", str(copy), "-o", str(target)])
    err = capsys.readouterr().err
    assert info.value.code == 70
    assert len(err.splitlines()) == 1 and "renderer exploded" in err and "Traceback" not in err
    assert target.read_bytes() == good
    assert sorted(p.name for p in work.iterdir()) == [target.name]  # no stray temporary files


def test_interrupt_mid_render_leaves_no_output(capsys, work, monkeypatch):
    from scriptfmt.render import pdf

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pdf.Layout, "draw_page", interrupted)
    with pytest.raises(SystemExit) as info:
        main(["format", str(ROOT / "examples" / "harbor-strike.txt"), "-o", str(work / "script.pdf")])
    assert info.value.code == 130
    assert capsys.readouterr().err.strip() == "scriptfmt: interrupted"
    assert list(work.iterdir()) == []


def test_binary_on_stdin_is_refused_naming_stdin(capsys, work, monkeypatch):
    import io

    class Stdin:
        buffer = io.BytesIO(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    monkeypatch.setattr(sys, "stdin", Stdin)
    line = refuse(capsys, "format", "-", "-o", work / "out.txt")
    assert line.startswith("scriptfmt: <stdin>: this is a PDF document")
    assert list(work.iterdir()) == []


# ---- the real entry point ---------------------------------------------------------------


def test_python_m_scriptfmt_refuses_in_one_line_and_debug_shows_traceback(tmp_path):
    copy = tmp_path / "story.png"
    copy.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [sys.executable, "-m", "scriptfmt", "format", str(copy), "-o", str(tmp_path / "out.pdf")]
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60, check=False)
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr == f"scriptfmt: {copy}: this is a PNG image, not copy text; save the story as plain text (or give NITF XML / ninjs JSON)\n"
    debug = subprocess.run(cmd + ["--debug"], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60, check=False)
    assert debug.returncode != 0 and "Traceback" in debug.stderr and "UserError" in debug.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.png"]
