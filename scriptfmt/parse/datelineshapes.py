"""The shapes of a dateline, as patterns (parse/furniture.py reads them): a wire's, an agency's, a
radio wire's, a press release's and a continental desk's day-first place and date."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from scriptfmt import tomlfile


_CALENDAR = tomlfile.load_builtin("calendar.toml")  # every desk's months (styles/calendar.toml)


def month_pattern(short: bool, language: str = "", capitalised: bool = False) -> str:
    """The months of every desk's language (or of `language` alone) as one alternation, longest first (`juli`
    before `jul`); with `short`, the forms desks cut them to as well; `capitalised` as an English dateline writes them."""
    keys = ("months", "abbreviations") if short else ("months",)
    words = {word for key in keys for lang, names in _CALENDAR[key].items() if lang == language or not language for word in names}
    spelt = sorted((word.capitalize() if capitalised else word for word in words), key=lambda word: (-len(word), word))
    return "|".join(regex.escape(word) for word in spelt)


# CITY in capitals, up to two ", Place" parts, an optional (Agency), then a dash (or the colon
# South Asian desks use: `NEW DELHI (PTI):`, `KARACHI:`).
DATELINE = regex.compile(
    r"(?P<place>\p{Lu}[\p{Lu}\p{M}.'’/-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’/-]*){0,3}"
    r"(?:,[ ][\p{L}\p{N}.'’]+(?:[ ][\p{L}\p{N}.'’]+){0,3}){0,2})"
    r"[ ]*(?:\((?P<agency>[^()\n]{1,40})\)[ ]*)?(?P<dash>—|–|--|-|_|:)(?P<space>[ ]*)"
)

# A clock time and its dash alone (`16:50 –`, `4:50pm-`): a live page's entry time (parse/pageentries.py), never a place.
CLOCK_ONLY = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ ]?[aApP]\.?[mM]\.?)?[ ]?(?:-|–|—|:)")

# `Berlin (dpa) -`, `(CNN) —`: a city in mixed case, or no city, needs the agency to be sure.
AGENCY_DATELINE = regex.compile(
    r"(?P<place>(?:\p{Lu}[\p{L}\p{M}.'’/-]+(?:[ ](?:\p{Lu}[\p{L}\p{M}.'’/-]+|\d{1,4}\.?)){0,2}(?:,[ ][\p{L}\p{N}.'’]+(?:[ ][\p{L}\p{N}.'’]+){0,3}){0,2}[ ]*)?)"
    r"\((?P<agency>[^()\n]{1,40})\)[ ]*(?P<dash>\.-|—|–|--|-|_|:|\.|)(?P<space>[ ]*)"  # `MADRID, 21 nov (EFE).-`
)

# Radio wires put the place itself in parentheses: `(LINCOLN, NEB.) --`, `(BOSTON) --`,
# `(West Valley City, UT) --`, `(Undated) --` (a place in mixed case needs the double dash).
BRACKET_DATELINE = regex.compile(
    r"\((?P<place>\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}(?:,[ ]\p{Lu}[\p{L}\p{M}.'’ ]{1,24})?)\)[ ]*(?P<dash>—|–|--|-|:)(?P<space>[ ]+)"
    r"|\((?P<mixed>\p{Lu}[\p{L}\p{M}.'’ -]{1,30}(?:,[ ]\p{Lu}[\p{L}\p{M}.'’ ]{1,24})?)\)[ ]*(?:—|--)[ ]+"
)

# `Chandigarh, February 5 The Cabinet …`, `Mangaluru, Aug 23: After …`: a place and a date before the first sentence, no dash.
DATED_PLACE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{L}\p{M}.'’-]+){0,2},[ ]"
    r"(?:" + month_pattern(True, "en", capitalised=True) + r")\.?[ ]\d{1,2}:?[ ]+(?=\p{Lu})"  # `Mangaluru, Aug 23: After …`
)

# `Roma, 2 ott. -`, `Città del Vaticano, 3 dic. “…`, `Lisboa, 3 de dezembro -`, `Berlin, 3. Juli -`: a continental desk's
# place in mixed case, the day before the month (a month of any desk's language, whole or cut short: styles/calendar.toml),
# perhaps the year, then a dash, a colon or straight into the first sentence or quotation.
@lru_cache(maxsize=1)
def day_first_place() -> regex.Pattern:
    return regex.compile(
        r"\p{Lu}[\p{L}\p{M}'’-]+(?:[ ](?:(?:del|della|de|di|da|do|dos|das|la|le|am|an|der|sur)[ ])?\p{Lu}[\p{L}\p{M}'’-]+){0,2},[ ]"
        r"\d{1,2}\.?[ ](?:de[ ])?(?i:" + month_pattern(short=True) + r")\.?(?:[ ](?:de[ ])?\d{4})?"
        r"(?:[ ]?(?:\.-|—|–|--|-|:)|(?=[ ][\p{Lu}\"“«„‘']))[ ]+(?=[\p{Lu}\"“«„‘'])"
    )


# What an agency's name in a dateline looks like when it is not on the list: `(AAP)`, `(PNA)`,
# `(bdnews24.com)`, `(Ritzau/Reuters)`, `(dpa-AFX)`: a few words, no sentence.
AGENCY_SHAPE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}&.'’/-]*(?:[ ][\p{L}\p{N}&][\p{L}\p{N}&.'’/-]*){0,4}")

# Station call letters: `(KPRC)`, `(WJLA-TV)`, `(CBC)` after a city in mixed case.
STATION = re.compile(r"[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")

# A press release's dateline: `HALIFAX, N.S., March 2, 2026 /CNW/ -`, `NEW YORK, May 1, 2026 /PRNewswire/ --`.
RELEASE_DATELINE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}.'’-]{1,30}(?:[ ]\p{Lu}[\p{L}\p{M}.'’-]{0,30}){0,3}(?:,[ ][\p{L}\p{N}.'’]{1,20}(?:[ ][\p{L}\p{N}.'’]{1,20}){0,2}){0,3}"
    r"[ ]/[\p{L}][\p{L}\p{N}.&-]{1,30}(?:[ ][\p{L}\p{N}.&-]{1,30}){0,2}/[ ]*(?:—|–|--|-)[ ]+(?=\p{Lu})"
)

# `NAIROBI, Kenya, Dec 28-Wajir Woman Representative …`: the place, the date and a dash set solid.
DATED_SOLID = regex.compile(
    r"\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}(?:,[ ]\p{L}[\p{L}.'’]*(?:[ ]\p{L}[\p{L}.'’]*){0,2}){0,2},[ ]"
    r"(?:" + month_pattern(True, "en", capitalised=True) + r")\.?[ ]\d{1,2}[ ]?(?:—|–|--|-)[ ]?(?=\p{Lu})"
)

# `Rio de Janeiro (dpa / – According to …`: a listed agency's bracket left open by the page, then the dash.
OPEN_AGENCY = regex.compile(r"\p{Lu}[\p{L}\p{M}.'’-]+(?:[ ]\p{L}[\p{L}\p{M}.'’-]+){0,3}[ ]\((?P<agency>[\p{L}-]{2,12})[ ]?/[ ]?(?:—|–|--|-)[ ]+(?=\p{Lu})")
