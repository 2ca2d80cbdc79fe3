"""Copy from foreign desks: which language a story is in, and that language's speech words.

A story is read in German, French, Spanish, Italian, Portuguese, Dutch or a Nordic
language when that language's marker words (styles/languages.toml) clearly outnumber the
English ones; its verbs of saying, titles, pronouns, articles and sentence words are then
added to the English tables of styles/speech.toml for that story only. Word order is read
by parse/wordorder.py; the sieve itself is the same for every language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from scriptfmt import tomlfile
from scriptfmt.parse.speakers import SpeechWords, speech_words

ENGLISH = "en"
_ENGLISH_MARKERS = frozenset(tomlfile.load_builtin("speech.toml")["markers"])  # (styles/speech.toml)
_SAMPLE = 600  # words enough to tell a language
_STRIP = "\"“”„‘’‚'«»()[],.;:!?—–-"


@lru_cache(maxsize=1)
def tables() -> dict:
    return tomlfile.load_builtin("languages.toml")


def languages() -> list[str]:
    return [key for key in tables() if key != "names"]


def story_language(texts: list[str]) -> str:
    """The story's language: English unless another's marker words clearly outnumber English ones."""
    markers = {lang: frozenset(tables()[lang]["markers"]) for lang in languages()}
    counts = dict.fromkeys(markers, 0)
    english, seen = 0, 0
    for text in texts:
        for raw in text.split():
            word = raw.strip(_STRIP).lower()
            english += word in _ENGLISH_MARKERS
            for lang, words in markers.items():
                counts[lang] += word in words
            seen += 1
            if seen >= _SAMPLE:
                break
        if seen >= _SAMPLE:
            break
    best = max(counts, key=counts.get, default=ENGLISH)
    floor = min(_FLOOR, max(2, seen // _WORDS_PER_MARKER))  # a two-line item (`"…", dijo el gobernador X.`) has few words to tell by
    return best if counts.get(best, 0) >= floor and counts[best] > 2 * english else ENGLISH


_FLOOR = 5  # marker words that tell a language in copy of 40 words or more
_WORDS_PER_MARKER = 8  # in shorter copy, one marker word in eight (never fewer than two)


@lru_cache(maxsize=16)
def language_words(lang: str) -> SpeechWords:
    """English speech words plus the language's own (its written words replace the English ones)."""
    base = speech_words()
    if lang == ENGLISH or lang not in tables():
        return base
    t = tables()[lang]
    verbs, phrases = set(base.verbs), set(base.verb_phrases)
    for verb in t.get("verbs", []):
        (phrases.add(tuple(verb.lower().split())) if " " in verb else verbs.add(verb.lower()))
    small = {w.lower() for key in ("markers", "determiners", "clitics", "not_names") for w in t.get(key, ())}
    titles = {k: v for k, v in base.titles.items() if not (len(k) == 1 and k[0] in small)}  # German `am` is no AM
    titles.update({tuple(k.lower().split()): v for k, v in t.get("titles", {}).items()})
    return dataclasses.replace(
        base,
        verbs=frozenset(verbs),
        verb_phrases=tuple(sorted(phrases, key=len, reverse=True)),
        titles=titles,
        title_len=max(len(k) for k in titles),
        not_names=base.not_names | frozenset(w.lower() for w in t.get("not_names", [])),
        org_words=base.org_words | frozenset(w.lower() for w in t.get("org_words", [])),
        written=frozenset(w.lower() for w in t.get("written", [])),
        title_first=frozenset(k[0] for k in titles),
        lang=lang,
        pronouns={**base.pronouns, **t.get("pronouns", {})},
        determiners=base.determiners | frozenset(t.get("determiners", [])),
        noun_caps=bool(t.get("noun_caps", False)),
        place_before=base.place_before | frozenset(t.get("place_before", ())),
        descriptors=tuple(w.lower() for w in t.get("descriptors", ())),
        ands=base.ands | frozenset(t.get("and_words", ())),
        buts=base.buts | frozenset(t.get("but_words", ())),
        not_particles=frozenset(t.get("not_particles", ())),
        org_endings=tuple(w.lower() for w in t.get("org_endings", ())),
    )


def story_words(texts: list[str]) -> SpeechWords:
    """The speech words for a story: its language's, plus the compound titles it writes
    (`Innenminister`, `SPD-Chef`, `Polizeisprecherin`) in languages that build them."""
    lang = story_language(texts)
    words = language_words(lang)
    endings = tuple(tables()[lang].get("title_endings", ())) if lang != ENGLISH else ()
    if not endings:
        return words
    found: dict[tuple[str, ...], str] = {}
    for text in texts:
        for raw in text.split():
            core = raw.strip(_STRIP)
            low = core.lower()
            if core[:1].isupper() and low.endswith(endings) and (low,) not in words.titles and low not in words.not_names:
                found[(low,)] = core
    if not found:
        return words
    titles = {**words.titles, **found}
    return dataclasses.replace(words, titles=titles, title_first=words.title_first | frozenset(k[0] for k in found))


@lru_cache(maxsize=1)
def every_verb() -> frozenset[str]:
    """Verbs of saying of every language (one word each): `– Det er en kontroll, säger X.` is
    dash-led speech whatever desk wrote it."""
    verbs = {lang: {v.lower() for v in tables()[lang].get("verbs", ()) if " " not in v} for lang in languages()}
    markers = {lang: {m.lower() for m in tables()[lang]["markers"]} for lang in languages()}
    # a verb of one desk that is another desk's marker word is no verb in every language (Creole `di`, Italian `di` = of)
    words = {w for found in verbs.values() for w in found if all(w in verbs[lang] for lang in languages() if w in markers[lang])}
    return speech_words().verbs | frozenset(words)


@lru_cache(maxsize=1)
def every_verb_phrase() -> frozenset[tuple[str, ...]]:
    """Verbs of saying of several words, every language (`ha explicado`, `a déclaré`), lower case."""
    return frozenset(tuple(v.lower().split()) for lang in languages() for v in tables()[lang].get("verbs", ()) if " " in v)


@lru_cache(maxsize=1)
def every_title() -> frozenset[str]:
    """Titles of every foreign desk (`presidente`, `ministra`, `bürgermeister`), lower case."""
    return frozenset(word.lower() for lang in languages() for word in tables()[lang].get("titles", {}))


@lru_cache(maxsize=1)
def every_org_word() -> frozenset[str]:
    """Organisation words of every foreign desk (`gobierno`, `polícia`, `ministerium`, `kommunen`), lower case."""
    return frozenset(word.lower() for lang in languages() for word in tables()[lang].get("org_words", ()))


@lru_cache(maxsize=1)
def _every_phrase() -> frozenset[tuple[str, ...]]:
    phrases = {tuple(v.lower().split()) for lang in languages() for v in tables()[lang].get("verbs", ()) if " " in v}
    return frozenset(phrases) | frozenset(speech_words().verb_phrases)


def opens_with_verb(words: list[str]) -> bool:
    """Do these words open with a verb of saying of any language (`afferma Greco`, `fa sapere il
    sindaco`, `ha detto`)? For the incise between dashes inside a quotation (parse/quotes.py)."""
    low = [w.lower().strip(".,;:") for w in words[:3]]
    return bool(low) and (low[0] in every_verb() or any(tuple(low[:n]) in _every_phrase() for n in (2, 3)))


@lru_cache(maxsize=16)
def those_words(lang: str) -> tuple[tuple[str, ...], ...]:
    """`With those words`, `Con estas palabras`: phrases opening a sentence that names the speaker
    of the quotation just before it (English always, plus the story's language), lower case, split."""
    phrases = list(tomlfile.load_builtin("speech.toml").get("those_words", []))
    phrases += tables().get(lang, {}).get("those_words", []) if lang != ENGLISH else []
    return tuple(tuple(p.lower().split()) for p in phrases)


@lru_cache(maxsize=16)
def resumes_alone(lang: str) -> frozenset[str]:
    """`Così`: a word standing for the quotation that names its speaker with no verb of saying
    (`“…”. Così il ministro Roberto Gualtieri, alla fine del Cdm.`), lower case."""
    return frozenset(p.lower() for p in tables().get(lang, {}).get("resumes_alone", ())) if lang != ENGLISH else frozenset()


@lru_cache(maxsize=16)
def resumes(lang: str) -> tuple[tuple[str, ...], ...]:
    """`Lo dichiara`, `Das sagte`: words opening the sentence after a quotation that stand for it,
    before a verb of saying and its subject (the story's language only), lower case, split."""
    return tuple(tuple(p.lower().split()) for p in tables().get(lang, {}).get("resumes", ())) if lang != ENGLISH else ()


@lru_cache(maxsize=16)
def source_words(lang: str) -> frozenset[str]:
    """`so`, `laut`, `selon`, `según`: the person after it is the source of the quotation."""
    return frozenset(tables().get(lang, {}).get("sources", ())) if lang != ENGLISH else frozenset()


@lru_cache(maxsize=16)
def demonstratives(lang: str) -> Mapping[str, str]:
    """`cette`, `esta`: a demonstrative that describes again the person just quoted -> gender (read-only, cached)."""
    return MappingProxyType(dict(tables().get(lang, {}).get("demonstratives", {})) if lang != ENGLISH else {})


@lru_cache(maxsize=16)
def people_nouns(lang: str) -> frozenset[str]:
    """`femme`, `vecina`, `Anwohnerin`: nouns for a person, any person (lower case); with the titles, what a
    demonstrative describing the one just quoted is followed by."""
    return frozenset(w.lower() for w in tables().get(lang, {}).get("people_nouns", ())) | every_title() if lang != ENGLISH else frozenset()


@lru_cache(maxsize=16)
def stressed_pronouns(lang: str) -> Mapping[str, str]:
    """`selon lui`, `según ella`: pronouns after a source word -> gender (read-only, cached)."""
    return MappingProxyType(dict(tables().get(lang, {}).get("stressed", {})) if lang != ENGLISH else {})


@lru_cache(maxsize=16)
def indefinite_articles(lang: str) -> frozenset[str]:
    """`a`, `an`, `another` in English; `um`, `uma` in Portuguese (whose `a` is `the`: `acrescentou a
    ministra` is the minister named before, not someone new)."""
    english = frozenset(("a", "an", "another"))
    return english if lang == ENGLISH or lang not in tables() else frozenset(tables()[lang].get("indefinite", ()))


def written_before(words: SpeechWords) -> frozenset[str]:
    """Articles and prepositions of the story's language before a written word (`em nota`, `en un
    comunicado`, `dans un communiqué`): the words come from a statement, read copy. Empty for English."""
    return _written_before(words.lang) | (words.determiners if words.lang != ENGLISH else frozenset())


@lru_cache(maxsize=16)
def _written_before(lang: str) -> frozenset[str]:
    return frozenset(tables().get(lang, {}).get("written_before", ())) if lang != ENGLISH else frozenset()


@lru_cache(maxsize=16)
def complementizers(lang: str) -> frozenset[str]:
    """`que`, `dass`, `che`: the word joining a quoted clause to its verb of saying (`afirmou que "…"`)."""
    return frozenset(tables().get(lang, {}).get("complementizers", ())) if lang != ENGLISH else frozenset()


@lru_cache(maxsize=16)
def local_honorifics(lang: str) -> dict[str, str]:
    """Honorifics of one language's copy only (French `M.` for Monsieur), lower case -> gender."""
    return {k.lower(): v for k, v in tables()[lang].get("honorifics", {}).items()} if lang in tables() else {}


def suffixed_articles(lang: str) -> tuple[str, ...]:
    """Endings that are the definite article in languages that write it onto the noun (Nordic
    `statsministern`, `borgmesteren`): a role noun so written is `the minister`."""
    return tuple(tables()[lang].get("suffixed_articles", ())) if lang in tables() else ()


def clitics(lang: str) -> frozenset[str]:
    """Object pronouns between a quotation and its verb: `« … », lui répond le ministre`."""
    return frozenset(tables().get(lang, {}).get("clitics", ())) if lang != ENGLISH else frozenset()


def after_source(toks: list, i: int, end: int, words: SpeechWords) -> bool:
    """`„…“, so Dybowski.` / `«…», selon Martin.`: the name toks[i:end] follows a source word that
    follows a closed quotation, the one place a foreign desk writes a person's bare surname (in
    German, where every noun is capitalised, the evidence that a capitalised word is a name) —
    unless an article follows it: `so Experten des Mietervereins` is a noun and its genitive."""
    if words.lang == ENGLISH or i < 2 or toks[i - 1].low not in source_words(words.lang):
        return False
    if end < len(toks) and not toks[end - 1].trail and toks[end].low in words.determiners:
        return False
    before = toks[i - 2].raw
    return before.endswith(",") and before[-2:-1] in _CLOSING


_CLOSING = "\"”“»«’‘'"
_OPENING = "\"“„«‘'"
_LEADING_DASHES = ("-", "–", "—", "--")


def speaker_slot(toks: list, i: int, end: int, words: SpeechWords) -> bool:
    """`”, señaló Saavedra.`, `"…," Saavedra said.`, `– …, sier Støvring.`: a lone capitalised word
    in the slot an attribution keeps for the speaker (right beside a verb of saying, itself right
    after a quotation closed by a comma) is that speaker's surname, even where the copy never
    introduced it (an excerpt, a follow-up story). An acronym there is an organisation (`AFP`)."""
    if after_source(toks, i, end, words):
        return True
    name = toks[end - 1]
    if end - i != 1 or i < 1 or (name.core.isupper() and len(name.core) > 1):
        return False
    if i >= 2 and toks[i - 1].low in words.verbs and not toks[i - 1].trail and name.trail[:1] in (".", ",", ";", ""):
        before = toks[i - 2].raw  # `cordones”,` / `stop,"` / dash speech's `forekommet,`
        return _closed_by_comma(before) or before.endswith(",") and toks[0].raw in _LEADING_DASHES
    if end + 1 < len(toks) and toks[end].low in words.verbs and not name.trail and toks[end].trail == "," and toks[end + 1].raw[:1] in _OPENING:
        return toks[i - 1].trail[-1:] not in ".!?" and name.low not in words.not_names  # `Talking about the EP, Maahi shared, “…`: a lead-in's speaker
    return end < len(toks) and toks[end].low in words.verbs and not name.trail and _closed_by_comma(toks[i - 1].raw)


def _closed_by_comma(raw: str) -> bool:
    """`stop,"` / `stop?”` (English) or `cordones”,` (a foreign desk): a quotation closed as an attribution follows."""
    return len(raw) >= 2 and (raw[-1:] in _CLOSING and raw[-2:-1] in (",", "!", "?") or raw.endswith(",") and raw[-2:-1] in _CLOSING)


_OF = frozenset(tomlfile.load_builtin("speech.toml")["department_of"])  # (styles/speech.toml)


def _former(low: str, words: SpeechWords) -> str:
    """`ex-ministro`, `exministro`, `ex-ministre`: the title a former holder is named by."""
    for cut in (3, 2):
        if low[:cut] in ("ex-", "ex–", "ex") and (low[cut:],) in words.titles:
            return low[cut:]
    return low


def department_title(toks: list, i: int, words: SpeechWords) -> tuple[str, int, int] | None:
    """A foreign desk's title with its department before the name at toks[i]: `ministre de
    l’Économie Bruno Le Maire`, `la ministre de la Santé, Hélène Dufresne`, `ministre québécois de
    la Culture Jean Tremblay` -> (title, its first token, the name's first token). A department of
    one capitalised word run on into the name (`Culture Jean Tremblay`) ends after that word."""
    if words.lang == ENGLISH or i < 3 or toks[i - 1].low in words.place_before and not toks[i - 1].trail:
        return None  # (`El jefe de Estado cumplió actividades en Moquegua`: a place after its preposition, no title's holder)
    for k in range(i - 1, max(i - 8, 0) - 1, -1):
        if toks[k].trail and k < i - 1 or toks[k].low in words.verbs:
            return None
        of = k + 1 + (toks[k + 1].core.islower() and toks[k + 1].low not in _OF and k + 2 < i)  # `ministre québécois de la Culture`
        if (_former(toks[k].low, words),) in words.titles and toks[of].low in _OF and toks[k].core[:1].islower():  # (`o ex-ministro da Cultura Juca Ferreira`)
            if toks[i - 1].trail == "," and not any(t.trail for t in toks[k : i - 1]):
                return " ".join(t.core for t in toks[k:i]).rstrip(","), k, i  # `la maire de la commune, Juliana M’Doihoma`
            if not any(t.core.lstrip("ldLD’'")[:1].isupper() for t in toks[of + 1 : i]):  # the department is toks[i]
                start = i + 1
                while start < min(len(toks) - 1, i + 3) and not toks[start - 1].trail and toks[start].core[:1].islower() and toks[start].low not in words.verbs:
                    start += 1  # `de la Langue française Jean-François Roberge`: the department's adjective
                if toks[start - 1].trail or start >= len(toks) or not toks[start].core[:1].isupper() or not toks[start + 1 :][:1] or not toks[start + 1].core[:1].isupper():
                    return None  # a department and a name of two words at least: `de la Culture Jean Tremblay`
                return " ".join(t.core for t in toks[k:start]), k, start
            capitals = sum(t.core.lstrip("ldLD’'")[:1].isupper() for t in toks[of + 1 : i])
            if capitals > 2 and toks[i - 1].trail != ",":
                return None  # `du Commerce Olivia Grégoire interrogée sur CNews`: a name and a clause, not a department
            return " ".join(t.core for t in toks[k:i]).rstrip(","), k, i  # `de la Santé, Hélène Dufresne`
    return None


def compound_holder(people: list, role: str, gender: str | None):
    """German builds titles as compounds (`Umweltministerin`, `Polizeisprecher`) and calls the holder
    by the head noun later (`die Ministerin`, `der Sprecher`): the latest-seen person with a
    compound role ending in it, of a compatible gender, else None."""
    fits = [p for p in people if any(r != role and r.endswith(role) for r in p.roles) and (gender is None or p.gender in (gender, None))]
    return max(fits, key=lambda p: p.last_seen) if fits else None


_JOINERS = frozenset(tomlfile.load_builtin("speech.toml")["organisation_links"])


def organisation_joiners(words: SpeechWords) -> frozenset[str]:
    """The small words inside an organisation's name: `of`, `and`, and a foreign desk's `of` words
    and articles (`Federação Nacional dos Médicos`, `Ministerio de la Presidencia`, `Comune di Genova`)."""
    return _JOINERS if words.lang == ENGLISH else _JOINERS | _OF | words.determiners


def org_runs_on(toks: list, i: int, words: SpeechWords) -> bool:
    """A foreign desk names an organisation by its kind first (`Federação Nacional dos Médicos`,
    `Ministerio del Interior`, `Comune di Genova`): capitalised words right after a capitalised
    organisation word go on with its name; they are not a person."""
    if words.lang == ENGLISH or i == 0:
        return False
    prev = toks[i - 1]
    return not prev.trail and prev.core[:1].isupper() and prev.low in _own_org_words(words.lang)  # (not English `Commerce`: `du Commerce Olivia Grégoire`)


@lru_cache(maxsize=16)
def _own_org_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in tables().get(lang, {}).get("org_words", ()))


def name_tables() -> dict:
    """Name data for every language (roles, aliases, honorifics, first names) for parse/names.py."""
    return tables().get("names", {})
