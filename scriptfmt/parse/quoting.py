"""The bridge between the story builder and the attribution sieve.

For each prose paragraph: tokenise once, mark the tokens inside quotations, scan the
mentions (parse/mentions.py), then ask the sieve (parse/attribution.py) about each
quotation in turn, with what the builder knows so far (History).
"""

from __future__ import annotations

from scriptfmt.model import Speaker
from scriptfmt.parse.attribution import Ctx, History, Said, Verdict, View, attribute, find_verb, resolve_mention
from scriptfmt.parse.languages import story_words
from scriptfmt.parse.mentions import Scanner
from scriptfmt.parse.people import Tracker
from scriptfmt.parse.quotes import LEAD_OUT, QuoteSpan, find_quotes
from scriptfmt.parse.speakers import speech_words, tokenize, tokens_at



def build_tracker(hints: dict[str, str | None] | None = None, texts: list[str] | None = None) -> Tracker:
    tracker = Tracker(story_words(texts) if texts else speech_words())  # a foreign desk's copy: its language's words
    for name, title in (hints or {}).items():
        tracker.add_hint(name, title)
    return tracker


def build_registry(paragraphs: list, hints: dict | None = None) -> "Attributor":
    """The story's attributor (the name the builder's callers know it by)."""
    return Attributor(hints, paragraphs)


class Attributor:
    def __init__(self, hints: dict | None, paras: list) -> None:
        self.tracker = build_tracker(hints, [getattr(p, "text", p) for p in paras])
        self.scanner = Scanner(self.tracker)
        self.hist = History()
        self.paras = paras  # every prose paragraph (for a quotation that closes later)

    def known_from(self, lines: list[str]) -> None:
        """People the headline and deck name (`Auckland Mayor Wayne Brown criticises …`) are
        known to the story: a later `the mayor` or `Brown` is them. Not read, not quoted."""
        for line in lines:
            toks = tokenize(line)
            self.scanner.scan(line, toks, [t.start for t in toks], find_quotes(line), line.isupper())
            self.tracker.sentence += 1  # a headline is a sentence of its own, full stop or not

    def resolve(self, words: list[str]) -> Speaker:
        """A marker's name (`[SOT: HOLLIS :14]`) -> the story's person."""
        return self.tracker.resolve(words)

    def view(self, text: str, index: int, line: int, quotes: list[QuoteSpan]) -> View:
        toks, starts = tokens_at(text)
        first_sentence, base = self.tracker.sentence, self.tracker.base
        mentions, ends = self.scanner.scan(text, toks, starts, quotes, text.isupper())
        return View(text, index, line, toks, starts, ends, first_sentence, base, mentions, quotes, text.isupper(), self.scanner)

    def decide(self, view: View, quote: QuoteSpan, floor_char: int) -> Verdict:
        first, after = view.tok(quote.start), view.tok(quote.end)
        floor = view.tok(floor_char)
        s, e = quote.inner(view.text)
        nxt = self.paras[view.index + 1] if view.index + 1 < len(self.paras) else ""
        ctx = Ctx(view, quote, first, after, floor, view.text[s:e].strip(), self.hist, self.tracker, self.tracker.words, self._closes_later, getattr(nxt, "text", nxt))
        return attribute(ctx)

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

    def _closes_later(self, c: Ctx) -> Verdict | None:
        """A quotation running over paragraphs is often attributed only where it closes:
        follow the paragraphs that open with a mark and read the attribution there."""
        for para in self.paras[c.view.index + 1 :]:
            text = getattr(para, "text", para)
            quotes = find_quotes(text)
            if not quotes or text[: quotes[0].start].strip():
                return None
            quote = quotes[0]
            if quote.closed:
                s, e = quote.inner(text)
                if not text[s:e].rstrip().endswith(LEAD_OUT):
                    return None
                return self._named_after(text[quote.end : quote.end + 200], c)
        return None

    def _named_after(self, after: str, c: Ctx) -> Verdict | None:
        """The attribution after the closing quotation, read like any other (its paragraph
        is scanned in full when its turn comes; the person it names is the same)."""
        toks = tokenize(after)[:12]
        found: list = []
        i = 0
        while i < len(toks):
            i = max(self.scanner.mention_at(toks, i, after.isupper(), found), i + 1)
        found.sort(key=lambda m: m.start)
        for m in found:
            m.sentence, m.pos = self.tracker.sentence, self.tracker.base
        view = View(after, c.view.index, c.view.line, toks, [t.start for t in toks], [], self.tracker.sentence, self.tracker.base, found, [], after.isupper(), self.scanner)
        verb = find_verb(toks, 0, 8, self.tracker.words)
        if verb is None:
            return None
        near = view.mentions_in(verb[1], verb[1] + 4) if verb[0] == 0 else [m for m in found if m.end <= verb[0]][-1:]
        return resolve_mention(c, view, near[0], "closes-later") if near else None
