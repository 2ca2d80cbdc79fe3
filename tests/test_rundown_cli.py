"""The command line around rundowns and talents: talent tables, CLI manners, rundown CSV."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scriptfmt.cli import main
from scriptfmt.rundown import load_rundown

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "evening-news" / "rundown.toml"
STORY = ROOT / "examples" / "harbor-strike.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return exc.value.code, out, err


def test_talent_name_is_the_name_not_the_id():
    rundown = load_rundown(EXAMPLE)
    assert rundown.talent_name("AL") == "Anna Lee"
    assert rundown.talent_name("ZO") == "Zoë Okonkwo-Müller"
    assert rundown.talent_name("NOBODY") == "NOBODY" and rundown.talent_name(None) == ""


def test_each_rundown_story_is_timed_once(monkeypatch):
    import scriptfmt.pipeline as pipeline

    calls = []
    real = pipeline.time_story
    monkeypatch.setattr(pipeline, "time_story", lambda story, *a, **k: calls.append(story.source) or real(story, *a, **k))
    rundown = load_rundown(EXAMPLE)
    with_story = [i for i in rundown.items if i.story is not None]
    assert with_story and len(calls) == len(with_story)
    # and at the rundown talent's own rate
    mr = next(i for i in with_story if i.talent == "MR")
    assert mr.story.read_rate_wpm == rundown.talents["MR"].read_rate_wpm


def test_unknown_talent_is_one_line_exit_2(capsys):
    code, out, err = run(capsys, "time", str(STORY), "--talent", "NOBODY", "--talents", str(EXAMPLE))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "NOBODY" in err and "talent" in err
    code, out, _ = run(capsys, "time", str(STORY), "--talent", "Anna Lee", "--talents", str(EXAMPLE))
    assert code == 0 and "165 wpm" in out  # a talent found by name reads at its own rate
    code, out, _ = run(capsys, "time", str(STORY), "--talent", "ZO", "--talents", str(EXAMPLE))
    assert code == 0 and "160 wpm" in out  # a known talent without a rate: the style's


def test_no_import_cycle_between_pipeline_and_rundown():
    """The talent tables are a leaf: reading --talents does not load the rundown package."""
    code = "import sys, scriptfmt.talents, scriptfmt.pipeline; print('scriptfmt.rundown' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip() == "False", proc.stderr


# ------------------------------------------------------------------ rundown CSV


def test_rundown_csv_one_row_per_item_in_order(tmp_path, capsys):
    import csv

    out = tmp_path / "rundown.csv"
    code, _, _ = run(capsys, "rundown", str(EXAMPLE), "-o", str(out))
    assert code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the file as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == ["Page", "Slug", "Talent", "Format", "Read", "Media", "Total", "Front", "Clock", "Back",
                             "Float", "Hard start", "Target", "Over"]
    rundown = load_rundown(EXAMPLE)
    assert [r["Page"] for r in rows] == [i.page for i in rundown.items]
    assert [r["Slug"] for r in rows] == [i.slug for i in rundown.items]
    for row in rows:
        for column in ("Read", "Media", "Total", "Target", "Over", "Front"):
            assert row[column] == "" or re.fullmatch(r"[+-]?\d+:\d\d", row[column]), (column, row)
    weather = next(r for r in rows if r["Slug"] == "WEATHER")
    assert weather["Hard start"] == "18:08:00" and weather["Clock"] == "18:08:00" and weather["Total"] == "2:30"
    kicker = next(r for r in rows if r["Float"] == "yes")
    assert kicker["Front"] == kicker["Clock"] == kicker["Back"] == ""
    summit = next(r for r in rows if r["Slug"] == "JAPAN-US SUMMIT")
    assert summit["Target"] == "1:45" and summit["Over"] == "+0:36"


def test_rundown_csv_header_even_without_items_written(tmp_path, capsys):
    """The header row is always there; a rundown with one item gives exactly two lines."""
    path = tmp_path / "one.toml"
    path.write_text('[show]\ntitle = "Ünïcode"\nstart = "06:00:00"\nlength = "1:00"\n[[item]]\nslug = "ZOË"\nduration = ":30"\n', encoding="utf-8")
    out = tmp_path / "one.csv"
    assert run(capsys, "rundown", str(path), "-o", str(out))[0] == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[0].startswith("Page,Slug,") and lines[1].startswith("A1,ZOË,")


# ------------------------------------------------------------------ CLI manners


def test_version_and_short_help(capsys):
    from scriptfmt import __version__

    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"scriptfmt {__version__}"
    code, out, _ = run(capsys, "-h")
    assert code == 0 and "Usage: scriptfmt" in out and "-h, --help" in out
    code, out, _ = run(capsys, "rundown", "-h")
    assert code == 0 and "Usage: scriptfmt rundown [OPTIONS] FILE" in out


@pytest.mark.parametrize("command", ["parse", "time", "check", "format", "rundown", "readable", "lint", "watch", "mos send", "mos export"])
def test_help_shows_no_python_internals(capsys, command):
    code, out, _ = run(capsys, *command.split(), "--help")
    assert code == 0
    for internal in ("<str>", "<list[str]>", "<float>", "<int>", "<path>", "{", "}"):
        assert internal not in out, (internal, out)


def test_readable_takes_several_files(capsys):
    other = ROOT / "examples" / "japan-us-summit.txt"
    code, out, _ = run(capsys, "readable", str(STORY), str(other), "--no-color")
    assert code == 0
    heads = [l for l in out.splitlines() if "to the read copy; read time" in l]
    assert [h.split(":")[0] for h in heads] == [str(STORY), str(other)]
    code, out, _ = run(capsys, "readable", str(STORY), str(other), "--changes")
    assert code == 0 and {l.split(":")[0] for l in out.splitlines()} == {str(STORY), str(other)}
    code, out, err = run(capsys, "readable", str(STORY), "missing.txt")
    assert code == 2 and out == "" and "missing.txt" in err  # nothing printed for the good one either


@pytest.mark.parametrize("option", [["--wpm", "200"], ["--talent", "AL"], ["--talents", str(EXAMPLE)]])
def test_story_options_with_a_rundown_are_refused_not_ignored(capsys, option):
    for command in ("time", "check"):
        code, out, err = run(capsys, command, str(EXAMPLE), *option)
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1 and option[0] in err and "rundown" in err
    code, _, err = run(capsys, "check", str(EXAMPLE), "--target", "14:00")
    assert code == 2 and "--target" in err


@pytest.mark.parametrize("as_written", [False, True])
def test_script_book_leaves_the_rundown_stories_as_timed(tmp_path, as_written):
    from scriptfmt.render.book import BookOptions, write_script_book

    rundown = load_rundown(EXAMPLE)
    before = [(i.story.total_seconds, dict(i.story.metadata)) for i in rundown.items if i.story is not None]
    write_script_book(rundown, tmp_path / "book.pdf", BookOptions(as_written=as_written))
    after = [(i.story.total_seconds, dict(i.story.metadata)) for i in rundown.items if i.story is not None]
    assert before == after and (tmp_path / "book.pdf").stat().st_size > 0


@pytest.mark.parametrize("kind", ["pdf", "docx", "csv"])
def test_unprintable_characters_in_a_rundown_are_one_line_errors(tmp_path, capsys, kind):
    path = tmp_path / "show.toml"
    path.write_text('[show]\ntitle = "X"\nstart = "18:00:00"\nlength = "10:00"\n[[item]]\nslug = "BAD\\u0001SLUG"\nduration = ":10"\n')
    code, out, err = run(capsys, "rundown", str(path), "-o", str(tmp_path / f"r.{kind}"))
    assert code == 2 and err.strip() == f"scriptfmt: {path}:6: item slug has the character U+0001, which cannot be printed: write plain text"
    assert not (tmp_path / f"r.{kind}").exists()


def test_time_and_check_on_a_rundown_do_not_import_renderers():
    code = ("import sys; from scriptfmt.cli import main\nfor cmd in ('time', 'check'):\n    try: main([cmd, %r])\n    except SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'docx')))") % str(EXAMPLE)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stderr
