"""Timing: read rates, soundbite durations given or estimated, pauses, broadcast time format."""

import pytest

from scriptfmt.errors import UserError
from scriptfmt.model import Cue, Narration, Soundbite, Speaker, Story
from scriptfmt.parse import parse_text
from scriptfmt.spoken import count_spoken_words
from scriptfmt.timing import format_duration, parse_duration, time_story


@pytest.mark.parametrize("text,seconds", [(":15", 15), ("0:15", 15), ("1:30", 90), ("92", 92), ("1:02:03", 3723), ("12.5", 12.5)])
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["1:75", "-0:10", "", "abc", "1:2:3:4", "0:60"])
def test_bad_durations_are_user_errors(text):
    with pytest.raises(UserError):
        parse_duration(text)


@pytest.mark.parametrize("seconds,text", [(15, ":15"), (0, ":00"), (90, "1:30"), (59.6, "1:00"), (3723, "1:02:03"), (-42, "-:42")])
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text


def test_signed_format():
    assert format_duration(42, signed=True) == "+:42"


def story(*segments):
    return Story(segments=list(segments))


def test_narration_read_time_follows_the_rate():
    s = time_story(story(Narration("one two three four five six seven eight nine ten " * 16)), wpm=160)
    assert s.segments[0].words == 160
    assert s.segments[0].seconds == pytest.approx(60)
    s = time_story(story(Narration("one two three four five six seven eight nine ten " * 18)), wpm=180)
    assert s.segments[0].seconds == pytest.approx(60)


def test_given_soundbite_duration_wins_and_is_not_estimated():
    bite = Soundbite("a b c d e f", speaker=Speaker("Jane Doe"), duration=14)
    time_story(story(bite), wpm=160)
    assert (bite.seconds, bite.estimated) == (14, False)


def test_soundbite_without_duration_is_estimated_at_150_wpm():
    bite = Soundbite(" ".join(["word"] * 30), speaker=Speaker("Jane Doe"))
    time_story(story(bite), wpm=160)
    assert bite.estimated and bite.seconds == pytest.approx(12)


def test_cues_take_no_time_except_pauses():
    s = time_story(story(Cue("TAKE VO", cue_type="VO"), Cue("PAUSE", cue_type="PAUSE")), wpm=160, pause_seconds=0.5)
    assert [c.seconds for c in s.segments] == [0, 0.5]
    s = time_story(story(Cue("PAUSE", cue_type="PAUSE")), wpm=160, pause_seconds=1.25)
    assert s.total_seconds == 1.25


def test_total_is_read_plus_media():
    s = time_story(parse_text('Mayor Ana Ruiz spoke tonight. [SOT: ANA RUIZ :10]\nThe vote is Friday.'), wpm=160)
    assert s.total_seconds == pytest.approx(s.read_seconds + s.media_seconds)
    assert s.media_seconds == 10


@pytest.mark.parametrize("written,spoken_words", [
    ("$1.5 billion", 4),      # one point five billion dollars
    ("90%", 2),               # ninety percent
    ("U.S.", 2),              # U S
    ("2021", 3),              # twenty twenty-one
])
def test_spoken_words_not_written_words(written, spoken_words):
    assert count_spoken_words(written) >= spoken_words
    assert count_spoken_words(written) > len(written.split())
