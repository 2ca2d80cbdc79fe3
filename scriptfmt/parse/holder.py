"""Whose interview it is: the one guest the top of the copy names in a desk's own forms.

A desk that prints or posts a one-guest interview says whose it is, in one of a few forms, in
every language it works in (the words are in styles/interview.toml):
  1. heading:    `Interview/ Ana Ruiz, chief minister`, `Q&A: Ana Ruiz`, `Entrevista: Ana Ruiz`;
  2. possessive: `Foreign Minister Dr. Ana Ruiz’s interview with NBC` (not an outlet's: `the Herald’s
                 interview with …` names the guest after `with`);
  3. with:       `Interview with Foreign Minister Ana Ruiz`, `Q&A with …`, `entrevista con …`,
                 `entretien avec …`, `intervista a …`, `Interview mit …`;
  4. headline's attribution: `'We will win': Ruiz`, `…, says Minister Ruiz`, `…, diz Ruiz`;
  5. standfirst: a sentence that says the interview happened (`spoke to`, `told`, `concedeu uma
                 entrevista`) and names one person with a post (`Chief Minister Ana K Ruiz spoke to …`).
A name is written as the copy writes it, initials too (`S. Jaishankar`, `K Shanmugam`), without the
post, rank or honorific before it (`External Affairs Minister Dr.`, `Governador`, `Sheikh`). A surname
alone (`: Ruiz`) is the full name the top writes elsewhere, or nobody. Two different people named
so (`with Ana Ruiz and Tomas Reyes`) is no one guest: `holders` returns both and the caller names nobody.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scriptfmt.parse.labels import is_outlet, words
from scriptfmt.parse.languages import every_verb
from scriptfmt.parse.names import gender_of_first, name_data, person_words
from scriptfmt.parse.qawords import interview_words, names_publication
from scriptfmt.parse.supers import display_name

__all__ = ["holders", "is_post", "series_heading", "spoke_in", "spoken_with"]

_TOKEN = re.compile(r"\S+")
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)?|[A-ZÀ-Þ]")  # `K`, `S.`, `J.-P.` (`TV` is no initial)
_OPEN = "“\"‘'«„"
_TOP_WORDS = 60  # a sentence of the top: the first words of a line are enough to find its holder


def holders(lines: list[str]) -> list[str]:
    """The people the top of the copy names as the interview's guest, by the desk's forms, first
    found first, each once (a surname alone merged into the full name)."""
    texts = [" ".join(raw.split()[:_TOP_WORDS]) for raw in lines if raw.strip()]
    found: list[str] = []
    for text in texts:
        for rule in (_heading, _kicker, _possessive, _with, _attributed, _deck, _standfirst, spoken_with):
            found += [name for name in rule(text) if name]
    return _merge(found, texts)


def series_heading(name: str) -> bool:
    """A label that is the desk's heading for the piece, never a turn (`The Saturday Interview:`,
    `Author Q&A:`, `Entrevista:`): its last word is the desk's word for an interview."""
    last = name.lower().split()[-1:]
    compound = bool(last) and "-" in last[0] and last[0].rpartition("-")[2].strip(_OPEN + ",.") in interview_words()["holder_nouns"]
    return _says_interview(name, last=True) or compound  # `ZISCH-INTERVIEW:`: the desk's series name compounded on the word


def _merge(found: list[str], texts: list[str]) -> list[str]:
    """Each person once: a surname alone is the full name found or written elsewhere at the top; a
    surname nobody writes in full is dropped (half a name on screen is a guess)."""
    full = [name for name in found if len(name.split()) >= 2]
    people: list[str] = []
    for name in found:
        if len(name.split()) >= 2 and name.isupper():
            name = display_name(name)  # `H.E. DR. AHMED AL BANNA, UAE AMBASSADOR`: a page's heading in capitals names a person too
        if len(name.split()) == 1:
            name = next((other for other in full if other.split()[-1] == name), "") or _written_in_full(name, texts)
        shaped = any(ch.islower() for ch in name)  # `AIADMK`, `NBC`: one word in capitals names a party or a channel
        if name and shaped and not is_outlet(name) and not names_publication(name, texts) and not any(_same(name, other) for other in people):
            people.append(name)
    return people


def _same(one: str, other: str) -> bool:
    """`Edappadi K Palaniswami` and `Edappadi K. Palaniswami`: one surname, one person."""
    return one.split()[-1].lower().replace("’", "'") == other.split()[-1].lower().replace("’", "'")


def _written_in_full(surname: str, texts: list[str]) -> str:
    """The full name ending in `surname` that the top writes (`Nelson Marchezan (PSDB)` for `diz Marchezan`)."""
    for text in texts:
        for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
            run = _name(_run_before(text[: m.end()].split()))
            if len(run.split()) >= 2:
                return run
    return ""


# -- the forms ---------------------------------------------------------------------------------

def _heading(text: str) -> list[str]:
    """`Interview/ Ana Ruiz, chief minister`, `Author Q&A: Ana Ruiz`: the heading's word, a mark, the name."""
    m = re.match(r"([^/:|–—]{1,40}?)[ ]?[/:|–—][ ]?(?=\S)", text)
    if not m or not _says_interview(m.group(1), last=True):
        return []
    run = _run_after(text[m.end():].split())
    return [name for name in [_name(run)] if _person_shaped(name, run)]


_KICKER_WORDS = 6


def _kicker(text: str) -> list[str]:
    """`Wawancara Khusus Faisal Basri`, `Entrevista exclusiva Juan Gil`: the page's kicker alone on its line, the desk's
    word for an interview (and a word making it exclusive, styles/interview.toml) before the guest's name, which runs to
    the line's end (no mark: `_heading`'s)."""
    tokens = text.split()
    if not 3 <= len(tokens) <= _KICKER_WORDS or not _says_interview(tokens[0], first=True) or text.rstrip()[-1:] in ".?!:,;":
        return []
    rest = tokens[2:] if tokens[1].lower() in interview_words()["exclusive_words"] else tokens[1:]
    run = _run_after(rest)
    name = _name(run) if len(run) == len(rest) else ""
    shaped = 2 <= len(name.split()) <= 4 and all(word[:1].isupper() for word in name.split())  # the kicker's form says whose it is
    return [name] if name and (_person_shaped(name, run) or shaped and name.split()[0].lower() not in interview_words()["not_name_starts"]) else []


def _possessive(text: str) -> list[str]:
    """`Minister Dr. Ana Ruiz’s interview with NBC`: the person before the possessive, never an outlet."""
    found = []
    for m in re.finditer(r"(?:['’]s|s['’])[ ](?=\S)", text):
        after = text[m.end():].split()
        if not after or not _says_interview(" ".join(after[:2]), first=True):
            continue
        before = text[: m.start() + (1 if text[m.start()] == "s" else 0)].split()
        run = _run_before(before)
        name = _name(run) if run else ""
        titled = any(map(is_post, run[: len(run) - len(name.split())]))
        if name and (titled or not _titled_after(after)):
            found.append(name)
    return found


def _titled_after(after: list[str]) -> bool:
    """`… interview with Foreign Minister Ana Ruiz`: the one after `with` holds a post."""
    if len(after) < 3 or after[1].lower() not in ("with", "of"):
        return False
    run = _run_after(after[2:])
    name = _name(run)
    return bool(name) and any(map(is_post, run[: len(run) - len(name.split())]))


def _with(text: str) -> list[str]:
    """`Interview with Foreign Minister Ana Ruiz`, `entrevista con …`: the person after the word `with`."""
    low = text.lower()
    found = []
    for phrase in interview_words()["holder_with"]:
        for m in re.finditer(rf"(?<![\w]){re.escape(phrase)}[ ]", low):
            if not _guest_owns(text[: m.start()].split(), _titled_after(["", "with", *text[m.end():].split()])):
                found += _people_after(text[m.end():].split())
    return found


def _guest_owns(before: list[str], with_titled: bool) -> bool:
    """The interview is the guest's own (`Minister Ana Ruiz’s interview with Tomas Reyes`, `his
    interview with …`): who follows `with` asks. An outlet's (`the Herald’s interview with …`) is not,
    nor a name without a post (`Tomas Reyes’s interview with Foreign Minister Ana Ruiz`: he asks)."""
    if not before:
        return False
    if before[-1].lower() in interview_words()["guest_possessives"]:
        return True
    if before[-1] in interview_words()["guest_speaks_in"]:
        return True  # `compartió en entrevista con Diario del Altiplano`: the subject speaks, who follows asks (never `In an Interview with …`: a heading)
    run = _run_before(before)
    owner = _name(run) or " ".join(run)
    titled = any(map(is_post, run[: len(run) - len(owner.split())]))
    return before[-1].endswith(("’s", "'s", "s’", "s'")) and bool(run) and not is_outlet(owner) and (titled or not with_titled)


def _people_after(tokens: list[str]) -> list[str]:
    """The first name in the clause after `with`, past a few lower-case words (`avec l'ancien président
    du Conseil régional Robert Savy`), up to its end or a word that turns to the subject (`on`, `about`);
    two names joined (`Ana Ruiz and Tomas Reyes`) are two people; a verb of saying ends the clause, the name before it
    its subject (`In an interview with the Island Admiral Colombage said President …`: Colombage gives it, the
    President is who he speaks of)."""
    n, before = 0, ""
    while n < min(len(tokens), 12):
        if tokens[n].lower() in interview_words()["clause_ends"]:
            return []
        if tokens[n].lower() in every_verb():
            return [before] if before else []
        run = _run_after(tokens[n:])
        pair = _pair(run)
        if len(pair) == 2:
            return pair
        name = _name(run) if run else ""
        owns = bool(run) and tokens[n + len(run) - 1].rstrip(",.").endswith(("’s", "'s"))  # `Steve Inskeep's interview`
        if name and (is_outlet(name) or _staff_before(tokens, n) or owns or _body(run, name)):
            return []  # `with Euronews TV channel and journalist …`, `con el director de La Voz, …`: the outlet and its own people ask
        described = n > 0 and len(name.split()) >= 2 and tokens[n - 1].lower() in name_data().roles  # `Q&A with striker Tomasi Vake`
        end = n + len(run)  # `concedida por Kenia López Rabadán, Presidenta de …`: a post in apposition after the name
        described = described or (len(name.split()) >= 2 and tokens[end - 1].endswith(",") and end < len(tokens) and is_post(tokens[end].strip(",.")))
        if (len(name.split()) >= 2 or (name and len(run) == len(tokens) - n)) and (_person_shaped(name, run) or described):
            return [name]  # a surname alone only where it ends the line (`Interview with President Obama`)
        if tokens[n][-1:] in ",;:.!?)" and not _INITIAL.fullmatch(tokens[n]):
            return []
        before = name if run else ""
        n += max(len(run), 1)
    return []


def spoke_in(before: str) -> bool:
    """`… González Colón compartió en entrevista con Primera Hora`, `… disse em entrevista ao Expresso`: the sentence's
    subject gives the interview in the desk's `entrevista con` (interview.toml guest_speaks_in, as running text writes
    it, lower case); the name after it asks (`_guest_owns` reads the same words)."""
    words_before = before.split()
    if len(words_before) < 3 or words_before[-3] not in interview_words()["guest_speaks_in"]:
        return False
    return " ".join(words_before[-2:]).lower() in interview_words()["holder_with"]


def _pair(run: list[str]) -> list[str]:
    """Two full names joined by `and` (`Ana Ruiz and Tomas Reyes`, `Ana Ruiz e Tomás Reyes`); a post
    joined so (`Minister of Foreign Affairs and Trade Ana Ruiz`) is one person's."""
    ands = [n for n, word in enumerate(run) if word.lower() in interview_words()["name_ands"]]
    if len(ands) != 1:
        return []
    parts = [_name(run[: ands[0]]), _name(run[ands[0] + 1:])]
    whole = [name for name, part in zip(parts, (run[: ands[0]], run[ands[0] + 1:])) if name == " ".join(part)]
    return parts if len(whole) == 2 and all(len(name.split()) >= 2 and not is_outlet(name) for name in parts) else []


def _attributed(text: str) -> list[str]:
    """A headline that names the speaker of its quotation: `'We will win': Ruiz`, `…, says Minister
    Ruiz`, `«…», diz Ruiz`, `Ana Ruiz: ‘We will win’`. Only a headline: one line, the name all of one side."""
    if len(text.split()) > 30:
        return []
    lead = re.match(r"([^:]{3,60}):[ ]?[‘'“\"«„]", text)  # `Kay Burley: ‘I’m something of a street-fighter’`
    if lead:
        speaker = re.split(r"[ ][–—-][ ]", lead.group(1))[-1].split()  # `Vilminore – Lucio Toninelli: «…»`: after the kicker's dash
        run = _run_after(speaker)
        return [_name(run)] if run and len(run) == len(speaker) and len(_name(run).split()) >= 2 and person_words(_name(run).split()) else []  # (`Heroes Day: "…"` names a day)
    m = re.search(r"[’'”\"»][ ]?[:–—-][ ]?(?=[A-ZÀ-Þ])", text)
    if m is None:
        said = "|".join(re.escape(word) for word in interview_words()["headline_says"])
        m = re.search(rf"[’'”\"»]?,[’'”\"»]?[ ](?:{said})[ ](?=\S)", text)
    if m is None:
        return _named_head(text)  # `Taavi Aas: lähme kohtusse, kui …`: no quotation marks
    tokens = text[m.end():].split()
    run = _run_after(tokens)
    return [_name(run)] if run and len(run) == len(tokens) else []  # the name ends the headline


def _named_head(text: str) -> list[str]:
    """`Taavi Aas: lähme kohtusse, kui …`: the headline of many desks gives the guest's words after their name and
    a colon, no quotation marks; the name is all of the left side, two or three capitalised words (after a post:
    `Ministerin Petra Hollmann:`), and what follows is a sentence (its second word in lower case)."""
    left, colon, right = text.partition(": ")
    tokens, said = left.split(), right.split()
    if not colon or len(said) < 3 or not said[1][:1].islower():
        return []
    run = _run_after(tokens)
    name = _name(run) if len(run) == len(tokens) else ""
    plain = all(re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+", word) and word.lower() not in interview_words()["not_name_starts"] for word in name.split())
    kicker = left.lower() in words().not_speakers  # `Fact Check:`, `Live Updates:`: the page's kicker, nobody's name
    return [name] if 2 <= len(name.split()) <= 3 and plain and not kicker and not is_outlet(name) and not _says_interview(left, last=True) else []


def _deck(text: str) -> list[str]:
    """A deck that opens with the guest and turns to the subject: `Arbeitsminister Herbert Ehrenberg über
    Arbeitslose …`, `Conductor Ilse Vanhoutte on her first season`, `La ministra Ana Ruiz sobre …`,
    `Harbour master Lwazi Dube on …`: the name right before the turning word, at most three words of post
    or description before it; a name nobody's list knows needs that description (`master`, `rower`)."""
    tokens = text.split()
    turn = next((k for k, token in enumerate(tokens[:12]) if k and token.lower() in interview_words()["deck_turns"]), None)
    if turn is None:
        return []
    run = _run_before(tokens[:turn])
    lead = tokens[: turn - len(run)]
    name = _name(run) if run else ""
    described = bool(lead) and lead[-1][:1].islower() and lead[-1].isalpha()
    return [name] if len(name.split()) >= 2 and len(lead) <= 3 and (_person_shaped(name, run) or described) else []


def _standfirst(text: str) -> list[str]:
    """A sentence whose subject, named with a post, gives the interview (`Chief Minister Ana K Ruiz
    spoke to …`, `o governador Ana Ruiz (PL) concedeu uma entrevista …`)."""
    found = []
    tokens = text.split()
    n = 0
    while n < len(tokens):
        run = _run_after(tokens[n:])
        if not run:
            n += 1
            continue
        name = _name(run)
        before = tokens[n - 1].lower() if n else ""
        titled = any(map(is_post, run[: len(run) - len(name.split())])) or is_post(before)
        # untitled, the name leads its sentence, a describing word or two aside (`Paralympic rower Ana Ruiz, 31, talks to …`)
        leads = n - next((k + 1 for k in range(n - 1, -1, -1) if tokens[k].endswith((".", "!", "?"))), 0) <= 3
        rest = _apposition(tokens[n + len(run):]) if tokens[n + len(run) - 1].endswith(",") else tokens[n + len(run):]
        if len(name.split()) >= 2 and (titled or leads) and not _body(run, name) and _gives_interview(rest) and not is_outlet(name) and not _staff_before(tokens, n):
            found.append(name)
        n += len(run)
    return found


def spoken_with(text: str) -> list[str]:
    """The outlet says whom it spoke with (`Wir haben mit dem Journalisten und Fernsehproduzenten Friedrich
    Küppersbusch … gesprochen`, `We talked to veteran broadcaster Moira Delacourt`): the first name within ten
    words, past what describes them, a post or a trade (`Journalisten`) before the name included; never
    past the word that turns to the subject (`with him about …`, `mit ihm über …`)."""
    low = text.lower()
    for phrase in interview_words()["spoke_with"]:
        at = low.find(phrase + " ")
        if at < 0 or (at and low[at - 1].isalnum()):
            continue
        tokens = text[at + len(phrase):].split()[:10]
        ends = [n for n, token in enumerate(tokens) if token.lower() in interview_words()["clause_ends"]]
        for n in range(ends[0] if ends else len(tokens)):  # `with him to talk about Ana Ruiz`: the clause turns to the subject
            run = _run_after(tokens[n:])
            name = _name(run).split()
            while len(name) > 2 and not gender_of_first(name[0]) and (gender_of_first(name[1]) or name[0].lower().startswith(_trades())):
                name = name[1:]  # `Fernsehproduzenten Friedrich Küppersbusch`: the trade before the first name
            if len(name) >= 2:
                return [" ".join(name)]
        return []
    return []


@lru_cache(maxsize=1)
def _trades() -> tuple[str, ...]:
    """Words for what the guest does, as their stems (`journalist` is `Journalisten` too)."""
    return tuple(words().staff_title_words | interview_words()["asker_words"])


def _body(run: list[str], name: str) -> bool:
    """The words after a post's `of` / `de` name the body it belongs to, not a person (`chief executive
    of Lumen Foods`, `director general de La Voz de Xela`)."""
    k = len(run) - len(name.split()) - 1
    while k > 0 and run[k].lower() in interview_words()["articles"]:
        k -= 1  # `de La Voz`: the body's article
    return k >= 0 and run[k].lower() in interview_words()["post_joins"]


def _apposition(rest: list[str]) -> list[str]:
    """The words after an apposition closed by a comma (`31,`, `the chief executive of Lumen,`): where the verb is."""
    close = next((k for k, token in enumerate(rest[:8]) if token.endswith(",")), -1)
    return rest[close + 1:] if close >= 0 else rest


def _gives_interview(rest: list[str]) -> bool:
    """The words after a name say that it gives the interview (`spoke to`, `(PL) concedeu uma entrevista`)."""
    if rest[:1] and rest[0].startswith("("):
        close = next((k for k, token in enumerate(rest) if token.endswith(")")), len(rest))
        rest = rest[close + 1:]  # `(PL)`, `(AIADMK)`: the party between the name and the verb
    if rest[:1] and rest[0].lower() in interview_words()["post_joins"]:
        close = next((k for k, token in enumerate(rest[:8]) if token.endswith(",")), -1)
        rest = rest[close + 1:] if close >= 0 else rest  # `of Kaduna State,`: where the post is held
    said = " ".join(rest[:4]).lower()
    return said.startswith(interview_words()["giving_openers"]) and not asks_holder(" ".join(rest))


def asks_holder(text: str) -> bool:
    """The words after a name say it put the questions to an office holder (` conversó con la congresista …`,
    ` sat down with Governor …`): that name is the outlet's, never the guest."""
    rest = text.split()
    said = " ".join(rest[:4]).lower()
    opener = next((phrase for phrase in interview_words()["giving_openers"] if said.startswith(phrase)), None)
    return opener is not None and _asks_holder(rest[len(opener.split()):])


def _asks_holder(after: list[str]) -> bool:
    """`Paola Ugaz conversó con la congresista … Ruth Luque`: after the verb, an office that is no newsroom's (no
    `reporter`) names the one who gives the interview; the name before the verb asks."""
    after = [t for t in after[:3] if t.lower() not in interview_words()["articles"]]
    return bool(after) and is_post(after[0].strip(",")) and after[0].lower() not in words().staff_title_words


# -- names ---------------------------------------------------------------------------------------

def _says_interview(text: str, *, first: bool = False, last: bool = False) -> bool:
    """The words say `interview` in one of the desk's languages (its first word, or its last)."""
    tokens = [t.strip(_OPEN + ",.") for t in text.lower().split()]
    if not tokens:
        return False
    nouns = interview_words()["holder_nouns"]
    return (first and tokens[0] in nouns) or (last and (tokens[-1] in nouns or " ".join(tokens[-2:]) in nouns))


def _word(token: str) -> tuple[str, bool]:
    """The token as a word of a name ("" if it is none) and whether the name stops after it."""
    word = token.strip(_OPEN).lstrip("(")
    if _INITIAL.fullmatch(word):
        return word, False
    core = word.rstrip(",;:)]!?.’'”\"»")
    stops = core != word and (core + "." != word or core.lower() not in _posts())  # `Dr.`, `Sr.` go on; `Salem.` ends a sentence
    for mark in ("'s", "’s"):
        if core.endswith(mark):
            core, stops = core[: -len(mark)], True
    prefix = next((p for p in name_data().prefixes if core.lower().startswith(p)), "")
    if not core or not core[len(prefix):][:1].isupper() or not re.fullmatch(r"[\w'’.-]+", core):  # `al-Thani`
        return (core if core.lower() in _joins() else ""), stops
    return core, stops


def _run_after(tokens: list[str]) -> list[str]:
    """The name-shaped words that open `tokens`: capitalised words, initials, a name's particles,
    and the small words inside a post (`Minister of Foreign Affairs`); up to a comma or a bracket."""
    run: list[str] = []
    for token in tokens:
        word, stops = _word(token)
        if not word or (token[:1] == "(" and run):
            break
        low = word.lower()
        if low in interview_words()["post_joins"] - interview_words()["name_ands"] and low not in name_data().particles and _name(run):
            break  # `Governor Ana Ruiz of Kaduna State`: the name is whole before `of`; a post goes on (`Minister of …`)
        run.append(word)
        if stops:
            break
    while run and run[-1].lower() in _joins():
        run.pop()
    return run


def _run_before(tokens: list[str]) -> list[str]:
    """The name-shaped words that close `tokens` (read backwards from the possessive)."""
    run: list[str] = []
    for token in reversed(tokens):
        word, stops = _word(token)
        if not word or (stops and run):
            break
        run.insert(0, word)
    while run and run[0].lower() in _joins():
        run.pop(0)
    return run


def _name(run: list[str]) -> str:
    """The person's name in a run of words: what follows the last post, rank, honorific or small
    word (`External Affairs Minister Dr. S. Jaishankar` is `S. Jaishankar`); "" when no name is
    left or it is a single initial."""
    cut = 0
    for n, word in enumerate(run):
        low = word.lower()
        if is_post(word) or (low in _joins() and low not in name_data().particles):
            cut = n + 1
            # `Minister for Law K Shanmugam`: the one word after a post's `for`/`of` is its portfolio or place
            if n > 0 and low in interview_words()["post_joins"] and is_post(run[n - 1]) and len(run) - n >= 4:
                cut = n + 2
    name = run[cut:]
    if cut and name[:1] and name[0].lower() in name_data().particles and is_post(run[cut - 1]):
        name = name[2:]  # `Alcalde De Cebrecos`, `Governor of Lagos`: the office's place after its `de`, never a name
    while name and name[0].lower() in name_data().particles:
        name = name[1:]
    if not name or _INITIAL.fullmatch(name[-1]) or is_post(name[-1]):
        return ""
    return " ".join(name)


def _person_shaped(name: str, run: list[str]) -> bool:
    """A person's name, not a title's words (`In Which the Author Spills …`): a post before it, a first
    name the names list knows, an initial (`S. Jaishankar`), or a name's particle (`bin`, `de`)."""
    words_of = name.split()
    if not words_of or words_of[0].lower() in interview_words()["not_name_starts"]:
        return False  # `Die Kunst der Frage`: an article opens a title, never a name
    titled = any(map(is_post, run[: len(run) - len(words_of)]))
    return bool(name) and (titled or gender_of_first(words_of[0]) is not None or any(_INITIAL.fullmatch(w) or w.lower() in name_data().particles for w in words_of))


def _staff_before(tokens: list[str], n: int) -> bool:
    """The word before the name is a staff title (`journalist Efi Koutsokosta`): the outlet's own, who asks."""
    return n > 0 and tokens[n - 1].lower() in words().staff_title_words | interview_words()["asker_words"]


def is_post(word: str) -> bool:
    """`Minister`, `Dr.`, `Minister-designate`, `Arbeitsminister`: a post, rank or honorific, never a name."""
    low = word.lower()
    posts = _posts()
    return low in posts or low.rstrip(".") in posts or low.split("-")[0] in posts or low.endswith(tuple(interview_words()["post_endings"]))


def _posts() -> frozenset[str]:
    """Posts, ranks and honorifics written before a name (`Minister`, `Governador`, `Sheikh`, `Affairs`, `PM`)."""
    return words().name_titles | interview_words()["posts"] | {office for office in words().offices if " " not in office}


def _joins() -> frozenset[str]:
    """Small words inside a post or a name (`of`, `for`, `and`, `de`, `bin`)."""
    return interview_words()["post_joins"] | name_data().particles
