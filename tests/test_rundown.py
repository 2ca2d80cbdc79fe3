"""Rundowns: timing computed by hand vs the program, bad files, check exit codes, PDF/DOCX read back.

These rundowns use fixed durations only, so they do not depend on the parser;
tests/test_rundown_stories.py covers rundowns built from story files.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from scriptfmt.commands.rundown import check_rundown, time_rundown
from scriptfmt.errors import UserError, UserErrors
from scriptfmt.rundown import clock, key_lines, load_rundown, over_under_text

SMALL = """\
[show]
title = "Test Show"
date = 2026-11-27
start = "18:00:00"
length = "10:00"
talent = "AL"

[talent.AL]
name = "Anna Lee"
read_rate = 165

[talent.MR]
name = "Marco Rossi"
read_rate = 180

[[item]]
slug = "ONE"
duration = "2:00"

[[item]]
slug = "TWO"
talent = "MR"
duration = "1:00"
target = ":45"

[[item]]
slug = "BREAK 1"
kind = "break"
duration = "2:00"

[[item]]
slug = "FLOATER"
duration = "3:00"
float = true

[[item]]
slug = "FOUR"
duration = "4:30"
"""


def write(tmp_path: Path, text: str, name: str = "show.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def run_cli(argv: list[str]) -> int:
    from scriptfmt.cli import main

    with pytest.raises(SystemExit) as exc:
        main(argv)
    return exc.value.code


# ------------------------------------------------------------------ timing by hand


def test_front_back_and_over_under_by_hand(tmp_path):
    rd = load_rundown(write(tmp_path, SMALL))
    items = {i.slug: i for i in rd.items}
    # Totals: ONE 120, TWO 60, BREAK 120, FLOATER (floated, excluded), FOUR 270.
    # Front = sum of the timed items before; FLOATER has none.
    assert [items[s].front for s in ("ONE", "TWO", "BREAK 1", "FOUR")] == [0, 120, 180, 300]
    assert items["FLOATER"].front is None and items["FLOATER"].back is None
    # Back = length (600) minus this item and everything timed after it.
    assert items["FOUR"].back == 600 - 270
    assert items["BREAK 1"].back == 600 - 270 - 120
    assert items["TWO"].back == 600 - 270 - 120 - 60
    assert items["ONE"].back == 600 - 270 - 120 - 60 - 120
    assert rd.planned_total == 120 + 60 + 120 + 270
    assert rd.over_under == (120 + 60 + 120 + 270) - 600
    assert over_under_text(rd.over_under) == "UNDER 0:30"
    assert clock(rd.show.start + items["FOUR"].front) == "18:05:00"
    assert clock(rd.show.hard_out) == "18:10:00"


def test_pages_blocks_targets_and_talent(tmp_path):
    rd = load_rundown(write(tmp_path, SMALL))
    assert [i.page for i in rd.items] == ["A1", "A2", "A3", "B1", "B2"]
    assert [b.letter for b in rd.blocks] == ["A", "B"]
    a, b = rd.blocks
    assert a.total == 120 + 60  # the break is not part of the block
    assert a.planned == 120 + 45  # ONE has no target, so its total counts as planned
    assert a.over_under == 15
    assert b.total == 270 and b.planned is None  # floats excluded; no targets, no budget
    two = rd.items[1]
    assert two.talent == "MR" and rd.items[0].talent == "AL"  # [show] talent is the default
    assert two.over_target == 15
    assert rd.items[2].format == "BREAK" and rd.items[2].talent is None


def test_over_and_block_budget(tmp_path):
    text = SMALL.replace('length = "10:00"', 'length = "8:00"') + '\n[block.B]\nlength = "4:00"\n'
    rd = load_rundown(write(tmp_path, text))
    assert rd.over_under == 570 - 480
    assert over_under_text(rd.over_under) == "OVER 1:30"
    assert rd.blocks[1].over_under == 270 - 240
    # backtime of the first item is now before the show start
    assert rd.items[0].back == 480 - 570


def test_explicit_pages_continue_numbering(tmp_path):
    text = SMALL.replace('slug = "TWO"', 'slug = "TWO"\npage = "A10"')
    rd = load_rundown(write(tmp_path, text))
    assert [i.page for i in rd.items] == ["A1", "A10", "A11", "B1", "B2"]


def test_break_without_duration_defaults_to_one_minute(tmp_path):
    text = SMALL.replace('kind = "break"\nduration = "2:00"', 'kind = "break"')
    rd = load_rundown(write(tmp_path, text))
    assert rd.items[2].total == 60


# ------------------------------------------------------------------ bad rundowns

BAD = """\
[talent.AL]
name = "Anna Lee"
read_rate = 165

[[item]]
slug = "MISSING FILE"
talent = "AL"
story = "stories/nowhere.txt"
page = "A1"

[[item]]
slug = "WHO"
talent = "ZZ"
duration = "1:00"

[[item]]
slug = "BAD SECONDS"
duration = "1:75"
page = "A1"

[[item]]
slug = "NEGATIVE"
target = "-0:10"
duration = ":30"
"""


def test_bad_rundown_reports_every_problem_with_lines(tmp_path):
    path = write(tmp_path, BAD)
    with pytest.raises(UserErrors) as exc:
        load_rundown(path)
    lines = str(exc.value).splitlines()
    src = str(path)

    def has(fragment: str, line: int | None) -> bool:
        prefix = f"{src}:{line}:" if line else f"{src}:"
        return any(l.startswith(prefix) and fragment in l for l in lines)

    assert has("missing [show]", None)
    assert has("story file not found", 8)
    assert has("unknown talent 'ZZ'", 13)
    assert has("'1:75'", 18)
    assert has("duplicate page A1", 19)
    assert has("'-0:10'", 23)
    assert len(lines) == 6, lines


def test_bad_rundown_cli_exit_2_and_nothing_written(tmp_path, capsys):
    path = write(tmp_path, BAD)
    out, book = tmp_path / "rundown.pdf", tmp_path / "book.pdf"
    assert run_cli(["rundown", str(path), "-o", str(out), "--scripts", str(book)]) == 2
    err = capsys.readouterr().err
    for fragment in ("missing [show]", "story file not found", "unknown talent", "1:75", "-0:10", "duplicate page"):
        assert fragment in err
    assert not out.exists() and not book.exists()
    assert list(tmp_path.iterdir()) == [path]  # no temporary files either


def test_typo_keys_and_bad_values(tmp_path):
    text = SMALL.replace('duration = "4:30"', 'durration = "4:30"').replace('start = "18:00:00"', 'start = "25:00"')
    with pytest.raises(UserErrors) as exc:
        load_rundown(write(tmp_path, text))
    msg = str(exc.value)
    assert "unknown key 'durration'" in msg and "show.toml:38:" in msg
    assert "clock time" in msg and "show.toml:4:" in msg


def test_invalid_toml_gives_line(tmp_path):
    path = write(tmp_path, '[show]\ntitle = "x"\nstart = 18:00\n')
    with pytest.raises(UserError) as exc:
        load_rundown(path)
    assert f"{path}:3:" in str(exc.value)


def test_key_lines_skips_multiline_strings():
    text = '[show]\nnote = """\nslug = "not a key"\n"""\n[[item]]\nslug = "A"\n[[item]]\nslug = "B"\n'
    lines = key_lines(text)
    assert lines[("show", "note")] == 2
    assert lines[("item", 0, "slug")] == 6
    assert lines[("item", 1, "slug")] == 8
    assert ("show", "slug") not in lines


# ------------------------------------------------------------------ time / check


def test_time_prints_table(tmp_path, capsys):
    assert time_rundown(str(write(tmp_path, SMALL))) == 0
    out = capsys.readouterr().out
    for slug in ("ONE", "TWO", "BREAK 1", "FLOATER", "FOUR"):
        assert slug in out
    assert "UNDER 0:30" in out and "FLOAT" in out


def test_check_exit_codes_both_ways(tmp_path, capsys):
    path = str(write(tmp_path, SMALL))  # UNDER 0:30
    assert check_rundown(path, tolerance=30) == 0
    assert check_rundown(path, tolerance=45) == 0
    assert check_rundown(path, tolerance=10) == 1
    out = capsys.readouterr().out
    assert "UNDER 0:30" in out and "add 0:30" in out
    assert "heaviest items" not in out  # nothing to cut when the show is short
    assert "FLOATER" in out.split("add 0:30")[-1]  # floats suggested to fill an under-run

    over = str(write(tmp_path, SMALL.replace('length = "10:00"', 'length = "9:00"'), "over.toml"))  # OVER 0:30
    assert check_rundown(over, tolerance=0) == 1
    out = capsys.readouterr().out
    assert "OVER 0:30" in out and "cut" in out
    heavy = out.split("heaviest items:")[1]
    assert heavy.index("TWO") < heavy.index("FOUR")  # over its target comes first
    assert check_rundown(over, tolerance=60) == 0

    exact = str(write(tmp_path, SMALL.replace('length = "10:00"', 'length = "9:30"'), "exact.toml"))
    assert check_rundown(exact, tolerance=0) == 0


def test_check_through_cli(tmp_path, capsys):
    path = str(write(tmp_path, SMALL))
    assert run_cli(["check", path, "--tolerance", "0:10"]) == 1
    assert run_cli(["check", path, "--tolerance", "0:30"]) == 0
    assert run_cli(["time", path]) == 0
    capsys.readouterr()


# ------------------------------------------------------------------ rendering


def pdf_lines(path: Path) -> list[str]:
    from pypdf import PdfReader

    text = "\n".join(p.extract_text(extraction_mode="layout") for p in PdfReader(str(path)).pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_rundown_pdf_has_every_row(tmp_path):
    src = write(tmp_path, SMALL)
    out = tmp_path / "rundown.pdf"
    assert run_cli(["rundown", str(src), "-o", str(out)]) == 0
    lines = pdf_lines(out)
    rd = load_rundown(src)
    from scriptfmt.durations import format_duration

    for item in rd.items:
        row = [l for l in lines if l.startswith(f"{item.page} {item.slug}")]
        assert len(row) == 1, (item.slug, lines)
        assert format_duration(item.total) in row[0]
        if item.front is not None:
            assert clock(rd.show.start + item.front) in row[0]
            assert row[0].endswith(clock(rd.show.start + item.back))
        else:
            assert "[FLOAT]" in row[0]
    assert any(l.startswith("BLOCK A") for l in lines) and any(l.startswith("BLOCK B") for l in lines)
    assert any("Start 18:00:00" in l and "Hard out 18:10:00" in l and "UNDER 0:30" in l for l in lines)
    assert any(l.startswith("A2 TWO MR") and "+:15" in l for l in lines)  # over target marked


def test_rundown_pdf_many_items_spans_pages(tmp_path):
    items = "".join(f'\n[[item]]\nslug = "STORY {n}"\nduration = ":{10 + n % 40:02d}"\n' for n in range(60))
    src = write(tmp_path, SMALL.split("[[item]]")[0] + items)
    out = tmp_path / "long.pdf"
    assert run_cli(["rundown", str(src), "-o", str(out)]) == 0
    lines = pdf_lines(out)
    for n in range(60):
        assert any(l.startswith(f"A{n + 1} STORY {n} ") for l in lines)
    assert sum(1 for l in lines if l.startswith("Page Slug Talent")) >= 2  # header repeated


def test_rundown_docx_has_every_row(tmp_path):
    import docx

    src = write(tmp_path, SMALL)
    out = tmp_path / "rundown.docx"
    assert run_cli(["rundown", str(src), "-o", str(out)]) == 0
    rows = [[c.text for c in r.cells] for r in docx.Document(str(out)).tables[0].rows]
    rd = load_rundown(src)
    for item in rd.items:
        assert any(r[0] == item.page and r[1].startswith(item.slug) for r in rows)
    assert rows[0][:3] == ["Page", "Slug", "Talent"]
    assert any("UNDER 0:30" in " ".join(r) for r in rows)


def test_rundown_output_kind_checked_before_writing(tmp_path, capsys):
    src = write(tmp_path, SMALL)
    assert run_cli(["rundown", str(src), "-o", str(tmp_path / "rundown.txt")]) == 2
    assert ".pdf, .docx or .csv" in capsys.readouterr().err
    assert not (tmp_path / "rundown.txt").exists()


def test_failed_script_book_leaves_neither_file(tmp_path, capsys):
    src = write(tmp_path, SMALL)  # fixed-time items only: there is no script to print
    out, book = tmp_path / "rundown.pdf", tmp_path / "book.pdf"
    assert run_cli(["rundown", str(src), "-o", str(out), "--scripts", str(book)]) == 2
    assert "no item has a story file" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["show.toml"]


def test_hard_start_by_hand(tmp_path, capsys):
    # FOUR is pinned to 18:06:00 (360 s); soft timing would reach it at 300 s: a 60 s gap.
    text = SMALL.replace('slug = "FOUR"', 'slug = "FOUR"\nhard_start = "18:06:00"')
    rd = load_rundown(write(tmp_path, text))
    one, two, brk, floater, four = rd.items
    assert four.front == 360 and four.gap == 360 - 300
    assert [one.front, two.front, brk.front] == [0, 120, 180]
    # items before the hard start back-time from it, not from the hard out
    assert four.back == 600 - 270
    assert brk.back == 360 - 120 and two.back == 360 - 120 - 60 and one.back == 360 - 120 - 60 - 120
    assert rd.projected_end == 360 + 270
    assert rd.over_under == 360 + 270 - 600  # OVER 0:30, though the items only add up to 9:30
    assert time_rundown(str(tmp_path / "show.toml")) == 0
    out = capsys.readouterr().out
    assert "HARD 18:06:00" in out and "GAP 1:00" in out and "OVER 0:30" in out and "Projected out 18:10:30" in out


def test_hard_start_overlap_and_bad_values(tmp_path):
    text = SMALL.replace('slug = "BREAK 1"', 'slug = "BREAK 1"\nhard_start = "18:02:30"')
    rd = load_rundown(write(tmp_path, text))
    assert rd.items[2].gap == 150 - 180  # arrives 30 s late: an overlap
    bad = SMALL.replace('slug = "FOUR"', 'slug = "FOUR"\nhard_start = "19:30:00"').replace('slug = "TWO"', 'slug = "TWO"\nhard_start = "6pm"')
    with pytest.raises(UserErrors) as exc:
        load_rundown(write(tmp_path, bad, "bad.toml"))
    msg = str(exc.value)
    assert "outside the show" in msg and "'6pm'" in msg
