"""Recorded voices played in a script: a recording's line, then its voices labelled by role.

Scripts play tape of people who are not interviewed — cockpit and air-traffic radio, a 911
call, a police scanner — written as the recording's name on a line of its own, then each voice
under a label, often in lower case or as the role's abbreviation:

    Air Traffic Control tape
    pilot: Swissair one eleven heavy is declaring Pan Pan Pan …
    ATC: Swissair one eleven roger

The recording's line is a cue; each labelled line is a bite of the voice the label names (as
the script names it: `pilot`, `ATC`, `Capt. Reyes`). Under a tape opener (`TAKE SOT`) the same
labels name the voices of that tape.

Anywhere in a script, a label whose words are all in quotation marks is a bite of the one the
label names, nobody reads quotation marks aloud: `VIZINHA: "…"` (a role: the neighbour),
`ARNALDO LEITE - CONSELHEIRO TUTELAR: "…"` (a name, then a title after a spaced dash or a comma).
A role label (`MÃE:`) names the person the script titles with that role (`SONORA ROSILENE
SANTOS - MÃE`) when it titles one person so.
"""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse import tape as tp
from scriptfmt.parse.tapetext import split_name
from scriptfmt.parse.cues import Vocabulary

_SENTENCE_ENDS = (".", "!", "?", ",", ";", ":", '"', "”")
_LABEL_WORDS = 3  # `pilot:`, `air traffic control:`, `Capt. Ana Reyes:` — a label is short


@lru_cache(maxsize=1)
def _recording_words() -> frozenset[str]:
    return frozenset(w.lower() for w in tomlfile.load_builtin("markup.toml")["voices"]["recordings"])


def recording_line(line: str) -> bool:
    """`Air Traffic Control tape`, `911 call audio`, `Cockpit recording`: a short line, no sentence,
    that names a recording (its last word says so)."""
    words = line.strip("*_ ").split()
    if not 1 < len(words) <= 6 or line.endswith(_SENTENCE_ENDS) or ":" in line or "=" in line:
        return False
    return words[-1].lower().strip("()[]*") in _recording_words()


def voice_label(line: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """`pilot: Mayday, …` -> ("pilot", "Mayday, …"): a voice's label and its words; None for a
    line that is no voice (a script key: `IN:`, `RUNS:`, `CG:`, `SOT:`; a cue word; no words after)."""
    label, colon, rest = line.partition(":")
    words = label.split()
    if not colon or not rest.strip() or rest[:1] != " " or not 1 <= len(words) <= _LABEL_WORDS:
        return None
    if not all(w.replace(".", "").replace("-", "").replace("'", "").isalpha() for w in words) or not words[-1][:1].isalpha():
        return None
    if tp.field_key(line) or tp.read_opener(line, [], 0) or vocab.match([w.upper() for w in words]) is not None:
        return None
    return label.strip(), rest.strip()


def titled_label(line: str, vocab: Vocabulary) -> tuple[str, str, str] | None:
    """`ARNALDO LEITE - CONSELHEIRO TUTELAR: "EU …"`, `Dana Ruiz, nurse: "…"`, `VIZINHA: "…"` ->
    (name, title, the words): a label of at most four name words and six title words whose words
    are all in quotation marks; None for anything else (a script key, a cue word, a sentence)."""
    label, colon, rest = line.partition(":")
    rest = rest.strip()
    if not colon or not rest or rest[0] not in tp.QUOTE_MARKS or label.rstrip().endswith((".", "!", "?", ",")):
        return None
    words_of_keys = tp.tape_words()
    keys = words_of_keys.in_keys | words_of_keys.out_keys | words_of_keys.time_keys | words_of_keys.super_keys
    if any(part.strip().upper() in keys for part in label.split("/")):
        return None  # `SIGOUT/OUTCUE: "…"`: a cue sheet's keys, not a speaker
    name, title = split_name(label.strip())
    words = name.split()
    if not 1 <= len(words) <= 4 or len(title.split()) > 6 or not all(w[:1].isupper() and w.replace(".", "").replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    if tp.field_key(line) or tp.read_opener(line, [], 0) or vocab.match([w.upper() for w in words]) is not None:
        return None
    return name, title, rest


def roles(lines: list[str]) -> dict[str, tuple[str, str]]:
    """Role word -> (name, title) for every person the script titles with one role (`SONORA
    ROSILENE SANTOS - MÃE`, `ARNALDO LEITE - CONSELHEIRO TUTELAR: "…"`); a role given to two
    people names neither."""
    found: dict[str, tuple[str, str] | None] = {}
    for raw in lines:
        label = raw.strip().partition(":")[0] if ":" in raw else raw.strip()
        if not any(sep in label for sep in (" - ", " – ", " — ", ",")):
            continue
        opener = tp.read_opener(label, [], 0)
        name, title = (opener.name, opener.title) if opener is not None else split_name(label)
        role = title.split()[0].upper() if title.split() else ""
        if not role or len(title.split()) > 4 or label.endswith((".", "!", "?")) or not 2 <= len(name.split()) <= 5 or not name[:1].isupper():
            continue
        found[role] = None if role in found and found[role] != (name, title) else (name, title)
    return {role: who for role, who in found.items() if who is not None}
