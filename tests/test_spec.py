"""Parser spec cases: one TOML file per case under tests/spec/<family>/<case>.toml.

Each file holds a short story (`copy`) and the segments the parser must make of it;
adding a case adds a file, never code. The format is in tests/spec/README.md.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from scriptfmt.model import Cue, Narration, Soundbite
from scriptfmt.parse import parse_text
from tests.helpers import accounted_words, words

SPEC_DIR = Path(__file__).parent / "spec"
CASES = sorted(SPEC_DIR.rglob("*.toml"))
KINDS = {"narration": Narration, "soundbite": Soundbite, "cue": Cue}
TOP_KEYS = {"description", "copy", "options", "segments", "metadata", "warnings", "no_warnings"}
SEGMENT_KEYS = {"kind", "text", "speaker", "title", "tape", "duration", "cue_type", "talent", "why", "continues", "opens", "marker"}


def _load(path: Path) -> dict:
    with path.open("rb") as fh:
        case = tomllib.load(fh)
    unknown = set(case) - TOP_KEYS
    assert not unknown, f"unknown keys {sorted(unknown)} (see tests/spec/README.md)"
    assert case.get("description"), "every case says what newsroom rule it shows"
    return case


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _check_segment(k: int, seg, want: dict) -> None:
    where = f"segment {k} ({seg.kind}: {_collapse(seg.text)[:60]!r})"
    unknown = set(want) - SEGMENT_KEYS
    assert not unknown, f"segment {k}: unknown keys {sorted(unknown)}"
    assert seg.kind == want["kind"], f"{where}: expected kind {want['kind']}"
    if "text" in want:
        assert _collapse(seg.text).startswith(_collapse(want["text"])), f"{where}: expected text starting {want['text']!r}"
    if "speaker" in want:
        got = seg.speaker.name if seg.speaker else ""
        assert got == want["speaker"], f"{where}: expected speaker {want['speaker']!r}, got {got!r}"
    if "title" in want:
        got = (seg.speaker.title or "") if seg.speaker else ""
        assert got.casefold() == want["title"].casefold(), f"{where}: expected title {want['title']!r}, got {got!r}"
    if "marker" in want:
        got = _collapse(getattr(seg, "marker", None) or "")
        assert got.startswith(_collapse(want["marker"])), f"{where}: expected marker starting {want['marker']!r}, got {got!r}"
    for key in ("tape", "duration", "cue_type", "talent", "why", "continues", "opens"):
        if key in want:
            assert getattr(seg, key, None) == want[key], f"{where}: expected {key} {want[key]!r}, got {getattr(seg, key, None)!r}"


@pytest.mark.parametrize("path", CASES, ids=[str(p.relative_to(SPEC_DIR)) for p in CASES])
def test_spec_case(path: Path) -> None:
    case = _load(path)
    story = parse_text(case["copy"], str(path), **case.get("options", {}))
    expected = case.get("segments", [])
    got = story.segments
    summary = "\n".join(f"  {s.kind}: {(s.speaker.name if getattr(s, 'speaker', None) else '')!s:20} {_collapse(s.text)[:70]}" for s in got)
    assert len(got) == len(expected), f"expected {len(expected)} segments, got {len(got)}:\n{summary}"
    for k, (seg, want) in enumerate(zip(got, expected)):
        _check_segment(k, seg, want)
    for key, value in case.get("metadata", {}).items():
        assert key in story.metadata, f"metadata {key!r} missing: {sorted(story.metadata)}"
        if isinstance(value, str):
            assert value in str(story.metadata[key]), f"metadata {key!r}: {story.metadata[key]!r} lacks {value!r}"
    for needle in case.get("warnings", []):
        assert any(needle in w for w in story.warnings), f"no warning containing {needle!r}: {story.warnings}"
    for needle in case.get("no_warnings", []):
        assert not any(needle in w for w in story.warnings), f"unexpected warning containing {needle!r}: {story.warnings}"
    # nothing lost: every word of the copy is kept somewhere
    assert Counter(accounted_words(story)) == Counter(words(case["copy"]))


def test_spec_cases_exist() -> None:
    assert CASES, "no spec files found under tests/spec/"
