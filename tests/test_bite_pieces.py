"""A super inside a tape block splits the bite into pieces (parse/pieces.py): the tape is timed
once, on the bite, and every layout shows the block whole again (model.fold_bite_pieces)."""

from __future__ import annotations

import json

from scriptfmt.bites import apply_bites
from scriptfmt.model import Cue, Soundbite, fold_bite_pieces
from scriptfmt.parse import parse_text
from scriptfmt.render._layout import build_script
from scriptfmt.styles import load_style
from scriptfmt.timing import time_story

BLOCK = """Dam-Vote
ANCHOR=Lena
Voters in Orrin decide Tuesday whether to tear out the old mill dam.
(/////SOT/////)
SOT 10:02:11
IN Q=that dam has
((WALT PREWITT/MILL OWNER: THAT DAM HAS STOOD SINCE 1890. IT CAN STAND A FEW MORE YEARS.))
SUPER=01-Walt Prewitt/Mill Owner;
RUNS=:07
OUT Q=few more years
(----------------)
The polls open at seven.
"""

SPLIT_PAGE = """|VIDEO |AUDIO |
|TRACK |The ferry dock reopened this morning. |
|SOT: Ines Kallio, Commuter |"I've been driving an hour around the bay. |
|CG: Ines Kallio/Commuter |Today it took me ten minutes." |
|RUNS :05 | |
|TRACK |The state says repairs cost two million dollars. |
"""


def _timed(copy: str):
    return time_story(parse_text(copy), 160)


def test_super_splits_the_bite_and_its_tail_continues_it():
    story = _timed(BLOCK)
    bite, cue, tail = [s for s in story.segments if isinstance(s, (Soundbite, Cue)) and s.line >= 4]
    assert (bite.speaker.name, bite.duration, bite.seconds) == ("Walt Prewitt", 7, 7)
    assert cue.cue_type == "CG" and cue.original.startswith("SUPER=01-")
    assert tail.continues and tail.text == "" and tail.speaker == bite.speaker and tail.marker == "RUNS=:07\nOUT Q=few more years"
    assert tail.seconds == 0 and story.media_seconds == 7  # the tape is counted once
    assert json.loads(json.dumps(tail.to_json()))["seconds"] == 7 and tail.to_json()["continues"] is True


def test_fold_gives_the_block_back_whole():
    story = _timed(BLOCK)
    folded = fold_bite_pieces(story.segments)
    assert not any(isinstance(s, Soundbite) and s.is_piece for s in folded)
    (after,) = [s for s in folded if isinstance(s, Cue) and "RUNS" in s.text]
    assert after.text == "SUPER=01-Walt Prewitt/Mill Owner;\nRUNS=:07\nOUT Q=few more years" and after.cue_type == "CG"
    assert story.segments[3].continues  # the parsed story is left as it was


def test_transcript_split_by_a_cg_row_is_one_transcript_on_the_page():
    story = _timed(SPLIT_PAGE)
    bites = [s for s in story.segments if isinstance(s, Soundbite)]
    assert [b.text for b in bites] == ["I've been driving an hour around the bay.", "Today it took me ten minutes.", ""]
    assert [b.continues for b in bites] == [False, True, True] and bites[0].out_cue == "me ten minutes."
    (whole,) = [s for s in apply_bites(story, "tape").segments if isinstance(s, Soundbite)]
    assert whole.text == "I've been driving an hour around the bay. Today it took me ten minutes."
    rows = build_script(story, load_style("tv")).rows
    texts = [p.text for row in rows for p in row.right]
    assert "((I've been driving an hour around the bay. Today it took me ten minutes.))" in texts


def test_estimated_bite_counts_the_words_of_its_pieces():
    copy = SPLIT_PAGE.replace("|RUNS :05 | |\n", "")
    story = _timed(copy)
    bite = next(s for s in story.segments if isinstance(s, Soundbite))
    assert bite.estimated and bite.words == 14 and story.media_seconds == bite.seconds


def test_super_before_the_transcript_leaves_an_opening_piece():
    story = _timed("Crews finished the roundabout.\nTAKE SOT\nCG: Gus Pyle / Road Commissioner\n\"It took us two summers.\"\nRUNS: :04\n")
    opener, cue, bite, tail = story.segments[1:]
    assert opener.opens and opener.marker == "TAKE SOT" and cue.cue_type == "CG"
    assert bite.text == "It took us two summers." and bite.duration == 4 and tail.continues
    (whole,) = [s for s in fold_bite_pieces(story.segments) if isinstance(s, Soundbite)]
    assert whole.marker == "TAKE SOT\nCG: Gus Pyle / Road Commissioner" and story.total_seconds == story.segments[0].seconds + 4
