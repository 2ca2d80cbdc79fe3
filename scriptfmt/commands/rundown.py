"""Rundown command: `scriptfmt rundown SHOW.toml -o rundown.pdf|.docx [--scripts book.pdf]`.

Also the two plain functions the story commands call for a `.toml` argument:
`time_rundown(path)` and `check_rundown(path, tolerance)`. Renderers are imported
only inside the command, after the rundown has loaded without problems.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from scriptfmt.app import app
from scriptfmt.errors import UserError, UserErrors

OUTPUT_KINDS = (".pdf", ".docx", ".csv")


def time_rundown(path: str, bites: str | None = None) -> int:
    """Print the rundown's timing table (no judgement). Returns the exit code (0)."""
    from scriptfmt.render.rundown_text import rundown_table
    from scriptfmt.rundown import load_rundown

    rundown = load_rundown(path, bites=bites)
    sys.stdout.write(rundown_table(rundown))
    return 0


def refuse_story_options(given: dict[str, object]) -> None:
    """A story option given with a rundown is refused, never silently ignored: a rundown's
    rates come from its [talent.ID] tables, its length from [show]."""
    named = [option for option, value in given.items() if value]
    if named:
        verb = "does" if len(named) == 1 else "do"
        raise UserError(
            f"{', '.join(named)} {verb} not apply to a rundown: set read_rate in its [talent.ID] tables, "
            "the show's length in [show], each item's target in its [[item]]"
        )


def check_rundown(path: str, tolerance: float = 0.0, bites: str | None = None) -> int:
    """Print the timing table; return 1 when a hard start is reached late (OVERLAP) or early (GAP),
    or the show ends over or under, by more than `tolerance` seconds; else 0. Each finding names
    the items that can change it."""
    from scriptfmt.render.rundown_text import rundown_table
    from scriptfmt.rundown import load_rundown, mss, over_under_text

    rundown = load_rundown(path, bites=bites)
    sys.stdout.write(rundown_table(rundown))
    slack = f"tolerance {mss(tolerance)}"
    findings = [_hard_start_finding(rundown, item) for item in rundown.pinned() if abs(round(item.gap)) > tolerance]
    for line in findings:
        print(line)
    diff = rundown.over_under
    if abs(round(diff)) <= tolerance:
        print(f"OK: show ends {over_under_text(diff)} ({slack})" if not findings else f"show ends {over_under_text(diff)} ({slack})")
        return 1 if findings else 0
    verb = "cut" if diff > 0 else "add"
    print(f"{rundown.source}: show is {over_under_text(diff)} ({slack}): {verb} {mss(abs(diff))}")
    movable = rundown.leading_to(None)  # after the last hard start: the items that move the end
    if diff > 0 and movable:
        print("heaviest items: " + "; ".join(_item_text(i) for i in rundown.heaviest(items=movable)))
    floats = rundown.floats_before(None)
    if diff < 0 and floats:
        print("floated items that could go back in: " + "; ".join(_item_text(i) for i in floats))
    return 1


def _item_text(item) -> str:
    from scriptfmt.durations import format_duration

    note = f" (+{format_duration(item.over_target)} over target)" if item.over_target else ""
    return f"{item.page} {item.slug} {format_duration(item.total)}{note}"


def _hard_start_finding(rundown, item) -> str:
    """`OVERLAP 0:30 at 18:03:00 A3 PINNED (hard start): A1 ONE 2:00; A2 TWO 1:30 run into it: cut 0:30`."""
    from scriptfmt.rundown import clock, mss

    at = clock(rundown.show.start + item.hard_start)
    gap = round(item.gap)
    before = rundown.leading_to(item)
    if gap < 0:
        heavy = rundown.heaviest(n=len(before), items=before)  # all of them, the ones to cut first first
        names = "; ".join(_item_text(i) for i in heavy) or "nothing that can be cut"
        return f"OVERLAP {mss(-gap)} at {at} {item.page} {item.slug} (hard start): {names} run into it: cut {mss(-gap)}"
    floats = rundown.floats_before(item)
    extra = f"; floated items that could go in: {'; '.join(_item_text(i) for i in floats)}" if floats else ""
    names = f"{'; '.join(_item_text(i) for i in before)} end early" if before else "nothing comes before it"
    return f"GAP {mss(gap)} before {at} {item.page} {item.slug} (hard start): {names}: add {mss(gap)}{extra}"


def _option_problems(file: str, output: Path, scripts: Path | None, bites: str | None) -> list[UserError]:
    """Everything wrong with the rundown command's outputs and options, all at once."""
    from scriptfmt.output import check_output_path

    problems: list[UserError] = []
    if output.suffix.lower() not in OUTPUT_KINDS:
        problems.append(UserError(f"rundown output must end in .pdf, .docx or .csv, not {output.suffix or 'no extension'!r}", str(output)))
    if scripts is not None and scripts.suffix.lower() != ".pdf":
        problems.append(UserError("--scripts writes a PDF: give a file ending in .pdf", str(scripts)))
    if scripts is not None and scripts.resolve() == output.resolve():
        problems.append(UserError("--scripts and --output must be different files", str(scripts)))
    for out in (output, scripts):
        if out is None:
            continue
        try:
            check_output_path(out, [Path(file)])
        except UserError as exc:
            problems.append(exc)
    if bites is not None and bites not in ("tape", "read"):
        problems.append(UserError(f"--bites must be 'tape' or 'read', not {bites!r}"))
    return problems


@app.command()
def rundown(
    file: Annotated[str, typer.Argument(help="Rundown file (.toml): [show], [talent.ID], [[item]] tables.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Rundown to write: .pdf (landscape table), .docx or .csv (one row per item).", show_default=False)],
    scripts: Annotated[
        Optional[Path], typer.Option("--scripts", help="Also write every story's script, in rundown order, as one PDF book.", show_default=False)
    ] = None,
    bites: Annotated[Optional[str], typer.Option("--bites", help="Quotes without tape, for items without their own `bites`: 'tape' (default) or 'read'.", show_default=False)] = None,
    as_written: Annotated[bool, typer.Option("--as-written", help="Script book: keep the copy as written (no broadcast-style rewrite).")] = False,
    pronouncers: Annotated[Optional[str], typer.Option("--pronouncers", help="Script book: extra pronouncers (.toml, `Name = \"guide\"`).", show_default=False)] = None,
    abbreviations: Annotated[Optional[str], typer.Option("--abbreviations", help="Script book: extra abbreviations (.toml, as styles/abbreviations.toml).", show_default=False)] = None,
) -> None:
    """Write a timed rundown (Page, Slug, Talent, Format, Read, Media, Total, Front, Clock, Back) as PDF, DOCX or CSV."""
    from scriptfmt.output import check_output_path
    from scriptfmt.rundown import load_rundown

    problems = _option_problems(file, output, scripts, bites)
    try:
        loaded = load_rundown(file, bites=bites)
    except UserError as exc:
        raise UserErrors((exc.errors if isinstance(exc, UserErrors) else [exc]) + problems) from None
    if problems:
        raise UserErrors(problems)
    story_files = [i.story_path for i in loaded.items if i.story_path is not None]
    for out in (output, scripts):  # neither output may be a story file the rundown names
        try:
            if out is not None:
                check_output_path(out, story_files)
        except UserError as exc:
            problems.append(exc)
    if problems:
        raise UserErrors(problems)
    import contextlib

    from scriptfmt.output import atomic_path
    from scriptfmt.render.book import BookOptions, write_script_book

    # Both files are written to temporary names and renamed only when both are complete:
    # a failure in the script book leaves no half-updated pair behind.
    with contextlib.ExitStack() as stack:
        tmp_out = stack.enter_context(atomic_path(output))
        tmp_book = stack.enter_context(atomic_path(scripts)) if scripts is not None else None
        _write_table(loaded, output.suffix.lower(), tmp_out)
        if tmp_book is not None:
            write_script_book(loaded, tmp_book, BookOptions(as_written, pronouncers, abbreviations))


def _write_table(loaded, kind: str, out: Path) -> None:
    """The rundown table as .pdf, .docx or .csv; the PDF's warnings (characters no font has) on stderr."""
    if kind == ".pdf":
        from scriptfmt.render.rundown_pdf import write_rundown_pdf

        for warning in write_rundown_pdf(loaded, out):
            print(f"scriptfmt: warning: {warning}", file=sys.stderr)
    elif kind == ".csv":
        from scriptfmt.render.rundown_csv import write_rundown_csv

        write_rundown_csv(loaded, out)
    else:
        from scriptfmt.render.rundown_docx import write_rundown_docx

        write_rundown_docx(loaded, out)
