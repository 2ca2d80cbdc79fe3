"""Speech words and tokens: what the attribution code reads copy with.

`speech_words()` loads styles/speech.toml (verbs of saying, titles, words that are not
names, organisation words); `tokenize()` splits a paragraph once into tokens with their
offsets, which the mention tracker (parse/people.py, parse/mentions.py) and the
attribution sieve (parse/attribution.py) share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


from scriptfmt import tomlfile
from scriptfmt.sentences import never_ends

_WORD = re.compile(r"\S+")
_LEAD = "\"“‘'([—–-"  # `Haryana -Nayab Singh Saini`: a dash run on to the name
_TRAIL = "\"”’'),.;:!?]“»«‘—–"  # German `Union.“` and guillemets close a word too
_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "with", "by", "for", "from", "as", "than", "but", "who", "which", "that", "said", "says"}


@dataclass(frozen=True, eq=False, repr=False)
class SpeechWords:
    verbs: frozenset[str]  # single words, lower case
    verb_phrases: tuple[tuple[str, ...], ...]  # multi-word verbs ("pointed out")
    titles: dict[tuple[str, ...], str]  # lower-cased tokens -> display title
    title_len: int
    not_names: frozenset[str]
    org_words: frozenset[str]
    written: frozenset[str]  # `said in a statement`, `tweeted`: written words, no tape
    title_first: frozenset[str]  # first word of every title, to skip most words at once
    # copy from a foreign desk (parse/languages.py adds these for the story's language)
    lang: str = "en"
    pronouns: dict[str, str] = field(default_factory=lambda: {"he": "m", "she": "f"})  # subject pronouns -> gender (`sagte er`)
    determiners: frozenset[str] = frozenset(("the", "a", "an", "his", "her", "their", "its", "our"))  # `the mayor`, `der OB`
    noun_caps: bool = False  # German: every noun is capitalised, a name needs evidence
    place_before: frozenset[str] = frozenset(("the", "in", "near", "across", "outside", "throughout"))  # `in Kuala Lumpur`, Dutch `van Urk`
    descriptors: tuple[str, ...] = ()  # endings of nouns that re-describe the person just named (German `der SPD-Politiker`)
    ands: frozenset[str] = frozenset()  # the story's `and` (English's and its language's): two subjects, an office going on
    buts: frozenset[str] = frozenset()  # the story's `but`
    not_particles: frozenset[str] = frozenset()  # name particles that are the language's own words (Indonesian `di`, `ujar Jokowi di Madiun`)
    org_endings: tuple[str, ...] = ()  # a compound ending that makes a capitalised run an organisation (`Thyborøn Fiskeriforening`, `Bauernverband`)


@lru_cache(maxsize=4)
def speech_words() -> SpeechWords:
    tables = [tomlfile.load_builtin("speech.toml"), tomlfile.load_builtin("names.toml")]  # names.toml: offices before names
    verbs, phrases, titles, not_names, orgs, written = set(), set(), {}, set(), set(), set()
    for t in tables:
        for v in t.get("attribution_verbs", []):
            (phrases.add(tuple(v.lower().split())) if " " in v else verbs.add(v.lower()))
        for k, v in t.get("titles", {}).items():
            titles[tuple(k.lower().split())] = v
        names = t.get("names", {})
        not_names.update(w.lower() for w in names.get("not_names", []))
        orgs.update(w.lower() for w in names.get("organisation_words", []))
        written.update(w.lower() for w in t.get("written_words", []))
    speech = tables[0]
    return SpeechWords(
        frozenset(verbs), tuple(sorted(phrases, key=len, reverse=True)), titles,
        max((len(k) for k in titles), default=1), frozenset(not_names), frozenset(orgs),
        frozenset(written), frozenset(k[0] for k in titles),
        ands=frozenset(speech.get("and_words", ())), buts=frozenset(speech.get("but_words", ())),
    )


@dataclass(slots=True, eq=False, repr=False)
class Token:
    raw: str
    core: str  # without surrounding quotes/brackets/punctuation ("Sen." keeps its period)
    trail: str  # punctuation stripped from the end
    start: int
    low: str  # core in lower case, for the word lists


# `said.“Like`: a sentence end run on into the next quotation, without its space; `said:”I`: a
# lead-in's colon run on into the quotation it leads in (whichever way the mark curls).
_RUN_ON = re.compile(r"(?<=[.!?])(?=[“\"„«][A-Z])|(?<=:)(?=[“”\"„«‘'][A-Z])")


def tokenize(text: str) -> list[Token]:
    return tokens_at(text)[0]


def tokens_at(text: str) -> tuple[list[Token], list[int]]:
    """The tokens of `text` and their start offsets (for bisect), from one scan."""
    tokens: list[Token] = []
    append = tokens.append
    starts = [m.start() for m in _WORD.finditer(text)]
    split = False
    # str.split() and `\S+` cut at the same whitespace: the words at C speed, their offsets from one scan
    for raw, start in zip(text.split(), starts):
        if raw.isalnum():  # most words: nothing to strip
            append(Token(raw, raw, "", start, raw.lower()))
            continue
        cut = _RUN_ON.search(raw, 1)
        if cut is not None:
            _token(raw[: cut.start()], start, tokens)
            _token(raw[cut.start() :], start + cut.start(), tokens)
            split = True
            continue
        _token(raw, start, tokens)
    return tokens, ([t.start for t in tokens] if split else starts)


def _token(raw: str, start: int, tokens: list[Token]) -> None:
    core = raw.lstrip(_LEAD)
    stripped = core.rstrip(_TRAIL)
    trail = core[len(stripped):]
    # keep an abbreviation's period: "Sen.", "J.", "U.S." (not a sentence end after a long word)
    if trail.startswith(".") and (len(stripped) <= 2 or "." in stripped or stripped.lower() in _never_end()) and stripped[:1].isalpha():
        stripped, trail = stripped + ".", trail[1:]
    tokens.append(Token(raw, stripped, trail, start, stripped.lower()))


@lru_cache(maxsize=1)
def _never_end() -> frozenset[str]:
    """`Capt.`, `Supt.`, `Sept.`: abbreviations that never end a sentence (styles/abbreviations.toml)."""
    return never_ends()


def tok_is_word(tok: Token) -> bool:
    return tok.core[:1].isalpha() and tok.low not in _STOP


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(w for key in speech_words().titles for w in key)


_SMALL = {"of", "for", "and", "the", "on", "in", "at", "to"}


def title_case(text: str) -> str:
    """`FIRE CHIEF` -> `Fire Chief`, keeping `CEO`, `U.S.` and `of` as they should be."""
    out = []
    for k, word in enumerate(text.split()):
        low = word.lower()
        if k and low in _SMALL:
            out.append(low)
        elif word.endswith(".") and word.count(".") == 1 and word[:-1].isalpha() and len(word) > 2:
            out.append(word[:1].upper() + low[1:])  # `ST.` -> `St.`, `LT.` -> `Lt.` (`U.S.` stays)
        elif "." in word or (len(word) <= 5 and low not in title_words()):
            out.append(word)  # CEO, CSIS, NATO, U.S. stay as written
        else:
            out.append(_CAPITAL.sub(lambda m: m.group(1) + m.group(2).upper(), low))  # `SHERIFF'S` -> `Sheriff's`
    return " ".join(out)


_CAPITAL = re.compile(r"(^|[-/])(\w)")
