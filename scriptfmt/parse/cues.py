"""Production cues: find them in a paragraph and give each its canonical type.

Rules (vocabulary in styles/cues.toml):
- square, curly and angle brackets always hold a cue — except an elision `[…]`, which
  stays in the text (an editor's insertion such as `[sic]` is taken as a cue too);
- `((…))` is a summary of tape (a cue), `(**SOT**)` a starred cue;
- a parenthetical is a cue when it begins with cue vocabulary (see cues.toml for case rules);
- a line in capitals made of cue vocabulary is a cue line.
All scanning is a single left-to-right pass: no backtracking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.brackets import CLOSING, bracket_spans
from scriptfmt.parse.quotes import find_quotes
from scriptfmt.parse.runtimes import TAPE_CODE, is_duration, is_timecode, length_only
from scriptfmt.parse.shotlabels import is_language
from scriptfmt.parse.writing import han

_OPENER = re.compile(r"[\[{<(]")
_ELISION = re.compile(r"\s*(?:…|\.\s*\.\s*\.|\.\.\.)\s*")
_TOKEN = re.compile(r"[^\s,:;.!?()]+")  # vocabulary tokens: VO/SOT, 2-SHOT, ###, -30-
_LINE_TOKEN = re.compile(r"[^\s,;()\[\]]+")
_TIMECODE = re.compile(r":?\d{1,4}(?::\d{2})*\.?|\d+")


@dataclass(frozen=True, eq=False, repr=False)
class Vocabulary:
    """Spelling (upper case) -> canonical type; `any_case` spellings also match in lower case."""

    words: dict[str, str]
    any_case: frozenset[str]
    longest: int  # most tokens in one spelling

    def match(self, tokens: list[str], start: int = 0) -> tuple[str, str, int] | None:
        """Longest spelling at tokens[start:], as (canonical type, spelling, token count)."""
        for n in range(min(self.longest, len(tokens) - start), 0, -1):
            spelling = " ".join(tokens[start : start + n]).upper()
            if spelling in self.words:
                return self.words[spelling], spelling, n
        return None


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    tables = [tomlfile.load_builtin("cues.toml")]
    words: dict[str, str] = {}
    any_case: set[str] = set()
    for table in tables:
        for cue_type, entry in table.items():
            for word in entry.get("words", []) + entry.get("any_case", []):
                words[" ".join(word.upper().split())] = cue_type.upper()
            any_case.update(" ".join(w.upper().split()) for w in entry.get("any_case", []))
    longest = max((len(w.split()) for w in words), default=1)
    return Vocabulary(words, frozenset(any_case), longest)


def whole_cue(words: str, vocab: Vocabulary) -> tuple[str, str, int] | None:
    """The vocabulary's hit when the words are cue words as a whole (`Banner`, `Pop-Up Banner`,
    `NAT SOUND`), else None: `Ms Jones` opens on one (`MS`) and is a name."""
    hit = vocab.match(words.upper().split())
    return hit if hit is not None and hit[2] == len(words.split()) else None


def bare_key(tokens: list[str], j: int, vocab: Vocabulary) -> bool:
    """`… THE WHOLE CROP IN NINETEEN.`: a cue-sheet key (IN, OUT, TIME) is a key only written as
    one (`IN:`, `OUT Q=`, `RUNS :11`); bare inside a line it is a word of the copy."""
    tok = tokens[j]
    hit = vocab.match([t.strip(":") for t in tokens[j : j + 3]])
    if hit is None or hit[0] != "TIMING" or hit[2] > 1 or tok.endswith((":", "=")):
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
    return not (nxt.upper().startswith(("Q=", "Q:", "=", ":")) or nxt.upper() == "Q" or is_duration(nxt))


@dataclass(eq=False, repr=False)
class CueSpan:
    start: int  # index of the opening bracket in the paragraph
    end: int  # index after the closing bracket
    text: str  # inside the brackets, trimmed
    cue_type: str
    tail: int = 0  # tape's own running time after it (`(Actuality – "…") RUNS :05`): where it starts, from `start`


def classify(inner: str, vocab: Vocabulary, bracket: str) -> str | None:
    """Canonical type of a bracketed text, or None when a parenthetical is not a cue."""
    stripped = inner.strip().strip("*").strip()
    if bracket == "(" and _is_pronouncer(stripped):
        return "PRONOUNCER"
    if bracket == "(" and stripped[:3].lower() == "in " and is_language(stripped):
        return "LANGUAGE"  # `(in Xhosa)`, `(In English)`: the language the voice speaks here, a direction
    tokens = _TOKEN.findall(stripped.replace("–", " ").replace("—", " "))  # (Actuality–“…”): the dash ends the word
    hit = vocab.match(tokens) if tokens else None
    if bracket != "(":  # always a cue; its type from the first cue word in it: {KIM ON CAM} is CAMERA
        if hit:
            return hit[0]
        for k in range(1, len(tokens)):  # later words count when written in capitals ([mayor in hall] is a NOTE)
            hit = vocab.match(tokens, k) if tokens[k].isupper() else None
            if hit:
                return hit[0]
        return "NOTE"
    if bracket == "(" and TAPE_CODE.search(stripped):
        return "NOTE"  # `(audio time 0:35:55:21-0:36:10:10)`: where the editor finds the tape, never read
    if bracket == "(" and length_only(stripped):
        return "TIMING"  # `(6 seconds)`, `(3m20s)`, `(30 seg.)`, `(:17)`: how long the line or the element before it runs
    if hit is None and 2 <= len(tokens) <= 4:  # `(scott ad lib)`: who, then the direction
        last = vocab.match(tokens, len(tokens) - 2) or vocab.match(tokens, len(tokens) - 1)
        return "ADLIB" if last is not None and last[0] == "ADLIB" else _sound_named(tokens, vocab)
    if hit is None:
        return None
    cue_type, spelling, n = hit
    written = " ".join(tokens[:n])
    after = stripped[len(written) :] if stripped.upper().startswith(written.upper()) else ""
    if spelling in vocab.any_case and _lower_or_upper(written):
        return cue_type
    if written.isupper() or after.lstrip().startswith(":"):
        return cue_type
    return None


def _sound_named(tokens: list[str], vocab: Vocabulary) -> str | None:
    """`(Ticking sound effect)`, `(Crying baby SFX)`, `(Station jingle)`: what sound, then the sound element the
    booth plays (a spelling any case allows, ending the bracket): the booth's, never read."""
    for k in (len(tokens) - 2, len(tokens) - 1):
        hit = vocab.match(tokens, k)
        if hit is not None and k + hit[2] == len(tokens) and hit[0] in _SOUND_TYPES and hit[1] in vocab.any_case:
            return hit[0]
    return None


_SOUND_TYPES = frozenset({"NATS", "MUSIC"})


def _is_pronouncer(text: str) -> bool:
    """`(KEH-vurn)`, `(oh-DEEL)`, `(kuh-LAHN-ee)`: syllables joined by hyphens, the stressed one
    in capitals, the others in lower case; all-capitals copy writes every syllable in capitals."""
    words = text.split()
    if words and words[0].lower() in ("pron.", "pron", "pronounced", "pron:") and 2 <= len(words) <= 5:
        return True  # `(pron. Thalaguda)`, `(pronounced Shev-chen-ko)`: the sound spelled out after the word
    if not 1 <= len(words) <= 3 or "-" not in text:
        return False
    syllables = [s for w in words for s in w.split("-")]
    if not all(s.isalpha() for s in syllables):
        return False
    if all(s.isupper() for s in syllables):  # all-capitals radio copy: `CISAR (SEE-ZAR)`; not `(D-OHIO)`
        # every syllable sounds a vowel: `(PT-SP)`, `(PSDB-MG)` are a Brazilian politician's party and state
        return len(words) == 1 and 2 <= len(syllables) <= 5 and all(2 <= len(s) <= 5 and any(ch in "AEIOUY" for ch in s) for s in syllables)
    return any(s.isupper() and len(s) >= 2 for s in syllables) and any(s.islower() for s in syllables)


_TONED = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")  # the vowels pinyin writes with a tone mark
_PINYIN_LETTERS = frozenset("abcdefghijklmnopqrstuwxyzü") | _TONED


def _wiki_link(inner: str) -> bool:
    """`Hugo Motta`, `Câmara dos Deputados|Câmara`: a link's target (and label) in a wiki's double brackets, words only."""
    return 0 < len(inner) <= 80 and "[" not in inner and any(c.isalpha() for c in inner) and not inner.strip().isupper()


def _pinyin_run(inner: str) -> bool:
    words = inner.split()
    return 1 <= len(words) <= 4 and all(_pinyin(w) for w in words)


def _pinyin(word: str) -> bool:
    """`bào`, `xùn`, `lián`: a syllable of pinyin in lower case carrying its tone mark (English never writes one)."""
    return 1 <= len(word) <= 6 and all(c in _PINYIN_LETTERS for c in word) and sum(c in _TONED for c in word) == 1


def _lower_or_upper(word: str) -> bool:
    """`pause`, `PAUSE` or `Pause` — but not a mixed proper noun."""
    return word.islower() or word.isupper() or word[:1].isupper() and word[1:].islower()


def find_cues(text: str, vocab: Vocabulary, warnings: list[str] | None = None) -> list[CueSpan]:
    """Cue spans in a paragraph, left to right, in one pass. Brackets do not nest; an unclosed
    bracket is kept as text (and reported in `warnings`)."""
    spans: list[CueSpan] = []
    i, n = 0, len(text)
    next_close: dict[str, int] = {}  # closer -> its next position (-1: none left), keeps the scan linear
    while i < n:
        found = _OPENER.search(text, i)  # jump to the next bracket at regex speed
        if found is None:
            break
        i = found.start()
        ch = text[i]
        closer = CLOSING[ch]
        if ch == "<" and (i + 1 >= n or text[i + 1].isspace() or text[i + 1].isdigit()):
            i += 1  # "a < b", "<5" are not cues
            continue
        double = ch == "(" and text.startswith("((", i)
        key = "))" if double else closer
        end = next_close.get(key, -2)
        if end == -2 or (end != -1 and end < i + (2 if double else 1)):
            end = text.find(key, i + (2 if double else 1))
            next_close[key] = end
        if end < 0:
            if warnings is not None and ch in "[{":
                warnings.append(f"unclosed '{ch}' kept as read copy: {text[i:i + 40]!r}")
            i += 1
            continue
        inner_start, inner_end = i + (2 if double else 1), end
        close_len = 2 if double else 1
        inner = text[inner_start:inner_end]
        if ch == "[" and inner.startswith("[") and text.startswith("]]", end) and _wiki_link(inner[1:]):
            i = end + 2  # `[[Hugo Motta]]`: a wiki page's link markup round a name, its words the copy's
            continue
        if ch == "[" and _ELISION.fullmatch(inner):
            i = end + 1  # an elision […] is part of the quoted text
            continue
        if ch == "{" and _braced_prose(inner):
            i += 1  # `{Kampala- First deputy premier … in 1976.}`: a web template's lead set in braces, read copy
            continue
        # `((…))` summarises tape (SOT) unless it opens with a cue word: ((nat)) NATS, ((courtesy: …)) CG
        cue_type = (classify(inner, vocab, "(") or "SOT") if double else classify(inner, vocab, ch)
        if cue_type is None and ch == "(" and i > 0 and han(text[i - 1]) and _pinyin_run(inner):
            cue_type = "PRONOUNCER"  # `播報(bào)`, `悉尼先驅(qū)`: the pinyin for the character before it, never read
        if cue_type is None and i == 0 and end + 1 >= len(text.rstrip()) and _direction_in_capitals(inner):
            cue_type = "NOTE"  # `(PHILIP, KIJK NAAR CAMERA 1)` alone: the writer's direction to the presenter
        if cue_type is None:
            i += 1  # an ordinary parenthetical: read copy; cues inside it are still found
            continue
        begin = _timecode_before(text, i, spans) if double else i
        stop = _runs_after(text, end + close_len) if cue_type in _TAPE_TYPES else 0
        spans.append(CueSpan(begin, stop or end + close_len, inner.strip().strip("*").strip(), cue_type, end + close_len - begin if stop else 0))
        i = stop or end + close_len
    return _framed_slots(text, spans) if "--" in text else spans


# `--NAMA ANDA--`, `--JEDA--`: words in capitals set off by double dashes written tight against them (running copy
# spaces its dashes: `the mayor -- a teacher -- said`); a bounded run, so the scan stays linear
_FRAMED = re.compile(r"(?<![-\w])--([^\W\d_a-z](?:[^\W\da-z]|[ ]){0,38}?[^\W\d_a-z])--(?![-\w])")


def _framed_slots(text: str, spans: list[CueSpan]) -> list[CueSpan]:
    """A template's slot or a direction framed by double dashes, in capitals and tight (`saya --NAMA ANDA-- /`, `--JEDA--`):
    what the reader fills in or does, a NOTE cue, never read."""
    found = []
    for m in _FRAMED.finditer(text):
        inner = m.group(1)
        if any(c.isalpha() for c in inner) and inner.upper() == inner and not any(s.start < m.end() and m.start() < s.end for s in spans):
            found.append(CueSpan(m.start(), m.end(), inner.strip(), "NOTE"))
    return sorted(spans + found, key=lambda span: span.start) if found else spans


_TAPE_TYPES = {"SOT", "RADIO", "PKG", "VOSOT"}
_PROSE_WORDS = 15  # a command in braces (`{KIM ON CAM}`, `{anchor toss}`) is a few words; a sentence of copy is more


def _braced_prose(inner: str) -> bool:
    """Whole sentences of copy in braces: many words, most in lower case, a sentence's end at the close."""
    words = inner.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= _PROSE_WORDS and lower * 2 > len(words) and inner.rstrip().rstrip("”’\"')»").endswith((".", "!", "?"))


def _direction_in_capitals(inner: str) -> bool:
    """A paragraph that is one parenthesis of words in capitals (`(BEGINTUNE / PHILIP, KIJK NAAR CAMERA 1)`,
    `(FILM IS AFGELOPEN)`): a prompter's convention in every language — what is not read stands in
    brackets and capitals — so it is the writer's direction, never read copy, whatever its words. Two words
    at least (`(AP)` is a credit), and no quotation (a bite summarised in brackets is left to the bite readers)."""
    words = inner.split()
    letters = [c for c in inner if c.isalpha()]
    return len(words) >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters) and not find_quotes(inner) and not any(q in inner for q in "\"“”«»")


def script_notes(line: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Where a script line's notes in brackets stand (`Anchor on cam (Start the script here)`,
    `(Title) TRT (run time of the bite only)`, `(Note: this is the lead …)`): on a script, words
    in single parentheses are the writer's directions, never read (a desk's rule: parentheses are
    for print). A pronouncer, a timing or a cue word keeps its own type; tape written in brackets
    with its quotation (`(Actuality – "…")`) and `((…))` bites are left to the bite readers."""
    notes: list[tuple[int, int]] = []
    for at, end in bracket_spans(line):
        inner = line[at + 1 : end - 1]
        double = line[at + 1 : at + 2] == "(" or line[at - 1 : at] == "("
        reader = inner.strip().isupper() and len(inner.split()) == 1  # `(KAI) TRACK:`, `(DEV)`: who reads, not a note
        if double or reader or _inside_name(line, at, end) or "(" in inner or not any(c.isalpha() for c in inner):
            continue  # a `((…))` bite, who reads, a title-case bracket inside a name, no words
        if not find_quotes(inner) and classify(inner, vocab, "(") is None:
            notes.append((at, end))
    return notes


def _inside_name(line: str, at: int, end: int) -> bool:
    """`the Companies (Amendment) Bill`: a bracket of words in title case between two words of a
    name is part of the name, read as it stands."""
    before, inner, after = line[:at].split()[-1:], line[at + 1 : end - 1].split(), line[end:].split()[:1]
    return bool(before and after and inner) and len(inner) <= 3 and all(w[:1].isupper() for w in before + inner + after)


def _runs_after(text: str, pos: int) -> int:
    """End of a running time written right after tape (`RUNS :05`, `Runs :17`, `(runs :09)`,
    `(:12)`), else 0."""
    from scriptfmt.parse.tape import field_key  # tape reads cue words from here

    j = pos
    while j < len(text) and text[j] == " ":
        j += 1
    if text.startswith(("--", "–", "—"), j):  # `-- PELLETIER-KANE -- RUNS :06`: who, then the time
        second = max(text.find(" --", j + 2, j + 60), text.find(" –", j + 2, j + 60), text.find(" —", j + 2, j + 60))
        end = _runs_after(text, second + 3) if second > 0 else 0
        return end
    if text.startswith("(", j):
        close = text.find(")", j, j + 24)
        inner = text[j + 1 : close].strip() if close > 0 else ""
        return close + 1 if inner and (is_duration(inner) or (field_key(inner) or ("",))[0] == "time") else 0
    words = text[j : j + 24].split()[:2]
    if not words:
        return 0
    found = field_key(" ".join(words))
    if found is None or found[0] != "time":
        return 0
    return text.find(words[-1], j) + len(words[-1])


def _timecode_before(text: str, i: int, spans: list[CueSpan]) -> int:
    """Start of `(00:03:41:17) ((…))`: a tape timecode just before a double parenthesis belongs to it
    (`(TC 10:41:30:11 Title 0811)`, taken for a timing cue a moment ago, is taken back from `spans`)."""
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    if j < 0 or text[j] != ")":
        return i
    k = text.rfind("(", max(0, j - 80), j)  # `(00:03:41:17)` or a label `(10:59:41 Name/Title)`
    words = text[k + 1 : j].split(None, 2) if k >= 0 else []
    if words and words[0].upper().rstrip(":") in {"TC", "TIMECODE"}:
        words = words[1:]
    if not (words and _TIMECODE.fullmatch(words[0]) and ":" in words[0]):
        return i
    if spans and spans[-1].end > j:
        if spans[-1].start != k:
            return i
        spans.pop()
    return k


def cue_line_type(line: str, vocab: Vocabulary) -> str | None:
    """Type of a free-standing cue line (`TAKE VO`, `ANCHOR ON CAMERA`, `CG: JANE DOE / MAYOR`), else None."""
    stripped = line.strip()
    if not stripped:
        return None
    if _timed_heading(stripped):
        return "TIMING"
    if stripped.upper() != stripped:  # lower case: read copy, unless a short direction (`ambiance fade under`)
        return _direction_line(stripped, vocab) or _sound_direction(stripped, vocab)
    tokens = [t.rstrip(":") for t in _LINE_TOKEN.findall(stripped)]
    tokens = [t for t in tokens if t]
    if not tokens:
        return None
    first = vocab.match(tokens)
    if first is None:
        return None
    cue_type, _, n = first
    written = _LINE_TOKEN.findall(stripped)[:n]
    if written and written[-1].endswith(":"):
        return cue_type  # a label: CG: JANE DOE / MAYOR
    i = n
    while i < len(tokens):  # every further token must be vocabulary, a number or a time
        if _TIMECODE.fullmatch(tokens[i]) or tokens[i] in {"/", "-", "&", "+"}:
            i += 1
            continue
        hit = vocab.match(tokens, i)
        if hit is None:
            return None
        i += hit[2]
    return cue_type


@lru_cache(maxsize=1)
def _directions() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("markup.toml")["cue_lines"]["directions"])


def _direction_line(line: str, vocab: Vocabulary) -> str | None:
    """`ambiance fade under`, `music up full`, `Cortinilla (30 seg.)`: a cue word any case allows,
    then only direction words (or more such cue words), and maybe its length in brackets."""
    if line.endswith(":") and len(line.split()) <= 3 and (named := vocab.match([line[:-1].split()[-1].upper()])) and named[0] == "MUSIC":
        return named[0]  # `Opening Sting:`, `Closing jingle:`: the sound element the booth plays here, a label on its own line
    timed = line.endswith(")") and "(" in line and any(c.isdigit() for c in line[line.rfind("(") :])
    if timed:
        line = line[: line.rfind("(")].strip()  # `(1 min.)`, `(:05)`: how long it runs
    if not 2 - timed <= len(line.split(None, 6)) <= 6:
        return None  # read copy: longer than any direction (upper case never adds or removes a space)
    tokens = [t.strip(".,") for t in line.upper().split()]
    hit = vocab.match(tokens)
    if hit is None or hit[1] not in vocab.any_case:
        return None
    k = hit[2]
    while k < len(tokens):
        more = vocab.match(tokens, k)
        if tokens[k] not in _directions() and (more is None or more[1] not in vocab.any_case):
            return None
        k += more[2] if more and tokens[k] not in _directions() else 1
    return hit[0]


def _timed_heading(line: str) -> bool:
    """`#### **[00:04-00:08]** - OUVERTURE PAISIBLE`, `*(0:00-0:45)*`, `### Escena 1 (0:00–0:20)`: a line that opens
    on a bracketed time range (Markdown's marks before it apart), or a Markdown heading that holds one: a voice-over
    script's timing, never read and never the page's furniture (a transcript's `[00:04] Text` stamps one time)."""
    text = line.lstrip("#*_ \t")
    if not text or text[0] not in "([":
        return line[:1] == "#" and any(_time_range(line[at + 1 : end - 1]) for opening in "([" for at, end in bracket_spans(line, opening))
    end = text.find(CLOSING[text[0]])
    return end > 0 and _time_range(text[1:end])


def _time_range(text: str) -> bool:
    """`00:04-00:08`, `0:00–0:45`: two times joined by a dash."""
    for dash in "-–—":
        first, found, second = text.partition(dash)
        if found:
            return ":" in first and ":" in second and is_timecode(first.strip()) and is_timecode(second.strip())
    return False


_SOUND_NOTE_WORDS = 14  # `Sig tune up again for 30 secs, and then fades…`: a note to the booth, never a paragraph


def _sound_direction(line: str, vocab: Vocabulary) -> str | None:
    """`Sig tune……tune dips…`, `Sig tune up again for 30 secs, and then fades…`, `Music swells, then under`: a
    line in sentence case that opens on a sound element (music, a jingle, a sound effect: spellings any case
    allows) and says at once what it does (a direction word next, the element's word said again before it):
    the booth's note. It never ends a sentence with a full stop (`Music is a big part of the fair.` is read)."""
    tokens = [t.strip(".,;:") for t in line.replace("…", " ").upper().split()]
    tokens = [t for t in tokens if t]
    hit = vocab.match(tokens)
    if hit is None or hit[0] not in _SOUND_TYPES or hit[1] not in vocab.any_case or len(tokens) > _SOUND_NOTE_WORDS or line.endswith((".", "!", "?")) and not line.endswith(".."):
        return None
    k = hit[2] + (hit[2] < len(tokens) and tokens[hit[2]] == tokens[hit[2] - 1])  # `tune……tune dips`: the tune said again
    return hit[0] if k < len(tokens) and tokens[k] in _directions() else None


def editor_insertions_kept(text: str, spans: list[CueSpan]) -> list[CueSpan]:
    """`"You might tell Bunter [Boulton's nickname] that …"`, `"I'm [Anchor name] and …"`: a bracketed
    note inside a quotation is the editor's insertion (or a template's blank) in the quoted words,
    read copy, not a production cue; only a bracket of cue words alone (`[PAUSE]`) stays a cue."""
    notes = [span for span in spans if text[span.start] == "[" and (span.cue_type == "NOTE" or not _all_cue_words(span.text))]
    if not notes:
        return spans
    quotes = find_quotes(text)
    inside = {id(n) for n in notes if any(q.start < n.start and n.end <= q.end for q in quotes)}
    return [span for span in spans if id(span) not in inside]


def _all_cue_words(inner: str) -> bool:
    """`PAUSE`, `TAKE SOT 2`, `SOT: Ana Ruiz`: the bracket is cue words, then only numbers or times,
    or cue words and a colon; `Anchor name` is a template's blank."""
    tokens, k = inner.upper().replace(":", " : ").replace("=", " : ").split(), 0
    vocab = load_vocabulary()
    while k < len(tokens) and (hit := vocab.match(tokens, k)) is not None:
        k += hit[2]
    return k > 0 and (k == len(tokens) or tokens[k] == ":" or all(not any(c.isalpha() for c in t) for t in tokens[k:]))


_DIRECTION_WORDS = 8  # a bracketed line this long is a sentence to the crew or talent, never a header's field


def bracketed_direction(line: str) -> bool:
    """`(Hosts, please feel free to ad lib package intros …)`: a whole line in brackets that holds a
    sentence, the producer's direction, a cue wherever it stands (a header's `(AUDIO PRODUCTION)` is short)."""
    t = line.strip()
    return t[:1] in "([" and t[-1:] in ")]" and ")(" not in t and "][" not in t and len(t.split()) >= _DIRECTION_WORDS
