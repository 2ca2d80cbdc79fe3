"""One sentence splitter (scriptfmt.sentences), its lists in styles/abbreviations.toml."""

import pytest

from scriptfmt import tomlfile
from scriptfmt.sentences import first_sentence_end, is_sentence_end, sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sen. Mark Ellery spoke first. The vote came later.", ["Sen. Mark Ellery spoke first.", "The vote came later."]),
        ("Talks in the U.S. The ministers left.", ["Talks in the U.S.", "The ministers left."]),
        ("Officials from the U.S. Navy arrived.", ["Officials from the U.S. Navy arrived."]),
        ("It opens Nov. 5. Tickets are free.", ["It opens Nov. 5.", "Tickets are free."]),
        ("It starts at 9 a.m. Tuesday. Doors open early.", ["It starts at 9 a.m. Tuesday.", "Doors open early."]),
        ("Take No. 5 north. He said no. Then he left.", ["Take No. 5 north.", "He said no.", "Then he left."]),
        ("She thanked J. Ruiz. Then she sat down.", ["She thanked J. Ruiz.", "Then she sat down."]),
        ("Why? \"Because.\" He left!", ["Why?", "\"Because.\"", "He left!"]),
        ("SEN. ELLERY SPOKE. THE HOUSE VOTED.", ["SEN. ELLERY SPOKE.", "THE HOUSE VOTED."]),
        ("It fell 4 p.c. in May. prices rose.", ["It fell 4 p.c. in May. prices rose."]),  # no capital: no break
    ],
)
def test_sentences(text, expected):
    assert [s for _, s in sentences(text)] == expected
    assert all(text[off : off + len(s)] == s for off, s in sentences(text))


def test_every_title_in_the_data_never_ends_a_sentence():
    for title in tomlfile.load_builtin("abbreviations.toml")["sentences"]["titles"]:
        assert not is_sentence_end(title, "Ellery"), title
        assert [s for _, s in sentences(f"It was {title} Ellery. Then")] == [f"It was {title} Ellery.", "Then"]


def test_word_alone():
    assert is_sentence_end("said.") and is_sentence_end("it?”") and is_sentence_end("done.)")
    assert not is_sentence_end("U.S.") and not is_sentence_end("Dr.") and not is_sentence_end("word")
    assert is_sentence_end("U.S.", "The")


def test_first_sentence_end():
    text = "said Mayor Ana Ruiz. The shelters open at 6 p.m. Friday."
    assert text[: first_sentence_end(text)] == "said Mayor Ana Ruiz."
    assert first_sentence_end("no end here") == len("no end here")
    assert first_sentence_end("one paragraph\n\nTwo. Three.") == len("one paragraph\n\nTwo. Three.")
