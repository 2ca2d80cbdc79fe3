"""Turns of a transcript, beyond their labels: labels run into one paragraph,
a turn set in quotation marks, the editor's words in brackets, and whether the copy is a
programme (its first voice hosts it) or a briefing (the press asks, the named voices answer)."""

from __future__ import annotations

import re
from collections import Counter

from scriptfmt import tomlfile
from scriptfmt.parse.castlabels import listed_with
from scriptfmt.parse.decks import about_recording as _describes, is_story_prose, writers_own as _own
from scriptfmt.parse.labels import INLINE_CUE, TIMESTAMP, parse_label, words
from scriptfmt.parse.numbered import numbered_voice
from scriptfmt.parse.proselines import wrapped_prose
from scriptfmt.parse.hostvoices import presents_with
from scriptfmt.parse.outlets import is_outlet, on_station
from scriptfmt.parse.quotes import find_quotes
from scriptfmt.parse.recordlabels import join_wrapped
from scriptfmt.parse.surnames import label_surnames, surname_label
from scriptfmt.parse.punctuation import TURN_QUOTES

def host_voices(lines: list[str]) -> set[str]:
    """Label names (lower case) whose turns host the programme: they welcome the audience or the
    guest (`Mr Chidambaram, thank you very much for joining us.`, `With us now is …`). None in a
    briefing, where the press asks (`Q`, `JOURNALIST:`) and an official may thank them for coming."""
    found: set[str] = set()
    current = ""
    for raw in lines:
        line = raw.strip()
        label = parse_label(line)
        if label is not None:
            if label.role in words().questioners or is_outlet(label.name):
                return set()
            current, line = ("" if label.role else label.name.lower()), label.rest
        low = " ".join(line.lower().replace("’", "'").split())
        if current and any(phrase in low for phrase in words().host_phrases):
            found.add(current)
    return found - handed_over(" ".join(lines))


def interviewer_voices(lines: list[str]) -> set[str]:
    """`Interview with Jane Roe, Morning Line` above `JANE ROE:` / `ROE:` and `PRIME MINISTER:`: the person
    the header has the interview `with` whose own turns ask, and whom the other side calls by first name
    (`Good morning, Jane.`), is the interviewer: label names (lower case, full name and surname) of the
    programme's voice, never the guest's bites."""
    labels = [(label, raw) for raw in lines if (label := parse_label(raw.strip())) is not None and not label.role and not label.title]
    first = next((n for n, raw in enumerate(lines) if parse_label(raw.strip())), len(lines))
    header = " ".join(" ".join(lines[:first]).lower().split())
    found: set[str] = set()
    for name in {label.name.lower() for label, _ in labels if len(label.name.split()) >= 2}:
        if f"with {name}" not in header:
            continue
        own = {name, name.split()[-1]}
        turns = [label.rest for label, _ in labels if label.name.lower() in own]
        others = " ".join(label.rest.lower() for label, _ in labels if label.name.lower() not in own)
        called = re.search(rf"\b{re.escape(name.split()[0])}\b", others) is not None
        if called and 2 * sum("?" in turn for turn in turns) > len(turns):
            found |= own
    return found


# `I would now like to turn the conference over to Stephanie Notami`: a call's operator hands over to the company's speaker
_HANDOVER = re.compile(
    r"\b(?:turn|hand)(?: the)? (?:conference|call)(?: over)? (?:over )?to(?: your (?:speaker|host) today,?)?(?: (?:Mr|Ms|Mrs|Dr)\.?)?"
    r" ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})"
)


def handed_over(text: str) -> set[str]:
    """Names (lower case) an operator hands the call over to: the company's speakers, never the programme's host,
    however warmly they thank the callers for joining."""
    return {m.group(1).lower() for m in _HANDOVER.finditer(text)}


def names_itself(name: str, below: str) -> bool:
    """The line under a name alone names that person in the third person (no `I'm NAME`): the page's title."""
    low, text = name.lower(), " ".join(below.lower().replace("’", "'").split())
    return low in text and not any(f"{lead} {low}" in text for lead in words().self_naming)


def programme_outlets(lines: list[str]) -> set[str]:
    """The station a transcript's header puts the programme on (`Radio Interview on CNA938`), lower case:
    a label titled with it (`Yasmin Jonkers (CNA938):`) is the programme's own host."""
    found: set[str] = set()
    for raw in lines:
        if parse_label(raw.strip()):
            break
        found |= on_station(raw)
    return found


def moderators(lines: list[str]) -> set[str]:
    """Label names (lower case) of a briefing's moderator: the voice that brings the speaker on (`Let's now
    have Presidential Spokesperson …`, `I give the floor to …`), whatever the title of office it is labelled with;
    or, where the press asks, the voice that calls on it or brings the principal in (`Our first question from
    NAME, TV5`, `Makakasama natin … si …`), answers no question and is not the voice that says most (a press
    secretary's `Next question.` between her answers keeps her turns hers; a hearing's chair calls on members)."""
    brings: set[str] = set()
    calls: set[str] = set()
    answers: set[str] = set()
    said: Counter[str] = Counter()
    current, asked, press = "", False, False
    for raw in lines:
        label = parse_label(raw.strip())
        if label is not None:
            if asked and not label.role and label.name.lower() != current:
                answers.add(label.name.lower().split()[-1])  # the turn right after a question answers it (`Minister Oyamada:` too)
            current, asked = "" if label.role else label.name.lower(), label.role in words().questioners
            press = press or label.role in words().staff_roles or label.role == "press" or is_outlet(label.name)  # `Q:`, `PERIODISTA:`, `NAME/TV5:`
        text = label.rest if label else raw.strip()
        low = " ".join(text.lower().replace("’", "'").split())
        asked, said[current] = asked or "?" in low, said[current] + len(low.split())
        if current and any(phrase in low for phrase in words().moderator_phrases):
            brings.add(current)
        if current and prose(text) and any(phrase in low for phrase in words().press_calls):
            calls.add(current)  # a heading between the turns (`Questions from Hokuto Shimbun Co., Ltd.`) calls on nobody
    most = max((n for name, n in said.items() if name), default=0)
    return brings | {name for name in calls if press and name.split()[-1] not in answers and said[name] < most}


def press_voices(lines: list[str]) -> set[str]:
    """Label names (lower case) of the press at a briefing: a voice that gives its outlet (`Sir, I am
    Huma Siddiqui from the Financial Express.`, `Sahil from ANI.`) or relays the press's questions
    (`Gautam Lahiri is asking, "…"`). Their turns ask: narration, whatever the label names."""
    found: set[str] = set()
    for raw in lines:
        label = parse_label(raw.strip())
        if label is None or label.role or not label.rest:
            continue
        opening = " ".join(label.rest.split()[:16])
        outlet = _FROM_OUTLET.search(opening)
        if " is asking" in opening or (outlet and _press_outlet(outlet.group(1))):
            found.add(label.name.lower())
    return found


def _press_outlet(name: str) -> bool:
    """`the Financial Express`, `DD News`, `ANI`: a news outlet, or an agency's initials in capitals."""
    name = name.strip().removeprefix("the ").removeprefix("The ")
    return is_outlet(name) or (name.isupper() and 2 <= len(name) <= 6) or name.lower().split()[-1] in words().outlet_words


_FROM_OUTLET = re.compile(r"\bfrom ((?:the |The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})")


def co_hosts(lines: list[str]) -> set[str]:
    """Label names (lower case) paired with the programme's first voice in the copy (`Amy Goodman &
    Juan González were joined by …`, `with James Cridland and Sam Sethi`): the programme's two hosts."""
    names = [label.name for raw in lines if (label := parse_label(raw.strip())) is not None and not label.role]
    if not names:
        return _opening_introductions(lines)  # a podcast's voices by first name alone (`Mayra:`)
    text = " ".join(" ".join(raw.split()) for raw in lines).lower()
    first = names[0].lower()
    paired = {name.lower() for name in names[1:] if name.lower() != first and len(name.split()) >= 2
              and any(f"{first}{link}{name.lower()}" in text for link in (" & ", " and "))}
    return paired | _first_names_listed(names, " ".join(lines)) | _opening_introductions(lines) | presents_with(lines, names)


def _opening_introductions(lines: list[str]) -> set[str]:
    """Voices (lower case) that open the programme saying who they are (`… I'm your host Jennifer-Lee.` / `And I'm Neil.`), after a clip
    or opening words at most three turns long: its hosts, up to a turn that introduces nobody, a question or a hand-over by name."""
    found: set[str] = set()
    labelled = [label for surnames in (label_surnames(lines),) for raw in lines if (label := parse_label(raw.strip()) or surname_label(raw.strip(), surnames)) is not None and not label.role]
    for n, label in enumerate(labelled):
        said = " ".join(label.rest.lower().replace("’", "'").split()).split()
        leads = {k + len(lead.split()) for lead in words().self_naming if lead != "my name is" for k in range(len(said)) if said[k : k + len(lead.split())] == lead.split()}
        own, hands = {w.lower() for w in label.name.split() if len(w) >= 3}, any(word in {w.strip(".,!?;:") for w in said} for other in labelled[:8] if other.name.lower() != label.name.lower() for word in other.name.lower().split() if len(word) >= 3)
        if not any(said[k].strip(".,!") in own for at in leads for k in range(at, min(at + 3, len(said)))):
            if found or n >= 3 or hands or "?" in label.rest:
                break
            continue  # `Presidente Lula: …` (a cold open's clip), `Aurélio: Este é o segundo episódio …`
        found.add(label.name.lower())
        if "?" in label.rest or hands:
            break  # the first question or hand-over ends the opening: whoever says who they are next is the guest
    return found


def _first_names_listed(names: list[str], text: str) -> set[str]:
    """Labels (`ROBIN BAILEY:`, `TERRY HANSEN:`) whose first names alone the copy lists, two at least (`Radio interview
    with Robin, Terry and Bob`, parse/castlabels.py): the programme's hosts."""
    full = {name.lower() for name in names if len(name.split()) >= 2}
    for listed in listed_with(text):
        hosts = {name for name in full if name.split()[0] in listed}
        if len(hosts) >= 2:  # guests are introduced by their full names; a show goes by its hosts' first names
            return hosts
    return set()


_INITIALS_ENTRY = re.compile(r"\b([A-Z]{2,3}): ([A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2})")
# `TR (ON RADIO, STATIC UNDER):`, `SS (IOWA)`: a performer's initials, then a stage direction
_INITIALS_LABEL = re.compile(r"([A-Z]{2,3})[ ]?(\([^()\n]{1,60}\))[ ]?:?[ ]")


def initials_cast(lines: list[str]) -> tuple[dict[str, str], int]:
    """A radio show's cast list by initials (`(GK: Garrison Keillor; SS: Sue Scott; TR: Tim Russell)`):
    initials -> name, and the list's line index (-1 if none). The performers are the programme's own."""
    for n, raw in enumerate(lines):
        found = dict(_INITIALS_ENTRY.findall(raw))
        if len(found) >= 2 and raw.strip()[:1] in "([" and parse_label(raw.strip()) is None:
            return {k.lower(): v for k, v in found.items()}, n
    return {}, -1


def initials_label(line: str, cast: dict[str, str]) -> tuple[str, str, str] | None:
    """`TR (ON RADIO, STATIC UNDER): This is …` -> (`TR`, `(ON RADIO, STATIC UNDER)`, the words)."""
    m = _INITIALS_LABEL.match(line + " ")
    if not m or m.group(1).lower() not in cast:
        return None
    return m.group(1), m.group(2), line[m.end():].strip()


def header_fields(lines: list[str]) -> set[int]:
    """`Release Date:` over `27/09/2018`, `Transcript ID:` over `41814` above the first turn: a
    page's record fields (a key alone with its colon, the value a short line that is no sentence)."""
    found: set[int] = set()
    for n, raw in enumerate(lines[:-1]):
        label, value = parse_label(raw.strip()), lines[n + 1].strip()
        if label is not None and label.rest:
            break  # the first turn: fields stand above it
        short = value and len(value.split()) <= 4 and not value.endswith((".", "?", "!")) and parse_label(value) is None
        datum = any(c.isdigit() for c in value) or (len(value.split()) <= 2 and value.istitle())  # `27/09/2018`, `Transcript`
        if label is not None and not label.role and not label.stamped and short and datum:
            found |= {n, n + 1}
    return found


def blurb_end(lines: list[str]) -> int:
    """The index of the line that announces the transcript under a web page's blurb (`Here's the full
    transcript of the interview:`, `This is a rush transcript.`, `Episode transcript`), above the first
    turn: the lines above it describe the programme and are the page's, not the programme's. -1 if none."""
    end = -1
    for n, raw in enumerate(lines):
        line = raw.strip()
        label = parse_label(line)
        if label is not None and label.rest and "transcript" not in label.rest.lower():
            break
        if announces(line):
            end = n
    return end


def announces(line: str) -> bool:
    """`Here's the full transcript of the interview:`, `This is a rush transcript.`, `Episode transcript`."""
    low = line.strip().lower().replace("’", "'").rstrip(" .:")
    if len(low.split()) > 25:
        return False
    opens = low.startswith(("this is a rush transcript", "episode transcript")) or (low.endswith("transcript") and len(low.split()) <= 3)
    here = line.rstrip().endswith(":") and "transcript" in low and low.startswith(("here is", "here's", "below is", "the full", "full text", "read the full"))
    tokens = {t.strip(",;:()") for t in low.split()}
    whole = bool(tokens & words().transcript_words) and bool(tokens & words().complete_words)  # `Aquí la transcripción completa de …`
    return opens or here or whole


def hands_over(line: str) -> bool:
    """`From the interview…`, `Excerpts from the conversation:`: a story's short line handing over to
    excerpts of the turns below (the story above it is read: it is no page blurb)."""
    low = line.strip().lower().rstrip(" .:…")
    return line.rstrip().endswith((":", "…", "...")) and len(low.split()) <= 8 and low.startswith(_EXCERPTS)


_EXCERPTS = tuple(tomlfile.load_builtin("furniture.toml")["transcript"]["excerpt_openers"])  # (styles/furniture.toml)


def unquote(text: str) -> str:
    """A turn written inside quotation marks (`“How would you like …?”`, or its close left off):
    the words inside, so the story builder never reads the turn as a quotation of someone it names."""
    if text[:1] not in TURN_QUOTES:
        return text
    quotes = find_quotes(text)
    if len(quotes) == 1 and quotes[0].closed and quotes[0].end >= len(text.rstrip(" .")):
        s, e = quotes[0].inner(text)
        return text[s:e].strip()
    if len(quotes) == 1 and not quotes[0].closed and not any(c in text[1:] for c in "”»\""):
        return text[1:].strip()  # `euronews: “Right from this first summit, …?` with no closing mark
    return text


def press_asks(lines: list[str]) -> bool:
    """The press asks the questions (`Q`, `JOURNALIST:`, an outlet's label): a briefing or a doorstop, whose
    first voice is the newsmaker, never a host."""
    return any(label and (label.role in words().questioners or is_outlet(label.name) or is_outlet(label.title)) for raw in lines if (label := parse_label(raw.strip())))


def programme_with_host(lines: list[str]) -> bool:
    """A programme, not a briefing: it rolls tape (`(From videotape.)`, `(BEGIN VIDEO CLIP)`) and no
    questioner of the press (`Q`, `JOURNALIST:`, an outlet) asks; so the voice that opens it is its host."""
    rolls = any(cue_type(m.group()) == "SOT" for raw in lines for m in INLINE_CUE.finditer(raw))
    return rolls and not press_asks(lines)


def editors_words(line: str, start: int, end: int, inner: str) -> bool:
    """Square brackets inside a sentence (`turn it over to [senior administration official].`,
    `[The minister] will outline`) hold the editor's words for a name or a word left out: read
    with the sentence. A transcriber's mark (`[laughter]`, `[inaudible]`, `[00:12]`) is a cue."""
    low = inner.lower()
    if line[start] != "[" or not inner[:1].isalpha() or inner.isupper() or TIMESTAMP.fullmatch(inner):
        return False
    if low.startswith(words().cue_starts) or low.rstrip(".") in words().cue_words or not all(w.strip(",;").isalpha() for w in low.replace("'", "").split()):  # `[Campos, prefeita de Contagem]`
        return False
    before, after = line[:start].rstrip(), line[end:].lstrip()
    return bool(before and before[-1] not in ".?!:]") or bool(after and (after[0].islower() or after[0] in ",;"))


def place_line(line: str) -> bool:
    """`(Santa Ana, California)`: a place in brackets, every word capitalised, a comma between."""
    inner = line[1:-1].strip()
    tokens = inner.replace(",", " ").split()
    return "," in inner and 2 <= len(tokens) <= 6 and all(t[:1].isupper() for t in tokens) and not inner.isupper()



def cue_type(written: str) -> str:
    low = written.strip("[]() ").lower()
    if "clip" in low or "videotape" in low or "audio" in low or "video" in low:
        return "SOT"
    if low.startswith(("commercial", "break")):
        return "STRUCTURE"
    return "NOTE"


def prose(line: str) -> bool:
    """A sentence: it ends with a full stop, question or exclamation mark, inside quotes or not
    (`THE LONG TABLE — Episode 48: "Bread and Borders"` is a title); a sentence in brackets
    (`… today. (The vote was put off.)`) ends one too, a credit in brackets (`(Jane Roe/AP)`) does not."""
    if line.split()[-1:] and line.split()[-1].lower() in _COMPANY_ENDS:
        return False  # `Letter of Protest from Sankei Shimbun Co., Ltd.`: a company's name ends the heading
    trails = len(line.split()) >= 12 and line.rstrip().endswith("…")  # `… spoke with Maggie Doyle about the exchange…`
    return trails or line.rstrip("\"”’') ]").endswith((".", "?", "!"))


_COMPANY_ENDS = frozenset(tomlfile.load_builtin("furniture.toml")["transcript"]["company_ends"])  # (styles/furniture.toml)


def _heading_run_in(line: str) -> bool:
    """`Aquí la transcripción completa … del Gobierno de México.2023: Año de Francisco Villa`: a sentence of twelve
    words or more with a short heading run into its end (a page scraped without its line break): the writer's prose."""
    end = line.rfind(".")
    return end > 0 and len(line[: end + 1].split()) >= 12 and len(line[end + 1 :].split()) <= 10


def read_before_turns(line: str) -> bool:
    """Copy above the first turn that is read (a print interview's introduction), not the page's
    furniture: a sentence of three words or more that is no headline (`Business as usual?`,
    `Live From...`), no place line (`Washington, D.C.`) and no description of the recording
    (`The former governor is interviewed.`, `… Read the transcript here.`, `On the second episode of …`)."""
    headline = len(line.split()) <= 8 and line.rstrip("\"”’' ").endswith(("?", "...", "…"))
    story = is_story_prose(line)  # two sentences or a greeting (`Good morning,`): never the page's head (decks.py)
    if not (prose(line) or _heading_run_in(line) or story) or len(line.split()) < 3 and not story or headline:
        return False
    low = line.lower()
    describes = _describes(low) and not any(_own(sentence) for sentence in re.split(r"(?<=[.!?])[ ]+", low))
    return not (describes and _note(line) and not _introduces(low))


# `The following is the transcript of the interview of Ana Ruiz, the Minister …, with Radio X.`: the
# sentence introduces the guest (read); `This interview with … has been condensed …` is the editor's note
_INTRODUCES = re.compile(r"\binterview (?:of|with) (?!.*\b(?:edited|condensed)\b)[^:]*[.!]$")


def _introduces(low: str) -> bool:
    return bool(_INTRODUCES.search(low.rstrip()))


def _note(line: str) -> bool:
    """A note about the recording is short (a sentence or two); a paragraph of three sentences
    or more is the writer's copy even when it mentions the transcript."""
    ends = sum(1 for i, ch in enumerate(line) if ch in ".?!" and (i + 1 == len(line) or line[i + 1] in " \"”’)"))
    return ends <= 2 and len(line.split()) <= 30


def run_in_headings(pieces: list[str], numbers: list[int]) -> set[str]:
    """`RADIO TRANSCRIPT 2 (Today 10/5)` cut off before a run-in label: a heading, no sentence."""
    cut = {n for n, pieces_on_line in Counter(numbers).items() if pieces_on_line > 1}  # lines cut in two or more pieces
    return {p for p, n in zip(pieces, numbers) if n in cut and not parse_label(p) and not prose(p) and len(p.split()) <= 8}


def join_wrapped_labels(lines: list[str]) -> list[str]:
    """A label hard-wrapped after a comma (`BRYAN MCKUNE, Manager of Pilot Development,` /
    `Alaska Airlines: It's being …`) joined onto one line; the second line left empty."""
    out = list(lines)
    for n in range(len(out) - 1):
        head, tail = out[n].strip(), out[n + 1].strip()
        if not (head.endswith(",") or _name_wraps(head, tail)) or ":" not in tail[:90] or parse_label(head) or not head.split(",")[0].isupper():
            continue
        label = parse_label(f"{head} {tail}")
        if label is not None and label.name.isupper() and label.title:
            out[n], out[n + 1] = f"{head} {tail}", ""
    return join_wrapped(out)  # `La Vice-Présidente` / `(Mme NAME) : …`: a chamber's label wrapped after its chair word


def _name_wraps(head: str, tail: str) -> bool:
    """`PRESIDENTE DE LA REPÚBLICA, ÁLVARO URIBE` / `VÉLEZ: Juan, buenos días`: a label in capitals wrapped inside the
    name, its title and comma on the line above, the name's last words and the colon below."""
    rest = tail.partition(":")[0].strip()
    return "," in head and head.isupper() and bool(rest) and rest.isupper() and len(rest.split()) <= 3


def join_wrapped_turns(lines: list[str]) -> list[str]:
    """Copy typed all in capitals and hard-wrapped (`DEKKER: PRETTY THIN. WE STARTED FEEDING HAY` /
    `IN AUGUST, …`): the lines under a labelled line, up to a blank line or the next label, are that
    turn, joined onto its line; the lines joined are left empty. Copy in ordinary case is left as it is."""
    texts = [line.strip() for line in lines if line.strip()]
    if len(texts) < 3 or not all(line.isupper() for line in texts if any(c.isalpha() for c in line)):
        return lines
    out, head = list(lines), None
    for n, raw in enumerate(out):
        line = raw.strip()
        if not line or parse_label(line) is not None:
            head = n if line else None
        elif head is not None:
            out[head], out[n] = f"{out[head].rstrip()} {line}", ""
    return out


def headings(lines: list[str]) -> set[str]:
    """Segment headings between turns (`Prologue`, `Part 1: Ukraine: Kyiv Resident`): a line in title
    case, no sentence, a paragraph of its own, that does not follow a label standing alone."""
    found: set[str] = set()
    last = ""  # the last line with words
    numbered = any(numbered_voice(raw.strip()) for raw in lines)  # `Reporter, Female #2`: every voice is labelled
    for n, raw in enumerate(lines):
        line = raw.strip()
        alone = (n == 0 or not lines[n - 1].strip()) and (n + 1 == len(lines) or not lines[n + 1].strip() or parse_label(lines[n + 1].strip()))
        capped = all(w[:1].isupper() or w[:1].isdigit() for w in line.split() if w[:1].isalnum() and w.lower() not in _SMALL_WORDS)
        # where the programme labels every voice, a line alone that is no sentence and no voice (`Al Jazeera, Qatar`,
        # `Talks in Moscow end without agreement`) is a story's source or heading, whatever its case
        before = lines[n - 1].strip() if n else ""
        unvoiced = numbered and len(line.split()) <= 10 and not numbered_voice(line) and not line.endswith(_CLOSES) and (not before or before.endswith(_CLOSES) or before in found)
        titled = capped and alone and not prose(line) and not is_story_prose(line) and not line.endswith((",", ";"))  # `Your Majesty,` / `President NAME,`: a speech's salutation, no heading
        if line and (titled or unvoiced) and len(line.split()) <= 16 and not parse_label(line):
            label = parse_label(last)
            if not (label and not label.rest):
                found.add(line)
        last = line or last
    return found


_CLOSES = (".", "?", "!", ",", ":", ";", "\"", "”")  # how a sentence, or a line of a wrapped one, may end
_SMALL_WORDS = frozenset(tomlfile.load_builtin("furniture.toml")["transcript"]["heading_small_words"])  # (styles/furniture.toml)


def spells_out(before: str, inner: str) -> bool:
    """`(TPP)` after `Trans-Pacific Partnership`: an acronym of the capitalised words before it, not a cue."""
    if not (inner.isalpha() and inner.isupper() and 2 <= len(inner) <= 6):
        return False
    initials = ""
    for word in reversed(before.split()[-2 * len(inner):]):
        if word[:1].islower() and len(word) > 3:
            break  # `and`, `of`, `for` may stand between the words the letters spell
        initials = "".join(part[:1] for part in word.split("-") if part[:1].isupper()) + initials
    return initials.endswith(inner)


def stage_note(line: str) -> bool:
    """`Talk over each other`, `Crosstalk` on a line of its own between turns, no brackets: the
    transcriber's note (a cue); a short line with no sentence's end that opens with such a note."""
    low = line.lower().strip(" .-–—*_")
    if low in words().stage_notes or (line[:1] in "*_" and line[-1:] == line[:1] and len(low.split()) <= 6 and low.startswith(words().cue_starts)):
        return True  # `Crosstalk.`, `*Aplausos*`: a note set in the page's italics
    return len(low.split()) <= 6 and not line.rstrip().endswith((".", "?", "!", ":")) and low.startswith(words().stage_notes)


def lead_ins(lines: list[str]) -> set[int]:
    """`This evening.` / `On RTÉ's Drivetime.` above a blog's turns: a sentence too short to read on its
    own (`read_before_turns`) that runs into read copy on the next line is read with it, as is prose the page
    hard-wrapped (indexes)."""
    found: set[int] = set()
    text = [(n, raw.strip()) for n, raw in enumerate(lines) if raw.strip()]
    for (n, line), (_, below) in zip(text, text[1:]):
        if parse_label(line) or parse_label(below):
            break
        short = 1 <= len(line.split()) <= 2 and line[:1].isupper() and line.endswith(".") and not read_before_turns(line)
        if short and read_before_turns(below):
            found.add(n)
    return found | wrapped_prose(lines, read_before_turns)  # prose the page hard-wrapped: read whole (parse/proselines.py)


def caps_header(line: str) -> bool:
    """A short line in capitals with no sentence's end (`MARKET WATCH`, `SPORTS DESK`), which may carry
    a note in brackets in ordinary case (`RADIO TRANSCRIPT 2 (Today 10/5)`: the programme and its date)."""
    if line.endswith(")") and " (" in line and ")" not in line.partition(" (")[0]:
        line = line.partition(" (")[0]
    return line.isupper() and not any(ch.isalpha() and ch.lower() == ch.upper() for ch in line) and len(line.split()) <= 8 and not line.endswith((".", "?", "!", ",", '"', "”", "--", "-"))  # never `…ですよね。(編集A)`: one capital in a script without case


def credit_before_label(line: str) -> str:
    """The credit line a transcript's first label runs on from (`TRANSCRIPT PROVIDED BY DC TRANSCRIPTION —
    WWW.DCTMR.COM DANIELLE PLETKA: Good morning`): everything before the name in capitals that the
    first colon closes ("" when no label follows)."""
    head, colon, _ = line.partition(": ")
    tokens = head.split()
    name: list[str] = []
    while tokens and len(name) < 4 and tokens[-1].isupper() and tokens[-1].replace("'", "").replace("-", "").isalpha():
        name.insert(0, tokens.pop())
    if not colon or len(name) < 2 or not tokens:
        return ""
    label = parse_label(line[len(head) - len(" ".join(name)):])
    return line[: len(head) - len(" ".join(name))] if label is not None and label.rest else ""
