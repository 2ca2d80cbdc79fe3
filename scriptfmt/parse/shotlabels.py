"""SOUNDBITE lines of a news-agency shotlist (parse/shotlist.py reads the rest), and the
shotlist words in styles/shotlist.toml.

A label names the person, the title, the language and sometimes the bite's length:
`3. SOUNDBITE (English) Stéphane Dujarric, Spokesperson for the Secretary-General:`,
`(SOUNDBITE) (English) ZAMBIAN TRADE MINISTER GRACE MWALE, SAYING:`,
`SOUNDBITE: Manus Reid, analyst, saying (English):`, `SOUNDBITE (English) Mayor Anna Berg (0:12):`.
A role alone (`Local resident:`) names nobody: no speaker, never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Soundbite, Speaker
from scriptfmt.parse import supers, tape
from scriptfmt.parse.brackets import first_bracket
from scriptfmt.parse.labels import words as label_words
from scriptfmt.parse.runtimes import length_only
from scriptfmt.parse.speakers import title_words as attribution_titles

OPENING = "\"“„«‹‘"  # marks that open a quotation
PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“"}  # a quotation's opening mark -> its closing mark
_LANGUAGE = re.compile(r"[:,–—-]?[ \t]*(?:\(([^()]{0,40})\)|\[([^\[\]]{0,40})\])[ \t]*[:,]?[ \t]*")  # `()`: the template's blank slot; `[Arabic]` too
_LABEL_COLON = re.compile(r":(?!\d)")
# A bite label run into read copy (`… security. SOUNDBITE (English): NAME, title "…"`, Reuters
# `(SOUNDBITE)(English) NAME, SAYING:`): `(SOUNDBITE)`, `SOUNDBITE:`, `SOUNDBITE (ENGLISH):`, the colon forms in capitals only
# Xinhua pages that lost their line breaks run the label into the sentence or quotation before it
# (`… traditional culture.SOUNDBITE 1 (English): NAME, …`, `… here."SOUNDBITE 2 (English): …`).
# AFPTV writes the number and the name, the language and length after it (`SOUNDBITE 1 Nicolas Maduro, President
# of Venezuela (Spanish, 18 sec): "…"`); a flattened script runs `SOUNDBITE (English) Name, title The …` on.
INLINE_LABEL = re.compile(r"\((?:SOUNDBITE|SOUND BITE|soundbite|Soundbite)\)|(?<![^\s.!?\"”’)])SOUNDBITE(?:(?:[ \t]\d{1,2})?(?:[ \t]?\([A-Za-z /]{2,30}\))?:|[ \t]\d{1,2}[ \t](?=[A-Z])|[ \t]?\([A-Za-z /]{2,30}\)[ \t](?=[A-Z]))")
# the length: runtimes.length_only; AFPTV may put the voice's sex first (`(female, Spanish, 13 sec)`)
_LANGUAGE_LENGTH = re.compile(r"\((?:(?i:female|male|woman|man|femme|homme)[ \t]*,[ \t]*)?([A-Za-z][A-Za-z /]{1,30}),[ \t]*([0-9][^()]{0,14})\)[ \t]*$")
_LABEL_WORDS = 4  # a speaker's name in a label
_TRAILING_LANGUAGE = re.compile(r"\(([A-Za-z][A-Za-z /,-]{1,38})\)[ \t]*$")
_BITE_NUMBER = re.compile(r"[ \t]*\d{1,2}(?=[ \t]*[(:,–—-]|[ \t][A-Z])")  # Xinhua `SOUNDBITE 1 (Russian): NAME`: the bite's number


@dataclass(frozen=True, eq=False, repr=False)
class ShotWords:
    long_openers: tuple[tuple[str, ...], ...]  # openers of 2+ words: count before any word
    short_openers: frozenset[str]  # one-word openers: count only before punctuation
    abbreviations: frozenset[str]  # shot sizes abbreviated in capitals (`M/S`, `CU`): count before any word
    shot_sections: frozenset[str]
    read_sections: frozenset[str]
    transcript_sections: frozenset[str]
    on_screen: frozenset[str]
    labels: tuple[str, ...]
    sound_labels: tuple[str, ...]
    standup_labels: tuple[str, ...]
    honorifics: frozenset[str]
    roles: frozenset[str]
    running_time: frozenset[str]
    feed_notes: tuple[str, ...]
    story_fields: frozenset[str]
    dopesheet_fields: frozenset[str]
    sign_off_reporters: frozenset[str]
    sign_off_agencies: frozenset[str]
    record_fields: frozenset[str]
    sot_labels: tuple[str, ...]
    voiceover_labels: tuple[str, ...]
    languages: frozenset[str]
    place_before: frozenset[str]  # a word before a place on a label (`… fled the bombing in Lebanon`)
    file_formats: frozenset[str]  # a video file's format on an agency's page (`MP4`, `MOV`)
    tape_openers: tuple[list[str], ...]  # a header line that says what the offered tape shows (`B-roll of …`)


@lru_cache(maxsize=1)
def shot_words() -> ShotWords:
    data = tomlfile.load_builtin("shotlist.toml")
    ev, bite, head, sign = data["evidence"], data["bite"], data["header"], data["sign_off"]
    openers = [tuple(o.lower().split()) for o in ev["openers"]]
    by_length = sorted((o for o in openers if len(o) > 1), key=len, reverse=True)
    return ShotWords(
        tuple(by_length),
        frozenset(o[0] for o in openers if len(o) == 1),
        frozenset(ev["abbreviations"]),
        frozenset(s.lower() for s in ev["shot_sections"]),
        frozenset(s.lower() for s in ev["read_sections"]),
        frozenset(s.lower() for s in ev["transcript_sections"]),
        frozenset(s.lower() for s in ev["on_screen"]),
        tuple(sorted((label.upper() for label in bite["labels"]), key=len, reverse=True)),
        tuple(sorted((label.upper() for label in bite["sound_labels"]), key=len, reverse=True)),
        tuple(sorted((label.upper() for label in bite["standup_labels"]), key=len, reverse=True)),
        frozenset(h.upper() for h in bite["honorifics"]),
        frozenset(r.lower() for r in bite["roles"]),
        frozenset(k.upper() for k in head["running_time"]),
        tuple(n.upper() for n in head["feed_notes"]),
        frozenset(f.lower() for f in head["story_fields"]),
        frozenset(f.upper() for f in head["dopesheet_fields"]),
        frozenset(r.lower() for r in sign["reporters"]),
        frozenset(a.lower() for a in sign["agencies"]),
        frozenset(f.lower() for f in head["record_fields"]),
        tuple(sorted((label.upper() for label in bite["sot_labels"]), key=len, reverse=True)),
        tuple(sorted((label.upper() for label in bite["voiceover_labels"]), key=len, reverse=True)),
        frozenset(lang.lower() for lang in bite["languages"]),
        frozenset(w.lower() for w in bite["place_before"]),
        frozenset(f.upper() for f in head["file_formats"]),
        tuple(o.lower().replace("-", " ").split() for o in head["tape_openers"]),
    )


def sign_off(text: str) -> bool:
    """`Xinhua News Agency correspondents reporting from Urumqi.`, `Elly Park, Reuters.`: the
    reporter's credit closing an agency script (a short line, no quotation)."""
    words = text.rstrip(". ").split()
    if not 2 <= len(words) <= 12 or any(mark in text for mark in OPENING):
        return False
    lower = [w.lower().strip(",;") for w in words]
    for k in range(1, len(lower) - 2):
        if lower[k] in ("reporting", "reports") and lower[k + 1] in ("from", "in") and lower[k - 1] in shot_words().sign_off_reporters:
            return words[k + 2][:1].isupper()
    name, comma, agency = text.rstrip(". ").rpartition(",")
    return bool(comma) and agency.strip().lower() in shot_words().sign_off_agencies and 2 <= len(name.split()) <= 4 and _is_name(name.strip())


def bite_label(text: str, labels: tuple[str, ...] = ()) -> tuple[str, str | None, int] | None:
    """`SOUNDBITE (English) Name, Title: …`, `(SOUNDBITE) (English) NAME, SAYING:` -> (label
    word, language, where the name starts)."""
    dashes = len(text[:4]) - len(text[:4].lstrip("-–—"))  # NATO `--SOUNDBITE—(ENGLISH) Name, title`
    opened = text[dashes : dashes + 1] == "("
    upper = text[dashes + int(opened) : 40].upper()
    for label in labels or shot_words().labels:
        after = upper[len(label) : len(label) + 1]
        if upper.startswith(label) and not after.isalpha() and (not opened or after == ")"):
            pos = dashes + len(label) + 2 * int(opened)
            numbered = _BITE_NUMBER.match(text, pos)
            pos = numbered.end() if numbered else pos
            m = _LANGUAGE.match(text, pos)
            language = (m.group(1) if m.group(1) is not None else m.group(2)).strip() if m else None
            pos = m.end() if m else pos
            while pos < len(text) and text[pos] in ":,-–— \t":
                pos += 1
            return label, language, pos
    return None


def voice_label(text: str, numbered: bool = True) -> tuple[str, str | None, int] | None:
    """A SOUNDBITE label; a natural-sound or station label that names a person (`UPSOUND (English)
    Elizabeth Aguil, student:`, `SOT (Marieke Bos, port director):`): that person speaks on the
    tape, so the words after it are hers; or a SAYING label (`NAME (TITLE) SAYING (LANGUAGE):`).
    `UPSOUND (English) crowd chanting:` names nobody: natural sound, a cue."""
    label = bite_label(text)
    if label is not None:
        return label
    for labels in (shot_words().sound_labels, shot_words().sot_labels):
        label = bite_label(text, labels)
        if label is not None:
            who = label_duration(label_parts(text, label[2], label[1])[0])[0]
            speaker = speaker_of(who)
            return label if speaker is not None and _written_as_name(who, speaker.name) else None
    return saying_label(text, numbered)


def saying_label(text: str, numbered: bool = True) -> tuple[str, str | None, int] | None:
    """`FRANCOIS HOLLANDE (PRESIDENT OF FRANCE) SAYING (FRENCH):`, `NAME, TITLE (LANGUAGE) SAYING:`
    (party and parliament video services, Reuters): no SOUNDBITE word; the label ends in SAYING and
    maybe the language, then a colon or the quotation. Who comes first; on a numbered shot line a role
    (`PROTESTER SAYING (ARABIC):`) is a bite with no name, elsewhere only a name opens a bite. The
    programme's own voice (`VOICE-OVER SAYING:`) is no one's bite (see `voiceover_label`)."""
    text = text.strip()
    quote = next((k for k, c in enumerate(text[:200]) if c in OPENING), -1)
    if voiceover_label(text) is not None or not _LABEL_COLON.search(text, 0, quote if quote >= 0 else 200) and quote < 0:
        return None
    who, _, language = label_parts(text, 0, None)
    name = _without_saying(who)
    if name == who or not name or len(name.split()) > 14:
        return None
    speaker = speaker_of(name)
    if speaker is None and not numbered or speaker is not None and not _written_as_name(name, speaker.name):
        return None
    return "SAYING", language, 0


_SAYING_END = re.compile(r"\b(?:SAYING|[Ss]aying)(?:[ \t]+(?:THAT|that))?[ \t]*$")


def _saying_at(who: str) -> int | None:
    """Where a closing `SAYING` (`, saying that`) starts, the spaces and commas before it included; None
    when the label does not end so. The leading run is trimmed by hand: a regex that opened with it
    would rescan a long run of spaces from every position."""
    m = _SAYING_END.search(who)
    return len(who[: m.start()].rstrip(" \t,")) if m else None


def _without_saying(who: str) -> str:
    at = _saying_at(who)
    return who if at is None else who[:at]


def voiceover_label(text: str) -> tuple[str | None, str] | None:
    """`VOICE-OVER SAYING:`, `VOICEOVER (English):`, `NARRATOR:`: the programme's own voice over the
    pictures -> (language, the words on the label's line); its words are read copy, never a bite."""
    label = bite_label(text, shot_words().voiceover_labels)
    if label is None:
        return None
    if ":" in text[: label[2]]:  # `VOICEOVER (English): The rules …`: the colon ends the label
        return label[1], text[label[2] :].strip()
    who, words, language = label_parts(text, label[2], label[1])
    rest = _without_saying(who).strip(" ,:")
    if rest and not is_language(rest.strip("()")):
        return None
    return (language or (rest.strip("()") or None)), words


def is_language(text: str) -> bool:
    """`French`, `EN`, `English/Arabic`, `In English`: a bracket that names the language spoken."""
    parts = [p.strip() for p in re.split(r"[/,&+]| and ", text) if p.strip()]
    known = shot_words().languages
    return bool(parts) and all(p.lower().removeprefix("in ").strip() in known for p in parts)


def language_label(line: str) -> tuple[str, int] | None:
    """`KHIN CHIT WIN: (In English)`, `MENDEZ (In Spanish) They put me …`: a speaker's label in
    capitals (one to four words) with the language they speak -> (the name, where the words after
    the bracket start); None for anything else."""
    span = first_bracket(line)
    if span is None or span[0] == 0 or not is_language(line[span[0] + 1 : span[1] - 1]):
        return None
    at, close = span[0], span[1] - 1
    label = line[:at].strip().rstrip(":").strip()
    if not 1 <= len(label.split()) <= _LABEL_WORDS or not label.isupper() or not any(c.isalpha() for c in label):
        return None
    return label, len(line) - len(line[close + 1 :].lstrip(" .:"))


def _written_as_name(who: str, name: str) -> bool:
    """The name as the label writes it has capitals (`Elizabeth Aguil`, `ANNA REID`), not
    words of a description (`volunteers cheering as the sluice opens`)."""
    at = who.lower().find(name.lower())
    written = who[at : at + len(name)].split() if at >= 0 else []
    return bool(written) and all(w[:1].isupper() for w in written if w.lower() not in _PARTICLES)


def label_parts(text: str, start: int, language: str | None) -> tuple[str, str, str | None]:
    """(who, the bite's words on the label's line, language): a language written after the name
    (`Manus Reid, analyst, saying (English):`) counts as well as one before it."""
    who, words = split_label(text, start)
    who = who[3:] if who[:3].lower() == "by " else who  # `SOUNDBITE by Dalia Grybauskaité, …`
    if not who and language and not is_language(language) and "," in language:  # `SOT (Name, title):`: the bracket holds who
        who, language = language, None
    m = _LANGUAGE_LENGTH.search(who)
    if m and is_language(m.group(1)) and length_only(m.group(2)):  # AFPTV `Name, title (Spanish, 18 sec)`: the language, and the length kept for the label
        who, language = f"{who[: m.start()].rstrip(' ,')} ({m.group(2)})", language or m.group(1).strip()
    m = _TRAILING_LANGUAGE.search(who)
    if m and (not language or is_language(m.group(1))):  # `SOUNDBITE (English) Nirj DEVA, (ECR, UK):` keeps the group
        who, language = who[: m.start()].rstrip(" ,"), language or m.group(1).strip()
    said = _saying_at(who)
    m = _TRAILING_LANGUAGE.search(who, 0, said) if said is not None else None
    if m and is_language(m.group(1)):  # `NAME, TITLE (LANGUAGE) SAYING`
        who, language = f"{who[: m.start()].rstrip(' ,')} {who[said:].strip(' ,')}", language or m.group(1).strip()
    return who, words, language


def stated_length(text: str) -> float | None:
    """The bite's length as the shotlist states it after its words (EC Audiovisual `"…" 00:00:25`,
    `"…" (00:18)`, `[0:45]`, `RUNS 0:12`, `(18 sec)`, `(5’’)`); a clock time of day is never a
    length (an `hh:mm:ss` length has hours 00)."""
    body = text.strip().rstrip(".")
    key, _, value = body.partition(" ")
    if key.upper().rstrip(":") in tape.tape_words().time_keys and value:
        body = value.lstrip(": ")  # `RUNS 0:12`, `Duration: (0:18)`
    body = body.lstrip("([").rstrip(")]").strip()
    hours, colon, rest = body.partition(":")
    if rest.count(":") == 1:  # `00:00:25`
        if not (hours.isdigit() and int(hours) == 0):
            return None
        body = rest
    return tape.duration_of(tape.time_token(body) or "", [], 0) if length_only(body) else None


def label_duration(who: str) -> tuple[str, float | None]:
    """A running time the label gives the bite (`Name, Title (0:14)`, `Name, Title, RUNS :14`,
    AFPTV `Name, title (18 sec)`)."""
    tokens = who.split()
    bracket = who.rfind("(")
    if who.endswith(")") and bracket >= 0 and (seconds := stated_length(who[bracket:])) is not None:
        return who[:bracket].rstrip(" ,"), seconds
    if not tokens or not tape.is_duration(tokens[-1]):
        return who, None
    cut = len(tokens) - 1 - (len(tokens) > 1 and tokens[-2].upper().strip(",") in {"RUNS", "TRT", "DUR", "DURATION", "TIME"})
    return " ".join(tokens[:cut]).rstrip(" ,"), tape.duration_of(tokens[-1].strip("()"), [], 0)


def sound_label(text: str) -> bool:
    upper = text[:20].upper()
    return any(upper.startswith(s) and not upper[len(s) : len(s) + 1].isalpha() for s in shot_words().sound_labels)


def split_label(text: str, start: int) -> tuple[str, str]:
    """The label's name part and the bite words on the same line: up to the colon that ends
    the label, else up to the first quotation mark."""
    rest = text[start:]
    quote = next((k for k, c in enumerate(rest) if c in OPENING), -1)
    m = _LABEL_COLON.search(rest, 0, quote if quote >= 0 else len(rest))  # not the colon of `(0:12)`
    colon = m.start() if m else -1
    run = run_in_bite(rest[: colon if colon >= 0 else quote if quote >= 0 else len(rest)])
    if run > 0:  # `Jane Roe, UNICEF Senior Health Specialist The strategy is …`: no colon, no quote
        return rest[:run].strip(" ,"), rest[run:].strip()
    if colon >= 0:
        return rest[:colon].strip(), rest[colon + 1 :].strip()
    if quote >= 0:
        return rest[:quote].strip(" ,"), rest[quote:].strip()
    return rest.strip(), ""


_TITLE_JOINS = frozenset({"of", "for", "and", "&", "de", "the"})  # lower-case words inside a title (`Minister of Health`)


def run_in_bite(label: str) -> int:
    """Where the bite starts in a label run into its words with no colon and no quotation
    (`Jane Roe, UNICEF Senior Health Specialist The strategy is …`): the title after the name's
    comma is a run of capitalised words (and of/for/and/&/de/the); the bite opens at the capitalised
    word followed by a lower-case word, when a sentence follows. -1 when the label has no such run
    (`Jane Roe, head of …`, `Name, Technician of Fangchenggang and Dongxing railway project`)."""
    comma = label.find(",")
    tokens = list(re.finditer(r"\S+", label[comma + 1 :])) if comma > 0 else []
    titled = 0
    for k, token in enumerate(tokens):
        word = token.group()
        if word in _TITLE_JOINS and titled:
            continue
        if not word[:1].isupper():
            return -1
        following = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        if titled and word.isalpha() and following[:1].islower() and following not in _TITLE_JOINS and following.lower() not in _SAYING and len(tokens) - k >= 3:
            start = comma + 1 + token.start()
            return start if any(c in ".!?" for c in label[start:]) else -1  # the bite is a sentence; a title ends none
        titled += 1
    return -1


def speaker_of(who: str) -> Speaker | None:
    """`Stéphane Dujarric, Spokesperson for the Secretary-General` -> name and title;
    `BRITISH PRIME MINISTER ANNA REID, SAYING` -> Anna Reid, British Prime Minister;
    `PROTESTER, AHMED ALI` -> Ahmed Ali, Protester. A role alone (`Spokesperson`, `Local
    resident`) or no name: no speaker (the reader warns)."""
    who = _BRACKETED.sub(lambda m: "" if m.group(1).lower() in _GENDER or is_language(m.group(1)) or "++" in m.group(1) or _picture_aside(m.group(1)) else f", {m.group(1)},", _without_saying(who))  # `GIANNI PITTELLA (S&D PRESIDENT)`: the title in brackets
    parts = [p.strip() for p in who.split(",") if p.strip() and p.strip().lower() not in _SAYING]
    for k, part in enumerate(parts[:2]):
        name, lead = _name_and_lead(part)
        if lead and lead.split()[-1].lower() in shot_words().place_before and _opening_name(part):  # `Umm Salma and her 4 children fled the shelling in Tyre`
            return Speaker(_opening_name(part), None)  # the name after `in` is a place: the label names its person first
        if k + 1 < len(parts) and (name.split()[-1].lower() in title_words() or _described(part, parts[k + 1])):
            continue  # `TRUCK DRIVER, JOSEPH BANDA`, `FARMER WORKING IN THE VALLEY, JOAO PRADO`: who, then the name
        if lead and lead.split()[-1].lower() in shot_words().place_before:
            return None  # a place, and no person before it: no name (the reader warns)
        if _is_name(name):
            title = ", ".join(t for t in [lead, *parts[:k], *parts[k + 1 :]] if t)
            return Speaker(name, tape.display_title(title) or None)
    return None


def _opening_name(part: str) -> str:
    """`Umm Salma and her 4 children …` -> `Umm Salma`: the two to four capitalised words a label
    opens with, when a word in lower case follows them; else "" (no name, the reader warns)."""
    words = part.split()
    run = 0
    while run < min(len(words), 5) and (words[run][:1].isupper() or run and words[run].lower() in _PARTICLES):
        run += 1
    name = " ".join(words[:run])
    return name if 2 <= run <= 4 and run < len(words) and words[run][:1].islower() and _is_name(name) else ""


def _picture_aside(text: str) -> bool:
    """`(partially overlaid with shots 5-6)`: the editor's note on the pictures over the bite,
    never part of the speaker's title (the label keeps it as written)."""
    words = text.lower().replace("-", " ").split()
    return any(w.startswith(("overlaid", "overlay")) or w in ("shot", "shots") and k + 1 < len(words) and words[k + 1][:1].isdigit() for k, w in enumerate(words))


_SAYING = {"saying", "says", "said"}
_GENDER = {"man", "woman", "male", "female", "m", "f"}  # AFPTV `Francis Ochode (man)`: for the translator, not a title
_BRACKETED = re.compile(r"\(([^()]{1,80})\)")


def _described(part: str, following: str) -> bool:
    """`FARMER WORKING IN THE VALLEY` before `JOAO PRADO`: a description (it has words no name
    has), and a full name after it."""
    name = _name_and_lead(following)[0]
    return any(w.lower() in _DESCRIBING for w in part.split()) and len(name.split()) >= 2 and _is_name(name)


def _name_and_lead(part: str) -> tuple[str, str]:
    """A name with the title words written before it split off (`Ambassador Amina Diallo`);
    honorifics dropped (`Dr`, `Professor`)."""
    words = [w for w in part.split() if w.lower() not in _SAYING]
    titles = title_words()
    last = max((k for k, w in enumerate(words[:-1]) if w.lower().strip(".,") in titles or w.islower() and w not in _PARTICLES and words[k + 1][:1].isupper()), default=-1)
    if last < 0 and len(words) >= 3 and words[0].lower() in label_words().unnamed_roles | _label_roles():
        last = 0  # `SOT Nutritionist Myriam Dumerjusten`, `Farmer Joao Prado`: what the speaker is, then who
    honorifics = shot_words().honorifics
    lead = [w for w in words[: last + 1] if w.upper() not in honorifics]  # `Professor`, `Dr`: not a title
    words = words[last + 1 :]
    while len(words) > 1 and words[0].upper() in honorifics:
        words = words[1:]
    return _surname_cased(tape.display_name(" ".join(words))), " ".join(lead)


def _surname_cased(name: str) -> str:
    """`Nirj DEVA`, `Diana WALLIS` (the EU institutions write the surname in capitals) -> `Nirj Deva`."""
    words = name.split()
    if any(w.isupper() for w in words) and not all(w.isupper() for w in words):
        return " ".join(supers.display_name(w) if w.isupper() and len(w) > 1 else w for w in words)
    return name


@lru_cache(maxsize=1)
def _label_roles() -> frozenset[str]:
    """Role words a shotlist writes before a name on a bite's label (styles/shotlist.toml label_roles)."""
    return frozenset(tomlfile.load_builtin("shotlist.toml")["bite"].get("label_roles", ()))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words of the titles the attribution data knows (`Prime Minister`, `Secretary-General`)."""
    return attribution_titles() | label_words().name_titles


def _is_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or name.lower() in shot_words().roles or any(w.lower() in _DESCRIBING for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES or w.split("-")[0].lower() in _PARTICLES and w[-1:].isalpha() for w in words)


# Words of a description, never of a name (`BRAZILIAN CITIZEN LIVING IN ARGENTINA, MATEO ALVES`).
_DESCRIBING = frozenset({"in", "of", "from", "at", "the", "for", "and", "on", "with", "to", "living", "working", "who"})
_PARTICLES = frozenset({"de", "da", "van", "von", "al", "el", "bin", "bint", "ibn", "abu", "la", "le", "du", "dos", "del", "della", "di", "der", "ter", "ul", "ud"})


# `BAN KI-MOON: (In English) BAN KI-MOON ON-CAMERA`: a programme script's name in capitals, the
# language in brackets, maybe the camera direction; the quotation follows on the next line.
_NAME_LANGUAGE = re.compile(r"([A-Z][A-Z.'’ -]{1,40}[A-Z]):[ \t]*\((?:[Ii]n[ \t]+)?[A-Z][a-z]{2,15}\)[ \t]*([^a-z]{0,60})")


def name_language_label(text: str) -> tuple[str, str, str] | None:
    """(the label, the name, the direction after it) of `NAME: (In Language) DIRECTION`, else None."""
    m = _NAME_LANGUAGE.fullmatch(text.strip())
    return (text.strip()[: m.start(2)].strip(), m.group(1), m.group(2).strip()) if m else None


def labelled_quote(label: str, quote: str, quote_line: int) -> list | None:
    """The bite of `NAME: (In English)` over a line that is one quotation; the label line as printed
    (its camera direction too) is the bite's marker, in the order the script gives it."""
    found = name_language_label(label)
    close = PAIRS.get(quote[:1])
    if found is None or close is None or not quote.rstrip().endswith(close) or close in quote[1:-1]:
        return None
    speaker = speaker_of(found[1])
    if speaker is None:
        return None
    return [Soundbite(quote.strip()[1:-1].strip(), quote_line, speaker=speaker, marker=label.strip(), tape="SOT", why="shotlist")]


class Spellings:
    """A label in capitals drops the accents (`FRANCOIS HOLLANDE`); the super shows the name as
    the copy spells it elsewhere (`François Hollande met with …`): same letters, accents kept."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = "".join(_fold(c) for c in text)  # one character for one: positions agree

    def as_written(self, name: str) -> str:
        if not name.isascii():
            return name
        key = "".join(_fold(c) for c in name)
        at = self.folded.find(key)
        while at >= 0:
            found = self.text[at : at + len(name)]
            if found != name and not found.isascii() and not found.isupper() and all(w[:1].isupper() for w in found.split()):
                return found
            at = self.folded.find(key, at + 1)
        return name


def _fold(char: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)).lower()
    return bare if len(bare) == 1 else char.lower()[:1] or char
