"""Prompter text: read copy only, crew column stripped, (PAUSE) kept where it is."""

from __future__ import annotations

from scriptfmt.model import Cue, Narration, Soundbite, Speaker, Story
from scriptfmt.render.prompter import prompter_text, write_prompter
from scriptfmt.styles import load_style
from scriptfmt.timing import time_story


def story() -> Story:
    segs = [
        Cue(text="TAKE VO", cue_type="VO"),
        Narration(text="Biden met Kishida.\n\nLars Jørgensen came from Łódź."),
        Soundbite(text="It is uncomfortably possible.", speaker=Speaker("Gregory Polling", "CSIS"), duration=12),
        Cue(text="pause", cue_type="PAUSE"),
        Narration(text="Зеленський sent a message."),
        Cue(text="CG: MAP", cue_type="CG"),
    ]
    return time_story(Story(segments=segs, metadata={"slug": "SUMMIT"}), 160)


def test_read_copy_only_in_order():
    text = prompter_text([story()], load_style("prompter"), ["A3"])
    blocks = text.strip().split("\n\n")
    assert blocks == [
        "[A3 SUMMIT]",
        "BIDEN MET KISHIDA.",
        "LARS JØRGENSEN CAME FROM ŁÓDŹ.",
        "(SOT :12 · OUT: “…IS UNCOMFORTABLY POSSIBLE”)",
        "(PAUSE)",
        "ЗЕЛЕНСЬКИЙ SENT A MESSAGE.",
    ]
    for crew in ("TAKE VO", "SUPER", "CG: MAP", "GREGORY POLLING", "###"):
        assert crew not in text


def test_options_from_style(tmp_path):
    user = tmp_path / "p.toml"
    user.write_text(
        'extends = "prompter"\n[text]\nread_case = "mixed"\n[prompter]\nsoundbite_marks = false\nslug_lines = false\nwrap = 12\n[marks]\nend = "-30-"\n',
        encoding="utf-8",
    )
    text = prompter_text([story()], load_style(str(user)))
    assert "SOT" not in text and "[SUMMIT]" not in text
    assert "Biden met\nKishida." in text
    assert text.rstrip().endswith("-30-")


def test_write_utf8_and_stories_separated(tmp_path):
    out = tmp_path / "p.txt"
    write_prompter([story(), story()], load_style("prompter"), out)
    text = out.read_text(encoding="utf-8")
    assert text.count("[SUMMIT]") == 2 and "\n\n\n[SUMMIT]" in text and text.endswith("\n")


def test_all_caps_keeps_pronouncer_stress():
    st = time_story(Story(segments=[Narration(text="Fumio Kishida (foo-MEE-oh kee-SHEE-dah) said (in Tokyo) it is over.")]), 160)
    text = prompter_text([st], load_style("prompter"))
    assert "FUMIO KISHIDA (foo-MEE-oh kee-SHEE-dah) SAID (IN TOKYO) IT IS OVER." in text
