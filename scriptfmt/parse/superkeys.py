"""A sieve step for a transcript's or an interview's turns: the copy keys its labels in brackets. An introduction that
writes a label in parentheses right after a name (`President Mugabe (PM) last week held an interview with the
Zimbabwe Broadcasting Corporation's Tazzen Mandizvidza (TM)`, `la ministre Aïcha Koné (AK)`) says whose turns the label
marks: the `PM:` turns are Mugabe's, whatever the label's letters would mean alone (an office, `Prime Minister`), the
post before the name their title. A key written after two different names names no one; a party's letters after a
candidate's name (`Jean Roy (PQ)`) key no turn unless a turn is labelled so."""

from __future__ import annotations

from scriptfmt.model import Segment, Soundbite, Speaker
from scriptfmt.parse.holder import is_post
from scriptfmt.parse.namedata import name_data
from scriptfmt.parse.names import person_words
from scriptfmt.parse.outlets import is_outlet
from scriptfmt.parse.supercheck import is_body

__all__ = ["keyed_labels", "name_keyed_turns"]

_KEY_MAX = 4  # `PM`, `TM`, `AK`, `JFM`, `MJDL`: the letters of a key
_NAME_MAX = 5  # the words of a name before its key


def _key(inside: str) -> str:
    """`PM`, `J.K.`, `Jfm` -> `PM`, `JK`, `JFM`: a key is one to four letters (dots apart), the first a capital; else ""."""
    bare = inside.replace(".", "").strip()
    return bare.upper() if 1 <= len(bare) <= _KEY_MAX and bare.isalpha() and bare[:1].isupper() else ""


def _name_before(text: str) -> tuple[str, str | None]:
    """(name, post) of the capitalised words that end `text` (`… Corporation's Tazzen Mandizvidza`), a post or an
    honorific before them the title (`President Mugabe` -> `Mugabe`, `President`); ("", None) when no person's name."""
    words: list[str] = []
    particles = name_data().particles
    for token in reversed(text.split()[-(_NAME_MAX + 2) :]):
        if token[-1:] in ",;:.!?)(\"“”«»" or token.endswith(("'s", "’s")) or not (token[:1].isupper() or token.lower() in particles):
            break
        words.insert(0, token)
    while words and words[0].lower() in particles:
        words = words[1:]
    last = max((k for k, w in enumerate(words[:-1]) if is_post(w) or w.lower() in name_data().roles), default=-1)
    posts, words = words[: last + 1], words[last + 1 :]  # `Health Cabinet Secretary Susan Nakhumicha`: the post's words all
    if not words or len(words) > _NAME_MAX - 1 or is_post(words[-1]) or not person_words(words) or _a_body(words):
        return "", None
    return " ".join(words), (" ".join(posts) or None)


def _a_body(words: list[str]) -> bool:
    """`Radio Sur`, `Entrevista de Radio Sur`, `Ministerio de Salud`: an outlet's, a station's or a body's name (any of
    its words a station's or an institution's, or a work's noun), never a person keyed."""
    data = name_data()
    return any(w.lower() in data.place_starts or w.lower() in data.work_nouns for w in words) or any(is_outlet(" ".join(words[k:])) for k in range(len(words))) or is_body(" ".join(words))


def keyed_labels(lines: list[str]) -> dict[str, tuple[str, str | None]]:
    """Each key the copy writes in parentheses right after a person's name -> (name, post); a key written after two
    names is left out."""
    found: dict[str, tuple[str, str | None] | None] = {}
    for line in lines:
        at = line.find(" (")
        while at >= 0:
            close = line.find(")", at + 2, at + 4 + _KEY_MAX * 2)
            key = _key(line[at + 2 : close]) if close > 0 else ""
            name = _name_before(line[:at]) if key else ("", None)
            if name[0]:
                if key not in found:
                    found[key] = name
                elif found[key] is not None and found[key][0] != name[0]:
                    found[key] = None  # two people under one key
            at = line.find(" (", at + 2)
    return {key: name for key, name in found.items() if name is not None}


def _label(bite: Soundbite) -> str:
    """The one label a turn carries (`PM:` -> `PM`), dots apart, in capitals; else ""."""
    marks = [mark.strip().rstrip(":.-–— ").strip() for mark in (bite.marker or "").split("\n") if mark.strip()]
    if not marks and bite.why == "transcript-label" and bite.speaker is not None:
        marks = [bite.speaker.name]  # `M.F.:` read as the name itself
    return marks[0].replace(".", "").upper() if len(marks) == 1 and len(marks[0]) <= _KEY_MAX * 2 else ""


def name_keyed_turns(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, each labelled turn whose label the copy keys after a name given that name (its post the title)."""
    keys = None
    for seg in segments:
        if not isinstance(seg, Soundbite) or not (label := _label(seg)):
            continue
        keys = keyed_labels(lines) if keys is None else keys
        if label in keys:
            name, post = keys[label]
            seg.speaker = Speaker(name, post or (seg.speaker.title if seg.speaker and seg.speaker.name == name else None))
            warnings[:] = [w for w in warnings if not (w.startswith(f"line {seg.line}:") and ("could not be named" in w or "no super" in w))]
    return segments
