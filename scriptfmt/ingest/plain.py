"""Plain-text copy cleaned for the parser (decoding bytes is `ingest._decode`'s job).

Line ends become "\\n"; control characters (ANPA feeds carry SYN/SOH/STX/ETX) are
dropped; lone surrogates become U+FFFD.
"""

from __future__ import annotations

import re

# C0/C1 controls except TAB and LF (CR is normalised first). DEL included.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone UTF-16 surrogates (JSON may say "\ud800") cannot be written as UTF-8: replaced here,
# at ingest, so nothing downstream (JSON, PDF, DOCX, the terminal) ever sees one.
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """Normalise line ends, drop control characters and non-breaking spaces' oddities."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROLS.sub("", text)
    if not text.isascii():  # isascii is a flag check: ASCII copy skips the scan
        text = _SURROGATES.sub("\ufffd", text)
    return text.replace("\ufeff", "").replace("\u00a0", " ")
