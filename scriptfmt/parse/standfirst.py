"""Who a printed interview is with: the person its headline, standfirst or first paragraph
introduces (`Conductor Ilse Vanhoutte on her first season …`, `Ilse Vanhoutte, 44, took over …`),
and who asks its questions (`askers`).

The outlet's own people are never the guest: a name after the outlet's possessive (`CNN's Becky
Anderson`, `NHK's Washington Bureau Chief Masayoshi Tanaka`) or after `our`, a byline's writer, a
name with a staff title (`correspondent`, `editor`), one who introduces themselves (`I'm …`).
A longer run that ends in a name found on its own (`Conductor Ilse Vanhoutte` / `Ilse Vanhoutte`)
is that name. None when the copy names nobody else.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from scriptfmt.parse.cast import Cast, Person
from scriptfmt.parse.castlabels import staff_title, written_honorific
from scriptfmt.parse.labels import HONORIFIC, Label, glued_stamp, is_outlet, parse_label, strip_timestamp, words
from scriptfmt.parse.guestname import fit_name, pictured, quoted_only
from scriptfmt.parse.holder import asks_holder, holders, is_post, series_heading, spoke_in
from scriptfmt.parse.languages import every_verb
from scriptfmt.parse.names import gender_of_first, name_data
from scriptfmt.parse.pagekind import announces_interview
from scriptfmt.parse.pagelines import CRUMB_SEPARATOR, is_breadcrumb, is_credit_line
from scriptfmt.parse.qaquotes import left_open
from scriptfmt.parse.standfirstoffice import office_guest
from scriptfmt.parse.standfirstnotes import closing_credit, hands_over, page_note
from scriptfmt.parse.qawords import greeting_name, interview_words, publication_before, said_about, says
from scriptfmt.parse.furniture import is_byline
from scriptfmt.parse.quotes import dash_reported, find_quotes
from scriptfmt.parse.punctuation import ASKING_MARKS

__all__ = ["addressed", "answerer", "answering_word", "askers", "bare_line", "exchange", "hands_over", "put_unlabelled", "closing_credit", "speaks_of", "greeted", "guest", "interview_words", "intro_guest", "names_person", "outside_quotations", "page_note", "reported", "series_heading"]

_YOU = re.compile(r"\b(?:you|your)\b", re.I)
_OUTLET_BEFORE = re.compile(r"(?:['’]s|s['’]|\bour)(?:[ ][\w.&-]+){0,5}[ ]$")  # `CNN's Becky Anderson`, `ABC News' Jim Sciutto`, `our arts editor`


def bare_line(raw: str) -> str:
    """The line's words without a caption's time stamp (`00:12I think` -> `I think`)."""
    line = raw.strip()
    stamp = glued_stamp(line)
    return line[len(stamp):].strip() if stamp else strip_timestamp(line)


def guest(lines: list[str], whole: list[str] | None = None) -> str | None:
    """The one guest the top of the copy names in a desk's form (parse/holder.py: `Interview with
    Minister Ana Ruiz`, `Ana Ruiz’s interview with NBC`); nobody when it names two so; else the first
    person `lines` introduce who is not the outlet's own. Every name goes through one cutter
    (parse/guestname.py: never a verb, a cut word or a role); `whole`, the piece, completes a cut name."""
    named = holders(lines)
    if named:
        return fit_name(written_honorific(named[0]), lines, whole) if len(named) == 1 else None
    cast = Cast()
    outlet: set[str] = set()
    asking: set[str] = set()
    for raw in lines:
        line = _last_crumb(bare_line(raw))
        if not line or is_byline(line) or is_credit_line(line):
            continue  # `Autor: Przegląd Powiatowy`, `By Ana Gil`, `Crédit photo : Ana Gil`: the writer's or photographer's line names no guest
        cast.mention(line)
        for name in cast.order:
            at = line.find(name)
            if at >= 0 and publication_before(line[:at]):
                asking.add(name)  # `Em entrevista ao jornal O País, …`: the paper that asks
            if at >= 0 and _OUTLET_BEFORE.search(line[:at]):
                outlet.add(name)  # `CNN's Becky Anderson`
            if at >= 0 and (line.startswith(" interviews ", at + len(name)) or _told(line[:at]) or spoke_in(line[:at]) or asks_holder(line[at + len(name):]) or said_about(line[:at])):
                asking.add(name)  # `Asharq Al Awsat interviews Sheikh Mohammed`, `… talks exclusively to India Today`: the asker; `habló sobre … Cristina Kirchner`: a subject
    staff = cast.writers | cast.staff_named | cast.hosts | asking
    # the headline credits its words by the guest's office (`Wali Kota: Banjir …`): the run opening on it is the office
    office = (credit.name + " ") if (credit := parse_label(bare_line(next((raw for raw in lines if raw.strip()), "")))) and len(credit.rest.split()) >= 3 else "\0"
    last = next((bare_line(raw) for raw in reversed(lines) if raw.strip()), "")
    found = []
    for name in cast.order:
        shorter = [other for other in cast.order if name.endswith(" " + other) and _known_first(other.split()[0])]
        name = min(shorter, key=len) if shorter else name  # `Conductor Ilse Vanhoutte` is `Ilse Vanhoutte`; `Jenniffer González Colón` stays whole
        titled = written_honorific(name).split()  # `Me Abdoulaye Sarr` is `Abdoulaye Sarr`
        while len(titled) > 2 and (titled[0].lower() in words().name_titles or is_post(titled[0]) or titled[0].lower() in interview_words()["trades"]):
            titled = titled[1:]  # `Sheikh Khalifa bin Zayed Al Nahyan` is `Khalifa bin Zayed Al Nahyan`
        name, posted = " ".join(titled), len(titled) < len(name.split()) or _post_before(" ".join(titled), lines)
        if len(titled) > 2 and _known_first(titled[1]) and not _known_first(titled[0]) and titled[0].lower() not in interview_words()["not_name_starts"] and not posted:
            name = " ".join(titled[1:])  # `… de Juntos por el Perú Ruth Luque`: a place's word run into the name (`Minister Ijaz Ahmed Shah`: a post before it, all his)
        # `Außenminister Steinmeier` is the `Frank-Walter Steinmeier` the copy names with a first name
        name = next((other for other in cast.order if other != name and other.split()[-1] == name.split()[-1] and _known_first(other.split()[0]) and not _known_first(name.split()[0])), name)
        name = fit_name(name, lines, whole) or ""  # `Jane Wanjiru Blogs, Codes …` is Jane Wanjiru; `Nigerian Governor` nobody
        if not name or name.startswith(office) or is_outlet(name) or _adjective(name) or name in staff or name.split()[0].lower() in words().name_titles | interview_words()["not_name_starts"] | interview_words()["trades"] or _modifier(name, lines) or _office_place(name, lines) or quoted_only(name, lines):
            continue
        if posted or _person(name, cast, lines) or _greets(last, name):
            found.append(name)
    # `CNN's Becky Anderson` asks the questions; `House of the Dragon's Theo Nate`, named alone, answers them;
    # the one greeted last, as the first question is put (`Bonsoir Mme Michèle Alliot-Marie, vous …?`), before all; a name
    # the top writes only inside quotation marks (`del IES «Maestro Juan Calero»`, a school; a headline's quote) after one
    # it writes in its own words (`… hablar en exclusiva con Juan Carlos Rodríguez Ibarra.`)
    found.sort(key=lambda name, outside=" ".join(outside_quotations(bare_line(raw)) for raw in lines): (not _greets(last, name), name not in outside, name in outlet))
    return found[0] if found else None


def _post_before(name: str, lines: list[str]) -> bool:
    """The copy writes a post right before the name (`Wicepremier Waldemar Pawlak`, `raadslid Kees Metz`): a person."""
    for raw in lines:
        at = raw.find(name)
        if at > 0 and is_post((raw[:at].split() or [""])[-1]):
            return True
    return False


def _told(before: str) -> bool:
    """The words before a name give the interview to it (`… talks exclusively to`, `Speaking to`, `told`): the
    name is who asks; never after the outlet's own `we` or `I` (`We spoke to Ana Ruiz`: she is the guest)."""
    words_before = before.lower().split()[-4:]
    if words_before[-1:] in (["to"], ["told"]) and len(words_before) >= 2:
        phrase = " ".join(word for word in words_before if not word.endswith("ly"))
        gives = any(phrase.endswith(opener) for opener in interview_words()["giving_openers"] + ("speaking to", "talking to"))
        return gives and not ({"we", "i"} & set(words_before))
    return False


def _office_place(name: str, lines: list[str]) -> bool:
    """`De Cebrecos` of `Entrevista Al Alcalde De Cebrecos`: a name's particle right after an office opens the
    office's place (`Alcalde de Cebrecos`, `Governor of Lagos`), never a person."""
    first = name.split()[0]
    if first.lower() not in name_data().particles:
        return False
    pairs = ((before, word) for raw in lines for tokens in [bare_line(raw).split()] for before, word in zip(tokens, tokens[1:]))
    return any(word == first and is_post(before) for before, word in pairs)


def _home_trail(line: str) -> bool:
    """The site's sections after the home page's word, no separator needed (`Home Interviews …`, `Inicio »
    Entrevistas`); never `Home Secretary Ana Ruiz …`, an office. Trails of separators are `is_breadcrumb`'s."""
    tokens = line.split()
    opens = len(tokens) >= 2 and tokens[0].lower() in interview_words()["navigation_openers"] and not line.endswith((".", "!", "?"))
    return opens and (CRUMB_SEPARATOR.fullmatch(tokens[1]) is not None or (tokens[1][:1].isupper() and tokens[1].lower() not in words().name_titles))


def _last_crumb(line: str) -> str:
    """A breadcrumb's sections name nobody: only its last crumb, the page's own title, may (`Inicio » Entrevistas »
    Entrevista con …`); a line of sections with no separator left to cut at (`Home Interviews In an …`) gives nothing."""
    if not (is_breadcrumb(line) or _home_trail(line)):
        return line
    crumbs = CRUMB_SEPARATOR.split(line.strip())
    return crumbs[-1].strip() if len(crumbs) > 1 else ""


def addressed(question: str) -> str | None:
    """The guest the outlet's first question addresses by full name, after a post or an honorific and before a
    comma (`Ministro Luigi Di Maio, quando …?`, `Mr. Ana Ruiz, will you …?`): who answers when the top names nobody."""
    if not ends_asking(question):
        return None
    tokens = question.split()
    k = 0
    while k < len(tokens) and tokens[k].lower().rstrip(".") in words().name_titles | interview_words()["posts"]:
        k += 1
    end = next((n for n in range(k, min(len(tokens), k + 5)) if tokens[n].endswith(",")), None)
    run = [token.rstrip(",") for token in tokens[k : end + 1]] if end is not None else []
    shaped = len(run) >= 2 and all(word[:1].isupper() or word.lower() in name_data().particles for word in run)
    return " ".join(run) if shaped and run[0][:1].isupper() and (k or _known_first(run[0])) else None


def _modifier(name: str, lines: list[str]) -> bool:
    """Every mention of the name qualifies a thing, so it presents nobody: a possessive (`Ana Ruiz's plan`)
    or a modifier after `the` (`the Ana Ruiz government`)."""
    found = [(line[max(0, m.start() - 4) : m.start()], line[m.end() : m.end() + 3]) for raw in lines for line in [bare_line(raw)] for m in re.finditer(re.escape(name), line)]
    return bool(found) and all(after.startswith(("'s", "’s")) or (before.endswith(("the ", "The ")) and after[1:2].islower()) for before, after in found)


def intro_guest(lines: list[str]) -> str | None:
    """The guest a labelled Q&A's top introduces: named in the lines above the first turn (the desk's series
    heading, `The Saturday Interview: Ana Ruiz`, is the top's, no turn), or greeted by the first question."""
    turns = (n for n, raw in enumerate(lines) if (label := parse_label(raw.strip())) and not series_heading(label.name))
    top = lines[: next(turns, len(lines))]
    return guest(top) or greeted(lines, parse_label) or office_guest(top)  # `… interview the President` / `President Mnangagwa`


def greeted(lines: list[str], label_of) -> str | None:
    """The guest the outlet's first question greets by full name (`…, Jean-Noël Barrot, bonjour.`,
    `Good morning, Ana Ruiz.`, `Bonjour Ana Ruiz`): who answers when nothing above the turns names them."""
    first = next((label_of(raw.strip()) for raw in lines if raw.strip() and label_of(raw.strip())), None)
    if first is None or not first.role or first.role in ("a", "answer"):
        return None  # only a question's label (`Q -`, `HOST:`) greets the guest
    return greeting_name(first.rest)



def _adjective(name: str) -> bool:
    """`London-based Arabic`: a word with a lower-case part after its hyphen describes, it names nobody."""
    return any(re.search(r"-[a-z]", word) for word in name.split())


def _greets(line: str, name: str) -> bool:
    """The line addresses `name` as it asks (it ends in `?` or says `you`): by an honorific (`Mme Michèle
    Alliot-Marie`, `Mr. Ana Ruiz`) or opening with it and a comma; `Danyel Eskiocak, 10 Jahre` above a
    question credits the one who asks it."""
    if not ends_asking(line) and interview_words()["second_person"].isdisjoint(re.findall(r"[^\W\d_]+", line.lower())):
        return False
    return line.startswith(name + ",") or bool(re.search(rf"{_address()}[ ]{re.escape(name)}\b", line))


@lru_cache(maxsize=1)
def _address() -> str:
    """`Mr.`, `Mme`, `Señora`: how one addresses a person, capitalised (styles/furniture.toml `address_words`)."""
    return r"\b(?:" + "|".join(sorted(w.capitalize() for w in words().addresses)) + r")\.?"


def _person(name: str, cast: Cast, lines: list[str]) -> bool:
    """A person, not a place (`Tamil Nadu`): a known first name, a title (`Chancellor Ana Ruiz`), an
    apposition (`the clerk, Ana Ruiz`), a sentence it opens (`Tomas Reyes has run …`), a verb of saying or `who` after it (`Ana Ruiz said`), or the
    surname alone elsewhere (`Altmaier discussed …`)."""
    if _known_first(name.split()[0]) or name in cast.titled or name in cast.introduced or pictured(name, lines) or _aged(name, lines):
        return True
    if _common_words(name, lines):
        return False
    # the headline's `Five minutes with Tavita Leota`, `Q&A with …`, `entrevista … con Iván Duque`, `Gespräch mit …`
    if any(f"{word} {name}" in line for line in lines for word in interview_words()["with_words"]):
        return True
    surname = name.split()[-1]
    said = (f"{name} said", f"{name} says", f"{name} told", f"{name}, who ")  # `…, said Sheikh … Al-Thani, who denied …`
    again = re.compile(rf"(?<!the )(?<!The ){re.escape(surname)}\b")  # `the Gazette` is a paper's name, not a surname
    first = name.split()[0]
    if len(name.split()) == 2 and any(re.search(rf"\b{re.escape(first)} [a-zà-ÿ]", line.replace(name, "")) for line in lines):
        return True  # the first name alone again, a verb after it (`Tadeu falou …`, `Jorginho teve …`)
    return any(again.search(line.replace(name, "")) or any(s in line for s in said) or _subject(name, line) for line in lines)


def _common_words(name: str, lines: list[str]) -> bool:
    """Every word of the name is one the copy also writes in lower case (`Menulis Naskah` of a title-cased headline,
    `menulis naskah podcast` in the prose): the headline's words, no person's (a name's particles aside)."""
    low = {word.strip(".,;:!?()\"“”«»'’") for raw in lines for word in raw.split() if word[:1].islower()}
    tokens = [word for word in name.split() if word.lower() not in interview_words()["name_particles"]]
    return bool(tokens) and all(word.lower() in low for word in tokens)


def _aged(name: str, lines: list[str]) -> bool:
    """A deck gives the name its age, set off by bars or commas (`Shivraj Singh Chouhan | 54| Chief Minister`): a person."""
    aged = re.compile(rf"{re.escape(name)}[ ]?[|,][ ]?\d{{1,3}}[ ]?[|,]")
    return any(aged.search(raw) for raw in lines)


def _known_first(first: str) -> bool:
    """A first name the names list knows, written with its accents or without (`Iván` is `Ivan`)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFD", first) if not unicodedata.combining(ch))
    return any(gender_of_first(part) for part in (first, plain, *plain.split("-")))  # `Frank-Walter` is Frank's


def _subject(name: str, line: str) -> bool:
    """The name opens a sentence and a verb or an apposition follows (`Tomas Reyes has run …`,
    `Ilse Vanhoutte, 44, took over …`); `Tamil Nadu’s caretaker …` is a place's, and so is a dateline's
    (`New Delhi, August 17, 2016`: a capitalised word and a figure after the comma make a date)."""
    for start in [0] + [m.end() for m in re.finditer(r"[.?!][ ]+", line)]:
        after = line[start + len(name): start + len(name) + 2]
        verb = (line[start + len(name):].split() or [""])[0]
        dated = line[start + len(name) + 1:].split()[:2]
        dated = len(dated) == 2 and dated[0][:1].isupper() and dated[1][:1].isdigit()
        if line.startswith(name, start) and ((after[:1] == "," and not dated) or _verb(verb)):
            return True
    return False


def _verb(word: str) -> bool:
    """`has`, `took`, `joined`, `runs`: a verb after a name, not a noun (`Port Ellis harbour plan`)."""
    return word.islower() and (word in _VERBS or word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")))


_VERBS = frozenset("is was took became spoke ran won led began left made gave told said will would can could".split())


def names_person(name: str) -> bool:
    """A label that names someone: a known first name (`Sigmar Gabriel`), or two to four capitalised
    words in ordinary case with a name's particles (`Juliana Palhares`, `Ana de la Cruz`), never
    a title that opens with an article (`Die Zeit`, `El Colombiano`) nor a headline's possessive."""
    tokens = name.split()
    if any(word.endswith(("'s", "’s")) for word in tokens):
        return False  # `Germany's Foreign Minister`
    if any(gender_of_first(word) for word in tokens):
        return True
    data = interview_words()
    shaped = all(word[:1].isupper() or word in data["name_particles"] for word in tokens) and not name.isupper()
    return 2 <= len(tokens) <= 4 and shaped and tokens[0].lower() not in data["articles"] | data["not_name_starts"]


def _press(turns: dict[str, list[str]], lines: list[str], first: int) -> set[str]:
    """Labels of the publication that asks (`DER SPIEGEL:`, `Die Zeit (Zeit):` / `Zeit:`): a news
    outlet's name, or, where the guest the top introduces answers under a label, every other label
    that names no person and asks (`Zeit:`), never the initials that answer (`CO:`); where the answers go
    under the Q&A's word or an honorific (`His Excellency:`), every label that asks. The press's questions
    are narration, whatever they end in."""
    found = {name for name in turns if is_outlet(name) or name in interview_words()["asking_labels"]}  # `Domanda:`
    if any(map(answering_word, turns)):  # `His Excellency:` answers: the other labels that ask are the press's
        found |= {name for name, ends in turns.items() if not answering_word(name) and 2 * sum(map(ends_asking, ends)) >= len(ends)}
    intro = guest(lines[:first])
    if intro and any(name.split()[-1] in intro.lower().split() for name in turns):
        others = {name for name, ends in turns.items() if name.split()[-1] not in intro.lower().split() and not names_person(name.title())}
        found |= {name for name in others if 2 * sum(map(ends_asking, turns[name])) >= len(turns[name])}  # and they ask
    return found if len(found) < len(turns) else set()


def askers(lines: list[str], parse_label, pair: tuple[str, str] | None) -> set[str]:
    """Labels (lower case) whose turns ask, three in four at least ending in `?` over two turns or
    more, where another label answers (`Scene Point Blank:` / `Caves:`, `RP:` / `MS:`): the
    outlet's questioner, whose turns are narration whoever the label names. `pair` is the copy's
    two-voice `exchange`, worked out once by the caller (its asker asks)."""
    turns: dict[str, list[str]] = {}
    current, roles = None, False
    for raw in lines:
        line = raw.strip()
        label = parse_label(line) if line else None
        roles = roles or bool(label and (label.role or staff_title(label.title)))  # `ANCHOR:` / `Q:` / `WILL GOODINGS, HOST:` say who asks themselves
        if label is not None:  # a hearing's `Ms. HARWOOD (Committee Chair):` asks as a newsmaker, never the outlet
            current = None if HONORIFIC.match(label.name + " ") and " " in label.name else label.name.lower()
            if current is not None:
                turns.setdefault(current, []).append(label.rest)
        elif line and current is not None:
            turns[current][-1] = line  # the turn's last line
    press = _press(turns, lines, next((n for n, raw in enumerate(lines) if parse_label(raw.strip())), len(lines)))
    if press:
        return press
    if pair:
        return {pair[0]}
    # an excerpt of one question put to the guest (`Tanaka: … Why now, you decided …?`) and its answer asks once
    least = 1 if len(turns) == 2 and not roles else 2
    asking = {name for name, ends in turns.items() if len(ends) >= least and 4 * sum(ends_asking(end) for end in ends) >= 3 * len(ends)}
    if least == 1 and not any(_YOU.search(turns[name][0]) or len(turns[name]) >= 3 for name in asking):  # three questions ask without `you`
        return set()
    answering = any(name not in asking and len(ends) >= least and not any(map(ends_asking, ends)) for name, ends in turns.items())
    if not (asking and answering):
        return set()
    # a second label that only ever asks (`Scene Point Blank:` after `Cayetana:`'s questions) asks for the outlet too
    return asking | {name for name, ends in turns.items() if all(map(ends_asking, ends))}


def exchange(lines: list[str]) -> tuple[str, str] | None:
    """A labelled exchange of two named people that the copy around it calls an interview (`LEIGH SALES: …?` /
    `SCOTT MORRISON: …`, then `a fiery interview between …`): (asker, guest), label names in lower case. The
    asker is the one the copy names as the programme's (`presenter Tom Ellery-Hughes`, `host …`), else the one
    whose first turn asks and whose turns ask more often than the other's; the other answers, whatever the
    headline pairs them as (`Sales & Morrison`). None for anything else."""
    turns: list[tuple[str, str]] = []
    prose: list[str] = []
    for raw in lines:
        label = parse_label(raw.strip()) if raw.strip() else None
        if label is None or label.role or HONORIFIC.match(label.name + " "):
            prose += [raw.strip()] if label is None else []
            continue
        turns.append((label.name.lower(), label.rest))
    names = list(dict.fromkeys(name for name, _ in turns))
    switches = sum(1 for (one, _), (other, _) in zip(turns, turns[1:]) if one != other)
    if len(names) != 2 or any(len(name.split()) < 2 for name in names) or switches < 3:
        return None
    if not announces_interview(" ".join(prose).lower()):
        return None  # two voices that nothing calls an interview: a programme's own two hosts, maybe
    cast = Cast()
    for line in prose:
        cast.mention(line)
    staff = {name.lower() for name in cast.staff_named | cast.hosts}
    presenting = [name for name in names if name in staff]
    if len(presenting) == 1:
        return presenting[0], next(name for name in names if name != presenting[0])
    asks = {name: sum(1 for who, rest in turns if who == name and ends_asking(rest)) for name in names}
    first, other = names
    if ends_asking(turns[0][1]) and asks[first] > asks[other]:
        return first, other
    return None


def answering_word(name: str) -> bool:
    """The Q&A's word for the answer, or an honorific alone (`Risposta`, `His Excellency`): it names nobody."""
    return " ".join(name.lower().split()) in interview_words()["answering_labels"]


def answerer(label: Label, found: Person, introduced: str | None) -> Person:
    """Who answers the outlet's questions under a one-word label: the guest the introduction
    names in full when the label is their first name, surname or initials (`Sarah:` is Sarah Gailey),
    else the label's own name (`Caves:`, a band); never the outlet's own."""
    word = label.name.strip().lower()
    if answering_word(word):  # `Risposta:`, `His Excellency:`: the introduced guest, or no name
        return Person(introduced, None, False)
    # `Sarah:` is Sarah Gailey; `ID:` is Iván Duque, by the initials of the name
    if introduced and word in (introduced.lower().split()[0], introduced.lower().split()[-1], "".join(w[0] for w in introduced.lower().split())):
        return Person(introduced, found.title, False)
    if found.staff and label.name.isupper() and len(word) <= 3:
        return Person(None, None, False)  # initials nobody at the top spells out (`ID:`): no super is better than a guess
    return Person(found.name, found.title, False) if found.staff else found


def reported(line: str) -> bool:
    """A paragraph that reports what someone said, as a web story does (`"This government is finished,"
    Mensah said.`, `The opposition said the minister had "lost all authority"`): quotation marks and a verb
    of saying after the closing mark or among the first words, and no first person outside the quotation (a
    guest telling what others said speaks as `I`: `My mother said, "Never give up."`)."""
    if (dashed := dash_reported(line)) or not any(mark in line for mark in "\"“”«»"):
        return dashed  # `— … — respondeu a ministra.`: a dialogue dash closed by its attribution is reported too
    if left_open(line):
        return False  # `"I have asked for …` left open for the next paragraph: all of it inside the quotation, no attribution
    words_said = every_verb()  # the attribution sieve's verbs of saying, every desk's (`said`, `laughs`, `dijo`)
    tokens = re.findall(r"[^\W\d_]+", line.lower())
    if says(outside_quotations(line.lower()), "first_person"):
        return False  # the first person outside the quotation marks: the speaker tells it
    close = max(line.find("\" "), line.find("” "), line.find("» "))
    after = re.findall(r"[^\W\d_]+", line[close:close + 40].lower()) if close >= 0 else []
    return not words_said.isdisjoint(after) or not words_said.isdisjoint(tokens[:6])


def speaks_of(line: str, name: str) -> bool:
    """The line speaks of `name` in the third person: it names them in full outside quotation marks and
    says no `I` or `we` there (`… a fiery interview between the Prime Minister Ana Ruiz and …`): the
    writer's words after the exchange, never that person's own."""
    outside = outside_quotations(line)
    if name not in outside or len(line.split()) < len(name.split()) + 3:
        return False  # `Ilse Vanhoutte` alone on its line heads her turn
    return interview_words()["first_person"].isdisjoint(re.findall(r"[^\W\d_]+", outside.lower()))


def outside_quotations(text: str) -> str:
    """`text` with each quotation's words, mark to mark, made one space (parse/quotes.py finds them)."""
    out, kept = [], 0
    for span in find_quotes(text):
        out += [text[kept:span.start], " "]
        kept = span.end
    return "".join(out) + text[kept:]


def put_unlabelled(lines: list[str], label_of) -> set[int]:
    """Indexes of the outlet's questions printed without a label above labelled answers (`How do you
    feel pre-season has gone?` / `RW: Overall …` / `PD: I haven't …`): a paragraph (eighty words at most) that ends in
    `?` with a label on the next line, twice at least, where no label asks (no `Q:`, no `HOST:`)."""
    labels = [label_of(raw.strip()) if raw.strip() else None for raw in lines]
    asking = interview_words()["asking_labels"]  # `Q:` on some questions only: the others, unlabelled above an `A:`, ask too
    if any(label is not None and ((label.role and not answering_word(label.name) and label.name.lower() not in asking) or label.stamped) for label in labels):
        return set()  # `HOST:` asks itself; a machine transcript (`Speaker 1 (00:08):`) labels every voice
    found, above, seen, asked = set(), "", 0, 0
    for n, raw in enumerate(lines):
        line = raw.strip()
        below = next((k for k in range(n + 1, len(lines)) if lines[k].strip()), None)
        # not a wrapped line's end; under the headline (the first line, however it ends) a paragraph starts, and under a `Q` alone
        whole = line.lstrip("¿¡«“\"'—– ")[:1].isupper() and (seen <= 1 or above.rstrip("\"”’') ").endswith((".", "!", "?", "…")) or _asking_alone(above))
        answered = below is not None and labels[below] is not None  # `A.` below says the paragraph asks, whatever it ends in
        prev = next((k for k in range(n - 1, -1, -1) if lines[k].strip()), None)
        answered = answered and not (prev is not None and labels[prev] is not None and not labels[prev].rest)  # under `Journaliste` alone: that voice's turn
        if line and whole and labels[n] is None and len(line.split()) <= 80 and answered and (ends_asking(line) or answering_word(labels[below].name)):
            found.add(n)
            asked += 1  # (two questions, never one and the `Q` alone above it)
            found |= {n - 1} if n and _asking_alone(lines[n - 1]) else set()  # `Q` alone above the question is the outlet's too
        above, seen = line or above, seen + bool(line)
    return found if asked >= 2 else set()


def _asking_alone(line: str) -> bool:
    """The Q&A's word for a question alone on its line, no colon (`Q`, `Question`), above the question it marks."""
    return line.strip().rstrip(".").lower() in interview_words()["asking_labels"]


def ends_asking(text: str) -> bool:
    """The paragraph ends in a question mark (closing quotes and brackets aside), or in one and then who
    put it, in brackets (`Aimez-vous votre métier ? (Dany)`: a class's or a reader's question)."""
    t = text.rstrip()
    if t.endswith(")") and "(" in t:
        head, _, credit = t[:-1].rpartition("(")
        t = head if head.rstrip().endswith("?") and 1 <= len(credit.split()) <= 4 and ")" not in credit else t
    return t.rstrip("\"”’') *").rstrip("!").endswith(ASKING_MARKS)  # `**¿Por qué…?**` (set in bold), `…؟!`, `…?!`
