"""`scriptfmt readable`: the copy rewritten for the ear, each change marked."""

import subprocess
import sys
from pathlib import Path

import pytest

from scriptfmt.cli import main

ROOT = Path(__file__).parent.parent
EXAMPLE = str(ROOT / "examples" / "japan-us-summit.txt")

WIRE = (
    "Sen. Chuck Schumer, D-N.Y., said the $1.5 billion plan passed 52-48 on Nov. 1.\n\n"
    "About 90% of the 1,384,234 U.S. residents get checks by 6:30 p.m. Friday, the FBI said.\n\n"
    '"It is a good day," said Schumer, who spent $20 million.\n'
)


def run(capsys, *args):
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


@pytest.fixture
def wire(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    return str(path)


def test_marks_every_change_with_its_line(capsys, wire):
    code, out, err = run(capsys, "readable", wire, "--no-color")
    assert code == 0 and err == ""
    assert out.startswith(f"{wire}: ")
    lines = out.splitlines()
    first = next(line for line in lines if line.lstrip().startswith("1 "))
    assert "[Sen. -> Senator] Chuck Schumer, [D-N.Y. -> Democrat of New York], said the" in first
    assert "[$1.5 billion -> one-point-five-billion-dollar] plan" in first
    assert "[Nov. 1 -> November first]" in first
    third = next(line for line in lines if line.lstrip().startswith("3 "))
    assert "[90% -> ninety percent]" in third and "[U.S. -> U-S]" in third and "[6:30 p.m. -> six-thirty p-m]" in third
    assert "\x1b[" not in out


def test_example_shows_pronouncers_and_leaves_soundbites(capsys):
    names = str(ROOT / "examples" / "japan-us-summit.pronouncers.toml")
    code, out, _ = run(capsys, "readable", EXAMPLE, "--no-color", "--pronouncers", names)
    assert code == 0
    assert "Fumio Kishida[+ (FOO-mee-oh kee-SHEE-dah)] announced" in out
    assert "[kyiv -> Kyiv][+ (KEE-yiv)]" in out
    assert "SOT Joe Biden, President" in out and "not rewritten" in out
    assert "US-China" not in out  # soundbites are summarised by their in/out cues, never rewritten


def test_changes_only(capsys, wire):
    code, out, _ = run(capsys, "readable", wire, "--changes")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"{wire}:1: Sen. -> Senator (abbreviation)"
    assert f"{wire}:3: FBI -> F-B-I (initialism)" in lines
    assert all(line.startswith(f"{wire}:") for line in lines)


def test_clean_prints_only_the_read_copy(capsys, wire):
    code, out, _ = run(capsys, "readable", wire, "--clean")
    assert code == 0
    assert out.startswith("Senator Chuck Schumer, Democrat of New York, said the one-point-five-billion-dollar plan passed 52-48 on November first.")
    assert "[" not in out


def test_colour_on_request(capsys, wire):
    code, out, _ = run(capsys, "readable", wire, "--color")
    assert code == 0 and "\x1b[" in out


def test_user_pronouncers_and_abbreviations(capsys, tmp_path, wire):
    names = tmp_path / "names.toml"
    names.write_text('"Schumer" = "SHOO-mur"\n', encoding="utf-8")
    abbr = tmp_path / "abbr.toml"
    abbr.write_text('[acronyms]\nwords = ["FBI"]\n', encoding="utf-8")
    code, out, _ = run(capsys, "readable", wire, "--no-color", "--pronouncers", str(names), "--abbreviations", str(abbr))
    assert code == 0
    assert "Schumer[+ (SHOO-mur)]" in out and "[FBI -> F-B-I]" not in out


def test_bad_user_file_is_one_line_exit_2(capsys, tmp_path, wire):
    bad = tmp_path / "bad.toml"
    bad.write_text('"Schumer" = 3\n', encoding="utf-8")
    code, _out, err = run(capsys, "readable", wire, "--pronouncers", str(bad))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "bad.toml" in err
    code, _out, err = run(capsys, "readable", str(tmp_path / "missing.txt"))
    assert code == 2 and "no such file" in err


def test_changes_and_clean_conflict(capsys, wire):
    code, _, err = run(capsys, "readable", wire, "--changes", "--clean")
    assert code == 2 and "pick one" in err


def test_real_entry_point(tmp_path, wire):
    done = subprocess.run([sys.executable, "-m", "scriptfmt", "readable", wire, "--changes"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and "Senator" in done.stdout
    done = subprocess.run([sys.executable, "-m", "scriptfmt", "lint", wire], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode in (0, 1) and done.stderr == ""


@pytest.mark.parametrize("options", [(), ("--wpm", "120"), ("--style", "radio")])
def test_read_time_is_the_time_commands(capsys, wire, options):
    """readable times the story through the pipeline, so it says what `scriptfmt time` says."""
    _, out, _ = run(capsys, "readable", wire, "--no-color", *options)
    said = out.splitlines()[0].split("; read time ")[1]  # ":25 at 160 wpm"
    _, timed, _ = run(capsys, "time", wire, *options)
    total = timed.strip().splitlines()[-1]  # "TOTAL :31  (read :25 + soundbites :06)"
    read = total.split("(read ")[1].split(" ")[0]
    rate = timed.splitlines()[0].rsplit("— ", 1)[1]  # "160 wpm"
    assert said == f"{read} at {rate}"
