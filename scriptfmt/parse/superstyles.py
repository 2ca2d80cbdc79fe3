"""A sieve step on every super: the name as a desk writes it on air.

  1. Styles of address (styles/names.toml `honorific_styles`, any desk's language) are never on a super: `Sa Majesté Le
     Roi Hassan II` is `Hassan II`, `His Excellency President Hage Geingob` is `Hage Geingob`, the office words the style
     runs into (`Le Roi`, `President`) his title. A style before an office alone (`His Excellency the President`) leaves
     the office, for the office pass to name its holder; a style alone (`Your Excellency`, the vocative a question opens
     with) names no one: no super, and a warning.
  2. An office's words are no name: a super ending in a portfolio's word that the copy runs into a post (`Saint Lucia
     Foreign`, of `the former Saint Lucia Foreign Minister explained`) is that office; the super is the one person the
     copy names right after it (`Former Saint Lucia Foreign Minister, Alva Baptiste, has asserted …`), the office the
     title; no one, or two people: no super, and a warning."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Segment, Soundbite, Speaker
from scriptfmt.parse.holder import is_post
from scriptfmt.parse.namedata import name_data
from scriptfmt.parse.names import person_words

__all__ = ["plain_supers", "without_style"]


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    t = tomlfile.load_builtin("names.toml")
    styles = tuple(sorted({tuple(s.casefold().split()) for s in t.get("honorific_styles", ())}, key=len, reverse=True))
    return styles, frozenset(w.casefold() for w in t.get("style_offices", ()))


def _style_at(low: list[str]) -> int:
    """How many words of a style of address open `low` (0 when none)."""
    return next((len(style) for style in _data()[0] if tuple(low[: len(style)]) == style), 0)


def without_style(name: str) -> tuple[str, str | None] | None:
    """(name, office) of a super a style of address opens: the words after the style and the office words it runs into
    (`Sa Majesté Le Roi Hassan II` -> (`Hassan II`, `Le Roi`)); (office, None) when only office words follow; ("", None)
    for a style alone; None when no style opens the super."""
    words = name.split()
    low = [w.casefold().strip(",") for w in words]
    k = _style_at(low)
    if not k:
        return None
    end = k
    while end < len(words) and (low[end] in _data()[1] or is_post(low[end])):
        end += 1
    office = [w for w, lw in zip(words[k:end], low[k:end]) if lw not in _ARTICLES]
    if end < len(words):
        return " ".join(words[end:]), (" ".join(office) or None)
    return (" ".join(office), None) if office else ("", None)


_ARTICLES = frozenset(("the", "le", "la", "el", "il", "lo", "o", "a", "der", "die", "de", "het"))


_PORTFOLIOS = frozenset(("foreign", "external", "home", "interior", "defence", "defense"))  # with names.toml departments


def _holder(name: str, lines: list[str]) -> tuple[bool, str | None, str]:
    """(the super is an office's words, the one person the copy names right after them and their post, the post): the
    super ends in a portfolio's word and the copy writes a post right after it."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _PORTFOLIOS | {d.lower() for d in name_data().departments}:
        return False, None, ""
    office, people = False, set()
    posts = ""
    for line in lines:
        tokens = line.split()
        for k in range(len(tokens) - len(words)):
            if [t.strip(",") for t in tokens[k : k + len(words)]] != words or tokens[k + len(words) - 1].endswith(","):
                continue
            j = k + len(words)
            while j < len(tokens) and is_post(tokens[j].rstrip(",")) and not tokens[j - 1].endswith(","):
                j += 1
            if j == k + len(words):
                continue
            office, posts = True, " ".join(t.rstrip(",") for t in tokens[k + len(words) : j])
            run = []
            for token in tokens[j : j + 4]:
                run.append(token.rstrip(",.;:"))
                if token[-1:] in ",.;:" or not token[:1].isupper():
                    break
            if tokens[j - 1].endswith(",") and len(run) >= 2 and all(w[:1].isupper() for w in run) and person_words(run):
                people.add(" ".join(run))
    return office, (people.pop() if len(people) == 1 else None), posts


def _clear(seg: Soundbite, why: str, warned: set[str], warnings: list[str]) -> None:
    if seg.speaker is not None and seg.speaker.name not in warned:
        warned.add(seg.speaker.name)
        warnings.append(f"line {seg.line}: {seg.speaker.name!r} {why}; its bites have no super")
    seg.speaker, seg.speaker_id = None, None


def plain_supers(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, each super without its style of address (a style alone leaves the bite no super), an office's words
    given its one holder."""
    warned: set[str] = set()
    for seg in segments:
        if not isinstance(seg, Soundbite) or seg.speaker is None or not seg.speaker.name:
            continue
        styled = without_style(seg.speaker.name)
        if styled is not None and not styled[0]:
            _clear(seg, "is a style of address, not a name", warned, warnings)
        elif styled is not None:
            seg.speaker = Speaker(styled[0], seg.speaker.title or styled[1])
        elif (held := _holder(seg.speaker.name, lines))[0] and held[1]:
            seg.speaker = Speaker(held[1], f"{seg.speaker.name} {held[2]}")
        elif held[0]:
            _clear(seg, "is an office's words and the copy names no one holder", warned, warnings)
    return segments
