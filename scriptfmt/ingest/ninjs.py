"""ninjs (IPTC News in JSON) 1.x, 2.x and 3.x to plain wire copy; HTML bodies to paragraphs.

1.x: `headline`, `slugline`, `byline`, `located`, `body_text` / `body_html`
(any `body_*`), `ednote`, `urgency`, `pubstatus`.
2.x/3.x: `headlines[]` and `bodies[]` (`{role, contentType, value}`), `by`.

The text handed on looks like pasted wire copy (`SLUG:` header, `By …` line,
paragraphs separated by blank lines); the rest goes to metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from scriptfmt.errors import UserError
from scriptfmt.ingest import plain

_SPACE = re.compile(r"\s+")
_OPEN_QUOTES = "\"“‘'«„"

# Keys that say "this JSON object is a ninjs item".
NINJS_KEYS = {"uri", "headline", "headlines", "body_text", "body_html", "body_xhtml", "bodies", "byline", "by", "slugline", "located", "ninjs"}

_BLOCK = {
    "p", "div", "li", "ul", "ol", "dd", "dt", "dl", "blockquote", "section", "article", "main", "body",
    "header", "footer", "tr", "pre", "address", "center", "hr", "br",
}
_HEADING = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SKIP = {"script", "style", "head", "title", "figure", "figcaption", "table", "nav", "aside", "noscript", "template", "svg", "math", "object", "iframe", "video", "audio", "caption"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "param"}


class _HTMLText(HTMLParser):
    """Reduce HTML to paragraphs: block elements end a paragraph, `<q>` gets quote marks.

    `keep` holds (tag, position) of skipped elements found never closed on an earlier pass:
    those are read as text, so an unclosed `<table>` or `<script>` cannot swallow the story."""

    def __init__(self, keep: frozenset = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.subheads: list[str] = []
        self.skipped: list[str] = []
        self._keep = keep
        self._buf: list[str] = []
        self._last = ""  # last non-space character in _buf: <q> checks it instead of joining _buf
        self._skip: list[tuple[str, tuple[int, int]]] = []  # open skipped elements, with where they opened
        self._open = Counter()  # tag -> how many are on _skip: an end tag never scans the stack
        self._heading = 0
        self._quotes: list[bool] = []  # open <q> elements: did we add the opening mark?

    def _add(self, text: str) -> None:
        self._buf.append(text)
        stripped = text.rstrip()
        if stripped:
            self._last = stripped[-1]

    def _flush(self) -> None:
        text = _SPACE.sub(" ", plain.clean("".join(self._buf))).strip()
        self._buf = []
        self._last = ""
        if text:
            (self.subheads if self._heading else self.paragraphs).append(text)

    def set_cdata_mode(self, elem, *args, **kwargs) -> None:
        if (elem, self.getpos()) not in self._keep:  # a kept <script> is read as markup
            super().set_cdata_mode(elem, *args, **kwargs)

    def handle_starttag(self, tag: str, attrs) -> None:
        if self._skip:
            if tag not in _VOID:
                self._push(tag)
            return
        if tag in _SKIP and (tag, self.getpos()) not in self._keep:
            if tag not in ("head", "title", "script", "style", "noscript", "template"):
                self.skipped.append(tag)
            if tag not in _VOID:
                self._push(tag)
            return
        if tag in _BLOCK:
            self._flush()
        elif tag in _HEADING:
            self._flush()
            self._heading += 1
        elif tag == "q":
            marked = not (self._last and self._last in _OPEN_QUOTES)
            self._add(("“" if not self._quotes else "‘") if marked else "")
            self._quotes.append(marked)

    def _push(self, tag: str) -> None:
        self._skip.append((tag, self.getpos()))
        self._open[tag] += 1

    def _pop(self) -> str:
        tag = self._skip.pop()[0]
        self._open[tag] -= 1
        return tag

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK and not self._skip:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            # close the innermost matching skipped element (tolerate bad nesting)
            if self._open[tag]:
                while self._pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self._flush()
        elif tag in _HEADING:
            self._flush()
            self._heading = max(0, self._heading - 1)
        elif tag == "q" and self._quotes:
            marked = self._quotes.pop()
            if marked:
                self._add("”" if not self._quotes else "’")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._add(data)

    def unclosed(self) -> list[tuple[str, tuple[int, int]]]:
        """Skipped elements still open at the end of the markup (call after close())."""
        return [(tag, pos) for tag, pos in self._skip if tag in _SKIP]

    def close(self) -> None:
        super().close()
        self._flush()


_MAX_PASSES = 8  # each pass keeps every element the last one found unclosed


def html_to_paragraphs(markup: str) -> tuple[list[str], dict]:
    """HTML to (paragraphs, metadata with subheads / skipped elements / warnings).

    A skipped element (table, svg, script …) that is never closed would hide the rest of
    the story: the markup is read again with that element's text kept, and a warning says so."""
    keep: frozenset = frozenset()
    warnings: list[str] = []
    for _ in range(_MAX_PASSES):
        parser = _HTMLText(keep)
        parser.feed(markup)
        parser.close()
        unclosed = [item for item in parser.unclosed() if item not in keep]
        if not unclosed:
            break
        keep |= frozenset(unclosed)
        warnings.extend(f"line {line}: <{tag}> is never closed; the text after it is kept as copy" for tag, (line, _) in unclosed)
    meta: dict = {}
    if parser.subheads:
        meta["subheads"] = parser.subheads
    if parser.skipped:
        meta["skipped"] = parser.skipped
    if warnings:
        meta["warnings"] = warnings
    return parser.paragraphs, meta  # already cleaned, squashed and stripped by _flush


def text_to_paragraphs(text: str) -> list[str]:
    """Plain body text: paragraphs are separated by newlines (blank or not)."""
    text = plain.clean(text)
    return [_SPACE.sub(" ", line).strip() for line in text.split("\n") if line.strip()]


def is_ninjs(obj: object) -> bool:
    return isinstance(obj, dict) and bool(NINJS_KEYS & set(obj))


def _string(value: object) -> str:
    if isinstance(value, str):
        return _SPACE.sub(" ", plain.clean(value)).strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _pick_headline(obj: dict) -> str:
    if _string(obj.get("headline")):
        return _string(obj.get("headline"))
    heads = obj.get("headlines")
    if isinstance(heads, list):
        entries = [h for h in heads if isinstance(h, dict) and _string(h.get("value"))]
        main = [h for h in entries if h.get("role") in (None, "main", "default")]
        for h in main or entries:
            return _string(h.get("value"))
    return ""


def _by(obj: dict) -> str:
    by = obj.get("byline", obj.get("by"))
    if isinstance(by, list):  # not in the spec, but seen: a list of names
        by = " and ".join(_string(x if not isinstance(x, dict) else x.get("name")) for x in by if x)
    text = _string(by)
    if text and not re.match(r"by\b", text, re.IGNORECASE):
        text = f"By {text}"
    return text


def _bodies(obj: dict) -> list[tuple[str, str]]:
    """Candidate bodies as (kind, value), best first: kind is 'html' or 'text'."""
    found: list[tuple[int, str, str]] = []
    for key, value in obj.items():
        if isinstance(key, str) and key.startswith("body_") and isinstance(value, str) and value.strip():
            kind = key[5:].lower()
            if kind in ("html", "xhtml", "html5"):
                found.append((0, "html", value))
            elif kind == "text":
                found.append((1, "text", value))
    bodies = obj.get("bodies")
    if isinstance(bodies, list):
        for body in bodies:
            if not isinstance(body, dict) or not isinstance(body.get("value"), str) or not body["value"].strip():
                continue
            ctype = str(body.get("contentType") or body.get("contenttype") or body.get("content_type") or "").lower()
            role = body.get("role")
            rank = 0 if role in (None, "main", "default", "body") else 2
            if "html" in ctype:
                found.append((rank, "html", body["value"]))
            elif ctype in ("", "text/plain", "text"):
                found.append((rank + 1, "text", body["value"]))
    found.sort(key=lambda x: x[0])
    return [(kind, value) for _, kind, value in found]


def convert(obj: dict, source: str) -> tuple[str, dict]:
    """A ninjs item to (wire-copy text, metadata)."""
    meta: dict = {}
    version = "2" if any(k in obj for k in ("headlines", "bodies", "by")) else "1"
    schema = str(obj.get("$schema") or "")
    match = re.search(r"ninjs-schema_(\d)", schema)
    if match:
        version = match.group(1)
    meta["source_format"] = f"ninjs-{version}"
    kind = obj.get("type")
    if isinstance(kind, str) and kind not in ("text", "composite", "") and not _bodies(obj):
        raise UserError(f"ninjs item of type {kind!r} has no story text", source)
    headline = _pick_headline(obj)
    if headline:
        meta["headline"] = headline
    slug = _string(obj.get("slugline"))
    if slug:
        meta["slug"] = slug
    located = obj.get("located")
    if isinstance(located, dict):
        located = located.get("name")
    if _string(located):
        meta["located"] = _string(located)
    if _string(obj.get("ednote")):
        meta["editor_notes"] = [_string(obj.get("ednote"))]
    for key, name in (("urgency", "urgency"), ("pubstatus", "status"), ("pubStatus", "status"),
                      ("uri", "id"), ("language", "language"), ("versioncreated", "issued"), ("versionCreated", "issued")):
        if _string(obj.get(key)):
            meta.setdefault(name, _string(obj.get(key)))
    byline = _by(obj)
    if byline:
        meta["byline"] = byline

    paragraphs: list[str] = []
    for kind, value in _bodies(obj):
        if kind == "html":
            paragraphs, extra = html_to_paragraphs(value)
            meta.update(extra)
        else:
            paragraphs = text_to_paragraphs(value)
        if paragraphs:
            break
    if not paragraphs:
        raise UserError("ninjs item has no story text (no body_text, body_html or bodies[])", source)

    lines = [f"SLUG: {slug}"] if slug else []
    if byline:
        lines.append(byline)
    head = "\n".join(lines)
    text = (head + "\n\n" if head else "") + "\n\n".join(paragraphs) + "\n"
    return text, meta
