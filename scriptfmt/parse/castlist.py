"""A transcript's cast list above the first turn: `CORRESPONDENT: MICHAEL MORELL`, `GUEST: DR. ANA RUIZ,
EPIDEMIOLOGIST`, `Witnesses: A, title; and B, title.` (a key of styles `cast_keys`, then names, never a sentence)."""

from __future__ import annotations

from scriptfmt.parse.castlabels import nicknamed
from scriptfmt.parse.presiding import presided  # noqa: F401  (the transcript reader asks the cast's module)
from scriptfmt.parse.labels import name_alone, words

__all__ = ["cast_entry", "cast_keys_alone", "cast_people", "presided", "unnicknamed"]


def cast_entry(line: str, between_turns: bool) -> tuple[str, str] | None:
    """The cast list's key and value in `line` (lower-case key, the value as written), or None when the line
    is a turn (a turn is a sentence); between turns only `Guest: Kseniya Kharchenko` (a segment's cast)."""
    key, value = line.partition(":")[0].strip().lower(), line.partition(":")[2].strip()
    entries = value.rstrip(".").split(";")
    longest = max(len(entry.split()) for entry in entries) if value else 0  # `A, title; B, title`
    listed = len(entries) > 1 and not value.endswith(("?", "!", '"', "”"))  # a list may close with a full stop
    listed = listed or all(name_alone(one.strip(), mixed=True) for one in value.rstrip(".").replace(" and ", ",").split(","))  # `A MP and B.`
    if key not in words().cast_keys or not value or (value.endswith((".", "?", "!", '"', "”")) and not listed) or longest > 12:
        return None
    if between_turns and not all(name_alone(entry.partition(",")[0].strip(), mixed=True) for entry in entries):
        return None  # never `GUEST: Thank you.` between turns
    return key, value.rstrip(".") if listed else value


def cast_people(value: str) -> list[str]:
    """Each person of a cast entry's value: `A, title; B, title`, and `Jake Maderazo and Arlene Dela Cruz` (two names
    joined, no title: `Ana Ruiz, Minister of Trade and Industry` is one person)."""
    found = []
    for one in value.split(";"):
        one = one.strip().removeprefix("and ").strip()
        pair = one.replace(" & ", " and ").split(" and ")
        both = "," not in one and len(pair) == 2 and all(name_alone(part.strip(), mixed=True) for part in pair)
        found.extend(part.strip() for part in pair) if both else found.append(one)
    return found


def cast_keys_alone(lines: list[str]) -> list[int]:
    """Indexes of a cast key alone with its colon (`Moderator:`) whose next line with words is a name and a title
    (`Shri NAME – Chief General Manager, …`), never a sentence: the cast list's entry over two lines, not a turn."""
    found = []
    for n, raw in enumerate(lines):
        below = next((other.strip() for other in lines[n + 1 :] if other.strip()), "")
        name = below.replace("–", ",").replace("—", ",").replace(" - ", ",").partition(",")[0].strip()
        if raw.strip().endswith(":") and raw.strip().lower().rstrip(" :") in words().cast_keys and name_alone(name, mixed=True) and not below.endswith((".", "?", "!")):
            found.append(n)
    return found


def unnicknamed(guest: str | None, lines: list[str]) -> str | None:
    """`Antonio Sonny F. Trillanes Iv`, read from `SENATOR ANTONIO "SONNY" F. TRILLANES IV`: the guest's name as the super
    writes it, without the nickname the copy sets in quotation marks (`Antonio F. Trillanes IV`)."""
    words_of = set((guest or "").lower().split())
    return next((full for line in lines[:12] for full, nick in nicknamed(line) if nick in words_of and full.lower().split()[-1] in words_of), guest)
