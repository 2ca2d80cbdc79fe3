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
"""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse import tape as tp
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
