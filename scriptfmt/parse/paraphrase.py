"""The quote follows its paraphrase: a paragraph that is a quotation and nothing else, right after a
paragraph whose last sentence is about one person — what they said or did (`Saarani told reporters …`,
`He gave an assurance that …`, `The head of state made the pledge while …`, `In a video clip, Fadillah
said …`) — is that person's bite. The desk reads the subject of that sentence, never the people it
names after its verb (whom they met, who joined them, what they were asked about)."""

from __future__ import annotations

from scriptfmt import tomlfile
from scriptfmt.parse.languages import complementizers, indefinite_articles, source_words, tables
from scriptfmt.parse.clauses import ends_sentence, find_verb, in_subject_position
from scriptfmt.parse.people import Mention
from scriptfmt.parse.resolve import resolve_mention
from scriptfmt.parse.speakers import SpeechWords
from scriptfmt.parse.verdicts import Ctx, Said, Verdict
from scriptfmt.parse.view import View
from scriptfmt.parse.punctuation import PROSE_QUOTES

_PERSON = ("name", "pronoun", "role")
_FRAGMENT = 6  # tokens: fewer, and no subject, is a piece of the sentence before
_NO_VERB = frozenset(tomlfile.load_builtin("speech.toml")["no_verb_after"])  # `… Hon. John. Peter Amewu as the cause.`: a cut sentence


def set_up(c: Ctx) -> Verdict | None:
    """The quotation is the whole paragraph (or opens it and runs on to the next), with no attribution
    of its own; the paragraph before is narration, its last sentence opened by one person."""
    v, prev = c.view, c.hist.prev_view
    if c.first != 0 or prev is None or not prev.toks or c.hist.last_bite_para == prev.index:
        return None
    if c.quote.closed and c.after < len(v.toks):
        return None  # something follows it in its paragraph: an attribution or narration
    if any(not q.closed for q in prev.quotes):
        return None
    subject = _last_subject(prev, c.words)
    verdict = resolve_mention(c, prev, subject, "set-up") if subject is not None else None
    if (verdict is None or verdict.said is None) and (intro := _introduces_one(prev, c.words)) is not None:
        verdict = resolve_mention(c, prev, intro, "set-up")
    if verdict is not None and verdict.said is not None and _named_inside(c, verdict.said.pid):
        return None  # `“He (Adeyemo) stated that …` after `The 45-year-old … told the police …`: words about him, not his
    return verdict if verdict is not None and verdict.said is not None else None  # (unresolved: the later rules may know)


_OF_WORDS = frozenset(tomlfile.load_builtin("speech.toml")["of_words"])  # `sindaco di X`, `mayor of X`: X is a place
_INTRO_WORDS = 45  # a line that introduces the next speaker is one short sentence


def _introduces_one(v: View, words: SpeechWords) -> Mention | None:
    """`Di peso anche l’intervento del coordinatore dei piccoli Comuni, Massimo Castelli, che è anche sindaco
    di Cerignale.` / `Il sindaco di Vallo di Nera (Perugia), Agnese Benedetti.` over a paragraph that is only a
    quotation: a paragraph of one short sentence (its full stop, no label's colon), with no one's words reported
    in it, that names one person (and no one else by name), by the full name set off by a comma, introduces the
    speaker of the quotation under it."""
    if len(v.toks) > _INTRO_WORDS or any(e < len(v.toks) - 1 for e in v.ends) or v.quotes or find_verb(v.toks, 0, len(v.toks), words) is not None:
        return None
    if not v.text.rstrip().endswith(".") or ":" in v.text:
        return None  # a sentence of copy, never a label line (`Geschreven door: Edwin van Sas`)
    names = [m for m in v.mentions_in(0, len(v.toks)) if m.kind in ("name", "ambiguous") and not m.possessive and not (m.start and v.toks[m.start - 1].low in _OF_WORDS)]  # (`la sindaca di Borgo Alto`: a place)
    people = {m.person.pid if m.person else m.key for m in names}
    full = names[-1] if names and names[-1].end - names[-1].start >= 2 and names[-1].start and v.toks[names[-1].start - 1].trail.endswith(",") else None
    # (an introduction gives the full name set off by a comma, as the noun phrase's appositive: not `… af Holm selv,
    # men især også Lund`, nor `Police arrested Marvin Joseph, 24, …`, the object of a verb)
    return full if full is not None and len(people) == 1 and all(m.person is None or not m.person.organisation for m in names) else None


def _named_inside(c: Ctx, pid: str) -> bool:
    """The quotation names that person in a bracket the desk put in to say whom a pronoun means (`He
    (Adeyemo) stated …`, `she [Mrs Lee] was …`): words about them in the third person, so someone
    else's account of them (the later rules may know whose)."""
    person = c.tracker.by_pid.get(pid)
    if person is None:
        return False
    names = {w.lower() for w in person.words if len(w) > 2}
    return any(w[:1] in "([" and w.strip("()[],.;:").lower() in names for w in c.inner.split())


def reported_before(c: Ctx, v: View, start: int) -> tuple[int, int] | None:
    """`o prefeito … anunciou que as obras … irão começar na próxima semana, “Assinamos ontem …”.`: a sentence of reported
    speech (a verb of saying and its `que` / `that`) that its comma hands to a quotation closing it: that verb, however far
    back in the sentence; the quotation is the same speaker's own words."""
    if c.first <= start or v.text[c.quote.end :].lstrip()[:1] not in ("", ".", "!", "?") or not c.inner.lstrip(PROSE_QUOTES + " ")[:1].isupper():
        return None  # (the quotation closes the sentence, a sentence of its own words)
    joins = complementizers(c.words.lang) | {"that"}
    verb = find_verb(v.toks, start, c.first, c.words, last=True)
    return verb if verb is not None and verb[1] < c.first and v.toks[verb[1]].low in joins else None


_SOLE_WORDS = 10  # a quotation paragraph this long is someone's words, not a slogan or a title
_SOLE_REACH = 4  # paragraphs since the one speaker's last bite


def sole_speaker(c: Ctx) -> Verdict | None:
    """A paragraph that is a quotation and nothing else, whole sentences, in a story that has quoted one person only and
    reports no one else speaking (`The film … will release on Friday.` then `"It is always better to have …`): the desk
    gives that person's words paragraph after paragraph without saying so again; they are that person's. Not when the
    paragraphs since the bite name again someone the story met before it (who may be the one speaking now)."""
    v, h = c.view, c.hist
    if c.first != 0 or c.quote.closed and c.after < len(v.toks) or h.last is None or not h.last.pid or len(h.speakers) != 1:
        return None
    if v.index - h.last_bite_para > _SOLE_REACH or len(c.inner.split()) < _SOLE_WORDS or not c.inner.lstrip(PROSE_QUOTES + " ")[:1].isupper():
        return None
    if any(pid != h.last.pid for _, pid in c.tracker.speaking):
        return None  # someone else is reported speaking: no telling
    for p in h.recent:  # `… bunden ud af Holm selv, men især også Lund`: someone the story had named before the bite, named again since
        if h.last_bite_para < p.index < v.index and any(m.person is not None and m.person.pid != h.last.pid and m.person.order < h.known_at_bite for m in p.mentions if m.kind in ("name", "ambiguous")):
            return None  # (a film's new cast list names no one who may speak)
    return Verdict(Said(h.last.speaker, h.last.pid, "sole-speaker"))


_CHAIN_PARAS = 7  # a run of sentences with no subject goes back this many paragraphs (this one included; web copy runs one sentence a paragraph)


def chained_subject(c: Ctx) -> Verdict | None:
    """`El presidente Martín Vizcarra se refirió … . Señaló que … . Respecto a …, mencionó que … . «…», manifestó.`:
    in a language that drops the subject, a verb of saying with no one named goes on with the person who opened
    the run of subjectless sentences before it: the subject of the latest sentence that names anyone, in this
    paragraph before the quotation or the two before it. None when that sentence names people but none of them
    is its subject (`La policía detuvo a X`), or when someone's bite stands in between (the rules on bites decide)."""
    views = [(c.view, c.first)] + [(p, len(p.toks)) for p in reversed(c.hist.recent[:-1]) if p.index < c.view.index][: _CHAIN_PARAS - 1]
    for v, end in views:
        if v.index <= c.hist.last_bite_para:
            return None
        found, stop = _subject_before(v, end, c.words)
        if found is not None:
            verdict = resolve_mention(c, v, found, "dropped-subject")
            return verdict if verdict.said is not None else None
        if stop:
            return None
    return None


def under_bite(c: Ctx, v: View, a: int, b: int) -> Verdict | None:
    """`Dentro de ese marco, afirmó “que no hay crisis …”` right under the mayor's bites: in a language that drops
    the subject, a sentence opening its paragraph with a verb of saying and no one named before it goes on with
    the one quoted in the paragraph above or the one before that. toks[a:b]: the words before the verb."""
    if v is not c.view or v.clause_start(a, 0) != 0 or not tables().get(c.words.lang, {}).get("drops_subject"):
        return None
    last = c.hist.last
    if last is None or not last.pid or not 0 < c.view.index - c.hist.last_bite_para <= 2 or any(m.kind != "thing" for m in v.mentions_in(0, b)):
        return None
    return Verdict(Said(last.speaker, last.pid, "dropped-subject"))


def _last_subject(v: View, words: SpeechWords) -> Mention | None:
    """The subject of the paragraph's last sentence that mentions anyone (`Woodhead took experience
    from … . It was a different time.`: Woodhead); None when that sentence names people but none
    of them opens it (`Police arrested Marvin Joseph …`), nor when it reports the words of someone unnamed."""
    return _subject_before(v, len(v.toks), words)[0]


def _subject_before(v: View, end: int, words: SpeechWords) -> tuple[Mention | None, bool]:
    """`_last_subject` of toks[:end], and whether a sentence there stops the search (it names people, none its subject)."""
    while end > 0:
        start = v.clause_start(end, 0)
        if any(m.kind != "thing" for m in v.mentions_in(start, end)):
            subject = sentence_subject(v, start, end, words)
            if subject is not None or end - start >= _FRAGMENT:
                return subject, True
        elif end - start >= _FRAGMENT and find_verb(v.toks, start, end, words) is not None and v.toks[start].low in indefinite_articles(words.lang):
            return None, True  # `A member of NATA, who craved for anonymity, said …`: someone unnamed reported the words under it
        end = start  # (a few words cut off by a stray full stop, `Hon. John. Peter Amewu as the cause.`: the sentence before)
    return None, False


def sentence_subject(v: View, start: int, end: int, words: SpeechWords) -> Mention | None:
    """The person who opens the sentence toks[start:end] as its subject (after an opening phrase up to
    its comma, and titles or modifiers), with a verb after them: a name, he / she, or a role noun."""
    people = [m for m in v.mentions_in(start, end) if m.kind != "thing" and not v.quoted(m.start)]
    if not people or people[0].kind not in _PERSON or people[0].possessive or not in_subject_position(v.toks, start, people[0].start):
        return None
    first = people[0]  # (not `Police arrested Ali …`: after a verb, an object)
    if first.kind == "role" and len(people) > 1 and people[1].kind == "name" and v.toks[first.end - 1].trail.endswith(",") and people[1].start - first.end <= 2:
        first = people[1]  # `The Ashanti Regional Minister, Simon Osei Mensah has …`: the name the role introduces
    elif first.kind == "role" and len(people) > 1 and people[1].kind == "name" and first.start < people[1].start <= first.end < people[1].end and not v.toks[first.end - 1].trail:
        first = people[1]  # `El presidente Martín Vizcarra se refirió …`: the role is the name's title
    k = first.end
    if v.toks[k - 1].trail.endswith(","):  # `Fadillah Yusof, who is also …, told reporters`: past the appositive
        k = next((j + 1 for j in range(k, min(k + 15, end)) if v.toks[j].trail.endswith(",")), k)
    if k >= end or v.toks[k - 1].trail.endswith((".", "!", "?", ":", ";")):
        return None
    nxt = v.toks[k]
    verb = nxt.core[:1].islower() or v.caps and nxt.core.isalpha()  # (all-capitals copy: `…, ARRIVED THIS MORNING.`)
    return first if verb and nxt.low not in words.ands and nxt.low not in _NO_VERB else None


def about_one(c: Ctx) -> Verdict | None:
    """`Kolff gaat niet zo ver. "We moeten realistisch blijven."`: a quotation that ends its paragraph
    with no attribution, right after a sentence of that paragraph that reports no one's words and
    opens on one person (by name, or a he / she that means them), is that person's."""
    v, said = c.view, c.hist.said_here
    if c.after < len(v.toks) or c.first <= c.floor or not ends_sentence(v.toks[c.first - 1]):
        return None
    if said is None and (whole := _all_about_last(c, v)) is not None:
        return whole
    start = v.clause_start(c.first, c.floor)
    if find_verb(v.toks, start, c.first, c.words) is not None or any(v.quoted(k) for k in range(start, c.first)):
        return None
    if v.toks[start].low.endswith(("ing", "ed")) and v.toks[start].core[:1].isupper():  # `Asked whether she would sell, she shakes her head.`
        start = next((k + 1 for k in range(start, c.first - 1) if v.toks[k].trail.endswith(",")), start)
    people = [m for m in v.mentions_in(start, c.first) if m.kind != "thing"]
    opens = start + _source_len(v, start, c.words)  # (`Volgens burgemeester X wordt …. ,,…''`, `Según la alcaldesa, …. "…"`: the source opens it)
    if not people or people[0].start > opens or people[0].kind not in ("name", "pronoun") or any(m.kind != "name" or m.person is not people[0].person for m in people[1:]):
        return None
    if said is not None and (people[0].kind != "name" or people[0].person is None or people[0].person.surname.lower() in said.speaker.name.lower().split() or people[0].person.pid == said.pid):
        return None  # (after a bite of this paragraph, only a sentence opening on someone new by name: `Peter Kalvos, who …, managed to escape. "…`)
    return resolve_mention(c, v, people[0], "about-one")


def _all_about_last(c: Ctx, v: View) -> Verdict | None:
    """`Dat mensen boos werden, vindt Jager logisch. Voor hem maakte de avond duidelijk … "…"`: a quotation
    ending a paragraph whose narration names only the last speaker (by name, or a he / she / him), the
    paragraph right after their bite, is theirs."""
    last = c.hist.last
    if last is None or v.index - c.hist.last_bite_para != 1:
        return None
    people = [m for m in v.mentions_in(0, c.first) if m.kind != "thing"]
    named = [m for m in people if m.kind == "name" and m.person is not None and m.person.pid == last.pid]
    named_ids = {id(m) for m in named}  # (identity: `m not in named` compared dataclasses, quadratic on a long paragraph)
    if not named or any(m.kind not in ("name", "pronoun") or m.kind == "name" and id(m) not in named_ids for m in people):
        return None
    return Verdict(Said(last.speaker, last.pid, "about-one"))


def _source_len(v: View, k: int, words: SpeechWords) -> int:
    """How many words of a source (`volgens`, `según`, `selon`, `laut`, `according to`) open toks[k:], else 0."""
    if v.toks[k].low in source_words(words.lang):
        return 1
    return 2 if k + 1 < len(v.toks) and (v.toks[k].low, v.toks[k + 1].low) == ("according", "to") else 0
