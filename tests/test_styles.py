"""Styles are data: built-ins load complete, user files extend them, bad keys are one-line errors."""

from __future__ import annotations

import pytest

from scriptfmt.errors import UserError
from scriptfmt.styles import REQUIRED, SCHEMA, builtin_names, load_style


@pytest.mark.parametrize("name", ["tv", "radio", "prompter"])
def test_builtins_complete_and_valid(name):
    style = load_style(name)
    assert all(key in style.values for key in REQUIRED)
    assert style.read_rate_wpm > 0 and style.soundbite_wpm > 0 and style.pause_seconds >= 0


def test_builtin_names_skip_data_files():
    assert {"tv", "radio", "prompter"} <= set(builtin_names())
    assert "cues" not in builtin_names()


def test_defaults_match_the_brief():
    tv, radio, prompter = load_style("tv"), load_style("radio"), load_style("prompter")
    assert tv["layout"] == "split" and tv["text.read_case"] == "upper" and tv["page.size"] == "letter"
    assert tv["text.line_spacing"] == 2.0
    assert radio["layout"] == "single" and radio.read_rate_wpm == 180 and radio["marks.end"] == "###"
    assert prompter["layout"] == "prompter" and prompter["marks.end"] == "none"


def write(tmp_path, text: str) -> str:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_user_style_extends_and_overrides(tmp_path):
    style = load_style(write(tmp_path, 'extends = "tv"\n[page]\nsize = "a4"\n[marks]\nend = "-30-"\n[header]\nfields = ["slug", "page"]\n'))
    assert style["page.size"] == "a4" and style["marks.end"] == "-30-" and style["header.fields"] == ["slug", "page"]
    assert style["font.size"] == load_style("tv")["font.size"]  # inherited


def test_extends_a_relative_user_file(tmp_path):
    (tmp_path / "base.toml").write_text('extends = "radio"\n[font]\nsize = 16\n', encoding="utf-8")
    style = load_style(write(tmp_path, 'extends = "base.toml"\n[text]\nread_case = "upper"\n'))
    assert style["font.size"] == 16 and style["layout"] == "single" and style["text.read_case"] == "upper"


@pytest.mark.parametrize(
    "text,key",
    [
        ('extends = "tv"\n[page]\nsise = "a4"\n', "page.sise"),
        ('extends = "tv"\n[page]\nsize = "a5"\n', "page.size"),
        ('extends = "tv"\n[font]\nsize = "big"\n', "font.size"),
        ('extends = "tv"\n[text]\nline_spacing = 9\n', "text.line_spacing"),
        ('extends = "tv"\n[marks]\nend = "THE END"\n', "marks.end"),
        ('extends = "tv"\n[header]\nfields = ["slug", "weather"]\n', "header.fields"),
        ('extends = "tv"\n[prompter]\nwrap = true\n', "prompter.wrap"),
        ('extends = "tv"\n[columns]\nleft_width = 0.9\n', "columns.left_width"),
    ],
)
def test_bad_key_or_value_is_one_line_naming_file_and_key(tmp_path, text, key):
    path = write(tmp_path, text)
    with pytest.raises(UserError) as err:
        load_style(path)
    message = str(err.value)
    assert "\n" not in message and path in message and repr(key) in message


def test_missing_keys_without_extends(tmp_path):
    with pytest.raises(UserError, match="extends"):
        load_style(write(tmp_path, 'medium = "tv"\n'))


def test_unknown_builtin_and_missing_file(tmp_path):
    with pytest.raises(UserError, match="unknown style"):
        load_style("newsreel")
    with pytest.raises(UserError, match="not found"):
        load_style(str(tmp_path / "nope.toml"))


def test_every_schema_key_is_documented_in_tv_toml():
    from scriptfmt.styles import builtin_dir

    text = (builtin_dir() / "tv.toml").read_text(encoding="utf-8")
    for key in SCHEMA:
        assert key.rsplit(".", 1)[-1] in text, key
