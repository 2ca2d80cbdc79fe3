"""Blocks of a web page copied as text, above the single line: a sentence broken at its links,
a promo box closed by its button, the footer under the story, the headline glued to the first
line, the reporter's sign-off glued to the last. Paragraphs are objects with `text` and
`special` (parse/paragraphs.py); single lines are in pagelines.py and furniture.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from scriptfmt import tomlfile
from scriptfmt.parse import furniture, headsize, pagelines
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


_COMMENT_HEAD = 2  # a comment's author and its time stamp above its text
_COPY_ABOVE = 2  # paragraphs of copy above a page's closing block (comments, related links): the story is told


def copy_above(body: list, j: int, paragraphs: int = _COPY_ABOVE) -> bool:
    """Enough of the story stands above body[j] (`paragraphs` of copy) for a closing block of the page
    to start there; a share row's `Comments` or `Related` in the header is no end of the story."""
    return sum(1 for p in body[:j] if not p.special and is_copy(p.text)) >= paragraphs


def comments_start(body: list, end: int) -> int:
    """Readers' comments printed under the story with no heading over them: the first comment's
    controls (`Reply`, `Report`, `3 likes`) under its text, its author's name or handle and its time
    stamp above (`Jane Doe` / `2 hours ago` / text / `Reply`): the story ends above the author."""
    j = next((n for n in range(end) if not body[n].special and pagelines.is_comment_control(body[n].text)), end)
    if j == end or not copy_above(body, j, _COPY_ABOVE + 1):
        return end
    signs = sum(pagelines.is_comment_control(p.text) for p in body[j : j + 3]) + any(furniture.is_date_line(p.text) for p in body[max(0, j - 3) : j])
    if signs < 2:
        return end  # one `Report` alone (a crosshead) is no comment: a comment has its controls and its time stamp
    start = j
    if j >= 2 and _comment_head(body[j - 2].text):
        start = j - 2  # the comment's text and its head above its controls
        if start >= 1 and _comment_head(body[start - 1].text) and furniture.is_date_line(body[start].text):
            start -= 1
    return start


def _comment_head(text: str) -> bool:
    """A comment's author (`Jane Doe`, `@janedoe`) or its time stamp (`2 hours ago`): short, no sentence."""
    t = text.strip()
    return furniture.is_date_line(t) or 0 < len(t.split()) <= 4 and not _ends_sentence(t) and (t[:1].isupper() or t[:1] == "@")


def footer_start(body: list, end: int) -> int:
    """Where the page's footer starts: its first line that is certainly furniture (a credit, a
    plug, `Related Articles`, `Powered by Blogger.`) with only furniture and short lines that
    end no sentence under it (prices, linked headlines, `Try Our AI Features`); a label or two
    just above that line (`KR On Youtube`) go with it."""
    cut, k = end, end - 1
    while k >= 0 and not body[k].special:
        teaser = _cut_teaser(body, k)
        if not (teaser or _footer_line(body[k].text)):
            break
        if teaser or furniture.is_credit(body[k].text) or furniture.is_web_furniture(body[k].text) or furniture.opens_link_block(body[k].text):
            cut = k
        k -= 1
    if k >= 0 and _headline_list(body, k + 1, end):
        cut = k + 1
    cut = min(cut, _teased_links(body, end), _stamped_teasers(body, end))
    labels = 0
    while labels < 2 and cut < end and cut - labels > 0 and not body[cut - labels - 1].special and label_shaped(body[cut - labels - 1].text) and len(body[cut - labels - 1].text.split()) <= 8:
        labels += 1
    return cut - labels


_TEASER_WORDS = 80  # a linked story's teaser under its headline: a paragraph at most


def _teased_links(body: list, end: int) -> int:
    """`Noticias relacionadas` / `Divina Pastora sale en procesión …` / `La fe mariana volvió …`: under a
    heading over links, to the foot of the page, the other stories' headlines, each perhaps with its
    teaser paragraph under it: the page's, from the heading down (where the story's own copy came
    back between them, `end`: nothing is cut)."""
    k = end - 1
    headlines = 0
    while k > 0 and not body[k].special and not furniture.opens_link_block(body[k].text):
        text = body[k].text
        if furniture.is_link_block_line(text) or furniture.is_web_furniture(text):
            headlines += furniture.is_headline(text) and len(text.split()) >= 3
        elif not (len(text.split()) <= _TEASER_WORDS and _link_title(body[k - 1])):
            return end
        k -= 1
    if k <= 0 or body[k].special or headlines < 2:
        return end
    return k if copy_above(body, k) else end


_TEASER_REACH = 60  # paragraphs at the foot where an aggregator's teaser blocks are looked for


def _stamped_teasers(body: list, end: int) -> int:
    """`Bus fares to rise in April` / `The authority says fares will go up by 4%.` / `3h ago`, block after block
    to the foot of the page: an aggregator's teasers of other stories (a headline, its one-line teaser, its time
    stamp, in either order), two blocks or more under the story's copy: the page's, from the first headline down."""
    low = max(1, end - _TEASER_REACH)
    to_end: dict[int, int | None] = {end: 0}  # blocks from a line down to the foot, None where the chain breaks: each line read once
    for k in range(end - 1, low - 1, -1):
        nxt = _teaser_block(body, k, end)
        after = to_end.get(nxt) if nxt else None
        to_end[k] = None if after is None else after + 1
    for start in range(low, end):
        blocks = to_end[start]
        if blocks is not None and blocks >= 2 and copy_above(body, start):
            return start
    return end


def _teaser_block(body: list, k: int, end: int) -> int | None:
    """One past the teaser block at body[k] (headline, teaser sentence, stamp; or headline, stamp, teaser), or None."""
    def line(n: int, test) -> bool:
        return n < end and not body[n].special and test(body[n].text.strip())
    teaser = lambda t: len(t.split()) <= _TEASER_WORDS and _ends_sentence(t) and not furniture.is_date_line(t)  # noqa: E731
    if not _link_title(body[k]):
        return None
    if line(k + 1, furniture.is_date_line):
        return k + 3 if line(k + 2, teaser) else k + 2
    return k + 3 if line(k + 1, teaser) and line(k + 2, furniture.is_date_line) else None


def _link_title(para) -> bool:
    """A linked headline: a short line with no sentence end, no heading over a block."""
    return not para.special and furniture.is_headline(para.text) and len(para.text.split()) >= 3 and not furniture.opens_link_block(para.text)


_LIST_LINES = 3  # linked headlines under the story, no heading over them: three lines or more
_HEADLINE_WORDS = 4


def _headline_list(body: list, start: int, end: int) -> bool:
    """`Kerala assembly elections: Thushar in the fray …` / `LPG prices hiked: …` under the story's
    last sentence, to the foot of the page: linked headlines of other stories (two at least a
    headline's length), even with no `Related` heading; a lead-in ending in a colon opens a list of the story's own."""
    lines = [p.text.strip() for p in body[start:end]]
    above = body[start - 1].text.rstrip() if start > 0 else ""
    if len(lines) < _LIST_LINES or not above.endswith((".", "!", "?", "”", '"')):
        return False
    return sum(len(line.split()) >= _HEADLINE_WORDS for line in lines) >= 2


_TEASER_CUT = ("...", "…")


def _cut_teaser(body: list, k: int) -> bool:
    """`SUKKUR: Two terrorists blew themselves up …, SSP Ghotki Azhar...` under the story: the page's teaser of
    another story, cut off mid-sentence (no word of it ends a sentence before the dots), one of two or more."""
    def cut(n: int) -> bool:
        t = body[n].text.rstrip() if 0 <= n < len(body) and not body[n].special else ""
        bare = t.removesuffix("...").removesuffix("…").rstrip()
        # a line of speech that trails off (`Znaczy wie pan co, nie wiem...`, `Bardzo proszę. Słuchacze …...`) is short or ends a sentence first
        whole = not any(mark in bare for mark in (". ", "? ", "! "))
        return t.endswith(_TEASER_CUT) and 8 <= len(t.split()) <= _TEASER_WORDS and whole and not bare.endswith((".", "!", "?", "”", '"', ","))
    return cut(k) and (cut(k - 1) or cut(k + 1))


def _footer_line(text: str) -> bool:
    t = text.strip()
    short = len(t.split()) <= 20 and not _ends_sentence(t) and t[:1] not in "\"“‘'" and not t.endswith(("]", ")")) and ". " not in t  # no sentence, no cue after one
    return short or furniture.is_credit(t) or furniture.is_web_furniture(t) or furniture.is_date_line(t)


def label_shaped(text: str) -> bool:
    """A line a page prints as a label, headline or name: short, no sentence end (a line of
    copy in capitals, five words or more, is radio copy, not a label)."""
    return furniture.is_headline(text) and not (text.isupper() and len(text.split()) >= 5) and not _ends_sentence(text)  # `…: „Es wurde niemand verletzt.“`


def is_copy(text: str) -> bool:
    """A paragraph of the story: a sentence of eight words or more, or a long paragraph."""
    size = headsize.size(text)  # Chinese and Japanese copy by its characters
    return not furniture.is_web_furniture(text) and (size >= 8 and (_ends_sentence(text) or headsize.ends_sentence(text)) or size > 40)


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


# `… in Metro Manila. Nikko Dizon`: the reporter's name set after the last sentence, no stop of its own.
_NAME_TAIL = regex.compile(r"\p{Lu}\p{Ll}+(?:[ ]\p{Lu}[\p{L}'’-]+){1,2}")
_NAME_SPAN = 60  # the tail searched for the name: three words


def _name_sign_off(text: str, above: list) -> int | None:
    """Where a reporter's name glued after the paragraph's last sentence starts, or None. The name is
    nobody in the story (a sentence cut off at `… Metro Manila. Mayor Lacson` names someone it told of):
    none of its words stands in the paragraphs above, nor is one a word that opens a sentence (`The`)."""
    t = text.rstrip()
    start = max(0, len(t) - _NAME_SPAN)
    stop = max(t.rfind(". ", start), t.rfind("! ", start), t.rfind("? ", start), t.rfind("” ", start), t.rfind('" ', start))
    tail = t[stop + 2 :] if stop >= 0 else ""
    if not _NAME_TAIL.fullmatch(tail) or any(w.lower() in furniture.RUNS_ON or w.lower() in _OPENERS for w in tail.split()):
        return None
    told = " ".join(p.text for p in above) + " " + t[: stop + 1]
    return None if any(w in told for w in tail.split()) else stop + 2


_COPYRIGHT_WORDS = 8


def _copyright_tail(text: str) -> int | None:
    """`… (Landkreis Landshut). © dpa-infocom, dpa:210705-99-268157/2`: the agency's copyright line glued
    after the last sentence; where it starts, or None."""
    at = text.rfind(" ©")
    if at < 0 or not text[:at].rstrip().endswith((".", "!", "?", "”", '"', ")")) or len(text[at:].split()) > _COPYRIGHT_WORDS:
        return None
    return at + 1


_OPENERS = set(tomlfile.load_builtin("furniture.toml")["web"]["sentence_openers"])  # (styles/furniture.toml)


def closing_sign_off(paras: list, md: dict) -> list:
    """`… checking the CCTV footage. Ella Dionisio/DMS` or `… in Metro Manila. Nikko Dizon` as the
    story's last paragraph (only the page's short lines under it): the last sentence with the
    reporter's sign-off glued on. The sentence is read; the sign-off goes to the credits."""
    for j in range(len(paras) - 1, -1, -1):
        text = paras[j].text
        cut = pagelines.slash_credit_start(text) if not paras[j].special else None
        if cut is None and not paras[j].special:
            cut = _name_sign_off(text, paras[:j]) or _copyright_tail(text)
        if cut is not None and len(text[:cut].split()) >= 8 and (_DESK_SIGN_OFF.fullmatch(text[cut:].strip()) or _NAME_TAIL.fullmatch(text[cut:].strip()) or text[cut:].startswith("©")):
            paras[j].text = text[:cut].rstrip()
            md.setdefault("credits", []).append(text[cut:].strip())
            return paras
        if paras[j].special or is_copy(text):
            return paras
    return paras


_LETTER = regex.compile(r"\p{L}")
_LATIN = regex.compile(r"\p{Latin}")
_PAGE_SCRIPT_SHARE = 0.8  # of the page's letters in one script (Latin, or not), for it to be the page's
_LINE_SCRIPT_SHARE = 0.8  # of a line's letters in the other one
_OTHER_SCRIPT_WORDS = 40


def other_script_lines(paras: list, md: dict) -> list:
    """`מצאתם טעות בכתבה? דווחו לנו` under an English story: a line of the site's own page (its
    report-an-error box, a caption in the site's language) in another script than the page's copy;
    nobody reads it out. A page whose copy is in two scripts (a bilingual page) keeps both, and a
    quotation in another script is a quotation. A heading over the page's links (`おすすめ記事`) stays to
    open its block (paragraphs.py)."""
    counts = [(len(_LATIN.findall(p.text)), len(_LETTER.findall(p.text))) if not p.special else (0, 0) for p in paras]
    latin, letters = sum(c[0] for c in counts), sum(c[1] for c in counts)
    if not letters or _PAGE_SCRIPT_SHARE * letters > latin > (1 - _PAGE_SCRIPT_SHARE) * letters:
        return paras
    page_latin = latin > letters / 2
    kept = []
    for para, (lat, let) in zip(paras, counts):
        share = lat / let if let else (1.0 if page_latin else 0.0)
        other = (1 - share if page_latin else share) >= _LINE_SCRIPT_SHARE
        if other and not para.special and len(para.text.split()) <= _OTHER_SCRIPT_WORDS and not any(c in para.text for c in "«»“”„\"「」") and not furniture.opens_link_block(para.text):
            md.setdefault("furniture", []).append(para.text)
        else:
            kept.append(para)
    return kept


def caps_link(body: list, j: int) -> bool:
    """`HOUSTON MANHUNT ENDS: SUSPECT IS SHOT BY POLICE` between paragraphs of mixed-case copy:
    a link to another story printed in capitals (copy in capitals is the whole story, radio style)."""
    text = body[j].text
    if not text.isupper() or len(text.split()) < 3 or text.endswith((".", "!", "?", '"', "”")) or text[:1] in "\"“‘'(["  or body[j].special:
        return False
    return 0 < j < len(body) - 1 and all(not body[n].special and not body[n].text.isupper() and len(body[n].text.split()) >= 8 for n in (j - 1, j + 1))
