"""Who voices a package: its script's TRACK and STANDUP lines are the reporter's, not the anchor's.

The evidence, strongest first: the roll block's `REPORTER: Jo Lin` line; a track labelled with
its reader (`(JO) TRACK:`); a super naming the reporter (`*CG standup Jo Lin`,
`SUPER: Jo Lin / Reporter`); the sign-off the package ends on (`...Jo Lin, Channel 9 News.`);
the package's slug when it is a person's name written in mixed case (`PKG: Jo Lin`); the
anchor's toss just before the roll (`Jo Lin reports.`). With none of these the package's
read copy names no reader: a guess on the prompter is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Cue
from scriptfmt.parse import tape as tp

_PUNCT = ".,;:!?\"'“”‘’…()[]*"


@dataclass(frozen=True, eq=False, repr=False)
class PackageWords:
    reporter_keys: frozenset[str]
    tosses: tuple[str, ...]
    supers: frozenset[str]


@lru_cache(maxsize=1)
def package_words() -> PackageWords:
    data = tomlfile.load_builtin("markup.toml")["package"]
    return PackageWords(frozenset(data["reporter_keys"]), tuple(data["reporter_tosses"]), frozenset(data["reporter_supers"]))


def reporter_field(line: str) -> str | None:
    """`REPORTER: Jo Lin`, `[RPTR=Okonkwo]` -> the name; None for any other line."""
    body = tp.unwrap(line)
    for sep in (":", "="):
        key, found, value = body.partition(sep)
        if found and " ".join(key.upper().split()) in package_words().reporter_keys and value.strip():
            return value.strip()
    return None


def person_name(text: str, mixed_only: bool = False) -> str | None:
    """`Jo Lin` / `JO LIN` (two or three capitalised words of letters) as a display name."""
    words = text.strip(_PUNCT + " ").split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words):
        return None
    if mixed_only and (len(words) < 2 or text.isupper()):
        return None
    return tp.display_name(" ".join(words))


def from_super(cue: Cue) -> str | None:
    """`*CG standup Jo Lin`, `SUPER: Jo Lin / Reporter`: the reporter the super names."""
    text = cue.original.strip("[]()* ")
    words = text.replace("/", " / ").replace(",", " , ").split()
    marks = [k for k, w in enumerate(words) if w.upper().strip(_PUNCT) in package_words().supers]
    if not marks:
        return None
    k = marks[0]
    after = " ".join(words[k + 1 :]).split("/")[0].split(",")[0]
    before = " ".join(words[:k]).split(":")[-1].split("=")[-1].split("/")[0].split(",")[0]
    return person_name(after) or person_name(before)


def from_sign_off(out_cue: str) -> str | None:
    """`...Jo Lin, Channel 9 News.` -> `Jo Lin`: a name, then the station."""
    text = out_cue.strip(_PUNCT + " ")
    parts = text.split(",")
    if len(parts) < 2:
        return None
    # the name stands just before the station (`…In Alder Springs, Raul Ibsen, News 4.`), else first
    return person_name(parts[-2], mixed_only=True) or person_name(parts[0], mixed_only=True)


def from_toss(read_copy: str) -> str | None:
    """The anchor's last sentence before the roll: `Jo Lin reports.`, `Jo Lin has the story.`,
    `Jo Lin reports from Ottawa.`"""
    text = " ".join(read_copy.split()).rstrip(",;: ")
    upper = text.upper()
    at = upper.rfind(" REPORTS FROM ")
    if at > 0 and "." not in text[at:]:  # `Kayla Toshi reports from Washington,`
        text, upper = text[: at + 8] + ".", upper[: at + 8] + "."
    for toss in package_words().tosses:
        if upper.endswith(" " + toss):
            head = text[: len(text) - len(toss)].rstrip()
            start = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
            return person_name(head[start + 1 :] if start >= 0 else head, mixed_only=True)
    return None


def last_sentence(text: str) -> str:
    """The last sentence of a paragraph (its sign-off, when it is a package's last line)."""
    body = " ".join(text.split()).rstrip(_PUNCT + " ")
    start = max(body.rfind(". "), body.rfind("? "), body.rfind("! "))
    return body[start + 2 :] if start >= 0 else body
