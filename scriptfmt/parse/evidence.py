"""Is this copy a transcript? (`looks_like_transcript`): several speaker-label lines (two when one
is a role, a title or Q/A), or one with a transcript notice or a cast list; a caption file's timing
lines, time stamps alone on a line or `>>` turn marks; or names alone on a line above their turns
(`alone_names`), a parliament's members above their speeches. parse/transcript.py then reads it."""

from __future__ import annotations

import re

from scriptfmt.parse import captions
from scriptfmt.parse.briefing import briefing_header, only_questions
from scriptfmt.parse.castlabels import office_label, staff_title
from scriptfmt.parse.surnames import addressed_labels, given_labels, label_surnames, surname_label
from scriptfmt.parse.labels import (
    HONORIFIC, NAME_CHARS, NUMBERED_SPEAKER, Label, alone_label, is_cue_line, glued_stamp, is_notice, is_timing_line, member_label, names_a_speaker, parse_label, stamp_line,
    strip_timestamp, words,
)
from scriptfmt.parse.furniture import is_byline, wire_words
from scriptfmt.parse.names import name_data
from scriptfmt.parse.pagelines import ANY_ADDRESS
from scriptfmt.parse.initials import first_name_heads, head_label, initials_key, qa_head
from scriptfmt.parse.stamps import clock_before_colon
from scriptfmt.parse.numbered import numbered_voice
from scriptfmt.parse.ownlabels import alternating_voice, asking_label, described_voices, dialogue_labels, held_office
from scriptfmt.parse.remarks import heard
from scriptfmt.parse.standfirst import interview_words
from scriptfmt.parse.runins import run_in_labels, run_in_split
from scriptfmt.parse.turns import announces, hands_over, join_wrapped_labels, prose
from scriptfmt.parse.records import member_turns, record_header

__all__ = ["alone_names", "evidence", "looks_like_transcript", "outranks_script"]


def looks_like_transcript(lines: list[str], metadata: dict) -> bool:
    """Several speaker-label lines (two when one is a role, a title or Q/A), or one with a
    transcript notice or a cast list; or three names alone on a line, each above a turn."""
    joined = join_wrapped_labels(lines)
    if initials_key(lines):  # `CL    Hello and welcome …` / `TAG    Thank you.`: turns marked by the initials of names the copy gives
        return True
    run_in = run_in_labels(joined)
    if len(run_in) >= 2:  # `… reports. Nicholas Jones: The …`, `…? John Maples: Well, …`: turns run together
        return True
    voice = heard(lines, metadata).voice  # a briefing's header, or the title of one person's remarks (parse/remarks.py)
    if voice is not None and voice.announced and only_questions(lines[voice.line + 1 :]):  # a field above the header's last line (`ARCHIEF: …`) is the page's
        return True  # `… transcript of today's noon briefing by Stéphane Dujarric, Spokesman …`: one voice, labelled nowhere
    return evidence(run_in_split(joined, run_in), metadata) != ""


def outranks_script(lines: list[str], metadata: dict) -> bool:
    """A transcript that also carries a script's cue lines (`(SOUNDBITE OF MUSIC)`): read as a
    transcript when a label titles the programme's own people (`NOAH BRANDT, HOST:`)."""
    labels = [label for raw in lines if (label := parse_label(strip_timestamp(raw.strip()))) is not None]
    titled = any(staff_title(label.title) for label in labels)
    # `LOCUTORA:` / `ANIMATRICE :` asks and `JUAN PÉREZ, ALCALDE DE SEVILLA:` answers, turn after turn: a host by role and
    # a guest by full name are a programme's transcript; a co-anchor script switches between its own readers only
    # the guest is a person (a first name and a surname, `STORY NUMBER:` is a field), the host a role of the
    # programme's people that is no script's tape word (`VO`)
    names = [label.name.lower() for label in labels if not label.role and _person_label(label.name) and not staff_title(label.title)]
    host = any(label.role in words().staff_roles and label.role in words().staff_title_words for label in labels)
    hosted = host and len(set(names)) < len(names) and not metadata.get("field_keys")  # a name on two labels; a cut sheet's `DATELINE:` fields
    return ((titled or hosted) and evidence(lines, metadata) == "labels") or bool(initials_key(lines))


def _person_label(name: str) -> bool:
    """A label that names a person: a known first name and a surname, a given name and a surname in
    capitals (`Ana PÉREZ`), or two or more words of letters all in capitals (`CONCEIÇÃO RAMALHO`)
    that are no header field (`STORY NUMBER`, `AIR DATE`) and no role word."""
    tokens = name.split()
    if names_a_speaker(name) or (len(tokens) >= 2 and tokens[0].istitle() and tokens[-1].isupper()):
        return True
    letters = all(token.replace("-", "").replace("'", "").replace("’", "").isalpha() for token in tokens)
    field = name.lower() in wire_words().header_keys or any(token.lower() in words().field_words for token in tokens)
    return len(tokens) >= 2 and name.isupper() and letters and not field and not any(token.lower() in words().staff_roles for token in tokens)


def alone_names(lines: list[str]) -> set[str]:
    """Speakers alone on a line above a turn (`MARIA LOPEZ`, `TAMATI REWETI, HOUSING MINISTER`,
    `INTERVIEWER`): in capitals, or in ordinary case when the name comes back (a speaker speaks
    twice; a subhead does not repeat). The copy's first line, written once and named nowhere
    else, is the programme's title (`CAPITAL AFFAIRS`): the one who opens a programme speaks again."""
    seen: dict[str, int] = {}
    for n, raw in enumerate(lines[:-1]):
        line, below = raw.strip(), lines[n + 1].strip()
        if len(below) >= 3 and not below.strip("-_=—–") and n + 2 < len(lines):
            below = lines[n + 2].strip()  # `Zita SENKOVÁ, moderátorka` / `--------------------` / the turn: a rule under the speaker
        if (not below or is_notice(below)) and line[:1].isupper() and (_member_line(line) or HONORIFIC.match(line)):
            # a parliament's record sets the member apart; a parliament page puts its `- Hansard -` links between
            below = next((r.strip() for r in lines[n + 1:] if r.strip() and not is_notice(r.strip())), "")
            if _member_line(line) and below and not parse_label(below) and not alone_label(below, mixed=True):
                seen[line] = seen.get(line, 0) + 1  # `I beg to move,`: a member's speech may open short
                continue
        if is_cue_line(below) and below[:1] == "(" and n + 2 < len(lines) and not below[1:-1].lower().startswith(words().cue_starts):
            below = lines[n + 2].strip()  # `JOANA TEIXEIRA-MALU` / `(President, Lisbon Dockworkers' Union)` / the turn
        if _turn_below(below) and (numbered_voice(line) or alone_label(line, mixed=True) or held_office(line)):
            seen[line] = seen.get(line, 0) + 1
    if any(_member_line(name) for name in seen):  # a parliament's record: its members, each above the speech
        return {name for name in seen if _member_line(name) or HONORIFIC.match(name)}
    if any(numbered_voice(name) for name in seen):  # `Reporter, Female #2`: the programme numbers every voice it has
        return {name for name in seen if numbered_voice(name)}
    # a name comes back, or a role word alone (`Operator` of an earnings call) stands above a turn as the names do
    again = any(count >= 2 for name, count in seen.items() if not name.isupper()) or any(_role_alone(name) for name in seen)
    first = next((raw.strip() for raw in lines if raw.strip()), "")
    label = alone_label(first, mixed=True) if seen.get(first) == 1 else None
    if label and not label.role and not label.title and not _named_below(first, lines):
        del seen[first]
    found = {name for name in seen if name.isupper() or again or _caps_name_dash_title(name)} | _surnames_alone(lines) | dialogue_labels(lines)
    return found | alternating_voice(lines, {name for name in found if seen.get(name, 0) >= 2}, _turn_below)


def _role_alone(line: str) -> bool:
    """`Operator`, `HOST`: a role word alone on its line."""
    label = alone_label(line, mixed=True)
    return label is not None and label.role is not None


def _surnames_alone(lines: list[str]) -> set[str]:
    """`Solheim-Berg` alone on a line above two answers or more, the surname of `Ingrid Solheim-Berg` whom the
    copy introduces: a print interview's speaker by surname."""
    counts: dict[str, int] = {}
    for n, raw in enumerate(lines[:-1]):
        line = raw.strip()
        if line[:1].isupper() and len(line.split()) == 1 and line.replace("-", "").replace("'", "").isalpha() and _turn_below(lines[n + 1].strip()):
            counts[line] = counts.get(line, 0) + 1
    text = " ".join(lines)
    return {name for name, count in counts.items() if count >= 2 and re.search(rf"[A-Z][a-z]+ {re.escape(name)}\b", text)}


def _caps_name_dash_title(line: str) -> bool:
    """`JON JOHANSSON – Political Analyst`: a name in capitals, a dash, its title in ordinary case."""
    label = alone_label(line, mixed=True)
    return label is not None and label.name.isupper() and (" – " in line or " — " in line)


def _member_line(line: str) -> bool:
    """`Mr. David Wilshire (Spelthorne)`, `John Spellar Portrait Mr John Spellar (Warley) (Lab)`, `Photo of
    Bob McMullanBob McMullan (Fraser, …) Share this`: a member of a parliament."""
    pictured = " Portrait " in line or line.startswith("Photo of ")  # a parliament site's portrait above the speech
    return bool(member_label(line) or (pictured and alone_label(line, mixed=True)))


def _turn_follows(lines: list[str], n: int) -> bool:
    """A podcast export's `Name  0:04` line stands directly above the words of its turn."""
    below = lines[n + 1].strip() if n + 1 < len(lines) else ""
    return bool(below) and (parse_label(below) or Label("", "", None, None, "")).shape != "stamp"


def _turn_below(line: str) -> bool:
    """The line under a speaker alone on a line opens their turn: a sentence, or the start of one
    (not `Segment: Housing` or `Episode 7: The Library That Stayed Open`, a heading; not a notice,
    a label or a line in capitals)."""
    if not line or line.isupper() or parse_label(line) or is_notice(line):
        return False
    if not prose(line) and alone_label(line.partition(",")[0].strip(), mixed=True):
        return False  # `Guest` / `Barnaby Okwuosa, head librarian, …`: a cast list's entry, not a turn
    heading = all(w[:1].isupper() for w in line.split() if w[:1].isalpha())
    return prose(line) or (len(line.split()) >= 5 and not heading)


def _named_below(name: str, lines: list[str]) -> bool:
    """The copy names this person after the first line (`Renters' advocate Hana Kowalczyk says`)."""
    low = " ".join(name.lower().split())
    return any(low in " ".join(raw.lower().split()) for raw in lines[1:] if raw.strip() != name)


def evidence(lines: list[str], metadata: dict) -> str:
    """"labels", "alone" (names alone on a line) or "" (not a transcript)."""
    labels, strong, notice, sure, staffed, proven = 0, 0, False, False, False, False
    names: dict[str, int] = {}
    (surnames, given), (staffed, again, _) = (label_surnames(lines), given_labels(lines) | addressed_labels(lines)), described_voices(lines)
    header = briefing_header(lines).lower()  # the briefing's own title line (`CONFERENCIA DE PRENSA DEL JEFE DE GABINETE …`)
    first = next((raw.strip() for raw in lines if raw.strip()), "")
    heads = first_name_heads(lines)  # `PAUL Time to welcome …`: a presenter's first name heading his paragraphs
    for n, raw in enumerate(lines):
        line = strip_timestamp(raw.strip())
        if not line:
            continue
        notice = notice or is_notice(line) or is_timing_line(line) or line == "WEBVTT" or announces(line) or hands_over(line) or _being_text(line) or record_header(line)
        label = parse_label(line) or surname_label(line, surnames) or head_label(line, heads) or asking_label(line, staffed=staffed, again=again) or qa_head(line)  # `Member of the Media: …?`, `Q 記者`
        if label and _no_turn(label, lines, n, raw.strip() == first):
            label = None
        if label and (label.rest or n + 1 < len(lines)):
            labels += 1
            key = surnames.get(label.name.lower(), label.name.lower())  # `Weber:` is `Florian Weber:` again
            names[key] = names.get(key, 0) + 1
            stamped = label.stamped or line != raw.strip()  # `[00:00:02] Odile Fairbanks:`
            caps = label.name.split(None, 1)[-1].isupper() if HONORIFIC.match(label.name + " ") else label.name.isupper()  # `Dr. ANA RUIZ`
            strong += bool(label.role or label.title or caps or stamped or _own_shape(label) or _office_turn(label))
            sure = sure or _sure(label, caps and label.name.lower() in header and not _placed(label.name.lower(), header)) or label.written[:1] == "#"  # `#### Name:`: a heading set apart for the speaker
            staffed = staffed or staff_title(label.title)  # `Jornalista Ana Lima (Rádio X):`: the programme's own, titled
            # the press asks (`Member of the Media:`); a one-word label proven a speaker (`Tom:` under `… talks to Tom Hale`)
            proven = proven or label.role == "press" or label.name.lower() in given or (label.written in heads and " " in label.name)  # `SARAH KHAN Good evening …`
    if sum(1 for raw in lines if is_timing_line(raw.strip())) >= 2 or captions.clock_stream(lines):
        return "labels"  # an SRT or WebVTT file's timing lines (`<v Speaker 1>` alone), an archive's caption stream (`4:10 pm` between rows): a transcript, labelled or not
    if captions.caption_marks(lines) >= 3:  # `>> GOOD EVENING. >> THANK YOU.`: a caption transcript's turns
        notice = True
        if labels == 0:
            return "labels"
    stamps = sum(1 for raw in lines if stamp_line(raw.strip()))
    stamped = stamps >= 3 or (stamps >= 2 and notice)  # `(00:24):` alone on its line: a machine transcript's time stamps
    notice = notice or stamped
    glued = sum(1 for raw in lines if glued_stamp(raw.strip()))
    notice = notice or glued >= 3  # `00:12I think …` lines: a caption export, its time stamps run into the words
    if glued >= 3 and glued >= 3 * labels:  # none labels its turns (a page's `Episode Date:` field is no speaker's)
        return "labels"
    alone_set = alone_names(lines)
    alone = sum(1 for raw in lines if raw.strip() in alone_set)
    cast = any(k in words().cast_keys for k in metadata)
    members = alone >= 2 and any(_member_line(name) for name in alone_set)
    if heads and alone >= 2 and labels >= 2:  # the presenter by first name, the guests alone on a line above their answers
        return "alone"
    if (alone >= 3 or members or (alone >= 2 and any(_role_alone(name) for name in alone_set))) and alone > labels:  # a cast list (`HOST: TESSA MORLAND`) above names alone on a line
        return "alone"
    if labels >= 3 and strong >= 2 and len(names) >= 2:
        return "labels"
    if labels >= 4 and sum(count >= 2 for count in names.values()) >= 2:  # `Ana Ruiz:` / `Ben Ode:` turn and turn about
        return "labels"
    roles = words().staff_roles | words().guest_roles | interview_words()["asking_labels"]  # `PREGUNTA:` asks at a briefing
    if labels >= 2 and strong >= 2 and len(names) >= 2 and (notice or cast or staffed or any(n in roles for n in names)):
        return "labels"
    if labels >= 2 and len(names) >= 2 and (notice or proven or _titled_alone(lines) >= 2):  # `Note: … rough transcript.` over `Ana Ruiz:`; `Question d'un journaliste : …?`
        return "labels"
    if labels >= 1 and strong >= 1 and (notice or cast or sure) or member_turns(lines):  # `Mr. BILL MOYERS (Author):`; `Ms. NAME:` under `The House met at 1330.`
        return "labels"
    return "alone" if _alone_turns(alone, alone_set) else "labels" if stamped and labels == 0 else ""  # stamps and no labels: the hosts' own talk


def _alone_turns(alone: int, alone_set: set[str]) -> bool:
    """Names alone above three turns, or two and more where they are labels alone with a colon (`Wartawan:` /
    `Presiden Republik Indonesia:`, found by alone_names through parse/ownlabels.py)."""
    return alone >= 3 or (alone >= 2 and any(name.endswith(":") for name in alone_set))


def _titled_alone(lines: list[str]) -> int:
    """Labels of a titled name alone on their line above the speech (`President of Russia Vladimir Putin:`)."""
    return sum(1 for raw in lines if raw.rstrip().endswith(":") and (label := parse_label(raw.strip())) is not None and not label.rest and label.title)


def _no_turn(label: Label, lines: list[str], n: int, opens_copy: bool) -> bool:
    """A label's shape on a line that opens no turn."""
    if label.shape == "stamp" and not _turn_follows(lines, n):
        return True  # `Tractor Pull  14:00` above another such line: a listing, not a speaker
    if _quoted_turn(label.rest) and not label.name.isupper() and not label.role:
        return True  # `Hamid Grine, ministre : « … » (El Watan)`: a roundup of quotations, not a turn (`HALVORSEN: "…"` is one)
    if _page_field(label, lines[n]):
        return True
    # `MQM-P, GDA fully behind PTI in Senate polls: Amin ul Haq`: a headline credited to who said it
    return not label.role and opens_copy and _credit_name(label.rest)


_FIELD_WORDS = 12


def _page_field(label: Label, line: str) -> bool:
    """A web page's field row, not a speaker's turn: a byline (`Posted By: CNN Wire`), a value with no
    word in it (`Feels Like: 22°`, `Hi: 33°`), a link that names its own section (`CLOSINGS: View Closings`)."""
    if label.role or label.title or label.rest is None:
        return False
    rest = label.rest.strip()
    valued = rest.strip("0123456789:.,()[] ") != ""  # `00:11` after a name is a machine transcript's time stamp, `22°` a value
    if is_byline(line) or (valued and not any(len(w) > 1 and w.isalpha() for w in re.split(r"[^\w]+", rest))):
        return True
    if ANY_ADDRESS.search(rest) and len(rest.split()) <= _FIELD_WORDS:
        return True  # `From: The Anadolu Agency Home Page at <http://…>`, `Source: www.example.com`: a field naming a page
    said = [w for w in re.split(r"[^\w]+", rest.lower()) if w]
    own = label.name.lower().split()
    return len(own) == 1 and len(own[0]) >= 4 and 0 < len(said) <= 4 and own[0] in said and not rest.endswith((".", "!", "?"))


def _placed(name: str, header: str) -> bool:
    """`… a news conference … in Islamabad on Saturday` above `ISLAMABAD: The opposition …`: the header writes the
    word as a place (after `in`, `at`, `from`), so the word in capitals opening a paragraph is a dateline, no speaker."""
    return bool(re.search(rf"\b(?:in|at|from|near|en|à) {re.escape(name)}\b", header))


def _credit_name(rest: str | None) -> bool:
    """`Amin ul Haq`, `Jane Doe`: a person's name alone after a headline's colon, the credit of the
    headline's own words (never a label over the story below)."""
    tokens = (rest or "").split()
    particles = name_data().particles
    return (
        2 <= len(tokens) <= 5 and NAME_CHARS.fullmatch(rest or "") is not None and tokens[0][:1].isupper() and tokens[-1][:1].isupper()
        and all(t[:1].isupper() or t.lower() in particles for t in tokens)
    )


def _being_text(line: str) -> bool:
    """`Being transcript of a virtual press briefing by …`, `Being the full text of …`: a desk's standfirst
    that says the copy below is the record itself."""
    return line.lower().startswith(_BEING)


_BEING = tuple(f"being {a}{b} of " for a in ("", "the ", "a ", "the full ") for b in ("transcript", "text"))


def _sure(label: Label, in_header: bool) -> bool:
    """One label that is a transcript's own shape proves the copy is one."""
    paren = "(" in label.written  # `Mr. BILL MOYERS (Author):`
    return (
        _own_shape(label) or in_header or _office_turn(label)  # `CAPITANICH.-` under `CONFERENCIA DE PRENSA DEL JEFE DE GABINETE JORGE M. CAPITANICH`
        or (label.title is not None and paren and label.shape == "colon" and bool(HONORIFIC.match(label.name + " ")))
        or (paren and bool(label.title) and label.written.startswith(label.title or "-"))  # `Official Spokesperson (Shri …):`
        or (label.stamped and label.shape == "colon" and stamp_line(label.rest))  # `Fadela Chaib: (03:04)`, the turn below
    )


def _office_turn(label: Label) -> bool:
    """`The Vice President: Good afternoon.`, `THE PRESIDENT: Thank you all.`: an office as a label, its words a sentence,
    is how a government's transcript labels its principal (a fact box's `President: Joe Biden` is no sentence)."""
    rest = (label.rest or "").strip()
    return office_label(label.name) is not None and len(rest.split()) >= 2 and rest.endswith((".", "!", "?"))


def _own_shape(label: Label) -> bool:
    """A transcript's own label: `Mr. LINDER.` (a hearing), `Pregunta.-` (a Spanish government's), `spk00:` (a machine's number)."""
    return label.shape in ("hearing", "dash") or bool(NUMBERED_SPEAKER.match(label.written)) or bool(clock_before_colon(label.written))  # `Name (Party) [10:01:01]:`


def _quoted_turn(rest: str | None) -> bool:
    """The words after the label are one quotation in its marks (`: « … » (Le Soir)`): behind a
    name in ordinary case, a roundup of who-said-what leading in with a colon, not a transcript's turn."""
    text = (rest or "").strip()
    return text[:1] in "«„“\"" and any(mark in text[1:] for mark in "»“”\"")
