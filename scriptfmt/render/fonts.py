"""PDF fonts: the bundled Liberation Sans, a fallback for scripts it lacks, and warnings.

Every font a PDF names is embedded (a canvas starts in "Sans", not reportlab's unembedded
Helvetica). Liberation Sans covers Latin, Greek, Cyrillic and Hebrew letters; for CJK,
Arabic, Devanagari and the like a free TrueType font already on the system is used when one
is found (reportlab cannot embed CFF/OpenType outlines or colour emoji, so only .ttf/.ttc
with TrueType outlines qualify). What no font has prints as blank boxes: the renderers say so,
naming the characters. reportlab lays text left to right, so right-to-left scripts print
reversed: said as well.
"""

from __future__ import annotations

import glob
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

FONT_FILES = {"Sans": "LiberationSans-Regular.ttf", "Sans-Bold": "LiberationSans-Bold.ttf", "Sans-Italic": "LiberationSans-Italic.ttf"}
# Free fonts with TrueType outlines, as Debian and most Linux systems install them; then any
# other Noto Sans script font (fonts-noto-core: Devanagari, Bengali, Thai, Arabic …).
FALLBACK_FILES = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # fonts-droid-fallback (Apache 2.0): CJK
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # fonts-wqy-microhei (Apache 2.0 / GPL): CJK
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # fonts-dejavu-core (free): Arabic, Hebrew, symbols
)
NOTO_GLOB = "/usr/share/fonts/truetype/noto/NotoSans*-Regular.ttf"  # fonts-noto-core (OFL)
_RTL = {"R", "AL"}


def register_fonts() -> None:
    """Register the bundled Sans, Sans-Bold and Sans-Italic once."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "Sans" in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources.files("scriptfmt.fonts")
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder.joinpath(file))))
    # <b> and <i> in paragraphs stay in the family (unregistered, they fall back to Helvetica)
    pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic", boldItalic="Sans-Bold")


@lru_cache(maxsize=None)
def _glyphs(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def _printable(ch: str) -> bool:
    return not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs"))


def missing(text: str, font: str = "Sans") -> list[str]:
    """The characters of `text` (each once, in order) that `font` has no glyph for."""
    register_fonts()
    have = _glyphs(font)
    return list(dict.fromkeys(ch for ch in text if ord(ch) not in have and _printable(ch)))


def _fallback_files() -> list[str]:
    return [p for p in FALLBACK_FILES if Path(p).is_file()] + sorted(glob.glob(NOTO_GLOB))


@lru_cache(maxsize=None)
def _fallback_name(path: str) -> str | None:
    """Register one fallback font; its name, or None when reportlab cannot embed it (CFF, damaged)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "Fallback-" + Path(path).stem
    try:
        pdfmetrics.registerFont(TTFont(name, path))
    except Exception:  # noqa: BLE001 - any font reportlab cannot read is simply not a fallback
        return None
    return name


@lru_cache(maxsize=None)
def fallback_for(ch: str) -> str | None:
    """The first system fallback font with a glyph for `ch`, or None."""
    for path in _fallback_files():
        name = _fallback_name(path)
        if name and ord(ch) in _glyphs(name):
            return name
    return None


def right_to_left(text: str) -> list[str]:
    """The right-to-left words of `text` (Hebrew, Arabic …), each once, in order."""
    words = (w for w in text.split() if any(unicodedata.bidirectional(ch) in _RTL for ch in w))
    return list(dict.fromkeys(words))


def font_warnings(text: str, where: str) -> list[str]:
    """`where: …` lines for what will not print right: characters no font has, reversed RTL text."""
    lacking = [ch for ch in missing(text) if fallback_for(ch) is None]
    out = []
    if lacking:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in lacking[:8]) + (" …" if len(lacking) > 8 else "")
        out.append(f"{where}: no font has {shown}: they print as blank boxes (install a TrueType font that has them, "
                   "e.g. fonts-droid-fallback for Chinese and Japanese, fonts-noto-core for Indian scripts)")
    rtl = right_to_left(text)
    if rtl:
        shown = " ".join(rtl[:4]) + (" …" if len(rtl) > 4 else "")
        out.append(f"{where}: right-to-left text {shown} prints left to right (reversed) in the PDF")
    return out


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` cut into (font, piece) runs: characters `font` lacks in the first fallback that has
    them (a character no font has stays in `font`). One run for most lines, at C speed.
    `font` must be registered (the PDF renderer does that before it draws)."""
    if text.isascii():
        return [(font, text)]
    have = _glyphs(font)  # the renderer registered its fonts before drawing
    if have.issuperset(map(ord, text)):  # accents, curly quotes, dashes: the font has them
        return [(font, text)]
    lacking = set(missing(text, font))
    if not lacking:
        return [(font, text)]
    runs: list[tuple[str, str]] = []
    for ch in text:
        use = (fallback_for(ch) or font) if ch in lacking else font
        if runs and runs[-1][0] == use:
            runs[-1] = (use, runs[-1][1] + ch)
        else:
            runs.append((use, ch))
    return runs


def with_fallback(text: str, font: str = "Sans") -> tuple[str, bool]:
    """Paragraph markup for `text`, characters the main font lacks in a fallback font that has them.
    Returns (markup, True) when a fallback was used, else (escaped text, False)."""
    lacking = set(missing(text, font))
    out, used = [], False
    for ch in text:
        escaped = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(ch, ch)
        other = fallback_for(ch) if ch in lacking else None
        used = used or other is not None
        out.append(f'<font name="{other}">{escaped}</font>' if other else escaped)
    return "".join(out), used
