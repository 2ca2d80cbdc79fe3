"""The standfirst (deck): the summary a page prints under its headline, in the third person
(`Stéphane Bouillon, préfet …, a fait le point pour Europe 1 sur les incendies …`), which the
story's first paragraph, the lede, then tells. A producer reads the lede, never the deck.

What tells a deck from a lede is what stands around it: a deck stands right under the headline
(only the page's short lines above it) AND the page's header goes on under it, above the first
paragraph of copy: a byline, a time stamp, a section label (`INTERVIEW`), a short bullet or a
label over the interview (`Edited excerpts:`), a prompt to follow the topic. A page prints those
above its story, never under its lede. A photo's caption or a link may stand under a lede as well
as under a deck, so they decide nothing (they neither make a deck nor stop the page's header). (A deck the lede right under it retells is found by
repeats.py; a deck above a dateline or a byline by paragraphs.py.)

Web pages (parse/paragraphs.py) and the lines above the first turn of a transcript or a printed
interview (parse/transcript.py, through `above_turns`) ask the same function, `deck_end`.
"""

from __future__ import annotations

import re

from collections.abc import Callable
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse import furniture, headsize
from scriptfmt.parse.pageblocks import is_copy, label_shaped
from scriptfmt.parse.qawords import interview_words
from scriptfmt.sentences import sentences

_DECK_WORDS = (8, 50)  # a deck is a sentence or a few, shorter than a paragraph of copy
_TOLD_DECK_WORDS = 30  # ... and a deck of one sentence that ends like copy is short: a longer one is the intro, read
_DECK_SENTENCES = 3
_HEAD_WORDS = 25  # the headline and the page's lines above the deck are short
_HEADER_REACH = 8  # lines of the page's header under the deck, at most
_SHORT_LINE = 6  # a bullet or a label of the header: a few words
_TOP_LINES = 30  # the page's lines above the first turn: its header, never a transcript's record
_CUT_DECK = 20  # a deck of two sentences, the second cut off, is no label


@lru_cache(maxsize=1)
def _header_words() -> tuple[frozenset[str], tuple[str, ...]]:
    data = tomlfile.load_builtin("furniture.toml")["web"]
    return frozenset(w.lower() for w in data["section_labels"]), tuple(w.lower() for w in data["header_prompts"])


_PROSE_WORDS = 8  # two sentences this long together are a paragraph (`Crisis averted. For now.` is a headline)
_SALUTATION_WORDS = 6  # `My fellow Kenyans,`, `Good morning, ladies and gentlemen,`
_GREETING_WORDS = 3  # `Karibuni.`, `Good morning everyone.`


@lru_cache(maxsize=1)
def _salutations() -> tuple[str, ...]:
    greetings = list(interview_words()["greetings"])
    return tuple(w.lower() for w in tomlfile.load_builtin("furniture.toml")["web"]["salutations"] + greetings)


def is_salutation(text: str) -> bool:
    """`Good morning,`, `Ladies and gentlemen,`, `Karibuni.`: a speaker greeting the room, short, its
    own line."""
    low = text.lower()
    opens = any(low.startswith(s) and not low[len(s) : len(s) + 1].isalpha() for s in _salutations())
    size = len(text.split())
    return opens and (text.endswith(",") and size <= _SALUTATION_WORDS or text.endswith((".", "!")) and size <= _GREETING_WORDS)


def is_story_prose(text: str, lede_under: str = "") -> bool:
    """Copy that is never a page's head metadata (headline, deck, kicker, series name, byline, date,
    breadcrumbs), however high on the page it stands: a paragraph (or a line of one) of two sentences
    or more, one longer than thirty words (with its full stop or without), or a speaker's greeting. Head metadata is short: a one-sentence standfirst is a deck; a
    scene-setting intro (`… follows an ancient ritual. First a small cup is poured. Always. …`) or a
    briefing's `Good morning,` / `Welcome. Thank you for joining us …` is the story. The page's own
    lines (a caption with its credit, a notice) are furniture whatever their sentences, and a standfirst
    of a few sentences is the page's only where the page says so: a byline, a dateline or the header's
    own lines under it (`deck_end`, paragraphs.py). `lede_under`: the paragraph under `text` when
    `text` is the page's first line; a headline there (`Who pays? Council votes tonight`, no sentence
    end at its close) over the story's lede is the page's headline, whatever sentences it holds."""
    t = text.strip()
    if not t or furniture.is_web_furniture(t):
        return False
    if is_salutation(t):
        return True
    if lede_under and furniture.is_headline(t) and is_copy(lede_under.strip()):
        return False
    size = headsize.size(t)
    if size > _TOLD_DECK_WORDS:
        return True  # `La alcaldesa …, recibió a este diario … y un aumento en seguridad`: longer than any head line, stop or none
    if size < _PROSE_WORDS:
        return False
    return sum(any(w[:1].islower() for w in piece.split()) for _, piece in sentences(t)) >= 2  # `… on Wednesday. PTI Photo`: a credit, no sentence


def intro_goes_on(line: str) -> bool:
    """`Garza Treviño habló sobre la deuda …` under an intro paragraph already read: a line of copy (eight
    words or more, no heading in title case, no page line) goes on with the intro; the page's head lines
    stand above the intro, never under it."""
    return len(line.split()) >= _PROSE_WORDS and not furniture.is_title_case(line) and not furniture.is_web_furniture(line)


def is_section_label(text: str) -> bool:
    """`INTERVIEW`, `Analysis`, `Entretien`: the page's label for the kind of piece, alone on its line."""
    return text.strip().rstrip(":.").lower() in _header_words()[0]


def _header_line(text: str, turns_follow: bool) -> bool:
    """A line a page prints above its story and never under a lede; over an interview's turns, a
    label that hands over to them too (`Edited excerpts:`; in a story a label with a colon is a crosshead)."""
    t = text.strip()
    words = t.split()
    dated = furniture.is_date_line(t) and any(w.isalpha() for w in words)  # `Updated June 3`, `9 years ago`; a bare `(00:19):` is a transcript's stamp
    if furniture.is_byline(t) or dated or is_section_label(t) or t.lower().startswith(_header_words()[1]):
        return True
    if "@" in t and furniture.is_link_line(t.lstrip("-–—• ")) and len(words) <= 2:
        return True  # `- jono.edwards@odt.co.nz`: the writer's address under the deck
    if furniture.is_bullet(t) and len(words) <= _SHORT_LINE and not t.endswith((".", "!", "?")):
        return True  # `• Interview mit Angela Merkel`, `• Copié`
    return turns_follow and t.endswith(":") and 2 <= len(words) <= _SHORT_LINE and t[:1].isupper() and furniture.is_headline(t[:-1])  # `Edited excerpts:`


def _neutral_line(text: str) -> bool:
    """A line of the page that may stand under a deck or a lede: a topic label, a photo's caption, the page's furniture."""
    return label_shaped(text) and not furniture.runs_on(text) or furniture.is_web_furniture(text)  # `… the show about` runs on: copy


def deck_sized(text: str) -> bool:
    """Short enough to be a deck: one sentence told as copy tells it (a full stop at its end) holds
    thirty words at most; a longer one is the story's narrative intro. When a deck cannot be told
    from the intro, the intro is read: a read deck costs a furniture line, a lost intro the story.
    (A summary of a few short sentences, `¿Quién controla …? Los acuerdos …`, may run longer.)"""
    one_sentence = not any(mark in text for mark in (". ", "? ", "! "))
    told = text.rstrip("”’\"')").endswith((".", "!", "?", "…"))
    return not (one_sentence and told and headsize.size(text) > _TOLD_DECK_WORDS)


def deck_sized_above(text: str) -> bool:
    """May a paragraph of prose above the dateline be the page's deck? Only as a deck is written: within
    `_DECK_WORDS` and `_DECK_SENTENCES`, with no one's quotation of a sentence or more in it. A longer
    paragraph there (`Es sind die sprichwörtlichen Engelszungen, mit denen … verteidigt. „Der Rechtsstaat …“`)
    is the story's own copy, scraped above its head: read, never lost to metadata."""
    return _deck_shaped(text) and not _quotes_a_sentence(text)


def _quotes_a_sentence(text: str) -> bool:
    """A quotation mark opening on a capital and a closing one after a sentence's end: someone's words."""
    opens = next((k for k in range(len(text) - 1) if text[k] in "\"“„«»" and text[k + 1].isupper()), None)
    return opens is not None and any(text[k] in ".!?" and text[k + 1] in "\"”“»«" for k in range(opens, len(text) - 1))


def _deck_shaped(text: str) -> bool:
    size = len(text.split())
    sentence_count = sum(text.count(mark) for mark in (". ", "? ", "! ")) + 1
    return _DECK_WORDS[0] <= size <= _DECK_WORDS[1] and deck_sized(text) and sentence_count <= _DECK_SENTENCES and not furniture.split_lead_dateline(text) and not furniture.is_web_furniture(text)


def _above_deck(texts: list[str]) -> bool:
    """Headline and the page's short lines (a photo's caption too): no sentence of copy, at least one
    line that is no furniture (the headline)."""
    headline = False
    for text in texts:
        if furniture.is_web_furniture(text):
            continue
        if len(text.split()) > _HEAD_WORDS or is_copy(text) or ". " in text:
            return False
        headline = headline or len(text.split()) >= 2 and sum(c.isalpha() for c in text) > len(text) / 2 and not furniture.is_date_line(text)
    return headline


def deck_end(texts: list[str], turns_follow: bool = False) -> int:
    """How many of `texts` (the top of the copy, blank lines allowed) are headline, deck and the
    page's header under it; 0 when there is no deck. `turns_follow`: `texts` stop where the
    labelled turns of a transcript or interview start (the story starts at the end of `texts`)."""
    filled = [n for n, text in enumerate(texts) if text.strip()]
    for at, n in enumerate(filled[:_HEADER_REACH]):
        text = texts[n].strip()
        if is_copy(text) or len(text.split()) >= _CUT_DECK and ". " in text and not furniture.is_web_furniture(text):  # a deck cut off by the page (`… the region's environmen`)
            return _header_under(texts, filled, at, turns_follow) if _deck_shaped(text) and at and _above_deck([texts[m].strip() for m in filled[:at]]) else 0
    return 0


_LIVE_REACH = 40  # lines under a deck where a live page's next entry stamps are looked for


def _header_under(texts: list[str], filled: list[int], at: int, turns_follow: bool) -> int:
    """One past the last line of the page's header under the deck at filled[at], or 0 when the
    lines under it are no header (none that only a header holds) or no copy follows them."""
    header = False
    rest = filled[at + 1 :]
    if sum(furniture.is_date_line(texts[m].strip()) for m in rest[:_LIVE_REACH]) >= 2:
        return 0  # time stamps over entry after entry: a live page, the sentence is its first entry's copy
    for m in rest[:_HEADER_REACH]:
        text = texts[m].strip()
        if _header_line(text, turns_follow):
            header = True
        elif not _neutral_line(text):
            return m if header and is_copy(text) else 0
    return len(texts) if header and turns_follow and len(rest) <= _HEADER_REACH else 0


def printed_twice(lines: list[str]) -> set[int]:
    """Indexes of the short lines above a transcript's or interview's first turn that the page prints
    twice (its headline above the photo and above the text): the page's, never read."""
    seen: dict[str, int] = {}
    for line in lines:
        text = line.strip()
        if text and len(text.split()) <= _HEAD_WORDS:
            seen[text] = seen.get(text, 0) + 1
    return {n for n, line in enumerate(lines) if seen.get(line.strip(), 0) > 1}


def above_turns(lines: list[str], label_of: Callable[[str], object]) -> set[int]:
    """Indexes of the page's lines above a transcript's or printed interview's first labelled turn
    (`label_of` finds a turn's label): headline, deck and the header under it, lines printed twice,
    the page's furniture (`We're sorry, this feature is currently unavailable.`, a caption with its
    credit). None without a labelled turn, and none below the page's first thirty lines."""
    first = next((n for n, raw in enumerate(lines) if label_of(raw.strip())), len(lines))
    if first == len(lines):
        return set()
    top = lines[: min(first, _TOP_LINES)]
    furniture_lines = {n for n, line in enumerate(top) if line.strip() and furniture.is_web_furniture(line.strip())}
    return set(range(deck_end(top, turns_follow=first <= _TOP_LINES))) | printed_twice(top) | furniture_lines


def about_recording(low: str) -> bool:  # words about the recording: the transcript, the episode, who is interviewed
    tokens = set(low.replace(",", " ").replace(".", " ").replace('"', " ").split())
    return bool(tokens & _recording_words()) or any(f" {verb} interviewed" in low for verb in ("is", "are", "was", "were"))


def writers_own(sentence: str) -> bool:  # `I was lucky enough to interview …` before `Here is a transcript …`: the writer's own, read
    tokens = set(sentence.replace(",", " ").replace(".", " ").replace("’", "'").split())
    return len(tokens) >= 4 and not tokens.isdisjoint(_writer_self()) and not about_recording(sentence)


@lru_cache(maxsize=1)
def _recording_words() -> frozenset[str]:
    """`transcript`, `episode`, `podcast`: words about the recording (styles/furniture.toml [web] `recording_words`)."""
    return frozenset(tomlfile.load_builtin("furniture.toml")["web"]["recording_words"])


@lru_cache(maxsize=1)
def _writer_self() -> frozenset[str]:
    """`I`, `my`: the page writer's own words for themself (styles/furniture.toml [web] `writer_self`)."""
    return frozenset(tomlfile.load_builtin("furniture.toml")["web"]["writer_self"])


_ASIDE_RUN_ON = re.compile(r"\([^()\n]{1,40}\),[ ]\S")


def runs_on(text: str, nxt: str) -> bool:
    """The next line goes on with this line's sentence: it opens with a bracketed aside and its comma (`O prefeito interino
    de Vilhena, Ronildo Macedo` / `(Podemos), esteve na Rádio …`), as a hard-wrapped lede does: copy, no headline."""
    return bool(text.strip()) and text.rstrip()[-1:].isalnum() and bool(_ASIDE_RUN_ON.match(nxt))
