"""`scriptfmt format`: copy files in, anchor scripts out (PDF, DOCX, prompter text or RTF, captions).

The output format follows the extension of -o (.pdf .docx .txt .rtf .srt .vtt); with -o a
folder, or no -o, --to names it. Without either each input gets STEM.pdf (STEM.txt for
the prompter style) in the current folder. A .txt is the style's script as text: radio
text for a radio style, prompter copy otherwise. Renderers, and so
reportlab and python-docx, are imported only once there is something to render.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Annotated

import typer

from scriptfmt.app import app
from scriptfmt.errors import UserError
from scriptfmt.talents import check_wpm

EXTENSIONS = (".pdf", ".docx", ".txt", ".rtf", ".srt", ".vtt")
FORMATS = tuple(ext[1:] for ext in EXTENSIONS)  # --to
PROGRESS_FROM = 5  # inputs; below this a progress bar is noise


def writer_for(ext: str):
    if ext == ".rtf":
        from scriptfmt.render.rtf import write_rtf

        return write_rtf
    if ext in (".srt", ".vtt"):
        from scriptfmt.render.captions import write_srt, write_vtt

        return write_vtt if ext == ".vtt" else write_srt  # the writer gets a temporary name: no extension to go by
    if ext == ".pdf":
        from scriptfmt.render.pdf import write_pdf

        return write_pdf
    if ext == ".docx":
        from scriptfmt.render.docx import write_docx

        return write_docx
    from scriptfmt.render.text import write_text

    return write_text


def _stem(name: str) -> str:
    return "stdin" if name == "-" else Path(name).stem


def plan_outputs(files: list[str], out: Path | None, combine: bool, default_ext: str) -> list[tuple[list[str], Path]]:
    """Which inputs go into which output file."""
    if out is not None and out.is_dir():
        if combine:
            raise UserError("--combine writes one file: give -o a file name such as book.pdf, not a folder", str(out))
        return [([name], out / f"{_stem(name)}{default_ext}") for name in files]
    if out is not None:
        if out.suffix.lower() not in EXTENSIONS:
            raise UserError(f"cannot tell the output format from {out.name!r}: end it in {', '.join(EXTENSIONS)}", str(out))
        if len(files) > 1 and not combine:
            raise UserError("several inputs give one file each: give -o a folder, or add --combine for one document", str(out))
        return [(files, out)]
    if combine:
        return [(files, Path(f"{_stem(files[0])}{default_ext}"))]
    return [([name], Path(f"{_stem(name)}{default_ext}")) for name in files]


def default_extension(style, to: str | None) -> str:
    """--to as an extension; without it .txt for the prompter style, else .pdf."""
    if to is None:
        return ".txt" if style["layout"] == "prompter" else ".pdf"
    if to.lower().lstrip(".") not in FORMATS:
        raise UserError(f"--to {to!r} is not an output format; choose from {', '.join(FORMATS)}")
    return "." + to.lower().lstrip(".")


def refuse_clashes(jobs: list[tuple[list[str], Path]]) -> None:
    """Two inputs with one stem (a/story.txt, b/story.txt) would write one file: refuse, naming both."""
    seen: dict[Path, str] = {}
    for names, target in jobs:
        first = seen.setdefault(target, names[0])
        if first != names[0]:
            raise UserError(f"{first} and {names[0]} would both be written to {target}; format them into different folders", str(target))


def broadcast_style(story, as_written: bool, pronouncers: str | None = None, abbreviations: str | None = None):
    """The broadcast-style rewrite unless --as-written; it keeps words and seconds current."""
    if as_written:
        return story
    from scriptfmt.spoken import apply_broadcast_style

    return apply_broadcast_style(story, pronouncers=pronouncers, abbreviations=abbreviations)


@app.command("format")
def format_cmd(
    files: Annotated[list[str], typer.Argument(help="Copy files (plain text, NITF, ninjs); '-' reads stdin.", show_default=False)],
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Output file (.pdf .docx .txt .rtf .srt .vtt) or folder; default: STEM.pdf here.", show_default=False)] = None,
    to: Annotated[str | None, typer.Option("--to", help="Output format when -o is a folder or absent: pdf, docx, txt, rtf, srt or vtt.", show_default=False)] = None,
    style: Annotated[str, typer.Option("--style", "-s", help="tv, radio, prompter, or a style .toml that may extend one.")] = "tv",
    talent: Annotated[str | None, typer.Option("--talent", help="Anchor name for the header and the ON CAM cue (overrides the copy's TALENT:).", show_default=False)] = None,
    wpm: Annotated[float | None, typer.Option("--wpm", help="Read rate in words per minute for this run.", show_default=False)] = None,
    talents: Annotated[str | None, typer.Option("--talents", help="TOML file with [talent.ID] tables (name, read_rate) — a rundown file will do.", show_default=False)] = None,
    combine: Annotated[bool, typer.Option("--combine", help="All inputs in one document, each story from a new page.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Fail (exit 2, nothing written) when the parser had to guess: an unclosed quotation or bracket.")] = False,
    as_written: Annotated[bool, typer.Option("--as-written", help="Keep the copy as written (no broadcast-style rewrite).")] = False,
    pronouncers: Annotated[str | None, typer.Option("--pronouncers", help="Extra pronouncers (.toml, `Name = \"guide\"`), added to styles/pronouncers.toml.", show_default=False)] = None,
    abbreviations: Annotated[str | None, typer.Option("--abbreviations", help="Extra abbreviations/initialisms (.toml, same tables as styles/abbreviations.toml).", show_default=False)] = None,
    bites: Annotated[str | None, typer.Option("--bites", help="Quotes without tape: 'tape' (default; they play as bites) or 'read' (the anchor reads them). Default: the copy's BITES: line.", show_default=False)] = None,
) -> None:
    """Format copy as an anchor script: TV split page, radio, or prompter text."""
    from scriptfmt.bites import lay_out_bites
    from scriptfmt.output import check_output_path
    from scriptfmt.pipeline import load_story, load_talents
    from scriptfmt.styles import load_style

    check_wpm(wpm)
    loaded = load_style(style)
    rates = load_talents(talents) if talents else None
    default_ext = default_extension(loaded, to)
    if to and out is not None and not out.is_dir() and out.suffix.lower() != default_ext:
        raise UserError(f"-o {out.name} and --to {to} name different formats: give one of them", str(out))
    jobs = plan_outputs(files, out, combine, default_ext)
    refuse_clashes(jobs)
    for _, target in jobs:
        check_output_path(target, files)  # `-` among the files checks stdin too
    stories = _load_all(files, lambda name: broadcast_style(
        lay_out_bites(load_story(name, loaded, wpm, talent=talent, talents=rates, strict=strict), bites, loaded), as_written, pronouncers, abbreviations))
    _write_all(jobs, stories, loaded)


def _load_all(files: list[str], load) -> dict[str, object]:
    """Every input read and parsed before anything is written: a bad file in a batch leaves no outputs."""
    progress = typer.progressbar(length=len(files), label="Formatting", file=sys.stderr) if len(files) >= PROGRESS_FROM else None
    stories = {}
    with progress if progress is not None else contextlib.nullcontext():
        for name in files:
            stories[name] = load(name)
            if progress is not None:
                progress.update(1)
    return stories


def _write_all(jobs: list[tuple[list[str], Path]], stories: dict, style) -> None:
    """Render every output to a temporary file; rename them all only when all are complete."""
    from scriptfmt.output import atomic_path

    with contextlib.ExitStack() as stack:
        for names, target in jobs:
            tmp = stack.enter_context(atomic_path(target))
            writer_for(target.suffix.lower())([stories[name] for name in names], style, tmp)
    if any(target.suffix.lower() == ".pdf" for _, target in jobs):
        _warn_fonts(stories.values())
    for _, target in jobs:
        print(target)


def _warn_fonts(stories) -> None:
    """What a PDF cannot print right (characters no font here has, right-to-left text), once per
    segment, as `file:line` warnings on stderr."""
    from scriptfmt.render.fonts import font_warnings

    for story in stories:
        for seg in story.segments:
            for warning in font_warnings(seg.text, f"{story.source}:{seg.line}" if seg.line else story.source):
                print(f"scriptfmt: warning: {warning}", file=sys.stderr)
