"""Parse copy text into a Story: the lines made whole, the header and slug read, the copy read by its shape
(parse/shapes.py) into segments by the story builder (parse/builder.py), then the last passes over the supers."""

from __future__ import annotations

from scriptfmt.model import Cue, Narration, Segment, Soundbite, Story
from scriptfmt.parse import (
    captionlines, flatscript, fullnames, hardwrap, inline, linenumbers, markup, notesections, oneguest, pageentries, pieces, presiding, samplepage, shapes, shotinline, shotlist, slugline,
    sonoras, spacedcols, supercheck, superkeys, superline, supernicks, superstyles, transcript, vocative, turnmarks, videopage,
)
from scriptfmt.parse.builder import Builder, Piece
from scriptfmt.parse.cues import Vocabulary, load_vocabulary
from scriptfmt.parse.paragraphs import Para, paragraphs, read_header, strip_furniture
from scriptfmt.parse.quoting import build_registry


def parse_copy(copy) -> Story:
    """Parse an ingested Copy (scriptfmt.ingest.Copy)."""
    story = parse_text(copy.text, copy.source, metadata=copy.metadata, speaker_hints=copy.speaker_hints, pronouncers=copy.pronouncers)
    story.warnings[:0] = getattr(copy, "warnings", [])  # what ingest met (an unclosed <table> …)
    return story


def parse_text(
    text: str,
    source: str = "-",
    *,
    metadata: dict | None = None,
    speaker_hints: dict | None = None,
    pronouncers: dict | None = None,
) -> Story:
    story = Story(source=source, metadata=dict(metadata or {}), speaker_hints=dict(speaker_hints or {}), pronouncers=dict(pronouncers or {}))
    vocab = load_vocabulary()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = flatscript.unflatten(captionlines.unflatten(lines))  # a script or caption stream that lost its line breaks
    lines = linenumbers.strip_margin(lines, story.metadata)  # a court's record numbers its lines in the margin: furniture
    lines = hardwrap.unwrap(lines)  # a page hard-wrapped every ~70 characters: its paragraphs
    lines = spacedcols.as_table(lines)  # a split page pasted with its columns side by side: its rows
    start = 0 if shotlist.dopesheet_head(lines) else read_header(lines, story.metadata, vocab)  # a shotlist's own fields are its cues
    head, start = start, slugline.take_slug_line(lines, start, story.metadata)  # `BRIDGE CLOSURE 6P`: the story's slug
    start = samplepage.page_above(lines, start, story.metadata)  # `Here goes the script-`: the page's prose above is its own
    if "modified" in story.metadata:  # `MODIFIED: 17:42 BY: tva  READ 0:24  TAPE 0:13  TOTAL 0:37`
        markup.fields.stated_times(str(story.metadata["modified"]), story.metadata)
    segments = _parse_story(lines, start, head, story, vocab)
    for _name, final_pass in _FINAL_PASSES:
        segments = final_pass(segments, lines, story.warnings)
    story.segments = segments
    return story


# The last passes over the story's segments, whatever its shape, in this order: (name, pass(segments, lines, warnings)).
_FINAL_PASSES = (
    # an interview's unnamed answers are its one guest's: first, so the next passes check the name it gives
    ("one guest", oneguest.name_answers),
    # a Korean bite left with no super is the name and title set alone on the line above its tape mark (`박인비 선수`)
    ("super line above", superline.name_from_line_above),
    # a chamber's chair turns are the one person its presiding line names (`PRESIDENZA DEL VICEPRESIDENTE NAME`)
    ("chair", presiding.name_chairs),
    # a super names a person, never a body (`Gobierno`) nor a place (`Hong Kong, China:`), nor a country glued before the name
    ("no body", supercheck.clear_bodies),
    # a style of address is never on a super (`Sa Majesté Le Roi Hassan II`), nor an office's words (`Belize Foreign`)
    ("plain supers", superstyles.plain_supers),
    # an office is never a name on air: the one holder the copy names with it, else no super
    ("no office", supercheck.office_holders),
    # a label the copy keys in brackets after a name (`President Mugabe (PM)`) marks that person's turns
    ("keyed labels", superkeys.name_keyed_turns),
    # words that open by calling their super by name (`Tereza Cristina, o arroz vai …?`) are said to them: no super
    ("addressed", vocative.clear_addressed),
    # a nickname the copy quotes inside a full name (`Ferdinand "Bongbong" Marcos, Jr.`) is that person's
    ("nicknames", supernicks.full_nicknames),
    # a super is the fullest form of the name the copy writes: last, on the supers left standing
    ("full name", lambda segments, lines, warnings: fullnames.complete_supers(segments, lines)),
)


# The story's segments by its shape (parse/shapes.py): a shot list after a web story is read apart first.
def _parse_story(lines: list[str], start: int, head: int, story: Story, vocab: Vocabulary) -> list[Segment]:
    cut = shotlist.trailing_start(lines, start)  # a shot list after a web story (ANI, AP Archive pages): read apart
    if cut < len(lines):
        above = _parse_story(lines[:cut], start, head, story, vocab)
        return above + _parse_units(shotlist.read(lines[cut:], cut, story.metadata, story.warnings), story, vocab)
    shape = shapes.choose(shapes.Copy(lines, start, head, story.metadata, vocab))
    if shape.read is not None:  # a reader's units: columns, shotlist, interview, press Q&A, transcript
        return _parse_units(shape.read(lines[start:], start, story.metadata, story.warnings), story, vocab)
    return _OWN_READERS[shape.name](lines, start, story, vocab)


def _parse_prose(lines: list[str], start: int, story: Story, vocab: Vocabulary) -> list[Segment]:
    """A story's paragraphs of prose and quotations, in these steps."""
    md = story.metadata
    paras = paragraphs(lines, start, vocab)
    paras = videopage.transcripts(paras, md)  # a video page: its transcripts read, the summaries around them furniture
    paras = shotinline.record_fields(paras, md)  # a clip record's `- Field: value` lines: before the furniture takes them
    paras = samplepage.notice_apart(paras)  # a copyright notice opening a flattened manuscript: apart, for the furniture
    paras = strip_furniture(paras, md)  # headline, deck, byline, dateline, the page's furniture: metadata, never read
    paras = samplepage.sample_copy(paras, md)  # a course page's example script: the page's prose around it metadata
    paras = sonoras.introduced_bites(paras)  # `… roteirizado por Leyberson Pedrosa:` / the words on the tape, unquoted
    units = notesections.voice_notes(shotinline.inline_bites(paras, md))  # Reuters `(SOUNDBITE)(English) NAME, SAYING: “…”` made bites
    units = pageentries.entry_times(units)  # a live page's `4:50pm- …`: each entry's posting time a cue
    return _parse_units(units, story, vocab)


# A transcript's, a shotlist's or inline-labelled copy's units (parse/transcript.py, parse/shotlist.py): the
# programme's own people read narration, read by the story builder; every other turn is a ready soundbite.
def _parse_units(units: list, story: Story, vocab: Vocabulary) -> list[Segment]:
    paras = [unit.para for unit in units if unit.para is not None]
    registry = build_registry([p.text for p in paras], shotlist.hints(units, story.speaker_hints))
    registry.known_from([story.metadata.get("headline", ""), *story.metadata.get("deck", [])])
    builder = Builder(vocab, registry, story, paras)
    index = -1
    for unit in units:
        if unit.para is None:  # a label, a cue or a bite: its own paragraph, carried on across lines
            builder.pieces.append(Piece(unit.segment, -unit.segment.line, continues=True))
            continue
        index += 1
        first = len(builder.pieces)
        _read_paragraph(builder, unit.para, index, unit.talent)
        if isinstance(unit, transcript.Unit) and unit.marker:  # a turn's label goes with the turn's first segment
            turnmarks.mark_first([piece.segment for piece in builder.pieces[first:]], unit.marker, story.metadata)
    return builder.finish()


def _read_paragraph(builder: Builder, para: Para, index: int, talent: str | None) -> None:
    """A paragraph of read copy and quotes, its narration marked with who reads it."""
    first = len(builder.pieces)
    builder.paragraph(para, index)
    for piece in builder.pieces[first:]:
        if isinstance(piece.segment, Narration):
            piece.segment.talent = talent or piece.segment.talent


def _parse_script(lines: list[str], start: int, story: Story, vocab: Vocabulary) -> list[Segment]:
    """A TV or radio script: markup lines read by the script sieve (parse/markup.py), read
    copy by the story builder; each narration segment carries who reads it."""
    reader = markup.ScriptReader(vocab, story.metadata, story.warnings)
    reader.prepare(lines[start:])
    for n in range(start, len(lines)):
        reader.feed(lines[n], n + 1)
    reader.finish()
    pieces.mark_package_scripts(reader.units)
    paras = [unit.para for unit in reader.units if unit.para is not None]
    registry = build_registry([p.text for p in paras], story.speaker_hints)
    builder = Builder(vocab, registry, story, paras)
    index = -1
    for unit in reader.units:
        if unit.para is None:
            seg = unit.segment
            last = builder.pieces[-1].segment if builder.pieces else None
            last = last.whole if isinstance(last, Soundbite) and last.continues else last
            if isinstance(seg, Cue) and isinstance(last, Soundbite) and last.why in inline.INLINE_TAPE:
                seg = inline.tail_piece(last, seg.original, story.warnings) or seg  # `Runs :17` after `(Actuality – "…")`
            if unit.resolve:  # `SOT Full: Lindqvist`, `ACT CART 117 :08`: who, from the copy before
                recent = [p.segment for p in builder.pieces[-8:]]
                after = paras[index + 1].text if index + 1 < len(paras) else ""
                seg.speaker = inline.resolve_speaker(seg, registry, recent, story.warnings, after)
            builder.pieces.append(Piece(seg, index))
            continue
        index += 1
        first = len(builder.pieces)
        _read_paragraph(builder, unit.para, index, unit.talent)
        pieces.into_package([piece.segment for piece in builder.pieces[first:]] if unit.in_package else [], unit.talent)
    for unit in reader.units:
        if isinstance(unit.segment, Soundbite) and unit.segment.whole is not None:  # a piece names whom its bite names
            unit.segment.speaker = unit.segment.whole.speaker
    return builder.finish()


# The shapes parse/shapes.py leaves to this module, by name.
_OWN_READERS = {"script": _parse_script, "story": _parse_prose}
