"""A loaded, timed rundown -> a MOS running order with one story per rundown item.

Read copy goes out after the broadcast rewrite (as the prompter shows it). Tape is a
soundbite the script marks as tape (a tape kind, a `[SOT: … :15]` marker or a duration),
or a package cue with its running time (`[TAKE PKG TRT 1:48]`). A quote soundbite without
tape has no clip a device could play: it goes out as read copy in quotation marks.

IDs are built from names, never from positions or clocks, so the same show exports the
same IDs and a device can match an update to what it already holds.
"""

from __future__ import annotations

import hashlib
import re

from scriptfmt.model import Cue, Narration, Soundbite, Speaker, Story, fold_bite_pieces
from scriptfmt.mos.model import BodyPart, MosItem, MosStory, RunningOrder, hms, seconds_text
from scriptfmt.parse.turnmarks import LABELLED
from scriptfmt.rundown import Item, Rundown, clock, infer_format

MAX_ID = 128  # MOS strings are at most 128 characters
_NOT_ID = re.compile(r"[^A-Z0-9]+")
_MARKER_KIND = re.compile(r"\[?[ ]*([A-Za-z]+)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def id_text(text: str) -> str:
    """`Storm / flooding` -> `STORM-FLOODING`: upper case, runs of other characters one hyphen."""
    return _NOT_ID.sub("-", text.upper()).strip("-") or "X"


def fit(text: str, limit: int = MAX_ID) -> str:
    """Text cut to `limit` characters; a cut ID ends in a hash of the whole, so it stays unique."""
    if len(text) <= limit:
        return text
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return text[: limit - 11] + "~" + digest


def running_order(rundown: Rundown, mos_id: str) -> RunningOrder:
    """The whole show as MOS: roCreate's stories, each with its items and (if scripted) body.

    Floated items stay out, as newsroom systems keep floated stories off MOS devices."""
    show = rundown.show
    ro_id = fit(id_text(show.title) + (f"-{show.date}" if show.date else ""))
    start = f"{show.date}T{clock(show.start)}" if show.date and _ISO_DATE.fullmatch(show.date) else None
    ro = RunningOrder(ro_id=ro_id, slug=fit(show.title), ed_start=start, ed_dur=hms(show.length))
    seen: dict[str, int] = {}
    for item in rundown.items:
        if item.floated:
            continue
        key = id_text(item.slug)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}-{seen[key]}"
        ro.stories.append(_story(rundown, item, fit(f"{ro_id};{key}"), key, mos_id))
    return ro


def _story(rundown: Rundown, item: Item, story_id: str, key: str, mos_id: str) -> MosStory:
    story = MosStory(story_id=story_id, slug=fit(item.slug), number=fit(item.page))
    story.facts = _facts(rundown, item)
    if item.story is None:
        return story
    from scriptfmt.spoken import apply_broadcast_style

    script = apply_broadcast_style(item.story)
    presenter = _presenter(rundown, item, script)
    story.body.append(BodyPart("storyPresenter", presenter))
    if script.read_rate_wpm:
        story.body.append(BodyPart("storyPresenterRR", seconds_text(script.read_rate_wpm)))
    reader = presenter
    for seg in fold_bite_pieces(script.segments):  # each tape block one item
        if isinstance(seg, Narration):
            reader = _reader_change(rundown, seg, reader, presenter, story.body)
            story.body.extend(BodyPart("p", para) for para in _paragraphs(seg.text))
        elif isinstance(seg, Soundbite) and _is_tape(seg):
            _add_item(story, _tape_item(seg, story, key, mos_id))
        elif isinstance(seg, Soundbite):
            story.body.extend(BodyPart("p", f"“{para}”") for para in _paragraphs(seg.text))
        elif isinstance(seg, Cue):
            story.body.append(BodyPart("pi", seg.text or seg.original))
    return story


def _facts(rundown: Rundown, item: Item) -> dict[str, str]:
    """What the running order knows of the item, for the story's mosExternalMetadata."""
    facts = {"page": item.page, "kind": item.kind}
    if item.story is not None or item.format:
        facts["format"] = item.format.upper() if item.format else infer_format(item.story)
    if item.talent:
        facts["talent"] = item.talent
    facts.update(readSeconds=seconds_text(item.read), mediaSeconds=seconds_text(item.media), totalSeconds=seconds_text(item.total))
    if item.target is not None:
        facts["targetSeconds"] = seconds_text(item.target)
    return {k: v for k, v in facts.items() if v}


def _presenter(rundown: Rundown, item: Item, story: Story) -> str:
    """The item's talent by name (the talent table's `name`), else as the script gives it."""
    tid = item.talent or rundown.show.talent
    talent = rundown.talents.get(tid or "")
    if talent is not None:
        return talent.name
    return str(tid or story.header.talent or "")


def _reader_change(rundown: Rundown, seg: Narration, reader: str, presenter: str, body: list[BodyPart]) -> str:
    """Co-anchor copy (`ANNA:`): a new storyPresenter (and its read rate, when known) before it."""
    wanted = presenter
    if seg.talent:
        known = rundown.talents.get(seg.talent) or next((t for t in rundown.talents.values() if t.name.lower() == seg.talent.lower()), None)
        wanted = known.name if known else seg.talent
        rate = known.read_rate_wpm if known else None
    else:
        known = next((t for t in rundown.talents.values() if t.name == presenter), None)
        rate = known.read_rate_wpm if known else None
    if wanted != reader:
        body.append(BodyPart("storyPresenter", wanted))
        if rate:
            body.append(BodyPart("storyPresenterRR", seconds_text(rate)))
    return wanted


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _is_tape(seg: Soundbite) -> bool:
    """What says tape: a tape kind, a given duration, a script's SOT-style marker; a transcript turn's
    speaker label (its marker) says who speaks, not that a tape rolls."""
    return bool(seg.tape or seg.duration is not None or (seg.marker and seg.why != LABELLED))


def _tape_kind(seg: Soundbite) -> str:
    if seg.tape:
        return seg.tape.upper()
    m = _MARKER_KIND.match(seg.marker or "")
    kind = m.group(1).upper() if m else "SOT"
    return kind if kind not in ("IN", "OUT", "RUNS", "DUR", "TRT") else "SOT"


def _super(speaker: Speaker | None) -> str:
    if speaker is None:
        return ""
    return f"{speaker.name}, {speaker.title}" if speaker.title else speaker.name


def _tape_item(seg: Soundbite, story: MosStory, key: str, mos_id: str) -> MosItem:
    kind = _tape_kind(seg)
    number = len(story.items) + 1
    who = f" {seg.speaker.name.upper()}" if seg.speaker else ""
    return MosItem(
        item_id=str(number), slug=fit(f"{story.slug}:{kind}{who}"), obj_id=fit(f"{key}:{id_text(kind)}{number}"),
        mos_id=mos_id, seconds=seg.seconds, tape=kind, in_cue=seg.in_cue, out_cue=seg.out_cue,
        super=_super(seg.speaker), transcript=seg.text, estimated=seg.estimated,
    )


def _add_item(story: MosStory, item: MosItem) -> None:
    story.items.append(item)
    story.body.append(BodyPart("storyItem", item=item))
