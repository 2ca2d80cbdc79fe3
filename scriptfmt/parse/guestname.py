"""Where a guest's name ends on the page: the one cutter every source of an interview's guest goes
through (the desk's forms in parse/holder.py and the names parse/standfirst.py finds at the top).

A desk writes the guest's name and then what the piece is about; the name stops there:
  1. before a list of what the guest does (`Jane Wanjiru Blogs, Codes, Reads and Consults.`): a
     headline in title case capitalises the verbs too, and the first of them sits right after the
     name, inside the run of capitalised words;
  2. at a word the headline cuts short (`… – Minister Keheliya Ramb...`): the cut word names nobody;
     the full name is the one the piece writes elsewhere with a word that starts so (`Rambukwella`),
     else there is no name;
  3. a role is no name (`Nigerian Governor`, `Chief Minister`): a post as its last word and no first
     name before it; who holds it is for the copy to say, never for us to guess.
A Japanese top writes the guest's name in kanji with an honorific after it and no space (`講師の湯之下葉子さんに`):
the name is the run of two to five kanji right before the honorific (`honorific_name`); a longer run has a title glued
to the name (`市長田中太郎さん`) and names nobody we can cut with certainty.
"""

from __future__ import annotations

import re

from scriptfmt.parse.holder import is_post
from scriptfmt.parse.names import gender_of_first, name_data
from scriptfmt.parse.qawords import interview_words

__all__ = ["fit_name", "honorific_name", "initialled_person", "listed_after", "pictured", "quoted_only"]

_CUT = ("...", "…")


def fit_name(name: str, lines: list[str], whole: list[str] | None = None) -> str | None:
    """`name` as far as it really goes in `lines` (the top of the copy): cut before a list of verbs,
    completed from `whole` (the piece) where the top cuts it short, None where it is a role or a
    cut word nothing completes."""
    for raw in lines:
        line = " ".join(raw.split())
        at = line.find(name)
        if at < 0:
            continue
        after = line[at + len(name):]
        if after.startswith(_CUT):
            return _completed(name, whole or lines)
        if after.startswith(",") and len(name.split()) >= 3 and listed_after(after[1:].split()):
            name = name.rsplit(" ", 1)[0]  # `Jane Wanjiru Blogs, Codes and Reads`: the first verb is no name
    return None if _role(name) else name


def listed_after(rest: list[str]) -> bool:
    """The words after a comma list single words to the end of the sentence, two at least with an
    `and` before the last (`Codes, Reads and Consults.`): with the word before the comma, three things
    the guest does, none of them a name (names in a list have two words: `Ana Ruiz and Tomas Reyes`)."""
    ands = interview_words()["name_ands"]
    for k, token in enumerate(rest):
        if token.lower() not in ands:
            continue
        items, final = rest[:k], rest[k + 1:]
        ends = len(final) == 1 or (len(final) > 1 and final[0].endswith((".", "!", ":", ";")))
        commas = all(item.endswith(",") for item in items[:-1])
        shaped = all(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*[,.!:;]?", item) for item in items + final[:1])
        return k >= 1 and ends and commas and shaped
    return False


def _completed(name: str, whole: list[str]) -> str | None:
    """The cut name written in full elsewhere: the name with its cut word made the longer word the
    piece writes that starts with it, hyphens and all (`Keheliya Ramb` -> `Keheliya Rambukwella`, `Okonkw` ->
    `Okonkwo-Bello`); None if nothing does."""
    stem = name.split()[-1]
    for raw in whole:
        for m in re.finditer(rf"(?<![\w]){re.escape(stem)}(\w+(?:[-'’]\w+)*)", raw):
            full = " ".join(name.split()[:-1] + [stem + m.group(1)])
            if len(full.split()) >= 2 and not raw[m.end():].startswith(_CUT):
                return full
    return None


def _role(name: str) -> bool:
    """`Nigerian Governor`, `Chief Minister`: an office with no first name before it."""
    tokens = name.split()
    return is_post(tokens[-1]) and not any(gender_of_first(word) for word in tokens[:-1])


_KANJI_NAME = (2, 5)


def _kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch == "々"


def honorific_name(lines: list[str]) -> str | None:
    """The one name the top writes in kanji before the desk's honorific (styles/interview.toml `name_honorifics`:
    `湯之下葉子さん`), or None (none, two different, or a run too long to be a name alone)."""
    found: set[str] = set()
    for raw in lines:
        for honorific in interview_words()["name_honorifics"]:
            at = raw.find(honorific)
            while at > 0:
                start = at
                while start > 0 and _kanji(raw[start - 1]):
                    start -= 1
                if at - start:
                    found.add(raw[start:at])
                at = raw.find(honorific, at + 1)
    low, high = _KANJI_NAME
    if not found:
        return _titled_uncased(lines)
    return found.pop() if len(found) == 1 and low <= len(next(iter(found))) <= high else None


_UNCASED_NAME = (2, 4)  # `عمر محمد الطالب`: a given name, a father's, a family's
_NAME_STOPS = "(،,:؛"


def _titled_uncased(lines: list[str]) -> str | None:
    """A script with no capitals (Arabic) names its guest after the desk's honorifics (styles/interview.toml
    `title_honorifics`: `الأستاذ الدكتور عمر محمد الطالب`, `تلتقي أ.د. عمر محمد الطالب (قاص …)`): the two to four words
    after them, where the line stops them (its end, a bracket, a comma); the one such name, else None."""
    honorifics = interview_words()["title_honorifics"]
    found: set[str] = set()
    for raw in lines:
        tokens = raw.replace("ـ", "").split()
        for k in range(len(tokens) - 1):
            if tokens[k] not in honorifics or tokens[k + 1] in honorifics:
                continue
            run, stopped = [], False
            for token in tokens[k + 1 : k + 2 + _UNCASED_NAME[1]]:
                if token[:1] in _NAME_STOPS:
                    stopped = True  # `… الطالب (قاص …`: a bracket after the name
                    break
                run.append(token.rstrip(_NAME_STOPS))
                if token[-1:] in _NAME_STOPS:
                    stopped = True  # `… الخطيب، وزير …`: a comma closes it
                    break
            stopped = stopped or k + len(run) + 1 == len(tokens)  # the line's end
            if stopped and _UNCASED_NAME[0] <= len(run) <= _UNCASED_NAME[1] and not any(ch.isupper() or ch.islower() for word in run for ch in word):
                found.add(" ".join(run))
    # `موقع الدكتور عمر الطالب` is the `عمر محمد الطالب` the page writes in full: the fullest, its first and last words the same
    full = {name for name in found if not any(other != name and len(other) > len(name) and other.split()[0] == name.split()[0] and other.split()[-1] == name.split()[-1] for other in found)}
    return full.pop() if len(full) == 1 else None


def quoted_only(name: str, lines: list[str]) -> bool:
    """Every time the top writes the name it is inside quotation marks (`del IES «Maestro Juan Calero» de …`): a school's,
    a street's or a book's name, never the guest's (one pass over each line, the marks open and closed so far)."""
    seen = False
    for raw in lines:
        at = raw.find(name)
        depth, upto = 0, 0
        while at >= 0:
            depth += sum(1 for ch in raw[upto:at] if ch in "«“„") - sum(1 for ch in raw[upto:at] if ch in "»”")
            if depth <= 0:
                return False
            seen, upto, at = True, at, raw.find(name, at + 1)
    return seen


_DOTTED_INITIALS = re.compile(r"(?:[A-ZÀ-Ý][.][ -]?){2,5}")  # `B.M.`, `J.-F.G.`, `J. R.`


def initialled_person(written: str, people: list):
    """A questionnaire answers its second question by the respondents' initials (`B.M. : « … »` after `Bruno Marchand :
    « … »`): the one person of the story's `people` (parse/people.py) named in full whose words (and the parts of a
    hyphenated given name, `Jean-François`) open with those letters; None when the lead-in is no dotted initials, or
    no person or two fit."""
    if not _DOTTED_INITIALS.fullmatch(written.strip().rstrip(":").strip()):
        return None
    letters = "".join(ch for ch in written if ch.isalpha())
    fits = [p for p in people if len(p.words) >= 2 and not p.organisation and "".join(part[:1] for word in p.words for part in word.split("-")).upper() == letters]
    return fits[0] if len(fits) == 1 else None


def pictured(name: str, lines: list[str]) -> bool:
    """A photo caption of the name alone and its credit (`Gaidis Bērziņš. Foto: …`; `Sjors Fröhlich. Beeld ANP Kippa`,
    the credit's word and the agency with no colon, the caption's full stop before them): the person pictured."""
    shot = re.compile(rf"{re.escape(name)}\.?[ ]+([^\W\d_]+(?:[ ][^\W\d_]+)?)[ ]?:")
    return any((m := shot.match(raw.strip())) is not None and m.group(1).lower() in interview_words()["credit_labels"] or _credited_caption(raw.strip(), name) for raw in lines)


_CAPTION_CREDIT_WORDS = 5


def _credited_caption(line: str, name: str) -> bool:
    """`Sjors Fröhlich. Beeld ANP Kippa`, `… Beeld Frank de Roo`: the name, its full stop, the picture desk's word and a credit
    in capitals (a name's particles aside)."""
    if not line.startswith(name + ". "):
        return False
    credit = line[len(name) + 2 :].split()
    return 2 <= len(credit) <= _CAPTION_CREDIT_WORDS and credit[0].lower() in interview_words()["credit_labels"] and all(w[:1].isupper() or w.lower() in name_data().particles for w in credit[1:])
