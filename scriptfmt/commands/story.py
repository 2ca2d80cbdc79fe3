"""Story commands: parse (JSON), time (table), check (against a target).

`time` and `check` also take a rundown (.toml): those calls go to commands/rundown.py.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from scriptfmt.app import app
from scriptfmt.errors import UserError
from scriptfmt.talents import check_wpm

Files = Annotated[list[str], typer.Argument(help="Copy files (plain text, NITF, ninjs); '-' reads stdin.", show_default=False)]
StyleOpt = Annotated[str, typer.Option("--style", "-s", help="Built-in style (tv, radio, prompter) or a style .toml; sets the default read rate.")]
TalentOpt = Annotated[Optional[str], typer.Option("--talent", help="Who reads it (overrides the copy's TALENT:); their rate comes from --talents.", show_default=False)]
TalentsOpt = Annotated[Optional[str], typer.Option("--talents", help="TOML file with [talent.ID] tables (name, read_rate) — a rundown file will do.", show_default=False)]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Fail (exit 2) when the parser had to guess: an unclosed quotation or bracket, an unreadable duration.")]
BitesOpt = Annotated[Optional[str], typer.Option("--bites", help="Quotes without tape: 'tape' (default; they play as bites) or 'read' (the anchor reads them). Default: the copy's BITES: line.", show_default=False)]
WpmOpt = Annotated[Optional[float], typer.Option("--wpm", help="Read rate in words per minute for this run (default: the style's, 160 TV / 180 radio).", show_default=False)]


def _is_rundown(name: str) -> bool:
    return name.lower().endswith(".toml")


def _bites_option(bites: str | None) -> str | None:
    if bites is not None and bites not in ("tape", "read"):
        raise UserError(f"--bites must be 'tape' or 'read', not {bites!r}")
    return bites


def _load(names: list[str], style_name: str, wpm: float | None, talent: str | None = None, talents_file: str | None = None, strict: bool = False, bites: str | None = None):
    """Load and time the stories, laid out for their bites mode (read mode reports read time)."""
    from scriptfmt.bites import lay_out_bites
    from scriptfmt.pipeline import load_story, load_talents
    from scriptfmt.styles import load_style

    check_wpm(wpm)
    style = load_style(style_name)
    talents = load_talents(talents_file) if talents_file else None
    return [lay_out_bites(load_story(name, style, wpm, talent=talent, talents=talents, strict=strict), bites, style) for name in names]


@app.command()
def parse(
    file: Annotated[str, typer.Argument(help="Copy file, or '-' for stdin.", show_default=False)],
    style: StyleOpt = "tv",
    wpm: WpmOpt = None,
    talent: TalentOpt = None,
    talents: TalentsOpt = None,
    strict: StrictOpt = False,
    bites: BitesOpt = None,
    compact: Annotated[bool, typer.Option("--compact", help="One line of JSON instead of indented.")] = False,
) -> None:
    """Print the parsed, timed story as JSON (see README: JSON contract); input order is kept."""
    from scriptfmt.bites import bites_mode, read_as_copy
    from scriptfmt.pipeline import load_story, load_talents
    from scriptfmt.styles import load_style
    from scriptfmt.timing import time_story

    check_wpm(wpm)
    loaded = load_style(style)
    story = load_story(file, loaded, wpm, talent=talent, talents=load_talents(talents) if talents else None, strict=strict)
    mode = bites_mode(story, bites)
    if mode == "read":  # quotes are read copy, timed as read, where they stand
        story = time_story(read_as_copy(story, mode), story.read_rate_wpm, loaded.soundbite_wpm, loaded.pause_seconds)
    import json  # only `parse` writes JSON; `time` need not load it

    json.dump(story.to_json(), sys.stdout, ensure_ascii=False, indent=None if compact else 2)
    sys.stdout.write("\n")


def _table(story) -> str:
    from scriptfmt.model import Cue, Soundbite
    from scriptfmt.durations import format_duration
    from scriptfmt.texttable import align_rows

    rows = [("#", "SEGMENT", "WHO / CUE", "WORDS", "TIME", "RUNNING", "TEXT")]
    running = 0.0
    for n, seg in enumerate(story.segments, 1):
        running += 0 if seg.in_package else seg.seconds
        if isinstance(seg, Soundbite):
            who = seg.speaker.name if seg.speaker else (seg.tape or "?")  # a package names no speaker: PKG
            kind = "SOUNDBITE"
            secs = format_duration(seg.seconds) + (" EST" if seg.estimated else "")
        elif isinstance(seg, Cue):
            who, kind, secs = seg.cue_type, "CUE", format_duration(seg.seconds) if seg.seconds else ""
        else:
            who, kind, secs = "", "NARRATION", format_duration(seg.seconds)
        text = " ".join(seg.text.split())
        rows.append((str(n), kind, who[:24], str(seg.words) if seg.words else "", secs, format_duration(running), text[:44] + ("…" if len(text) > 44 else "")))
    lines = align_rows(rows, right={0, 3, 4, 5})
    title = story.slug or story.source
    read, media = format_duration(story.read_seconds), format_duration(story.media_seconds)
    lines.insert(0, f"{title} — {story.read_rate_wpm:g} wpm")
    lines.append(f"TOTAL {format_duration(story.total_seconds)}  (read {read} + soundbites {media})")
    lines.extend(f"WARNING {w}" for w in story.warnings)
    return "\n".join(lines)


@app.command("time")
def time_cmd(
    files: Files,
    style: StyleOpt = "tv",
    wpm: WpmOpt = None,
    talent: TalentOpt = None,
    talents: TalentsOpt = None,
    strict: StrictOpt = False,
    bites: BitesOpt = None,
) -> None:
    """Print each segment's words and time, the running time and the story total (a rundown .toml: the show's timing)."""
    if len(files) == 1 and _is_rundown(files[0]):
        from scriptfmt.commands.rundown import refuse_story_options, time_rundown

        refuse_story_options({"--wpm": wpm, "--talent": talent, "--talents": talents, "--strict": strict})
        raise typer.Exit(time_rundown(files[0], _bites_option(bites)))
    from scriptfmt.durations import format_duration

    stories = _load(files, style, wpm, talent, talents, strict, bites)
    for story in stories:
        print(_table(story))
        print()
    if len(stories) > 1:
        print(f"ALL {len(stories)} STORIES {format_duration(sum(s.total_seconds for s in stories))}")


@app.command()
def check(
    files: Files,
    target: Annotated[Optional[str], typer.Option("--target", "-t", help="Planned length (m:ss); default: the story's TARGET: header.", show_default=False)] = None,
    tolerance: Annotated[str, typer.Option("--tolerance", help="How far over or under still passes (m:ss).")] = "0:00",
    style: StyleOpt = "tv",
    wpm: WpmOpt = None,
    talent: TalentOpt = None,
    talents: TalentsOpt = None,
    strict: StrictOpt = False,
    bites: BitesOpt = None,
) -> None:
    """Exit 0 when each story runs within its target (± tolerance), 1 when over or under; a rundown .toml checks the show."""
    from scriptfmt.durations import format_duration, parse_duration

    slack = parse_duration(tolerance, "--tolerance")
    if len(files) == 1 and _is_rundown(files[0]):
        from scriptfmt.commands.rundown import check_rundown, refuse_story_options

        refuse_story_options({"--target": target, "--wpm": wpm, "--talent": talent, "--talents": talents, "--strict": strict})
        raise typer.Exit(check_rundown(files[0], slack, _bites_option(bites)))
    planned = parse_duration(target, "--target") if target is not None else None
    stories = _load(files, style, wpm, talent, talents, strict, bites)
    failed = False
    for story in stories:
        goal = planned
        if goal is None:
            header = story.header.target
            if not header:
                raise UserError("no target: give --target m:ss or a TARGET: line in the copy", story.source)
            try:
                goal = parse_duration(header, "TARGET")
            except UserError as exc:
                raise UserError(exc.message, story.source) from None
        diff = story.total_seconds - goal
        name = story.slug or story.source
        if abs(diff) <= slack + 0.5:
            print(f"OK     {name}: {format_duration(story.total_seconds)} against {format_duration(goal)} ({format_duration(diff, signed=True)})")
        else:
            failed = True
            word = "OVER " if diff > 0 else "UNDER"
            print(f"{word}  {name}: {format_duration(story.total_seconds)} against {format_duration(goal)} — {word.strip().lower()} by {format_duration(abs(diff))}")
    raise typer.Exit(1 if failed else 0)
