"""The script book is what `format` makes (issue 12 item 2), read back from the PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from scriptfmt.durations import format_duration
from scriptfmt.rundown import load_rundown
from tests.test_format_cli import run
from tests.test_render_pdf import runs

GRANT = """SLUG: GRANT
TALENT: Somebody Else

The city won a $12 million grant on Tuesday to fix the Elm Street bridge and rebuild Okafor Park.

Work starts in March.
"""

QUOTE = """SLUG: QUOTE

The council met tonight.

"We expect it back by spring," said Mayor Mara Quinn.

The vote is next week.
"""

SHOW = '''
[show]
title = "Late Edition"
date = 2026-12-01
start = "22:00:00"
length = "5:00"
talent = "AL"

[talent.AL]
name = "Anna Lee"
read_rate = 150

[talent.MR]
name = "Marco Rossi"
read_rate = 190

[[item]]
slug = "OPEN"
format = "OPEN"
duration = ":10"
copy = """
Good evening. Tonight: a bridge, a grant and a long winter.
"""

[[item]]
slug = "GRANT"
talent = "MR"
story = "grant.txt"

[[item]]
slug = "QUOTE"
story = "quote.txt"
bites = "read"

[[item]]
slug = "CLOSE"
format = "CLOSE"
duration = ":05"
'''


@pytest.fixture
def show(tmp_path) -> Path:
    (tmp_path / "grant.txt").write_text(GRANT, encoding="utf-8")
    (tmp_path / "quote.txt").write_text(QUOTE, encoding="utf-8")
    (tmp_path / "say.toml").write_text('"Okafor" = "oh-KAH-for"\n', encoding="utf-8")
    path = tmp_path / "show.toml"
    path.write_text(SHOW, encoding="utf-8")
    return path


def book_pages(show: Path, capsys, *extra: str) -> list[list[tuple[float, float, str]]]:
    out, book = show.parent / "rundown.pdf", show.parent / "book.pdf"
    code, _, err = run(["rundown", str(show), "-o", str(out), "--scripts", str(book), *extra], capsys)
    assert code in (0, None), err
    return [runs(p) for p in PdfReader(str(book)).pages]


def column(page: list[tuple[float, float, str]], div: float) -> list[str]:
    top = max(y for _, y, _ in page)
    return [t for x, y, t in sorted(page, key=lambda r: -r[1]) if x >= div - 1 and y < top]


def test_book_pages_match_format(show, capsys):
    pages = book_pages(show, capsys, "--pronouncers", str(show.parent / "say.toml"))
    assert len(pages) == 3  # OPEN (inline copy), GRANT, QUOTE; CLOSE has no copy
    headers = [" ".join(t for _, y, t in p if y == max(yy for _, yy, _ in p)) for p in pages]
    for header in headers:
        assert "LATE EDITION" in header and "2026-12-01" in header
    assert headers[0].split()[:2] == ["A1", "OPEN"] and headers[1].split()[:4] == ["A2", "GRANT", "MARCO", "ROSSI"]
    # the rundown's talent, not the copy's TALENT:, and that talent's rate
    grant = [t for _, _, t in pages[1]]
    assert "MARCO ROSSI ON CAM" in grant and not any("SOMEBODY" in t for t in grant)
    item = next(i for i in load_rundown(show).items if i.slug == "GRANT")
    assert f"TOTAL {format_duration(item.total)}" in headers[1]
    # the read copy is the copy `format` makes for the same talent and rate
    single = show.parent / "grant.pdf"
    run(["format", str(show.parent / "grant.txt"), "-o", str(single), "--talent", "Marco Rossi", "--wpm", "190",
         "--pronouncers", str(show.parent / "say.toml")], capsys)
    alone = runs(PdfReader(str(single)).pages[0])
    div = min(x for x, _, t in alone if t.startswith("THE CITY WON"))
    assert column(pages[1], div) == column(alone, div)
    assert any("(oh-KAH-for)" in t for t in column(pages[1], div))
    assert any("12-MILLION-DOLLAR" in t or "MILLION DOLLAR" in t for t in column(pages[1], div))


def test_book_item_bites_and_inline_copy(show, capsys):
    pages = book_pages(show, capsys)
    opening = " ".join(t for _, _, t in pages[0])
    assert "GOOD EVENING. TONIGHT: A BRIDGE" in opening and "ANNA LEE ON CAM" in opening
    quote = " ".join(t for _, _, t in pages[2])
    assert "MAYOR MARA QUINN SAID, QUOTE," in quote and "TAKE SOT" not in quote
    assert "SAID MAYOR" not in quote


def test_book_as_written_and_run_bites(show, capsys):
    show.write_text(SHOW.replace('bites = "read"\n', ""), encoding="utf-8")
    pages = book_pages(show, capsys, "--as-written")
    grant = " ".join(t for _, _, t in pages[1])
    assert "$12 MILLION" in grant
    assert "TAKE SOT" in " ".join(t for _, _, t in pages[2])
    pages = book_pages(show, capsys, "--bites", "read")
    assert "TAKE SOT" not in " ".join(t for _, _, t in pages[2])


def test_bad_item_keys_are_one_line_each(show, capsys):
    show.write_text(SHOW.replace('bites = "read"', 'bites = "sometimes"').replace('story = "grant.txt"', 'story = "grant.txt"\ncopy = "x"'), encoding="utf-8")
    code, _, err = run(["time", str(show)], capsys)
    assert code == 2
    assert "item bites must be \"tape\" or \"read\"" in err and "either a story file or inline copy" in err
