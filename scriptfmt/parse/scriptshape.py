"""Whether copy is a TV or radio script: two or more lines of script markup (field lines, tape
openers, cue-sheet lines, tables, picture descriptions, a printout's header) before the story
builder reads it as one (parse/markup.py) rather than as prose."""

from __future__ import annotations

from scriptfmt.parse import radiolines, readerheads, scriptcast, scripttalent, voices
from scriptfmt.parse.scriptcount import spaced_turn
from scriptfmt.parse.bulletins import is_bulletin_mark, is_bulletin_time
from scriptfmt.parse import tape as tp
from scriptfmt.parse.cues import Vocabulary, cue_line_type
from scriptfmt.parse.brackets import bracket_spans
from scriptfmt.parse.partlabels import column_parts
from scriptfmt.parse.runtimes import length_only, trailing_length
from scriptfmt.parse.fields import (
    bracket_chain,
    column_header,
    field_key_at,
    field_words,
    header_pairs,
    is_page_line,
    is_pipe_row,
    labelled_copy,
    on_cam,
    picture_line,
    reader_label,
    story_header,
    super_line,
)


def looks_like_script(lines: list[str], vocab: Vocabulary) -> bool:
    """Two or more lines of script markup (field lines, tape blocks, cue-sheet lines, tables), or the page
    names who reads each block on a line of its own (parse/readerheads.py: `ANNONCEUR` … `Lecteur 2`)."""
    if readerheads.reads_by_headings(lines) or scriptcast.drama_page(lines, vocab):
        return True  # a drama's voices are the cast's (parse/scriptcast.py)
    hits, recording = 0, False
    bulletin_marks: set[bool] = set()  # a bulletin's time line seen (True), its headlines heading (False)
    margin = radiolines.margin_numbered(lines) is not None  # a radio guion numbers its lines for the booth
    for raw in lines:
        line = radiolines.split_margin(raw)[1] if margin else raw.strip()
        if not line:
            continue
        tokens = line.split(None, 3)  # a field key is read from the first three words
        if voices.recording_line(line) or recording and voices.voice_label(line, vocab):
            hits += 1  # `Air Traffic Control tape`, then its voices: `pilot: …`, `ATC: …`
            recording = True
        elif scripttalent.talent_place(line):
            hits += 2  # `NEWSCASTER FROM STUDIO`: who reads the block below and where from, a line only a script has
        elif story_header(line) or column_parts(line, vocab):
            hits += 2  # a printout's header says what this is; so does a label column flattened (`SOBE SOM PASSAGEM SONORA OFF 2 …`)
        elif is_bulletin_mark(line):
            hits += is_bulletin_time(line) not in bulletin_marks  # `2100 HRS.` and `THE HEADLINES`: one each (a page's `Top Stories` twice is no bulletin)
            bulletin_marks.add(is_bulletin_time(line))
        elif field_key_at(tokens, 0, field_words()):
            hits += 1 + (len(tokens) > 1 and bool(field_key_at(tokens, 1, field_words())))
        elif tp.inner_tape_label(line) or scriptcast.voice_line(line, vocab):
            hits += 2  # … `MAYOR (ON TAPE): …`, a drama's `WOMAN 1: …`: a label marking who is heard on tape says this is a script
        elif tp.field_key(line) or is_pipe_row(line) or line.startswith("((") or column_header(raw) and not spaced_turn(raw) or tape_timecode(line):
            hits += 1
        # on_cam wants every word in capitals, so the line is in capitals: most lines are not
        elif line.isupper() and _caps_cue_line(line, vocab) or is_page_line(line) or line[:9].upper().startswith("MODIFIED:") or super_line(line):
            hits += 1
        elif (line.isupper() or ":" in line or line.startswith(("[", "(")) or tokens[0].isupper() or line.endswith(")")) and _tape_line(line) or ":" in line and labelled_copy(line, vocab):
            hits += 1
        elif reader_label(line) or tp.cut_line(line) or radiolines.announcer_label(line) or radiolines.operator_line(line) or radiolines.direction_line(line):
            hits += 1  # `R1: Good morning`, `LOC.1 ¡Hola!`, `OP SUBE MÚSICA`: a numbered reader's line, the radio desk's
        elif line[-1:] == ")" and picture_line(line, vocab):
            hits += 1  # `Video VO (Shot of …)`: what the viewer sees
        elif (line[:1] == "(" and line[-1:] == ")" or line[:5].upper() == "[CUT " and line[-1:] == "]") and _roll_or_camera(line, vocab):
            hits += 1  # `(take vo)`, `(back on 2-shot)`, `[Cut to VOSOT]`: the script's own directions, in any case (a bracketed `[SOT …]` alone may be an MOS item)
        elif line[:1] not in "([{" and line.endswith(")") and (cue_line_type(line, vocab) or ":" not in line[(at := trailing_length(line)) :] and at > 0) or len(tokens) > 3 and header_pairs(line):
            hits += 1  # `Cortinilla (30 seg.)`, `Music up (:05)`, `Coming up on 21st Century (2”)`: an element and how long it runs (`(00:04)` may be a transcript's stamp)
        elif line[:1] == "*" and line.find("*", 1) > 1 and _starred_direction(line[1 : line.find("*", 1)], vocab) or not line.isupper() and line.endswith("...") and cue_line_type(line, vocab):
            hits += 1  # `*Insert music* Leyson: …`, `Music fade out...`: the booth's directions written in the copy
        if hits >= 2:
            return True
    return False


def tape_timecode(line: str) -> bool:
    """`10:00:00`, `01:00:39:12` alone on a line: a video script's timecode column, the tape's clock (it starts at
    an hour, 01:00:00 or 10:00:00, by the edit suite's convention; a transcript's stamp is bracketed or counts from 00)."""
    parts = line.split(":")
    return 3 <= len(parts) <= 4 and all(len(p) == 2 and p.isdigit() for p in parts) and parts[0] != "00"


def _caps_cue_line(line: str, vocab: Vocabulary) -> bool:
    """A capitals line that is an on-camera note, a line of cue words or a sound or transition direction."""
    return on_cam(line.split(), vocab) or _cue_words_line(line, vocab) or caps_direction(line, vocab)


def _tape_line(line: str) -> bool:
    """A tape opener in capitals or with a colon (`SOT #1 (Name)`, `CUT 12:`), or one that states
    its running time (`Insert Chris kids (19sec)`): a mixed-case word alone may be prose (`Act now`)."""
    opener = tp.read_opener(line, [], 0)
    return opener is not None and (not line.endswith(")") or line.split(None, 1)[0].isupper() or opener.duration is not None)


def _cue_words_line(line: str, vocab: Vocabulary) -> bool:
    """`FADE UP`, `MUSIC IN`, `MIX TO`: two or more cue words alone on a line, no number
    (`CAM 2` before a story's first line is an MOS item's camera, not evidence of a script)."""
    words = line.split()
    return len(words) > 1 and all(w.isalpha() for w in words) and cue_line_type(line, vocab) is not None


def caps_direction(line: str, vocab: Vocabulary) -> bool:
    """`FADE IN: SIGNATURE TUNE / STATION JINGLE`, `PROGRAM INTRODUCTION (30 SEC) THEN FADE OUT`: a line in
    capitals that opens on the desk's cue words and a colon, or that times an element in brackets and calls a
    cue: the booth's direction (read copy in capitals states no running time and labels nothing with a cue word)."""
    head = line.split(":", 1)[0].split() if ":" in line else []
    hit = vocab.match(head) if 0 < len(head) <= 3 else None
    if hit is not None and hit[2] == len(head) and hit[0] in _BOOTH_CUES:
        return True  # (`TAG:`, `TRACK:`, `OC:` label the copy read after them)
    words = line.replace("/", " ").split()
    timed = any(length_only(line[at + 1 : end - 1]) for at, end in bracket_spans(line))
    return timed and any((found := vocab.match(words, k)) is not None and found[0] in _BOOTH_CUES for k in range(len(words)))


_BOOTH_CUES = frozenset({"TRANSITION", "MUSIC", "NATS"})  # sound and transitions: the booth's, never a reader's label


def _starred_direction(inner: str, vocab: Vocabulary) -> bool:
    """`Insert music`, `music fade`, `SFX door`: a cue word among the first three words set off by asterisks."""
    words = inner.upper().split()[:3]
    return any(vocab.match(words, k) is not None for k in range(len(words)))


def _roll_or_camera(line: str, vocab: Vocabulary) -> bool:
    """`(take vo)`, `[2-SHOT]`, `(back on cam)`, `[Cut back to anchor]`, `(VO)(MATT)(audio time …)`:
    a bracketed line that rolls tape or calls a camera."""
    for group in bracket_chain(line) or [line[1:-1]]:
        words = group.replace(":", " ").upper().split()[:4]
        hit = vocab.match(words)
        if hit is not None and hit[0] in {"CAMERA", "VO", "VOSOT", "PKG", "SOT"} or len(words) > 1 and words[0] in {"TAKE", "ROLL", "CUT"} and vocab.match(words, 1) is not None:
            return True
    return False
