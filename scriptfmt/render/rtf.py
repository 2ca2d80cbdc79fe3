"""Prompter copy as RTF, for prompter software and word processors that import Word/RTF.

The copy is exactly the prompter text's (render/prompter.py): the same PrompterBuilder
rows, so what the anchor reads, where a bite's (SOT :12 · OUT: "…") mark goes and what
is dropped are decided once, in _layout. Only the look is RTF's own: read copy in the
style's size and line spacing, directions and tape marks in a distinct named paragraph
style (italic, dark red), a slug line before each story and a page break between stories.

Every non-ASCII character is written as `\\uN?` (signed 16-bit N, a surrogate pair
for characters beyond U+FFFF), so the file is plain 7-bit ASCII whatever the copy holds.
"""

from __future__ import annotations

from pathlib import Path

from scriptfmt.model import Story
from scriptfmt.output import write_text_atomic
from scriptfmt.render._layout import PrompterBuilder
from scriptfmt.render.prompter import slug_line
from scriptfmt.styles import Style

PAGE_TWIPS = {"letter": (12240, 15840), "a4": (11906, 16838)}
TWIPS_PER_INCH = 1440

# RTF style numbers (\sN) and the names Word and LibreOffice show for them
READ, CUE, SLUG = 1, 2, 3
STYLE_NAMES = {READ: "Read Copy", CUE: "Prompter Cue", SLUG: "Story Slug"}
ROLE_STYLE = {"read": READ, "direction": CUE}  # PrompterBuilder makes only these two roles


def rtf_escape(text: str) -> str:
    """RTF text: braces and backslashes escaped, everything beyond ASCII as \\uN? (UTF-16 units)."""
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif 32 <= code < 127:
            out.append(ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif code < 32 or code == 127:
            out.append(" ")  # control characters: _layout.Para already turns these to spaces
        else:
            units = ch.encode("utf-16-be")
            for i in range(0, len(units), 2):
                unit = int.from_bytes(units[i : i + 2], "big")
                out.append(f"\\u{unit - 65536 if unit > 32767 else unit}?")
    return "".join(out)


def _formats(style: Style) -> dict[int, str]:
    """The control words of each paragraph style (repeated on every paragraph, as RTF readers expect)."""
    size = round(float(style["font.size"]) * 2)  # half-points
    spacing = round(float(style["text.line_spacing"]) * 240)
    after = round(float(style["font.size"]) * 10)  # half a line, in twips
    return {
        READ: f"\\s{READ}\\f0\\fs{size}\\sl{spacing}\\slmult1\\sa{after}",
        CUE: f"\\s{CUE}\\f0\\fs{size}\\i\\cf2\\sl{spacing}\\slmult1\\sa{after}\\keepn",
        SLUG: f"\\s{SLUG}\\f0\\fs{size}\\b\\sa{after}\\keepn",
    }


def _head(style: Style, formats: dict[int, str]) -> str:
    width, height = PAGE_TWIPS[style["page.size"]]
    margins = "".join(
        f"\\marg{side[0]}{round(float(style[f'page.margin_{side}']) * TWIPS_PER_INCH)}"
        for side in ("left", "right", "top", "bottom")
    )
    sheet = "".join(f"{{{formats[n]} {name};}}" for n, name in STYLE_NAMES.items())
    return (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n"
        f"{{\\fonttbl{{\\f0\\fswiss\\fcharset0 {rtf_escape(style['font.docx'])};}}}}\n"
        "{\\colortbl;\\red0\\green0\\blue0;\\red160\\green0\\blue0;}\n"
        f"{{\\stylesheet{{\\s0\\f0\\fs{round(float(style['font.size']) * 2)} Normal;}}{sheet}}}\n"
        f"\\paperw{width}\\paperh{height}{margins}\n"
    )


def _para(formats: dict[int, str], number: int, text: str, new_page: bool = False) -> str:
    page = "\\pagebb" if new_page else ""
    return f"\\pard\\plain{formats[number]}{page} {rtf_escape(text)}\\par\n"


def prompter_rtf(stories: list[Story], style: Style, page_labels: list[str | None] | None = None) -> str:
    labels = list(page_labels or []) + [None] * len(stories)
    formats = _formats(style)
    end = style["marks.end"]
    body: list[str] = []
    for index, (story, label) in enumerate(zip(stories, labels)):
        paras: list[tuple[int, str]] = []
        if style["prompter.slug_lines"]:
            paras.append((SLUG, slug_line(story, label)))
        for row in PrompterBuilder(story, style).build():
            paras += [(ROLE_STYLE.get(para.role, CUE), para.text) for para in row.right]
        if end != "none":
            paras.append((SLUG, end))
        if not paras:  # a story with nothing to read still gets its page
            paras.append((READ, ""))
        body += [_para(formats, number, text, new_page=index > 0 and i == 0) for i, (number, text) in enumerate(paras)]
    return _head(style, formats) + "".join(body) + "}\n"


def write_rtf(stories: list[Story], style: Style, out: Path, *, page_labels: list[str | None] | None = None) -> int:
    """Write prompter copy as RTF (7-bit ASCII). Returns the number of stories."""
    write_text_atomic(Path(out), prompter_rtf(stories, style, page_labels))
    return len(stories)
