"""A closed tape block as segments, in the order the script writes it.

A super (`SUPER=01-Name/Title;`, `CG: Name / Title`, `*CG 2line …`) naming the speaker inside
a bite is a cue of its own, between the pieces of the bite it splits:

    (/////SOT/////) SOT 14:06:51 IN Q=… ((NAME/TITLE: words))   -> the bite (its time, cues)
    SUPER=01-Name/Title;                                          -> a cue
    RUNS=:10  OUT Q=…                                             -> a `continues` piece

The piece holding the transcript's start is the bite; lines before a super that precedes the
transcript are an `opens` piece, lines (and words) after a super a `continues` piece. Pieces
name the bite's speaker and have no time of their own. A package keeps its lines in one block
(they are all directions for the tape); a block naming nobody and giving no time is a roll cue.
"""

from __future__ import annotations

from scriptfmt.model import Cue, Narration, Segment, Soundbite
from scriptfmt.parse import fields, reporter
from scriptfmt.parse.brackets import first_bracket
from scriptfmt.parse import tape as tp
from scriptfmt.parse.cues import Vocabulary, load_vocabulary
from scriptfmt.parse.tape import QUOTE_MARKS, Block
from scriptfmt.parse.transcriptwords import words as staff_words

PACKAGES = {"PKG", "WRAP"}


def block_segments(block: Block, vocab: Vocabulary, warnings: list[str]) -> list[tuple[Segment, bool]]:
    """(segment, resolve) pairs for a closed block; `resolve`: a bite named by surname only,
    whose full name the story builder takes from the copy."""
    bite = block.soundbite()
    if bite is None or bite.tape in PACKAGES and bite.duration is None and not bite.text and (not block.fields or block.sheet):
        return lines_cue(block.lines(), block.line, vocab)  # a roll cue, or a package script's heading
    if bite.duration is None and not bite.text and bite.tape not in PACKAGES:
        warnings.append(f"line {block.line}: tape has neither a running time nor a transcript; it is timed as :00")
    # a name by surname only (or with a rank before it) is completed from the copy; a bite that
    # names no one takes whom the copy just before names (the story builder warns if no one)
    resolve = bite.tape not in PACKAGES and (bite.speaker is None or (len(block.name.split()) == 1 or len(block.name.split()) > 2) and not block.supers)
    resolve = resolve and not (not block.name and block.title.lower() in staff_words().questioners)  # `IN sound bite Question`: the interviewer's, no one's name
    if bite.tape in PACKAGES:
        return [(bite, resolve)] + (lines_cue(block.lines(block.first_words()), block.line, vocab) if block.transcript else [])
    return _pieces(block, bite, resolve, vocab)


def lines_cue(lines: list[str], line: int, vocab: Vocabulary) -> list[tuple[Segment, bool]]:
    if not lines:
        return []
    text = "\n".join(lines)
    return [(Cue(text, line, cue_type=fields.cue_type(text, vocab), original=text), False)]


def _pieces(block: Block, bite: Soundbite, resolve: bool, vocab: Vocabulary) -> list[tuple[Segment, bool]]:
    runs = block.runs()
    spoken = [k for k, run in enumerate(runs) if len(run) == 3 and run[1]]
    main = spoken[0] if spoken else next(k for k, run in enumerate(runs) if len(run) == 3)
    whole = " ".join(" ".join(block.transcript).split())
    quoted = bool(spoken) and whole[:1] in QUOTE_MARKS and whole[-1:] in QUOTE_MARKS
    if len(spoken) > 1:  # the bite's cues from the whole transcript, not its first piece
        said = whole.strip(QUOTE_MARKS).split()
        bite.in_cue = bite.in_cue or " ".join(said[:3]).strip(QUOTE_MARKS)
        bite.out_cue = bite.out_cue or " ".join(said[-3:]).strip(QUOTE_MARKS)
    out: list[tuple[Segment, bool]] = []
    for k, run in enumerate(runs):
        if len(run) == 2:  # a super naming the speaker
            out.append((fields.make_cue(run[0], run[1], vocab), False))
            continue
        marks, words, line = run
        text = " ".join(" ".join(words).split())
        if quoted and k == spoken[0]:
            text = text[1:].strip()
        if quoted and k == spoken[-1]:
            text = text[:-1].strip()
        if k == main:
            bite.text, bite.marker = text, "\n".join(marks) or None
            out.append((bite, resolve))
            continue
        piece = Soundbite(text, line, speaker=bite.speaker, marker="\n".join(marks) or None, tape=bite.tape, why=bite.why, continues=k > main, opens=k < main, whole=bite, duration=bite.duration)
        out.append((piece, False))
    return out


def mark_package_scripts(units: list) -> None:
    """A package rolled with its length (`TAKE PKG` `RUNS: 1:20`, a roll block with RUNS=1:09)
    often has its own script printed under it: the reporter's track, its bites, the sign-off.
    That script is inside the package: from the roll to the read line ending in the package's
    out-cue words; with no such line, a script that opens with TRACK / NATS / STANDUP runs to
    the next camera, live, talent or tag cue. Copy after a roll that is neither is the tag."""
    for k, unit in enumerate(units):
        seg = unit.segment
        if isinstance(seg, Soundbite) and seg.tape in {"PKG", "WRAP"} and seg.duration is not None and not seg.text:
            inside_units = units[k + 1 : _package_end(units, k, seg.out_cue)]
            voice = package_reporter(units, k, inside_units) if inside_units else None
            for inside in inside_units:
                inside.in_package = True
                inside.talent = voice  # the track and standup are the reporter's, never the anchor's
                if inside.segment is not None:
                    inside.segment.in_package = True


def into_package(segments: list[Segment], voice: str | None) -> None:
    """Segments of a package's script: not timed (the roll's RUNS is), read by its reporter."""
    for seg in segments:
        seg.in_package = True
        if isinstance(seg, Narration):
            seg.talent = voice  # the package's reporter (package_reporter), or no one


def package_reporter(units: list, roll: int, inside: list) -> str | None:
    """Who voices the package rolled at units[roll] (see parse/reporter.py), else None."""
    seg = units[roll].segment
    marks = (seg.marker or "").split("\n")
    found = [reporter.reporter_field(line) for line in marks]
    for unit in inside:
        cue = unit.segment
        if isinstance(cue, Cue) and cue.original.startswith("(") and cue.cue_type == "STRUCTURE":
            span = first_bracket(cue.original)
            found.append(reporter.person_name(cue.original[1 : span[1] - 1] if span else ""))  # `(JO) TRACK:`
    found += [reporter.from_super(unit.segment) for unit in inside if isinstance(unit.segment, Cue)]
    found.append(reporter.from_sign_off(seg.out_cue))
    read = [unit for unit in inside if unit.para is not None]
    if read:  # the script's last line: `… Nora Kimbrell, Brannock 6, Sallow Creek.`
        found.append(reporter.from_sign_off(reporter.last_sentence(" ".join(read[-1].parts) or read[-1].para.text)))
    opener = tp.read_opener(marks[0], [], 0) if marks else None
    found.append(reporter.person_name(opener.name, mixed_only=True) if opener and opener.name else None)
    before = units[roll - 1] if roll else None
    found.append(reporter.from_toss(before.para.text if before.para is not None else " ".join(before.parts)) if before and (before.para or before.parts) else None)
    names = [name for name in found if name]
    if not names:
        return None
    first = names[0]
    fuller = [n for n in names[1:] if len(n) > len(first) and first.lower() in n.lower().split()]
    return fuller[0] if fuller else first  # `(JO) TRACK:` and a sign-off `Jo Lin, …`: Jo Lin


def _package_end(units: list, roll: int, out_cue: str) -> int:
    """Index after the last unit of the package script under the roll at `roll` (roll + 1: none)."""
    words = _out_words(out_cue)
    first = next((k for k in range(roll + 1, len(units)) if not _rule_line(units[k].segment)), len(units))  # past a `(------)` rule
    opened = first < len(units) and _opens_script(units[first])
    reader = None  # who the script's read copy is marked for: another name is the studio again
    for k in range(roll + 1, len(units)):
        seg = units[k].segment
        if opened and units[k].para is not None:
            reader = reader or units[k].talent
            if units[k].talent != reader:
                return k  # `ANNA:` after the package's track: the anchor's tag
        if isinstance(seg, Cue) and (seg.cue_type in {"CAMERA", "LIVE", "TALENT"} or "TAG" in seg.text.upper().replace(":", " ").split()):
            return k if opened else roll + 1
        if isinstance(seg, Soundbite) and seg.tape in {"PKG", "WRAP"} and not seg.is_piece:
            return k if opened else roll + 1
        if words and units[k].para is not None and _cue_tail(units[k].para.text)[-len(words):] == words:
            return k + 1  # the sign-off: the package's out-cue
    return len(units) if opened and not words else roll + 1  # an out-cue no line ends with: its script is not printed


def _out_words(out_cue: str) -> list[str]:
    """The out-cue's last words to find the sign-off by; `STANDARD / "…Kayla Brooks, Channel 7 News."`
    names the standard close and then writes its words: those are matched. [] for a bare standard close."""
    head, slash, tail = out_cue.partition("/")
    if slash and tail.strip() and (_standard_out(head) or head.strip().upper().startswith("STANDARD")):
        out_cue = tail
    return [] if _standard_out(out_cue) else _cue_tail(out_cue)


def _standard_out(out_cue: str) -> bool:
    """`OUT Q=SOC`, `STD`, `SIGNOFF`: the reporter's standard sign-off, no words of the script to match."""
    tokens = out_cue.strip(" .\"'").upper().split()
    hit = load_vocabulary().match(tokens) if tokens else None
    return hit is not None and hit[0] == "PKG" and hit[2] == len(tokens)


def _opens_script(unit) -> bool:
    """TRACK / NATS / STANDUP: a cue of its own, or in capitals before the track's first line (`[TRACK] The smoke …`)."""
    if isinstance(unit.segment, Cue):
        return unit.segment.cue_type in {"STRUCTURE", "NATS"}
    head = unit.para.text.split(None, 1)[0] if unit.para is not None and unit.para.text.strip() else ""
    hit = load_vocabulary().match([head.strip("[]():")]) if head.isupper() else None
    return hit is not None and hit[0] in {"STRUCTURE", "NATS"}


def _rule_line(seg: Segment | None) -> bool:
    """`(------------)`, `=====`: a ruled line between the roll and its script, no words."""
    return isinstance(seg, Cue) and not any(ch.isalnum() for ch in seg.text)


def _cue_tail(text: str) -> list[str]:
    """The last words of a text, bare and lower case, for matching an out-cue."""
    return [w.strip(".,;:!?\"'“”‘’…").lower() for w in text.split()][-6:]
