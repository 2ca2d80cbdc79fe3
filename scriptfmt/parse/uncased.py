"""Attribution in a script that writes no capitals (Arabic): the mention scanner finds names by their
capitals, so here the desk's word order tells the speaker instead. Arabic wire copy puts the verb first
and its subject right after it (`وقال كوناشينكوف: "…"`, `"…"، قال المتحدث`), drops the subject when the
same person goes on (`وأضاف: "…"`), and gives a source after the quotation (`"…"، بحسب كوناشينكوف`).

The speaker is the words between the verb (or source word) and the colon, comma or full stop: one to
four words, none a particle (languages.toml [ar] `not_names`), the first not opening with the article
(`المتحدث`, the spokesman: a role, which names no one) unless the copy writes a given name before it
(`خالد الحنيفات`: a family name with the article); the super carries the fullest form of that name
the copy writes (`إيغور كوناشينكوف` of `اللواء إيغور كوناشينكوف،`, a title with the article left out).
A verb with no subject is the last speaker's, when they spoke in this paragraph or the two before."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt.parse.languages import tables
from scriptfmt.parse.names import NameShape
from scriptfmt.parse.verdicts import Ctx, Said, Verdict

_PUNCT = "،؛؟:.!,;\"“”«»()"
_CONJUNCTIONS = ("و", "ف")  # `وقال`, `فأضاف`: and / so, written onto the verb
_ARTICLE = "ال"
_NAME_WORDS = 4


def _arabic(text: str) -> bool:
    """Most of the letters are Arabic script."""
    letters = arabic = 0
    for ch in text[:400]:
        if ch.isalpha():
            letters += 1
            arabic += "\u0600" <= ch <= "\u06ff"
    return letters > 0 and arabic * 2 > letters


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    ar = tables().get("ar", {})
    return frozenset(ar.get("verbs", ())), frozenset(ar.get("sources", ())), frozenset(ar.get("not_names", ()))


def _bare(word: str) -> str:
    return word.strip(_PUNCT)


def _verb(word: str, verbs: frozenset[str]) -> bool:
    """A verb of saying, with `و` / `ف` written onto it or not."""
    bare = _bare(word)
    return bare in verbs or bare[:1] in _CONJUNCTIONS and bare[1:] in verbs


def uncased_said(c: Ctx) -> Verdict | None:
    """`وقال كوناشينكوف: "…"` / `"…"، قال كوناشينكوف` / `وأضاف: "…"`: the speaker in an Arabic story."""
    v = c.view
    if not _arabic(v.text):
        return None
    verbs, sources, _ = _table()
    after = v.text[c.quote.end : c.quote.end + 160].split()
    if after and after[0] in ("،", ",") and len(after) > 1:
        after = after[1:]
    if after and (_verb(after[0], verbs) or _bare(after[0]) in sources) and v.text[c.quote.end : c.quote.end + 3].strip()[:1] in ("،", ","):
        return _speaker(c, after[1:])  # `"…"، قال X` / `"…"، بحسب X`
    lead = _lead_in(c)
    if lead is None:
        return None
    at = max((k for k, w in enumerate(lead) if _verb(w, verbs)), default=None)
    return _speaker(c, lead[at + 1 :]) if at is not None else None


def _lead_in(c: Ctx) -> list[str] | None:
    """The words of the clause that ends with a colon right before the quotation: in its paragraph
    (`وقال كوناشينكوف: "…"`), or the paragraph before, when the quotation opens this one."""
    v = c.view
    before = v.text[: c.quote.start].rstrip()
    if not before and c.hist.prev_view is not None:
        before = c.hist.prev_view.text.rstrip()
    if not before.endswith(":"):
        return None
    start = max(before.rfind(mark) for mark in (".", "\"", "”", "»", "؟", "!"))
    return before[start + 1 :].split()[-8:]


def _speaker(c: Ctx, words: list[str]) -> Verdict | None:
    """The speaker the words after the verb name; none: the one who spoke last goes on."""
    _, _, particles = _table()
    name: list[str] = []
    for word in words[:_NAME_WORDS]:
        bare = _bare(word)
        if not bare or bare in particles:
            break
        name.append(bare)
        if word != bare:
            break  # `كوناشينكوف:`, `كوناشينكوف،`: the name ends at its punctuation
    if not name:
        last = c.hist.last
        return Verdict(Said(last.speaker, last.pid, "dropped-subject")) if last is not None and c.view.index - c.hist.last_bite_para <= 2 else None
    fullest = _fullest(c, name)
    if name[0].startswith(_ARTICLE) and len(fullest) == len(name):
        return None  # `قال المتحدث باسم …`: a role, no one's name (`الحنيفات` is one when the copy writes `خالد الحنيفات`)
    person = _person(c, fullest)
    return Verdict(Said(person.speaker(), person.pid, "verb-first")) if person is not None else None


@lru_cache(maxsize=4)
def _word_index(texts: tuple[str, ...]) -> dict[str, list[tuple[list[str], int]]]:
    """Each bare word of the story -> (its paragraph's words, its place): built once a story, so a name is looked
    up, never searched for in every paragraph again for every quotation."""
    index: dict[str, list[tuple[list[str], int]]] = {}
    for text in texts:
        words = text.split()
        for k, word in enumerate(words):
            index.setdefault(_bare(word), []).append((words, k))
    return index


def _fullest(c: Ctx, name: list[str]) -> list[str]:
    """The name with the given names the copy writes before it (`اللواء إيغور كوناشينكوف`: the title, with
    the article, left out), up to two words, in any paragraph."""
    verbs, _, particles = _table()
    best = name
    for words, k in _word_index(tuple(c.hist.texts)).get(name[0], ()):
        if k:
            j = k
            while j > 0 and k - j < 2 and _bare(words[j - 1]) == words[j - 1] and not words[j - 1].startswith(_ARTICLE) and words[j - 1] not in particles and not _verb(words[j - 1], verbs):
                j -= 1
            opens = j > 0 and (words[j - 1].endswith(("،", ",")) or j > 1 and words[j - 1].startswith(_ARTICLE) and words[j - 2].endswith(("،", ",")))  # an appositive: `، اللواء إيغور كوناشينكوف،`
            if opens and k - j + len(name) > len(best):
                best = [_bare(w) for w in words[j:k]] + name
    return best


def _person(c: Ctx, name: list[str]):
    """The story's person of that name (the same last word), else a new one."""
    for person in c.tracker.people:
        if person.words and person.words[-1] == name[-1]:
            return person
    shape = NameShape(name, 0, len(name), name[-1], name[0] if len(name) > 1 else None)
    person = c.tracker.person_for(shape, attested=True)
    if person is not None:
        c.tracker.seen(person, c.view.first_sentence, c.view.base)
    return person
