"""A radio script flattened into one paragraph (a PDF or web page that lost its line breaks):
`… Monday. SOT Full: Doyle “For too long … women.” Outcue: “...and women.” Runs; :17 Doyle says …`.
Its script keys start lines of their own again, so the script reader reads it as printed: a tape
opener (`SOT Full:`, `SOT:`), an out-cue (`Outcue:`), a running time (`Runs :17`, `Runs; :17`),
`Est. Time:`. A bite's closing quote and a running time end their line. Only a long line with two
or more such keys is broken (a sentence that mentions one key stays whole). One token scan a line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scriptfmt.parse import tape as tp
from scriptfmt.parse.shotlabels import shot_words

_TAPE_KEY = "SOT:"  # `SOT: Capitol ambiance, then under`, the nat sound a radio script opens


@lru_cache(maxsize=1)
def _keys() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word keys a flattened line breaks at (`SOT:`, `Outcue:`, `IN-CUE:`) and the running
    time's keys (`Runs :17`), from markup.toml's in-, out- and time-keys."""
    words = tp.tape_words()
    cue_keys = frozenset(k + ":" for k in words.in_keys | words.out_keys if " " not in k) | {_TAPE_KEY}
    return cue_keys, frozenset(k for k in words.time_keys if " " not in k)
_CLOSERS = ("”", '"', "”.", '".')
_DIRECTIONS = {"under", "out", "up", "full"}
_OPENING_QUOTES = ("“", '"')
_NAME_WORDS = 3  # a bite's opener names its speaker in at most three words (`SOT Full: Ben Walters`)


def _key_at(tokens: list[str], k: int) -> int:
    """Tokens a script key takes at tokens[k] (0: none). Keys are written in capitals or with a
    capital first letter, never in lower case (`the sot:` is prose)."""
    tok = tokens[k]
    if not tok[:1].isupper():
        return 0
    upper = tok.upper()
    nxt = tokens[k + 1].upper() if k + 1 < len(tokens) else ""
    if upper == "SOT" and nxt == "FULL:" or upper == "EST." and nxt == "TIME:":
        return 2
    cue_keys, time_keys = _keys()
    if upper in cue_keys:
        return 1
    if upper.rstrip(";:") in time_keys and tp.is_duration(nxt.rstrip(";,")):
        return 1
    return 0


# A programme script's keys (EU and agency video programmes): a role or section alone on its
# line (`Presenter`, `Voiceover`, `Opening credits`: shotlist.toml's read and shot sections and
# stand-up labels), a bite's label (`SOUNDBITE (English) Name:`) and the page's fields (`Title:`,
# `SOURCE:`: shotlist.toml's record and dopesheet fields). Flattened, each starts a line again; a
# role or section takes a line of its own, the words after it the next.
@lru_cache(maxsize=1)
def _programme_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    """(roles and sections as word tuples, one-word bite labels, one-word field keys with their colon)."""
    words = shot_words()
    keys = words.record_fields | words.story_fields | {d.lower() for d in words.dopesheet_fields}
    sections = words.read_sections | words.shot_sections | {s.lower() for s in words.standup_labels}
    roles = frozenset(tuple(s.split()) for s in sections - keys if len(s.split()) <= 2)  # `Storyline:` is a field
    labels = frozenset(label.lower() for label in words.labels if " " not in label)
    return roles, labels, frozenset(f + ":" for f in keys if " " not in f)


def _programme_key(tokens: list[str], k: int) -> tuple[int, bool]:
    """(tokens the key takes at tokens[k], whether it stands on a line of its own); (0, False): none.
    Keys are capitalised (`presenter` in a sentence is prose), a role before a capitalised word."""
    tok = tokens[k]
    if not tok[:1].isupper():
        return 0, False
    roles, labels, fields = _programme_words()
    if tok.lower() in fields or tok.lower() in labels and k + 1 < len(tokens) and tokens[k + 1][:1] in "(:0123456789":
        return 1, False
    for n in (2, 1):
        words = tuple(t.lower().rstrip(":") for t in tokens[k : k + n])
        if len(words) == n and words in roles and k + n < len(tokens) and tokens[k + n][:1].isupper() and not tokens[k + n - 1].endswith(","):
            return n, True
    return 0, False


def _programme_lines(tokens: list[str]) -> list[str] | None:
    """A flattened programme script broken at its keys; None when the line holds fewer than three
    of them, only one kind (`Presenter … presenter …` in prose) or no role line."""
    keys = {k: _programme_key(tokens, k) for k in range(len(tokens))}
    found = [k for k, (n, _) in keys.items() if n]
    if len(found) < 3 or len({tokens[k].lower() for k in found}) < 2 or not any(keys[k][1] for k in found):
        return None  # a dopesheet flattened with its numbered shots is the shotlist reader's (no role line)
    pieces: list[list[str]] = [[]]
    k = 0
    while k < len(tokens):
        n, alone = keys[k]
        if n and pieces[-1]:
            pieces.append([])
        pieces[-1] += tokens[k : k + max(n, 1)]
        if alone:
            pieces.append([])
        k += max(n, 1)
    return [" ".join(p) for p in pieces if p]


# A shot timed from-to (`:00-:07`, `:52-1:07`, `00:12-00:20`): a flattened shotlist's shots each
# open on one; three or more in a long line break it before each (a sentence never holds three).
_SHOT_RANGE = re.compile(r"\d{0,2}:\d{2}(?::\d{2})?[-–]\d{0,2}:\d{2}(?::\d{2})?")
_RANGED_SHOTS = 3


def _timed_shots(tokens: list[str]) -> list[str] | None:
    """The line broken before each from-to range; None when it holds fewer than three."""
    starts = [k for k, tok in enumerate(tokens) if _SHOT_RANGE.fullmatch(tok)]
    if len(starts) < _RANGED_SHOTS:
        return None
    fields = _programme_words()[2]  # the head's fields (`Location:`, `TRT:`) each start a line too
    heads = [k for k in range(1, starts[0]) if tokens[k][:1].isupper() and tokens[k].lower() in fields]
    bounds = [0, *heads, *(k for k in starts if k), len(tokens)]
    return [" ".join(tokens[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a]


# A page that lost its tags glues an agency's section key to the words before it
# (`… effects of war.SOUNDBITE 1 (Arabic): …`, `… of the conflictSTORYLINE:BLOODY …`): a key of seven
# letters or more, in capitals, right after a sentence's end starts a line; right after a lower-case
# letter (one word with the key: it is never cut) the line breaks after the key and its colon.
_GLUED_MIN = 7


@lru_cache(maxsize=1)
def _glued_keys() -> re.Pattern:
    words = shot_words()
    keys = {k.upper() for k in (*words.read_sections, *words.shot_sections, *words.labels, *words.standup_labels) if " " not in k and len(k) >= _GLUED_MIN}
    return re.compile("(?:" + "|".join(sorted(keys, key=len, reverse=True)) + r")(?=[ :(0-9]|$)")


def _unglued(line: str) -> list[str]:
    """The line broken at each section key glued to the words before it."""
    cuts = []
    for m in _glued_keys().finditer(line):
        before = line[m.start() - 1] if m.start() else " "
        if before in '!?”"' or before == "." and line[m.start() - 2 : m.start() - 1].isalpha():  # never `3.SOUNDBITE`: a shot's number
            cuts.append(m.start())
        elif before.islower() and line[m.end() : m.end() + 1] == ":" and m.end() + 1 < len(line):
            cuts.append(m.end() + 1)  # `conflictSTORYLINE:` stays one word, the read copy after it starts a line
    bounds = [0, *cuts, len(line)]
    return [line[a:b] for a, b in zip(bounds, bounds[1:])] if cuts else [line]


def _supers_joined(lines: list[str]) -> list[str]:
    """`((Sally Davies` / `Photographer))`: a super in double brackets wrapped onto a second line (name, then
    title) joined back into one line (`((Sally Davies, Photographer))`), as the script reader reads a super."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].lstrip().startswith("((") and "))" not in out[-1] and line.rstrip().endswith("))") and "((" not in line:
            out[-1] = f"{out[-1].rstrip()}, {line.strip()}"
        else:
            out.append(line)
    return out


def unflatten(lines: list[str]) -> list[str]:
    """The lines with each flattened script line broken at its keys (other lines unchanged)."""
    out: list[str] = []
    for line in (piece for whole in _supers_joined(lines) for piece in _unglued(whole)):
        tokens = line.split()
        keys = [k for k in range(len(tokens)) if _key_at(tokens, k)] if len(tokens) > 20 else []
        programme = (_timed_shots(tokens) or _programme_lines(tokens)) if len(tokens) > 20 and len(keys) < 2 else None
        if len(keys) < 2:
            out += programme or [line]
            continue
        out += _broken(tokens)
    return out


def _broken(tokens: list[str]) -> list[str]:
    pieces: list[list[str]] = [[]]
    in_bite = nat = False  # after `SOT Full: Name`, the bite's closing quote ends its line
    k = 0
    while k < len(tokens):
        n = _key_at(tokens, k)
        if n and pieces[-1]:
            pieces.append([])
        if n:
            key = tokens[k].upper()
            in_bite = key == "SOT" and tokens[k + 1].upper() == "FULL:" or key.rstrip(":") in tp.tape_words().out_keys
            nat = key == _TAPE_KEY  # `SOT: Capitol ambiance, establish, then under`: nat sound, to its direction
            timed = key.rstrip(";:") in _keys()[1]
            pieces[-1] += tokens[k : k + n + timed]
            k += n + timed
            if timed:
                pieces.append([])  # `Runs; :17`: the running time ends the line
            elif n == 2 and key == "SOT":
                k = _speaker_then_page_header(tokens, k, pieces)
            continue
        pieces[-1].append(tokens[k])
        if in_bite and tokens[k].endswith(_CLOSERS) and len(pieces[-1]) > 1 or nat and tokens[k].lower().rstrip(".") in _DIRECTIONS:
            pieces.append([])  # the bite's (or out-cue's) closing quote, the nat sound's `under`
            in_bite = nat = False
        k += 1
    return [" ".join(p) for p in pieces if p]


def _speaker_then_page_header(tokens: list[str], k: int, pieces: list[list[str]]) -> int:
    """`SOT Full: Walters TAX BREAK (SLUG) 2/3 Black 1/14/03 “He's …`: a page broke between the
    bite's opener and its quote, so the next page's header (slug, page, reporter, date) stands
    between them. The speaker is the opener's first capitalised words; the header gets a line of
    its own (page furniture) and the quote starts the next. Returns where reading goes on."""
    quote = next((j for j in range(k, min(len(tokens), k + 40)) if tokens[j].startswith(_OPENING_QUOTES)), -1)
    if quote - k <= _NAME_WORDS + 1:
        return k  # `SOT Full: Doyle “For too long …`: the name, then the quote
    name = k
    while name < k + _NAME_WORDS and tokens[name][:1].isupper() and not tokens[name].isupper() and tokens[name].strip(",").isalpha():
        name += 1
    if name == k:
        return k
    pieces[-1] += tokens[k:name]
    pieces.append(tokens[name:quote])
    pieces.append([])
    return quote
