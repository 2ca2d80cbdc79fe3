"""Who said it: the attribution sieve.

Each rule looks at one quotation and either decides (a speaker, or "read copy") or passes
to the next. The order of RULES is the design:

  1. written            `said in a statement`, `tweeted`, `wrote on Facebook`: no tape, read copy;
                        the writer's later quotations with no spoken occasion of their own are
                        the same text (parse/statements.py)
  1. uncased_said      Arabic, no capitals: `وقال كوناشينكوف: "…"`, the words after the verb (parse/uncased.py); cjk_said: `表示：「…」` (parse/cjksaid.py)
  1a. names_a_work      `his latest novel, “…,” and banned the book`: a title, read copy
  1b. labelled         `[Interview : Yu Woo-ik, Minister of Unification] "…"`
  1c. group_said       `– dicono i tre consiglieri –`: a counted group's words, no super (parse/groups.py)
  2. colon_lead_in      `Kishida told parliament: "…"` (or the previous paragraph ends with `:`)
  3. resumed            `"…," she said, "…"`: the quotation resumes after its attribution
  4. not_a_bite         fewer than three words, or starts in lower case: a scare or partial quote
  4b. framed           `Yıldızkaya, "…" dedi.`: a name and a comma open the sentence, one to three lower-case words
                        close it after the quotation (parse/framed.py)
 5. said_after         `"…," Otieno said.` / `"…," said Sen. Mark Ellery` / `"…" — Dana Whitfield, a teacher`
  5b. credited         `"…," Festus Amimo, Dholuo Service.`: a full name and affiliation, no verb (parse/credited.py)
  6. said_before        `Hollis said, "…"` / `she told the Reuters news agency, "…"`
  6b. said_earlier      `He admitted that while … and "that is key. Some people …"`: a quotation inside the
                        reporter's sentence that runs on into whole sentences is the sentence's speaker's
  6c. said_below       `"…,"` / `said the engineer, Tom Bell.`: the attribution in the paragraph under it
  7. carries_on         a quotation right after an attributed one, same speaker
  8. set_up             the quote follows its paraphrase: a paragraph that is only a quotation,
                        after a paragraph whose last sentence one person opens as its subject
                        (`Saarani told reporters …`, `He gave an assurance that …`: parse/paraphrase.py)
  9. closes_later       a quotation over several paragraphs, attributed where it closes
 10. reported           `Maxwell said the mayor …` then `"For me …"`: the person whose words the
                        sentence before reported
 10b. about_one         `Kolff gaat niet zo ver. "…"`: a quotation ending its paragraph, after a sentence about one person
 11. bridged            a quotation paragraph after one narration paragraph naming nobody new,
                        itself after X's bite: X goes on; sole_speaker: in a story quoting one person only, theirs
 12. unnamed_speech     `— …? — perguntou.` with no one to tell: a bite with no super and a warning (parse/unnamed.py)

The subject an attribution names is resolved by the mention tracker (parse/people.py): a
name to its person; he / she to the most salient person of that gender; a role noun
(`the mayor`) to the person the story gave that role. Organisations, documents and
anything unresolved give no speaker: the quotation stays read copy, with a warning when a
person was meant but could not be told (`--strict` makes that an error).
"""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile

from scriptfmt.parse.languages import indefinite_articles, source_words, tables
from scriptfmt.parse.people import Mention, Person
from scriptfmt.parse.verdicts import Ctx, Said, Verdict
from scriptfmt.parse.view import View
from scriptfmt.parse.incise import incise_verb, names_subject
from scriptfmt.parse.quietly import quiet_since_bite
from scriptfmt.parse.quotes import DASHES, LEAD_OUT
from scriptfmt.parse.resolve import resolve_mention, said_by
from scriptfmt.parse.guestname import initialled_person
from scriptfmt.parse.credits import credit_above, dash_next, labelled
from scriptfmt.parse.credited import credited
from scriptfmt.parse.framed import framed
from scriptfmt.parse.groups import group_said
from scriptfmt.parse.hearers import past_hearer, told
from scriptfmt.parse.unnamed import unnamed_speech
from scriptfmt.parse.uncased import uncased_said
from scriptfmt.parse.cjksaid import cjk_said
from scriptfmt.parse.clauses import unnamed_subject, runs_on_past_its_sentence, addressed, asides, outlet_question, before_appositive, partial_quote, said_that, spoken_clause, said_next, ends_sentence, find_verb, hangs_on_clause, in_subject_position, new_clause
from scriptfmt.parse.wordorder import foreign_subject, subject_after_verb
from scriptfmt.parse.paraphrase import about_one, chained_subject, under_bite, reported_before, sentence_subject, set_up, sole_speaker
from scriptfmt.parse.statements import sentence_stop, still_written, written
from scriptfmt.parse.punctuation import PROSE_QUOTES

_SPEECH_NOUNS = {"verdict", "answer", "reply", "response", "message", "advice", "view", "words", "reaction", "comment", "warning"}
_GOES_ON_WITH = {"but", "and", "yet", "then"}  # a conjunction after a quotation carries the sentence on


# --- the rules --------------------------------------------------------------------------


def word_order(c: Ctx) -> Verdict | None:  # a foreign desk's word order: `„…“, so Ahrens` (parse/wordorder.py)
    if partial_quote(c):  # `La situation va durer "jusqu'à mercredi soir", confie X`: a phrase of hers in the reporter's sentence
        return None
    return resolve_mention(c, c.view, found[0], found[1]) if (found := foreign_subject(c)) else None


def colon_lead_in(c: Ctx) -> Verdict | None:
    v = c.view
    if c.first > c.floor and v.toks[c.first - 1].raw.rstrip(PROSE_QUOTES).endswith(":"):
        return _lead_in(c, v, v.clause_start(c.first, _lead_floor(c)), c.first)
    prev = c.hist.prev_view
    if c.first == 0 and prev is not None and prev.toks and (c.hist.prev_colon or c.after >= len(v.toks) and credit_above(c)):
        end = len(prev.toks)  # (`Ann Maher, chief executive, The Pensions Board` over her quotation: a lead-in without its colon)
        verdict = _lead_in(c, prev, prev.clause_start(end, 0), end)
        if verdict.said is None and (own := said_after(c)) is not None and own.said is not None:
            return own  # `Neighbors say … undo:` / `"He came to us …," Hadden says.`: its own attribution names the speaker
        return verdict
    return None


def _lead_in(c: Ctx, v: View, a: int, b: int) -> Verdict:
    """`Hollis told the council:` (the verb's subject) / `Mayor Denise Hollis on the vote:` (the last person)."""
    verb = find_verb(v.toks, a, b, c.words, last=True)
    if verb is not None and new_clause(v.toks, verb[1], b, c.words):
        return Verdict(None)  # `… asked the pupils, and their verdict was clear: "…"`: no one person's words
    people = [m for m in v.mentions_in(a, b) if m.kind in ("name", "pronoun", "role", "ambiguous")]
    if verb is not None:
        verdict = _subject(c, v, a, verb[0], "colon-lead-in", verb_end=verb[1]) or Verdict(None)
        return verdict if verdict.said is not None else _dropped_lead_in(c, v, a, verb[0], people) or verdict
    if (dropped := _dropped_lead_in(c, v, a, min(b, a + 3), people)) is not None:
        return dropped
    if not people and (said := c.hist.said_here) is not None and v is c.view and names_subject([t.raw for t in v.toks[a:b]]):
        return Verdict(Said(said.speaker, said.pid, "colon-lead-in"))  # `"…", a-t-elle rappelé, avant d'ajouter : "…"`: her glued elle
    if not people and 0 < a and b - a <= 3:  # `Han klargör … Men:`: a bare `But:` goes on with the sentence's subject before it
        before = v.clause_start(a, 0)
        people = [m for m in v.mentions_in(before, min(a, before + 3)) if m.kind in ("name", "pronoun")][:1]
        said = find_verb(v.toks, before, a, c.words, last=True) if not people else None
        if said is not None:  # `…, sagte die Regierungschefin. Und weiter: „…“`: the one that sentence said spoke goes on
            return _subject(c, v, before, said[0], "colon-lead-in", verb_end=said[1]) or Verdict(None)
    opening = [m for m in people if m.kind == "name" and m.start == a and v.toks[m.end - 1].trail == ","]  # `Aboudjerra Soltani, ancien président du MSP :`: the name, not its appositive's role
    if not opening and len(people) > 1 and addressed(v.toks, people[-1].start) and in_subject_position(v.toks, a, people[0].start):
        opening = people[:1]  # `Die Kanzlerin … fand auch für DFB-Trainerin Silvia Neid lobende Worte: „…“`: the one praised is not the one speaking
    if not people and (initialled := initialled_person(" ".join(t.raw for t in v.toks[a:b]), c.tracker.people)) is not None:
        return said_by(initialled, "colon-lead-in")  # `B.M. : « … »`: the one person of the copy with those initials
    if not people or not opening and unnamed_subject(v.toks, people[-1].end, b - 1, c.words):
        return Verdict(None)  # (`…, la trabajadora informal le gritó desde una acera:`, a verb of no desk's list: someone unnamed)
    return resolve_mention(c, v, opening[0] if opening else people[-1], "colon-lead-in")


def _dropped_lead_in(c: Ctx, v: View, a: int, head: int, people: list[Mention]) -> Verdict | None:
    """`También se refirió al golpe que dio Pedro Castillo:` / `Tampoco se mostró optimista con su país:` over
    a quotation: a desk that drops the subject opens the lead-in sentence on its verb or an adverb, no one
    in subject position; the person it is about is the one the story quoted just before (this paragraph
    or the last two), never a name in its object (`Pedro Castillo`). toks[a:head]: the words before its
    verb (its first three when no verb of saying is known), where a subject would stand."""
    if not tables().get(c.words.lang, {}).get("drops_subject") or 0 < a and not ends_sentence(v.toks[a - 1]):
        return None
    if any(t.low in c.words.determiners for t in v.toks[a:head]) or any(in_subject_position(v.toks, a, m.start) for m in people):
        return None  # (`La ministra respondió:`, `…, la trabajadora le gritó:`, `Pedro Castillo:`: the lead-in names its subject)
    last = c.hist.last
    if last is None or not last.pid or c.view.index - c.hist.last_bite_para > 2:
        return chained_subject(c) if last is None and find_verb(v.toks, a, min(len(v.toks), a + 12), c.words) is not None else None  # `Señaló:` over the first quotation: who the story follows
    return Verdict(Said(last.speaker, last.pid, "dropped-subject"))



def resumed(c: Ctx) -> Verdict | None:
    said = c.hist.said_here
    if said is None or c.first <= c.floor or c.first - c.floor > 12:
        return None
    toks = c.view.toks
    before = toks[c.first - 1]
    bare = before.raw.rstrip(".,;")
    if not before.trail.endswith((",", ":")) and not before.raw.endswith((",", ":")) and bare not in (*DASHES, "-") and not bare.endswith(("—", "-")):
        return None  # `"…," Maria said. "…," Erik added.`: a new sentence, read on its own (`– afferma Greco – e …` resumes)
    others = [
        m for m in c.view.mentions_in(c.floor, c.first)
        if m.kind in ("name", "role", "ambiguous") and (m.person is None or m.person.pid != said.pid)
        and not (m.kind == "role" and toks[m.start].low in ("a", "an"))  # `, a lorry driver,` describes the speaker
        and not (m.kind == "role" and getattr(c.tracker.by_role(m.key, m.gender)[0], "pid", None) == said.pid)  # `– fa sapere il sindaco –`
    ]
    if not others and (find_verb(toks, c.floor, c.first, c.words) is not None or incise_verb([t.raw for t in toks[c.floor : c.first]])):  # (`, a-t-il ajouté,`)
        return Verdict(Said(said.speaker, said.pid, "resumed"))
    return None


def not_a_bite(c: Ctx) -> Verdict | None:
    """Fewer than three words or a lower-case start: a scare or partial quote. A short whole
    sentence right after an attributed quote of this paragraph (`"…," said X. "Nobody did."`), or
    alone in the paragraph after one (`"Two days."`), is still a bite: the rules after this one decide."""
    words = c.inner.split()
    if c.inner.lstrip(PROSE_QUOTES + " ")[:1].islower() and spoken_clause(c) is None and not runs_on_past_its_sentence(c.inner):
        return Verdict(None)
    whole = c.inner.rstrip(PROSE_QUOTES + " ").endswith((".", "!", "?"))
    follows = c.hist.said_here is not None or c.first == 0 and c.after >= len(c.view.toks) and c.hist.last_bite_para == c.view.index - 1
    if len(words) < 3 and not (whole and follows):  # `"Two days."` as its own paragraph after her bite goes on
        opens = c.first == c.floor or ends_sentence(c.view.toks[c.first - 1])
        if opens:
            return said_after(c) or Verdict(None)  # `"Yes," Wall said.`
        led = c.first > c.floor and c.view.toks[c.first - 1].trail in (",", ":") and find_verb(c.view.toks, c.first - 1, c.first, c.words) is not None
        return (said_before(c) or Verdict(None)) if led else Verdict(None)  # `Yusri pun menjawab, “Media abal-abal,” jawabnya.`
    return None


@lru_cache(maxsize=1)
def _work_titles() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("speech.toml").get("work_titles", ()))


def names_a_work(c: Ctx) -> Verdict | None:
    """`his latest novel, “Tongolele no sabía bailar,” and banned the book`, `a report titled "…"`: a
    quotation right after a work noun or `titled` is the work's title, no one's words: read copy."""
    if c.first > c.floor and c.view.toks[c.first - 1].low in _work_titles() and c.view.toks[c.first - 1].trail in ("", ","):
        return Verdict(None)
    return None


def said_after(c: Ctx) -> Verdict | None:
    v, a = c.view, c.after
    if not c.quote.closed or a >= len(v.toks):
        return None
    end = sentence_stop(v, a)
    raw = v.toks[a].raw
    if raw in DASHES or raw.startswith(DASHES) or raw == "-" or raw[:1] == "-" and raw[1:2].isalpha():  # UK web copy types ` - `; `-reconoció Chávez-,`
        found = v.mentions_in(a, a + 3)
        verb = find_verb(v.toks, a, min(end, a + 3), c.words) if not found else None
        if verb is not None:  # `… —ha explicado a EFE Tomás Ferrán, olivarero—.`: whom it was told, then who
            found = past_hearer(v, verb[1], end) or [m for m in v.mentions_in(verb[1], min(end, verb[1] + 3)) if m.kind in ("role", "pronoun", "name", "ambiguous") and not told(v, verb[1], m)][:1]  # (`- odparł były prezydent.`, `– ha spiegato la sindaca Patelli –`)
        return resolve_mention(c, v, found[0], "dash-after") if found else chained_subject(c) if verb is not None and tables().get(c.words.lang, {}).get("drops_subject") else None  # (`- dice in chiusura del suo discorso -`: the verb alone, the one the story follows)
    if v.toks[a].low in _GOES_ON_WITH:
        return None  # `X said, "…," but also admitted, "…"`: the sentence goes on; its subject is before the quotation
    outside = v.text[c.quote.end : c.quote.end + 1]  # UK and German style: `‘…’, said Moira Keane`
    if not c.inner.rstrip(PROSE_QUOTES + " ").endswith(LEAD_OUT) and outside not in (",", "—", "–", "-") and not said_next(v.toks, a, end, c.words):
        return None
    verb = find_verb(v.toks, a, min(end, a + 10), c.words)  # `St. Clair County Sheriff Tom Hale said`
    if verb is None:  # `"…," Jalal al-Gallal, spokesman for the council in the capital, told AFP.`
        first = v.mentions_in(a, a + 1)
        if first and first[0].kind == "name" and v.toks[first[0].end - 1].trail == ",":
            verb = find_verb(v.toks, first[0].end, min(end, a + 30), c.words)
    if verb is None:  # `"…," operations officer for the Hanover division, deputy superintendent Angela Gayle told …`
        verb = find_verb(v.toks, a, min(end, a + 25), c.words)
        named_at = verb[0] - (v.toks[verb[0] - 1].low == "as") if verb is not None else 0  # `the agency quoted Minister X as saying`
        if verb is not None and not any(m.kind == "name" and m.end == named_at and not m.possessive for m in v.mentions_in(a, verb[0])):
            verb = None  # a long title is allowed only when the name stands right before the verb
    if verb is None:
        return None
    vs, ve = verb
    if vs == a and (glued := glued_pronoun(c, v, vs)) is not None:
        return glued  # `"…," katanya kepada wartawan Malaysiakini`: said he, to the reporter
    if vs == a:  # `said Sen. Mark Ellery`, `said Council President Mara Quinn`
        found = v.mentions_in(ve, min(end, ve + 4))
        found = [m for m in found if m.kind != "thing"] or past_hearer(v, ve, end) or found  # (`a raconté à l'AFP le commandant X`: whom it was told, then who)
        verdict = resolve_mention(c, v, _named_after_title(v, found[0], end), "said-after") if found else _no_subject(c, v, ve, end)
        return verdict if found or verdict.said is not None or not tables().get(c.words.lang, {}).get("drops_subject") else chained_subject(c) or verdict  # `«…», manifestó.`: the one the story follows (parse/paraphrase.py)
    return _subject(c, v, a, vs, "said-after", verb_end=ve)


def _named_after_title(v: View, m: Mention, end: int) -> Mention:
    """`afirmou o dirigente sindical Nuno Valadas`, `a raconté à l'AFP le commandant Gaël Rouvière`: a role
    noun with the name right after it (no comma between) is that name's title; the name is the subject."""
    if m.kind != "role" or any(v.toks[k].trail for k in range(m.start, m.end)):
        return m
    after = [n for n in v.mentions_in(m.end, min(end, m.end + 3)) if n.kind == "name" and not n.possessive]
    if after and not any(v.toks[k].trail for k in range(m.end, after[0].start)):
        return after[0]
    return m


def said_before(c: Ctx) -> Verdict | None:
    v = c.view
    if c.first <= c.floor:
        return None
    last = v.toks[c.first - 1]
    clause = spoken_clause(c) if not last.trail else None  # `told the leader ‘if …’`: the verb before the hearer
    clause = said_that(c, PROSE_QUOTES) if clause is None else clause
    bare_verb = not last.trail and last.low in c.words.verbs and c.inner[:1].isupper()  # `after saying "I'd like …"`
    bracketed = v.text[c.quote.start - 1 : c.quote.start] == "(" and c.inner[:1].isupper()  # `X says most people quit ("If you're …")`
    if not (last.trail.endswith((",", ":")) or last.raw.endswith((",", ":")) or bare_verb or bracketed or clause is not None):
        return None
    start = v.clause_start(c.first, _lead_floor(c))
    verb = (clause, clause + 1) if clause is not None else find_verb(v.toks, max(start, c.first - 10), c.first, c.words, last=True) or reported_before(c, v, start)
    if verb is None:
        return None
    return _subject(c, v, start, verb[0], "said-before", verb_end=verb[1])


def said_earlier(c: Ctx) -> Verdict | None:
    """`Jagdeo explained that is “it must pass the test … sustainable. So, you are never …”`, `He admitted
    that while …, they facilitate … and “that is a key point … Some people don’t like that.”`: a quotation
    set inside the reporter's sentence, no comma or colon before it, that runs on past that sentence into
    whole sentences of its own is the words of the one the sentence says spoke (its verb of saying)."""
    v = c.view
    if c.first <= c.floor or not c.quote.closed or not runs_on_past_its_sentence(c.inner):
        return None
    start = v.clause_start(c.first, _lead_floor(c))
    verb = find_verb(v.toks, start, c.first, c.words)
    if verb is None or any(v.quoted(k) for k in range(verb[0], verb[1])):
        return None
    verdict = _subject(c, v, start, verb[0], "said-earlier", verb_end=verb[1])
    return verdict if verdict is not None and verdict.said is not None else None


def said_below(c: Ctx) -> Verdict | None:  # `"…,"` / `said the project engineer, Tom Bell.` (parse/quoting.py)
    return c.below(c) if c.below is not None else None


def carries_on(c: Ctx) -> Verdict | None:
    h = c.hist
    if h.last is None or c.view.index - h.last_bite_para > 1:
        return None
    v = c.view
    ends = c.quote.closed and c.inner.rstrip(PROSE_QUOTES + " ").endswith((".", "!", "?"))  # then what follows is a new sentence
    if c.after < len(v.toks) and not ends:  # `"…," Alderman Ruth Kaplan groused.`: someone else is named after it
        others = [m for m in v.mentions_in(c.after, sentence_stop(v, c.after)) if m.kind != "thing" and (m.person is None or m.person.pid != h.last.pid)]
        if others:
            named = " ".join(t.core for t in v.toks[others[0].start : others[0].end])
            return Verdict(None, f"line {v.line}: speaker not resolved: `{named}` follows the quotation without a verb of saying; quotation left as read copy")
    before = c.first > c.floor
    if before and not ends_sentence(c.view.toks[c.first - 1]):
        return None
    if not before and (h.prev_is_bite or h.after_attribution):
        return Verdict(Said(h.last.speaker, h.last.pid, "carries-on"))
    if before and h.last_bite_para == c.view.index and not _someone_new(v, c.floor, c.first, h.last):
        return Verdict(Said(h.last.speaker, h.last.pid, "carries-on"))
    return None


def _someone_new(v: View, a: int, b: int, last: Said) -> bool:
    """`She said the cause was not yet known. Peter Kalvos, who lives on the seventh floor, managed to
    escape. "As I was going down …`: a sentence between the bites opens on someone else by name (not
    one with the speaker's surname: `Per Romano, …` in Italian is `for Romano`)."""
    own = last.speaker.name.lower().split()
    return any(m.kind == "name" and m.person is not None and m.person.pid != last.pid and m.person.surname.lower() not in own and not m.possessive and m.start == v.clause_start(m.start + 1, a) for m in v.mentions_in(a, b))


def bridged(c: Ctx) -> Verdict | None:
    """A quotation paragraph after X's bite and one or two narration paragraphs that name nobody
    else and report no one else's words (`Minutes later he approached a second woman.`, `He urged
    people to check their sources.`, a one-line pull-out): X goes on."""
    v, h = c.view, c.hist
    if c.first != 0 or c.after < len(v.toks) or h.last is None or not quiet_since_bite(c):
        return None
    return Verdict(Said(h.last.speaker, h.last.pid, "carries-on"))


def closes_later(c: Ctx) -> Verdict | None:
    if c.quote.closed or c.later is None:
        return None
    return c.later(c)


def reported(c: Ctx) -> Verdict | None:
    """`Maxwell said the mayor had never chaired a committee.` then `"For me, wow …"`: a quotation
    that opens a sentence, right after a sentence reporting what one person said (in the same
    paragraph or ending the one before), is that person's."""
    v, h = c.view, c.hist
    if c.after < len(v.toks) and not ends_sentence(v.toks[c.after - 1]):
        return None
    if c.first > _lead_floor(c) and ends_sentence(v.toks[c.first - 1]) and h.said_here is None:
        src, end = v, c.first  # a scare quote before is part of the reporting sentence (`told X he felt "…" by it.`)
    elif c.first == 0 and h.prev_view is not None and h.prev_view.toks and (h.last_bite_para != h.prev_view.index or _ends_reporting(h.prev_view)):
        src, end = h.prev_view, len(h.prev_view.toks)
    else:
        return None
    start = src.clause_start(end, 0 if src is not v else _lead_floor(c))
    verb = find_verb(src.toks, start, end, c.words)
    if verb is None and src is v and start + 1 < end and v.toks[start].low in ("his", "her") and v.toks[start + 1].low in _SPEECH_NOUNS:
        return resolve_mention(c, v, _pronoun(v, start), "reported")  # `His verdict on the winners was short. "…"`
    if verb is None:
        return _echoed(c, src, start, end)
    if any(src.quoted(k) for k in range(verb[0], verb[1])):
        return None
    verdict = _subject(c, src, start, verb[0], "reported", verb_end=verb[1])
    return verdict if verdict is not None and verdict.said is not None else None


def _echoed(c: Ctx, src: View, start: int, end: int) -> Verdict | None:
    """`Petra van der Wereld (SvKB) is eveneens ‘heel teleurgesteld’. ,,Na Pinksteren …’’`: a sentence
    about one named person that quotes a few of her words (or gives them a source: `„…“, so Weil.`),
    then her quotation."""
    if src is not c.view or not any(src.quoted(k) for k in range(start, end)):
        return None
    sources = source_words(c.words.lang)  # `Die Vorschläge seien „rechtswidrig“, so Weil. „Insbesondere …“`: his words go on
    named = [m for k in range(start + 1, end - 1) if src.toks[k].low in sources and src.quoted(k - 1) for m in src.mentions_in(k + 1, k + 4)[:1]]
    if named and named[0].kind in ("name", "pronoun", "role"):
        return resolve_mention(c, src, named[0], "reported")
    people = [m for m in src.mentions_in(start, end) if m.kind != "thing" and not src.quoted(m.start)]
    if not people or people[0].kind != "name" or people[0].start != start or len({id(m.person) for m in people}) != 1:
        return None  # the person opens the sentence and is the only one in it
    return resolve_mention(c, src, people[0], "reported")


def _ends_reporting(p: View) -> bool:
    """The paragraph's last sentence comes after its last quotation (`"…" Mr X said it was his
    first time …`): that sentence may report the next quotation's speaker."""
    return bool(p.quotes) and p.quotes[-1].end <= p.starts[p.clause_start(len(p.toks), 0)]


RULES = (written, uncased_said, cjk_said, names_a_work, labelled, dash_next, group_said, word_order, colon_lead_in, resumed, outlet_question, not_a_bite,
         framed, said_after, credited, said_before, said_earlier, said_below, carries_on, set_up, closes_later, reported, about_one, bridged, sole_speaker, unnamed_speech)


def attribute(c: Ctx) -> Verdict:
    for rule in RULES:
        verdict = rule(c)
        if verdict is not None:
            if verdict.said is not None and still_written(c, verdict.said):
                c.hist.written_para = c.view.index
                verdict = Verdict(None)
            if verdict.warning and not verdict.warning.startswith("line"):
                verdict.warning = f"line {c.view.line}: {verdict.warning}"
            return verdict
    return Verdict(None)


# --- helpers ----------------------------------------------------------------------------


def _lead_floor(c: Ctx) -> int:
    """Where a lead-in's clause may start: after the previous quotation when that one was someone's
    bite; else the sentence's start, since a scare quote is part of the clause (`Walsh dismissed
    concerns the council was ‘falling apart’, saying: ‘…`)."""
    return c.floor if c.hist.said_here is not None else 0


def _subject(c: Ctx, v: View, a: int, verb_at: int, why: str, verb_end: int | None = None) -> Verdict | None:
    """The subject of an attribution clause toks[a:verb_at] (the mention nearest the verb);
    `according to X` names the one after it."""
    if verb_end is not None and v.toks[verb_at].low == "according":
        found = v.mentions_in(verb_end, verb_end + 4)
        if not found and verb_end < len(v.toks) and v.toks[verb_end].low in _GENDERED:  # `According to him, "…"`
            found = [_pronoun(v, verb_end)]
        return resolve_mention(c, v, found[0], why) if found else _no_subject(c, v, verb_end, verb_end + 4)
    if verb_at >= a + 2 and v.toks[verb_at - 1].low == "as" and v.toks[verb_at - 2].low in _GENDERED:
        return resolve_mention(c, v, _pronoun(v, verb_at - 2), why)  # `Reuters quoted him as saying`: he spoke, not the agency
    aside = asides(v.toks, a, verb_at)
    found = [m for m in v.mentions_in(a, verb_at) if m.end <= verb_at and not m.possessive and m.start not in aside]
    people = [m for m in found if m.kind != "thing"]
    if not people and verb_end is not None and (late := subject_after_verb(c, v, verb_end)):  # `… zei hij graag ja.`
        return resolve_mention(c, v, late, why)
    found = people or found  # `She moved to Galway, but added:` — a place is not the subject
    if not people:  # (only things: `, a-t-il confirmé sur BFMTV, ajoutant: « … »` goes on with the clause's speaker)
        if verb_end is not None:
            after = v.mentions_in(verb_end, verb_end + 3)  # `added Lt. Gen. Sam Reyes:`
            if after and after[0].kind == "name":
                return resolve_mention(c, v, after[0], why)
        if (said := c.hist.said_here) is not None and v is c.view and verb_at > a and (hangs_on_clause(v.toks, verb_at, a) or v.toks[a].low in ("and", "before", "then") or names_subject([t.raw for t in v.toks[a : verb_at + 1]])):  # (`"…", a-t-il dit, avant d'ajouter : "…"`: the glued il)
            return Verdict(Said(said.speaker, said.pid, why))  # `Name claimed, "A" and added: "B"`: the joined verb keeps the speaker
        return _no_subject(c, v, a, verb_at)
    appositive = before_appositive(v.toks, a, people, verb_at, c.words)
    if appositive is not None:  # `Angela Willis, head of the Garda National Drugs Bureau said:`
        return resolve_mention(c, v, appositive, why)
    if hangs_on_clause(v.toks, verb_at, a) and people:  # `X published a photo of Y, saying:` — X spoke
        subject = [m for m in people if in_subject_position(v.toks, a, m.start)]
        if subject and found[0].kind == "thing" and found[0].start < subject[0].start and in_subject_position(v.toks, a, found[0].start):
            return _no_subject(c, v, a, verb_at)  # `The PAJ said that Small was not …, adding "…"`: the association's words
        return resolve_mention(c, v, subject[0], why) if subject else _no_subject(c, v, a, verb_at)
    if unnamed_subject(v.toks, found[-1].end, verb_at, c.words):
        return Verdict(None)  # `Mientras transmitía … del centro de Bogotá, la trabajadora informal le gritó:`: someone unnamed
    return resolve_mention(c, v, found[-1], why)


_GENDERED = {"his": "m", "him": "m", "her": "f"}  # English object and possessive pronouns


def glued_pronoun(c: Ctx, v: View, k: int) -> Verdict | None:
    """Malay and Indonesian `katanya`, `ujarnya`: a verb of saying with its subject pronoun glued on
    (languages.toml `pronoun_endings`) names whom that he / she means; None for any other word."""
    endings = tuple(tables().get(c.words.lang, {}).get("pronoun_endings", ()))
    if not endings or not v.toks[k].low.endswith(endings) or v.toks[k].low not in c.words.verbs:
        return None
    own = Mention(k, k + 1, "pronoun", 0, key=v.toks[k].low, gender=None)
    v.scanner.place([own], v.first_sentence, v.base, v.ends)
    return resolve_mention(c, v, own, "pronoun-verb")


def _pronoun(v: View, k: int) -> Mention:
    """A he / she the scanner does not list as a subject (`According to him`, `His verdict`), placed in the story."""
    own = Mention(k, k + 1, "pronoun", 0, key=v.toks[k].low, gender=_GENDERED[v.toks[k].low])
    v.scanner.place([own], v.first_sentence, v.base, v.ends)
    return own


def _no_subject(c: Ctx, v: View, a: int, b: int) -> Verdict:
    """An attribution with no person in it (`Doctors Without Borders said`, `the report
    said`): organisations and documents are not speakers; read copy, nothing to warn about. A
    sentence of a desk that drops the subject, naming no one at all (`Questionado sobre os prazos,
    respondeu:`), has the subject of the sentence before it (`Já o ministro …, Tiago Esteves, disse …`)."""
    if 0 < a and ends_sentence(v.toks[a - 1]) and tables().get(c.words.lang, {}).get("drops_subject") and not v.mentions_in(a, b) and not (a < len(v.toks) and v.toks[a].low in indefinite_articles(c.words.lang)):  # (`Un vecino … dijo`: someone unnamed)
        subject = sentence_subject(v, v.clause_start(a, 0), a, c.words)
        if subject is not None:
            return resolve_mention(c, v, subject, "dropped-subject")
    return under_bite(c, v, a, b) or Verdict(None)
