"""The broadcast-style pass: wire copy rewritten for the ear, one rule per case.

Cases are realistic wire sentences; the expected text is what the anchor script shows.
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scriptfmt.broadcast import rewrite
from scriptfmt.broadcast.data import load_abbreviations, load_pronouncers
from scriptfmt.errors import UserError
from scriptfmt.model import Cue, Narration, Soundbite, Speaker, Story
from scriptfmt.parse import parse_text
from scriptfmt.spoken import apply_broadcast_style, count_spoken_words
from scriptfmt.timing import time_story

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "japan-us-summit.txt"
NAMES = str(ROOT / "examples" / "japan-us-summit.pronouncers.toml")  # the example's own pronouncers

REWRITES = [
    # numbers: one to nine and round tens in words, 11-999 in digits, bigger as said
    ("Five people were hurt.", "Five people were hurt."),
    ("Officials said 5 people were hurt.", "Officials said five people were hurt."),
    ("Crews rescued 40 people.", "Crews rescued forty people."),
    ("Crews rescued 47 people.", "Crews rescued 47 people."),
    ("The blaze destroyed 21,450 acres.", "The blaze destroyed 21-thousand-450 acres."),
    ("The county has 1,384,234 residents.", "The county has one-million-384-thousand-234 residents."),
    ("About 4,500 people fled.", "About 45-hundred people fled."),
    ("The loss was 6 million tons.", "The loss was six-million tons."),
    ("The city has 2,000 buses.", "The city has two-thousand buses."),
    # decimals, money, percent, degrees, cents
    ("Congress approved $1.5 billion in aid.", "Congress approved one-point-five billion dollars in aid."),
    ("The company paid $6 million.", "The company paid six-million dollars."),
    ("Gas rose to $3.49 a gallon.", "Gas rose to three dollars and 49 cents a gallon."),
    ("Stamps cost $0.73.", "Stamps cost 73 cents."),
    ("The bill was $1.", "The bill was one dollar."),
    ("Britain's £2bn plan", "Britain's two-billion-pound plan"),
    ("It cost £2bn.", "It cost two-billion pounds."),
    ("The $1.5 billion plan passed.", "The one-point-five-billion-dollar plan passed."),
    ("5 people died. 3 were hurt.", "Five people died. Three were hurt."),
    ("1st Lt. Jane Smith testified.", "First Lieutenant Jane Smith testified."),
    ("Police said: 90% agree.", "Police said: ninety percent agree."),
    ("About 90% of voters agreed.", "About ninety percent of voters agreed."),
    ("Shares fell 12.5% on Friday.", "Shares fell 12-point-five percent on Friday."),
    ("GDP grew 0.3% last quarter.", "G-D-P grew zero-point-three percent last quarter."),
    ("Lows near -5°F", "Lows near minus five degrees Fahrenheit"),
    ("It was 30°C in Paris.", "It was thirty degrees Celsius in Paris."),
    ("The stock fell -2.5%.", "The stock fell minus two-point-five percent."),
    # fractions
    ("Nearly 2/3 of the town flooded.", "Nearly two-thirds of the town flooded."),
    ("The storm dropped 1 1/2 inches.", "The storm dropped one-and-a-half inches."),
    ("Rates rose ¼ point.", "Rates rose one-quarter point."),
    ("The 9/11 attacks", "The 9/11 attacks"),
    # years stay numerals; dates and ordinals
    ("In 2021, exports fell.", "In 2021, exports fell."),
    ("The vote is Nov. 1.", "The vote is November first."),
    ("The law took effect Jan. 21, 2021.", "The law took effect January 21st, 2021."),
    ("The trial opens March 3.", "The trial opens March third."),
    ("He finished 1st and she was 2nd.", "He finished first and she was second."),
    ("a 5th Amendment claim", "a Fifth Amendment claim"),
    ("the 1990s", "the 1990s"),
    # times
    ("Polls close at 6:30 p.m. Eastern.", "Polls close at six-thirty p-m Eastern."),
    ("The hearing starts at 10:05 a.m. Tuesday.", "The hearing starts at ten-oh-five a-m Tuesday."),
    ("Doors open at 6:00 p.m.", "Doors open at six p-m."),
    # ranges and scores
    ("Forecasters expect 6-10 inches of snow.", "Forecasters expect six to ten inches of snow."),
    ("Prices rose 20-30% this year.", "Prices rose twenty to thirty percent this year."),
    ("The plan costs $5-10 million.", "The plan costs five to ten million dollars."),
    ("Between 2030-2035 it runs.", "Between 2030 to 2035 it runs."),
    ("The Yankees won 3-2 in 10 innings.", "The Yankees won three-two in ten innings."),
    ("The Senate voted 52-48 to confirm.", "The Senate voted 52-48 to confirm."),
    ("the 2023-24 season", "the 2023-24 season"),
    # phone numbers and URLs stay as written (the anchor reads them digit by digit)
    ("Call 202-555-0143 or 1-800-555-1212.", "Call 202-555-0143 or 1-800-555-1212."),
    ("Visit ready.gov for a checklist.", "Visit ready.gov for a checklist."),
    # symbols
    ("AT&T and Johnson & Johnson", "A-T-and-T and Johnson and Johnson"),
    # abbreviations
    ("Sen. Chuck Schumer spoke.", "Senator Chuck Schumer spoke."),
    ("Gov. Gavin Newsom signed it.", "Governor Gavin Newsom signed it."),
    ("Gen. Mark Milley testified.", "General Mark Milley testified."),
    ("Lt. Gov. Dan Patrick presided.", "Lieutenant Governor Dan Patrick presided."),
    ("Crowds gathered in St. Louis.", "Crowds gathered in Saint Louis."),
    ("The shop on Main St. closed.", "The shop on Main Street closed."),
    ("The shop is on Main St.", "The shop is on Main Street."),
    ("Mulholland Dr. closed after Dr. Jane Smith", "Mulholland Drive closed after Dr. Jane Smith"),
    ("the Fifth Ave. store", "the Fifth Avenue store"),
    ("Sen. Chuck Schumer, D-N.Y., spoke.", "Senator Chuck Schumer, Democrat of New York, spoke."),
    ("Police in Jackson, Miss., said so.", "Police in Jackson, Mississippi, said so."),
    ("Acme Inc. said", "Acme Incorporated said"),
    ("The No. 1 seed lost.", "The number one seed lost."),
    ("Say no. Then leave.", "Say no. Then leave."),
    ("Winds hit 40 mph.", "Winds hit forty miles-per-hour."),
    ("Dr. Anthony Fauci and Mr. Smith", "Dr. Anthony Fauci and Mr. Smith"),
    # initialisms hyphenated, acronyms read as words stay
    ("The U.S. and Japan signed.", "The U-S and Japan signed."),
    ("Talks were held in the U.S. The deal followed.", "Talks were held in the U-S. The deal followed."),
    ("The FBI and NATO met.", "The F-B-I and NATO met."),
    ("UNICEF and the CIA", "UNICEF and the C-I-A"),
    ("a US-China conflict", "a U-S-China conflict"),
    ("The FBI's director and three CEOs", "The F-B-I's director and three C-E-Os"),
    ("The NAACP said so.", "The N-double-A-C-P said so."),
    ("a U.N. report", "a U-N report"),
    ("a 3-year-old boy", "a three-year-old boy"),
    ("COVID-19 and F-16 jets", "COVID-19 and F-16 jets"),
    # ALL-CAPS prompter copy: "US" is the word us
    ("LET US KNOW WHAT THE FBI SAID", "LET US KNOW WHAT THE F-B-I SAID"),
    ("SEN. SMITH SPOKE", "SENATOR SMITH SPOKE"),
    ("90% OF US AGREE", "NINETY PERCENT OF US AGREE"),
    # a clock reading's period can end the sentence too; the sentence after it stays whole
    ("The lot opens at 9 a.m. Parking is free.", "The lot opens at nine a-m. Parking is free."),
    ("THE LOT OPENS AT 9 A.M. PARKING IS FREE.", "THE LOT OPENS AT NINE A-M. PARKING IS FREE."),
    ("The vote is at 6:30 p.m. Tuesday.", "The vote is at six-thirty p-m Tuesday."),
    ("Polls close at 8 p.m. Eastern.", "Polls close at eight p-m Eastern."),
    # an amount in front of its noun reads as one modifier; elsewhere it stays a noun
    ("The city won a $12.5 million grant.", "The city won a 12-point-5-million-dollar grant."),
    ("A $3 million project.", "A three-million-dollar project."),
    ("He paid $12.5 million for it.", "He paid 12-point-five million dollars for it."),
    ("It raised a $3 million in aid.", "It raised a three-million dollars in aid."),
]


@pytest.mark.parametrize("copy, expected", REWRITES, ids=[c for c, _ in REWRITES])
def test_rewrite_rule(copy, expected):
    assert rewrite(copy)[0] == expected


@pytest.mark.parametrize("copy, _expected", REWRITES, ids=[c for c, _ in REWRITES])
def test_rewrite_is_idempotent_and_keeps_the_spoken_words(copy, _expected):
    once = rewrite(copy)[0]
    assert rewrite(once)[0] == once
    assert count_spoken_words(once) == count_spoken_words(copy)


def test_changes_point_into_the_input():
    copy = "Sen. Smith said the $1.5 billion plan covers 90% of the U.S."
    text, changes = rewrite(copy)
    assert [(c.old, c.new) for c in changes] == [
        ("Sen.", "Senator"), ("$1.5 billion", "one-point-five-billion-dollar"), ("90%", "ninety percent"), ("U.S.", "U-S."),
    ]
    for c in changes:
        assert copy[c.start : c.end] == c.old
    assert text == "Senator Smith said the one-point-five-billion-dollar plan covers ninety percent of the U-S."


# Tokens that once broke idempotency (the rewrite of one token changing how its neighbour reads).
TOKENS = [
    "1", "5", "12", "21,450", "$1.5", "$3.50", "billion", "million", "90%", "Nov.", "1,", "2021", "U.S.", "FBI", "NATO",
    "Sen.", "St.", "Louis", "Main", "6:30", "6:00", "p.m.", "a.m.", "3-2", "6-10", "inches", "won", "-5°F", "1/2", "½",
    "&", "AT&T", "202-555-0143", "fema.gov", "the", "The", "said", "(kee-SHEE-dah)", "No.", "D-N.Y.,", "Jackson,",
    "Miss.", "US-China", "CEOs", "1990s", "21st", "\n\n", "yesterday.", "plan", "$5-10", "20-30%", "2020-21", "1 1/2",
    "3/4", "9/11", "-", "–", '"', "“", "”", "(", ")", ".", ",", "Dr.", "Ave.", "Inc.", "Calif.", "R-Texas", "I-95",
    "COVID-19", "3-year-old", "52-48", "vote", "in", "a", "of", "0.5", "$0.99", "1,000,000", "12:45", "US", "IT", "WHO",
    "ALL", "CAPS", "No", "1.", "$1", "€5", "£2bn", "¥100", "100", "10", "15th", "2nd", "May", "March", "x",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=10), st.sampled_from([" ", "", "  "]))
def test_rewrite_is_idempotent_on_generated_copy(tokens, sep):
    copy = sep.join(tokens)
    once, changes = rewrite(copy)
    assert rewrite(once)[0] == once
    assert count_spoken_words(once) == count_spoken_words(copy)
    for c in changes:
        assert copy[c.start : c.end] == c.old


# ---- the pass over a story -----------------------------------------------------------


def story_of(*segments) -> Story:
    return Story(segments=list(segments), metadata={"slug": "SUMMIT", "dateline": "WASHINGTON (AP) Nov. 1"})


def test_only_narration_is_rewritten():
    bite = Soundbite(text="We spent $1.5 billion on the FBI.", speaker=Speaker("Jane Doe", "Sen."), line=2)
    cue = Cue(text="TAKE VO 1:30", cue_type="VO", original="[TAKE VO 1:30]", line=3)
    story = story_of(Narration(text="Sen. Smith wants $1.5 billion.", line=1), bite, cue)
    out = apply_broadcast_style(story)
    assert out.segments[0].text == "Senator Smith wants one-point-five billion dollars."
    assert out.segments[1].text == bite.text and out.segments[1].speaker == bite.speaker
    assert out.segments[2].text == cue.text and out.segments[2].original == cue.original
    assert out.metadata == story.metadata
    assert story.segments[0].text == "Sen. Smith wants $1.5 billion."  # the input story is untouched
    assert out is not story and out.segments[0] is not story.segments[0]


def test_pronouncer_after_first_mention_only():
    story = story_of(
        Narration(text="Prime Minister Fumio Kishida arrived. Kishida met Biden.", line=1),
        Soundbite(text="Kishida is my friend.", speaker=Speaker("Joe Biden")),
        Narration(text="Later Kishida left for Kyiv.", line=3),
    )
    out = apply_broadcast_style(story, pronouncers=NAMES)
    assert out.segments[0].text == "Prime Minister Fumio Kishida (FOO-mee-oh kee-SHEE-dah) arrived. Kishida met Biden."
    assert out.segments[1].text == "Kishida is my friend."
    assert out.segments[2].text == "Later Kishida left for Kyiv (KEE-yiv)."


def test_pronouncer_fixes_a_lower_case_name():
    out = apply_broadcast_style(story_of(Narration(text="aid to kyiv, officials said.")))
    assert out.segments[0].text == "aid to Kyiv (KEE-yiv), officials said."


def test_pronouncers_are_not_timed():
    story = story_of(Narration(text="Prime Minister Fumio Kishida arrived in Kyiv."))
    timed = time_story(story, 160)
    out = apply_broadcast_style(timed, pronouncers=NAMES)
    assert "(kee-SHEE-dah)" in out.segments[0].text.replace("FOO-mee-oh ", "")
    assert out.segments[0].words == timed.segments[0].words == 7
    assert time_story(out, 160).total_seconds == pytest.approx(timed.total_seconds)


def test_pronouncers_from_dict_file_and_nitf(tmp_path):
    user = tmp_path / "names.toml"
    user.write_text('"Polling" = "POH-ling"\n"Kishida" = "kih-SHEE-duh"\n', encoding="utf-8")
    story = story_of(Narration(text="Gregory Polling and Kishida spoke with Ishiba."))
    assert "Polling (POH-ling)" in apply_broadcast_style(story, pronouncers=str(user)).segments[0].text
    assert "Ishiba (ee-SHEE-bah)" in apply_broadcast_style(story, pronouncers={"Ishiba": "ee-SHEE-bah"}).segments[0].text
    story.pronouncers = {"Ishiba": "ih-SHEE-bah"}  # NITF <pronounce> wins over the built-in and user tables
    out = apply_broadcast_style(story, pronouncers={"Ishiba": "ee-SHEE-bah"}).segments[0].text
    assert "Ishiba (ih-SHEE-bah)" in out
    # a guide that does not look like one is marked, so timing still skips it
    out = apply_broadcast_style(story_of(Narration(text="Aid reached Kyiv.")), pronouncers={"Kyiv": "keev"}).segments[0].text
    assert out == "Aid reached Kyiv (pron. keev)." and count_spoken_words(out) == 3


def test_pass_is_idempotent_on_a_story():
    story = story_of(Narration(text="Fumio Kishida said the U.S. gave $1.5 billion to Kyiv on Nov. 1."))
    once = apply_broadcast_style(story)
    twice = apply_broadcast_style(once)
    assert [s.text for s in twice.segments] == [s.text for s in once.segments]


def test_user_abbreviations_extend_the_builtin(tmp_path):
    user = tmp_path / "abbr.toml"
    user.write_text('[abbreviations]\n"Cmsr." = "Commissioner"\n[initialisms]\nletters = ["WKRP"]\n[acronyms]\nwords = ["CSIS"]\n', encoding="utf-8")
    story = story_of(Narration(text="Cmsr. Lee told WKRP and CSIS about the FBI."))
    out = apply_broadcast_style(story, abbreviations=str(user))
    assert out.segments[0].text == "Commissioner Lee told W-K-R-P and CSIS about the F-B-I."
    assert apply_broadcast_style(story).segments[0].text == "Cmsr. Lee told WKRP and C-S-I-S about the F-B-I."


def test_bad_data_files_are_one_line_errors(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[abbreviations]\n'Sen.' = 5\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"bad.toml: \[abbreviations\] 'Sen.'"):
        load_abbreviations(str(bad))
    bad.write_text("not = [toml", encoding="utf-8")
    with pytest.raises(UserError, match="not valid TOML"):
        load_pronouncers(str(bad))
    with pytest.raises(UserError, match="not found"):
        load_pronouncers(str(tmp_path / "missing.toml"))


def test_builtin_data_loads_once():
    assert load_abbreviations() is load_abbreviations()
    assert load_pronouncers() is load_pronouncers()
    assert load_abbreviations().readings["FBI"] == "F-B-I" and load_abbreviations().readings["NATO"] == "NATO"
    assert load_pronouncers()["Kyiv"] == "KEE-yiv"
    assert "Kishida" not in load_pronouncers()  # the example's names live beside it, in examples/
    assert load_pronouncers(NAMES)["Kishida"] == "kee-SHEE-dah"


# ---- the user's example ----------------------------------------------------------------


def test_example_read_time_with_and_without_the_pass():
    story = time_story(parse_text(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE)), 160)
    styled = time_story(apply_broadcast_style(story, pronouncers=NAMES), 160)
    pairs = list(zip(story.segments, styled.segments))
    changed = [(a, b) for a, b in pairs if a.text != b.text]
    assert changed, "the pass adds pronouncers to the example"
    assert any("Kishida (FOO-mee-oh kee-SHEE-dah)" in b.text for _, b in changed)
    assert any("Kyiv (KEE-yiv)" in b.text for _, b in changed)
    for a, b in pairs:
        # each segment's time is its spoken words at the read rate, before and after
        assert a.words == (count_spoken_words(a.text) if not isinstance(a, Cue) else 0)
        assert b.words == a.words, (a.text, b.text)
        assert b.seconds == pytest.approx(a.seconds)
    # so the difference in read time is exactly what the spoken words say: none, as the
    # pass only writes the same words for the ear and its pronouncers are not timed
    delta_words = sum(b.words - a.words for a, b in pairs if isinstance(a, Narration))
    assert styled.read_seconds - story.read_seconds == pytest.approx(delta_words * 60 / 160) == 0
    # while a count of the printed words would have changed
    printed = sum(len(b.text.split()) - len(a.text.split()) for a, b in changed)
    assert printed > 0


def test_spoken_count_differs_from_printed_words_where_the_copy_hides_words():
    copy = "Biden said the U.S. will send $1.5 billion, about 90% of the aid, by Nov. 1."
    story = time_story(story_of(Narration(text=copy)), 180)
    # Biden said the U S will send one point five billion dollars about ninety percent of the aid by November first
    assert story.segments[0].words == 21
    assert len(copy.split()) == 16
    assert story.segments[0].seconds == pytest.approx(21 / 3)
