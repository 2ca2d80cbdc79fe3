"""Between two quotations of one speaker: paragraphs of narration that name nobody else and report no one
else's words (`Minutes later he approached a second woman.`, in a desk that drops the subject `Así, ha
indicado que …`). The last speaker goes on past them: a quotation paragraph with no attribution
(parse/attribution.py `bridged`) or one whose verb of saying has no subject (parse/wordorder.py)."""

from __future__ import annotations

from scriptfmt.parse.clauses import find_verb
from scriptfmt.parse.languages import tables
from scriptfmt.parse.punctuation import PROSE_QUOTES

_PERSON = ("name", "role", "pronoun", "ambiguous")


def quiet_since_bite(c) -> bool:
    """One or two paragraphs lie between the last bite's and this quotation's (attribution.Ctx), and every
    one of them is quiet about the last speaker."""
    v, h = c.view, c.hist
    if h.last is None or not 2 <= v.index - h.last_bite_para <= 3:
        return False
    between = [p for p in h.recent if h.last_bite_para < p.index < v.index]
    return len(between) == v.index - h.last_bite_para - 1 and all(_quiet(c, p) for p in between)


def _quiet(c, p) -> bool:
    """A narration paragraph about the last speaker only: no quotation but scare quotes, no one
    else named, and a verb of saying only with a he / she that means them."""
    for q in p.quotes:  # a scare quote (`he put "the taxpayer" first`) reports no one's words
        s, e = q.inner(p.text)
        if not p.text[s:e].lstrip(PROSE_QUOTES + " ")[:1].islower() and len(p.text[s:e].split()) >= 3:
            return False
    every = p.mentions_in(0, len(p.toks))
    if any(m.kind in ("name", "ambiguous") and (m.person is None or m.person.pid != c.hist.last.pid) for m in every):
        return False
    if find_verb(p.toks, 0, len(p.toks), c.words) is None:
        return True
    pronouns = [m for m in every if m.kind == "pronoun"]
    if pronouns and all(getattr(c.tracker.salient(m.gender, m.sentence, m.pos)[0], "pid", None) == c.hist.last.pid for m in pronouns):
        return True
    return bool(tables().get(c.words.lang, {}).get("drops_subject")) and _says_on(c, p, every)


def _says_on(c, p, every: list) -> bool:
    """In a desk that drops the subject (`Así, ha indicado que …`, `El mandatario ha justificado …`): every
    verb of saying in the paragraph has no one before it in its sentence but the last speaker (by a role the
    story gave them, or a pronoun that means them)."""
    pid, k = c.hist.last.pid, 0
    while (verb := find_verb(p.toks, k, len(p.toks), c.words)) is not None:
        start = p.clause_start(verb[0], 0)
        for m in p.mentions_in(start, verb[0]):
            if m.kind == "role" and getattr(c.tracker.by_role(m.key, m.gender)[0], "pid", None) == pid:
                continue
            if m.kind == "pronoun" and getattr(c.tracker.salient(m.gender, m.sentence, m.pos)[0], "pid", None) == pid:
                continue
            if m.kind in _PERSON or m.kind == "thing":
                return False
        k = verb[1]
    return True
