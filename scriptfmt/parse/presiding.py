"""A sieve step for a chamber's record: the chair's turns (`PRESIDENTE.`, `De voorzitter:`, `Mr Speaker:`), left with no
super, are those of the one person the record's presiding line names above them, as every chamber prints it:
`PRESIDENZA DEL VICEPRESIDENTE ROCCO BUTTIGLIONE`, `Presidencia de la Excma. Sra. Dña. Ana Pastor Julián`, `PRÉSIDENCE DE
M. CLAUDE BARTOLONE`, `Presidência do Sr. Carlos Giannazi`, `[Madam Deputy Speaker (Hon. Ann Lowe) in the Chair]`: the last such line above
the turn (the chair changes hands down a sitting). The office is the super's title. A presiding line naming two people
(`Presidência: CARLOS GIANNAZI e REIS`) names no one: the turn keeps no super (its warning stands). The words are a stated convention (styles/records.toml `presiding`, `presiding_after`, `presiding_skip`, `presiding_joins`, `chairs`)."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Segment, Soundbite, Speaker
from scriptfmt.parse.names import name_case, person_words

__all__ = ["name_chairs", "presided"]

_EDGE = " :.-–—[]()"


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    t = tomlfile.load_builtin("records.toml")
    longest = lambda key: tuple(sorted((w.lower() for w in t.get(key, [])), key=len, reverse=True))  # noqa: E731
    return {"heads": longest("presiding"), "after": longest("presiding_after"), "skip": longest("presiding_skip"),
            "joins": longest("presiding_joins"), "chairs": longest("chairs") + longest("english_chairs")}


def _chair_label(marker: str | None) -> str | None:
    """The chair word a turn's label is (`PRESIDENTE.`, `De voorzitter:`, `Mr Speaker:`), lower case, else None."""
    label = (marker or "").strip().split("\n")[0].strip(_EDGE).lower()
    return label if label and label in _words()["chairs"] else None


def _name_of(rest: str) -> str | None:
    """The one person's name in what a presiding line writes after its opening words: offices, honorifics and their
    articles dropped (`del vicepresidente`, `Excma. Sra. Dña.`, `M.`); "" for two people joined (`e`, `y`, `and`); None
    for words that are no name (a sentence: `Presidência da República anunciou …`)."""
    tokens = rest.replace("(", " ").replace(")", " ").split()
    while tokens and tokens[0].lower().strip(",:") in _words()["skip"]:
        tokens = tokens[1:]
    words = [t.strip(_EDGE + ",") for t in tokens]
    if not 1 <= len(words) <= 8 or not all(w[:1].isupper() or w.lower() in _words()["joins"] or w.lower() in _PARTICLES for w in words if w):
        return None
    if any(w.lower() in _words()["joins"] for w in words):
        return ""
    words = [w for w in words if w]
    return name_case(words) if len(words) <= 5 and person_words(words) else None


_PARTICLES = frozenset(("de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "la", "le", "bin", "binti"))


def _presiding(line: str) -> str | None:
    """`PRESIDENZA DEL VICEPRESIDENTE ROCCO BUTTIGLIONE` -> `Rocco Buttiglione`; `[Mr Speaker (Hon. Ann Lowe) in the
    Chair]` -> `Ann Lowe`; "" for a presiding line that names two people, None for any other line."""
    text = line.strip().strip("[]()").strip()
    low = text.lower()
    head = next((h for h in _words()["heads"] if low.startswith(h) and (len(low) == len(h) or not low[len(h)].isalpha())), None)
    if head is not None:
        return _name_of(text[len(head):])
    tail = next((a for a in _words()["after"] if low.endswith(a)), None)
    if tail is None or "(" not in text or ")" not in text:
        return None
    return _name_of(text[text.find("(") + 1 : text.rfind(")")])


def _office_title(marker: str) -> str:
    """`La señora PRESIDENTA:` -> `Presidenta`, `PRESIDENTE.` -> `Presidente`: the label's office, its article and
    honorific dropped."""
    words = marker.strip().split("\n")[0].strip(_EDGE).split()
    while len(words) > 1 and words[0].lower() in _words()["skip"] + ("le", "señora", "señor", "o", "a"):
        words = words[1:]
    return " ".join(words).capitalize()


def presided(lines: list[str]) -> bool:
    """A presiding line names one person in the chair somewhere in the record."""
    return any(len(line) <= 200 and _presiding(line) for line in lines)


def name_chairs(segments: list[Segment], lines: list[str], warnings: list[str]) -> list[Segment]:
    """The segments, each chair's turn with no super given the one person the presiding lines above it name."""
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if len(line) <= 200 and (name := _presiding(line)) is not None:
            found.append((number, name))
    if not found:
        return segments
    for seg in segments:
        if not isinstance(seg, Soundbite) or seg.speaker is not None or (office := _chair_label(seg.marker)) is None:
            continue
        above = [name for number, name in found if number < seg.line]  # the chair changes at each presiding line
        if above and (name := above[-1]):
            seg.speaker = Speaker(name, _office_title(seg.marker or "") or office)
            warnings[:] = [w for w in warnings if not (w.startswith(f"line {seg.line}:") and "could not be named" in w)]
    return segments
