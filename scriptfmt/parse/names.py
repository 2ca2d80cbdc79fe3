"""Name shapes: which capitalised words in a token run are a person's name.

A name is up to five words (particles not counted): capitalised words (`O’Neill`, `Smith-Jones`), particles between
them (`Maarten van der Berg`, `Ana de la Cruz`), hyphen prefixes (`al-Sudani`) and a suffix
(`Jr.`, `III`). Honorifics (`Ms`, `Dr.`) stand before a name and are not part of it. The
surname is the last word, or the first for family-name-first names (`Moon Jae-in`,
`Xi Jinping`). Data: styles/names.toml.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.languages import department_title, organisation_joiners, org_runs_on  # department_title, org_runs_on: for parse/mentions.py
from scriptfmt.parse.namedata import NEWSROOM_FILES, NameData, name_data  # (NEWSROOM_FILES, name_data: the names data's home for callers)
from scriptfmt.parse.speakers import SpeechWords, Token

_POSSESSIVE = ("'s", "’s", "s'", "s’", "'S", "’S", "S'", "S’")  # capitals copy: `BABINEAUX'S`
_QUOTE_MARKS = "“”\"‘’'«»„"
_PART = re.compile(r"(^|[-'’])(\w)(\w*)")
# Romanised Chinese syllables (pinyin), for `Xi Jinping` / `Li Qiang`.
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|ü))+")


def bare(core: str) -> tuple[str, bool]:
    """`Voss's` -> (`Voss`, True); `Ortiz` -> (`Ortiz`, False)."""
    if core.endswith(_POSSESSIVE) and len(core) > 3:
        return (core[:-2] if core[-1] in "sS" else core[:-1]), True
    return core, False


def _s_apostrophe(toks: list, j: int) -> bool:
    """`Aart Smulders' daughter`: a name ending in s with a bare apostrophe, then a lower-case noun."""
    tok = toks[j]
    return tok.trail in ("'", "’") and tok.core[-1:] in ("s", "S") and j + 1 < len(toks) and toks[j + 1].core[:1].islower()


@dataclass(eq=False, repr=False)
class NameShape:
    words: list[str]  # as written, honorifics and titles excluded
    start: int  # token index of the first name word
    end: int  # token index after the last
    surname: str  # lower case: the key later mentions use
    first: str | None  # lower-case given name, if the name has one
    possessive: bool = False
    inferred: bool = False  # the family name is the owner's, never written for this person (`His daughter, Ffion,`)


def _capitalised(word: str) -> bool:
    """`Ortiz`, `O’Neill`, and Irish mutations: `tSaoir`, `hUiginn`, `nGael`."""
    if word[:1] in "thn" and word[1:2] == "-":
        word = word[2:]  # `Mac an t-Saoir`
    return word[:1].isupper() or (word[:1] == "O" and word[1:2] in "'’") or (word[:1] in "thn" and word[1:2].isupper() and word[2:3].islower())


def _nickname(toks: list[Token], j: int, words: SpeechWords, caps_text: bool) -> bool:
    """A single capitalised word in quotation marks between a given name and the rest of the name."""
    tok = toks[j]
    quoted = tok.raw[:1] in "“\"‘'" and tok.raw[-1:] in "”\"’'" and len(tok.raw) > 2
    return quoted and not tok.trail.strip("”\"’'") and _capitalised(tok.core) and j + 1 < len(toks) and name_word(toks[j + 1], words, caps_text)


def name_word(tok: Token, words: SpeechWords, caps_text: bool) -> bool:
    """Could this token be part of a name? (Not a sentence word, organisation word or verb.)"""
    core, _ = bare(tok.core)
    data = name_data()
    if not core or not _capitalised(core) and not core.lower().startswith(data.prefixes):
        return False
    low = core.lower()
    if low in words.not_names or low in words.org_words or low in words.verbs or (low,) in words.titles:
        return False
    if low in data.honorifics:
        return False
    if tok.raw[:1] in _QUOTE_MARKS and tok.raw[-1:] in _QUOTE_MARKS and len(tok.raw) > 2:
        return False  # `Ambassador in Washington ‘Misquoted’`: a quoted word, never a name (a nickname is read apart)
    if not caps_text and core.isupper() and len(core) > 2 and "." not in core:
        return False  # NATO, UNICEF: an acronym, not a name
    return any(ch.isalpha() for ch in core)


def name_at(toks: list[Token], i: int, words: SpeechWords, caps_text: bool, titled: bool = False) -> NameShape | None:
    """The name starting at toks[i], or None. Stops at punctuation after a word. After a title
    or an honorific (`titled`), a first word that is also a month or a sentence word can open
    a name when a capitalised word follows (`Resident June Park`, `Mayor May Chen`)."""
    data = name_data()
    run: list[str] = []
    j, possessive = i, False
    if titled and i + 1 < len(toks) and not toks[i].trail and _capitalised(toks[i].core) and _capitalised(toks[i + 1].core):
        if toks[i].low in words.not_names and toks[i].low not in data.honorifics and name_word(toks[i + 1], words, caps_text):
            run.append(toks[i].core)
            j += 1
    while j < len(toks) and len(run) < 9 and sum(w.lower() not in data.particles for w in run) < 5 and (run or toks[j].low not in data.suffixes):
        tok = toks[j]  # five name words, particles not counted (`María de los Ángeles Gómez Robles`); a suffix never opens one
        if run and tok.raw[:1] in "([":
            break  # `Rep. Carl Mendez (R-Texas)`: a tag after the name, not part of it
        if run and _particle(tok.low, run[-1], data) and tok.low not in words.not_particles and not tok.trail and _particles_then_name(toks, j, data) and _particle_joins(toks, j, run) and not (words.noun_caps and (len(run) > 1 or tok.low in words.determiners and run[-1].lower() not in data.particles)):
            # German copy: `Alexander Ahrens zu Wort`, `lobt Gabriel den Einsatz`: particles come before the surname, an article only after `von`
            run.append(tok.core)
            j += 1
            continue
        if run and _nickname(toks, j, words, caps_text):
            j += 1  # `Francisco “Isko” Moreno Domagoso`: the quoted nickname is not read as part of the name
            continue
        if run and tok.low in data.suffixes:
            run.append(tok.core)
            j += 1
            break
        if run and not caps_text and len(tok.raw) == 1 and tok.raw.isupper() and j + 1 < len(toks) and name_word(toks[j + 1], words, caps_text):
            run, j = [*run, tok.core], j + 1  # `Saeed A Khoory`: a middle initial written without its stop (never in capitals copy: `JOHN A STORY`)
            continue
        if run and _inside_name(toks, j, words, caps_text, data) and (len(run) == 1 or toks[j].low not in data.given_titles):  # (a father's title: after a one-word given name)
            run, j = [*run, toks[j].core], j + 1  # `Hishammuddin Tun Hussein`, `Salleh Said Keruak`
            continue
        if not name_word(tok, words, caps_text) and not (run and run[-1].lower() in data.particles and _capitalised(tok.core)):
            # (after a particle a title word is a surname: `Bruno Le Maire`)
            after = toks[i - 1].low if i else ""  # `The Communications and Multimedia Minister said`: an office, no `Multimedia Minister`
            if len(run) == 1 and after not in words.determiners and run[0].lower() not in data.nations and (run[0].lower() in data.first_names or titled or after not in words.ands) and _surname_like_title(toks, j, words, run[0].lower() in data.first_names or titled):
                run.append(bare(tok.core)[0])  # `Chris Bishop said`, `Mary King's`: a surname that is also a title
                possessive = bare(tok.core)[1]
                j += 1
            break
        core, possessive = bare(tok.core)
        possessive = possessive or _s_apostrophe(toks, j)
        if run and run[-1].endswith("-") and _hyphen_incise(toks, i):
            break  # `-ha aggiunto Alfano- Bersani abbia`: the incise's closing hyphen ends the name
        if run and run[-1].endswith("-") and len(run[-1]) > 2:
            run[-1] += core  # `Mr. Afenyo- Markin`: a stray space after the hyphen, one surname
        else:
            run.append(core)
        j += 1
        if possessive or tok.trail or tok.raw.endswith(("”", '"', "’")):
            if j < len(toks) and toks[j].low in data.suffixes and tok.trail == ",":
                continue  # `Martin Luther King, Jr.`
            break
    run, j = _trimmed(run, j, data)
    if caps_text:
        run, j, possessive = _caps_cut(run, j, possessive, data)
    if not run:
        return None
    return NameShape(run, i, j, *_keys(run, data), possessive=possessive)


def _trimmed(run: list[str], j: int, data: NameData) -> tuple[list[str], int]:
    """The name run without particles at its end (`Bruno Le`), nor the hyphen that closes an incise after it
    (`-reconoció Chávez-,`); j the token after it."""
    while run and run[-1].lower() in data.particles:
        run.pop()
        j -= 1
    if run and run[-1].endswith("-") and len(run[-1]) > 2:
        run[-1] = run[-1].rstrip("-")
    return run, j


def _hyphen_incise(toks: list[Token], i: int) -> bool:
    """A name inside an attribution set off by hyphens (`"… -ha aggiunto Alfano- Bersani abbia …"`): a word
    just before it opens with a hyphen, so the hyphen after the name closes the incise and joins nothing."""
    return any(toks[k].raw[:1] == "-" and toks[k].raw[1:2].isalpha() for k in range(max(0, i - 4), i))


def _inside_name(toks: list[Token], j: int, words: SpeechWords, caps_text: bool, data: NameData) -> bool:
    """Words that belong to a name only inside it: a father's title between a one-word given name and
    the father's one-word name (Malay names: `Hishammuddin Tun Hussein`, `Najib Tun Razak`:
    `given_name_titles`; not `Menteri Besar Datuk Seri Saarani Mohamad`, where the title opens the
    person's own name), and a given name spelled like a verb of saying, capitalised mid-sentence
    between two name words (`Salleh Said Keruak`): one token, joined to the name."""
    if caps_text or toks[j - 1].trail or j + 1 >= len(toks) or toks[j].trail or not name_word(toks[j + 1], words, caps_text):
        return False
    if toks[j].low in words.verbs and toks[j].core[:1].isupper() and toks[j].core[1:].islower():
        return True
    father = j + 2 >= len(toks) or bool(toks[j + 1].trail) or not name_word(toks[j + 2], words, caps_text)
    return toks[j].low in data.given_titles and father


def _caps_cut(run: list[str], j: int, possessive: bool, data: NameData) -> tuple[list[str], int, bool]:
    """All-capitals copy: `KAREN WOLFE WANTS …` — a name is two words (and its particles)."""
    words = 0
    # `EVACUEE DOLORES ITURBE TOLD`: a title word before a known given name makes three
    most = 3 if len(run) > 2 and run[0].lower() not in data.first_names and run[1].lower() in data.first_names else 2
    for k, word in enumerate(run):
        words += word.lower() not in data.particles and word.lower() not in data.suffixes
        if words > most:
            return run[:k], j - (len(run) - k), False
    return run, j, possessive


def honorific_len(toks: list[Token], i: int, data: NameData) -> int:
    """How many tokens of honorific start at toks[i]: 2 (`Tan Sri`, `Datuk Seri`), 1 (`Ms`) or 0."""
    if i + 1 < len(toks) and f"{toks[i].low} {toks[i + 1].low}" in data.honorifics and toks[i].trail in ("", "'", "’"):
        return 2  # `Tan Sri`, `Dato’ Sri` (the tokens keep `Dato` without its apostrophe)
    return int(i < len(toks) and toks[i].low in data.honorifics)


def job_title(toks: list[Token], i: int, words: SpeechWords, caps_text: bool) -> bool:
    """`Fishmonger Kim Bok-soon`, `Spaniard Carlos Ruiz`, `WELDER SEAMUS O’DRISCOLL`: a capitalised
    word opening a sentence that is no known given name, ends like a job noun (or is a
    nationality), and stands before a full name, is a title."""
    data, low = name_data(), toks[i].low
    if toks[i].trail or i + 2 >= len(toks) or low in data.first_names or low in words.not_names or not _capitalised(toks[i].core):
        return False
    if i and not any(ch in ".!?" for ch in toks[i - 1].trail):
        return False  # a sentence's first word: `the Selangor Umno Liaison Body` is no job
    if not (len(low) >= 5 and low.endswith(data.job_endings) or low in data.nations.get(low, ())):
        return False
    shape = name_at(toks, i + 1, words, caps_text, titled=True)
    return shape is not None and shape.first is not None


def portfolio(toks: list[Token], j: int, words: SpeechWords, caps_text: bool) -> tuple[str, NameShape] | None:
    """The department after a title, then the name: `Commissioner for Transport Babatunde Adeyemi`,
    `Minister for Housing and Local Government Darragh O’Brien`. The name starts at a known
    first name, else the words after the portfolio's last department noun (`Minister for Local Government
    and Rural Development Faisal Amin Gandapur`), else the last two capitalised words."""
    if j + 3 > len(toks) or toks[j].low not in ("for", "of", "in") or toks[j - 1].trail.strip("."):
        return None
    capital: list[int] = []
    k, honour = j + 1, 0
    while k < len(toks) and k - j <= 10:
        honour = honorific_len(toks, k, name_data())
        if honour:
            break  # `Minister of Energy and Natural Resources Datuk Seri Takiyuddin Hassan`
        if _capitalised(toks[k].core):
            capital.append(k)
        elif toks[k].low not in ("and", "of", "for", "the", "&") or toks[k - 1].trail:
            break
        k += 1
        if toks[k - 1].trail or toks[k - 1].core.endswith(_POSSESSIVE):
            break
    if honour and capital:
        shape, at = name_at(toks, k + honour, words, caps_text, titled=True), k
        return (" ".join(t.core for t in toks[j:at]), shape) if shape else None
    if len(capital) < 2:
        return None
    tail = len(capital) - 1  # the name: from a known first name, else the last (at most two) name words
    while tail > max(len(capital) - 2, 1) and name_word(toks[capital[tail - 1]], words, caps_text):
        tail -= 1
    data = name_data()  # the portfolio ends at its last department noun: `… and Rural Development Faisal Amin Gandapur`
    last = max((n for n, c in enumerate(capital[:-2]) if toks[c].low in data.departments), default=None)
    after = capital[last + 1] if last is not None and len(capital) - last - 1 <= 4 else capital[tail]
    at = after if last is not None else next((c for c in capital[1:] if toks[c].low in data.first_names), after)  # (`Minister of Works Jearlean John`: after the department, whatever given name `John` is)
    shape = name_at(toks, at, words, caps_text, titled=True)
    if shape is None or shape.end != capital[-1] + 1 or at == capital[0]:
        return None
    return " ".join(t.core for t in toks[j:at]), shape


def organisation(words: SpeechWords, toks: list[Token], j: int, single: bool = False) -> tuple[str | None, int]:
    """`of the National Beekeepers Alliance` (from toks[j]): capitalised words and their joiners."""
    if j < len(toks) and toks[j].low == "the":
        j += 1
    org: list[str] = []
    joins = organisation_joiners(words)  # `of`, `and` (a foreign desk's `dos`, `de la`: `Federação Nacional dos Médicos`)
    while j < len(toks) and len(org) < 10:
        tok = toks[j]
        if not (tok.core[:1].isupper() or (org and tok.low in joins)):
            break
        org.append(tok.core)
        j += 1
        if tok.trail:
            break
    while org and org[-1].lower() in joins:
        org.pop()
    if len(org) >= 2 or single and org or any(w.lower() in words.org_words for w in org):
        return " ".join(org), j
    return None, j


def _surname_like_title(toks: list[Token], j: int, words: SpeechWords, known: bool) -> bool:
    """toks[j] is a one-word title (`Bishop`, `King`) ending a name, after a listed given name or a title
    (`Council member Mat King`); or an organisation's word (`Trust`, `Fund`) ending a name after one of
    those (`Polizeipressesprecher Dietmar Trust nach:`), never after an unlisted word (`Wellcome Trust said`)."""
    # an unlisted given name takes a title before a speech verb or a lower-case appositive (`Mat King, a council
    # member,`), never before a name (`Sport Minister, Datuk Seri …`: a title)
    tok = toks[j]
    if not tok.core[:1].isupper():
        return False
    if (tok.low.rstrip("'’s") if tok.low.endswith(("'s", "’s")) else tok.low,) not in words.titles:
        return known and tok.low in words.org_words and not tok.core.isupper() and (bool(tok.trail) or j + 1 >= len(toks) or not toks[j + 1].core[:1].isupper())
    return (bool(tok.trail) or j + 1 >= len(toks) or not toks[j + 1].core[:1].isupper()) and (known or j + 1 < len(toks) and (toks[j + 1].low in words.verbs or tok.trail.startswith(",") and toks[j + 1].core[:1].islower()))


def _particle(low: str, before: str, data: NameData) -> bool:
    return low in data.particles or before.lower() in data.particle_after.get(low, ())


_AND = frozenset(("y", "e"))  # Spanish `Ramón y Cajal`, Portuguese `… e Silva`: also the word `and`
_OF = frozenset(("van", "von"))  # a name has one `van`: `Jan van Zanen van Utrecht` is Jan van Zanen, of Utrecht


def _particle_joins(toks: list[Token], j: int, run: list[str]) -> bool:
    """Does the particle at toks[j] carry the name on? `y` / `e` joins the last surname of a full
    name (`Santiago Ramón y Cajal`), not a second person (`Enrique Peña Nieto y Donald Trump`,
    `Sánchez y Feijóo`); a second `van`, or one after a given name and a surname, starts the place the person is from."""
    low = toks[j].low
    if low in _OF:  # `Wouter Kolff van Dordrecht`: after a given name and a surname, `van` names the place
        complete = len(run) >= 2 and run[-1].lower() not in name_data().first_names and not any(w.lower() in name_data().particles for w in run)
        return not complete and not any(w.lower() == low for w in run)
    if low not in _AND:
        return True
    return len(run) >= 2 and (j + 2 >= len(toks) or bool(toks[j + 1].trail) or not _capitalised(toks[j + 2].core))


def office_goes_on(toks: list, end: int, words: SpeechWords) -> bool:
    """`ministro Adjunto e dos Assuntos Parlamentares`, `Minister Delegate and for Trade`: after the
    word a title stands before, `and` and `of` / `for` before a capital carry the office's name on,
    so that word is part of the office, not a person's name."""
    if end + 2 >= len(toks) or toks[end - 1].trail or toks[end].trail or toks[end].low not in words.ands:
        return False
    return toks[end + 1].low in name_data().office_links and not toks[end + 1].trail and _capitalised(toks[end + 2].core)


def _particles_then_name(toks: list[Token], j: int, data: NameData) -> bool:
    """`van der Berg`: particles (at most three) and then a capitalised word, never a ministry's portfolio (`Paulo
    Guedes da Economia`: the office's)."""
    k = j
    while k < len(toks) and k - j < 3 and _particle(toks[k].low, toks[k - 1].low, data) and not toks[k].trail:
        k += 1
    return k < len(toks) and k > j and _capitalised(toks[k].core) and toks[k].low not in data.portfolios


def _keys(run: list[str], data: NameData) -> tuple[str, str | None]:
    plain = [w for w in run if w.lower() not in data.suffixes] or run
    if len(plain) == 1 or plain[0].lower() in data.particles:
        return plain[-1].lower(), None  # `Kishida`, `De la Cruz`: a surname alone
    if family_first(plain, data):
        return plain[0].lower(), " ".join(plain[1:]).lower()
    return plain[-1].lower(), plain[0].lower()


def family_first(words: list[str], data: NameData | None = None) -> bool:
    """`Moon Jae-in`, `Kim Jong Un`, `Xi Jinping`: the family name comes first."""
    data = data or name_data()
    if words[0].lower() not in data.family_first:
        return False
    given = words[1:]
    if any(w.lower() in data.first_names and "-" not in w for w in given):
        return False
    if len(given) == 1 and "-" in given[0]:
        return given[0].split("-", 1)[1][:1].islower()  # Jae-in, Geun-hye
    if len(given) >= 2:
        return all(len(w) <= 5 for w in given)  # Jong Un, Suk Yeol
    return _PINYIN.fullmatch(given[0].lower()) is not None


def name_case(words: list[str]) -> str:
    """`JIM PRESCOTT` -> `Jim Prescott`, `DECLAN O’NEILL` -> `Declan O’Neill`, `VAN DER BERG` keeps its particles low."""
    data = name_data()
    out = []
    for k, word in enumerate(words):
        low = word.lower()
        if k and low in data.particles:
            out.append(low)
        elif low in data.suffixes and len(word) <= 3 and "." not in word:
            out.append(word.upper())  # III
        elif k and low == "junior":
            out.append("Jr.")  # radio copy spells it out: `RAYMOND THIBEAULT JUNIOR`
        else:
            out.append(_PART.sub(lambda m: m.group(1) + m.group(2).upper() + m.group(3).lower(), low))
    return " ".join(out)


def sentence_adverb(toks: list[Token], i: int, opens: bool) -> bool:
    """`Frankly Holt said:`, `Sadly Ms Ruiz …`: a word in -ly opening a sentence before a capital
    is an adverb, not a given name, unless the table knows it as one (`Kelly`, `Emily`)."""
    low = toks[i].low
    return opens and low.endswith("ly") and low not in name_data().first_names and not toks[i].trail and i + 1 < len(toks) and toks[i + 1].core[:1].isupper()


def place_name(words: list[str]) -> bool:
    """`Stillorgan Road`, `Wellington Street`, `Centro de Convenções`, `Public Expenditure`: a place's, an
    institution's or a portfolio's name, unless a known given name opens it (`Jo Street`, `Samantha Power`)."""
    if len(words) < 2:
        return False
    data = name_data()
    ends = words[-1].lower().rstrip(".") in data.place_endings or words[0].lower() in data.place_starts  # (`Centro de Convenções`)
    ends = ends or words[-1].lower() in data.departments  # a portfolio (`Public Expenditure and Reform Minister X`): no one
    return ends and words[0].lower() not in data.first_names


def fold(word: str) -> str:
    """A name compared without case, accents or apostrophes: `Sęk` = `sek`, `BARRAGÁN` = `Barragan`,
    `D’ALESSANDRO` = `D'Alessandro`, `Matiang’i` = `Matiangi` (copy drops accents and apostrophes as often as it keeps them)."""
    if word.isascii():
        return word.lower().replace("'", "")
    folded = unicodedata.normalize("NFKD", word.casefold().replace("’", "").replace("‘", "").replace("'", ""))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def gender_of_first(first: str | None) -> str | None:
    if not first:
        return None
    word = first.split()[0].lower()
    found = name_data().first_names.get(word)
    if found is None and "-" in word.strip("-"):  # `Jean-François`, `Anne-Marie`: a compound given name is its parts'
        found = next((g for part in word.split("-") if (g := name_data().first_names.get(part))), None)
    return found or None


@lru_cache(maxsize=1)
def _day_nouns() -> frozenset[str]:
    """styles/names.toml `day_nouns`: `day`, `anniversary` end a day's name."""
    return frozenset(tomlfile.load_builtin("names.toml").get("day_nouns", ()))


def person_words(words: list[str]) -> bool:
    """Could these capitalised words be a person's name on a super? Never a day or a month (`On
    Wednesday`, `February`), a number, a phrase's opening word (`On`, `In`) or a description (`Top
    Tory`, `Former Kenyan`); a month is a given name only before another name word (`April Ryan`)."""
    data = name_data()
    if not words or words[0].lower() in data.phrase_openers | data.describing:
        return False
    last = words[-1].lower().strip(",;:")
    if last in data.parties or last in data.nations.get(last, ()):
        return False  # `Top Tory`, `Senior Kenyan`: a description
    if len(words) > 1 and last in _day_nouns() and words[0].lower() not in data.first_names:
        return False  # `Heroes Day`, `Independence Day`: a day's name (`Doris Day` is hers)
    for k, word in enumerate(words):
        low = word.lower().strip(",;:")
        if any(ch.isdigit() for ch in low):
            return False
        if low in data.calendar and not (k == 0 and len(words) > 1 and words[1].lower() not in data.calendar and not low.endswith(".")):
            return False
    return True
