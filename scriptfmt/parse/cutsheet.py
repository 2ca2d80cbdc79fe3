"""An agency's or broadcaster's cut sheet (VOA style): a head block of `KEY: value` fields above
the script (`SOURCE:`, `STORY NUMBER:`, `DATELINE:`, `STORY NAME:`, `SLUG:`, `INTRO TEXT:`,
`LIST NAMES / TIMES:` with its `00:22 – 00:27` / name / title groups, `TRT:`, `OUTCUE:`).

The desk's rule: the head block describes the tape and is never read. Its fields are page
furniture (metadata); the lines listed under a key written with no value on its line (the
tape's supers with their in and out times) and the out-cue are production cues. The block is a
run of at least three fields in capitals at the top of the script, two of them keys a desk
knows (markup.toml's page fields and credits, shotlist.toml's dopesheet and record fields, the
tape's time and out-cue keys); it ends at the first line that is no field (the body's first
marker or read line) and at a key that opens read copy or tape (`ANCHOR:`, `OFF:`, `INTRO:`,
`SOT:`, a cue word), so a script or an all-capitals radio story that opens on its copy keeps it.
"""

from __future__ import annotations

from functools import lru_cache

from scriptfmt.parse import fields
from scriptfmt.parse import tape as tp
from scriptfmt.parse.cues import Vocabulary
from scriptfmt.parse.shotlabels import shot_words

FIELD, CUE = "field", "cue"
_MIN_FIELDS, _MIN_KNOWN = 3, 2
_KEY_WORDS = 5  # `LIST NAMES / TIMES`
_NAME_WORDS = 4  # `ANCHOR: Dana Ruiz` names who reads; `ANCHOR: Good evening, …` is read
_LIST_ITEM_WORDS = 8  # a super's name or title line, a time range
_LEADING_LINES = 2  # a title line or two above the first field (`VOA SPANISH TV SCRIPT`)


@lru_cache(maxsize=1)
def _keys() -> tuple[frozenset[str], frozenset[str]]:
    """(keys a desk knows as a cut sheet's fields, keys that name a voice: before a sentence,
    or unknown as a field, they open read copy or tape)."""
    fw, sw, words = fields.field_words(), shot_words(), tp.tape_words()
    known = fw.furniture | fw.credits | fields.page_field_keys() | sw.running_time
    known |= {_bare_key(k.upper()) for k in sw.record_fields | sw.dopesheet_fields} | words.time_keys | words.out_keys | words.in_keys
    voices = fw.talent_labels | fw.credits | fields.copy_labels() | set(words.openers) | {s.upper() for s in sw.read_sections}
    return frozenset(known), frozenset(voices | set(sw.voiceover_labels) | set(sw.standup_labels))


def _field_key(line: str) -> tuple[str, str] | None:
    """(`KEY`, value) for a line `KEY: value` whose key is written in capitals, else None."""
    key, colon, value = line.partition(":")
    words = key.replace("/", " / ").split()
    if not colon or not words or len(words) > _KEY_WORDS or key != key.upper() or not any(c.isalpha() for c in key):
        return None
    if not all(w == "/" or w.strip("#.&-").isalpha() for w in words):
        return None  # `SOT 2: …`, `10 A.M.: …`: a word with digits in it makes no field key
    return _bare_key(key), value.strip()


def _bare_key(key: str) -> str:
    """`LIST NAMES / TIMES` -> `LIST NAMES TIMES`: a key's words, its separators left out."""
    return " ".join(w for w in key.replace("/", " ").split())


def _list_item(line: str) -> bool:
    """A line of a listed super: its time range, the name, the title (no sentence, no marker in brackets)."""
    if line[:1] in "([{" or line.endswith((".", "?", "!", ":")):
        return False
    return len(line.split()) <= _LIST_ITEM_WORDS  # a time range (`00:22 – 00:27`) is a short line too


def head_roles(lines: list[str], vocab: Vocabulary) -> list[str]:
    """The role of each line of the head block, in order (`field`, `cue`, "" for a blank line);
    [] when the script opens on no cut sheet's head block."""
    known, voices = _keys()
    roles: list[str] = []
    found = recognised = leading = 0
    listing = False  # under a key with no value on its line: its lines are what it lists
    value_open = False  # a known key with no value on its line: the line right below is its value
    for raw in lines:
        line = raw.strip()
        if not line:
            roles.append("")
            continue
        field = _field_key(line)
        if field is not None:
            key, value = field
            hit = vocab.match(key.split())
            sentence = len(value.split()) > _NAME_WORDS
            if key in voices and (key not in known or sentence) or key not in known and (sentence or hit and hit[2] == len(key.split())):
                break  # `ANCHOR: Good evening …`, `ANNA: Good evening …`, `OFF:`, `INTRO:`, `SOT:`, `VO:`: the script's body
            found, recognised = found + 1, recognised + (key in known)
            roles.append(CUE if key in tp.tape_words().out_keys else FIELD)
            listing = not value
            value_open = listing and key in known
            continue
        if listing and _list_item(line):
            roles.append(CUE)
            continue
        if value_open and roles[-1] == FIELD:  # `INTRO TEXT:` with the intro on the line below: its value
            roles.append(FIELD)
            continue
        if found == 0 and leading < _LEADING_LINES and _list_item(line):
            leading += 1
            roles.append(FIELD)
            continue
        break
    if found < _MIN_FIELDS or recognised < _MIN_KNOWN:
        return []
    while roles and roles[-1] == "":
        roles.pop()
    return roles

