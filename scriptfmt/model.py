"""The story model every stage shares: a Story is metadata plus an ordered list of segments.

Segment kinds are classes with a `kind` name; renderers dispatch on `kind`
(one method per kind), so a new kind is one new class and one new method.
Parse fills text and structure; timing fills `words` and `seconds`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, ClassVar


@dataclass(frozen=True)
class Speaker:
    """Who speaks a soundbite, as the on-screen super shows it."""

    name: str
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title}


@dataclass
class Segment:
    """One piece of the story, in input order. `text` holds the words of the input
    without enclosing quote marks or brackets; paragraph breaks inside it are "\\n\\n"."""

    text: str
    line: int = 0  # 1-based input line where the segment starts (0 = unknown)
    words: int = 0  # spoken words counted by timing (0 for cues)
    seconds: float = 0.0  # filled by timing
    # in a package's script printed under its roll (TRACK, SOT, STANDUP): already inside the
    # package's stated length, so never counted again in the story's totals
    in_package: bool = False
    kind: ClassVar[str] = "segment"

    def to_json(self) -> dict[str, Any]:
        data = {"kind": self.kind, "text": self.text, "seconds": round(self.seconds, 2), "words": self.words, "line": self.line}
        if self.in_package:
            data["in_package"] = True
        return data


@dataclass
class Narration(Segment):
    """Read copy: what the anchor says. `talent` is set when the copy switches readers
    (co-anchor lines `ANNA:`, `(DEV)`, `[2-SHOT]`); None = the story's talent."""

    talent: str | None = None
    marker: str | None = None  # the speaker label a transcript turn opens with (`HOST:`), as written: never read
    kind: ClassVar[str] = "narration"

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        if self.talent is not None:
            data["talent"] = self.talent
        if self.marker is not None:
            data["marker"] = self.marker
        return data


@dataclass
class Soundbite(Segment):
    """Recorded speech of a named speaker (SOT on TV, actuality on radio); the anchor does not read it."""

    speaker: Speaker | None = None
    duration: float | None = None  # seconds given by the copy (`[SOT: … :15]`); None = estimate
    in_cue: str = ""
    out_cue: str = ""
    estimated: bool = False  # filled by timing: True when `seconds` was estimated from words
    marker: str | None = None  # the explicit marker as written (`[SOT: NAME :15]`, `IN:`/`OUT:` lines), if any
    tape: str | None = None  # tape kind the copy names: SOT, PKG, VO/SOT, ACT, WRAP, CUT …; None = a quote
    speaker_id: str | None = None  # stable id of the person in the story (same person, same id)
    why: str | None = None  # name of the attribution rule that chose the speaker
    language: str | None = None  # the language the speaker speaks, as a shotlist gives it (`SOUNDBITE (French)`)
    # A piece of the tape block next to it, split off by a super that names the speaker (the
    # super is a cue between): `continues` = lines after the bite (its RUNS / OUT lines, the
    # rest of its transcript), `opens` = the opener lines before a super that precedes the
    # transcript. A piece has no time of its own: the bite holds the tape's time and cues.
    continues: bool = False
    opens: bool = False
    whole: Soundbite | None = field(default=None, repr=False, compare=False)  # a piece's bite
    kind: ClassVar[str] = "soundbite"

    @property
    def is_piece(self) -> bool:
        return self.continues or self.opens

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        data.update(
            speaker=self.speaker.to_json() if self.speaker else None,
            estimated=self.estimated,
            in_cue=self.in_cue,
            out_cue=self.out_cue,
        )
        if self.duration is not None:
            data["duration"] = self.duration
        if self.marker is not None:
            data["marker"] = self.marker
        for key in ("tape", "speaker_id", "why", "language"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        for key in ("continues", "opens"):
            if getattr(self, key):
                data[key] = True
        if self.is_piece and self.whole is not None:  # the tape's running time, counted once: on the bite
            data["seconds"] = round(self.whole.seconds, 2)
        return data


@dataclass
class Cue(Segment):
    """A production cue nobody reads aloud: `[TAKE VO]`, `(pause if necessary, cut to TV)`."""

    cue_type: str = "OTHER"  # canonical type from styles/cues.toml: VO, SOT, CG, PAUSE, CAMERA, MUSIC, …
    original: str = ""  # exactly as written, brackets included
    duration: float | None = None  # a live segment's stated length (`Q&A: … -- LIVE -- 1:00`): on air, so timed
    kind: ClassVar[str] = "cue"

    @property
    def is_speaker_direction(self) -> bool:
        """Short directions to the anchor (pause) stay in prompter copy."""
        return self.cue_type == "PAUSE"

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        data.update(cue_type=self.cue_type, original=self.original)
        if self.duration is not None:
            data["duration"] = self.duration
        return data


def fold_bite_pieces(segments: list[Segment]) -> list[Segment]:
    """The segments with each tape block whole again, as pages, prompter and MOS show it: the
    lines of a bite's pieces, and the supers between them, go back into the bite's marker (a
    bite without a transcript) or into one cue after it; their words back into its transcript.
    A new list; the bites in it are copies."""
    if not any(isinstance(s, Soundbite) and s.is_piece for s in segments):
        return list(segments)
    out: list[Segment] = []
    bite: Soundbite | None = None  # the bite whose continuing pieces may follow
    tail = 0  # index in `out` where that bite's cues start
    opening: list[str] = []  # lines of an opening piece and the supers after it
    for seg in segments:
        if isinstance(seg, Soundbite) and seg.opens or opening and isinstance(seg, Cue):
            opening.append(seg.marker or "" if isinstance(seg, Soundbite) else seg.original or seg.text)
            continue
        if isinstance(seg, Soundbite) and seg.continues and bite is not None:
            _fold_tail(out, tail, bite, seg)
            continue
        if isinstance(seg, Soundbite):
            seg = replace(seg, marker="\n".join(opening + [seg.marker or ""]).strip("\n") or seg.marker)
            bite, tail = seg, len(out) + 1
        elif not isinstance(seg, Cue):
            bite = None
        opening = []
        out.append(seg)
    return out


def _fold_tail(out: list[Segment], tail: int, bite: Soundbite, piece: Soundbite) -> None:
    """A continuing piece back into its bite (`out[tail:]` are the cues since the bite)."""
    spoken = bool(bite.text or piece.text)
    bite.text = f"{bite.text} {piece.text}".strip()
    cues = [c for c in out[tail:] if isinstance(c, Cue)]
    lines = [c.original or c.text for c in cues] + ([piece.marker] if piece.marker else [])
    if not spoken:  # no transcript: every line of the block is the bite's marker
        bite.marker = "\n".join([bite.marker or "", *lines]).strip("\n")
        del out[tail:]
    elif lines:
        text = "\n".join(lines)
        out[tail:] = [Cue(text, cues[0].line if cues else piece.line, cue_type=cues[0].cue_type if cues else "TIMING", original=text)]


@dataclass(frozen=True)
class StoryHeader:
    """What the renderers and commands read of a story's header, typed. Built from `Story.metadata`
    (the copy's `KEY: value` lines and the wire furniture), which keeps every key, known or not."""

    slug: str | None = None
    talent: str | None = None
    date: str | None = None  # the copy's DATE: line, else the feed's issue date
    headline: str | None = None
    byline: str | None = None
    dateline: str | None = None
    target: str | None = None  # TARGET: as written (m:ss)
    format: str | None = None  # FORMAT: as written (RDR, VO, SOT, PKG …)
    bites: str | None = None  # BITES: tape | read
    read_rate: str | None = None  # WPM:/RATE:/READ_RATE: as written

    @classmethod
    def from_metadata(cls, metadata: dict[str, Any]) -> StoryHeader:
        def text(*keys: str) -> str | None:
            for key in keys:
                value = metadata.get(key)
                if value not in (None, "", []):
                    return str(value[0] if isinstance(value, list) else value)
            return None

        return cls(slug=text("slug"), talent=text("talent"), date=text("date", "issued"), headline=text("headline"),
                   byline=text("byline"), dateline=text("dateline"), target=text("target"), format=text("format"),
                   bites=text("bites"), read_rate=text("wpm", "rate", "read_rate"))


@dataclass
class Story:
    """A parsed story. `metadata` holds header keys (lower-case: slug, talent, target, format …)
    and wire furniture (dateline, byline, editor_notes, credits, …) — never read, never timed."""

    segments: list[Segment] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    source: str = "-"  # file name the story came from, for messages
    read_rate_wpm: float = 0.0  # filled by timing
    total_seconds: float = 0.0  # filled by timing
    # Optional hints from structured ingest (NITF <person>, <pronounce>): name -> title / guide.
    speaker_hints: dict[str, str | None] = field(default_factory=dict)
    pronouncers: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # what the parser had to guess (unclosed quotes …)

    @property
    def header(self) -> StoryHeader:
        """The header, typed (metadata may change until rendering, so it is built on each call)."""
        return StoryHeader.from_metadata(self.metadata)

    @property
    def slug(self) -> str | None:
        return self.header.slug

    @property
    def talent(self) -> str | None:
        return self.header.talent

    @property
    def read_seconds(self) -> float:
        return sum(s.seconds for s in self.segments if not isinstance(s, Soundbite) and not s.in_package)

    @property
    def media_seconds(self) -> float:
        return sum(s.seconds for s in self.segments if isinstance(s, Soundbite) and not s.in_package)

    def to_json(self) -> dict[str, Any]:
        return {
            "slug": self.slug,
            "metadata": self.metadata,
            "read_rate_wpm": self.read_rate_wpm,
            "segments": [s.to_json() for s in self.segments],
            "read_seconds": round(self.read_seconds, 2),
            "media_seconds": round(self.media_seconds, 2),
            "total_seconds": round(self.total_seconds, 2),
            "warnings": self.warnings,
        }
