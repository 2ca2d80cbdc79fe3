"""Field lines of newsroom printouts and exports, and the lines that say who reads.

`ANCHOR=Anna`, `[WRITER=hjw]`, `TAPE#93-215` are page furniture; `GRAPHIC=`, `SS=`, `SUPER=`,
`LIVE=`, `DOUBLE BOXES=` production cues. A two-column page flattened to text runs the video
column's fields and cues into the read column on one line (`GRAPHIC=Sinkhole Part of the road
is closed`): split_flat_line takes the line apart by tokens, no backtracking pattern.
Co-anchor lines (`ANNA:`, `(DEV)`, `[2-SHOT]`, `ANNA ON CAM`) switch the reading talent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.model import Cue
from scriptfmt.parse import tape as tp
from scriptfmt.parse.bulletins import is_bulletin_mark
from scriptfmt.parse.cues import Vocabulary, bare_key, cue_line_type, load_vocabulary

MARKUP_CHARS = set("/=&@;#")
SENTENCE_ENDS = (".", "!", "?", '"', "”", "…")


@dataclass(frozen=True, eq=False, repr=False)
class FieldWords:
    furniture: frozenset[str]
    talent: frozenset[str]
    two_word: frozenset[str]
    both: frozenset[str]
    read_openers: frozenset[str]
    talent_labels: frozenset[str]
    sections: frozenset[str]
    shot_words: frozenset[str]
    credits: frozenset[str]


@lru_cache(maxsize=1)
def field_words() -> FieldWords:
    data = tomlfile.load_builtin("markup.toml")
    f = data["fields"]
    lists = (f[k] for k in ("furniture", "talent", "two_word"))
    return FieldWords(*map(frozenset, lists), frozenset(data["talent"]["both"]), *(frozenset(f[k]) for k in ("read_openers", "talent_labels", "sections", "shot_words", "credits")))


def shot_line(line: str) -> bool:
    """`1. Aerial shot, United Nations Headquarters`, `4. Med shot, journalists`: a numbered shot
    of an agency's shotlist (a cue), not a numbered point of prose."""
    words = line.split(None, 5)
    if len(words) < 2 or not (words[0][:-1].isdigit() and words[0].endswith(".")) or line.endswith((".", "!", "?")):
        return False  # `3. Pan for discoloured water in a white sink.` is a numbered point of prose
    return any(w.strip(",;:()").lower() in field_words().shot_words for w in words[1:5])


def picture_line(line: str, vocab: Vocabulary) -> bool:
    """`(Stock footage of a crowded mall)`, `Video VO (Shot of people walking downtown)`: what the
    viewer sees, in brackets alone or after cue words, a shot word among the bracket's first four
    words: a cue for the editor, never read. `(Actuality – "…")` is tape, not a picture."""
    head, paren, inside = line.partition("(")
    if not paren or not line.endswith(")") or "(" in inside or any(q in inside for q in tp.QUOTE_MARKS):
        return False
    if head.strip() and cue_line_type(head.strip().rstrip(":").upper(), vocab) is None:
        return False
    return any(w.strip(",;:").lower() in field_words().shot_words for w in inside[:-1].split()[:4])


def live_reporter(key: str, field: str) -> str | None:
    """`LIVE=Nora/Full`: the reporter live on the shot reads the copy under it (a name, not a
    shot word such as `LIVE=Full` or `LIVE=BOX`)."""
    if key != "LIVE" or "=" not in field:
        return None
    name = field.split("=", 1)[1].split("/")[0].strip()
    words = name.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in words) or load_vocabulary().match([w.upper() for w in words]):
        return None
    return name


def talent_field(line: str) -> str | None:
    """`PRESENTER: FIONA`, `ANCHOR: Dana Ortiz` alone on a line -> who reads next; None otherwise
    (`ANCHOR: Good evening …` is the anchor's copy)."""
    key, colon, value = line.partition(":")
    words = value.split()
    if not colon or key.strip().upper() not in field_words().talent_labels or not 1 <= len(words) <= 3:
        return None
    lower = key.islower() and value.islower()  # `talent: marcy` in a script written in lower case
    if value.rstrip().endswith((".", "!", "?", ",")) or not all((w[:1].isupper() or lower) and w.replace("-", "").replace("/", "").isalpha() for w in words):
        return None
    return value.strip().upper() if lower else value.strip()


def is_pipe_row(line: str) -> bool:
    """`|video cell |audio cell |` or a table's `|---|---|` rule; a bulletin's `||<<><>>||`
    separator between stories holds no cell of words."""
    return line.startswith("|") and line.endswith("|") and line.count("|") >= 3 and (any(c.isalnum() for c in line) or set(line) <= set("|-: "))


def column_header(raw: str) -> bool:
    """`HVR NEWS     1200     FRI 08/13/99`: a printed header, columns set apart by runs of spaces (never the spaces a word
    processor sets after a list's dash, `-          What will you do first?`)."""
    return "     " in raw.strip().lstrip("-–—•·▪").lstrip() and not raw.strip().startswith("|")


def field_key_at(tokens: list[str], i: int, fw: FieldWords) -> tuple[str, int, str] | None:
    """(key, tokens the key takes, first value text) when tokens[i] starts a `KEY=` field."""
    if i >= len(tokens):
        return None
    tok = tokens[i].lstrip("[")
    if i + 1 < len(tokens) and f"{tok} {tokens[i + 1].split('=', 1)[0]}".upper() in fw.two_word and "=" in tokens[i + 1]:
        return f"{tok} {tokens[i + 1].split('=', 1)[0]}".upper(), 2, tokens[i + 1].split("=", 1)[1]
    key, eq, value = tok.partition("=")
    if eq and key and key.replace("#", "").replace("-", "").isalnum() and key.isupper() and key[0].isalpha():
        return key, 1, value
    if "#" in tok and tok.split("#")[0].isupper() and tok.split("#")[0].isalpha():
        head, _, value = tok.partition("#")
        return head + "#", 1, value
    return None


def read_start(tokens: list[str], j: int, line: str) -> bool:
    """Does read copy start at tokens[j]? A capitalised word, then a lower-case word soon,
    no markup on the way, and a sentence's length (or its end)."""
    tok = tokens[j]
    if not tok[:1].isupper() or (tok.isupper() and tok not in {"A", "I"}) or MARKUP_CHARS & set(tok):
        return False
    openers = field_words().read_openers
    k = j + 1
    while tok not in openers and k < min(len(tokens), j + 4) and tokens[k][:1].isupper():  # a few words: linear on any line
        if tokens[k] in openers:
            return False  # `Roof Collapse The roof …`, `Main Break A water main …`: the sentence starts at the opener
        k += 1
    for k in range(j + 1, min(j + 4, len(tokens))):
        if MARKUP_CHARS & set(tokens[k]):
            return False
        if tokens[k][:1].islower():
            return len(tokens) - j >= 5 or line.endswith(SENTENCE_ENDS)
    return False


def caps_cue(tokens: list[str], j: int, vocab: Vocabulary) -> int:
    """Tokens a cue in capitals takes at tokens[j] (`VO-NAT`, `LIVE FULL`, `SOT FULL`), else 0."""
    n = 0
    while j + n < len(tokens) and tokens[j + n].isupper() and "=" not in tokens[j + n]:
        hit = vocab.match([t.strip(":") for t in tokens[j + n : j + n + 3]])
        if hit is None and tokens[j + n].isalpha() and j + n + 1 < len(tokens):
            after = vocab.match(tokens[j + n + 1 : j + n + 4])  # `GRANT ON CAM`: a name, then the camera cue
            hit = (after[0], after[1], after[2] + 1) if after and after[0] == "CAMERA" and tokens[j + n + 1] in {"ON", "O/C", "OC"} else None
        if hit is None:
            break
        n += hit[2]
    return n


def _cue_at(tokens: list[str], j: int, vocab: Vocabulary) -> int:
    return 0 if j and bare_key(tokens, j, vocab) else caps_cue(tokens, j, vocab)


def split_flat_line(line: str, vocab: Vocabulary, slug: frozenset[str] = frozenset()) -> list[tuple[str, str, str]]:
    """A field line, maybe with cues and read copy run into it, as (kind, key, text) items:
    kind is `field`, `cue` or `read`. `slug`: the story's slug words (an export's rundown line):
    a field's value goes on over them (`GRAPHIC=Dam Release Engineers at …`)."""
    fw = field_words()
    tokens = line.split()
    items: list[tuple[str, str, str]] = []
    i = 0
    while i < len(tokens):
        found = field_key_at(tokens, i, fw)
        if found:
            key, taken, first = found
            j = i + taken
            if not first and j < len(tokens) and not (read_start(tokens, j, line) and tp.field_key(f"{key}= x") is None):
                j += 1  # `DOUBLE BOXES= The expansion would …`: a video field's value ends where the read sentence starts
            while j < len(tokens) and tokens[j].lower() in slug and not field_key_at(tokens, j, fw):
                j += 1
            while j < len(tokens) and not field_key_at(tokens, j, fw) and not read_start(tokens, j, line) and not _cue_at(tokens, j, vocab):
                j += 1
            items.append(("field", key, " ".join(tokens[i:j])))
            i = j
            continue
        n = _cue_at(tokens, i, vocab)
        if n:
            items.append(("cue", "", " ".join(tokens[i : i + n])))
            i += n
            continue
        items.append(("read", "", " ".join(tokens[i:])))
        break
    return items


def talent_name(name: str, vocab: Vocabulary | None = None) -> bool:
    """`ANNA`, `DEV`, `MARK SOLIS`: a reader's name as a script writes it to switch the talent —
    one or two words of letters in capitals, and not a cue word (`NATS`, `TRACK`), a tape opener
    (`SOT`), an agency or a wire header key (`AP`, `UPDATE`). The one rule for every talent line."""
    words = name.split()
    if not (1 <= len(words) <= 2 and name.isupper() and all(w.isalpha() for w in words)):
        return False
    return name.strip() not in tp.tape_words().openers and (vocab or load_vocabulary()).match(words) is None and name.strip().lower() not in _not_talent()


def is_talent_label(line: str) -> bool:
    """`ANNA: Good evening.` — a name in capitals before a colon switches the reader."""
    name, colon, rest = line.partition(":")
    return bool(colon) and talent_name(name) and rest[:1] == " " and not rest.strip()[:1].isdigit()


def cast_line(line: str, vocab: Vocabulary) -> bool:
    """`Anchor 1: Ionere Dohiling`, `Guest 2: Rona Rabadon Ejay Mendoza`: a role, then only names
    (capitalised words in mixed case, no sentence): the script's cast list, page furniture. A
    tape opener, a cue-sheet key or a cue word before the names (`SOT: Dana Ruiz`, `CG: Ana
    Lima`) is no role; a lone talent label (`ANCHOR: Dana Ortiz`) is read by talent_field first."""
    head, colon, rest = line.partition(":")
    words = rest.split()
    if not colon or not 1 <= len(head.split()) <= 3 or len(words) < 2 or rest.isupper() or rest.rstrip().endswith(("!", "?", ",")):
        return False
    role = [w for w in head.upper().split() if not w.isdigit()]
    if " ".join(role) not in field_words().talent_labels and (vocab.match(role) is not None or tp.read_opener(line, [], 0) or tp.field_key(line)):
        return False
    if words[-1].endswith(".") and len(words[-1]) > 2:
        return False  # `Welcome Back.`: a sentence ends there (an initial, `A.`, does not)
    return all(w[:1].isupper() and w.replace(".", "").replace("-", "").replace("'", "").rstrip(":").isalpha() for w in words)


def reader_label(line: str) -> tuple[str, str] | None:
    """`R1: Good morning`, `1+2: And that was the news`, `R1, R2: Live from …`, `ANCHOR 2: …`: a
    numbered reader's label (school and public-access scripts) -> (the reader as written, the
    copy after it); None for any other line."""
    head, colon, rest = line.partition(":")
    if not colon or len(head) > 16 or rest[:1] not in {" ", ""} and not (rest[:1].isupper() and head.strip()[-1:].isdigit()):
        return None  # `ANCHOR 1:DepEd moves …` runs the copy into its label; `1:30` is a time
    parts = head.replace("+", ",").replace("&", ",").split(",")
    for part in parts:
        words = part.upper().split()
        role = next((k for k, w in enumerate(words[:2]) if w in {"ANCHOR", "READER", "HOST", "PRESENTER", "REPORTER", "NEWSCASTER"}), None)
        if role is not None:
            words = words[role + 1 :]  # `ANCHOR 2`, and with the desk's word before it: `NEWS ANCHOR 1`, `SPORTS ANCHOR 2`
        token = "".join(words)
        if not token or not (token.isdigit() or token[:1] in "RA" and token[1:].isdigit()) or len(token) > 3:
            return None
    return head.strip(), rest.strip().lstrip(": ")  # `REPORTER 2: : Good evening`: a colon typed twice


def on_cam(tokens: list[str], vocab: Vocabulary) -> bool:
    """`ANNA ON CAM ANNA ON CAM`, `DEV O/C`: a name and a camera cue, in capitals
    (`BACK ON CAM`, `ANCHOR ON CAM` are cue words, not a name)."""
    if not tokens or not all(t.isupper() for t in tokens) or vocab.match(tokens):
        return False
    text = " ".join(tokens)
    return any(f" {c}" in f" {text} " for c in ("ON CAM", "ON CAMERA", "O/C", "OC")) and tokens[0] not in {"ON", "OC", "O/C"}


def stated_times(text: str, metadata: dict) -> None:
    """The story's times a printout states: a data line ending in READ, SOT, TOTAL, or a TRT."""
    tokens = [t for t in text.replace("TRT", " TRT ").split() if t.strip("-")]  # rules of dashes are not data
    times = [t for t in tokens[-3:] if tp.is_duration(t)]
    stated = metadata.setdefault("stated_times", {})
    if len(times) == 3 and len(tokens) >= 5:
        for key, value in zip(("read", "tape", "total"), times):
            stated[key] = tp.duration_of(value, [], 0)
    upper = [t.upper().rstrip(":") for t in tokens]
    labels = {"READ": "read", "TAPE": "tape", "SOT": "tape", "MEDIA": "tape", "TOTAL": "total"}
    triple = len(times) == 3 and len(tokens) >= 5  # `HARBOR DREDGE  PETRA  SOT  0:27  0:10  0:37`: SOT is the format
    for k, tok in enumerate(upper[:-1]):
        if tok in labels and tp.is_duration(tokens[k + 1]) and not (triple and k + 1 >= len(tokens) - 3):
            stated[labels[tok]] = tp.duration_of(tokens[k + 1], [], 0)  # `READ 0:24  TAPE 0:13  TOTAL 0:37`
    for k, tok in enumerate(upper[:-1]):
        if tok in {"TRT", "TIME"} and tp.is_duration(tokens[k + 1]) and "total" not in stated:
            stated["total"] = tp.duration_of(tokens[k + 1], [], 0)
    if not stated:
        del metadata["stated_times"]


def talent_switch(line: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A line that only says who reads next, as (talent, cue type): `ANNA:`, `(DEV)`, `[KIM]`,
    `[2-SHOT]` (both anchors), `ANNA ON CAM`. None for anything else (`(PAUSE)`, `(AP)`)."""
    text = line.strip()
    if not text or len(text) > 40:
        return None
    inner = text[1:-1].strip() if text[:1] in "([" and text[-1:] in ")]" else ""
    if inner.upper() in field_words().both:
        return "BOTH", "CAMERA"
    name = inner or (text[:-1].strip() if text.endswith(":") else "")
    if name and talent_name(name, vocab):
        return name, "TALENT"
    tokens = text.split()
    if on_cam(tokens, vocab) and "ON" in tokens:
        return " ".join(tokens[: tokens.index("ON")]), "CAMERA"
    return None


@lru_cache(maxsize=1)
def _not_talent() -> frozenset[str]:
    """Capitals in brackets that name no reader: agencies, header keys, programme words."""
    from scriptfmt.parse.furniture import wire_words

    words = wire_words()
    return frozenset(words.agencies | words.header_keys | set(tomlfile.load_builtin("speech.toml")["wire"]["desk_words"]))


def cue_type(text: str, vocab: Vocabulary) -> str:
    """The type of the first cue word in a cue line (`SUPER=01-…` is CG, `VO-NAT` VO), else OTHER."""
    tokens = [t.strip("[]()*:=;").upper() for t in text.replace("=", " ").split()]
    for k in range(len(tokens)):
        hit = vocab.match(tokens, k)
        if hit:
            return hit[0]
    return "OTHER"


def make_cue(text: str, line: int, vocab: Vocabulary, kind: str | None = None) -> Cue:
    """A cue line as written; its text without the brackets round it (`[SUPER=…]` -> `SUPER=…`)."""
    inner = text[1:-1].strip(" *") if text[:1] in "[({" and text[-1:] in "])}" and text[1:2] not in "[(" and "\n" not in text and ")(" not in text else text
    return Cue(inner, line, cue_type=kind or cue_type(text, vocab), original=text)


def header_block(lines: list[str], vocab: Vocabulary) -> int:
    """How many lines at the top are a story header written one field a line (`Bridge Closure`
    / `6 p.m.` / `5-3-22` / `Dunleavy`): three or more short lines, one of them a date or time,
    none a cue, a field or a sentence. 0 when the script has no such header."""
    seen, end, dated = 0, 0, False
    for k, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        words = line.split()
        timed = any(c.isdigit() for c in line) and any(c in line for c in "/-:.")
        sentence = line.endswith(("?", "!", ",", ":", ";")) or line.endswith(".") and not timed
        labelled = any(w.endswith(":") for w in words)  # `ACT: HOLLIS :14`, `IN: …` are the script's own lines
        if len(words) > 4 or sentence or labelled or line[:1] in "([{*|" or "=" in line or vocab.match(line.upper().split()[:3]) or is_bulletin_mark(line):
            break  # `2100 HRS.` / `17-04-2013` / `THE HEADLINES`: a bulletin's head, its cues (parse/bulletins.py)
        seen, end, dated = seen + 1, k + 1, dated or timed
    return end if seen >= 3 and dated else 0


def slug_lines(lines: list[str]) -> set[str]:
    """One-word lines right above a story's `ANCHOR=` / `TALENT=` line (`BEES` then `ANCHOR=Ruth`): slugs."""
    fw = field_words()
    found: set[str] = set()
    last = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        key = field_key_at(line.split(None, 1), 0, fw)
        if last and len(last.split()) == 1 and last[-1:].isalnum() and key and key[0] in fw.talent:
            found.add(last)
        last = line
    return found


def story_header(line: str) -> bool:
    """A printout's story or page header: `TRUCK STOP -- 5P -- Reader/VO/SOT -- mfk` (three or
    more fields set apart by ` -- `), `WKLR NEWS   7 AM   03/11   PAGE 1` (capitals ending in a
    page number)."""
    words = line.split()
    # a header's fields are a few words each; `EHRENBERG: Eins -- zwei -- drei.` is a speaker's turn with dashes
    fields_short = all(len(part.split()) <= 6 for part in line.split(" -- ")) and not words[0].endswith(":")
    if line.count(" -- ") >= 2 and words[0].isupper() and fields_short:
        return words[0].upper() not in tp.tape_words().folder_words and tp.read_opener(line.split(" -- ", 1)[0], [], 0) is None  # `CART 118 -- WRAP -- …`: a cart entry
    if len(words) <= 16 and not line.endswith(SENTENCE_ENDS) and any(map(_page_of, words)) and any(map(_full_date, words)):
        return True  # `TAX BREAK (SLUG) 2/3 Black 1/14/03`: a radio page's slug, page of pages, reporter, date
    return len(words) >= 3 and is_page_line(" ".join(words[-2:])) and not any(c.islower() for c in line)


def _page_of(token: str) -> bool:
    """`2/3`, `1/1`: page two of three."""
    page, slash, pages = token.partition("/")
    return bool(slash) and page.isdigit() and pages.isdigit() and 0 < int(page) <= int(pages) <= 30


def _full_date(token: str) -> bool:
    """`1/14/03`, `11/29/2026,`: a date written with its year."""
    parts = token.rstrip(",.;").split("/")
    return len(parts) == 3 and all(p.isdigit() and len(p) <= 4 for p in parts)


def page_field(line: str) -> bool:
    """`Headline: Barn fire in Elm Grove`, `DATELINE: ELM GROVE, Wis.`: a page field with its key."""
    key, colon, _ = line.partition(":")
    return bool(colon) and len(key) <= 14 and " ".join(key.upper().split()) in page_field_keys()


@lru_cache(maxsize=1)
def page_field_keys() -> frozenset[str]:
    return frozenset(tomlfile.load_builtin("markup.toml")["fields"]["page_fields"])


def header_pairs(line: str) -> bool:
    """`writer: kbl   tape: mst-0412`, `Read :22  Tape :10  Total :32`, a rundown's data line
    `C04  TRAM STRIKE  OKAFOR  VO/SOT  0:21  0:14  0:35`: a printout's header, never read."""
    tokens = line.split()
    key, colon, value = line.partition(":")
    if colon and " ".join(key.upper().split()) in field_words().credits and len(value.split()) <= 6 and not value.rstrip().endswith((".", "!", "?")):
        return True  # `Produced by: Cara Mueller`, `Photographer: Ned Ruiz`: the story's credits
    keys = field_words().furniture | {"TAPE", "TRT", "REPORTER", "RPTR"}
    if tokens and tokens[0].endswith(":") and tokens[0][:-1].upper() in keys and len(tokens) <= 8 and not line.endswith((".", "!", "?")):
        return sum(t.endswith(":") and t[:-1].upper() in keys | field_words().talent_labels for t in tokens) >= 2 or len(tokens) <= 3 and tokens[0][:-1].upper() not in field_words().talent
    timed = [t for t in tokens if tp.is_duration(t)]
    if len(tokens) >= 4 and len(timed) >= 2 and tokens[0].upper().rstrip(":") in {"READ", "TAPE", "TOTAL", "SOT", "TRT", "MEDIA"}:
        return True  # `Read :22  Tape :10  Total :32`
    return len(tokens) >= 5 and all(tp.is_duration(t) for t in tokens[-3:]) and "  " in line


def is_page_line(line: str) -> bool:
    """`PAGE 2`, `Page 14`: a printed page number."""
    words = line.split(None, 2)
    return len(words) == 2 and words[0].upper() == "PAGE" and words[1].isdigit()


def bracket_chain(line: str) -> list[str] | None:
    """`(VO)(MATT)(audio time 0:35:55:21-0:36:10:10)`: a line made only of parenthesised groups
    (two or more, set side by side) -> the groups' texts; None for any other line."""
    text = line.strip()
    if not (text.startswith("(") and text.endswith(")")) or ")(" not in text.replace(") (", ")("):
        return None
    groups = text.replace(") (", ")(")[1:-1].split(")(")
    return groups if all("(" not in g and ")" not in g for g in groups) else None


def direction_chain(line: str, vocab: Vocabulary) -> bool:
    """A chain of parenthesised groups one of which opens with a cue word (`(lead-in to X)(Anchor)`,
    `(VO)(MATT)(audio time …)`): directions for the booth, never read."""
    groups = bracket_chain(line)
    return bool(groups) and any(vocab.match(g.replace(":", " ").replace("/", " / ").upper().split()[:3]) for g in groups)


@lru_cache(maxsize=1)
def copy_labels() -> frozenset[str]:
    """`OFF`, `CABEÇA`, `PASSAGEM`: labels of read copy in Portuguese and Spanish scripts."""
    return frozenset(tomlfile.load_builtin("markup.toml")["fields"]["copy_labels"])


def labelled_copy(line: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """`TRACK: At low tide …`, `STANDUP: Fishermen …`: a package script's label, then read copy,
    as (label, copy); None for anything else."""
    head, colon, rest = line.partition(":")
    words = head.upper().split()
    if len(words) == 2 and words[0][:1] == "(" and words[0][-1:] == ")" and words[0][1:-1].isalpha():
        words = words[1:]  # `(JO) TRACK:`: the track, labelled with who voices it
    if len(words) > 1 and words[-1].lstrip("#").isdigit():
        words = words[:-1]  # `OFF 2:`, `TRACK #3:`: the script numbers its tracks
    hit = vocab.match(words) if colon and 1 <= len(words) <= 3 else None
    sentence = rest.rstrip().endswith((".", "!", "?")) and len(rest.split()) >= 3  # `TAG: THE STATE FIRE MARSHAL …` in capitals
    label = hit and hit[2] == len(words) and hit[0] in {"STRUCTURE", "VO"} or colon and " ".join(words) in copy_labels()
    if label and (any(c.islower() for c in rest) or sentence):
        return head + ":", rest.strip()
    return None


def doubled(tokens: list[str]) -> bool:
    """`ANNA ON CAM ANNA ON CAM`, `20 Frames of Black 20 frames of Black`: the video column's
    words written twice on one line (a two-column page flattened)."""
    if tokens and tokens[-1].endswith(")") and "(" in " ".join(tokens):  # `HEADLINE #1 HEADLINE #1 (:01 of head pad)`
        at = max((k for k, t in enumerate(tokens) if t.startswith("(")), default=len(tokens))  # `0()`: the bracket opens inside a token
        tokens = tokens[:at]
    half = len(tokens) // 2
    return len(tokens) >= 4 and len(tokens) % 2 == 0 and [t.lower() for t in tokens[:half]] == [t.lower() for t in tokens[half:]]


def video_words(tokens: list[str], cg_open: bool, export: bool, vocab: Vocabulary) -> int:
    """How many tokens at the start of a flattened line are the video column's: a one-line
    super's second line (`Tillbrook Road A driver …`, `jmcleod@wdbj7.com You would …`), or in a
    two-column export a run of capitals before read copy (`EDUCATION 7 ANIMATION and now …`)."""
    k = 0
    if cg_open:
        while k < len(tokens) and ("@" in tokens[k] or tokens[k].startswith("www.")):
            k += 1  # the reporter's e-mail on the standup super
        if k:
            return k
        while k < len(tokens) and tokens[k][:1].isupper():
            k += 1
        return k - 1 if 1 < k < len(tokens) else 0
    if export:
        n = caps_cue(tokens, 0, vocab)
        if n and n < len(tokens) and read_start(tokens, n, " ".join(tokens)):
            return n  # `VO-NAT Police say the victim …`
        while k < len(tokens) and (tokens[k].isupper() or tokens[k].isdigit()) and len(tokens[k]) > 1 or k < len(tokens) and tokens[k].isdigit():
            k += 1
        return k if k >= 2 and k < len(tokens) and tokens[k][:1].islower() else 0
    return 0


def super_line(line: str) -> bool:
    """`SUPER: Mayor Jo Kim`, `[CG: Fire Chief Leo Marx]`: a super naming someone."""
    head, sep, value = tp.unwrap(line).partition(":")
    return bool(sep) and head.strip().upper() in tp.tape_words().super_keys and value.strip()[:1].isupper()
