"""Foreign desks' word order around a quotation: who the attribution names.

English puts the subject before the verb (`"…," Otieno said.`) or inverts only `said`
(`said Otieno`); the attribution sieve (parse/attribution.py) reads that. German, French,
Spanish, Italian, Portuguese, Dutch and Nordic copy also write:

  source after     `„…“, so Ahrens.` / `« … », selon lui.` / `"…", según el ministro.`
  inverted after   `„…“, sagt uns Stefan Redlich` / `« … », lui répond le ministre` /
                   `« … », explique-t-elle` / `« … », a-t-il déclaré`
  source before    `Laut Ahrens: „…“` / `Selon le ministre, « … »` / `Según la alcaldesa, "…"`
  verb second      `In einem Podcast sagte Gabriel: „…“` (the subject follows the verb when
                   something else opens the sentence)
  incise           `“Conosco bene i motivi, – afferma Greco – e me ne sono fatto portavoce”`:
                   the attribution between dashes inside the marks (parse/quotes.py cuts the
                   quotation around it; the sieve reads `– afferma Greco –` as said-after)
  dropped subject  `Y aclaró también: ‘‘…’’` / `"…", ha aggiunto.` (Spanish, Italian and Portuguese
                   leave the subject out): the one who spoke just before goes on

Each reading returns the mention that spoke (and the rule's name) or None; the sieve
resolves it like any other. Only for a story read in a foreign language (parse/languages.py).
"""

from __future__ import annotations

import bisect

from scriptfmt import tomlfile

from scriptfmt.parse.clauses import ends_sentence, find_verb
from scriptfmt.parse.hearers import told
from scriptfmt.parse.languages import ENGLISH, clitics, complementizers, demonstratives, every_verb, people_nouns, resumes, resumes_alone, source_words, stressed_pronouns, tables, those_words
from scriptfmt.parse.people import Mention
from scriptfmt.parse.quotes import INCISE_DASHES
from scriptfmt.parse.quietly import quiet_since_bite
from scriptfmt.parse.resolve import resolve_mention, someone_of
from scriptfmt.parse.speakers import tokenize
from scriptfmt.parse.view import mentions_from

_PERSON = ("name", "role", "pronoun", "ambiguous")
_INVERTED = (("-t-elle", "f"), ("-t-il", "m"), ("-elle", "f"), ("-il", "m"), ("-t-on", ""))  # French `explique-t-il`; `-t-on`: impersonal
_AUXILIARIES = frozenset(tomlfile.load_builtin("speech.toml")["inverted_auxiliaries"])  # `a-t-il déclaré`
_TO = frozenset(tomlfile.load_builtin("speech.toml")["told_to"])  # whom it was said to
_OF_WORDS = frozenset(tomlfile.load_builtin("speech.toml")["of_words"])  # `l'avocat de X`: someone of X's, not X


# After a verb of saying with no lead-in, an inverted subject stands within this many tokens of the verb
# (`, manifestó el alcalde`); a mention further on sits in what follows it (`, ha declarado en un discurso
# a la nación retransmitido por Bolivia TV`: the channel is no subject). Fitted to that one spec sentence.
_INVERTED_SUBJECT_REACH = 4

def foreign_subject(c) -> tuple[Mention, str] | None:
    """The mention a foreign-language attribution names for quotation `c` (attribution.Ctx)."""
    if c.words.lang == ENGLISH:
        return _those_words(c) or _foreign_verb(c)
    return _those_words(c) or _source_after(c) or _inverted_after(c) or _incise(c) or _source_before(c) or _verb_second(c) or _dropped_subject(c) or _reported_on(c)


def _those_words(c) -> tuple[Mention, str] | None:
    """`"…". Con estas palabras, la concejala Liliana Leiva se refirió …`: the sentence right after a
    quotation that ends one, opening `With those words`, names its speaker (the first person in it)."""
    v, a = c.view, c.after
    if c.quote.closed and a >= len(v.toks) and c.first == 0:
        return _those_words_next(c)
    if not c.quote.closed or a >= len(v.toks):
        return None
    low = [t.low for t in v.toks[a : a + 6]]
    phrase = next((p for p in those_words(c.words.lang) if tuple(low[: len(p)]) == p), None)
    comma = v.text[c.quote.end : c.quote.end + 2].lstrip()[:1] in ",:" and (phrase is not None or low[:1] and low[0] in resumes_alone(c.words.lang))  # `«…», se sa X te di.`, `"…", così Mattarella`
    if not (comma or ends_sentence(v.toks[a - 1]) or c.inner.rstrip(" \"”»’").endswith((".", "!", "?"))):
        return None
    if phrase is None:
        return _resumed_by(c, a, low)
    found = _first_person(c, a + len(phrase), min(a + len(phrase) + 8, v.sentence_end(a)))
    return (found, "those-words") if found is not None and found.kind in ("name", "role") else None


def _those_words_next(c) -> tuple[Mention, str] | None:
    """A quotation alone in its paragraph, the next one opening `The words were those of Mary Conlon, …`
    / `Sono state queste le parole del sindaco X`: the person that paragraph names first is its speaker."""
    toks = tokenize(c.next_text.lstrip())[:18]
    low = [t.low for t in toks[:8]]
    phrase = next((p for p in those_words(c.words.lang) if tuple(low[: len(p)]) == p), None)
    if phrase is None:
        return None
    found = mentions_from(c.view.scanner, toks, len(phrase), min(len(toks), len(phrase) + 10), c.next_text.isupper())
    people = [m for m in found if m.kind in ("name", "role")]
    return (people[0], "those-words") if people else None


def _resumed_by(c, a: int, low: list[str]) -> tuple[Mention, str] | None:
    """`“…”. Lo dichiara Massimiliano Valeriani, consigliere regionale.` / `„…“ Das sagte Ahrens.`:
    the next sentence opens with a word standing for the quotation, then a verb of saying, then
    (after an aside: `Lo afferma, in una nota, il segretario`) the one who said it."""
    v = c.view
    phrase = next((p for p in resumes(c.words.lang) if tuple(low[: len(p)]) == p and not v.toks[a + len(p) - 1].trail), None)
    verb = find_verb(v.toks, a + len(phrase), a + len(phrase) + 1, c.words) if phrase else None
    if verb is None and low and low[0] in resumes_alone(c.words.lang):  # `Così il ministro X, alla fine del Cdm.`
        found = _first_person(c, a + 1, min(a + 12, v.sentence_end(a)), outside=True)
        return (found, "resumed-alone") if found is not None and found.kind in ("name", "role") else None
    if verb is None:
        return None
    found = _first_person(c, verb[1], min(verb[1] + 10, v.sentence_end(a)))
    return (found, "resumed-by") if found is not None and found.kind in ("name", "role") else None


def _foreign_verb(c) -> tuple[Mention, str] | None:
    """An English story quoting in another language keeps that desk's attribution too
    (`„Mehr ist nicht drin“, sagte Claußen.`): a verb of saying of any language right after the
    quotation's comma, then a name."""
    v, k = c.view, _attribution_at(c)
    if k is None or k + 1 >= len(v.toks) or v.toks[k].low not in every_verb() or v.toks[k].low in c.words.verbs:
        return None
    found = [m for m in v.mentions_in(k + 1, k + 2) if m.kind == "name"]
    return (found[0], "inverted-after") if found else None


def subject_after_verb(c, v, verb_end: int) -> Mention | None:
    """Verb second (German, Dutch, Nordic): with no person before the verb, the one right after
    it is the subject (`Voor de baan zei hij graag ja.`). None in English copy."""
    if c.words.lang == ENGLISH:
        return None
    return next((m for m in v.mentions_in(verb_end, verb_end + 3) if m.kind != "thing"), None)


def _attribution_at(c) -> int | None:
    """The first token of the attribution after a closed quotation: after its comma, inside or
    out (`„…“, so Ahrens`), or after the dash that closes dash-led speech (`— …— disse.`)."""
    v = c.view
    if not c.quote.closed or c.after >= len(v.toks):
        return None
    if v.toks[c.after].raw in INCISE_DASHES and c.quote.close_len == 0 and c.quote.open_len == 2:  # a dash-led quotation
        return c.after + 1 if c.after + 1 < len(v.toks) else None
    outside = v.text[c.quote.end : c.quote.end + 1]
    return c.after if outside == "," or c.inner.rstrip(" \"“”»«„‘’").endswith(",") else None


def _first_person(c, a: int, b: int, outside: bool = False) -> Mention | None:
    """The first name in toks[a:b], else the first role noun or pronoun; `outside`: not after a
    preposition (`afirmó el presidente desde San Fernando del Valle`: a place, never the subject) nor the verb's
    hearer (`— preguntó al alcalde Esteban Ortega.`: parse/hearers.py)."""
    found = [m for m in c.view.mentions_in(a, b) if m.kind in _PERSON and not m.possessive and not (outside and (_complement(c.view, m) or told(c.view, a, m)))]
    names = [m for m in found if m.kind in ("name", "ambiguous")]
    return (names or found or [None])[0]


def _pronoun(c, k: int, gender: str, key: str) -> Mention:
    m = Mention(k, k + 1, "pronoun", 0, key=key, gender=gender)
    c.view.scanner.place([m], c.view.first_sentence, c.view.base, c.view.ends)
    return m


def _source_after(c) -> tuple[Mention, str] | None:
    v, a = c.view, _attribution_at(c)
    if a is None or v.toks[a].low not in source_words(c.words.lang):
        return None
    stressed = stressed_pronouns(c.words.lang)
    if a + 1 < len(v.toks) and v.toks[a + 1].low in stressed:  # `selon lui`
        return _pronoun(c, a + 1, stressed[v.toks[a + 1].low], v.toks[a + 1].low), "source-after/pronoun"
    found = _first_person(c, a + 1, min(a + 12, v.sentence_end(a)))  # (`aldus de Gelderse commissaris van de Koning John Berends`: a long title first)
    named = next((m for m in v.mentions_in(a + 2, min(a + _SOURCE_REACH, v.sentence_end(a))) if m.kind == "name" and not m.possessive and v.toks[m.start - 1].trail == ","), None)
    found = named if named is not None and (found is None or found.kind != "name" or found.end < named.start and not v.toks[found.end - 1].trail) else found  # `selon le médiateur de la Communauté … pour le Mali, Blaise Compaoré.`: the long title's name, set off by its comma (not `Defensa Civil`, its body's words run on)
    return (found, "source-after") if found else None


_SOURCE_REACH = 24  # tokens after `selon`, `según`: a title with its organisation, then the name


def _inverted_after(c) -> tuple[Mention, str] | None:
    v, k = c.view, _attribution_at(c)
    if k is None:
        return None
    skip, first = clitics(c.words.lang), k
    while k < min(len(v.toks), first + 2) and v.toks[k].low in skip and not v.toks[k].trail:
        k += 1  # `lui répond`, `sagt uns` is after the verb
    low = v.toks[k].low if k < len(v.toks) else ""
    for suffix, gender in _INVERTED:  # `explique-t-il`, `a-t-elle ajouté`; `a-t-on affirmé`: no one (a thing is no speaker)
        stem = low[: -len(suffix)] if low.endswith(suffix) else ""
        nxt = v.toks[k + 1].low if k + 1 < len(v.toks) else ""
        if stem in c.words.verbs or stem in _AUXILIARIES and (nxt in c.words.verbs or ("a", nxt) in c.words.verb_phrases):
            return (_pronoun(c, k, gender, low) if gender else Mention(k, k + 1, "thing", 0, key=low)), "inverted-after/pronoun"
    verb = find_verb(v.toks, k, k + 1, c.words) or _separable(c, k)
    if verb is None:
        return _unlisted_verb(c, first)
    gender = demonstratives(c.words.lang).get(v.toks[verb[1]].low) if verb[1] < len(v.toks) else None
    described = any(t.low in people_nouns(c.words.lang) for t in v.toks[verb[1] + 1 : verb[1] + 4])  # `indique ce communiqué`: no one
    if gender is not None and described and not v.mentions_in(verb[1], verb[1] + 4):  # `« … », souffle cette jeune femme de 25 ans`: the one just quoted
        return _pronoun(c, verb[1], gender, v.toks[verb[1]].low), "inverted-after/described"
    found = _first_person(c, verb[1], min(verb[1] + 9, v.sentence_end(verb[0])), outside=True)
    if found is not None and (found.start <= verb[1] + 2 or _title_between(c, verb[1], found.start)):
        return found, "inverted-after"
    found = _named_after_title(c, verb[1])
    return (found, "inverted-after") if found is not None else _unlisted_verb(c, first)


def _unlisted_verb(c, a: int) -> tuple[Mention, str] | None:
    """`"…", se lamente Sanusi Gado.`, `"…", explique t-il.`: after the comma, one to three lower-case
    words (a verb no list holds, with its clitic or auxiliary) and then a person's name, or the
    French inverted pronoun, that closes the sentence. Nothing else fits there but the one who spoke."""
    toks = c.view.toks
    end = c.view.sentence_end(a)
    k = a
    while k < min(end, a + 3) and toks[k].core[:1].islower() and toks[k].core.replace("'", "").replace("’", "").isalpha() and not toks[k].trail:
        k += 1
    if k == a or k >= end or any(t.low in _TO for t in toks[a:k]) or c.view.mentions_in(a, k):
        return None  # (`…", antwoordde hij aan Jan Smit`: someone else spoke, to him)
    low = toks[k].low
    gender = next((g for suffix, g in _INVERTED if g and low == suffix.lstrip("-")), None)  # `explique t-il` (the hyphen typed as a space)
    if gender is not None and k + 1 == end:
        return _pronoun(c, k, gender, low), "inverted-after/pronoun"
    found = [m for m in c.view.mentions_in(k, end) if m.kind == "name" and 0 <= m.start - k <= 2 and not any(t.trail or t.low in _OF_WORDS for t in toks[k : m.start])]  # (`a confirmé l'avocat de Marie Dupont`: the lawyer spoke)
    closes = found and (found[0].end == end or toks[found[0].end - 1].trail == ",")  # (`se désole Awa Traoré, qui vend …`: her appositive; `ziet de Zeewoldse burgemeester X`: her title)
    if closes and not found[0].possessive and found[0].end - found[0].start >= 2:
        return found[0], "inverted-after/unlisted"
    return None


def _bare_verb(v, a: int) -> tuple[int, int] | None:
    """`"…", ha reblat.`: one to three lower-case words closing the sentence right after a quotation's
    comma can only be its verb of saying, listed or not (a Catalan or Galician desk's, a rare one)."""
    end = v.sentence_end(a)
    if not 0 < end - a <= 3 or not all(t.core[:1].islower() and t.core.isalpha() for t in v.toks[a:end]):
        return None
    return (a, end) if all(not t.trail for t in v.toks[a : end - 1]) and ends_sentence(v.toks[end - 1]) else None


def _separable(c, k: int) -> tuple[int, int] | None:
    """German and Dutch split a verb of saying around its subject: `„…“, fügte die Ministerin hinzu.`,
    `stellte der Bürgermeister fest`, `voegde de minister toe`: the verb's first word at toks[k],
    its particle closing the clause (the two-word verbs of `languages.toml`)."""
    toks = c.view.toks
    if not tables().get(c.words.lang, {}).get("separable") or k >= len(toks):
        return None
    end = next((j + 1 for j in range(k, min(k + 10, len(toks))) if toks[j].trail), None)
    if end is None or end - k < 3:
        return None
    split = (toks[k].low, toks[end - 1].low)
    return (k, k + 1) if split in c.words.verb_phrases else None


def _named_after_title(c, a: int) -> Mention | None:
    """`“…”, expresó el agente municipal del ejido Colorado, Enoc Santiago Solano.`: after the verb, an
    article and a title with its place up to a comma, then the name that ends the sentence."""
    toks = c.view.toks
    if a >= len(toks) or toks[a].low not in c.words.determiners:
        return None
    for j in range(a + 1, min(a + 10, len(toks) - 1)):
        if toks[j].trail == ",":
            named = [m for m in c.view.mentions_in(j + 1, j + 2) if m.kind == "name" and m.start == j + 1]
            return named[0] if named and ends_sentence(toks[named[0].end - 1]) else None
        if toks[j].trail or toks[j].low in _TO:
            return None
    return None


def _title_between(c, a: int, b: int) -> bool:
    """`tłumaczy rzecznik prasowy ratusza Kamil Dąbrowa`, `explique la porte-parole de la mairie
    Anne Roux`: the words between the verb and the name are a title with its department."""
    toks = c.view.toks
    if b - a > 7 or any(t.trail or t.low in _TO for t in toks[a:b]):
        return False  # `« … », a dit le maire à Paul Martin`: Paul Martin was spoken to
    k = a + (toks[a].low in c.words.determiners)
    return k < b and (toks[k].low,) in c.words.titles


def _lead_in(c) -> int | None:
    """First token of the clause that leads into the quotation with a colon or comma."""
    v = c.view
    if c.first <= c.floor or not v.toks[c.first - 1].raw.rstrip("\"“”„«»‘’").endswith((",", ":")):
        return None
    return v.clause_start(c.first, c.floor)


def _source_before(c) -> tuple[Mention, str] | None:
    """`Laut Ahrens: „…“`, `Selon le ministre, « … »`, `Pour la ministre … Olivia Grégoire, « … »`."""
    start = _lead_in(c)
    if start is None or c.view.toks[start].low not in source_words(c.words.lang):
        return None
    v = c.view
    stressed = stressed_pronouns(c.words.lang)
    if start + 1 < c.first and v.toks[start + 1].low in stressed:
        return _pronoun(c, start + 1, stressed[v.toks[start + 1].low], v.toks[start + 1].low), "source-before/pronoun"
    if find_verb(v.toks, start, c.first, c.words) is not None:
        return None  # a clause with its own verb: the English rules read it
    found = _first_person(c, start + 1, c.first)
    return (found, "source-before") if found else None


def _verb_second(c) -> tuple[Mention, str] | None:
    """`In einem Video-Podcast sagte Gabriel über die Krise: „…“`: nobody before the verb,
    so the subject is the person right after it."""
    start = _lead_in(c)
    if start is None:
        return None
    v = c.view
    verb = find_verb(v.toks, start, c.first, c.words, last=True)
    if verb is None or any(m.kind in _PERSON for m in v.mentions_in(start, verb[0])):
        return None
    found = _first_person(c, verb[1], min(verb[1] + 4, c.first))
    return (found, "verb-second") if found else None


def _incise(c) -> tuple[Mention, str] | None:
    """`“…, – afferma Greco – …”`: the attribution between dashes, cut out of the quotation by
    parse/quotes.py; a verb of saying right after the dash, its subject before the next dash."""
    v, k = c.view, c.after
    if not c.quote.closed or k + 2 >= len(v.toks) or v.toks[k].raw not in INCISE_DASHES:
        return None
    verb = find_verb(v.toks, k + 1, k + 2, c.words)
    end = next((j for j in range(k + 2, min(k + 11, len(v.toks))) if v.toks[j].raw.rstrip(".,;") in INCISE_DASHES), None)  # (`– spiega il sindaco -.`)
    found = _first_person(c, verb[1], end) if verb is not None and end is not None else None
    return (found, "incise") if found else None


# `, dijo hoy en una entrevista con Efe en Valparaíso.`: a name after one of these is where the words were
# said or whom they were told to, never the subject the verb dropped
_COMPLEMENT_BEFORE = frozenset(tomlfile.load_builtin("speech.toml")["complement_before"])  # (styles/speech.toml)


def _complement(v, m: Mention) -> bool:
    """The mention follows a preposition (an article between may stand: `a la agencia Efe`)."""
    j = m.start - 1
    while j >= 0 and m.start - j <= 3 and not v.toks[j].trail and v.toks[j].low not in _COMPLEMENT_BEFORE and v.toks[j].raw[:1].islower():
        j -= 1  # `a la agencia Efe`: the article and a common noun between
    return j >= 0 and v.toks[j].low in _COMPLEMENT_BEFORE and not v.toks[j].trail


def _dropped_subject(c) -> tuple[Mention, str] | None:
    """A verb of saying with no subject, in a language that drops it: `Y aclaró también: ‘‘…’’`,
    `"…", ha aggiunto.` -> the person who opens the sentence just before in the paragraph, else the
    speaker of the bite just before (this paragraph or the last), or, before any bite, the person who
    opens the sentence before (`Minc reconhece que se excedeu. "…", disse.`)."""
    if not tables().get(c.words.lang, {}).get("drops_subject"):
        return None
    v = c.view
    start = _lead_in(c)
    verb = find_verb(v.toks, start, c.first, c.words, last=True) if start is not None else None
    if verb is not None:
        span = (start, c.first)
    elif (at := _attribution_at(c)) is not None:  # (`fue tajante con ellos: "…", manifestó.`: the lead-in says nothing, the verb after does)
        start = None
        verb = find_verb(v.toks, at, at + 1, c.words) or _bare_verb(v, at)  # `«…», afirmou, garantindo que nunca falou com X`: X is in another clause
        span = (at, next((k + 1 for k in range(at, v.sentence_end(at)) if v.toks[k].trail), v.sentence_end(at)))
    else:
        return None
    if verb is None or any((m.kind in _PERSON or m.kind == "thing") and not _complement(v, m) and not told(v, verb[1], m) and not (start is None and m.start > verb[1] + _INVERTED_SUBJECT_REACH) for m in v.mentions_in(*span)):
        return None  # the clause names its own subject (an inverted one stands right after the verb: `, ha declarado en un discurso a la nación retransmitido por Bolivia TV` names none)
    here = _sentence_subject(c) if start is None and c.first > 0 else None
    if here is not None:  # `Miguel Relvas explicou que … «…», afirmou.`: the sentence just before says who
        return here, "dropped-subject"
    last, gap = c.hist.last, v.index - c.hist.last_bite_para
    if gap == 2 and c.first > 0 and _subjectless(c, v, v.clause_start(c.first, 0), c.first):
        gap = 1  # `Reiteró que … . «…», expresó.`: the sentence before reports on with no subject, so no one new
    if last is not None and gap > 1 and quiet_since_bite(c):
        gap = 1  # `«…», ha declarado. / El mandatario ha justificado … / «…», ha advertido.`: no one else since
    if last is None or gap > 1:  # only the one who spoke just before goes on
        found = _sentence_subject(c) if start is None else None
        return (found, "dropped-subject") if found else None
    person = c.tracker.by_pid.get(last.pid)
    return (Mention(verb[0], verb[1], "name", 0, person=person), "dropped-subject") if person else None


def _sentence_subject(c) -> Mention | None:
    """The one person the sentence before the quotation opens with (or its main clause, after an
    opening phrase: `Durante una entrevista, la presidenta municipal señaló …`), in this paragraph or
    at the end of the one before; names after its verb of saying are what was reported, not who
    spoke. A guess among several people is no name."""
    v, prev = c.view, c.hist.prev_view
    if c.first > 0 and c.first >= c.floor and ends_sentence(v.toks[c.first - 1]):  # a scare quote before is part of that sentence
        src, end, floor = v, c.first, c.floor if c.hist.said_here is not None else 0
    elif c.first == 0 and prev is not None and prev.toks and c.hist.last_bite_para != prev.index:
        src, end, floor = prev, len(prev.toks), 0
    else:
        return None
    j = bisect.bisect_left(src.ends, end - 1)
    start = max(src.ends[j - 1] + 1 if j > 0 else 0, floor)
    sayer = _last_sayer(c, src, start, end)
    if sayer is not None:  # `…, por lo que el Presidente se limitó a decir que … y señaló que …`: who said it last
        return sayer if src is v or sayer.kind != "role" else _resolved_in(c, src, sayer)
    verb = find_verb(src.toks, start, end, c.words)
    people = [m for m in src.mentions_in(start, verb[0] if verb else end) if m.kind in _PERSON and not m.possessive]
    people = [m for m in people if m.kind in ("name", "ambiguous")] or people  # `O deputado Carlos Mendes`: the name, not its title's role noun
    clause = next((k + 1 for k in range(start, min(end, start + 12)) if src.toks[k].trail.startswith(",")), start)
    if not people or not (people[0].start <= start + 2 or clause <= people[0].start <= clause + 2):
        return None
    if people[0].start <= start and people[0].end >= end:
        return None  # `… que "hubo un intento de asesinar al presidente" Rafael Correa.`: a name the quotation's end cut off, no sentence
    if len({m.person.pid if m.person else m.key for m in people}) != 1 and not _opens_as_subject(src, people[0], start, c.words):
        return None
    return people[0] if src is v or people[0].kind != "role" else _resolved_in(c, src, people[0])


def _last_sayer(c, src, start: int, end: int) -> Mention | None:
    """The subject of the last verb of saying in toks[start:end] (`una reportera preguntó a X si …, por
    lo que el Presidente se limitó a decir que … y señaló que …` -> el Presidente): the person nearest
    before that verb, past those after a preposition (whom it was asked or said to: `preguntó a X`)
    and those inside words an earlier verb reports (`dijo que la ministra …`), and never a quotation's."""
    verbs, k = [], start
    while (verb := find_verb(src.toks, k, end, c.words)) is not None:
        verbs.append(verb)
        k = verb[1]
    if not verbs:
        return None
    reported, comps, starts = set(), complementizers(c.words.lang), {a for a, _ in verbs}
    for _, b in verbs[:-1]:  # `dijo que …` up to the clause's comma or the next verb of saying
        if b < end and src.toks[b].low in comps:
            stop = next((n for n in range(b, end) if src.toks[n].trail.startswith((",", ";")) or n + 1 in starts), end)
            reported.update(range(b, stop + 1))
    people = [m for m in src.mentions_in(start, verbs[-1][0]) if m.kind in _PERSON and not m.possessive and m.start not in reported and not _complement(src, m) and not src.quoted(m.start)]
    if people and someone_of(src, people[-1], c.words.determiners):
        return None  # `… del abogado de Harvey Colchado, quien indicó …`: the lawyer spoke, someone the copy does not name
    return people[-1] if people else None


def _resolved_in(c, src, m: Mention) -> Mention | None:
    """A role noun of the paragraph before (`o dirigente garantiu …`), resolved there (its tokens are
    that paragraph's): the person it names, as a name mention, else None."""
    said = resolve_mention(c, src, m, "dropped-subject").said
    person = c.tracker.by_pid.get(said.pid) if said is not None else None
    return Mention(m.start, m.end, "name", m.sentence, person=person, pos=m.pos) if person else None


def _reported_on(c) -> tuple[Mention, str] | None:
    """`Mais tarde, voltou ao tema e disse que …: Arthur Lira e Rodrigo Pacheco.` then a quotation
    paragraph with no attribution: in a language that drops the subject, a last sentence before it
    reporting words with no one before its verb goes on with the one who spoke last (one or two
    paragraphs back), whoever it names after the verb."""
    v, prev, last = c.view, c.hist.prev_view, c.hist.last
    if c.first > 0 and last is not None and tables().get(c.words.lang, {}).get("drops_subject"):
        return _reported_here(c, v, last)
    if not tables().get(c.words.lang, {}).get("drops_subject") or c.first != 0 or prev is None or not prev.toks or last is None:
        return None
    if c.after < len(v.toks) or v.index - c.hist.last_bite_para > 2 or c.hist.last_bite_para == prev.index:
        return None  # attributed after it, or nobody spoke just before
    j = bisect.bisect_left(prev.ends, len(prev.toks) - 2)
    if not _subjectless(c, prev, prev.ends[j - 1] + 1 if j > 0 else 0, len(prev.toks)):
        return None  # the sentence names its own subject (or reports nobody's words)
    person = c.tracker.by_pid.get(last.pid)
    return (Mention(0, 0, "name", 0, person=person), "dropped-subject") if person else None


def _reported_here(c, v, last) -> tuple[Mention, str] | None:
    """`Tras asegurar que …, afirma que le dará continuidad al proyecto. “…”.`: a quotation that ends its
    paragraph right after a sentence of it reporting words with its subject dropped goes on with the one
    who spoke last (this paragraph or one of the two before), whoever that sentence names after its verb."""
    if c.after < len(v.toks) or not ends_sentence(v.toks[c.first - 1]) or v.index - c.hist.last_bite_para > 2 or c.hist.said_here is not None:
        return None
    person = c.tracker.by_pid.get(last.pid)
    start = v.clause_start(c.first, c.floor)
    return (Mention(0, 0, "name", 0, person=person), "dropped-subject") if person and _subjectless(c, v, start, c.first) else None


def _subjectless(c, v, start: int, end: int) -> bool:
    """toks[start:end] is a sentence reporting words with no one before its verb of saying
    (`Mais tarde, voltou ao tema e disse que …`, `Reiteró que …`): the subject was dropped."""
    verb = find_verb(v.toks, start, end, c.words)
    return verb is not None and not any(m.kind in _PERSON or m.kind == "thing" for m in v.mentions_in(start, verb[0]))


def _opens_as_subject(v, m: Mention, start: int, words) -> bool:
    """`Sáenz recorrió luego el hospital junto al ministro de Salud, Federico Mangione.`: a name that
    opens the sentence and goes straight on to its verb is its subject; the people named after
    it are objects and company (not `Sáenz y Mangione recorrieron …`, two subjects)."""
    end = _appositive_end(v, m.end) if v.toks[m.end - 1].trail == "," else m.end  # `Esther, de 10 anos, foi convidada`
    nxt = v.toks[end] if end < len(v.toks) else None
    closed = not v.toks[m.end - 1].trail or end > m.end or v.toks[m.end - 1].trail == "," and any(v.toks[k].trail == "," for k in range(m.start, m.end - 1))  # `O presidente da Câmara, Arthur Motta, negou`: the title's appositive name
    return m.kind == "name" and m.start <= start + 1 and nxt is not None and closed and nxt.core[:1].islower() and nxt.low not in words.ands


def _appositive_end(v, k: int) -> int:
    """After a name and its comma, where a short appositive in lower case closes on its comma (`Esther, de 10 anos,
    foi …`, `Ana Ruiz, 45, said`): the token after it; else k (`Sáenz, Mangione y …`: a list, no appositive)."""
    for j in range(k, min(len(v.toks), k + 5)):
        if not v.toks[j].raw[:1].islower() and not v.toks[j].raw[:1].isdigit():
            return k
        if v.toks[j].trail:
            return j + 1 if v.toks[j].trail == "," else k
    return k
