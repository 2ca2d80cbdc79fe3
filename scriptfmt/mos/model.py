"""The message model as MOS names it: a running order holds stories, a story holds items.

Only what scriptfmt sends or reads is modelled; everything else a newsroom system sends
is kept as (name, text) pairs so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# itemEdDur counts samples of this time base (MOS `objTB`: samples per second). The
# seconds also travel in mosExternalMetadata, so no reader has to assume a time base.
TIME_BASE = 30
SCHEMA_ITEM = "urn:scriptfmt:mos:item:1"
SCHEMA_STORY = "urn:scriptfmt:mos:story:1"


@dataclass
class MosItem:
    """A piece of tape in a story: a MOS item (`<item>` in roCreate, `<storyItem>` in a story)."""

    item_id: str
    slug: str
    obj_id: str
    mos_id: str
    seconds: float | None = None  # None: the length is unknown
    tape: str = "SOT"  # tape kind: SOT, PKG, VO/SOT, ACT …
    in_cue: str = ""
    out_cue: str = ""
    super: str = ""  # the on-screen name super: "Name, Title"
    transcript: str = ""  # the words on the tape, when the script has them
    estimated: bool = False  # True when the length was estimated from the words

    @property
    def ed_dur(self) -> int | None:
        """itemEdDur: the length in samples of TIME_BASE."""
        return None if self.seconds is None else round(self.seconds * TIME_BASE)


@dataclass
class BodyPart:
    """One element of a storyBody, in order: `p` (read copy), `pi` (presenter instruction),
    `storyItem`, `storyPresenter` or `storyPresenterRR`."""

    kind: str
    text: str = ""
    item: MosItem | None = None


@dataclass
class MosStory:
    story_id: str
    slug: str
    number: str = ""  # storyNum: the rundown page
    body: list[BodyPart] = field(default_factory=list)  # empty: no script (roCreate only)
    items: list[MosItem] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # story mosExternalMetadata payload

    @property
    def has_copy(self) -> bool:
        return bool(self.body)


@dataclass
class RunningOrder:
    ro_id: str
    slug: str
    ed_start: str | None = None  # roEdStart: 2026-11-27T18:00:00
    ed_dur: str | None = None  # roEdDur: 00:14:00
    stories: list[MosStory] = field(default_factory=list)


def hms(seconds: float) -> str:
    """MOS duration `HH:MM:SS` (whole seconds)."""
    whole = int(round(seconds))
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def seconds_text(seconds: float) -> str:
    """Seconds as MOS metadata carries them: `12`, `12.5`."""
    return f"{round(seconds, 2):g}"
