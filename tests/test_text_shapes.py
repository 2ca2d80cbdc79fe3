"""Text shapes (issue 11) that spec files cannot show: linear time on hostile input (issue 14:
no pattern may backtrack on long runs of spaces, quote marks or capitals), and the pieces
the shapes are built from. Times are compared as a ratio between two sizes, never absolute."""

from __future__ import annotations

import gc
import time

from scriptfmt.parse import furniture, transcript
from scriptfmt.parse.quotes import find_quotes


def _ratio(run, small: str, large: str) -> float:
    """CPU time on `large` (twice `small`) over CPU time on `small`: the best of seven runs
    each, interleaved and with the garbage collector off, so that load on a shared machine
    hits both sizes alike. Linear code gives about 2, quadratic code 4."""
    run(small)  # warm caches (word lists, compiled patterns)
    t = time.process_time()
    run(small)
    reps = max(1, int(0.02 / max(time.process_time() - t, 1e-7)))  # fast calls repeated to ~20 ms, above timer noise
    best = {small: float("inf"), large: float("inf")}
    gc.disable()
    try:
        for _ in range(7):
            for text in (small, large):
                t = time.process_time()
                for _ in range(reps):
                    run(text)
                best[text] = min(best[text], time.process_time() - t)
    finally:
        gc.enable()
    return best[large] / best[small]


def _linear(run, small: str, large: str) -> bool:
    """Linear: the ratio stays under 2.5 (quadratic code gives 4); measured once more before
    failing, so that a burst of load on the shared machine does not fail a linear step."""
    return _ratio(run, small, large) < 2.5 or _ratio(run, small, large) < 2.5


def _sizes(unit: str, head: str = "", tail: str = "") -> tuple[str, str]:
    n = 50_000 // len(unit)
    return head + unit * n + tail, head + unit * (2 * n) + tail


def test_header_pattern_is_linear_on_runs_of_spaces():
    small, large = _sizes(" ", "SLUG: A", "b")
    assert _linear(lambda s: furniture.header_line(s, set()), small, large)


def test_header_pattern_is_linear_on_trailing_spaces():
    small, large = _sizes(" ", "SLUG: FLOOD")
    assert furniture.header_line(small, set()) == ("slug", "FLOOD")
    assert _linear(lambda s: furniture.header_line(s, set()), small, large)


def test_quote_pairing_is_linear_on_runs_of_marks():
    small, large = _sizes("'a ‘b “c „d «e »f ’g ''h ")
    assert _linear(find_quotes, small, large)


def test_quote_pairing_is_linear_on_unclosed_single_quotes():
    small, large = _sizes(" 'tis 'word ’x ‘y")
    assert _linear(find_quotes, small, large)


def test_dateline_is_linear_on_runs_of_capitals():
    small, large = _sizes("WASHINGTON ")
    assert _linear(furniture.split_dateline, small, large)


def test_transcript_reading_is_linear():
    turn = "JANE ROE, HOST: Welcome back (laughs) to the show.\nTOM LEE, FARMER: Thanks. [00:01:02] It was dry.\n"
    small, large = _sizes(turn, "THIS IS A RUSH TRANSCRIPT.\n")

    def run(text: str) -> None:
        lines = text.split("\n")
        assert transcript.looks_like_transcript(lines, {})
        transcript.read(lines, 0, {}, [])

    assert _linear(run, small, large)


def test_web_furniture_lines_are_metadata_and_sentences_are_not():
    for line in ("2 Min Read", "Reuters Staff", "Read more: Why the pound fell", "___", "Follow Jane Doe on Twitter: @janedoe",
                 "FILE - A man walks past a bank, June 3, 2021. (AP Photo/Jane Doe, File)", "Image caption, Firefighters at the scene"):
        assert furniture.is_web_furniture(line), line
    for line in ("Follow the money, she said.", "The mayor (pictured) said on Tuesday the photo was fake.", "“It is over,” he said on Twitter."):
        assert not furniture.is_web_furniture(line), line


def test_labels_and_not_labels():
    assert transcript.parse_label("KELLI ARENA, CNN JUSTICE CORRESPONDENT: Daryn, it was.").title == "CNN JUSTICE CORRESPONDENT"
    assert transcript.parse_label('Mr. BILL MOYERS (Author, "Journal: The Sequel"): Thanks.').title.startswith("Author")
    assert transcript.parse_label("[Camerota:] Millennial voters").name == "Camerota"
    for line in ("Note: Refunds are available.", "Update: The camp reopened.", "The plan: more money.", "WHEN: Friday"):
        assert transcript.parse_label(line) is None, line
    assert not transcript.looks_like_transcript(["The park closed.", "Update: It reopened.", "Note: Refunds are available."], {})
