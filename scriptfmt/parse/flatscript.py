"""A radio script flattened into one paragraph (a PDF or web page that lost its line breaks):
`… Monday. SOT Full: Doyle “For too long … women.” Outcue: “...and women.” Runs; :17 Doyle says …`.
Its script keys start lines of their own again, so the script reader reads it as printed: a tape
opener (`SOT Full:`, `SOT:`), an out-cue (`Outcue:`), a running time (`Runs :17`, `Runs; :17`),
`Est. Time:`. A bite's closing quote and a running time end their line. Only a long line with two
or more such keys is broken (a sentence that mentions one key stays whole). One token scan a line.
"""

from __future__ import annotations

from scriptfmt.parse import tape as tp

_KEYS = {"SOT:", "OUTCUE:", "OUT-CUE:", "OUTQ:", "OQ:", "IN-CUE:", "INCUE:"}
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
    if upper in _KEYS:
        return 1
    if upper.rstrip(";:") in {"RUNS", "RUN", "TRT"} and tp.is_duration(nxt.rstrip(";,")):
        return 1
    return 0


def unflatten(lines: list[str]) -> list[str]:
    """The lines with each flattened script line broken at its keys (other lines unchanged)."""
    out: list[str] = []
    for line in lines:
        tokens = line.split()
        keys = [k for k in range(len(tokens)) if _key_at(tokens, k)] if len(tokens) > 20 else []
        if len(keys) < 2:
            out.append(line)
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
            in_bite = key == "SOT" and tokens[k + 1].upper() == "FULL:" or key.startswith(("OUT", "OQ"))
            nat = key == "SOT:"  # `SOT: Capitol ambiance, establish, then under`: nat sound, to its direction
            timed = key.rstrip(";:") in {"RUNS", "RUN", "TRT"}
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
