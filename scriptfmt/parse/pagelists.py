"""Runs of a web page's own short lines set tight in the copy, in any language: a section menu
(`Chile` / `Negocios` / `Cultura y Entretención` / `Mundo` / `Deportes`: five lines or more of a
word or three) and a news ticker (the headlines of other stories, three lines or more set as
bullets). A desk reads neither. A list the story introduces (the line above it ends on a colon)
is the story's, and a bullet that tells a sentence of the story (`• Radio host X on Tuesday gave
his view …, saying …`) is no ticker's headline. Paragraphs are objects with `text`, `line` and
`special` (parse/paragraphs.py)."""

from __future__ import annotations

from scriptfmt.parse import furniture
from scriptfmt.parse.bulletins import is_headlines_heading
from scriptfmt.parse.headings import ends_sentence
from scriptfmt.parse.pageblocks import is_copy

_MENU_LINES = 5
_MENU_WORDS = 3  # `Cultura y Entretención`
_TICKER_LINES = 3
_TAG_LINES = 6  # a page's topic tags, a paragraph each: six in a row at least (a story's crossheads stand over copy)
_TAG_WORDS = 5
_TICKER_WORDS = 16  # a headline's length at most
_TOLD_WORDS = 12  # a bullet this long that ends its sentence tells the story (paragraphs.py reads it)
_DASHES = ("- ", "– ", "— ")


def _bulleted(text: str) -> bool:
    """A list item: a bullet mark or a spaced dash opens it."""
    return furniture.is_bullet(text) or text.startswith(_DASHES)


def page_lists(paras: list, md: dict) -> list:
    """`paras` without the page's menus and tickers, which go to `md["furniture"]`. Above the story's
    first paragraph of copy, bullets are the page's summary points (paragraphs.py files them)."""
    kept: list = []
    story = False
    j = 0
    while j < len(paras):
        end = max(_run_end(paras, j, story), j + 1)
        if end > j + 1 and not (kept and _introduces(kept[-1], paras[j])):
            md.setdefault("furniture", []).extend(p.text for p in paras[j:end])
        else:
            kept.extend(paras[j:end])  # a list the story introduces is read whole
            story = story or any(not p.special and is_copy(p.text) for p in paras[j:end])
        j = end
    return kept


def _introduces(above, para) -> bool:
    """The line above a run is the story's lead-in to a list (`… the following questions:`), a
    bulletin's `The Headlines` (its headlines are read first, parse/bulletins.py) or a point of
    that list, set tight above it."""
    bulleted = _bulleted(above.text)
    return above.text.rstrip().endswith(":") or is_headlines_heading(above.text) or bulleted and para.line == above.line + 1


def _run_end(paras: list, j: int, story: bool) -> int:
    """One past a run of menu lines (or, in the story, ticker lines) set tight from paras[j]; j when none starts there."""
    shapes = ((is_menu_item, _MENU_LINES, 1), (is_ticker_item, _TICKER_LINES, 1)) if story else ((is_menu_item, _MENU_LINES, 1),)
    for item, least, gap in (*shapes, (is_tag_item, _TAG_LINES, 2)):
        end = j
        while end < len(paras) and not paras[end].special and item(paras[end].text) and (end == j or paras[end].line - paras[end - 1].line <= gap):
            end += 1
        if end - j >= least:
            return end
    return j


def is_tag_item(text: str) -> bool:
    """`Crime, law enforcement and corrections`, `Eastern Africa`: a topic tag of the page, a few words, no
    sentence, no number; the page's tags come a line apart, one under the other (pasted from a list)."""
    return _short_name(text, _TAG_WORDS, (".", "!", "?", ":", ";", '"', "”", "»"))


def is_menu_item(text: str) -> bool:
    """`Cultura y Entretención`, `NEGOCIOS`: a section's name, a word or three, no sentence, no number."""
    return _short_name(text, _MENU_WORDS, (".", "!", "?", ":", ",", ";"))


def _short_name(text: str, most: int, ends: tuple[str, ...]) -> bool:
    """A name the page lists: `most` words at most, a capital first, no number, not ending as a sentence does (`ends`)."""
    return 0 < len(text.split()) <= most and text[:1].isupper() and not text.endswith(ends) and not any(c.isdigit() for c in text)


def is_ticker_item(text: str) -> bool:
    """`• Floods cut off northern villages for a third day`, `- Die Überschwemmungen sind zurückgegangen.`:
    another story's headline set as a bullet (a short line; a long one that ends its sentence is copy)."""
    t = text.strip()
    if not (_bulleted(t)):
        return False
    words = t.split()[1:] if t[:1] in "-–—" else t.lstrip("*•· ").split()
    question = t.rstrip("\"”’' ").endswith("?")  # a bulleted question is an interview's
    return 2 <= len(words) <= _TICKER_WORDS and words[0][:1].isupper() and not question and not bullet_tells(t)


def bullet_tells(text: str) -> bool:
    """A bullet that is a full sentence of the story (twelve words or more, its sentence ended, words
    in lower case: `• Radio host X on Tuesday gave his view on …, saying …`): the lede or copy set as a
    bullet, read. A page's summary point (`• Police say two men tried to steal a car`), a photo's line
    (`• X talking at an interview`) and another story's headline end no sentence or are short."""
    return len(text.split()) >= _TOLD_WORDS and ends_sentence(text) and any(w[:1].islower() for w in text.split())


_BOX_POINTS = 3  # a summary box's points: three or more, set tight


def in_bullet_box(paras: list, k: int) -> bool:
    """paras[k] is one of three bullets or more set tight (no blank line between): a summary box's
    point (`• Cele and Masemola visited Diepsloot on Thursday.` / `• A man was killed …` / …), which
    the story then tells, however full its sentence. A lede set as a bullet stands alone, or beside
    the photo's line."""
    def bulleted(j: int) -> bool:
        return 0 <= j < len(paras) and not paras[j].special and _bulleted(paras[j].text)
    first = last = k
    while bulleted(first - 1) and paras[first - 1].line == paras[first].line - 1:
        first -= 1
    while bulleted(last + 1) and paras[last + 1].line == paras[last].line + 1:
        last += 1
    return bulleted(k) and last - first + 1 >= _BOX_POINTS


def under_headlines(paras: list, k: int) -> bool:
    """paras[k] is a bullet of the block under a bulletin's `The Headlines` / `Top stories` heading:
    the newsreader's first copy, read (parse/bulletins.py), never a page's summary box."""
    j = k
    while j > 0 and _bulleted(paras[j].text):
        j -= 1
    return j < k and not paras[j].special and is_headlines_heading(paras[j].text)

