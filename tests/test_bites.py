"""Quotes without tape: --bites tape|read, BITES:, read back from the output."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from scriptfmt.bites import apply_bites, bare_attribution
from scriptfmt.model import Soundbite, Speaker
from tests.test_format_cli import run

WIRE = """SLUG: BRIDGE
TALENT: Maria

The county will close the Elm Street bridge for repairs starting Monday.

"We expect it back by spring," said Mayor Mara Quinn.

Quinn said detours will be posted on Route 9.

"It is going to be a long winter for drivers in Japan Township," she said.

The bridge carries 12,000 cars a day.
"""


@pytest.fixture
def wire(tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text(WIRE, encoding="utf-8")
    return path


def prompter(wire, capsys, *extra) -> list[str]:
    out = wire.parent / "out.txt"
    code, _, err = run(["format", str(wire), "-s", "prompter", "-o", str(out), *extra], capsys)
    assert code in (0, None), err
    return out.read_text(encoding="utf-8").strip().split("\n\n")


def test_read_mode_quotes_are_read_copy_attribution_first(wire, capsys):
    blocks = prompter(wire, capsys, "--bites", "read")
    assert "MAYOR MARA QUINN SAID, QUOTE, “WE EXPECT IT BACK BY SPRING.”" in blocks
    assert "QUINN SAID, QUOTE, “IT IS GOING TO BE A LONG WINTER FOR DRIVERS IN JAPAN TOWNSHIP.”" in blocks
    text = "\n".join(blocks)
    assert "(SOT" not in text and "SAID MAYOR" not in text and "SHE SAID." not in text


def test_tape_mode_attribution_never_read_after_the_tape(wire, capsys):
    blocks = prompter(wire, capsys)
    first = blocks.index("(SOT :02 EST · OUT: “…BACK BY SPRING”)")
    # the lead-in did not name her: the attribution moves before the bite
    assert blocks[first - 1].endswith("STARTING MONDAY. MAYOR MARA QUINN SAID:")
    assert blocks[first + 1].startswith("QUINN SAID DETOURS")
    second = next(n for n, b in enumerate(blocks) if b.startswith("(SOT") and "TOWNSHIP" in b)
    # the lead-in names Quinn: `she said.` is dropped, not moved
    assert blocks[second - 1] == "QUINN SAID DETOURS WILL BE POSTED ON ROUTE NINE."
    assert blocks[second + 1] == "THE BRIDGE CARRIES 12-THOUSAND CARS A DAY."
    assert "SHE SAID" not in "\n".join(blocks)


def test_bites_header_and_option_precedence(wire, capsys):
    wire.write_text(WIRE.replace("TALENT: Maria", "TALENT: Maria\nBITES: read"), encoding="utf-8")
    assert not any(b.startswith("(SOT") for b in prompter(wire, capsys))
    assert any(b.startswith("(SOT") for b in prompter(wire, capsys, "--bites", "tape"))
    wire.write_text(WIRE.replace("TALENT: Maria", "BITES: sometimes"), encoding="utf-8")
    code, _, err = run(["time", str(wire)], capsys)
    assert code == 2 and "BITES: must be 'tape' or 'read'" in err and err.count("\n") == 1


def test_time_and_check_report_read_time_in_read_mode(wire, capsys):
    _, tape, _ = run(["time", str(wire)], capsys)
    _, read, _ = run(["time", str(wire), "--bites", "read"], capsys)
    assert "SOUNDBITE" in tape and "SOUNDBITE" not in read
    assert "TOTAL :21  (read :21 + soundbites :00)" in read
    code, out, _ = run(["check", str(wire), "--bites", "read", "-t", "0:21"], capsys)
    assert code == 0 and out.startswith("OK")


def test_parse_keeps_input_order(wire, capsys):
    _, out, _ = run(["parse", str(wire), "--bites", "read"], capsys)
    segs = json.loads(out)["segments"]
    assert [s["kind"] for s in segs] == ["narration"] * 5
    assert segs[1]["text"] == "We expect it back by spring," and segs[2]["text"].startswith("said Mayor Mara Quinn")
    _, out, _ = run(["parse", str(wire)], capsys)
    assert [s["kind"] for s in json.loads(out)["segments"]][:3] == ["narration", "soundbite", "narration"]


def test_tv_page_in_read_mode_has_no_tape_block(wire, capsys):
    out = wire.parent / "bridge.pdf"
    run(["format", str(wire), "--bites", "read", "-o", str(out)], capsys)
    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "TAKE SOT" not in text and "QUOTE" in text


@pytest.mark.parametrize(
    ("sentence", "bare"),
    [
        ("said Mayor Mara Quinn.", True),
        ("she said.", True),
        ("QUINN SAID.", True),
        ("Quinn told reporters.", True),
        ("Quinn said detours will be posted.", False),
        ("said Quinn, who chairs the council.", True),
        ("said Mara Quinn, president of the council.", True),
        ("Wrobel told a news conference on Tuesday.", True),
        ("said Quinn, whose budget passed.", True),
        ("Quinn said the plan would pass, adding that crews are ready.", False),
        ("she said, adding that crews are ready.", False),
    ],
)
def test_bare_attribution(sentence, bare):
    bite = Soundbite(text="x", speaker=Speaker("Mara Quinn", "Council President"))
    assert (bare_attribution(sentence, bite) is not None) == bare


def test_tape_bites_are_never_read(wire):
    from scriptfmt.pipeline import load_story

    story = load_story(str(wire))
    for seg in story.segments:
        if isinstance(seg, Soundbite):
            seg.tape = "SOT"
    out = apply_bites(story, "read")
    assert sum(isinstance(s, Soundbite) for s in out.segments) == 2


def test_read_mode_continues_an_attribution_before_the_quote(tmp_path, capsys):
    wire = tmp_path / "court.txt"
    wire.write_text(
        'SLUG: COURT\n\nAsked whether the court would side with the challengers, Attorney General John Smith said, '
        '“I don’t make predictions. I make arguments.”\n\nAdvocates warned it would cost lives.\n\n'
        '"Guns and abusers are a lethal mix," said Maria Gonzalez, who runs a shelter in Dallas.\n',
        encoding="utf-8",
    )
    blocks = prompter(wire, capsys, "--bites", "read")
    assert "ASKED WHETHER THE COURT WOULD SIDE WITH THE CHALLENGERS, ATTORNEY GENERAL JOHN SMITH SAID, QUOTE, “I DON’T MAKE PREDICTIONS. I MAKE ARGUMENTS.”" in blocks
    assert "MARIA GONZALEZ, WHO RUNS A SHELTER IN DALLAS, SAID, QUOTE, “GUNS AND ABUSERS ARE A LETHAL MIX.”" in blocks
    tape = prompter(wire, capsys)
    at = next(n for n, b in enumerate(tape) if "LETHAL MIX" in b)
    assert tape[at - 1].endswith("COST LIVES. MARIA GONZALEZ, WHO RUNS A SHELTER IN DALLAS, SAID:") and at == len(tape) - 1


@pytest.mark.parametrize(
    ("speaker", "named_before", "said"),
    [
        (Speaker("Mara Quinn", "Council President"), "", "Council President Mara Quinn"),
        (Speaker("Jane Roe", "A lawyer for the plaintiffs"), "", "Jane Roe, a lawyer for the plaintiffs,"),
        (Speaker("Mara Quinn", "Council President"), "Quinn said detours will be posted.", "Quinn"),
        (Speaker("Mara Quinn", None), "", "Mara Quinn"),
        (None, "", ""),
    ],
)
def test_who_is_said_as_newsrooms_say_it(speaker, named_before, said):
    from scriptfmt.bites import identify

    assert identify(Soundbite(text="x", speaker=speaker), named_before, None) == said


def test_lead_in_that_names_nobody_gets_the_moved_attribution_in_its_case():
    from scriptfmt.model import Narration, Story

    story = Story(segments=[
        Narration(text="CREWS WORKED ALL NIGHT."),
        Soundbite(text="We are tired but we are not done yet.", speaker=Speaker("Rosa Mendez", "Fire Chief")),
        Narration(text="MENDEZ TOLD REPORTERS. THE FIRE IS OUT."),
    ])
    out = apply_bites(story, "tape")
    assert [s.text for s in out.segments if not isinstance(s, Soundbite)] == [
        "CREWS WORKED ALL NIGHT. FIRE CHIEF ROSA MENDEZ TOLD REPORTERS:",
        "THE FIRE IS OUT.",
    ]
