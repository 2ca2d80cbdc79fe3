"""A legislature's record, as it prints its sittings: no programme speaks in it, every member's turn is a bite
(parse/transcript.py `record`)."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.recordlabels import chamber_label, chamber_word, numbered_label, record_label
from scriptfmt.parse.stamps import clock_before_colon
from scriptfmt.parse.transcriptwords import words
from scriptfmt.parse.units import Unit

__all__ = ["NO_SITTING", "agenda_item", "heading_label", "item_line", "member_turns", "parliament_record", "procedure_line", "record_header", "sitting_opens"]


def parliament_record(lines: list[str]) -> bool:
    """A parliament's record (`Questions for Oral Answer`, `Questions to Ministers`, `(uncorrected
    transcript …)`): no programme speaks in it; every member's turn is a bite. The page says so (its header, the
    sitting's own notes: `The House met at 1330.`, `Se abre la sesión.`), the sitting's clock is on its members, or a
    chamber labels three turns, or two with its chair's among them (`De voorzitter:` and `Mevrouw Kuipers (CDA):`)."""
    clocked = sum(1 for raw in lines if clock_before_colon(raw.strip()))  # `Name (Party) [10:01:01]:`: the sitting's clock on each member
    chamber = [found for raw in lines[:200] if (found := chamber_label(raw.strip()))]  # `De heer Jansen (VVD):`, `M. le président. -`
    members = not all(found.chair for found in chamber) or clocked >= 1  # a member's label, or one with the sitting's clock
    chaired = any(found.chair for found in chamber) and members  # the chair and a member
    numbered = any(numbered_label(raw) for raw in lines[:200])  # `Anf. 111 NAME (M)`: a speech's number, which only a chamber writes
    said = any(_says_record(raw.strip()) for raw in lines[:60]) or any(_opens_sitting(raw) for raw in lines[:_HEADER_LINES])
    heads = sum(1 for found in chamber if not found.rest and _hansard_head(found.written))  # `Ms HALL (Mayo)` alone: a chamber's own form
    return clocked >= 2 or len(chamber) >= 3 or chaired or numbered or said or heads >= 2


def _hansard_head(written: str) -> bool:
    """`Ms HALL (Mayo)`, `Hon ANA TUPOU (Labour—Māngere)`: a member's head alone, closing on its party or seat in brackets,
    the surname in capitals as a Hansard prints it (a web page's `Dr Amina Yusuf (Kano State University)` is no member's)."""
    head = written.rstrip()
    return head.endswith(")") and any(len(word) > 1 and word.isupper() and word.isalpha() for word in head[: head.rfind("(")].split())


_HEADER_LINES = 12  # a record's procedure note proves a record only on its header lines (`Se abre la sesión.` under the title)


def _says_record(line: str) -> bool:
    """The page says it is a record: its name on the header line, its order paper, or the sitting's own note."""
    low = " ".join(line.split()).lower()
    return low.startswith(_record_starts()) or record_header(line) or _note(line)


def _opens_sitting(line: str) -> bool:
    return " ".join(line.split()).lower().startswith(_procedures())


def member_turns(lines: list[str]) -> bool:
    """A record's turns even with one member's label (`Ms. Dana Whitfield:`, `Anf. 111 NAME (M)`), where the copy is a
    record by `parliament_record`. A story's paragraph is never read so: the page must be a record by its own evidence,
    and a line must open on a chamber's label."""
    return any(record_label(raw.strip()) is not None for raw in lines) and parliament_record(lines)


def record_header(line: str) -> bool:
    """`… Stenografischer Bericht Beginn: 12.00 Uhr`, `Plenarprotokoll 19/1`, `Official Report`: a legislature's own
    record says what it is on its header line, its name written as a title (in a story's sentence, `after the official
    report found …`, the words name no record)."""
    text = " ".join(line.split())
    low = text.lower()
    for name in _record_names():
        at = low.find(name)
        if 0 <= at < len(text) and text[at].isupper() and low[:at].split()[-1:] not in (["the"], ["a"], ["an"], ["this"], ["its"]):
            return True
    return False



def procedure_line(line: str) -> bool:
    """`La seduta comincia alle 9,35.`, `Daartoe wordt besloten.`: the record's note of its procedure, a cue; a short line
    that opens with one of styles/records.toml `procedures`, or a rite of the sitting alone on its line (`PRAYERS`)."""
    low = " ".join(line.split()).lower()
    if line[:1] in "-–" and line[1:2].strip(" ")[:1].isupper() and len(low.split()) <= _NOTE_WORDS:
        return True  # `-Así se hace.`, `– Ocupa la Presidencia …`: the stenographer's note, set apart by its dash
    if line[:1] + line[-1:] in ("[]", "()") and len(low.split()) <= _NOTE_WORDS:
        return True  # `[The Speaker (Hon. Mwale) in the Chair]`: the record's note in its brackets, brackets inside it too
    rite = low.rsplit(" ", 2)[0] if low.endswith(("a.m.", "p.m.")) else low  # `PRAYERS 10:10 a.m.`
    return len(low.split()) <= _NOTE_WORDS and low.startswith(_procedures()) or low.strip(" .") in _records_toml()["rites"] or rite.strip(" .") in _records_toml()["rites"]


NO_SITTING = 1 << 30  # a line number below every line: no record, or its sitting never opens
_NOTE_WORDS = 16  # a record's note is short: a member's dashed or bracketed paragraph of speech is never one


def sitting_opens(lines: list[str]) -> int:
    """The index of the line where a record's sitting opens: its first note of the sitting (`The House met at 1330.`,
    `Se abre la sesión.`, `[The Speaker (Hon. NAME) in the Chair]`), or the item heading just above its first member's
    label (`1. Recession—Prime Minister's Statements`), whichever comes first. Above it is the page's header."""
    note = next((n for n, raw in enumerate(lines) if raw.strip() and (procedure_line(raw.strip()) or _note(raw))), len(lines))
    n = next((n for n, raw in enumerate(lines) if raw.strip() and record_label(raw.strip()) is not None), len(lines))
    above = next((k for k in range(n - 1, -1, -1) if lines[k].strip() and not procedure_line(lines[k].strip())), n)
    dated = above < n and any(len(t.strip(",.")) == 4 and t.strip(",.").isdigit() for t in lines[above].split())  # `Friday, 7th March, 2014`
    return min(note, above if above < n and agenda_item(lines[above].strip()) and not dated else n)


def _note(line: str) -> bool:
    return " ".join(line.split()).lower().lstrip("[(").startswith(words().record_notes)


def item_line(reader, line: str, number: int, label) -> bool:
    """In a record (parse/transcript.py `Reader`): an item heading below the sitting's opening (`BUSINESS OF THE HOUSE`,
    `Ministerial Resignation: Mr Bell`) is read as narration and the member's turn goes on; a heading read as a label
    above it (`Official Report: Monday 12 October 2015`) is the page's. True when the line is taken."""
    if label is not None and not heading_label(label.name, line):
        return False
    if number >= reader.sitting and line not in reader.names_alone and agenda_item(line):
        reader.units.append(Unit(para=Para(line, number)))
        return True
    if label is not None:
        reader.keep(line)
    return label is not None


def heading_label(name: str, line: str) -> bool:
    """`Official Report: Monday 12 October 2015`, `Ministerial Resignation: Mr Bell`: in a record, a colon after the
    record's name or an item's heading opens no turn; a member's or the chair's label always does."""
    return record_header(name) or (agenda_item(line) and record_label(line) is None)


def agenda_item(line: str) -> bool:
    """`BUSINESS OF THE HOUSE`, `Ministerial Resignation: Mr Bell`, `III. TRAMITACIÓN DE ACTAS`: the item the sitting
    takes up, a heading in capitals or title case with no sentence's end, read as the record's narration (never the
    page's furniture: its words are prose). A member's name alone (`M. Luc Gagnon`) is no item."""
    text = " ".join(line.split())
    tokens = text.split()
    if not 1 <= len(tokens) <= 16 or text.endswith((".", "?", "!", ":", ",", ";")) or not any(ch.isalpha() for ch in text):
        return False
    if len(tokens) == 1 and not text.isupper():
        return False  # `Agriculteur` / `et homme d'affaires, …`: one word of hard-wrapped speech; an item alone is in capitals
    if text[:1] in "([-–—_*" or chamber_word(text) or record_header(text):
        return False
    if ":" in text and not any(ch.isalpha() for ch in text.rsplit(":", 1)[1]):
        return False  # `PAGE: 3`: the printed page's field, no item
    return all(t[:1].isupper() or t[:1].isdigit() or not t[:1].isalpha() or t.lower() in _records_toml()["heading_small_words"] for t in tokens)


@lru_cache(maxsize=1)
def _records_toml() -> dict:
    return tomlfile.load_builtin("records.toml")


@lru_cache(maxsize=1)
def _procedures() -> tuple[str, ...]:
    return tuple(_records_toml()["procedures"])


@lru_cache(maxsize=1)
def _record_names() -> tuple[str, ...]:
    """A record's name on its header line (styles/furniture.toml [transcript] `record_names`, and records.toml's own)."""
    return tuple(tomlfile.load_builtin("furniture.toml")["transcript"]["record_names"]) + tuple(_records_toml()["record_names"])


@lru_cache(maxsize=1)
def _record_starts() -> tuple[str, ...]:
    """How a record's order paper opens a line (styles/furniture.toml [transcript] `record_starts`)."""
    return tuple(tomlfile.load_builtin("furniture.toml")["transcript"]["record_starts"])
