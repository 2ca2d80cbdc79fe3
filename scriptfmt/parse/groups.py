"""A quotation a counted group speaks: `– dicono i tre consiglieri –`, `Per i tre consiglieri: «…»`,
`"…," the two councillors said`. The copy names the people (`Rossano Baldinelli, Daniela Gemini e Marco
Caccia`) but the words are all of theirs: a bite with no super (no one name is right) and a warning, never
the last one of them named, nor read copy as if nobody had spoken.

A group is an article, a number word (styles/attribution.toml `group_numbers`) and a noun, right after the
quotation's verb of saying (its dash or comma between) or after a source word (`per`, `según`, `selon`,
`according to`) that leads in with a colon."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Speaker
from scriptfmt.parse.languages import source_words
from scriptfmt.parse.verdicts import Ctx, Said, Verdict

WHY = "group"
_REACH = 4  # tokens after the verb or source word where the group stands


@lru_cache(maxsize=None)
def _group_words(key: str) -> frozenset[str]:
    """A word list of styles/attribution.toml: `group_numbers`, `group_articles`, `group_sources`."""
    return frozenset(tomlfile.load_builtin("attribution.toml").get(key, ()))


def group_said(c: Ctx) -> Verdict | None:
    v = c.view
    toks = v.toks
    if c.quote.closed and c.after < len(toks):
        a = c.after
        if toks[a].raw in ("-", "–", "—") and a + 1 < len(toks):
            a += 1
        if toks[a].low in c.words.verbs and _group_at(c, a + 1):
            return _bite(c)
        if a + 3 < len(toks) and _group_at(c, a) and toks[a + 3].low in c.words.verbs:
            return _bite(c)  # `"…," the two councillors said`
    if c.first > c.floor and (toks[c.first - 1].raw.endswith(":") or toks[c.first - 1].trail.endswith(":")):
        k = c.first - 1
        start = max(c.floor, k - _REACH - 1)
        sources = source_words(c.words.lang) | _group_words("group_sources")
        for j in range(start, k):
            if (toks[j].low in sources or toks[j].low in c.words.verbs) and _group_at(c, j + 1, c.first):
                return _bite(c)
    return None


def _group_at(c: Ctx, k: int, end: int | None = None) -> bool:
    """An article (or `to` and an article), a number word and a noun from token k (`i tre consiglieri`)."""
    toks = c.view.toks
    end = min(len(toks), end if end is not None else k + _REACH)
    if k < end and toks[k].low == "to":
        k += 1
    if k + 2 >= end:
        return False
    articles = c.words.determiners | _group_words("group_articles")
    return toks[k].low in articles and toks[k + 1].low in _group_words("group_numbers") and toks[k + 2].core[:1].islower()


def _bite(c: Ctx) -> Verdict:
    return Verdict(Said(Speaker(""), "", WHY), f"line {c.view.line}: a group speaks the quotation; the bite has no super")
