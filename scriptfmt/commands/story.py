"""Story commands: parse (JSON), time (table), check (against a target).

`time` and `check` also take a rundown (.toml): those calls go to commands/rundown.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from scriptfmt.app import app
from scriptfmt.errors import UserError

Files = Annotated[list[str], typer.Argument(help="Copy files (plain text, NITF, ninjs); '-' reads stdin.", show_default=False)]
StyleOpt = Annotated[str, typer.Option("--style", "-s", help="Built-in style (tv, radio, prompter) or a style .toml; sets the default read rate.")]
WpmOpt = Annotated[Optional[float], typer.Option("--wpm", help="Read rate in words per minute for this run (default: the style's, 160 TV / 180 radio).", show_default=False)]


def _is_rundown(name: str) -> bool:
    return name.lower().endswith(".toml")


def _load(names: list[str], style_name: str, wpm: float | None):
    from scriptfmt.pipeline import load_story
    from scriptfmt.styles import load_style

    if wpm is not None and not 60 <= wpm <= 400:
        raise UserError(f"--wpm {wpm:g} is not a read rate (60 to 400 words per minute)")
    style = load_style(style_name)
    return [load_story(name, style, wpm) for name in names]


@app.command()
def parse(
    file: Annotated[str, typer.Argument(help="Copy file, or '-' for stdin.", show_default=False)],
    style: StyleOpt = "tv",
    wpm: WpmOpt = None,
    compact: Annotated[bool, typer.Option("--compact", help="One line of JSON instead of indented.")] = False,
) -> None:
    """Print the parsed, timed story as JSON (see README: JSON contract)."""
    (story,) = _load([file], style, wpm)
    json.dump(story.to_json(), sys.stdout, ensure_ascii=False, indent=None if compact else 2)
    sys.stdout.write("\n")
