"""A page read by its broadcast marks (parse/broadcastmarks.py): a Korean, Chinese or Japanese script or transcript.

The page IS one on evidence (`looks_marked`): two marker lines of the desk's vocabulary, two turn labels naming
voices in the desk's script, or two supers over quotations. Then the marks say who speaks:
  1. above the first mark, the page's furniture (menus, headline, date, a note on the text) is kept, never read;
     a paragraph of prose there is read (the anchor's lead-in);
  2. a programme marker (`◀ 앵커 ▶`, `[기자]`, `【解说】`) opens read copy, up to the next mark;
  3. a bite marker (`[인터뷰]`, `同期声 刘赐贵`, `◀ 권설아/… ▶`) opens a bite of the voice it or the next line names
     (`S:?` with a warning when nobody is named). It holds up to the next mark where the page marks every turn
     (a programme marker comes back between bites); else the desk marks bites only and the bite is one paragraph,
     the copy after it read again (`[인터뷰]` answers between the anchor's unmarked questions);
  4. a turn label (`▶김어준 :`) opens that voice's turn: the programme's when it names a role (`앵커>`), a host the
     header names (`■ 진행 : …`), or, in a dialogue whose voices no role names, the voice that opens it; a label whose
     words are one quotation (`上海女市民:「…」`) is a bite of that paragraph only;
  5. sound and picture (`现场声:`, `[현장음]`) are cues; the voice reading on is unchanged."""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from scriptfmt import tomlfile
from scriptfmt.model import Cue, Soundbite, Speaker
from scriptfmt.parse.broadcastmarks import Mark, bracketed, cjk, defined_short, holder, mark, mark_words, quoted, record_turn, run_in, split_label, super_above, voice
from scriptfmt.parse.labels import INLINE_CUE, is_notice
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.punctuation import CJK_SENTENCE_ENDS, SENTENCE_ENDS
from scriptfmt.parse.units import Unit
from scriptfmt.parse.writing import hangul

__all__ = ["looks_marked", "read"]

MARKED = "broadcast-mark"  # why a bite has its speaker: the desk's marker or label named them
_SENTENCE_SYLLABLES = tuple(tomlfile.load_builtin("broadcastmarks.toml")["sentence_endings"])  # Korean `…다`, `…요` (styles/broadcastmarks.toml)


def _pieces(lines: list[str]) -> list[tuple[int, str]]:
    """(index, text) of each turn of the page: a line, or a turn whose label runs on after the turn before."""
    return [(n, piece.strip()) for n, raw in enumerate(lines) for piece in run_in(raw.strip())]


def _marks(pieces: list[tuple[int, str]]) -> list[Mark | None]:
    out: list[Mark | None] = []
    for k, (_, line) in enumerate(pieces):
        below = next((b for _, b in pieces[k + 1 : k + 3] if b), "")
        found = mark(line) if line and not is_notice(line) else None  # `版權聲明:凡標注有…`: the page's copyright notice, nobody's turn
        if found is not None and not found.whole and _cast_line(found) and not any(out):
            found = None  # `■ 진행 : 이광연 앵커, 박상원 앵커` above the turns: the header's cast, no turn
        if line and found is None and super_above(line, below):
            found = Mark("bite", line, line)  # `香港市民` above `「…」`
        out.append(found)
    top = next((k for k, (_, line) in enumerate(pieces) if line), None)
    if top is not None and (m := out[top]) is not None and m.whole and m.kind in ("bite", "answer") and (m.who or m.rest) and not m.one:
        out[top] = None  # `[인터뷰] 김철수 장관 "…"` heading the page: its headline, no bite
    if sum(1 for m in out if m is not None and not m.whole) < 2 and not _held_turn([line for _, line in pieces], out):  # one label is no dialogue (`特写:“小记者”…`): copy
        out = [None if m is not None and not m.whole else m for m in out]
    return out


def _cast_line(m: Mark) -> bool:
    key = " ".join((m.who or "").lower().split())
    return key in mark_words().host_keys | mark_words().guest_keys and 0 < len(m.rest) <= 60 and not m.rest.endswith(("。", ".", "?", "？"))


def looks_marked(body: list[str]) -> bool:
    """Two marks of the desk's vocabulary in its script (an English service's `[Soundbite]` is a script's: parse/markup.py)."""
    marks = [m for m in _marks(_pieces(body)) if m is not None]
    lines = [line for line in body if line.strip()]
    cjk_page = 2 * sum(1 for line in lines if cjk(line)) > len(lines)  # a Korean desk's Latin markers (`◀ANC▶`) on its own copy
    markers = [m for m in marks if m.whole and (cjk(m.written) or cjk(m.who or "") or cjk_page)]
    labels = {m.who for m in marks if not m.whole}
    if len(markers) >= 2 and any(m.kind != "sound" for m in markers):
        return True
    turns = [m.who for m in marks if not m.whole and len(m.rest) >= 5]  # labels with words after them: a field's `图：` has none to speak of
    # a voice labelled twice, three turns, or one voice's question answered by another's (`刘铮:…的? 陈晓薇:我觉得…`)
    dialogue = len(labels) >= 2 and (len(set(turns)) < len(turns) or len(turns) >= 3 or _answered(marks))
    return (len(turns) >= 2 and (dialogue or any(quoted(m.rest) for m in marks if not m.whole))) or _held_turn(body, marks)


def _held_turn(body: list[str], marks: list[Mark | None]) -> bool:
    """A press conference's record cut after its first turn: the header names the conference (`外務大臣会見記録`) and the one
    turn's label names an office holder (`【岡田大臣】本日、…`): one turn is the record, as a transcript's first turn is; so is
    one turn in the Diet's own form (`○NAME君　…`, parse/broadcastmarks.py `record_turn`)."""
    held = [m for m in marks if m is not None and not m.whole and len(m.rest) >= 5 and (found := voice(m.who or ""))[0] and found[1] in mark_words().offices]
    return len(held) == 1 and any(word in line for line in body for word in mark_words().conference) or any(record_turn(line.strip()) for line in body)  # `○森山欽司君 …`: the Diet's form


def _answered(marks: list[Mark]) -> bool:
    """A turn label's question, the next label another voice's answer."""
    labels = [m for m in marks if not m.whole]
    return any(a.rest.rstrip().endswith(("?", "？")) and b.who != a.who and len(b.rest) >= 5 for a, b in zip(labels, labels[1:]))


@dataclass
class _Page:
    """What the whole page says, worked out once: the hosts and guests its header names, the voice that opens a
    dialogue, whether it marks every turn, whose answers a press conference's are."""

    hosts: set[str] = field(default_factory=set)
    guests: dict[str, str | None] = field(default_factory=dict)
    opener: str | None = None
    every_turn: bool = False
    answerer: tuple[str | None, str | None] = (None, None)
    answers_marked: bool = False  # a press conference's header, its answers marked (`(大 臣)`) though the header names no office
    short: dict[str, str] = field(default_factory=dict)  # a short label the page defines (`張`) -> the label defining it


def _header(pieces: list[tuple[int, str]], first: int, page: _Page) -> set[int]:
    """`■ 진행 : 이광연 앵커, 박상원 앵커` / `■ 출연 : 변상욱 / YTN 앵커` above the first mark: the cast; returns their pieces."""
    words, cast = mark_words(), set()
    for k in range(first):
        opened = bracketed(pieces[k][1])
        label = split_label(opened[0] if opened is not None and not opened[1] else pieces[k][1], any_script=True)  # `<출연 : …>`
        key = " ".join(label[0].lower().split()) if label else ""
        if label is None or key not in words.host_keys | words.guest_keys:
            continue
        cast.add(k)
        for entry in label[1].replace("，", ",").replace("、", ",").split(","):
            name, title = voice(entry)
            if name and key in words.host_keys:
                page.hosts.add(name.split()[0] if cjk(name) else name)  # `이광연 앵커`: the name before the role
            elif name:
                page.guests[name] = title
    return cast


def _conference(pieces: list[tuple[int, str]], first: int) -> tuple[str | None, str | None]:
    """`秋葉復興大臣記者会見録`, `外交部发言人毛宁主持例行记者会`: the office holder a press conference's header names."""
    for _, line in pieces[: first + 1]:
        held = holder(line) if any(w in line for w in mark_words().conference) else None
        if held is not None:
            return held
    return None, None


def _page(pieces: list[tuple[int, str]], marks: list[Mark | None], first: int) -> tuple[_Page, set[int]]:
    page = _Page()
    cast = _header(pieces, first, page)
    kinds = [m.kind for m in marks if m is not None and m.whole and m.kind != "sound"]
    bites = [i for i, k in enumerate(kinds) if k in ("bite", "answer")]
    page.every_turn = bool(bites) and all(i + 1 < len(kinds) and kinds[i + 1] == "programme" for i in bites[:-1]) and any(
        k == "programme" for k in kinds[bites[0] :])
    labels = [m for m in marks if m is not None and not m.whole and not m.says]
    page.short = {short: m.who for m in labels if m.who and (short := defined_short(m.who))}  # `張峰教授(以下簡稱張):`
    named = {page.short.get(m.who, m.who) for m in labels}
    diet = labels[0].written[:1] in "○〇◯" and not (labels[0].who or "").endswith(mark_words().record_chairs) if labels else False  # `○森山欽司君`: a member, never the programme
    if len(named) >= 2 and not any(_programme_label(m.who, page) for m in labels) and not quoted(labels[0].rest.strip()) and not diet:
        page.opener = labels[0].who  # a dialogue no role names: the voice that opens it is the programme's (the Diet's chair, `○NAME委員長`)
    page.answerer = _conference(pieces, first)
    conference = any(w in line for _, line in pieces[:first] for w in mark_words().conference)  # the header names a press conference
    page.answers_marked = conference and any(m is not None and m.kind == "answer" for m in marks)
    if page.answerer[1] and page.answerer[0] is None:  # `外務大臣会見記録` names the office only: its holder's label (`【上川大臣】`)
        page.answerer = next((held for m in marks if m is not None and m.who and (held := voice(m.who))[0] and held[1] in mark_words().offices), page.answerer)
    return page, cast


def _programme_label(who: str | None, page: _Page) -> bool:
    key = " ".join((who or "").lower().split())
    return mark_words().roles.get(key) == "programme" or key in mark_words().host_keys or (who or "") in page.hosts or (
        who is not None and (who.split() or [""])[0] in page.hosts)


@dataclass(eq=False, repr=False)
class _Reader:
    page: _Page
    warnings: list[str]
    units: list[Unit] = field(default_factory=list)
    who: tuple[str | None, str | None] | None = None  # the voice reading now: None the programme's, else (name, title)
    bite_left: int = -1  # paragraphs the open bite still holds (-1: up to the next mark)
    unnamed: bool = False  # the open bite's marker named nobody: the next line may (`[Soundbite]` / `Name (Title): …`)
    sound: bool = False  # a sound marker stands just above (`현장음>`): a quotation under it is a voice on the tape, unnamed
    opened: int = 0  # where the open bite's units begin
    voices: tuple[str, ...] = ()  # the names a super listing several voices gives (`정영민, 박영신`, `송준혁 강상혁`)
    quoting: bool = False  # the open bite's quotation runs on past its line (`"건설 경기가 … 경기가` / `좋아질 수 … 됐으면."`)

    def marker(self, m: Mark, line: str, n: int) -> None:
        """A marker standing apart: a cue; the voice it opens reads its line's words and the paragraphs after."""
        cut = m.rest and m.kind != "sound"  # `字幕：…`: the caption's words are the cue's, never read
        # the last `现场声` of `答: 现场声: 现场声:`: the labels before it stay the cue's
        written = (line[: len(line) - len(m.rest)] if line.endswith(m.rest) else line[: max(line.rfind(m.rest), 0)]).strip() if cut else line
        written = m.written if m.one else written  # `[이름/직함 : …]`, `●SUPER 「…」 …`: the mark knows where its bite starts
        self.units.append(Unit(segment=Cue(written.strip("".join(mark_words().brackets) + " :："), n, cue_type=_CUE_TYPES[m.kind], original=written)))
        self.sound = m.kind == "sound" and not m.rest
        if m.kind == "sound":
            return
        self.unnamed = False
        if m.kind == "programme":
            self.who = None
        else:
            self.open_bite(m.who, m.kind == "answer", written, n, follows=not m.rest)
            self.bite_left = 1 if m.one else self.bite_left
        if m.rest:
            self.words(m.rest, n)
        if m.tail:  # `●SUPER 「…」 笑顔が…`: the copy after the quotation is read again
            self.who = None
            self.words(m.tail, n)

    def open_bite(self, who: str | None, answer: bool, written: str, n: int, follows: bool = False) -> None:
        """The bite of the voice `who` names (else the page's answerer or its one guest); `follows`: the next line may name it."""
        name, title = voice(who) if who else self.page.answerer if answer else _one(self.page.guests)
        if name in self.page.guests:
            title = title or self.page.guests[name]
        self.who, self.bite_left, self.quoting = (name, title), -1 if self.page.every_turn else 1, False
        self.opened, self.voices = len(self.units), _voices(who)
        self.unnamed = who is None and not answer and follows
        if name is None and not self.unnamed:
            self.warnings.append(f"line {n}: the broadcast mark {written!r} names nobody; the bite has no super")

    def name_from_note(self, note: str) -> None:
        """`◀INT▶ 정영민, 박영신(광주)` / `"…"` / `(박영신 여자 인터뷰)`: a super naming several voices, and the desk's note after
        the bite naming one of them: the bite is that one's."""
        words = note.strip(_OPEN_PARENS + _CLOSE_PARENS + " ").split()
        if len(self.voices) < 2 or not words or words[0] not in self.voices or not any(mark_words().roles.get(w.lower()) == "bite" for w in words[1:]):
            return  # the note names the voice first and calls the tape a bite (`인터뷰`)
        for unit in self.units[self.opened :]:
            if isinstance(unit.segment, Soundbite):
                unit.segment.speaker = Speaker(words[0], None)

    def label(self, m: Mark, n: int) -> None:
        """A turn label: the programme's voice, or the bite of the voice it names (a quoted one for its paragraph only)."""
        answer = mark_words().roles.get(" ".join((m.who or "").lower().split())) == "answer"  # `答：`, `답변 :`
        if m.says:  # `黃子宜說：「…」`: the attribution is read, the quotation its speaker's
            self.who = None
            self.words(m.written, n)
            self.open_bite(m.who, False, m.written, n)
            self.bite_left, self.unnamed = 1, False
            self.words(m.rest, n)
            return
        who = self.page.short.get(m.who or "", m.who)  # `張:` after `張峰教授(以下簡稱張):`
        if _programme_label(who, self.page) or who == self.page.opener:
            self.who = None
        else:
            self.open_bite(None if answer else who, answer, m.written, n)
            self.bite_left = 1 if quoted(m.rest) else -1
            self.unnamed = False
        self.label_cue(m.written, n)
        self.words(m.rest, n)

    def label_cue(self, written: str, n: int) -> None:
        """A turn's label as written: a cue where it stands, so its words never move past the turn's (a merged segment's
        marker would)."""
        self.units.append(Unit(segment=Cue(written, n, cue_type="NOTE", original=written)))

    def line(self, line: str, n: int) -> None:
        """A line of copy: the open voice's; a bite marked once holds one paragraph, then the programme reads again."""
        sound, self.sound = self.sound, False
        if _aside(line):  # `(전남 순천시)`, `(박영신 여자 인터뷰)`: the desk's note on the tape, never read
            self.units.append(Unit(segment=Cue(line.strip(_OPEN_PARENS + _CLOSE_PARENS + " "), n, cue_type="NOTE", original=line)))
            self.name_from_note(line)
            return
        if sound and line[:1] in _OPEN_QUOTES:  # `현장음>` / `“…”`: the words of a voice the desk does not name
            self.open_bite(None, False, line, n)
        if self.unnamed and (label := split_label(line, any_script=True)) is not None:
            self.unnamed = False
            self.open_bite(label[0], False, label[0], n)
            self.label_cue(line[: len(line) - len(label[1])].strip() if label[1] else line, n)
            self.words(label[1], n)
            return
        short_name = cjk(line) and len(line) <= 25 and not line.endswith(("。", ".", "?", "？") + _SENTENCE_SYLLABLES) and not quoted(line)
        if self.unnamed and (super_above(line, "「」") or short_name):
            self.units.append(Unit(segment=Cue(line, n, cue_type="CG", original=line)))  # `◀ SYNC ▶` / `윤석열 대통령` / `"…"`: the super
            self.open_bite(line, False, line, n)
            return
        if self.who is not None and self.bite_left == 0 and not self.quoting:
            self.who = None
        if self.unnamed and self.who is not None and self.who[0] is None:
            self.warnings.append(f"line {n}: the broadcast mark above names nobody; the bite has no super")
        self.unnamed = False
        self.words(line, n)

    def words(self, text: str, n: int) -> None:
        """The voice's words, split at the cues inside them (`(웃음)`)."""
        pos = 0
        for m in INLINE_CUE.finditer(text):
            if m.group()[1:-1].strip().lower() in mark_words().inline_cues:
                self.text(text[pos : m.start()], n)
                self.units.append(Unit(segment=Cue(m.group()[1:-1].strip(), n, cue_type="NOTE", original=m.group())))
                pos = m.end()
        self.text(text[pos:], n)
        if self.who is not None and self.bite_left > 0 and any(c.isalnum() for c in text):
            self.bite_left -= 1
        self.quoting = self.who is not None and _open_after(text, self.quoting)

    def text(self, text: str, n: int) -> None:
        text = text.strip()
        if not text:
            return
        if self.who is None or not any(c.isalnum() for c in text):
            self.units.append(Unit(para=Para(text, n)))
            return
        name, title = self.who
        self.units.append(Unit(segment=Soundbite(text, n, speaker=Speaker(name, title) if name else None, why=MARKED)))


_OPEN_PARENS, _CLOSE_PARENS, _OPEN_QUOTES = "(（", ")）", "\"“「『"


def _voices(who: str | None) -> tuple[str, ...]:
    """The Hangul names of a super listing several voices, before its place in brackets (`- 송준혁 강상혁(경남 양산시)`)."""
    head = (who or "").split("(")[0].split("（")[0].replace(",", " ").replace("，", " ").replace("-", " ")
    names = tuple(w for w in head.split() if 2 <= len(w) <= 4 and all(hangul(c) for c in w))
    return names if len(names) >= 2 and len(names) == len(head.split()) else ()


def _aside(line: str) -> bool:
    """A line wholly in round brackets, short and no sentence: a note on the tape or a place super, not copy."""
    inner = line[1:-1]
    return len(line) > 2 and line[0] in _OPEN_PARENS and line[-1] in _CLOSE_PARENS and not any(c in inner for c in _OPEN_PARENS + _CLOSE_PARENS) and (
        0 < len(inner.strip()) <= 30 and not inner.rstrip().endswith(SENTENCE_ENDS + ("?", "？", "。")) and inner.strip().lower() not in mark_words().inline_cues)


def _open_after(text: str, was_open: bool) -> bool:
    """Whether a quotation is still open after the line: a bite's words hard-wrapped over lines stay the bite's."""
    for c in text:
        if c in "“「『":
            was_open = True
        elif c in "”」』":
            was_open = False
        elif c == '"':
            was_open = not was_open
    return was_open


def _one(guests: dict[str, str | None]) -> tuple[str | None, str | None]:
    """The one guest the header names (`■ 출연 : 변상욱 / YTN 앵커`): the voice of a marker that names nobody."""
    return next(iter(guests.items())) if len(guests) == 1 else (None, None)


_CUE_TYPES = {"programme": "NOTE", "bite": "SOT", "answer": "NOTE", "sound": "NATS"}


_NUMBERED_HEAD = re.compile(r"[0-9０-９]{1,2}[.．、][ ]?[^\s.．、。]{2,12}$")  # `1.冒頭発言`: a numbered section heading, no sentence


def _prose(line: str) -> bool:
    """A paragraph of read copy above the marks, not the page's furniture: a sentence, no note on the text."""
    words = mark_words()
    opened = bracketed(line)
    line = opened[1] if opened is not None and opened[1] else line  # `【新唐人2014年10月21日】香港の…`: the dateline's bracket, then the lede
    if line[:1] in "*※(（[【<＜" or any(w in line for w in words.notes):
        return False
    long = len(line) >= 10 if cjk(line) else len(line.split()) >= 6
    return long and (line.rstrip("\"”’」』)） ").endswith(SENTENCE_ENDS + _SENTENCE_SYLLABLES) or "。" in line)


def _first_mark(marks: list[Mark | None]) -> int:
    """Where the page's marks begin. Labels above the desk's first marker whose voices never come back
    below it (`大小:`, `页数:`, `1、标题:` of a document site's header) are the page's fields, not turns."""
    first = next((k for k, m in enumerate(marks) if m is not None), len(marks))
    marker = next((k for k, m in enumerate(marks) if m is not None and m.whole), len(marks))
    if marker <= first or marker == len(marks):
        return first
    below = {m.who for m in marks[marker:] if m is not None and not m.whole}
    return marker if not any(m is not None and m.who in below for m in marks[first:marker]) else first


def read(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    pieces = _pieces(lines)
    marks = _marks(pieces)
    first = _first_mark(marks)
    page, cast = _page(pieces, marks, first)
    reader = _Reader(page, warnings)
    kept = metadata.setdefault("furniture", []) if first else []
    for k, (n, line) in enumerate(pieces):
        m, number = marks[k], first_line + n + 1
        if not line:
            continue
        if k < first:
            if k not in cast and reader.who is not None and line.endswith(CJK_SENTENCE_ENDS):
                reader.words(line, number)  # `私からは以上です。`: a short sentence closing the opening remarks is theirs
            elif k not in cast and (page.answers_marked or page.answerer[1]) and _NUMBERED_HEAD.match(line):
                reader.who = None  # `1.冒頭発言`, `2.質疑応答`: the record's section headings, read as a transcript's topic heads
                reader.words(line, number)
            elif reader.units and (opened := bracketed(line)) is not None and not opened[1]:
                reader.units.append(Unit(segment=Cue(opened[0], number, cue_type="NOTE", original=line)))  # `[기사내용]` under the lead read
            elif k in cast or not _prose(line):
                kept.append(line)
            elif page.answerer[0] or page.answerer[1] or page.answers_marked:  # a press conference's opening remarks: the office holder's
                reader.open_bite(None, True, "the press conference's header", number)
                reader.words(line, number)
            else:
                reader.words(line, number)
            continue
        if m is None and is_notice(line):
            metadata.setdefault("furniture", []).append(line)  # `版權聲明:…` between the turns: the page's notice, kept
        elif m is None:
            reader.line(line, number)
        elif m.whole:
            reader.marker(m, line, number)
        else:
            reader.label(m, number)
    return reader.units
