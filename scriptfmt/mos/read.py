"""Reading MOS XML from outside (device replies, newsroom-system stories) with defusedxml:
no entity expansion, no external references, one-line errors."""

from __future__ import annotations

from dataclasses import dataclass

from scriptfmt.errors import UserError
from scriptfmt.ingest.mos import strip_declaration
from scriptfmt.ingest.nitf import local, parse_xml


@dataclass
class Reply:
    """A message from the device: its body's name, messageID and the fields we act on."""

    kind: str  # roAck, mosAck, heartbeat, … ("" when the message has no body)
    message_id: str
    status: str = ""  # roAck roStatus / mosAck status
    description: str = ""  # mosAck statusDescription
    ro_id: str = ""


def child_text(el, name: str) -> str:
    """Text of the first child called `name` (namespace-agnostic), stripped; "" when absent."""
    for child in el:
        if local(child.tag) == name:
            return "".join(child.itertext()).strip()
    return ""


def body_of(root):
    """The message body: the first child of `<mos>` that is not an envelope field."""
    return next((c for c in root if local(c.tag) not in ("mosID", "ncsID", "messageID")), None)


def parse_text(text: str, source: str):
    """Parse XML already decoded to text (its declaration, which may name UTF-16, dropped)."""
    return parse_xml(strip_declaration(text).encode("utf-8"), source)


def read_reply(message: str, source: str = "device") -> Reply:
    root = parse_text(message, source)
    if local(root.tag) != "mos":
        raise UserError(f"device sent <{local(root.tag)}>, not a <mos> message", source)
    body = body_of(root)
    reply = Reply(kind=local(body.tag) if body is not None else "", message_id=child_text(root, "messageID"))
    if body is None:
        return reply
    if reply.kind == "roAck":
        reply.status, reply.ro_id = child_text(body, "roStatus"), child_text(body, "roID")
    elif reply.kind == "mosAck":
        reply.status, reply.description = child_text(body, "status"), child_text(body, "statusDescription")
    return reply
