"""Plain-text copy cleaned for the parser (decoding bytes is `ingest._decode`'s job).

Line ends become "\\n"; control characters (ANPA feeds carry SYN/SOH/STX/ETX) are
dropped; lone surrogates become U+FFFD.
"""

from __future__ import annotations

import html
import re

# C0/C1 controls except TAB and LF (CR is normalised first). DEL included.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone UTF-16 surrogates (JSON may say "\ud800") cannot be written as UTF-8: replaced here,
# at ingest, so nothing downstream (JSON, PDF, DOCX, the terminal) ever sees one.
_SURROGATES = re.compile("[\ud800-\udfff]")
# Plain copy pasted from a web page or a newsroom system's HTML export: line-break tags and
# character entities written out (`<br>&quot;We did it…&quot;<br>`).
_BREAK_TAGS = re.compile(r"<(?i:/?(?:br|p|div))\b[^<>\n]{0,80}>")  # `<br>`, `<br />`, `<p class="x">`, `</div>`
_ENTITY = re.compile(r"&(?:#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8}[0-9]?);")


def clean(text: str) -> str:
    """Normalise line ends, drop control characters and non-breaking spaces' oddities."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROLS.sub("", text)
    if not text.isascii():  # isascii is a flag check: ASCII copy skips the scan
        text = _SURROGATES.sub("\ufffd", text)
    return text.replace("\ufeff", "").replace("\u00a0", " ")


def pasted_html(text: str) -> str:
    """Plain copy with HTML pasted into it: a line-break tag (`<br>`, `<p>`) becomes a line end,
    an entity WITH its semicolon its character (`&quot;` -> `"`, `&#8220;` -> `“`, `&nbsp;` a
    space); `AT&T`, `spare &parts` and unknown names (`&bogus;`) stay as written."""
    if "<" in text:
        text = _BREAK_TAGS.sub("\n", text)
    if "&" in text:
        text = _ENTITY.sub(_character, text)
    return text


def _character(m: re.Match) -> str:
    char = html.unescape(m.group(0))
    if char == m.group(0):
        return char
    return char if char.isprintable() and char != "\u00a0" else " "
