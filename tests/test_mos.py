"""MOS without Node: framing, the XML scriptfmt writes (element order, IDs, durations),
the client against a plain socket server, and roStorySend read by parse/time."""

from __future__ import annotations

import json
import socket
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scriptfmt.cli import main
from scriptfmt.ingest import ingest_bytes
from scriptfmt.model import Narration, Soundbite, Speaker, Story
from scriptfmt.mos import framing, messages
from scriptfmt.mos.build import fit, running_order
from scriptfmt.mos.client import SendError, push
from scriptfmt.mos.model import TIME_BASE
from scriptfmt.pipeline import load_story
from scriptfmt.rundown import Item, Rundown, Show, Talent, load_rundown
from tests.mos_show import write_show


def run(argv: list[str]) -> int:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    return exc.value.code


def tags(el) -> list[str]:
    return [c.tag for c in el]


@pytest.fixture()
def show(tmp_path) -> Path:
    return write_show(tmp_path)


@pytest.fixture()
def exported(show, tmp_path) -> Path:
    out = tmp_path / "out"
    assert run(["mos", "export", str(show), "-o", str(out), "--mos-id", "prompter.test"]) == 0
    return out


# --- framing -------------------------------------------------------------------------


def test_framing_is_utf16_big_endian():
    assert framing.encode("<mos/>") == "<mos/>".encode("utf-16-be")
    assert framing.encode("é")[:2] == b"\x00\xe9"


def test_splitter_joins_bytes_split_anywhere_and_splits_messages():
    one = "<mos><messageID>1</messageID><roAck><roStatus>OK</roStatus></roAck></mos>"
    two = "<mos><messageID>2</messageID><heartbeat/></mos>"
    data = framing.encode(one + two + "<mos><messageID>3")
    splitter = framing.Splitter()
    got: list[str] = []
    for i in range(0, len(data), 7):  # odd chunk size: characters split between reads
        got += splitter.feed(data[i:i + 7])
    assert got == [one, two]
    assert splitter.pending == "<mos><messageID>3"


# --- export: element order, IDs, durations ----------------------------------------------


def test_export_writes_one_file_per_message_with_copy(exported):
    names = sorted(p.name for p in exported.iterdir())
    # items 1, 2, 4 have scripts; the break has none; the floated item stays out
    assert names == ["roCreate.xml", "roStorySend-01.xml", "roStorySend-02.xml", "roStorySend-04.xml"]
    for path in exported.iterdir():
        assert path.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>')


def test_ro_create_element_order_and_content(exported):
    root = ET.parse(exported / "roCreate.xml").getroot()
    assert tags(root) == ["mosID", "ncsID", "messageID", "roCreate"]
    assert root.findtext("mosID") == "prompter.test" and root.findtext("ncsID") == "scriptfmt"
    ro = root.find("roCreate")
    assert tags(ro)[:4] == ["roID", "roSlug", "roEdStart", "roEdDur"]
    assert ro.findtext("roSlug") == "Late Bulletin"
    assert ro.findtext("roEdStart") == "2026-12-01T22:30:00"
    assert ro.findtext("roEdDur") == "00:05:00"
    stories = ro.findall("story")
    assert [s.findtext("storySlug") for s in stories] == ["BRIDGE CLOSED", "LIBRARY HOURS", "BREAK", "COUNCIL VOTE"]
    assert [s.findtext("storyNum") for s in stories] == ["A1", "A2", "A3", "B1"]
    for story in stories:
        assert tags(story)[:3] == ["storyID", "storySlug", "storyNum"]
    item = stories[0].find("item")
    assert tags(item) == ["itemID", "itemSlug", "objID", "mosID", "itemEdDur", "mosExternalMetadata"]
    assert item.findtext("itemEdDur") == str(14 * TIME_BASE)
    assert item.findtext("mosID") == "prompter.test"
    assert item.findtext("mosExternalMetadata/mosPayload/seconds") == "14"
    assert item.findtext("mosExternalMetadata/mosPayload/timeBase") == str(TIME_BASE)
    package = stories[3].find("item")
    assert package.findtext("mosExternalMetadata/mosPayload/tape") == "PKG"
    assert package.findtext("mosExternalMetadata/mosPayload/seconds") == "70"


def test_story_send_body_in_script_order(exported):
    send = ET.parse(exported / "roStorySend-01.xml").getroot().find("roStorySend")
    assert tags(send)[:5] == ["roID", "storyID", "storySlug", "storyNum", "storyBody"]
    body = send.find("storyBody")
    assert tags(body) == ["storyPresenter", "storyPresenterRR", "pi", "p", "storyItem", "pi", "p"]
    assert body.findtext("storyPresenter") == "Kofi Boateng"
    assert body.findtext("storyPresenterRR") == "170"
    paragraphs = [p.text for p in body.findall("p")]
    assert "three main supports" in paragraphs[0]  # after the broadcast rewrite (3 -> three)
    item = body.find("storyItem")
    payload = item.find("mosExternalMetadata/mosPayload")
    assert payload.findtext("super").startswith("Tom Weber, ")  # name, title: as the parser gives the speaker
    assert payload.findtext("inCue") == "We saw the crack"
    assert payload.findtext("outCue") == "safe to reopen"
    assert "closed it within the hour" in payload.findtext("transcript")
    assert [pi.text for pi in body.findall("pi")] == ["TAKE VO", "ON CAM"]


def test_ids_are_stable_across_exports(show, tmp_path, exported):
    again = tmp_path / "again"
    assert run(["mos", "export", str(show), "-o", str(again), "--mos-id", "prompter.test"]) == 0
    for path in exported.iterdir():
        assert (again / path.name).read_bytes() == path.read_bytes()


def test_co_anchor_gets_its_own_presenter_and_quote_without_tape_is_read_copy():
    story = Story(segments=[
        Narration("Good evening."),
        Narration("Thanks, Kofi.", talent="SJ"),
        Soundbite("We listened.", speaker=Speaker("Ann Lee", "Librarian")),
    ], metadata={"slug": "X"}, read_rate_wpm=170)
    item = Item(slug="X", talent="KB", page="A1", story=story)
    talents = {"KB": Talent("KB", "Kofi Boateng", 170), "SJ": Talent("SJ", "Sara Jensen", 150)}
    ro = running_order(Rundown(show=Show("Demo", 0, 60), talents=talents, items=[item]), "dev")
    body = [(p.kind, p.text) for p in ro.stories[0].body]
    assert body == [
        ("storyPresenter", "Kofi Boateng"), ("storyPresenterRR", "170"), ("p", "Good evening."),
        ("storyPresenter", "Sara Jensen"), ("storyPresenterRR", "150"), ("p", "Thanks, Kofi."),
        ("p", "“We listened.”"),
    ]
    assert ro.stories[0].items == []


def test_long_ids_are_cut_to_128_characters_and_stay_unique():
    one, two = fit("A" * 200), fit("A" * 199 + "B")
    assert len(one) == len(two) == 128 and one != two


def test_export_bad_rundown_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text("[show]\ntitle = 'X'\n", encoding="utf-8")
    assert run(["mos", "export", str(bad), "-o", str(tmp_path / "out")]) == 2
    assert not (tmp_path / "out").exists()
    assert "scriptfmt:" not in capsys.readouterr().out


# --- the client against a plain socket device ---------------------------------------------


class FakeDevice:
    """A bare TCP MOS device (no library): answers heartbeats, acks with a fixed roStatus."""

    def __init__(self, status: str = "OK", silent: bool = False):
        self.status, self.silent = status, silent
        self.received: list[str] = []
        self.servers = [socket.create_server(("127.0.0.1", 0)) for _ in range(2)]
        self.ports = tuple(s.getsockname()[1] for s in self.servers)
        for server in self.servers:
            threading.Thread(target=self._serve, args=(server,), daemon=True).start()

    def _serve(self, server: socket.socket) -> None:
        conn, _ = server.accept()
        splitter = framing.Splitter()
        with conn:
            while data := conn.recv(65536):
                for text in splitter.feed(data):
                    self.received.append(text)
                    if not self.silent:
                        conn.sendall(framing.encode(self._answer(ET.fromstring(text))))

    def _answer(self, root) -> str:
        mid = root.findtext("messageID")
        if root.find("heartbeat") is not None:
            return f"<mos><mosID>d</mosID><ncsID>s</ncsID><messageID>{mid}</messageID><heartbeat/></mos>"
        return f"<mos><mosID>d</mosID><ncsID>s</ncsID><messageID>{mid}</messageID><roAck><roID>R</roID><roStatus>{self.status}</roStatus></roAck></mos>"

    def close(self) -> None:
        for server in self.servers:
            server.close()


def _sent(show: Path):
    return messages.show_messages(running_order(load_rundown(show), "d"))


def test_push_counts_message_ids_up_and_waits_for_each_ack(show):
    device = FakeDevice()
    acked: list[tuple[str, int]] = []
    push(_sent(show), "127.0.0.1", device.ports, "d", "scriptfmt", 5, lambda n, m: acked.append((n, m)))
    device.close()
    assert [name.split()[0] for name, _ in acked] == ["roCreate", "roStorySend", "roStorySend", "roStorySend"]
    ids = [int(ET.fromstring(t).findtext("messageID")) for t in device.received]
    assert ids == sorted(ids) and len(set(ids)) == len(ids) == 5  # heartbeat + 4


def test_push_refused_names_the_message(show):
    device = FakeDevice(status="Unknown running order")
    with pytest.raises(SendError) as exc:
        push(_sent(show), "127.0.0.1", device.ports, "d", "scriptfmt", 5)
    device.close()
    assert exc.value.code == 1 and "roCreate" in str(exc.value) and "Unknown running order" in str(exc.value)


def test_push_silent_device_is_exit_2(show):
    device = FakeDevice(silent=True)
    with pytest.raises(SendError) as exc:
        push(_sent(show), "127.0.0.1", device.ports, "d", "scriptfmt", 0.5)
    device.close()
    assert exc.value.code == 2 and "went silent" in str(exc.value)


def test_send_without_device_is_one_line_exit_2(show, capsys):
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again: nothing listens there
    code = run(["mos", "send", str(show), "--host", "127.0.0.1", "--lower-port", str(port), "--mos-id", "d", "--timeout", "2"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "cannot connect" in err


# --- roStorySend in ----------------------------------------------------------------------

NEWSROOM_STORY = """<?xml version="1.0" encoding="UTF-8"?>
<mos>
  <mosID>prompter.test</mosID>
  <ncsID>newsroom</ncsID>
  <messageID>57</messageID>
  <roStorySend>
    <roID>EARLY;RO</roID>
    <storyID>EARLY;STORY;7</storyID>
    <storySlug>FERRY DELAYS</storySlug>
    <storyNum>C3</storyNum>
    <storyBody Read1stMEMasBody="true">
      <storyPresenter>Lena Ortiz</storyPresenter>
      <storyPresenterRR>150</storyPresenterRR>
      <p><pi>(ON CAM)</pi></p>
      <p>Ferry passengers face delays of up to an hour this weekend while the north pier is repaired.</p>
      <storyItem>
        <itemID>3</itemID>
        <itemSlug>FERRY:SOT</itemSlug>
        <objID>CLIP-4471</objID>
        <mosID>playout.test</mosID>
        <itemEdDur>600</itemEdDur>
        <objTB>30</objTB>
      </storyItem>
      <p>Timetables are posted at both terminals.</p>
      <tab>LOWER THIRD: PIER WORKS</tab>
    </storyBody>
    <storyExtra>camera two</storyExtra>
  </roStorySend>
</mos>
"""


def test_story_send_parsed_as_a_story(tmp_path):
    path = tmp_path / "ferry.xml"
    path.write_text(NEWSROOM_STORY, encoding="utf-8")
    story = load_story(str(path))
    assert story.slug == "FERRY DELAYS"
    assert story.metadata["talent"] == "Lena Ortiz"
    assert story.read_rate_wpm == 150
    kinds = [(s.kind, getattr(s, "cue_type", None)) for s in story.segments]
    assert kinds[0][0] == "cue" and kinds[1][0] == "narration" and kinds[2][0] == "soundbite" and kinds[3][0] == "narration"
    bite = story.segments[2]
    assert bite.duration == 20.0 and bite.seconds == 20.0  # 600 samples at 30 per second
    assert story.metadata["mos_items"][0]["objID"] == "CLIP-4471"
    unknown = {u["element"]: u["text"] for u in story.metadata["mos_unknown"]}
    assert unknown == {"tab": "LOWER THIRD: PIER WORKS", "storyExtra": "camera two"}
    assert story.metadata["story_id"] == "EARLY;STORY;7" and story.metadata["page"] == "C3"


def test_story_send_as_sent_on_the_wire_utf16(tmp_path, capsys):
    path = tmp_path / "ferry.xml"
    path.write_bytes(NEWSROOM_STORY.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-be"))
    assert run(["parse", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["slug"] == "FERRY DELAYS" and data["metadata"]["source_format"] == "mos"


def test_exported_story_reads_back_with_its_timing(exported):
    story = load_story(str(exported / "roStorySend-01.xml"))
    bite = next(s for s in story.segments if isinstance(s, Soundbite))
    assert bite.duration == 14 and bite.speaker.name == "Tom Weber" and bite.speaker.title.endswith("Engineer")
    assert bite.in_cue == "We saw the crack" and "within the hour" in bite.text
    assert story.metadata["talent"] == "Kofi Boateng" and story.read_rate_wpm == 170


def test_not_a_story_send_is_one_line(tmp_path, capsys):
    path = tmp_path / "hb.xml"
    path.write_text("<mos><mosID>a</mosID><ncsID>b</ncsID><messageID>1</messageID><heartbeat/></mos>", encoding="utf-8")
    assert run(["time", str(path)]) == 2
    assert "not a roStorySend (it holds <heartbeat>)" in capsys.readouterr().err


def test_story_send_with_entities_is_refused():
    data = b'<?xml version="1.0"?><!DOCTYPE mos [<!ENTITY a "aaaa">]><mos><roStorySend><storyBody><p>&a;</p></storyBody></roStorySend></mos>'
    with pytest.raises(Exception) as exc:
        ingest_bytes(data, "evil.xml")
    assert "entity" in str(exc.value)


UNTIMED_ITEM = """<mos><mosID>gfx.test</mosID><ncsID>newsroom</ncsID><messageID>9</messageID>
<roStorySend><roID>R</roID><storyID>S</storyID><storySlug>WEATHER OPEN</storySlug><storyNum></storyNum>
<storyBody Read1stMEMasBody="true">
<storyPresenter>Ines Park</storyPresenter><storyPresenterRR>12</storyPresenterRR>
<p> </p><p><pi>CAM 2</pi></p>
<p>Good evening, I'm <em>Ines Park</em>.<tab/> Rain is on the way.</p><p/>
<storyItem><itemID>2</itemID><itemSlug>WX ANIM</itemSlug><objID>A77</objID><mosID>gfx.test</mosID>
<mosAbstract>weather open animation</mosAbstract><itemEdDur>815</itemEdDur><macroIn>c01</macroIn>
<mosExternalMetadata><mosSchema>https://vendor.test/s</mosSchema><mosPayload><trigger>837</trigger></mosPayload></mosExternalMetadata>
</storyItem>
</storyBody></roStorySend></mos>"""


def test_item_without_time_base_is_kept_untimed_and_nothing_is_lost(tmp_path):
    path = tmp_path / "wx.xml"
    path.write_text(UNTIMED_ITEM, encoding="utf-8")
    story = load_story(str(path))
    assert [s.kind for s in story.segments] == ["cue", "narration", "cue"]
    assert story.segments[1].text == "Good evening, I'm Ines Park. Rain is on the way."
    assert story.segments[2].original == "[SOT WX ANIM]"
    item = story.metadata["mos_items"][0]
    assert item["itemEdDur"] == "815" and item["mosAbstract"] == "weather open animation" and item["trigger"] == "837"
    assert "no length or time base" in story.metadata["mos_warnings"][0]
    assert story.metadata["story_presenter_rr"] == ["12"] and story.read_rate_wpm == 160  # 12 is no words-per-minute rate
    assert story.metadata["mos_body_attributes"] == {"Read1stMEMasBody": "true"}
