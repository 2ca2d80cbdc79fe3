"""Tape blocks of a script: the opener (`(/////SOT/////)`, `SOT 14:06:51`, `[TAKE SOT]`,
`SOT Full: Lindqvist`, `CUT 12 / BRISCO / :09`, `SOT: Tobias Renfro, Volunteer`), its cue-sheet
lines (IN / OUT / RUNS in every spelling), the super naming the speaker and the transcript
(`((NAME/TITLE: …))`, a quotation, capitals after a `NAME/TITLE:` label).

Tape is timed by the length the script gives (RUNS, TRT, DUR, the time in a CUT line), never
estimated when one is given. All matching is by tokens: no pattern that can backtrack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.errors import UserError
from scriptfmt.durations import parse_duration
from scriptfmt.model import Soundbite, Speaker

QUOTE_MARKS = "\"“”„«»‹›‘’"
_BRACKETS = "[]()"


@dataclass(frozen=True, eq=False, repr=False)
class TapeWords:
    openers: dict[str, str]  # spelling -> tape kind
    longest_opener: int
    in_keys: frozenset[str]
    out_keys: frozenset[str]
    time_keys: frozenset[str]
    super_keys: frozenset[str]
    label_prefixes: tuple[str, ...]
    honorifics: frozenset[str]


@lru_cache(maxsize=1)
def tape_words() -> TapeWords:
    data = tomlfile.load_builtin("markup.toml")["bite"]
    openers = {k.upper(): v for k, v in data["openers"].items()}
    return TapeWords(
        openers,
        max(len(k.split()) for k in openers),
        frozenset(data["in_keys"]),
        frozenset(data["out_keys"]),
        frozenset(data["time_keys"]),
        frozenset(data["super_keys"]),
        tuple(sorted(data["label_prefixes"], key=len, reverse=True)),
        frozenset(data["honorifics"]),
    )


def unwrap(line: str) -> str:
    """`[SOT 00:43:27]` -> `SOT 00:43:27`; `(///// SOT /////)` -> `SOT`; other lines unchanged."""
    text = line.strip()
    if len(text) > 1 and text[0] == "[" and text[-1] == "]":
        text = text[1:-1].strip()
    if text.startswith("(") and text.endswith(")") and "/" in text[:3]:
        text = text[1:-1].strip("/ ")
    return text


def is_duration(token: str) -> bool:
    """`:09`, `0:14`, `1:09`, `14s`: a running time (a tape timecode `14:06:51` is not)."""
    tok = token.strip(",;()").lower()
    if tok.endswith(("sec", "secs", "s")) and tok.rstrip("sec").isdigit():
        return True
    parts = tok.split(":")
    if len(parts) != 2 or not parts[1].isdigit() or len(parts[1]) != 2 or not (parts[0] == "" or parts[0].isdigit()):
        return False
    return parts[0] == "" or int(parts[0]) < 10  # 17:32 is a timecode, not a bite's length


def duration_of(token: str, warnings: list[str], line: int) -> float | None:
    tok = token.strip(",;()").lower()
    raw = tok.rstrip("sec") if tok.endswith(("sec", "secs", "s")) and ":" not in tok else tok
    try:
        return parse_duration(raw.rstrip("s"))
    except UserError:
        warnings.append(f"line {line}: cannot read tape duration {token!r}; estimating it instead")
        return None


def _is_timecode(token: str) -> bool:
    parts = token.strip(",;()").split(":")
    return len(parts) >= 2 and all(p.isdigit() for p in parts if p) and any(parts)


@dataclass(eq=False, repr=False)
class Opener:
    tape: str
    name: str = ""  # as written: `Lindqvist`, `BRISCO`, `Tobias Renfro`
    title: str = ""
    duration: float | None = None


def read_opener(text: str, warnings: list[str], line: int) -> Opener | None:
    """The opener a line is, or None. `SOT: truck sound, then under` (a description in lower
    case) is a nat-sound cue, not a bite."""
    body = unwrap(text)
    low_paren = body.startswith("(") and body.endswith(")")
    if low_paren:
        body = body[1:-1].strip()
    tokens: list[str] = []
    for tok in body.split():  # `Full:` -> `Full` `:`; a time `:09` stays whole
        if tok.endswith(":") and len(tok) > 1:
            tokens += [tok[:-1], ":"]
        else:
            tokens.append(tok)
    words = tape_words()
    hit = None
    for n in range(min(words.longest_opener, len(tokens)), 0, -1):
        spelling = " ".join(tokens[:n]).upper()
        if spelling in words.openers:
            hit = (words.openers[spelling], n)
            break
    if hit is None or (low_paren and not body[:1].islower()) and not body.isupper():
        return None
    tape, n = hit
    if tape == "NAT SOT":
        return None
    rest = tokens[n:]
    if rest[:1] == [":"]:
        rest = rest[1:]
    while rest and rest[-1].upper() in {t.upper() for t in tokens[:n]}:  # `SOT FULL 17:32 SOT FULL`
        rest = rest[:-len(tokens[:n])] if [t.upper() for t in rest[-n:]] == [t.upper() for t in tokens[:n]] else rest[:-1]
    duration = None
    if rest and is_duration(rest[-1]):
        duration = duration_of(rest[-1], warnings, line)
        rest = rest[:-1]
        while rest and rest[-1].upper() in words.time_keys | {"/", ","}:
            rest = rest[:-1]
    if tape == "CUT" and rest and rest[0].isdigit():  # CUT 12 / BRISCO: the cart number
        rest = rest[1:]
    rest = [t for t in rest if not _is_timecode(t)]
    while rest and rest[0] in {"/", ",", "-"}:
        rest = rest[1:]
    while rest and rest[-1] in {"/", ",", "-"}:
        rest = rest[:-1]
    name_part = " ".join(rest).replace(" / ", "/").replace(" ,", ",")
    if name_part and not name_part[:1].isupper():
        return None if tape == "SOT" and not low_paren else Opener(tape, duration=duration)
    name, title = split_name(name_part)
    return Opener(tape, name, title, duration)


def split_name(label: str) -> tuple[str, str]:
    """`Tobias Renfro, Volunteer` / `ROLAND PIKE/HOSPITAL ADMINISTRATOR` -> (name, title)."""
    for sep in ("/", ","):
        if sep in label:
            name, _, title = label.partition(sep)
            return name.strip(" -"), title.strip(" ;,")
    return label.strip(" -;"), ""


def strip_honorific(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].upper() in tape_words().honorifics:
        words = words[1:]
    return " ".join(words)


def display_name(name: str) -> str:
    """`ROLAND PIKE` -> `Roland Pike`; mixed case stays as written."""
    name = strip_honorific(" ".join(name.split()))
    if name.isupper():
        return " ".join(w.capitalize() if not w.startswith("MC") else "Mc" + w[2:].capitalize() for w in name.split())
    return name


_SMALL_WORDS = {"OF", "THE", "AND", "FOR", "AT", "IN", "ON", "TO", "A"}


def display_title(title: str) -> str:
    """`CITY ENGINEER` -> `City Engineer`; short words without vowels stay (`DNR`), `of` lowers."""
    title = " ".join(title.split()).strip(" ;,")
    if not title.isupper():
        return title
    out = []
    for k, word in enumerate(title.split()):
        if k and word in _SMALL_WORDS:
            out.append(word.lower())
        elif len(word.strip(".")) <= 3 and not any(c in "AEIOU" for c in word) or "." in word.rstrip("."):
            out.append(word)  # DNR, U.S.
        else:
            out.append(word.capitalize())
    return " ".join(out)


def field_key(text: str) -> tuple[str, str, str] | None:
    """A cue-sheet line: (`in`|`out`|`time`, key as written, value); else None.
    `IN Q=we gave them`, `[RUNS=:11]`, `Outcue: "…"`, `Runs :10`, `OQ=county roads`, `(runs :09)`."""
    body = unwrap(text)
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()
    words = tape_words()
    for sep in ("=", ":"):
        key, found, value = body.partition(sep)
        upper = " ".join(key.upper().split())
        if sep == ":" and key.endswith(" ") and value[:1].isdigit():
            continue  # `Runs :10`: the colon belongs to the time
        if found and len(upper) <= 12:
            if upper in words.in_keys:
                return "in", key, value
            if upper in words.out_keys:
                return "out", key, value
            if upper in words.time_keys and value.split() and is_duration(value.split()[0]):
                return "time", key, value
    tokens = body.split()
    value_token = tokens[2] if len(tokens) > 2 and tokens[1] in {":", "="} else tokens[1] if len(tokens) > 1 else ""
    if tokens and tokens[0].upper() in words.time_keys and (is_duration(value_token) or is_duration(value_token.lstrip("="))):
        return "time", tokens[0], body[len(tokens[0]):]
    return None


def cue_words(value: str) -> str:
    """The words of an IN / OUT cue without quote marks and ellipses."""
    return value.strip().strip(QUOTE_MARKS + " .…").strip(QUOTE_MARKS + " ")


def caps_label_end(tokens: list[str]) -> int:
    """Index after a `NAME/TITLE:` label in capitals at the start of tokens, else 0."""
    slash = False
    for k, tok in enumerate(tokens[:14]):
        if any(ch.islower() for ch in tok):
            return 0
        slash = slash or "/" in tok
        if tok.endswith(":"):
            return k + 1 if slash else 0
    return 0


def paren_bite(inner: str) -> tuple[str, str, str, str] | None:
    """A bite written in double parentheses, as (label, name, title, words), else None:
    `NAME/TITLE: WORDS`, `Name/title "words"`, `Surname: "words"`,
    ` ON THE PHONE: Name / Agency : "words"`. `nat`, `natsot …`, `courtesy: …` are cues."""
    text = inner.strip()
    prefix = ""
    for p in tape_words().label_prefixes:
        if text.upper().startswith(p) and text[len(p) : len(p) + 2].strip().startswith(":"):
            cut = text.index(":", len(p)) + 1
            prefix, text = text[:cut], text[cut:].lstrip()
            break
    cut = len(text)
    for k, ch in enumerate(text):
        if ch in QUOTE_MARKS or ch == ":":
            cut = k
            break
    if cut == len(text) or cut == 0:
        return None
    label = text[:cut].strip()
    name, title = split_name(label)
    if not name or not name[:1].isupper() or len(label.split()) > 14 or "/" not in label and ":" != text[cut] and not prefix:
        return None
    if any(w[:1].islower() for w in name.split() if w.isalpha()) or len(name.split()) > 5:
        return None
    words = text[cut + 1 :].strip() if text[cut] == ":" else text[cut:].strip()
    words = words.strip().strip(QUOTE_MARKS).strip()
    return (prefix + " " + text[: len(text) - len(text[cut:].lstrip(":").lstrip())]).strip(), name, title, words


@dataclass(eq=False, repr=False)
class Block:
    """A tape block being read: its lines as written, split round the transcript."""

    line: int
    tape: str
    name: str = ""
    title: str = ""
    duration: float | None = None
    before: list[str] = field(default_factory=list)  # opener, timecode, IN lines: the bite's marker
    transcript: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)  # supers, RUNS, OUT after the transcript
    supers: list[str] = field(default_factory=list)  # names the supers give
    super_title: str = ""
    in_cue: str = ""
    out_cue: str = ""
    closer: str = ""  # what ends the transcript being read: `))`, a quote mark, or "CAPS"
    fields: int = 0

    def add_marker(self, text: str) -> None:
        (self.after if self.transcript else self.before).append(text)

    def add_super(self, text: str, value: str) -> None:
        """`SUPER=01-Doris Halverson/Local 118 President;` names the speaker (first super wins)."""
        value = value.strip().strip(";").strip()
        if value[:3].rstrip("-").isdigit() and "-" in value[:4]:
            value = value.split("-", 1)[1]
        times = value.rsplit(";", 1)
        value = times[0].strip()
        if value.lower().startswith(("2line", "standup", "locator", "1line")):
            value = value.split(None, 1)[1] if len(value.split()) > 1 else ""
        name, title = split_name(value)
        if name and name[:1].isalpha() and not name.startswith("@"):
            self.supers.append(name)
            self.super_title = self.super_title or title
        self.add_marker(text)

    def is_package(self) -> bool:
        """A roll block with several people's supers and no transcript is a package."""
        return self.tape in {"PKG", "WRAP"} or (not self.transcript and len(set(self.supers)) >= 2)

    def speaker(self) -> tuple[str, str]:
        if len(set(self.supers)) == 1:
            name = self.supers[0]
            if not self.name or self.name.split()[-1].upper() == name.split()[-1].upper():
                return name, self.super_title or self.title
        return self.name, self.title

    def soundbite(self) -> Soundbite | None:
        """The block as a soundbite (None: a roll cue that names nobody and gives no time)."""
        package = self.is_package()
        name, title = ("", "") if package else self.speaker()
        if not name and not self.transcript and self.duration is None and not package:
            return None
        speaker = Speaker(display_name(name), display_title(title) or None) if name else None
        bite = Soundbite(
            " ".join(" ".join(self.transcript).split()), self.line, speaker=speaker, duration=self.duration,
            marker="\n".join(self.before) if self.transcript else "\n".join(self.before + self.after),
            tape="PKG" if package and self.tape not in {"PKG", "WRAP"} else self.tape, why="script-block",
        )
        bite.in_cue, bite.out_cue = self.in_cue, self.out_cue
        return bite


def inline_tape(written: str, cue_type: str, line: int, warnings: list[str]) -> Soundbite | None:
    """Tape written inside a paragraph: a bite in double parentheses, with or without a
    timecode before it (`(00:03:41:17) ((Name/title "…"))`, `((Surname: "…"))`), or a
    package cue that states its running time (`[TAKE PKG TRT 1:48]`). None: a plain cue."""
    start = written.find("((")
    if start >= 0 and written.rstrip().endswith("))"):
        found = paren_bite(written[start + 2 : len(written.rstrip()) - 2])
        if found is None:
            return None
        _, name, title, words = found
        at = written.find(words, start) if words else -1
        if at < 0:
            return None
        marker = written[:at].rstrip().rstrip(QUOTE_MARKS).rstrip()
        speaker = Speaker(display_name(name), display_title(title) or None)
        return Soundbite(words, line, speaker=speaker, marker=marker, tape="SOT", why="double-paren")
    actuality = _actuality(written)
    if actuality is not None:
        return actuality
    if cue_type != "PKG":
        return None
    tokens = written.strip("[](){}<> ").split()
    if len(tokens) < 2 or not is_duration(tokens[-1]) or tokens[-2].upper().rstrip(":=") not in tape_words().time_keys:
        return None
    return Soundbite("", line, duration=duration_of(tokens[-1], warnings, line), marker=written, tape="PKG", why="tape-cue")


def _actuality(written: str) -> Soundbite | None:
    """`(Actuality – "…")`, `(ACT: "…")`, `(SOT - "…")`: tape whose speaker the copy named just before."""
    if not (written.startswith("(") and written.endswith(")")) or written.startswith("(("):
        return None
    inner = written[1:-1].strip()
    head = inner.split(None, 1)[0].rstrip(":-–—").upper() if inner.split() else ""
    kind = {"ACTUALITY": "ACT", "ACT": "ACT", "SOT": "SOT", "BITE": "SOT"}.get(head)
    at = min((inner.find(q) for q in QUOTE_MARKS if q in inner), default=-1)
    if kind is None or at < 0 or inner[len(head) : at].strip(" :-–—"):
        return None
    words = inner[at:].strip().strip(QUOTE_MARKS).strip()
    marker = written[: written.find(inner[at:])].rstrip()
    return Soundbite(words, 0, marker=marker, tape=kind, why="actuality") if words else None


def last_named(text: str) -> list[str]:
    """The last run of two or more capitalised words in a text (`Grower Liesl Varga`)."""
    run: list[str] = []
    best: list[str] = []
    for word in text.split():
        core = word.strip(".,;:!?\"“”‘’()")
        if core[:1].isupper() and core.replace("-", "").replace("'", "").isalpha():
            run.append(core)
            if word != core and len(run) >= 2:  # punctuation ends the name
                best, run = run, []
            elif word != core:
                run = []
        else:
            if len(run) >= 2:
                best = run
            run = []
    return run if len(run) >= 2 else best
