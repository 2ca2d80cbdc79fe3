"""The story commands through the real entry point: parse (JSON contract), time, check, errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scriptfmt.cli import main

ROOT = Path(__file__).parent.parent
EXAMPLE = str(ROOT / "examples" / "japan-us-summit.txt")


def run(capsys, *args, stdin=None, monkeypatch=None):
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


def test_parse_json_contract(capsys):
    code, out, err = run(capsys, "parse", EXAMPLE)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) >= {"slug", "metadata", "read_rate_wpm", "segments", "total_seconds"}
    assert data["read_rate_wpm"] == 160
    kinds = [s["kind"] for s in data["segments"]]
    assert kinds == ["narration", "soundbite", "narration", "soundbite", "narration", "soundbite", "cue", "soundbite", "narration"]
    for seg in data["segments"]:
        assert isinstance(seg["text"], str) and isinstance(seg["seconds"], (int, float))
        if seg["kind"] == "soundbite":
            assert set(seg["speaker"]) == {"name", "title"}
            assert seg["estimated"] is True and seg["in_cue"] and seg["out_cue"]
        if seg["kind"] == "cue":
            assert seg["cue_type"] == "PAUSE" and seg["seconds"] == 0.5
    assert data["total_seconds"] == pytest.approx(sum(s["seconds"] for s in data["segments"]), abs=0.05)


def test_wpm_and_style_change_the_rate(capsys):
    _, out, _ = run(capsys, "parse", EXAMPLE, "--style", "radio")
    radio = json.loads(out)
    _, out, _ = run(capsys, "parse", EXAMPLE, "--wpm", "120")
    slow = json.loads(out)
    assert radio["read_rate_wpm"] == 180 and slow["read_rate_wpm"] == 120
    assert slow["segments"][0]["seconds"] == pytest.approx(radio["segments"][0]["seconds"] * 180 / 120, rel=0.01)


def test_parse_reads_stdin_with_crlf_cp1252_and_control_characters(capsys, monkeypatch):
    import io

    raw = b"\x01SLUG: TEST\r\n\x02\x93We are ready for the storm tonight,\x94 Mayor Ana Ruiz said.\r\n\x03"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    code, out, _ = run(capsys, "parse", "-")
    data = json.loads(out)
    assert code == 0 and data["slug"] == "TEST"
    assert data["segments"][0]["kind"] == "soundbite"
    assert data["segments"][0]["speaker"] == {"name": "Ana Ruiz", "title": "Mayor"}


def test_time_table(capsys):
    code, out, _ = run(capsys, "time", EXAMPLE)
    assert code == 0
    assert "SOUNDBITE  Joe Biden" in out and "EST" in out and "PAUSE" in out
    assert out.strip().splitlines()[-1].startswith("TOTAL 2:")


@pytest.mark.parametrize("target,code", [("2:22", 0), ("2:00", 1), ("3:00", 1)])
def test_check_exit_codes(capsys, target, code):
    rc, out, _ = run(capsys, "check", EXAMPLE, "--target", target, "--tolerance", "0:03")
    assert rc == code
    assert out.startswith({0: "OK", 1: "OVER" if target == "2:00" else "UNDER"}[code])


def test_check_target_from_header(capsys, tmp_path):
    copy = tmp_path / "s.txt"
    copy.write_text("SLUG: S\nTARGET: :06\n\nThe council voted tonight to close the road for a year and rebuild the bridge.\n")
    rc, out, _ = run(capsys, "check", str(copy))
    assert rc == 0 and out.startswith("OK")
    copy.write_text("SLUG: S\nTARGET: :30\n\nThe council voted tonight.\n")
    rc, out, _ = run(capsys, "check", str(copy))
    assert rc == 1 and "under by" in out


@pytest.mark.parametrize("args,message", [
    (("time", "no-such-file.txt"), "no-such-file.txt: no such file"),
    (("check", EXAMPLE, "--target", "1:75"), "bad --target '1:75'"),
    (("check", EXAMPLE, "--target", "-0:10"), "bad --target '-0:10'"),
    (("check", EXAMPLE), "no target"),
    (("time", EXAMPLE, "--bogus"), "No such option: --bogus"),
    (("parse", EXAMPLE, "--wpm", "9"), "not a read rate"),
    (("parse", EXAMPLE, "--style", "nope"), "unknown style 'nope'"),
])
def test_user_errors_are_one_line_exit_2(capsys, args, message):
    code, out, err = run(capsys, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and message in err
    assert "Traceback" not in err


def test_real_entry_point_in_a_subprocess():
    proc = subprocess.run([sys.executable, "-m", "scriptfmt", "time", "missing.txt"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and proc.stderr.strip() == "scriptfmt: missing.txt: no such file"
    proc = subprocess.run([sys.executable, "-m", "scriptfmt", "parse", EXAMPLE, "--compact"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and json.loads(proc.stdout)["segments"]


def test_time_does_not_import_renderers():
    code = "import sys; from scriptfmt.cli import main\ntry: main(['time', %r])\nexcept SystemExit: pass\nprint(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'docx')))" % EXAMPLE
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_per_talent_rate_from_a_talent_file(capsys, tmp_path):
    talents = tmp_path / "talents.toml"
    talents.write_text('[talent.AL]\nname = "Anna Lee"\nread_rate = 120\n[talent.BK]\nname = "Ben Kim"\n')
    copy = tmp_path / "s.txt"
    copy.write_text("TALENT: Anna Lee\n\n" + "word " * 60 + "\n")
    _, out, _ = run(capsys, "parse", str(copy), "--talents", str(talents))
    assert json.loads(out)["read_rate_wpm"] == 120 and json.loads(out)["total_seconds"] == 30
    _, out, _ = run(capsys, "parse", str(copy), "--talents", str(talents), "--talent", "BK")  # no rate: the style's
    assert json.loads(out)["read_rate_wpm"] == 160
    _, out, _ = run(capsys, "parse", str(copy), "--talents", str(talents), "--wpm", "180")  # --wpm wins
    assert json.loads(out)["read_rate_wpm"] == 180
    talents.write_text('[talent.AL]\nread_rate = 20\n')
    code, _, err = run(capsys, "parse", str(copy), "--talents", str(talents))
    assert code == 2 and "read_rate must be 60 to 400" in err


@pytest.mark.parametrize("command", ["format", "rundown", "readable"])
def test_each_command_runs_as_the_only_one_loaded(tmp_path, command):
    """cli.py imports only the invoked command's module: a lone command must still parse as one."""
    args = {
        "format": ["format", EXAMPLE, "-o", str(tmp_path / "x.txt"), "--style", "prompter"],
        "rundown": ["rundown", str(ROOT / "examples" / "evening-news" / "rundown.toml"), "-o", str(tmp_path / "r.pdf")],
        "readable": ["readable", EXAMPLE, "--clean"],
    }[command]
    proc = subprocess.run([sys.executable, "-m", "scriptfmt", *args], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_strict_turns_parser_guesses_into_errors(capsys, tmp_path):
    copy = tmp_path / "open.txt"
    copy.write_text("SLUG: OPEN\n\nMayor Ana Ruiz said: “We will rebuild and we will not stop.\n\nThe council [TAKE VO met tonight.\n")
    code, out, _ = run(capsys, "time", str(copy))
    assert code == 0 and "WARNING line 3: quotation is not closed" in out and "WARNING line 5: unclosed '['" in out
    code, out, err = run(capsys, "time", str(copy), "--strict")
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"scriptfmt: {copy}:3: quotation is not closed (--strict)",
        f"scriptfmt: {copy}:5: unclosed '[' kept as read copy: '[TAKE VO met tonight.' (--strict)",
    ]
    code, _, err = run(capsys, "format", str(copy), "--strict", "-o", str(tmp_path / "open.pdf"))
    assert code == 2 and not (tmp_path / "open.pdf").exists()
