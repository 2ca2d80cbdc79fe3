"""Copy text to paragraphs: the story header, one paragraph per line (hard-wrapped copy
joined back), and the wire furniture at the top and bottom moved to metadata."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from scriptfmt.parse import credits, furniture, headsize
from scriptfmt.parse.brackets import is_heading_direction
from scriptfmt.parse.pagelines import web_alternation
from scriptfmt.parse.pagephotos import photo_lines
from scriptfmt.parse.pagelists import bullet_tells, in_bullet_box, is_menu_item, page_lists, under_headlines
from scriptfmt.parse.pageblocks import caps_link, closing_sign_off, comments_start, copy_above, footer_start, headline_glued, is_copy, other_script_lines, promo_boxes, rejoin_links
from scriptfmt.parse.repeats import ends_sentence as _ends_sentence
from scriptfmt.parse.runtogether import run_together
from scriptfmt.parse.repeats import page_repeats as _page_repeats
from scriptfmt.parse.cues import Vocabulary, cue_line_type
from scriptfmt.parse.decks import deck_sized, deck_sized_above, is_salutation, is_story_prose, runs_on
from scriptfmt.parse.pagehead import first_line, head_end, lede_under
from scriptfmt.parse.bulletins import opens_numbered_list, spoken_line
from scriptfmt.parse.markers import CUE_FIELD
from scriptfmt.parse.names import name_data
from scriptfmt.parse.shotlabels import name_language_label
from scriptfmt.parse.storyheader import read_header

__all__ = ["Para", "paragraphs", "read_header", "strip_furniture"]  # read_header lives in storyheader.py

@dataclass(eq=False, repr=False)
class Para:
    text: str
    line: int
    special: bool = False  # a cue line, marker, IN:/OUT: line: never joined, never furniture
    new_item: bool = False  # the first paragraph of the next item of a wire digest (after a `___` separator)


def _is_special(line: str, vocab: Vocabulary) -> bool:
    return bool(
        cue_line_type(line, vocab)
        or CUE_FIELD.fullmatch(line)
        or (line.startswith(("[", "{", "<")) and line.endswith(("]", "}", ">")) and not furniture.is_markup_line(line))  # pasted markup is the page's
        or name_language_label(line)  # `NAME: (In English)` over a quotation: a bite's label
    )


def paragraphs(lines: list[str], start: int, vocab: Vocabulary) -> list[Para]:
    """One paragraph per line; in copy that separates paragraphs with blank lines, a line
    that does not end a sentence is joined to the next (hard-wrapped e-mail copy)."""
    body = rejoin_links([(n + 1, line.strip()) for n, line in enumerate(lines) if n >= start], lambda line: _is_special(line, vocab))
    texts = [k for k, (_, s) in enumerate(body) if s]
    blank_separated = bool(texts) and any(not body[k][1] for k in range(texts[0], texts[-1]))
    long_lines = sum(len(body[k][1]) > 100 for k in texts)
    wrapped = blank_separated and long_lines <= max(1, len(texts) // 10)  # a page with long lines is not hard-wrapped
    runs_on = sorted(len(body[k][1]) for k in texts if k + 1 < len(body) and body[k + 1][1])  # lines with a line under them
    width = runs_on[len(runs_on) // 2] if runs_on else 0  # the column the copy was wrapped at, about
    paras: list[Para] = []
    joinable, last_len = False, 0
    for number, stripped in body:
        if not stripped:
            joinable = False
            continue
        special = _is_special(stripped, vocab)
        prev = paras[-1] if paras else None
        runs_on_shape = wrapped or stripped[:1].islower() or prev is not None and headsize.caps_runs_on(prev.text, stripped, last_len)
        long_line = last_len >= 45 or wrapped and prev is not None and (last_len + 1 + len(stripped.split()[0]) > width or _open_quote(prev.text))
        if stripped[:1] == "," and prev and not special and not prev.special:  # `« … »` / `, a déclaré le chef de l'Etat`: no paragraph opens on a comma; the page cut one sentence
            prev.text += stripped
        elif (
            runs_on_shape and joinable and prev and not special and not prev.special and long_line
            and not furniture.is_bullet(stripped) and not furniture.is_web_furniture(stripped)
            and not (furniture.is_title_case(prev.text) and stripped[:1].isupper()) and not (is_menu_item(prev.text) and is_menu_item(stripped))  # `Chile` / `Negocios`: a menu
            and not (furniture.is_web_furniture(prev.text) and not stripped[:1].islower()) and not furniture.is_date_line(prev.text) and not furniture.is_date_line(stripped)
            and (len(stripped) <= last_len + 15 or stripped[:1].islower() and _open_quote(prev.text))  # a wrapped line is as long as the lines after it (a quotation left open runs on into lower case)
            and (not prev.text.endswith((".", "!", "?", ":", "”", '"', ")", "]", "’")) or prev.text.endswith((',"', ",”", ",’")))
        ):  # (`…a nuclear state,"` / `Stewart Upton, spokesman …, said`: a quotation closed on a comma runs on to who said it)  # a wrapped line is long (its next word would not fit on it); headline, byline and agency lines are short
            prev.text += " " + stripped
        else:
            paras.append(Para(stripped, number, special))
        joinable, last_len = True, len(stripped)
    return paras


def _open_quote(text: str) -> bool:
    """`"We will fly the sick and the`: a quotation left open at the end of a wrapped line."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def strip_furniture(paras: list[Para], md: dict) -> list[Para]:
    """Move headline, deck, byline, notes, dateline (top), web furniture (captions, `Read
    more:`, separators, anywhere) and credits (bottom) to metadata: kept, never read."""
    paras = _page_repeats(_summary_box(page_lists(promo_boxes(_reader_appeals(closing_sign_off(_unglue(headline_glued(_update_stamps(other_script_lines(paras, md), md))), md), md), md), md), md), md)
    k = _top_furniture(paras, md)
    body = paras[k:]
    end = next((j for j, p in enumerate(body) if _story_ends(body, j)), len(body))  # `(END)`, `ENDS`: the page goes on, the story does not
    end = footer_start(body, comments_start(body, end))
    for para in body[end:]:  # the desk's credits apart from the page's furniture (boilerplate, links, tags)
        key = "credits" if furniture.is_credit(para.text) else "furniture"
        md.setdefault(key, []).append(para.text)
    flags = _body_flags(body[:end], k > 0 and furniture.is_caption_label(paras[k - 1].text))
    top = body[:end]
    for j, para in enumerate(top):  # a short line repeating the furniture beside it, a subhead between paragraphs, a live entry's headline
        if flags[j] is None and not para.special and not headsize.past_furniture(para.text) and (_repeats_neighbour(body, flags, j) or _is_subhead(body, flags, j) or _entry_headline(top, flags, j)):
            flags[j] = "furniture"
    for j in range(1, len(flags) - 1):  # a digest item's headline between its `___` and its dateline
        if flags[j] is None and flags[j - 1] and furniture.is_separator(body[j - 1].text) and furniture.is_headline(body[j].text) and furniture.split_dateline(body[j + 1].text):
            flags[j] = "furniture"
    texts = [p.text for p in body]
    for j in range(len(flags)):  # a credit beside a who-said-what item's words is the story's (parse/credits.py)
        if flags[j] == "furniture" and credits.kept(texts, j):
            flags[j] = None
    after_furniture = False
    for para, key in zip(body, flags):
        if key:
            md.setdefault(key, []).append(para.text)
        elif not para.special and (found := furniture.split_radio_dateline(para.text) or after_furniture and furniture.split_dateline(para.text)):
            md.setdefault("furniture", []).append(found[0])  # the next item's dateline: `(Place) --`, or any under a `___`, a headline or a caption
            para.text, para.new_item = found[1].strip(), True
        after_furniture = bool(key)
    return [para for para, key in zip(body, flags) if key is None]


# Where a web page's text runs into the next block with no space: `… the difference.Grenfell Tower …`.
_NUMBERED = re.compile(r"1[.)][ ]+\S")  # the first item of a numbered list
_GLUED = re.compile(r"[a-z)][.!?](?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _lead_label() -> re.Pattern[str]:
    """A page's label before the first sentence: `BREAKING:`, `Breaking News -`, `JUST IN |` (the sentence is read)."""
    return re.compile(rf"(?i:{web_alternation('lead_labels')})[ ]?[:|–—-][ ]+(?=[A-Z\"“‘])")


@lru_cache(maxsize=1)
def _update_stamp() -> re.Pattern[str]:
    """`UPDATE 5:43 p.m.:`, `UPDATED:`, `Actualización 14:05 h -` at the head of any paragraph: the page's stamp, the paragraph read."""
    stamp = r"(?:[ ]\d{1,2}[:.]\d{2}(?:[ ]?(?i:[ap]\.?m\.?|uhr|h))?)?"
    return re.compile(rf"(?i:{web_alternation('update_labels')}){stamp}[ ]?(?::|[-–—])[ ]+(?=[\"“‘A-ZÀ-Ý])")


_STAMPED_WORDS = 4  # the paragraph under a stamp: a sentence, not the rest of a date (`Updated: Nov 27, 2026`)
_SCRAPE_STAMP = re.compile(r"[ ]*date[ ]\d{4}-\d{2}(?:-\d{2})?[ ]+(?=\S)")
_GLUED_DATELINE = re.compile(r"(?<=[\w.])\((?=[A-Z][A-Z .,'-]{1,40}\)[ ]*(?:--|—|–))")  # `…Thinkstock(WASHINGTON) --`


def _unglue(paras: list[Para]) -> list[Para]:
    """A page copied as text glues a line of furniture (an appeal, a newsletter plug, a photo
    credit over a dateline) to the story's first or last sentence: split it off where no space follows."""
    out: list[Para] = []
    for para in paras:
        label = _lead_label().match(para.text) if not para.special and len(out) < 3 else None
        if label and len(para.text[label.end() :].split()) >= 8:  # `BREAKING: Fire crews are battling …`: the label is the page's
            out.append(Para(label.group().strip(), para.line))
            para.text = para.text[label.end() :]
        controls = furniture.control_run(para.text) if not para.special and len(out) < 6 else 0
        if controls:  # `Save Log in, register or subscribe … Normal text size … The council …`: the page's controls, glued on
            out.append(Para(para.text[:controls].strip(), para.line))
            para.text = para.text[controls:].lstrip()
        stamp = None if para.special else (_SCRAPE_STAMP.match(para.text) if len(out) < 3 else None) or _LIVE_STAMP.match(para.text)
        if stamp:  # ` date 2023-01-31 Gardaí have confirmed …`: the archive's date stamp on the page's first line
            out.append(Para(stamp.group().strip(), para.line))
            para.text = para.text[stamp.end() :]
        credit = _GLUED_DATELINE.search(para.text, 0, 120) if not para.special else None
        if credit and furniture.is_slash_credit(para.text[: credit.start()]):
            out.append(Para(para.text[: credit.start()], para.line))
            para.text = para.text[credit.start() :]
        caption = None if para.special else furniture.copy_before_caption(para.text)
        if caption:  # `… teilte sie mit. Der Schlitten am Hafenbecken. Bild: Polizei`: the copy read, the caption at its end the page's
            out.append(Para(para.text[:caption].rstrip(), para.line))
            para = Para(para.text[caption:], para.line)
        glued = [m.end() for m in _GLUED.finditer(para.text)] if not para.special else []
        if glued and furniture.is_web_furniture(para.text[: glued[0]]) and not _link_tail(para.text, glued[0]) and not _credit_over_caption(para.text, glued[0]):
            out.append(Para(para.text[: glued[0]], para.line))
            para.text = para.text[glued[0] :]
            glued = [g - len(out[-1].text) for g in glued[1:]]
        out.append(para)
        if glued and furniture.is_web_furniture(para.text):
            continue  # `… Middle East conflict.Credit: Jane Doe`: a caption with its credit, furniture whole
        if glued and len(para.text[glued[-1] :].split()) <= 30 and furniture.is_web_furniture(para.text[glued[-1] :]):
            out.append(Para(para.text[glued[-1] :], para.line))
            para.text = para.text[: glued[-1]]
    return _run_together(out)


def _update_stamps(paras: list[Para], md: dict) -> list[Para]:
    """`UPDATE 5:43 p.m.: The utility said …`: the stamp goes to metadata straight away (it is no line of
    the page's header under a deck), the paragraph after it is read."""
    for para in paras:
        stamp = None if para.special else _update_stamp().match(para.text)
        rest = para.text[stamp.end() :] if stamp else ""
        if stamp and len(rest.split()) >= _STAMPED_WORDS and not furniture.is_date_line(rest):
            md.setdefault("furniture", []).append(stamp.group().strip())
            para.text = rest
    return paras


def _run_together(paras: list[Para]) -> list[Para]:
    """A page whose paragraphs were copied run together (three ends of sentences or more straight into a
    capital or a curly opening mark, no space; a straight `"` may open or close, so it never tells), in a
    story that quotes: split back at each, so that a quotation and its `, dijo.` stand
    in their own paragraph again."""
    out: list[Para] = []
    for para in paras:
        cuts, quotes = run_together(para.text) if not para.special else ([], False)
        if len(cuts) < 3 or not quotes:  # `said Wednesday.File photo: CFPThe …`: no quotation to free
            out.append(para)
            continue
        for a, b in zip([0, *cuts], [*cuts, len(para.text)]):
            out.append(Para(para.text[a:b].strip(), para.line))
    return out


_GLUED_CAPTION_WORDS = 30


def _credit_over_caption(text: str, cut: int) -> bool:
    """`Foto: El Heraldo.Estaba a punto de quedarme dormido, responde el presidente`: a photo's credit glued to
    its caption, a line with no sentence end: one line of the page, never split to read the caption."""
    rest = text[cut:].strip()
    return furniture.is_credit_line(text[:cut]) and 0 < len(rest.split()) <= _GLUED_CAPTION_WORDS and not _ends_sentence(rest)


def _link_tail(text: str, cut: int) -> bool:
    """`Sie können den Tweet nicht sehen?Dann hier entlang.`: a page line glued to the few words of its
    own link; the link's words are the line's, no sentence of the story."""
    return len(text[cut:].split()) <= 4 and furniture.is_web_furniture(text)


def _reader_appeals(paras: list[Para], md: dict) -> list[Para]:
    """A reader appeal is one block: its opening and closing lines and the pitch between them
    (at most three lines, no cue) go to metadata together."""
    kept: list[Para] = []
    j = 0
    while j < len(paras):
        if paras[j].special or not furniture.is_appeal(paras[j].text):
            kept.append(paras[j])
            j += 1
            continue
        end = j
        for e in range(j + 1, min(j + 5, len(paras))):
            if paras[e].special or len(paras[e].text.split()) > 60:
                break
            if furniture.is_appeal(paras[e].text):
                end = e
        md.setdefault("furniture", []).extend(p.text for p in paras[j : end + 1])
        j = end + 1
    return kept


def _summary_box(paras: list[Para], md: dict) -> list[Para]:
    """`In short:` / `Key points:` and the lines set tight under it (no blank line between, at
    most eight, a blank line after): the page's summary box, which the story then tells."""
    kept: list[Para] = []
    j = 0
    while j < len(paras):
        end = j + 1
        if not paras[j].special and furniture.is_summary_label(paras[j].text):
            while end < len(paras) and end - j <= 8 and paras[end].line == paras[end - 1].line + 1 and not paras[end].special and len(paras[end].text.split()) <= 40 and not _asks_or_tells(paras[end].text):
                end += 1
            if end == j + 1 or end == len(paras) or paras[end].line == paras[end - 1].line + 1:
                end = j + 1  # no lines under it, or no blank line closing the box: not a box
        if end > j + 1:
            md.setdefault("summary", []).extend(p.text for p in paras[j:end])
        else:
            kept.append(paras[j])
        j = end
    return kept


_QUESTION_WORDS = 5


def _asks_or_tells(text: str) -> bool:
    """`- Ministro, quando cambierà la scuola?`: a bulleted question (an interview's) or a paragraph of
    sentences is the story, never a summary box's point."""
    return text.rstrip("\"”’' ").endswith("?") and len(text.split()) >= _QUESTION_WORDS or is_story_prose(text)  # `What's next?` labels a box's line


def _story_ends(body: list[Para], j: int) -> bool:
    """`(END)` ends the story unless a rule and a new item with its own dateline follow it (a
    forwarded mail or a digest carrying two wire items: the second is read too)."""
    if _about_block(body, j) or furniture.opens_comments(body[j].text) and copy_above(body, j):
        return True  # the readers' comments under the story are not the story
    if not furniture.is_end_mark(body[j].text):
        return False
    n = j + 1
    while n < len(body) and not body[n].special and (furniture.is_separator(body[n].text) or furniture.is_end_mark(body[n].text)):
        n += 1
    if n == j + 1 or not any(furniture.is_separator(p.text) for p in body[j + 1 : n]):
        return True
    if n + 1 < len(body) and furniture.is_headline(body[n].text) and not furniture.split_dateline(body[n].text):
        n += 1  # the next item's headline over its dateline
    return n >= len(body) or body[n].special or not furniture.split_dateline(body[n].text)


def _about_block(body: list[Para], j: int) -> bool:
    """`About Harbourside Hospital` over `Harbourside Hospital is a …`: a press release's
    boilerplate about its sender; `About Giulia Ferri` over her bio: the writer's author box; the
    story ends above either."""
    text = body[j].text.strip()
    if not text.startswith("About ") or j + 1 >= len(body) or not furniture.is_headline(text) or len(text.split()) > 8:
        return False
    name = text[6:].strip()
    writer = 2 <= len(name.split()) <= 4 and name.split()[0].lower() in name_data().first_names  # `About Jane Doe` / her bio: the author box
    return len(name) > 2 and name[:1].isupper() and (body[j + 1].text.startswith(name) or writer)


def _body_flags(body: list[Para], caption_next: bool) -> list[str | None]:
    """The metadata key each body paragraph goes to (None: the story keeps it)."""
    flags: list[str | None] = []
    in_links = False  # under `Related Topics`, `Most read` …: linked headlines and tags, until copy comes back
    note_next = False  # under `Editor's note` alone on its line: the note itself
    for j, para in enumerate(body):
        in_links = in_links and not para.special and furniture.is_link_block_line(para.text)
        credit_label = photo_lines(body, j)
        if para.special and not furniture.is_end_mark(para.text):  # an end mark above the next item: furniture
            flags.append(None)
        elif (caption_next and len(para.text.split()) <= 40 and para.text[:1] not in "\"“‘'") or note_next or in_links or credit_label or _is_body_furniture(para.text) or furniture.opens_link_block(para.text) or caps_link(body, j):
            flags.append("furniture")
        else:
            flags.append(None)
        caption_next = furniture.is_caption_label(para.text) or credit_label
        note_next = not para.special and furniture.is_editors_note(para.text) and len(para.text.strip(" :—–-").split()) <= 3
        in_links = in_links or furniture.opens_link_block(para.text)
    return flags


def _stamp(text: str) -> bool:
    """A time stamp alone on its line: `12:04 GMT`, `7.03pm`, `il y a 3 heures`."""
    t = text.strip()
    return bool(_RUNNING_TIME.fullmatch(t)) or furniture.is_date_line(t)


def _entry_stamp(paras: list[Para], k: int) -> bool:
    """paras[k] stamps the next entry of a live page: a time stamp alone on its line, and another one further
    down, each over an entry; the sentence above it is the last entry's copy, never the page's deck."""
    if k >= len(paras) or not _stamp(paras[k].text):
        return False
    return any(_stamp(p.text) and not p.special for p in paras[k + 2 : k + 40])


def _entry_headline(body: list[Para], flags: list[str | None], j: int) -> bool:
    """`12:04 GMT` / `il y a 3 heures` over `Vigilance rouge maintenue` over the entry's copy: a live page's entry
    headline, under its time stamp, over a sentence."""
    if j < 1 or j + 1 >= len(body) or flags[j - 1] is None or body[j + 1].special:
        return False
    return _stamp(body[j - 1].text) and furniture.is_headline(body[j].text) and is_copy(body[j + 1].text)


def _repeats_neighbour(body: list[Para], flags: list[str | None], j: int) -> bool:
    """A web page prints a caption or a headline twice, once bare and once with its credit or date."""
    text = body[j].text
    if len(text.split()) > _TWICE_WORDS:
        return False
    return any(0 <= n < len(flags) and flags[n] and (text in body[n].text or _same_opening(text, body[n].text)) for n in (j - 1, j + 1))


_TWICE_WORDS = 60  # a caption printed twice is short
_OPENING_WORDS = 12  # ... and its copies open on the same dozen words (`… ereignet hat. (Foto) Suche` / `… ereignet hat. Bild: Polizei`)


def _same_opening(text: str, other: str) -> bool:
    words = text.split()
    return len(words) >= _OPENING_WORDS and words[:_OPENING_WORDS] == other.split()[:_OPENING_WORDS]


def _is_subhead(body: list[Para], flags: list[str | None], j: int) -> bool:
    """A crosshead between two paragraphs of copy: a few words, no sentence end."""
    text = body[j].text
    if spoken_line(text):
        return False  # `I’m Ephraim Loy`, `In local news`: a bulletin's newsreader speaks it
    inside = 0 < j < len(flags) - 1 and flags[j - 1] is None and flags[j + 1] is None and not body[j + 1].special and not body[j - 1].special
    if _crosshead_pair(body, j - 1, j + 1) or _crosshead_pair(body, j, j + 2):
        return True  # `Swedish vocab: en gärningsmän – a perpetrator` over `Left Party split on petrol tax`: two crossheads
    if not inside or not body[j - 1].text.endswith((".", "!", "?", '"', "”", "’", "'", ")")) or body[j + 1].text[:1].islower():
        return False  # a line of hard-wrapped copy runs on from the one before or into the next
    if _NUMBERED.match(body[j + 1].text) and furniture.is_list_heading(text):
        return True  # `Key decisions since the last statement (on 27 March)` over `1. We have …`
    if furniture.is_place_subhead(text) and body[j + 1].text[:1] not in "\"“‘'«„":
        return True  # `Dillingen: Girls break into school` over its item; never a label over a quotation
    return furniture.is_subhead(text) and text.split()[-1].lower() not in furniture.RUNS_ON


def _crosshead_pair(body: list[Para], first: int, after: int) -> bool:
    """Two crosshead lines in a row between sentences of copy (a label line and a subhead)."""
    if first < 1 or after >= len(body) or any(p.special for p in body[first - 1 : after + 1]):
        return False
    heads = body[first:after]
    return (
        _ends_sentence(body[first - 1].text) and is_copy(body[after].text)
        and all(furniture.is_subhead(p.text) and p.text.split()[-1].lower() not in furniture.RUNS_ON for p in heads)
    )


# A video's running time or a live page's time stamp alone on its line (`1:23`, `7.03pm:`): the page's, never a sentence.
_RUNNING_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ ]?(?i:[ap]\.?m\.?|uhr|h))?[ ]?:?")
# A live page's entry opens on its time stamp: `7.03pm: Floodwaters are dropping …`, `14.05 Uhr - Die Polizei …`.
_LIVE_STAMP = re.compile(r"\d{1,2}[:.]\d{2}[ ]?(?i:[ap]\.?m\.?|uhr|h)[ ]?(?::|[-–—])[ ]+(?=[\"“‘A-ZÀ-Ý])")


def _is_body_furniture(text: str) -> bool:
    return bool(_RUNNING_TIME.fullmatch(text.strip())) or furniture.is_web_furniture(text) or furniture.is_editors_note(text) and text[:3].lower() == "edi" or furniture.is_dated_headline(text) or furniture.is_date_line(text) or furniture.is_quoted_subhead(text) or furniture.is_end_mark(text)


def _top_furniture(paras: list[Para], md: dict) -> int:
    """Everything above the dateline is furniture; without one, the known shapes from the top."""
    dateline, above = head_end(paras)
    k = 0
    while k < len(paras) and not paras[k].special and k < 20:
        text = paras[k].text
        nxt = paras[k + 1].text if k + 1 < len(paras) else ""
        if k == dateline:
            found = furniture.split_lead_dateline(text)
            md["dateline"] = f"{md['dateline']}; {found[0]}" if "dateline" in md else found[0]  # after a `Dateline:` field
            paras[k].text = found[1].strip()
            return k
        if headsize.past_furniture(text) and not furniture.is_web_furniture(text) or not _furniture_line(paras, k, md, text, nxt, above > k):
            return k  # a line past furniture's limit (parse/headsize.py) is copy: the page's head ends above it
        if md.get("byline", "").endswith(text) and furniture.is_agency_line(nxt):  # the byline's second line: service or outlet
            md["byline"] += f", {nxt}"
            k += 1
        k += 1
    return k


def _furniture_line(paras: list[Para], k: int, md: dict, text: str, nxt: str, above_dateline: bool) -> bool:
    """File one line of the top of the copy in metadata; False when it is the story."""
    if runs_on(text, nxt) or is_heading_direction(text) or credits.credits_next(text, nxt) or opens_numbered_list(text, nxt):  # `### 🎵 [INTRO MUSIK]`: the script's first cue; `Ann Maher, chief executive, The Pensions Board` over her quotation; `1. …` over `2. …`: a list of headlines
        return False
    if furniture.is_editors_note(text):
        md.setdefault("editor_notes", []).append(text)
    elif furniture.is_advisory(text):
        md.setdefault("advisories", []).append(text)
    elif furniture.is_bullet(text) and under_headlines(paras, k):
        return False  # a bulletin's headlines: the first copy read
    elif furniture.is_bullet(text) and "dateline" not in md and not _asks_or_tells(text) and (not bullet_tells(text) or in_bullet_box(paras, k)):
        md.setdefault("summary", []).append(text)
    elif furniture.is_byline(text) or ("headline" in md and furniture.is_name_byline(text, nxt)):
        md["byline"] = f"{md['byline']}; {text}" if "byline" in md else text
    elif furniture.is_web_furniture(text) or furniture.is_date_line(text):
        md.setdefault("furniture", []).append(text)  # page labels (`Skip to main content`) are no headline
    elif above_dateline and not deck_sized_above(text) and is_story_prose(text, lede_under(paras, k)):
        return False  # a paragraph of the story's copy (sentences, someone's quotation) scraped above the page's head: read
    elif is_story_prose(text, lede_under(paras, k)) and not above_dateline and not (_furniture_follows(nxt) and not is_salutation(text) and not _entry_stamp(paras, k + 1)) and ("headline" in md or not furniture.is_headline_line(nxt)):
        return False  # `Good morning,`, a paragraph of two sentences: the story, unless a byline or a time stamp under it makes it the deck
    elif "headline" not in md and (furniture.edition_prefix(text) or first_line(paras, k) and (furniture.is_headline(text) or _question_headline(text)) and (above_dateline or _furniture_follows(nxt))):
        md["headline"] = text
    elif above_dateline or ("headline" in md and k <= 3 and headsize.size(text) <= 40 and deck_sized(text) and _furniture_follows(nxt) and _deck_shaped(text, nxt) and not _entry_stamp(paras, k + 1)):
        md.setdefault("deck", []).append(text)  # a subhead between the headline and the byline or dateline
    elif (furniture.is_headline_line(text) or _printed_head(paras, k)) and is_copy(nxt):
        md.setdefault("furniture", []).append(text)  # the item's own headline under the page's header, over its lede
    else:
        return False
    return True


def _printed_head(paras: list[Para], k: int) -> bool:
    """`Councillors draw battle lines,` right under the byline: the print page's headline, cut at its
    comma; copy never ends a paragraph on a comma above a new sentence."""
    text = paras[k].text.rstrip()
    return k > 0 and text.endswith(",") and furniture.is_byline(paras[k - 1].text) and furniture.is_headline_line(text[:-1])


def _deck_shaped(text: str, nxt: str) -> bool:
    """A deck stands between the headline and the byline or time stamp; a sentence with only a
    photo or a link under it is the story's lede."""
    return furniture.is_headline(text) or not furniture.is_web_furniture(nxt) or furniture.is_date_line(nxt)


def _question_headline(text: str) -> bool:
    """`Will the new toll really pay for the repairs?` over a byline or a time stamp: a headline asked as a
    question (one short question, no other sentence in it)."""
    t = text.strip()
    return t.endswith("?") and 0 < len(t.split()) <= _QUESTION_WORDS and not any(m in t[:-1] for m in (". ", "? ", "! ")) and t.lstrip("¿¡")[:1].isupper()


_QUESTION_WORDS = 16


def _furniture_follows(text: str) -> bool:
    return bool(
        furniture.is_byline(text) or furniture.split_dateline(text) or furniture.is_editors_note(text) or furniture.is_advisory(text)
        or furniture.is_web_furniture(text) or furniture.is_date_line(text)
    )
