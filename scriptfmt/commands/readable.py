"""Read-aloud commands: `readable` (the copy rewritten for the ear, each change marked) and
`lint` (what a copy editor flags for broadcast: one line per finding, exit 1 when any).
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from scriptfmt.app import app
from scriptfmt.errors import UserError
from scriptfmt.talents import check_wpm

PronouncersOpt = Annotated[str | None, typer.Option("--pronouncers", help="Extra pronouncers (.toml, `Name = \"guide\"`), added to styles/pronouncers.toml.", show_default=False)]
AbbreviationsOpt = Annotated[str | None, typer.Option("--abbreviations", help="Extra abbreviations/initialisms (.toml, same tables as styles/abbreviations.toml).", show_default=False)]


def _read(name: str):
    """(copy text, parsed story) for one input."""
    from scriptfmt.pipeline import read_story

    from scriptfmt.model import fold_bite_pieces

    text, story = read_story(name)
    story.segments = fold_bite_pieces(story.segments)  # a tape block is one note
    if not story.source or story.source == "-":
        story.source = name
    return text, story


def _use_color(choice: bool | None) -> bool:
    if choice is not None:
        return choice
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _joined(text: str, changes) -> list:
    """Neighbouring replacements with only spaces between ("Nov." "1") shown as one: [Nov. 1 -> November first]."""
    out: list = []
    for c in changes:
        prev = out[-1] if out else None
        pair = prev is not None and ((prev.rule == "abbreviation" and c.rule == "number") or (prev.rule == "number" and c.old in ("a.m.", "p.m.")))
        if pair and prev.end <= c.start and not text[prev.end : c.start].strip(" "):
            gap = text[prev.end : c.start]
            out[-1] = type(c)(prev.start, c.end, text[prev.start : c.end], prev.new + gap + c.new, prev.rule)
        else:
            out.append(c)
    return out


def mark_changes(text: str, changes, color: bool = False) -> str:
    """`text` with each change shown: [old -> new], [+ inserted] (or red/green on a terminal)."""
    changes = _joined(text, changes)
    out, pos = [], 0
    for c in changes:
        if c.start < pos:
            continue
        out.append(text[pos : c.start])
        if color:
            if c.old:
                out.append(typer.style(c.old, fg="red", strikethrough=True))
            out.append(typer.style(c.new, fg="green" if c.rule != "pronouncer" else "cyan"))
        elif c.old:
            out.append(f"[{c.old} -> {c.new}]")
        else:
            out.append(f"[+{c.new}]" if c.new.startswith(" ") else f"[+ {c.new}]")
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


def _speaker(seg) -> str:
    if not seg.speaker:
        return "unnamed speaker"
    return seg.speaker.name + (f", {seg.speaker.title}" if seg.speaker.title else "")


def _print_changes(name: str, story, plans, finder) -> None:
    """One line per change: FILE:LINE: old -> new (rule)."""
    for seg, plan in zip(story.segments, plans):
        for c in plan:
            before = seg.text[: c.start]
            line = finder.line(before.rsplit("\n\n", 1)[-1] + seg.text[c.start : c.start + 40], seg.line, before.count("\n\n"), len(seg.text))
            if c.old:
                print(f"{name}:{line}: {c.old} -> {c.new.strip()} ({c.rule})")
            else:
                after = before.split()[-1:] or [""]
                print(f"{name}:{line}: {after[0]} + {c.new.strip()} ({c.rule})")


def _print_clean(story, plans) -> None:
    from scriptfmt.broadcast import apply_changes
    from scriptfmt.model import Narration

    parts = [apply_changes(seg.text, plan) for seg, plan in zip(story.segments, plans) if isinstance(seg, Narration)]
    print("\n\n".join(p for p in parts if p.strip()))


def _segment_lines(seg, plan, finder, use_color: bool) -> list[str]:
    """A narration's paragraphs with their changes marked; a bite or cue as a dim note."""
    from scriptfmt.durations import format_duration
    from scriptfmt.model import Cue, Narration, Soundbite

    if isinstance(seg, Narration):
        out, offset = [], 0
        for p_index, para in enumerate(seg.text.split("\n\n")):
            local = [type(c)(c.start - offset, c.end - offset, c.old, c.new, c.rule) for c in plan if offset <= c.start <= offset + len(para)]
            out.append(f"{finder.line(para, seg.line, p_index, len(seg.text)):>4}  {mark_changes(para, local, use_color)}")
            offset += len(para) + 2
        return out
    if isinstance(seg, Soundbite):
        when = format_duration(seg.seconds) + (" EST" if seg.estimated else "")
        text = f"{seg.in_cue} … {seg.out_cue}" if seg.in_cue and seg.out_cue else " ".join(seg.text.split())[:80]
        note = f"SOT {_speaker(seg)} ({when}, on tape: not rewritten): “{text}”"
    elif isinstance(seg, Cue):
        note = seg.original or f"[{seg.cue_type}]"
    else:
        return []
    return [f"{seg.line:>4}  " + (typer.style(note, dim=True) if use_color else f"  > {note}")]


def _print_marked(name: str, story, plans, finder, use_color: bool) -> None:
    """The header (changes, read time at the story's rate), then every segment with its changes marked."""
    from scriptfmt.durations import format_duration

    n_changes = sum(len(p) for p in plans)
    read = format_duration(story.read_seconds)
    head = f"{name}: {n_changes} change{'s' if n_changes != 1 else ''} to the read copy; read time {read} at {story.read_rate_wpm:g} wpm"
    print(typer.style(head, bold=True) if use_color else head)
    print("(the spoken words do not change, so neither does the read time; pronouncers are not timed)\n")
    for seg, plan in zip(story.segments, plans):
        for line in _segment_lines(seg, plan, finder, use_color):
            print(line)
        print()


@app.command()
def readable(
    files: Annotated[list[str], typer.Argument(help="Copy files (plain text, NITF, ninjs); '-' reads stdin.", show_default=False)],
    pronouncers: PronouncersOpt = None,
    abbreviations: AbbreviationsOpt = None,
    changes_only: Annotated[bool, typer.Option("--changes", help="Only list the changes, one per line: FILE:LINE: old -> new (rule).")] = False,
    clean: Annotated[bool, typer.Option("--clean", help="Only the rewritten read copy, unmarked (what the anchor reads).")] = False,
    color: Annotated[bool | None, typer.Option("--color/--no-color", help="Colour the changes (default: when printing to a terminal).", show_default=False)] = None,
    style: Annotated[str, typer.Option("--style", "-s", help="Style for the read rate (tv, radio, prompter or a .toml).")] = "tv",
    wpm: Annotated[float | None, typer.Option("--wpm", help="Read rate in words per minute.", show_default=False)] = None,
) -> None:
    """Print the copy rewritten for the ear (broadcast style) with every change marked; several files one after another."""
    from scriptfmt.broadcast.style import plan_broadcast_style, resolve_abbreviations
    from scriptfmt.lint import LineFinder
    from scriptfmt.pipeline import time_at_rate
    from scriptfmt.styles import load_style

    if changes_only and clean:
        raise UserError("--changes and --clean do not go together: pick one")
    check_wpm(wpm)
    loaded, data = load_style(style), resolve_abbreviations(abbreviations)
    read = [_read(name) for name in files]  # every input read before anything is printed: a bad one stops the run
    use_color = _use_color(color) and not changes_only and not clean
    for n, (name, (source, story)) in enumerate(zip(files, read)):
        plans = plan_broadcast_style(story, pronouncers=pronouncers, abbreviations=data)
        if changes_only:
            _print_changes(name, story, plans, LineFinder(source))
        elif clean:
            print("\n" if n else "", end="")
            _print_clean(story, plans)
        else:
            _print_marked(name, time_at_rate(story, loaded, wpm), plans, LineFinder(source), use_color)


@app.command()
def lint(
    files: Annotated[list[str], typer.Argument(help="Copy files (plain text, NITF, ninjs); '-' reads stdin.", show_default=False)],
    max_words: Annotated[int, typer.Option("--max-words", help="Flag sentences longer than this many words.")] = 25,
) -> None:
    """Flag what a copy editor would for broadcast: long sentences, yesterday/tomorrow, late attribution, long quotes.

    One line per finding (FILE:LINE: message); exit 1 when anything is flagged, 0 when the copy is clean."""
    from scriptfmt import lint as rules

    if max_words < 5:
        raise UserError(f"--max-words {max_words} is too small (5 or more)")
    flagged = 0
    for name in files:
        source, story = _read(name)
        for finding in rules.lint_story(story, source, max_words):
            print(f"{name}:{finding.line}: {finding.message}")
            flagged += 1
    raise typer.Exit(1 if flagged else 0)
