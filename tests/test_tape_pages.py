"""Tape has a place on every page, read back from the output:
the TV split page by column (pypdf), DOCX cells, radio ACT blocks and prompter text."""

from __future__ import annotations

import io

import docx
from pypdf import PdfReader

from scriptfmt.model import Cue, Narration, Soundbite, Speaker, Story
from scriptfmt.render.docx import write_docx
from scriptfmt.render.pdf import write_pdf
from scriptfmt.render.prompter import prompter_text
from scriptfmt.styles import load_style
from scriptfmt.timing import time_story
from tests.test_render_pdf import runs


def tape_story() -> Story:
    """One tape item of each kind: a SOT with a super, a package given only as a cue, a
    package the parser gives as a bite, and a wire quote (no tape) with the wire's comma."""
    segs = [
        Narration(text="The county will close the Elm Street bridge on Monday."),
        Soundbite(text="", speaker=Speaker("Mara Quinn", "Council President"), duration=12, tape="SOT",
                  in_cue="We looked at every option", out_cue="back by spring,"),
        Narration(text="Drivers will need another way across the river."),
        Cue(text="TAKE PKG TRT 1:48", cue_type="PKG", original="[TAKE PKG TRT 1:48]"),
        Narration(text="The detour signs go up this weekend."),
        Soundbite(text="", duration=95, tape="PKG", out_cue="Dana Wu, Channel 5 News."),
        Narration(text="Traders in Tokyo watched the vote."),
        Soundbite(text="We sell to Japan and to Canada, and we will see,", speaker=Speaker("Ken Ito", "exporter")),
        Narration(text="The vote is Tuesday."),
    ]
    return time_story(Story(segments=segs, metadata={"slug": "BRIDGE", "talent": "Maria"}, source="bridge.txt"), 160, 150, 0.5)


def pdf_runs(tmp_path, story: Story, style: str = "tv") -> list[tuple[float, float, str]]:
    out = tmp_path / "tape.pdf"
    write_pdf([story], load_style(style), out)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    return runs(reader.pages[0])


def test_tv_tape_blocks_sit_beside_a_marker_not_beside_read_copy(tmp_path):
    found = pdf_runs(tmp_path, tape_story())
    div = min(x for x, _, t in found if t.startswith("THE COUNTY WILL CLOSE"))
    left = [(y, t) for x, y, t in found if x < div - 1]
    right = [(y, t) for x, y, t in found if x >= div - 1]
    for take, marker in (("TAKE SOT", "(SOT :12)"), ("TAKE PKG TRT 1:48", "(PKG 1:48)"), ("TAKE PKG", "(PKG 1:35)")):
        ys = [y for y, t in left if t == take]
        assert ys, take
        beside = [t for y, t in right if abs(y - ys[0]) < 2]
        assert beside == [marker], (take, beside)
    # the cue-only package is never stacked beside the tag that follows it
    pkg_y = next(y for y, t in left if t == "TAKE PKG TRT 1:48")
    tag_y = next(y for y, t in right if t.startswith("THE DETOUR SIGNS"))
    runs_y = next(y for y, t in left if t == "RUNS 1:48")
    assert tag_y < runs_y < pkg_y
    assert ("MARIA ON CAM" in [t for _, t in left])  # back on camera after the package
    # a quote without tape plays as a SOT in tape mode, with the wire's comma dropped from its OUT
    assert any(t == "OUT: “…WE WILL SEE”" for _, t in right)
    assert any(t == "OUT: “…BACK BY SPRING”" for _, t in right)


def test_transcript_keeps_its_case_and_supers_use_one_case(tmp_path):
    found = pdf_runs(tmp_path, tape_story())
    text = " ".join(t for _, _, t in found)
    assert "((We sell to Japan and to Canada, and we will see,))" in text
    assert "SUPER: KEN ITO" in text and "EXPORTER" in text and "COUNCIL PRESIDENT" in text
    user = tmp_path / "mixed.toml"
    user.write_text('extends = "tv"\n[text]\nsuper_case = "as-written"\n', encoding="utf-8")
    out = tmp_path / "mixed.pdf"
    write_pdf([tape_story()], load_style(str(user)), out)
    mixed = " ".join(t for _, _, t in runs(PdfReader(str(out)).pages[0]))
    assert "SUPER: Ken Ito" in mixed and "exporter" in mixed and "Council President" in mixed


def test_radio_act_blocks_for_every_tape_item(tmp_path):
    found = pdf_runs(tmp_path, tape_story(), "radio")
    lines = [t for _, _, t in sorted(found, key=lambda r: -r[1])]
    assert "[ACT: MARA QUINN, COUNCIL PRESIDENT]" in lines
    assert "[TAKE PKG TRT 1:48]" in lines and "[PKG]" in lines and "[ACT: KEN ITO, EXPORTER]" in lines
    at = lines.index("[ACT: MARA QUINN, COUNCIL PRESIDENT]")
    assert lines[at + 1 : at + 4] == ["IN: “WE LOOKED AT EVERY OPTION…”", "OUT: “…BACK BY SPRING”", "RUNS :12"]
    assert "((We sell to Japan and to Canada, and we will see,))" in lines


def test_prompter_has_a_placeholder_for_every_tape_item():
    text = prompter_text([tape_story()], load_style("prompter"))
    blocks = text.strip().split("\n\n")
    marks = [b for b in blocks if b.startswith("(")]
    assert marks == [
        "(SOT :12 · OUT: “…BACK BY SPRING”)",
        "(PKG 1:48)",
        "(PKG 1:35 · OUT: “…DANA WU, CHANNEL 5 NEWS”)",
        "(SOT :04 EST · OUT: “…WE WILL SEE”)",
    ]
    # the lead-in never runs into the tag: a placeholder stands between them
    assert blocks.index("(PKG 1:48)") == blocks.index("DRIVERS WILL NEED ANOTHER WAY ACROSS THE RIVER.") + 1


def test_a_take_cue_before_its_bite_opens_that_block_once():
    segs = [
        Narration(text="Here is the chief."),
        Cue(text="TAKE SOT", cue_type="SOT", original="TAKE SOT"),
        Cue(text="CG: ROSA MENDEZ", cue_type="CG", original="CG: ROSA MENDEZ"),
        Soundbite(text="", in_cue="We got lucky", out_cue="out in time.", duration=12, tape="SOT"),
        Narration(text="No one was hurt."),
    ]
    story = time_story(Story(segments=segs, metadata={"slug": "FIRE"}), 160)
    text = prompter_text([story], load_style("prompter"))
    assert text.count("(SOT") == 1
    from scriptfmt.render._layout import SplitBuilder

    rows = SplitBuilder(story, load_style("tv")).build()
    block = next(r for r in rows if r.keep_together)
    assert [p.text for p in block.left][:3] == ["TAKE SOT", "CG: ROSA MENDEZ", "RUNS :12"]
    assert [p.text for p in block.right][0] == "(SOT :12)"


def test_docx_tape_rows(tmp_path):
    out = tmp_path / "tape.docx"
    write_docx([tape_story()], load_style("tv"), out)
    (table,) = docx.Document(str(out)).tables
    cells: dict = {}
    for row in table.rows:
        cells.setdefault(row.cells[0].paragraphs[0].text, [p.text for p in row.cells[1].paragraphs])
    assert cells["TAKE PKG TRT 1:48"] == ["(PKG 1:48)"]
    assert cells["TAKE SOT"][0] == "(SOT :12)"


def test_unknown_segment_kind_fails_loudly():
    from dataclasses import dataclass
    from typing import ClassVar

    import pytest

    from scriptfmt.model import Segment
    from scriptfmt.render._layout import BUILDERS

    @dataclass
    class Graphic(Segment):
        kind: ClassVar[str] = "graphic"

    story = Story(segments=[Narration(text="Hello."), Graphic(text="MAP")])
    for name, builder in BUILDERS.items():
        with pytest.raises(TypeError, match="graphic"):
            builder(story, load_style("tv")).build()


def test_radio_style_txt_is_radio_text_not_prompter_copy(tmp_path, capsys):
    from tests.test_format_cli import run

    copy = tmp_path / "budget.txt"
    copy.write_text(
        'SLUG: BUDGET\n\nThe council passed the budget.\n\n[ACT: DENISE HOLLIS, MAYOR :14]\nIN: "We made choices"\nOUT: "every neighborhood."\n\n'
        "[MUSIC BED UNDER]\n\nThey vote again next month.\n",
        encoding="utf-8",
    )
    radio, prompter = tmp_path / "radio.txt", tmp_path / "prompter.txt"
    run(["format", str(copy), "-s", "radio", "-o", str(radio)], capsys)
    run(["format", str(copy), "-s", "prompter", "-o", str(prompter)], capsys)
    blocks = radio.read_text(encoding="utf-8").strip().split("\n\n")
    assert blocks[0].startswith("BUDGET")
    assert "[ACT: DENISE HOLLIS, MAYOR]\nIN: “WE MADE CHOICES…”\nOUT: “…EVERY NEIGHBORHOOD”\nRUNS :14" in blocks
    assert "[MUSIC BED UNDER]" in blocks and blocks[-1] == "###"
    assert "The council passed the budget." in blocks  # radio reads mixed case
    assert "(SOT :14 · OUT: “…EVERY NEIGHBORHOOD”)" in prompter.read_text(encoding="utf-8")


def test_cues_after_a_package_finish_its_block(tmp_path):
    """A package's description and its separate OUT line belong to its block: never a block of
    their own, never beside the tag; the OUT goes where the anchor reads (and into the placeholder)."""
    segs = [
        Narration(text="Jordan Ellis spent a night inside one of them."),
        Soundbite(text="", duration=108, tape="PKG"),
        Cue(text="Ellis follows a nurse through a double shift", cue_type="SOT", original="((Ellis follows a nurse through a double shift))"),
        Cue(text='OUT: "...JORDAN ELLIS, CHANNEL 7 NEWS."', cue_type="TIMING", original='[OUT: "...JORDAN ELLIS, CHANNEL 7 NEWS."]'),
        Cue(text="ON CAM TAG", cue_type="CAMERA", original="[ON CAM TAG]"),
        Narration(text="The state says new funding arrives in January."),
    ]
    story = time_story(Story(segments=segs, metadata={"slug": "HOSPITAL"}), 160)
    text = prompter_text([story], load_style("prompter"))
    assert text.strip().split("\n\n")[2] == "(PKG 1:48 · OUT: “…JORDAN ELLIS, CHANNEL 7 NEWS”)"
    assert text.count("(") == 1
    found = pdf_runs(tmp_path, story)
    div = min(x for x, _, t in found if t.startswith("JORDAN ELLIS SPENT"))
    pkg_y = next(y for x, y, t in found if t == "TAKE PKG")
    beside = [t for x, y, t in found if x >= div - 1 and pkg_y - 30 < y <= pkg_y + 1]
    assert beside == ["(PKG 1:48)", "OUT: “…JORDAN ELLIS, CHANNEL 7 NEWS”"]
    left = [t for x, y, t in sorted(found, key=lambda r: -r[1]) if x < div - 1]
    assert left[left.index("TAKE PKG") : left.index("TAKE PKG") + 3] == ["TAKE PKG", "RUNS 1:48", "ELLIS FOLLOWS A NURSE"]
    assert "ON CAM TAG" in left


def test_co_anchor_copy_says_who_reads(tmp_path):
    segs = [
        Narration(text="Good evening, I am Anna Lee."),
        Narration(text="And I am Mark Diaz. Here is the news.", talent="Mark"),
        Soundbite(text="", duration=10, tape="SOT", out_cue="we will see"),
        Narration(text="Crews are still on the scene.", talent="Mark"),
        Narration(text="First, the weather."),
    ]
    story = time_story(Story(segments=segs, metadata={"slug": "TWO", "talent": "Anna"}), 160)
    blocks = prompter_text([story], load_style("prompter")).strip().split("\n\n")
    assert blocks[1:] == [
        "GOOD EVENING, I AM ANNA LEE.", "(MARK)", "AND I AM MARK DIAZ. HERE IS THE NEWS.",
        "(SOT :10 · OUT: “…WE WILL SEE”)", "CREWS ARE STILL ON THE SCENE.", "(ANNA)", "FIRST, THE WEATHER.",
    ]
    found = pdf_runs(tmp_path, story)
    div = min(x for x, _, t in found if t.startswith("GOOD EVENING"))
    left = [t for x, y, t in sorted(found, key=lambda r: -r[1]) if x < div - 1 and t.endswith("ON CAM")]
    assert left == ["ANNA ON CAM", "MARK ON CAM", "MARK ON CAM", "ANNA ON CAM"]


def test_a_bites_own_super_and_runs_after_it_stay_in_its_block():
    """`[SUPER=…] [RUNS=:11] [OUT Q=…]` printed after a bite restate that bite: they finish its
    block (TV) and a bare RUNS line is not printed a second time (radio)."""
    from scriptfmt.render._layout import SplitBuilder
    from scriptfmt.render._tape import cue_runs

    tail = "[SUPER=01-Rosa Mendez/Fire Chief;]\n[RUNS=:11]\n[OUT Q=out in time.]"
    assert cue_runs(Cue(text="RUNS :12", cue_type="TIMING", original="RUNS :12")) == 12
    assert cue_runs(Cue(text=tail, cue_type="CG", original=tail)) == 11
    segs = [
        Narration(text="Here is the chief."),
        Soundbite(text="We got lucky and got everyone out in time.", speaker=Speaker("Rosa Mendez", "Fire Chief"), duration=11, tape="SOT"),
        Cue(text=tail, cue_type="CG", original=tail),
        Narration(text="No one was hurt."),
    ]
    story = time_story(Story(segments=segs, metadata={"slug": "FIRE"}), 160)
    rows = SplitBuilder(story, load_style("tv")).build()
    block = next(r for r in rows if r.keep_together)
    assert any("SUPER=01-ROSA MENDEZ" in p.text.upper() for p in block.left)
    tag = next(r for r in rows if any("NO ONE WAS HURT" in p.text.upper() for p in r.right))
    assert not any("SUPER=" in p.text.upper() for p in tag.left)

    segs[2] = Cue(text="RUNS :11", cue_type="TIMING", original="RUNS :11")
    story = time_story(Story(segments=segs, metadata={"slug": "FIRE"}), 160)
    from scriptfmt.render._layout import SingleBuilder

    texts = [p.text for r in SingleBuilder(story, load_style("radio")).build() for p in r.right + r.left]
    assert sum("RUNS :11" in t for t in texts) == 1
