"""The story builder: paragraphs of read copy to segments (narration, cues, soundbites), for every shape
parse/story.py reads.

Soundbite rules (the anchor does not read these):
  - a colon lead-in naming a person (`Kishida said:`, `According to Gregory Polling …:`)
    followed by a quotation;
  - a quotation attributed inline, after (`"…," Aagaard told reporters.`, `"…," said Sen.
    Mark Ellery`, `"…," she said.`) or before (`Hollis said, "…"`); the attribution stays
    narration, in its place;
  - a quotation that carries on right after an attributed one (next sentence, or the next
    paragraph opening with a mark: the multi-paragraph convention);
  - an explicit marker `[SOT: NAME, TITLE :15]` / `[ACT: NAME :14]` with optional
    `IN:` / `OUT:` / `RUNS:` lines and a quoted transcript after it.
A quotation with no person to attribute it to, a partial quote (`said the plan was "dead
on arrival"`) and a scare quote (`the "quiet success"`) stay narration.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import re

import regex

from scriptfmt.model import Cue, Narration, Segment, Soundbite, Speaker, Story
from scriptfmt.parse import coanchors, furniture, inline, markup, radiolines, tape, turnmarks
from scriptfmt.parse.cues import CueSpan, Vocabulary, cue_line_type, editor_insertions_kept, find_cues
from scriptfmt.parse.quotes import find_quotes
from scriptfmt.parse.markers import MARKER, QUOTE_MARKS, apply_field, marker_bite
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.verdicts import Said
from scriptfmt.parse.quoting import Attributor as Registry

_WORDS = regex.compile(r"[\p{L}\p{N}]+")
_SPEAKER_LABEL = re.compile(r"([A-Za-z][A-Za-z-]{1,15})[ ]*:[ ]+(?=\S)")
_ASIDE = re.compile(r"\([^()\n]{1,240}\)")


# --- paragraphs to segments -----------------------------------------------------------


@dataclass(eq=False, repr=False)
class Piece:
    segment: Segment
    para: int
    continues: bool = False  # a soundbite that carries on the previous paragraph's quotation
    new_item: bool = False  # opens the next item of a wire digest: never merged into the segment before


@dataclass(eq=False, repr=False)
class Builder:
    vocab: Vocabulary
    registry: Registry
    story: Story
    paras: list[Para]
    pieces: list[Piece] = field(default_factory=list)
    open_quote: tuple[Said | None, int] | None = None  # a quotation left open at paragraph end
    marker: Soundbite | None = None  # an explicit [SOT: …] waiting for IN:/OUT:/transcript
    marker_fields: list[str] = field(default_factory=list)  # its IN:/OUT: lines as written
    talent: str | None = None  # who reads, once a co-anchor line (`ANNA:`, `(DEV)`) switched it
    tape_people: dict[str, Speaker] = field(default_factory=dict)  # surname -> full name a tape label gave
    line: int = 0  # input line of the paragraph being built
    co_anchor: bool | None = None  # the copy switches readers (worked out on first need)
    _starts: list[int] = field(default_factory=list)  # start of each cue span in the paragraph, for bisect

    @property
    def warnings(self) -> list[str]:
        return self.story.warnings

    def paragraph(self, para: Para, index: int) -> None:
        """One paragraph; the narration it makes carries the reader a co-anchor line switched to."""
        first = len(self.pieces)
        self._paragraph(para, index)
        if para.new_item and len(self.pieces) > first:
            self.pieces[first].new_item = True
        if self.talent is not None:
            for piece in self.pieces[first:]:
                if isinstance(piece.segment, Narration) and piece.segment.talent is None:
                    piece.segment.talent = self.talent

    def _paragraph(self, para: Para, index: int) -> None:
        text = para.text
        self.line = para.line
        parts = coanchors.talent_parts(text, self.vocab) if self.marker is None and text[:1] == "(" else []
        if len(parts) > 1:  # `(DEV) Good evening. … (ANNA) Deckhands …`: each reader's name switches the talent where it stands
            for part in parts:
                self.paragraph(Para(part, para.line, para.special), index)
            return
        switch = markup.talent_switch(text, self.vocab)
        if switch is not None and self.marker is None:  # `ANNA:`, `(DEV)`, `[2-SHOT]` alone: who reads next
            self.talent = switch[0]
            self.pieces.append(Piece(Cue(text.strip("[]()").rstrip(":"), para.line, cue_type=switch[1], original=text), index))
            return
        if self.marker is not None:
            if self._marker_field(text):
                return
            quotes = find_quotes(text)
            if len(quotes) == 1 and quotes[0].start == 0 and quotes[0].end >= len(text.rstrip(".")) and not self.marker.text:
                s, e = quotes[0].inner(text)
                self.marker.text = text[s:e].strip()
                self._finish_marker()
                return
            self._finish_marker()
        found = inline.tape_tail(self.pieces[-1].segment if self.pieces else None, text, self.story.warnings)
        if not found and radiolines.booth_direction(text):
            found = [Cue(text, para.line, cue_type="MUSIC", original=text)]
        if found:  # `Cart 215` / `Runs :09` under `(Actuality – "…")`: the bite's; `Cue in signature tune …`: the booth's
            self.pieces += [Piece(piece, index) for piece in found]
            return
        marker = MARKER.fullmatch(text)
        if marker and (text.startswith("[") or text.isupper()) and self._start_marker(marker, para, index):
            return
        if text[:5].upper() == "SLUG:" and furniture.header_line(text, self.vocab.words):
            self.story.metadata.setdefault("header_extra", []).append(text)  # a later story's slug line: never read
            return
        label = _SPEAKER_LABEL.match(text)
        co_anchor = label is not None and markup.is_talent_label(text) and self._co_anchors()
        if label and (furniture.is_speaker_label(label.group(1)) or co_anchor):
            # `ANNCR: Good evening …`: who reads (a cue, like an NRCS anchor cue), then the copy;
            # in co-anchor copy `ANNA: The zoo …` switches the reader
            self.talent = label.group(1) if co_anchor else self.talent
            self.pieces.append(Piece(Cue(label.group(1), para.line, cue_type="TALENT", original=label.group(0).rstrip()), index))
            para = Para(text[label.end():], para.line, para.special)
            text = para.text
        cue_type = cue_line_type(text, self.vocab) if para.special and not text.startswith(("[", "{", "<", "(")) else None
        if cue_type:
            self._close_open_quote(para)
            self.pieces.append(Piece(Cue(text, para.line, cue_type=cue_type, original=text), index))
            return
        self._prose(para, index)

    def _co_anchors(self) -> bool:
        """Does the copy switch readers anywhere (`(DEV)`, `[2-SHOT]`, `ANNA:` alone)?"""
        if self.co_anchor is None:
            self.co_anchor = any(markup.talent_switch(p.text, self.vocab) for p in self.paras)
        return self.co_anchor

    # explicit markers -----------------------------------------------------------------
    def _start_marker(self, m: re.Match, para: Para, index: int) -> bool:
        bite = self._marker_bite(m, para.text)
        if bite is None:
            return False
        self.marker = bite
        self.pieces.append(Piece(bite, index))
        return True

    def _marker_bite(self, m: re.Match, written: str) -> Soundbite | None:
        bite = marker_bite(m, written, self.registry, self.warnings, self.line)
        if bite is not None and bite.speaker is not None:
            self.registry.marker(bite)
        return bite

    def _marker_field(self, text: str) -> bool:
        if not apply_field(self.marker, text, self.warnings):
            return False
        self.marker_fields.append(text)
        return True

    def _finish_marker(self) -> None:
        bite, self.marker = self.marker, None
        # The marker keeps its IN:/OUT: lines as written; `text` is the transcript, if the copy has one.
        bite.marker = "\n".join([bite.marker, *self.marker_fields])
        self.marker_fields = []
        if not bite.text and bite.duration is None:
            self.warnings.append(f"line {bite.line}: soundbite has neither a duration nor a transcript; it is timed as :00")
        _set_cues(bite)

    # prose: cues, asides, quotations --------------------------------------------------
    def _prose(self, para: Para, index: int) -> None:
        text = para.text
        unclosed: list[str] = []
        spans = editor_insertions_kept(text, find_cues(text, self.vocab, unclosed))
        self.warnings.extend(f"line {para.line}: {w}" for w in unclosed)
        starts = [span.start for span in spans]
        noted = [m for m in _ASIDE.finditer(text) if furniture.is_aside(m.group()[1:-1]) or furniture.signs_off(text, m.start(), m.end())]
        asides = [m for m in noted if not _overlaps(m.start(), m.end(), spans, starts)]  # a cue's brackets are the cue's
        for m in asides:
            self.story.metadata.setdefault("asides", []).append(m.group())
        # An aside is cut out of the copy like a cue, but leaves no segment behind.
        spans = sorted(spans + [CueSpan(m.start(), m.end(), m.group()[1:-1], "ASIDE") for m in asides], key=lambda c: c.start)
        blocked = [(span.start, span.end) for span in spans]
        self._starts = [span.start for span in spans]
        continuing = self.open_quote
        quotes = self.registry.carried(text, index, find_quotes(text, blocked, self.registry.dash_speech), continuing)
        self.open_quote = None
        if continuing and not (quotes and text[: quotes[0].start].strip() == ""):
            self.warnings.append(f"line {continuing[1]}: quotation is not closed")
            continuing = None
        view = self.registry.view(text, index, para.line, quotes)
        self.registry.hist.said_here = None
        cursor = floor = 0
        for n, quote in enumerate(quotes):
            if n == 0 and continuing and self.registry.goes_on(view, quote, continuing[0]):
                said, carries = continuing[0], True
            else:
                self._history(index)
                verdict = self.registry.decide(view, quote, floor)
                said, carries = verdict.said, False
                if verdict.warning:
                    self.warnings.append(verdict.warning)
            floor = quote.end
            if said is None:
                continue  # stays narration, marks and all
            self._emit(text, cursor, quote.start, spans, index)
            s, e = quote.inner(text)
            self._emit(text, s, e, spans, index, said=said, continues=carries)
            self.registry.bite(said, index)
            cursor = quote.end
            if not quote.closed:
                self.open_quote = (said, para.line)
        self.registry.hist.prev_view = view
        last = quotes[-1] if quotes else None
        if last and not last.closed and self.open_quote is None and last.inner(text)[0] < len(text):
            self.open_quote = (None, para.line)  # read copy left open: it may go on in the next paragraph
        self._emit(text, cursor, len(text), spans, index)

    def _history(self, index: int) -> None:
        """What the sieve needs to know about the segments built so far."""
        hist = self.registry.hist
        last = self.pieces[-1] if self.pieces else None
        hist.prev_colon = bool(last and last.para == index - 1 and isinstance(last.segment, Narration) and last.segment.text.rstrip().endswith(":"))
        hist.prev_is_bite = bool(last and isinstance(last.segment, Soundbite))
        hist.after_attribution = self._after_attribution()

    def _close_open_quote(self, para: Para) -> None:
        if self.open_quote:
            self.warnings.append(f"line {self.open_quote[1]}: quotation is not closed")
            self.open_quote = None

    def _after_attribution(self) -> bool:
        """The last piece is the attribution narration right after a soundbite (`Aagaard said.`)."""
        if len(self.pieces) < 2 or not isinstance(self.pieces[-1].segment, Narration):
            return False
        return isinstance(self.pieces[-2].segment, Soundbite) and len(_WORDS.findall(self.pieces[-1].segment.text)) <= 25

    def _emit(self, text: str, a: int, b: int, spans: list[CueSpan], index: int, said: Said | None = None, continues: bool = False) -> None:
        """Emit text[a:b] as narration (or a soundbite of `speaker`), split at the cues inside it."""
        pos = a
        for k in range(bisect.bisect_left(self._starts, a), len(spans)):
            span = spans[k]
            if span.start >= b:
                break
            self._text_piece(text[pos : span.start], index, said, continues)
            continues = False
            self._cue_piece(text, span, index)
            pos = span.end
        self._text_piece(text[pos:b], index, said, continues)

    def _cue_piece(self, text: str, span: CueSpan, index: int) -> None:
        """A cue; an explicit `[SOT: NAME :15]` marker inside a paragraph is a soundbite."""
        if span.cue_type == "ASIDE":
            return  # already in metadata
        written = text[span.start : span.end]
        marker = MARKER.fullmatch(written) if written.startswith("[") else None
        bite = self._marker_bite(marker, written) if marker else None
        if bite is None:
            self._tape_or_cue(written, span, index)
            return
        self.pieces.append(Piece(bite, index))
        if text[span.end :].strip():
            self.marker_fields = []
            _set_cues(bite)
        else:
            self.marker = bite  # IN:/OUT: lines may follow

    def _tape_or_cue(self, written: str, span: CueSpan, index: int) -> None:
        """`((Tolliver: "…"))` or `[TAKE PKG TRT 1:48]` is tape, timed by its given length; else a cue."""
        bite = inline.inline_tape(written[: span.tail or len(written)], span.cue_type, self.line, self.warnings)
        if bite is None:
            self.pieces.append(Piece(Cue(span.text, self.line, cue_type=span.cue_type, original=written), index))
            return
        bite.line = self.line
        bite.speaker = bite.speaker or inline.tail_person(written, span.tail)  # `(Actuality - "…") -- PELLETIER-KANE -- RUNS :06`
        bite.speaker = self._tape_speaker(bite)
        if bite.speaker is not None and len(bite.speaker.name.split()) > 1:
            self.tape_people[bite.speaker.name.split()[-1].lower()] = bite.speaker
        self.pieces.append(Piece(bite, index))
        tail = inline.after_tape(bite, written, span.tail, self.warnings)
        if tail is not None:  # `(Actuality – "…" – Name, organisation) RUNS :05`: who, and its running time
            self.pieces.append(Piece(tail, index))

    def _tape_speaker(self, bite: Soundbite) -> Speaker | None:
        """Tape named by surname (`((Collette: …))`) takes the full name from an earlier bite's label
        or the copy; a label with a word before the name (`Patriots Chris Long`) the copy's person; an
        actuality (`(Actuality – "…")`) whom the copy just named, else no name and a warning."""
        speaker = bite.speaker
        if speaker is None:
            if bite.tape not in {"ACT", "SOT"}:
                return None
            before = self.pieces[-1].segment.text if self.pieces and isinstance(self.pieces[-1].segment, Narration) else ""
            run = before.isupper() and inline.caps_named(before) or inline.last_named(before)  # in capitals every word looks like a name
            if not run:
                self.warnings.append(f"line {self.line}: actuality names no speaker and the copy before names nobody")
                return None
            known = self.registry.resolve(run[-1:])
            name = known.name if len(known.name.split()) > 1 else " ".join(run[-2:])
            return Speaker(tape.display_name(name), known.title)
        words = speaker.name.split()
        if len(words) == 1 and words[0].lower() in self.tape_people:
            return self.tape_people[words[0].lower()]
        known = self.registry.resolve(words[-1:])
        known_words = (known.name if len(known.name.split()) > 1 else inline.full_name(words[-1], [p.segment for p in self.pieces[-8:]]) or known.name).split()
        if len(words) == 1 or 1 < len(known_words) < len(words) and words[-len(known_words) :] == known_words:
            return Speaker(tape.display_name(" ".join(known_words)), speaker.title or known.title)
        return speaker

    def _text_piece(self, chunk: str, index: int, said: Said | None, continues: bool) -> None:
        chunk = " ".join(chunk.split())
        if not _WORDS.search(chunk):
            return
        speaker = said.speaker if said and said.speaker.name else None  # a group's words (parse/groups.py): no super
        seg = Soundbite(chunk, self.line, speaker=speaker, speaker_id=said.pid, why=said.why) if said else Narration(chunk, self.line)
        self.pieces.append(Piece(seg, index, continues))

    # merging ----------------------------------------------------------------------------
    def finish(self) -> list[Segment]:
        if self.marker is not None:
            self._finish_marker()
        if self.open_quote:
            self.warnings.append(f"line {self.open_quote[1]}: quotation is not closed")
        merged: list[Piece] = []
        texts: list[list[str]] = []  # each merged segment's parts, joined once (linear in the pieces)
        for piece in self.pieces:
            seg, prev = piece.segment, merged[-1] if merged else None
            if prev is not None and _joins(prev, piece):
                texts[-1] += [" " if piece.para == prev.para else "\n\n", seg.text]
                prev.segment.marker = turnmarks.join(prev.segment.marker, seg.marker)  # two turns as one segment: both labels
                prev.para = piece.para
                continue
            merged.append(piece)
            texts.append([seg.text])
        for piece, parts in zip(merged, texts):
            piece.segment.text = "".join(parts)
            if isinstance(piece.segment, Soundbite):
                _set_cues(piece.segment)
        segments = [piece.segment for piece in merged]
        if self.registry is not None:
            self.registry.settle(segments)
        return segments


def _joins(prev: Piece, piece: Piece) -> bool:
    """Does `piece` carry on the merged segment `prev`: the same kind in the same package, and narration of the
    same reader, or a soundbite that carries on the same speaker's quotation?"""
    seg, last = piece.segment, prev.segment
    if piece.new_item or type(seg) is not type(last) or seg.in_package != last.in_package:
        return False
    if isinstance(seg, Narration):
        return seg.talent == last.talent and not (seg.marker and last.marker)  # each turn keeps its label before its words
    if not isinstance(seg, Soundbite) or not piece.continues or seg.speaker != last.speaker:
        return False
    if seg.marker and last.marker:  # a second label opens its own segment: each label stays before its turn's words
        return False
    return not last.marker or last.why == turnmarks.LABELLED  # a marker's bite stands alone; a labelled turn's goes on


def _set_cues(bite: Soundbite) -> None:
    """In-cue and out-cue: the first and last three words, unless the copy gave them (a piece of a
    bite has none: the bite holds them)."""
    if bite.is_piece:
        return
    words = bite.text.replace("\n\n", " ").split()
    bite.in_cue = bite.in_cue or " ".join(words[:3]).strip(QUOTE_MARKS)
    bite.out_cue = bite.out_cue or " ".join(words[-3:]).strip(QUOTE_MARKS)


def _overlaps(a: int, b: int, spans: list[CueSpan], starts: list[int]) -> bool:
    """Does text[a:b] share a character with any cue span (sorted by start)?"""
    k = bisect.bisect_left(starts, a)
    return (k < len(spans) and spans[k].start < b) or (k > 0 and spans[k - 1].end > a)


