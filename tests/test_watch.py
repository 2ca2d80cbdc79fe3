"""Hot folder: stories written slowly into a watched inbox become whole scripts; bad files are set aside."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from scriptfmt.commands.watch import HotFolder, open_for_writing, unique_name

HAVE_PROC = Path("/proc/self/fd").is_dir()
WAIT = 90  # seconds: a generous ceiling for a slow machine; the run itself takes a few seconds


def story_text(n: int) -> list[str]:
    """One story in chunks, as a wire system would write it; the last line proves it is whole."""
    return [
        f"SLUG: HARBOR-{n}\n\n",
        f"Dock workers at pier {n} walked off the job this morning over a new shift schedule.\n\n",
        "Union leaders say talks with the port authority broke down late last night.\n\n",
        f"The port says cargo ships will wait offshore until story {n} ends here.\n",
    ]


def start_watch(inbox: Path, outbox: Path, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "scriptfmt", "watch", str(inbox), "-o", str(outbox), "--interval", "0.2", "--settle", "2", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def write_slowly(inbox: Path, numbers: list[int]) -> None:
    for n in numbers:
        path = inbox / f"story-{n:02d}.txt"
        with open(path, "w", encoding="utf-8") as out:
            for i, chunk in enumerate(story_text(n)):
                out.write(chunk)
                out.flush()
                # every third story stalls mid-write for longer than the settle window, file still open
                time.sleep(1.0 if (HAVE_PROC and n % 3 == 0 and i == 1) else 0.1)


def wait_for(predicate, seconds: float = WAIT) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_25_slow_stories_and_a_binary_file(tmp_path):
    inbox, outbox = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    (inbox / "story-00.txt").write_text("".join(story_text(0)), encoding="utf-8")  # waiting before the start
    proc = start_watch(inbox, outbox, "--to", "txt", "--as-written")
    try:
        writers = [threading.Thread(target=write_slowly, args=(inbox, list(range(k, 26, 5)))) for k in range(1, 6)]
        for thread in writers:
            thread.start()
        (inbox / "photo.jpg").write_bytes(bytes(range(256)) * 40)
        for thread in writers:
            thread.join()
        done = wait_for(lambda: len(list(outbox.glob("*.txt"))) == 26 and (inbox / "rejected" / "photo.jpg").exists())
    finally:
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=WAIT)
    assert done, stderr
    assert proc.returncode == 0, stderr
    for n in range(26):
        script = (outbox / f"story-{n:02d}.txt").read_text(encoding="utf-8")
        assert script.startswith(f"[HARBOR-{n}]") and script.rstrip().endswith(f"STORY {n} ENDS HERE.\n\n###")
        assert f"DOCK WORKERS AT PIER {n}" in script and f"STORY {n} ENDS HERE." in script
    assert sorted(p.name for p in (inbox / "done").iterdir()) == [f"story-{n:02d}.txt" for n in range(26)]
    assert [line for line in stderr.splitlines() if "photo.jpg" in line] == [
        f"scriptfmt: watch: {inbox / 'photo.jpg'}: this is binary data, not copy text; save the story as plain text (or give NITF XML / ninjs JSON) -> rejected/"
    ]
    assert "stopped: 26 written, 1 rejected" in stderr and "Traceback" not in stderr
    assert len(stdout.splitlines()) == 26
    assert not [p for p in outbox.iterdir() if p.name.startswith(".")]  # no temporary files left
    assert sorted(p.name for p in inbox.iterdir()) == ["done", "rejected"]


def test_sigterm_stops_cleanly(tmp_path):
    inbox, outbox = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    proc = start_watch(inbox, outbox)
    try:
        assert "watching" in proc.stderr.readline()  # printed once the signal handlers are in place
    finally:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=WAIT)
    assert proc.returncode == 0 and "stopped: 0 written, 0 rejected" in stderr


def test_once_processes_what_waits_and_a_restart_redoes_nothing(tmp_path):
    inbox, outbox = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    for n in (1, 2):
        (inbox / f"s{n}.txt").write_text("".join(story_text(n)), encoding="utf-8")
    (inbox / ".hidden.txt").write_text("not for us", encoding="utf-8")
    (inbox / "incoming.txt.part").write_text("SLUG: HALF\n\nDock workers", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "scriptfmt", "watch", str(inbox), "-o", str(outbox), "--once", "--interval", "0.1", "--to", "rtf"], capture_output=True, text=True, timeout=WAIT)
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in outbox.iterdir()) == ["s1.rtf", "s2.rtf"]
    assert run.stdout.split() == [str(outbox / "s1.rtf"), str(outbox / "s2.rtf")]
    first = (outbox / "s1.rtf").stat().st_mtime_ns
    again = subprocess.run([sys.executable, "-m", "scriptfmt", "watch", str(inbox), "-o", str(outbox), "--once", "--interval", "0.1"], capture_output=True, text=True, timeout=WAIT)
    assert again.returncode == 0 and again.stdout == "" and (outbox / "s1.rtf").stat().st_mtime_ns == first
    assert (inbox / "incoming.txt.part").exists() and (inbox / ".hidden.txt").exists()


@pytest.mark.parametrize(
    "args,needle",
    [(["missing", "-o", "out"], "inbox folder does not exist"), (["in", "-o", "in"], "outbox must not be the inbox"), (["in", "-o", "out", "--to", "odt"], "--to 'odt'")],
)
def test_bad_options_are_one_line(tmp_path, args, needle):
    (tmp_path / "in").mkdir()
    run = subprocess.run([sys.executable, "-m", "scriptfmt", "watch", *args], capture_output=True, text=True, cwd=tmp_path, timeout=WAIT)
    assert run.returncode == 2 and needle in run.stderr and len(run.stderr.splitlines()) == 1, run.stderr


def test_a_growing_file_is_not_taken(tmp_path):
    folder = HotFolder(tmp_path, tmp_path / "out", render=None, settle=2)
    path = tmp_path / "story.txt"
    path.write_text("SLUG: A\n\nOne", encoding="utf-8")
    assert folder.poll() == [] and folder.poll() == []
    with open(path, "a", encoding="utf-8") as out:
        out.write(" more line.")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10_000_000))
    assert folder.poll() == [] and folder.poll() == []  # changed: counting starts again
    assert folder.poll() == [path]


@pytest.mark.skipif(not HAVE_PROC, reason="no /proc: open files cannot be seen on this system")
def test_open_for_writing_sees_a_writer(tmp_path):
    path = tmp_path / "wire.xml"
    with open(path, "w", encoding="utf-8") as out:
        out.write("<nitf>")
        out.flush()
        assert open_for_writing([path]) == {path}
    with open(path, encoding="utf-8"):
        assert open_for_writing([path]) == set()  # readers do not count


def test_unique_name(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a-2.txt").write_text("x", encoding="utf-8")
    assert unique_name(tmp_path, "a.txt") == tmp_path / "a-3.txt"
    assert unique_name(tmp_path, "b.txt") == tmp_path / "b.txt"


def test_default_output_is_a_whole_pdf_script(tmp_path):
    from pypdf import PdfReader

    inbox, outbox = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    (inbox / "pier.txt").write_text("".join(story_text(7)), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "scriptfmt", "watch", str(inbox), "-o", str(outbox), "--once", "--interval", "0.1", "--as-written"], capture_output=True, text=True, timeout=WAIT)
    assert run.returncode == 0, run.stderr
    text = " ".join(page.extract_text() for page in PdfReader(outbox / "pier.pdf").pages)
    assert "HARBOR-7" in text and "DOCK WORKERS AT PIER 7" in " ".join(text.split()) and "STORY 7 ENDS HERE." in " ".join(text.split())


def test_an_outbox_problem_holds_the_input_instead_of_rejecting_it(tmp_path, capsys):
    from scriptfmt.errors import UserError

    inbox, outbox = tmp_path / "in", tmp_path / "out"
    for folder in (inbox, outbox, inbox / "done", inbox / "rejected"):
        folder.mkdir()
    story = inbox / "a.txt"
    story.write_text("".join(story_text(1)), encoding="utf-8")

    def render(path):
        raise UserError("cannot write in the output folder (No space left on device)", str(outbox))

    folder = HotFolder(inbox, outbox, render, settle=1)
    folder.poll()
    ready = folder.poll()
    assert ready == [story]
    folder.process(story)
    assert story.exists() and folder.rejected == 0 and folder.candidates() == []  # held: not retried at once
    assert "left in the inbox" in capsys.readouterr().err
    story.write_text("".join(story_text(2)), encoding="utf-8")  # a changed file is looked at again
    os.utime(story, ns=(time.time_ns(), time.time_ns() + 10_000_000))
    assert folder.candidates() == [story]
