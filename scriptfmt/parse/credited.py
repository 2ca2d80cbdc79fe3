"""A quotation credited with no verb of saying: the name, and at most a short affiliation, straight after the
quotation's comma, ending the sentence or leading into the speaker's next quotation. Graduation pages, vox pops
and campus papers print their quotes so (`"I am ready to file stories," Festus Amimo, Dholuo Service.`,
`"I have learnt two things," Martin Mwanje of the Current Affairs Desk, "It is beyond a certificate."`).

Only a person's full name (two words or more) credits, and only with nothing after it but its affiliation: a
name followed by a word the desk did not print as a verb of saying (`"…," Alderman Ruth Kaplan groused.`) is
no credit, and a verb anywhere in the affiliation makes it a sentence of its own."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.clauses import ends_sentence
from scriptfmt.parse.punctuation import PROSE_QUOTES
from scriptfmt.parse.resolve import said_by
from scriptfmt.parse.statements import sentence_stop
from scriptfmt.parse.verdicts import Ctx, Said, Verdict

_AFFILIATION = 8  # `, Turkana Service`, `of the Current Affairs Desk`: the words a credit's affiliation may take
WHY = "credited"


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    """`of`, `de`, `van` …: the word between a credited name and its desk (styles/attribution.toml `affiliation_links`)."""
    return frozenset(tomlfile.load_builtin("attribution.toml")["affiliation_links"])


def credited(c: Ctx) -> Verdict | None:
    """`"…," Festus Amimo, Dholuo Service.`: the full name the quotation's comma leads to, then its affiliation
    alone to the sentence's end or the next quotation; and that next quotation (`"…," Martin Mwanje of the
    Current Affairs Desk, "It is …"`) is the same person's."""
    v = c.view
    said = c.hist.said_here
    if said is not None and said.why == WHY and c.first > c.floor and _credit_end(c, c.floor, said.pid) == c.first:
        return Verdict(Said(said.speaker, said.pid, WHY))
    if not c.quote.closed or c.after >= len(v.toks) or not _comma_closes(c):
        return None
    names = v.mentions_in(c.after, c.after + 1)
    if not names or names[0].kind != "name" or names[0].person is None or names[0].person.organisation:
        return None
    end = _credit_end(c, c.after, names[0].person.pid)
    return said_by(names[0].person, WHY) if end is not None else None


def _comma_closes(c: Ctx) -> bool:
    """The quotation's words end with a comma, inside the marks or right after them (`…,"` / `…",`)."""
    return c.inner.rstrip(PROSE_QUOTES + " ").endswith(",") or c.view.text[c.quote.end : c.quote.end + 1] == ","


def _credit_end(c: Ctx, a: int, pid: str) -> int | None:
    """Where the credit opening at token `a` (the person's full name) ends: the token after the sentence's
    last, or the next quotation's first; None when it is no bare credit."""
    v = c.view
    names = v.mentions_in(a, a + 1)
    if not names or names[0].kind != "name" or names[0].start != a or names[0].person is None or names[0].person.pid != pid:
        return None
    name = names[0]
    if name.end - name.start < 2 or name.possessive:
        return None  # a surname alone after a quotation is as often the start of a sentence about them
    stop = sentence_stop(v, a)
    if ends_sentence(v.toks[name.end - 1]):
        return name.end
    last = v.toks[name.end - 1]
    if not (last.trail == "," or name.end < stop and v.toks[name.end].low in _links() and not last.trail):
        return None  # `Ruth Kaplan groused.`: a word the desk uses as a verb
    if stop - name.end > _AFFILIATION:
        return None
    for k in range(name.end, stop):
        tok = v.toks[k]
        if tok.low in c.words.verbs or tok.core[:1].islower() and tok.low not in _links() and tok.low not in c.words.determiners | {"the", "a", "and", "&"}:
            return None  # an affiliation is a name of its own: capitals and `of the`
    closes = ends_sentence(v.toks[stop - 1]) or stop < len(v.toks) and v.toks[stop].raw[:1] in PROSE_QUOTES
    return stop if closes else None
