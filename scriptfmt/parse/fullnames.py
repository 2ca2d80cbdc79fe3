"""A sieve step after the supers are chosen: a super carries the speaker's full name as the copy
introduces it (title and honorific apart), never a shorter one nor a headline's verb.

  1. a shortened super is completed: where the copy writes the same name with given names in front
     (`Peña Nieto` of `Enrique Peña Nieto`, `Kamalata Numa` of `o general Abílio Kamalata Numa`),
     the super is that fuller name; a given name is a word the names list knows, or a capitalised word
     right after a post in running text (`general`, `deputado`), never a post, an honorific, a day, a
     nation or a phrase's opening word; two fuller names that differ (`Ana Ruiz` and `Pedro Ruiz` for
     `Ruiz`) leave the super as it was;
  2. a headline verb is cut: a title-case headline runs the name into its verb (`… – Minister Lai
     Mohammed Laments`); when the copy writes that name once only, in a title-case line, and writes it
     elsewhere without the last word (`Alhaji Lai Mohammed, in this interview …`), the last word is no name;
  3. a name the super opens is completed: a given name alone (`Paulo:` as a Q&A labels the answers) or a name
     without its middle names or middle initial (`Renato Amaral`, `Sehan Landjar`) that opens the one person's name
     the copy writes (`Paulo Cesar Cervelheira`, `Renato Luiz Amaral`, `Bupati Sehan S Landjar`; each form the copy
     writes inside the fullest) is that fullest name; where
     no name opens with a given name alone, the one it shortens (`Surya` of `Suryadharma Ali`, four letters at
     least, the longer name written first); a first name and surname the copy writes on with a second surname or a
     particled one (`Yuniasky Crespo` of `Yuniasky Crespo Baquero`, `María Jesús Espinosa` of `María Jesús Espinosa de
     los Monteros`), one such fuller name only, is that fuller name, on the desks whose people carry two surnames
     (styles/names.toml; never `Sprecher Steffen Moritz Antworten`, `Dana Whitcombe Thank you`), written in running copy, not only in a title-case headline (`Presiden
     Republik Indonesia Usai Hadiri …`); two people (`Ana Ruiz`, `Ana Gil`) leave the super as it was."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Segment, Soundbite, Speaker
from scriptfmt.parse.address import address_languages, patronymic_case, without_address
from scriptfmt.parse.headings import is_title_case
from scriptfmt.parse.holder import is_post
from scriptfmt.parse.namerun import NAME_RUN, CopyNames
from scriptfmt.parse.names import fold, gender_of_first, person_words
from scriptfmt.parse.namedata import name_data
from scriptfmt.parse.shotnames import FullNames
from scriptfmt.parse.personname import title_before_name
from scriptfmt.parse.supercheck import is_body

__all__ = ["complete_supers"]

_EDGE = "\"'“”‘’«»„‚‹›()[]"


def _core(token: str) -> str:
    return token.strip(_EDGE).rstrip(".,;:!?").strip(_EDGE)


class _Copy:
    """The copy's lines as tokens, and where each word (folded) stands: a name is looked up, never walked to."""

    def __init__(self, lines: list[str]) -> None:
        self.rows = [line.split() for line in lines if line.strip()]
        self.folded = [[fold(_core(token)) for token in tokens] for tokens in self.rows]
        self.at: dict[str, list[tuple[int, int]]] = {}
        for r, words in enumerate(self.folded):
            for k, word in enumerate(words):
                self.at.setdefault(word, []).append((r, k))

    def occurrences(self, name: list[str]):
        """(row, start) of every place the copy writes the name's words in a row (case, accents and marks apart)."""
        key = [fold(word) for word in name]
        for r, k in self.at.get(key[0], ()):
            tokens = self.rows[r]
            if self.folded[r][k : k + len(key)] == key and all(tokens[k + j].strip(_EDGE) == _core(tokens[k + j]) for j in range(len(key) - 1)):
                yield r, k


def _uncut(name: str, copy: _Copy) -> str:
    """`Lai Mohammed Laments` is `Lai Mohammed` when the copy writes the name once and the shorter one elsewhere."""
    words = name.split()
    found = list(copy.occurrences(words)) if len(words) >= 3 else []
    if len(found) != 1 or not is_title_case(" ".join(copy.rows[found[0][0]])) or gender_of_first(words[-1]):
        return name
    row, k = copy.rows[found[0][0]], found[0][1]
    if all(token.isupper() for token in row[k : k + len(words)]):
        return name  # `DR. AHMED AL BANNA, UAE AMBASSADOR`: a name in capitals runs into no title-case verb
    shorter, last = words[:-1], fold(_core(words[-1]))
    for r, k in copy.occurrences(shorter):
        row = copy.rows[r]
        after = row[k + len(shorter)] if k + len(shorter) < len(row) else ""
        ends = row[k + len(shorter) - 1][-1:] in ",.;:)" or not after
        if fold(_core(after)) != last and (ends or not after[:1].isupper()):
            return " ".join(shorter)
    return name


@lru_cache(maxsize=1)
def _second_surname_languages() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("names.toml").get("second_surname_languages", ()))


_SHORT = 4  # the fewest letters of a shortened given name (`Surya` of `Suryadharma`)


def _within(short: list[str], long: list[str]) -> bool:
    """Every word of the shorter name in the longer, in order (`Renato Amaral` in `Renato Luiz Amaral`)."""
    words = iter(fold(word) for word in long)
    return all(fold(word) in words for word in short)


def _glued(word: str, first: str) -> bool:
    """`MartinMicheál`, `DalyColm` (a photo's alt text run into the name): the name's first word again, glued to a word
    (`MacDonald`, `DeSantis` are one word)."""
    return any(ch.isupper() and word[k - 1].islower() and fold(word[k:]) == fold(first) for k, ch in enumerate(word) if k)


def _from_first(name: str, names: CopyNames) -> str:
    """`Paulo` -> `Paulo Cesar Cervelheira`, `Renato Amaral` -> `Renato Luiz Amaral`, `Surya` -> `Suryadharma Ali`: the
    one person whose name the super opens (the same last word, and each form inside the fullest), written in full."""
    words = name.split()
    if not words or name.isupper() or is_body(name) or len(words) > 3:
        return name
    by_last, inside = names.opening(words[0], False), _within
    if len(words) > 1:
        by_last = {fold(words[-1]): by_last.get(fold(words[-1]), [])}
    elif not by_last and len(name) >= _SHORT:
        by_last, inside = names.opening(name, True), lambda short, long: True  # each opens with the shortened word
        by_last = by_last or {fold(run[-1]): [run] for run in names.blended(name)}  # `Jokowi` of `Joko Widodo`
    found = [run for runs in by_last.values() for run in runs if len(run) > len(words) and inside(words, run) and not any(_glued(word, run[0]) for word in run) and _running(run, names)]
    if not found and len(words) == 1 and len(name) >= _SHORT:  # `Jokowi` of `Joko Widodo`, once the headline's `Jokowi Ajak …` is left out
        found = [run for run in names.blended(name) if _running(run, names)]
    if not found and len(words) > 1 and names.words.lang in _second_surname_languages():  # `Yuniasky Crespo` of `Yuniasky Crespo Baquero`, `María Jesús Espinosa` of `… Espinosa de los Monteros` (German capitals: `Steffen Moritz Antworten`)
        found = [run for runs in names.opening(words[0], False).values() for run in runs if len(run) > len(words) and [fold(w) for w in run[: len(words)]] == [fold(w) for w in words]]
        fuller = " ".join(max(found, key=len, default=[]))  # written in running copy, never only in a title-case headline
        found = found if fuller and not is_body(fuller) and _running(fuller.split(), names) else []
    if not found or len({fold(run[-1]) for run in found}) > 1:
        return name
    fullest = max(found, key=len)
    return " ".join(fullest) if all(_within(run, fullest) for run in found) else name


def _hyphened(name: str, lines: list[str]) -> str:
    """`Okonjo` -> `Ngozi Okonjo-Iweala`: a one-word super that is one part of the double-barrelled surname of the one
    person the copy names in full in running copy (a given name, then the hyphened surname), posts before it left out."""
    key, found = fold(name), set()
    for line in lines:
        if "-" not in line or is_title_case(line):
            continue
        for m in NAME_RUN.finditer(line):
            words = m.group(0).split()
            while words and is_post(words[0]):
                words = words[1:]
            parts = [fold(part) for part in words[-1].split("-")] if len(words) >= 2 else []
            if len(parts) >= 2 and key in parts and person_words(words):
                found.add(" ".join(words))
    return found.pop() if len(found) == 1 else name


def _compound_title(name: str) -> tuple[str, str] | None:
    """(title, name) of a super run together with a compound post before it, a word whose part after a hyphen is in small
    letters (`VVD-fractievoorzitter Dilan Yeşilgöz`, `Elsevier Weekblad-hoofdredacteur Arendo Joustra`: Dutch and Nordic
    desks write the party's or the paper's post so), a name of two words at least after it; else None."""
    words = name.split()
    at = max((k for k, w in enumerate(words) if "-" in w and (tail := w.rsplit("-", 1)[1]).isalpha() and tail.islower() and len(tail) >= 4), default=-1)
    if at < 0 or len(words) - at - 1 < 2 or not all(w[:1].isupper() for w in words[at + 1 :]):
        return None
    return " ".join(words[: at + 1]), " ".join(words[at + 1 :])


def _swapped(a: str, b: str) -> bool:
    """`matie` / `matei`: the same letters, two side by side swapped (a typing slip), the first letter kept."""
    if len(a) != len(b) or a == b or a[:1] != b[:1]:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _misspelt(name: str, lines: list[str]) -> str:
    """`Matie said` after `regional commander Ulrich Matei`: a one-word super the copy never writes after a given name,
    two letters swapped from the surname of the one person it names in full (five letters at least), is that person."""
    key = fold(name)
    if len(key) < _SHORT + 1 or name.lower() in name_data().first_names:
        return name  # `said Brian` near `Oliver Brain`: a given name the list knows is that person's own, never a slip
    found = set()
    for line in lines:
        for m in NAME_RUN.finditer(line):
            words = m.group(0).split()
            while words and is_post(words[0]):
                words = words[1:]
            if len(words) >= 2 and fold(words[-1]) == key:
                return name  # written after a given name: the copy's own spelling
            if len(words) >= 2 and _swapped(key, fold(words[-1])) and person_words(words):
                found.add(" ".join(words))
    return found.pop() if len(found) == 1 else name


def _running(run: list[str], names: CopyNames) -> bool:
    """The name is written in running copy, not only in a title-case headline (`Jokowi Ajak Wartawan Tukar Peran Jadi
    Presiden`: a headline runs the name into its verb)."""
    text = " ".join(run)
    return any(text in line and not is_title_case(line) for line in names.lines)


def complete_supers(segments: list[Segment], lines: list[str]) -> list[Segment]:
    """The segments, each bite's super the fullest form of its speaker's name the copy writes."""
    copy, named, names = _Copy(lines), FullNames("\n".join(lines)), CopyNames(lines)
    done: dict[str, str] = {}
    lang, written = None, {_core(token) for row in copy.rows for token in row}
    for seg in segments:
        if not isinstance(seg, Soundbite) or seg.speaker is None or not seg.speaker.name:
            continue
        titled = _compound_title(seg.speaker.name) or title_before_name(seg.speaker.name)  # `VVD-fractievoorzitter Dilan Yeşilgöz`, `Belediye Başkanı Ayşe Demir`
        if titled is not None:
            seg.speaker = Speaker(titled[1], seg.speaker.title or titled[0])
        name = seg.speaker.name
        if name not in done:
            full = _uncut(name, copy)
            full = named.written(full) if full.split()[0][:1].isupper() and not full.isupper() else full
            full = _from_first(full, names) if full == name else full
            full = name if is_body(full) else full
            lang = lang or address_languages(lines)
            full = without_address(full, lang)  # forms of address stay out (parse/address.py)
            full = _hyphened(full, lines) if " " not in full else full
            done[name] = patronymic_case(_misspelt(full, lines) if " " not in full else full, written)
        again = _compound_title(done[name]) or title_before_name(done[name])  # a fuller form may bring the title back
        if again is not None:
            seg.speaker = Speaker(again[1], seg.speaker.title or again[0])
        elif done[name] != name:
            seg.speaker = Speaker(done[name], seg.speaker.title)
    return segments
