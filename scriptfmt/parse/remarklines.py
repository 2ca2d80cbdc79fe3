"""Line shapes of a text of remarks (parse/remarks.py): a title hard-wrapped onto short lines, a page's hard-wrapped
paragraphs, a Nordic or German genitive on a speaker's name, a paragraph opening by addressing the chair."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.headnames import names_in, remark_words
from scriptfmt.parse.labels import words

__all__ = ["TOKEN", "addressed", "genitive", "headline_sentence", "remarks_list", "speech_at", "unwrapped", "verb_after", "wraps"]

TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*", re.UNICODE)
_COMPOUND = 8  # the shortest compound a speech word ends (`Neujahrsrede`)


def wraps(above: str, line: str) -> bool:
    """`line` goes on from `above` with no blank between: `above` is left open (a comma, a small word in lower case at its
    end) or `line` starts in lower case, and `line` is no sentence."""
    if not above or not line or above.endswith((".", "!", "?", ":")) or line.endswith((".", "!", "?")):
        return False
    last = above.split()[-1]
    return above.endswith(",") or last[:1].islower() or line[:1].islower()


def genitive(name: str, line: str) -> str:
    """`Lars Løkke Rasmussens tale`, `Merkels Rede`: a Nordic, German or Dutch genitive `s` on the name before a speech word is no part of the name."""
    tokens = line.split()
    last = name.split()[-1]
    for k, token in enumerate(tokens[:-1]):
        after = tokens[k + 1].lower().strip(".,:")
        if token == last and last.endswith("s") and len(last) > 3 and after in remark_words().speech and tokens[k + 1][:1].islower():
            return name[:-1]
    return name


def unwrapped(lines: list[str]) -> list[str]:
    """The paragraphs of lines a page hard-wrapped: a line that opens in lower case after one with no sentence's end goes on from it."""
    out: list[str] = []
    for line in lines:
        if out and line[:1].islower() and not out[-1].endswith((".", "!", "?", ":", "\"", "”", "»")):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def addressed(paragraph: str) -> bool:
    """`Madame la députée, je dois reconnaître …`, `Herr talman! Före …`: the paragraph opens by addressing the chair or a member
    (two to four words, the first an address word, closed by a comma or `!`) and goes on in the speaker's words."""
    clause = paragraph[: min((k for k in (paragraph.find(","), paragraph.find("!")) if k > 0), default=0)]
    tokens = clause.lower().split()
    return 2 <= len(tokens) <= 4 and tokens[0].rstrip(".") in words().addresses and len(paragraph.split()) > len(tokens) + 8


def speech_at(raw: str) -> list[int]:
    """Where a line's speech words stand (`Remarks`, `discurso`, `ucapan`), by word."""
    tokens = [t.lower().strip(".’'") for t in TOKEN.findall(unicodedata.normalize("NFKC", raw))]
    words = remark_words()
    compound = words.compounds  # `Nieuwjaarstoespraak`: the speech word ends the compound
    infixes = words.infixes  # `대통령 신년사`, `…上的讲话`: written without spaces, the word stands inside the run
    return [k for k, t in enumerate(tokens) if t in words.speech or (len(t) >= _COMPOUND and t.endswith(compound)) or any(w in t for w in infixes)]


@lru_cache(maxsize=2)
def remarks_list(key: str) -> frozenset[str]:
    """A word list of styles/remarks.toml (`written_words`, `after_speaker`), lower case."""
    return frozenset(w.lower() for w in tomlfile.load_builtin("remarks.toml").get(key, ()))


def verb_after(text: str, name: str) -> bool:
    """The word after the name in `text` is a verb in lower case (`NAME leave allies cold`), no small word of the heading
    (`NAME at …`, `NAME alla …`) nor a participle (`NAME honoring …`; styles/remarks.toml `after_speaker`, `…_endings`)."""
    after = text[text.find(name) + len(name) :].split()[:1]
    word = after[0].strip(",.:;()") if after else ""
    small = word.lower() in remarks_list("after_speaker") or word.lower().endswith(tuple(remarks_list("after_speaker_endings")))
    return bool(word) and word[:1].islower() and not small and not after[0].startswith("(")


def headline_sentence(line: str) -> bool:
    """A headline naming a speech in a sentence of its own: a verb in lower case after the speaker's name or after the
    speech word (`Remarks by President NAME leave allies cold`, `NAME’s speech leaves allies cold`)."""
    line = unicodedata.normalize("NFKC", line.strip())
    spans = list(TOKEN.finditer(line))
    at = speech_at(line)
    if not at:
        return False
    tail = line[spans[at[0]].end() :]
    return any(verb_after(tail, name) for name in names_in(tail, True) or names_in(tail, tail.isupper())) or (
        line[: spans[at[0]].start()].rstrip().endswith(("'s", "’s")) and verb_after(line[spans[at[0]].start() :], spans[at[0]].group()))
