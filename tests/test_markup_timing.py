"""Script markup and timing: tape timed by its given length (time, check and rundown agree),
co-anchors read at their own rates, a stated total checked; and the parser's linear-time fixes
(issue 14: finish() merging, the marker pattern) measured as a time ratio between two sizes."""

from __future__ import annotations

import gc
import time

from scriptfmt.model import Narration, Soundbite, Story
from scriptfmt.parse import parse_text
from scriptfmt.parse.markers import MARKER
from scriptfmt.rundown.model import Item
from scriptfmt.rundown.timing import infer_format
from scriptfmt.timing import time_story

PKG_STORY = """SLUG: FERRY
[ON CAM]
The island ferry is back in service tonight after three weeks in dry dock.
[TAKE PKG TRT 1:48]
((Reporter rides the first crossing; captain on repairs; commuters on the detour.))
[OUT: "...PAT LOWE, CHANNEL 7 NEWS."]
[ON CAM TAG]
The first boat leaves at six in the morning.
"""


def test_package_trt_is_one_pkg_soundbite_timed_by_its_length():
    story = time_story(parse_text(PKG_STORY), 160)
    (pkg,) = [s for s in story.segments if isinstance(s, Soundbite)]
    assert (pkg.tape, pkg.duration, pkg.seconds, pkg.estimated) == ("PKG", 108, 108, False)
    read = sum(s.seconds for s in story.segments if isinstance(s, Narration))
    assert story.total_seconds == read + 108


def test_rundown_counts_the_package_as_time_does():
    from scriptfmt.rundown.timing import apply_timing
    from scriptfmt.rundown.model import Rundown, Show

    story = time_story(parse_text(PKG_STORY), 160)
    item = Item(slug="FERRY")
    item.story = story
    apply_timing(Rundown(show=Show(title="Test", start=0, length=600), talents={}, items=[item]))
    assert item.total == round(story.total_seconds)
    assert infer_format(story) == "PKG"


def test_each_co_anchor_reads_at_their_own_rate():
    story = parse_text("ANNA:\nThe river crested at noon today.\n\n(DEV)\nCrews are sandbagging on Front Street.\n")
    time_story(story, 160, talent_rates={"anna": 120, "Dev": 240})
    anna, dev = [s for s in story.segments if isinstance(s, Narration)]
    assert (anna.talent, dev.talent) == ("ANNA", "DEV")
    assert anna.seconds == anna.words * 60 / 120 and dev.seconds == dev.words * 60 / 240
    time_story(story, 160)  # the old signature still works: everyone at the story rate
    assert anna.seconds == anna.words * 60 / 160


def test_stated_total_that_disagrees_is_a_warning():
    copy = "HVR NEWS     1200     FRI     ANCHOR: SAMPSON     TRT 1:30\n\nGood afternoon.\n\nCUT 12 / BRISCO / :09\nIN: \"The driver...\"\n"
    story = time_story(parse_text(copy), 180)
    assert story.metadata["stated_times"]["total"] == 90
    assert any("states a total of 1:30" in w for w in story.warnings)


# --- linear time (a ratio between two sizes, never an absolute time) --------------------

def _ratio(prepare, run, small: int, large: int, rounds: int = 5, reps: int = 10) -> float:
    """Best time at `large` over best time at `small`. Each timing runs `reps` prepared inputs
    (tens of milliseconds, not one), rounds interleave the sizes and the garbage collector is
    off and the clock is CPU time, so a busy machine does not skew the ratio."""
    best = {small: float("inf"), large: float("inf")}
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(rounds):
            for n in (small, large):
                args = [prepare(n) for _ in range(reps)]
                start = time.process_time()
                for arg in args:
                    run(arg)
                best[n] = min(best[n], time.process_time() - start)
    finally:
        if was_enabled:
            gc.enable()
    return best[large] / max(best[small], 1e-9)


def _linear(prepare, run, small: int, large: int) -> bool:
    """Doubling the input at most ~doubles the time: measured again once before failing, since a
    quadratic step fails both measurements and a burst of load on a shared machine rarely hits two."""
    return _ratio(prepare, run, small, large) < 2.5 or _ratio(prepare, run, small, large) < 2.5


def test_merging_consecutive_narration_is_linear():
    from scriptfmt.parse.builder import Builder, Piece

    def prepare(n: int):  # built before the clock starts: only finish() is measured
        builder = Builder(None, None, Story(), [])
        builder.pieces = [Piece(Narration("Crews worked through the night.", k), k) for k in range(n)]
        return builder

    assert _linear(prepare, lambda builder: builder.finish(), 5_000, 10_000)


def test_marker_pattern_is_linear_on_long_runs_of_spaces():
    def prepare(n: int) -> list[str]:  # near misses: the old lazy pattern tried every split of the spaces
        return ["[SOT:" + " " * n + "x] y", "SOT:" + " " * n + "[", "[SOT: JANE DOE" + " " * n + "]]"]

    def run(batch: list[str]) -> None:
        for text in batch:
            MARKER.fullmatch(text)

    assert _linear(prepare, run, 25_000, 50_000)
