"""Names in a page's header lines (`Remarks by President NAME at …`, `DR NAME`, `Oleh/By : DATO' SERI NAME`,
`Bonsoir à vous, monsieur le préfet NAME, …`): the runs of capitalised words after an honorific or a title,
opening with a known first name, or set off by commas after a title. Used by parse/remarks.py and
parse/unmarked.py; the honorifics and the words that end a name are in styles/remarks.toml."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.labels import words
from scriptfmt.parse.names import name_data, person_words

__all__ = ["RemarkWords", "credited_title", "field_name", "heading_name", "name_run", "names_in", "remark_words", "unglued"]


@dataclass(frozen=True, eq=False, repr=False)
class RemarkWords:
    """styles/remarks.toml, lower case: the one loader (remarks.py reads its voice words from here too)."""

    keys: frozenset[str]
    honorifics: frozenset[str]
    compound: frozenset[str]
    fillers: frozenset[str]
    ends: frozenset[str]
    speech: frozenset[str]
    furniture: frozenset[str]
    own: frozenset[str]
    reporting: frozenset[str]
    compounds: tuple[str, ...] = ()  # `toespraak` ends `Nieuwjaarstoespraak`: a speech word at a compound's end
    full_text: tuple[str, ...] = ()  # `hieronder de hele tekst`: the outlet's intro to the full text below
    closings: frozenset[str] = frozenset()  # `Yours sincerely,`: a letter's closing
    speech_by: frozenset[str] = frozenset()  # `Speech by NAME`, `discurso de NAME`: the word between a speech word and its speaker
    infixes: tuple[str, ...] = ()  # `신년사`, `讲话`: a speech word inside a run of characters written without spaces
    own_infixes: tuple[str, ...] = ()  # `我们`, `여러분`: the speaker's own voice inside such a run


@lru_cache(maxsize=1)
def remark_words() -> RemarkWords:
    t = tomlfile.load_builtin("remarks.toml")
    low = lambda key: frozenset(w.lower() for w in t[key])  # noqa: E731
    return RemarkWords(low("speaker_keys"), low("honorifics"), low("compound_honorifics"), low("name_fillers"),
                       low("name_ends") | low("speech_words"), low("speech_words"), low("furniture"), low("own_voice"), low("reporting"), tuple(sorted(low("speech_compounds"))), tuple(sorted(low("full_text"))), low("letter_closings"), low("speech_by"),
                       tuple(t["speech_infixes"]), tuple(t["own_infixes"]))


def names_in(line: str, titled_only: bool = False) -> list[str]:
    """The names in a header line: runs of capitalised words after an honorific or a title, or opening
    with a known first name (`Jacques Rogge`), or set off by commas after the title; in capitals (`… TAHNIAH
    DAN IKRAR`, `UH, SAY AGAIN, I …`) or where `titled_only`, only after a title: spoken words are no name."""
    tokens, out, inside = line.split(), [], 0
    for i in range(len(tokens)):
        if i < inside and _bare(tokens[i]) not in remark_words().fillers:
            continue  # a later word of the name just found: its run is the name's tail, in `out` already
        before = _bare(tokens[i - 1]) if i else ""
        office = (before in words().name_titles or _hyphened_title(before)) and before not in name_data().place_nouns  # `… State School Year 6`: a place's word, no office
        titled = _honorific(tokens, i - 1) or office
        name = name_run(tokens, i, titled) if titled or (not titled_only and _bare(tokens[i]) in name_data().first_names) else ""
        if not name and not titled_only and i and tokens[i - 1].endswith(",") and (run := name_run(tokens, i, False)):
            name = run if tokens[i + len(run.split()) - 1].endswith(",") else ""  # `del Presidente de la República, NAME, en`
        if name and person_words(name.split()) and not any(name in other for other in out):
            out.append(name)  # (`Press Conference I June`: a month, never a name)
        inside = i + len(name.split()) if name else inside
    return out


def _hyphened_title(word: str) -> bool:
    """`minister-president`, `vice-presidente`, `premier-ministre`: an office written with a hyphen, whose last part is a title."""
    head, hyphen, last = word.rpartition("-")
    return bool(hyphen and head.isalpha() and last in words().name_titles)


def credited_title(line: str) -> bool:
    """`Joe Biden: 'I revere this office …', Address to the nation - 2024`: a speech's title credited to its
    speaker (two to four words before the colon, a quotation after it, a speech word after the quotation): no
    speaker's turn, no line of the speech."""
    name, colon, rest = line.strip().partition(":")
    rest = rest.strip()
    if not colon or not 2 <= len(name.split()) <= 4 or rest[:1] not in "'‘\"“«„":
        return False
    w = remark_words()
    return any((low := t.lower().strip(".,'’\"”»")) in w.speech or (len(low) >= 8 and low.endswith(w.compounds)) for t in rest.split()[1:])


def heading_name(line: str, page: list[str]) -> str:
    """`Jacinda Ardern: Budget Speech 2019`, `Ingvar Carlsson: Regeringsförklaringen 1994`: a speech's heading that opens
    with its speaker's name (two to four capitalised words) before the colon, the speech's title after it (a speech word
    in it). A given name the names list does not know counts only where the page names the person again (the surname on
    another line: `Talare` / `Ingvar Carlsson`); `New Zealand: Budget Speech 2024`, `Live Blog: …` name no one. "" else."""
    head, colon, rest = line.strip().partition(":")
    tokens, w = head.split(), remark_words()
    if not colon or not 2 <= len(tokens) <= 4 or name_run(tokens, 0, False) != head.strip() or not person_words(tokens):
        return ""
    said = any((low := t.lower().strip(".,'’\"”»")) in w.speech or (len(low) >= 8 and low.endswith(w.compounds)) for t in rest.split())
    again = tokens[0].lower() in name_data().first_names or any(tokens[-1] in other.split() for other in page if other.strip() != line.strip())
    return head.strip() if said and again else ""


def field_name(line: str) -> str:
    """`Oleh/By : DATO' SERI DR. MAHATHIR BIN MOHAMAD`, `Penyampai : …`: the header's field naming who speaks."""
    key, colon, value = line.partition(":")
    if not colon or key.strip().lower().split("/")[-1].split("(")[0].strip() not in remark_words().keys:  # `Redner(in):`
        return ""
    tokens, k = value.split(), 0
    while k < len(tokens) and _honorific(tokens, k):
        k += 1  # `DATO' SERI DR.` before the name
    name = name_run(tokens, k, True)
    return name if len(name.split()) >= 2 else ""  # `Published By : Admin`: a site's account, no speaker


def name_run(tokens: list[str], i: int, titled: bool) -> str:
    """The name whose first word is tokens[i]: capitalised words (particles between them), up to a comma,
    a title or a small word; one word only after a title (`President Obama’s`); "" when none."""
    data, w = name_data(), remark_words()
    run: list[str] = []
    for k in range(i, len(tokens)):
        token = tokens[k]
        core = token.strip(",;:()“”\"")
        low = _bare(core)
        if run and low in w.fillers:
            continue  # `ISMAIL SABRI BIN YAAKOB`: the patronymic's `bin` is left off the super
        if not run and k - i < 4 and (_honorific(tokens, k) or _honorific(tokens, k + 1) and f"{low} {_bare(tokens[k + 1])}" in w.compound) and k + 1 < len(tokens):
            continue  # `Rede von Dr. Ulf Kämpfer`, `par Sa Majesté le Roi Hassan II`: the honorific before the name is no part of it
        if _honorific(tokens, k) or low in w.ends or low in words().name_titles or not core[:1].isalpha() or unicodedata.normalize("NFKC", core) != core:
            break  # `… ZUMA ON THE OCCASION`, `… YAAKOB PERDANA MENTERI`
        if not core[:1].isupper() and not (run and low in data.particles):
            break
        if run and token.startswith("("):
            break  # `Marc Lhermitte (EY)`: the tag after the name
        run.append(re.sub(r"['’]s$", "", core.rstrip(".") if len(core) > 2 and not core.isupper() else core))
        if token.endswith((",", ";", ":", "’s", "'s", ")")) or (token.endswith(".") and len(core) > 2 and not core.isupper()):
            break  # `… Marc Lhermitte. Salut Marc.`: a full stop after a word ends the name
    while run and run[-1].lower() in data.particles:
        run.pop()
    return " ".join(run) if len(run) >= 2 or (run and titled and len(run[0]) > 2) else ""


def _honorific(tokens: list[str], k: int) -> bool:
    """tokens[k] is an honorific (`DR`, `YAB`), or ends one of two words (`TAN SRI`; never `Sri Lanka`)."""
    if k < 0 or k >= len(tokens):
        return False
    low = _bare(tokens[k])
    return low in remark_words().honorifics or (k > 0 and f"{_bare(tokens[k - 1])} {low}" in remark_words().compound)


def _bare(token: str) -> str:
    return token.lower().strip(",;:()“”\"").removesuffix("’s").removesuffix("'s")


# Where words a PDF's extraction ran together meet: a small letter before a capital, a letter next to a figure.
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])|(?<=[A-Za-zÀ-ÿ])(?=\d)|(?<=\d)(?=[A-Z])")


def unglued(line: str) -> str:
    """`PressBriefingByGovernmentSpokesperson` -> `Press Briefing By Government Spokesperson`, `MrJamesKariuki` ->
    `Mr James Kariuki`: a header line whose words a PDF's extraction ran together (no space, two joins or more),
    spaced for reading whom it names; any other line as it is (`McEvers`, `iPhone`, `Sushma Swaraj`)."""
    text = line.strip()
    if " " in text or len(text) < 10 or len(_GLUED.findall(text)) < 2:
        return line
    return _GLUED.sub(" ", text)
