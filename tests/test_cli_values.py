"""The CLI's own coercion of plain values (scriptfmt/app.py, which spares `time` the pydantic
import) gives what Typer's pydantic coercion gives, and hands everything else to Typer."""

from __future__ import annotations

import pytest
import typer
from typer._coercion import build_runtime_param, resolve_type_descriptor
from typer.models import OptionInfo

from scriptfmt.app import _TYPER_DECIDES, plain_value
from scriptfmt.cli import main

VALUES = ["150", " 150 ", "1_000", "1e400", "-0", "+5", "1.", ".5", "007", "5.0e-3", "0.1", "nan", "inf", "abc", "", "0x10",
          "١٢٣", "12", "9" * 30, "a\udcff", 150, 150.0, True, False, None]


def typer_coerces(annotation, value):
    descriptor = resolve_type_descriptor(annotation, OptionInfo())
    try:
        return build_runtime_param(descriptor)._coerce_value(value, param=None, ctx=None)
    except Exception as exc:  # BadParameter from Typer, or what pydantic raised
        return type(exc)


@pytest.mark.parametrize("annotation", [str, float, int, bool, list[str]])
@pytest.mark.parametrize("value", VALUES + [("a", "b"), ["a"], ("a", 1)], ids=repr)
def test_plain_values_are_what_typer_makes_of_them(annotation, value):
    ours = plain_value(annotation, value)
    if ours is _TYPER_DECIDES:
        return
    theirs = typer_coerces(annotation, value)
    assert type(ours) is type(theirs)
    assert ours == theirs or (ours != ours and theirs != theirs)  # nan


def test_odd_values_go_to_typer():
    for annotation, value in ((float, "abc"), (float, "١٢٣"), (float, " 150 "), (int, "1.0"), (int, "9" * 30), (str, 3), (list[str], ("a", 1))):
        assert plain_value(annotation, value) is _TYPER_DECIDES


def test_a_bad_number_keeps_typers_message(capsys, tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("The council met on Tuesday.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["time", str(story), "--wpm", "abc"])
    assert exit_.value.code == 2
    assert "Invalid value for '--wpm': Input should be a valid number" in capsys.readouterr().err


def test_time_does_not_build_typers_pydantic_coercion(monkeypatch, tmp_path, capsys):
    story = tmp_path / "s.txt"
    story.write_text("The council met on Tuesday.\n", encoding="utf-8")
    built = []
    import typer._coercion as coercion

    real = coercion.build_runtime_param
    monkeypatch.setattr(coercion, "build_runtime_param", lambda d: built.append(d) or real(d))
    monkeypatch.setattr(typer.core, "build_runtime_param", lambda d: built.append(d) or real(d))
    with pytest.raises(SystemExit) as exit_:
        main(["time", str(story), "--wpm", "150", "--style", "tv"])
    assert exit_.value.code == 0
    assert "150 wpm" in capsys.readouterr().out
    assert built == []
