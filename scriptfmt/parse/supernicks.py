"""A sieve step on every super: a nickname is its person's. Where the copy writes a nickname in quotation marks inside
a full name (`Senator Ferdinand "Bongbong" Marcos, Jr.`, `Antonio “Sonny” Trillanes IV`, `Luiz Inácio «Lula» da
Silva`), a super that is the nickname (`Sen. Bongbong:` as a transcript labels his turns) or the nickname and the
surname (`Bongbong Marcos`) is that person: the super carries the full name, the nickname left out, as a super writes
it. Two people under one nickname leave the super as it was."""

from __future__ import annotations

from scriptfmt.model import Segment, Soundbite, Speaker
from scriptfmt.parse.holder import is_post
from scriptfmt.parse.namedata import name_data
from scriptfmt.parse.names import fold, person_words

__all__ = ["nicknames", "full_nicknames"]

_OPEN, _CLOSE = "\"“„«‘'", "\"”»’'"
_SIDE = 3  # the most name words on either side of the nickname


def _name_word(token: str) -> bool:
    """`Ferdinand`, `F.`, `Inácio`, `da`: a word of a person's name (a capital, an initial or a particle)."""
    bare = token.rstrip(",")
    return bool(bare) and (bare[:1].isupper() or bare in name_data().particles) and not any(ch in _OPEN + _CLOSE for ch in bare)


def _given(tokens: list[str]) -> list[str]:
    """The given names before a nickname: the capitalised words that end `tokens`, posts before them left out."""
    words: list[str] = []
    for token in reversed(tokens[-_SIDE - 2 :]):
        if not _name_word(token) or token.endswith(","):
            break
        words.insert(0, token)
    while words and (is_post(words[0]) or words[0].lower() in name_data().particles):
        words = words[1:]
    return words[-_SIDE:]


def _surname(tokens: list[str]) -> list[str]:
    """The surname after a nickname as written (`Marcos, Jr.` -> `Marcos Jr.`, `F. Trillanes IV`, `da Silva`): up to a
    suffix, a comma not before one, or a sentence's full stop."""
    words: list[str] = []
    suffixes = {s.rstrip(".") for s in name_data().suffixes if len(s.rstrip(".")) > 1}  # `jr`, `iii` (never `V.`, an initial)
    for k, token in enumerate(tokens[: _SIDE + 1]):
        bare = token.rstrip(",;:")
        core = bare.rstrip(".")
        if core.lower() in suffixes:
            words.append(bare)
            break
        if not _name_word(token):
            break
        initial = len(core) == 1 and core.isupper()
        words.append(bare if initial else core)
        after = tokens[k + 1].rstrip(",.;:").lower() if k + 1 < len(tokens) else ""
        if (bare.endswith(".") and not initial) or (token.endswith(",") and after not in suffixes):
            break
    while words and words[-1].lower() in name_data().particles:
        words.pop()
    return words


def nicknames(lines: list[str]) -> dict[str, str | None]:
    """Each nickname the copy quotes inside a full name (folded) -> that full name, the nickname out; None for two."""
    found: dict[str, str | None] = {}
    for line in lines:
        tokens = line.split()
        for k, token in enumerate(tokens):
            if token[:1] not in _OPEN or k == 0:
                continue
            end = next((j for j in range(k, min(k + 2, len(tokens))) if tokens[j].rstrip(",")[-1:] in _CLOSE and (j > k or len(tokens[j].rstrip(",")) > 2)), None)
            if end is None or tokens[end].endswith(","):
                continue
            nick = " ".join(tokens[k : end + 1]).strip(_OPEN + _CLOSE + ",")
            given, surname = _given(tokens[:k]), _surname(tokens[end + 1 :])
            if not nick or not given or not surname or not person_words(given + surname) or not nick[:1].isupper():
                continue
            full = " ".join(given + surname)
            key = fold(nick)
            found[key] = full if found.get(key, full) == full else None
    return found


def full_nicknames(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, each super that is a quoted nickname (alone or with the surname) given the full name."""
    names = None
    for seg in segments:
        if not isinstance(seg, Soundbite) or seg.speaker is None or not seg.speaker.name:
            continue
        names = nicknames(lines) if names is None else names
        if not names:
            return segments
        words = seg.speaker.name.split()
        full = names.get(fold(words[-1] if len(words) == 1 else words[0]))
        if full and (len(words) == 1 or fold(words[-1]) in {fold(w) for w in full.split()}):
            seg.speaker = Speaker(full, seg.speaker.title)
    return segments
