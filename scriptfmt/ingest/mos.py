"""MOS roStorySend (a newsroom system's full story) -> copy text plus metadata.

`<p>` is read copy, `<pi>` a cue, `<storyItem>` tape (a `[SOT: SUPER :15]` marker with
its IN:/OUT: cues and words), `storyPresenter` the talent, `storyPresenterRR` the read
rate, `storySlug` the slug. The copy is written in scriptfmt's own script syntax, so the
one parser reads it. Everything else the message carries goes to metadata: nothing lost.
Parsed with defusedxml, as NITF is.
"""

from __future__ import annotations

import re

from scriptfmt.durations import format_duration
from scriptfmt.errors import UserError
from scriptfmt.ingest.nitf import Result, local, parse_xml
from scriptfmt.talents import is_read_rate

_ROOT = re.compile(r"<(?:mos|roStorySend)[\s>/]")
_SPACE = re.compile(r"\s+")
_KNOWN_STORY = {"roID", "storyID", "storySlug", "storyNum", "storyBody", "mosExternalMetadata"}
_ENVELOPE = {"mosID": "mos_id", "ncsID": "ncs_id", "messageID": "message_id"}


def looks_like_mos(head: str) -> bool:
    """True when the document's root element is `<mos>` or `<roStorySend>` (after any
    XML declaration, processing instructions and comments)."""
    rest = head.lstrip()
    while rest.startswith(("<?", "<!--")):
        end = rest.find("?>" if rest.startswith("<?") else "-->")
        if end < 0:
            return False
        rest = rest[end + (2 if rest.startswith("<?") else 3):].lstrip()
    return bool(_ROOT.match(rest))


def _squash(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _text(el) -> str:
    return _squash("".join(el.itertext()))


def _child(el, name: str):
    return next((c for c in el if local(c.tag) == name), None)


def _child_text(el, name: str) -> str:
    found = _child(el, name)
    return _text(found) if found is not None else ""


def _unbracket(text: str) -> str:
    """Brackets inside a cue or marker would end it early: they become parentheses."""
    return text.replace("[", "(").replace("]", ")")


def _payload(el) -> dict[str, str]:
    """Every mosExternalMetadata payload of `el`, flattened to {element name: text}."""
    found: dict[str, str] = {}
    for meta in (c for c in el if local(c.tag) == "mosExternalMetadata"):
        payload = _child(meta, "mosPayload")
        for field in payload.iter() if payload is not None else ():
            if field is not payload and len(field) == 0 and _squash(field.text):
                found.setdefault(local(field.tag), _squash(field.text))
    return found


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if value >= 0 else None


def item_seconds(item, payload: dict[str, str]) -> float | None:
    """A storyItem's length: the seconds the system gives, else itemEdDur in its time base
    (objTB), else the object's objDur in that time base; None when no time base is given."""
    given = _number(payload.get("seconds", ""))
    if given is not None:
        return given
    base = _number(_child_text(item, "objTB") or payload.get("timeBase", ""))
    if not base:
        return None
    for name in ("itemEdDur", "objDur"):
        samples = _number(_child_text(item, name))
        if samples is not None:
            return samples / base
    return None


def _story_item(item, meta: dict) -> list[str]:
    """A storyItem as a tape marker paragraph (and its words as a quoted paragraph)."""
    payload = _payload(item)
    seconds = item_seconds(item, payload)
    record = {local(c.tag): _text(c) for c in item if local(c.tag) != "mosExternalMetadata" and _text(c)}
    record.update({k: v for k, v in payload.items() if k not in ("inCue", "outCue", "super", "transcript")})
    if seconds is None:
        meta.setdefault("mos_warnings", []).append(f"storyItem {record.get('itemSlug') or record.get('itemID', '?')}: no length or time base given")
    meta.setdefault("mos_items", []).append(record)
    marker = " ".join(x for x in (_unbracket(payload.get("super", "")), format_duration(seconds) if seconds is not None else "") if x)
    slug = _unbracket(record.get("itemSlug", ""))
    lines = [f"[SOT: {marker}]" if marker else f"[SOT {slug}]".replace(" ]", "]")]
    lines += [f"{key}: {payload[field]}" for key, field in (("IN", "inCue"), ("OUT", "outCue")) if payload.get(field)]
    blocks = ["\n".join(lines)]
    if payload.get("transcript"):
        blocks.append(f"“{payload['transcript']}”")
    return blocks


class _Body:
    """Walks a storyBody in order, writing paragraphs of script text."""

    def __init__(self, meta: dict):
        self.meta = meta
        self.blocks: list[str] = []
        self.presenters: list[str] = []

    def walk(self, body) -> None:
        self._loose(body.text)
        for el in body:
            name = local(el.tag)
            if name == "p":
                self._paragraph(el)
            elif name == "pi":
                self._cue(_text(el))
            elif name == "storyItem":
                self.blocks.extend(_story_item(el, self.meta))
            elif name == "storyPresenter":
                self._presenter(_text(el))
            elif name == "storyPresenterRR":
                self._read_rate(_text(el))
            else:
                self.keep_unknown(el)
            self._loose(el.tail)

    def _loose(self, text: str | None) -> None:
        if _squash(text):
            self.blocks.append(_squash(text))

    def _cue(self, text: str) -> None:
        if text:
            self.blocks.append(f"[{_unbracket(text)}]")

    def _paragraph(self, el) -> None:
        """A `<p>`: its words are read copy; a `<pi>` inside it is a cue of its own."""
        parts: list[str] = [el.text or ""]
        for child in el:
            if local(child.tag) == "pi":
                self._loose("".join(parts))
                parts = []
                self._cue(_text(child))
            else:
                parts.append("".join(child.itertext()))
            parts.append(child.tail or "")
        self._loose("".join(parts))

    def _presenter(self, name: str) -> None:
        if not name:
            return
        if not self.presenters:
            self.meta["talent"] = name
        elif name != self.presenters[-1]:
            self._cue(f"PRESENTER {name}")  # a change of reader mid-story
        self.presenters.append(name)

    def _read_rate(self, text: str) -> None:
        rate = _number(text)
        if rate is not None and is_read_rate(rate) and "read_rate" not in self.meta:
            self.meta["read_rate"] = f"{rate:g}"
        elif text:
            self.meta.setdefault("story_presenter_rr", []).append(text)

    def keep_unknown(self, el) -> None:
        self.meta.setdefault("mos_unknown", []).append({"element": local(el.tag), "text": _text(el)})


def convert(root, source: str) -> Result:
    """A `<mos>` message holding roStorySend (or a bare roStorySend) -> script text."""
    meta: dict = {"source_format": "mos"}
    send = root if local(root.tag) == "roStorySend" else _child(root, "roStorySend")
    if send is None:
        body = next((local(c.tag) for c in root if local(c.tag) not in _ENVELOPE), None)
        raise UserError(f"MOS message, but not a roStorySend (it holds <{body or 'nothing'}>); give one story as roStorySend", source)
    for name, key in _ENVELOPE.items():
        if local(root.tag) == "mos" and _child_text(root, name):
            meta[key] = _child_text(root, name)
    for name, key in (("roID", "ro_id"), ("storyID", "story_id"), ("storyNum", "page")):
        if _child_text(send, name):
            meta[key] = _child_text(send, name)
    if _payload(send):
        meta["mos_metadata"] = _payload(send)
    walker = _Body(meta)
    for el in send:
        if local(el.tag) not in _KNOWN_STORY:
            walker.keep_unknown(el)
    story_body = _child(send, "storyBody")
    if story_body is not None:
        if story_body.attrib:
            meta["mos_body_attributes"] = dict(story_body.attrib)
        walker.walk(story_body)
    if not walker.blocks:
        raise UserError("roStorySend has no story text (its storyBody holds no <p>, <pi> or <storyItem>)", source)
    slug = _child_text(send, "storySlug")
    head = f"SLUG: {slug}\n\n" if slug else ""
    return Result(text=head + "\n\n".join(walker.blocks) + "\n", metadata=meta)


_DECLARATION = re.compile(r"\s*<\?xml[^>]*\?>")


def strip_declaration(text: str) -> str:
    """Decoded XML without its declaration (which may name an encoding it no longer has)."""
    m = _DECLARATION.match(text)
    return text[m.end():] if m else text


def _as_utf8(data: bytes) -> bytes:
    """UTF-16 as it comes off the wire (with or without a byte-order mark) -> UTF-8 text."""
    if data[:2] in (b"\xfe\xff", b"\xff\xfe"):
        return strip_declaration(data.decode("utf-16", errors="replace")).encode("utf-8")
    if data[:1] == b"\x00" and data[1:2] == b"<":
        return strip_declaration(data.decode("utf-16-be", errors="replace")).encode("utf-8")
    if data[:1] == b"<" and data[1:2] == b"\x00":
        return strip_declaration(data.decode("utf-16-le", errors="replace")).encode("utf-8")
    return data


def ingest(data: bytes, source: str) -> Result:
    root = parse_xml(_as_utf8(data), source)
    try:
        return convert(root, source)
    except RecursionError:
        raise UserError("XML is nested too deeply to be a story", source) from None
