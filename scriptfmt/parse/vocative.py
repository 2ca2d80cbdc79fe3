"""A quotation that opens by calling its super by name is said to them, never by them: `— Tereza Cristina, o arroz vai
aumentar? — perguntou.` (the girl asks the minister), `"Minister Ruiz, when will the school reopen?" a parent asked`.
The desk's rule: the person addressed at the head of the words (their name, or its last word, then a comma, a `!` or
a `?`) is the listener. The bite keeps no super and a warning (a wrong name on screen is worse than none); the
attribution that named them read the name inside the quotation as the latest person mentioned."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Segment, Soundbite
from scriptfmt.parse.holder import is_post
from scriptfmt.parse.names import fold, name_data

__all__ = ["clear_addressed"]

_OPENERS = "\"'“”‘’«»„—–- ¿¡"
_CLOSERS = (",", "!", "?", ":")
_MOST = 5  # the most words before the comma: a name with a title (`Senhora ministra Tereza Cristina,`)


def _addresses(text: str, name: str) -> bool:
    """The words open by naming `name` (whole, or its last word) in a vocative: at most five words, then a comma."""
    head = text.lstrip(_OPENERS)
    cut = min((k for k in (head.find(mark) for mark in _CLOSERS) if k > 0), default=-1)
    if cut < 0:
        return False
    written = head[:cut].split()
    words = [fold(w) for w in written]
    own = [fold(w) for w in name.split()]
    if not words or len(words) > _MOST or not own:
        return False
    whole = words[-len(own) :] == own
    if not whole and not (len(own) > 1 and words[-1] == own[-1] and len(words) <= 3):
        return False
    before = written[: len(words) - (len(own) if whole else 1)]
    return all(_addressing(word) for word in before)  # `I'm Ana Ruiz, …`: she names herself, no vocative


def _addressing(word: str) -> bool:
    """A word that may stand before a name called in address: a title, a post or a form of address (`Mayor`, `Senhora`)."""
    low = word.lower().strip(".,")
    return is_post(word) or low in name_data().honorifics or low in name_data().roles or low in _address_forms()


@lru_cache(maxsize=1)
def _address_forms() -> frozenset[str]:
    """styles/names.toml `address_forms` (`Senhora`, `Monsieur`, `Ông`), lower case, one word each."""
    return frozenset(w.casefold() for w in tomlfile.load_builtin("names.toml").get("address_forms", ()) if " " not in w)


def clear_addressed(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, each bite whose words address its own super left with none (one warning a bite)."""
    for seg in segments:
        if isinstance(seg, Soundbite) and seg.speaker is not None and seg.speaker.name and seg.why != "transcript-label" and _addresses(seg.text, seg.speaker.name):
            warnings.append(f"line {seg.line}: the words address {seg.speaker.name!r} by name, so they are not theirs; the bite has no super")
            seg.speaker, seg.speaker_id = None, None
    return segments
