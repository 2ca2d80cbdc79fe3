"""Single lines of a web page that are not the story: a photo caption and its credit in the
shapes picture desks print, an in-story link under its label, the site's promos and a desk's
sign-off. Whole-page shapes (headline blocks, link lists, the footer) are in paragraphs.py."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from scriptfmt import tomlfile
from scriptfmt.parse.headings import is_headline
from scriptfmt.parse.names import name_data
from scriptfmt.sentences import sentences


@lru_cache(maxsize=1)
def agencies() -> frozenset[str]:
    """The news agencies of styles/speech.toml [wire], lower case: the one loader (furniture's wire words use it)."""
    return frozenset(a.lower() for a in tomlfile.load_builtin("speech.toml")["wire"]["agencies"])


def web_alternation(*keys: str) -> str:
    """furniture.toml [web] word lists as one regex alternation, longest first."""
    words = sorted({w for key in keys for w in _web_words(key)}, key=len, reverse=True)
    return "|".join(re.escape(w).replace("\\ ", "[ ]") for w in words)


@lru_cache(maxsize=1)
def _photo_credit() -> re.Pattern[str]:
    """A caption's photo credit in its last parenthesis (`(AP Photo/Jane Doe, File)`), a Reuters credit, or
    a labelled credit closing the caption (`… in Lagos. Photo: Ana Ruiz`, `Photo by Sam Roe`)."""
    return re.compile(
        rf"\((?:[^()]{{0,60}}\b(?:{web_alternation('paren_credit_words')})\b[^()]{{0,60}})\)\s*$|\bREUTERS/[A-Z][\w .'/-]{{1,60}}$"
        rf"|\b(?:{web_alternation('photo_labels', 'source_labels')}):[ ][^.:]{{1,60}}\.?$"
        rf"|\b(?:{web_alternation('photo_labels')})[ ](?:by|courtesy(?:[ ]of)?)[ ][^.:]{{1,60}}\.?$",
        re.I,
    )


# `… on Wednesday, March 11, 2026. THE CANADIAN PRESS/Jacques Boisvert`: an agency in capitals, a slash, the photographer.
_CAPS_CREDIT = regex.compile(r"\b\p{Lu}[\p{Lu}&.' ]{3,40}[ ]?/[ ]?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’-]+){0,3}$")
# `… killed on Wednesday [AFP]`: a caption closing on its credit in square brackets, capitalised.
_BRACKET_CREDIT = regex.compile(r"[ ]\[\p{Lu}[\p{L}/ .,&'’-]{1,40}\]$")  # `[AFP]`, `[PSCU, Standard]`
_PAREN_CREDIT = regex.compile(r"\(\p{Lu}[\p{L}.'’ -]{1,40}/[\p{L}.'’ &-]{2,50}\)\.?$")  # `(Jae Hong/The Associated Press)`
# `… at City Hall on Monday June 19, 2017. (Craig Robertson,Toronto Sun)`: after the sentence, the photographer's
# name (two or three words), a comma and the paper, in brackets.
_PAREN_NAME_CREDIT = regex.compile(r"[.!?”\"’][ ]\(\p{Lu}\p{Ll}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){1,2},[ ]?\p{Lu}[\p{L}.'’&-]*(?:[ ]\p{Lu}[\p{L}.'’&-]*){0,4}\)$")
# `… on Main Street. Jane Doe for The Herald`, `… in Lagos. Getty Images`: after the sentence, a photographer
# working for the paper, or a picture library (styles/furniture.toml [web] picture_sources), with no stop of its own.
_FOR_CREDIT = regex.compile(r"[.!?”\"’][ ]+\p{Lu}\p{Ll}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){1,2}[ ]for[ ](?:the[ ]|The[ ])?\p{Lu}[\p{L}.'’&-]*(?:[ ]\p{Lu}[\p{L}.'’&-]*){0,4}$")
# `… on Monday. (ABC Riverina: Liam Costigan-Hale)`: the outlet and the photographer, a colon between.
_COLON_CREDIT = regex.compile(r"[.!?][ ]\(\p{Lu}[\p{L}.'’&-]*(?:[ ][\p{L}.'’&-]+){0,4}:[ ]\p{Lu}[\p{L}.'’-]*(?:[ ][\p{L}.'’-]+){0,3}\)$")
# `… at Dubai Police. Antonie Robertson / The National`: a sentence, then the photographer and the outlet after a slash.
_SLASH_CREDIT = regex.compile(r"[.!?”\"’)][ ]+(?:[—–-][ ]?)?\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){0,3}[ ]?/[ ]?\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ ]\p{Lu}[\p{L}\p{N}.'’&-]*){0,4}$")
# An agency's caption opens on its place and date in capitals: `ACCRA, GHANA – MARCH 01: A general view …`.
# `… from the hills above. Video / Jane Doe, Sam Roe`: a caption closing on its medium and credit (New Zealand papers).
_MEDIA_CREDIT = regex.compile(r"[.!?”\"’)][ ]+(?:Photo|Photos|Video|Picture|Image|Graphic|Illustration)[ ]?/[ ]?\p{Lu}[\p{L}\p{N}.'’&-]*(?:,?[ ]\p{Lu}[\p{L}\p{N}.'’&-]*){0,8}$")
AGENCY_CAPTION = regex.compile(
    r"\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}(?:,[ ]\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}){0,2}[ ]?[–—-][ ]?"
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)[ ]\d{1,2}(?:,[ ]\d{4})?:[ ]"
)
# `… supplied by the World Food Programme © dpa/pa`: a caption closing on its copyright credit.
_COPYRIGHT_CREDIT = regex.compile(r"[ ]©[ ]?[\p{L}\p{N}][^.!?©]{0,60}$")
_CAPTION_WORDS = 60  # a caption is a sentence or two
_CREDIT_SPAN = 200  # > the longest _photo_credit() or _PAREN_CREDIT match (about 125 characters; t is stripped: no trailing space)


def _names_a_source(inner: str) -> bool:
    """A photo's source in brackets: an agency, a `/` credit or a picture desk's word."""
    low = inner.lower()
    outlet = [p.strip() for p in inner.split(",")]  # `PSCU, Standard`: the photographer or the desk, then the paper
    named = len(outlet) == 2 and all(p[:1].isupper() and 0 < len(p.split()) <= 3 for p in outlet)
    return low in agencies() or "/" in inner or named or any(w in low for w in _web_words("bracket_credit_words"))


def is_caption(text: str) -> bool:
    """A photo caption: `FILE - …`, `Image caption …`, or a line ending in a photo credit."""
    t = text.strip()
    low = t.lower()
    # every credit shape ends the line and is at most 130 characters long: search the tail only
    if low.startswith(("file -", "file –", "file —", "file photo", "file:", "image caption", "media caption", "(photo", "photo:")) or AGENCY_CAPTION.match(t):
        return True
    tail = low[-_CREDIT_SPAN:]
    if len(t.split()) <= 60 and (_picture_source(t) or " for " in tail and _FOR_CREDIT.search(t, max(0, len(t) - _CREDIT_SPAN))):
        return True
    # each credit shape needs one of these: `(…)` at the end, `REUTERS/`, `Photo: `, `Photo by ` / `courtesy`
    if not (t.endswith((")", "]", ").")) or "/" in tail or ":" in tail or " by " in tail or "courte" in tail or "©" in tail):
        return False
    start = max(0, len(t) - _CREDIT_SPAN)
    if t.endswith("]") and len(t.split()) <= 60 and (m := _BRACKET_CREDIT.search(t, start)):
        return _names_a_source(m.group()[2:-1])  # `[AFP]`, `[GALLO/GETTY]`; never a cue (`[SOT]`, `[VO]`)
    if "©" in tail and len(t.split()) <= 40 and _COPYRIGHT_CREDIT.search(t, start):
        return True
    if len(t.split()) <= 60 and (_COLON_CREDIT.search(t, start) or _SLASH_CREDIT.search(t, start) or _MEDIA_CREDIT.search(t, start)):
        return True
    if len(t.split()) <= 60 and _PAREN_NAME_CREDIT.search(t, start):
        return True
    return bool(_photo_credit().search(t, start) or _PAREN_CREDIT.search(t, start) or _CAPS_CREDIT.search(t, start))


_CAPTION_SENTENCES = 2  # a caption is a sentence or two before its credit


def copy_before_caption(text: str) -> int | None:
    """Where a photo's caption starts at the end of a paragraph of copy (`«Havarie …» meldete die Polizei.
    Der Schlitten sei umgekippt, teilte sie mit. Der Schlitten am Hafenbecken. Bild: Polizei`): a caption
    is a sentence or two before its credit, so a paragraph with more sentences than that before a
    closing credit is the story's with the caption run on; its last sentence and the credit are the
    caption, the rest is read (None: the paragraph is no such thing)."""
    t = text.rstrip()
    if len(t.split()) <= _CAPTION_SENTENCES * 6 or not is_caption(t) or t.lower().startswith(("file", "(photo", "photo:")) or AGENCY_CAPTION.match(t):
        return None
    told = [at for at, piece in sentences(t) if any(w[:1].islower() for w in piece.split())]  # sentences, not credits
    if len(told) <= _CAPTION_SENTENCES:
        return None
    return told[-1] if is_caption(t[told[-1] :]) else None


def _picture_source(t: str) -> bool:
    """`… during the storm. Getty Images`, `… in 2019. (Supplied)`: a sentence closed by a picture library or
    `Supplied`, a word no story ends on (an agency's bare name may sign a story off, so it is not one)."""
    low = t.lower().rstrip(")")
    for source in _web_words("picture_sources"):
        if low.endswith(source) and len(low) > len(source) + 2:
            before = low[: len(low) - len(source)].rstrip("( ")
            return before.endswith((".", "!", "?", "”", '"', "’")) and len(before.split()) >= 4
    return False


@lru_cache(maxsize=1)
def _labelled_credit() -> re.Pattern[str]:
    """`Foto: Jane Doe, dpa`, `Photo: Lena Marsh/Herald`, `PIC: Paul Beutel`: a photo's credit alone on its line, after its label."""
    return re.compile(rf"(?i:{web_alternation('photo_labels')})[ ]?:[ ]?\S")


_CREDIT_LINE_WORDS = 12


def is_credit_line(text: str) -> bool:
    """A photo credit alone on its line, under its caption: `Foto: Arcangelo Nashmi, dpa`, or a short
    line in capitals that ends on the picture desk's word (`INQUIRER FILE PHOTO`, `CONTRIBUTED PHOTO`)."""
    t = text.strip()
    words = t.split()
    caps = t.isupper() and 0 < len(words) <= _CAPS_CREDIT_WORDS and words[-1].lower().strip(".") in _web_words("photo_labels")
    library = t.strip("()[] .").lower() in _web_words("picture_sources")  # `Getty Images` alone under its photo
    return caps or library or bool(_labelled_credit().match(t)) and len(words) <= _CREDIT_LINE_WORDS


_CAPS_CREDIT_WORDS = 4


def slash_credit_start(text: str) -> int | None:
    """Where `… the scene of the robbery. Ella Dionisio/DMS` turns from the sentence to its
    `Name/Outlet` credit (after the sentence's closing mark), or None."""
    t = text.rstrip()
    m = _SLASH_CREDIT.search(t, max(0, len(t) - _CREDIT_SPAN))
    return m.start() + 1 if m else None


# A mark a page sets before a link or a sign-off: `• Read also: …`, `- jane@paper.com`, `-- BERNAMA`.
# A web page's address as copy writes it (`https://…`, `www.…`), and an e-mail address (bounded: linear on any line).
WEB_ADDRESS = re.compile(r"https?://|www\.")
_EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"
LINK_LINE = re.compile(rf"(?:{WEB_ADDRESS.pattern})\S{{3,300}}|{_EMAIL}")  # a line that is only a link or an address (fullmatch)
ANY_ADDRESS = re.compile(rf"{WEB_ADDRESS.pattern}|{_EMAIL}")  # a web or e-mail address anywhere in a line (search)
LEAD_MARK = re.compile(r"(?:[•·▪►»]|-{1,2}|[–—−])[ ]+(?=\S)")
# `Watch "…" tonight on CTV National News`, `Download the KQTV app for breaking news alerts`: the site's own promo.
_PROMO = re.compile(r"(?i:watch|listen|tune in|stream|download|get)\b[^.!?]{0,120}\b(?i:app|tonight on|live on|on demand|podcast|newsletter)\b")
# A comment box's prompt: `Let us know by leaving a comment below …`, `Tell us in the comments`.
_COMMENT_PROMPT = re.compile(r"(?i:\bcomments?[ ](?:below|section)\b|\bin[ ]the[ ]comments\b)")
# A desk's initials or a credit alone in parentheses: `(BMcC)`, `(Yonhap)`, `(Reuters-Yonhap)`.
_PAREN_SIGN_OFF = re.compile(r"\(([A-Za-z][A-Za-z.&]{1,12}(?:[-/ ][A-Za-z][A-Za-z.&]{1,12}){0,2})\)")


_CONTACT_LABELS = ("contact", "email", "e-mail", "tel", "phone", "twitter", "instagram")


@lru_cache(maxsize=32)
def _web_words(key: str) -> frozenset[str]:
    """A word list of furniture.toml [web] that only these single-line shapes use, lower case."""
    return frozenset(w.lower() for w in tomlfile.load_builtin("furniture.toml")["web"][key])


_COUNT = re.compile(r"\(?\d{1,5}\)?")  # `Comments (12)`, `0 comment`


def opens_comments(text: str) -> bool:
    """`Leave a Reply`, `Post new comment`, `Kommentare (3)`, `12 Comments`: the heading over the
    readers' comments or the comment form; the story is over above it."""
    words = [w for w in text.strip().rstrip(":!.").lower().split() if not _COUNT.fullmatch(w)]
    return 0 < len(words) <= 6 and " ".join(words) in _web_words("comment_openers")


def _is_reaction_count(text: str) -> bool:
    """A comment's counter under it: `12 likes`, `3 replies`, `Reply (2)`."""
    words = text.lower().split()
    if len(words) != 2:
        return False
    count, word = (words[0], words[1]) if words[0].isdigit() else (words[1].strip("()"), words[0])
    return count.isdigit() and len(count) <= 6 and word in _web_words("reaction_words") and (words[0].isdigit() or words[1][:1] + words[1][-1:] == "()")


def is_comment_control(text: str) -> bool:
    """`Reply`, `Report`, `12 likes`: a reader's comment's own controls, alone on their line."""
    t = text.strip()
    return t.lower().rstrip(".!·| ") in _web_words("comment_controls") or _is_reaction_count(t)


def is_form_field(text: str) -> bool:
    """`Your name: *`, `E-Mail Address: *`: a comment form's field, its label marked required; or a
    comment's controls (`Reply`, `12 likes`)."""
    t = text.strip()
    return t.endswith("*") and not t.startswith("*") and 0 < len(t.rstrip("* :").split()) <= 5 or is_comment_control(t)


_CONTROL_WORDS = 3  # a run of the page's controls this long, glued before a sentence, is no sentence's opening


@lru_cache(maxsize=1)
def _control_prefixes() -> tuple[str, ...]:
    """The reader-control words, longest first (sorted once: every line of a page is tested)."""
    return tuple(sorted(_web_words("control_prefixes"), key=len, reverse=True))


def _controls_end(text: str) -> int:
    """Where the run of the page's reader controls at the start of `text` ends (0: none)."""
    low, at = text.lower(), 0
    prefixes = _control_prefixes()
    while True:
        found = next((p for p in prefixes if low.startswith(p, at) and low[at + len(p) : at + len(p) + 1] in (" ", "")), None)
        if found is None:
            return at
        at = len(text) - len(text[at + len(found) :].lstrip())


def control_run(text: str) -> int:
    """How many characters at the start of `text` are the page's reader controls run into the first
    paragraph (`Save Log in, register or subscribe to save articles for later. Normal text size …`),
    when a capitalised sentence follows them; else 0. One short control alone (`Save the date`) is copy."""
    at = _controls_end(text)
    rest = text[at:]
    return at if len(text[:at].split()) >= _CONTROL_WORDS and rest[:1].isupper() and len(rest.split()) >= 8 else 0


def is_control_row(text: str) -> bool:
    """`Save Share Print`, `Normal text size Larger text size`: a line of nothing but the reader's controls."""
    t = text.strip()
    return len(t.split()) >= 2 and _controls_end(t) == len(t)


def is_button(text: str) -> bool:
    """`Read now`, `Sign up ›`: the button closing a promo box set in the copy."""
    return text.strip().rstrip(".!›>→ ").lower() in _web_words("buttons")


def is_link_label(t: str) -> bool:
    head, colon, rest = t.partition(":")
    words = rest.split()
    lead = head.split()
    if colon and 2 <= len(lead) <= 5 and lead[0].lower() in _web_words("promo_labels") and 0 < len(words) <= 20:
        return True  # `WATCH THE VIDEO ABOVE: Siege ends.`, `Listen to the full interview: …`: the page's own media (`VIDEO: …` alone may head the story)
    if colon and head.strip().lower() in _CONTACT_LABELS and 0 < len(words) <= 6 and ("@" in rest or "email" in rest or any(c.isdigit() for c in rest)):
        return True  # `Contact: news@paper.com`, `Tel: 555 0100`
    if colon:
        return len(head.split()) <= 5 and _ends_on_link_label(head) and 0 < len(words) <= 20 and not rest.rstrip().endswith((".", "!", "?", '"', "”"))
    return _glued_link_label(t)


def _glued_link_label(t: str) -> bool:
    """`Also readBusiness owners urged to back …`: a link label run into the linked headline, no space
    (a label's last word in lower case, the headline's first in capitals), the headline no sentence."""
    first = t.split(None, 2)
    for n in (1, 2):
        if len(first) <= n:
            return False
        word = first[n - 1]
        cut = next((i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()), 0)
        if cut and " ".join(first[: n - 1] + [word[:cut]]).lower() in _web_words("link_labels"):
            rest = t[t.index(word) + cut :]
            return 0 < len(rest.split()) <= 20 and not rest.rstrip().endswith((".", "!", "?", '"', "”"))
    return False


def _ends_on_link_label(head: str) -> bool:
    """`Also read`, `Your Friends Also Read`, `Leia também`: the label's last words are a link label (whole words: `Baltimore` is no `more`)."""
    words = head.strip().lower().split()
    return any(" ".join(words[-n:]) in _web_words("link_labels") for n in range(1, min(len(words), 3) + 1))


def is_slash_credit(t: str) -> bool:
    """`Jane Doe / Field Images / Stockframe`: a photo credit alone, names and agencies between
    slashes (one part of two words or more, not all capitals: `VO/SOT` is script markup)."""
    parts = [p.strip() for p in t.split("/")]
    if not 2 <= len(parts) <= 4 or t.isupper() or any(c in t for c in ".!?:;\"“”"):
        return False
    sizes = [len(p.split()) for p in parts]
    return all(0 < n <= 4 for n in sizes) and max(sizes) >= 2 and all(w[:1].isupper() or w == "&" for p in parts for w in p.split())


# A desk's or an agency's short tag closing a paragraph: `(PNA)`, `(Rer)`, `(red)`.
_DESK_TAG = re.compile(r"[A-Z]{2,5}|[A-Z][a-z]{2,3}|[a-z]{2,4}")


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Words a bracket holds as a production or transcript cue (`(SOT)`, `(BEAT)`, `(sic)`): never a desk's tag."""
    data = tomlfile.load_builtin("furniture.toml")["transcript"]
    return frozenset(w.lower() for w in data["cue_starts"] + data["cue_words"] + ["vo", "sot", "nat", "pkg", "end", "more", "file", "ots", "cg"])


def is_paren_sign_off(t: str) -> bool:
    """`(Yonhap)`: a listed agency, or agencies joined; `(BMcC)`: a desk's initials in mixed case (never a co-anchor's `(DEV)`)."""
    m = _PAREN_SIGN_OFF.fullmatch(t)
    if m is None:
        return False
    parts = [p for p in re.split(r"[-/ ]", m.group(1)) if p]
    if all(p.lower() in agencies() for p in parts):
        return True
    return len(parts) == 1 and len(parts[0]) <= 6 and not parts[0].isupper() and not parts[0].islower() and sum(c.isupper() for c in parts[0]) >= 2


# A shop-the-story block's disclosure: `… We may earn a commission when you buy through our links.`
_DISCLOSURE = re.compile(r"\b(?i:we (?:may|might|could) (?:earn|receive|get) (?:a |an )?(?:small |affiliate )?commission)\b")


_LIST_HEADING_WORDS = 5  # `More` + up to three words of section + `Videos`


def _is_list_heading(text: str) -> bool:
    """`More World Videos`, `Latest Business News`, `Other Stories`: the heading over the site's own list of pieces."""
    words = text.split()
    return 2 <= len(words) <= _LIST_HEADING_WORDS and words[0].lower() in _web_words("list_heading_starts") and words[-1].lower() in _web_words("list_heading_kinds")


def is_promo(t: str) -> bool:
    """`Download the KQTV app for breaking news alerts` (no sentence end), a comment box's prompt, a shop's
    disclosure or the heading over the site's own pieces (`More World Videos`)."""
    words = len(t.split())
    if _is_list_heading(t):
        return True
    return words <= 60 and bool(_DISCLOSURE.search(t)) or words <= 40 and bool(_COMMENT_PROMPT.search(t)) or words <= 20 and not t.endswith((".", "!", "?")) and bool(_PROMO.match(t))


def signs_off(text: str, start: int, end: int) -> bool:
    """`… shown melting. (Yonhap)`, `… rispettare le regole". (Rer)`, `… Albayalde said. (PNA)`: the agency's
    or the desk's tag after the paragraph's last sentence (never read); a cue in brackets (`(LAUGHS)`) is no tag."""
    if end != len(text.rstrip()) or not text[:start].rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    inner = text[start + 1 : end - 1]
    return is_paren_sign_off(text[start:end]) or bool(_DESK_TAG.fullmatch(inner)) and inner.lower() not in _cue_words()


_NAME_JOINS = re.compile(r",[ ]+|(?<![ ])[ ]+(?:AND|&)[ ]+")  # a space run is tried from its first space only: linear


def is_dash_caps_byline(text: str) -> bool:
    """`- SAMANTHA BEATTIE, DAVID RIDER AND JENNIFER PAGLIARO CITY HALL BUREAU`: a print page's byline in
    capitals after a dash: reporters' names joined by commas and AND, perhaps the desk last; each name
    opens with a known first name (a line of radio copy in capitals does not)."""
    t = text.strip()
    rest = t[1:].strip() if t[:1] in "-–—" else ""
    if not rest.isupper() or len(rest.split()) > 16 or rest.endswith((".", "!", "?", ":", ",")):
        return False
    names = [part.split() for part in _NAME_JOINS.split(rest)]
    last = " ".join(names[-1]).lower()
    desk = next((d for d in sorted(_web_words("byline_desks"), key=len, reverse=True) if last.endswith(" " + d)), "")
    if desk:
        names[-1] = names[-1][: len(names[-1]) - len(desk.split())]
    return (len(names) >= 2 or bool(desk)) and all(2 <= len(name) <= 3 and name[0].lower() in name_data().first_names for name in names)


_ROW_SEPARATOR = re.compile(r"(?<![ ])[ ]+[•|·][ ]+")  # a space run is tried from its first space only: linear


def _is_meta_row(text: str) -> bool:
    """`Postmedia News • Feb 04, 2022 • 34 minutes ago • 1 minute read`, `Jane Doe MP | Party Leader`:
    a row of short parts a web page prints above or below the story, or a ticker of three headlines or
    more (`Ministers resign over budget row | Floods cut off villages | …`); copy has sentences."""
    if "•" not in text and "|" not in text and "·" not in text:
        return False  # most paragraphs: no separator, no regex split
    parts = _ROW_SEPARATOR.split(text)
    longest = max(len(p.split()) for p in parts)
    fits = longest <= _ROW_PART_WORDS or len(parts) >= _TICKER_PARTS and longest <= _TICKER_PART_WORDS  # a ticker: other stories' headlines in a row
    return len(parts) >= 2 and fits and all(p.split() and not p.endswith((".", "!", "?")) for p in parts)


_ROW_PART_WORDS = 6
_TICKER_PARTS = 3
_TICKER_PART_WORDS = 16


CRUMB_SEPARATOR = re.compile(r"(?<![ ])[ ]*[»›→][ ]*|(?<![ ])[ ]+>[ ]+")  # a space run is tried from its first space only: linear
_CRUMB_WORDS = 6  # a section's name in the trail; the page's own title closes it and may be longer
_TITLE_WORDS = 20


# `cityhall_to / Toronto, ON`: an embedded post's header, the account's handle and its place.
_HANDLE_ROW = regex.compile(r"@?[a-z0-9][a-z0-9_.]{2,29}[ ]?/[ ]?\p{Lu}")


def is_handle_row(text: str) -> bool:
    """`cityhall_to / Toronto, ON Councillor Jane Doe`: an embedded photo's header (an account's handle,
    a slash, its place and caption), a line of the page, never read."""
    t = text.strip()
    m = _HANDLE_ROW.match(t)
    if not m or len(t.split()) > _TITLE_WORDS or t.endswith((".", "!", "?", '"', "”")):
        return False
    handle = t[: m.end()].split("/")[0].strip()
    return handle[:1] == "@" or any(c in handle for c in "_.0123456789") or bool(_PLACE_CODE.match(t, m.end() - 1))  # `and / Or` is no handle


_PLACE_CODE = regex.compile(r"\p{Lu}[\p{L} .'-]{1,30},[ ]\p{Lu}{2}\b")  # `Toronto, ON`


def is_breadcrumb(text: str) -> bool:
    """`Home » Website » National » Interviews » Coffee with the sheikh`, `Inicio › Política`: the page's
    navigation trail (sections, then perhaps the page's title), never a headline, a deck or a name."""
    if not any(mark in text for mark in "»›→>") or any(mark in text for mark in "‹«\"“”„") or text.rstrip().endswith((".", "!", "?", ",")):
        return False  # most paragraphs: no separator, no regex split; `» When they say ›temporary‹, …«, she said.` quotes
    parts = [p.strip() for p in CRUMB_SEPARATOR.split(text.strip())]
    if len(parts) < 2 or not all(parts[:-1]) or any(p.endswith((".", "!", "?")) for p in parts[:-1]):
        return False
    return len(parts) >= 3 and all(len(p.split()) <= _CRUMB_WORDS for p in parts[:-1]) and len(parts[-1].split()) <= _TITLE_WORDS


_DOUBLE_REACH = 40  # characters: a control's label is short
_DOUBLE_LEAST = 4


def doubled_control(text: str) -> int:
    """`buscar noticiasbuscar noticias`, `Menu Menu`: a control of the page printed twice (its label and
    its icon's text); how many characters it takes at the start of the line (0: none). Run together
    (`noticiasbuscar`), it may have the headline glued after it; with a space between, only the whole
    line counts (`Very very good news` is copy)."""
    low = text.lower().rstrip()
    for n in range(_DOUBLE_LEAST, min(_DOUBLE_REACH, len(low) // 2) + 1):
        half = low[:n]
        if not half[:1].isalpha() or half[-1:] == " ":
            continue
        if low[n : 2 * n] == half and (2 * n == len(low) or " " in half and not text[2 * n : 2 * n + 1].islower()):
            return 2 * n  # run together: `buscar noticiasbuscar noticiasCircula …` (a place, `ComoComo, 3 mar.`, is a dateline glued)
        if low[n : n + 1] == " " and low[n + 1 :] == half and len(half.split()) <= _CRUMB_WORDS // 2 and not any(c in half for c in ".,!?"):
            return len(low)  # `Menu Menu`; a sentence said twice (`Ce sera en juin. Ce sera en juin.`) is speech
    return 0


# A linked headline with its outlet after it: `Konta angry at ‘patronising’ questions after loss (The Guardian)`.
_OUTLET_LINK = regex.compile(r"[ ]\((?:The[ ])?\p{Lu}[\p{L}&.'’-]*(?:[ ]\p{Lu}[\p{L}&.'’-]*){0,3}\)$")


@lru_cache(maxsize=1)
def _gallery_count() -> re.Pattern[str]:
    """A photo gallery's counter alone on its line, in any desk's language: `1 de 6`, `Photo 2 of 12`, `Bild 3 von 8`,
    `4/10` (styles/furniture.toml [web] `gallery_words`, styles/markup.toml `part_of_words`)."""
    of = "|".join(map(re.escape, tomlfile.load_builtin("markup.toml")["bite"]["part_of_words"]))
    return re.compile(rf"(?i:(?:{web_alternation('gallery_words')})[ ])?\d{{1,3}}[ ]?(?:{of}|/)[ ]?\d{{1,3}}")


def is_page_row(text: str) -> bool:
    """A line of the page set among a transcript's turns or a story's paragraphs: a row of links
    (`Link to this: Individually | In context | Oireachtas source`), a linked headline with its
    outlet in brackets, the player's prompt (`Listen back here`), or a photo's caption with its credit
    (`… desde Palacio Nacional. (Infobae/Jovani Pérez).`)."""
    t = text.strip()
    if t.lower().rstrip(".!:… ") in _web_words("player_prompts") or is_caption(t) and len(t.split()) <= _CAPTION_WORDS:
        return True
    if _is_meta_row(t) or is_breadcrumb(t) or is_handle_row(t) or doubled_control(t) and len(t.split()) <= _TITLE_WORDS:  # a headline glued to it stays with it (no word cut)
        return True
    if _gallery_count().fullmatch(t):
        return True  # `1 de 6`, `Foto 2 of 12`: a photo gallery's counter set in the text
    low = t.lower().rstrip(".:!… ")
    if low in _web_words("skip_links") or low in _web_words("block_openers") or opens_comments(t) and not t.endswith("?"):
        return True  # `Back to top`, `TE RECOMENDAMOS`, `Comments`: the page's navigation and its closing blocks
    m = _OUTLET_LINK.search(t, max(0, len(t) - 60))
    head = t[: m.start()] if m else ""
    words = head.split()
    if len(words) < 4 or sum(w[:1].isupper() for w in words) * 2 > len(words) or any(c in head for c in "«»“”\".!?:()"):
        return False  # a headline in sentence case; `Lord Lansley Portrait The Leader of the House (Mr Lansley)` is a speaker's line
    return is_headline(head) and head[:1].isupper()


_OPEN_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:-]{1,30})(?:[ ][^<>]{0,400})?>")  # `<image>`, `<img src="…">`; never WebVTT's `<v Name>`
_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]{0,400}>")
_MARKUP_WORDS = 8  # the words between the tags: a link or a label, no paragraph of copy


def is_markup_line(text: str) -> bool:
    """`<image>https://…/reservoir.jpg</image>`, `<img src="…" alt="Flooded road">`, `<iframe …></iframe>`: a
    page's markup pasted with its copy, one element on its line (closed by its own tag, with attributes,
    or self-closing) around a link or a few words: the page's, never a cue and never read."""
    t = text.strip()
    m = _OPEN_TAG.match(t)
    if not m or not t.endswith(">"):
        return False
    closed = t.endswith(f"</{m.group(1)}>") or t.endswith("/>") or "=" in m.group(0)
    inner = _ANY_TAG.sub(" ", t).strip()
    return closed and len(inner.split()) < _MARKUP_WORDS

