"""Who wrote a statement: once the copy says a person's words came in writing (`Dara Omondi said in a
statement on Sunday that …`, `"…", ha añadido el alcalde a través de un comunicado`), that person's later
quotations are the same written text unless their own attribution names a spoken occasion (`told
reporters`, `en rueda de prensa`, `in an interview`): read copy, as the statement's first words were.
A sentence that has the writer speak somewhere (`speaking at a press conference, Omondi said …`) ends it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.clauses import asides, attribution_end, ends_sentence, find_verb, statement_goes_on, statement_lead, written_in, written_source
from scriptfmt.parse.verdicts import Ctx, Said, Verdict
from scriptfmt.parse.paraphrase import sentence_subject
from scriptfmt.parse.languages import written_before
from scriptfmt.parse.speakers import SpeechWords, Token

_GOES_ON = frozenset(tomlfile.load_builtin("speech.toml")["goes_on_verbs"])  # (styles/speech.toml)
_POST_TAG = re.compile(r"(?<![\w&])[#@][A-Za-z]\w")  # a hashtag or a handle: the quotation was posted


@lru_cache(maxsize=4)
def speech_list(key: str) -> frozenset[str]:
    """One word list of styles/speech.toml, lower case (`written_source_prepositions`, `subject_articles`)."""
    return frozenset(w.lower() for w in tomlfile.load_builtin("speech.toml").get(key, ()))


@lru_cache(maxsize=1)
def occasions() -> frozenset[str]:
    """Words that say the words were spoken, to someone or somewhere (styles/speech.toml `spoken_occasions`)."""
    speech = tomlfile.load_builtin("speech.toml")  # (`Asked whether …, Smith said`: a question put to them, so spoken)
    return frozenset(w.lower() for w in [*speech.get("spoken_occasions", ()), *speech.get("asked_openers", ())])


@lru_cache(maxsize=1)
def occasion_phrases() -> tuple[tuple[str, ...], ...]:
    """The press spoken to, word for word (styles/speech.toml `spoken_phrases`: `a la prensa`)."""
    return tuple(tuple(p.lower().split()) for p in tomlfile.load_builtin("speech.toml").get("spoken_phrases", ()))


def spoken_in(toks: list[Token], span: range) -> bool:
    """A spoken occasion among toks[span] (`told reporters`, `en rueda de prensa`, `im Interview`, `dijo a
    la prensa`)."""
    found, lo, hi = occasions(), max(span.start, 0), min(span.stop, len(toks))
    if any(toks[k].low in found for k in range(lo, hi)):
        return True
    lows = [t.low for t in toks[lo:hi]]
    return any(tuple(lows[k : k + len(p)]) == p for p in occasion_phrases() for k in range(len(lows) - len(p) + 1))


def names_source(toks: list[Token], span: range, words: SpeechWords, verbs: bool = True) -> bool:
    """The speaker's own words named as written in toks[span]: a verb of writing (`tweeted`, `escribió`),
    or a written word after a preposition (`said in a statement`, `en un comunicado`, `a través de un
    comunicado`, `via Facebook`) — not one after an article alone (`said the NPA's statement was a joke`,
    `apesar de um comunicado`: someone else's text the words are about)."""
    before = speech_list("written_source_prepositions") | (written_before(words) - words.determiners)
    for k in span:
        if k >= len(toks) or toks[k].low not in words.written:
            continue
        if verbs and toks[k].low in words.verbs or any(j >= span.start and toks[j].low in before for j in (k - 1, k - 2, k - 3)):
            return True
    return False


def _authored(toks: list[Token], k: int, stop: int, words: SpeechWords) -> bool:
    """`Dermot Keane wrote the ballad in 1985`: a writing verb with a thing for its object (an article after it) says
    who made a work, not that the words quoted later are written (`wrote that …`, `wrote:`, `wrote in a letter`)."""
    return k < stop and not toks[k - 1].trail and toks[k].low in words.determiners


def note_writers(view, writers: set[str], words: SpeechWords) -> None:
    """Each sentence of a paragraph with no quotation of its own (the sieve reads those) whose verb of
    saying has a named person for its subject: a written source where that verb names it makes that
    person a writer (`Omondi said in a statement that …`, `Ruiz tweeted that …`); a spoken occasion
    takes them off (`Asked about it, Omondi told reporters …`)."""
    toks, start = view.toks, 0
    for end in [*view.ends, len(toks) - 1]:
        stop = end + 1
        if start < stop and not any(view.quoted(k) for k in range(start, stop)):
            _note(view, writers, words, start, stop)
        start = stop
        if start >= len(toks):
            break


def _note(view, writers: set[str], words: SpeechWords, start: int, stop: int) -> None:
    toks, aside = view.toks, asides(view.toks, start, stop)
    verb = find_verb(toks, start, stop, words)
    while verb is not None and verb[0] in aside:  # `Moody, who wrote the report, said …`: not the sentence's verb
        verb = find_verb(toks, verb[1], stop, words)
    if verb is None:
        return
    people = [m for m in view.mentions_in(start, verb[0]) if m.kind == "name" and m.person is not None and not m.possessive and m.start not in aside]
    if not people or not people[-1].person.pid:
        return
    pid = people[-1].person.pid
    if spoken_in(toks, range(start, stop)):
        writers.discard(pid)
    elif toks[verb[0]].low in words.written and not _authored(toks, verb[1], stop, words) or names_source(toks, range(verb[1], min(stop, verb[1] + 5)), words, verbs=False):
        writers.add(pid)  # (the source where the verb names it: `said detours will be posted` is what she said)


def writer_in(c, spans: tuple[range, ...]) -> str | None:
    """The person an attribution that says the words were written names (`ha añadido el alcalde a
    través de un comunicado`, `Ruiz said in a statement`): a name, or a role the story gave someone."""
    v = c.view
    for span in spans:
        for m in v.mentions_in(span.start, span.stop):
            if m.possessive:
                continue
            if m.kind == "name" and m.person is not None and not m.person.organisation:
                return m.person.pid or None
            if m.kind == "role":
                person, _ = c.tracker.by_role(m.key, m.gender)
                if person is not None and not person.organisation:
                    return person.pid or None
    return None


_RELATIVES = frozenset(tomlfile.load_builtin("speech.toml")["relatives"])  # (styles/speech.toml)
_WRITING_VERBS = frozenset(tomlfile.load_builtin("speech.toml")["writing_verbs"])  # `X wrote on his X account that …`


def appositive(described: list[Token]) -> list[Token]:
    """The words right after a name that say who they are (`, CBC head of public affairs`), up to the
    first relative (`who has lived in the city …`: about them, not their title) or comma after them."""
    out: list[Token] = []
    for t in described:
        if t.low in _RELATIVES:
            break
        out.append(t)
        if t.trail[-1:] in (",", ";", "."):
            break
    return out


def speaks_for(person, described: list[Token], prev, words: SpeechWords) -> bool:
    """The paragraph before says a body issued a statement (`The CBC responded in a statement.`, `The
    water board responded in a statement.`) and this person's title, or the words describing them in
    the attribution, name that body (`said Wes Harlan, CBC head of public affairs`): its
    spokesperson. Never when that sentence's subject is the person themself (`Mayor Clara Mensah said
    in a statement …`: their own statement, and what they said after it is theirs to place)."""
    title = set((person.title or "").lower().replace(",", " ").split()) | {t.low for t in appositive(described)}
    start = prev.ends[-2] + 1 if len(prev.ends) > 1 else 0
    verb = find_verb(prev.toks, start, len(prev.toks), words)
    subject = [t for t in prev.toks[start : verb[0]] if t.low not in speech_list("subject_articles") and t.low not in words.determiners] if verb else []
    own = {w.lower() for w in person.words}
    if not subject or any(t.low in own for t in subject):
        return False
    return any(t.low in title and t.low not in words.not_names for t in subject)


# --- the sieve's first rule (parse/attribution.py) ---------------------------------------


def written(c: Ctx) -> Verdict | None:
    """The attribution says the words were written (a statement, a post, a letter): read copy. Who
    wrote them is noted (parse/statements.py): their later quotations are the same text."""
    v = c.view
    if _POST_TAG.search(c.inner):  # `‘Thinking of those killed & injured in #ManhattanAttack …’`: a post, not tape
        c.hist.written_para = v.index
        return Verdict(None)
    lo = v.clause_start(c.first, c.floor)
    hi = sentence_stop(v, c.after) if c.after < len(v.toks) else c.after
    if v.quotes and statement_lead(v.toks, v.tok(v.quotes[0].start), c.words):
        return _written_by(c, (range(lo, c.first),))  # `legt er via Mitteilung nach: … «…», erklärt Trump.`: the statement's words
    if c.first > c.floor and ends_sentence(v.toks[c.first - 1]) and find_verb(v.toks, c.after, hi, c.words) is not None:
        lo = c.first  # `… a day after a statement by X. "…," X had said at a rally`: its own verb says it was spoken
    spans = (range(lo, c.first), range(c.after, attribution_end(v.toks, c.after, hi, c.words)))
    if any(written_in(v.toks, span, c.words) for span in spans):
        return _written_by(c, spans)
    if c.hist.written_para >= v.index - 1 and (any(v.toks[k].low in _GOES_ON for k in range(c.after, hi)) or statement_goes_on(c, c.after, hi)):
        c.hist.written_para = v.index  # `'…,' Wong wrote.` then `'…,' he added.`: still the letter
        return Verdict(None)
    prev = c.hist.prev_view  # `Annuar Musa in a tweet also confirmed the matter.` then `"…," he said.`
    if c.first == 0 and prev is not None and prev.toks and not prev.quotes and (written_source(prev.toks, prev.clause_start(len(prev.toks), 0), c.words) or _wrote(prev, c.words) and c.after >= len(v.toks)):  # (`He wrote the song in 1985.` / `"…," he said.`: spoken, its own verb says)
        named = [m for m in v.mentions_in(c.after, hi) if m.kind in ("name", "role", "ambiguous")]
        if not named:
            c.hist.written_para = v.index
            if (pid := _prev_writer(c, prev)) is not None:
                c.hist.writers.add(pid)  # `X wrote on his X account that …` then `“…”` alone: his later quotations are the post's too
            return Verdict(None)  # the quotation is from what the paragraph before says was written
        if len(named) == 1 and named[0].kind == "name" and named[0].person is not None and not spoken_in(v.toks, range(c.after, hi)) and speaks_for(named[0].person, v.toks[named[0].end : hi], prev, c.words):
            return _written_by(c, (range(c.after, hi),), own=True)  # `The CBC responded in a statement.` then `"…," said Wes Harlan, CBC head of public affairs.`
    return None


def _written_by(c: Ctx, spans: tuple[range, ...], own: bool = False) -> Verdict:
    """Read copy: written words. When the attribution names them as its speaker's own text (`said in a
    statement`, not `said the NPA's statement was …`), or `own`, their writer's later quotations are the
    same text (parse/statements.py)."""
    c.hist.written_para = c.view.index
    pid = writer_in(c, spans) if own or any(names_source(c.view.toks, span, c.words) for span in spans) else None
    if pid:
        c.hist.writers.add(pid)
    return Verdict(None)


def _last_sentence(v) -> int:
    """The first token of the paragraph's last sentence, however long."""
    ends = [e for e in v.ends if e < len(v.toks) - 1]
    return ends[-1] + 1 if ends else 0


def _wrote(prev, words: SpeechWords) -> bool:
    """`Prime Minister X wrote on his X account today that …`, `a écrit sur son compte X que …`: the paragraph's last
    sentence says its subject wrote (a writing verb; a desk's written word that is a verb of saying)."""
    return any(t.low in _WRITING_VERBS or t.low in words.written and t.low in words.verbs for t in prev.toks[_last_sentence(prev) :])


def _prev_writer(c: Ctx, prev) -> str | None:
    """The person who opens the paragraph before's last sentence, the one that says the words were written (`Prime
    Minister Srettha Thavisin wrote on his X account …`): a name, not a possessive nor a body."""
    first = sentence_subject(prev, _last_sentence(prev), len(prev.toks), c.words)
    if first is None or first.kind != "name" or first.person is None or first.person.organisation:
        return None
    return first.person.pid or None


def still_written(c: Ctx, said: Said) -> bool:
    """A quotation of someone the copy said wrote a statement, with no spoken occasion in its own
    attribution (`told reporters`, `en rueda de prensa`): more of that statement."""
    if said.pid not in c.hist.writers:
        return False
    v = c.view
    hi = sentence_stop(v, c.after) if c.after < len(v.toks) else c.after
    return not spoken_in(v.toks, range(v.clause_start(c.first, c.floor), c.first)) and not spoken_in(v.toks, range(c.after, hi))


def sentence_stop(v, a: int) -> int:
    """End of the attribution after a quotation: the sentence's end, the next quotation,
    or 25 tokens, whichever comes first."""
    end = min(v.sentence_end(a), a + 25)
    for k in range(a + 1, end):
        if v.toks[k].raw[:1] in "\"“‘«":
            return k
    return end
