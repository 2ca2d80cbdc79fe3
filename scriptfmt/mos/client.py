"""scriptfmt as the newsroom system (NCS): a TCP client pushing a running order to a MOS device.

It opens the device's lower port (profile 0: a heartbeat proves the device is alive) and
upper port (profiles 2 and 4: roCreate or roReplace, then every roStorySend), sends one
message at a time with messageID counting up, and waits for each roAck. Heartbeats from
the device, on either port, are answered at once with the same messageID; a heartbeat
carrying the messageID of one we sent is the answer to ours and is not answered again.
"""

from __future__ import annotations

import selectors
import socket
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

from scriptfmt.errors import UserError
from scriptfmt.mos import framing, messages
from scriptfmt.mos.read import Reply, read_reply


class SendError(Exception):
    """The push stopped: `code` 1 = the device refused a message, 2 = no device or it went silent."""

    def __init__(self, code: int, message: str):
        self.code = code
        super().__init__(message)


@dataclass
class Link:
    """One TCP connection to one of the device's ports."""

    name: str  # "lower" / "upper"
    address: str  # host:port, for messages
    sock: socket.socket
    splitter: framing.Splitter = field(default_factory=framing.Splitter)
    inbox: list[Reply] = field(default_factory=list)


@dataclass
class Session:
    host: str
    mos_id: str
    ncs_id: str
    timeout: float
    links: dict[str, Link] = field(default_factory=dict)
    next_id: int = 1
    our_heartbeats: set[str] = field(default_factory=set)

    def open(self, name: str, port: int) -> None:
        address = f"{self.host}:{port}"
        try:
            sock = socket.create_connection((self.host, port), timeout=self.timeout)
        except TimeoutError:
            raise SendError(2, f"cannot connect to the MOS device at {address} ({name} port): no answer within {self.timeout:g} s") from None
        except OSError as exc:
            raise SendError(2, f"cannot connect to the MOS device at {address} ({name} port): {exc.strerror or exc}") from None
        self.links[name] = Link(name, address, sock)

    def close(self) -> None:
        for link in self.links.values():
            link.sock.close()
        self.links.clear()

    def send(self, name: str, body: ET.Element, message_id: int | None = None) -> int:
        """Send one message on a link; returns its messageID (the next one unless given)."""
        if message_id is None:
            message_id, self.next_id = self.next_id, self.next_id + 1
        link = self.links[name]
        data = framing.encode(messages.envelope(body, self.mos_id, self.ncs_id, message_id))
        try:
            link.sock.sendall(data)
        except OSError as exc:
            raise SendError(2, f"lost the connection to the MOS device at {link.address}: {exc.strerror or exc}") from None
        if body.tag == "heartbeat":
            self.our_heartbeats.add(str(message_id))
        return message_id

    def wait(self, name: str, kinds: set[str], what: str) -> Reply:
        """The next reply of one of `kinds` on link `name`, answering heartbeats meanwhile."""
        deadline = time.monotonic() + self.timeout
        link = self.links[name]
        with selectors.DefaultSelector() as selector:
            for each in self.links.values():
                selector.register(each.sock, selectors.EVENT_READ, each)
            while True:
                found = next((r for r in link.inbox if r.kind in kinds), None)
                if found is not None:
                    link.inbox.remove(found)
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise SendError(2, f"the MOS device at {link.address} went silent: no {what} within {self.timeout:g} s")
                for key, _ in selector.select(left):
                    self._receive(key.data, what)

    def _receive(self, link: Link, what: str) -> None:
        try:
            data = link.sock.recv(65536)
        except OSError as exc:
            raise SendError(2, f"lost the connection to the MOS device at {link.address}: {exc.strerror or exc}") from None
        if not data:
            raise SendError(2, f"the MOS device at {link.address} closed the connection before {what}")
        try:
            for text in link.splitter.feed(data):
                reply = read_reply(text, f"MOS device at {link.address}")
                if reply.kind == "heartbeat":
                    self._heartbeat(link, reply)
                else:
                    link.inbox.append(reply)
        except UserError as exc:
            raise SendError(2, str(exc)) from None

    def _heartbeat(self, link: Link, reply: Reply) -> None:
        if reply.message_id in self.our_heartbeats:
            link.inbox.append(reply)  # the answer to ours
            return
        message_id = int(reply.message_id) if reply.message_id.isdigit() else None
        self.send(link.name, messages.heartbeat(), message_id)


def refusal(name: str, message_id: int, reply: Reply) -> str | None:
    """Why the device refused a message, or None when it accepted it (roStatus OK)."""
    if reply.kind == "roAck" and reply.status.strip().upper() == "OK":
        return None
    why = reply.status or "no status"
    if reply.kind == "mosAck" and reply.description:
        why = f"{why}: {reply.description}"
    return f"the MOS device refused {name} (messageID {message_id}): {why}"


def push(
    sent: list[tuple[str, ET.Element]], host: str, ports: tuple[int, int], mos_id: str, ncs_id: str,
    timeout: float, report: Callable[[str, int], None] = lambda name, message_id: None,
) -> None:
    """Send `sent` ([(name, body)], roCreate first) and wait for each roAck. Raises SendError."""
    session = Session(host, mos_id, ncs_id, timeout)
    try:
        session.open("lower", ports[0])
        session.send("lower", messages.heartbeat())
        session.wait("lower", {"heartbeat"}, "heartbeat answer on the lower port")
        session.open("upper", ports[1])
        for name, body in sent:
            message_id = session.send("upper", body)
            reply = session.wait("upper", {"roAck", "mosAck"}, f"roAck for {name}")
            why = refusal(name, message_id, reply)
            if why:
                raise SendError(1, why)
            report(name, message_id)
    finally:
        session.close()
