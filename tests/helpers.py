"""Shared test helpers: word accounting for the nothing-lost property."""

from __future__ import annotations

import regex

from scriptfmt.model import Cue, Narration, Soundbite, Story

# letters and digits apart: `00:12I think` split into its time stamp and its words is the same words
WORD = regex.compile(r"\p{L}+|\p{N}+")


def words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


# Metadata the parser found in the copy's furniture: the key is ours, only the value is input.
FURNITURE = {"field_keys", "shotlist_header", "shotlist_notes", "headline", "byline", "dateline", "editor_notes", "advisories", "summary", "credits", "asides", "header_extra", "script_furniture", "transcript", "speaker_labels", "furniture", "deck", "wire_keyword", "slug_line"}
# Metadata the parser works out (not input words): skipped by the accounting.
DERIVED = {"stated_times", "running_time"}


# Metadata worked out from another key's input words: `slug` from a wire keyword line
# (`BC-US--Ohio-Bridge/`) or a script's slug line (`BRIDGE CLOSURE 6P`).
DERIVED_FROM = {"slug": ("wire_keyword", "slug_line")}


def _flatten(value) -> list[str]:
    if isinstance(value, dict):
        skip = DERIVED | {k for k, sources in DERIVED_FROM.items() if any(source in value for source in sources)}
        return [t for k, v in value.items() if k not in skip for t in [k.replace("_", " ") if k not in FURNITURE else "", *_flatten(v)]]
    if isinstance(value, list):
        return [t for v in value for t in _flatten(v)]
    return [str(value)]


def segment_words(story: Story) -> list[str]:
    """Words of the segments, in order: marker text, then the text (cues: as written)."""
    out: list[str] = []
    for seg in story.segments:
        if isinstance(seg, Cue):
            out += words(seg.original)
        elif isinstance(seg, (Soundbite, Narration)) and seg.marker:
            out += words(seg.marker) + words(seg.text)
        else:
            out += words(seg.text)
    return out


def accounted_words(story: Story) -> list[str]:
    """Every word the story keeps: metadata keys and values, then the segments."""
    return words(" ".join(_flatten(story.metadata))) + segment_words(story)


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(any(w == h for h in it) for w in needle)
