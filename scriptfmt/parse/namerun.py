"""A run of two to six capitalised words that may be a person's name in a transcript's copy (`Vlašić-Mendes`, `Ní`,
`Corentin Le Goff`), never starting inside a word: the runs parse/cast.py reads the people a transcript mentions from."""

from __future__ import annotations

import bisect
import itertools
import re

from scriptfmt.parse.holder import is_post
from scriptfmt.parse.namedata import name_data
from scriptfmt.parse.names import fold, name_at, person_words
from scriptfmt.parse.languages import story_words
from scriptfmt.parse.speakers import SpeechWords, title_words, tokenize

__all__ = ["CopyNames", "NAME_RUN", "NAME_WORD"]

_PREFIXED = 8  # the most words a shortened given name is looked up in (`Surya`: `suryadharma`, `suryani` …)

# Latin Extended-A mixes its capitals and small letters (`Š` `š`, `Ī` `ī`): a name opens with a capital, so each is sorted
_CAPITALS_A = "".join(ch for ch in map(chr, range(0x100, 0x180)) if ch.isupper())
_SMALL_A = "".join(ch for ch in map(chr, range(0x100, 0x180)) if ch.islower())
# a surname's particle written into it before a capital (`DiLiegro`, `DeSantis`, `LeBlanc`, `McKay`) is one word with it
NAME_WORD = rf"(?:[DO]['’]|Mc|Mac|Di|De|Da|Du|Le|La|Van|Von)?[A-ZÀ-ÖØ-Þ{_CAPITALS_A}][a-zß-öø-ÿ{_SMALL_A}]+(?:[-'’][A-Za-zß-öø-ÿĀ-ž]+){{0,2}}"  # `Vlašić-Mendes`, `Ní`, `Chan-o-cha`
NAME_RUN = re.compile(rf"(?<![\w'’-])(?:{NAME_WORD}[ ]){{1,5}}{NAME_WORD}")  # never from inside a word (`līdzpriekšsēdētājs`)


class CopyNames:
    """The names the copy writes in ordinary case, looked up by a word (folded), never walked to: built on first use,
    one pass over the copy's words; each word's names read once, kept by their last word (a super of a story naming
    thousands costs a look-up). A line in capitals cannot show where a name starts: it is left out."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.words: SpeechWords | None = None  # the copy's language's words (German capitalises its nouns)
        self.rows: list[list] = []
        self.at: dict[str, list[tuple[int, int]]] | None = None
        self.keys: list[str] = []  # the words, sorted: the ones a shortened name starts are a range
        self.runs: dict[str, dict[str, list[list[str]]]] = {}  # first word -> last word -> names (given-name use only)

    def _index(self) -> dict[str, list[tuple[int, int]]]:
        if self.at is None:
            self.words = story_words([line for line in self.lines if line.strip()])
            self.rows = [tokenize(line) if any(ch.islower() for ch in line) else [] for line in self.lines]
            self.at = {}
            for r, toks in enumerate(self.rows):
                for k, tok in enumerate(toks):
                    self.at.setdefault(fold(tok.core), []).append((r, k))
            self.keys = sorted(self.at)
        return self.at

    def _occurrences(self, words: list[str]):
        """(tokens of the line, start, end) of every place the copy writes these words in a row (folded)."""
        at = self._index()
        key = [fold(word) for word in words]
        for r, k in at.get(key[0], ()) if key else ():
            toks = self.rows[r]
            if [fold(tok.core) for tok in toks[k : k + len(key)]] == key:
                yield toks, k, k + len(key)

    def after(self, words: list[str]) -> list[list[str]]:
        """The names written right after these words (`la canciller Rosa Villavicencio`, `Foreign Minister Ana Ruiz`)."""
        found = []
        for toks, _, end in self._occurrences(words):
            if not toks[end - 1].trail and (name := self._name(toks, end, True)):
                found.append(name)
        return found

    def before(self, words: list[str]) -> list[list[str]]:
        """The names written right before a comma and these words (`Juan Pérez, presidente del Club …`)."""
        found = []
        for toks, k, _ in self._occurrences(words):
            if k < 2 or toks[k - 1].trail != ",":
                continue
            starts = (start for start in range(max(k - 4, 0), k - 1) if (name := self._name(toks, start, False)) and start + len(name) == k)
            start = next(starts, None)
            found += [self._name(toks, start, False)] if start is not None else []
        return found

    def opening(self, word: str, shortened: bool) -> dict[str, list[list[str]]]:
        """The names of two words or more whose first word is `word` as a given name (`Paulo Cesar Cervelheira` for
        `Paulo`; never after an honorific or a title: `Lord Grey …` is a surname's), or, with `shortened`, starts with
        it (`Suryadharma Ali` for `Surya`; a few words at most) and is written before the short form is (the desk names
        a person in full first, then shortens: a volunteer `Alex` introduced before a question names `Alexandria …` is
        not her): by their last word, folded."""
        self._index()
        key = fold(word)
        if not shortened:
            return self._runs(key)
        k = bisect.bisect_left(self.keys, key)
        found: dict[str, list[list[str]]] = {}
        short_first = min(self.at.get(key, [(len(self.rows), 0)]))
        for other in itertools.islice(itertools.takewhile(lambda other: other.startswith(key), self.keys[k:]), _PREFIXED):
            if min(self.at[other]) > short_first:
                continue  # the longer name first written after the short one: someone else
            for last, names in self._runs(other).items():
                found.setdefault(last, []).extend(names)
        return found

    def blended(self, word: str) -> list[list[str]]:
        """The names a one-word name is blended from: the first word whole, then the last word's opening letters
        (`Jokowi` of `Joko Widodo`; three letters of the first word and two of the last at least), wherever written."""
        self._index()
        key, found = fold(word), []
        if any(at and self.rows[r][at - 1].core[:1].isupper() and not self.rows[r][at - 1].trail and not self._titled(self.rows[r][at - 1].low) for r, at in self.at.get(key, ())):
            return []  # `Boris Johnson`: the word is a surname the copy writes after a given name, no blend (`Presiden Jokowi`: a title)
        for k in range(3, len(key) - 1):
            for r, at in self.at.get(key[:k], ()):
                name = self._name(self.rows[r], at, False)
                if name and fold(name[-1]).startswith(key[k:]) and len(name[-1]) > len(key) - k and name not in found:
                    found.append(name)
        return found

    @staticmethod
    def _titled(low: str) -> bool:
        """A title, a post or an honorific before a name (`Presiden`, `Mr`), never a given name."""
        return low in name_data().honorifics or low in title_words() or is_post(low)

    def _runs(self, key: str) -> dict[str, list[list[str]]]:
        if key not in self.runs:
            found: dict[str, list[list[str]]] = {}
            for r, k in self.at.get(key, ()):
                before = self.rows[r][k - 1].low if k else ""
                if before in name_data().honorifics or before in title_words():
                    continue
                name = self._name(self.rows[r], k, False)
                if name and fold(name[0]) == key:
                    found.setdefault(fold(name[-1]), []).append(name)
            self.runs[key] = found
        return self.runs[key]

    def _name(self, toks: list, k: int, titled: bool) -> list[str] | None:
        shape = name_at(toks, k, self.words, False, titled) if k < len(toks) else None
        return shape.words if shape is not None and shape.start == k and len(shape.words) >= 2 and person_words(shape.words) else None
