"""Headline and crosshead shapes: a line alone above the story or between its paragraphs that
is no sentence (a headline, a subhead, a list's heading, a quoted subhead, a dated headline).
The page's other lines are in pagelines.py; furniture.py asks both."""

from __future__ import annotations

import re

from scriptfmt import tomlfile
from scriptfmt.parse import headsize

_WEB = tomlfile.load_builtin("furniture.toml")["web"]  # (styles/furniture.toml)


# Small words a service's or outlet's name may hold: `Local Democracy Reporting Service`, `BBC News, Berkshire`.
NAME_LINKS = set(_WEB["name_links"])


_BULLET = re.compile(r"[*•·][ ]+\S")


# Words a wrapped line of copy ends on (`… new measures concerning`): not a headline's last word.
RUNS_ON = set(_WEB["runs_on"])


def runs_on(text: str) -> bool:
    """`… the row was a politically motivated move before the`: a line that stops on a word copy runs on
    from, cut mid-sentence (hard-wrapped or cut by the page); never a headline, a deck or a label."""
    words = text.split()
    return bool(words) and words[-1].lower().strip(",;") in RUNS_ON


def is_headline_line(text: str) -> bool:
    """One line alone above the story: headline-shaped, four words or more, not cut off mid-phrase."""
    words = text.split()
    if any(c in text for c in "[]{}<>") or ". " in text or "? " in text or "! " in text:
        return False  # a cue or marker, or a sentence then more: copy, not a headline
    return is_headline(text) and len(words) >= 4 and not text.isupper() and not runs_on(text)


def is_title_case(text: str) -> bool:
    """`New Minister Says Seoul Will Expand Dialogue`: a headline in title case, not a line of copy."""
    words = [w for w in text.split() if w.lower() not in NAME_LINKS and w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) * 4 >= len(words) * 3 and not text.isupper()


# A quotation that opens the line and closes before a comma or colon: `"No ando buscando pleitos", responde …`.
_QUOTED_LEAD = re.compile(r"[\"“«„‘][^\"“”«»„‘’]{2,200}[\"”»“’][ ]?[,:][ ]")


def answered_quote(text: str, most: int = 24) -> bool:
    """`"No ando buscando pleitos", responde Pérez a Ortiz`, `« Mettez de l'ordre », lance le juge`: a
    headline (or, up to `most` words, a deck) quoting words and answering with who said them in a few
    words, no sentence end after (copy closes its attribution with a full stop)."""
    t = text.strip()
    m = _QUOTED_LEAD.match(t)
    tail = t[m.end() :].split() if m else []
    return 0 < len(tail) <= 8 and len(t.split()) <= most and not t.endswith((".", "!", "?", "…", ",", ";", ":", '"', "”", "»", "’", "'"))


_CJK_ENDS = ("。", "！", "？")  # a Chinese or Japanese sentence's full stop (`…就有記者大聲提問。`)


def ends_sentence(text: str) -> bool:
    """A headline or a caption label has no full stop; a paragraph of copy ends its sentence, inside every
    press's closing marks too (`… verletzt.“`, `… dit-il.»`)."""
    return text.rstrip("”’\"')“»«›‹] 」』").endswith((".", "!", "?", "…", *_CJK_ENDS))


def _stops_inside_quote(text: str) -> bool:
    """`…: „Es wurde niemand verletzt.“`: a full stop inside the closing mark of any press, a sentence of
    copy (a quoted question or exclamation, `'Who pays?'`, may head a page)."""
    return text.rstrip("”’\"')“»«›‹] ").endswith(".") and text.rstrip()[-1:] in "”’\"'“»«›‹"


def is_headline(text: str) -> bool:
    t = text.strip()
    if answered_quote(t):
        return True
    words = [w for w in t.split() if any(ch.isalnum() for ch in w)]  # `Ana Ruiz : « … »`: French spacing sets marks apart, no words
    return 0 < len(words) <= 16 and not t.endswith((".", ":", "?", "!", "”", '"', ",")) and not t.startswith(("[", "(", "“", '"')) and not _stops_inside_quote(t)


# The close of a subhead's quoted words before its tail: `’: Residents describe …`, `' - tenants`.
_SUBHEAD_TAIL = re.compile(r"[’'”\"](?::|[ ][-–—])[ ]")


def is_quoted_subhead(text: str) -> bool:
    """`‘A lot of interest’` alone as a paragraph: a web subhead quoting the story below, not a
    bite (a short quotation with no sentence end inside and nothing around it). The quoted
    words may lead a short tail that is no sentence either: `‘It was like a river’: Residents
    describe the flooding`, `‘Nobody listened’ - tenants`."""
    t = text.strip()
    if len(t) < 3 or t[0] not in "‘'“\"" or len(t.split()) > 40:
        return False
    tail = ""
    if t[-1] not in "’'”\"":
        m = _SUBHEAD_TAIL.search(t, 2)
        if m is None:
            return False
        t, tail = t[: m.start() + 1], t[m.end() :].strip()
        if not tail or tail.endswith((".", ",", "!", "?", "…", ";", ":", "’", "'", "”", '"')) or tail.split()[-1].lower() in RUNS_ON:
            return False  # `‘We moved everything’ - and then we waited.`: a sentence, read
    inner = t[1:-1].strip().strip("‘’'`")  # doubled marks (‘‘…’’) leave a second mark each side
    if not tail and (headsize.size(t) > 16 or headsize.ends_sentence(inner)):
        return False  # a long quotation alone is a bite, and one that ends a sentence (`“這個問題…回答。”`, measured in characters); a long line after a quoted phrase is a caption
    ends = (".", ",", ";", ":") if tail else (".", ",", "!", "?", "…", ";", ":")  # `‘Was it safe?’: tenants ask`
    return 0 < headsize.size(inner) <= 12 and not inner.endswith(ends) and not any(c in inner for c in "“”\"")


# A numbered list's item (`1. Flour`, `2) Water`) or a bare number or time: never a crosshead.
_LIST_ITEM = re.compile(r"\d{1,3}(?:[.)]|[.:]\d{1,2})?(?:[ ]|$)")


def is_subhead(text: str) -> bool:
    """`Uber Eats for pictures`, `What happens next`, `24/7 responsibility`: a crosshead in web
    copy, a few words with no sentence end (a list item, a cue or a lead-in with a colon is not one)."""
    t = text.strip()
    words = t.split()
    return (
        0 < len(words) <= 8 and (t[:1].isupper() or t[:1].isdigit() and not _LIST_ITEM.match(t))
        and not t.isupper() and not t.endswith((".", "!", "?", ":", ";", ",", "…", '"', "”", "’", "'", ")", "]", *_CJK_ENDS)) and not is_bullet(t) and not _stops_inside_quote(t)
    )


def is_list_heading(text: str) -> bool:
    """The heading over a numbered list (`A summary of decisions made since the last statement
    (on 27 March)`): up to 25 words, no sentence end; a lead-in ending in a colon is read."""
    t = text.strip()
    words = t.split()
    return (
        0 < len(words) <= 25 and t[:1].isupper() and not t.isupper() and not t.endswith((".", "!", "?", ":", ";", ",", "…", '"', "”", "’", "'"))
        and not is_bullet(t) and words[-1].lower() not in RUNS_ON and ". " not in t
    )


_DATE_PREFIX = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}:?[ ]+(?=\S)")


def is_dated_headline(text: str) -> bool:
    """`25.07.2024: Berlin and London aim to intensify military cooperation`: a list's headline after its date."""
    m = _DATE_PREFIX.match(text.strip())
    rest = text.strip()[m.end() :] if m else ""
    return bool(rest) and is_headline(rest) and rest[:1].isupper()


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))
