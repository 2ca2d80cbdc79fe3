"""What the page announces itself as: a transcript, a press conference, an interview or a speech — or nothing (a story).

The newsroom's convention: a page of the record says what it is in its head, whatever its layout — the headline or a
title line (`Transcript: …`, `ENTREVISTA DEL PRESIDENTE …`, `Regierungspressekonferenz vom 16. Januar`,
`…大臣記者会見録`), or the outlet's intro above the body (`La siguiente es la transcripción de …`, `During the
interview, the Prime Minister fielded questions …`). The words are data (styles/pagekind.toml), in any language.

Readers ask two things (parse/evidence.py, parse/transcript.py):
- `page_kind(lines, metadata)`: the kind the head announces, and the line that announces it; a kind word inside a
  labelled turn (`HOST: … in an interview last week`) is the programme's talk, never the page's title;
- `own_voice(text)`: the paragraph speaks in someone's own voice (first or second person, a greeting, thanks; the
  polite verb endings of a Japanese or Korean speaker) and reports nobody (`said`): in a page of the record, what the
  programme's own people do not say is the guest's.

A web story stays a story: the kind alone never makes a transcript; it lowers the evidence a transcript's turns need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.headnames import remark_words
from scriptfmt.parse.labels import parse_label
from scriptfmt.parse.surnames import listed_lines

__all__ = ["KINDS", "PageKind", "announced_turns", "announces_interview", "page_kind", "own_voice", "kind_of_line"]

# The kinds, in the order a head naming two is read (`Transcript of the press conference …` is a press conference).
KINDS = ("press_conference", "speech", "interview", "transcript")
_HEAD_LINES = 24  # a page's menus may push its title this far down; the body's own words come after
_WORD = re.compile(r"[\w&'’-]+")


@dataclass(frozen=True)
class PageKind:
    kind: str  # one of KINDS, or "" (the page announces nothing: a story)
    line: int  # the index of the line that announces it; -1 for the page's headline or deck (metadata), or none
    text: str = ""  # that line as written (`Press conference by Health Minister Ana Kovač …`)

    def __bool__(self) -> bool:
        return bool(self.kind)


@dataclass(frozen=True)
class _Kind:
    words: frozenset[str]  # whole words, and phrases of whole words joined by one space
    word_ends: tuple[str, ...]
    marks: tuple[str, ...]


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, _Kind], tuple[str, ...]]:
    table = tomlfile.load_builtin("pagekind.toml")
    kinds = {
        kind: _Kind(frozenset(w.lower() for w in table[kind]["words"]), tuple(table[kind].get("word_ends", ())), tuple(table[kind].get("marks", ())))
        for kind in KINDS
    }
    return kinds, tuple(table["voice"]["marks"])


def kind_of_line(line: str) -> str:
    """The kind this one line names (`Regierungspressekonferenz vom 16. Januar 2026` -> `press_conference`), or ""."""
    low = line.lower()
    tokens = [t.strip("'’-") for t in _WORD.findall(low)]
    joined = f" {' '.join(tokens)} "
    kinds, _ = _data()
    kind = next((kind for kind in KINDS if _names(line, tokens, joined, kinds[kind])), "")
    if kind in ("press_conference", "speech") and _names(line, tokens, joined, kinds["interview"]):
        return "interview"  # `After Tuesday's press conference, she gave us this interview`: the event told of, the page an interview
    return kind


def _names(line: str, tokens: list[str], joined: str, data: _Kind) -> bool:
    if any(mark in line for mark in data.marks):
        return True
    if any(f" {word} " in joined for word in data.words if " " in word) or any(t in data.words for t in tokens):
        return True
    return any(len(t) > len(end) and t.endswith(end) for t in tokens for end in data.word_ends)


@lru_cache(maxsize=1)
def _interview_phrases() -> tuple[str, ...]:
    return tuple(w.lower() for w in tomlfile.load_builtin("pagekind.toml")["interview"].get("phrases", ()))


def announces_interview(top: str) -> bool:
    """The page's top (its first lines and headline, lower case) says it is an interview: a word of the kind, as the
    page's head is read (`entretien`, `conversación`, `インタビュー`), or the outlet's wording around it, found inside a
    longer word too (`interviewed`, `entrevistada`, `sat down with`, `told us`, `rozmowa z`). The hint a Q&A reader
    needs, not the page's kind: a story may say it."""
    tokens = [t.strip("'’-") for t in _WORD.findall(top)]
    return _names(top, tokens, f" {' '.join(tokens)} ", _data()[0]["interview"]) or any(p in top for p in _interview_phrases())


def page_kind(lines: list[str], metadata: dict | None = None) -> PageKind:
    """The kind the page's head announces: its headline or deck, else the first line among its first lines that names
    one and is no labelled turn."""
    md = metadata or {}
    for text in [str(md.get("headline") or ""), *(str(x) for x in md.get("deck") or [])]:
        if text and (kind := kind_of_line(text)):
            return PageKind(kind, -1, text)
    seen = 0
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        label = parse_label(line)
        if label is not None and label.rest and len(label.rest.split()) >= 3:
            continue  # `HOST: … in an interview last week`: the programme's talk, never the page's title
        if kind := kind_of_line(line):
            return PageKind(kind, n, line)
    return PageKind("", -1)


def own_voice(text: str) -> bool:
    """The paragraph speaks in someone's own voice and reports nobody's words."""
    tokens = {t.strip("'’-").replace("’", "'") for t in _WORD.findall(text.lower())}
    words = remark_words()
    if tokens & words.reporting:
        return False
    _, marks = _data()
    return bool(tokens & words.own) or any(mark in text for mark in marks)


def announced_turns(lines: list[str], metadata: dict | None = None) -> bool:
    """A page that announces itself as a transcript, an interview, a press conference or a speech and shows turns:
    two voices' labels or more, however few (a page cut after the first exchange, labels in a script of its own), or a
    speaker of the page's own list alone on a line above their words (parse/speakerlist.py)."""
    if not page_kind(lines, metadata):
        return False
    voices: set[str] = set()
    for raw in lines:
        label = parse_label(raw.strip())
        if label is not None and label.rest and len(label.rest.split()) >= 2:
            voices.add(label.name.lower())
    return len(voices) >= 2 or bool(listed_lines(lines))  # `SRS Hille` alone above the words, of the briefing's speakers list
