"""Line shapes of a text of remarks (parse/remarks.py): a title hard-wrapped onto short lines, a page's hard-wrapped
paragraphs, a Nordic or German genitive on a speaker's name, a paragraph opening by addressing the chair."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.headnames import names_in, remark_words
from scriptfmt.parse.labels import name_alone, words
from scriptfmt.parse.names import fold, gender_of_first
from scriptfmt.parse.supers import display_name
from scriptfmt.parse.writing import BRAHMIC, east_asian

__all__ = ["CJK_SENTENCE", "TOKEN", "addressed", "cjk_letters", "genitive", "head_person", "headline_sentence", "prose", "remarks_list", "speech_at", "unwrapped", "verb_after", "wraps"]

TOKEN = re.compile(rf"(?:[^\W\d_]|[{BRAHMIC}])[\w{BRAHMIC}'’.\-]*", re.UNICODE)  # `मेरे प्यारे देशवासियो`: whole words, vowel signs and all
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


def prose(line: str) -> bool:
    """A sentence of the body: lower-case words in it, closed by sentence punctuation or run on; in a script
    written without capitals (`오늘 저는 …。`, `各位来宾，…。`), a run of its characters with a sentence's stop."""
    lower = sum(1 for t in line.split() if t[:1].islower())
    uncased = sum(1 for t in line.split() if t[:1].isalpha() and not t[:1].isupper() and not t[:1].islower())  # `मेरे प्यारे …।`
    stop = any(mark in line for mark in "。！？.!?।")
    return (lower >= 3 and not line.isupper()) or (cjk_letters(line) >= CJK_SENTENCE and stop) or (uncased >= _UNCASED_SENTENCE and stop)


CJK_SENTENCE = 12  # characters of a sentence in Chinese, Japanese or Korean
_UNCASED_SENTENCE = 6  # words of a sentence in a script without capitals that spaces its words (Hindi, Arabic), with its stop


def cjk_letters(text: str) -> int:
    """How many characters of the scripts written without capitals (CJK ideographs, kana, Hangul) the text has."""
    return sum(1 for c in text if east_asian(c))




def head_person(lines: list[str], head: list[int]) -> tuple[str, int] | None:
    """`Ingvar Carlsson: Regeringsförklaringen 1994` / `Talare` / `Ingvar Carlsson` above `Tal`: a speech's page whose
    title line names no one after a speech word names its speaker as the title's owner (`NAME: Title`, no sentence) or
    alone on a line with a given name the names list knows; one person only, else no one (a host, a guest of honour)."""
    found: dict[str, int] = {}
    for n in head:
        line = lines[n].strip()
        owner, colon, rest = line.partition(":")
        titled = bool(colon) and name_alone(owner.strip(), mixed=True) and rest.strip() and not prose(rest) and not rest.rstrip().endswith((".", "!", "?"))
        alone = name_alone(line, mixed=True) and gender_of_first(line.split()[0]) is not None
        name = display_name(owner.strip() if titled else line) if titled or alone else ""
        if name and not any(c.isdigit() for c in name):
            found.setdefault(" ".join(fold(w) for w in name.split()), n)
    return (display_name(lines[next(iter(found.values()))].partition(":")[0].strip()), next(iter(found.values()))) if len(found) == 1 else None
