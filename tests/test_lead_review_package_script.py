"""Lead review: a package script printed under its roll is inside the package, not more air time.

A script that rolls a package with a stated length (`TAKE PKG`, `RUNS: 1:20`) often prints the
package's own script below it (TRACK, SOT, STANDUP, the reporter's sign-off that is the out-cue).
Those words and bites are what the package already holds: the story's total is the anchor's intro,
the package's stated length and the tag — never the package plus its script again.
"""

from scriptfmt.parse import parse_text
from scriptfmt.timing import time_story

LABELLED = """SLUG: BEE FARM PKG
ANCHOR INTRO:
A beekeeper outside Tolland says this was the best honey year she can remember. Marcus Pell has the story.

TAKE PKG
RUNS: 1:20
OUTCUE: "...Marcus Pell, Valley News."

PKG SCRIPT:
TRACK: The hives sit at the edge of a clover field that nobody has mowed since June.
SOT: EDITH MARROW / BEEKEEPER
"I have never pulled this much honey off twelve hives. Never."
RUNS :05
TRACK: She credits a wet spring and a late frost that never came. Marcus Pell, Valley News.

ANCHOR TAG:
The farm opens its shop on Saturdays.
"""

PLAIN90S = """BEES
ANCHOR=Ruth
Honey season came early in Tolland this year.
(/////SOT/////)
SOT
IN Q=natsot
SUPER=01-Edith Marrow/Beekeeper; :10
RUNS=1:20
OUT Q=Pell, Valley News.
The hives sit at the edge of a clover field that nobody has mowed since June.
(/////SOT/////)
SOT 2:10:04
IN Q=i have never
((EDITH MARROW/BEEKEEPER: I HAVE NEVER PULLED THIS MUCH HONEY OFF TWELVE HIVES. NEVER.))
RUNS=:05
OUT Q=hives. never.
She credits a wet spring and a late frost that never came. Marcus Pell, Valley News.
(----------------)
The farm opens its shop on Saturdays.
"""


def _total(copy: str) -> float:
    story = time_story(parse_text(copy), 160)
    return story.total_seconds


def test_package_script_under_a_labelled_roll_is_not_counted_twice():
    total = _total(LABELLED)
    assert 80 + 6 < total < 80 + 16, total  # intro ~7 s + 1:20 + tag ~2 s, not plus the script's 24 s


def test_package_script_after_a_plain_roll_block_is_not_counted_twice():
    total = _total(PLAIN90S)
    assert 80 + 2 < total < 80 + 8, total  # intro ~3 s + 1:20 + tag ~2 s


CO_ANCHOR_TAG = """ANNA:
The old ferry terminal reopens as a market on Saturday.
DEV:
Our reporter Lena Marsh went down to see it.

[TAKE PKG]
RUNS: 1:10
OUTCUE: "...Lena Marsh, Channel 4 News."

TRACK
The ticket hall is now full of fish stalls and a bakery.
STANDUP
Traders moved in this week.

(back on cam)
ANNA:
The market opens at eight on Saturday morning, and parking is free all weekend.
"""


def test_the_other_anchors_tag_after_a_package_script_is_air_time():
    story = time_story(parse_text(CO_ANCHOR_TAG), 160)
    tag = [s for s in story.segments if s.text.startswith("The market opens")]
    assert tag and not tag[0].in_package
    assert 70 + 7 < story.total_seconds < 70 + 16, story.total_seconds  # intro ~6 s + 1:10 + tag ~5 s
