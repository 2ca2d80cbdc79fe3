"""`scriptfmt lint`: what a copy editor flags in read copy, one line per finding, exit 1 when any."""

from pathlib import Path

import pytest

from scriptfmt.cli import main
from scriptfmt.lint import lint_story, words
from scriptfmt.sentences import sentences
from scriptfmt.model import Narration, Soundbite, Speaker, Story
from scriptfmt.parse import parse_text

ROOT = Path(__file__).parent.parent
EXAMPLE = str(ROOT / "examples" / "japan-us-summit.txt")


def lint_text(text: str):
    return lint_story(parse_text(text, "t.txt"), text)


def run(capsys, *args):
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


LONG = ("The state transportation department said on Friday that the bridge, which carries more than "
        "forty thousand cars a day across the river, would stay closed through the end of the month for repairs.")


def test_long_sentence():
    found = lint_text(f"Officials say the bridge is closed.\n{LONG}\n")
    assert [(f.line, f.rule) for f in found] == [(2, "long-sentence")]
    assert "33 words (over 25)" in found[0].message


def test_sentence_of_25_words_passes():
    text = " ".join(["word"] * 24) + " end."
    assert words(text) == 25
    assert lint_text(text) == []


def test_abbreviations_do_not_split_sentences():
    text = "Sen. Chuck Schumer of N.Y. met Gov. Kathy Hochul on Nov. 1 in Washington, D.C. with aides."
    assert len(sentences(text)) == 1


def test_yesterday_and_tomorrow():
    found = lint_text("Yesterday the council met.\nThe vote is expected tomorrow, officials say.\n")
    assert [(f.line, f.rule) for f in found] == [(1, "time-element"), (2, "time-element")]
    assert "'Yesterday' dates the copy" in found[0].message


def test_yesterday_inside_a_word_is_fine():
    assert lint_text("The Yesterdays played a reunion show.") == []


def test_attribution_after_a_long_quote():
    text = '"We will not back down from this fight, not now and not ever, whatever it costs," Gov. Kathy Hochul said.\n'
    found = lint_text(text)
    assert [(f.line, f.rule) for f in found] == [(1, "late-attribution")]
    assert "16-word" in found[0].message  # the parser may make the quote a soundbite


def test_attribution_first_or_short_quote_is_fine():
    assert lint_text('Gov. Kathy Hochul said, "We will not back down from this fight, not now and not ever."') == []
    assert lint_text('"Not now," Hochul said.') == []


def test_attribution_after_a_soundbite():
    bite = Soundbite(text="We will not back down from this fight, not now and not ever, whatever it costs.", speaker=Speaker("Kathy Hochul"), line=2)
    story = Story(segments=[Narration(text="The governor was defiant.", line=1), bite, Narration(text="Hochul said in Albany.", line=3)])
    found = lint_story(story)
    assert [(f.line, f.rule) for f in found] == [(3, "late-attribution")]


def test_quote_of_three_sentences_read_by_the_anchor():
    text = 'Smith told reporters "The levee held. The pumps worked. Nobody was hurt." after the storm.\n'
    found = lint_text(text)
    assert [(f.line, f.rule) for f in found] == [(1, "long-quote")]
    assert "3-sentence quote" in found[0].message


def test_quote_of_two_sentences_is_fine():
    assert lint_text('Smith told reporters "The levee held. The pumps worked." after the storm.') == []


def test_soundbites_are_not_linted():
    story = Story(segments=[Soundbite(text="Yesterday was awful. " + LONG, speaker=Speaker("A"), line=1)])
    assert lint_story(story) == []


def test_cli_reports_file_line_message_and_exits_1(capsys, tmp_path):
    copy = tmp_path / "fire.txt"
    copy.write_text(f"Crews worked through the night.\n\n{LONG}\n\nThe fire started yesterday.\n", encoding="utf-8")
    code, out, err = run(capsys, "lint", str(copy), EXAMPLE)
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"{copy}:3: sentence has 33 words (over 25): break it up, one idea per sentence"
    assert lines[1].startswith(f"{copy}:5: 'yesterday' dates the copy")
    assert any(line.startswith(f"{EXAMPLE}:2: sentence has 37 words") for line in lines)
    assert all(":" in line for line in lines)


def test_cli_clean_copy_exits_0(capsys, tmp_path):
    copy = tmp_path / "clean.txt"
    copy.write_text("Crews contained the fire. Nobody was hurt.\n", encoding="utf-8")
    code, out, err = run(capsys, "lint", str(copy))
    assert (code, out, err) == (0, "", "")


def test_cli_max_words_option(capsys, tmp_path):
    copy = tmp_path / "clean.txt"
    copy.write_text("Crews contained the fire on the east side of town tonight.\n", encoding="utf-8")
    assert run(capsys, "lint", "--max-words", "8", str(copy))[0] == 1
    assert run(capsys, "lint", str(copy))[0] == 0


def test_cli_missing_file_is_one_line_exit_2(capsys, tmp_path):
    code, out, err = run(capsys, "lint", str(tmp_path / "nope.txt"))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "no such file" in err
