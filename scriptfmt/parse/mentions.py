"""Find the mentions in one paragraph's tokens and link them to the story's people. Left to right, one look at each token
(and at most a few tokens back for a title's describing words): titles, honorifics, names, appositives, pronouns, role
nouns and non-person subjects. Sentence numbers come from the same pass."""

from __future__ import annotations

import bisect, re  # noqa: E401  (one line: the module stays under 400 code lines)
from functools import lru_cache

import regex

from scriptfmt.parse.appositives import APPOSITIVE_STOP as _APPOSITIVE_STOP, DETERMINERS as _DETERMINERS, NATIONAL as _NATIONAL, acronym_role, aged_after, one_title, postposed_adjective, qualified_role, aged_name, modifiers_start, skip_words, family_name, joins_role, noun_phrase, relative_named, role_before_place, role_before_who
from scriptfmt.parse.clauses import capitals_lede, find_verb, fronted_subject, participle_openers, sentence_end, sentence_ends_at, speaks_at, unnamed_sources
from scriptfmt.parse.languages import after_source, local_honorifics, speaker_slot, suffixed_articles
from scriptfmt.parse.offices import office_mention
from scriptfmt.parse.orgnames import body_end, no_name_here, person_after_body
from scriptfmt.parse.names import NameShape, bare, department_title, org_runs_on, honorific_len, job_title, name_at, name_data, name_word, office_goes_on, organisation, place_name, portfolio, sentence_adverb
from scriptfmt.parse.people import COMPANION, Mention, Person, Tracker, age_role, role_age
from scriptfmt.parse.titles import FOREIGN_OF
from scriptfmt.parse.voxpops import unnamed_speakers
from scriptfmt.parse.speakers import Token
from scriptfmt.parse.subjects import copula_role, phrase_role_subject, reported_pronouns, role_subject

_SENTENCE_END = re.compile(r"[.!?][\"”’»«“)\]]*(?=\s|$)")  # `écrite.»`, `drin.“`: every press's closing marks
# Where a mention can start: a token opening (after quote marks or a bracket) with a capital,
# a digit (`16-year-old`) or a hyphen prefix (`al-Sudani`). One C-speed pass over the text.
@lru_cache(maxsize=1)
def _candidates() -> regex.Pattern:  # compiled on first use, not at import (start-up time)
    return regex.compile(r"(?<!\S)[\"“‘'(\[«„—–-]*(?:\p{Lu}|\p{N}|(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-)")
_OPENING_PRONOUNS = {"he": "m", "she": "f", "his": "m", "her": "f"}  # `… Kang Tae-sik toured the market. His deputy …`
_PLACE_OF = FOREIGN_OF | {"of"}  # `provincia de`, `city of`: a place noun's `of`


_ROLE_OPENERS = frozenset(("the", "his", "her"))  # a sentence opened by `the mayor` / `his sister` is about that person


class Scanner:
    """Scans paragraphs in story order into mentions, updating the tracker."""

    def __init__(self, tracker: Tracker) -> None:
        self.tracker = tracker
        self.words = tracker.words
        self.data = name_data()
        self.pending_role: tuple[str, int] | None = None  # an unnamed `a 16-year-old` waiting for a name
        self.scanned = 0  # paragraphs scanned so far
        self.places: set[tuple[str, ...]] = set()  # names the story has written as places (`provincia de Santiago del Estero`)
        self.skip = skip_words(self.words, self.data) - frozenset(self.words.pronouns)  # `sagte er`
        self.suffixed = suffixed_articles(self.words.lang)  # (none in English: `endswith(())` is False)
        self.local_honours = local_honorifics(self.words.lang)  # French `M. Ouattara`

    def scan(self, text: str, toks: list[Token], starts: list[int], quotes: list, caps_text: bool) -> tuple[list[Mention], list[int]]:
        """Mentions outside quotations that start with a capital (names, titles, honorifics, `He`), and the tokens that end
        a sentence. Lower-case anaphors (`she`, `the mayor`) are read where an attribution needs them (lower_mentions)."""
        ends = [k for k in (bisect.bisect_right(starts, m.start()) - 1 for m in _SENTENCE_END.finditer(text)) if k >= 0 and sentence_ends_at(toks[k])]
        mentions: list[Mention] = []
        qstarts = [q.start for q in quotes]
        free = 0  # tokens before this one belong to a mention already
        skip = self.skip
        lede = 0 if caps_text else capitals_lede(toks)
        for m in _candidates().finditer(text):
            at = m.start()
            k = bisect.bisect_left(starts, at)
            if k < free or k >= len(toks):
                continue
            q = bisect.bisect_right(qstarts, at) - 1
            if q >= 0 and at < quotes[q].end:
                continue  # inside a quotation: the speaker's words, not the story's
            # a sentence word (`The`, `Officials`) starts nothing: skipped here, without a call
            free = k + 1 if toks[k].low in skip else max(self.mention_at(toks, k, caps_text or k < lede, mentions), k + 1)
        mentions.sort(key=lambda m: (m.start, -m.end))
        reach = -1  # a mention inside a longer one read later (`the chief executive of Harland Water, Fiona Gault`) is part of it
        mentions = [m for m in mentions if m.end > reach and (reach := max(reach, m.end)) >= 0]
        self.place(mentions, self.tracker.sentence, self.tracker.base, ends)
        companion = False
        opening = participle_openers(toks, ends)
        for m in mentions:
            before = toks[m.start - 1] if m.start else None
            companion = before is not None and (before.low in self.data.companions or before.low == "and" and companion) or m.start in opening
            if m.person is not None:
                self.tracker.seen(m.person, m.sentence, m.pos, minor=m.possessive or (COMPANION if companion else False))
                if m.kind == "name" and (m.start == 0 or m.start - 1 in ends):
                    self.tracker.opener.setdefault(m.sentence, m.person.pid)  # `Cr Albert defended …, saying Cr Kenyon …` then `He said …`
                if speaks_at(toks, m.end, self.words):
                    self.tracker.speaking.add((m.sentence, m.person.pid))  # `… Friedrich Merz told journalists`
            elif m.kind == "pronoun" and (m.start == 0 or m.start - 1 in ends):
                self.tracker.pronoun_subject[m.sentence] = m.gender  # `He noted …`: the sentence is about him
        reported_pronouns(self.tracker, toks, ends)
        for n, k in enumerate([0, *(e + 1 for e in ends)]):
            k = next((j for j in range(k + 1, len(toks)) if j not in opening), k) if k + 1 in opening else k  # `Speaking on the occasion, the minister …`
            q = bisect.bisect_right(qstarts, starts[k]) - 1 if k < len(toks) else -1
            if k < len(toks) and toks[k].low in _OPENING_PRONOUNS and not (q >= 0 and starts[k] < quotes[q].end):
                self.tracker.pronoun_evidence(self.tracker.sentence + n - 1, _OPENING_PRONOUNS[toks[k].low])
            if k + 1 < len(toks) and toks[k].low in _ROLE_OPENERS and not toks[k].trail and not (q >= 0 and starts[k] < quotes[q].end):  # `His sister was …`
                copula_role(self.tracker, toks, k + 1, mentions)
                role_subject(self.tracker, self.is_role, toks, k + 1, self.tracker.sentence + n)
            elif k < len(toks) and not (q >= 0 and starts[k] < quotes[q].end):
                phrase_role_subject(self.tracker, self.is_role, toks, k, self.tracker.sentence + n)
        named = {m.start for m in mentions if m.kind == "name"}
        for k, noun in unnamed_sources(toks, named, self.words.verbs, lambda k: (q := bisect.bisect_right(qstarts, starts[k]) - 1) >= 0 and starts[k] < quotes[q].end):
            speaking = k + 1 < len(toks) and not toks[k].trail and toks[k + 1].low in self.words.verbs
            self.tracker.unnamed(noun, self.tracker.sentence + bisect.bisect_left(ends, k), self.tracker.base + k, speaking)
        for k, noun in unnamed_speakers(toks, named, self.words, lambda k: (q := bisect.bisect_right(qstarts, starts[k]) - 1) >= 0 and starts[k] < quotes[q].end):
            self.tracker.unnamed(noun, self.tracker.sentence + bisect.bisect_left(ends, k), self.tracker.base + k, True)  # `One woman said …` (parse/voxpops.py)
        self.tracker.sentence += len(ends)
        self.tracker.base += len(toks)
        self.scanned += 1
        return mentions, ends

    @staticmethod
    def place(mentions: list[Mention], first_sentence: int, base: int, ends: list[int]) -> None:
        for m in mentions:
            m.sentence, m.pos = first_sentence + bisect.bisect_left(ends, m.start), base + m.start

    def lower_mentions(self, toks: list[Token], a: int, b: int) -> list[Mention]:
        """Pronouns, role nouns and things in toks[a:b] (`she said`, `the mayor said`, `the report said`)."""
        out: list[Mention] = []
        k = max(a, 0)
        while k < min(b, len(toks)):
            low = toks[k].low
            low = low[:-1] if low[-1:] == "." and low[:-1] in self.words.pronouns else low  # `sagte er.`, `zei ze.`: the tokenizer kept the stop of a two-letter word
            if low in self.words.pronouns:
                out.append(Mention(k, k + 1, "pronoun", 0, key=low, gender=self.words.pronouns[low]))
            elif (office := office_mention(toks, k, self.data.nations, self.words)) is not None:
                out.append(office)  # `le chef de l'Etat français`: the story's president, not its latest `chef`
                k = office.end
                continue
            elif low[:2] in ("l’", "l'") and self.words.lang != "en" and self.is_role(low[2:]):  # `témoigne l’édile`: the article written onto its noun
                out.append(Mention(k, k + 1, "role", 0, key=low[2:], gender=self.data.roles.get(low[2:]) or None))
            elif self.is_role(low) or role_age(toks[k]):
                end = self._role(toks, k, out)
                k = max(end, k + 1)
                continue
            elif low in self.data.not_people:
                out.append(Mention(k, k + 1, "thing", 0, key=low))
            k += 1
        return out

    def _titled(self, toks: list[Token], k: int) -> bool:
        return k < len(toks) and not toks[k - 1].trail and (self.is_role(toks[k].low) or (toks[k].low,) in self.words.titles)

    def is_role(self, low: str) -> bool:
        """A role noun: from the data (`mayor`) or what this story called someone (`fisherman`, `Spaniard`)."""
        return low in self.data.roles or low in self.tracker.role_words or low in self.data.nations.get(low, ()) or self.describes(low)

    def describes(self, low: str) -> bool:
        """A noun the desk uses to describe again the person just named (`der SPD-Politiker`)."""
        return bool(self.words.descriptors) and low.endswith(self.words.descriptors)

    # --- one mention ------------------------------------------------------------------
    def mention_at(self, toks: list[Token], i: int, caps: bool, out: list[Mention]) -> int:
        tok = toks[i]
        low = tok.low
        if low in self.skip or no_name_here(toks, i, self.local_honours, self.words):
            return i + 1
        if low in self.words.pronouns:
            out.append(Mention(i, i + 1, "pronoun", 0, key=low, gender=self.words.pronouns[low]))
            return i + 1
        if (office := office_mention(toks, i, self.data.nations, self.words)) is not None:
            out.append(office)  # `das Staatsoberhaupt`, `Head of State`: the story's holder of the office
            return office.end
        honour = honorific_len(toks, i, self.data) or int(low in self.local_honours)
        if honour and i + honour < len(toks):
            before = self._title_before(toks, i)  # `County health director Dr. Angela Moreno`
            if before is not None:
                return before(out, caps)
            shape = name_at(toks, i + honour, self.words, caps, titled=True)
            if shape and shape.first is None and low in self.data.peerage and shape.surname not in self.tracker.by_surname:
                shape = NameShape([tok.core, *shape.words], i, shape.end, shape.surname, None, shape.possessive)  # `Lord Hawkridge`
            if shape:
                # `Mr. Adeyemi` attests a surname; `Sir Nigel` names the given name of someone already met
                phrase = " ".join(t.low for t in toks[i : i + honour])
                given = phrase in self.data.given_titles
                return self._named(toks, i, shape, None, self.data.honorifics.get(phrase, self.local_honours.get(phrase)) or None, out, attested=low not in self.data.given_first, given=given)
        title = self._title_at(toks, i)
        if title and i and not toks[i - 1].trail and toks[i - 1].core in self.data.body_articles:
            shape = name_at(toks, i + title[1], self.words, caps)
            end = shape.end if shape else i + title[1]
            out.append(Mention(i, end, "thing", 0, key=low))
            return end  # `a member of An Garda Síochána`: a state body, not Garda Síochána the person
        if (title or low in self.words.org_words) and self._surname_alone(toks, i):  # (`sagte Trust.` for Dietmar Trust)
            out.append(Mention(i, i + 1, "name", 0, person=self.tracker.by_surname[low][0]))
            return i + 1  # `Chris Bishop` … `Bishop said`: the surname, not the title
        if title:
            return self._after_title(toks, i, title, caps, out)
        if low in self.data.roles or role_age(tok) or self.is_role(low) and i and (toks[i - 1].low in self.words.determiners or role_age(toks[i - 1])) and not self._titled(toks, i + 1):
            return self._role(toks, i, out)  # `the Spaniard said`, `the 22-year-old Pole` (not `the Kenyan official …`)
        if job_title(toks, i, self.words, caps) and low not in self.tracker.by_surname:
            return self._after_title(toks, i, (tok.core, 1), caps, out)  # `Fishmonger Kim Bok-soon, 74,`
        if name_word(tok, self.words, caps) and not sentence_adverb(toks, i, sentence_end(toks[i - 1]) if i else True):
            if org_runs_on(toks, i, self.words) and (shape := name_at(toks, i, self.words, caps)):
                out.append(Mention(i - 1, (person := person_after_body(toks, i, shape, self.words, caps, self.data.first_names)) and person.start or shape.end, "thing", 0, key=toks[i - 1].low))
                return self._name_run(toks, person.start, person, caps, out) if person else shape.end  # `da Federação Nacional dos Médicos, Joana Castro`; `della Regione Toscana Eugenio Giani`
            before = self._title_before(toks, i)
            if before is not None:
                return before(out, caps)
            shape = name_at(toks, i, self.words, caps)
            if shape and i and not toks[i - 1].trail and toks[i - 1].low in self.data.work_nouns:
                out.append(Mention(i, shape.end, "thing", 0, key=toks[i - 1].low))
                return shape.end  # `programme Morning Ireland`: a work's title, not a person
            if shape and shape.end < len(toks) and not toks[shape.end - 1].trail and self._title_at(toks, shape.end):
                return shape.end  # `St. Clair County Sheriff …`: describing words of the title that follows
            if shape and (end := body_end(toks, shape.end, self.words)):
                out.append(Mention(i, end, "thing", 0, key=toks[end - 1].low))
                return end  # `the Environmental Protection Agency`, `Thyborøn Fiskeriforening`: an organisation
            if shape:
                return self._name_run(toks, i, shape, caps, out)
        if low in self.data.not_people:
            out.append(Mention(i, i + 1, "thing", 0, key=low))
        return i + 1

    def _place_of(self, toks: list[Token], i: int, words: list[str]) -> bool:
        """`provincia de Santiago del Estero`, `the city of Port Louis`: a place noun and its `of` before the
        name; or a name of two words or more the story already wrote as a place."""
        if tuple(w.lower() for w in words) in self.places:
            return True
        return i > 1 and toks[i - 1].low in _PLACE_OF and toks[i - 2].low in self.data.place_nouns and not toks[i - 2].trail and not toks[i - 1].trail

    def _surname_alone(self, toks: list[Token], i: int) -> bool:
        """A title word that is also the surname of one person in the story, with no name after it."""
        known = self.tracker.by_surname.get(toks[i].low, [])
        if len(known) != 1 or not toks[i].core[:1].isupper():
            return False
        return i + 1 >= len(toks) or bool(toks[i].trail) or not toks[i + 1].core[:1].isupper()

    def _title_at(self, toks: list[Token], i: int) -> tuple[str, int] | None:
        """A run of titles from toks[i] (`Lt. Gen.`, `director Dr.`): (label, tokens)."""
        labels: list[str] = []
        j = i
        while j < len(toks):
            honour = honorific_len(toks, j, self.data) if labels else 0
            if honour and j + honour < len(toks):
                j += honour  # `health director Dr. Angela Moreno`, `Minister Datuk Seri Reezal …`: the honorific is dropped
                continue
            one = one_title(self.words, toks, j)
            if one is None:
                break
            label, k = one
            written = [t.core for t in toks[j : j + k]]
            labels.append(label if written[-1].endswith(".") else " ".join(written))
            j += k
            if toks[j - 1].trail.strip("."):
                break
        return (" ".join(labels), j - i) if labels else None

    def _title_before(self, toks: list[Token], i: int):
        """A lower-case title or role right before a name (`union leader Pieter Aagaard`, `a new safety director, Ana Ruiz`)."""
        if i == 0 or self._surname_alone(toks, i):  # `his years as an actor, Kumar added`: the one Kumar, no appositive
            return None
        prev = toks[i - 1]
        if not prev.trail and prev.core[:1].islower() and relative_named(toks, i - 1, prev.low):
            return lambda out, caps: self._role(toks, i - 1, out)  # `Aart Smulders' daughter Lieke, 16,`
        if prev.trail == "," and (prev.low in self.data.roles or (prev.low,) in self.words.titles) and (prev.core[:1].islower() or prev.core.isupper()):
            return lambda out, caps: self._role(toks, i - 1, out)
        if prev.trail == "," and i > 1 and qualified_role(self.words, toks[i - 2], prev):
            return lambda out, caps: self._role(toks, i - 2, out)  # `Le président français, François Hollande,`
        role = role_before_place(toks, i, self.is_role, self.words) if prev.trail == "," else None
        role = role_before_who(toks, i, self.is_role, self.words) if prev.trail == "," and role is None else role
        if role is not None:
            return lambda out, caps: self._role(toks, role, out)
        # a foreign desk's title with its department: `le ministre de l’Économie Bruno Le Maire`
        if (found := department_title(toks, i, self.words)) and (shape := name_at(toks, found[2], self.words, False, titled=True)) or prev.trail or not prev.core[:1].islower():
            return (lambda out, caps: self._named(toks, found[1], shape, found[0], None, out, attested=True)) if found and shape else None
        if i > 1 and not toks[i - 2].trail and postposed_adjective(self.words, toks[i - 2], prev):  # `el alcalde reelecto César Rivas`
            return lambda out, caps: self._after_title(toks, i - 2, (f"{toks[i - 2].core} {prev.core}", 2), caps, out)
        for n in range(min(self.words.title_len, i), 0, -1):
            one = one_title(self.words, toks, i - n)
            if one and one[1] == n:
                title = self._title_at(toks, i - n)  # as written, honorific dropped
                return lambda out, caps: self._after_title(toks, i - n, title, caps, out)
        return None

    def _after_title(self, toks: list[Token], i: int, title: tuple[str, int], caps: bool, out: list[Mention]) -> int:
        label, n = title
        j = i + n
        j += honorific_len(toks, j, self.data) if j < len(toks) and not toks[j - 1].trail.strip(".") else 0  # `Minister Tan Sri Noh Omar`
        shape = name_at(toks, j, self.words, caps, titled=True) if j < len(toks) and not toks[j - 1].trail.strip(".") else None
        if shape is not None and len(shape.words) == 1 and office_goes_on(toks, shape.end, self.words):
            shape = None  # `do ministro Adjunto e dos Assuntos Parlamentares`: the office's name, no person
        if shape is not None and len(shape.words) == 1 and not toks[shape.end - 1].trail and (rank := self._title_at(toks, shape.end)):  # `Kapolres Sleman AKBP Budi`: the office's place, a rank
            return self._after_title(toks, i, (f"{label} {shape.words[0]} {rank[0]}", shape.end + rank[1] - i), caps, out)
        department = portfolio(toks, j, self.words, caps) if shape is None else None
        if department is not None:  # `Commissioner for Transport Babatunde Adeyemi`
            label, shape = f"{label} {department[0]}", department[1]
        if shape is None:
            if toks[j - 1].low in self.data.roles or toks[i].low in self.data.roles or self.words.noun_caps and i and toks[i - 1].low in self.words.determiners:
                return self._role(toks, j - 1, out)  # (`fragt der Ministerpräsident`: a compound title with its article is a role)
            return j
        start = modifiers_start(toks, i, self.words) if self.words.lang == "en" else i  # German nouns are no modifiers
        full = " ".join([t.core for t in toks[start:i] if t.low not in self.data.dropped] + [label])
        full = full.upper() if caps else full  # all-capitals copy: one case for the super
        given = label.lower() in self.data.given_titles or label.lower().rsplit(" ", 1)[-1] in self.data.given_titles
        return self._named(toks, start, shape, full, None, out, attested=True, given=given)

    def _named(self, toks, start: int, shape: NameShape, title: str | None, gender: str | None, out: list[Mention], attested: bool, given: bool = False) -> int:
        person = self.tracker.person_for(shape, gender, attested, given)
        if person is not None and not person.pid and self.pending_role and self.scanned - self.pending_role[1] <= 1:
            person.roles.add(self.pending_role[0])  # the first person named after `A 16-year-old …` is them
            self.pending_role = None
        if person is None:
            out.append(Mention(start, shape.end, "ambiguous" if shape.surname in self.tracker.by_surname else "thing", 0, key=shape.surname, gender=gender))
            return shape.end
        self.tracker.describe(person, title, {title.split()[-1].lower()} if title else None)
        for k in (start - 1, shape.end + 1 if shape.end < len(toks) and toks[shape.end].low in ("of", "from") else shape.end):
            if 0 <= k < len(toks) and bare(toks[k].core)[0].lower() in self.data.nations and (k < start or not toks[shape.end - 1].trail.strip(")")):
                self.tracker.tie(person, bare(toks[k].core)[0])  # `Spain's Carlos Ruiz`, `Ruiz of Spain`, `Ruiz (Spain)`
        out.append(Mention(start, shape.end, "name", 0, person=person, possessive=shape.possessive))
        return self._appositive(toks, shape, person)

    def _name_run(self, toks: list[Token], i: int, shape: NameShape, caps: bool, out: list[Mention]) -> int:
        words = shape.words
        if len(words) >= 3:  # `Harbor Master Lena Ortiz`: the name starts at a known first name
            k = next((k for k in range(1, len(words) - 1) if words[k].lower() in self.data.first_names), 0)
            if k and words[0].lower() not in self.data.first_names and words[-1].lower() not in self.data.suffixes:
                rest = name_at(toks, i + k, self.words, caps)
                if rest:
                    return self._named(toks, i, rest, " ".join(words[:k]), None, out, attested=True)
        if len(words) > 2 and i > 0 and toks[i - 1].low == "the" and words[0].isupper() and len(words[0]) <= 4 and not caps:
            rest = name_at(toks, i + 1, self.words, caps)
            if rest is not None and rest.first is not None:  # `ambassador to the US Yousef Al Otaiba`: the country, then the person
                out.append(Mention(i, i + 1, "thing", 0, key=words[0].lower()))
                return self._name_run(toks, i + 1, rest, caps, out)
        if len(words) > 2 and i > 1 and toks[i - 1].low in ("of", "for") and not toks[i - 2].trail and (self.is_role(toks[i - 2].low) or (toks[i - 2].low,) in self.words.titles):
            department = portfolio(toks, i - 1, self.words, caps)  # `deputy chief minister of Delhi Manish Sisodia`
            if department is not None:
                first = modifiers_start(toks, i - 2, self.words)
                return self._named(toks, i, department[1], " ".join([t.core for t in toks[first : i - 1]] + [department[0]]), None, out, attested=True)
        if (i == 0 or sentence_end(toks[i - 1])) and not shape.possessive and toks[shape.end - 1].trail != "," and (known := self.tracker.described(shape)):
            out.append(Mention(i, shape.end, "name", 0, person=known))  # `Angry Outa accused …`: Fred Outa
            return shape.end
        known = self.tracker.by_surname.get(shape.surname, []) if i > 0 and toks[i - 1].core[:1].isupper() and toks[i - 1].low in self.data.particles else []
        if len(known) == 1 and len(known[0].words) > 2:  # `Van Zanen was geliefd`: the particle opens the surname of Jan van Zanen
            out.append(Mention(i - 1, shape.end, "name", 0, person=known[0]))
            return shape.end
        if i > 0 and toks[i - 1].low in self.words.place_before and not toks[i - 1].trail and not caps or words[0].lower().rstrip(".") in self.data.place_openers | self.data.thing_openers or place_name(words) or self._place_of(toks, i, words):
            # `the Mississippi Delta` (a person is never `the …`), `in Kuala Lumpur`, `St Thomas' Hospital`,
            # `la provincia de Santiago del Estero` (and the same words later, `en su visita a Santiago del Estero`): a place
            if len(words) > 1:
                self.places.add(tuple(w.lower() for w in words))
            out.append(Mention(i, shape.end, "thing", 0, key=words[0].lower()))
            return shape.end
        if (caps or self.words.noun_caps) and shape.first is not None and shape.first.split()[0] not in self.data.first_names:
            known = self.tracker.by_surname.get(shape.surname)
            said = i > 0 and (toks[i - 1].low in self.words.verbs or toks[i - 1].raw in ("—", "–", "--")) or find_verb(toks, shape.end, shape.end + 1, self.words) is not None  # `René Wilke kündigte an`
            said = said or shape.possessive and shape.end < len(toks) and (self.is_role(toks[shape.end].low) or toks[shape.end].low in self.data.relations) or (  # `CORINNE BABINEAUX'S SON`
                self.words.noun_caps and i > 0 and not toks[i - 1].trail and self.is_role(toks[i - 1].low))  # `sagte die Grünen-Politikerin Merve Aydın`: a role noun names who follows
            if not known and not said and not after_source(toks, i, shape.end, self.words):
                return shape.end  # all-capitals copy: a known first name, or a verb of saying beside it, makes a new person
        # `„…“, so Dybowski.`, `”, señaló Saavedra.`: a bare surname (or the given name of one named before); `Isabelle, 54 ans,`
        return self._named(toks, i, shape, None, None, out, attested=(slot := speaker_slot(toks, i, shape.end, self.words)) or aged_after(toks, shape.end), given=slot)

    def _appositive(self, toks: list[Token], shape: NameShape, person: Person) -> int:
        """`, a lawyer for the family,` / `, 16,` / `of the National Beekeepers Alliance`."""
        j = shape.end
        last = toks[j - 1]
        if j >= len(toks) or shape.possessive:
            return j
        if last.trail == "," and age_role(toks[j]) and toks[j].trail.startswith((",", ".")):
            person.roles.add(age_role(toks[j]))
            if toks[j].trail.startswith(",") and j + 1 < len(toks):  # `Amara Bell, 41, a nurse from Peckham, said`
                title, end = noun_phrase(self.words, toks, j + 1)
                if title:
                    self.tracker.describe(person, title if title.split()[-1].lower() not in self.data.relations else None, set(title.lower().split()), appositive=True)
                    return end
            return j + 1
        if last.trail == ",":
            self.tracker.add_role(person, acronym_role(toks, j))  # `Mr Samuel Agyekum, the District Chief Executive (DCE) of …,` … `the DCE added`
            title, end = noun_phrase(self.words, toks, j)
            fronted = bool(title) and fronted_subject(toks, shape.start, end, self.words.verbs)
            if title and not fronted:
                self.tracker.describe(person, title if title.split()[-1].lower() not in self.data.relations else None, set(title.lower().split()), appositive=True)
            return j if fronted else end  # `Preguntado sobre Fariñas, el jefe … respondió`: the role is the subject
        if not last.trail and toks[j].low in ("of", "from", "at"):
            org, end = organisation(self.words, toks, j + 1, single=toks[j].low != "of")
            if org:  # `Sharon Phillips from BGA AgriServices Toogoolawah said`: she speaks, not the firm
                self.tracker.describe(person, org if toks[j].low != "from" else None)  # `from` may be a place
                return end  # the organisation's words are not names
        return j

    def _role(self, toks: list[Token], i: int, out: list[Mention]) -> int:
        """A role noun: `her husband, Tom Ruiz,` describes a name; `the mayor said` is an anaphor."""
        tok = toks[i]
        if role_age(tok) and not tok.trail and i + 1 < len(toks) and self.is_role(toks[i + 1].low):
            return self._role(toks, i + 1, out)  # `the 22-year-old Spaniard`: the noun is the role
        self.pending_role = (role_age(tok), self.scanned) if aged_name(toks, i, self.words) else self.pending_role  # `17-year-old Leo Park`
        role = role_age(tok) or tok.low
        start = i
        while start > 0 and i - start < 4 and not toks[start - 1].trail and toks[start - 1].low not in _APPOSITIVE_STOP and (
            toks[start - 1].core[:1].islower() or toks[start - 1].low in self.words.determiners or toks[start - 1].core.endswith(("'s", "’s"))
            or _NATIONAL.fullmatch(toks[start - 1].core) or role_age(toks[start - 1])
            or toks[start - 1].core.isupper() and (tok.core.isupper() or len(toks[start - 1].core) <= 5) and toks[start - 1].low not in self.words.verbs):  # `the mayor`, `her husband`, `Nahel's grandmother`, `The French ambassador`, `THE UNION PRESIDENT`
            start -= 1
            if toks[start].low in self.words.determiners or toks[start].core.endswith(("'s", "’s")):
                break
        k = start
        while start == i and k > 0 and i - k < 3 and not toks[k - 1].trail and toks[k - 1].core[:1].isupper():
            k -= 1  # `the Green Party woman`: an organisation's name between the article and the noun
        start = k - 1 if k < i and k > 0 and toks[k - 1].low == "the" else start
        end, org = i + 1, None
        qualified = end + 1 < len(toks) and toks[end].trail == "," and qualified_role(self.words, tok, toks[end])
        end += qualified  # `Le président français, François Hollande,`, `el presidente argentino, Alberto Núñez,`: the adjective after a foreign desk's noun
        if not tok.trail and end < len(toks) and toks[end].low == "who":
            end = next((k + 1 for k in range(end, min(end + 12, len(toks))) if toks[k].trail), end)  # `the engineer who designed it, Tamsin Rowe,`
            end = end if toks[end - 1].trail == "," else i + 1
        if not tok.trail and end + 1 < len(toks) and toks[end].low in joins_role(self.words):
            # `the chief executive of Harland Water, Fiona Gault,` / `a marine engineer from Norway, Sigrid Aas,`
            org, org_end = organisation(self.words, toks, end + 1, single=True)
            end = org_end if org and toks[org_end - 1].trail == "," else end
        if (toks[end - 1].trail == "," or relative_named(toks, i, role)) and end < len(toks):
            honour = honorific_len(toks, end, self.data)
            at = end + honour  # `, Ms Helena Harwood,` / `, Datuk Seri Ahmad Shabery Cheek`
            shape = name_at(toks, at, self.words, tok.core.isupper() and len(tok.core) > 1)  # `THEIR SON, MARCUS QUINN,`
            if shape and len(shape.words) == 1 and role in self.data.reciprocal:
                shape = family_name(shape, toks[start].low, start, out, self.tracker)  # `His daughter, Ffion,`: Ffion Pryce-Jones
            if shape and len(shape.words) >= 2:
                owned = {k for m in out if m.possessive for k in range(m.start, m.end)}
                owned |= {k for k in range(start, i) if toks[k].core.endswith(("'s", "’s")) and (bare(toks[k].core)[0].lower() in self.data.nations or toks[k].low.rstrip("s’'") in self.tracker.by_surname)}
                # `Nahel's grandmother`, `Italy's minister`: the owner is no part of the title; `Children’s Commissioner` is
                words = [t.core for k, t in enumerate(toks[start : i + 1], start) if t.low not in self.words.determiners and t.low not in self.data.dropped and k not in owned]
                words += [toks[i + 1].low, org] if org and end > i + 1 else [toks[i + 1].core] if qualified else []
                title = None if role in self.data.relations or role_age(tok) else " ".join(words)
                owner = next((m.person for m in reversed(out) if m.possessive and m.start <= start < m.end and m.person), None)
                gender = self.data.roles.get(role) or (self.data.honorifics.get(" ".join(t.low for t in toks[end : at])) if honour else None) or None
                end = self._named(toks, start, shape, title, gender, out, attested=True)
                if out and out[-1].person is not None:
                    out[-1].person.roles.add(role)
                    self.tracker.role_words.add(role)  # `The architect who drew it, Ines Okafor,` … `the architect said`
                    if owner is not None and role in self.data.reciprocal:
                        owner.roles.add(self.data.reciprocal[role])  # `Purcell's wife, Linda Purcell`: he is her husband
                return end
        if start < i or toks[start].low in self.words.determiners or role.endswith(self.suffixed):
            if toks[start].low in self.words.determiners or toks[start].core.endswith(("'s", "’s")) or toks[start].low in self.data.nations or role.endswith(self.suffixed):  # `Kenyan Senator said`: a role, never a name; `säger statsministern`: the article is the ending
                out.append(Mention(start, i + 1, "role", 0, key=role, gender=self.data.roles.get(role) or None))
            if toks[start].low in ("a", "an"):
                self.pending_role = (role, self.scanned)  # `A 16-year-old from Hartwell …`: named in a moment
                if role_age(tok) and i + 1 < len(toks) and toks[i + 1].low in self.data.roles:
                    self.pending_role = (toks[i + 1].low, self.scanned)  # `A 71-year-old grandmother …`
        return i + 1
