"""The bridge between the story builder and the attribution sieve.

For each prose paragraph: tokenise once, mark the tokens inside quotations, scan the
mentions (parse/mentions.py), then ask the sieve (parse/attribution.py) about each
quotation in turn, with what the builder knows so far (History).
"""

from __future__ import annotations

import bisect
import re

from scriptfmt import tomlfile
from scriptfmt.model import Speaker
from scriptfmt.parse.attribution import attribute, find_verb, glued_pronoun, said_after
from scriptfmt.parse.clauses import written_source
from scriptfmt.parse.credits import credited_by_next
from scriptfmt.parse.resolve import resolve_mention
from scriptfmt.parse.verdicts import Ctx, History, Said, Verdict
from scriptfmt.parse.view import View, mentions_from
from scriptfmt.parse.languages import story_words
from scriptfmt.parse.mentions import Scanner
from scriptfmt.parse.names import name_data
from scriptfmt.parse.people import Tracker
from scriptfmt.parse.qawords import says
from scriptfmt.parse.quotes import LEAD_OUT, QuoteSpan, closing_only, find_quotes, story_dash_speech
from scriptfmt.parse.speakers import speech_words, tokenize, tokens_at
from scriptfmt.parse.statements import note_writers
from scriptfmt.parse.punctuation import DOUBLE_QUOTES, PROSE_QUOTES

_OPENING = "\"“‘'«„"
_BACK_ANNOUNCE = re.compile(r"(?:That's|That’s|That is|That was)[ ]([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){1,3})[,.]")


def _closes_at_end(text: str) -> int | None:
    """A paragraph with no opening mark whose only mark closes it at its very end (`… fine del
    mese».`, `… das verspreche ich.“`): the rest of the quotation left open in the paragraph before. The index after the mark."""
    body = text.rstrip().rstrip(".!?")
    if not body or body[-1] not in "»”\"“«" or body[-2:-1].isspace():  # (German `„…“` and Danish `»…«` close on `“` / `«`)
        return None
    marks = sum(text.count(ch) for ch in "«»“”„\"")
    return len(body) if marks == 1 else None


def _opening_dropped(text: str, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """`It is a deeply regrettable choice …," Tory said Wednesday.` with no quotation open before:
    the page dropped the opening mark (a drop-cap or a styled first line eats it). A paragraph that
    opens on a capital, whose first mark closes a quotation right before a verb of saying, is a
    quotation from its start to that mark."""
    close = closing_only(text)
    if close is None or not text[:1].isupper() or len(text[:close].split()) < 4 or quotes and quotes[0].start < close:
        return quotes
    return [QuoteSpan(0, close, True, 0, 1), *quotes]


_LEAD_IN_MANNER = frozenset(tomlfile.load_builtin("speech.toml")["lead_in_manner"])  # (`lo resume así:`, `il le dit ainsi:`)


def _dash_after_lead_in(text: str, before, after, verbs) -> QuoteSpan | None:
    """A paragraph opened by a dialogue dash (`— Estamos a falar …`, `—El aceite baja …`) right after one
    that ends on a verb of saying and a colon (`respondeu:`, `lo resume así:`): the speech that lead-in
    announces, whole. Never a hyphen, nor one of a run of dashed paragraphs (`listed the changes:` then
    `- Bus fares …` / `- The library …`: a list)."""
    before = getattr(before, "text", before).rstrip()
    if not before.endswith(":") or text[:1] not in ("–", "—"):
        return None
    last = before[:-1].split()[-1:] or [""]
    if last[0].lower().strip(",;") not in verbs and last[0].lower() not in _LEAD_IN_MANNER:
        return None
    if getattr(after, "text", after).lstrip()[:1] == text[:1]:
        return None
    gap = 2 if text[1:2] == " " else 1
    return QuoteSpan(0, len(text.rstrip()), True, gap, 0) if text[gap : gap + 1].isupper() else None


def _dash_after_colon(text: str, verbs) -> QuoteSpan | None:
    """`Prontamente, ela respondeu: — Então tá bom. Eu espero isso …`: in one paragraph, a verb of saying, its colon and
    a dialogue dash opening a capitalised sentence: the speech that lead-in announces, to the paragraph's end (the only
    dash after it: a second one closes a dash pair, read by the quotation finder)."""
    for dash in ("—", "–"):
        at = text.find(": " + dash + " ")
        if at > 0 and text.find(dash, at + 3) < 0 and text[at + 4 : at + 5].isupper():
            last = text[:at].split()[-1:] or [""]
            if last[0].lower().strip(",;") in verbs:
                return QuoteSpan(at + 2, len(text.rstrip()), True, 2, 0)
    return None


def build_tracker(hints: dict[str, str | None] | None = None, texts: list[str] | None = None) -> Tracker:
    tracker = Tracker(story_words(texts) if texts else speech_words())  # a foreign desk's copy: its language's words
    for name, title in (hints or {}).items():
        tracker.add_hint(name, title)
    return tracker


def build_registry(paragraphs: list, hints: dict | None = None) -> "Attributor":
    """The story's attributor (the name the builder's callers know it by)."""
    return Attributor(hints, paragraphs)


_CLOSED_LATER = 4  # paragraphs looked at for the one that closes a quotation left open
_OPEN_TO_THE_END = 8  # paragraphs at most after the one that runs on: a speech's end, not a page's


class Attributor:
    def __init__(self, hints: dict | None, paras: list) -> None:
        texts = [getattr(p, "text", p) for p in paras]
        self.tracker = build_tracker(hints, texts)
        self.scanner = Scanner(self.tracker)
        self.hist = History(texts=texts)
        self.paras = paras  # every prose paragraph (for a quotation that closes later)
        self.dash_speech = self.tracker.words.lang != "en" and story_dash_speech(texts)  # a foreign story writing `– …, säger X.`

    def known_from(self, lines: list[str]) -> None:
        """People the headline and deck name (`Auckland Mayor Wayne Brown criticises …`) are
        known to the story: a later `the mayor` or `Brown` is them. Not read, not quoted."""
        for line in lines:
            toks = tokenize(line)
            if len(toks) >= 6 and sum(t.core[:1].isupper() for t in toks) > 0.7 * len(toks) and not line.isupper():
                continue  # a headline in Title Case: every word a capital, no telling where a name ends
            self.scanner.scan(line, toks, [t.start for t in toks], find_quotes(line), line.isupper())
            self.tracker.sentence += 1  # a headline is a sentence of its own, full stop or not

    def resolve(self, words: list[str]) -> Speaker:
        """A marker's name (`[SOT: HOLLIS :14]`) -> the story's person."""
        return self.tracker.resolve(words)

    def view(self, text: str, index: int, line: int, quotes: list[QuoteSpan]) -> View:
        toks, starts = tokens_at(text)
        self._closed_at_attribution(text, toks, starts, quotes)
        first_sentence, base = self.tracker.sentence, self.tracker.base
        mentions, ends = self.scanner.scan(text, toks, starts, quotes, text.isupper())
        view = View(text, index, line, toks, starts, ends, first_sentence, base, mentions, quotes, text.isupper(), self.scanner)
        self.hist.recent = [*self.hist.recent[-6:], view]  # (parse/paraphrase.py `chained_subject` reads back six)
        note_writers(view, self.hist.writers, self.tracker.words)  # `Omondi said in a statement that …`
        return view

    def _closed_at_attribution(self, text: str, toks: list, starts: list[int], quotes: list[QuoteSpan]) -> None:
        """`"Anadolu Agency was founded … struggle, said Health Minister Fahrettin Koca on Twitter.`:
        a quotation left open in a paragraph that ends with an attribution after a comma (a verb of
        saying, then a name; or a name or he / she, then the verb) closed at that comma; the copy
        dropped the closing mark. The quotation is cut there, in place, before the mentions are read."""
        quote = quotes[-1] if quotes else None
        if quote is None or quote.closed or not toks or any(ch in DOUBLE_QUOTES for ch in text[quote.start + quote.open_len :]):
            return
        verbs = self.tracker.words.verbs
        inside = bisect.bisect_left(starts, quote.start + quote.open_len)
        honorifics = name_data().honorifics
        for k in range(inside + 3, len(toks) - 3):  # `… courtesy. Mr Tikoduadua said it was his first time …`
            if toks[k - 1].trail[-1:] in (".", "!", "?") and toks[k].low in honorifics and toks[k + 1].low in self.tracker.by_surname and toks[k + 2].low in verbs:
                quote.end, quote.closed, quote.close_len = starts[k - 1] + len(toks[k - 1].raw), True, 0
                return  # the reporter's sentence about the speaker: the quotation closed before it
        if not toks[-1].trail[-1:] in (".", "!", "?"):
            return
        for k in range(max(inside + 3, len(toks) - 20), len(toks) - 2):
            if not toks[k].raw.endswith(","):
                continue
            tail = [t.low for t in toks[k + 1 : k + 6]]
            named = next((n for n, t in enumerate(toks[k + 1 : k + 6]) if t.low in verbs), None)
            if named == 0 and toks[k + 2].core[:1].isupper() or named and (tail[0] in ("he", "she") or all(t.core[:1].isupper() for t in toks[k + 1 : k + 1 + named])):
                quote.end, quote.closed, quote.close_len = starts[k] + len(toks[k].raw), True, 0
                return

    def carried(self, text: str, index: int, quotes: list[QuoteSpan], continuing: tuple | None) -> list[QuoteSpan]:
        """The quotations of a paragraph (as found) after one that left a quotation open, when this one opens
        no mark: it closes that quotation (`… feasible," he said.`), or, in the first person with no
        marks at all and the next paragraph opening a quotation again, it is the middle of it
        (`"…` / `I think …` / `"…"`: the copy dropped its opening mark)."""
        if not continuing:
            nxt = getattr(self.paras[index + 1], "text", self.paras[index + 1]) if index + 1 < len(self.paras) else ""
            if not quotes and (lead := _dash_after_lead_in(text, self.paras[index - 1] if index else "", nxt, self.tracker.words.verbs) or _dash_after_colon(text, self.tracker.words.verbs)) is not None:
                return [lead]  # `Questionado sobre os prazos, respondeu:` then `— Estamos a falar de semanas …`
            if not quotes and not self.dash_speech and credited_by_next(text, nxt):  # a who-said-what list: the words, then who said them
                return [QuoteSpan(0, len(text.rstrip()), True, open_len=0, close_len=0)]
            return _opening_dropped(text, quotes)
        if quotes and not text[: quotes[0].start].strip():
            return quotes
        if (close := closing_only(text)) is not None:
            return [QuoteSpan(0, close, True, 0, 1), *(q for q in quotes if q.start >= close)]
        if (close := _closes_at_end(text)) is not None:  # `Chiediamo che … entro la fine del mese».`
            return [QuoteSpan(0, close, True, 0, 1)]
        nxt = getattr(self.paras[index + 1], "text", self.paras[index + 1]).lstrip() if index + 1 < len(self.paras) else ""
        if quotes or any(ch in DOUBLE_QUOTES for ch in text):
            return quotes
        if self._closed_later(index) or says(text, "first_person") and (nxt[:1] in _OPENING or self._open_to_the_end(index)):
            return [QuoteSpan(0, len(text), False, open_len=0)]
        return quotes

    def _closed_later(self, index: int) -> bool:
        """`« Les auditeurs …` / `Quand vous allez au village, …` / `Egalement, … aux auditeurs», a-t-il souligné.`:
        a paragraph with no mark, after a quotation left open, is its middle when a paragraph soon after
        (the paragraphs between with no mark either) closes it with no mark opening one first."""
        for p in self.paras[index + 1 : index + 1 + _CLOSED_LATER]:
            t = getattr(p, "text", p)
            if closing_only(t) is not None or _closes_at_end(t) is not None:
                return True
            if any(ch in DOUBLE_QUOTES for ch in t):
                return False
        return False

    def _open_to_the_end(self, index: int) -> bool:
        """`Esto respondió X:` / `“Si pueden comparar …` / `Haciendo un cálculo hemos tenido …` / `Hemos dicho
        que …` (end of page): a quotation opened and never closed, every paragraph after it to the end of
        the copy in the first person with no quotation mark, is one speech to its end (the page dropped the
        marks that reopen each paragraph)."""
        rest = [getattr(p, "text", p) for p in self.paras[index + 1 :]]
        return len(rest) < _OPEN_TO_THE_END and all(not any(ch in DOUBLE_QUOTES for ch in t) and says(t, "first_person") for t in rest)

    def decide(self, view: View, quote: QuoteSpan, floor_char: int) -> Verdict:
        return attribute(self._ctx(view, quote, floor_char))

    def goes_on(self, view: View, quote: QuoteSpan, said: Said | None) -> bool:
        """A quotation carried over from the paragraph before goes on in this one, unless it closes
        here with an attribution to someone else (`'People have been run over,' the mayor
        responded.`): then the copy dropped the last paragraph's closing mark; decide afresh. Read copy
        left open (`… are peaceful "thanks to wise leadership.`) goes on as read copy unless the quotation
        here closes on an attribution that names its speaker (`"The most peaceful villages …," he said.`)."""
        if not quote.closed:
            return True
        verdict = said_after(self._ctx(view, quote, 0))
        if said is None:
            return verdict is None or verdict.said is None
        return verdict is None or verdict.said is None or verdict.said.speaker.name == said.speaker.name

    def _ctx(self, view: View, quote: QuoteSpan, floor_char: int) -> Ctx:
        first, after = view.tok(quote.start), view.tok(quote.end)
        s, e = quote.inner(view.text)
        nxt = self.paras[view.index + 1] if view.index + 1 < len(self.paras) else ""
        return Ctx(view, quote, first, after, view.tok(floor_char), view.text[s:e].strip(), self.hist, self.tracker, self.tracker.words, self._closes_later, getattr(nxt, "text", nxt), self._attributed_below)

    def marker(self, bite) -> None:
        """An explicit marker's bite (`[SOT: HOLLIS :14]`): its person's id, and the speaker
        a following quotation or pronoun carries on from."""
        person = self.tracker.identify(bite.speaker.name.split())
        if person is not None:
            self.tracker.seen(person, self.tracker.sentence, self.tracker.base)
            bite.speaker_id = person.pid
        bite.why = "marker"
        self.bite(Said(bite.speaker, bite.speaker_id or "", "marker"), -10)

    def settle(self, segments: list) -> None:
        """A bite attributed before the story gave the full name (`Chancellor Merz said` …
        later `Chancellor Friedrich Merz`) takes the full name at the end of the story."""
        for seg, nxt in zip(segments, segments[1:]):
            if getattr(seg, "tape", None) in ("ACT", "SOT") and getattr(seg, "speaker", None) is None and not hasattr(nxt, "tape"):
                named = _BACK_ANNOUNCE.match(nxt.text)  # `That's Ruth Pomare, who skippers …`: the tape just played
                if named:
                    seg.speaker, seg.why = self.tracker.resolve(named.group(1).split()), "back-announce"
        people = {p.pid: p for p in self.tracker.people if p.pid}
        for seg in segments:
            person = people.get(getattr(seg, "speaker_id", None) or "")
            speaker = getattr(seg, "speaker", None)
            if person is None or speaker is None:
                continue
            said, full = speaker.name.split(), person.name.split()
            if len(full) > len(said) and [w.lower() for w in full[-len(said):]] == [w.lower() for w in said]:
                seg.speaker = Speaker(person.name, speaker.title or person.title)

    def bite(self, said: Said, index: int) -> None:
        self.hist.last, self.hist.last_bite_para, self.hist.said_here = said, index, said
        self.hist.speakers.add(said.pid)
        self.hist.known_at_bite = len(self.tracker.people)

    def _closes_later(self, c: Ctx) -> Verdict | None:
        """A quotation running over paragraphs is often attributed only where it closes:
        follow the paragraphs that open with a mark and read the attribution there."""
        for para in self.paras[c.view.index + 1 :]:
            text = getattr(para, "text", para)
            if (close := closing_only(text)) is not None:  # `… feasible," he said.`: its opening mark dropped
                return self._named_after(text[close : close + 200], c)
            quotes = find_quotes(text)
            if not quotes or text[: quotes[0].start].strip():
                return None
            quote = quotes[0]
            if quote.closed:
                s, e = quote.inner(text)
                if not text[s:e].rstrip().endswith(LEAD_OUT) and text[quote.end : quote.end + 1] != ",":  # (`… dignes », a martelé X`)
                    return None
                return self._named_after(text[quote.end : quote.end + 200], c)
        return None

    def _attributed_below(self, c: Ctx) -> Verdict | None:
        """`“Tardamos diez años en llegar hasta aquí”,` / `afirmó el ingeniero del proyecto, Tomás Bello.`: a paste
        that kept the page's line breaks sets a quotation's attribution in the paragraph under it. A quotation
        that is its whole paragraph and hands on to an attribution (`…,”`, `…?”`) is the words of the one the
        next paragraph names, when it opens on its verb of saying (`said the engineer`, `he told reporters`, `Bell
        added`); None when it names no one (`aseguró.`: the rules after this one know the speaker)."""
        v, text = c.view, c.view.text
        handed = c.inner.rstrip(PROSE_QUOTES + " ").endswith(LEAD_OUT) or text[c.quote.end : c.quote.end + 1] == ","
        if not c.quote.closed or text[: c.quote.start].strip() or text[c.quote.end :].strip(" ,") or not handed or not c.next_text:
            return None
        below = c.next_text.strip()
        toks = tokenize(below)[:12]
        if not toks or find_verb(toks, 0, min(4, len(toks)), self.tracker.words) is None:
            return None
        verdict = self._named_after(below[:200], c, reach=8, why="said-below")
        return verdict if verdict is not None and verdict.said is not None else None

    def _named_after(self, after: str, c: Ctx, reach: int = 4, why: str = "closes-later") -> Verdict | None:
        """The attribution after the closing quotation, read like any other (its paragraph
        is scanned in full when its turn comes; the person it names is the same). `reach`: how far
        after a verb that opens it the subject may stand (`afirmó el ingeniero del proyecto, Tomás Bello`)."""
        toks = tokenize(after)[:12]
        found = sorted(mentions_from(self.scanner, toks, 0, len(toks), after.isupper()), key=lambda m: m.start)
        view = View(after, c.view.index, c.view.line, toks, [t.start for t in toks], [], self.tracker.sentence, self.tracker.base, found, [], after.isupper(), self.scanner)
        verb = find_verb(toks, 0, 8, self.tracker.words)
        if verb is None:
            return None
        if written_source(toks[: view.sentence_end(verb[0])], verb[1], self.tracker.words):
            return Verdict(None)  # `…," Salleh countered in a post on his blog.`: written words, read copy
        near = view.mentions_in(verb[1], verb[1] + 4) if not any(t.core for t in toks[: verb[0]]) else [m for m in found if m.end <= verb[0]][-1:]  # (`, a martelé X`: the comma is no subject)
        if reach > 4 and not any(m.kind != "thing" for m in near) and not any(t.core for t in toks[: verb[0]]):
            near = [m for m in view.mentions_in(verb[1], verb[1] + reach) if m.kind != "thing"][:1]
        if verb[0] == 0 and (glued := glued_pronoun(c, view, 0)) is not None:
            return glued  # `…?," katanya kepada wartawan`: the pronoun glued to the verb, whoever it was said to
        return resolve_mention(c, view, near[0], why) if near else None
