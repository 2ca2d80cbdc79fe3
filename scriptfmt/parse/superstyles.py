"""A sieve step on every super: the name as a desk writes it on air.

  1. Styles of address (styles/names.toml `honorific_styles`, any desk's language) are never on a super: `Sa Majesté Le
     Roi Hassan II` is `Hassan II`, `His Excellency President Hage Geingob` is `Hage Geingob`, the office words the style
     runs into (`Le Roi`, `President`) his title. A style before an office alone (`His Excellency the President`) leaves
     the office, for the office pass to name its holder; a style alone (`Your Excellency`, the vocative a question opens
     with) names no one: no super, and a warning.
  2. An office's words are no name: a super ending in a portfolio's word that the copy runs into a post (`Saint Lucia
     Foreign`, of `the former Saint Lucia Foreign Minister explained`) is that office; the super is the one person the
     copy names right after it (`Former Saint Lucia Foreign Minister, Alva Baptiste, has asserted …`), the office the
     title; no one, or two people: no super, and a warning.
  3. A super never runs past a full stop: `João Lourenço. Foto` (a caption's name run into its photo credit) is `João
     Lourenço`; an initial (`F.`), a suffix (`Jr.`) or a post written short (`Sen.`) is no full stop.
  4. An office run into the name (`Acting Head of the Republic of Karelia Artur Parfenchikov`, a label of four words or
     more with a post or a small word in it): the name is the longest tail the copy writes elsewhere after another word
     in small letters or a post (`… acting head of the region Artur Parfenchikov`), the words before it the title."""

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


_SHORT = frozenset(("sem", "s.e.m.", "s.e.", "h.e", "s.e.mme", "semme", "e.s."))  # names.toml's styles written short


def _abbreviated(words: list[str], after: str, text: str) -> bool:
    """A short style (`SEM`, `S.E.`) that neither the super nor the copy writes in capitals before the name (`Sem de
    Jong`): a name's word, no style."""
    if len(words) != 1 or words[0].casefold() not in _SHORT or words[0].replace(".", "").isupper():
        return False
    return f"{words[0].upper()} {after}" not in text


def without_style(name: str, text: str = "") -> tuple[str, str | None] | None:
    """(name, office) of a super a style of address opens: the words after the style and the office words it runs into
    (`Sa Majesté Le Roi Hassan II` -> (`Hassan II`, `Le Roi`)); (office, None) when only office words follow; ("", None)
    for a style alone; None when no style opens the super."""
    words = name.split()
    low = [w.casefold().strip(",") for w in words]
    k = _style_at(low)
    if k and _abbreviated(words[:k], " ".join(words[k : k + 1]), text):
        k = 0  # `Sem de Jong`: an abbreviated style counts only as written (`SEM`, `S.E.`), never a name's word
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


_TAIL = 4  # the most words of a name at the end of an office's run


def _office_run(name: str, lines: list[str]) -> tuple[str, str] | None:
    """(title, name) of a super that runs an office into a name, the name the tail the copy writes after other words."""
    words = name.split()
    particles = name_data().particles  # `María de los Ángeles Gómez Robles`: a name's own small words
    if len(words) < 4 or not any(is_post(w) or (w.islower() and w not in particles) for w in words[:-2]):
        return None
    for k in range(max(1, len(words) - _TAIL), len(words) - 1):
        tail = words[k:]
        if not tail[0][:1].isupper() or is_post(tail[0]) or not person_words(tail):
            continue
        text = " ".join(tail)
        for line in lines:
            at = line.find(" " + text)
            while at >= 0:
                before = line[:at].split()[-1:] or [""]
                if before[0] != words[k - 1] and (before[0].isalpha() and before[0].islower() or is_post(before[0].rstrip("."))):
                    return " ".join(words[:k]), text
                at = line.find(" " + text, at + 1)
    return None


def _before_stop(name: str) -> str:
    """The super up to a word that ends a sentence (`João Lourenço. Foto` -> `João Lourenço`), else the super."""
    words = name.split()
    for k, word in enumerate(words[:-1]):
        core = word.rstrip(".")
        if word.endswith(".") and len(core) > 2 and core.isalpha() and not is_post(word) and core.lower() not in name_data().suffixes and k >= 1:
            return " ".join(words[:k] + [core])
    return name


def _clear(seg: Soundbite, why: str, warned: set[str], warnings: list[str]) -> None:
    if seg.speaker is not None and seg.speaker.name not in warned:
        warned.add(seg.speaker.name)
        warnings.append(f"line {seg.line}: {seg.speaker.name!r} {why}; its bites have no super")
    seg.speaker, seg.speaker_id = None, None


def plain_supers(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, each super without its style of address (a style alone leaves the bite no super), an office's words
    given its one holder, an office run into a name cut off it."""
    warned: set[str] = set()
    text = "\n".join(lines)
    held: dict[str, tuple[bool, str | None, str]] = {}
    runs: dict[str, tuple[str, str] | None] = {}
    for seg in segments:
        if not isinstance(seg, Soundbite) or seg.speaker is None or not seg.speaker.name:
            continue
        if (cut := _before_stop(seg.speaker.name)) != seg.speaker.name:
            seg.speaker = Speaker(cut, seg.speaker.title)
        name = seg.speaker.name
        styled = without_style(name, text)
        if styled is not None and not styled[0]:
            _clear(seg, "is a style of address, not a name", warned, warnings)
            continue
        if styled is not None:
            seg.speaker = Speaker(styled[0], seg.speaker.title or styled[1])
            continue
        office = held[name] if name in held else held.setdefault(name, _holder(name, lines))
        if office[0] and office[1]:
            seg.speaker = Speaker(office[1], f"{name} {office[2]}")
        elif office[0]:
            _clear(seg, "is an office's words and the copy names no one holder", warned, warnings)
        elif (run := runs[name] if name in runs else runs.setdefault(name, _office_run(name, lines))) is not None:
            seg.speaker = Speaker(run[1], seg.speaker.title or run[0])
    return segments
