"""The introduction above a printed interview's first question (parse/interview.py `read`): which of its paragraphs are
read copy. A paragraph of sentences, a sentence the page printed without its full stop between two of them, and a
sentence of the introduction's own under the headline are read; the page's head lines and notes are kept."""

from __future__ import annotations

from scriptfmt.parse.decks import is_story_prose
from scriptfmt.parse.pagelines import is_credit_line
from scriptfmt.parse.standfirstnotes import page_note

__all__ = ["prose_paragraph", "read_intro"]


def read_intro(texts: list[str], parts: list[str], n: int, unstamped: bool) -> bool:
    """The introduction's paragraph `n` is read: prose (not the page's note), a sentence between two of its paragraphs,
    or a sentence of its own under the headline (never a caption line with its time stamp: `unstamped`)."""
    text = texts[n]
    return (prose_paragraph(text) and not page_note(text)) or _between_prose(texts, parts, n) or (unstamped and _told_sentence(texts, parts, n))


def prose_paragraph(text: str) -> bool:
    """A paragraph of sentences (parse/decks.py), or one in a script written without spaces that ends a sentence with
    its full stop (`…について聞きました。`): read, never the page's furniture."""
    return is_story_prose(text) or (text.rstrip("」』）) ").endswith(("。", "！")) and len(text) >= 12)


def _between_prose(texts: list[str], parts: list[str], n: int) -> bool:
    """A sentence the page printed without its full stop (`Originally from the Solomon Islands, all three students have
    moved to Fiji …`) between two paragraphs of the introduction's prose: the intro goes on, never the page's furniture,
    which stands above the intro or under the turns. Eight words at least, half of them in lower case."""
    above = next((k for k in range(n - 1, -1, -1) if texts[k]), None)
    below = next((k for k in range(n + 1, len(texts)) if texts[k]), None)
    tokens = texts[n].split()
    if above is None or below is None or parts[above] != "intro" or parts[below] != "intro" or len(tokens) < 8:
        return False
    return 2 * sum(1 for w in tokens if w[:1].islower()) >= len(tokens) and prose_paragraph(texts[above]) and prose_paragraph(texts[below])


def _told_sentence(texts: list[str], parts: list[str], n: int) -> bool:
    """A sentence of the introduction's own under the page's first line (`Menulis naskah podcast wawancara yang menarik
    memerlukan …`): eight words at least, most in lower case, ending on its full stop: read copy, never the page's
    furniture (a headline ends on no full stop; a caption or a credit is `page_note`'s and `is_credit_line`'s)."""
    tokens = texts[n].split()
    top = next((k for k, t in enumerate(texts) if t), n)
    if n == top or parts[n] != "intro" or len(tokens) < 8 or not texts[n].rstrip("\"”’') ").endswith((".", "!", "。")):
        return False
    return 2 * sum(1 for w in tokens if w[:1].islower()) > len(tokens) and not page_note(texts[n]) and not is_credit_line(texts[n])
