"""The attribution a desk sets inside the quotation marks, after a comma (French, Spanish, Portuguese and
Italian typography: `«On entendait le vent, raconte le père Alphonse, curé de Léon. L'ouragan …»`): where it
stands, for parse/quotes.py to cut the quotation around it, and whether words open with such a verb (the
attribution sieve's `resumed`, parse/attribution.py)."""

from __future__ import annotations

import re

from scriptfmt.parse.clauses import participle_endings
from scriptfmt.parse.languages import every_verb, opens_with_verb
from scriptfmt import tomlfile

INCISE_DASHES = ("–", "—", "-")  # Danish and web desks type a hyphen
_INSIDE_RAYA = re.compile(r" [—-](?=\w)")  # `… difícil —reconoció Espadas—, pero …` (or `-reconoció Chávez-,`) inside the marks
_INCISE_WORDS = 10  # `, raconte le père Alphonse, curé de Léon.`: the verb, its subject and an appositive
_INCISE_REACH = 240  # characters looked at after each comma
_INCISE_STOPS = frozenset(";:!?«»“”\"„()")
_INVERTED_SUBJECT = ("-t-il", "-t-elle", "-t-on", "-il", "-elle", "-ils", "-elles")  # `ajoute-t-il`, `dit-elle`
_APPOSITIVE_OPENERS = frozenset(tomlfile.load_builtin("speech.toml")["appositive_openers"])  # (styles/speech.toml)


def comma_incise(text: str, s: int, e: int, subject: bool = False) -> tuple[int, int] | None:
    """The typography of every desk that quotes in guillemets (French, Spanish, Portuguese, Italian): the
    attribution stands inside the marks after a comma, in any of the desk's own verbs, and the speech goes on
    after it (`«On entendait le vent, raconte le père Alphonse, curé de Léon. L'ouragan a duré 45 minutes.»`,
    `« Nous irons, a-t-il ajouté, jusqu'au bout. »`): the incise is read copy between two quotations. It
    ends at the first comma after its subject (past an appositive opened by an article or `who`), or at the
    full stop of its sentence; with nothing after it, the quotation ends at the incise (`«…, dit-il.»`).
    text[s:e] is the quotation's inside; returns (where the speech before ends, where it resumes: e when
    it does not), else None. `subject`: the verb's subject must follow it (`names_subject`), as in straight and curly
    marks, where English copy goes on after a comma with a verb of its own (`"I called the police, asked if …"`)."""
    k = text.find(", ", s, e)
    while k >= 0:
        words = text[k + 2 : min(e, k + 2 + _INCISE_REACH)].split()[:_INCISE_WORDS + 1]  # (a bounded look: linear on any quotation)
        if words and incise_verb(words) and (not subject or names_subject(words)):
            cut = _incise_end(words)
            if cut is not None:
                resume = k + 2
                for w in words[:cut]:
                    resume = text.index(w, resume) + len(w)
                resume = len(text) - len(text[resume:].lstrip()) if text[resume:e].strip() else e
                return k + 1, min(resume, e)
        k = text.find(", ", k + 2, e)
    return None


def incise_verb(words: list[str]) -> bool:
    """`raconte le père`, `a-t-il ajouté`, `dit-elle`, `ha detto il sindaco`: a verb of saying opens the words."""
    first = words[0].lower().rstrip(".,")
    bare = next((first[: -len(end)] for end in _INVERTED_SUBJECT if first.endswith(end) and len(first) > len(end)), None)
    if bare is not None:  # the subject is the pronoun glued on; `a-t-il déclaré` is `a déclaré`
        return bare in every_verb() or len(words) > 1 and opens_with_verb([bare, words[1]])
    if first.endswith(participle_endings()):
        return False  # `, explicando la situación y, …`: a participle goes on with the sentence's own subject
    return len(words) > 1 and opens_with_verb(words) and words[0][-1:] not in ".,"


def names_subject(words: list[str]) -> bool:
    """The incise's verb has its subject right after it (`raconte le père`, `constate l'élu`, `said Tom Reyes`, `ha detto
    il sindaco`) or glued on (`dit-il`): an attribution; `asked if anyone was hurt`, `told her to stay` go on with the
    speaker's own sentence."""
    first = words[0].lower().rstrip(".,")
    if any(first.endswith(end) and len(first) > len(end) for end in _INVERTED_SUBJECT):
        return True
    for k, word in enumerate(words[1:4], start=1):
        low = word.lower().replace("’", "'").strip(".,")
        if word[:1].isupper() or low in _APPOSITIVE_OPENERS or any(low.startswith(o) for o in _APPOSITIVE_OPENERS if o.endswith("'")):
            return True
        if low not in every_verb() and not (k == 1 and opens_with_verb(words[:2])):
            return False  # (`ha detto il sindaco`: the verb's second word, then its subject)
    return False


def _incise_end(words: list[str]) -> int | None:
    """How many of `words` the incise takes (up to the word ending it, with its comma or full stop), or None
    when no comma or full stop ends it within reach, or other punctuation comes first."""
    n = 0
    while n < len(words) and n < _INCISE_WORDS:
        w = words[n]
        if any(ch in _INCISE_STOPS for ch in w):
            return None
        n += 1
        if w.endswith("."):
            return n if n >= 2 or "-" in w else None  # `, dit-il.` / `, raconte X.`
        if w.endswith(","):
            rest = words[n:]
            if rest and rest[0].lower() in _APPOSITIVE_OPENERS and n + 1 < _INCISE_WORDS:
                for m in range(n, min(len(words), _INCISE_WORDS)):  # `, said X, a lorry driver,`
                    if any(ch in _INCISE_STOPS for ch in words[m]):
                        return None
                    if words[m].endswith((",", ".")):
                        return m + 1
                return None
            if n + 1 < len(words) and _appositive_to_stop(words, n):
                return _appositive_to_stop(words, n)
            return n
    return None


def _appositive_to_stop(words: list[str], n: int) -> int | None:
    """`, raconte le père Alphonse, curé de Léon. L'ouragan …`: a short appositive after the subject's comma
    that ends its sentence, speech resuming on a capital: the incise runs to that full stop."""
    for m in range(n, min(len(words) - 1, n + 6)):
        if words[m].endswith(",") or any(ch in _INCISE_STOPS for ch in words[m]):
            return None
        if words[m].endswith(".") and words[m + 1][:1].isupper():
            return m + 1
    return None


def dash_cut(text: str, s: int, e: int) -> tuple[int, int] | None:
    """`“Conosco i motivi, – afferma Greco – e me ne sono fatto portavoce”`: Italian, Spanish and
    Portuguese desks set the attribution between dashes inside the marks; a dash, a verb of
    saying and at most eight words to the closing dash (a quotation left open to run on into the next
    paragraph, too: `«Il silenzio …, – afferma Celli – dopo …`). text[s:e] is the quotation's inside;
    returns (where the speech before ends, where it resumes), else None."""
    for dash in INCISE_DASHES:
        k = text.find(f" {dash} ", s, e)
        while k >= 0:
            words = text[k + 3 : min(e, k + 90)].split()
            close = next((n for n, w in enumerate(words[:10]) if w.rstrip(".,;:") in INCISE_DASHES), None)  # (`– spiega il sindaco -. I primi …`, `- commenta Bonaccio -: una …`)
            if close and (close > 1 or words[0].lower() in every_verb()) and opens_with_verb(words[:close]) and not any(ch in w for w in words[:close] for ch in ".;:!?«»“”\"„"):
                resume = text.find(f" {words[close]} ", k + 3) + 2 + len(words[close])
                if resume < e:
                    return k, resume
            k = text.find(f" {dash} ", k + 3, e)
    return _raya_cut(text, s, e) if " —" in text[s:e] or " -" in text[s:e] else None


def _raya_cut(text: str, s: int, e: int) -> tuple[int, int] | None:
    """`"Es una decisión difícil —reconoció Espadas—, pero la ciudad no puede esperar más"`: a Spanish
    agency's attribution inside the marks between rayas set close to its words (EFE, Europa Press; web copy
    that has no raya types a hyphen: `-reconoció Chávez-,`): a raya, a verb of saying and at most ten words
    to the raya that closes it. With nothing after it the quotation ends at the raya (`"… más —dijo—."`:
    the resume is e)."""
    for cut in _INSIDE_RAYA.finditer(text, s, e):
        dash = cut.group()[1]
        words = text[cut.end() : min(e, cut.end() + 120)].split()[:10]
        close = next((n for n, w in enumerate(words) if w.rstrip(".,;:").endswith(dash)), None)
        said = [w.rstrip(".,;:" + dash) for w in words[: (close or 0) + 1]]
        if close is None or not opens_with_verb(said) or any(ch in w for w in words[:close] for ch in ".;:!?«»“”\"„—"):
            continue
        end = text.find(words[close], cut.end()) + len(words[close])
        return cut.start(), min(e, end + len(text[end:e]) - len(text[end:e].lstrip()))
    return None
