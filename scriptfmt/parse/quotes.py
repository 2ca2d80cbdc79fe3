"""Quotation spans in a paragraph, found in one left-to-right pass over the marks.

Every press's marks pair up: “…” and "…" (American), ‘…’ and '…' with “…” nested inside
(British), «…» with or without inner spaces (French), »…« (German, Danish), „…“ and ‚…‘
(German), ”…” (Swedish), 「…」 and 『…』 (Japanese, Chinese), doubled ‘‘…’’ and ''…''
(typewriter and TeX feeds), straight and curly marks mismatched in one pair, and the dash
that opens direct speech at the head of a Nordic or Balkan paragraph (`– …, said X.`).
Quotes nest (a quote may open with a nested one); only the outermost spans are returned,
nested marks stay inside their text.

A single mark is an apostrophe, not a quote, inside a word (`O'Neill`, `don’t`), at its edge
(`the nurses' union`, `fightin' for`), or in an elision (`'til`, `'cause`, `the '90s`; the
elisions are data in styles/furniture.toml). Marks pair by position and by what follows, not
by counting: a mark after punctuation closes; a mark after a letter closes a phrase (`'a
disgrace' and`) unless a mark after punctuation follows before any new quote opens, in which
case it was the word's own apostrophe. Typewriter `,,` opens like „; a double mark set off by
a space before punctuation (`us "- said`) closes. An opening mark with no closing mark runs to
the end of the paragraph (`closed=False`): the convention for a quote that continues into
the next paragraph; a single mark left open inside a paragraph was an apostrophe after all.
Marks inside a cue span do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.incise import INCISE_DASHES, comma_incise, dash_cut, incise_verb  # INCISE_DASHES: for parse/wordorder.py
from scriptfmt.parse.languages import every_verb, every_verb_phrase
from scriptfmt.parse.mirrored import other_pairs
from scriptfmt.parse.qawords import says
from scriptfmt.parse.speakers import speech_words

_MARK = re.compile("‘‘|’’|‘’|''|``|,,|[“”„‟«»‹›「」『』\"‘’'‚\ufffd]")  # U+FFFD: a curly mark lost to a bad encoding
# How each mark (after doubling is folded) closes: the marks that close a quote it opened.
_CLOSES = {
    "“": "”\"“", "\"": "\"”“", "„": "“”\"", "”": "”\"", "‟": "”\"", "«": "»", "»": "«", "‹": "›", "›": "‹",
    "‘": "’'‘", "’": "’'", "'": "'’‘", "‚": "‘’'",
}  # `… “Oh yeah, sorry!”‘`: a single mark after punctuation closes whichever way it curls
_CLOSES["»"] += "»"  # Finnish and Swedish: »…»
_CLOSES.update({"「": "」", "『": "』"})  # corner brackets of Japanese and Chinese copy
_DOUBLE = {"‘‘": "“", "``": "“", "’’": "”", "''": "\"", ",,": "„", "‘’": "“"}  # `,,`: a typewriter's low quote; `‘’`: a
# left and a right mark typed together open a quotation (APS: `‘’Mes chers compatriotes, …’’`)
_OPEN_BEFORE = set("([{—–-:/«»‹›“”„\"‘’'‚…")  # what may stand before an opening mark
_CLOSE_AFTER = set(".,;:!?)]}—–-…«»‹›“”„\"‘’'")  # what may stand after a closing mark
_SINGLE = set("‘’'‚")
_DOUBLES = set("“”„‟\"")
_STRONG_BEFORE = set(".,;:!?…—–-)]}\"“”«»‹›")  # a mark after these closes a quote for sure
_OPEN, _STRONG_CLOSE = -1, 1  # what the next telling single mark is (0: none follows)
_MAX_DEPTH = 6
DASHES = ("—", "–", "--", "―")  # dashes that set off an attribution or an aside (a lone hyphen is tested on its own: UK web copy types ` - `)
DASH_OPEN_LEN = 2  # a dash-led quotation's span counts its dash and the space after it as its opening mark
LEAD_OUT = (",", "?", "!", "—", "–", "-", "…", ":")  # punctuation that hands a quote to its attribution


@dataclass(eq=False, repr=False)
class QuoteSpan:
    start: int  # index of the opening mark
    end: int  # index after the closing mark (or len(text) when unclosed)
    closed: bool
    open_len: int = 1  # 2 for a doubled mark (‘‘, '')
    close_len: int = 1

    @property
    def dash_led(self) -> bool:
        """Direct speech opened by a dash at the head of its paragraph (`– …, sier X.`): _dash_quote's span."""
        return self.open_len == DASH_OPEN_LEN and self.close_len == 0

    def inner(self, text: str) -> tuple[int, int]:
        """Start and end of the quoted words, without the marks."""
        return self.start + self.open_len, self.end - self.close_len if self.closed else self.end


@lru_cache(maxsize=1)
def elisions() -> frozenset[str]:
    """Words written with a leading apostrophe (`'til`, `'n'`): lower case, without the mark."""
    return frozenset(w.lower() for w in tomlfile.load_builtin("furniture.toml")["quotes"]["elisions"])


@lru_cache(maxsize=1)
def _speaker_self() -> frozenset[str]:
    """`I`, `we`, `jeg`, `vi` …: the speaker's own words for himself (styles/speech.toml `speaker_self`)."""
    return frozenset(tomlfile.load_builtin("speech.toml")["speaker_self"])


def find_quotes(text: str, skip: list[tuple[int, int]] = (), dash_speech: bool = False) -> list[QuoteSpan]:
    """The outermost quotations of a paragraph. `dash_speech`: the story writes direct speech
    with a leading dash (see story_dash_speech), so a dash paragraph without attribution is
    speech too (`– Sometimes we lay spike strips.` answering the question before it)."""
    marks = _marks(text, sorted(skip))
    spans, failed = _pair(text, marks, singles=True)
    if failed:  # a single mark left open inside the paragraph was an apostrophe: pair again without it
        spans, _ = _pair(text, marks, singles=False)
    if (mirrored := [QuoteSpan(i, j, True) for i, j in other_pairs(text)]):  # `وأضاف ” … “.`, backticks round a quotation (parse/backticks.py)
        spans = sorted(spans + [q for q in mirrored if not any(p.start < q.end and q.start < p.end for p in spans)], key=lambda q: q.start)
    spans = [part for span in spans for part in _incise(text, span)]
    if "–" in text or "—" in text or " -" in text:
        spans = [part for span in spans for part in _dash_incise(text, span)]
    if text[:2] in ("– ", "— ", "- ") and (not spans or spans[0].start > 2):  # Danish desks type a hyphen
        dash = _dash_quote(text, dash_speech)  # `– Den var "home safe", som det hedder, siger X.`: a quote nested in the speech is part of it
        spans = dash + [q for q in spans if q.start >= dash[0].end] if dash and all(q.start >= dash[0].end or q.end <= dash[0].end for q in spans) else spans
    if text[:1] == "—" and (text[1:2].isupper() or text[1:2] in ("¿", "¡")):
        raya = _raya_quote(text, dash_speech)
        spans = raya + [q for q in spans if not any(r.start <= q.start < r.end for r in raya)] if raya else spans
    if not spans and (" - " in text or " – " in text or " — " in text):
        spans = _inline_dash_quotes(text)
    return spans


_RAYA_BREAK = re.compile(r" —(?=\w)")  # `… producir —ha explicado X—.`: the raya before the attribution, no space after it
_RAYA_RESUME = re.compile(r"—[.,;:]?[ ]+(?=\S)")  # `…, olivarero—. El año pasado …`: the raya that closes it, then speech again


def _raya_quote(text: str, dash_speech: bool = False) -> list[QuoteSpan]:
    """Spanish (RAE) dialogue: `—Estamos vendiendo por debajo de costes —ha explicado a EFE Tomás
    Ferrán, olivarero—. El año pasado …`: a raya with no space opens the speech, another before a verb
    of saying sets off the attribution and a third closes it; the speech resumes after it. Without an
    attribution in the paragraph it is speech only when the story writes its speech so (after `lo
    resume así:`)."""
    verbs, phrases = every_verb(), every_verb_phrase()
    for cut in _RAYA_BREAK.finditer(text, 1):
        words = [w.strip(".,;:!?—").lower() for w in text[cut.end() : cut.end() + 80].split()[:3]]
        if not (words and words[0] in verbs or tuple(words[:2]) in phrases):
            continue
        spans = [QuoteSpan(0, cut.start(), True, 1, 0)]
        resume = _RAYA_RESUME.search(text, cut.end())
        if resume is not None and text[resume.end() :].strip():
            spans.append(QuoteSpan(resume.end(), len(text.rstrip()), True, 0, 0))
        return spans
    return [QuoteSpan(0, len(text.rstrip()), True, 1, 0)] if dash_speech else []


def closers(opener: str) -> str:
    """The marks that close a quotation `opener` opens (`“` -> `”"“`, `«` -> `»`); "" for none."""
    return _CLOSES.get(_DOUBLE.get(opener, opener), "")


def closing_only(text: str) -> int | None:
    """`While the prices … wherever feasible," he said.`: a paragraph whose first mark closes a
    quotation (after `,` `.` `?` `!`, an attribution right after it) with no mark opening one before:
    the end of a quotation begun in the paragraph before. The index after that mark, else None."""
    m = next((m for m in _MARK.finditer(text) if not (m.group() in ("'", "’") and text[m.start() - 1 : m.start()].isalnum())), None)  # not `we've`, `nurses'`
    if m is None or m.start() < 2 or text[m.start()] in "«„‘'" or m.group() in ("''", "‘‘"):
        return None
    if text[m.start() - 1] not in ",.?!" and not (m.group() in "»”" and text[m.start() - 1].isalpha() and text[m.end() : m.end() + 1] == ","):
        return None  # (a guillemet or curly mark hugging the last word, then the attribution's comma: `aux auditeurs», a-t-il souligné.`)
    words = [w for w in (w.strip(".,;:!?").lower() for w in text[m.end() : m.end() + 80].split()[:4]) if w][:3]
    return m.end() if words and (words[0] in every_verb() or incise_verb(words)) or any(w in speech_words().verbs for w in words) else None  # (`», a-t-il souligné.`, `,” ucapnya.`)


_INLINE_DASH = re.compile(r"[.!?:] [–—-] ")


def _inline_dash_quotes(text: str) -> list[QuoteSpan]:
    """`… oraz hałasem. - Robimy to w trosce o środowisko - tłumaczy rzecznik Kamil Dąbrowa.`:
    Polish, Czech and Balkan web copy opens direct speech with a dash after a sentence too;
    a quotation only where the attribution follows (a verb of saying after the closing dash)."""
    spans: list[QuoteSpan] = []
    for m in _INLINE_DASH.finditer(text):
        k = m.start() + 2
        if spans and k < spans[-1].end:
            continue
        found = _dash_quote(text[k:])
        spans += [QuoteSpan(k + q.start, k + q.end, True, q.open_len, q.close_len) for q in found]
    return spans


_SPEECH_BREAK = re.compile(r", | [–—-] |[?!] (?=[^\W\d_])")  # `– Hva nå? spør Listhaug.`: a question closes on its mark


def dash_reported(line: str) -> bool:
    """`— O arroz não vai faltar — respondeu a ministra.`: a story's dialogue dash closed by its attribution, no interview's turn (unless the words after it say `I`)."""
    text = line.strip()
    spans = _dash_quote(text) if text[:2] in ("– ", "— ", "― ", "- ") else []
    return bool(spans) and spans[0].end < len(text) and not says(text[spans[0].end :].lower(), "first_person")


def story_dash_speech(texts: list[str]) -> bool:
    """Does the story write direct speech with a leading dash? One dash paragraph at least
    carries its attribution (`– Det är en kontroll, säger Thomas Fuxborg.`)."""
    return any(text[:2] in ("– ", "— ", "- ") and _dash_quote(text) or text[:1] == "—" and _raya_quote(text) for text in texts)


def _dash_quote(text: str, dash_speech: bool = False) -> list[QuoteSpan]:
    """`– We are tired of it, says Mette Kjær.`: Nordic and Balkan desks open direct speech with a
    dash at the head of the paragraph (Portuguese and Spanish ones close it with a dash too: `— …
    — disse Bolsonaro.`); it runs to the comma or dash before the attribution (a verb of
    saying, see _dash_attribution). Without an attribution in the paragraph it is no quote
    (a dash also leads list items and credits), unless the story writes its speech so."""
    if not text[2:].lstrip(" ¿¡")[:1].isupper():  # (`-  Jeg …`: a second space after the dash; `— ¿Cuándo …?`: the Spanish opening mark)
        return []
    verbs = every_verb()  # the desks that write dash-led speech write their own verbs
    cuts = [cut for cut in _SPEECH_BREAK.finditer(text, 2) if _dash_attribution([w.strip(".,;:!?") for w in text[cut.end() : cut.end() + 80].split()[:3]], verbs)]  # `, säger X` / ` — disse X`
    # a closing dash before its verb ends the speech, whatever comma or question the speech holds before it
    # (`— O preço vai baixar? Explica aí — perguntou ao ministro.`: `Explica` is the speaker's own word)
    cut = next((cut for cut in cuts if cut.group()[0] == " " and cut.group()[1] in "–—"), cuts[0] if cuts else None)
    if cut is not None:
        return [QuoteSpan(0, cut.start() + (cut.group()[0] in ",?!"), True, DASH_OPEN_LEN, 0)]
    return [QuoteSpan(0, len(text.rstrip()), True, DASH_OPEN_LEN, 0)] if dash_speech else []


@lru_cache(maxsize=1)
def _incise_pattern() -> re.Pattern:
    """`, said Marc Devaux, a lorry driver from Vénissieux,`: a French desk's attribution inside
    the marks (a verb of saying from styles/speech.toml, a name, an optional appositive)."""
    verbs = "|".join(sorted((re.escape(v) for v in speech_words().verbs), key=len, reverse=True))
    return re.compile(rf",[ ](?:{verbs})[ ][A-Z][^,«»]{{0,60}},(?:[ ](?:a|an|the|who)[ ][^,«»]{{0,80}},)?[ ]")



def _incise(text: str, span: QuoteSpan) -> list[QuoteSpan]:
    """« We are tired, said X, and we will not stop » -> two quotations around the incise; in any press's
    marks (`"Le feu est parti de la boîte aux lettres, raconte le premier magistrat. Les flammes …"`)."""
    if text[span.start] not in "«»" and span.open_len == 0:
        return [span]
    s, e = span.inner(text)
    m = _incise_pattern().search(text, s, e) if span.closed else None
    if m is None:  # (a quotation left open to run on into the next paragraph, too: `«Environ 75 %, dit le père Alphonse. Il y aura …`)
        cut = comma_incise(text, s, e, subject=text[span.start] not in "«»")
        if cut is None:
            return [span]
        head = QuoteSpan(span.start, cut[0], True, span.open_len, 0)
        return [head] if cut[1] >= e else [head, QuoteSpan(cut[1], span.end, span.closed, 0, span.close_len)]
    return [QuoteSpan(span.start, m.start() + 1, True, span.open_len, 0), QuoteSpan(m.end(), span.end, True, 0, span.close_len)]


def _dash_incise(text: str, span: QuoteSpan) -> list[QuoteSpan]:
    """The quotation cut around each attribution a desk sets between dashes inside the marks (parse/incise.py
    `dash_cut`), left to right; a quotation that ends at the incise keeps its head only."""
    s, e = span.inner(text)
    cut = dash_cut(text, s, e)
    if cut is None:
        return [span]
    head = QuoteSpan(span.start, cut[0], True, span.open_len, 0)
    return [head] if cut[1] >= e else [head, *_dash_incise(text, QuoteSpan(cut[1], span.end, span.closed, 0, span.close_len))]  # (`… – prosegue la sindaca – …`: the next incise)


def _marks(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, str, int]]:
    """(index, mark folded to one character, written length) for every mark outside the cues."""
    found = []
    k = 0
    for m in _MARK.finditer(text):  # jump from mark to mark: the scan runs at regex speed
        i = m.start()
        while k < len(skip) and skip[k][1] <= i:
            k += 1
        if k < len(skip) and skip[k][0] <= i:
            continue  # a mark inside a cue does not count
        written = m.group()
        if written == "\ufffd":  # `�This is war,� he said`: a mark the page's encoding lost; between letters an apostrophe (`people�s`)
            if not (text[i - 1 : i].isalnum() and text[i + 1 : i + 2].isalnum()):
                found.append((i, '"', 1))
            continue
        if written == ",," and (text[i - 1 : i].isalnum() or not text[i + 2 : i + 3].isalnum()):
            continue  # `high,, and`: a doubled comma, not a low quote before a word
        if written in ("''", "‘‘") and _elision(text, i + 2):
            found.append((i, written[0], 1))  # `''Tis a done deal,'`: a quote opening on an elision
            continue
        found.append((i, _DOUBLE.get(written, written), len(written)))
    return found


def _pair(text: str, marks: list[tuple[int, str, int]], singles: bool) -> tuple[list[QuoteSpan], bool]:
    """Pair marks with a stack; return the outermost spans and whether a single mark was left
    open inside the paragraph (then the caller pairs again with single marks as apostrophes)."""
    spans: list[QuoteSpan] = []
    stack: list[tuple[int, str, int]] = []  # open marks: (index, mark, length)
    n = len(text)
    ahead = _look_ahead(text, marks)
    elided = -1  # the closing mark of an elision written with two (`'n'`): not a quotation mark
    nested_end = -1  # where the last mark closed a nested quote, when that was the paragraph's last mark
    for k, (i, ch, size) in enumerate(marks):
        before = text[i - 1] if i > 0 else " "
        after = text[i + size] if i + size < n else " "
        if ch in _SINGLE and (before.isalnum() and after.isalnum() or i == elided):
            continue  # O'Neill, don't
        if ch in _SINGLE and not before.isalnum() and after.isalpha():
            elided = _elision_close(text, i + size)
        depth = _closing_depth(stack, ch, before, after, text, i, ahead[k])
        if depth >= 0:
            start, _, open_len = stack[depth]
            del stack[depth:]
            nested_end = -1
            if not stack:
                spans.append(QuoteSpan(start, i + size, True, open_len, size))
            elif len(stack) == 1 and before in ",?!":
                nested_end = i + size
            continue
        if len(stack) < _MAX_DEPTH and _opens(text, i, ch, size, before, after, singles, not stack and ahead[k][0] == _STRONG_CLOSE):
            stack.append((i, ch, size))
            nested_end = -1
    if len(stack) == 1 and nested_end > 0 and stack[0][1] not in _SINGLE and _attribution_after(text, nested_end):
        spans.append(QuoteSpan(stack[0][0], nested_end, True, stack[0][2], 1))  # `playing “Russian roulette,” X concluded`
        stack = []
    if stack:
        start, ch, open_len = stack[0]
        if ch in _SINGLE and text[:start].strip() and not _leads_in(text, start, open_len):
            return spans, True
        spans.append(QuoteSpan(start, n, False, open_len, 0))
    return spans, False


def _dash_attribution(words: list[str], verbs: frozenset[str]) -> bool:
    """`says Kjær`, `Kjær said`, `she said`, `the minister said`: a verb of saying first, or after
    a name, a pronoun or `the` + noun; not `and officials agreed` (a bullet that runs on)."""
    low = [w.lower() for w in words]
    if low and low[0] in verbs:
        return len(low) < 2 or low[1] not in _speaker_self()  # `svarte jeg nei`: the speaker's own sentence goes on
    if len(low) > 1 and low[1] in verbs and (words[0][:1].isupper() or low[0] in ("he", "she", "they", "we")):
        return True
    return len(low) > 2 and low[2] in verbs and low[0] in ("the", "a", "an", "his", "her", "their")


def _attribution_after(text: str, j: int) -> bool:
    """`…roulette,” Szynkowski concluded.`: a verb of saying within the next few words, the
    attribution that shows a nested quote's closing mark closed the whole quotation."""
    words = [w.strip(".,;:!?").lower() for w in text[j : j + 120].split()[:6]]
    return any(w in speech_words().verbs for w in words)


def _leads_in(text: str, start: int, size: int) -> bool:
    """`said: ‘I am …` left open: a quotation carried into the next paragraph, not an apostrophe
    (the mark follows a colon or comma lead-in and opens on a capital, or on an editor's bracket:
    `saying: ‘[The government] will survive.`)."""
    before = text[:start].rstrip()
    after = text[start + size : start + size + 2].lstrip("[")[:1]
    return before.endswith((":", ",", "—", "–")) and after.isupper()


def _runs_on(text: str, start: int, size: int) -> bool:
    """May the quotation opening at `start` run on to the next paragraph? Led in by a colon or
    comma, or opening a paragraph that ends a sentence (not a headline's phrase)."""
    if _leads_in(text, start, size):
        return True
    return not text[:start].strip() and text.rstrip().endswith((".", "!", "?", "…"))


def _look_ahead(text: str, marks: list[tuple[int, str, int]]) -> list[tuple[int, bool, bool]]:
    """For each mark: what the next telling single mark after it is (_OPEN before a word,
    _STRONG_CLOSE after punctuation, 0 when none follows; marks inside or at the edge of a word
    and elisions tell nothing), and whether a double mark and a guillemet follow. Read right to
    left once, so the pairing stays linear."""
    out = [(0, False, False)] * len(marks)
    nxt, double, guillemet = 0, False, False
    for k in range(len(marks) - 1, -1, -1):
        out[k] = (nxt, double, guillemet)
        i, ch, size = marks[k]
        if ch in _DOUBLES:
            double = True
        guillemet = guillemet or ch in "«»‹›"
        if ch not in _SINGLE:
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + size] if i + size < len(text) else " "
        if before in _STRONG_BEFORE and not after.isalnum():
            nxt = _STRONG_CLOSE
        elif not before.isalnum() and after.isalnum() and (_capitalised(text, i + size) or not _elision(text, i + size)):
            nxt = _OPEN  # `'Round here …` with a capital opens a quote; `'round` is an elision
    return out


def _closing_depth(stack: list, ch: str, before: str, after: str, text: str, i: int, ahead: tuple[int, bool, bool]) -> int:
    """The stack depth this mark closes, or -1 when it closes nothing."""
    for depth in range(len(stack) - 1, -1, -1):
        opener = stack[depth][1]
        if ch not in _CLOSES.get(opener, "") and not _mismatched(opener, ch, before, ahead):
            continue
        if opener in "«»‹›「『":
            if opener == ch == "»" and before.isspace():
                continue  # Finnish `»…»` closes on a mark that hugs the last word
            return depth  # guillemets pair whatever the spacing
        if ch == "‘" and opener in "‘'" and before.isalnum():
            return -1  # `‘` closes a UK quote only after punctuation (`sorry!”‘`)
        if before.isspace() and not after.isspace() and ch not in "”" and not _loose_close(text, i, ch):
            return -1  # a mark before a word opens (a nested quote), it does not close
        runs_on = _runs_on(text, stack[depth][0], stack[depth][2])
        if ch in _SINGLE and not _closes_single(text, i, before, after, ahead[0], runs_on):
            return -1
        return depth
    return -1


def _loose_close(text: str, i: int, ch: str) -> bool:
    """`…know little about us "- said the spokeswoman`: a double mark set off by a space but
    followed by punctuation, not a word, closes (common in copy translated from Polish)."""
    after = text[i + 1 : i + 2]
    if ch in _SINGLE or not after:
        return False
    return after in ",;:.!?" or after in "-–—" and text[i + 2 : i + 3] in (" ", "")


def _mismatched(opener: str, ch: str, before: str, ahead: tuple[int, bool, bool]) -> bool:
    """A pair typed with marks of two kinds (`"We are tired of it,’ she said`, Swiss `"Es tut
    uns leid», sagte er`): the other kind's mark closes after punctuation (a guillemet also
    after a word) when no mark of the opener's kind closes later."""
    if opener in "\"“" and ch in "«»":
        return not ahead[1] and not before.isspace()
    if opener in "«»" and ch in "\"“”":
        return not ahead[2] and not before.isspace()
    if opener == ch == "«":  # `«… estas cosas«, dijo Garrido`: the opening guillemet typed again to close
        return before.isalnum() or before in ".!?…"
    if before not in _STRONG_BEFORE:
        return False
    if opener in "\"“" and ch in "’'":
        return not ahead[1]
    if opener in "‘'" and ch in "\"”":
        return ahead[0] != _STRONG_CLOSE
    return False


def _closes_single(text: str, i: int, before: str, after: str, nxt: int, runs_on: bool) -> bool:
    """A single mark after punctuation closes the quote. After a letter it may be a word's own
    apostrophe (`fightin' for`, `the drivers' strike`) or the close of a phrase (`called it 'a
    disgrace' and left`): an apostrophe when a closing mark follows before any new quote opens,
    or, with nothing after, when the quote may run on and the word is a plural or dropped g
    before a lower-case word."""
    if before.isspace() or not (after.isspace() or after in _CLOSE_AFTER):
        return False
    if not before.isalnum() or nxt == _OPEN:
        return True
    if nxt == _STRONG_CLOSE:
        return False
    edge = before in "sSzZ" or text[max(0, i - 2) : i].lower() == "in"
    word_next = after == " " and i + 2 < len(text) and (text[i + 2].islower() or _in_capitals(text, i))
    return not (runs_on and edge and word_next)


def _in_capitals(text: str, i: int) -> bool:
    """Is the copy around `i` written all in capitals (radio copy)? Then case tells nothing."""
    return text[max(0, i - 24) : i + 24].isupper()


def _capitalised(text: str, j: int) -> bool:
    """`'Round here`: a capital then lower case; in copy written all in capitals (`'CAUSE`), only
    at the head of the paragraph or after a colon (`SAID: 'ROUND HERE …`)."""
    if text[j : j + 1].isupper() and text[j + 1 : j + 2].islower():
        return True
    lead = text[max(0, j - 4) : j - 1].rstrip()
    return text[j : j + 2].isupper() and (j <= 1 or lead.endswith(":"))


def _opens(text: str, i: int, ch: str, size: int, before: str, after: str, singles: bool, closes_later: bool = False) -> bool:
    if ch in "«‹„「『" or text[i] == "“" and before in "，：；、。！？" and not after.isspace():
        return True  # (`王毅说，“中新关系……”`: a Chinese desk's left mark right after its own comma or colon opens)
    if ch in "»›":  # German »…«: the mark hugs the word it opens; Danish `» … «` may be spaced
        return not after.isspace() or not before.isalnum()
    if ch not in _SINGLE and before in ".!?" and after.isupper():
        return True  # `he said.“Like the …`: a new quotation run on without its space
    if ch not in _SINGLE and after == " " and not text[:i].strip() and text[i + 2 : i + 3].isupper():
        return True  # `” Police shot dead …”, he says`: a spaced mark at the head of a paragraph closes nothing, it opens
    if ch not in _SINGLE and after == " " and text[:i].rstrip().endswith(":") and text[i + 2 : i + 3].isalpha():
        return True  # `معقبا: " تصريحات … "`: after a lead-in's colon a spaced mark opens (Arabic desks space their marks)
    if after.isspace() or not (before.isspace() or before in _OPEN_BEFORE) or _loose_close(text, i, ch):
        return False
    if ch in _SINGLE:  # `'Round the clock,' he said`: a capital after the mark opens where a close follows
        return singles and (not _elision(text, i + size) or closes_later and _capitalised(text, i + size))
    return True


def _elision_close(text: str, j: int) -> int:
    """`'n'`: the index of the mark that closes an elision opening at text[j], else -1."""
    k = j
    while k < len(text) and k - j < 12 and text[k].isalpha():
        k += 1
    return k if k < len(text) and text[k] in "'’" and text[j:k].lower() + "'" in elisions() else -1


def _elision(text: str, j: int) -> bool:
    """`'til`, `'90s`, `'n'`: the word right after the mark is a known elision or a number."""
    if j < len(text) and text[j].isdigit():
        return True
    k = j
    while k < len(text) and k - j < 12 and (text[k].isalpha()):
        k += 1
    word = text[j:k].lower()
    if k < len(text) and text[k] in "'’" and word + "'" in elisions():
        return True
    return word in elisions()
