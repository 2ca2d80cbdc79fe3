"""Spoken-word counting: what the anchor says, not what the wire wrote.

Each case is a realistic wire sentence; the expected spoken words are spelled out so a
reader can check the count by eye. A word is a run of letters or digits; hyphens
separate words ("twenty-one" is two, "F-B-I" three).
"""

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from scriptfmt.broadcast import rewrite
from scriptfmt.spoken import count_spoken_words, is_pronouncer_guide, to_spoken

WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’]\p{L}+)*")


def n(words: str) -> int:
    return len(WORD.findall(words))


# (wire copy, what the anchor says)
SPOKEN = [
    # thousands separators and big numbers
    ("The county has 1,384,234 residents.", "The county has one million three hundred eighty-four thousand two hundred thirty-four residents."),
    ("Police counted 21,450 marchers.", "Police counted twenty-one thousand four hundred fifty marchers."),
    ("About 4,500 people fled.", "About forty-five hundred people fled."),
    ("The plant employs 250 workers.", "The plant employs two hundred fifty workers."),
    # decimals, currencies, scale words
    ("Congress approved $1.5 billion in aid.", "Congress approved one-point-five billion dollars in aid."),
    ("The company paid $6 million.", "The company paid six-million dollars."),
    ("Gas rose to $3.49 a gallon.", "Gas rose to three dollars and forty-nine cents a gallon."),
    ("Stamps cost $0.73 each.", "Stamps cost seventy-three cents each."),
    ("The fine was €250,000.", "The fine was two hundred fifty thousand euros."),
    ("Tickets cost £45.", "Tickets cost forty-five pounds."),
    ("Inflation eased to 3.2 percent.", "Inflation eased to three-point-two percent."),
    # percentages
    ("About 90% of voters agreed.", "About ninety percent of voters agreed."),
    ("Shares fell 12.5% on Friday.", "Shares fell twelve-point-five percent on Friday."),
    # negatives and temperatures
    ("Lows will reach -5°F overnight.", "Lows will reach minus five degrees Fahrenheit overnight."),
    ("It was -12 degrees in Fargo.", "It was minus twelve degrees in Fargo."),
    ("The high was 75° in Miami.", "The high was seventy-five degrees in Miami."),
    # fractions
    ("Nearly 2/3 of the town flooded.", "Nearly two-thirds of the town flooded."),
    ("The storm dropped 1 1/2 inches of rain.", "The storm dropped one-and-a-half inches of rain."),
    ("Rates rose ¼ point.", "Rates rose one-quarter point."),
    # times and dates
    ("Polls close at 6:30 p.m. Eastern.", "Polls close at six-thirty p-m Eastern."),
    ("The hearing starts at 10:05 a.m.", "The hearing starts at ten-oh-five a-m."),
    ("The vote is Nov. 1.", "The vote is November first."),
    ("The law took effect Jan. 21, 2021.", "The law took effect January twenty-first, twenty twenty-one."),
    ("It opened in 1905.", "It opened in nineteen oh-five."),
    ("Sales peaked in 2008.", "Sales peaked in two thousand eight."),
    ("Music of the 1990s", "Music of the nineteen nineties"),
    ("the 21st century", "the twenty-first century"),
    # scores, votes and ranges
    ("The Yankees won 3-2 in 10 innings.", "The Yankees won three-two in ten innings."),
    ("The Senate voted 52-48 to confirm.", "The Senate voted fifty-two forty-eight to confirm."),
    ("Forecasters expect 6-10 inches of snow.", "Forecasters expect six to ten inches of snow."),
    ("Between 2030-2035 the plan runs.", "Between twenty thirty to twenty thirty-five the plan runs."),
    # phone numbers and URLs stay sensible
    ("Call 202-555-0143 for help.", "Call two oh two five five five oh one four three for help."),
    ("Visit ready.gov for a checklist.", "Visit ready dot gov for a checklist."),
    ("Email tips@example.com today.", "Email tips at example dot com today."),
    # abbreviations, initialisms, acronyms, symbols
    ("The U.S. and Japan signed.", "The U-S and Japan signed."),
    ("Sen. Chuck Schumer, D-N.Y., spoke.", "Senator Chuck Schumer, Democrat of New York, spoke."),
    ("The FBI and NATO met.", "The F-B-I and NATO met."),
    ("AT&T and Johnson & Johnson", "A-T-and-T and Johnson and Johnson"),
    ("The NAACP said so.", "The N-double-A-C-P said so."),
    ("a US-China conflict", "a U-S-China conflict"),
    ("The No. 1 seed lost.", "The number one seed lost."),
    ("winds of 40 mph", "winds of forty miles-per-hour"),
    # pronouncer guides are directions, not read
    ("Fumio Kishida (kee-SHEE-dah) spoke.", "Fumio Kishida spoke."),
]


@pytest.mark.parametrize("copy, spoken", SPOKEN, ids=[c for c, _ in SPOKEN])
def test_count_is_the_spoken_words(copy, spoken):
    assert count_spoken_words(copy) == n(spoken)


@pytest.mark.parametrize(
    "copy, spoken",
    [
        ("The county has 1,384,234 residents.", "The county has one-million three hundred eighty-four thousand two hundred thirty-four residents."),
        ("Congress approved $1.5 billion in aid.", "Congress approved one-point-five billion dollars in aid."),
        ("Polls close at 6:30 p.m. Eastern.", "Polls close at six-thirty p-m Eastern."),
        ("It opened in 2021.", "It opened in twenty twenty-one."),
        ("Call 202-555-0143.", "Call two oh two five five five oh one four three."),
        ("Fumio Kishida (kee-SHEE-dah) spoke.", "Fumio Kishida spoke."),
    ],
)
def test_to_spoken_reads_naturally(copy, spoken):
    assert to_spoken(copy) == spoken


def test_digits_hide_syllables():
    # "1,384,234" is one token on the page and eleven spoken words
    assert count_spoken_words("1,384,234") == 11
    assert count_spoken_words("strawberry") == 1


def test_plain_copy_counts_words():
    assert count_spoken_words("Officials say the bridge will reopen next week.") == 8
    assert count_spoken_words("") == 0
    assert count_spoken_words("   \n\n ") == 0
    assert count_spoken_words("[…] — //") == 0


def test_the_count_is_the_same_as_written_and_as_rewritten():
    for copy, _ in SPOKEN:
        rewritten, _changes = rewrite(copy)
        assert count_spoken_words(rewritten) == count_spoken_words(copy), (copy, rewritten)


def test_all_caps_copy_keeps_the_word_us():
    assert to_spoken("TELL US WHAT YOU THINK") == "TELL US WHAT YOU THINK"
    assert to_spoken("Tell US officials") == "Tell U-S officials"


def test_pronouncer_guides_are_recognised():
    assert is_pronouncer_guide("kee-SHEE-dah")
    assert is_pronouncer_guide("BWAY-NOHS-AIR-EES")
    assert is_pronouncer_guide("pron. keev")
    assert not is_pronouncer_guide("F-B-I")
    assert not is_pronouncer_guide("AFL-CIO")
    assert not is_pronouncer_guide("state-of-the-art")
    assert count_spoken_words("a state-of-the-art (and costly) plant") == 8


@pytest.mark.parametrize(
    "hostile",
    [
        "1" * 20_000,
        "1," * 10_000,
        "$" * 5_000 + "1.5",
        "." * 20_000,
        "U.S.-" * 5_000,
        "&" * 10_000,
        "(" * 10_000 + "kee-SHEE",
        "A" + "_" * 20_000,
        "9" * 5000 + "%",
        "-" * 10_000 + "5",
        "\x00\x7f\ufffd\u200b" * 1000,
        "99999999999999999999999999999.5 billion",
        "1/0 0/0 99/99 5:99 25:00 $.5 $. .5%",
    ],
)
def test_hostile_input_never_raises(hostile):
    assert count_spoken_words(hostile) >= 0
    assert isinstance(to_spoken(hostile), str)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,.:-/$%&°½ aAbBsSUTpm.\n()'\"")), max_size=60))
def test_any_copy_is_counted_without_error(text):
    assert count_spoken_words(text) >= 0


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_unicode_is_counted_without_error(text):
    assert count_spoken_words(text) >= 0
