"""A quotation framed by its speaker before it and its verb after it, as desks that put the verb last write it
(Turkish `Yıldızkaya, "…" dedi.`, `Yıldızkaya, … belirterek, "…" diye ekledi.`; any language whose verbs no list
holds): the sentence opens with a person's name and a comma, and closes with one to three lower-case words right
after the quotation. Nothing but the verb of saying fits after the quotation there, and nothing but its subject
opens the sentence: that name is the speaker. A rule of the sentence's form, not of a verb list (the attribution
sieve, parse/attribution.py)."""

from __future__ import annotations

from scriptfmt.parse.clauses import ends_sentence
from scriptfmt.parse.people import Mention
from scriptfmt.parse.resolve import resolve_mention
from scriptfmt.parse.verdicts import Ctx, Verdict

_VERB_WORDS = 3  # `dedi.`, `diye konuştu.`, `diye ekledi.`: the verb and its particle or auxiliary


def framed(c: Ctx) -> Verdict | None:
    v, a = c.view, c.after
    if not c.quote.closed or a >= len(v.toks) or c.first < 1 or not v.toks[c.first - 1].trail.startswith(","):
        return None
    end = v.sentence_end(a)
    words = v.toks[a:end]
    if not 0 < len(words) <= _VERB_WORDS or not ends_sentence(words[-1]):
        return None
    if not all(t.core[:1].islower() and t.core.isalpha() and (not t.trail or t is words[-1]) for t in words):
        return None
    start = v.clause_start(c.first, c.floor)
    opening = [m for m in v.mentions_in(start, start + 4) if m.start == start and not m.possessive]
    if not opening or v.toks[opening[0].end - 1].trail != "," or opening[0].kind not in ("name", "thing"):
        return None
    m = opening[0]
    if m.kind == "thing":  # `Yıldızkaya,`: a surname alone, of the person the story named in full before
        m = next((n for n in v.mentions_in(start, m.end) if n.kind == "name"), None) or _surname_of(c, v.toks[start].core)
    return resolve_mention(c, v, m, "framed") if m is not None and m.kind == "name" and m.person is not None else None


def _surname_of(c: Ctx, word: str) -> Mention | None:
    """The one person of the story whose name ends with this word, as a name mention, else None."""
    people = [p for p in c.tracker.people if p.words and p.words[-1] == word]
    return Mention(0, 1, "name", 0, person=people[0]) if len(people) == 1 else None
