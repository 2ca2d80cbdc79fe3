"""Who a sentence is about, read as the story is scanned (parse/mentions.py): a sentence that ends `, he
said.` is his; a sentence opened by one person's role (`The Defence Minister said …`) is about that
person; `The artist is a local woman, X.` gives X the role. What a later he / she or `the artist` means."""

from __future__ import annotations

from collections.abc import Callable

from scriptfmt.parse.clauses import opens_with_phrase, sentence_end
from scriptfmt.parse.names import name_data
from scriptfmt.parse.people import Mention, Tracker
from scriptfmt.parse.speakers import Token

_PRONOUNS = {"he": "m", "she": "f"}
_COPULAS = frozenset(("is", "was"))


def reported_pronouns(tracker: Tracker, toks: list[Token], ends: list[int]) -> None:
    """`It was not his job to correct reports that misquoted Dr Mahathir, he said.`: a sentence that
    ends `, he said.` is reported speech; its speaker is that he, not the people named in it, so a
    later he goes back past them (as for a sentence that opens with He)."""
    for n, e in enumerate(ends):
        if e >= 2 and toks[e].low.rstrip(".") in tracker.words.verbs and toks[e - 1].low in _PRONOUNS and toks[e - 2].trail == ",":
            tracker.pronoun_subject.setdefault(tracker.sentence + n, _PRONOUNS[toks[e - 1].low])


def copula_role(tracker: Tracker, toks: list[Token], k: int, mentions: list[Mention]) -> None:
    """`The artist is a local woman, Nkechi Okafor-Lane.`: the person the sentence names after
    `The ROLE is|was` holds that role (a later `the artist said` is her)."""
    if k + 2 >= len(toks) or toks[k].trail or toks[k + 1].low not in _COPULAS or not toks[k].core.isalpha() or toks[k].low in name_data().not_people:
        return  # any noun: `The winner was …` makes `the winner said` hers
    end = next((j + 1 for j in range(k + 1, len(toks)) if sentence_end(toks[j])), len(toks))
    named = next((m for m in mentions if m.kind == "name" and m.person is not None and k + 1 < m.start < end), None)
    if named is not None:
        named.person.roles.add(toks[k].low)
        tracker.role_words.add(toks[k].low)


def role_subject(tracker: Tracker, is_role: Callable[[str], bool], toks: list[Token], k: int, sentence: int) -> None:
    """`The mayor said … from President Marcos`: a sentence opened by the role of the one person who
    holds it is about them (a later `he`); the office's words may stand before the noun (`The Defence
    Minister said …`)."""
    first = k
    k = next((j for j in range(k, min(k + 4, len(toks))) if is_role(toks[j].low) or toks[j].trail or not toks[j].core[:1].isupper()), k)
    fits = tracker.role_index.holding(toks[k].low) if is_role(toks[k].low) else []
    if len(fits) > 1:  # `the Prime Minister`, with several ministers named: the one whose title says so
        person = tracker.role_index.titled(toks[k].low, " ".join(t.low for t in toks[first : k + 1]))
        fits = [person] if person is not None else []
    if len(fits) == 1:
        tracker.seen(fits[0], sentence, tracker.base + k)
        if k + 1 < len(toks) and not toks[k].trail and toks[k + 1].low in tracker.words.verbs:
            tracker.speaking.add((sentence, fits[0].pid))


def phrase_role_subject(tracker: Tracker, is_role: Callable[[str], bool], toks: list[Token], k: int, sentence: int) -> None:
    """`In his keynote address the Prime Minister paid tribute …`: after an opening phrase, the role
    that the sentence's `the` introduces is its subject (as when the role opens the sentence)."""
    if not opens_with_phrase(toks, k):
        return
    for j in range(k + 1, min(k + 9, len(toks) - 1)):
        if sentence_end(toks[j]):
            return
        if toks[j].low == "the" and toks[j + 1].core[:1].isupper():
            role_subject(tracker, is_role, toks, j + 1, sentence)
            return
