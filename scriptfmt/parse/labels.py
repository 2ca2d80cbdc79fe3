"""Speaker labels of a transcript: what a label line looks like (`NAME:`, `NAME, TITLE:`,
`Mr. NAME (Title):`, `[Name:]`, `Q:` / `Q.`, `HOST:` …), a name alone on a line, notices and
cue lines, and how a label's name and title are shown (`KELLI ARENA` -> `Kelli Arena`).
The words come from styles/furniture.toml `[transcript]`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scriptfmt import tomlfile
from scriptfmt.parse.names import gender_of_first, name_data
from scriptfmt.parse.gluedstamps import glued_stamp, strip_timestamp  # noqa: F401  (transcript modules ask labels for them)
from scriptfmt.parse.outlets import is_outlet, press_outlet
from scriptfmt.parse.recordlabels import record_label
from scriptfmt.parse.speakerlist import listed_speakers  # noqa: F401  (transcript modules ask labels for is_outlet)
from scriptfmt.parse.transcriptwords import Words, words  # noqa: F401  (transcript modules ask labels for them)
from scriptfmt.parse.stamps import TIMESTAMP, clock_before_colon, is_timing_line, stamp_line  # noqa: F401  (transcript modules ask labels for them)
from scriptfmt.parse.labelnames import NAME_CHARS, NUMBERED_SPEAKER, NUMBERED_STAMPED, HONORIFIC, whole_voice, first_name_after, initials_of, names_a_speaker, office_and_surname, office_first, vocative  # noqa: F401  (transcript modules ask labels for names_a_speaker, initials_of)

_LABEL = re.compile(r"([^:\n]{1,90}):(?=\s|$)")
_PAREN_LABEL = re.compile(r"([^:()\n]{1,60}\([^()\n]{1,120}\))[ ]*:(?=\s|$)")
# `GOV. CHRIS CHRISTIE:There it is` — a label in capitals run into its turn with no space
# `YO Claude :Pour être …`: the French desk's space before the colon, the space after it lost in the paste
_SPACED_TIGHT = re.compile(r"([A-ZÀ-Ý][^:\n]{0,58}[^\s:])[ ]:(?=[A-ZÀ-Ý«\"“])")
_TIGHT_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{1,60}):(?=[A-Z\"“(])")
# `Claire Waite Brown:Welcome back …` — a podcast host's export: a full name in ordinary case run into its turn
_TIGHT_NAME = re.compile(r"([A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){1,3}):(?=[A-Z\"“(])")
# `Interviewer:So your visit …` — a programme's role word in ordinary case run into its turn (styles: staff and guest roles)
_TIGHT_ROLE = re.compile(r"([A-Z][a-z]{1,20}):(?=[A-Z\"“(])")
# `Q.` / `A.` of a printed interview, or `Q` and a tab or two spaces (White House briefings), or `Q:It …` run together
# French desks write `Q -` / `R -` and `Q.-` / `R.-` (question, réponse)
_DATA = tomlfile.load_builtin("furniture.toml")["transcript"]
# `(問)…` / `(答)…`, `问：…`: the question and the answer marked in a script with no Latin `Q`/`A` (furniture.toml `qa_marks`)
_QA_LABEL = re.compile(r"(Q|A)(?:\.[ \t]+|[ \t]{2,}|\t|:(?=[A-Z\"“‘(]))(?=\S)|(Q)[ ](?=[A-Z(\"“](?!treet\b))|(Q|R)(?:[ ][-–]|\.-)[ ]?(?=[A-ZÀ-Ý\"“«(])|(?:[(（【〔\[](" + "|".join(map(re.escape, _DATA["qa_marks"])) + ")[)）】〕\\]]|(" + "|".join(map(re.escape, _DATA["qa_marks"])) + ")[:：])[ 　]*(?=\\S)")
# `Mr. LINDER. The meeting will come to order.` — the record of a hearing; Hansard's `Senator CONROY —I would …`
_HEARING_LABEL = re.compile(
    r"((?:The )?(?:Mr|Mrs|Ms|Miss|Dr|Senator|Chairman|Chairwoman|CHAIRMAN|CHAIRWOMAN|Chair|CHAIR|PRESIDING OFFICER|(?:ACTING )?(?:PRESIDENT|SPEAKER) pro tempore|SPEAKER|DEPUTY SPEAKER)\.?"
    r"(?: [A-Z][A-Za-z'’-]+){0,3}(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)(?:\.[ ]+|[ ]?[—–][ ]*)(?=\S)"
)
# WebVTT: `<v Marta Lindqvist>Welcome …` and the cue timing line `00:00:01.200 --> 00:00:06.800`
_VTT_LABEL = re.compile(r"<v(?:\.[\w.-]{1,30})?[ ]+([^<>\n]{1,60})>")
# A programme's part (`Episode 47`, `Part 2`): a heading's words, never a person's name or title (styles/furniture.toml).
SEGMENT_WORDS = frozenset(_DATA["segment_words"])
_QUESTION_NUMBER = re.compile(r"Q\d{1,4}[ \t]+(?=[A-Z])")
# `Question 1:` / `Q2:`: the outlet numbers its questions; the number is no part of the label
_NUMBERED_ASKING = re.compile(r"((?i:question|answer)|Q)[ ]?\d{1,3}(?=[ ]?:)")
_ORAL_NUMBER = re.compile(r"\d{1,3}\.[ ]+(?=[A-Z])")
_SPEECH_NUMBER = re.compile(r"Anf\.[ ]+\d{1,4}[ ]+(?=[A-ZÀ-Ý])")  # `Anf. 2 ALF SVENSSON (kd):`: the Riksdag record numbers its speeches
_BRACKET_LABEL = re.compile(r"\[([^\]\[:\n]{1,90}):\][ ]*")
_PAREN = re.compile(r"\(([^()\n]{1,60})\)")
INLINE_CUE = re.compile(r"[\[(][^\[\]()\n]{1,80}[\])]")
# Role words that stand alone on a line above a turn (`INTERVIEWER`); not `VO` or `CNN`, which a script prints alone.
_ALONE_ROLES = frozenset(_DATA["alone_roles"])


@dataclass(eq=False, repr=False)
class Label:
    written: str  # as written, colon included
    name: str  # the name part as written (`KELLI ARENA`, `Mr. Ellery`, `Q`)
    title: str | None
    role: str | None  # `host`, `q`, `guest` … when the label is a role word
    rest: str  # the turn's words on the label's line
    stamped: bool = False  # `Dana Cole (00:10):` — a machine transcript's time stamp
    shape: str = "colon"  # "colon", "qa" (`Q.`), "hearing" (`Mr. LINDER.`), "tight" (`TODD:Can`)


# A verb of saying closes a story's colon lead-in, never a transcript's speaker label.
SAYING_WORDS = frozenset(_DATA["lead_in_verbs"])


_GLUED_INITIAL = re.compile(r"([A-Z]\.)(?=[A-Z][a-z]+[ ]?(?:\([^)]*\))?:)")


def _tight_role(line: str) -> re.Match | None:
    m = _TIGHT_ROLE.match(line)
    return m if m and m.group(1).lower() in words().staff_roles | words().guest_roles else None


def parse_label(line: str) -> Label | None:
    """`KELLI ARENA, CNN CORRESPONDENT: Daryn, …` -> Label; None when the line has none."""
    heading = _HEADING_MARK.match(line)
    if heading:  # `#### Prezydent … Andrzej Duda:`: a page exported as markdown sets each speaker's label as a heading
        label = parse_label(line[heading.end():])
        if label is None or label.rest or label.role is not None:
            return None  # a heading with words after its colon (`## Part 2: The Vote`) is the page's, not a speaker's
        label.written = line.rstrip()
        return label
    numbered = NUMBERED_STAMPED.match(line)
    if numbered:  # `Voz 1578 00:26 desde Washington …`, `Speaker 2  0:14 Right.`: a machine's voice and its time, no colon
        return _named_in_turn(Label(numbered.group().rstrip(), numbered.group(1), None, None, line[numbered.end():].strip(), True))
    clocked = clock_before_colon(line)
    if clocked:  # `Anna Berglund (S) [10:01:01]:`: a parliament's record, the sitting's clock before the colon
        label = _colon_label(f"{clocked.group(1).strip()}: {line[clocked.end():].strip()}")
        if label is not None:
            label.written, label.stamped = line[: clocked.end()].rstrip(), True
        return label
    dashed = _DASH_LABEL.match(line) or _HANSARD_DASH.match(line)
    label = _dash_label(line, dashed) if dashed else _colon_label(line)
    label = Label(*found, shape="record") if (found := record_label(line, label is not None)) else label  # `De heer Jansen (VVD):`
    return _named_in_turn(label) if label is not None and NUMBERED_SPEAKER.fullmatch(whole_voice(label).name) else label  # `Speaker A:`


# A markdown heading's marks (`#### `) before a line: the page's export, no word of the copy
_HEADING_MARK = re.compile(r"#{1,6}[ ]+(?=\S)")
# `CAPITANICH.- Muy buenos días`, `Pregunta.- Buenas tardes`: Spanish and Latin American government transcripts
# close a label with a full stop and a dash (one letter, `Q.-` / `R.-`, is the French desk's question and answer)
_DASH_LABEL = re.compile(r"((?:(?i:sr|sra|srta|dr|dra|mr|mrs|ms|mme|prof|lic|ing)\.[ ])?[A-ZÀ-Ý][^.:\n]{1,60})\.-[ ]*(?=\S)")  # `Sr. Verhofstadt.-`
# `Mr McCLELLAND (3:44 PM) —On that issue`, `Mr Reith —Mr Speaker, …`: a parliament's record closes a member's label with
# a dash run into the speech; an honorific (or `The`) opens it, the sitting's clock may follow the name.
_HANSARD_DASH = re.compile(r"((?:Mr|Mrs|Ms|Miss|Dr|Senator|Sen|The|Madam)\.? [A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?)(?: \([0-9.:]{3,5} ?[AaPp]\.?[Mm]\.?\))? ?[—–](?=\S)")
# What only a dateline holds before `.-`: a figure of its date, or the agency in brackets (`(EFE)`, `(AFP)`, `(Xinhua)`).
_DATELINE_HEAD = re.compile(r"\d|\([A-Z][A-Za-z-]{1,12}\)$")
# `spk00: Stephanie Notami Good morning`: a machine transcript's speaker number, the name run into the turn
_RUN_IN_NAME = re.compile(r"([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}) (?=[A-Z])")


def _dash_label(line: str, m: re.Match) -> Label | None:
    """The label before `.-`: as a colon label, or else an office or a role of two to six words
    (`Secretario de Estado de Comunicación.-`, `Portavoz.-`)."""
    head, rest = m.group(1).strip(), line[m.end():].strip()
    if _DATELINE_HEAD.search(head):
        return None  # `MADRID, 21 nov (EFE).-`: an agency's dateline (a date, an agency in brackets), never a speaker
    label = _colon_label(f"{head}: {rest}")
    if label is None and len(head.split()) <= 6 and head.split()[-1][:1].isupper() and NAME_CHARS.fullmatch(head):
        label = Label("", head, None, _role_of(head), rest)
    if label is not None:
        label.written, label.shape = line[: m.end()].rstrip(), "dash"
    return label


def _named_in_turn(label: Label) -> Label:
    """`spk00: Stephanie Notami Good morning`: a first name and a surname opening the numbered speaker's words."""
    m = _RUN_IN_NAME.match(label.rest)
    if not m or not gender_of_first(m.group(1).split()[0]):
        return label
    return Label(f"{label.written} {m.group(1)}", m.group(1), None, None, label.rest[m.end():].strip(), label.stamped, label.shape)


# `Hon. (Ms.) Fatuma Gedi (Wajir CWR, PDR):`: a parliament's record puts the member's own honorific in brackets after `Hon.`
_BRACKET_HONORIFIC = re.compile(r"(?:The )?Hon\.? (\((?:Ms|Mrs|Mr|Miss|Dr|Prof|Eng|Amb|Capt|Gen|Col)\.?\) )(?=[A-Z])")


def _bracketed_honorific_label(line: str, bracketed: re.Match) -> Label | None:
    """`Hon. (Ms.) Fatuma Gedi (Wajir CWR, PDR):`: the label read without the bracket, written as the line has it."""
    label = _colon_label(line[: bracketed.start(1)] + line[bracketed.end(1):])
    if label is not None:
        label.written = line[: len(label.written) + len(bracketed.group(1))]
    return label


def _colon_label(line: str) -> Label | None:
    bracketed = _BRACKET_HONORIFIC.match(line)
    if bracketed:
        return _bracketed_honorific_label(line, bracketed)
    glued = _GLUED_INITIAL.match(line)
    if glued:  # `V.Putin:` is `V. Putin:`, an initial set tight against the surname
        return parse_label(glued.group(1) + " " + line[glued.end():])
    numbered = _QUESTION_NUMBER.match(line) or _oral_question(line) or _NUMBERED_ASKING.match(line) or _SPEECH_NUMBER.match(line)
    if numbered:
        return _numbered_label(line, numbered)
    m = _BRACKET_LABEL.match(line)
    if not m:
        m = _LABEL.match(line)
        if not m or m.group(1).count("(") > m.group(1).count(")"):  # `Mr. X (Author, "Book: A Subtitle"):`, `X (00:12):`
            m = _PAREN_LABEL.match(line) or _TIGHT_LABEL.match(line) or _TIGHT_NAME.match(line) or _tight_role(line) or _SPACED_TIGHT.match(line)
            if not m:
                return _other_label(line)
    body = m.group(1).strip()
    if ") to the " in body:  # `ANDREW LITTLE (Leader of the Opposition) to the Prime Minister`: the addressee is no title
        body = body.partition(") to the ")[0] + ")"
    paren = _PAREN.search(body)
    title_in_paren = None
    if paren:
        inner = paren.group(1).strip()
        editors = inner.lower().rstrip(".") in words().cue_words  # `JOHN SMITH (ph):`: the spelling's note, no title
        if not editors and not inner.lower().startswith(words().cue_starts) and not TIMESTAMP.fullmatch(inner) and not body[paren.end():].strip():
            title_in_paren = inner
        body = (body[: paren.start()] + body[paren.end():]).strip()
    if (body.split()[-1:] and body.split()[-1].lower() in SAYING_WORDS) or vocative(*body.partition(",")[::2]):  # `Mr. Speaker, the PM sent …:` opens a speech
        return None  # `Dr Ana Ruiz, a marine biologist, said:` leads in to a quotation in a story
    name, _, title = body.partition(",")
    if office_first(name, title):  # `PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO:`: the office first, then the person
        name, title = title, name
    if title_in_paren and _short_label(name, title_in_paren):
        title_in_paren = None  # the short label the speaker goes by below, no title
    name, title = name.strip(), title.strip() or title_in_paren
    if (press := press_outlet(name)) and NAME_CHARS.fullmatch(reporter := name[: -len(press)].rstrip(" /–—-")):  # `CLEIZL PARDILLA/PTV:`
        return Label(line[: m.end()].rstrip(), reporter, press, "press", line[m.end():].strip())  # a reporter and the outlet ask
    untitled = name
    if _role_of(name) is None:  # `THE SPEAKER PRO TEMPORE:` is a role whole, no title before a name
        name, title = title_before_name(name, title, adjective=True)  # a label may lead with `Russian`
    if title and (" " + title.lower()).endswith(words().attribution_ends):
        return None  # `Dr Ana Ruiz, a marine biologist, said: "…"`: a quotation's attribution, not a label
    if title and title.split()[0].lower() in SEGMENT_WORDS and any(ch.isdigit() for ch in title):
        return None  # `Field Notes, Episode 47: The Last Lighthouse Keepers`: a programme's title line, not a speaker
    rest = line[m.end():].strip()
    stamped = bool(paren and TIMESTAMP.fullmatch(paren.group(1).strip())) or bool(TIMESTAMP.fullmatch(rest))  # `Jen Psaki: (00:22)`
    # `Matt: (00:03)`, `Cllr Mbeki-Lowry:`: after a time stamp or a title of office one name will do
    if not _name_shaped(name, title, bracketed=m.re is _BRACKET_LABEL or stamped or name != untitled, rest=rest):
        return _other_label(line)  # `Q - Vous êtes … viennent : Afrique du Sud`: a colon inside a `Q -` question
    role = _role_of(name)
    office = _office(name) if title_in_paren and title == title_in_paren else None
    named = _paren_name(role or "office", HONORIFIC.sub("", title, count=1) if HONORIFIC.match(title) else title) if (role or office) and title else None
    if named:  # `CALLER (BRENDA):`, `Interviewer (Ms. Ana Ruiz):`, `Prime Minister (Dr. Ana Ruiz):`: the one who speaks
        name, title = named, office
    elif role is None and len(name.split()) >= 2 and _role_word(name.split()[0].lower()):
        head, tail = name.split(None, 1)  # `CALLER BRENDA:`, `GUEST ANA RUIZ:`
        if _paren_name(head.lower(), tail):
            name, role = tail, head.lower()
    return Label(line[: m.end()].rstrip(), name, title, role, rest, stamped, "tight" if m.re in (_TIGHT_LABEL, _TIGHT_NAME) else "colon")


def _short_label(name: str, inner: str) -> bool:
    """`… Hishammuddin Hussein (Hisham):`, `Senator Ana Ruiz (SAR):`: the bracket holds the short label (a word of the
    name, or its initials) that marks the speaker's turns below."""
    short = " " not in inner and len(inner) >= 3 and any(t.lower().startswith(inner.lower()) for t in name.split()[-3:])
    return short or initials_of(name.split(), inner)


def _numbered_label(line: str, numbered: re.Match) -> Label | None:
    """`Q101 Chair: Good morning.` (a committee's question number, then the label), `Question 1:` / `Q2:` (the
    outlet numbers its questions): the number is no part of the label, and is kept in what is written."""
    kept = numbered.group(1) if numbered.re is _NUMBERED_ASKING else ""
    label = parse_label(kept + line[numbered.end():])
    if label is not None:
        label.written = line[: numbered.end()] + label.written[len(kept):]
    return label


def _role_word(word: str) -> bool:
    """`Reporter`, `Apresentadora`, `Présentatrice`: a role written before a name in a label (`Repórter João Neto:`),
    in English or a foreign desk's word for the programme's people (styles/furniture.toml)."""
    return word in _ALONE_ROLES or word in words().asking_heads or (word in words().staff_roles and word in words().staff_title_words)



def _oral_question(line: str) -> re.Match | None:
    """`1. ANDREW LITTLE (Leader of the Opposition) to the Prime Minister :`: a parliament's numbered
    oral question; the number and the addressee (`to the …`) stand outside the member's label."""
    m = _ORAL_NUMBER.match(line)
    return m if m and " to the " in line.partition(":")[0] else None


def _role_of(name: str) -> str | None:
    return name.lower() if name.lower() in words().staff_roles | words().guest_roles else None


def _other_label(line: str) -> Label | None:
    """`Q. Is it safe?`, `Q    Thanks, Josh.`, `Mr. LINDER. The meeting will come to order.`,
    `<v Ana Ruiz>Thanks.` (WebVTT)"""
    bracketed = _bracket_speaker(line) or _says_label(line)
    if bracketed is not None:
        return bracketed
    m = _VTT_LABEL.match(line)
    if m and (NAME_CHARS.fullmatch(m.group(1).strip()) or NUMBERED_SPEAKER.fullmatch(m.group(1).strip())):  # `<v Speaker 1>`
        rest = line[m.end():].strip()
        rest = rest[:-4].rstrip() if rest.endswith("</v>") else rest
        return Label(m.group(), m.group(1).strip(), None, None, rest, stamped=True, shape="vtt")
    head, _, stamp = line.rstrip().rpartition(" ")
    # two words at least (`Countdown  3:30` is a listing), or a numbered speaker (`Speaker 1  0:04`)
    named = len(head.split()) >= 2 or NUMBERED_SPEAKER.fullmatch(head.strip())
    media = stamp[:1] in "[(" or stamp.count(":") == 2 or stamp.startswith(("0:", "00:"))  # one space will do: `00:00:20`, not `Pull 14:00`
    if (head.endswith((" ", "\t")) or media) and named and stamp.lstrip("[(")[:1].isdigit() and TIMESTAMP.fullmatch(stamp) and _name_shaped(head.strip(), None):
        return Label(line.rstrip(), head.strip(), None, _role_of(head.strip()), "", stamped=True, shape="stamp")  # `Ana Ruiz  0:04` (a podcast export)
    m = _QA_LABEL.match(line)
    if m:
        qa = next(group for group in m.groups() if group)  # `Q You want …`: a White House record's bare `Q`, one space
        qa = _DATA["qa_marks"].get(qa, "A" if qa == "R" else qa)  # `R -`: the réponse, the guest's answer; `(答)`: the answer
        return Label(line[: m.end()].rstrip(), qa, None, qa.lower(), line[m.end():].strip(), shape="qa")
    m = _HEARING_LABEL.match(line)
    if m and _role_of(m.group(1)):  # `The PRESIDING OFFICER.`: the chair of the record's sitting, by office
        return Label(line[: m.end()].rstrip(), m.group(1), None, _role_of(m.group(1)), line[m.end():].strip(), shape="hearing")
    if m and len(m.group(1).split()) >= 2:
        name, title = title_before_name(m.group(1).partition(" of ")[0], None)  # `Senator CONROY`: the title is no part of the name
        return Label(line[: m.end()].rstrip(), name, title, None, line[m.end():].strip(), shape="hearing")
    return None


def title_before_name(name: str, title: str | None, adjective: bool = False) -> tuple[str, str | None]:
    """`President MARGARET OYELARAN` -> (`MARGARET OYELARAN`, `President`): a title in mixed case
    written before a name in capitals; `SEC. HILLARY CLINTON` -> (`HILLARY CLINTON`, `SEC.`)."""
    tokens = name.split()
    k = int(len(tokens) > 3 and tokens[0].lower() in words().articles)  # `The MINISTER OF WATER`
    if len(tokens) == 3 + k and tokens[k].lower() in words().offices and tokens[k + 1].lower() in words().office_joins:
        return name, title  # `PRESIDENTE DELLA REPUBBLICA`: an office and what it serves, no name in it
    if (
        len(tokens) == 2 and tokens[0].lower() in words().name_titles and tokens[1].lower() not in words().name_titles
        and tokens[1][:1].isupper() and NAME_CHARS.fullmatch(tokens[1]) and not HONORIFIC.match(name + " ")
    ):
        return tokens[1], f"{tokens[0]}, {title}" if title else tokens[0]  # `AMBASSADOR BIRX`: a title and a surname
    if office_and_surname(tokens):  # `PCO USEC. CASTRO`, `Prime Minister Trudeau`: an office, then the surname
        head = " ".join(tokens[:-1])
        return tokens[-1], f"{head}, {title}" if title else head
    titled = [k for k in range(len(tokens) - 2) if tokens[k].lower() in words().name_titles]
    lead = 0
    # `CHIEF FIRE OFFICER JAN VAN DER BERG`, `Russian President Dmitry Medvedev`: the title runs to its last title word
    # `Malaysian Foreign Minister …`: a country's adjective and the office's own word before the title word
    if titled and titled[0] <= 2 * int(adjective) and all(t[:1].isupper() and not gender_of_first(t.lower()) for t in tokens[:titled[0]]):
        lead = titled[-1] + 1
        if lead < len(tokens) - 3 and tokens[lead].lower() == "of":
            lead += 2  # `PRESIDENT OF RUSSIA VLADIMIR PUTIN`: the title's country goes with it
    if lead and (given := first_name_after(tokens, lead)):
        lead = given  # `Prezydent Rzeczypospolitej Polskiej Andrzej Duda`: the office's country runs to the given name
    if len(tokens) - lead >= 2 and lead and tokens[lead].lower() not in words().name_titles:
        head = " ".join(tokens[:lead])
        return " ".join(tokens[lead:]), f"{head}, {title}" if title else head
    k = 0
    while k < len(tokens) and not tokens[k].isupper():
        k += 1
    if HONORIFIC.match(name + " ") and k == 1:
        return name, title  # `Mr. LINDQVIST`: an honorific, not a title
    given = [t.lower().strip(".,") for t in tokens[:k]]
    if 0 < k <= 2 and k < len(tokens) and not any(t in words().name_titles or t in words().styles or t == "the" or _role_word(t) for t in given):
        return name, title  # `Lucie FERRAND-HOLT`: the French desk's given name, then the surname in capitals (no title word)
    if 0 < k < len(tokens) and all(t.isupper() for t in tokens[k:]) and all(t[:1].isupper() for t in tokens[:k]):
        lead = " ".join(tokens[:k])
        return " ".join(tokens[k:]), f"{lead}, {title}" if title else lead
    return name, title


def _name_shaped(name: str, title: str | None, bracketed: bool = False, rest: str = "") -> bool:
    low = name.lower()
    if NUMBERED_SPEAKER.fullmatch(name):
        return True  # `Speaker 1 (00:02):` in a machine transcript
    if not name or low in words().not_speakers or not NAME_CHARS.fullmatch(name):
        return False
    if is_outlet(name) and (low in words().outlets or all(t[:1].isupper() for t in name.split())):
        return True  # `euronews:` asks the questions
    if low in words().staff_roles or low in words().guest_roles or (low in words().questioners and len(low) > 1):  # `Pregunta:`, `Domanda:`
        return name[:1].isupper() or low in _ALONE_ROLES  # `host:` in copy typed in lower case; never `a:` or `note:`
    if low in words().chairs:
        return name[:1].isupper()  # `Chair:` / `CHAIR:` in a committee's record
    tokens = name.split()
    if low in words().offices or (len(tokens) == 2 and tokens[0].lower() in words().articles and tokens[1].lower() in words().offices):
        return name[:1].isupper() and not rest[:1].islower()  # `El presidente:` (`Il ministro: la scuola …` is a headline)
    # a name is up to five words, its particles not counted (`JOSÉ ANTONIO RUIZ DE LA FUENTE`)
    if len([t for t in tokens if t.lower() not in name_data().particles]) > 5 or (title and len(title.split()) > 14):
        return False
    if HONORIFIC.match(name + " ") and len(tokens) >= 2:
        return True  # `Mr. Ellery`, `Dr. ANA RUIZ`
    if name.isupper():
        return any(c.isalpha() for c in name)
    return (2 - bracketed) <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens)  # `Jane Doe:`, `[Camerota:]`


def _office(label: str) -> str | None:
    """`PM`, `Prime Minister` (an office label, styles/furniture.toml), or any office whose last word is a
    title (`External Affairs Minister`, `Official Spokesperson`): the office a bracketed holder's label names."""
    known = words().offices.get(label.lower())
    return known or (label if label.split() and label.split()[-1].lower().rstrip(".") in words().name_titles else None)


def _paren_name(role: str, inner: str) -> str | None:
    """`BRENDA` in `CALLER (BRENDA):` or `Caller (Walt in Salina):`, `Ana Ruiz` in `GUEST (Ana Ruiz):`:
    a name, not a title (`GUEST (Economist)`): a caller's first name, a full name, or a known given name."""
    name = re.split(r",| in | from ", inner, maxsplit=1)[0].strip()  # `Walt in Salina`, `Brenda, Bilston`
    tokens = name.split()
    if not 1 <= len(tokens) <= 4 or not name_alone(name, mixed=True, single=True):
        return None
    if any(t.lower() in words().name_titles or t.lower() in words().staff_title_words for t in tokens):
        return None
    return name if role in ("caller", "listener", "viewer") or role in words().asking_heads or len(tokens) >= 2 or gender_of_first(tokens[0]) is not None else None


def alone_label(line: str, mixed: bool = False) -> Label | None:
    """A speaker written alone on a line above the turn: `MARIA LOPEZ`, `TAMATI REWETI, HOUSING
    MINISTER` (a title after the comma), or a role word (`INTERVIEWER`, `Host`)."""
    low = line.lower()
    if low in _ALONE_ROLES and (line.isupper() or line.istitle()):
        return Label(line, line, None, low, "")
    if " Portrait " in line:  # `John Spellar Portrait Mr John Spellar (Warley) (Lab)`: the caption names the member
        return _portrait_line(line)
    if line.startswith("Photo of "):
        return _photo_label(line)
    if line.endswith(")"):
        return member_label(line)
    dash = next((d for d in (" – ", " — ") if d in line and "," not in line.partition(d)[0]), "")
    head, comma, title = (part.strip() for part in line.partition(dash or ","))  # `JON JOHANSSON – Political Analyst`
    # a title in ordinary case may start small under a name in ordinary case (`Rui Magalhães, owner, Conservas Atlântico`)
    small = mixed and not head.isupper() and title[:1].islower() and title.split()[0] not in _NOT_TITLE_STARTS if title else False
    if dash and any(ch.isdigit() for ch in title):
        return None  # `WORLD DESK — Friday 27 November 2026`: a programme's date line, not a speaker's title
    longest = 20 if head.isupper() and title.isupper() else 8  # `ERIC WOERTH, DÉPUTÉ-MAIRE … – ANCIEN MINISTRE … - EXTRAIT …`: a clip's caption
    if comma and (not title or len(title.split()) > longest or not (title[:1].isupper() or small) or title.endswith((".", "?", "!", ":"))):
        return None
    captioned = bool(comma) and head.isupper() and title.isupper() and len(title.split()) >= 3  # `HEDI, TOUCHE PAR UN TIR …`: a first name and its caption
    if not name_alone(head, mixed, single=captioned) or (comma and not dash and title.isupper() != head.isupper()):  # a dash may set a title in ordinary case
        return None
    name, title = title_before_name(head, title or None)
    return Label(line, name, title, None, "")


# A member of a parliament alone on a line: `Mr. David Wilshire (Spelthorne)`, `Mr John Spellar (Warley) (Lab)`.
_MEMBER = re.compile(r"([^()]+) \(([^()]{2,60})\)(?: \(([^()]{1,20})\))?")


def member_label(line: str) -> Label | None:
    """A parliamentary record's member above the speech: honorific, name, the constituency (and
    party) in brackets. The constituency is the member's title, never part of the name."""
    found = _MEMBER.fullmatch(line)
    if not found or not HONORIFIC.match(found[1] + " ") or not name_alone(found[1], mixed=True):
        return None
    return Label(line, found[1], ", ".join(p for p in (found[2], found[3]) if p), None, "")


def _portrait_line(line: str) -> Label | None:
    """`John Spellar Portrait Mr John Spellar (Warley) (Lab)`: the member the caption names. The words
    before `Portrait` are the member's name; a caption that is an office (`Mr Speaker`, `The Prime
    Minister (Boris Johnson)`) is then the title, never the name."""
    before, _, caption = (part.strip() for part in line.partition(" Portrait "))
    member = portrait_label(caption)
    if member is not None and before.lower() in member.name.lower():
        return Label(line, member.name, member.title, None, "")
    if not name_alone(before, mixed=True):
        return Label(line, member.name, member.title, None, "") if member else None
    office = caption.replace(f"({before})", "").strip()
    office = HONORIFIC.sub("", office + " ", count=1).strip() if HONORIFIC.match(office + " ") else office
    return Label(line, before, office or None, None, "")


def _photo_label(line: str) -> Label | None:
    """`Photo of Bob McMullanBob McMullan (Fraser, Australian Labor Party) Share this | | Hansard source`:
    a parliament site's speaker line, the photo's alt text run into the member's name and seat."""
    body = line.removeprefix("Photo of ").partition(" Share this")[0].strip()
    doubled, _, seat = body.partition(" (")
    half = len(doubled) // 2
    if not seat.endswith(")") or doubled[:half] != doubled[half:] or not name_alone(doubled[:half], mixed=True):
        return None
    return Label(line, doubled[:half], seat[:-1].strip(), None, "")


def portrait_label(caption: str) -> Label | None:
    """The member under a parliament page's portrait: `Mr John Spellar (Warley) (Lab)`, `Mr Lansley`,
    or an office with the member in brackets (`The Leader of the House of Commons (Mr Andrew Lansley)`)."""
    found = _MEMBER.fullmatch(caption)
    if found and not found[3] and HONORIFIC.match(found[2] + " ") and name_alone(found[2], mixed=True):
        return Label(caption, found[2], found[1], None, "")
    if HONORIFIC.match(caption + " ") and name_alone(caption, mixed=True) and len(caption.split()) >= 2:
        return Label(caption, caption, None, None, "")
    return member_label(caption)


_NOT_TITLE_STARTS = frozenset(_DATA["not_title_starts"])  # `Ana Ruiz, who …` (styles/furniture.toml)


def name_alone(line: str, mixed: bool = False, single: bool = False) -> bool:
    """`MARIA LOPEZ` on its own line: two to four words in capitals, nothing else (`mixed`:
    `Maria Lopez` in ordinary case will do)."""
    tokens = line.split()
    if not ((2 - single) <= len(tokens) <= 4 and NAME_CHARS.fullmatch(line) and line.lower() not in words().not_speakers):
        return False
    return line.isupper() or (mixed and all(t[:1].isupper() for t in tokens) and not line.endswith("."))


def is_notice(line: str) -> bool:
    """`— -- This is a rush transcript`, `No comments:`; a web address alone on its line (the page's source); a sponsor
    credit (`Support for this podcast comes from …`, `Support for WPR comes from …`); a note that a machine made the
    text (`AI-generated text, not a transcript`)."""
    low = line.strip().lstrip("—–-* ").lower()
    machine = low.startswith(words().machine_text_starts) and ("transcript" in low or " text" in low)
    return low.startswith(words().notice_starts) or machine or bool(_STATION_SPONSOR.match(line.strip())) or (
        low.startswith(("http://", "https://", "www.")) and " " not in low)


# `Support for WPR comes from …`, `Support for KQED and WNYC comes from …`: a station's sponsor credit (call letters in capitals)
_STATION_SPONSOR = re.compile(r"Support for [A-Z][A-Z0-9&]{1,5}(?: (?:and|&) [A-Z][A-Z0-9&]{1,5})? comes from\b")


def lead_cue(line: str) -> str:
    """A time stamp or a bracketed cue opening a line that then carries a label (`[00:12] ANA RUIZ: …`; "" if none)."""
    m = TIMESTAMP.match(line) or INLINE_CUE.match(line)
    if not m or m.end() >= len(line) or line[m.end()] != " " or not is_cue_line(m.group()):
        return ""
    return m.group() if parse_label(line[m.end():].lstrip()) else ""


def is_cue_line(line: str) -> bool:
    """A whole line in brackets or parentheses, or a bare timestamp; never a speaker in brackets (`[Reporter]`)."""
    if stamp_line(line) or line.lower().lstrip("[(").startswith(words().record_notes):
        return True  # `The House met at 14:03.`: the record's own note
    body = line[:-1] if line.endswith((").", "].")) else line  # `(Interruptions).`: the record's full stop after the bracket; a chair's note runs to two lines
    return body[:1] in "[(" and body[-1:] in "])" and len(body) <= 300 and not any(c in body[1:-1] for c in "[]()") and _bracket_speaker(line) is None


# `[Yoon Suk Yeol / President]`, `[Reporter]`: a broadcaster's transcript sets its speaker alone on a line in square brackets
_BRACKET_SPEAKER = re.compile(r"\[([^\[\]/\n]{2,60})(?:[ ]?/[ ]?([^\[\]/\n]{1,60}))?\]")


# `Nam says MUNICIPALITIES ACROSS ONTARIO …`: a described-video transcript names the speaker, a verb, then the words in capitals
_SAYS_LABEL = re.compile(r"([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}) (?:says|continues|asks|replies|answers|adds)[ ](?=\S)")


def _says_label(line: str) -> Label | None:
    m = _SAYS_LABEL.match(line)
    rest = line[m.end():].strip() if m else ""
    return Label(line[: m.end()].rstrip(), m.group(1), None, None, rest, shape="says") if rest.isupper() else None


def _bracket_speaker(line: str) -> Label | None:
    """A name and a title after a slash, or a role word alone (`[Reporter]`), in square brackets: the speaker of the
    lines below (a name alone in brackets may be a cue, `[Crowd Cheering]`; with its title it is a speaker)."""
    m = _BRACKET_SPEAKER.fullmatch(line.strip())
    if not m:
        return None
    name, title = m.group(1).strip(), (m.group(2) or "").strip() or None
    role = _role_of(name)
    if (title and name_alone(name, mixed=True) and not name.lower().startswith(words().cue_starts)) or (role and not title):
        return Label(line.strip(), name, title, role, "", shape="bracket")
    return None



# --- the reader -----------------------------------------------------------------------------
