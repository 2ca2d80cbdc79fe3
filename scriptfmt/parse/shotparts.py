"""Pieces of a news-agency shotlist's lines (parse/shotlist.py reads the whole): the STORYLINE
heading on a flattened feed line, picture notes and graphics between shots, a sentence of read copy,
the end of a bite's quotation and a length written after it, and the piece's running time."""

from __future__ import annotations

import re

from scriptfmt.parse.datelineshapes import month_pattern
from scriptfmt.parse import tape
from scriptfmt.parse.shotfind import CLOSING, ITEM
from scriptfmt.parse.shotlabels import stated_length
from scriptfmt.parse.shotlabels import OPENING as _OPENING
from scriptfmt.model import Cue, Soundbite
from scriptfmt.parse.shotlabels import INLINE_LABEL, PAIRS, label_duration, label_parts, run_in_bite, shot_words, sign_off, sound_label, speaker_of
from scriptfmt.parse.shotfind import lower_words


def story_heading(text: str, after: int) -> re.Match | None:
    """`STORYLINE:` in capitals after the last shot of a feed line flattened onto one line (AP's
    archive pages drop the colon: `STORYLINE A cloud …`): the shots end there and the read copy begins."""
    global _STORY_HEADING
    if _STORY_HEADING is None:
        words = "|".join(sorted((re.escape(f.upper()) for f in shot_words().story_fields), key=len, reverse=True))
        _STORY_HEADING = re.compile(rf"(?<!\S)(?:{words})[ \t]*:|(?<!\S)STORYLINE(?=[ \t]+[A-Z0-9\u201c])")  # AP: `… 6. Various of smoke STORYLINE A cloud of ash …`
    return _STORY_HEADING.search(text, after)


_STORY_HEADING: re.Pattern | None = None


def picture_note(text: str) -> bool:
    """`++NIGHT SHOTS++`, `++SHOT OVERLAYING SOUNDBITE++` between the shots, `+16:9+` over them: the
    agency's note on the pictures that follow, a direction for the editor like the shot lines; `++UK Brexit`
    over an archive clip's fields (opened, never closed) is the agency's slug for the clip, the same note."""
    return len(text) > 4 and text.startswith("++") and (text.endswith("++") or text[2] != "+" and not text[2].isspace() and len(text.split()) <= 6) or len(text) > 2 and text[0] == text[-1] == "+" and text[1] != " " and len(text.split()) <= 6


def graphic(text: str) -> bool:
    """`GRAPH – WORLD BANK`, `GRAPHIC: map of the region`, `ANIMATION`: a cue for the picture."""
    first = lower_words(text[:30])[:1]
    return bool(first) and first[0] in {"graph", "graphic", "graphics", "animation", "map", "still", "stills"}


def prose(text: str) -> bool:
    """A sentence of read copy, not a header scrap (`Type`, `• Running Time`)."""
    return len(text.split()) >= 6 and text[:1].isupper() or text.endswith((".", "!", "?"))


def unquoted(text: str) -> str:
    start = 1 if text[:1] in _OPENING else 0
    end = len(text) - 1 if text[-1:] in CLOSING and len(text) > start + 1 else len(text)
    return text[start:end].strip() or text


def trailing_length(text: str) -> int | None:
    """Where a length after the quotation's closing mark starts (`… everyone.” (00:18)`), else None."""
    end = max(text.rfind(mark) for mark in CLOSING)
    return end + 1 if 0 < end < len(text) - 1 and stated_length(text[end + 1 :]) is not None else None


def sentence(text: str) -> bool:
    """A sentence of copy in lower and upper case (`European Union leaders agreed …`), not a
    slug in capitals (`STORY: EU LEADERS AGREE FUND`)."""
    words = text.split()
    return len(words) >= 6 and sum(w[:1].islower() for w in words) >= 2 and text.rstrip("”’\"' ").endswith((".", "!", "?", "…"))


def after_quotation(words: str) -> tuple[str, str]:
    """A bite's words on its label's line end where the quotation they open closes; what follows
    on a flattened feed line (the source and access note over the next shots) is no one's words."""
    close = PAIRS.get(words[:1])
    end = words.rfind(close, 1) if close else -1  # the last closing mark: a quotation inside the bite closes first
    cut = end + 1
    while 0 < cut < len(words) and words[cut] in " .,;:…":  # `… that they wish". 00:00:36`: the stop is the quotation's
        cut += 1
    rest = words[cut:].strip() if end > 0 else ""
    if not rest or rest[:1].islower() or any(mark in rest for mark in _OPENING):
        return words, ""
    return words[:cut].rstrip(), rest


def feed_note_at(written: str) -> int:
    upper = written.upper()
    found = [upper.find(note) for note in shot_words().feed_notes]
    return min((k for k in found if k > 0), default=len(written))


def running_time(metadata: dict) -> float | None:
    """The piece's running time: a TRT/DURATION/LENGTH field (`TRT: 0:53`, `TRT: 1.35`,
    `Running Time 2’14`), the same inside a flattened feed header line (`… LENGTH: 3:11 FIRST
    RUN: …`), or a `Running Time` line with the time on the next line."""
    keys = shot_words().running_time
    for key in keys:
        seconds = _length(str(metadata.get("_".join(key.lower().split()), "")).split()[:1])
        if seconds is not None:
            return seconds
    header = metadata.get("shotlist_header", [])
    for n, text in enumerate(header):
        if text.strip("•*-: ").upper() in keys and n + 1 < len(header) and _length(header[n + 1].split()[:1]) is not None:
            return _length(header[n + 1].split()[:1])
    return None


_MINUTE_MARKS = re.compile(r"^(\d{1,2})[.’'](\d{2})[”\"]?$")  # `1.35`, `2’14`, `7’43”`: minutes and seconds


def inline_time(text: str) -> float | None:
    """`… LENGTH: 3:11 FIRST RUN: 0130 …`: a running-time field inside a flattened header line."""
    tokens = text.split()
    for k, token in enumerate(tokens[:-1]):
        if token.endswith(":") and token.rstrip(":").upper() in shot_words().running_time and _length(tokens[k + 1 : k + 2]) is not None:
            return _length(tokens[k + 1 : k + 2])
    return None


def _length(tokens: list[str]) -> float | None:
    token = _MINUTE_MARKS.sub(r"\1:\2", tokens[0]) if tokens else ""
    return tape.duration_of(token, [], 0) if tape.is_duration(token) else None


_CONTENTS = re.compile(r"(?i:package|video|videos|b-roll|footage|material|edit)")
_CONTAINS = re.compile(r"(?i:contains|includes|comprises|features|consists of)")


def contents_note(text: str) -> bool:
    """`This bilingual video package contains 2 ready-to-air videos and 2 B-ROLL videos, with:`:
    the service's note on what it sends, over a list of the items (metadata, like the list)."""
    return text.rstrip().endswith(":") and len(text.split()) <= 40 and bool(_CONTENTS.search(text)) and bool(_CONTAINS.search(text))


_MONTH = r"(?:" + month_pattern(True, "en", capitalised=True) + r")\.?"  # English months, whole or cut short (styles/calendar.toml)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# `Strasbourg, 7th of October.`, `Brussels, 12 March 2026 -`: a video service's dateline opening its intro
_INTRO_DATELINE = re.compile(
    rf"[A-Z][\w'’-]{{1,30}}(?:[ ][A-Z][\w'’-]{{1,30}}){{0,2}},[ ](?:{_DAY}[ ](?:of[ ])?{_MONTH}|{_MONTH}[ ]{_DAY})(?:,?[ ]\d{{4}})?[ ]?(?:[.:]|[-–—][ ])[ ]?(?=[A-Z])"
)


_MONTH_WORD = re.compile(rf"{_MONTH}", re.IGNORECASE)
_UNDATED = ("date unknown", "exact date unknown", "date not known")


def place_date(text: str) -> bool:
    """`Riyadh, Saudi Arabia - Aug 18, 2017`, `FILE: Mecca - Sept 2015 (Exact date unknown)`,
    `04 MARCH 2026, GENEVA`: where and when the shots under it were taken. Between shots it
    is part of the shot list (a cue, never read): a month and a number, or an unknown date,
    in a short line that is no sentence."""
    words = text.split()
    if not 2 <= len(words) <= 20 or text.rstrip().endswith((".", "?", "!")) and not text.rstrip().endswith(("Sept.", "Oct.", "Nov.", "Dec.")):
        return False
    lower = text.lower()
    if any(phrase in lower for phrase in _UNDATED):
        return True
    month = any(_MONTH_WORD.fullmatch(w.strip(",.-()")) for w in words)
    return month and any(w.strip(",.-()").isdecimal() for w in words)


def intro_dateline(text: str) -> int:
    """Where the intro's copy starts after its dateline (`Strasbourg, 7th of October.The European …`); 0 if none."""
    m = _INTRO_DATELINE.match(text)
    return m.end() if m else 0


_LOGGED_LENGTH = re.compile(r"[ \t]00:\d{2}:\d{2}$")


def logged_length(words: str) -> int:
    """Where an audiovisual log's length closes a bite's words (`… to implement. 00:00:50`); 0 if none."""
    m = _LOGGED_LENGTH.search(words[-12:])
    return len(words) - 12 + m.start() + 1 if m and len(words) > 12 else 0


FIELD = re.compile(r"([A-Za-z][A-Za-z _/]{0,30}?)[ \t]*:[ \t]*(.*)")


STORY_WORDS = 10  # a storyline sentence under the shots is longer than a slug or a feed note

# Keys the story keeps for its own furniture, value only (`HEADLINE: …` stays a header line, its word kept)
STORY_KEYS = {"headline", "byline", "dateline", "summary", "credits", "transcript", "deck", "furniture", "slug_line", "editor_notes"}


def opens_copy(text: str) -> bool:
    """A header line that starts the read copy of a script with no numbered shots: a sentence
    (not a title line, `NATO Secretary General responds to COVID-19 outbreak`, nor a line that
    introduces fields, `The dopesheet contains the following information:`), never a field."""
    ends = text.rstrip("”’\"' ").endswith((".", "!", "?", "…"))
    return prose(text) and (ends or len(text.split()) >= STORY_WORDS * 2) and not field_line(text)


def page_field(text: str) -> bool:
    """`Title: Farmers protest`, `SOURCE: EBS`, `Location: Brussels` under the read copy: a field
    of the page (a dopesheet's or a clip record's), its value no sentence, never read."""
    m = FIELD.fullmatch(text)
    key = " ".join(m.group(1).split()) if m else ""
    return bool(key) and (key.lower() in shot_words().record_fields or key.upper() in shot_words().dopesheet_fields) and not prose(m.group(2))


def field_line(text: str) -> bool:
    """`HEADLINE: Fishermen count losses …`: a header field in capitals (or one the dopesheet
    names), metadata even when its value reads like a sentence."""
    m = FIELD.fullmatch(text)
    return bool(m) and (m.group(1).isupper() or " ".join(m.group(1).split()).upper() in shot_words().dopesheet_fields)


def named(text: str, label: tuple[str, str | None, int], colon: bool = True) -> bool:
    """An unnumbered label that ends in a colon and names a person (`SOUNDBITE 1, Francis Ochode
    (man), father of missing student (18 sec):`): a bite label in a shot list, language or not."""
    who, words, _ = label_parts(text, label[2], label[1])
    return (":" in text[: len(text) - len(words)] or not colon or run_in_bite(text[label[2] :]) > 0) and speaker_of(label_duration(who)[0]) is not None


def shot_cue(bite: Soundbite) -> Cue:
    """A SOUNDBITE line with no words after it and no length: the shot list says where the bite
    comes in the pictures; the bite itself (if any) is in the storyline, under its own label."""
    natural = sound_label(ITEM.sub("", bite.marker, count=1).lstrip("("))
    return Cue(bite.marker, bite.line, cue_type="NATS" if natural else "SOT", original=bite.marker)


def credit_off(units: list, metadata: dict) -> None:
    """The reporter's credit closing the read copy (`Elly Park, Reuters.`), on its own line or
    as the last sentence of the last paragraph: metadata, never read."""
    tagged = len(units) > 1 and units[-1].para is not None and _service_tag(units[-1].para.text)
    at = len(units) - 1 - tagged  # `(XHTV)` under the credit: the service's tag, with the credit
    last = units[at].para if units else None
    if last is None:
        return
    cut = last.text.rfind(". ", 0, len(last.text) - 2) + 1
    if sign_off(last.text[cut:]):
        if tagged:
            metadata.setdefault("shotlist_notes", []).append(units.pop().para.text)
        metadata.setdefault("shotlist_notes", []).append(last.text[cut:].strip())
        last.text = last.text[:cut].strip()
        if not last.text:
            units.pop(at)


def _service_tag(text: str) -> bool:
    """`(XHTV)`, `(CCTV+)`: the video service's tag closing its copy, a short name in brackets."""
    return text.startswith("(") and text.endswith(")") and len(text.split()) <= 3 and not any(c.islower() for c in text)


def hints(units: list, given: dict) -> dict:
    """The people a shotlist's SOUNDBITE lines name, known to its STORYLINE (`Okafor said` is the
    bite's Ines Okafor); the caller's hints first. Units of other readers add nobody."""
    people = {u.segment.speaker.name: u.segment.speaker.title for u in units if isinstance(u.segment, Soundbite) and u.segment.why == "shotlist" and u.segment.speaker}
    return {**people, **given}


def after_closed_quote(text: str) -> int:
    """Where a bite label or the reporter's credit run in after a closed quotation starts (a page that
    lost its line breaks: `… to be here."SOUNDBITE 2 (English): NAME, …`, `… doing it good."Xinhua News
    Agency correspondents reporting from Chongqing, China.`); 0 if none."""
    m = INLINE_LABEL.search(text)
    if m and m.start() > 0 and text[m.start() - 1] in CLOSING:
        return m.start()
    end = max(text.rfind(mark) for mark in CLOSING)
    return end + 1 if 0 < end < len(text) - 1 and sign_off(text[end + 1 :].strip()) else 0


def feed_note_pieces(text: str) -> list[tuple[str, str]]:
    """The feed's note after a shot (`(FIRST RUN …) TV 9 - NO ACCESS ++MUTE - bug in picture++
    Mangalore`) in pieces: ("note", …) for metadata, ("cue", …) for a picture note (`++…++`), as
    between shots."""
    start = text.find("++")
    end = text.find("++", start + 2) if start >= 0 else -1
    while end >= 0 and text[end + 2 : end + 3] == "+":
        end += 1
    if end < 0:
        return [("note", text)]
    pieces = [("note", text[:start].strip()), ("cue", text[start : end + 2]), ("note", text[end + 2 :].strip())]
    return [(kind, piece) for kind, piece in pieces if piece]


# An editor's aside in brackets inside a bite's label: a picture note (`(++SOUNDBITE FINISHES ON
# CROWD SHOT++)`), the question put to the speaker (`(asked why)`), a note on the name (`(no family name given)`).
_ASIDE = re.compile(r"\((?:\+\+[^()]{1,120}\+\+|[Aa]sked\b[^()]{0,120}|no (?:family |first |last )?name given)\)")


def split_asides(bite) -> list:
    """The bite with the editor's asides in its label taken out as cues, in order: the label before
    an aside opens the bite (a piece), the aside is a cue (never spoken, never timed). An aside in
    the words stays in them: the bite's block is one tape."""
    if not isinstance(bite, Soundbite) or bite.duration is not None or bite.is_piece or bite.speaker is None:
        return [bite]  # a paragraph, a cue, a bite of stated length (its words kept whole, as timed)
    pieces: list = []
    marker = bite.marker or ""
    for m in list(_ASIDE.finditer(marker)):
        head = marker[: m.start()].strip()
        if head:
            pieces.append(Soundbite("", bite.line, speaker=bite.speaker, marker=head, tape=bite.tape, why=bite.why, opens=True, whole=bite))
        pieces.append(Cue(m.group(0), bite.line, cue_type="SHOT", original=m.group(0)))
        marker = marker[m.end() :]
    bite.marker = marker.strip() or ":" if pieces else bite.marker  # what the label says after the aside
    pieces.append(bite)
    return pieces


def asides_apart(units: list, make) -> list:
    """The units with each bite's label asides taken out (`split_asides`); `make` wraps a new segment."""
    return [unit if piece is unit.segment else make(piece) for unit in units for piece in split_asides(unit.segment)]
