"""A parliament's or council's member label, as the chambers print them (`De heer Jansen (VVD):`, `M. le président. -`,
`El señor ZALDÍVAR, don Andrés (Presidente).-`, `Anf. 111 Maria Berg (S):`, `PRESIDENTE.`): read where
parse/labels.py `parse_label` finds none. A label is short, opens on a chamber's honorific, office or chair word and
ends at its separator; the rest of the line (or the line after) is speech. Words in styles/records.toml."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from scriptfmt import tomlfile
from scriptfmt.parse.namedata import name_data
from scriptfmt.parse.names import gender_of_first
from scriptfmt.parse.recordheads import addressed_under, alone_head, glued_length

__all__ = ["RecordLabel", "chamber_label", "chamber_word", "join_wrapped", "numbered_label", "record_label", "CHAIR_ROLE"]

CHAIR_ROLE = "presidenten"  # the chair by office: a bite with no name (styles/furniture.toml guest_roles)
_MAX_HEAD = 110


class RecordLabel(NamedTuple):
    written: str  # the label as the line has it, separator included
    name: str
    title: str | None
    role: str | None
    rest: str  # the speech on the label's line
    chair: bool = False  # the sitting's chair (`De voorzitter:`, `La Vice-Présidente (Mme NAME) :`), named or not


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomlfile.load_builtin("records.toml")


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """The words a member's name may hold in lower case: the names' particles (styles/names.toml) and a chamber's own."""
    return name_data().particles | frozenset(_data()["name_particles"])


def _separator(text: str) -> tuple[int, int] | None:
    """Where the label's separator starts and ends: a colon before a space, or a run-in `. -` / `.-` / `. –`."""
    best: tuple[int, int] | None = None
    colon = text.find(":")
    while colon >= 0 and colon < _MAX_HEAD:
        if colon + 1 == len(text) or text[colon + 1].isspace():
            best = (colon, colon + 1)
            break
        colon = text.find(":", colon + 1)
    for sep in _data()["separators"]:
        at = text.find(sep, 0, _MAX_HEAD + len(sep))
        if at > 0 and (best is None or at < best[0]):
            best = (at + 1, at + len(sep)) if sep.startswith(")") else (at, at + len(sep))  # `(PT - RS) -`: the bracket stays
    spaced = _spaced_run_in(text)
    return spaced if spaced and (best is None or spaced[0] < best[0]) else best


def _spaced_run_in(text: str) -> tuple[int, int] | None:
    """`Mme Catherine Troendle .  -`, `M. le président.  -`: the French Senate's record sets spaces before the dot and the
    dash of its run-in separator; a full stop, then spaces only, then a dash and a space."""
    at = text.find(".")
    while 0 < at < _MAX_HEAD:
        end = at + 1
        while end < len(text) and text[end] == " ":
            end += 1
        if end > at + 1 and end < len(text) and text[end] in "-–—" and (end + 1 == len(text) or text[end + 1] == " "):
            start = at
            while start > 0 and text[start - 1] == " ":
                start -= 1
            return start, end + 1
        at = text.find(".", at + 1)
    return None


def _clock_end(text: str) -> int:
    """Where a name ends before the sitting's clock that closes its line (`NAME 10:10 a.m.`, `NAME 2:15 p.m.`), or 0."""
    parts = text.rsplit(None, 2)  # the time of day with its `a.m.`/`p.m.`: a podcast's `NAME  0:03` is elapsed time, a listing's `14:00` a slot
    if len(parts) < 3 or parts[2].lower() not in ("a.m.", "p.m."):
        return 0
    clock, end = parts[1], len(text) - len(parts[2]) - len(parts[1]) - 1
    hours, _, minutes = clock.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and int(hours) <= 24) or len(text) > _MAX_HEAD:
        return 0
    return len(text[:end].rstrip())


def _bare_member(base: str) -> tuple[str, None] | None:
    """`Kwame Asante-Boateng`: a member's two or three names with no honorific, where the sitting's clock marks the label."""
    return (base, None) if 2 <= len(base.split()) <= 4 and _name_shaped(base) and not any(ch.isdigit() for ch in base) else None


def _bracket_closes(text: str) -> tuple[int, int] | None:
    """`SR. PRESIDENTE(GARAY) En consideración …`: a chair word in capitals with its holder in brackets, and no
    separator: the bracket closes the label (never `El presidente (Milei) dijo …`, a sentence in ordinary case)."""
    opening, closing = text.find("("), text.find(")")
    head = text[:opening].strip()
    if not 0 < opening < closing < _MAX_HEAD or not head.isupper() or _starts(head.lower(), _data()["chairs"]) is None:
        return None
    return (closing + 1, closing + 1) if closing + 1 == len(text) or text[closing + 1] == " " else None


def _full_stop(text: str) -> tuple[int, int] | None:
    """`PRESIDENTE. La seduta è aperta.`, `BOCCIA (PD). Signor Presidente …`: a full stop ends an Italian record's label."""
    honorific = _starts(text.lower(), _data()["stop_honorifics"])
    at = text.find(". ", len(honorific) if honorific else 0, _MAX_HEAD)
    return (at, at + 1) if at > 0 else None


def _brackets(head: str) -> tuple[str, list[str]]:
    """`Mr ALBANESE (Grayndler—Prime Minister) (14:00)` -> (`Mr ALBANESE`, [`Grayndler—Prime Minister`]); the clock dropped."""
    inners: list[str] = []
    head = head.strip()
    while head.endswith(")"):
        opening = head.rfind("(")
        if opening <= 0:
            break
        inner = head[opening + 1:-1].strip()
        if not all(ch.isdigit() or ch in ":.h " for ch in inner):
            inners.insert(0, inner)
        head = head[:opening].rstrip()
    return head, inners


def _starts(low: str, words: list[str]) -> str | None:
    """The longest of `words` that opens `low` as whole words."""
    found = [w for w in words if low == w or low.startswith(w + " ")]
    return max(found, key=len) if found else None


def _name_shaped(name: str) -> bool:
    parts = name.split()
    if not 1 <= len(parts) <= 5 or len(name) > 60:
        return False
    return all((p[:1].isupper() or p.lower() in _particles()) and not any(ch.isdigit() for ch in p) and p[-1:] not in ".!?;" or (len(p) == 2 and p[1] == ".")
               for p in parts) and parts[0][:1].isupper() or parts[0].lower() in _particles() and parts[-1][:1].isupper()


def _without_functions(name: str) -> str:
    """`diputado Jorge Carlos Ramírez Marín`, `secretaria Minerva …`: a member's function before the name, dropped."""
    parts = name.split()
    while len(parts) > 1 and parts[0].lower() in _data()["functions"]:
        parts = parts[1:]
    return " ".join(parts)


def _without_degrees(name: str) -> str:
    parts = name.split()
    while len(parts) > 1 and parts[0].lower() in _data()["degrees"]:
        parts = parts[1:]
    return " ".join(parts)


def _compound_office(base: str) -> str | None:
    """`Statsminister STEFAN LÖFVEN`, `Finanzminister …`: a Nordic or German office compounded on `minister`."""
    first = base.split(" ", 1)[0]
    return first.lower() if " " in base and first.lower().endswith(("minister", "ministerin", "ministeren")) else None


def _member(base: str, inners: list[str]) -> tuple[str, str | None] | None:
    """The name and title of a member's label without its chair word: honorific, office, comma title, party bracket."""
    low = base.lower()
    title = ", ".join(inner.split(". ")[0].rstrip(".") for inner in inners) or None  # `(PT - RS. Para discursar.)`
    honorific = _starts(low, _data()["honorifics"])
    office = None if honorific else (_starts(low, _data()["offices"]) or _compound_office(base))
    lead = honorific or office
    held = _portfolio_holder(base, office) if office else None
    if held:  # `Bundesminister für öffentlichen Dienst und Sport, Vizekanzler NAME`
        return held
    name = base[len(lead):].strip() if lead else base
    if office:
        title = base[: len(office)] + (f" ({title})" if title else "")
    if "," in name:  # `M. Paul Martin, ministre de la santé`, `El señor ZALDÍVAR, don Andrés`
        name, after = (part.strip() for part in name.split(",", 1))
        if after.lower().startswith(tuple(word + " " for word in _data()["given_name_articles"])):
            name = f"{after.split(' ', 1)[1]} {name}" if " " in after else name
        elif _given_names(after):  # `SR. ACUÑA, JUAN PABLO (SALTA)`: the surname, then the given names
            name = f"{after} {name}"
        else:
            title = after if not title else f"{after} ({title})"
    if inners and _starts(name.lower(), _data()["offices"]):  # `La señora MINISTRA DE HACIENDA (Montero Cuadrado)`
        name, title = inners[0], name
    name = _without_degrees(_without_functions(name))
    if not name or not _name_shaped(name) or (not lead and not inners and not _given_in_capitals(name)) or all(len(p.rstrip(".")) <= 1 for p in name.split()):  # `M. S.:` initials
        return None
    if lead is None and len(name.split()) < 2 and not name.isupper():
        return None  # `Jansen (VVD):` alone may be any story's lead-in; a record prints the surname in capitals
    return name, title


def _function_member(base: str) -> tuple[str, str] | None:
    """`Jessika Roswall, Member of the Commission. –`, `Marek Novak, on behalf of the PPE Group. –`: the European
    Parliament's verbatim record in every language: a full name opening on a given name, a comma, the function, then the
    run-in dash. Never a sentence or a dateline: the function is short and says what they do, the name is a name."""
    name, comma, function = (part.strip() for part in base.partition(","))
    if not comma or not function or len(function.split()) > 10 or not 2 <= len(name.split()) <= 5 or not _name_shaped(name):
        return None
    described = any(word.islower() for word in function.split())  # `on behalf of the PPE Group`, `rapporteur`: a function, never a place
    return (name, function) if gender_of_first(name.split()[0].lower()) or described else None


def _given_names(text: str) -> bool:
    """`ENRIQUE LUIS`, `María Eugenia`: one to three given names the names' data knows, after a surname and its comma."""
    parts = text.split()
    return 1 <= len(parts) <= 3 and all(p.lower() in name_data().first_names for p in parts)


def _portfolio_holder(base: str, office: str) -> tuple[str, str] | None:
    """`Bundesminister für Inneres Mag. NAME`, `Bundesminister für …, Vizekanzler NAME`: an office with its portfolio
    (`für`, `for`, `of`) before the holder; the name starts after the last degree, office word or comma."""
    rest = base[len(office):].strip()
    if not rest.lower().startswith(tuple(w + " " for w in _data()["portfolio_words"])):
        return None
    words = rest.split()
    def mark(w: str) -> bool:  # a degree, a comma, or an office word before the name
        return w.lower() in _data()["degrees"] or w.endswith(",") or bool(_compound_office(w + " x")) or w.lower().endswith(("kanzler", "kanzlerin"))
    marks = [i for i, w in enumerate(words) if mark(w)]
    tail = words[marks[-1] + 1:] if marks else words[-2:]
    name = " ".join(tail)
    if not 2 <= len(tail) <= 4 or not _name_shaped(name):
        return None
    return name, " ".join(w for w in base[: len(base) - len(name)].split() if w.lower() not in _data()["degrees"]).strip(" ,")


def _chair(base: str, inners: list[str]) -> tuple[str, str | None, str | None] | None:
    """`De voorzitter`, `M. le président`, `La Vice-Présidente (Mme NAME)`, `Präsident Dr. NAME`: the chair, unnamed
    unless the label names them."""
    low = base.lower()
    chair = _starts(low, _data()["chairs"] + _data()["unnamed"] + _data()["english_chairs"])
    if chair is None:
        return None
    named = _without_functions(base[len(chair):].strip())
    if inners:  # `La Vice-Présidente (Mme NAME)`, `O SR. PRESIDENTE (Rodrigo Pacheco. PSD - MG. …)`, `VICEPRESIDENTE PRIMERO (NAME)`
        inner = inners[0].split(".")[0].split(",")[0].strip() if not _starts(inners[0].lower(), _data()["honorifics"]) else inners[0]
        surname = " " not in inner and len(inner) >= 3 and (not inner.isupper() or base.isupper())  # `SR. PRESIDENTE (Garay)`, `(GARAY)`
        member = _holder(inner, surname)
        if member:
            return member[0], base, None
    if named:
        name = _without_degrees(named)
        return (name, base[: len(chair)], None) if _name_shaped(name) else None
    return CHAIR_ROLE, None, CHAIR_ROLE  # named by its role: no super from an office


def _office_holder(base: str, inners: list[str]) -> tuple[str, str | None, str | None] | None:
    """`The Minister of Finance (Mr Banda)`, `The Vice-President (Dr Mwale)`, `The Prime Minister (Jane Doe)`: a
    Commonwealth record's office with its holder in brackets; the holder is the speaker, the office the title. The
    Oireachtas writes no article when the bracket styles the member (`Minister for Health (Deputy Ana Ruiz)`)."""
    words = base.split()
    styled = inners[0].split(" ", 1) if inners else []  # `Tánaiste and Minister for … (Deputy Eamon Gilmore)`: the Oireachtas's member by style
    member_style = len(styled) == 2 and styled[0].lower() in _data()["member_styles"] and " " in styled[1]
    if not inners or not words or (words[0].lower() != "the" and not member_style) or len(words) > 10 or _starts(base.lower(), _data()["honorifics"]):
        return None
    if not all(w[:1].isupper() or w.lower() in _data()["office_small_words"] for w in words):
        return None
    member = (styled[1], None) if member_style and _name_shaped(styled[1]) else _holder(inners[0])
    return (member[0], " ".join(words[1:] if words[0].lower() == "the" else words), None) if member else None


def _holder(inner: str, surname: bool = False) -> tuple[str, str | None] | None:
    """Who a bracket after an office or chair word names: `(Mme NAME)`, `(Hon. NAME)`, `(Given Surname)`, or one surname
    where the caller allows it."""
    if _starts(inner.lower(), _data()["honorifics"]):
        return _member(inner, [])
    return (inner, None) if _name_shaped(inner) and (" " in inner or surname) else None


def chamber_label(line: str) -> RecordLabel | None:
    """A label only a chamber writes: a chair word, an honorific no other desk writes, a speech's number, or a run-in
    separator (`M. NAME. -`): three of them make the copy a parliament's record (parse/records.py)."""
    found = record_label(line)
    if found is None or found.written.strip(" :.-–—").lower() in _data()["head_of_state_chairs"]:
        return None  # `PRESIDENTE.-` of a government's transcript: the head of state, no chamber
    english = found.chair and _starts(found.written.strip(" :.-–—").lower(), _data()["english_chairs"]) is not None  # `Mr. Speaker:`: the chair
    if _clock_end(line.strip()) > 0 and not (found.chair or _starts(line.strip().lower(), _data()["honorifics"])):
        return None  # `Town Hall Live 7:00 p.m.`: a schedule's row; a bare name with a clock never proves a chamber
    return found if _chamber_first(line.lstrip()) or english or not found.written.endswith(":") else None


def _chamber_first(text: str) -> bool:
    cut = _separator(text) or _full_stop(text)
    low = (text[: cut[0]] if cut else text).strip().lower()
    chair = _starts(low, _data()["chairs"])
    if chair and chair not in _data()["head_of_state_chairs"] or _starts(low, _data()["first_honorifics"]) or _starts(low, _data()["numbers"]):
        return True
    return _office_holder(*_brackets(text[: cut[0]] if cut else text)) is not None


def _stop_label(base: str, inners: list[str], chair: tuple | None) -> bool:
    """A full stop ends a label in capitals (`PRESIDENTE.`, `BOCCIA (PD).`) or after a chamber's honorific (`M. Ian
    Brossat.`, `Mme la présidente.`): never a sentence's first words."""
    if base.isupper() and (chair or inners or _given_in_capitals(base)):
        return True  # `ROBERTO GIACHETTI.`: a member's given name and surname in capitals, the stenographer's label
    honorific = _starts(base.lower(), _data()["stop_honorifics"])
    return bool(honorific) and len(base.split()) <= 5 and (chair is not None or _member(base, inners) is not None)


def _given_in_capitals(base: str) -> bool:
    """`ROBERTO GIACHETTI`, `ANNA MARIA BERNINI`: two to four words in capitals opening on a known given name."""
    words = base.split()
    return 2 <= len(words) <= 4 and all(w.replace("'", "").replace("’", "").isalpha() for w in words) and bool(gender_of_first(words[0].title()))


def record_label(line: str, read: bool = False) -> RecordLabel | None:
    """A chamber's member or chair label opening `line`, or None. `read`: another reader found a label there; a chamber's
    reading goes first only for its chair and the honorifics and offices no other desk writes (`Mevrouw`, `El señor`)."""
    text = line.lstrip()
    glued = glued_length(text)  # `MallardHon …`: the member's photo caption run into the head, the label's furniture
    if read and not _chamber_first(text[glued:]):
        return None
    cut = _separator(text)
    if cut is None and _starts(text.lower(), _data()["numbers"]):
        cut = (len(text), len(text))  # `Anf. 111 Maria Berg (S)` alone on its line: the number opens the speech below
    cut = cut or _bracket_closes(text)
    clocked = cut is None and _clock_end(text) > 0
    if clocked:  # `Madam Speaker 10:10 a.m.`, `Kwame Asante-Boateng 10:10 a.m.` alone on its line: the sitting's clock ends the label
        cut = (_clock_end(text), len(text))
    alone = alone_head(text, _starts(_order_paper(text[glued:]).lower(), _data()["honorifics"]) is not None) if cut is None else None
    cut = cut or (alone[1:] if alone else None)  # `Hon NAME (Labour—Hutt South) Link to this` alone: the speech below
    stop = cut is None
    if not stop and text[cut[0] : cut[0] + 1] == ":" and (early := _full_stop(text)) is not None and early[0] < cut[0] and _chair(*_brackets(text[glued : early[0]])) is not None:
        cut, stop = early, True  # `PRESIDENTE. Comunico il risultato della votazione: …`: the label's full stop comes first
    cut = cut or _full_stop(text)
    if cut is None:
        return None
    head = text[glued : cut[0]].strip()
    numbers = _starts(head.lower(), _data()["numbers"])
    if numbers:  # `Anf. 111 Maria Berg (S)`: the speech's number is no part of the name
        parts = head[len(numbers):].split(None, 1)
        if len(parts) < 2 or not parts[0].isdigit():
            return None
        head = parts[1]
    head = _order_paper(head)
    if not head or len(head.split()) > 16:
        return None
    base, inners = _brackets(head)
    chair = _chair(base, inners)
    chairs = chair is not None
    chair = chair or _office_holder(base, inners)
    if stop and not _stop_label(base, inners, chair):
        return None
    if chair is None:
        dashed = any(ch in text[cut[0]:cut[1]] for ch in "-–—")
        member = _member(base, inners) or (_bare_member(base) if clocked else None) or (_function_member(base) if dashed and not inners else None)
        if member is None:
            return None
        chair = (member[0], member[1], None)
    end = len(line) - len(text) + cut[1]
    return RecordLabel(line[:end].rstrip(), chair[0], chair[1], chair[2], line[end:].strip(), chairs)


def _order_paper(head: str) -> str:
    """`1. Mr. NAME (Constituency) (Party)`, `T2. NAME`, `Hon NAME (Leader of the Opposition) to the Prime Minister`: an
    oral question's number and the minister it is put to are the order paper's, no part of the member's label."""
    number = head.split(" ", 1)
    if len(number) == 2 and number[0].endswith(".") and number[0][:-1].lstrip("T").isdigit() and len(number[0]) <= 5:
        head = number[1].lstrip()
    addressed = head.find(") to the ")
    return head[: addressed + 1] if addressed > 0 else head


_NOTE_WORDS = 40  # a note of the record, or of the chair, in brackets: a sentence or two, never a paragraph of a turn


def join_wrapped(lines: list[str]) -> list[str]:
    """A chamber's label hard-wrapped after its chair word or honorific (`La Vice-Présidente` / `(Mme Tremblay) :
    Alors …`, `M.` / `Gagnon : Mme la Présidente, …`): joined onto one line, the second left empty. Only a line that is
    nothing but a chair word or an honorific joins, and only when the two make a label neither makes alone. A short
    note in brackets wrapped over two lines is joined too."""
    out = list(lines)
    for n in range(len(out) - 1):
        head, tail = out[n].strip(), out[n + 1].strip()
        if head[:1] == "(" and ")" not in head and tail.endswith(")") and "(" not in tail and len(f"{head} {tail}".split()) <= _NOTE_WORDS:
            out[n], out[n + 1] = f"{head} {tail}", ""  # `(Dix` / `heures deux minutes)`, `(Vorsitzende NAME eröffnet …` / `… der Ministerien.)`: the record's note, wrapped
            continue
        if addressed_under(head, tail, record_label(head)):
            out[n], out[n + 1] = f"{head} {tail}", ""  # `3. Hon NAME (Labour—Māngere)` / `to the Minister of Health`: the order paper's
            continue
        low = head.lower().rstrip(" .") if head.lower() not in _data()["honorifics"] else head.lower()
        if not tail or not (low in _data()["honorifics"] or low in _data()["chairs"]) or record_label(tail) is not None:
            continue
        if record_label(f"{head} {tail}") is not None:
            out[n], out[n + 1] = f"{head} {tail}", ""
    return out


def chamber_word(text: str) -> bool:
    """`M. Luc Gagnon`, `La Vice-Présidente`: the line opens on a chamber's honorific or chair word."""
    low = text.lower()
    return bool(_starts(low, _data()["honorifics"]) or _starts(low, _data()["chairs"] + _data()["english_chairs"]))


def numbered_label(line: str) -> bool:
    """`Anf. 111 Maria Berg (S)`: a member's label with the speech's number, which only a chamber writes."""
    return _starts(line.strip().lower(), _data()["numbers"]) is not None and record_label(line) is not None
