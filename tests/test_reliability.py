"""Issue 14's reproduced failures, each through the real CLI: one line and exit 2 for every user
error (never exit 70), nothing written on a failed run, no input overwritten, no temporary file
left by an error or a signal. Inputs are generated here; nothing large is checked in.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from scriptfmt.cli import main
from tests.test_bad_input import ROOT, STORY, listing, ok, refuse

HUGE = "9" * 5000
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def strict_json(text: str):
    """json.loads that refuses Infinity/NaN, which are not JSON."""
    return json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in JSON output"))


def cli(*args, **kwargs) -> subprocess.CompletedProcess:
    """The real entry point in a child process (for closed streams, pipes and signals)."""
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "scriptfmt", *map(str, args)], stderr=subprocess.PIPE, env=ENV, timeout=120, check=False, **kwargs)


def one_line(stderr: bytes) -> str:
    lines = stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("scriptfmt: ") and "Traceback" not in lines[0], stderr
    return lines[0]


RUNDOWN = '[show]\ntitle = "Six"\nstart = "18:00:00"\nlength = "0:30:00"\n\n'


def rundown_item(**keys: str) -> str:
    return "[[item]]\n" + "".join(f'{k} = "{v}"\n' for k, v in keys.items()) + "\n"


# ---- item 5: reads are bounded whatever the file is ---------------------------------------------


def test_dev_zero_is_refused_after_reading_at_most_the_limit(capsys, work, monkeypatch):
    from scriptfmt import ingest

    monkeypatch.setattr(ingest, "MAX_INPUT_BYTES", 4096)  # st_size of /dev/zero is 0: only the read can tell
    line = refuse(capsys, "parse", "/dev/zero")
    assert "/dev/zero" in line and "larger than" in line


def test_dev_stdin_is_capped_like_dash(work):
    with open("/dev/zero", "rb") as endless:
        run = cli("parse", "/dev/stdin", stdin=endless)
    assert run.returncode == 2 and "larger than 20 MB" in one_line(run.stderr)


def test_toml_from_a_device_is_capped(capsys, work):
    assert "larger than" in refuse(capsys, "parse", write(work / "s.txt", STORY), "-s", "/dev/zero")


# ---- items 7, 8: numbers, durations, nesting, loops ------------------------------------------


def test_five_thousand_digit_number_in_ninjs_is_kept_as_text(capsys, work):
    item = '{"headline": "Harbor", "urgency": ' + HUGE + ', "body_text": "The port reopened today."}'
    story = strict_json(ok(capsys, "parse", write(work / "n.json", item)))
    assert story["metadata"]["urgency"] == HUGE


def test_malformed_ninjs_with_a_huge_number_is_one_line(capsys, work):
    item = '{"headline": "Harbor", "urgency": ' + HUGE + ', "body_text": "The port reopened today." '  # no closing brace
    write(work / "n.json", item + "}}")
    assert "not valid JSON" in refuse(capsys, "parse", work / "n.json")


@pytest.mark.parametrize("digits", [500, 1000])  # longer runs are refused at ingest (below)
def test_absurd_soundbite_duration_is_a_warning_never_infinity(capsys, work, digits):
    copy = write(work / "s.txt", f"SLUG: PORT\n\nThe mayor spoke.\n\n[SOT: Mayor Ann Lee {'9' * digits}s]\n\nMore news.\n")
    story = strict_json(ok(capsys, "parse", copy))
    assert all(seg["seconds"] < 1e6 for seg in story["segments"])
    assert any("soundbite duration" in w for w in story["warnings"])


def test_absurd_target_header_and_option_are_one_line(capsys, work):
    copy = write(work / "s.txt", f"SLUG: PORT\nTARGET: {'9' * 500}\n\nThe mayor spoke.\n")
    line = refuse(capsys, "check", copy)
    assert str(copy) in line and "TARGET" in line and len(line) < 200
    line = refuse(capsys, "check", write(work / "t.txt", STORY), "--target", HUGE)
    assert "--target" in line and len(line) < 200


@pytest.mark.parametrize("value", ["9" * 500, HUGE, "1:" + HUGE + ":00"])
def test_absurd_rundown_duration_is_one_line(capsys, work, value):
    show = write(work / "show.toml", RUNDOWN + rundown_item(slug="PORT", duration=value))
    line = refuse(capsys, "time", show)
    assert "show.toml:" in line and "duration" in line and len(line) < 200


@pytest.mark.parametrize("page", ["Z" * 3000, "A" + HUGE])
def test_absurd_rundown_page_is_one_line(capsys, work, page):
    show = write(work / "show.toml", RUNDOWN + rundown_item(slug="PORT", page=page, duration="0:30"))
    assert "page" in refuse(capsys, "time", show)


@pytest.mark.parametrize("command", ["parse", "time", "readable", "format"])
def test_five_thousand_digit_number_in_copy_is_one_line_naming_the_line(capsys, work, command):
    copy = write(work / "s.txt", f"SLUG: DEBT\n\nThe city owes {HUGE} dollars.\n")
    line = refuse(capsys, command, copy, *(["-o", work / "s.pdf"] if command == "format" else []))
    assert f"{copy}:3:" in line and "5,000 digits" in line
    assert not (work / "s.pdf").exists()


def test_thousand_digit_number_in_copy_still_formats(capsys, work):
    ok(capsys, "format", write(work / "s.txt", f"SLUG: DEBT\n\nThe city owes {'9' * 1000} dollars.\n"), "-o", work / "s.pdf")


@pytest.mark.parametrize("where", ["talent", "rundown"])
def test_five_thousand_digit_number_in_toml_is_one_line(capsys, work, where):
    if where == "talent":
        talents = write(work / "t.toml", f'[talent.ann]\nname = "Ann Lee"\nread_rate = {HUGE}\n')
        args = ["parse", write(work / "s.txt", STORY), "--talents", talents]
    else:
        args = ["time", write(work / "show.toml", RUNDOWN.replace('"0:30:00"', HUGE))]
    assert "number is too long" in refuse(capsys, *args)


DEEP_TOML = "x = " + "[" * 3000 + "]" * 3000 + "\n"


@pytest.mark.parametrize("option", ["-s", "--talents", "--pronouncers", "rundown"])
def test_deeply_nested_toml_is_one_line_through_every_toml_input(capsys, work, option):
    deep = write(work / "deep.toml", DEEP_TOML)
    args = ["time", deep] if option == "rundown" else ["format", write(work / "s.txt", STORY), "-o", work / "o.txt", option, deep]
    assert "nested too deeply" in refuse(capsys, *args)
    assert not (work / "o.txt").exists()


def test_style_extends_loops_by_absolute_path_and_dotdot_are_one_line(capsys, work):
    (work / "sub").mkdir()
    looped = write(work / "a.toml", f'extends = "{work / "a.toml"}"\n')
    dotted = write(work / "sub" / "b.toml", 'extends = "../sub/b.toml"\n')
    for style in (looped, dotted):
        line = refuse(capsys, "parse", write(work / "s.txt", STORY), "-s", style)
        assert "loops back" in line and len(line) < 300


def test_300_letter_slug_renders_to_docx(capsys, work):
    ok(capsys, "format", write(work / "s.txt", f"SLUG: {'A' * 300}\n\nThe mayor spoke today.\n"), "-o", work / "s.docx")
    assert (work / "s.docx").stat().st_size > 0


def test_lone_surrogate_in_ninjs_reaches_no_output(capsys, work):
    copy = write(work / "n.json", '{"headline": "Port \\ud800", "body_text": "The port \\udfff reopened today."}')
    story = strict_json(ok(capsys, "parse", copy))
    assert "\ufffd" in json.dumps(story, ensure_ascii=False)
    ok(capsys, "time", copy)
    ok(capsys, "readable", copy)
    for ext in ("docx", "txt", "pdf"):
        ok(capsys, "format", copy, "-o", work / f"n.{ext}")


# ---- item 9: standard streams, full disk, closed pipes -------------------------------------------


@pytest.mark.parametrize("command", ["parse", "time", "check"])
def test_closed_stdout_is_one_line_and_exit_2(work, command):
    copy = write(work / "s.txt", STORY + "\nTARGET: 1:00\n")
    run = cli(command, copy, stdout=subprocess.DEVNULL, preexec_fn=lambda: os.close(1))
    assert run.returncode == 2 and "standard output is closed" in one_line(run.stderr)


def test_closed_stdin_is_one_line_and_exit_2(work):
    run = cli("parse", "-", stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    assert run.returncode == 2 and "standard input is closed" in one_line(run.stderr)


def test_full_disk_on_stdout_is_one_line_and_exit_2(work):
    with open("/dev/full", "wb") as full:
        run = cli("parse", write(work / "s.txt", STORY), stdout=full)
    assert run.returncode == 2 and "No space left" in one_line(run.stderr)


def test_full_disk_names_the_output_and_leaves_nothing(capsys, work, monkeypatch):
    import errno

    from scriptfmt import output

    def no_space(self, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))

    monkeypatch.setattr(output.Path, "write_bytes", no_space)
    line = refuse(capsys, "format", write(work / "s.txt", STORY), "-o", work / "out.txt")
    assert line == f"scriptfmt: {work / 'out.txt'}: cannot write the output (No space left on device)"
    assert sorted(p.name for p in work.iterdir()) == ["s.txt"]


def test_closed_pipe_exits_quietly_with_141_not_checks_1(work):
    big = write(work / "big.txt", STORY * 40)
    child = subprocess.Popen([sys.executable, "-m", "scriptfmt", "parse", str(big)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    child.stdout.read(10)
    child.stdout.close()  # the reader goes away, as `| head -1` does
    assert child.wait(timeout=120) == 141
    assert child.stderr.read() == b""


# ---- items 10-14: what gets written ------------------------------------------------------------


def test_failed_batch_writes_nothing(capsys, work):
    (work / "out").mkdir()
    good, empty = write(work / "good.txt", STORY), write(work / "empty.txt", "")
    assert "empty.txt" in refuse(capsys, "format", good, empty, "-o", work / "out")
    assert listing(work / "out") == {}


def test_render_failure_late_in_a_batch_writes_nothing(capsys, work, monkeypatch):
    from scriptfmt.render import text

    real = text.prompter_text
    calls = []

    def second_fails(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("renderer exploded")
        return real(*args, **kwargs)

    monkeypatch.setattr(text, "prompter_text", second_fails)
    (work / "out").mkdir()
    with pytest.raises(SystemExit):
        main(["format", str(write(work / "a.txt", STORY)), str(write(work / "b.txt", STORY)), "-s", "prompter", "-o", str(work / "out")])
    capsys.readouterr()
    assert listing(work / "out") == {}


def test_two_inputs_with_one_name_into_one_folder_are_refused(capsys, work):
    for sub in ("a", "b", "out"):
        (work / sub).mkdir()
    a, b = write(work / "a" / "story.txt", STORY), write(work / "b" / "story.txt", STORY)
    line = refuse(capsys, "format", a, b, "-o", work / "out")
    assert str(a) in line and str(b) in line
    assert listing(work / "out") == {}


def test_stdin_redirected_from_the_output_is_refused(work):
    copy = write(work / "v.txt", STORY)
    with open(copy, "rb") as stdin:
        run = cli("format", "-", "-o", copy, stdin=stdin)
    assert run.returncode == 2 and "standard input" in one_line(run.stderr)
    assert copy.read_text(encoding="utf-8") == STORY


def test_rundown_output_may_not_be_a_story_file(capsys, work):
    notes = write(work / "notes.pdf", STORY)  # copy is sniffed, not named: this is a story file
    show = write(work / "show.toml", RUNDOWN + rundown_item(slug="PORT", story="notes.pdf"))
    line = refuse(capsys, "rundown", show, "-o", notes)
    assert "notes.pdf" in line and "input" in line
    assert notes.read_text(encoding="utf-8") == STORY


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_signal_mid_render_leaves_no_temporary_file(capsys, work, monkeypatch, signame):
    from scriptfmt.render import pdf

    real_draw = pdf.Layout.draw_page

    def draw_then_signal(self, canvas, *args, **kwargs):
        real_draw(self, canvas, *args, **kwargs)
        os.kill(os.getpid(), getattr(signal, signame))  # a real signal, delivered mid-render

    monkeypatch.setattr(pdf.Layout, "draw_page", draw_then_signal)
    old = {s: signal.getsignal(getattr(signal, s)) for s in ("SIGTERM", "SIGHUP")}
    try:
        with pytest.raises(SystemExit) as info:
            main(["format", str(write(work / "a.txt", STORY)), str(write(work / "b.txt", STORY)), "--combine", "-o", str(work / "book.pdf")])
    finally:
        for name, handler in old.items():
            signal.signal(getattr(signal, name), handler)
    assert info.value.code == 128 + getattr(signal, signame)
    assert capsys.readouterr().err == "scriptfmt: terminated\n"
    assert sorted(p.name for p in work.iterdir()) == ["a.txt", "b.txt"]


def test_output_fifo_is_refused(capsys, work):
    os.mkfifo(work / "pipe.txt")
    assert "named pipe" in refuse(capsys, "format", write(work / "s.txt", STORY), "-o", work / "pipe.txt")


def test_output_symlink_is_followed_and_kept(capsys, work):
    (work / "out").mkdir()
    real = write(work / "out" / "real.txt", "old")
    (work / "link.txt").symlink_to(real)
    ok(capsys, "format", write(work / "s.txt", STORY), "-o", work / "link.txt")
    assert (work / "link.txt").is_symlink() and "HARBOR" in real.read_text(encoding="utf-8").upper()


def test_output_keeps_its_mode_and_long_names_work(capsys, work):
    private = write(work / "private.txt", "old")
    private.chmod(0o600)
    copy = write(work / "s.txt", STORY)
    ok(capsys, "format", copy, "-o", private)
    assert private.stat().st_mode & 0o777 == 0o600
    long_name = work / ("x" * 242 + ".txt")  # 246 characters, near NAME_MAX (255)
    ok(capsys, "format", copy, "-o", long_name)
    assert long_name.exists()


def test_no_message_names_the_temporary_file(capsys, work):
    show = write(work / "show.toml", RUNDOWN + rundown_item(slug="PORT", duration="0:30"))
    line = refuse(capsys, "rundown", show, "-o", work / "r.pdf", "--scripts", work / "book.pdf")
    assert "book.pdf" in line and ".tmp" not in line and ".sf-" not in line
    assert sorted(p.name for p in work.iterdir()) == ["show.toml"]


# ---- item 15: unclosed elements in HTML bodies ---------------------------------------------


@pytest.mark.parametrize("tag", ["table", "svg", "script"])
def test_unclosed_html_element_keeps_the_rest_of_the_story(capsys, work, tag):
    body = f"<p>The port reopened today.</p><{tag}><p>Dockworkers returned after a week.</p><p>Ships waited offshore.</p>"
    story = strict_json(ok(capsys, "parse", write(work / "n.json", json.dumps({"headline": "Port", "body_html": body}))))
    text = " ".join(seg["text"] for seg in story["segments"])
    assert "Dockworkers returned" in text and "Ships waited offshore" in text
    assert any(f"<{tag}> is never closed" in w for w in story["warnings"])


def test_closed_skipped_elements_stay_skipped(capsys, work):
    body = "<p>The port reopened.</p><table><tr><td>Score 3-1</td></tr></table><script>var x;</script><p>Ships waited.</p>"
    story = strict_json(ok(capsys, "parse", write(work / "n.json", json.dumps({"headline": "Port", "body_html": body}))))
    text = " ".join(seg["text"] for seg in story["segments"])
    assert "Score" not in text and "var" not in text and "Ships waited" in text
    assert not any("never closed" in w for w in story["warnings"])
