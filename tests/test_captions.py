"""Captions from the script: SRT and WebVTT read back by the `srt` and `webvtt-py` libraries."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import srt
import webvtt
from hypothesis import given, settings
from hypothesis import strategies as st

from scriptfmt.model import Cue, Narration, Soundbite, Speaker, Story
from scriptfmt.render.captions import MAX_CHARS, build_captions, write_captions
from scriptfmt.styles import load_style
from scriptfmt.timing import time_story
from tests.helpers import is_subsequence, words

LEAD = (
    "City council members voted late Tuesday to close the Harbor Street bridge for six weeks of repairs, "
    "after inspectors found cracks in two of its steel supports. Drivers will be sent across the Mill Road "
    "crossing, which adds about ten minutes at rush hour.\n\nThe mayor says the work cannot wait."
)
BITE = "We are not going to gamble with anybody's safety on that bridge, not for one more day."
TAG = "Repairs start Monday morning. The city will post detour maps on its website and at the library."


def story(wpm: float = 160, slug: str = "BRIDGE") -> Story:
    segs = [
        Cue(text="TAKE VO", cue_type="VO"),
        Narration(text=LEAD),
        Soundbite(text=BITE, speaker=Speaker("Dana Whitfield", "Mayor"), duration=7),
        Narration(text="Engineers disagree about the schedule."),
        Soundbite(text="", speaker=Speaker("Luis Ortega", "Engineer"), duration=14),
        Cue(text="pause", cue_type="PAUSE"),
        Narration(text=TAG),
    ]
    return time_story(Story(segments=segs, metadata={"slug": slug}), wpm)


def check_rules(cues: list[tuple[float, float, list[str]]], total: float) -> None:
    """The caption rules: 2 lines of 42 at most, about 1–6 s, in order, no overlap, end at the total."""
    previous_end = 0.0
    for start, end, lines in cues:
        assert 1 <= len(lines) <= 2 and all(0 < len(line) <= MAX_CHARS for line in lines), lines
        assert start >= previous_end - 1e-9 and end > start
        assert end - start <= 6.0 + 1e-6, (start, end, lines)
        previous_end = end
    assert abs(cues[-1][1] - total) < 0.002


def srt_cues(path) -> list[tuple[float, float, list[str]]]:
    subs = list(srt.parse(path.read_text(encoding="utf-8")))
    assert [s.index for s in subs] == list(range(1, len(subs) + 1))
    return [(s.start.total_seconds(), s.end.total_seconds(), s.content.split("\n")) for s in subs]


def vtt_cues(path) -> list[tuple[float, float, list[str]]]:
    return [(_vtt_seconds(c.start), _vtt_seconds(c.end), c.text.split("\n")) for c in webvtt.read(str(path))]


def _vtt_seconds(stamp: str) -> float:
    hours, minutes, seconds = stamp.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def test_srt_and_vtt_follow_the_rules(tmp_path):
    st_ = story()
    for ext, reader in ((".srt", srt_cues), (".vtt", vtt_cues)):
        out = tmp_path / f"bridge{ext}"
        write_captions([st_], load_style("tv"), out)
        cues = reader(out)
        check_rules(cues, st_.total_seconds)
        assert all(end - start >= 1.0 for start, end, _ in cues)
        shown = [w for _, _, lines in cues for w in words(" ".join(lines))]
        assert is_subsequence(words(LEAD + " " + BITE + " " + TAG), shown)
        labels = [(start, end) for start, end, lines in cues if lines == ["[SOT: LUIS ORTEGA]"]]
        assert len(labels) == 3 and abs(sum(b - a for a, b in labels) - 14) < 0.01  # 14 s in parts of 6 s at most
    assert (tmp_path / "bridge.vtt").read_text(encoding="utf-8").startswith("WEBVTT\n\n")


def test_timed_at_the_talents_rate_and_tape_at_its_length():
    slow, fast = build_captions([story(120)]), build_captions([story(200)])
    assert slow[-1].end > fast[-1].end
    bite = next(c for c in slow if "gamble" in " ".join(c.lines))
    first_of_bite = next(c for c in slow if " ".join(c.lines).startswith("We are not"))
    last_of_bite = next(c for c in slow if " ".join(c.lines).endswith("one more day."))
    assert bite.start >= first_of_bite.start and abs(last_of_bite.end - first_of_bite.start - 7) < 1e-6
    read_before = story(120).segments[1].seconds
    assert abs(first_of_bite.start - read_before) < 1e-6  # the bite starts when the read copy ends


def test_breaks_at_phrases_not_after_articles():
    caps = build_captions([story()])
    texts = [" ".join(c.lines) for c in caps]
    for text in texts:
        assert text.split()[-1].lower() not in {"the", "a", "an", "of", "to"}, text
    assert any(t.endswith("repairs,") or t.endswith("supports.") for t in texts)
    assert "Repairs start Monday morning." in " ".join(texts)
    assert not any("Luis" in t and "Repairs" in t for t in texts)  # a pause and a speaker change start a new caption


def test_pronouncer_guides_are_not_captioned():
    st_ = time_story(Story(segments=[Narration(text="Fumio Kishida (foo-MEE-oh kee-SHEE-dah) said (in Tokyo) it is over.")]), 160)
    text = " ".join(" ".join(c.lines) for c in build_captions([st_]))
    assert text == "Fumio Kishida said (in Tokyo) it is over."


def test_combined_stories_follow_each_other(tmp_path):
    one, two = story(slug="ONE"), story(slug="TWO")
    out = tmp_path / "book.srt"
    write_captions([one, two], load_style("tv"), out)
    cues = srt_cues(out)
    check_rules(cues, one.total_seconds + two.total_seconds)
    second_start = next(start for start, _, lines in cues if lines[0].startswith("City") and start > 0)
    assert abs(second_start - one.total_seconds) < 0.002


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=50), min_size=1, max_size=120),
    st.sampled_from([".", ",", "", ""]),
    st.floats(min_value=60, max_value=400),
)
def test_any_copy_keeps_the_rules(tokens, punct, wpm):
    text = " ".join(t + (punct if i % 7 == 6 else "") for i, t in enumerate(tokens))
    st_ = time_story(Story(segments=[Narration(text=text)]), wpm)
    caps = build_captions([st_])
    cues = [(c.start, c.end, c.lines) for c in caps]
    previous_end = 0.0
    for start, end, lines in cues:
        assert len(lines) <= 2 and all(len(line) <= MAX_CHARS for line in lines)
        assert start >= previous_end - 1e-9 and end > start
        previous_end = end
    assert abs(cues[-1][1] - st_.total_seconds) < 1e-6
    shown = " ".join(" ".join(lines) for _, _, lines in cues).replace(" ", "")
    assert shown == text.replace(" ", "")  # every word, in order (long words cut at 42)


def test_cli_writes_srt_and_vtt(tmp_path):
    src = tmp_path / "fire.txt"
    src.write_text(
        "SLUG: FIRE\n\nA fire broke out downtown this morning, and crews are still on the scene.\n\n[SOT: CHIEF ANA ROSS :08]\n\nThe cause is not known yet.\n",
        encoding="utf-8",
    )
    for ext in ("srt", "vtt"):
        out = tmp_path / f"fire.{ext}"
        run = subprocess.run([sys.executable, "-m", "scriptfmt", "format", str(src), "-o", str(out)], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
    subs = list(srt.parse((tmp_path / "fire.srt").read_text(encoding="utf-8")))
    labels = [s for s in subs if s.content.startswith("[SOT: ") and s.content.endswith("ANA ROSS]")]  # CHIEF: title or name, the parser's call
    assert len(labels) == 2 and sum((s.end - s.start for s in labels), timedelta()) == timedelta(seconds=8)
    vtt = webvtt.read(str(tmp_path / "fire.vtt"))
    assert [c.text for c in vtt] == [s.content for s in subs]


def test_a_short_sentence_still_gets_a_second_and_a_closing_pause_is_covered(tmp_path):
    segs = [
        Narration(text="Good evening."),
        Soundbite(text="We will not stop until the job is done, and that is a promise to every family here.", speaker=Speaker("Ann Lee"), duration=6),
        Narration(text="Thanks. More at ten."),
        Cue(text="pause", cue_type="PAUSE"),
    ]
    st_ = time_story(Story(segments=segs), 160)
    assert st_.segments[0].seconds < 1  # two words at 160 wpm
    out = tmp_path / "short.vtt"
    write_captions([st_], load_style("tv"), out)
    cues = vtt_cues(out)
    check_rules(cues, st_.total_seconds)
    assert cues[0][2] == ["Good evening."] and cues[0][1] - cues[0][0] >= 1.0
    assert all(end - start >= 1.0 for start, end, _ in cues)


def test_all_caps_copy_breaks_at_phrases_too():
    text = "CREWS FROM FOUR STATIONS BATTLED THE FLAMES FOR TWO HOURS BEFORE GETTING THEM UNDER CONTROL. FIRE CHIEF ROSA MENDEZ SAYS NO ONE WAS HURT."
    caps = build_captions([time_story(Story(segments=[Narration(text=text)]), 160)])
    for cap in caps:
        for line in cap.lines:
            assert line.split()[-1].lower() not in {"the", "a", "of"}, cap.lines


def test_a_story_with_nothing_to_caption_adds_time_but_no_caption():
    cues_only = time_story(Story(segments=[Cue(text="pause", cue_type="PAUSE"), Cue(text="TAKE VO", cue_type="VO")], metadata={"slug": "BREAK"}), 160)
    one, two = story(slug="ONE"), story(slug="TWO")
    caps = build_captions([one, cues_only, two])
    assert abs(caps[-1].end - (one.total_seconds + cues_only.total_seconds + two.total_seconds)) < 1e-6
    first_of_two = next(c for c in caps if c.start >= one.total_seconds)
    assert first_of_two.start >= one.total_seconds + cues_only.total_seconds - 1e-6
    assert max(c.end for c in caps if c.start < one.total_seconds) <= one.total_seconds + 1e-6


def test_a_co_anchor_line_starts_a_new_caption():
    segs = [Narration(text="Good evening, I'm Maria Lopez."), Narration(text="And I'm Tom Reyes.", talent="TOM")]
    caps = build_captions([time_story(Story(segments=segs), 160)])
    assert [c.lines for c in caps] == [["Good evening, I'm Maria Lopez."], ["And I'm Tom Reyes."]]


def test_tape_without_transcript_is_labelled_sot_whatever_its_kind():
    segs = [Soundbite(text="", speaker=Speaker("Denise Hollis"), duration=4, tape="ACT"), Soundbite(text="", duration=3, tape="PKG")]
    caps = build_captions([time_story(Story(segments=segs), 160)])
    assert [(c.lines, round(c.end - c.start, 3)) for c in caps] == [(["[SOT: DENISE HOLLIS]"], 4.0), (["[SOT]"], 3.0)]
