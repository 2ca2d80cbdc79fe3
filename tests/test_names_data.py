"""A newsroom adds its own names as data: $SCRIPTFMT_NAMES names TOML files shaped like
styles/names.toml (first names with gender, honorifics, role nouns …)."""

from __future__ import annotations

import pytest

from scriptfmt.errors import UserError
from scriptfmt.parse import parse_text
from scriptfmt.parse.names import NEWSROOM_FILES, name_data

STORY = """Thandiwe Mokoena and Sipho Dlamini run the shelter together.

Dlamini said the roof leaks. "We need beds before we need paint," she said.
"""


@pytest.fixture
def fresh_names():
    name_data.cache_clear()
    yield
    name_data.cache_clear()


def bites(story):
    return [s for s in story.segments if s.kind == "soundbite"]


def test_without_the_newsroom_file_the_subject_is_taken(fresh_names, monkeypatch):
    monkeypatch.delenv(NEWSROOM_FILES, raising=False)
    (bite,) = bites(parse_text(STORY))
    assert bite.speaker.name == "Sipho Dlamini"  # no gender known: the sentence's subject


def test_a_newsroom_first_name_gives_the_gender_evidence(fresh_names, monkeypatch, tmp_path):
    extra = tmp_path / "names.toml"
    extra.write_text('[first_names]\nfemale = ["Thandiwe"]\nmale = ["Sipho"]\n', encoding="utf-8")
    monkeypatch.setenv(NEWSROOM_FILES, str(extra))
    (bite,) = bites(parse_text(STORY))
    assert bite.speaker.name == "Thandiwe Mokoena"
    assert bite.why == "said-after/pronoun"


def test_a_newsroom_honorific_is_not_part_of_the_name(fresh_names, monkeypatch, tmp_path):
    extra = tmp_path / "names.toml"
    extra.write_text('[honorifics]\n"Ndugu" = ""\n', encoding="utf-8")
    monkeypatch.setenv(NEWSROOM_FILES, str(extra))
    (bite,) = bites(parse_text('"The well is dry again," said Ndugu Baraka Otieno.'))
    assert bite.speaker.name == "Baraka Otieno"


def test_a_broken_newsroom_file_is_a_clear_error(fresh_names, monkeypatch, tmp_path):
    extra = tmp_path / "names.toml"
    extra.write_text("[first_names\n", encoding="utf-8")
    monkeypatch.setenv(NEWSROOM_FILES, str(extra))
    with pytest.raises(UserError):
        parse_text(STORY)
