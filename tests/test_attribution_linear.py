"""Quote attribution is linear in paragraph length (issue 14, item 3): one tokenisation
per paragraph, no rescan of the paragraph for each quotation. Each input is generated at
two sizes and the time ratio must stay near 2 (a ratio, never an absolute time)."""

from __future__ import annotations

import gc
import time

import pytest

from scriptfmt.parse import parse_text

UNITS = {
    # one long paragraph of scare quotes and partial quotes (the case that was quadratic)
    "scare": 'Officials called it a "big win" and a "small step" while Mayor Ana Ruiz said it was "only the start" and ',
    # one long paragraph of attributed quotations, pronouns and titles
    "bites": '"We will not stop here," said Mayor Ana Ruiz, the city\'s mayor. "Nor will we," he said, and Chief Tom Hale added: "Never." ',
}


def _best_time(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()  # the collector's pauses grow with the heap, not with our algorithm
        try:
            start = time.process_time()  # CPU time: other processes on the machine do not count
            parse_text(text)
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


@pytest.mark.parametrize("shape", sorted(UNITS))
def test_quote_attribution_is_linear_in_paragraph_length(shape):
    unit = UNITS[shape]
    small, large = (unit * (size // len(unit)) for size in (50_000, 100_000))
    parse_text(small)  # warm the caches (word lists, patterns)
    ratio = _best_time(large) / _best_time(small)
    if ratio >= 2.5:  # measured once more before failing: a burst of load is not a quadratic step
        ratio = _best_time(large) / _best_time(small)
    assert ratio < 2.5, f"{shape}: 100 KB took {ratio:.2f}x the time of 50 KB"
