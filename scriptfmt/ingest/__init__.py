"""Ingest: bytes (plain text, NITF, ninjs …) to copy text plus metadata.

Nothing after this stage sees bytes or feed formats.
"""

from __future__ import annotations

import codecs
import re
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from scriptfmt.errors import UserError
from scriptfmt.ingest import plain

MAX_INPUT_BYTES = 20 * 1024 * 1024  # larger copy is refused with a clear message, never a hang


@dataclass
class Copy:
    """Text ready for the parser, with metadata a structured feed already told us."""

    text: str
    source: str = "-"
    metadata: dict = field(default_factory=dict)
    speaker_hints: dict[str, str | None] = field(default_factory=dict)  # NITF <person>: name -> title
    pronouncers: dict[str, str] = field(default_factory=dict)  # NITF <pronounce>: word -> guide
    warnings: list[str] = field(default_factory=list)  # "line N: …" problems met while reading the format


def read_bytes(name: str) -> bytes:
    """Read a copy file (or stdin for `-`), with one-line errors for the usual mistakes.

    At most MAX_INPUT_BYTES + 1 bytes are ever read, whatever the file is: `st_size` is 0
    for /dev/zero, /dev/stdin and pipes, so the size is checked on what was read."""
    if name == "-":
        if sys.stdin is None:  # started with stdin closed (`<&-`)
            raise UserError("standard input is closed; give a file name or pipe the copy in", "-")
        try:
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        except OSError as exc:
            raise UserError(f"cannot read standard input ({exc.strerror or exc})", "-") from None
    else:
        data = _read_file(name)
    if len(data) > MAX_INPUT_BYTES:
        raise UserError(f"input is larger than {MAX_INPUT_BYTES // 1048576} MB; copy files are limited to {MAX_INPUT_BYTES // 1048576} MB", name)
    return data


def _read_file(name: str) -> bytes:
    path = Path(name)
    if not path.exists():
        raise UserError("no such file", name)
    if path.is_dir():
        raise UserError("is a folder, not a copy file", name)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:  # a regular file says its size: refuse before reading
            raise UserError(f"file is {size / 1048576:.0f} MB; copy files are limited to {MAX_INPUT_BYTES // 1048576} MB", name)
        with path.open("rb") as handle:
            return handle.read(MAX_INPUT_BYTES + 1)
    except PermissionError:
        raise UserError("cannot read the file (permission denied)", name) from None
    except OSError as exc:
        raise UserError(f"cannot read the file ({exc.strerror or exc})", name) from None


# Magic numbers of files people drag in by mistake: (prefix, what it is).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"OggS", "an audio/video file (Ogg)"),
    (b"fLaC", "an audio file (FLAC)"),
    (b"ID3", "an audio file (MP3)"),
)
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_SAVE_AS = "; save the story as plain text (or give NITF XML / ninjs JSON)"
# Bytes cp1252 leaves undefined: their presence means the file is not Windows-1252 text.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# C0 control bytes other than TAB, LF, FF and CR: counted with bytes.translate, not a Python loop.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_ODD_CHARS = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f]")
# Non-ASCII characters plausible in Western newsroom copy (beyond letters).
_PLAUSIBLE_SYMBOLS = set("‘’“”‚„–—…•·€£¥¢°©®™§¶«»‹›¡¿ ´¨¸ªº¹²³¼½¾×÷±µ†‡‰")
_XML_START = re.compile(r"<(?:\?xml[\s?]|!DOCTYPE\s+nitf\b|!--|nitf\b|newsItem\b|newsMessage\b)", re.IGNORECASE)
_HTML_START = re.compile(r"<(?:!DOCTYPE\s+html\b|html\b)", re.IGNORECASE)
_FIRST_TAG = re.compile(r"<([A-Za-z_][\w.-]*(?::[\w.-]+)?)[\s>/]")
_JSON_START = re.compile(r"[\[{]\s*(?:\"|\{|\[|\]|\}|$)")


def _line_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def _kind_of_binary(data: bytes) -> str | None:
    """What a non-text file is (by magic number or NUL bytes), or None for text."""
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return what
    if data.startswith(_ZIP):
        head = data[:65536]
        if b"word/" in head:
            return "a Word document (.docx)"
        if b"opendocument.text" in head:
            return "an OpenDocument text (.odt)"
        if b"xl/" in head:
            return "an Excel workbook (.xlsx)"
        if b"ppt/" in head:
            return "a PowerPoint file (.pptx)"
        return "a ZIP archive"
    if data[:4] == b"RIFF" and data[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return {b"WAVE": "an audio file (WAV)", b"AVI ": "a video file (AVI)", b"WEBP": "a WebP image"}[data[8:12]]
    if data[4:8] == b"ftyp":
        return "an audio/video file (MP4/MOV)"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # text; decoding checks it
    sample = data[:8192]
    if _utf16_without_bom(sample):
        return None
    if b"\x00" in sample:
        return "binary data"
    # Wire feeds carry a few control bytes (ANPA SYN/SOH/STX/ETX); binary files carry many.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if len(sample) >= 64 and controls > len(sample) * 0.1:
        return "binary data"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the bytes look like BOM-less UTF-16 text."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    # ASCII characters (spaces at least) put NULs in one byte position only.
    if odd.count(0) > 0.1 * len(odd) and even.count(0) <= 0.01 * len(even):
        encoding = "utf-16-le"
    elif even.count(0) > 0.1 * len(even) and odd.count(0) <= 0.01 * len(odd):
        encoding = "utf-16-be"
    else:
        return None
    text = sample[: len(sample) // 2 * 2].decode(encoding, errors="replace")
    weird = len(_ODD_CHARS.findall(text))
    return encoding if weird <= max(2, len(text) // 50) else None


def _decode(data: bytes, source: str) -> str:
    """Bytes to clean text: UTF-8 (BOM or not), UTF-16, else Windows-1252 if that is plausible.

    Bytes that are not UTF-8 inside otherwise UTF-8 copy (a pasted cp1252 quote)
    are read as Windows-1252, one byte at a time; copy that is neither (Shift-JIS,
    cp1251, random bytes) is refused with the line of the first bad byte.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_without_bom(data[:8192]):
        encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else _utf16_without_bom(data[:8192])
        text = data.decode(encoding, errors="replace")
        if text.count("\ufffd") > max(3, len(text) // 100):
            raise UserError("looks like UTF-16 but does not decode; save the file as UTF-8", source)
        return plain.clean(text)
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return plain.clean(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text, bad, bad_count = _utf8_with_cp1252(data)
    undefined = next((p for p in bad if data[p] in _CP1252_UNDEFINED), None)
    chars = [data[p:p + 1].decode("cp1252", errors="replace") for p in bad[:20000]]
    odd = sum(1 for c in chars if not c.isalpha() and c not in _PLAUSIBLE_SYMBOLS)
    implausible = (
        undefined is not None
        or bad_count > 0.25 * max(1, len(data))
        or (odd > 3 and odd > 0.2 * len(chars))
    )
    if implausible:
        pos = undefined if undefined is not None else first_bad
        raise UserError(
            f"not UTF-8 text (byte 0x{data[pos]:02X}) and not plausible Windows-1252 either; save the file as UTF-8",
            source,
            _line_of(data, pos),
        )
    return plain.clean(text)


# A well-formed UTF-8 sequence of two to four bytes: when there is none, every byte above 0x7F
# is a Windows-1252 character and the whole file decodes at C speed.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _utf8_with_cp1252(data: bytes) -> tuple[str, list[int], int]:
    """UTF-8 text whose stray bytes are Windows-1252: (text, positions of stray bytes (undefined
    ones all, else the first 20,000), how many there are)."""
    if _UTF8_MULTIBYTE.search(data) is None:  # no UTF-8 at all: plain Windows-1252
        count = len(data) - len(data.translate(None, _HIGH_BYTES))
        undefined = [i for i in (data.find(bytes([b])) for b in _CP1252_UNDEFINED) if i >= 0]
        first = [m.start() for _, m in zip(range(20000), _HIGH_BYTE.finditer(data))]
        return data.decode("cp1252", errors="replace"), sorted(set(first + undefined)), count
    bad: list[int] = []
    text = data.decode("utf-8", errors=_cp1252_fallback(bad))
    return text, bad, len(bad)


_FALLBACK = threading.local()


def _cp1252_handler(exc: UnicodeDecodeError):
    pos = exc.start
    _FALLBACK.bad.append(pos)
    return exc.object[pos:pos + 1].decode("cp1252", errors="replace"), pos + 1


codecs.register_error("scriptfmt-cp1252", _cp1252_handler)


def _cp1252_fallback(bad: list[int]) -> str:
    """Name of a codecs error handler reading each non-UTF-8 byte as Windows-1252; positions go to `bad`."""
    _FALLBACK.bad = bad
    return "scriptfmt-cp1252"


def _sniff(data: bytes) -> str:
    """The first few hundred characters, decoded well enough to recognise XML or JSON."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = data[:2048].decode("utf-16", errors="ignore")
    elif _utf16_without_bom(data[:2048]):
        head = data[:2048].decode(_utf16_without_bom(data[:2048]), errors="ignore")
    else:
        head = data[:2048].decode("utf-8", errors="ignore")
    return head.lstrip("\ufeff \t\r\n")


def _looks_like_xml(head: str, data: bytes) -> bool:
    if _XML_START.match(head):
        return True
    m = _FIRST_TAG.match(head)
    # An XML document is one element: its end tag closes the file. `<TIMECODE 00:12>` or a pasted
    # `<image>…</image>` line opening a plain story is copy, not XML.
    return bool(m) and data[-4096:].rstrip(b" \t\r\n\x00").endswith(f"</{m.group(1)}>".encode())


def ingest_bytes(data: bytes, source: str = "-") -> Copy:
    """Turn input bytes into Copy, recognising the format from the content (not the file name):
    NITF (or NewsML-G2 wrapping NITF) XML, ninjs JSON, HTML, else plain text.
    Binary files and undecodable text are refused with one line naming the problem."""
    if not data.strip(b" \t\r\n\x00\x0b\x0c") or data in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        raise UserError("file is empty (no copy to format)", source)
    what = _kind_of_binary(data)
    if what:
        raise UserError(f"this is {what}, not copy text{_SAVE_AS}", source)
    head = _sniff(data)
    if _HTML_START.match(head):
        from scriptfmt.ingest import ninjs

        paragraphs, meta = ninjs.html_to_paragraphs(_decode(data, source))
        meta["source_format"] = "html"
        return _finish("\n\n".join(paragraphs) + "\n", source, meta)
    if _looks_like_xml(head, data):
        from scriptfmt.ingest import mos, nitf

        if mos.looks_like_mos(head):  # a newsroom system's roStorySend (MOS)
            result = mos.ingest(data, source)
            return _finish(result.text, source, result.metadata)

        result = nitf.ingest(data, source)
        return _finish(result.text, source, result.metadata, result.speaker_hints, result.pronouncers)
    text = _decode(data, source)
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        copy = _maybe_json(stripped, source)
        if copy is not None:
            return copy
    return _finish(plain.pasted_html(text), source, {})  # a script pasted from a web page: `<br>`, `&quot;`


def _json_int(digits: str) -> int | str:
    """A JSON integer; one too long for int() (Python's digit limit) is kept as its digits."""
    return int(digits) if len(digits) <= 100 else digits


def _maybe_json(text: str, source: str) -> Copy | None:
    """ninjs JSON -> Copy; None when the text is not JSON at all (a plain story opening with `{ANCHOR}`)."""
    import json  # only JSON-looking copy pays for it (start-up of `scriptfmt time`)

    from scriptfmt.ingest import ninjs

    try:
        obj = json.loads(text, parse_int=_json_int, parse_constant=str)
    except RecursionError:
        raise UserError("JSON is nested too deeply to be a news item", source) from None
    except ValueError as exc:
        if _JSON_START.match(text) and text.rstrip().endswith(("}", "]")):
            message = getattr(exc, "msg", None) or str(exc)
            raise UserError(f"not valid JSON ({message})", source, getattr(exc, "lineno", None)) from None
        return None
    if isinstance(obj, list):
        items = [x for x in obj if ninjs.is_ninjs(x)]
        if len(items) == 1 and len(obj) == 1:
            obj = items[0]
        elif items:
            raise UserError(f"JSON holds {len(obj)} items; give one ninjs story per file", source)
    if not ninjs.is_ninjs(obj):
        raise UserError("JSON, but not a ninjs news item (no headline, body or uri)", source)
    body, meta = ninjs.convert(obj, source)
    return _finish(body, source, meta)


# Keys the structured readers also write into the text (`SLUG:` line, `By …` line, dateline
# prefix): the parser reads them from there, so they are not repeated in metadata.
_IN_TEXT = ("slug", "byline", "dateline")


def _finish(text: str, source: str, metadata: dict, hints: dict | None = None, pronouncers: dict | None = None) -> Copy:
    text = plain.clean(text)
    warnings = list(metadata.get("warnings", ()))
    metadata = {k: v for k, v in metadata.items() if k not in _IN_TEXT and k != "warnings"}
    # A super's title starts with a capital, as the parser writes appositive titles.
    hints = {name: (title[:1].upper() + title[1:] if title else title) for name, title in (hints or {}).items()}
    if not text.strip():
        raise UserError("file is empty (no copy to format)", source)
    _refuse_runaway_numbers(text, source)
    return Copy(text=text, source=source, metadata=metadata, speaker_hints=dict(hints or {}), pronouncers=dict(pronouncers or {}), warnings=warnings)


MAX_DIGITS = 1000  # no copy has a longer number; int() refuses 4,300 digits, deep in the parser or the rewriter
_RUNAWAY_NUMBER = re.compile(r"(?<!\d)\d{%d}" % (MAX_DIGITS + 1))  # tried only where a run of digits starts: linear
# Byte classes for a fast first look: ASCII digit -> "1", any byte of a non-ASCII character -> "2", else "0".
_DIGIT_CLASSES = bytes(0x31 if 0x30 <= b <= 0x39 else 0x32 if b >= 0x80 else 0x30 for b in range(256))


def _refuse_runaway_numbers(text: str, source: str) -> None:
    """Refuse copy holding a run of thousands of digits, naming its line, before any stage converts it.

    The regex costs ~100 ns a character, so it runs only when bytes.translate + find (C speed)
    see a long ASCII digit run, or a non-ASCII run long enough to hide one (Arabic-Indic digits …)."""
    classes = text.encode("utf-8", "surrogatepass").translate(_DIGIT_CLASSES)
    if b"1" * (MAX_DIGITS + 1) not in classes and b"2" * (2 * MAX_DIGITS + 2) not in classes:
        return
    m = _RUNAWAY_NUMBER.search(text)
    if m:
        end = m.end()
        while end < len(text) and text[end].isdigit():
            end += 1
        raise UserError(f"a number of {end - m.start():,} digits is not copy (at most {MAX_DIGITS:,})", source, text.count("\n", 0, m.start()) + 1)


def read_copy(name: str) -> Copy:
    try:
        return ingest_bytes(read_bytes(name), name)
    except UserError as exc:
        if exc.source == "-":  # messages say where the copy came from
            exc.source = "<stdin>"
        raise
