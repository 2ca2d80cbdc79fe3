"""Reading an attribution clause: verbs of saying, asides, written sources, sentence ends.

Helpers of the attribution sieve (parse/attribution.py) that look only at tokens and the
speech words, never at the people of the story.
"""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.languages import complementizers, written_before
from scriptfmt.parse.names import name_data
from scriptfmt.parse.speakers import SpeechWords, Token
from scriptfmt.parse.verdicts import Verdict
from scriptfmt.parse.punctuation import PROSE_QUOTES

_CLAUSE_WORDS = 6  # a quoted phrase shorter than this is a partial quote, not a clause
_SPEECH = tomlfile.load_builtin("speech.toml")
_NOT_HEARER = frozenset(_SPEECH["not_hearers"])  # `said he "…"` reports, it does not quote (styles/speech.toml)
_THAT = frozenset(_SPEECH["clause_joiners"])  # English joins a quoted clause to its verb too (`saying that “this crime … is something …”`)
_PASSIVE = frozenset(_SPEECH["passive_auxiliaries"])  # `was admitted`


def find_verb(toks: list[Token], a: int, b: int, words: SpeechWords, last: bool = False) -> tuple[int, int] | None:
    """The first (or last) verb of saying in toks[a:b], as (start, end)."""
    span = range(a, min(b, len(toks)))
    for k in reversed(span) if last else span:
        low = toks[k].low
        if k == a and low.endswith("ing") and toks[k].core[:1].isupper() and low != "according":
            continue  # `Adding to his story, Molly laughed:`: a participle opening the sentence, not its verb
        if k == a and low == "asked" and toks[k].core[:1].isupper() and k + 1 < len(toks) and toks[k + 1].low in _ASKED_ABOUT:
            continue  # `Asked about the deficit, he said …`: the question put to him, not his verb
        if low in words.verbs:
            return k, k + 1
        for phrase in words.verb_phrases + (("according", "to"),):
            if low == phrase[0] and tuple(t.low for t in toks[k : k + len(phrase)]) == phrase:
                return k, k + len(phrase)
    return None


def written_source(toks: list[Token], a: int, words: SpeechWords) -> bool:
    """`in a statement`, `in a tweet`, `on Facebook` in toks[a:]: where the words that follow come from."""
    for k in range(max(a, 1), len(toks)):
        if toks[k].low in words.written and (toks[k - 1].low == "on" or "in" in (toks[k - 1].low, toks[k - 2].low if k > 1 else "")):
            if k > 1 and toks[k - 2].low in _LEARNED:
                continue  # `he found out on Twitter`: where he learned something, not where his words are from
            return True
    return False


_ASKED_ABOUT = frozenset(_SPEECH["asked_about"])  # (styles/speech.toml)
_LEARNED = frozenset(_SPEECH["learned_verbs"])


def written_in(toks: list[Token], span: range, words: SpeechWords) -> bool:
    """A written word in the attribution, outside a relative clause about the speaker
    (`Alun Rees, who wrote the report, said:` is spoken), and not the subject of a sentence
    that goes on to someone speaking (`Her statement was followed by footage of Ruiz saying, "…"`)."""
    aside = False
    for k in span:
        tok = toks[k]
        if tok.low in ("who", "whose", "which") and k > span.start and toks[k - 1].trail.endswith(","):
            aside = True
        elif not aside and tok.low in words.written and (tok.low in words.verbs or _as_source(toks, k, words)):  # `skrev Næss`: a desk's verb of writing
            return not _spoken_after(toks, k, span.stop, words)
        if aside and tok.trail.endswith((",", ".", ";", ":")):
            aside = False
    return False


_WRITING_VERBS = frozenset(_SPEECH["writing_verbs"])  # (styles/speech.toml)
_SOURCE_BEFORE = frozenset(_SPEECH["source_before"])


def _as_source(toks: list[Token], k: int, words: SpeechWords) -> bool:
    """A written word named as where the words come from: a verb of writing (`she wrote`), or a noun
    after an article, a preposition, a name or a possessive (`in a statement`, `the order said`,
    `a Facebook post`, `the ministry's statement`), or a platform by name (`on Twitter`) — not
    `keeping order` or `law and order`."""
    if toks[k].low in _WRITING_VERBS or toks[k].core[:1].isupper():
        return True  # a verb of writing, or a platform or paper by name (`took to Twitter to say:`)
    before = [toks[j] for j in (k - 1, k - 2) if j >= 0]
    return any(t.low in _SOURCE_BEFORE or t.low in written_before(words) for t in before) or bool(before) and (before[0].core[:1].isupper() or before[0].core.endswith(("'s", "’s")))


def _spoken_after(toks: list[Token], k: int, stop: int, words: SpeechWords) -> bool:
    """A noun (not `in a statement`, `on Twitter`) written before a spoken verb of saying whose
    subject, a capitalised name, stands between them."""
    if k and toks[k - 1].low in ("in", "on", "via", "through", "a", "an") or k + 1 < stop and toks[k + 1].low in ("from", "by"):
        return False  # `One post from Conor Reilly said: '…'`: the post says it, read copy
    verb = find_verb(toks, k + 1, stop, words, last=True)
    if verb is None or toks[verb[0]].low in words.written:
        return False
    return any(toks[j].core[:1].isupper() and toks[j].low not in words.not_names for j in range(k + 1, verb[0]))


def asides(toks: list[Token], a: int, b: int) -> set[int]:
    """Tokens of `, who … ,` clauses in toks[a:b]: `James Pietragallo, who repeats … in his Small
    Town Murder podcasts, said:` — what the aside names is not the subject."""
    inside, out = False, set()
    for k in range(a, b):
        if not inside and toks[k].low in ("who", "whose", "which") and k > a and toks[k - 1].trail.endswith(","):
            inside = True
        if inside:
            out.add(k)
            inside = not toks[k].trail.endswith((",", ";", ":", "."))
    return out


def ends_sentence(tok: Token) -> bool:
    return any(ch in ".!?" for ch in tok.trail) or tok.core.endswith((".", "!", "?"))


# A phrase that opens a sentence before its subject: `After the vote, …`, `Speaking in Accra, …`.
_OPENERS = frozenset(_SPEECH["clause_openers"])  # `After the vote, …` (styles/speech.toml)
# Words that put a name after them in object position: `a photograph of Hussein-Suale`, `arrested Smith`.
_OBJECT_MARKERS = frozenset(_SPEECH["object_markers"])  # (`said that Small …`: reported, not the subject; styles/speech.toml)


def hangs_on_clause(toks: list[Token], verb_at: int, a: int) -> bool:
    """`…, saying:` / `…, adding:` / `…, ajoutant :`: a participle after a comma hangs on the clause before it, and
    `… moved his family to Homa Bay, but added:` shares its subject: the clause's subject is the
    speaker (not the last name mentioned, which may be a place or the object)."""
    if verb_at <= a:
        return False
    participle = toks[verb_at].low.endswith(participle_endings())  # `adding`, `ajoutant`, `añadiendo`, `acrescentando`, `aggiungendo`
    return participle and toks[verb_at - 1].trail.endswith(",") or verb_at - 1 > a and toks[verb_at - 1].low in ("but", "and", "yet")


def opens_with_phrase(toks: list[Token], a: int) -> bool:
    """toks[a] opens a phrase before the clause's subject (`In his address the minister …`, `After the vote, …`)."""
    return a < len(toks) and toks[a].low in _OPENERS


_ADDRESSED = frozenset(_SPEECH["addressed_before"])  # `für DFB-Trainerin X`: whom the words are for (styles/speech.toml)


_YOU = frozenset(_SPEECH["addressee_words"])  # `du`, `you`, `vous`: the one a question is put to (styles/speech.toml)


def asks_you(toks: list[Token]) -> bool:
    """A question put to `you`: a reporter asking, not a speaker going on."""
    return any(t.low in _YOU for t in toks)


def outlet_question(c):
    """`– Korleis trur du stemninga blir no?` between a mayor's dash-led answers: in dash-speech copy a
    paragraph that is one question put to `you` (du, dere, you, vous, usted …), with no attribution, is the
    reporter's question, read copy, never the last speaker going on."""
    v = c.view
    if not c.quote.dash_led or not v.text.lstrip()[:1] in "–—-" or c.first != 0 or c.after < len(v.toks) or not c.inner.rstrip().endswith("?"):
        return None
    return Verdict(None) if asks_you(v.toks) else None


def addressed(toks: list[Token], start: int) -> bool:
    """The mention at toks[start] follows `for` / `to` / `about` (a title may stand between: `für
    DFB-Trainerin X`): whom the words are for or about, never who says them."""
    for j in range(start - 1, max(-1, start - 4), -1):
        if toks[j].trail:
            return False
        if toks[j].low in _ADDRESSED:
            return True
    return False


def in_subject_position(toks: list[Token], a: int, start: int) -> bool:
    """Is a mention starting at toks[start] the subject of the clause that opens at toks[a]?
    Only modifiers and titles may stand before it (`Longtime MP and wealthy businessman
    Kennedy Agyapong`), not a verb or a preposition (`arrested Smith`, `a photograph of Hussein-Suale`)."""
    k = a
    if toks[a].low in _OPENERS or toks[a].low.endswith("ing"):
        while k < start and not toks[k].trail.endswith(","):
            k += 1  # skip the opening phrase up to its comma
        k += 1
        if k > start:
            return False
    for tok in toks[k:start]:
        low = tok.low
        if (low in _OBJECT_MARKERS and low != "and") or (tok.core.islower() and (low.endswith("ed") or low.endswith("s") and not low.endswith("ss"))):
            return False
    # `så slog det alligevel bunden ud af Ritter`: a run of small words this long before the name holds a verb and its
    # own subject in any language; modifiers before a subject are few (`and wealthy businessman`)
    return sum(tok.core.islower() for tok in toks[k:start]) <= _MODIFIERS


_MODIFIERS = 5


def participle_openers(toks: list[Token], ends: list[int]) -> set[int]:
    """Tokens of a participle phrase opening a sentence, up to its comma (`Talking on Good Morning
    Britain, she said:`, `Speaking to Ana Ruiz, he said`): its subject is the sentence's, so the
    names inside it are not who `she` or `he` means."""
    out: set[int] = set()
    for s in (0, *(e + 1 for e in ends)):
        if s >= len(toks) or not (toks[s].low.endswith("ing") or toks[s].low in _asked_openers()) or not toks[s].core[:1].isupper():
            continue
        k = s
        while k < len(toks) and k - s < 12 and not toks[k].trail:
            k += 1
        if k < len(toks) and toks[k].trail.startswith(","):
            out.update(range(s + 1, k + 1))
    return out


def fronted_subject(toks: list[Token], i: int, end: int, verbs) -> bool:
    """`Preguntado sobre si se reunirá con Fariñas, el jefe de la diplomacia respondió`: the noun phrase after the
    name at toks[i] and its comma runs into a verb of saying (toks[end]) and the name stands in the sentence's opening
    participle phrase: that noun phrase is the sentence's subject, no appositive of the name."""
    return end < len(toks) and toks[end].low in verbs and in_opening_participle(toks, i)


def in_opening_participle(toks: list[Token], i: int) -> bool:
    """Does toks[i] stand in a participle phrase that opens its sentence, before that phrase's comma
    (`Asked about Ruiz,`, `Preguntado sobre si se reunirá con Fariñas,`)?"""
    s = i
    while s > 0 and not toks[s - 1].trail.rstrip("\"”’»)").endswith((".", "!", "?", ":")) and i - s < 20:
        s -= 1
    opener = toks[s].low.endswith("ing") or toks[s].low in _asked_openers()
    return opener and toks[s].core[:1].isupper() and s < i and not any(t.trail.startswith(",") for t in toks[s : i])


@lru_cache(maxsize=1)
def participle_endings() -> tuple[str, ...]:
    """`-ing`, `-ant`, `-ando` …: a present participle's endings (styles/speech.toml `participle_endings`)."""
    return tuple(tomlfile.load_builtin("speech.toml")["participle_endings"])


@lru_cache(maxsize=1)
def _asked_openers() -> frozenset[str]:
    """`Asked`, `Preguntado`, `Interrogé` …: a participle of asking opening a sentence (styles/speech.toml)."""
    return frozenset(tomlfile.load_builtin("speech.toml").get("asked_openers", ()))


def before_appositive(toks: list[Token], a: int, people: list, verb_at: int, words: SpeechWords):
    """The subject named before an appositive that runs up to the verb: `X, head of the Y Bureau,
    said` — the names inside the appositive (the bureau's) describe X, they do not speak."""
    for m in people:
        if m.kind != "name" or m.end >= verb_at or not toks[m.end - 1].trail.startswith(","):
            continue
        nxt = toks[m.end]
        if nxt.low in ("a", "an", "the") or nxt.core[:1].islower() and (nxt.low,) in words.titles:
            return m if in_subject_position(toks, a, m.start) else None
    return None


def said_next(toks: list[Token], a: int, end: int, words: SpeechWords) -> bool:
    """`«… twenty minutes» he said.`, `»… enough for us.« said Kjærsgaard.`: a quotation typed
    without its comma, then a short attribution that ends the sentence — a verb of saying first,
    or after a pronoun or a name."""
    verb = a if toks[a].low in words.verbs else a + 1 if a + 1 < end and toks[a + 1].low in words.verbs and (toks[a].low in ("he", "she") or toks[a].core[:1].isupper()) else None
    most = 6 if verb == a else 4  # `“…” said SARM president Sinclair Harrison.`: a title between verb and name
    return verb is not None and end - verb <= most and ends_sentence(toks[end - 1])  # not `Stockwell noted: "…"`, a lead-in


def capitals_lede(toks: list[Token]) -> int:
    """`TAOISEACH LEO VARADKAR has paid tribute …`: papers set a lede's first words in capitals;
    those words (two at least, then ordinary case) are read as all-capitals copy is."""
    k = 0
    while k < min(len(toks), 8) and toks[k].core.isupper() and toks[k].core.isalpha() and not toks[k].trail:
        k += 1
    return k if k >= 2 and k < len(toks) and toks[k].core[:1].islower() else 0


def unnamed_sources(toks: list[Token], named: set[int], verbs, quoted):
    """`A Queensland Police spokeswoman said …`, `an official told AFP`: `a` / `an` / `another` and up
    to four describing words before an unnamed-source noun (names.toml `unnamed_sources`) with no
    name beside it (not `a spokeswoman, Jo Reed,`): yields (token, noun) of each such new speaker."""
    sources = name_data().unnamed_sources
    for k, tok in enumerate(toks):
        if tok.low not in ("a", "an", "another") or tok.trail or quoted(k):
            continue
        j = k + 1
        while j < len(toks) and j - k < 6 and toks[j].low not in sources and not toks[j].trail and toks[j].low not in verbs:
            j += 1
        if j < len(toks) and toks[j].low in sources and j + 1 not in named and not (j + 2 in named and toks[j + 1].raw in ("—", "–", "-")):
            yield j, toks[j].low


def sentence_ends_at(tok: Token) -> bool:
    """A sentence ends after this token, or inside its closing quotation mark (`…now."`)."""
    return sentence_end(tok) or tok.raw.endswith(("”", '"', "»", "«", "“")) and tok.raw[-2:-1] in ".!?"  # `écrite.»`, `drin.“`


def sentence_end(tok: Token) -> bool:
    """Does a sentence end after this token? (`Sen.`, `St.`, `U.S.` and initials do not.)"""
    if any(ch in ".!?" for ch in tok.trail):
        return True
    core = tok.core
    return core.endswith(".") and core[:1].islower()


def spoken_clause(c) -> int | None:
    """`…, adding "we continue to operate flights to more than 150 destinations …"`: a whole clause
    quoted right after a verb of saying (no `that`, no comma) is the speaker's words even when the
    copy writes it in lower case; a short phrase (`calling it "a disgrace"`) is not."""
    toks = c.view.toks
    whole = c.inner.rstrip(PROSE_QUOTES + " ").endswith((".", "!", "?")) or c.after >= len(toks) or ends_sentence(toks[c.after - 1])
    joiners = complementizers(c.words.lang) | _THAT
    after_that = c.first > c.floor and toks[c.first - 1].low in joiners and not toks[c.first - 1].trail
    if len(c.inner.split()) < (_CLAUSE_WORDS if after_that else 2 * _CLAUSE_WORDS) or not whole:
        return None  # `said he "would like to … stay out of" German politics`: a phrase inside his sentence
    joined = False  # `que` / `dass` / `che` / `that` joins the clause to its verb (`sagte, dass „…“`, `told Biden that “these mistakes happen …”`)
    for k in range(c.first - 1, max(c.floor, c.first - 9) - 1, -1):  # `told the Fianna Fáil leader ‘if this is …’`: the hearer between; `meende dat de inbreng van de inwoners “…”`: the clause's subject
        if toks[k].trail and not (joined and toks[k].trail == ",") or toks[k].low in _NOT_HEARER and not (after_that and k == c.first - 1):
            return None
        joined = toks[k].low in joiners
        if joined:
            continue
        if (toks[k].low in c.words.verbs or k and (toks[k - 1].low, toks[k].low) in c.words.verb_phrases) and not (k and toks[k - 1].low in _PASSIVE):  # `was admitted` is no one speaking
            return k
    return None


def runs_on_past_its_sentence(inner: str) -> bool:
    """`If the PJD “wants to achieve results, it must act. The parties cannot decide …,” Doubi said.`: a
    quotation that opens in lower case inside the reporter's sentence but runs on past that sentence's end
    into a whole sentence of its own (a full stop, then a capital, then words to the end) is the speaker's
    words, not a phrase of the reporter's."""
    cut = next((k for k in range(len(inner) - 2) if inner[k] in ".!?" and inner[k + 1] == " " and inner[k + 2].isupper()), None)
    return cut is not None and len(inner[cut:].split()) > _CLAUSE_WORDS and len(inner.split()) >= 2 * _CLAUSE_WORDS


def partial_quote(c) -> bool:
    """A phrase of a few words that opens in lower case inside the reporter's sentence: a partial
    quote. Not the rest of a quotation cut by its attribution (`“…, – afferma Greco – e me ne sono
    fatto portavoce”`), nor a whole clause a desk quotes after `que` (`‘‘fue cordial y no hubo
    ninguna amenaza …’’, afirmó X`: a bite)."""
    short = len(c.inner.split()) < _CLAUSE_WORDS
    return short and c.inner.lstrip(PROSE_QUOTES + " ")[:1].islower() and c.hist.said_here is None


def speaks_at(toks: list[Token], k: int, words: SpeechWords) -> bool:
    """A verb of saying at toks[k], or after one adverb (`Kwasi Bonzoh boldly said`), or a verb of several words (`Blaise
    Compaoré a expliqué`, `Ana Ruiz pointed out`)."""
    if k < len(toks) and toks[k].low.endswith("ly") and not toks[k].trail:
        k += 1
    if k < len(toks) and toks[k].low in words.verbs:
        return True
    low = tuple(tok.low for tok in toks[k : k + 3])
    return any(low[: len(phrase)] == phrase for phrase in words.verb_phrases if len(phrase) <= len(low))


def said_that(c, marks: str) -> int | None:
    """`He said that "I salute all the institutions …."`: a whole sentence quoted after `said that`,
    opening on a capital, is the speaker's own words (South Asian and African desks write it so);
    the index of the verb. `said that "the plan" would work` is a phrase in the reporter's sentence."""
    toks, k = c.view.toks, c.first - 2
    whole = c.inner.rstrip(marks + " ").endswith((".", "!", "?", ","))
    if k < c.floor or toks[k + 1].low != "that" or toks[k].trail or toks[k + 1].trail or toks[k].low not in c.words.verbs:
        return None
    return k if whole and c.inner[:1].isupper() and len(c.inner.split()) >= 4 else None


_SOURCE_NEXT = frozenset(_SPEECH["source_next"])  # (styles/speech.toml)


def attribution_end(toks: list[Token], a: int, b: int, words: SpeechWords) -> int:
    """Where the attribution after a quotation ends: at the first comma after its verb, unless a
    source follows it (`, in a statement`). `"…," Tory said Wednesday, shortly after the court's
    ruling …`: what follows that comma is the reporter's, not where the words come from."""
    verb = find_verb(toks, a, b, words)
    sources = _SOURCE_NEXT | (written_before(words) - words.determiners)
    for k in range(verb[1] if verb else b, b - 1):
        if toks[k].trail[:1] in (",", ";") and toks[k + 1].low not in sources and not _source_after_aside(toks, k + 1, b, sources):
            return k + 1
    return b


def _source_after_aside(toks: list[Token], a: int, b: int, sources: frozenset[str]) -> bool:
    """`said Maria Olsen, the airline's head of communications, in a statement`, `siger X, chefredaktør
    på TV 2 News, i pressemeddelelsen`: the speaker's title set off by commas, then the source."""
    for k in range(a, min(b - 1, a + 9)):
        if toks[k].trail:
            return toks[k].trail[:1] == "," and toks[k + 1].low in sources
    return False


def statement_lead(toks: list[Token], end: int, words: SpeechWords) -> bool:
    """`Nach seinem Tweet legt er nun via Mitteilung nach: …`, `She said in a statement: …`: the
    sentence that leads in the paragraph's first quotation (toks[end]) names a written source and ends
    in a colon, so the quotations after it are that text (`X, who wrote the report, said:` is spoken: written_in)."""
    start, lead = 0, None
    for k in range(min(end, len(toks))):
        if toks[k].trail.endswith(":"):
            lead = range(start, k + 1)
        elif ends_sentence(toks[k]):  # `AFP TEXT STORY: Two dead … . "…," said X`: that colon led in no quotation
            start, lead = k + 1, None
    return lead is not None and written_in(toks, lead, words)


@lru_cache(maxsize=1)
def _copulas() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("speech.toml").get("new_clause_copulas", ()))


def new_clause(toks: list[Token], a: int, b: int, words: SpeechWords) -> bool:
    """toks[a:b] (what follows a lead-in's verb of saying, up to its colon) starts a clause of its own
    with a noun for its subject and a copula (`… and the verdict was clear:`, `… y la conclusión fue
    clara:`): the quotation is that noun's (a conclusion, a group's message), not the verb's subject's."""
    for k in range(a, b - 2):
        if (toks[k].low in words.ands or toks[k].low in words.buts) and toks[k + 1].low in words.determiners and any(toks[j].low in _copulas() for j in range(k + 2, min(k + 7, b))):
            return True
    return False


def statement_goes_on(c, a: int, hi: int) -> bool:
    """`Mark Thompson said in a statement: "…"` then `"…," Thompson said.`: the next paragraph's quotation,
    attributed to the one person who wrote the statement just before, is still the statement (written
    words, read copy) when the attribution is only the name and the verb (`, dijo Ruiz después, frente a la
    iglesia` or `told reporters` says it was spoken)."""
    prev = c.hist.prev_view
    if prev is None or c.hist.written_para != prev.index or c.first != 0:
        return False
    writers = {m.person.pid for m in prev.mentions_in(0, len(prev.toks)) if m.kind == "name" and m.person is not None}
    named = [m for m in c.view.mentions_in(a, hi) if m.kind == "name" and m.person is not None]
    bare = all(any(m.start <= k < m.end for m in named) or t.low in c.words.verbs or not t.core for k, t in enumerate(c.view.toks[a:hi], a))
    return bare and len(writers) == 1 and bool(named) and all(m.person.pid in writers for m in named)  # (`, dijo Ruiz después, frente a la iglesia`: spoken)


def unnamed_subject(toks: list[Token], a: int, verb_at: int, words: SpeechWords) -> bool:
    """After the last person named, a comma and a noun phrase in lower case opened by an article run straight on to
    the verb of saying (`… del centro de Bogotá, la trabajadora informal le gritó:`, `After meeting Smith, the crowd
    chanted:`): the verb's subject is someone the copy does not name, not the person before the comma. An appositive
    closes on its own comma (`Ana Ruiz, the vendor, said:`) and is not one."""
    k = next((j for j in range(max(a - 1, 0), verb_at) if toks[j].trail == ","), None)
    if k is None or k + 2 > verb_at or toks[k + 1].low not in words.determiners:
        return False
    return all(not t.trail and t.raw[:1].islower() for t in toks[k + 1 : verb_at])
