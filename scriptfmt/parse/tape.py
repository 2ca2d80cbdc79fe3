"""Tape blocks of a script: the opener (`(/////SOT/////)`, `SOT 14:06:51`, `[TAKE SOT]`,
`SOT Full: Lindqvist`, `CUT 12 / BRISCO / :09`, `SOT: Tobias Renfro, Volunteer`), its cue-sheet
lines (IN / OUT / RUNS in every spelling), the super naming the speaker and the transcript
(`((NAME/TITLE: …))`, a quotation, capitals after a `NAME/TITLE:` label).

Tape is timed by the length the script gives (RUNS, TRT, DUR, the time in a CUT line), never
estimated when one is given. All matching is by tokens: no pattern that can backtrack.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from scriptfmt.parse.tapewords import TapeWords, tape_words  # noqa: F401  (the script readers ask tape for its words)
from scriptfmt.model import Soundbite, Speaker
from scriptfmt.parse import names, supers
from scriptfmt.parse.brackets import bracket_spans, first_bracket
from scriptfmt.parse.runtimes import duration_of, is_duration, is_timecode, run_time, time_token  # noqa: F401  (the script readers ask tape for running times)
# the tape text's rules, asked of tape by the script readers (markup asks tape.name_label_end, others tape.split_name)
from scriptfmt.parse.tapetext import bracket_titled, caps_label_end, clip_words, left_open, lower_name, rank_off, unwrap  # noqa: F401
from scriptfmt.parse.tapetext import with_rank, display_title, name_label_end, name_line, name_only  # noqa: F401
from scriptfmt.parse.tapetext import split_name, unnamed_person, bite_label_end, folder_line, cut_line  # noqa: F401
from scriptfmt.parse.punctuation import QUOTE_MARKS

_RULES = frozenset({"/", ",", "-", "--", "–", "—"})  # what sets an opener's fields apart: `CART 118 -- WRAP -- NAME`
_BRACKETS = "[]()"
_LABEL_SPAN, _LABEL_WORDS = 60, 5  # a label inside a line: a few words after the sentence before it


def names_a_place(text: str) -> bool:
    """`Lakeview Public Works Yard`, `Cutter Island Landing`: a super ending in a place word and
    not opening on a known given name (`Emma Hall` is a person) names a place."""
    words = text.split()
    return len(words) >= 2 and words[-1].lower().strip(".,;") in tape_words().place_words and not names.gender_of_first(words[0])


@dataclass(eq=False, repr=False)
class Opener:
    tape: str
    name: str = ""  # as written: `Lindqvist`, `BRISCO`, `Tobias Renfro`
    title: str = ""
    duration: float | None = None


def _after_folder(body: str, words: TapeWords) -> str:
    """The line from its opener on, past a folder or disc number before it."""
    tokens = body.split()
    k = 0
    while k < len(tokens) and (tokens[k].upper().rstrip(",") in words.folder_words or tokens[k].strip("#,").isdigit() or tokens[k] in _RULES):
        k += 1
    return " ".join(tokens[k:]) if k < len(tokens) and tokens[k].upper().rstrip(",:") in words.openers else body


def live_two_way(line: str) -> float | None:
    """`Q&A: SHANE / JACINTA -- LIVE -- 1:00`: a live two-way is a cue on air (no tape rolls),
    timed by the length it states. Its length in seconds (0.0 when it states none), else None."""
    tokens = _opener_tokens(line.strip("[]").split())
    if not tokens or tape_words().openers.get(tokens[0].upper()) != "Q&A" or not any(t.strip("()-/,").upper() == "LIVE" for t in tokens[1:]):
        return None
    return next((duration_of(t, [], 0) or 0.0 for t in reversed(tokens) if is_duration(t)), 0.0)


def _opener_tokens(words: list[str]) -> list[str]:
    tokens: list[str] = []
    for k, tok in enumerate(words):  # `Full:` -> `Full` `:`; a time `:09` stays whole
        key, colon, rest = tok.partition(":")
        if k == 0 and colon and key and rest[:1].isalpha() and key.upper() in tape_words().openers:
            tokens += [key, ":", rest]  # `ACT:PARKS`: no space after the opener's colon
        elif tok.endswith(":") and len(tok) > 1:
            tokens += [tok[:-1], ":"]
        else:
            tokens.append(tok)
    return tokens


def _opener_body(text: str) -> tuple[str, bool]:
    """The words that may open tape, and whether they were in lower-case parentheses: without
    brackets, a `[VT=…]` key, a folder (`FOLDER 4, CUT 2`) or a shot number (`3. SOUNDBITE`)."""
    body = unwrap(text)
    if body[:1] == "[" and "]" in body and "=" not in body:
        body = body[1:].replace("]", " ", 1)  # `[TAKE PKG] LIBRARY CUTS`: the opener, then the tape's slug
    elif body[:2] == "((" and "))" in body and "(" not in body[2 : body.find("))")]:
        body = body[2:].replace("))", " ", 1)  # `((PKG)) T-RADIO`
    key, eq, value = body.partition("=")
    if eq and key.strip().upper() in tape_words().tape_fields:
        body = value.strip()  # `[VT=SOT]`: the field names the tape that rolls
    low_paren = body.startswith("(") and body.endswith(")")
    if low_paren:
        body = body[1:-1].strip()
    if body.split(None, 1)[:1] and body.split(None, 1)[0].upper() in tape_words().folder_words:
        body = _after_folder(body, tape_words())  # `FOLDER 4, CUT 2, PEKAR`: where the cut is filed, then the cut
    first = body.split(None, 1)
    if len(first) == 2 and first[0][:-1].isdigit() and first[0].endswith("."):
        body = first[1]  # a shotlist's numbered line: `3. SOUNDBITE (English) Name, Title:`
    return body, low_paren


def _label_words(rest: list[str], words: TapeWords) -> list[str]:
    """The words after an opener that may name someone: none after a cue-sheet key (`SOT IN Q:
    00:02:14` is the tape's in-point); a name in brackets unwrapped (`CUT 22 (ACHTERBERG)`)."""
    keys = words.in_keys | words.out_keys
    if rest[:1] and (" ".join(t.upper().rstrip(":=") for t in rest[:2]) in keys or rest[0].upper().rstrip(":=") in keys):
        return []
    joined = " ".join(rest)
    if joined[:1] == "(" and joined[-1:] == ")" and "(" not in joined[1:] and ")" not in joined[:-1]:
        return joined[1:-1].split()  # `CUT 22 (ACHTERBERG)`, `SOT #1 (Natalie DaSilva)`
    return rest


def _stated_length(tokens: list[str], a: int, b: int, warnings: list[str], line: int) -> tuple[float | None, int]:
    """The running time ending an opener's tokens[a:b] (`:09`, `RUNS 0:42`, `(38sec)`, `(34 sec)`)
    and where the words before it end; (None, b) when it states none."""
    spelt = time_token(f"{tokens[b - 2][1:]} {tokens[b - 1].rstrip(')')}") if b - a > 1 and tokens[b - 2][:1] == "(" and tokens[b - 2][1:].isdigit() else None
    if spelt:
        tokens[b - 2 : b] = [spelt]  # `(34 sec)`: one running time
        b -= 1
    last = tokens[b - 1].rstrip("]") if b > a else ""  # `Clip: [005 – 00:27]`: the cart and its length in brackets
    if not (last and is_duration(last)):
        return None, b
    duration = duration_of(last, warnings, line)
    b -= 1
    joiners = tape_words().time_keys | _RULES
    while b > a and tokens[b - 1].upper() in joiners:
        b -= 1
    return duration, b


def _word_not_label(tokens: list[str], n: int, words: TapeWords) -> bool:
    """An opener that is also an ordinary word (`SONORA`, `TOTAL`) written as a sentence's first
    word, not as a label: words follow it, no colon, no title set apart by a dash or comma."""
    if " ".join(tokens[:n]).upper() not in words.label_openers or n == len(tokens) or tokens[n] == ":":
        return False
    return not any(t in {"-", "–", "—", ","} or t.endswith(",") for t in tokens[n:])


_NUMERAL = re.compile(r"\d{1,3}|[IVXLC]{1,6}|[ivxlc]{1,6}")


def _part_of(rest: list[str]) -> bool:
    """`Act I of IV`, `Act 2 of 3`: a blog's or a series' part numbering after the opener's word, no tape."""
    return len(rest) == 3 and rest[1].lower() in tape_words().part_of and all(_NUMERAL.fullmatch(t.strip("():.")) for t in (rest[0], rest[2]))


def read_opener(text: str, warnings: list[str], line: int) -> Opener | None:
    """The opener a line is, or None. `SOT: truck sound, then under` (a description in lower
    case) is a nat-sound cue, not a bite."""
    body, low_paren = _opener_body(text)
    words = tape_words()
    # Most lines open no tape: look at the first words only, and split the whole line only on a hit.
    head = _opener_tokens(body.split(None, words.longest_opener)[: words.longest_opener])
    if not any(" ".join(head[:n]).upper() in words.openers for n in range(min(words.longest_opener, len(head)), 0, -1)):
        return None
    tokens = _opener_tokens(body.split())
    hit = None
    for n in range(min(words.longest_opener, len(tokens)), 0, -1):
        spelling = " ".join(tokens[:n]).upper()
        if spelling in words.openers:
            hit = (words.openers[spelling], n)
            break
    if hit is None or (low_paren and not body[:1].islower()) and not body.isupper():
        return None
    tape, n = hit
    if tape == "NAT SOT" or tape == "CUT" and n < len(tokens) and tokens[n].upper() in words.cut_directions or _word_not_label(tokens, n, words) or _part_of(tokens[n:]):
        return None  # `[Cut to VOSOT]`: the director's transition; `SONORA REGISTRA 40 GRADOS`: the state; `Act III of IV`: a part
    a, b = n, len(tokens)  # the rest of the line, as indices: no slicing in loops (linear on any line)
    labelled = a < b and tokens[a] == ":"
    a += labelled
    opener_words = {t.upper() for t in tokens[:n]}
    while b > a and tokens[b - 1].upper().strip("-=_*~") in opener_words | {""}:  # `SOT FULL 17:32 SOT FULL`, `------SOT------`: the opener repeated
        b -= 1
    duration, b = _stated_length(tokens, a, b, warnings, line)
    while a < b and (tokens[a].upper().rstrip(",") in words.cart_words or tokens[a].strip("#,[").isdigit()):
        a += 1  # CUT 12 / BRISCO, ACT  CART 117  :08: the cart number names no one
    rest = _label_words([t for t in tokens[a:b] if not is_timecode(t)], words)
    if tape == "Q&A" and any(t.strip("(),").upper() == "LIVE" for t in rest):
        return None  # a live two-way: its Q: and A: lines are read on air, no tape rolls
    while rest and (rest[0][:1] == "(" and rest[0][-1:] == ")" and rest[0][1:-1].isalpha() or rest[0].upper() in {"W/", "WITH"}):
        rest = rest[1:]  # `SOUNDBITE (English) Name`: the language the bite is in; `Q&A W/ NAME`
    while rest and rest[-1] == ":":
        rest.pop()  # `… United Nations:` before the quote on the next line
    if len(rest) > 2 and rest[1] == ":" and rest[0].upper() in words.super_keys:
        rest = rest[2:]  # `(take sot: super: maureen oyelaran / commuter)`: the super names the speaker
    i, j = 0, len(rest)
    while i < j and rest[i] in _RULES:
        i += 1
    while j > i and rest[j - 1] in _RULES:
        j -= 1
    rest = rest[i:j]
    name_part = " ".join(rest).replace(" / ", "/").replace(" ,", ",")
    name, title = name_only(*split_name(name_part))
    if name_part and not name_part[:1].isupper():
        if low_paren and labelled and title and lower_name(name):  # `(take sot: darnell whitcombe, transportation director)`
            return Opener(tape, name, title, duration)
        if labelled and n >= 2 and " ".join(tokens[:n]).islower() and lower_name(name):  # `sot full: odell prentiss`
            return Opener(tape, name, title, duration)
        if tape == "SOT" and not low_paren and not (labelled and unnamed_person(name_part)):
            return None  # `SOT: truck sound, then under`; but `SOT: woman walking dog` is her bite, unnamed
        return Opener(tape, duration=duration)
    return Opener(tape, name, title, duration)


def strip_honorific(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].upper() in tape_words().honorifics:
        words = words[1:]
    return " ".join(words)


def display_name(name: str) -> str:
    """`ROLAND PIKE` -> `Roland Pike` by the supers' one rule, a leading honorific left off."""
    return supers.display_name(strip_honorific(" ".join(name.split())))


def field_key(text: str) -> tuple[str, str, str] | None:
    """A cue-sheet line: (`in`|`out`|`time`, key as written, value); else None.
    `IN Q=we gave them`, `[RUNS=:11]`, `Outcue: "…"`, `Runs :10`, `OQ=county roads`, `(runs :09)`."""
    body = unwrap(text)
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()
    words = tape_words()
    for sep in ("=", ":"):
        key, found, value = body.partition(sep)
        if not found or sep == ":" and key.endswith(" ") and value[:1].isdigit():
            continue  # no key; or `Runs :10`: the colon belongs to the time
        upper = " ".join(key.upper().split())
        if len(upper) <= 12:
            if upper in words.in_keys and not _read_out(value):
                return "in", key, value
            if upper in words.out_keys or upper in {"OC", "O/C"} and value.lstrip().startswith(tuple(QUOTE_MARKS)):
                return "out", key, value  # radio `OC: "...back to the voters."` is the out-cue; a bare `OC:` the camera
            if upper in words.time_keys and run_time(upper, value):
                return "time", key, value
    tokens = body.split(None, 3)  # the key and its value: the first three words
    value_token = tokens[2] if len(tokens) > 2 and tokens[1] in {":", "="} else tokens[1] if len(tokens) > 1 else ""
    if tokens and tokens[0].upper().rstrip(";,") in words.time_keys and (is_duration(value_token) or is_duration(value_token.lstrip("="))):
        return "time", tokens[0], body[len(tokens[0]):]
    return None


_IN_CUE_WORDS = 15  # an in-cue is the tape's first words; a longer sentence after `IN:` is the piece's own copy


def read_out_key(line: str) -> int:
    """Where the copy starts after an `IN:` key whose value is the voicer written out (`_read_out`); 0 if none."""
    key, found, value = line.partition(":")
    return len(key) + 1 if found and " ".join(key.upper().split()) in tape_words().in_keys and _read_out(value) else 0


def _read_out(value: str) -> bool:
    """`IN: Missing from the latest offer were … special needs teachers.`: a whole sentence of a voicer's copy written
    out under the key, not the few words the desk cues the tape on: the reporter's read copy."""
    value = value.strip()
    prose = ":" not in value and sum(c.islower() for c in value) > 2 * sum(c.isupper() for c in value)  # no `NAME/TITLE:` bite after the cue
    return prose and len(value.split()) > _IN_CUE_WORDS and value.rstrip("\"”’' ").endswith((".", "!", "?")) and value[:1] not in "(['\"‘“"


def out_key_at(line: str) -> int:
    """Where an out-cue key (`OQ:`, `OUT:`, `OUTCUE:`) starts after the first word of a line, else -1."""
    tokens = line.split()
    for k in range(2, len(tokens)):
        if tokens[k].endswith(":") and tokens[k][:-1].upper() in tape_words().out_keys:
            return line.find(" " + tokens[k] + " ") + 1 if " " + tokens[k] + " " in line else -1
    return -1


def inner_tape_label(line: str) -> tuple[int, int] | None:
    """`… RETURN MONDAY. MAYOR (ON TAPE): THE STRIKE …`, `Recorded Voice of Commissioner (the
    actuality): The pipe …`: a label naming who is heard, marked as tape in brackets before its
    colon, inside or opening a line -> (where the label starts, where the bite's words start)."""
    for at, end in bracket_spans(line):
        if at == 0:
            return None  # a line opening with a bracket has no label before it
        key = " ".join(line[at + 1 : end - 1].upper().split()).removeprefix("THE ")
        if line[end : end + 1] == ":" and tape_words().openers.get(key) in {"SOT", "ACT"}:
            window = max(0, at - _LABEL_SPAN)
            start = max(line.rfind(stop, window, at) for stop in (". ", "? ", "! ", ": "))
            start = start + 2 if start >= 0 else 0 if window == 0 else -1
            if start >= 0 and 1 <= len(line[start:at].split()) <= _LABEL_WORDS:
                return start, end + 1
    return None


def cue_words(value: str) -> str:
    """The words of an IN / OUT cue without quote marks and ellipses."""
    return value.strip().strip(QUOTE_MARKS + " .…").strip(QUOTE_MARKS + " ")


def timecode_then(line: str) -> tuple[str, str]:
    """`(18:03:11) ((…))` -> the timecode in its brackets and the rest of the line; ("", "") otherwise."""
    span = first_bracket(line) if line.startswith("(") and not line.startswith("((") else None
    end = span[1] if span else 0
    return (line[:end], line[end:].lstrip()) if 1 < end < 17 and is_timecode(line[1 : end - 1].strip()) else ("", "")



@dataclass(eq=False, repr=False)
class Block:
    """A tape block being read: its lines as written, in order, each with its role:
    `mark` (opener, timecode, label, IN / OUT / RUNS lines), `super` (a super naming the
    speaker) or `words` (the transcript)."""

    line: int
    tape: str
    name: str = ""
    title: str = ""
    duration: float | None = None
    entries: list[tuple[str, str, int]] = field(default_factory=list)  # (role, text, input line)
    at: int = 0  # the input line being read (the reader sets it)
    transcript: list[str] = field(default_factory=list)  # the `words` entries' texts
    supers: list[str] = field(default_factory=list)  # names the supers give
    super_title: str = ""
    in_cue: str = ""
    out_cue: str = ""
    closer: str = ""  # what ends the transcript being read: `))`, a quote mark, or "CAPS"
    fields: int = 0
    untitled: bool = False  # the last super gave a name and no title
    timed: int = 0  # supers given with their time in the tape (`SUPER=01-Name/Title; :14`): a package's list
    reporter: str = ""  # a package's `REPORTER: Jo Lin` line
    rank: str = ""  # the rank the last super put before its name (`Battalion Chief`)
    sheet: bool = False  # a radio cue sheet's tape (parse/sheetlines.py): with no DUR under it, its lines stay cues

    def add_marker(self, text: str) -> None:
        self.entries.append(("mark", text, self.at or self.line))

    def take_length(self, line: str, warnings: list[str], number: int) -> bool:
        """`(:07)` alone under the bite's quote: the bite's length (the line is its marker)."""
        if not self.transcript or line[:1] + line[-1:] != "()" or not is_duration(line[1:-1].strip()):
            return False
        self.duration = duration_of(line[1:-1].strip(), warnings, number)
        return True

    def add_words(self, text: str) -> None:
        self.transcript.append(text)
        self.entries.append(("words", text, self.at or self.line))

    def lines(self, start: int = 0) -> list[str]:
        """Every line but the transcript from entries[start:], as written."""
        return [text for role, text, _ in self.entries[start:] if role != "words"]

    def first_words(self) -> int:
        """Index of the transcript's first entry (len(entries) when there is none)."""
        return next((k for k, entry in enumerate(self.entries) if entry[0] == "words"), len(self.entries))

    def add_super(self, text: str, value: str) -> None:
        """`SUPER=01-Doris Halverson/Local 118 President;` names the speaker (first super wins)."""
        value = value.strip().strip("[];").strip()
        if value[:3].rstrip("-").isdigit() and "-" in value[:4]:
            value = value.split("-", 1)[1]
        times = value.rsplit(";", 1)
        value = times[0].strip()
        if self.super_open() and len(times) == 1 and not any(c in value for c in "/,|") and value[:1].isalpha():
            self.add_super_title(text)  # the name's super, then its title as a super of its own
            self.super_title = with_rank(self.rank, value)
            return
        self.timed += len(times) == 2 and is_duration(times[1].strip().split(" ")[0] if times[1].strip() else "")
        if value.lower().startswith(("2line", "standup", "locator", "1line")):
            value = value.split(None, 1)[1] if len(value.split()) > 1 else ""
        name, title = split_name(value)
        self.rank, name = rank_off(name)  # `SUPER: Battalion Chief Oluwaseun Bello / Tacoma Fire Dept.`: the rank is title
        if not title and names_a_place(name):
            name = ""  # `SUPER: Lakeview Public Works Yard`: a locator, no one's name
        if name and name[:1].isalpha() and not name.startswith("@"):
            self.supers.append(name)
            self.super_title = self.super_title or (with_rank(self.rank, title) if title else "")
        self.untitled = bool(name) and not title  # `CG: Capt. Ana Ruiz` / `CG: Odell Fire Dept.`: its title may follow
        self.entries.append(("super", text, self.at or self.line))

    def super_open(self) -> bool:
        """The last line read is a super giving a name and no title: its title may follow."""
        return bool(self.entries) and self.entries[-1][0] == "super" and self.untitled

    def add_super_title(self, text: str) -> None:
        role, written, line = self.entries[-1]
        self.entries[-1] = (role, f"{written}\n{text}", line)
        self.super_title = self.super_title or with_rank(self.rank, text.strip())
        self.untitled = False

    def is_package(self) -> bool:
        """A roll block with no transcript is a package when it lists several people's supers, or
        supers with their times in the tape, or opens on nat sound (`IN Q=natsot`)."""
        return self.tape in {"PKG", "WRAP"} or not self.transcript and (len(set(self.supers)) >= 2 or self.timed > 0 or self.in_cue.lower() == "natsot")

    def speaker(self) -> tuple[str, str]:
        if len(set(self.supers)) == 1:
            name = self.supers[0]
            if len(self.name.split()) == 1 and len(name.split()) > 1 and name.upper().endswith(self.name.upper()):
                full = strip_honorific(name)  # `((DESAI-HOLLOWAY: …))` under `*CG Priya Desai-Holloway`: the super's full name
                return full, self.super_title or self.title or name[: len(name) - len(full)].strip()
            if self.name and len(name.split()) > len(self.name.split()) and name.upper().endswith(self.name.upper()):
                rank = name[: len(name) - len(self.name)].strip()  # `Sports Rep. Galen Munroe`
                return self.name, self.super_title or self.title or rank
            if not self.name or self.name.islower() or self.name.split()[-1].upper() == name.split()[-1].upper():
                # a label in lower case (`take sot: eastside branch`) may be the tape's slug; the super names the speaker
                rank = name[: len(name) - len(strip_honorific(name))].strip()  # `Fire Chief Leo Marx`
                return name, self.super_title or self.title or rank or self.rank
        return self.name, self.title

    def runs(self) -> list[tuple[list[str], list[str], int] | tuple[str, int]]:
        """The block in the order written: a super `(line as written, input line)`, or a run of
        marks then words `(marks, words, input line)` (a mark after words starts a new run, so a
        run reads its marks first)."""
        out: list[tuple[list[str], list[str], int] | tuple[str, int]] = []
        marks: list[str] = []
        words: list[str] = []
        start = self.line
        for role, text, line in self.entries:
            if role == "super" or role == "mark" and words:
                if marks or words:
                    out.append((marks, words, start))
                marks, words = [], []
            if not marks and not words:
                start = line
            if role == "super":
                out.append((text, line))
            elif role == "mark":
                marks.append(text)
            else:
                words.append(text)
        if marks or words:
            out.append((marks, words, start))
        return out

    def soundbite(self) -> Soundbite | None:
        """The block as a soundbite (None: a roll cue that names nobody and gives no time)."""
        package = self.is_package()
        name, title = ("", "") if package else self.speaker()
        if not name and not self.transcript and self.duration is None and not package:
            return None
        speaker = Speaker(display_name(name), display_title(title) or None) if name else None
        words = " ".join(" ".join(self.transcript).split())
        if words[:1] in QUOTE_MARKS and words[-1:] in QUOTE_MARKS:  # the text holds the words, not the marks
            words = words[1:-1].strip()
        marks = self.lines()[: self.first_words()]  # the lines before the transcript
        bite = Soundbite(
            words, self.line, speaker=speaker, duration=self.duration, marker="\n".join(marks),
            tape="PKG" if package and self.tape not in {"PKG", "WRAP"} else self.tape, why="script-block",
        )
        bite.in_cue, bite.out_cue = self.in_cue, self.out_cue
        return bite
