"""The head of a web page copied as text, above its story: site labels and navigation, the headline,
the deck, the byline and time stamps, a photo's caption. Where it ends is told by what stands in it
(short lines, no sentence of copy) and under it (a dateline, a byline, the first paragraph of copy);
paragraphs.py files its lines in metadata one by one. Paragraphs are objects with `text` and `special`."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt.parse import furniture, headsize
from scriptfmt.parse.decks import deck_end, deck_sized, is_story_prose
from scriptfmt.parse.headings import answered_quote
from scriptfmt.parse.headings import ends_sentence as _ends_sentence
from scriptfmt.parse.pageblocks import is_copy, label_shaped


def head_end(paras: list) -> tuple[int, int]:
    """(index of the paragraph that opens with a dateline or -1, number of paragraphs above the
    story): only short lines (headline, deck, byline, time stamps, captions) stand above a
    dateline; without one, a headline's deck and captions end at the last byline or caption."""
    last, lede, sentences = -1, False, 0
    for k, para in enumerate(paras[:20]):
        text = para.text
        if para.special or k >= 10 and any(len(p.text.split()) > 25 and not furniture.is_web_furniture(p.text) for p in paras[:k]) or sentences >= 2:
            break  # a page's header may run to twenty short lines (share and tool rows); two paragraphs of sentences are copy
        if not furniture.is_web_furniture(text) and furniture.split_lead_dateline(text):
            return k, k  # `Posted: Nov 27, 2026 …` is the page's time stamp, no dateline
        if headsize.past_furniture(text) and not furniture.is_web_furniture(text):
            break  # longer than a standfirst, or a speaker's turn (`@qui! : On est …?`): copy, no head above a dateline further down
        page_line = furniture.is_web_furniture(text) and not furniture.is_link_line(text) or furniture.is_date_line(text)
        if k <= 4 and (furniture.is_byline(text) or page_line and not lede):
            last = k  # a caption or link under the lede sentence is in the story, not above it
        elif furniture.is_byline(text) and _short_above(paras[:k]):
            last = k  # a web page's labels, headline and deck above a byline further down
        lede = lede or k > 0 and len(text.split()) >= 8 and text.endswith((".", "!", "?", '."', ".”"))
        sentences += len(text.split()) >= 8 and _ends_sentence(text) and not furniture.is_web_furniture(text)  # a deck is one at most
    first_ok = bool(paras) and (furniture.is_headline(paras[0].text) or len(paras[0].text.split()) <= 25 and not furniture.is_web_furniture(paras[last].text))
    above = 0
    if last > 0 and first_ok and (all(len(p.text.split()) <= 40 and deck_sized(p.text) and not is_story_prose(p.text) for p in paras[:last]) or furniture.is_byline(paras[last].text) and _short_above(paras[:last])):
        above = last + 1
        if furniture.is_caption(paras[last].text) and above < len(paras) - 1 and furniture.is_headline(paras[above].text):
            above += 1  # the caption's own line under the photo's description and credit
    return -1, max(above, _headlines_above(paras), _page_header(paras), deck_end([p.text if not p.special else "" for p in paras[:20]]))




def _short_above(paras: list) -> bool:
    """Only a page's short lines stand above a byline, and at most one standfirst of a few sentences
    (never a narrative intro: a long paragraph that ends its sentence is read, decks.deck_sized)."""
    long = [p for p in paras if len(p.text.split()) > 25]
    return len(long) <= 1 and all(not headsize.past_furniture(p.text) and not p.special and deck_sized(p.text) for p in long)


def _over_headline(paras: list, k: int) -> bool:
    """Prose with the page's first headline line right under it (`Fahrzeuge stehen quer … twitterte die Polizei`
    over `Denkendorf: 18 Verletzte …`): a photo's caption or a teaser above the headline, never where the story starts."""
    return k + 1 < len(paras) and not paras[k + 1].special and furniture.is_headline_line(paras[k + 1].text) and not any(
        furniture.is_headline_line(p.text) for p in paras[:k] if not p.special)


def first_line(paras: list, k: int) -> bool:
    """The first line of the story proper: only desk notes (`Eds: …`, advisories) and page labels stand above it."""
    return all(_desk_or_page_line(p.text) for p in paras[:k])


@lru_cache(maxsize=256)
def _desk_or_page_line(text: str) -> bool:
    """A desk note (`Eds: …`, an advisory) or a page label: asked of the page top's lines again for each line under
    them (`lede_under`), so each line's answer is kept."""
    return furniture.is_editors_note(text) or furniture.is_advisory(text) or furniture.is_web_furniture(text)


def lede_under(paras: list, k: int) -> str:
    """The paragraph under paras[k] when paras[k] is the page's first line (what `is_story_prose` asks
    to tell a headline over the lede from the lede), else ``."""
    return paras[k + 1].text if k + 1 < len(paras) and not paras[k + 1].special and first_line(paras, k) else ""


def _page_header(paras: list) -> int:
    """A page's header above the story's first paragraph of copy: site labels, navigation,
    the headline, a reporter's name alone: it ends at its last line that is no sentence
    (a short sentence above that line, an aggregator's slogan, goes with it)."""
    first = next((k for k, p in enumerate(paras[:25]) if not p.special and (is_copy(p.text) or is_story_prose(p.text, lede_under(paras, k)) and not _over_headline(paras, k))), 0)
    last = -1
    for k in range(first):
        text = paras[k].text
        if paras[k].special or len(text.split()) > 40 and not furniture.is_caption(text):
            return 0  # a long caption is the photo's, not a paragraph of copy
        if furniture.is_web_furniture(text) or furniture.is_date_line(text) or furniture.is_byline(text):
            last = k
        elif furniture.runs_on(text):
            break  # `… the row was a politically motivated move before the`: copy cut mid-sentence, no header line
        elif label_shaped(text) or _title_line(text) or k == last + 1 and k > 0 and _deck_line(text):
            last = k  # a deck with no full stop under the headline: `Piles of rubbish fill the space …, with businesses facing …`
    return last + 1


def _title_line(text: str) -> bool:
    """`Yoon's Press Conference: What Was Different?`, `"Everything Is My Fault" Apology`: a headline or a
    deck line in title case, a question or quoted words in it, no sentence of copy."""
    bare = text.strip().replace('"', "").replace("“", "").replace("”", "").replace("‘", "").replace("’", "'")
    return 0 < len(bare.split()) <= 16 and not bare.endswith((".", "!", ",", ";")) and furniture.is_title_case(bare)


_DECK_WORDS = 30


def _deck_line(text: str) -> bool:
    """A deck under a headline: up to thirty words, no sentence end, no quotation (but a quotation with who
    said it after it, as a deck gives it)."""
    t = text.strip()
    quoted = t[:1] in "\"“‘'([" and not answered_quote(t, _DECK_WORDS)  # `"No habrá impunidad", declaró el presidente`: a deck
    return 0 < len(t.split()) <= _DECK_WORDS and not t.endswith((".", "!", "?", "…", ":", ";", ",", '"', "”", "’", "'")) and not quoted and not t.isupper()


def _headlines_above(paras: list) -> int:
    """A web page's section label, headline and its repeats: short lines that are not sentences,
    above a paragraph that is one."""
    heads = 0
    while heads < min(len(paras) - 1, 6) and not paras[heads].special and furniture.is_headline(paras[heads].text) and not paras[heads].text.isupper() and not is_story_prose(paras[heads].text):
        heads += 1
    if heads == 1 and not furniture.is_headline_line(paras[0].text):
        heads = 0  # one short line alone: a headline only when it looks like one
    return heads if heads >= 1 and paras[heads].text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'")) else 0
