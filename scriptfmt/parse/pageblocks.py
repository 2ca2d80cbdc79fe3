"""Blocks of a web page copied as text, above the single line: a sentence broken at its links,
a promo box closed by its button, the footer under the story, the headline glued to the first
line, the reporter's sign-off glued to the last. Paragraphs are objects with `text` and
`special` (parse/paragraphs.py); single lines are in pagelines.py and furniture.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from scriptfmt.parse import furniture, pagelines
from scriptfmt.parse.repeats import ends_sentence as _ends_sentence


_LINK_TEXT_WORDS = 6  # a link's text broken out on its own line: a name, a few words


def rejoin_links(body: list[tuple[int, str]], is_special: Callable[[str], bool]) -> list[tuple[int, str]]:
    """A page copied as text breaks a sentence at each link: `Mineral resources minister` /
    `S Regupathy` / `on Sunday said …` / `granite scam` / `."The govt …`. A line that opens in
    lower case or with a mark (`.`, `,`) carries on the line above it, and so do the short
    lines above that end no sentence (the link's words), with no blank line between."""
    out: list[tuple[int, str]] = []
    for number, text in body:
        above = out[-1][1] if out else ""
        if not (text and above and _carries_on(text, above) and not is_special(text) and not is_special(above)):
            out.append((number, text))
            continue
        number, joined = out.pop()
        while out and out[-1][1] and len(joined.split()) <= _LINK_TEXT_WORDS and not out[-1][1].endswith(_SENTENCE_ENDS) and not is_special(out[-1][1]):
            number, joined = out[-1][0], out.pop()[1] + " " + joined
        out.append((number, joined + " " + text))
    return out


_SENTENCE_ENDS = (".", "!", "?", ":", ";", "”", '"', "’", "'", ")", "]")


def _carries_on(text: str, above: str) -> bool:
    """`on Sunday said …` or `."The govt …` under a link's few words that end no sentence: one
    sentence, broken at a link (a hard-wrapped line above is as long as the column, not a link)."""
    mark = text[:1] in ".,;!?" and not furniture.is_separator(text)  # no wrapped line opens with a mark
    starts = text[:1].islower() or mark
    link = mark or len(above.split()) <= _LINK_TEXT_WORDS and 2 * len(above) < len(text)
    return starts and link and not above.endswith(_SENTENCE_ENDS) and not furniture.is_bullet(text) and not furniture.is_web_furniture(above)


def promo_boxes(paras: list, md: dict) -> list:
    """A promo box set between paragraphs: its headline (no sentence end), a line of pitch and
    the button that closes it (`Read now`) go to metadata together; a button alone goes alone."""
    kept: list = []
    for para in paras:
        if para.special or not furniture.is_button(para.text):
            kept.append(para)
            continue
        box = 0
        if len(kept) >= 2 and _box_head(kept[-2]) and not kept[-1].special and len(kept[-1].text.split()) <= 25:
            box = 2  # headline over its pitch
        elif kept and _box_head(kept[-1]):
            box = 1
        taken = kept[len(kept) - box :] if box else []
        del kept[len(kept) - box :]
        md.setdefault("furniture", []).extend([p.text for p in taken] + [para.text])
    return kept


def _box_head(para) -> bool:
    return not para.special and furniture.is_headline(para.text) and not _ends_sentence(para.text)


def footer_start(body: list, end: int) -> int:
    """Where the page's footer starts: its first line that is certainly furniture (a credit, a
    plug, `Related Articles`, `Powered by Blogger.`) with only furniture and short lines that
    end no sentence under it (prices, linked headlines, `Try Our AI Features`); a label or two
    just above that line (`KR On Youtube`) go with it."""
    cut, k = end, end - 1
    while k >= 0 and not body[k].special and _footer_line(body[k].text):
        if furniture.is_credit(body[k].text) or furniture.is_web_furniture(body[k].text) or furniture.opens_link_block(body[k].text):
            cut = k
        k -= 1
    labels = 0
    while labels < 2 and cut < end and cut - labels > 0 and not body[cut - labels - 1].special and label_shaped(body[cut - labels - 1].text) and len(body[cut - labels - 1].text.split()) <= 8:
        labels += 1
    return cut - labels


def _footer_line(text: str) -> bool:
    t = text.strip()
    short = len(t.split()) <= 20 and not _ends_sentence(t) and t[:1] not in "\"“‘'" and not t.endswith(("]", ")")) and ". " not in t  # no sentence, no cue after one
    return short or furniture.is_credit(t) or furniture.is_web_furniture(t) or furniture.is_date_line(t)


def label_shaped(text: str) -> bool:
    """A line a page prints as a label, headline or name: short, no sentence end (a line of
    copy in capitals, five words or more, is radio copy, not a label)."""
    return furniture.is_headline(text) and not (text.isupper() and len(text.split()) >= 5)


def is_copy(text: str) -> bool:
    """A paragraph of the story: a sentence of eight words or more, or a long paragraph."""
    size = len(text.split())
    return not furniture.is_web_furniture(text) and (size >= 8 and _ends_sentence(text) or size > 40)


_GLUE_REACH = 6  # the page's top lines, where a headline is printed again


def headline_glued(paras: list) -> list:
    """`Valeriani: region rejects fundsRoma, 6 set. (askanews) – …`: the page prints its headline
    again glued to the story's first line; the copy is split off (a repeat, furniture) and the
    dateline and lede after it are read as usual."""
    out: list = []
    for k, para in enumerate(paras):
        for head in paras[:k] if k < _GLUE_REACH else ():
            size = len(head.text.split())
            if not para.special and not head.special and 4 <= size <= 20 and furniture.is_headline(head.text) and para.text.startswith(head.text) and len(para.text) > len(head.text) + 20:
                cut = len(head.text)
                if para.text[cut - 1].isalnum() and para.text[cut].isalnum():
                    cut = head.text.rstrip().rfind(" ") + 1  # `…fondi per RomaRoma, 6 set.`: the glued word stays whole, with the dateline
                out.append(replace(para, text=para.text[:cut].strip()))
                para.text = para.text[cut:].strip()
                break
        out.append(para)
    return out


# `Ella Dionisio/DMS`: the reporter and the desk's short code, set solid (a photo credit names an
# agency or the paper: `Antonie Robertson / The National`, `Jane Doe/Getty Images`).
_DESK_SIGN_OFF = regex.compile(r"\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){0,3}/\p{Lu}{2,5}")


def closing_sign_off(paras: list) -> list:
    """`… checking the CCTV footage. Ella Dionisio/DMS` as the story's last paragraph (only the
    page's short lines under it): the last sentence with the reporter's sign-off glued on, in a
    caption's shape. The sentence is read; the sign-off is split off as a credit."""
    for j in range(len(paras) - 1, -1, -1):
        text = paras[j].text
        cut = pagelines.slash_credit_start(text) if not paras[j].special else None
        if cut is not None and len(text[:cut].split()) >= 8 and _DESK_SIGN_OFF.fullmatch(text[cut:].strip()):
            paras[j].text = text[:cut].rstrip()
            paras.insert(j + 1, replace(paras[j], text=text[cut:].strip()))
            return paras
        if paras[j].special or is_copy(text):
            return paras
    return paras
