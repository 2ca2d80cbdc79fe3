"""MOS framing on TCP: each message is one `<mos>…</mos>` document in UTF-16 big-endian,
sent back to back with nothing between them (MOS 2.8.5, "MOS messages over TCP/IP")."""

from __future__ import annotations

import codecs

from scriptfmt.errors import UserError

ENCODING = "utf-16-be"
END = "</mos>"
MAX_MESSAGE_CHARS = 8 * 1024 * 1024  # a reply larger than this is not a MOS reply


def encode(message: str) -> bytes:
    return message.encode(ENCODING)


class Splitter:
    """Bytes in as they arrive (split anywhere, even inside a character), whole messages out."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder(ENCODING)(errors="replace")
        self._text = ""

    def feed(self, data: bytes) -> list[str]:
        self._text += self._decoder.decode(data)
        messages: list[str] = []
        while True:
            end = self._text.find(END)
            if end < 0:
                break
            cut = end + len(END)
            messages.append(self._text[:cut].strip())
            self._text = self._text[cut:]
        if len(self._text) > MAX_MESSAGE_CHARS:
            raise UserError(f"device sent more than {MAX_MESSAGE_CHARS // 1048576} M characters without a complete <mos> message")
        return messages

    @property
    def pending(self) -> str:
        """Text received after the last complete message."""
        return self._text
