"""Rundowns built from story files: talent read rates, inferred formats, the example show, script books."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scriptfmt.durations import format_duration
from scriptfmt.rundown import clock, load_rundown

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "evening-news" / "rundown.toml"
STORIES = EXAMPLE.parent / "stories"


def run_cli(argv: list[str]) -> int:
    from scriptfmt.cli import main

    with pytest.raises(SystemExit) as exc:
        main(argv)
    return exc.value.code


def two_readers(tmp_path: Path, story: str = "school-budget.txt") -> Path:
    shutil.copy(STORIES / story, tmp_path / story)
    path = tmp_path / "show.toml"
    path.write_text(
        f"""
[show]
title = "Rates"
start = "06:00:00"
length = "5:00"
[talent.SLOW]
name = "Slow Reader"
read_rate = 150
[talent.FAST]
name = "Fast Reader"
read_rate = 200
[[item]]
slug = "SLOW READ"
talent = "SLOW"
story = "{story}"
[[item]]
slug = "FAST READ"
talent = "FAST"
story = "{story}"
[[item]]
slug = "FIXED"
talent = "FAST"
story = "{story}"
duration = "1:00"
""",
        encoding="utf-8",
    )
    return path


def test_each_talent_reads_at_its_own_rate(tmp_path):
    rd = load_rundown(two_readers(tmp_path))
    slow, fast, fixed = rd.items
    words = sum(s.words for s in slow.story.segments if s.kind == "narration")
    assert words > 50
    assert slow.read == round(words * 60 / 150)
    assert fast.read == round(words * 60 / 200)
    assert slow.total == slow.read + slow.media and fast.total == fast.read + fast.media
    assert fixed.total == 60  # duration overrides the computed time
    # front and back follow the totals
    assert fast.front == slow.total and fixed.front == slow.total + fast.total
    assert fixed.back == 300 - 60 and fast.back == 300 - 60 - fast.total


def test_formats_inferred_from_stories():
    rd = load_rundown(EXAMPLE)
    fmt = {i.slug: i.format for i in rd.items}
    assert fmt["STORM-FLOODING"] == "VO/SOT"
    assert fmt["SCHOOL BUDGET"] == "VO"
    assert fmt["RAIL STRIKE"] == "RDR"
    assert fmt["HOSPITAL WAITS"] == "PKG"
    assert fmt["JAPAN-US SUMMIT"] == "SOT"
    assert fmt["BREAK 1"] == "BREAK"
    hospital = next(i for i in rd.items if i.slug == "HOSPITAL WAITS")
    assert hospital.media >= 108  # [TAKE PKG TRT 1:48]
    storm = next(i for i in rd.items if i.slug == "STORM-FLOODING")
    assert storm.media == 12  # [SOT: … :12]


def test_example_rundown_shape():
    rd = load_rundown(EXAMPLE)
    assert len(rd.items) >= 8
    assert sum(i.is_break for i in rd.items) == 2
    assert any(i.floated for i in rd.items)
    assert any(i.story is None and not i.is_break for i in rd.items)  # fixed-time items
    rates = {t.read_rate_wpm for t in rd.talents.values() if t.read_rate_wpm}
    assert len(rates) >= 2
    assert any(i.story_path and i.story_path.name == "japan-us-summit.txt" for i in rd.items)
    assert [b.letter for b in rd.blocks] == ["A", "B", "C"]
    # the program's totals agree with a sum by hand over the items
    timed = [i for i in rd.items if not i.floated]
    assert rd.planned_total == sum(i.total for i in timed)
    pinned = [i for i in timed if i.hard_start is not None]
    assert len(pinned) == 1 and pinned[0].slug == "WEATHER"
    weather = timed.index(pinned[0])
    # front: soft items follow each other; WEATHER starts at its hard start
    elapsed = 0
    for n, item in enumerate(timed):
        if n == weather:
            assert item.gap == item.hard_start - elapsed
            elapsed = item.hard_start
        assert item.front == elapsed
        elapsed += item.total
    assert rd.over_under == elapsed - rd.show.length
    # back: from the hard out for WEATHER and after; before it, from WEATHER's hard start
    for n, item in enumerate(timed):
        end = rd.show.length if n >= weather else pinned[0].hard_start
        stop = len(timed) if n >= weather else weather
        assert item.back == end - sum(i.total for i in timed[n:stop])


def test_example_pdf_rows_and_time_command(tmp_path, capsys):
    out = tmp_path / "rundown.pdf"
    assert run_cli(["rundown", str(EXAMPLE), "-o", str(out)]) == 0
    from pypdf import PdfReader

    text = "\n".join(p.extract_text(extraction_mode="layout") for p in PdfReader(str(out)).pages)
    lines = [" ".join(l.split()) for l in text.splitlines() if l.strip()]
    rd = load_rundown(EXAMPLE)
    for item in rd.items:
        row = [l for l in lines if l.startswith(f"{item.page} {item.slug}")]
        assert len(row) == 1, item.slug
        assert format_duration(item.total) in row[0]
        if item.front is not None:
            assert clock(rd.show.start + item.front) in row[0]
    assert "Zoë Okonkwo-Müller" in text  # the bundled font prints accented names


def test_script_book(tmp_path):
    out, book = tmp_path / "rundown.pdf", tmp_path / "book.pdf"
    assert run_cli(["rundown", str(EXAMPLE), "-o", str(out), "--scripts", str(book)]) == 0
    from pypdf import PdfReader

    pages = [p.extract_text() for p in PdfReader(str(book)).pages]
    rd = load_rundown(EXAMPLE)
    with_story = [i for i in rd.items if i.story is not None]
    assert len(pages) >= len(with_story)
    # each story starts on a new page whose header carries its rundown page number, in rundown order
    found = [next(n for n, text in enumerate(pages) if item.page in text and item.slug in text) for item in with_story]
    assert found == sorted(found) and len(set(found)) == len(found)
