"""Where a news-agency shotlist is, on evidence only (parse/shotlist.py reads it).

Numbered lines that open with shot words (styles/shotlist.toml: `4. Wide shot, dais`), never an
ordinary numbered list; a numbered SOUNDBITE line, or one that gives the bite's language; a
`SHOTLIST` heading over numbered lines, whatever their words and case (ANI). A shot list after
a story written for the web (ANI, AP Archive pages) begins where `trailing_start` says.
"""

from __future__ import annotations

import re

from scriptfmt.parse.shotmedia import catalogue_entry, media_file
from scriptfmt.parse.shotlabels import bite_label, is_language, label_parts, saying_label, shot_words

CLOSING = "\"”»›’"
ITEM = re.compile(r"(?<!\S)(\d{1,3})[.)][ \t]+(?=\S)")  # `4. ` / `4) ` where a word starts
_NUMBER_TIME = re.compile(r"(\d{1,3})[ \t]+(?=\[?\d{1,2}:\d{2})")  # `6 00:33 …`: a shot number, then its timecode
_TIGHT_ITEM = re.compile(r"(\d{1,3})[.)](?=[A-Z])")  # `4.SOUNDBITE`, `1.Med shot`: no space after the number
_TIME = r"\[?\d{1,2}:\d{2}(?::\d{2})?\]?"
# `00:12 – `, `[01:04:10] `, `0:15-0:33 `, `00:03:04 to 00:03:22 ` (a range: where the shot starts and ends)
_TIMECODE = re.compile(rf"{_TIME}(?:[ \t]*(?:[-–—]|to)[ \t]*{_TIME})?[ \t]*(?:[-–—][ \t]*)?(?=\S)")  # one optional dash: no two space runs to trade
_SPAN_TIME = r"\[?\d{0,2}:\d{2}(?::\d{2})?\]?"  # a range's ends may drop the minutes (`:00-:07`, `:52-1:07`)
_RANGE = re.compile(rf"({_SPAN_TIME})[ \t]*(?:[-–—]|to)[ \t]*({_SPAN_TIME})[ \t]")  # `00:03:04 to 00:03:22 `: a stringer's range
SENTENCE_END = (".", "!", "?", "…", ":") + tuple(CLOSING)


def items_of(line: str) -> list[tuple[int, int, int]]:
    """The numbered items of a line as (number, start, body start): a line that opens with
    `N.`, and on a flattened feed line each next number in sequence (`1. … 2. … 3. …`)."""
    found: list[tuple[int, int, int]] = []
    timed = _TIMECODE.match(line) or _RANGE.match(line)  # `:00-:07 GV's …`: a range without its minutes
    if timed and (is_shot(line[timed.end() :]) or _RANGE.match(line) or _logged(line) or languages_only(line[timed.end() :])):  # `00:12 Wide shot, dais`, `0:08-0:15 Departure board`, `00:22 English`
        body = timed.end()
        while body < len(line) and line[body] in " \t-–—":  # `:40-1:08 - SOT Name`: the dash after a range parts it from the shot
            body += 1
        return [(0, 0, body if body < len(line) else timed.end())]
    spaced = _NUMBER_TIME.match(line)
    if spaced and _TIMECODE.match(line, spaced.end()):  # SNTV `6 00:33 Close-up of …`: no point after the number
        return [(int(spaced.group(1)), 0, spaced.end())]
    tight = _TIGHT_ITEM.match(line)
    if tight and is_shot(line[tight.end() :]):  # `1.Med shot, seal`: a shot line typed without the space
        return [(int(tight.group(1)), 0, tight.end())]
    tries = 0  # numbers tried as the start of a run inside the line: a few, so the scan stays linear
    for m in _items(line):
        number = int(m.group(1))
        if found and number != found[-1][0] + 1 or not found and m.re is _GLUED_ITEM:
            continue  # a glued number only goes on a run of items
        if not found and m.start() > 0:
            tries += 1
            if tries > 3 or not _opens_items(line, m):
                continue
        found.append((number, m.end() if m.re is _GLUED_ITEM else m.start(), m.end()))  # a glued number stays on its word
    return found


_GLUED_ITEM = re.compile(r"(?<=[a-z])(\d{1,3})[.)][ \t]+(?=[A-Z])")  # `… at demonstrators6. Wide shot …`: a flattened page lost the space


def _items(line: str) -> list[re.Match]:
    """The item numbers of a line in order: each where a word starts, and one glued to the word before it."""
    return sorted([*ITEM.finditer(line), *_GLUED_ITEM.finditer(line)], key=lambda m: m.start())


def languages_only(text: str) -> bool:
    """`English`, `English and Arabic`, `French/English`: the languages a timed section is spoken in, nothing else."""
    parts = [p.strip(" :.") for p in re.split(r" and | et | y | und |/|,", text.strip())]
    return bool(text.strip()) and len(parts) <= 3 and all(p and is_language(p) for p in parts)


def _opens_items(line: str, m: re.Match) -> bool:
    """A number inside a line opens a run of shots only after a section word (`SHOTLIST: 1.`,
    `… Recent 1.`) and when the next number follows in sequence on the same line."""
    return f" {int(m.group(1)) + 1}. " in line[m.end():] or "SHOTLIST" in line[: m.start()].upper()


def is_shot(body: str) -> bool:
    """`Wide shot, dais`, `Close up of …`, `Exterior, hotel`, `SOUNDBITE (English) …` (a
    timecode before it, `1. 00:05 Wide shot`, skipped)."""
    body = skip_timecode(body)
    words = lower_words(body[:60])
    if not words:
        return False
    if bite_label(skip_shot_codes(body)) is not None or _abbreviated(body.split()[:2]) or _coded(body):
        return True
    for opener in shot_words().long_openers:
        if tuple(words[: len(opener)]) == opener:
            return True
    first = words[0]
    if first in shot_words().short_openers:
        rest = body.lstrip()[len(first):]
        return not rest or rest[0] in ",;:.–—-/("
    return False


def _coded(body: str) -> bool:
    """`LV: EXTERIOR OF …`, `GV/PAN: VISITORS QUEUING`: Reuters picture codes (shot sizes and moves,
    slash-joined) ending in a colon open a shot line, whatever follows."""
    coded = _CODES_COLON.match(body)
    first = body.split("/", 1)[0].split(":", 1)[0]
    return bool(coded) and first in shot_words().abbreviations


def _logged(line: str) -> bool:
    """`00:00:05 Exterior shot of the EP 00:00:05` (EU audiovisual logs): in-point, what is seen,
    length; a clock time at each end of the line makes it a shot whatever its words."""
    tail = line.rstrip()[-10:].split()
    return len(line.split()) >= 3 and bool(tail) and bool(_CLOCK.fullmatch(tail[-1]))


_CLOCK = re.compile(r"\d{2}:\d{2}:\d{2}")
_LOG_START = re.compile(r"\d{2}:\d{2}:\d{2}[ \t]")
_LOG_LINES = 3  # an audiovisual log: three lines or more timed at both ends


def range_seconds(body: str) -> float | None:
    """`0:15-0:33 SOUNDBITE …`: a shot line timed from-to; the bite on it runs the difference."""
    m = _RANGE.match(body)
    if not m:
        return None
    start, end = _clock(m.group(1)), _clock(m.group(2))
    return end - start if end > start else None


def _clock(time: str) -> int:
    seconds = 0
    for part in time.strip("[]").split(":"):
        seconds = seconds * 60 + int(part or 0)  # `:07`: no minutes written
    return seconds


# `(EN)`, `(English)`, `(IN FRENCH)`: the language the words after it are spoken in
_LANGUAGE_TAG = re.compile(r"\(([A-Za-z][A-Za-z /,-]{1,30})\)[ \t]*")


def language_tag(text: str) -> int:
    """Where the words start after a language tag opening the line (`(EN) "Today in …"`); 0 if none."""
    m = _LANGUAGE_TAG.match(text)
    return m.end() if m and is_language(m.group(1)) else 0


def start_seconds(body: str) -> float | None:
    """`12. 01:17 SOUNDBITE …`: where the shot starts on the tape, in seconds; None if untimed."""
    ranged = _RANGE.match(body)
    if ranged:
        return float(_clock(ranged.group(1)))
    timed = _TIMECODE.match(body)
    return float(_clock(re.match(_TIME, body).group(0))) if timed else None


# Reuters picture codes before a bite label (`6. SV: (SOUNDBITE) (German) NAME:`, `14. CU: (SOUNDBITE) …`)
_SHOT_CODES = re.compile(r"[A-Z]{2,4}(?:/[A-Z]{2,4})*:[ \t]*(?=\()")  # `SV: (`, `GV/PAN/SV: (`


_CODES_COLON = re.compile(r"[A-Z]{2,4}(?:/[A-Z]{2,4})*:")


def skip_shot_codes(body: str) -> str:
    """The body after the picture codes a Reuters shot line puts before a bite label."""
    coded = _SHOT_CODES.match(body)
    return body[coded.end() :] if coded else body


def skip_timecode(body: str) -> str:
    timed = _TIMECODE.match(body) or _RANGE.match(body)
    return body[timed.end() :] if timed else body


def lower_words(text: str) -> list[str]:
    return [w.strip(",;:.-–—()").lower() for w in text.split()]


def looks_like_shotlist(lines: list[str]) -> bool:
    """Numbered shot lines (two or more that open with shot words), an audiovisual log (three lines
    timed at both ends, or three opening on a from-to range), or a numbered SOUNDBITE
    line, or SOUNDBITE lines that give the bite's language (`SOUNDBITE (English) Name:`)."""
    shots = bites = described = logged = ranged = catalogued = 0
    headed = False  # a SHOT LIST heading above: a SOUNDBITE label under it is the agency's (AFPTV dopesheets)
    for n, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if headed and bite_label(text.lstrip(_BULLETS)) is not None:  # `Shot list:` / `• Soundbite (…):`: bulleted shots
            return True
        headed = headed or section_of(text) == "shots"
        for _, _, body in items_of(text):
            shots += is_shot(text[body:])
            bites += bite_label(skip_shot_codes(text[body:])) is not None or _saying_with_language(text[body:])  # `2. NAME, TITLE, SAYING (ENGLISH):`
        if not text[:1].isdigit() and (language_label(text) or _saying_with_language(text)):
            bites += 1
        described += describes_shots(text)
        catalogued += bool(items_of(text) or text[:1] in _BULLETS[:6]) and catalogue_entry(text)  # two entries (numbered or bulleted) of a programme's catalogue: an excerpt may show no more
        logged += bool(_LOG_START.match(text)) and _logged(text)
        timed = _TIMECODE.match(text)
        bites += bool(timed) and timed.start() == 0 and languages_only(text[timed.end() :])  # `00:22 English`: a bite's timecode and language
        ranged += bool((m := _RANGE.match(text)) and (ranged or _clock(m.group(1)) == 0))  # `:00-:07 …`, then `:07-:26 …`: shots timed from-to from the tape's start (never a day's schedule, `09:00-10:00`)
        if shots >= 2 or bites >= 1 or described >= 2 or max(logged, ranged) >= _LOG_LINES or catalogued >= 2 or media_file(text) or section_of(text) == "shots" and _numbered_next(lines, n):
            return True
    return False


_BULLETS = "•·▪◦‣-–* \t"
 # a shot list's items bulleted instead of numbered (`• Shots of …`)


def _abbreviated(words: list[str]) -> bool:
    """`M/S of the ship`, `CU hands`, `L/S.`: a shot size abbreviated in capitals, then a word in
    lower case or nothing (`MS Dhoni`, `M/S Tata Steel` are names, not shots)."""
    return bool(words) and words[0].rstrip(",;:.") in shot_words().abbreviations and (len(words) == 1 or not words[1][:1].isupper())


def describes_shots(text: str) -> bool:
    """A film library's description of the pictures, unnumbered (`Intertitle - 'Millwall' M/S of
    Italian ship …`): it names shot sizes with a slash (`M/S`, `L/S`, `C/U`), which prose never does."""
    words = text.split()
    return any("/" in w and _abbreviated(words[k : k + 2]) for k, w in enumerate(words))


_NOTES_ABOVE = 5  # short lines an agency puts between the heading and shot 1: source, place/date, `NIGHT SHOTS`
_NOTE_WORDS = 8


def _numbered_next(lines: list[str], n: int) -> bool:
    """The shot-list heading is followed by numbered or timed lines: the shots, whatever words and case
    they use (ANI `Shotlist` / `1. BROKEN GLASS ON THE ROAD`, `Shot list:` / `00:00 - 00:05 W/S`); a place/date slug may come first, and
    the agency's short notes (`VIDEO QUALITY AS INCOMING`, `RTI`, `NIGHT SHOTS`), never a sentence."""
    notes = 0
    for raw in lines[n + 1 : n + 1 + 3 * _NOTES_ABOVE]:
        text = raw.strip()
        if not text:
            continue
        if _opens_shot(text):
            return True
        if notes == 0 and _dated_slug(text):
            notes += 1
            continue  # `CHANDAULI, UTTAR PRADESH, INDIA (JULY 26, 2011) (ANI-NO ACCESS BBC)`: where, when, whose rights
        notes += 1
        if notes > _NOTES_ABOVE or len(text.split()) > _NOTE_WORDS or text.endswith(SENTENCE_END[:4]):
            return False
    return False


_SLUG_WORDS = 16


def _dated_slug(text: str) -> bool:
    """The agency's place/date slug in capitals over shot 1, its access note run on: no sentence, a year in it."""
    words = text.split()
    return len(words) <= _SLUG_WORDS and not any(c.islower() for c in text) and not text.endswith(SENTENCE_END[:4]) and any(
        len(w.strip(",.()")) == 4 and w.strip(",.()").isdigit() for w in words)


def _opens_with_one(text: str) -> bool:
    """The line opens with item 1 (`1. Wide shot …`)."""
    found = items_of(text)
    return bool(found) and found[0][:2] == (1, 0)


def _opens_shot(text: str) -> bool:
    """The line opens with shot 1 or with a timed shot (`00:00 - 00:05 W/S`, a stringer's list timed by ranges)."""
    found = items_of(text)
    return bool(found) and found[0][:2] in ((1, 0), (0, 0))


def trailing_start(lines: list[str], start: int) -> int:
    """Where a shot list begins after a story written for the web (ANI, AP Archive pages: the
    story, then `Shotlist` or a place/date slug and `1. Wide shot of …`); len(lines) if none.
    The story before it is read as any story; a shot list only with shot evidence: a shot-list
    heading over numbered lines, or numbered lines that are all shots, the first numbered 1."""
    sentences = 0
    shots_from = _shots_to_the_end(lines, start)
    for n in range(start, len(lines)):
        text = lines[n].strip()
        if sentences >= 3 and section_of(text) == "shots" and _numbered_next(lines, n):
            return n
        if sentences >= 3 and n >= shots_from and _opens_with_one(text):
            return _slug_before(lines, n, start)
        if sentences < 3 and (section_of(text) is not None or bite_label(text) is not None) or sentences and _dopesheet_field(text):
            return len(lines)  # a script of sections, bites or dopesheet fields: the shotlist reader reads it whole
        sentences += text.endswith(SENTENCE_END) and len(text.split()) >= 6
    return len(lines)


def dopesheet_head(lines: list[str]) -> bool:
    """An agency shotlist that opens with its own header fields (`STORY: …`, `TRT: 0:53`,
    `SOURCE: …`): the shotlist reader reads them as the feed's field cues, not the story header."""
    head = _head_fields(lines)
    return any(_dopesheet_field(line) for line in head) and looks_like_shotlist(lines)


def opens_dopesheet(text: str) -> bool:
    """`STORY: New quality … SHOOTING TIME: June 25-26 DATELINE: … LENGTH: 00:02:24 …`: a line that opens
    with a dopesheet's field and holds more of them is the header of the next story on a page that lists
    several (an agency's listing or search page, flattened): the header's fields begin again."""
    key = text.partition(":")[0] if ":" in text[:24] else ""
    if not key or not key.isupper() or " ".join(key.split()) not in shot_words().dopesheet_fields:
        return False
    more = 0
    for word in text.split()[1:]:
        more += word.endswith(":") and word[:-1].isupper() and word[:-1].isalpha()
    return more >= 2


def _head_fields(lines: list[str]) -> list[str]:
    """The field lines the page opens with, to the first line that is none (`JUDUL: …` / `SHOOTING TIME: …`
    / `DURASI: …`): an agency writes its header in its own language, so one known field among them
    (`SHOOTING TIME`, `DATELINE`) says the block is the dopesheet's, whatever its first key."""
    head: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        key = line.partition(":")[0] if ":" in line[:24] else ""
        if not key or not key.isupper() and not _dopesheet_field(line) and " ".join(key.split()).lower() not in shot_words().record_fields:
            break  # `Title: …` / `Location: …`: a clip record's field in the page's case opens the header too
        head.append(line)
    return head


def _dopesheet_field(text: str) -> bool:
    """`TRT: 2:10`, `DATELINE: 3 MARCH 2026, KYIV`: a field of the agency's own header."""
    key = text.partition(":")[0] if ":" in text[:24] else ""
    return " ".join(key.split()).upper() in shot_words().dopesheet_fields


def _shots_to_the_end(lines: list[str], start: int) -> int:
    """The first line from which every numbered line to the end is a shot (one pass, from the end)."""
    first = len(lines)
    for n in range(len(lines) - 1, start - 1, -1):
        text = lines[n].strip()
        found = items_of(text) if text[:1].isdigit() else [(0, 0, 0)]
        if text[:1].isdigit() and not (found and is_shot(text[found[0][2] :])):
            break
        first = n
    return first


def _slug_before(lines: list[str], n: int, start: int) -> int:
    """A place/date slug over the first shot (`Columbia, South Carolina - 11 February 2020`)
    belongs to the shot list."""
    k = n - 1
    while k > start and not lines[k].strip():
        k -= 1
    slug = lines[k].strip()
    return k if k > start and slug and not slug.endswith(SENTENCE_END) and len(slug.split()) <= 12 else n


def _saying_with_language(text: str) -> bool:
    """`MARTA NOWAK (RAPPORTEUR) SAYING (POLISH):` on its own line: a party or parliament video
    service's bite label, a name and the language given."""
    label = saying_label(text, False) if "SAYING" in text[:160].upper() else None
    return label is not None and label[1] is not None


def language_label(text: str) -> bool:
    label = bite_label(text)
    return label is not None and label_parts(text, label[2], label[1])[2] is not None


def section_of(text: str) -> str | None:
    """`SHOTLIST:` -> shots, `STORYLINE:` -> read; a section word alone on its line."""
    word = " ".join(text.rstrip(":").split()).lower()
    if word in shot_words().shot_sections:
        return "shots"
    if word in shot_words().read_sections:
        return "read"
    if word in shot_words().transcript_sections:
        return "transcript"
    return None


def on_screen_heading(text: str) -> bool:
    """`TEXT ON SCREEN`, `Intro Graphic Sequence`: a heading over the words the picture shows."""
    return " ".join(text.strip("-–—: ").split()).lower() in shot_words().on_screen


def in_capitals(text: str) -> bool:
    """A line in capitals (`NATO KEEPS YOU SAFE`, `#1 HOW TO SAY ‘HI’`): a title, not spoken words."""
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def shot_in_capitals(text: str) -> bool:
    """`CUTAWAY: GLASS BEING BLOWN IN A WORKSHOP` unnumbered between the bites: a shot written in
    capitals, opening with shot words (never a sentence of copy, which has lower case)."""
    return text.isupper() and is_shot(text) and bite_label(text) is None
