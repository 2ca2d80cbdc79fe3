"""MOS against the real thing: sofie mos-connection, the MOS implementation Sofie runs in
production. Exported files go through the library's strict readers; `scriptfmt mos send`
pushes to a MOS device built with @mos-connection/connector on free loopback ports.

Needs Node.js; the packages come from tests/mos/package-lock.json (`npm ci`, which the
README's test command runs; this module runs it too when node_modules is missing).
"""

from __future__ import annotations

import json
import selectors
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.mos_show import write_show
from tests.test_mos import run

NODE_DIR = Path(__file__).parent / "mos"
pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed: the MOS library tests need node and npm")


@pytest.fixture(scope="module")
def node_modules() -> Path:
    """The library installed from the lock file (installed here if the README's set-up was skipped)."""
    modules = NODE_DIR / "node_modules" / "@mos-connection"
    if not modules.is_dir():
        npm = shutil.which("npm")
        assert npm, "npm is needed to install tests/mos (npm ci)"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=NODE_DIR, check=True, timeout=600)
    return modules


def strict_read(files: list[Path]) -> list[dict]:
    done = subprocess.run(["node", "read-strict.js", *map(str, files)], cwd=NODE_DIR, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def text(value) -> str:
    """A mos-connection string (`{"_mosString128": …}`) or plain value as text."""
    return str(value.get("_mosString128", value)) if isinstance(value, dict) else str(value)


class Device:
    """`node device.js` running: its ports, and what it recorded."""

    def __init__(self, tmp_path: Path, *options: str):
        self.record = tmp_path / "device.jsonl"
        self.proc = subprocess.Popen(["node", "device.js", str(self.record), *options], cwd=NODE_DIR,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            ready = sel.select(30)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            self.stop()
            pytest.fail(f"MOS device did not start: {self.proc.stderr.read()}")
        self.ports = json.loads(line)

    def events(self, name: str) -> list:
        lines = self.record.read_text(encoding="utf-8").splitlines()
        return [e["data"] for e in map(json.loads, lines) if e["event"] == name]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture()
def show(tmp_path) -> Path:
    return write_show(tmp_path)


@pytest.fixture()
def device_factory(tmp_path, node_modules):
    started: list[Device] = []

    def start(*options: str) -> Device:
        device = Device(tmp_path, *options)
        started.append(device)
        return device

    yield start
    for device in started:
        device.stop()


def send(show: Path, device: Device, *extra: str) -> int:
    return run(["mos", "send", str(show), "--host", "127.0.0.1", "--lower-port", str(device.ports["lower"]),
                "--upper-port", str(device.ports["upper"]), "--mos-id", "prompter.test", "--timeout", "5", *extra])


def test_exported_files_pass_the_strict_readers(show, tmp_path, node_modules):
    out = tmp_path / "out"
    assert run(["mos", "export", str(show), "-o", str(out), "--mos-id", "prompter.test"]) == 0
    read = {Path(r["file"]).name: r for r in strict_read(sorted(out.iterdir()))}
    assert set(read) == {"roCreate.xml", "roStorySend-01.xml", "roStorySend-02.xml", "roStorySend-04.xml"}
    ro = read["roCreate.xml"]["parsed"]
    assert text(ro["Slug"]) == "Late Bulletin" and ro["EditorialDuration"]["_mosDuration"] == 300
    assert [text(s["Slug"]) for s in ro["Stories"]] == ["BRIDGE CLOSED", "LIBRARY HOURS", "BREAK", "COUNCIL VOTE"]
    tape = ro["Stories"][0]["Items"][0]
    assert tape["MosExternalMetaData"][0]["MosPayload"]["seconds"] == 14
    story = read["roStorySend-01.xml"]["parsed"]
    body = [part["Type"] for part in story["Body"]]
    assert body == ["storyPresenter", "storyPresenterRR", "pi", "p", "storyItem", "pi", "p"]
    assert text(story["RunningOrderId"]) == text(ro["ID"])
    assert [read[n]["messageID"] for n in sorted(read)] == [1, 2, 3, 4]


def test_live_push_received_by_the_device(show, device_factory, capsys):
    device = device_factory()
    assert send(show, device) == 0
    assert "4 messages acknowledged" in capsys.readouterr().out
    [ro] = device.events("roCreate")
    assert text(ro["Slug"]) == "Late Bulletin"
    assert [text(s["Slug"]) for s in ro["Stories"]] == ["BRIDGE CLOSED", "LIBRARY HOURS", "BREAK", "COUNCIL VOTE"]
    stories = device.events("roStorySend")
    assert [text(s["Slug"]) for s in stories] == ["BRIDGE CLOSED", "LIBRARY HOURS", "COUNCIL VOTE"]
    bridge = stories[0]["Body"]
    assert bridge[0]["Content"]["text"] == "Kofi Boateng"
    words = " ".join(str(p["Content"].get("text", "")) for p in bridge if p["Type"] == "p")
    assert "Mill Street bridge" in words and "Harbor Road detour" in words
    item = next(p["Content"] for p in bridge if p["Type"] == "storyItem")
    assert item["EditorialDuration"] == 14 * 30 and text(item["ObjectID"]).endswith("SOT1")
    library = stories[1]["Body"]
    assert [library[0]["Content"]["text"], library[1]["Content"]["text"]] == ["Sara Jensen", 150]
    ids = []
    for raw in device.events("raw"):
        ids += [int(x.split("</messageID>")[0]) for x in raw.split("<messageID>")[1:]]
    assert ids == sorted(ids) and len(ids) == len(set(ids))


def test_replace_sends_ro_replace(show, device_factory):
    device = device_factory()
    assert send(show, device, "--replace") == 0
    assert device.events("roCreate") == [] and len(device.events("roReplace")) == 1


def test_refused_story_is_exit_1_naming_it(show, device_factory, capsys):
    device = device_factory("--refuse-story", "2")
    assert send(show, device) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "refused roStorySend 2 LIBRARY HOURS" in err[0] and "not in this running order" in err[0]


def test_silent_device_is_exit_2(show, device_factory, capsys):
    device = device_factory("--silent-after", "1")
    code = run(["mos", "send", str(show), "--host", "127.0.0.1", "--lower-port", str(device.ports["lower"]),
                "--upper-port", str(device.ports["upper"]), "--mos-id", "prompter.test", "--timeout", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "went silent" in err[0] and "roStorySend 1 BRIDGE CLOSED" in err[0]


def test_heartbeat_from_the_device_is_answered(show, device_factory):
    device = device_factory("--heartbeat-first")
    assert send(show, device) == 0
    answers = [raw for raw in device.events("raw") if "<messageID>9001</messageID>" in raw and "<heartbeat>" in raw]
    assert answers, "the device's heartbeat was not answered"
    assert len(device.events("roStorySend")) == 3
