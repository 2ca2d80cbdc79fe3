"""One person's remarks with no speaker labels: a speech, a statement read at a briefing, an address.

The desk's rule: the text of someone's remarks names them once, above the text — in a title line
(`Remarks by President Ana Torres at …`, `Discurso de la Presidenta …, Dra. NAME, en …`, `DÉCLARATION
DE M. NAME, PRÉSIDENT …`), in a cast line under it (`STATEMENT BY THE RT HON PRIME MINISTER` / `DR NAME`,
`TEKS UCAPAN` / `YAB DATO' SRI NAME PERDANA MENTERI`), in a field (`Oleh/By : NAME`) or in the outlet's
intro (`IOC President NAME gave the following speech …:`). Every line below that header is then that
person's bite; the header and its notes (`Check against delivery`) are furniture, the outlet's intro
sentence is read. It is the remarks themselves only when the body speaks in the first or second person
(`I`, `we`, `nous`, `saya`, `you`) and does not report what someone `said`: a story about a speech is a
story. `remarks_voice(lines)` returns the speaker as a briefing's `Voice` (parse/briefing.py), its
`line` the last line of the header, or None.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from scriptfmt.parse.briefing import Voice, header_voice, held_voice
from scriptfmt.parse.headed import announced_speaker, asks_address, heading_turn, intro_dateline, page_tail, speech_at as _speech_at, titled_full
from scriptfmt.parse.headnames import credited_title, field_name, heading_name, name_run, names_in, remark_words, unglued
from scriptfmt.parse.languages import every_verb, language_words, story_language
from scriptfmt.parse.labels import name_alone, parse_label
from scriptfmt.parse.pagekind import greets, spoken_through
from scriptfmt.parse.remarklines import TOKEN, CJK_SENTENCE as _CJK_SENTENCE, cjk_letters as _cjk_letters, head_person as _head_person, prose as _prose, headline_sentence, addressed as _addressed, genitive as _genitive, unwrapped as _unwrapped, wraps as _wraps
from scriptfmt.parse.unmarked import StampedTurns, stamped_turns, unmarked_guest
from scriptfmt.parse.supers import display_name

__all__ = ["Heard", "heading_turn", "heard", "intro_dateline", "remarks_header", "remarks_lines", "remarks_voice"]

_HEAD_LINES = 16  # the header sits in the copy's first lines
_BODY_WORDS = 400  # the body's first words are enough to hear whose voice it is
_SCAN_LINES = 80  # a web page's menus may push the speech's header this far down
_SENTENCE_BREAK = re.compile(r"[a-zà-ÿ)][.!?][ ]+[A-ZÀ-Ý]")  # a paragraph of two sentences: the outlet's prose, never a title
_TOKEN = TOKEN  # parse/remarklines.py: a word, in any script


def remarks_voice(lines: list[str], metadata: dict | None = None) -> Voice | None:
    """The one speaker whose remarks the copy is, named in its header; None when the copy is no such text.
    A header the story's page already took (`metadata`: headline, deck, editor's note) counts: the
    remarks then start at the first line (the voice's `line` is -1). Else a heading inside the page that
    announces one person's words (parse/headed.py), the remarks under it."""
    return _titled_remarks(lines, metadata) or _headed(lines)


def _headed(lines: list[str]) -> Voice | None:
    """`Media remarks by President NAME during …` above `Your Excellency, …`, under the outlet's own story of the visit:
    the heading announces the speaker's words (parse/headed.py), and the lines right under it open in their own voice, no
    labelled turn below. The remarks start under the heading; the story above it stays the outlet's."""
    texts = [(n, raw.strip()) for n, raw in enumerate(lines) if raw.strip()][:_SCAN_LINES]
    for k, (n, line) in enumerate(texts):
        name = announced_speaker(line)
        if name is None or k + 1 >= len(texts):
            continue
        below = [text for _, text in texts[k + 1 :]]
        if any(_turn(text) for text in below):
            return None  # turns are labelled: a transcript's labels decide
        end = _occasion_under(texts[k:])
        first = next((text for m, text in texts[k + 1 :] if m > end), "")
        greeted = _greets(first)  # `Your Excellency, …`, `Buongiorno a tutti.`: the remarks open on a form of address
        if not greeted and asks_address(line):
            continue  # `Statement from Mayor NAME`, `NAME's State of the Union address`: written words or a column, unless addressed
        opening = below[:_OPENING_LINES]
        if (greeted or any(_opens_body(text) for text in opening)) and _own_voice(lines[n + 1 :], 1 if greeted else 3):
            return Voice(name, None, end, True)
    return None


def _greets(line: str) -> bool:
    """The line opens the remarks on a form of address or a greeting (`Honourable Ministers,`, `Frau Präsidentin!`,
    `Madame la députée, je …`, `Good evening, everyone.`)."""
    tokens = _TOKEN.findall(line)
    saluting = line.endswith((",", ";", "!")) and 2 <= len(tokens) <= _SALUTE_WORDS and not _speech_at(line)
    return saluting or _addressed(line) or greets(line)


_SALUTE_WORDS = 14


def _occasion_under(texts: list[tuple[int, str]]) -> int:
    """The heading's line, or the occasion and date line right under it (`_dated_title`)."""
    n, line = texts[1] if len(texts) > 1 else texts[0]
    return n if _dated_title(line) else texts[0][0]


def _dated_title(line: str) -> bool:
    """`Ouverture solennelle de la session administrative, Jeudi 9 avril 2015` under a speech's heading: the occasion and
    its date, short, a number in it, no sentence's stop, no greeting."""
    dated = any(c.isdigit() for c in line) and len(line.split()) <= _HEADLINE_WORDS and not line.endswith((".", "!", "?", ","))
    return dated and not _opens_body(line)


_OPENING_LINES = 3  # the remarks' first lines: a greeting (`Buongiorno a tutti.`) may come before the first `I`; the heading is
# the surer sign, so one word of the speaker's own voice below it is enough (an excerpt may hold one paragraph), none reported


def _titled_remarks(lines: list[str], metadata: dict | None = None) -> Voice | None:
    head = [n for n, raw in enumerate(lines) if raw.strip()][:_HEAD_LINES]
    if not head:
        return None
    body = next((n for n in head if _opens_body(lines[n].strip()) and not _title_goes_on(lines, n)), len(lines))
    turns = [n for n, raw in enumerate(lines) if _turn(raw.strip())]
    if len(turns) > 1 or any(n >= body for n in turns):
        return None  # turns are labelled: a transcript's labels decide (one field above the remarks, `ARCHIEF: …`, is the page's)
    if body == len(lines) and (introduced := _introduced(lines)) is not None:
        return introduced  # the body starts below the first lines, under a web page's menus and the outlet's intro
    head = [n for n in head if n < body]  # the header ends where the remarks begin (a photo's caption below is no title)
    full_text = any(_introduces(lines[n]) for n in head)  # `… hieronder de hele tekst …`: the outlet gives the speech in full below
    speech_lines = [n for n in head if (_speech_line(lines[n]) and (full_text or not headline_sentence(lines[n]))) or _speaker_field(lines[n])]
    if not speech_lines:  # `Remarks by President NAME leave allies cold`: a headline's sentence, no title, unless the full text follows
        return _page_voice(lines, metadata or {}) or _introduced(lines) or _delivery_noted(lines, head) or _unheaded(lines) or _spoken(lines)
    found = _speaker(lines, head, speech_lines)
    name, at = found if found is not None else ("", speech_lines[0])  # `Talmannens tal vid …`: remarks, whose speaker the copy never names
    end = _header_end(lines, head, speech_lines, at)
    if end is None or not _own_voice(lines[end + 1 :]) or _unaddressed(lines, speech_lines, end):
        return None
    return Voice(name, None, end, True)


def _unaddressed(lines: list[str], speech_lines: list[int], end: int) -> bool:
    """Under the outlet's story (a sentence above the title), a title that may name written words or a column
    (`Statement from Mayor NAME`, parse/headed.py `asks_address`) and a body opening on no form of address: no remarks."""
    title = speech_lines[0]
    story = any(_prose(lines[n]) and lines[n].rstrip().endswith((".", "!", "?")) and not _introduces(lines[n]) for n in range(title))
    first = next((raw.strip() for raw in lines[end + 1 :] if raw.strip()), "")
    return story and asks_address(lines[title]) and not _greets(first)


def _opens_body(line: str) -> bool:
    """The remarks' first line: the opening address (`Honourable Speaker, Mr. NAME ji,`, `o Fellow Kenyans,`) or
    a sentence in the speaker's own voice (`I am truly delighted …`)."""
    if _speech_at(line) and names_in(line, True) and not line.endswith((".", "!", "?")):
        return False  # `… Address to the Nation by the Honourable NAME, …`: a title naming its speaker is the header, never the body
    tokens = [t.lower().strip(".’'").replace("’", "'") for t in _TOKEN.findall(line)]
    saluting = line.endswith((",", ";", "!")) and 2 <= len(tokens) <= 14 and not _speech_at(line) and not _field_line(line)  # `Frau Präsidentin!`, never a page's `Copied!`
    hailing = line.endswith(":") and 2 <= len(tokens) <= 14 and "," in line and _own_words(tokens) > 0 and not _speech_at(line)  # `Señores concejales, autoridades, señoras y señores:`
    quoted = min((k for k in (line.find(mark) for mark in "\"“«„") if k > 0), default=0)
    lead_in = quoted and line[:quoted].rstrip().endswith(":") and len(line[:quoted].split()) >= _LEAD_IN_WORDS  # `… il a mis en garde les élus : "…"`
    own = _own_words(tokens) > 0 and not lead_in  # the story quoting the speaker after its own lead-in (French `mis` is no Spanish `mis`)
    return saluting or hailing or (_prose(line) and not line.endswith(":") and not credited_title(line) and not _introduces(line) and own)


_LEAD_IN_WORDS = 4  # a story's lead-in before a quotation: a clause of its own


def _own_words(tokens: list[str]) -> int:
    """How many words of the speaker's own voice (`I`, `we`, `nous`; `我们`, `여러분` inside a run of characters) the tokens hold."""
    return sum(1 for t in tokens if t in remark_words().own) + sum(t.count(w) for t in tokens if _cjk_letters(t) for w in remark_words().own_infixes)


def _turn(line: str) -> bool:
    """A labelled turn (`MR. DEERE: Hi, everybody.`), not a header's field (`Tarikh : 16-09-2020`)."""
    label = parse_label(line) if ":" in line or "." in line else None
    return label is not None and _prose(label.rest or "") and not credited_title(line)



def _introduced(lines: list[str]) -> Voice | None:
    """The remarks under a web page's furniture and the outlet's intro (`Ante el Congreso, el presidente leyó su último
    discurso …` / `A continuación el discurso en español:`, `… puedes consultar la transcripción de su discurso …`): the
    header is the lines right above the body, however far down the page, and the intro's last paragraph, naming the
    speech or its full text, is a speech line. The speaker is the name the header gives, else no one (no super)."""
    scan = [n for n, raw in enumerate(lines) if raw.strip()][:_SCAN_LINES]
    body = next((n for n in scan if _opens_body(lines[n].strip()) and not _speech_at(lines[n])), None)  # the intro names the speech, the body does not
    head = [n for n in scan if body is not None and n < body][-_HEAD_LINES:]
    intro = lines[head[-1]] if head else ""
    own = sum(1 for t in _TOKEN.findall(intro) if t.lower().replace("’", "'") in remark_words().own)
    if not _prose(intro) or (own > 1 and not _introduces(intro)) or not (_speech_at(intro) or _introduces(intro)) or headline_sentence(intro):
        return None  # `I was nineteen when I first heard … a speech`: a column's own voice, no outlet introducing remarks (`Nous
        # vous proposons ici le texte complet de ce discours :` is the outlet's `we`, offering the full text)
    speech_lines = [n for n in head if _speech_line(lines[n]) or _speaker_field(lines[n])] or [head[-1]]
    found = _speaker(lines, head, speech_lines)
    name, at = found if found is not None else ("", head[-1])
    end = _header_end(lines, head, speech_lines, max(at, head[-1]))
    return Voice(name, None, end, True) if end is not None and _own_voice(lines[end + 1 :]) else None


def _page_voice(lines: list[str], metadata: dict) -> Voice | None:
    """The speaker named by the page's header (`Discurso del Presidente …, NAME, en …` taken as the deck)."""
    header = [str(metadata.get("headline") or "")] + [str(x) for key in ("deck", "editor_notes") for x in metadata.get(key) or []]
    kept = metadata.get("transcript")
    announced = [f"Transcript: {kept}"] if isinstance(kept, str) else [str(x) for x in kept or [] if str(x).lower().startswith("transcript:")]  # `TRANSCRIPT: Mayor NAME on …`, taken as the header
    header += announced
    speech = [n for n, line in enumerate(header) if _speech_line(line) or line in announced]
    found = _speaker(header, list(range(len(header))), speech) if speech else None
    return Voice(found[0], None, -1, True) if found and _own_voice(lines) else None


@dataclass(frozen=True, eq=False, repr=False)
class Heard:
    """Whose words a transcript's unlabelled lines can be, worked out once per transcript and passed on:
    a stamped transcript's turns (parse/unmarked.py), the briefing header's voice (parse/briefing.py), the
    speaker of a text of remarks."""

    stamped: StampedTurns | None
    header: Voice | None
    remarks: Voice | None

    @property
    def voice(self) -> Voice | None:
        """The guest a stamped transcript without labels greets or bills; else the one person a briefing's header
        names when it says the copy is a transcript, else the speaker of a text of remarks, else the header's person."""
        guest = unmarked_guest(self.stamped)
        announced = self.header if self.header is not None and self.header.announced else None
        return guest or announced or self.remarks or self.header


def heard(lines: list[str], metadata: dict | None = None) -> Heard:
    """Whose words the unlabelled lines can be (`Heard`), for the transcript's readers to share."""
    spaced = [unglued(line) for line in lines[:_HEAD_LINES]] + lines[_HEAD_LINES:]  # `MrJamesKariuki`: a PDF's header run together
    header = header_voice(spaced)
    remarks = remarks_voice(spaced, metadata)
    if remarks is None or not remarks.name:  # unnamed remarks (`Talmannens tal …`) yield to the briefer the header names, or
        remarks = held_voice(spaced) or _briefer_remarks(spaced, header) or remarks  # to the office holder a CJK record names
    return Heard(stamped_turns(lines), header, remarks)


def _briefer_remarks(lines: list[str], header: Voice | None) -> Voice | None:
    """A one-voice briefing: its header names the spokesperson (`Press Briefing By Government Spokesperson` /
    `Mr NAME`) and the body under it, labelled nowhere, speaks in their own voice: their remarks."""
    if header is None or any(_turn(raw.strip()) for raw in lines) or any(_prose(raw) for raw in lines[: header.line + 1]):
        return None  # a name in a sentence (`… the statement of Minister NAME …`) is a story's, not a briefing's header
    head = [n for n, raw in enumerate(lines) if raw.strip()][:_HEAD_LINES]
    end = _header_end(lines, head, [], header.line) if header.line in head else None
    return Voice(header.name, header.title, end, True) if end is not None and _own_voice(lines[end + 1 :]) else None


def remarks_lines(lines: list[str], numbers: list[int], read: set[int], kept: set[int], voice: Voice | None) -> tuple[set[int], set[int]]:
    """The line numbers read above the first turn and those kept as the page's furniture, with a text of
    remarks' intro and header lines added (`remarks_header`); `numbers` the lines' numbers, `voice` the
    remarks' speaker (`Heard.remarks`)."""
    intro, header = remarks_header(lines, voice)
    if voice is not None and numbers:  # below the header every line is the speaker's: `Your Majesty,` / `President NAME,` is no wrapped prose to read
        last = numbers[voice.line] if 0 <= voice.line < len(numbers) else numbers[0] - 1
        read = {n for n in read if n <= last}
    read = read | {numbers[n] for n in intro}
    return read, (kept | {numbers[n] for n in header}) - read


def remarks_header(lines: list[str], voice: Voice | None) -> tuple[set[int], set[int]]:
    """The header's lines of a text of remarks whose speaker is `voice` (`remarks_voice`), as (read, kept): the
    outlet's intro (`Following is the speech given by …:`, a lede's sentences above it) is read; the title, cast,
    date and note lines are kept, never read, and so are the notes below (`Check against delivery`, `-ENDS-`).
    Two empty sets when the copy is no such text."""
    if voice is None:
        return set(), set()
    header = [n for n in range(voice.line + 1) if lines[n].strip()]
    read: set[int] = set()
    for n in header:
        read |= {n} if _intro(lines[n].strip(), bool(read)) else set()
    notes = {n for n in range(voice.line + 1, len(lines)) if _furniture(lines[n].strip())} | page_tail(lines, voice.line + 1)  # `-ENDS-`, `Related Stories` below
    return read, (set(header) - read) | notes


def _intro(line: str, below_prose: bool = False) -> bool:
    """The outlet's sentence above the remarks: `IOC President NAME gave the following speech …:`, or a
    lede's sentence that names no speech (`The prime minister offered the opposition seats …`); below the
    outlet's prose, its line announcing the remarks too (`Ci dessous les propos des deux chefs d’Etat`), never
    the heading that names the speaker (parse/headed.py)."""
    sentence = _prose(line) and (len(line.split()) >= 8 or _cjk_letters(line) >= _CJK_SENTENCE)  # `…竹内市長は、…所信を表明しました。`
    lead_in = _prose(line) and len(line.split()) >= 4 and line.endswith(":")  # `A continuación el discurso en español:`
    if below_prose and _prose(line) and len(line.split()) >= _INTRO_WORDS and announced_speaker(line) is None and not any(c.isdigit() for c in line):
        return True
    if not lead_in and len(line.split()) <= _HEADLINE_WORDS and not line.rstrip("\"”’') ）").endswith((".", "!", "?", "…", "。", "！", "？")):
        return False  # `Kenyan leader hails trade corridor on Accra visit`: the story's headline above the remarks, kept
    return lead_in or sentence and (line.endswith((":", ".", "。")) or not _speech_at(line) or _introduces(line) or _SENTENCE_BREAK.search(line) is not None)


_HEADLINE_WORDS = 14  # a headline is short and ends on no stop
_INTRO_WORDS = 5  # the outlet's line announcing the remarks, below its own prose: a sentence's words, no stop needed


def _speech_line(raw: str) -> bool:
    """A header line that says the copy is someone's remarks: a title (`Remarks by …`, `TEKS UCAPAN`,
    `Discurso de …`, `NAME speech at …`, `PM NAME provides update on …`) or an intro closing with a colon (`… gave the following speech:`);
    never a story's sentence (`… delivering a speech where …`) or the speaker's own (`This concludes my
    opening statement.`)."""
    raw = unicodedata.normalize("NFKC", raw)  # `𝗗𝗜𝗦𝗖𝗢𝗨𝗥𝗦 𝗜𝗡𝗧𝗘𝗚𝗥𝗔𝗟 …`: a post's title in mathematical bold letters
    if credited_title(raw):
        return True  # `NAME: 'We build …', Address to …`: the title quotes the speaker's own words
    tokens = [t.lower().strip(".’'").replace("’", "'") for t in _TOKEN.findall(raw)]
    said = _speech_at(raw)
    own = _prose(raw) and any(t in remark_words().own for t in tokens) and not names_in(raw, True)  # `by the Honourable NAME`: a title, no own voice
    if not said or len(tokens) > 40 or (raw.rstrip().endswith("?") and _prose(raw)) or own:
        return False
    if raw.rstrip().endswith(":") and len(tokens) <= 3:
        return False  # `Opening Remarks:`, `INTRODUCTORY REMARKS:`: a section's heading, not the title
    return not _prose(raw) or raw.rstrip().endswith(":") or said[0] < 6  # a title, or the outlet's intro: never a story's sentence


def _byline(line: str) -> bool:
    """`By Jane Okafor`, `Posted by …`, `Written by …`: the page's writer (a `By :` field and `Speech by NAME` name a speaker)."""
    low = line.lower()
    return low.startswith(("by ", "posted by ", "written by ", "por ", "par ")) and not _speech_at(line) and ":" not in line


def _speaker(lines: list[str], head: list[int], speech_lines: list[int]) -> tuple[str, int] | None:
    """The speaker's name and the line that names them: on a speech line or the two under it (a cast
    line, a `By :` field), else a titled name anywhere in the header (the outlet's intro). The fullest
    form wins (`Cristina Fernández` in the title, `Dra. Cristina Fernández de Kirchner` under it)."""
    head = [n for n in head if not _byline(lines[n].strip())]  # `By Jane Okafor`: the writer of the page, no speaker
    head = [n for n in head if n in speech_lines or not _prose(lines[n]) or _speech_at(lines[n]) or lines[n].rstrip().endswith(":")]  # `Principal, Mrs NAME; students …`: an addressee
    near = [n for s in speech_lines for n in (s, s + 1, s + 2) if n in head]
    found = [(name, n) for n in dict.fromkeys(near + head) for name in names_in(lines[n].strip(), n not in near or lines[n].isupper())]
    found += [(lines[n].strip(), n) for n in _lines_above(head, speech_lines) if name_alone(lines[n].strip(), mixed=True)]  # `Rishi Sunak` / `First Address as …`
    found += [(name, n) for n in speech_lines if n in head for name in _speech_of(lines[n], lines) + [heading_name(lines[n])] if name]  # (`NAME: Budget Speech 2019`)
    fields = [(name, n) for n in head if (name := field_name(lines[n]))]
    fields += [(name, m) for n, m in zip(head, head[1:]) if lines[n].strip().lower() in remark_words().keys - {"by"} and (name := field_name(f"{lines[n].strip()}: {lines[m].strip()}"))]  # `Talare` / `NAME`: the field's value on the line below (never `By` / the writer)
    if fields or not found:  # `Oleh/By : NAME` says it outright
        return (display_name(fields[0][0]), fields[0][1]) if fields else _head_person(lines, head)
    first = next(((name, n) for name, n in found if len(name.split()) >= 2), found[0])
    words_of = lambda name: {w.lower() for w in name.split()}  # noqa: E731
    name, at = max((c for c in found if words_of(c[0]) >= words_of(first[0])), key=lambda c: len(c[0].split()))
    return display_name(_genitive(name, lines[at])), at


def _speech_of(line: str, page: list[str]) -> list[str]:
    """`el discurso completo de Ramona Etxeberria al asumir`, `Speech by Tomasz Wrona at …`: the name of two words or more
    after a speech word and `de` / `by` / `from` (styles/remarks.toml speech_by), whether its first name is known or not."""
    tokens = line.rstrip(" :").split()  # `… discurso de Lula:`: the intro's colon closes the name
    by = [j for k in _speech_at(line) for j in range(k + 1, min(k + 4, len(tokens) - 1)) if tokens[j].lower() in remark_words().speech_by]
    runs = [name_run(tokens, j + 1, False) for j in by[:1]]  # `discurso completo de NAME`: an adjective may stand between
    alone = [name_run(tokens, j + 1, True) for j in by[:1]]  # `discurso de Lula`: one word, the surname of a name the page gives
    return [run for run in runs if len(run.split()) >= 2] or [name for run in alone if len(run.split()) == 1 for name in titled_full(run, page)]


def _header_end(lines: list[str], head: list[int], speech_lines: list[int], named: int) -> int | None:
    """The last line of the header: the lines down to the speaker's name and the last speech line that
    is a title or an intro closing with a colon, then the title, date and note lines right under them.
    None when nothing follows."""
    titles = [n for n in speech_lines if not _prose(lines[n]) or lines[n].rstrip().endswith(":")]
    end = max([named, *titles])
    for n in head:
        line = lines[n].strip()
        if n <= end:
            continue
        title = line.isupper() and len(line.split()) <= 12 and not line.endswith((".", "?", "!"))  # a caption dump's rows are sentences
        if _prose(line) and (_speech_at(line) or line.endswith(":")) and not _own_words(_TOKEN.findall(line.lower())):
            end = n  # the outlet's intro under the title (`… Discurso de NAME en su primera toma de posesión.`, `De burgemeester heeft het volgende gezegd:`)
            continue
        if _wraps(lines[n - 1].strip(), line) and n - 1 == end:
            end = n  # `Mensaje del Presidente de los` / `Estados Unidos Mexicanos,` / `licenciado NAME,` / `al término de …`
            continue
        placed = "," in line and len(line.split()) <= _PLACE_WORDS and line[:1].isupper() and not line.endswith((".", ",", ";", ":", "!", "?"))  # `Kiel, Ratssaal des Rathauses`
        if _furniture(line) or title or placed or _field_line(line) or _introduces(line) or (any(c.isdigit() for c in line) and len(line.split()) <= 8) or _dated_title(line):
            end = n  # `PERDANA MENTERI MALAYSIA`, `24 JUNE 2009`, `Check against delivery`, the place under the date
            continue
        break
    return end if end + 1 < len(lines) else None


_PLACE_WORDS = 6  # `Lübbenau, Rathaussaal`: the place and the room under the speech's date


def _title_goes_on(lines: list[str], n: int) -> bool:
    """Line n carries on a speech's title hard-wrapped onto short lines with no blank between (`Mensaje del Presidente
    de los` / `Estados Unidos Mexicanos,` / `licenciado NAME,`): the title's words, never the greeting that opens the body."""
    for k in range(n - 1, max(-1, n - 1 - _WRAP_LINES), -1):
        if not _wraps(lines[k].strip(), lines[k + 1].strip()):
            return False
        if _speech_at(lines[k]):
            return True
    return False


_WRAP_LINES = 6  # the lines a wrapped title runs on


def _furniture(line: str) -> bool:
    low = line.lower().strip(" .")
    return low in remark_words().furniture or any(low.endswith((" - " + note, " – " + note, " — " + note)) for note in remark_words().furniture)


def _own_voice(body: list[str], least: int = 3) -> bool:
    """The body speaks as the speaker (`I`, `we`, `you`, `nous`, `saya`), hardly reports what anyone `said`
    (a story quotes the speaker's `I`, then says who said it), and asks no run of questions (an interview)."""
    tokens = [t.lower().strip(".’'").replace("’", "'") for raw in body for t in _TOKEN.findall(raw)][:_BODY_WORDS]
    own = _own_words(tokens)
    verbs = language_words(story_language(body[:12])).verbs
    reported = sum(1 for t in tokens if t in remark_words().reporting and (t in verbs or t not in every_verb()))  # Dutch `dit` is `this`, no French `dit`
    paragraphs = [raw.strip() for raw in body if raw.strip()]
    asked = sum(1 for line in paragraphs if line.endswith("?") and len(line.split()) < 40)  # an interview's questions
    return own >= least and reported * 8 <= own and reported <= 3 and not (asked >= 2 and asked * 5 >= len(paragraphs))


def _speaker_field(line: str) -> bool:
    """`Redner(in): Gerhard Schröder`, `Speaker: NAME`: a header's field naming who speaks (a `By:` line names a writer)."""
    key = line.partition(":")[0].strip().lower()
    return bool(field_name(line)) and key.split("(")[0].strip() != "by"


def _field_line(line: str) -> bool:
    """`Datum: 19.03.2003`, `Untertitel: …`, `Quelle (evtl. …): http…`: a page's field, a short key and a colon."""
    key, colon, value = line.partition(":")
    tokens = key.split()
    return bool(colon and value.strip()) and 1 <= len(tokens) <= 3 and key[:1].isupper() and not any(c.isdigit() for c in key)


def _lines_above(head: list[int], speech_lines: list[int]) -> list[int]:
    """The header line right above each speech line (the page sets the speaker's name over the speech's title)."""
    return [head[k - 1] for k, n in enumerate(head) if n in speech_lines and k > 0]



def _introduces(line: str) -> bool:
    """`… hebben wij hieronder de hele tekst van de burgemeester.`: the outlet's sentence introducing the full text below."""
    low = " ".join(line.lower().split())
    return _prose(line) and any(phrase in low for phrase in remark_words().full_text)


def _delivery_noted(lines: list[str], head: list[int]) -> Voice | None:
    """A header carrying a speech's delivery note (`Check against delivery`, `Es gilt das gesprochene Wort`) and a body
    in the speaker's own voice below it: the page says it is one person's speech, whoever the header names or not
    (no super then, and a warning); the remarks start below the note."""
    note = next((n for n in head if _furniture(lines[n].strip())), None)
    return Voice("", None, note, True) if note is not None and _own_voice(lines[note + 1 :]) else None


def _unheaded(lines: list[str]) -> Voice | None:
    """One person's remarks pasted with no speech title: the copy opens on a salutation (`Bismillahir Rahmanir Raheem,`,
    `Dear colleagues,`), under at most a few short lines of the page's own (a blog's date, the occasion's name, a
    byline), and nearly every paragraph speaks in the speaker's own voice, quoting hardly anyone. Their remarks, never
    the anchor's read copy: named by a byline with an office (`Von Oberbürgermeister NAME`), else no super and a warning."""
    numbered = [(n, raw.strip()) for n, raw in enumerate(lines) if raw.strip()]
    first = _salutation_at(numbered)
    if first is None:
        return None
    paragraphs = _unwrapped([line for _, line in numbered[first:]])
    if any(line.lower().strip(" ,.!") in remark_words().closings for line in paragraphs):  # `Yours sincerely,`: a letter, written words
        return None
    own = sum(1 for line in paragraphs if any(t.lower().replace("’", "'") in remark_words().own for t in _TOKEN.findall(line)))
    quoted = sum(1 for line in paragraphs if any(mark in line for mark in "\"“”«»„"))
    if own * 5 < len(paragraphs) * 4 or quoted * 5 > len(paragraphs) or not _own_voice(lines[numbered[first][0] :]):
        return None
    above = [line for _, line in numbered[:first]]
    if any(parse_label(line) for line in above):
        return None  # `Anf. 111 NAME (M)` above `Herr talman!`: a record's label names the member, its reader decides
    name = _byline_name(above)
    if not name and any(_byline(line) for line in above):
        return None  # `By Jane Okafor` over `Dear readers,`: a writer's column or letter, written words
    return Voice(name, None, numbered[first - 1][0] if first else -1, True)


_HEADER_WORDS = 12  # a line of the page above a salutation: a date, the occasion's name, a byline, never the outlet's paragraph


def _salutation_at(numbered: list[tuple[int, str]]) -> int | None:
    """Where the salutation opening the remarks stands among the copy's first lines, when every line above it is a
    short line of the page (`Friday, November 23, 2007`, `CHOGM 2007 - Opening Ceremony`); None when a paragraph of
    prose comes first (a story's lead, the outlet's intro)."""
    for k, (_, line) in enumerate(numbered[:_HEAD_LINES]):
        if (len(numbered) - k >= 3 and _opens_body(line) and line.endswith((",", ";", "!"))) or _addressed(line):
            return k
        if len(line.split()) > _HEADER_WORDS or (_prose(line) and line.endswith((".", "?")) and len(line.split()) > 6):
            return None
    return None


def _spoken(lines: list[str]) -> Voice | None:
    """One voice's remarks no title announces, from its greeting to its thanks (parse/pagekind.py `spoken_through`): named
    by a byline with an office above (`Von Oberbürgermeister` / `NAME`, on one line or two), else no super and a warning;
    a writer's byline (`By Jane Okafor`) makes it a column, written words."""
    start = spoken_through(lines)
    if start is None or header_voice(lines) is not None:
        return None  # a briefing's header names its speaker: the briefing's reader (parse/briefing.py) decides
    above = [raw.strip() for raw in lines[:start] if raw.strip()]
    joined = above + [f"{a} {b}" for a, b in zip(above, above[1:])]  # `Von Oberbürgermeister` above `Thomas Thumann`
    name = _byline_name([line for line in joined if line.split()[0].lower() in remark_words().speech_by][-1:])
    if not name and any(_byline(line) for line in above):
        return None
    return Voice(name, None, start - 1, True)


def _byline_name(header: list[str]) -> str:
    """The speaker a byline above the remarks names with their office (`Von Oberbürgermeister NAME`, `By Mayor NAME`); a
    writer's byline names no office, and any other name in the header may be the host or the guest of honour: ""."""
    found = [names_in(line, True) for line in header if line.split()[0].lower() in remark_words().speech_by]
    return display_name(found[0][0]) if len(found) == 1 and len(found[0]) == 1 else ""


