"""Plain-text copy: bytes in any common newsroom encoding to clean text.

UTF-8 (with or without BOM), UTF-16 with BOM, otherwise Windows-1252 (many wire
feeds still send it; 0x93/0x94 are curly quotes). Line ends become "\\n";
control characters (ANPA feeds carry SYN/SOH/STX/ETX) are dropped.
"""

from __future__ import annotations

import codecs
import re

# C0/C1 controls except TAB and LF (CR is normalised first). DEL included.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def decode(data: bytes) -> str:
    """Decode copy bytes; never raises."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; map them through latin-1 so nothing fails.
            text = data.decode("cp1252", errors="replace")
    return clean(text)


def clean(text: str) -> str:
    """Normalise line ends, drop control characters and non-breaking spaces' oddities."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROLS.sub("", text)
    return text.replace("\ufeff", "").replace("\u00a0", " ")
