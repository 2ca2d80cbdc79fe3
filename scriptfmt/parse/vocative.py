"""A quotation that opens by calling its super by name is said to them, never by them: `— Tereza Cristina, o arroz vai
aumentar? — perguntou.` (the girl asks the minister), `"Minister Ruiz, when will the school reopen?" a parent asked`.
The desk's rule: the person addressed at the head of the words (their name, or its last word, then a comma, a `!` or
a `?`) is the listener. The bite keeps no super and a warning (a wrong name on screen is worse than none); the
attribution that named them read the name inside the quotation as the latest person mentioned."""

from __future__ import annotations

from scriptfmt.model import Segment, Soundbite
from scriptfmt.parse.names import fold

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
    words = [fold(w) for w in head[:cut].split()]
    own = [fold(w) for w in name.split()]
    if not words or len(words) > _MOST or not own:
        return False
    return words[-len(own) :] == own or (len(own) > 1 and words[-1] == own[-1] and len(words) <= 3)


def clear_addressed(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, each bite whose words address its own super left with none (one warning a bite)."""
    for seg in segments:
        if isinstance(seg, Soundbite) and seg.speaker is not None and seg.speaker.name and seg.why != "transcript-label" and _addresses(seg.text, seg.speaker.name):
            warnings.append(f"line {seg.line}: the words address {seg.speaker.name!r} by name, so they are not theirs; the bite has no super")
            seg.speaker, seg.speaker_id = None, None
    return segments
