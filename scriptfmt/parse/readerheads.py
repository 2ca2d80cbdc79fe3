"""Reader headings: a script names who reads each block on a line of its own (`ANNONCEUR`, `Lecteur 2`,
`Reader 1`, `Pascale Nadeau :`), and the block of read copy below is theirs.

The rule reads the line's form and its place, in any language: a short line alone (a blank line or the top of
the page above it) that holds only a name or a role (capitalised words, a reader's number after them, maybe a
colon), above a line of read copy. A page is a script by its headings when two of them carry no colon (a
transcript's labels often end in one) and the readers are slots, not people: one is numbered (`Lecteur 2`: a
desk numbers its readers, never its guests; names alone that come back, `PATRICK COHEN` … `EDOUARD PHILIPPE`,
are a transcript's turns)."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.fields import is_page_line

_MOST_WORDS = 3  # `Pascale Nadeau`, `Sports Anchor 2`: a reader's name or role, never a sentence
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")


def heading_reader(line: str) -> str | None:
    """`Lecteur 2`, `ANNONCEUR`, `Pascale Nadeau :`, `5- Pascale Nadeau :` (a running order's number before it)
    -> the reader as written; None for any other line. Only the line's form: see heading_lines for its place."""
    text = _running_number_off(line.strip())
    name = text[:-1].rstrip() if text.endswith(":") else text
    words = name.split()
    if not 1 <= len(words) <= _MOST_WORDS or is_page_line(name) or len(name) > 40 or name.endswith(_SENTENCE_ENDS[:4]):
        return None
    if words[-1].isdigit():
        words = words[:-1]  # `Lecteur 2`: the reader's number
        if not words or len(name.split()[-1]) > 2:
            return None
    if not all(_name_word(word) for word in words):
        return None
    return name


def _name_word(word: str) -> bool:
    """A capitalised word of letters (`Nadeau`, `ANNONCEUR`, `Dell’Ambrogio`, `Jean-Luc`)."""
    letters = word.replace("-", "").replace("’", "").replace("'", "").replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and word[:1].isupper()


def _running_number_off(text: str) -> str:
    """`5- Pascale Nadeau :` -> `Pascale Nadeau :`: a running order's item number before the heading."""
    head, dash, rest = text.partition("-")
    return rest.strip() if dash and head.strip().isdigit() and len(head.strip()) <= 2 and rest[:1] == " " else text


def _read_copy(line: str) -> bool:
    """A line of read copy: a sentence, or the start of one run on over the lines below."""
    text = line.strip()
    return len(text.split()) >= 6 or text.endswith(_SENTENCE_ENDS) and len(text.split()) >= 2


def heading_lines(lines: list[str]) -> dict[int, str]:
    """Line index -> reader, for each reader heading in its place: alone (a blank line or the page's top
    above it) and above read copy (the next line that is not blank)."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        reader = heading_reader(line)
        if reader is None or i > 0 and lines[i - 1].strip() and not _numbered_voice(reader):
            continue  # `Voice 2` under the line before: a desk numbers its readers, the number says it is a heading
        below = next((other for other in lines[i + 1 :] if other.strip()), "")
        if (_read_copy(below) or played_line(below) and _numbered_voice(reader)) and heading_reader(below) is None:
            found[i] = reader
    return found


def _numbered_voice(reader: str) -> bool:
    """`Voice 2`, `Voz 1`, `Lecteur 3`: a reader the desk counts, a word of styles/markup.toml `counted_readers` and its number."""
    words = reader.lower().split()
    return len(words) == 2 and words[1].isdigit() and words[0] in _voice_words()


@lru_cache(maxsize=1)
def _voice_words() -> frozenset[str]:
    return frozenset(w.lower() for w in tomlfile.load_builtin("markup.toml")["fields"]["counted_readers"])


_QUOTES = "'‘’\"“”«»„"


def played_line(line: str) -> bool:
    """`'Yes'`, `"Very much what?"`: a line in quotation marks from end to end, a voice's line as a drama plays it."""
    text = line.strip()
    return len(text) > 2 and text[0] in _QUOTES and text[-1] in _QUOTES


def reads_by_headings(lines: list[str]) -> bool:
    """A script by its reader headings (see the module): two without a colon, one of them numbered, its word under
    fewer than three numbers or one coming back (`Step 1`, `Step 2`, `Step 3` number a list's steps)."""
    bare = [reader for i, reader in heading_lines(lines).items() if not lines[i].rstrip().endswith(":")]
    if len(bare) < 2:
        return False
    numbered = [reader.lower().rsplit(None, 1) for reader in bare if reader.split()[-1].isdigit() and len(reader.split()) > 1]
    # `Step 1`, `Step 2`, `Step 3`: one word under three numbers or more, none coming back, numbers a list's steps
    numbers = {word: [n for w, n in numbered if w == word] for word, _ in numbered}
    steps = {word for word, ns in numbers.items() if len(ns) >= 3 and len(set(ns)) == len(ns)}
    return any(word not in steps for word, _ in numbered)


def played_voices(lines: list[str], heads: dict[int, str]) -> frozenset[str]:
    """The counted voices (`Voice 3`) whose every block is lines in quotation marks (`'Yes'`, `'Very much what?'`): the
    voices of a drama or a clip the programme plays, never its presenters (whose blocks are their own read copy)."""
    blocks: dict[str, list[bool]] = {}
    at = sorted(heads)
    for k, i in enumerate(at):
        end = at[k + 1] if k + 1 < len(at) else len(lines)
        body = [line for line in lines[i + 1 : end] if line.strip()]
        blocks.setdefault(heads[i], []).append(bool(body) and all(played_line(line) for line in body))
    return frozenset(reader for reader, played in blocks.items() if _numbered_voice(reader) and all(played))
