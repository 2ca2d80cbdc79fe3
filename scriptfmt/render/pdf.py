"""Anchor scripts as PDF: TV split page, radio single column, or prompter copy.

reportlab is imported with this module, which only the commands that write a PDF import
(`scriptfmt time` never loads it). Pages are laid out here rather than by
platypus: rows from render/_layout.py are wrapped with cached word widths, paginated
with the newsroom rules (never split a sentence, keep a soundbite block together, never
leave a cue alone at the bottom, (MORE) on continued pages, end mark at the end) and
drawn line by line on a canvas. Knowing every page before drawing gives "PAGE x OF y"
per story without a second pass, and keeps a 1,000-page script book fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from scriptfmt.model import Story
from scriptfmt.output import atomic_path
from scriptfmt.render._layout import Para, Row, Script, build_scripts, is_sentence_end
from scriptfmt.render.fonts import font_runs, register_fonts
from scriptfmt.styles import Style

register_fonts()  # the renderer's setup, with the reportlab import above: once per process, before any page

INCH = 72.0
PAGE_SIZES = {"letter": (612.0, 792.0), "a4": (595.2756, 841.8898)}


class Spec(NamedTuple):
    font: str
    size: float
    lead: float  # line pitch
    gap: float  # space after the paragraph
    align: str = "left"


FIT_MARGIN = 1e-6  # points: far above float rounding of summed widths, far below anything visible


class Wrapped(NamedTuple):
    words: list[str]
    lines: list[tuple[int, int]]  # word ranges, end exclusive
    fits: list[bool]  # the line surely fits its column (no need to measure it again)


class Line(NamedTuple):
    text: str
    font: str
    size: float
    lead: float
    align: str


@dataclass
class Laid:
    """A row wrapped into lines for its column widths."""

    row: Row
    left: list[Line]
    right: list[Line]
    height: float  # with the space below it

    @property
    def ink(self) -> float:
        """Height without trailing blank space: what must fit at the bottom of a page."""

        def col(lines: list[Line]) -> float:
            h = sum(ln.lead for ln in lines)
            for ln in reversed(lines):
                if ln.text:
                    return h - ln.lead + ln.size * 1.25
                h -= ln.lead
            return 0.0

        return max(col(self.left), col(self.right))


def tokens(text: str) -> list[str]:
    """Words to wrap; a short parenthetical such as a pronouncer (kee-SHEE-dah) stays on one line."""
    words, out, i = text.split(), [], 0
    if "(" not in text:
        return words
    while i < len(words):
        word = words[i]
        if word.startswith("(") and not word.endswith(")"):
            for j in range(i + 1, min(i + 4, len(words))):
                if words[j].endswith((")", ").", "),", ");", "):")):
                    word = " ".join(words[i : j + 1])
                    i = j
                    break
        out.append(word)
        i += 1
    return out


class Layout:
    """Geometry, paragraph specs, wrapping and pagination for one style."""

    def __init__(self, style: Style):
        self._string_width = stringWidth
        self._widths: dict[str, dict[str, float]] = {}  # font -> word -> width at 1 pt
        self._wrapped: dict[tuple[str, str, float, float], Wrapped] = {}
        self._lines: dict[tuple[str, str, float], tuple[Line, ...]] = {}
        self.page_w, self.page_h = PAGE_SIZES[style["page.size"]]
        self.ml, self.mr = style["page.margin_left"] * INCH, style["page.margin_right"] * INCH
        self.mt, self.mb = style["page.margin_top"] * INCH, style["page.margin_bottom"] * INCH
        size, cue, self.hsize = float(style["font.size"]), float(style["font.cue_size"]), float(style["font.header_size"])
        spacing = float(style["text.line_spacing"])
        read_lead = size * 1.17 * spacing
        self.specs = {
            "read": Spec("Sans", size, read_lead, size * 0.5),
            "direction": Spec("Sans-Bold", size, read_lead, size * 0.5),
            "cue": Spec("Sans-Bold", cue, cue * 1.3, cue * 0.35),
            "super": Spec("Sans", cue, cue * 1.3, cue * 0.35),
            "time": Spec("Sans", cue, cue * 1.3, cue * 0.35),
            "sot": Spec("Sans-Bold", cue, cue * 1.4, cue * 0.35),
            "transcript": Spec("Sans-Italic", cue, cue * 1.3, cue * 0.5),
            "end": Spec("Sans-Bold", size, size * 1.6, 0, "center"),
        }
        self.row_gap = cue * 0.9
        text_w = self.page_w - self.ml - self.mr
        self.text_w = text_w
        split = style["layout"] == "split"
        gap = style["columns.gap"] * INCH
        self.divider = self.ml + text_w * style["columns.left_width"] if split else None
        self.left_x, self.left_w = self.ml, (self.divider - self.ml - gap / 2) if split else 0.0
        self.right_x = self.divider + gap / 2 if split else self.ml
        self.right_w = self.ml + text_w - self.right_x
        self.header_h = self.hsize * 2.6
        self.footer_h = size * 1.4
        self.body_top = self.page_h - self.mt - self.header_h
        self.body_h = self.body_top - self.mb - self.footer_h

    # -- wrapping -------------------------------------------------------------
    def _font_widths(self, font: str) -> dict[str, float]:
        table = self._widths.get(font)
        if table is None:
            table = self._widths[font] = {}
        return table

    def width(self, word: str, font: str) -> float:
        table = self._font_widths(font)
        w = table.get(word)
        if w is None:
            w = table[word] = self._string_width(word, font, 1000.0) / 1000.0
        return w

    def wrap_words(self, words: list[str], font: str, size: float, width: float) -> list[tuple[int, int]]:
        """Greedy wrap; returns (start, end) word ranges, end exclusive. An over-long word gets its own line."""
        return self._wrap(words, font, size, width)[0]

    def _wrap(self, words: list[str], font: str, size: float, width: float) -> tuple[list[tuple[int, int]], list[bool]]:
        """wrap_words, and for each line whether it surely fits: several words whose summed widths
        leave room (a lone word, or a line at the very edge, is measured again by break_long)."""
        table, measure = self._font_widths(font), self._string_width
        space = self.width(" ", font) * size
        lines, fits, start, used = [], [], 0, 0.0
        for i, word in enumerate(words):
            w = table.get(word)
            if w is None:
                w = table[word] = measure(word, font, 1000.0) / 1000.0
            w *= size
            if i > start and used + space + w > width:
                lines.append((start, i))
                fits.append(i - start > 1 and used < width - FIT_MARGIN)
                start, used = i, w
            else:
                used = w if i == start else used + space + w
        if start < len(words):
            lines.append((start, len(words)))
            fits.append(len(words) - start > 1 and used < width - FIT_MARGIN)
        return lines, fits

    def wrapped(self, text: str, font: str, size: float, width: float) -> Wrapped:
        """The words of a paragraph and their lines, computed once (pagination asks again when it splits)."""
        key = (text, font, size, width)
        done = self._wrapped.get(key)
        if done is None:
            words = tokens(text)
            done = self._wrapped[key] = Wrapped(words, *self._wrap(words, font, size, width))
        return done

    def break_long(self, text: str, font: str, size: float, width: float) -> list[str]:
        """A line wider than the column (a URL, a long compound) is broken inside the word, where it
        must: nothing runs off the page."""
        if self._string_width(text, font, size) <= width:
            return [text]
        pieces, piece = [], ""
        for ch in text:
            if piece and self._string_width(piece + ch, font, size) > width:
                pieces.append(piece)
                piece = ""
            piece += ch
        return pieces + [piece]

    def para_lines(self, para: Para, width: float) -> tuple[Line, ...]:
        """The lines of a paragraph in a column; a book repeats its cues, times and supers
        (and pagination lays a split row's crew column again): each is wrapped once."""
        key = (para.role, para.text, width)
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = tuple(self._wrap_para(para, width))
        return lines

    def _wrap_para(self, para: Para, width: float) -> list[Line]:
        spec = self.specs[para.role]
        font, size, lead, align = spec.font, spec.size, spec.lead, spec.align
        wrapped = self.wrapped(para.text, font, size, width)
        words, out = wrapped.words, []
        for (a, b), fits in zip(wrapped.lines, wrapped.fits):
            text = " ".join(words[a:b])
            if fits:
                out.append(Line(text, font, size, lead, align))
            else:
                out += [Line(piece, font, size, lead, align) for piece in self.break_long(text, font, size, width)]
        if out and spec.gap:
            out.append(Line("", font, size, spec.gap, align))
        return out

    def column(self, paras: list[Para], width: float) -> list[Line]:
        lines: list[Line] = []
        for para in paras:
            lines += self.para_lines(para, width)
        return lines

    def lay(self, row: Row) -> Laid:
        left = self.column(row.left, self.left_w) if self.divider else []
        right = self.column(row.right + ([] if self.divider else row.left), self.right_w)
        height = max(sum(ln.lead for ln in left), sum(ln.lead for ln in right)) + self.row_gap
        return Laid(row, left, right, height)

    # -- pagination -----------------------------------------------------------
    def split_read(self, laid: Laid, avail: float) -> tuple[Laid, Laid] | None:
        """Split read copy at the last sentence end that fits in `avail`; None if no sentence fits."""
        row = laid.row
        if sum(ln.lead for ln in laid.left) > avail:
            return None
        spec = self.specs["read"]
        words, ranges, _ = self.wrapped(row.right[0].text, spec.font, spec.size, self.right_w)
        fit = int((avail - spec.size * 1.25) // spec.lead) + 1
        if fit <= 0:
            return None
        best = None
        for line_no, (a, b) in enumerate(ranges[:fit]):
            for i in range(a, b):
                if i < len(words) - 1 and is_sentence_end(words[i]):
                    best = i
        if best is None:
            return None
        first = Row(left=row.left, right=[Para("read", " ".join(words[: best + 1]))])
        rest = Row(right=[Para("read", " ".join(words[best + 1 :]))])
        return self.lay(first), self.lay(rest)

    def min_first(self, laids: list[Laid], i: int) -> float:
        """Least height row i needs at the bottom of a page: its first sentence, or all of it."""
        if i >= len(laids):
            return 0.0
        laid = laids[i]
        if laid.row.keep_with_next:
            return min(laid.height + self.min_first(laids, i + 1), self.body_h)
        if laid.row.splittable:
            spec = self.specs["read"]
            words = self.wrapped(laid.row.right[0].text, spec.font, spec.size, self.right_w).words
            for n, word in enumerate(words):
                if is_sentence_end(word):
                    lines = len(self.wrap_words(words[: n + 1], spec.font, spec.size, self.right_w))
                    return max((lines - 1) * spec.lead + spec.size * 1.25, sum(ln.lead for ln in laid.left))
        return min(laid.ink, self.body_h)

    def force_split(self, laid: Laid, avail: float) -> tuple[Laid, Laid]:
        """Last resort for a block taller than a page: cut at a line boundary."""

        def cut(lines: list[Line]) -> int:
            used = 0.0
            for n, ln in enumerate(lines):
                if used + ln.lead > avail:
                    return max(n, 1)
                used += ln.lead
            return len(lines)

        nl, nr = cut(laid.left), cut(laid.right)
        rest_row = Row()
        head = Laid(laid.row, laid.left[:nl], laid.right[:nr], avail)
        tail_left, tail_right = laid.left[nl:], laid.right[nr:]
        tail_h = max(sum(ln.lead for ln in tail_left), sum(ln.lead for ln in tail_right)) + self.row_gap
        return head, Laid(rest_row, tail_left, tail_right, tail_h)

    def paginate(self, script: Script) -> list[list[Laid]]:
        laids = [self.lay(row) for row in script.rows]
        end = self.lay(Row(right=[Para("end", script.end_mark)])) if script.end_mark else None
        pages: list[list[Laid]] = [[]]
        used, i = 0.0, 0
        while i < len(laids):
            laid, remaining = laids[i], self.body_h - used
            last = i == len(laids) - 1
            need = laid.ink if not (last and end) else laid.height + end.ink
            if laid.row.keep_with_next:
                need = laid.height + self.min_first(laids, i + 1)
            if need <= remaining or (not pages[-1] and laid.ink <= remaining):
                pages[-1].append(laid)
                used += laid.height
                i += 1
                continue
            parts = self.split_read(laid, remaining) if laid.row.splittable else None
            if parts:
                pages[-1].append(parts[0])
                laids[i] = parts[1]
            elif not pages[-1]:  # taller than an empty page: cut it
                head, laids[i] = self.force_split(laid, remaining)
                pages[-1].append(head)
            pages.append([])
            used = 0.0
        if end:
            if end.ink > self.body_h - used:
                pages.append([])
            pages[-1].append(end)
        return pages

    # -- drawing --------------------------------------------------------------
    # All text of a page goes into one PDF text object: one BT … ET and a font switch only
    # where the font changes, instead of a text object, a width and a font per line.
    def draw_lines(self, text, lines: list[Line], x: float, width: float, top: float, state: list) -> None:
        y = top
        for ln in lines:
            if ln.text:
                base = y - ln.size
                runs = None if ln.text.isascii() else font_runs(ln.text, ln.font)  # ASCII: one run, in the font
                if runs and len(runs) > 1:
                    self.draw_runs(text, runs, x, width, base, ln)
                    state[0] = None
                else:
                    if state[0] != (ln.font, ln.size):
                        text.setFont(ln.font, ln.size)
                        state[0] = (ln.font, ln.size)
                    shift = (width - self._string_width(ln.text, ln.font, ln.size)) / 2 if ln.align == "center" else 0.0
                    text.setTextOrigin(x + shift, base)
                    text.textLine(ln.text)
            y -= ln.lead

    def draw_runs(self, text, runs: list[tuple[str, str]], x: float, width: float, base: float, ln: Line) -> None:
        """A line holding characters the main font lacks: each run in the font that has it."""
        widths = [self._string_width(piece, font, ln.size) for font, piece in runs]
        if ln.align == "center":
            x += (width - sum(widths)) / 2
        for (font, piece), w in zip(runs, widths):
            text.setFont(font, ln.size)
            text.setTextOrigin(x, base)
            text.textLine(piece)
            x += w

    def draw_header(self, canvas, text, script: Script, number: int, count: int) -> None:
        """Label, slug, talent, date on the left; page and times on the right; a rule below."""
        base = self.page_h - self.mt
        right = "   ".join(script.header_right).replace("{page}", f"PAGE {number} OF {count}")
        room = self.text_w - self.width(right, "Sans") * self.hsize - self.hsize * 2
        left = "   ".join(script.header_left)
        while left and self.width(left, "Sans-Bold") * self.hsize > room:  # a very long slug: cut it, never overprint
            left = left[: max(len(left) - 4, 0)].rstrip() + "…" if len(left) > 4 else ""
        text.setFont("Sans-Bold", self.hsize)
        text.setTextOrigin(self.ml, base)
        text.textLine(left)
        text.setFont("Sans", self.hsize)
        text.setTextOrigin(self.page_w - self.mr - self._string_width(right, "Sans", self.hsize), base)
        text.textLine(right)
        rule = base - self.hsize * 0.8
        canvas.line(self.ml, rule, self.page_w - self.mr, rule)

    def draw_page(self, canvas, script: Script, page: list[Laid], number: int, count: int) -> None:
        state: list = [None]
        canvas.setLineWidth(0.5)
        text = canvas.beginText()
        self.draw_header(canvas, text, script, number, count)
        top = self.body_top
        for laid in page:
            if laid.left:
                self.draw_lines(text, laid.left, self.left_x, self.left_w, top, state)
            self.draw_lines(text, laid.right, self.right_x, self.right_w, top, state)
            top -= laid.height
        if self.divider:
            canvas.setStrokeGray(0.6)
            canvas.line(self.divider, self.body_top + self.hsize * 0.4, self.divider, max(top, self.mb + self.footer_h))
            canvas.setStrokeGray(0)
        if number < count and script.more_mark:
            size = self.specs["read"].size
            text.setFont("Sans-Bold", size)
            text.setTextOrigin(self.right_x + self.right_w / 2 - self._string_width(script.more_mark, "Sans-Bold", size) / 2, self.mb)
            text.textLine(script.more_mark)
        canvas.drawText(text)


def write_pdf(stories: list[Story], style: Style, out: Path, *, page_labels: list[str | None] | None = None) -> int:
    """Write one PDF; each story starts on a new page. Returns the number of pages."""
    saved = rl_config.invariant, rl_config.useA85
    rl_config.invariant = 1  # no dates or random ids: the same input gives the same bytes
    rl_config.useA85 = 0  # binary streams: smaller files, no ASCII85 pass per page
    try:
        return _write(stories, style, Path(out), page_labels)
    finally:
        rl_config.invariant, rl_config.useA85 = saved


def _write(stories: list[Story], style: Style, out: Path, page_labels: list[str | None] | None) -> int:
    register_fonts()
    layout = Layout(style)
    scripts = build_scripts(stories, style, page_labels)
    total = 0
    with atomic_path(out) as tmp:
        canvas = Canvas(str(tmp), pagesize=(layout.page_w, layout.page_h), invariant=1, pageCompression=1, initialFontName="Sans")
        canvas.setTitle(" / ".join(s.header_left[0] for s in scripts[:3] if s.header_left) or "script")
        canvas.setCreator("scriptfmt")
        canvas.setAuthor((scripts[0].story.header.talent or "") if scripts else "")
        for script in scripts:
            pages = layout.paginate(script)
            for number, page in enumerate(pages, 1):
                layout.draw_page(canvas, script, page, number, len(pages))
                canvas.showPage()
            total += len(pages)
        canvas.save()
    return total
