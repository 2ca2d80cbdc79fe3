"""What the page announces itself as: a transcript, a press conference, an interview or a speech — or nothing (a story).

The newsroom's convention: a page of the record says what it is in its head, whatever its layout — the headline or a
title line (`Transcript: …`, `ENTREVISTA DEL PRESIDENTE …`, `Regierungspressekonferenz vom 16. Januar`,
`…大臣記者会見録`), or the outlet's intro above the body (`La siguiente es la transcripción de …`, `During the
interview, the Prime Minister fielded questions …`). The words are data (styles/pagekind.toml), in any language.

Readers ask two things (parse/evidence.py, parse/transcript.py):
- `page_kind(lines, metadata)`: the kind the head announces, and the line that announces it; a kind word inside a
  labelled turn (`HOST: … in an interview last week`) is the programme's talk, never the page's title;
- `own_voice(text)`: the paragraph speaks in someone's own voice (first or second person, a greeting, thanks; the
  polite verb endings of a Japanese or Korean speaker) and reports nobody (`said`): in a page of the record, what the
  programme's own people do not say is the guest's.

A web story stays a story: the kind alone never makes a transcript; it lowers the evidence a transcript's turns need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.furniture import is_byline
from scriptfmt.parse.headnames import remark_words
from scriptfmt.parse.labels import is_cue_line, is_notice, parse_label, words
from scriptfmt.parse.remarklines import headline_sentence
from scriptfmt.parse.surnames import listed_lines
from scriptfmt.parse.writing import BRAHMIC

__all__ = ["KINDS", "PageKind", "announced_turns", "announces_interview", "first_turn_cut", "greets", "page_kind", "own_voice", "kind_of_line", "spoken_through", "unlabelled_record"]

# The kinds, in the order a head naming two is read (`Transcript of the press conference …` is a press conference).
KINDS = ("press_conference", "speech", "interview", "transcript")
_HEAD_LINES = 24  # a page's menus may push its title this far down; the body's own words come after
_WORD = re.compile(rf"[\w{BRAHMIC}&'’-]+")  # `संबोधन`: a word of the South Asian scripts, its vowel signs and all


@dataclass(frozen=True)
class PageKind:
    kind: str  # one of KINDS, or "" (the page announces nothing: a story)
    line: int  # the index of the line that announces it; -1 for the page's headline or deck (metadata), or none
    text: str = ""  # that line as written (`Press conference by Health Minister Ana Kovač …`)

    def __bool__(self) -> bool:
        return bool(self.kind)


@dataclass(frozen=True)
class _Kind:
    words: frozenset[str]  # whole words, and phrases of whole words joined by one space
    word_ends: tuple[str, ...]
    marks: tuple[str, ...]


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, _Kind], tuple[str, ...]]:
    table = tomlfile.load_builtin("pagekind.toml")
    kinds = {
        kind: _Kind(frozenset(w.lower() for w in table[kind]["words"]), tuple(table[kind].get("word_ends", ())), tuple(table[kind].get("marks", ())))
        for kind in KINDS
    }
    return kinds, tuple(table["voice"]["marks"])


def kind_of_line(line: str) -> str:
    """The kind this one line names (`Regierungspressekonferenz vom 16. Januar 2026` -> `press_conference`), or ""."""
    low = line.lower()
    tokens = [t.strip("'’-") for t in _WORD.findall(low)]
    joined = f" {' '.join(tokens)} "
    kinds, _ = _data()
    kind = next((kind for kind in KINDS if _names(line, tokens, joined, kinds[kind])), "")
    if kind in ("press_conference", "speech") and _names(line, tokens, joined, kinds["interview"]):
        return "interview"  # `After Tuesday's press conference, she gave us this interview`: the event told of, the page an interview
    return kind


def _names(line: str, tokens: list[str], joined: str, data: _Kind) -> bool:
    if any(mark in line for mark in data.marks):
        return True
    if any(f" {word} " in joined for word in data.words if " " in word) or any(t in data.words for t in tokens):
        return True
    return any(len(t) > len(end) and t.endswith(end) for t in tokens for end in data.word_ends)


@lru_cache(maxsize=1)
def _interview_phrases() -> tuple[str, ...]:
    return tuple(w.lower() for w in tomlfile.load_builtin("pagekind.toml")["interview"].get("phrases", ()))


def announces_interview(top: str) -> bool:
    """The page's top (its first lines and headline, lower case) says it is an interview: a word of the kind, as the
    page's head is read (`entretien`, `conversación`, `インタビュー`), or the outlet's wording around it, found inside a
    longer word too (`interviewed`, `entrevistada`, `sat down with`, `told us`, `rozmowa z`). The hint a Q&A reader
    needs, not the page's kind: a story may say it."""
    tokens = [t.strip("'’-") for t in _WORD.findall(top)]
    return _names(top, tokens, f" {' '.join(tokens)} ", _data()[0]["interview"]) or any(p in top for p in _interview_phrases())


def page_kind(lines: list[str], metadata: dict | None = None) -> PageKind:
    """The kind the page's head announces: its headline or deck, else the first line among its first lines that names
    one and is no labelled turn."""
    md = metadata or {}
    for text in [str(md.get("headline") or ""), *(str(x) for x in md.get("deck") or [])]:
        if text and (kind := kind_of_line(text)):
            return PageKind(kind, -1, text)
    seen = 0
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        label = parse_label(line)
        if label is not None and label.rest and len(label.rest.split()) >= 3:
            continue  # `HOST: … in an interview last week`: the programme's talk, never the page's title
        if (kind := kind_of_line(line)) and not headline_sentence(line):  # `Remarks by NAME leave allies cold`: a story's headline
            return PageKind(kind, n, line)
    return PageKind("", -1)


def own_voice(text: str) -> bool:
    """The paragraph speaks in someone's own voice and reports nobody's words."""
    tokens = _unowned(text)
    words = remark_words()
    if tokens & words.reporting:
        return False
    _, marks = _data()
    return bool(tokens & words.own) or any(mark in text for mark in marks)


def announced_turns(lines: list[str], metadata: dict | None = None) -> bool:
    """A page that announces itself as a transcript, an interview, a press conference or a speech and shows turns:
    two voices' labels or more, however few (a page cut after the first exchange, labels in a script of its own), or a
    speaker of the page's own list alone on a line above their words (parse/speakerlist.py)."""
    kind = page_kind(lines, metadata)
    if not kind:
        return False
    voices: set[str] = set()
    for raw in lines:
        label = parse_label(raw.strip())
        if label is not None and label.rest and len(label.rest.split()) >= 2:
            voices.add(label.name.lower())
    return len(voices) >= 2 or first_turn_cut(lines, kind) or bool(listed_lines(lines))  # `SRS Hille` alone above the words, of the briefing's speakers list


def first_turn_cut(lines: list[str], kind: PageKind) -> bool:
    """A record cut after its first turn (`El presidente: Tengo varios anuncios …` under `Conferencia de prensa …`): the
    page announces a press conference, a speech or a transcript, and a voice's label opens the body's first paragraph
    below that line (never the headline's credit `…: Name`, never a dateline in capitals, `KAMPALA: …`)."""
    if kind.kind not in _RECORD_KINDS:
        return False
    for raw in lines[kind.line + 1 :]:
        line = raw.strip()
        label = parse_label(line) if line else None
        if label is not None and label.rest and len(label.rest.split()) >= 2:  # never a quotation's lead-in (`NAME: "…," he told …`)
            return not (len(label.name.split()) == 1 and label.name.isupper()) and label.rest.lstrip()[:1] not in "\"“”«„'‘"
        if line and _paragraph(line) and line.rstrip("\"”’') ").endswith((".", "?", "!", "…", "。")):
            return False  # a sentence of prose before any label: the outlet's story
    return False


# The kinds whose page may be one voice's record with no label at all (a briefing's statement, a speech, a monologue's
# transcript); an interview has two voices, its reader is parse/interview.py.
_RECORD_KINDS = ("press_conference", "speech", "transcript")
_BODY_WORDS = 6  # a paragraph of the body, not a heading or a menu's line
_CJK_CHARS = 12  # the same in a script written without spaces


def unlabelled_record(lines: list[str], metadata: dict | None = None) -> bool:
    """A page of the record with no turns: it announces a press conference, a speech or a transcript, labels no voice,
    and the paragraphs below the line that announces it speak in someone's own voice, most of them, reporting nobody
    (a spokesperson's weekly briefing under `Media Briefing`, a podcast's `Sprachtranskript`). Its prose is then that
    voice's (parse/guestvoice.py): the newsroom reads the record of one voice as that voice, never as its own copy. A
    story about the event says who `said` what, or speaks in the outlet's third person: it stays a story."""
    kind = page_kind(lines, metadata)
    if kind.kind not in _RECORD_KINDS:
        return False
    above, body = [raw.strip() for raw in lines[: max(kind.line, 0)]], [raw.strip() for raw in lines[kind.line + 1 :] if raw.strip()]
    if _turns_marked(body) or any(_paragraph(line) and line.rstrip("\"”’') ").endswith((".", "!", "?", "…", "。")) for line in above):  # a page's date line is no prose
        return False  # marked turns: a transcript's readers decide; the kind named below the story's prose is the story's
    paragraphs = [line for line in body if _paragraph(line)]
    if _programme_voice(paragraphs):
        return False  # `I'm the co host of …`: the programme's own voice, read
    if paragraphs and any(is_byline(line) for line in body[: body.index(paragraphs[0])]):
        return False  # `By Jane Okafor` over `I was nineteen when …`: a writer's column, written words
    if not paragraphs or not own_voice(paragraphs[0]) or any(_speaks_of_record(line) for line in paragraphs):
        return False  # `In it the minister hears …`, `the transcript`: the outlet telling of the record, a story
    reports = sum(1 for line in paragraphs if _reports(line))  # a statement may speak of the government in the third person
    own = sum(1 for line in paragraphs if own_voice(line))
    greeted = any(_salutes(line) for line in body[: body.index(paragraphs[0]) + _GREETING_LINES])  # `Ladies and Gentlemen,`
    most = greeted or own * 2 > len(paragraphs)  # most of them in the own voice, unless the voice greets its audience first:
    return most and reports * 5 <= len(paragraphs)  # a greeted statement may speak of the government in the third person


_GREETING_LINES = 3  # the first paragraph and the lines just below it, where a statement greets its audience


def _speaks_of_record(text: str) -> bool:
    """The paragraph speaks of the record in the third person (`the transcript`, `in it`, `according to`; styles/pagekind.toml
    [body] record_refs): the outlet's prose about the record, never the record."""
    tokens = [t.strip("'’-") for t in _WORD.findall(text.lower())]
    joined = f" {' '.join(tokens)} "
    return any(f" {phrase} " in joined for phrase in _body_list("record_refs"))


@lru_cache(maxsize=None)
def _body_list(key: str) -> frozenset[str]:
    """A word list of styles/pagekind.toml [body]: salutes, closings, greetings, programme, welcomes, record_refs …"""
    return frozenset(w.lower() for w in tomlfile.load_builtin("pagekind.toml")["body"].get(key, ()))


def _paragraph(line: str) -> bool:
    """A paragraph of the body: prose, no heading, no menu's line, no cue or notice (`[This is a rush transcript …]`), and
    no page's field or dateline under the title (`Brussels, 09/03/2020 - 15:09, UNIQUE ID: …`, `防衛省A棟11階第1省議室`)."""
    cjk = len(line) >= _CJK_CHARS and not line.isascii() and " " not in line
    long = len(line.split()) >= _BODY_WORDS or cjk
    return long and _sentence_like(line, cjk) and not is_cue_line(line) and not is_notice(line)


def _sentence_like(line: str, cjk: bool) -> bool:
    """Words of a sentence: some in lower case, or a sentence's stop at the end (copy in capitals); in a script written
    without spaces, a comma or a stop of its own (`、`, `。`)."""
    if cjk:
        return any(mark in line for mark in "、。，！？")
    lower = sum(1 for t in line.split() if t[:1].islower())
    return lower >= _LOWER_WORDS or line.rstrip("\"”’') ").endswith((".", "!", "?", "…", "।"))  # `।`: the danda, Hindi's stop


_LOWER_WORDS = 3  # a sentence's small words: a dateline or a page's field line has none


def _reports(text: str) -> bool:
    """The paragraph reports someone's words (`said`, `dijo`): the outlet's story, not the record."""
    return not _unowned(text).isdisjoint(remark_words().reporting)


def _unowned(text: str) -> set[str]:
    """The paragraph's words, lower case, but a verb the voice says of itself (`like I said`, `as we said`): a speaker
    who recalls their own words reports nobody."""
    said = _WORD.findall(text.lower())
    return {t.strip("'’-").replace("’", "'") for k, t in enumerate(said) if not (k and said[k - 1] in ("i", "we"))}


def _turn(line: str) -> bool:
    """A labelled turn: the label with the words after it, or alone on its line above them (`MARGARET OYELARAN:`)."""
    label = parse_label(line)
    return label is not None and (not label.rest or len(label.rest.split()) >= 2)


_ABOVE_LINES = 4  # the page's own short lines above unannounced remarks: a date, the occasion, a byline, a list of apologies
_MIN_PARAGRAPHS = 3  # fewer paragraphs say too little about whose voice the page is
_CLOSING_WORDS = 12  # the remarks' last paragraph, a thanks, is short


def spoken_through(lines: list[str]) -> int | None:
    """Remarks no title announces: the index of the line where one voice's remarks start, or None. The body opens on a
    salutation (`Liebe Kolleginnen und Kollegen, sehr geehrte Gäste!`) or in the speaker's own voice, nearly every
    paragraph speaks so and none reports anybody (`said`), few quote, and the page either opens on the salutation or
    closes on the speaker's thanks (`Je vous remercie.`): one voice from its greeting to its thanks. At most a few of the
    page's own lines above, none in anyone's voice. A story quoting a speech at length reports it; a column has a byline
    (parse/remarks.py keeps that rule)."""
    texts = [(n, raw.strip()) for n, raw in enumerate(lines) if raw.strip()]
    if _turns_marked([line for _, line in texts]):
        return None  # labels, names alone above the words, `>>` marks: more than one voice, a transcript's readers decide
    first = next((k for k, (_, line) in enumerate(texts[: _ABOVE_LINES + 1]) if _salutes(line) or (own_voice(line) and len(line.split()) >= _BODY_WORDS and not _headline(line))), None)
    if first is None or any(own_voice(line) or _reports(line) for _, line in texts[:first]):
        return None
    paragraphs = [line for _, line in texts[first:]]
    if len(paragraphs) < _MIN_PARAGRAPHS or any(_reports(line) for line in paragraphs) or _programme_voice(paragraphs):
        return None
    own = sum(1 for line in paragraphs if own_voice(line) or _salutes(line))
    quoted = sum(1 for line in paragraphs if any(mark in line for mark in "\"“”«»„"))
    saluted = _salutes(paragraphs[0]) and not _greets_time(paragraphs[0])  # a salutation is the surer sign: the remarks may then speak of the town in the third person
    if (own * 2 < len(paragraphs) if saluted else own * 5 < len(paragraphs) * 4) or quoted * 3 > len(paragraphs):
        return None  # remarks quote a motto, a title; a story quotes and reports
    if any(line.lower().strip(" ,.!") in remark_words().closings for line in paragraphs):
        return None  # `Yours sincerely,`: a letter, written words
    last = paragraphs[-1].lower().rstrip(" .!…")
    closings = _body_list("closings")
    closes = len(paragraphs[-1].split()) <= _CLOSING_WORDS and (last in closings or any(last.endswith(" " + c) for c in closings))
    return texts[first][0] if saluted or closes else None  # `Good morning, …` counts only with the thanks at the close: a newsletter greets too


_HEADLINE_WORDS = 14  # a headline is short and ends on no stop


def _headline(line: str) -> bool:
    """A headline (`Why I still ride the night bus`): short and without a stop; never the first line of a bite."""
    return len(line.split()) <= _HEADLINE_WORDS and not line.rstrip("\"”’') ").endswith((".", "!", "?", ",", ";", ":", "…", "。", "！", "？"))


def greets(line: str) -> bool:
    """The line opens on a salutation or a greeting of the time of day (`Sehr geehrte Gäste!`, `Buongiorno a tutti.`)."""
    return _salutes(line) or _greets_time(line)


def _greets_time(line: str) -> bool:
    """The line opens on a greeting of the time of day (`Good morning`, `Bonsoir`; styles/pagekind.toml [body] greetings)."""
    return _opens_on(_opening_words(line), "greetings")


def _opening_words(line: str) -> list[str]:
    return [t.strip("'’-") for t in _WORD.findall(line.lower())[:3]]


def _opens_on(tokens: list[str], key: str) -> bool:
    """The line's first one, two or three words are a phrase of the [body] list `key`."""
    phrases = _body_list(key)
    return any(" ".join(tokens[:k]) in phrases for k in (1, 2, 3))


def _programme_voice(paragraphs: list[str]) -> bool:
    """The first paragraphs are the programme's own voice introducing itself (styles/pagekind.toml [body] programme)."""
    head = " ".join(" ".join(paragraphs[:_PROGRAMME_PARAGRAPHS]).lower().replace("’", "'").split())
    return any(phrase in head for phrase in _body_list("programme")) or _welcomes_to_programme(head)


_WELCOME_WORDS = 6  # `welcome to the Harbor Daily briefing`: the programme's name, then what it is


def _welcomes_to_programme(head: str) -> bool:
    """`welcome to the … briefing|newsletter|show|podcast` (styles/pagekind.toml [body] welcomes, programmes): the
    programme greeting its own audience, never a guest's record."""
    tokens = [t.strip("'’-") for t in _WORD.findall(head)]
    joined = " ".join(tokens)
    for welcome in _body_list("welcomes"):
        start = joined.find(f"{welcome} ")
        while start >= 0:
            after = joined[start + len(welcome) :].split()[:_WELCOME_WORDS]
            if any(t in _body_list("programmes") for t in after):
                return True
            start = joined.find(f"{welcome} ", start + 1)
    return False


_PROGRAMME_PARAGRAPHS = 2


def _turns_marked(texts: list[str]) -> bool:
    """The page marks turns: a labelled one, a caption's `>>`, or a short line without a stop that comes back (a name alone
    above each of its turns: `Priya Raman`, `Operator`)."""
    short = [line for line in texts if len(line.split()) <= _NAME_WORDS and not line.endswith((".", "!", "?", ",", ";", ":", "。"))]
    return any(_turn(line) or line.startswith(">>") for line in texts) or len(set(short)) < len(short)


_NAME_WORDS = 5


def _salutes(line: str) -> bool:
    """The line opens on a salutation (`Sehr geehrte Gäste!`, `Monsieur le Député, Monsieur le Sénateur, …, chers amis.`)."""
    tokens = _opening_words(line)
    if not tokens or line.rstrip().endswith("?"):
        return False
    return _opens_on(tokens, "salutes") or (tokens[0] in words().addresses and "," in line[:60])
