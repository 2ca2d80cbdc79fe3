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

OUTPUT_KINDS = (".pdf", ".docx")


def time_rundown(path: str) -> int:
    """Print the rundown's timing table (no judgement). Returns the exit code (0)."""
    from scriptfmt.rundown import load_rundown, timing_table

    rundown = load_rundown(path)
    sys.stdout.write(timing_table(rundown))
    return 0


def check_rundown(path: str, tolerance: float = 0.0) -> int:
    """Print the timing table; return 1 when the show is over or under by more than
    `tolerance` seconds (naming the heaviest items), else 0."""
    from scriptfmt.rundown import load_rundown, over_under_text, timing_table
    from scriptfmt.durations import format_duration

    rundown = load_rundown(path)
    sys.stdout.write(timing_table(rundown))
    diff = rundown.over_under
    if abs(round(diff)) <= tolerance:
        print(f"OK: {over_under_text(diff)} (tolerance {format_duration(tolerance)})")
        return 0
    verb = "cut" if diff > 0 else "add"
    print(f"{rundown.source}: show is {over_under_text(diff)} (tolerance {format_duration(tolerance)}): {verb} {format_duration(abs(diff))}")
    heavy = []
    for item in rundown.heaviest():
        note = f" (+{format_duration(item.over_target)} over target)" if item.over_target else ""
        heavy.append(f"{item.page} {item.slug} {format_duration(item.total)}{note}")
    if heavy:
        print("heaviest items: " + "; ".join(heavy))
    floats = [i for i in rundown.items if i.floated]
    if diff < 0 and floats:
        print("floated items that could go back in: " + "; ".join(f"{i.page} {i.slug} {format_duration(i.total)}" for i in floats))
    return 1


@app.command()
def rundown(
    file: Annotated[str, typer.Argument(help="Rundown file (.toml): [show], [talent.ID], [[item]] tables.", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="Rundown to write: .pdf (landscape table) or .docx.", show_default=False)],
    scripts: Annotated[
        Optional[Path], typer.Option("--scripts", help="Also write every story's script, in rundown order, as one PDF book.", show_default=False)
    ] = None,
) -> None:
    """Print a timed rundown (Page, Slug, Talent, Format, Read, Media, Total, Front, Back)."""
    from scriptfmt.output import check_output_path
    from scriptfmt.rundown import load_rundown

    problems: list[UserError] = []
    if output.suffix.lower() not in OUTPUT_KINDS:
        problems.append(UserError(f"rundown output must end in .pdf or .docx, not {output.suffix or 'no extension'!r}", str(output)))
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
    try:
        loaded = load_rundown(file)
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

    # Both files are written to temporary names and renamed only when both are complete:
    # a failure in the script book leaves no half-updated pair behind.
    with contextlib.ExitStack() as stack:
        tmp_out = stack.enter_context(atomic_path(output))
        tmp_book = stack.enter_context(atomic_path(scripts)) if scripts is not None else None
        if output.suffix.lower() == ".pdf":
            from scriptfmt.render.rundown_pdf import write_rundown_pdf

            write_rundown_pdf(loaded, tmp_out)
        else:
            from scriptfmt.render.rundown_docx import write_rundown_docx

            write_rundown_docx(loaded, tmp_out)
        if tmp_book is not None:
            write_script_book(loaded, tmp_book)


def write_script_book(loaded, out: Path) -> None:
    """Every story's script in rundown order, each from a new page labelled with its rundown page."""
    from scriptfmt.render.pdf import write_pdf
    from scriptfmt.styles import load_style

    with_story = [i for i in loaded.items if i.story is not None]
    if not with_story:
        raise UserError("no item has a story file, so there is no script book to write", str(out))
    for item in with_story:
        # media the rundown adds (not in the script) counts in the script's total as it does in the rundown
        item.story.total_seconds += item.extra_media
        item.story.metadata.setdefault("slug", item.slug)
        if item.talent:
            talent = loaded.talents.get(item.talent)
            item.story.metadata.setdefault("talent", talent.name if talent else item.talent)
    labels = [f"{i.page} (FLOAT)" if i.floated else i.page for i in with_story]
    write_pdf([i.story for i in with_story], load_style(loaded.show.style), out, page_labels=labels)
