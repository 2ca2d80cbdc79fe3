"""The headings a voice-over script sets over its notes to the voice (`**PHONÉTIQUE :**`, `Delivery notes:`; styles/cues.toml
[VOICE_NOTES]), and what ends such notes (parse/notesections.py reads a story by them; the page's repeats never take them)."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile

__all__ = ["ends_notes", "note_labels", "note_readers", "opens_notes", "pronouncer_words"]

_MARKS = "*_#~ \t"  # markdown's emphasis and heading marks round a heading


@lru_cache(maxsize=1)
def _headings() -> frozenset[str]:
    return frozenset(" ".join(h.lower().split()) for h in tomlfile.load_builtin("cues.toml")["VOICE_NOTES"]["headings"])


@lru_cache(maxsize=1)
def note_labels() -> tuple[str, ...]:
    """`note`, `nb`, `anmerkung`: the label of a note to whoever reads the copy (lower case)."""
    return tuple(tomlfile.load_builtin("cues.toml")["VOICE_NOTES"]["note_labels"])


@lru_cache(maxsize=1)
def note_readers() -> tuple[str, ...]:
    """`announcer`, `talent`, `anchor`: who a note addresses (`Note to announcer:`), lower case."""
    return tuple(tomlfile.load_builtin("cues.toml")["VOICE_NOTES"]["readers"])


@lru_cache(maxsize=1)
def pronouncer_words() -> frozenset[str]:
    """`PRONOUNCED`, `PRON`: the words that say how a word is said (styles/cues.toml [PRONOUNCER]), upper case."""
    return frozenset(tomlfile.load_builtin("cues.toml")["PRONOUNCER"]["words"])


def opens_notes(line: str) -> bool:
    """`**PHONÉTIQUE :**`, `Delivery notes:`: a notes heading alone on its line, closed by its colon (a bold heading may have
    its notes run on after it: `**DELIVERY NOTES:** - **Tone:** warm`)."""
    close = line.find("**", 2) if line.startswith("**") else -1
    bare = (line[: close + 2] if close > 2 else line).strip(_MARKS)
    if not bare.endswith((":", "：")):
        return False
    return " ".join(bare[:-1].strip(_MARKS).lower().split()) in _headings()


def ends_notes(line: str) -> bool:
    """The next heading (`#### [00:09-00:15]`), rule (`---`) or bold label (`**TEXTE :** …`) ends the notes."""
    stripped = line.strip()
    close = stripped.find("**", 2)
    colon_at_close = stripped[close - 1 : close] in (":", "：") or stripped[close + 2 : close + 3] == ":"  # `**TEXTE :**` or `**TEXTE**:`
    bold_label = stripped.startswith("**") and close > 2 and colon_at_close
    return stripped.startswith(("#", "---", "___", "===")) or bold_label or opens_notes(stripped)
