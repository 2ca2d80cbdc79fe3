"""Where a sentence ends: lint's sentence counts, page and caption breaks, a quote's first sentence.

One rule, its word lists in styles/abbreviations.toml. A word ending in . ! ? or … (closing
quotes and brackets may follow) ends a sentence, except:
  - a title or a month (`Sen.`, `Dr.`, `Nov.`; [sentences] titles, months) and a single
    initial (`J.`): never;
  - a short form read before a number (`No.`; [before_numbers]): not when a number follows;
  - any other abbreviation (`U.S.`, `a.m.`, `Calif.`, `Inc.`, `F.B.I.`): only when the next word
    is one that starts sentences ([sentences] starters: "in the U.S. The talks").
A word that is not known stays "no end" (the safe side: fewer breaks). Case is ignored,
since scripts are often written in capitals. A leaf module: it reads the TOML file only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile

_CLOSERS = "\"'”’)]"
_OPENERS = "\"“‘'(["
_LOOK = 40  # characters looked at either side of a candidate: linear overall


@dataclass(frozen=True)
class _Patterns:
    end: re.Pattern  # a word that ends in . ! ? … (closers may follow)
    candidate: re.Pattern  # the mark, closers, then white space (checked further in Python)
    initials: re.Pattern  # F.B.I.


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """Compiled on first use: `scriptfmt time` imports this module and may never split a sentence."""
    return _Patterns(re.compile(r"[.!?…][\"'”’)\]]*+$"), re.compile(r"[.!?…][\"'”’)\]]*+(?=\s)"),
                     re.compile(r"(?:[^\W\d_]\.){2,4}+"))


@dataclass(frozen=True)
class _Lists:
    never: frozenset[str]  # lower case, final period dropped: "sen", "nov"
    before_numbers: frozenset[str]  # "no", "vol"
    abbreviations: frozenset[str]  # "u.s", "a.m", "calif", "inc"
    starters: frozenset[str]  # lower case: "the", "he", "officials"


def _bare(word: str) -> str:
    return word.rstrip(".").lower()


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    data = tomlfile.load_builtin("abbreviations.toml")
    sentences = data.get("sentences", {})
    months = [m for m in sentences.get("months", []) if m.endswith(".")]
    short = [k for table in ("abbreviations", "places", "streets") for k in data.get(table, {})]
    short += list(data.get("initialisms", {}).get("spoken", {}))
    return _Lists(
        never=frozenset(_bare(w) for w in sentences.get("titles", []) + months),
        before_numbers=frozenset(_bare(w) for w in data.get("before_numbers", {})),
        abbreviations=frozenset(_bare(w) for w in short if w.endswith(".")),
        starters=frozenset(w.lower() for w in sentences.get("starters", [])),
    )


def never_ends() -> frozenset[str]:
    """Titles, months and abbreviations written with a period (`Capt.`, `Sept.`, `Inc.`), lower
    case, without the period."""
    return _lists().never | _lists().abbreviations


def is_sentence_end(word: str, next_word: str | None = None) -> bool:
    """Does `word` close a sentence (`said.`, `it?”`)? `next_word`: the word after it, if known
    (None: unknown, so an abbreviation such as `U.S.` is taken as no end)."""
    if not _patterns().end.search(word):
        return False
    bare = word.rstrip(_CLOSERS).lstrip(_OPENERS)
    if not bare.endswith("."):
        return True  # ! ? …
    core = bare[:-1]
    key = core.lower()
    lists = _lists()
    if key in lists.never or (len(core) == 1 and core.isalpha()):
        return False
    following = (next_word or "").lstrip(_OPENERS)
    if key in lists.before_numbers:
        return next_word is not None and not following[:1].isdigit()
    if key in lists.abbreviations or _patterns().initials.fullmatch(bare):
        return following.rstrip(",;:").lower() in lists.starters
    return True


def _next_word(text: str, pos: int) -> str:
    parts = text[pos : pos + _LOOK].split(None, 1)
    return parts[0] if parts else ""


def _ends_here(text: str, match: re.Match, start: int) -> bool:
    """Is the candidate at `match` a sentence end? The next word must start with a capital or a digit."""
    following = _next_word(text, match.end())
    opened = following.lstrip(_OPENERS)
    if not opened or not (opened[0].isupper() or opened[0].isdigit()):
        return False
    head = text[max(start, match.start() - _LOOK) : match.end()].split()
    return bool(head) and is_sentence_end(head[-1], following)


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end in `text` (closing quotes included), not the text's end."""
    ends, start = [], 0
    for m in _patterns().candidate.finditer(text):
        if _ends_here(text, m, start):
            ends.append(m.end())
            start = m.end()
    return ends


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of `text`, white space trimmed; does not split after Sen., U.S.
    before a name, Nov. 5, initials and the like."""
    out: list[tuple[int, str]] = []
    start = 0
    for end in sentence_ends(text) + [len(text)]:
        piece = text[start:end]
        if piece.strip():
            out.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
        start = end
    return out


def first_sentence_end(text: str) -> int:
    """Offset just after the first sentence of `text` (its length when it is one sentence)."""
    ends = sentence_ends(text[: text.find("\n\n")] if "\n\n" in text else text)
    return ends[0] if ends else len(text)
