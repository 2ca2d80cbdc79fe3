"""MOS messages as XML, elements in MOS 2.8.5 order: one `<mos>` root each with
`mosID`, `ncsID`, `messageID`, then one body (roCreate, roReplace, roStorySend, heartbeat).

Built with ElementTree (writing only: reading untrusted XML goes through defusedxml).
"""

from __future__ import annotations

import datetime as _dt
import xml.etree.ElementTree as ET

from scriptfmt.mos.model import SCHEMA_ITEM, SCHEMA_STORY, TIME_BASE, MosItem, MosStory, RunningOrder, seconds_text


def _add(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = text
    return el


def _metadata(parent: ET.Element, schema: str, payload: dict[str, str]) -> None:
    """One mosExternalMetadata block: mosScope, mosSchema, mosPayload (one element per key)."""
    meta = _add(parent, "mosExternalMetadata")
    _add(meta, "mosScope", "PLAYLIST")
    _add(meta, "mosSchema", schema)
    body = _add(meta, "mosPayload")
    for key, value in payload.items():
        _add(body, key, value)


def _item_payload(item: MosItem, full: bool) -> dict[str, str]:
    payload = {"tape": item.tape}
    if item.seconds is not None:
        payload.update(seconds=seconds_text(item.seconds), timeBase=str(TIME_BASE), estimated="true" if item.estimated else "false")
    if full:
        extra = {"inCue": item.in_cue, "outCue": item.out_cue, "super": item.super, "transcript": item.transcript}
        payload.update({k: v for k, v in extra.items() if v})
    return payload


def _item(parent: ET.Element, tag: str, item: MosItem, full: bool) -> None:
    """An `item` (roCreate) or `storyItem` (roStorySend; `full` adds cues, super and words)."""
    el = _add(parent, tag)
    _add(el, "itemID", item.item_id)
    _add(el, "itemSlug", item.slug)
    _add(el, "objID", item.obj_id)
    _add(el, "mosID", item.mos_id)
    if item.ed_dur is not None:
        _add(el, "itemEdDur", str(item.ed_dur))
    _metadata(el, SCHEMA_ITEM, _item_payload(item, full))


def _story_head(parent: ET.Element, story: MosStory) -> None:
    _add(parent, "storyID", story.story_id)
    _add(parent, "storySlug", story.slug)
    _add(parent, "storyNum", story.number)


def running_order(ro: RunningOrder, replace: bool = False) -> ET.Element:
    """roCreate (or roReplace, for a running order the device already has)."""
    body = ET.Element("roReplace" if replace else "roCreate")
    _add(body, "roID", ro.ro_id)
    _add(body, "roSlug", ro.slug)
    if ro.ed_start:
        _add(body, "roEdStart", ro.ed_start)
    if ro.ed_dur:
        _add(body, "roEdDur", ro.ed_dur)
    for story in ro.stories:
        el = _add(body, "story")
        _story_head(el, story)
        if story.facts:
            _metadata(el, SCHEMA_STORY, story.facts)
        for item in story.items:
            _item(el, "item", item, full=False)
    return body


def story_send(ro: RunningOrder, story: MosStory) -> ET.Element:
    """roStorySend: the full story, its body in script order."""
    body = ET.Element("roStorySend")
    _add(body, "roID", ro.ro_id)
    _story_head(body, story)
    story_body = _add(body, "storyBody")
    for part in story.body:
        if part.kind == "storyItem" and part.item is not None:
            _item(story_body, "storyItem", part.item, full=True)
        else:
            _add(story_body, part.kind, part.text)
    if story.facts:
        _metadata(body, SCHEMA_STORY, story.facts)
    return body


def heartbeat() -> ET.Element:
    body = ET.Element("heartbeat")
    _add(body, "time", _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S"))
    return body


def envelope(body: ET.Element, mos_id: str, ncs_id: str, message_id: int) -> str:
    """The complete `<mos>` message as text (no XML declaration: the wire has none)."""
    root = ET.Element("mos")
    _add(root, "mosID", mos_id)
    _add(root, "ncsID", ncs_id)
    _add(root, "messageID", str(message_id))
    root.append(body)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="unicode")


def file_text(message: str) -> bytes:
    """A message as an exported file: UTF-8 with its declaration."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + message + "\n").encode("utf-8")


def show_messages(ro: RunningOrder, replace: bool = False) -> list[tuple[str, ET.Element]]:
    """Every message of a push, in order, each with a name for messages: roCreate, then
    one roStorySend per story with copy (`roStorySend 3 STORM-FLOODING`)."""
    first = ("roReplace" if replace else "roCreate", running_order(ro, replace))
    stories = [(f"roStorySend {n} {story.slug}", story_send(ro, story)) for n, story in enumerate(ro.stories, 1) if story.has_copy]
    return [first, *stories]
