"""The interview desk's words (styles/interview.toml), read once: shared by the interview readers."""

from __future__ import annotations

import re
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.punctuation import ASKING_MARKS
from scriptfmt.parse.transcriptwords import words

__all__ = ["greeting_name", "interview_words", "said_about", "says", "speaks_here", "vocative_question"]

# letters of any alphabet (`você`, `nós`), `I'm`, `j'ai`, with the vowel signs of the scripts that write them apart
# (`मैं`, `आपका`: Python's `\w` takes no combining mark); possessive, so no run is tried twice
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0900-\u0963\u0966-\u0dff\u0e31-\u0e4e])++(?:'[^\W\d_]++)?")


@lru_cache(maxsize=1)
def interview_words() -> dict:
    """styles/interview.toml, its word lists as sets and its openers as tuples (read once)."""
    data = tomlfile.load_builtin("interview.toml")
    return {k: tuple(v) if k.endswith("_openers") else frozenset(v) if isinstance(v, list) else v for k, v in data.items()}


def says(text: str, key: str) -> bool:
    """The text uses a word of one of the desk's lists (`says(text, "first_person")`: `I`, `we`, `nous`, `wir` …)."""
    words = [w.lower() for w in _WORD.findall(text.replace("’", "'")) if len(w) < 2 or not w.isupper()]  # (`US officials`, `The EU`: not `us`)
    return not interview_words()[key].isdisjoint(words)


def greeting_name(text: str) -> str | None:
    """The full name a turn greets (`…, Jean-Noël Barrot, bonjour.`, `Bonjour Claire Ménard.`), or None."""
    greetings = "|".join(re.escape(word) for word in interview_words()["greetings"])
    name = r"[A-ZÀ-Ý][\w'’-]+(?:[ ][A-ZÀ-Ý][\w'’-]+){1,3}"
    m = re.search(rf"({name}),[ ](?i:{greetings})\b", text) or re.search(rf"(?i:{greetings}),?[ ]({name})\b", text)
    if m is None or m.group(1).split()[0].lower() in interview_words()["not_name_starts"]:
        return None  # `Good day, Your Excellency`: a form of address, nobody's name
    return m.group(1)


def publication_before(before: str) -> bool:
    """The word right before a name is a publication's common noun (`… ao jornal O País`, `the newspaper El Tiempo`;
    styles/interview.toml): the name is the outlet's, never the guest's."""
    last = before.rstrip().split()[-1:]
    return bool(last) and last[0].lower().strip(",;:(") in interview_words()["publication_nouns"]


def names_publication(name: str, texts: list[str]) -> bool:
    """Some line writes the name right after a publication's common noun (`ao jornal O País`)."""
    return any(publication_before(text[:at]) for text in texts if (at := text.find(name)) > 0)


def speaks_here(text: str, name: str) -> bool:
    """The text says `name` speaks here, after the name (`…, Aminata Diallo, la présidente de …, s'exprime`, `… told
    Radio X`; styles/interview.toml speaking_here and giving_openers): a person a question only names is whom it asks
    about (`Le président Macky Sall a annoncé … Que pensez-vous ?`), never who answers."""
    at = text.find(name)
    if at < 0:
        return False
    after = " " + " ".join(re.findall(r"[\w']+", text[at + len(name):].lower().replace("’", "'"))) + " "
    words = interview_words()
    return any(f" {phrase} " in after for phrase in words["speaking_here"] | set(words["giving_openers"]))


def said_about(before: str) -> bool:
    """The sentence before a name says what the interview was about (`Durante la entrevista, habló sobre el peronismo, la
    vicepresidenta …`, `We talked about the budget and Mayor Ana Ruiz`): the name is a subject of the talk, never the
    guest (styles/interview.toml `topic_words`); a name right after `with` (a title between) is whom the talk is with, wherever the topic sits."""
    words = _WORD.findall(re.split(r"[.!?:]\s", before)[-1].lower())  # (a heading's colon ends its words: `About this transcript: …`)
    if not interview_words()["with_words"].isdisjoint(words[-3:]):
        return False  # `… talking about the new timetable with (harbour master) Tomasz Nowicki`: whom the talk is with
    return not interview_words()["topic_words"].isdisjoint(words)


_VOCATIVE_WORDS = 4  # `Thưa Bộ trưởng`, `Monsieur le ministre`, `Señor presidente electo`: a form of address, no clause


def vocative_question(text: str) -> bool:
    """The outlet's question opens by addressing the guest, the form of address set off by a comma (`Thưa Bộ trưởng, …?`,
    `Monsieur le ministre, …?`, `Herr Minister, …?`, `Pak Menteri, …?`) and ends asking: put to the guest in any language,
    whatever pronoun the desk's formal `you` takes (the title itself, a verb's ending). Never in the first person (a
    writer's `Dear reader, what would I …?`)."""
    head, comma, rest = text.strip().replace("، ", ", ", 1).partition(", ")  # (the Arabic comma: `معالي الوزير، …؟`)
    tokens = head.lower().split()
    if not comma or not 1 <= len(tokens) <= _VOCATIVE_WORDS or not rest.rstrip("\"”’') *").endswith(ASKING_MARKS):
        return False
    opener = tokens[0].rstrip(".")
    addressing = opener in words().addresses or opener in interview_words()["address_openers"] or " ".join(tokens[:2]) in interview_words()["address_openers"]
    chair = " ".join(tokens[1:]) in _CHAIRS or tokens[-1] in _CHAIRS  # `Mr. Speaker, how long …?`: a member's speech to the chair
    # an address word of one desk is an ordinary word of another (Turkish `bu`, `this`: `Bu durumda, kim …?`): a title or a
    # name follows it, capitalised (`Bu Menteri`, `Sayın Bakan`), or a Vietnamese pronoun of address after `thưa` (`Thưa ông`)
    after = head.split()[1:2] or [""]
    titled = after[0][:1].isupper() or after[0][:1].lower() == after[0][:1].upper() != "" or after[0].lower() in _VI_ADDRESSED
    return addressing and not chair and len(tokens) >= 2 and (titled or opener in words().addresses) and not says(text, "first_person")


_VI_ADDRESSED = frozenset(["ông", "bà", "anh", "chị", "cô", "thầy", "bộ"])  # `Thưa ông`, `Thưa thầy`: whom `thưa` addresses


_CHAIRS = frozenset(["speaker", "deputy speaker", "chair", "chairman", "chairwoman", "chairperson", "convener", "convenor"])
