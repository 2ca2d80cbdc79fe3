"""The story's header lines above the copy: a wire keyword line (`BC-US--Ohio-Bridge/`), `SLUG:` /
`TALENT:` header lines, and a content system's form fields (`Headline:`, `Byline:`, `Deck:`) whose
values go to our furniture keys, their names kept as written (`field_keys`)."""

from __future__ import annotations

from scriptfmt.parse import furniture, headsize, radiolines
from scriptfmt.parse.cues import Vocabulary
from scriptfmt.parse.markers import MARKER


def read_header(lines: list[str], metadata: dict, vocab: Vocabulary) -> int:
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    slug = furniture.wire_slug(lines[i]) if i < len(lines) else None
    if slug and "slug" not in metadata:  # a wire story's keyword line `BC-US--Ohio-Bridge/`: its keyword is the slug
        metadata["slug"], metadata["wire_keyword"] = slug, lines[i].strip()
        i += 1
    while i < len(lines):
        if not lines[i].strip():
            j = i
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and furniture.header_line(lines[j], vocab.words) and i > 0 and metadata:
                i = j
                continue
            break
        found = furniture.header_line(lines[i], vocab.words)
        if not found or MARKER.fullmatch(lines[i].strip()) or radiolines.operator_line(lines[i].strip()) or headsize.size(found[1]) > headsize.field_words():
            break  # `CONTROL: Cortina de entrada`: the radio desk's first cue, not a header field
        key, value = found
        if key in metadata:  # a repeated key: the first one holds, the line is kept as written
            metadata.setdefault("header_extra", []).append(lines[i].strip())
        elif key in _FIELD_KEYS:  # `Headline:`, `Deck:` of a content system's form: the field, its name kept as written
            metadata.setdefault("field_keys", []).append(lines[i].split(":", 1)[0].strip())
            _file_field(metadata, _FIELD_KEYS[key], value)
        else:
            metadata[key] = value
        i += 1
    return i


# A content system's field names that name our own furniture keys (`Standfirst:` is the `deck`).
_FIELD_KEYS = {
    "headline": "headline", "byline": "byline", "dateline": "dateline",
    "deck": "deck", "standfirst": "deck", "subhead": "deck", "subheadline": "deck",
}


def _file_field(metadata: dict, key: str, value: str) -> None:
    if key == "deck":
        metadata.setdefault("deck", []).append(value)
    elif key in metadata:
        metadata.setdefault("header_extra", []).append(value)
    else:
        metadata[key] = value
