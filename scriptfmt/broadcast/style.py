"""The broadcast-style pass over a Story: narration rewritten for the ear, pronouncers inserted.

    apply_broadcast_style(story)                         -> a rewritten copy (story untouched)
    plan_broadcast_style(story) -> list[list[Change]]     the changes, one list per segment

Only narration is rewritten; soundbite transcripts (what a speaker said on tape), cues and
metadata are never touched. A pronouncer goes in parentheses right after the first mention
of a name in the narration ("Kishida (kee-SHEE-dah)"): the usual script convention, shown
by every renderer as it is, and not counted by timing (spoken.py drops such guides).
The spoken words of the copy do not change, so its read time does not either.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import regex

from scriptfmt.broadcast import Change, apply_changes, rewrite
from scriptfmt.broadcast.data import (
    AbbreviationData,
    load_abbreviations,
    load_pronouncers,
)
from scriptfmt.debug import raise_in_debug
from scriptfmt.model import Narration, Story
from scriptfmt.broadcast.spoken import count_spoken_words, is_pronouncer_guide

_NAME_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’-]*+")
_GUIDE_AFTER = regex.compile(r"[ \t]*+\(([^()\n]{1,80}+)\)")


def resolve_abbreviations(abbreviations: Any = None) -> AbbreviationData:
    """None -> built-in; a path -> built-in extended by that file; AbbreviationData as is."""
    if isinstance(abbreviations, AbbreviationData):
        return abbreviations
    return load_abbreviations(str(abbreviations) if abbreviations else None)


def resolve_pronouncers(story: Story | None = None, pronouncers: Any = None) -> dict[str, str]:
    """Built-in table, then a user file (path) or dict, then the story's own NITF <pronounce> entries."""
    if isinstance(pronouncers, (str, Path)):
        table = dict(load_pronouncers(str(pronouncers)))
    else:
        table = dict(load_pronouncers())
        if pronouncers:
            table.update({str(k).strip(): str(v).strip() for k, v in dict(pronouncers).items() if str(v).strip()})
    if story is not None and story.pronouncers:
        table.update({k.strip(): v.strip() for k, v in story.pronouncers.items() if k.strip() and v and v.strip()})
    return {k: v for k, v in table.items() if k}


class _Pronouncers:
    """Finds the first narration mention of each name, word by word (linear in the copy)."""

    def __init__(self, table: dict[str, str]):
        self.by_first: dict[str, list[tuple[int, str, str, Any]]] = {}
        for name, guide in table.items():
            words = name.split()
            pattern = regex.compile(r"\s+".join(regex.escape(w) for w in words) + r"(?:['’]s)?(?![\p{L}\p{M}])", regex.IGNORECASE)
            self.by_first.setdefault(words[0].casefold(), []).append((len(words), name, guide, pattern))
        for entries in self.by_first.values():
            entries.sort(key=lambda e: -e[0])  # "Xi Jinping" before "Xi"
        self.done: set[str] = set()
        self.total = len(table)

    def changes(self, text: str) -> list[Change]:
        out: list[Change] = []
        if not self.by_first or len(self.done) == self.total:
            return out
        skip_to = 0
        for word in _NAME_WORD.finditer(text):
            if word.start() < skip_to:
                continue
            key = word.group().rstrip("'’-").casefold()
            if key.endswith(("'s", "’s")):
                key = key[:-2]
            entries = self.by_first.get(key)
            if not entries:
                continue
            for _n, name, guide, pattern in entries:
                if name in self.done:
                    continue
                m = pattern.match(text[word.start() : word.start() + len(name) + 40])
                if not m:
                    continue
                self.done.add(name)
                for part in name.split()[1:] if _n > 1 else ():
                    self.done.update(e[1] for e in self.by_first.get(part.casefold(), ()) if e[0] == 1)
                start, end = word.start(), word.start() + m.end()
                written = text[start:end]
                already = _GUIDE_AFTER.match(text[end : end + 90])
                if written.islower() and not name.islower():  # a wire's "kyiv": put its capitals right
                    fixed = name + written[len(name):] if len(written) >= len(name) else name
                    out.append(Change(start, end, written, fixed, "name"))
                if not (already and is_pronouncer_guide(already.group(1))):
                    shown = guide if is_pronouncer_guide(guide) else f"pron. {guide}"
                    out.append(Change(end, end, "", f" ({shown})", "pronouncer"))
                skip_to = end
                break
        return out


def _merge(rewrites: list[Change], extra: list[Change]) -> list[Change]:
    """Rewrites and pronouncer changes in order; an insertion inside a rewrite moves to its end."""
    if not extra:
        return rewrites
    moved = []
    for c in extra:
        for r in rewrites:
            if r.start < c.start < r.end or (c.start != c.end and r.start < c.end and c.start < r.end):
                c = Change(r.end, r.end, "", c.new, c.rule) if c.start == c.end else None
                break
        if c is not None:
            moved.append(c)
    return sorted(rewrites + moved, key=lambda c: (c.start, c.end))


def plan_broadcast_style(story: Story, *, pronouncers: Any = None, abbreviations: Any = None) -> list[list[Change]]:
    """The changes the pass would make: one list per segment (empty for anything but narration)."""
    data = resolve_abbreviations(abbreviations)
    finder = _Pronouncers(resolve_pronouncers(story, pronouncers))
    plans: list[list[Change]] = []
    for seg in story.segments:
        if not isinstance(seg, Narration) or not seg.text:
            plans.append([])
            continue
        try:
            _, changes = rewrite(seg.text, data)
            plans.append(_merge(changes, finder.changes(seg.text)))
        except Exception:  # noqa: BLE001 -- a style-pass bug must not stop a script: leave this segment as written
            raise_in_debug()
            plans.append([])
    return plans


def apply_broadcast_style(story: Story, *, pronouncers: Any = None, abbreviations: Any = None) -> Story:
    """A copy of `story` with its narration rewritten for the ear.

    `pronouncers`: a dict {name: guide} or a .toml path added to styles/pronouncers.toml
    (the story's NITF <pronounce> entries win over both). `abbreviations`: a .toml path
    extending styles/abbreviations.toml. Words and seconds of rewritten narration are
    recounted (they stay the same: the spoken words do not change)."""
    data = resolve_abbreviations(abbreviations)
    plans = plan_broadcast_style(story, pronouncers=pronouncers, abbreviations=data)
    out = copy.deepcopy(story)
    for seg, changes in zip(out.segments, plans):
        if not changes:
            continue
        seg.text = apply_changes(seg.text, changes)
        seg.words = count_spoken_words(seg.text, data)
        if out.read_rate_wpm > 0:
            seg.seconds = seg.words * 60.0 / out.read_rate_wpm
    if out.read_rate_wpm > 0:
        out.total_seconds = sum(s.seconds for s in out.segments if not s.in_package)
    return out

