"""Script markup never loses a word and never raises, on scripts generated from the markup
pieces of many newsroom systems; reading a long script is linear (a ratio between two sizes)."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scriptfmt.parse import parse_text
from scriptfmt.timing import time_story
from tests.helpers import accounted_words, words
from tests.test_markup_timing import _linear

LINES = st.sampled_from([
    "(/////SOT/////)", "(///// SOT /////)", "SOT 14:06:51", "[SOT 00:43:27]", "SOT FULL 17:32 SOT FULL", "SOT FULL",
    "[TAKE SOT]", "TAKE SOT", "(take sot: Rosa Amundsen, library director)", "SOT Full: Lindqvist", "SOT: Tobias Renfro, Volunteer",
    "SOT: truck sound, then under", "CUT 12 / BRISCO / :09", "ACT: HOLLIS :14", "WRAP: CART 2231 / ALBRECHT / :42", "Q&A: MINA HALE :55",
    "[TAKE PKG]", "TAKE PKG TRT 1:48", "PKG: HAY PRICES", "IN Q=we gave them", "[IN Q=we looked at]", "INQ=That pipe went in LIONEL BAPTISTE/ROAD SUPERINTENDENT:",
    "IN: \"The driver shut...\"", "IQ: \"We had cars\"", "OUT Q=while they ask", "OQ=county roads LIVE=Hector Full/BAM LIVE FULL The county expects",
    "Outcue: \"...fixes that.\"", "OUT-Q: safer now", "RUNS=:10", "[RUNS=:11]", "Runs :07", "RUNS: :14", "TRT: 0:10", "DUR: 1:75", "(runs :09)",
    "((DORIS HALVERSON/LOCAL 118 PRESIDENT: WE GAVE THEM CONCESSIONS.", "NOW THEY WANT MORE.))", "\"Every banana peel we truck.", "That is money.\"",
    "SUPER=01-Doris Halverson/Local 118 President;", "[SUPER=01-Roland Pike/Administrator;]", "CG: MARTA OYELARAN / CITY ENGINEER",
    "*CG 2line Lionel Baptiste / Road Superintendent", "*CG standup Hector Villalobos", "ANCHOR=Corinne", "[WRITER=hjw]", "TAPE#93-215",
    "ANCHOR=ANNA NEWSCAST=6PM WRITER=dfk TAPE#B-211", "GRAPHIC=Sinkhole Part of Tillbrook Road is closed tonight after the", "VO-NAT", "[VO-NAT]",
    "NAT SOT", "ANNA ON CAM ANNA ON CAM", "double box Teddy/Nora", "DOUBLE BOXES=Anna & Hector/BAM Hector is live at the scene.",
    "ENG#=1 SOT FULL", "MODIFIED: MOD BY: ED. BTAPE TIMECODE", "06/13/2007 3dkane 0618-3 04:26 0:38 0:09 0:47 --------", "Mill-Vote", "[Birth-Unit]",
    "HVR NEWS     1200     FRI 08/13/99", "PAGE 2", "Est. Time: 0:58", "Segovia:", "ANNA:", "(DEV)", "[2-SHOT]", "(SOUNDER: HVR NEWS -- :04)",
    "ambiance fade under", "(------------)", "|VIDEO |AUDIO |", "|TRACK |Once a month the hall turns into a repair shop. |",
    "|SOT: Delphine Yarrow, Brought a lamp |\"It was my grandmother's. |", "|CG: Delphine Yarrow/Amberly |go to the dump.\" |", "|RUNS :05 | |",
    "(00:03:41:17) ((Russ Tolliver/road foreman \"we pull it out at eight.\")) Selectmen decide next week.",
    "((TILE 007 5:33:27-5:41:06 David Brown/Witness: \"One lady was talking.\"))", "((SOT Dale Miller, Senior Director 005210 I think a lot has changed))",
    "(10:59:41 Edward Cormea/Employee)((\"Whew that's a big loss.\"))", "((nat)) ((courtesy: Farley Historical Society))", "((Tolliver: \"not by me.\"))",
    "(Actuality – \"I walked the rows at dawn.\")", "Workers at Ostley Knitting in Keverne (KEH-vurn) vote Sunday.",
    "Fire Marshal Ada Brisco says a delivery hose split.", "Sports rep. Galen Munroe claimed that \" we needed to do something.\"",
    "The plant manager says the freeze keeps the doors open.", "", "[", "((", "\"", "|", "=", ":", "SOT:", "CUT", "RUNS=",
])
SCRIPTS = st.lists(LINES, min_size=1, max_size=30).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SCRIPTS)
def test_generated_scripts_keep_every_word(text):
    story = time_story(parse_text(text), 160)
    assert Counter(accounted_words(story)) == Counter(words(text))
    assert story.total_seconds >= 0


BLOCK = """Mill-Vote
ANCHOR=Corinne
Workers at the mill vote Sunday on a contract that
freezes their pay for two years.
VO-NAT
SUPER=03-Keverne;
(/////SOT/////)
SOT 14:06:51
IN Q=we gave them
((DORIS HALVERSON/LOCAL 118 PRESIDENT: WE GAVE THEM CONCESSIONS.
NOW THEY WANT MORE.))
SUPER=01-Doris Halverson/Local 118 President;
RUNS=:10
OUT Q=while they ask
GRAPHIC=Vote Voting runs from six to six Sunday at the union hall.
(00:01:12:09) ((Gwen Halloran/neighbor "my grandfather worked there.")) The site will become a park.
"""


def test_reading_a_long_script_is_linear():
    assert _linear(lambda n: BLOCK * n, parse_text, 100, 200)


def test_a_long_flattened_line_is_linear():
    def line(n: int) -> str:  # one huge hard-wrapped paragraph and a huge field line
        return "ANCHOR=ANNA NEWSCAST=6PM\n" + "Crews worked\n" * n + "INQ=" + "WORD " * n + "LIONEL BAPTISTE/ROAD SUPERINTENDENT:\n"

    assert _linear(line, parse_text, 5_000, 10_000)
