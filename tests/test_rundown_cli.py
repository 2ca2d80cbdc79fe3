"""The command line around rundowns and talents: talent tables, CLI manners, rundown CSV."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scriptfmt.cli import main
from scriptfmt.rundown import load_rundown

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "evening-news" / "rundown.toml"
STORY = ROOT / "examples" / "harbor-strike.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    out, err = capsys.readouterr()
    return exc.value.code, out, err


def test_talent_name_is_the_name_not_the_id():
    rundown = load_rundown(EXAMPLE)
    assert rundown.talent_name("AL") == "Anna Lee"
    assert rundown.talent_name("ZO") == "Zoë Okonkwo-Müller"
    assert rundown.talent_name("NOBODY") == "NOBODY" and rundown.talent_name(None) == ""


def test_each_rundown_story_is_timed_once(monkeypatch):
    import scriptfmt.pipeline as pipeline

    calls = []
    real = pipeline.time_story
    monkeypatch.setattr(pipeline, "time_story", lambda story, *a, **k: calls.append(story.source) or real(story, *a, **k))
    rundown = load_rundown(EXAMPLE)
    with_story = [i for i in rundown.items if i.story is not None]
    assert with_story and len(calls) == len(with_story)
    # and at the rundown talent's own rate
    mr = next(i for i in with_story if i.talent == "MR")
    assert mr.story.read_rate_wpm == rundown.talents["MR"].read_rate_wpm


def test_unknown_talent_is_one_line_exit_2(capsys):
    code, out, err = run(capsys, "time", str(STORY), "--talent", "NOBODY", "--talents", str(EXAMPLE))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "NOBODY" in err and "talent" in err
    code, out, _ = run(capsys, "time", str(STORY), "--talent", "Anna Lee", "--talents", str(EXAMPLE))
    assert code == 0 and "165 wpm" in out  # a talent found by name reads at its own rate
    code, out, _ = run(capsys, "time", str(STORY), "--talent", "ZO", "--talents", str(EXAMPLE))
    assert code == 0 and "160 wpm" in out  # a known talent without a rate: the style's


def test_no_import_cycle_between_pipeline_and_rundown():
    """The talent tables are a leaf: reading --talents does not load the rundown package."""
    code = "import sys, scriptfmt.talents, scriptfmt.pipeline; print('scriptfmt.rundown' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip() == "False", proc.stderr
