"""Tape written inside a paragraph, as stations' systems print it:

  - a bite in double parentheses, its label first: `((Name/title "words"))`,
    `((NAME/TITLE: WORDS))`, `((Surname: "words"))`, `(( ON THE PHONE: Name / Agency : "…" ))`,
    `((TILE 007 5:33:27-5:41:06 Name/Title: "…"))`, `((SOT Name, Title 005210 words))`,
    `((Name - Agency words))`, `(( Capt. Name st albans fire dept. "…" ))`;
  - a label in single parentheses before it: `(10:59:41 Name/Title)(("words"))`, or just a
    timecode: `(00:03:41:17) ((Name/title "…"))`;
  - a radio actuality: `(Actuality – "…")`, whose speaker the copy named just before;
  - a package cue that states its running time: `[TAKE PKG TRT 1:48]`.
`((nat))`, `((courtesy: …))`, `((sauce vs jelly debate))` name nobody: cues. Token scans only.
"""

from __future__ import annotations

from scriptfmt.model import Cue, Narration, Segment, Soundbite, Speaker
from scriptfmt.parse.cues import load_vocabulary, whole_cue
from scriptfmt.parse.names import fold as plain  # one accent/apostrophe fold for names
from scriptfmt.parse.speakers import title_words
from scriptfmt.parse.tape import (
    QUOTE_MARKS, cue_words, display_name, display_title, duration_of, field_key, inner_tape_label, is_duration, split_name, tape_words,
)

INLINE_TAPE = {"double-paren", "actuality"}  # `why` of tape written inside a paragraph
_TAPE_REF_WORDS = {"TILE", "SOT", "CLIP", "TAPE", "CART", "CUT", "BITE", "-", "–", "—"}
_NAME_WORDS = 3  # a person's name after their title: `commissioner Frank Link`
_NOT_NAMES = {"NAT", "NATS", "NATSOT", "COURTESY", "BUTTED", "PAUSE", "MUSIC", "SFX", "VIDEO", "TRIBUTE"}


def _is_tape_ref(token: str) -> bool:
    """`007`, `5:33:27-5:41:06`, `01:59:54`, `005210`, `ANDY0674`: a tape number, clip id or timecode, not words."""
    core = token.strip("(),;")
    if not core:
        return False
    digits = core.replace(":", "").replace("-", "").replace(".", "")
    if core.isalnum() and core.isupper() and sum(c.isdigit() for c in core) >= 3:
        return True  # `ANDY0674`, `VT1234`: a clip's id in the edit system; a name holds no digits
    return digits.isdigit() and (":" in core or len(digits) >= 3 or core.isdigit())


def paren_bite(inner: str) -> tuple[str, str, str] | None:
    """(name, title, words) of a bite in double parentheses, else None (a cue or a summary)."""
    text = inner.strip()
    for p in tape_words().label_prefixes:  # `ON THE PHONE :` is a cue word, not the name
        if text.upper().startswith(p) and text[len(p) : len(p) + 2].strip().startswith(":"):
            text = text[text.index(":", len(p)) + 1 :].lstrip()
            break
    tokens = text.split()
    k = 0
    while k < len(tokens) and (_is_tape_ref(tokens[k]) or tokens[k].upper() in _TAPE_REF_WORDS):
        k += 1  # TILE 007 5:33:27-5:41:06, SOT
    label: list[str] = []
    end = None
    for n in range(k, min(len(tokens), k + 16)):
        tok = tokens[n]
        if tok[:1] in QUOTE_MARKS or tok in {":", "-", "–", "—"} and label or _is_tape_ref(tok):
            end = n
            break
        if tok.endswith(":"):
            label.append(tok[:-1])
            end = n + 1
            break
        label.append(tok)
    if end is None or not label:
        return None
    by_mark = tokens[end - 1].endswith(":") or end < len(tokens) and tokens[end][:1] in QUOTE_MARKS
    if not by_mark and not any(c in " ".join(label) for c in "/,;") and not all(w[:1].isupper() for w in label):
        return None  # `((Mayor Smith says 2016 budget is short))`: a summary of tape, not a label
    while end < len(tokens) and (_is_tape_ref(tokens[end]) or tokens[end] in {":", "-", "–", "—", "/"}):
        end += 1
    name, title = _name_and_title(" ".join(label))
    words = " ".join(tokens[end:]).strip().strip(QUOTE_MARKS).strip()
    if not name or not words:
        return None
    return name, title, words


def _bare_name_bite(inner: str) -> tuple[str, str, str] | None:
    """`(00:05:35:28) ((Jeb Spaulding unifying Johnson and Lyndon …))`: timed tape whose label has
    no mark after it: two or three capitalised words, then the words in lower case."""
    tokens = inner.split()
    n = 0
    while n < min(len(tokens), 4) and tokens[n][:1].isupper() and tokens[n].replace("-", "").replace("'", "").isalpha():
        n += 1
    if not 2 <= n <= 3 or n >= len(tokens) or not tokens[n][:1].islower():
        return None
    name, _ = _name_and_title(" ".join(tokens[:n]))
    return (name, "", " ".join(tokens[n:]).strip(QUOTE_MARKS + " ")) if name else None


def _name_and_title(label: str) -> tuple[str, str]:
    """`Name/title`, `Name, Title`, `Name ; Agency /`; else the capitalised run is the name."""
    label = label.strip(" /;,")
    for sep in (";", "/", ","):
        if sep in label:
            name, _, title = label.partition(sep)
            name, title = name.strip(), title.strip(" /;,")
            break
    else:
        words = label.split()
        n = 0
        while n < len(words) and words[n][:1].isupper():
            n += 1
        name, title = " ".join(words[:n]), " ".join(words[n:])
    words = name.split()
    if not 1 <= len(words) <= 5 or any(not w[:1].isupper() for w in words):
        return "", ""
    if words[0].upper().strip(".") in _NOT_NAMES or whole_cue(name, load_vocabulary()) is not None:
        return "", ""  # `((Banner: …))`, `((Map: …))`: a cue word names no one
    return name, split_name(title)[0] if title else ""


def inline_tape(written: str, cue_type: str, line: int, warnings: list[str]) -> Soundbite | None:
    """The tape a cue span holds, timed by its given length; None: a plain cue."""
    start = written.find("((")
    if start >= 0 and written.rstrip().endswith("))"):
        inner = written[start + 2 : len(written.rstrip()) - 2]
        found = paren_bite(inner)
        if found is None and start > 0:  # `(10:59:41 Edward Cormea/Employee)(("Whew."))`
            label = written[:start].strip()
            quote = inner.strip().strip(QUOTE_MARKS).strip()
            found = paren_bite(label.strip("()") + ' "' + quote + '"') if quote else None
            found = found or _bare_name_bite(inner)
        if found is None:
            return None
        name, title, words = found
        at = written.rfind(words, start)  # the transcript ends the unit; its label may read the same
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
    n = 0
    while n < len(inner) and inner[n].isalpha():
        n += 1
    head = inner[:n].upper()  # `Actuality–“It’s …`: the word before any dash or mark
    kind = {"ACTUALITY": "ACT", "ACT": "ACT", "SOT": "SOT", "BITE": "SOT"}.get(head)
    at = min((inner.find(q) for q in QUOTE_MARKS if q in inner), default=-1)
    label = inner[len(head) : at].strip(" :-–—") if at > 0 else ""
    named = _actuality_label(inner[len(head) : at]) if label else None
    if kind is None or at < 0 or label and named is None:
        return None
    words = inner[at:].strip().strip(QUOTE_MARKS).strip()
    marker = written[: written.find(inner[at:])].rstrip()
    speaker = Speaker(display_name(named[0]), display_title(named[1]) or None) if named else None
    close = max(inner.rfind(q) for q in QUOTE_MARKS)
    after = inner[close + 1 :].strip() if close > at else ""
    if after[:1] in "-–—" and after.strip(" -–—"):  # `"…" – Juniper Ashdown-Pryce, Tarn Beekeepers' Association`
        name, title = _name_and_title(after.strip(" -–—"))
        words = inner[at:close + 1].strip().strip(QUOTE_MARKS).strip()
        speaker = Speaker(display_name(name), display_title(title) or None) if name else None
    return Soundbite(words, 0, speaker=speaker, marker=marker, tape=kind, why="actuality") if words else None


def _actuality_label(between: str) -> tuple[str, str] | None:
    """`– DRUMMOND-ACHEBE:` / `– Marta Haskins, librarian:` between an actuality's head and its
    quote: who speaks (name, title), a label ending in a colon; None for anything else."""
    text = between.strip(" -–—")
    if not text.endswith(":"):
        return None
    name, title = _name_and_title(text[:-1])
    return (name, title) if name and len(name.split()) <= 4 else None


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


def known_person(speaker: Speaker, registry) -> Speaker:
    """A tape label's name as the copy knows the person: `Lindqvist` -> Gus Lindqvist;
    `Superintendent Ann Doyle` / `Patriots Chris Long` -> the copy's Ann Doyle / Chris Long."""
    words = speaker.name.split()
    known = registry.resolve(words[-1:])
    known_words = known.name.split()
    if len(words) == 1 or 1 < len(known_words) < len(words) and [w.lower() for w in words[-len(known_words) :]] == [w.lower() for w in known_words]:
        title = speaker.title or (display_title(known.title) if known.title else None)
        return Speaker(display_name(known.name), title or (" ".join(words[: len(words) - len(known_words)]) if len(words) > len(known_words) > 1 else None))
    return speaker



def caps_named(text: str) -> list[str]:
    """In copy set in capitals, the last name written after a rank or title word (`… COMMISSIONER,
    DR. YVONNE PADGETT-ORO, IS ASKING …`): two or three words, up to the punctuation that ends
    the name (else its first two words); [] when no rank or title stands before a name."""
    words, best, k = text.split(), [], 0
    ranks = tape_words().honorifics
    while k < len(words):
        if words[k].upper().rstrip(",") not in ranks:
            k += 1
            continue
        j = k + 1
        while j < len(words) and words[j].upper().rstrip(",") in ranks:
            j += 1  # `COMMISSIONER, DR.`: ranks in a row
        run, closed = [], False
        while j < len(words) and len(run) < 3 and not closed:
            core = words[j].strip(".,;:!?\"“”‘’()")
            if not core.replace("-", "").replace("'", "").isalpha():
                break
            run.append(core)
            closed = words[j] != core
            j += 1
        best = (run if closed else run[:2]) if len(run) >= 2 else best
        k = j
    return best


def named_before(segments: list[Segment], registry) -> Speaker | None:
    """Whom the read copy just before a tape names (cues between do not count): the radio
    convention for a cut or actuality that gives no name (`Ranger Pia Oduya says …` / `ACT CART
    117 :08`). The latest person the copy mentions whose surname is in that paragraph; None
    when the copy before names no one, or a bite stands between."""
    skipped = False  # the copy just before named no one: only the feed's cut before it may still say who
    for k in range(len(segments) - 1, -1, -1):
        seg = segments[k]
        if isinstance(seg, Cue):
            continue
        if isinstance(seg, Soundbite) and seg.tape == "CUT" and seg.speaker is not None:
            return seg.speaker  # `Track 2 (:36) Q…` / copy naming no one / `Track 3 (:42) Q…`: the same voice's next cut
        if not isinstance(seg, Narration) or skipped:
            return None
        for _, person, _ in reversed(registry.tracker.timeline[-12:]):
            words = person.speaker().name.split()
            if len(words) > 1 and words[-1] in seg.text:
                return Speaker(display_name(person.speaker().name), display_title(person.title) if person.title else None)
        pronounced = k > 0 and isinstance(segments[k - 1], Cue) and segments[k - 1].cue_type == "PRONOUNCER"
        skipped = not pronounced  # `… Ignacio Ciampitti (IG-nah-…) says …`: the sentence goes on past its pronouncer
    return None


def said_after(written: str) -> str:
    """`(Actuality – "…" – Juniper Ashdown-Pryce, Tarn Beekeepers' Association)`: the words after
    the quotation inside the parentheses (who said it), as written; "" when there are none."""
    close = max(written.rfind(q) for q in QUOTE_MARKS)
    after = written[close + 1 :].strip() if close > 0 and written.startswith("(") and not written.startswith("((") else ""
    return after if after[:1] in "-–—" else ""


def tail_piece(bite: Soundbite, written: str, warnings: list[str]) -> Soundbite | None:
    """The bite's own RUNS / out-cue line after inline tape (`RUNS :05`, `Outcue: "…"`) as a
    `continues` piece of it; the running time is the bite's. None: not such a line."""
    found = field_key(written) or (("time", "", written) if is_duration(written.strip()) else None)
    if found is None:
        return None
    kind, _, value = found
    if kind == "time" and bite.duration is None:
        token = value.strip(" =:").split()[0] if value.strip(" =:") else ""
        bite.duration = duration_of(":" + token if token.isdigit() else token, warnings, bite.line) if token else None
    elif kind == "out" and not bite.out_cue:
        bite.out_cue = cue_words(value)
    return Soundbite("", bite.line, speaker=bite.speaker, marker=written, tape=bite.tape, why=bite.why, continues=True, whole=bite, duration=bite.duration)


def tail_speaker(written: str, tail_at: int) -> str:
    """`(Actuality - "…") -- PELLETIER-KANE -- RUNS :06`: the name set between dashes after the
    tape, before its running time; "" when there is none."""
    rest = written[tail_at:].strip() if tail_at else ""
    if rest[:1] not in "-–—":
        return ""
    name = rest.strip("-–— ").split("--")[0].split("–")[0].split("—")[0].strip()
    return name if name and len(name.split()) <= 4 and not any(c.isdigit() for c in name) else ""


def tail_person(written: str, tail_at: int) -> Speaker | None:
    """The speaker `tail_speaker` names (by surname, completed later from the copy), else None."""
    named = tail_speaker(written, tail_at)
    return Speaker(named) if named else None


def given_name_in(given: str, texts: list[str]) -> str | None:
    """`Chris` -> `Chris Roberts` when the latest of the texts that names a `Chris` names him in
    full (two capitalised words, the given name first); None when none does."""
    for text in reversed(texts):
        words = text.split()
        for k in range(len(words) - 2, -1, -1):
            first, last = words[k], words[k + 1].strip(".,;:!?\"“”‘’()")
            if first == given and last[:1].isupper() and last.replace("-", "").replace("'", "").isalpha():
                return f"{given} {last}"
    return None


def titled_name(role: list[str], segments: list[Segment]) -> Speaker | None:
    """`Commissioner` -> Frank Link, Commissioner, when the read copy before writes `commissioner
    Frank Link`: the capitalised words right after the role's last word; None when none do."""
    key = role[-1].lower()
    for seg in reversed(segments):
        words = seg.text.split() if isinstance(seg, Narration) else []
        for k in range(len(words) - 1):
            if words[k].lower().strip(",.;:") != key:
                continue
            n = k + 1
            while n < len(words) and n - k <= _NAME_WORDS and words[n][:1].isupper() and words[n].strip(",.;:").isalpha():
                n += 1
            if n - k > 2:  # a given name and a surname at least
                return Speaker(display_name(" ".join(words[k + 1 : n]).strip(",.;:")), display_title(" ".join(role)))
    return None


def full_name(surname: str, segments: list[Segment | str]) -> str | None:
    """`PEKAR` -> `Rosalind Pekar` when the read copy before names `ROSALIND PEKAR` (the copy
    the tracker could not read, such as radio copy in capitals); None when it does not."""
    from scriptfmt.parse.names import name_data

    data = name_data()
    key = plain(surname)
    for seg in reversed(segments):
        if not isinstance(seg, (Narration, Cue, str)):
            continue  # a cue counts: `TEASE #2 – Juan Mendez`, `CG: Juan Mendez` name the person too
        raw = (seg if isinstance(seg, str) else seg.text).split()
        words = [w.strip(".,;:!?\"“”‘’()") for w in raw]
        for k in range(len(words) - 1, 0, -1):
            first = words[k - 1]
            if raw[k - 1] != first:
                continue  # `Monday, Doyle said`: a comma or full stop ends the word before; no given name
            if plain(words[k]) != key or not (first[:1].isupper() and first.isalpha()):
                continue
            if first.lower() not in data.roles and first.lower() not in data.honorifics and first.upper() not in tape_words().honorifics:
                return display_name(f"{first} {words[k]}")  # a given name: no post, no honorific
    return None


def resolve_speaker(bite: Soundbite, registry, before: list[Segment], warnings: list[str], after: str = "") -> Speaker | None:
    """A script bite's full name from the copy: a surname label (`SOT Full: Lindqvist`) -> the
    story's person (named before the cut, or in the read copy just after it: `CUT 14 /
    HALVORSEN` then `SPOKESWOMAN INGRID HALVORSEN SAYS …`); no name at all -> whom the copy
    just before names, else a warning."""
    if bite.speaker is None:
        found = named_before(before, registry)
        if found is None:
            warnings.append(f"line {bite.line}: tape names no speaker (no super, label or name in its block, nor in the copy just before)")
        return found
    role = bite.speaker.name.split()
    if inner_tape_label(bite.marker or "") and all(w.lower() in title_words() for w in role):  # `MAYOR (ON TAPE):`: a role, named only by the copy before
        found = titled_name(role, before)
        if found is None:
            warnings.append(f"line {bite.line}: tape labelled {bite.speaker.name!r} names no one; the copy before names no {bite.speaker.name.lower()}")
        return found
    known = registry.resolve(bite.speaker.name.split())
    name = known.name if len(known.name.split()) > 1 else full_name(known.name, before) or full_name(known.name, [after]) or known.name
    return Speaker(display_name(name), bite.speaker.title or known.title and display_title(known.title))


def after_tape(bite: Soundbite, written: str, tail_at: int, warnings: list[str]) -> Segment | None:
    """What follows inline tape inside its span: who said it after the quote (`"…" – Name, org)`)
    and its running time (`RUNS :05`), as a `continues` piece of the bite (a cue if unreadable)."""
    said = said_after(written[: tail_at or len(written)])
    rest = written[tail_at:].strip() if tail_at else ""
    named = tail_speaker(written, tail_at)
    timing = rest[rest.find(named) + len(named) :].strip(" -–—") if named else rest
    tail = tail_piece(bite, timing.strip("()"), warnings) if timing else None
    if tail is not None and named:
        tail.marker = rest  # `-- PELLETIER-KANE -- RUNS :06`: who, then the running time
    if said:
        tail = tail or Soundbite("", bite.line, speaker=bite.speaker, tape=bite.tape, why=bite.why, continues=True, whole=bite)
        tail.marker, tail.duration = " ".join(x for x in (said, rest) if x), bite.duration
    if tail is None and rest:
        return Cue(rest, bite.line, cue_type="TIMING", original=rest)
    return tail


def cart_line(written: str) -> bool:
    """`Cart 215`, `CUT #12`: where the tape sits, a cart word and its number, nothing else."""
    tokens = written.split()
    return 2 <= len(tokens) <= 3 and tokens[0].upper().rstrip(":") in tape_words().cart_words and all(t.strip("#:,").isdigit() for t in tokens[1:])


def tape_tail(last: Segment | None, text: str, warnings: list[str]) -> list[Soundbite]:
    """The lines right under inline tape (`last`, the segment before them) that belong to it
    (`(Actuality – "…")` / `Cart 215` / `Runs :09`): its cart, running time and out-cue, as
    `continues` pieces of the bite (the running time is the bite's); [] when `last` is no inline
    tape or a line of `text` is anything else."""
    if not isinstance(last, Soundbite) or last.why not in INLINE_TAPE:
        return []
    bite, pieces = last.whole or last, []
    for written in (line.strip() for line in text.split("\n") if line.strip()):
        if cart_line(written):
            cart = Soundbite(  # `Cart 215`: a piece of the bite, its cart as written
                "", bite.line, speaker=bite.speaker, marker=written, tape=bite.tape, why=bite.why, continues=True, whole=bite, duration=bite.duration
            )
            pieces.append(cart)
            continue
        piece = tail_piece(bite, written, warnings)
        if piece is None:
            return []
        pieces.append(piece)
    return pieces
