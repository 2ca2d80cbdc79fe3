"""The user's wire copy, exactly as delivered, parses into the script a producer expects."""

from pathlib import Path

from scriptfmt.ingest import read_copy
from scriptfmt.parse import parse_copy

EXAMPLE = Path(__file__).parent.parent / "examples" / "japan-us-summit.txt"


def story():
    return parse_copy(read_copy(str(EXAMPLE)))


def test_segments_in_order():
    segs = story().segments
    shape = [(s.kind, getattr(getattr(s, "speaker", None), "name", None) or getattr(s, "cue_type", None)) for s in segs]
    assert shape == [
        ("narration", None),
        ("soundbite", "Joe Biden"),
        ("narration", None),
        ("soundbite", "Fumio Kishida"),
        ("narration", None),
        ("soundbite", "Gregory Polling"),
        ("cue", "PAUSE"),
        ("soundbite", "Gregory Polling"),
        ("narration", None),
    ]


def test_narration_boundaries():
    segs = story().segments
    assert segs[0].text.startswith("President Joe Biden and Japanese Prime Minister")
    assert segs[0].text.endswith("At the same time, Biden clarified:")
    assert segs[0].text.count("\n\n") == 2  # three paragraphs
    assert segs[2].text.endswith("Kishida said:")
    assert segs[4].text.endswith("According to Gregory Polling of the Center for Strategic and International Studies:")
    assert segs[8].text.startswith("China said any defense cooperation")
    assert segs[8].text.endswith("vote to send military aid.")


def test_soundbites_and_speakers():
    segs = story().segments
    biden, kishida, polling1, pause, polling2 = segs[1], segs[3], segs[5], segs[6], segs[7]
    assert biden.speaker.title == "President"
    assert biden.text.startswith("Our alliance that we have with Japan") and biden.text.endswith("restoring stability in the region.")
    assert "[…]" in biden.text  # an elision is part of the quote, not a cue
    assert kishida.speaker.title == "Japanese Prime Minister"
    assert polling1.speaker.title == "Center for Strategic and International Studies"
    assert polling1.text.startswith("While we are focused") and polling1.text.endswith("But")
    assert pause.text == "pause if necessary, cut to TV" and pause.original == "(pause if necessary, cut to TV)"
    assert polling2.text == "A low-level military conflict is uncomfortably possible."
    assert biden.in_cue == "Our alliance that" and polling2.out_cue == "is uncomfortably possible."


def test_quote_marks_not_in_text():
    for seg in story().segments:
        if seg.kind == "soundbite":
            assert "“" not in seg.text and "”" not in seg.text
