"""NITF (IPTC News Industry Text Format) XML to plain wire copy.

Parsed with defusedxml: entity declarations (expansion "bombs") and external
entities are refused with one clear line. A NewsML-G2 item that wraps NITF
inline is unwrapped.

The text handed on looks like pasted wire copy, so one parser serves every
format: a `SLUG:` header line (from `du-key`), a `By …` byline line, the
dateline as the first paragraph's prefix (`OAKLAND, Calif. (AP) — …`), then
the `body.content` paragraphs separated by blank lines. Inline evidence is
kept: `<q>` becomes typographic quote marks, `<person>` (with a `<function>`
inside or right after it) becomes a speaker hint, `<pronounce guide=…>` a
pronouncer. Headline, abstract, editor's note and the like go to metadata.
"""

from __future__ import annotations

import html.entities
import re
import xml.etree.ElementTree as StdET
from dataclasses import dataclass, field

import defusedxml
import defusedxml.ElementTree as SafeET

from scriptfmt.errors import UserError
from scriptfmt.ingest import plain

_XML_BUILTIN = {"lt", "gt", "amp", "quot", "apos"}
_NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_SPACE = re.compile(r"\s+")
_OPEN_QUOTES = "\"“‘'«„"
_DASH_TAIL = re.compile(r"[\s—–-]+$")

# Block elements of body.content whose text is never read aloud.
_SKIP_BLOCKS = {"table", "media", "note", "fn", "pre", "hr", "nitf-table", "dl"}
_HEADING_BLOCKS = {"hl2", "hl1"}
_CONTAINER_BLOCKS = {"block", "bq", "ol", "ul", "body.content", "credit"}


@dataclass
class Result:
    text: str
    metadata: dict = field(default_factory=dict)
    speaker_hints: dict[str, str | None] = field(default_factory=dict)
    pronouncers: dict[str, str] = field(default_factory=dict)


def local(tag: object) -> str:
    """Element name without namespace (`{http://iptc.org/…}p` -> `p`)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _squash(text: str) -> str:
    """Control characters dropped (as in plain text), then runs of white space made one space."""
    return _SPACE.sub(" ", plain.clean(text)).strip()


def _html_entities_to_refs(data: bytes) -> bytes:
    """`&nbsp;` and friends (HTML names, undefined in XML) -> numeric references; no expansion."""

    def repl(m: re.Match) -> bytes:
        name = m.group(1).decode("ascii")
        if name in _XML_BUILTIN or name not in html.entities.name2codepoint:
            return m.group(0)
        return b"&#%d;" % html.entities.name2codepoint[name]

    return _NAMED_ENTITY.sub(repl, data)


def parse_xml(data: bytes, source: str):
    """Parse XML safely; every failure is a one-line UserError with the line number."""
    for attempt in (0, 1):
        try:
            return SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
        except defusedxml.EntitiesForbidden as exc:
            kind = "an external entity (it could read local files)" if exc.sysid else "an entity declaration (entity-expansion protection)"
            raise UserError(f"refusing XML with {kind}; NITF copy needs no <!ENTITY> declarations", source) from None
        except defusedxml.ExternalReferenceForbidden:
            raise UserError("refusing XML that references an external resource", source) from None
        except defusedxml.DTDForbidden:  # not raised with forbid_dtd=False; kept for safety
            raise UserError("refusing XML with a document type definition", source) from None
        except defusedxml.DefusedXmlException as exc:
            raise UserError(f"refusing unsafe XML ({type(exc).__name__})", source) from None
        except StdET.ParseError as exc:
            line = exc.position[0] if getattr(exc, "position", None) else None
            message = str(exc).split(":")[0]
            if attempt == 0 and message == "undefined entity":
                fixed = _html_entities_to_refs(data)
                if fixed != data:
                    data = fixed
                    continue
            raise UserError(f"not well-formed XML ({message})", source, line) from None
        except RecursionError:
            raise UserError("XML is nested too deeply", source) from None
    raise AssertionError("unreachable")


def _find(el, *path: str):
    """First descendant matching the local-name path (namespace-agnostic)."""
    current = [el]
    for name in path:
        found = []
        for c in current:
            found.extend(x for x in c if local(x.tag) == name)
        if not found:
            return None
        current = found
    return current[0]


def _iter_local(el, name: str):
    return (x for x in el.iter() if local(x.tag) == name)


class _Inline:
    """Render enriched text (p, q, person, pronounce …) to a string, collecting hints."""

    def __init__(self, result: Result):
        self.result = result
        self.people = True  # False in bylines and taglines: those persons are not speakers

    def render(self, el, depth: int = 0) -> str:
        """The text of `el`'s content (its own tag is not interpreted)."""
        parts: list[str] = [el.text or ""]
        last = _last_of(el.text or "", "")  # last non-space character so far: what a <q> needs
        prev_person: str | None = None  # a <person> followed so far only by ", "
        prev_function: str | None = None  # a <function> followed so far only by spaces
        for child in el:
            name = local(child.tag)
            if name == "person":
                text, name_, title = self._person(child, depth)
                if name_ and title is None and prev_function:
                    self._hint(name_, prev_function)
                prev_person, prev_function = name_, None
            elif name == "function":
                text = self.render(child, depth)
                if prev_person and _squash(text):
                    self._hint(prev_person, _squash(text), only_if_missing=True)
                prev_person, prev_function = None, _squash(text) or None
            else:
                text = self.one(child, depth, last)
                prev_person = prev_function = None
            tail = child.tail or ""
            parts.extend((text, tail))
            last = _last_of(tail, _last_of(text, last))
            if prev_person and not _joins_title(tail):
                prev_person = None
            if prev_function and tail.strip():
                prev_function = None
        return "".join(parts)

    def one(self, child, depth: int, before: str) -> str:
        """One inline element, its own tag interpreted (tail not included). `before` is the
        last non-space character before it ("" at the start): enough to place quote marks."""
        name = local(child.tag)
        if name == "q":
            inner = self.render(child, depth + 1).strip()
            if inner and inner[0] not in _OPEN_QUOTES and not (before and before in _OPEN_QUOTES):
                opening, closing = ("“", "”") if depth == 0 else ("‘", "’")
                inner = f"{opening}{inner}{closing}"
            return inner
        if name == "pronounce":
            text = self.render(child, depth)
            guide = (child.get("guide") or "").strip()
            if _squash(text) and guide:
                self.result.pronouncers.setdefault(_squash(text), guide)
            return text
        if name == "br":
            return " "
        if name == "byttl":
            text = self.render(child, depth).strip()
            return (", " if text and before and before != "," else "") + text
        if name == "person":
            return self._person(child, depth)[0]
        return self.render(child, depth)

    def _hint(self, name: str, title: str | None, only_if_missing: bool = False) -> None:
        if not self.people or not name:
            return
        if title is None:
            self.result.speaker_hints.setdefault(name, None)
        elif not only_if_missing or self.result.speaker_hints.get(name) is None:
            self.result.speaker_hints[name] = title

    def _person(self, el, depth: int) -> tuple[str, str, str | None]:
        """A person's full text, visible name (without a nested <function>) and title, if given."""
        name_parts: list[str] = [el.text or ""]
        text_parts: list[str] = [el.text or ""]
        last = _last_of(el.text or "", "")
        title = None
        for child in el:
            piece = self.one(child, depth, last)
            if local(child.tag) == "function":
                title = _squash(piece) or title
            else:
                name_parts.append(piece)
            name_parts.append(child.tail or "")
            text_parts.extend((piece, child.tail or ""))
            last = _last_of(child.tail or "", _last_of(piece, last))
        name = _squash("".join(name_parts)).strip(" ,")
        self._hint(name, title)
        return "".join(text_parts), name, title


def _last_of(text: str, previous: str) -> str:
    """The last non-space character of `text`, else `previous`: kept as a paragraph is built,
    so no element joins everything before it (that made long paragraphs quadratic)."""
    stripped = text.rstrip()
    return stripped[-1] if stripped else previous


def _joins_title(tail: str) -> bool:
    """Text between a <person> and a <function> that still ties them: `, `, `, the `, ` a `."""
    rest = tail.strip()
    rest = rest[1:].lstrip() if rest.startswith(",") else rest
    return rest == "" or (rest.lower() in ("the", "a", "an") and tail[-1:].isspace())


def _blocks(el, inline: _Inline, out: list[str], meta: dict) -> None:
    """Walk body.content: paragraphs to `out`, headings and skipped blocks to metadata."""
    if _squash(el.text or ""):
        out.append(_squash(el.text))
    for child in el:
        name = local(child.tag)
        if name in ("p", "li", "dd", "dt"):
            text = _squash(inline.render(child))
            if text:
                out.append(text)
        elif name in _HEADING_BLOCKS:
            text = _squash(inline.render(child))
            if text:
                meta.setdefault("subheads", []).append(text)
        elif name in ("body.head", "body.end", "head"):
            continue
        elif name in _SKIP_BLOCKS:
            meta.setdefault("skipped", []).append(name)
        elif name in _CONTAINER_BLOCKS or len(child):
            _blocks(child, inline, out, meta)
        else:
            text = _squash(inline.render(child))
            if text:
                out.append(text)
        if _squash(child.tail or ""):
            out.append(_squash(child.tail))


def _dateline(text: str) -> str:
    return _DASH_TAIL.sub("", _squash(text))


def convert(root, source: str) -> Result:
    """An NITF element tree (or a NewsML-G2 item wrapping one) to wire-copy text."""
    result = Result(text="")
    meta = result.metadata
    nitf = _find_nitf(root, meta, source)
    inline = _Inline(result)
    head = _find(nitf, "head")
    if head is not None:
        _head_meta(head, inline, meta)
    body = _find(nitf, "body") if local(nitf.tag) == "nitf" else nitf
    body = body if body is not None else nitf
    bhead = _find(body, "body.head")
    bylines, dateline = _body_head(bhead, inline, meta) if bhead is not None else ([], "")
    paragraphs: list[str] = []
    contents = [x for x in body if local(x.tag) == "body.content"]
    if not contents:
        first = next(_iter_local(body, "body.content"), None)
        contents = [first if first is not None else body]
    for content in contents:
        _blocks(content, inline, paragraphs, meta)
    if not paragraphs:
        raise UserError("NITF has no story text (body.content holds no paragraphs)", source)
    if dateline:
        meta["dateline"] = dateline
        first = paragraphs[0]
        city = re.split(r"[,(]", dateline, maxsplit=1)[0].strip()
        if not (city and first.upper().startswith(city.upper())):
            paragraphs[0] = f"{dateline} — {first}"
    if bylines:
        meta["byline"] = bylines[0]
    lines = ([f"SLUG: {meta['slug']}"] if meta.get("slug") else []) + bylines
    text = "\n".join(lines)
    result.text = (text + "\n\n" if text else "") + "\n\n".join(paragraphs + _taglines(body, inline)) + "\n"
    return result


def _find_nitf(root, meta: dict, source: str):
    """The <nitf> element, itself or inside a NewsML-G2 item (whose metadata is read too)."""
    meta["source_format"] = "nitf"
    nitf = root if local(root.tag) == "nitf" else next(_iter_local(root, "nitf"), None)
    if nitf is None:
        if local(root.tag) in ("newsItem", "newsMessage"):
            meta["source_format"] = "newsml-g2"
            nitf = next(_iter_local(root, "inlineXML"), None)
            _g2_meta(root, meta)
        if nitf is None or next(_iter_local(nitf, "body.content"), None) is None and next(_iter_local(nitf, "p"), None) is None:
            raise UserError(f"XML, but not NITF (root element <{local(root.tag)}>); give NITF, ninjs or plain text", source)
    elif local(root.tag) != "nitf":
        meta["source_format"] = "newsml-g2"
        _g2_meta(root, meta)
    return nitf


# <docdata> child -> (attribute, metadata key, a list that collects every one?)
_DOCDATA = {
    "du-key": ("key", "slug", False), "ed-msg": ("info", "editor_notes", True), "doc-id": ("id-string", "id", False),
    "urgency": ("ed-urg", "urgency", False), "date.issue": ("norm", "issued", False), "management-status": ("info", "status", False),
}


def _head_meta(head, inline: _Inline, meta: dict) -> None:
    """<head>: the <title> as a fallback headline, <docdata> fields."""
    title = _find(head, "title")
    if title is not None and _squash(inline.render(title)):
        meta.setdefault("headline", _squash(inline.render(title)))
    docdata = _find(head, "docdata")
    for el in docdata if docdata is not None else ():
        attr, key, collect = _DOCDATA.get(local(el.tag), (None, None, False))
        if attr is None or not el.get(attr):
            continue
        if collect:
            meta.setdefault(key, []).append(el.get(attr).strip())
        else:
            meta[key] = el.get(attr).strip()


def _body_head(bhead, inline: _Inline, meta: dict) -> tuple[list[str], str]:
    """<body.head>: headline and subheadlines to metadata; returns (bylines, dateline)."""
    bylines: list[str] = []
    dateline = ""
    hedline = _find(bhead, "hedline")
    if hedline is not None:
        hl1 = _find(hedline, "hl1")
        if hl1 is not None and _squash(inline.render(hl1)):
            meta["headline"] = _squash(inline.render(hl1))
        subs = [_squash(inline.render(x)) for x in hedline if local(x.tag) == "hl2"]
        if any(subs):
            meta["subheadline"] = " / ".join(s for s in subs if s)
    for el in bhead:
        n = local(el.tag)
        if n == "byline":
            text = _not_speakers(inline, el)
            if text:
                bylines.append(text if re.match(r"by\b", text, re.IGNORECASE) else f"By {text}")
        elif n == "dateline":
            dateline = _dateline(inline.render(el))
        elif n in ("abstract", "note") and _squash(inline.render(el)):
            if n == "abstract":
                meta["abstract"] = _squash(inline.render(el))
            else:
                meta.setdefault("editor_notes", []).append(_squash(inline.render(el)))
    return bylines, dateline


def _not_speakers(inline: _Inline, el) -> str:
    """Text of a byline or tagline: the persons named there are writers, not speakers."""
    inline.people = False
    try:
        return _squash(inline.render(el))
    finally:
        inline.people = True


def _taglines(body, inline: _Inline) -> list[str]:
    bend = _find(body, "body.end")
    if bend is None:
        return []
    return [text for el in bend.iter() if local(el.tag) == "tagline" for text in [_not_speakers(inline, el)] if text]


def _g2_meta(root, meta: dict) -> None:
    """NewsML-G2 contentMeta: headline, slugline, located, creator as fallbacks."""
    cmeta = next(_iter_local(root, "contentMeta"), None)
    if cmeta is None:
        return
    for el in cmeta:
        n = local(el.tag)
        text = _squash("".join(el.itertext()))
        if n == "headline" and text:
            meta.setdefault("headline", text)
        elif n == "slugline" and text:
            meta.setdefault("slug", text)
        elif n == "located":
            name = next((x for x in el if local(x.tag) == "name"), None)
            if name is not None and _squash("".join(name.itertext())):
                meta.setdefault("located", _squash("".join(name.itertext())))


def ingest(data: bytes, source: str) -> Result:
    root = parse_xml(data, source)
    try:
        return convert(root, source)
    except RecursionError:
        raise UserError("XML is nested too deeply to be story copy", source) from None
