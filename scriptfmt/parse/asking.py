"""Co-hosts of a broadcast interview printed with names alone on their lines (`NICOLAS DEMORAND` / `BRUNO LE MAIRE` /
`LEA SALAME`): where the top names the one guest, another voice whose every turn asks (`…?`) or only greets
(`Bonjour.`) is the programme's second host, read, never a bite."""

from __future__ import annotations

from scriptfmt.parse.qawords import interview_words
from scriptfmt.parse.standfirst import ends_asking

__all__ = ["asking_voices"]

_THANKS = ("merci", "thank you", "thanks", "gracias", "obrigado", "obrigada", "danke", "grazie")


def asking_voices(lines: list[str], alone: set[str], guest: str | None) -> set[str]:
    """Label names (lower case) of the voices alone on their lines that only ask or greet, in copy whose top names a
    guest who is one of them; none otherwise."""
    if not guest or not alone or not any(guest.lower().split()[-1] in name.lower().split() for name in alone):
        return set()
    turns: dict[str, list[str]] = {}
    texts = [raw.strip() for raw in lines if raw.strip()]
    for name, below in zip(texts, texts[1:]):
        if name in alone and below not in alone:
            turns.setdefault(name, []).append(below)
    return {name.lower() for name, said in turns.items() if guest.lower().split()[-1] not in name.lower().split() and all(map(_asks_or_greets, said))}


def _asks_or_greets(text: str) -> bool:
    low = text.lower()
    greets = len(text.split()) <= 5 and low.startswith(tuple(interview_words()["greetings"]) + _THANKS)
    return ends_asking(text) or greets
