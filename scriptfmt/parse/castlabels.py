"""How a transcript label reads before the cast says who it is (parse/cast.py): an office written
before the name (`PM Lee Hsien Loong:`), a station's call sign as the title (`Name (CNA938):`), the
programme's people by role words (`POLITICAL CORRESPONDENT:`, `HOSTS:`), staff titles, a caller's opening."""

from __future__ import annotations

import re
from dataclasses import replace

from scriptfmt.parse.labels import HONORIFIC, Label, words

__all__ = ["call_sign", "calls_in", "newsmaker", "office_split", "staff_title", "staff_words"]


def staff_words(label: Label) -> bool:
    """`POLITICAL CORRESPONDENT:` (a qualified staff title) or `HOSTS:` (a staff role in the plural), untitled."""
    qualified = label.name.lower().split()
    if label.title:
        return False
    if len(qualified) == 1 and qualified[0].endswith("s") and qualified[0][:-1] in words().staff_roles:
        return True  # `HOSTS: (in unison)`: the programme's people together
    return 2 <= len(qualified) <= 3 and qualified[-1] in words().staff_title_words


def office_split(label: Label) -> Label:
    """`PM Lee Hsien Loong:`, `Prime Minister Trudeau:`: an office before the name is the super's title,
    never part of the name; `Mr N F SHIVAMBU` (the honorific read as the title) is a name with its honorific, untitled."""
    if label.title and HONORIFIC.fullmatch(label.title.strip() + " "):
        return replace(label, name=f"{label.title.strip()} {label.name}", title=None)  # an honorific labels a guest
    tokens = label.name.split()
    if label.title or len(tokens) < 2:
        return label
    for k in range(min(3, len(tokens) - 1), 0, -1):
        lead, rest = tokens[:k], tokens[k:]
        office = " ".join(lead).lower() in words().offices or all(t.lower().rstrip(".") in words().name_titles for t in lead)
        if office and not HONORIFIC.match(label.name + " ") and all(t[:1].isupper() and t.lower() not in words().name_titles for t in rest):
            return replace(label, name=" ".join(rest), title=" ".join(lead))
    return label


def call_sign(title: str | None) -> bool:
    """`CNA938`, `2GB`, `3AW`: a radio station's call sign (letters and digits in one word) as a label's title."""
    word = (title or "").strip()
    return 2 <= len(word) <= 8 and word.isalnum() and word.upper() == word and any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def calls_in(label: Label, opening: str) -> bool:
    """A first voice that introduces itself by first name (`This is Tony`, `it's Dwayne`), or says
    `my name is` or `calling from`: a caller."""
    first_name = label.name.split()[0] if label.name else ""
    if label.role or label.title or not first_name.isalpha():
        return False
    said = opening.lower().replace("’", "'")
    if any(phrase in said for phrase in words().host_phrases):
        return False  # `Hello and welcome to WHO … My name is Christian Lindmeier`: the host says who they are
    named = any(f"{lead} {first_name.lower()}" in said for lead in ("this is", "it's")) and len(label.name.split()) == 1
    return named or any(phrase in said for phrase in ("my name is", "calling from", "i'm calling", "long-time listener", "first-time caller"))


def newsmaker(title: str | None) -> bool:
    """A label's title of office (`Official Spokesperson`), no staff title nor a bare honorific
    (`Dr`): who welcomes the press under it hosts nothing."""
    return bool(title) and not staff_title(title) and not HONORIFIC.fullmatch(title.strip() + " ")


def staff_title(title: str | None) -> bool:
    if not title:
        return False
    staff = words().staff_title_words
    for word in re.findall(r"[^\W\d_][\w-]*", title.lower()):  # letters of any alphabet (`ÂNCORA`)
        if word in staff or any(len(word) >= 8 and sorted(word) == sorted(s) and word[0] == s[0] for s in staff):
            return True  # `CORRSEPONDENT`: a transposed letter is still the programme's correspondent
    return False

