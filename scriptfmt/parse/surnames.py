"""Speakers known below by a short label (parse/labels.py reads the full ones): `Weber:` after
`Florian Weber:`, `Hisham:` after `… Hishammuddin Hussein (Hisham):`, a one-word label that takes turns,
a phrase label in ordinary case (`Media representative:`) that opens two turns or more."""

from __future__ import annotations

import re

from scriptfmt.parse.labels import SAYING_WORDS, Label, listed_speakers, parse_label, words
from scriptfmt.parse.names import gender_of_first
from scriptfmt.parse.speakerlist import listed_alone

# `Weber:` after `Florian Weber:` — a surname label in ordinary case; a desk that types a space before the colon
# (`Jkw : …`, the French and Indonesian habit) labels the same way
_SURNAME_LABEL = re.compile(r"([A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]{1,30})[ ]?:(?=\s)")
# `Media representative:` opening two turns or more: a speaker labelled by a phrase in ordinary case
_PHRASE_LABEL = re.compile(r"([A-Z][a-zà-ÿ'’-]+(?: [a-zà-ÿ'’-]+){1,2}):(?=\s)")
# `Malaysian Foreign Minister Hishammuddin Hussein (Hisham):`: the one word in brackets is the speaker's short label
_NICKNAME = re.compile(r"[^:()\n]{3,90}\(([A-Z][a-zà-ÿ'’-]{1,20})\)[ ]*:(?=\s)")

def label_surnames(lines: list[str]) -> dict[str, str]:
    """Surnames of the `First Last:` labels in ordinary case (`weber` -> `florian weber`)."""
    out: dict[str, str] = {}
    single: dict[str, int] = {}
    order: list[str] = []  # the one-word labels in the order they open turns
    above = ""  # the copy above the first one-word label: the headline and the introduction
    phrases: dict[str, int] = {}  # `media representative` -> the turns it opens
    labelled = 0
    letters: set[str] = set()  # `M:`, `G:`: one-letter labels, no role's (`Q:`, `A:`)
    for raw in lines:
        label = parse_label(raw.strip())
        if label and label.shape == "colon" and not label.name.isupper() and len(label.name.split()) >= 2:
            out.setdefault(label.name.split()[-1].lower(), label.name.lower())
        m = None if label else _SURNAME_LABEL.match(raw.strip())
        if m and m.group(1).lower() not in words().not_speakers and m.group(1).lower() not in words().name_titles:
            single[m.group(1).lower()] = single.get(m.group(1).lower(), 0) + 1
            order.append(m.group(1).lower())
        elif label is not None:
            order.append(label.name.lower())  # `Q:` takes turns with `Abe:` too
            letters |= {label.name.lower()} if len(label.name) == 1 and label.name.isupper() and not label.role else set()
        elif not order:
            above += " " + raw.strip()
        nick = _NICKNAME.match(raw.strip()) if label and label.shape == "colon" else None
        if nick and len(label.name.split()) >= 2 and nick.group(1).lower() not in label.name.lower().split() and not label.role:
            out.setdefault(nick.group(1).lower(), label.name.lower())
        phrase = None if label else _PHRASE_LABEL.match(raw.strip())
        if phrase and phrase.group(1).split()[-1].lower() not in SAYING_WORDS and phrase.group(1).lower() not in words().not_speakers:
            phrases[phrase.group(1).lower()] = phrases.get(phrase.group(1).lower(), 0) + 1
        labelled += label is not None
    # `Fitz:` opening three turns of an interview whose answers carry labels too: a speaker known by one name
    for word, count in single.items():
        if count >= 3 and out:
            out.setdefault(word, word)
    for word in _one_word_speakers(order, single, above) | _initialled(single, letters) | addressed_labels(lines) | set(listed_speakers(lines)):
        out.setdefault(word, word)
    for phrase, count in phrases.items():  # a phrase label opening two turns, between other speakers' labelled turns
        if count >= 2 and labelled >= 2:
            out.setdefault(phrase, phrase)
    return out


def _one_word_speakers(order: list[str], counts: dict[str, int], above: str) -> set[str]:
    """One-word labels that are speakers: those that take turns with another label, twice each at
    least (`Cayetana:` / `Caves:`, `Q:` / `Lindqvist:`), or the surname or the given name of a full name the
    introduction writes (`Obama:` under `US President Barack Obama`, `Germana:` under `… com a Germana Barata`)."""
    turns = sum(1 for a, b in zip(order, order[1:]) if a != b)
    alternating = {word for word, count in counts.items() if count >= 2} if turns >= 2 and len(set(order)) >= 2 else set()
    named = {word for word in counts if re.search(rf"\b[A-Z][\w'’-]+ {re.escape(word.title())}\b|\b{re.escape(word.title())} [A-Z][\w'’-]+\b", above)}
    return alternating | named


def _initialled(counts: dict[str, int], letters: set[str]) -> set[str]:
    """`Moreno:` and `Giulia:` open the first turns, `M:` and `G:` every turn after: a one-word label whose initial labels
    turns below, the only one-word label with that initial, is a speaker's name (the letter stands for it)."""
    return {word for word in counts if word[0] in letters and sum(1 for other in counts if other[0] == word[0]) == 1}


def addressed_labels(lines: list[str]) -> set[str]:
    """`Andrés: … Hoy me acompaña Lucía …` / `Lucía: Hola, Andrés. Gracias por invitarme …`: two one-word labels, one
    named in the other's turn and one of them a given name (styles/names.toml) — the voices introduce and greet each other
    by the names their labels give, in an excerpt of one exchange as in a long one (datelines' `Moscow:` name no given name)."""
    said: dict[str, str] = {}  # each one-word label's first turn, on its line
    for raw in lines:
        m = None if parse_label(raw.strip()) else _SURNAME_LABEL.match(raw.strip())
        if m and m.group(1).lower() not in words().not_speakers and m.group(1).lower() not in words().name_titles:
            said.setdefault(m.group(1).lower(), raw.strip()[m.end():])
    found = set()
    for word in said:
        for other, text in said.items():
            named = other != word and word in {w.strip(".,;:!?¡¿\"'“”«»()").lower() for w in text.split()}
            if named and (gender_of_first(word.title()) is not None or gender_of_first(other.title()) is not None):
                found |= {word, other}  # the pair talk to each other: one of them a given name the names list knows
    return found


def given_labels(lines: list[str]) -> set[str]:
    """`Tom:` under `This week Jess Park talks to marine biologist Tom Hale`: one-word labels (lower case) that are the
    given name of a full name the copy writes above the first of them, a podcast's voices by first name."""
    found: set[str] = set()
    above: list[str] = []
    for raw in lines:
        m = _SURNAME_LABEL.match(raw.strip())
        if m and parse_label(raw.strip()) is None:
            found.add(m.group(1))
        elif not found:
            above.append(raw)
    given = {m.group(1) for raw in above for m in re.finditer(r"\b([A-Z][\w'’-]*)(?= [A-Z][\w'’-]+)", raw)}  # `Tom Hale`: a given name, a surname
    return {word.lower() for word in found & given}


def surname_label(line: str, surnames: dict[str, str]) -> Label | None:
    """`Weber: Is that climate change?` when `Florian Weber:` labelled a turn before."""
    m = _SURNAME_LABEL.match(line)
    if not m or m.group(1).lower() not in surnames:
        m = _PHRASE_LABEL.match(line)
        if not m or m.group(1).lower() not in surnames:
            return None
    full = surnames[m.group(1).lower()]
    nickname = full != m.group(1).lower() and full.split()[-1] != m.group(1).lower()  # `Hisham:` after `… Hishammuddin Hussein (Hisham):`
    name = " ".join(t[:1].upper() + t[1:] for t in full.split()) if nickname else m.group(1)
    return Label(line[: m.end()], name, None, None, line[m.end():].strip())


def listed_label(line: str, listed: dict[str, str]) -> Label | None:
    """`SRS Hille` alone on its line above the turn, `Hille` of the briefing's speakers list: that speaker's label, the
    list's office as the title (parse/speakerlist.py)."""
    found = listed_alone(line, listed)
    return Label(line, found[0], found[1] or None, None, "") if found else None


def listed_lines(lines: list[str]) -> set[str]:
    """The listed speakers' names alone on a line, each above words of theirs (not above another such line)."""
    listed = listed_speakers(lines)
    texts = [raw.strip() for raw in lines if raw.strip()]
    return {line for line, below in zip(texts, texts[1:]) if listed_alone(line, listed) and not listed_alone(below, listed) and len(below.split()) >= 3}
