"""Small readings of tape lines that need no vocabulary: a British running time (`2'10"`), a
person's name apart from the organisation or title written with it, a `NAME:` label in capitals."""

from __future__ import annotations


def primed_time(tokens: list[str]) -> str | None:
    """`2'10"`, `4′ 55″`, `45"` (minutes and seconds as British cue sheets write them) -> `2:10`."""
    text = "".join(tokens).replace("′", "'").replace("’", "'").replace("″", '"').replace("''", '"')
    if not text.endswith('"') or text.count('"') != 1:
        return None
    minutes, tick, seconds = text[:-1].rpartition("'")
    if not (seconds.isascii() and seconds.isdigit() and len(seconds) <= 2) or tick and not (minutes.isascii() and minutes.isdigit()):
        return None
    return f"{int(minutes or 0)}:{int(seconds):02d}"


def name_only(name: str, title: str) -> tuple[str, str]:
    """`Mayor Cornelius Oduya-Svensson (Town of Oliver)` -> the name, the bracket as the title;
    `TRUST CHIEF EXECUTIVE GERAINT PASCOE-MWANGI` (a title in capitals before the name) -> the
    last two words as the name, the words before as the title."""
    if name.endswith(")") and "(" in name:
        at = name.rfind("(")
        name, title = name[:at].strip(), title or name[at + 1 : -1].strip()
    words = name.split()
    if len(words) > 3 and name.isupper():
        name, title = " ".join(words[-2:]), title or " ".join(words[:-2])
    return name, title


def name_label_end(tokens: list[str]) -> int:
    """Index after a `NAME:` label in capitals with no title (`D'ALESSANDRO-PAPAS:`, `JO KIM:`),
    at most three words, else 0: inside `((…))` under an open tape block it names the bite."""
    for k, tok in enumerate(tokens[:3]):
        if any(ch.islower() for ch in tok) or not tok.rstrip(":").replace("'", "").replace("’", "").replace("-", "").replace(".", "").isalpha():
            return 0
        if tok.endswith(":"):
            return k + 1
    return 0
