"""Small readings of tape lines that need no vocabulary: a
person's name apart from the organisation or title written with it, a `NAME:` label in capitals."""

from __future__ import annotations

from scriptfmt.parse.names import name_data
from scriptfmt.parse.quotes import closers, find_quotes
from scriptfmt.parse.speakers import speech_words, title_words
from scriptfmt.parse.transcriptwords import words
from scriptfmt.parse.supers import tidy_title
from scriptfmt import tomlfile
from functools import lru_cache


def name_only(name: str, title: str) -> tuple[str, str]:
    """`Mayor Cornelius Oduya-Svensson (Town of Oliver)` -> the name, the bracket as the title;
    `TRUST CHIEF EXECUTIVE GERAINT PASCOE-MWANGI` (a title in capitals before the name) -> the
    last two words as the name, the words before as the title; `Dr. Paolo Ferri ESOC Darmstadt` (a name in ordinary
    case, then the body's acronym and its place) -> the name, the rest as the title."""
    if name.endswith(")") and "(" in name:
        at = name.rfind("(")
        name, title = name[:at].strip(), title or name[at + 1 : -1].strip()
    if name.lower().strip(" :.") in words().questioners:
        return "", title or name  # `IN sound bite Question`: the interviewer's question on the tape, no one's name
    tokens = name.split()
    if len(tokens) > 3 and name.isupper() and not title:  # a title written apart: the words before it are all name
        name, title = " ".join(tokens[-2:]), title or " ".join(tokens[:-2])
    at = next((k for k, w in enumerate(tokens) if k >= 2 and len(w) >= 2 and w.isalpha() and w.isupper()), 0) if not title and not name.isupper() else 0
    if at and all(w[:1].isupper() and not w.isupper() for w in tokens[1:at]):  # `Dr. Paolo Ferri ESOC Darmstadt`: the name ends at the body's acronym
        name, title = " ".join(tokens[:at]), " ".join(tokens[at:])
    return name, title


def name_label_end(tokens: list[str], most: int = 3, titled: bool = False) -> int:
    """Index after a `NAME:` label in capitals with no title (`D'ALESSANDRO-PAPAS:`, `JO KIM:`),
    at most three words, else 0: inside `((…))` under an open tape block it names the bite. `titled`: a title may
    follow the name after a comma (`ANA RUIZ, MAYOR:`), `most` words in all."""
    for k, tok in enumerate(tokens[:most]):
        if any(ch.islower() for ch in tok) or not tok.rstrip(":," if titled else ":").replace("'", "").replace("’", "").replace("-", "").replace(".", "").isalpha():
            return 0
        if tok.endswith(":"):
            return k + 1
    return 0


def quoted_label_end(tokens: list[str]) -> int:
    """Index after a `Name/title:` or `Surname:` label in any case whose quotation follows at once
    (`Hanne Whitcombe/lives next to landfill: "…"`, `Okwuosa: "…"`), else 0: inside `((…))` under
    an open tape block it names the bite. A name is at most three capitalised words before any slash."""
    slash = False
    for k, tok in enumerate(tokens[:12]):
        slash = slash or "/" in tok
        if not slash and (k >= 3 or not tok[:1].isupper()):
            return 0
        if tok.endswith(":"):
            return k + 1 if k + 1 < len(tokens) and tokens[k + 1][:1] in "\"“”„«»‹›‘’" else 0
    return 0


def name_line(line: str) -> bool:
    """`Lorie Gifford, Teacher`, `DR. ANA RUIZ / STATE VET`: a line that is only a person's name
    (two to four capitalised words) and maybe a title after a comma or slash."""
    if len(line) > 80 or line.rstrip().endswith((".", "!", "?", ":", ";")) or line[:1] in "\"“”‘’'([":
        return False
    name, title = split_name(line)
    words = name.split()
    if not 2 <= len(words) <= 4 or len(title.split()) > 8:
        return False
    return all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha() for w in words)


def lower_name(name: str) -> bool:
    """Two or three words of letters: a name as an all-lower-case script writes it."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w.replace("-", "").replace("'", "").isalpha() for w in words)


def split_name(label: str) -> tuple[str, str]:
    """`Tobias Renfro, Volunteer` / `ROLAND PIKE/HOSPITAL ADMINISTRATOR` / `ARNALDO LEITE - CONSELHEIRO`
    -> (name, title)."""
    for sep in ("/", ",", "|", " - ", " – ", " — "):  # `ROSILENE SANTOS - MÃE`: a spaced dash, not a hyphenated name
        if sep in label:
            name, _, title = label.partition(sep)
            if sep.strip() in "-–—" and _title_first(name, title):
                name, title = title, name  # `Coordenador de Comunicação – Morsaniel Yanomami`: the office, then who holds it
            return name.strip(" -"), title.strip(" ;,|")
    return label.strip(" -;"), ""


def _title_first(head: str, tail: str) -> bool:
    """`Communications Coordinator – Ana Lima`: the words before the dash hold an office's word and the words
    after it are a name (two to four capitalised words, none of them an office's word)."""
    titles = title_words() | words().name_titles
    after = tail.split()
    return (any(w.lower().strip(".,") in titles for w in head.split()) and 2 <= len(after) <= 4
            and all(w[:1].isupper() and w.lower() not in titles for w in after))


def display_title(title: str) -> str:
    """`CITY ENGINEER` -> `City Engineer` by the supers' one rule; "" when nothing is left."""
    return tidy_title(title) or ""


def bracket_titled(text: str) -> tuple[str, str, str] | None:
    """`Yoon Duk-yong (Head, Joint Investigation Team)`, `GIL HWAN-YOUNG(President, KBS) : "…"`,
    `Lee Hwa-ja (Buan resident): My feet shook …` -> (name, title, the words after the colon);
    a name of one to four capitalised words with its title in brackets. None for anything else."""
    name, paren, rest = text.partition("(")
    title, close, after = rest.partition(")")
    words = name.split()
    if not paren or not close or not 1 <= len(words) <= 4 or not title.strip() or "(" in title:
        return None
    if not all(w[:1].isupper() and w.replace("-", "").replace(".", "").replace("'", "").isalpha() for w in words):
        return None
    after = after.strip()
    if after and not after.startswith(":"):
        return None
    return name.strip(), title.strip(), after[1:].strip()


def unwrap(line: str) -> str:
    """`[SOT 00:43:27]` -> `SOT 00:43:27`; `(///// SOT /////)`, `{TAKE SOT}`, `**SOT**`, `((SOT))` ->
    the words inside; other lines unchanged."""
    text = line.strip()
    if text[:2] == "((" and text[-2:] == "))" and "(" not in text[2:-2]:
        text = text[2:-2].strip()  # `((SOT))`, `((OFF))`: a marker in double parentheses
    if len(text) > 1 and text[0] + text[-1] in ("[]", "{}"):
        text = text[1:-1].strip()
    if len(text) > 2 and text[0] == "*" and text[-1] == "*":
        text = text.strip("* ")
    if text.startswith("(") and text.endswith(")") and "/" in text[:3]:
        text = text[1:-1].strip("/ ")
    return text


def caps_label_end(tokens: list[str], start: int = 0, ends: str = ":") -> int:
    """Index after a `NAME/TITLE:` label in capitals at tokens[start], else 0 (counted from start);
    `ends` holds the marks that may close the label (inside `((…))` a desk may close it with `;`).
    Looks at 14 tokens at most, so a scan over a long line stays linear."""
    slash = False
    for k in range(start, min(len(tokens), start + 14)):
        tok = tokens[k]
        if any(ch.islower() for ch in tok):
            return 0
        slash = slash or "/" in tok
        if tok[-1:] in ends:
            return k + 1 - start if slash else 0
    return 0


_CLIP_MARKS = {"(audio begin)": "in", "(audio in)": "in", "(in)": "in", "(audio end)": "out", "(audio out)": "out", "(out)": "out"}


def clip_words(line: str) -> str | None:
    """`Key issue is…` / `President Trump is issuing (audio begin)` -> "in"; `…problem at
    international level` / `… back to the house (audio end)` -> "out": a clip's first or last
    words as a radio script writes them under the clip; None for any other line."""
    lower = line.lower()
    mark = next((kind for text, kind in _CLIP_MARKS.items() if lower.endswith(text)), None)
    if mark is not None:
        return mark
    if line.startswith(("…", "...")):
        return "out"
    return "in" if line.endswith(("…", "...", "….")) else None


def left_open(words: str) -> bool:
    """`"Halos sumasadsad pa ang track …` with no closing mark: the quotation goes on over the
    lines after it (a hard-wrapped bite) until its closing mark."""
    spans = find_quotes(words)  # an apostrophe (`'til`) opens nothing
    opened = bool(spans) and spans[0].start == 0 and not spans[0].closed
    return opened and not any(mark in words[spans[0].open_len :] for mark in closers(words[: spans[0].open_len]))


def rank_off(name: str) -> tuple[str, str]:
    """`Battalion Chief Oluwaseun Bello` -> ("Battalion Chief", "Oluwaseun Bello"): a super that
    leads with a rank or office (words up to a known title, `Police Chief`, `Mayor`, `Sgt.`) gives
    the person's name after it, the rank joining the title; a full name (two words) must be left.
    ("", name) when the super opens on no rank."""
    words = name.split()
    titles = speech_words().titles
    end = 0
    for i in range(min(len(words), 4)):
        for n in (3, 2, 1):
            if tuple(w.lower().rstrip(",") for w in words[i : i + n]) in titles and (end := i + n):
                break
        if end or not words[i][:1].isupper():
            break
    if not end or len(words) - end < 2 or not all(w[:1].isupper() for w in words[:end]) or all(w.lower() in name_data().honorifics for w in words[:end]):
        return "", name  # `Dr. Lucia Moretti`: an honorific is no rank (the super's name keeps it as written)
    return " ".join(words[:end]), " ".join(words[end:])


def with_rank(rank: str, title: str) -> str:
    """The title with the rank the super put before the name (`Battalion Chief, Tacoma Fire Dept.`)."""
    return ", ".join(part for part in (rank, title) if part)


@lru_cache(maxsize=2)
def _unnamed_words(key: str) -> frozenset[str]:
    """Who a label may call a passer-by by (styles/furniture.toml unnamed_roles) and the words before it
    (unnamed_role_openers: `an unidentified`, `elderly`)."""
    return frozenset(w.lower() for w in tomlfile.load_builtin("furniture.toml")["transcript"][key])


def unnamed_person(label: str) -> bool:
    """`woman walking dog (no CG)`, `unidentified protester`: a bite's label that names a person by what
    she is, in lower case, not by name: she speaks on the tape (no name, the reader warns)."""
    words = [w.strip(",.;:()").lower() for w in label.split()]
    while words and words[0] in _unnamed_words("unnamed_role_openers"):
        words = words[1:]
    return bool(words) and label[:1].islower() and words[0] in _unnamed_words("unnamed_roles")


def bite_label_end(tokens: list[str]) -> int:
    """Tokens the label inside `((…))` takes: `NAME/TITLE:` (or `NAME/TITLE;`), `NAME:`, `Name/title: "…"`, `Surname: "…"`."""
    return caps_label_end(tokens, ends=":;") or name_label_end(tokens) or quoted_label_end(tokens)


def folder_line(line: str) -> bool:
    """`FOLDER: NEWS CUTS`: a radio script's line saying where the cut is filed, in capitals, the cut under it."""
    key = line.split(None, 1)[0] if line.strip() else ""
    return key.endswith(":") and key[:-1].upper() == "FOLDER" and line.isupper()


_OUT_MARKS = ("Q…", "Q...", "OQ…", "OQ...", "OC…", "OC...")


def cut_line(line: str) -> tuple[str, str, str] | None:
    """A radio feed's cut sheet line: `Track 2 (:36) Q…or even mid-September.` (the cut, its length, its
    out-words) -> ("CUT", length, out-words); `1 / GRAIN SORGHUM (fully produced) (Dale Harmon) Q…Plains
    Radio Network. / 3:00` (a produced piece listed with its out-words and length) -> ("PKG", …); else None."""
    tokens = line.split()
    q = next((k for k, tok in enumerate(tokens) if tok.startswith(_OUT_MARKS)), -1)
    if q < 1:
        return None
    cut = tokens[0].upper() in ("TRACK", "CUT", "CART") and tokens[1].strip(",").isdigit()
    length = next((tok.strip("()") for tok in reversed(tokens) if tok[:1] in "(:0123456789" and tok.strip("()")[-3:-2] == ":" and tok.strip("()").replace(":", "").isdigit()), "")
    listed = "/" in tokens[q:] and tokens[0].isdigit() and tokens[1] == "/"
    if not length or not (cut or listed):
        return None
    end = tokens.index("/", q) if listed else len(tokens)
    out = " ".join(tokens[q:end])
    for mark in _OUT_MARKS:
        out = out.removeprefix(mark)
    return ("CUT" if cut else "PKG"), length, out.strip()
