"""Wire furniture: the parts of raw copy that are about the story, not of it.

Header lines (`SLUG: …`), headline, byline, editor's note, Reuters summary bullets and
advisory lines, the dateline (`BRUSSELS (AP) —`), desk asides (`(see related story)`) and
trailing credits (`(Reporting by …; Editing by …)`) go to metadata: not read, not timed,
but kept. Word lists live in styles/speech.toml under [wire].
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import re

import regex

from scriptfmt import tomlfile
from scriptfmt.parse.brackets import is_heading_direction
from scriptfmt.parse.datelineshapes import DATELINE as _DATELINE, AGENCY_DATELINE as _AGENCY_DATELINE, BRACKET_DATELINE as _BRACKET_DATELINE, DATED_PLACE as _DATED_PLACE, day_first_place, month_pattern, AGENCY_SHAPE as _AGENCY_SHAPE, STATION as _STATION, RELEASE_DATELINE as _RELEASE_DATELINE, DATED_SOLID as _DATED_SOLID, OPEN_AGENCY as _OPEN_AGENCY, CLOCK_ONLY
from scriptfmt.parse.headings import NAME_LINKS, RUNS_ON, is_bullet, is_dated_headline, is_headline, is_headline_line, is_list_heading, is_quoted_subhead, is_subhead, is_title_case, runs_on
from scriptfmt.parse.labels import names_a_speaker
from scriptfmt.parse.rulelines import is_separator, past_rule  # noqa: F401  (is_separator: the page's readers ask it here)
from scriptfmt.parse.names import name_data
from scriptfmt.parse.runtimes import TAPE_CODE
from scriptfmt.parse.pagelines import AGENCY_CAPTION, LEAD_MARK, agencies, control_run, copy_before_caption, doubled_control, is_breadcrumb, is_button, is_caption, is_dash_caps_byline, is_control_row, is_credit_line, is_form_field, is_page_row, is_link_label, is_markup_line, is_paren_sign_off, is_promo, is_slash_credit, opens_comments, signs_off, web_alternation, LINK_LINE
from scriptfmt.parse.transcriptwords import words as transcript_words

# caption and sign-off shapes live in pagelines, headline and crosshead shapes in headings; callers ask furniture
__all__ = ["RUNS_ON", "control_run", "copy_before_caption", "doubled_control", "is_breadcrumb", "is_bullet", "is_button", "is_credit_line", "opens_comments", "is_caption", "is_page_row", "is_dated_headline", "is_headline_line", "is_list_heading", "is_paren_sign_off", "is_quoted_subhead", "is_slash_credit", "is_subhead", "is_title_case", "runs_on", "signs_off"]

# The value runs greedily to the end of the line (stripped after): no lazy run before trailing
# spaces, which backtracked on long runs of spaces (issue 14).
_HEADER = re.compile(r"[ \t]*([A-Za-z][A-Za-z'’ _-]{0,23}?)[ \t]*:[ \t]*(\S.*)")
_CAPS_BYLINE = regex.compile(r"[-–—][ ]?\p{Lu}[\p{Lu}.'’-]+(?:[ ]\p{Lu}[\p{Lu}.'’-]+){1,3}$")  # `- ASANDA SOKANYILE`
_EDITORS_NOTE = re.compile(r"(?i:editor['’]?s[ ]+note\b|eds?:[ ])")  # `Editor's note: …`, AP's `Eds: UPDATES …`
# An AP wire keyword line: `BC-US--Ohio-Bridge/`, `AP-EU--Britain-Strike,1st Ld-Writethru`; the keyword is the slug.
_WIRE_SLUG = re.compile(r"(?:\^|\*)?(?P<slug>(?:BC|AP)-[A-Z]{2,4}(?:-{1,2}[A-Za-z0-9&.']{1,30}){1,6})(?:[/,][^\n]{0,80})?")


@dataclass(frozen=True, eq=False, repr=False)
class WireWords:
    header_keys: frozenset[str]
    aside_starts: tuple[str, ...]
    credit_starts: tuple[str, ...]
    credit_ends: tuple[str, ...]
    agencies: frozenset[str]


@lru_cache(maxsize=1)
def wire_words() -> WireWords:
    data = tomlfile.load_builtin("speech.toml")["wire"]
    return WireWords(
        frozenset(k.lower() for k in data["header_keys"]),
        tuple(a.lower() for a in data["aside_starts"]),
        tuple(c.lower() for c in data["credit_starts"]),
        tuple(c.lower() for c in data["credit_ends"]),
        agencies(),
    )


def header_line(line: str, cue_words: set[str] | dict) -> tuple[str, str] | None:
    """`SLUG: SUMMIT` -> ("slug", "SUMMIT"); None when the line is not a header line."""
    m = _HEADER.fullmatch(line)
    if not m:
        return None
    key, value = m.group(1).strip(), m.group(2).rstrip()
    norm = " ".join(key.lower().replace("_", " ").split())
    if norm in web_words().email and not key.isupper():
        return norm.replace(" ", "_").replace("-", "_"), value  # `From:` `To:` `Subject:` of an e-mailed story
    if key.upper() in cue_words and norm not in wire_words().header_keys:
        return None  # CG: JANE DOE is a cue line, not metadata
    words = len(value.split())
    if norm in _turn_roles() and (words > 4 or value.rstrip().endswith((".", "!", "?", ","))):
        return None  # `ANCHOR: Good evening, I'm …`, a question hard-wrapped (`QUESTION: Minister, thank you … come back`): a turn
    if norm not in wire_words().header_keys and value.rstrip().endswith((".", "!", "?")) and (words > 1 or len(key) <= 2):
        return None  # `KAGAN: Good evening.`, `Q: Is it safe?`: a speaker's label before a sentence
    if norm in wire_words().header_keys and words <= 20 or (key.isupper() and len(key.split()) <= 3 and words <= 12):
        return norm.replace(" ", "_"), value
    return None


# Header keys that radio and TV scripts also use as a label before the copy a person reads.
_SPEAKER_LABELS = {"anchor", "talent", "host", "presenter", "anncr", "announcer", "reporter", "co-anchor"}


@lru_cache(maxsize=1)
def _turn_roles() -> frozenset[str]:
    """`QUESTION:`, `JOURNALIST:`, `GUEST:`: the roles whose label opens a turn, not a header (built once, not per line)."""
    return frozenset(_SPEAKER_LABELS | transcript_words().staff_roles | transcript_words().guest_roles)


def is_speaker_label(word: str) -> bool:
    """`ANNCR`, `ANCHOR`, `HOST` … written in capitals before a colon."""
    return word.isupper() and word.lower() in _SPEAKER_LABELS


def split_radio_dateline(text: str) -> tuple[str, str] | None:
    """`(West Valley City, UT) -- Text`: the next story on a radio wire's page, its place in parentheses."""
    return split_dateline(text) if _BRACKET_DATELINE.match(text) else None


def split_dateline(text: str) -> tuple[str, str] | None:
    """`BRUSSELS (AP) — Text` -> ("BRUSSELS (AP) —", "Text"), else None. ANSA puts its name first and the
    place and date after it: `(ANSA) - ROMA, 2 DIC - Text` is one dateline. A clock time alone (`16:50 –`) is a
    live page's entry time (parse/pageentries.py), no place."""
    found = None if CLOCK_ONLY.match(text) else _split_dateline(text)
    if found and found[0].startswith("(") and (more := _split_dateline(found[1])) and not more[0].startswith("("):
        return f"{found[0]} {more[0]}", more[1]
    return found


def _split_dateline(text: str) -> tuple[str, str] | None:
    if (m := _OPEN_AGENCY.match(text[:80])) and m.group("agency").lower() in wire_words().agencies:
        return text[: m.end()].rstrip(), text[m.end() :]
    if AGENCY_CAPTION.match(text[:120]):
        return None  # `ACCRA, GHANA – MARCH 01: A general view …`: a photo agency's caption, no dateline
    if (m := _DATED_SOLID.match(text[:120])) and len(text[m.end() :].split()) >= 8:
        return text[: m.end()].rstrip(), text[m.end() :]
    if (m := day_first_place().match(text[:90])) and len(text[m.end() :].split()) >= 8:
        return text[: m.end()].rstrip(), text[m.end() :]
    if " /" in text[:160] and (m := _RELEASE_DATELINE.match(text[:200])):
        return text[: m.end()].rstrip(), text[m.end() :]
    m = _BRACKET_DATELINE.match(text) or _DATED_PLACE.match(text)
    if m and text[m.end() : m.end() + 1].isupper() and (m.re is _DATED_PLACE or (m.group("place") or m.group("mixed")).lower() not in _not_an_agency()):
        return text[: m.end()].rstrip(), text[m.end() :]  # `(LINCOLN, NEB.) -- STATE LAWMAKERS …`
    m = _DATELINE.match(text)
    if m and m.group("agency") and not _is_agency(m.group("agency").strip(), m.group("place")):
        m = None
    if m and not m.group("space") and m.group("dash") == "—" and text[m.end() : m.end() + 1].isupper() and sum(c.isalpha() for c in m.group("place")) >= 4:
        pass  # `JANESVILLE—Police Chief …`: an em dash set solid, as US papers print it
    elif not m or not m.group("space") and not (m.group("agency") and text[m.end() : m.end() + 1].isupper()):
        m = _AGENCY_DATELINE.match(text)
        place = m.group("place").strip() if m else ""
        if not m or not _is_agency(m.group("agency").strip(), place if m.group("dash") or place.split(",")[0].isupper() else ""):
            return None
        if not m.group("space") and not text[m.end() : m.end() + 1].isupper():
            return None  # `(CNN)The storm` and `(Reuters) -The IMF` run on; `(AP) -x` does not
        if m.group("dash") == "." and not _is_agency(m.group("agency").split("/")[0].strip()):
            return None  # `Potsdam/Cottbus (dpa/bb). Text`: German desks close the dateline with a stop; only a listed agency's
    place = m.group("place")
    if len(place.split(",")[0].split()) > 4:
        return None
    has_agency = bool(m.group("agency"))
    if text.isupper() and not has_agency:
        return None  # an all-caps TV sentence with a dash is not a dateline
    if m.group("dash") in "-_" and not has_agency and "," not in place and not _hyphen_place(place, text[m.end() :]):
        return None  # "FBI - the bureau" style: a bare hyphen needs an agency or a place, to be safe
    if m.group("dash") == ":" and not has_agency and not _colon_place(place, text[m.end() :]):
        return None
    rest = text[m.end():]
    if not rest.strip():
        return None
    if has_agency and not _is_agency(m.group("agency").strip()) and not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“‘'"):
        return None  # `Berlin (police) - a statement followed`: an unlisted name needs a sentence after it
    return text[: m.end()].rstrip(), rest


# `Mumbai: A …`, `Nairobi — A …`, `Bremen - Der …` (German desks' spaced hyphen): a place in mixed
# case before the first sentence, no agency.
_MIXED_LEAD = regex.compile(r"(?P<place>\p{Lu}\p{Ll}[\p{L}\p{M}'’-]{1,30}(?:[ ]\p{Lu}[\p{L}\p{M}'’-]{1,30}){0,2})(?:[ ]?:|[ ](?:—|–|--|-))[ ]+(?=\p{Lu})")


# `LUMUT, The …`: a place in capitals and a comma before a sentence opening on an article (after a comma a
# sentence's own next word is never `The`): a dateline whose date the page left off.
_CAPS_COMMA = regex.compile(r"\p{Lu}[\p{Lu}\p{M}'’-]{3,}(?:[ ]\p{Lu}[\p{Lu}\p{M}'’-]+){0,2},[ ]+(?=(?:The|A|An)[ ])")


_DASH = re.compile(r"[ ](?:—|–|--|-)[ ]+(?=[A-Z])")
# A German regional paper's dateline: the place, a slash and the paper's code in capitals (`Annaburg/MZ -`, `Halle (Saale)/MZ -`).
_PLACE_SLASH_PAPER = regex.compile(r"\p{Lu}\p{Ll}[\p{L}\p{M}.'’-]*(?:[ ]\p{Lu}[\p{L}\p{M}.'’-]+){0,2}(?:[ ]\([\p{L}]{2,20}\))?/\p{Lu}{2,6}[ ](?:—|–|--|-)[ ]+(?=\p{Lu})")
_DATE_REACH = 45  # characters: `Wednesday, September 30, 2026` and its dash


def split_lead_dateline(text: str) -> tuple[str, str] | None:
    """The dateline of a story's first paragraph: any agency's or station's (split_dateline), or a
    place in mixed case and a colon or dash (`Mumbai:`, `Nairobi —`) before a full sentence."""
    found = split_dateline(text)
    if found or text.isupper() or CLOCK_ONLY.match(text):  # (`16:50 – La conferencia termina.`: a live page's entry time, no dateline)
        return found
    if (m := _CAPS_COMMA.match(text)) and len(text[m.end() :].split()) >= 8:
        return text[: m.end()].rstrip(), text[m.end() :]  # `LUMUT, The Maharaja Lela-class ship …`: the place, its date left off
    if (m := _PLACE_SLASH_PAPER.match(text)) and len(text[m.end() :].split()) >= 8:
        return text[: m.end()].rstrip(), text[m.end() :]  # `Annaburg/MZ - Ich habe es selbst erlebt.`: the place and the paper's code
    if (m := _DASH.search(text, 0, _DATE_REACH)) and is_date_line(text[: m.start()]) and len(text[m.end() :].split()) >= 8:
        return text[: m.end()].rstrip(), text[m.end() :]  # `Friday, November 11, 2022 – Nairobi County Governor …`: a blog's date as its dateline
    m = _MIXED_LEAD.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    head = m.group("place").lower()
    if head in name_data().first_names or head in _not_a_place() or head.endswith("ly") or len(rest.split()) < 8 or names_a_speaker(head):
        return None  # `Anna: The zoo …` is a reader's label; `Update: …` a note
    if not rest.rstrip("”’\"'») ").endswith((".", "!", "?", "…")):
        return None  # `Lauf: Thief flees …` with no sentence end: an item's headline, the lede is a sentence
    return text[: m.end()].rstrip(), rest


def _hyphen_place(place: str, rest: str) -> bool:
    """`NEW YORK - A torrential downpour …`: a city in capitals, a spaced hyphen, then a full
    sentence; a short acronym (`FBI - The bureau`) or a label is not a place."""
    letters = sum(c.isalpha() for c in place)
    return letters >= 4 and _colon_place(place, rest)


def _colon_place(place: str, rest: str) -> bool:
    """`KARACHI: The provincial …`: a place in capitals before a colon opens the story; a label
    (`UPDATE:`, `WATCH:`, `ANCHOR:`), a speaker (`SMITH: We …` in a short line) or a first name
    alone (`ANNA:`, a co-anchor's label) does not."""
    head = place.split(",")[0].strip().lower()
    if "," not in place and head in name_data().first_names:
        return False  # `ANNA: The zoo …`: a co-anchor's name before her copy, not a place
    if "," not in place and names_a_speaker(head):
        return False  # `JOHN DANISZEWSKI: Thank you …`, `President's Word: …`: a speaker or a heading, never a place
    return rest[:1].isupper() and len(rest.split()) >= 8 and head not in _not_a_place() and not is_speaker_label(head.upper())


@lru_cache(maxsize=1)
def _not_a_place() -> frozenset[str]:
    data = tomlfile.load_builtin("furniture.toml")
    return _not_an_agency() | frozenset(w.lower() for w in data["transcript"]["staff_roles"] + data["transcript"]["guest_roles"] + data["web"]["headline_prefixes"] + data["web"]["not_places"])


@lru_cache(maxsize=1)
def _not_an_agency() -> frozenset[str]:
    """Labels that stand in parentheses after a name or place but name no agency (`(pictured)`, `(file)`)."""
    return transcript_words().not_speakers


def _is_agency(name: str, place: str = "") -> bool:
    """A listed agency or station anywhere; after a place, any name shaped like an agency."""
    if name.lower() in wire_words().agencies or _STATION.fullmatch(name):
        return True
    return bool(place) and bool(_AGENCY_SHAPE.fullmatch(name)) and name.lower() not in _not_an_agency()


@lru_cache(maxsize=1)
def _byline() -> regex.Pattern:
    """A byline's label (styles/furniture.toml [web] byline_labels, longest first), perhaps after a page's
    bullet or dash and with one between the label and the name (`- Geschrieben von: - Anna Weber`)."""
    return regex.compile(rf"(?:[-–—•][ ]?)?(?i:{web_alternation('byline_labels')}):?[ ]+(?:[-–—][ ]?)?\p{{Lu}}")


def is_byline(text: str) -> bool:
    """`By JANE DOE, Associated Press`, `Por: Ana Gil, editora`, `- Geschrieben von: - Anna Weber` — short, and
    not a sentence (`By Friday the port reopened.`)."""
    t = text.strip()
    labelled = bool(_byline().match(t)) or bool(_CAPS_BYLINE.match(t))
    return labelled and len(t.split()) <= 14 and not t.endswith((".", ":", "?", "!")) or is_dash_caps_byline(t)


def is_agency_line(text: str) -> bool:
    """`Associated Press`, `AP Diplomatic Writer`, `Reuters` on a line after a byline."""
    words = text.strip().rstrip(".").split()
    if not words or len(words) > 6:
        return False
    low = text.strip().rstrip(".").lower()
    return low in wire_words().agencies or low.endswith(" writer") or low.endswith(" correspondent") or any(
        low.startswith(a + " ") for a in wire_words().agencies
    ) or _is_outlet(text.strip())


def _is_outlet(text: str) -> bool:
    """The byline's second line naming the reporter's service, desk or outlet: a few capitalised
    words and no sentence end (`Local Democracy Reporting Service`, `BBC News, Berkshire`)."""
    words = text.replace(",", " ").split()
    return (
        0 < len(words) <= 6 and not text.endswith((".", "!", "?", ":", '"', "”")) and not is_date_line(text)
        and all(w[:1].isupper() or w.lower() in NAME_LINKS for w in words)
    )


def is_name_byline(text: str, nxt: str) -> bool:
    """`Imogen Carstairs` over `BBC News, Teesside`: a reporter's name alone on a line (two to
    four capitalised words, nothing else) with the outlet's line under it."""
    words = text.strip().split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words) and is_agency_line(nxt) and not is_date_line(nxt)


def wire_slug(line: str) -> str | None:
    """`BC-US--Ohio-Bridge/2nd Ld-Writethru` -> "BC-US--Ohio-Bridge" (the line a wire story opens with)."""
    m = _WIRE_SLUG.fullmatch(line.strip())
    return m.group("slug") if m else None


def is_editors_note(text: str) -> bool:
    return bool(_EDITORS_NOTE.match(text))


def is_aside(inner: str) -> bool:
    """A desk note in parentheses: `see related story`, `Reporting by …`, `Adds quote in paragraph 3`. A note
    holding a tape's time code (`video time/natural sound 0:23:05:00-0:23:20:00`) is the editor's direction, a cue;
    a clock time (`Updates at 14:05 GMT …`) leaves the desk's note an aside."""
    low = inner.strip().lower()
    if TAPE_CODE.search(low):
        return False
    return any(low == a or low.startswith(a + " ") or low.startswith(a + ":") for a in wire_words().aside_starts)


def is_advisory(text: str) -> bool:
    """A whole paragraph in parentheses that is a desk note: `(Adds minister's reaction in paragraph 3)`."""
    t = text.strip()
    return t.startswith("(") and t.endswith(")") and ")" not in t[1:-1] and is_aside(t[1:-1])


# The reporter's note at the end of a station's page: `Dana Ruiz covers the city for WXYZ. Reach her at …`.
_BIO = re.compile(r"\b(?:covers|reports on|writes about)\b[^.]{0,120}\.[ ](?:Reach|Contact|Email|Follow)[ ](?:him|her|them)\b")
# The writer's note at the foot: `Jane Roe is a senior reporter for the Gazette …`, `Sam Lee is the paper's health editor.`
_STAFF_BIO = regex.compile(
    r"\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){1,3}[ ]is[ ](?:a|an|the)[ ](?:[\p{L}'’-]+[ ]){0,4}"
    r"(?:reporter|correspondent|journalist|writer|editor|columnist|producer|contributor|photographer|photojournalist|intern|fellow)s?\b"
)


def is_credit(text: str) -> bool:
    text = past_rule(text.strip()) or text  # `_______Yesterday …`: a rule run into the page's prose, no credit
    low = text.strip().lstrip("—–- ").lower()  # `— With files from Reuters`
    if not low:
        return False
    if low.startswith("(") and low.endswith(")") and is_aside(low[1:-1]):
        return True
    if low.startswith(wire_words().credit_starts) or low.endswith(wire_words().credit_ends) or low.startswith(web_words().credit_starts):
        return True
    return len(low.split()) <= 40 and bool(_BIO.search(text) or _STAFF_BIO.match(text.strip()))


# `(END)`, `ENDS`, `- ENDS -`: the end of a wire story or press release; the rest of the page is not the story.
_END_MARK = re.compile(r"\(ENDS?\)|-?[ ]?ENDS[ ]?-?\.?|END OF (?:RELEASE|STORY)", re.I)


def is_link_line(text: str) -> bool:
    return bool(LINK_LINE.fullmatch(text.strip()))


def is_end_mark(text: str) -> bool:
    t = text.strip()
    if t.lower().rstrip(".…! ") in ("more to follow", "more follows", "more to come", "details to follow", "enditem", "end item"):
        return True  # a breaking story's last line on the page: what follows is the site's, not the story's
    return t == "-30-" or bool(_END_MARK.fullmatch(t)) and (t.isupper() or t.startswith("("))  # `-30-`: a release's end


# --- web furniture ------------------------------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class WebWords:
    starts: tuple[str, ...]
    ends: tuple[str, ...]
    equals: frozenset[str]
    prefixes: frozenset[str]
    email: frozenset[str]
    block_openers: frozenset[str]
    credit_starts: tuple[str, ...]
    appeals: tuple[str, ...]
    summary_labels: frozenset[str]
    player_prompts: frozenset[str]


@lru_cache(maxsize=1)
def web_words() -> WebWords:
    data = tomlfile.load_builtin("furniture.toml")["web"]
    low = lambda key: tuple(w.lower() for w in data[key])  # noqa: E731
    return WebWords(low("line_starts") + low("header_prompts"), low("line_ends"), frozenset(low("line_equals") + low("section_labels")), frozenset(low("headline_prefixes")), frozenset(low("email_headers")), frozenset(low("block_openers")), low("credit_starts"), low("appeal_starts"), frozenset(low("summary_labels")), frozenset(low("player_prompts")))


# `UPDATE 2-`, `RPT-`, `EXCLUSIVE-`: an edition tag in capitals before a headline.
_EDITION = re.compile(r"([A-Z][A-Z ]{1,20}?)(?:[ ]?\d{1,2})?[ ]?-(?=\S)")
@lru_cache(maxsize=1)
def _month() -> re.Pattern:
    """A date's words: a day and a month of any desk's language (styles/calendar.toml; English ones may be cut short),
    either way round (`3 maja`, `Nov 5`, `November 2025`, `15-JUL-2019`: next to its number, for a month may be a name, `Maja Nowak, 24`),
    a clock time, a numeric date, a GMT time, `3 hours ago`."""
    months = month_pattern(False) + "|" + month_pattern(True, "en")
    return re.compile(
        r"\b\d{1,2}(?:st|nd|rd|th)?\.?[ -](?:de[ ]|of[ ])?(?:" + months + r")\b|\b(?:" + months + r")\.?,?[ -]\d"
        r"|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{3,4}[ ]?GMT\b"
        r"|\b\d{1,2}[ ](?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)[ ]ago\b",
        re.I,
    )


_FOLLOW = re.compile(r"(?i:follow)\b.{0,80}\b(?i:on (?:twitter|x|instagram|facebook|threads|bluesky|tiktok|linkedin))\b|(?i:follow)\b.{0,60}@\w")
# A photo credit alone on a line: `Jane Doe/Getty Images`, `Nora Whitcomb / Montana Public Radio`. The slash is spaced on
# both sides or neither: `… SALVADOR ALLENDE/ MILHARES DE MORTOS E` is a script's pause mark in read copy.
_CREDIT_LINE = regex.compile(r"\p{Lu}[\p{L}.'’ -]{1,40}(?:/|(?<=[ ])/[ ])\p{Lu}[\p{L}\p{N}.'’ &-]{1,50}")
# A German desk's sign-off: editors' initials and sources, `jv/rt (dpa, Reuters)`.
# ... an AFP desk's `bur-jmi/ach`, Ritzau's `/ritzau/`.
_SIGN_OFF = re.compile(r"[a-z]{1,4}(?:[-/][a-z]{1,4}){1,4}(?:[ ]*\([^()\n]{1,60}\))?|/[a-z]{2,12}/|/[A-Za-z]{2,12}|==[ ]?[A-Z][A-Za-z]{1,20}")  # ... `/BNT`, Kyodo's `==Kyodo`
# An embedded post as a page prints it: `… every day. — Jane Doe (@janedoe) June 18, 2020`, then
# perhaps `Source: Jane Doe/Twitter`; searched in the paragraph's tail only.
_EMBED = re.compile(r"[—–-][ ][^—–()\n]{1,60}[ ]\(@\w{1,30}\)[ ](?:January|February|March|April|May|June|July|August|September|October|November|December)[ ]\d{1,2},[ ]\d{4}\b|pic\.twitter\.com/\w")
_EMBED_SPAN = 220
# A pull quote printed without marks: `… for non-essential purposes. - Ann Cavoukian, Privacy by Design Centre`.
_PULL_CREDIT = regex.compile(r"[.!?…][ ][-–—][ ]\p{Lu}[\p{L}'’.-]+(?:[ ]\p{Lu}[\p{L}'’.-]+){1,3},[ ]\p{Lu}[^.!?\n]{1,100}$")
_MIN_READ = re.compile(r"(?i:\d{1,2}[ -]?min(?:ute)?s?[ ]read)")


def edition_prefix(text: str) -> bool:
    """`UPDATE 2-Shares fall`, `EXCLUSIVE-…`: a wire headline's edition tag."""
    m = _EDITION.match(text)
    return bool(m) and m.group(1).strip().lower() in web_words().prefixes


def opens_link_block(text: str) -> bool:
    """`Related Topics`, `More on this story`, `Most read`, `Keywords`: a heading over a list of links."""
    t = text.strip().rstrip(":").lower()
    if t.startswith("related ") and t.endswith((" stories", " news", " articles", " links", " coverage", " content", " topics")) and len(t.split()) <= 6:
        return True  # `Related Northern Ireland News Stories`
    return t in web_words().block_openers or t.startswith("list of ") and t.endswith(" items")


def is_link_block_line(text: str) -> bool:
    """A line in a block of links: a topic or a linked headline, short and not a sentence (or set as a list item)."""
    t = text.strip()
    if LEAD_MARK.match(t) and len(t.split()) <= 25:
        return True  # `- Floods recede, but the mud remains.`: a linked headline set as a list item
    return 0 < len(t.split()) <= 20 and not t.endswith((".", "!", ":", ";", ",", '"', "”", "’")) and not t.startswith(("“", '"', "‘"))


def is_place_subhead(text: str) -> bool:
    """`Dillingen: Girls break into school for sweets` or `Dillingen:` alone between paragraphs: a
    page of short items, each under its place and headline; a speaker's name, a first name
    alone or a label (`Update:`) is not a place."""
    head, colon, rest = text.strip().partition(":")
    words = head.split()
    if not colon or not 0 < len(words) <= 3 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return False
    if head.lower() in name_data().first_names or head.lower() in _not_a_place() or names_a_speaker(head.lower()):
        return False
    rest = rest.strip()
    return not rest or rest[:1].isupper() and is_headline(rest) and not rest.isupper()


def is_summary_label(text: str) -> bool:
    """`In short:`, `Key points:`, `At a glance`: the label over a page's summary box."""
    return text.strip().rstrip(":").lower() in web_words().summary_labels


def is_caption_label(text: str) -> bool:
    """`Image caption,` / `Media caption` alone on a line: the caption follows on the next one
    (after a public-radio page's `toggle caption`, the photo credit)."""
    return text.strip().rstrip(",:").lower() in ("image caption", "media caption", "caption", "photo caption", "video caption", "toggle caption")


def is_credit_label(text: str) -> bool:
    """`Echo:`, `Newsquest:`, `Picture: PA`: a photo credit printed as a label, one to three
    capitalised words before (or around) a colon. A first name alone (`Anna:`) is a reader's label."""
    t = text.strip()
    head, colon, value = t.partition(":")
    words = head.split() + value.split()
    if not colon or not 0 < len(words) <= 3 or t.isupper() or not all(w[:1].isupper() for w in words) or any(c in t for c in ".!?\"“”"):
        return False
    return head.strip().lower() not in name_data().first_names and head.strip().lower() not in _not_a_place() - {"photo", "image", "credit", "picture", "pictured"}


def is_date_line(text: str) -> bool:
    """`Updated 3:45 PM EST, Tue June 3, 2025`, `June 3, 2025`: a short time stamp, not a sentence; or a
    short line in lower case that ends on the clock (`el jueves pasado a las 18:23`, `vor 2 Tagen um 14:05`)."""
    t = text.strip()
    if _ago().fullmatch(t.rstrip(" ·|•")):
        return True
    words = t.split(None, 12)  # 13 pieces: too long already
    if 0 < len(words) <= _CLOCKED_WORDS and t[:1].islower() and _CLOCK_END.search(t, max(0, len(t) - 16)):  # no script's `RUNS 1:30`
        return True
    return 0 < len(words) <= 12 and not t.endswith((".", "?", "!", '"', "”", "]", ")")) and bool(_month().search(t)) and any(c.isdigit() for c in t) and sum(
        w[:1].islower() for w in words
    ) <= 3


_CLOCKED_WORDS = 8


@lru_cache(maxsize=1)
def _ago() -> re.Pattern[str]:
    """A live page's or a teaser's relative time stamp alone on its line, in every desk's language: `2 hours ago`, `il y
    a 2 heures`, `vor 5 Minuten`, `hace 3 horas`, `3 ore fa`, `for 2 timer siden` (styles/furniture.toml [web] ago_*)."""
    lead, before, units, after, after_units = (web_alternation(key) for key in ("ago_labels", "ago_before", "ago_units", "ago_after", "ago_after_units"))
    return re.compile(rf"(?i:(?:(?:{lead})[ ])?(?:{before})[ ]\d{{1,3}}[ ](?:{units})\.?|\d{{1,3}}[ ]?(?:{after_units})\.?[ ](?:{after}))")


_CLOCK_END = re.compile(r"\b\d{1,2}:\d{2}(?:[ ]?(?i:[ap]\.?m\.?|h|hrs|uhr))?$")  # a clock time closing the line


def is_appeal(text: str) -> bool:
    """`Your support helps us to tell the story`, `Sign up to our free newsletter …`: the site
    asking its reader for money or an e-mail address, never the story."""
    t = text.strip()
    return t.lower().startswith(web_words().appeals) and len(t.split()) <= 40


def is_web_furniture(text: str) -> bool:
    """Lines of a web page that are not the story: captions, `Read more:`, `2 Min Read`,
    `Reuters Staff`, `Follow X on Twitter`, separators, copyright and related links."""
    t = text.strip()
    low = t.lower().rstrip()
    if not t:
        return False
    lead = LEAD_MARK.match(t)
    rest = t[lead.end() :].strip() if lead else ""
    if lead and (_is_web_line(rest) or rest.lower() in wire_words().agencies or t[0] in "-–—−" and rest.isalpha() and _signs_off_word(rest)):
        return True  # `• Read also: …`, `-- BERNAMA`, `− red`: the agency or the desk signs off under its story
    return _is_web_line(t)


def _signs_off_word(word: str) -> bool:
    """`BERNAMA` (an agency in capitals) or `red`, `ots` (a desk's short tag in lower case) alone after a dash."""
    return word.isupper() and len(word) >= 3 or word.islower() and len(word) <= 4


def _is_web_line(t: str) -> bool:
    t = past_rule(t) or t  # `_______Headline again. Yesterday, …`: a rule run into the page's text, judged on its own
    low = t.lower().rstrip()
    if is_link_label(t) or is_paren_sign_off(t) or is_promo(t) or is_form_field(t) or opens_comments(t) or is_control_row(t):
        return True
    if low in web_words().equals or low.rstrip(".…!:|–—- ") in web_words().equals or _MIN_READ.fullmatch(t):
        return True
    if low.lstrip("*").startswith(web_words().starts) and not is_heading_direction(t) or low.endswith(web_words().ends) or is_appeal(t.lstrip("*")):  # `*Subscribe to …`
        return True
    if _FOLLOW.match(t) and len(t.split()) <= 20:
        return True
    if len(t) > 8 and t[:3] == t[-3:] and t[:3] in ("+++", "***", "===", "---", "###"):
        return True  # `+++ A year on: the verdict +++`: a teaser set between marks
    if t.startswith(">>") and is_headline(t[2:]) and not t[2:].strip().isupper():
        return True  # a radio wire's `>>Headline` over the next story
    if _SIGN_OFF.fullmatch(t) or _CREDIT_LINE.fullmatch(t) and len(t.split()) <= 10 or is_page_row(t) or is_slash_credit(t):  # page rows: skip links too
        return True
    if LINK_LINE.fullmatch(t) or is_markup_line(t) or is_credit_line(t):
        return True  # a bare link or the reporter's e-mail address; the page's markup pasted in; a photo's credit alone
    if ("(@" in t[-_EMBED_SPAN:] or "pic.twitter" in t) and _EMBED.search(t, max(0, len(t) - _EMBED_SPAN)):
        return True  # a post embedded in the page, not the desk's copy
    if len(t.split()) <= 60 and not any(c in t for c in "\"“”«»„") and _PULL_CREDIT.search(t, max(0, len(t) - _EMBED_SPAN)):
        return True  # a pull quote set without marks, its speaker after a dash
    return is_caption(t) and len(t.split()) <= 80
