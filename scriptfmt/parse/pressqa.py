"""A printed Q&A whose turns carry the press's labels: the outlet asks, the guest answers.

Newspapers and news sites label the two voices of an interview in the forms of their desk:
`DER SPIEGEL: …` / `Gabriel: …`, `Die Zeit (Zeit): …` / `Angela Merkel (Merkel): …`,
`MidiaNews – …` / `Juliana Palhares – …`, `IPNS : …` / `Robert Savy : …`, `PREGUNTA.- …` /
`DUQUE.- …`. Evidence (`labelled_pair`), all of it: two parties take turns under such labels, and
  - one of them asks: it is a news outlet (styles/furniture.toml), the Q&A's own word (`Q`, `P`,
    `Pergunta`, `Frage`, styles/interview.toml), or a label that names no person (`IPNS`,
    `MidiaNews`) while the other party is the guest the top of the copy introduces;
  - the other answers: the guest the top introduces (`Angela Merkel`, or her surname), or, under
    an outlet's or the Q&A's own label, whoever it names (`Gabriel:`);
  - the answering party never ends a turn with a question mark.
Then (`read`): the labels are kept (metadata), the asker's paragraphs are narration, the guest's
bites (the full name from the top when the label is a part of it). A paragraph without a label
carries on the open turn, but after a question (it ends in `?`) a paragraph that does not ask is
the guest's answer, and after an answer a short paragraph that asks is the outlet's next question.
Label lines above the first turn (a headline `Germany's Foreign Minister: '…'`) are the page's.
"""

from __future__ import annotations

import re

from scriptfmt.parse.cast import Person
from scriptfmt.parse.initials import initials_key
from scriptfmt.parse.labels import is_outlet
from scriptfmt.parse.names import name_data
from scriptfmt.parse.pagekind import announces_interview
from scriptfmt.parse.pagelines import WEB_ADDRESS, is_caption
from scriptfmt.parse.standfirst import answering_word, bare_line, ends_asking, guest, hands_over, interview_words, names_person
from scriptfmt.parse.qaturns import cut_off_asking, short_paragraph
from scriptfmt.parse.supercheck import one_holder
from scriptfmt.parse.transcript import Reader
from scriptfmt.parse.units import Unit

__all__ = ["labelled_pair", "labels_stop", "read"]

# `Name:`, `Name :`, `Name –`, `NAME.-`, `NAME-`, `Q/`, `Name (Short):`, two askers `Name, Name:`: up to five words before the mark, the first capitalised
# or a brand's own spelling: an outlet or account that writes its name with a sign, a handle's `@` or a `!` (`@qui! :`, `Yahoo! :`)
_LABEL = re.compile(r"((?:[A-ZÀ-ÖØ-Þ]|@(?=\w))[\w'’.&!-]*(?:,?[ ][\w'’.&-]+){0,4})(?:[ ]\(([^()\n]{1,40})\))?(?:[ ]?:|[ ][–—]|\.-|/|-)[ ]+(?=\S)")




def _label(line: str) -> tuple[str, str, str] | None:
    """(the label as written, its party key, its name) for a line that opens with a press label; an
    interviewer labelled with the outlet in brackets goes by the outlet's name."""
    m = _LABEL.match(line)
    if not m:
        return _letter_label(line)
    name = m.group(1).rstrip(".")
    if m.group().rstrip().endswith("-") and not m.group().rstrip().endswith(".-") and not name.isupper():
        return None  # `LA TRIBUNE-`, `BRUNO LE MAIRE-`: a hyphen marks a label in capitals only (`Anti- war` is a word)
    lowered = any(w[:1].islower() and w not in name_data().particles for w in name.split()[1:])
    lowered = lowered and not (len(name.split()) == 2 and is_outlet(name))  # `Blu radio:` as the desk types it on later turns
    if lowered or is_caption(line) or name.lower() in interview_words()["credit_labels"]:
        return None  # `He told Press Gazette: "…"` is a sentence that quotes; `Picture: Reuters/…`, `Music: …` the page's credits
    if WEB_ADDRESS.search(line, m.end()):
        return None  # `From: The Anadolu Agency Home Page at <http://…>`: a field naming a web page, no one's turn
    short = m.group(2) or ""
    if short and not short.replace(" ", "").isalpha():
        return None  # `Report (2024):`, `Berlin (dpa) –`: a date or an agency's credit, not a party's short name
    if is_outlet(short):  # `Joumanna Bercetche (Bloomberg TV):`: the outlet's interviewer, who asks
        return m.group().rstrip(), name.split()[-1].lower(), short
    key = (short or name).split()[-1].lower()
    return m.group().rstrip(), key, name


# `P. ¿Cómo se vive …?` / `R. Con paciencia …`: the Spanish press's question and answer letters, a full stop and a space;
# or the word spelt out on the first exchange (`Pregunta. …` / `Respuesta. …`), the same party as its letter
_LETTER = re.compile(r"([A-Z])(?:[a-zà-ÿ]{2,})?\.[ ]+(?=\S)")


def _letter_label(line: str) -> tuple[str, str, str] | None:
    """A Q&A's own letter for the question or the answer (`P.`/`R.`, `Q.`/`A.`, `F.`/`A.`, `D.`/`R.`; styles/interview.toml),
    never an initial before a surname (`A. Merkel said …`)."""
    m = _LETTER.match(line)
    if not m or _INITIAL_NAME.match(line, m.end()):
        return None
    letter, word = m.group(1).lower(), m.group().rstrip()[:-1].lower()
    if len(word) > 1 and word not in interview_words()["asking_labels"] and not answering_word(word):
        return None  # `Pregunta.` / `Respuesta.`: the Q&A's own word, spelt out; never a sentence's first word (`Luego. …`)
    if letter not in interview_words()["asking_labels"] and not answering_word(letter):
        return None
    return m.group().rstrip(), letter, m.group(1)


def _first_name(name: str, text: str) -> bool:
    """A one-word label that opens a full name the top writes (`Mele:` of `Mele Fifita runs the shed`): a guest's first
    name, never a label naming no person (`IPNS :`)."""
    return " " not in name and re.search(rf"\b{re.escape(name)} [A-ZÀ-Ý][a-zà-ÿ'’-]+", text) is not None


_INITIAL_NAME = re.compile(r"(?:[A-Z]\.[ ]?)*[A-Z][a-z'’-]+[ ](?:said|says|told|asked|wrote)\b|[A-Z]\.[ ]?[A-Z][a-z]")


def _parties(lines: list[str]) -> tuple[set[str], set[str], str | None, int] | None:
    """(asking keys, answering keys, the guest's full name, the first turn's index), or None."""
    found = [(n, hit) for n, raw in enumerate(lines) if (hit := _label(bare_line(raw)))]
    if len(found) < 2:
        return None
    asks = interview_words()["asking_labels"]
    outlets = [n for n, (_, _, name) in found if is_outlet(name) or name.lower() in asks]
    first = outlets[0] if outlets else _first_turn(found, lines)  # label lines above the turns are the page's (a headline)
    named: dict[str, str] = {}
    for n, (_, key, name) in found:
        if n >= first:
            named.setdefault(key, name)
    asking = {key for key, name in named.items() if is_outlet(name) or name.lower() in asks}
    top = guest(lines[:first])
    text = " ".join(line for raw in lines[:first] if not _label(line := bare_line(raw)))
    # the guest: a label whose full name the top writes (`Juliana Palhares –`), or the one the top introduces
    written = {key for key, name in named.items() if len(name.split()) >= 2 and names_person(name) and not is_outlet(name) and name in text}
    guest_keys = written or {key for key, name in named.items() if top and (key in top.lower().split() or name.lower() == top.lower())}
    if not asking and guest_keys:  # `IPNS :` / `Robert Savy :`: the other party asks the introduced guest
        asking = {key for key, name in named.items() if key not in guest_keys and (not names_person(name) and not _first_name(name, text) or _mostly_asks(lines, found, key))}
    if not asking and len(named) == 2 and guest_keys in (set(), set(named)):
        # `BBC Nepali: …?` / `Sher Bahadur Deuba: …`, both or neither named above: the one party that asks is the outlet
        asks_keys = {key for key in named if _mostly_asks(lines, found, key)}
        asking = asks_keys if len(asks_keys) == 1 else set()
        written, guest_keys = written - asking, guest_keys - asking
    answering = set(named) - asking
    if not asking or len(answering) != 1 or (guest_keys and not answering <= guest_keys):
        return None
    if any(ends_asking(bare_line(lines[n])) for n, (_, key, _) in found if key in answering and n >= first):
        return None  # the answering party asks too: a conversation, not the outlet's Q&A
    key = next(iter(answering))
    return asking, answering, named[key] if key in written else top, first


def _mostly_asks(lines: list[str], found: list, key: str) -> bool:
    """Half the party's labelled paragraphs at least end in `?` (`Folha do Vale – … Quando ela abre?`)."""
    ends = [ends_asking(bare_line(lines[n])) for n, (_, other, _) in found if other == key]
    return 2 * sum(ends) >= len(ends)


def _first_turn(found: list, lines: list[str]) -> int:
    """The first label another party's label follows closely (a headline written as a label stands alone,
    and so does one that only quotes: `Ana Ruiz : « Nous voulons … »`)."""
    pairs = zip(found, found[1:])
    followed = ((n, m, head) for (n, (head, key, _)), (m, (_, other, _)) in pairs if other != key and m - n <= 6)
    # the first label, below the page's top line: a quoted turn the other party's label answers on the very next line is the exchange's (a
    # phone call's transcript pasted under a blog's intro); the top line quoting the guest is the headline
    top = next((k for k, raw in enumerate(lines) if raw.strip()), 0)
    answered = lambda n, m: n == found[0][0] > top and not any(raw.strip() for raw in lines[n + 1 : m])  # noqa: E731  (the first label)
    return next((n for n, m, head in followed if not _quoting(bare_line(lines[n])[len(head):]) or answered(n, m)), found[0][0])


def _quoting(rest: str) -> bool:
    """A label's words that are one quotation, mark to mark (`« Nous voulons … »`, `‘I was never …’`)."""
    rest = rest.strip()
    return len(rest) > 2 and rest[0] in "«“\"‘'„" and rest[-1] in "»”\"’'“"


def labelled_pair(lines: list[str], metadata: dict) -> bool:
    """A printed Q&A under the press's labels (see the module's docstring for the evidence)."""
    found = _parties(lines)
    return found is not None and _paired(lines, metadata, found)


def _paired(lines: list[str], metadata: dict, found: tuple[set[str], set[str], str | None, int]) -> bool:
    """`labelled_pair` once the parties are found."""
    asking, answering, top, first = found
    words = interview_words()
    head = " ".join([bare_line(raw) for raw in lines[:first] if raw.strip()] + [str(metadata.get("headline", ""))]).lower()
    hits = [hit for raw in lines[first:] if (hit := _label(bare_line(raw)))]
    asked = sum(1 for hit in hits if hit[1] in asking)
    answer_word = any(hit[1] in answering and answering_word(hit[2]) for hit in hits)  # `His Excellency:`
    # the labels on the first turns only, the questions after them printed alone (`Why was the motion withdrawn?`)
    alone = sum(1 for raw in lines[first:] if not _label(line := bare_line(raw)) and _asks(line))
    # the outlet asks under its own name, no person's, and a person's full name answers (`LA TRIBUNE- …?` / `BRUNO LE MAIRE- …`,
    # `OUEST-MATIN- …?` / `ANNE ROUSSEL- …`): one exchange will do
    outlet_person = all(is_outlet(hit[2]) or not names_person(hit[2].title()) for hit in hits if hit[1] in asking)
    outlet_person = outlet_person and any(len(hit[2].split()) >= 2 and names_person(hit[2].title()) and not is_outlet(hit[2]) for hit in hits if hit[1] in answering)
    return bool(top) or asked >= 2 or alone >= 2 or answer_word or outlet_person or announces_interview(head)


def labels_stop(lines: list[str], metadata: dict) -> bool:
    """The desk labels its first exchange only (`Frage: …?` / `Dirk Niebel: …`) and prints the turns after it bare,
    the next question a short paragraph that asks: a printed Q&A, `read`'s, though its labels make a transcript's too
    (a transcript labels every turn; a paragraph without a label carries on the turn above)."""
    found = _parties(lines)
    if found is None or not _paired(lines, metadata, found) or initials_key(lines):
        return False  # `H. Who buys …?` / `O. Three bakeries …`: the later turns are marked after all, by initials
    labelled = [n for n, raw in enumerate(lines) if n >= found[3] and _label(bare_line(raw))]
    if len(labelled) <= 4 and any(_asks(bare_line(raw)) for raw in lines[labelled[-1] + 1 :]):
        return True
    # or the outlet labels every question (`Blu radio: ¿…?`), the guest's label on the first answer only: two labelled
    # questions at least with a bare answer right under them (a paragraph that neither asks nor is a cue)
    answered = [n for n in labelled if _label(bare_line(lines[n]))[1] in found[1]]
    return 0 < len(answered) <= 2 and sum(1 for n in labelled if n > answered[-1] and _bare_answer(lines, n)) >= 2


def _bare_answer(lines: list[str], n: int) -> bool:
    """The labelled line `n` asks, and the next paragraph is an answer printed without a label."""
    after = next((line for raw in lines[n + 1 :] if (line := bare_line(raw))), "")
    return ends_asking(bare_line(lines[n])) and bool(after) and not _label(after) and not _asks(after) and after[:1] not in "(["


def read(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    """The Q&A as units: the labels kept, the questions read, the answers the guest's bites."""
    asking, _, top, first = _parties(lines) or (set(), set(), None, len(lines))
    reader = Reader(metadata, warnings)
    outlet = Person(None, None, True)
    answer: Person | None = None
    warned, last = False, max((n for n, raw in enumerate(lines) if raw.strip()), default=-1)
    for n, raw in enumerate(lines):
        line = bare_line(raw)
        if not line:
            continue
        hit = _label(line) if n >= first else None
        if n < first:
            if _label(line):
                reader.keep(raw.strip())  # a headline written as a label above the questions
            elif hands_over(line) and any(raw.strip() for raw in lines[:n]):
                reader.read_out(line, first_line + n + 1)  # `Leia abaixo os principais trechos da entrevista:`: the writer's lead-in, read
            else:
                reader.feed(raw, first_line + n + 1)
            continue
        stamp = raw.strip()[: len(raw.strip()) - len(line)].strip()
        if stamp:
            reader.feed(stamp, first_line + n + 1)  # `0:15 Frage: …`: the caption's time stamp, a cue
        if hit is not None:
            written, key, name = hit
            reader.keep(written)
            line = line[len(written):].strip()
            if key in asking:
                reader.turn = outlet
            else:
                answer = answer or _answerer(name, top, lines[:first])
                reader.turn = answer
        elif reader.turn is outlet and reader.started and not _asks(line):
            reader.turn = answer = answer or _answerer("", top)  # the answer printed under the question, unlabelled
        elif reader.turn is not outlet and (_asks(line) or n == last and cut_off_asking(line)):
            reader.turn = outlet  # the outlet's next question, printed unlabelled after an answer (or cut off by the excerpt)
        if reader.turn is not outlet and reader.turn is not None and reader.turn.name is None and not warned:
            warnings.append(f"line {first_line + n + 1}: the interview's guest could not be named; the answers have no super")
            warned = True
        reader.started = True
        reader.read_out(line, first_line + n + 1)
    return reader.finish()


def _asks(line: str) -> bool:
    """A question printed alone: it ends in `?` (or trails off on an ellipsis, the French desk's follow-up put as a
    statement: `Mais le risque … reste élevé face à …`), two sentences at most, forty words at most."""
    trailing = line.rstrip().endswith(("...", "…")) and line[:1] not in "«“\"„" and short_paragraph(line)
    return (ends_asking(line) or trailing) and len(line.split()) <= 40


def _answerer(name: str, top: str | None, intro: tuple[str, ...] | list[str] = ()) -> Person:
    """The guest: the full name the top introduces when the label is a part of it, or the title the intro writes before
    it (`Canciller:` under `La canciller Rosa Villavicencio …`), else the label's name."""
    if top and (not name or name.split()[-1].lower() in top.lower().split() or name.lower() == top.lower()):
        return Person(top, None, False)
    if top and name and one_holder(name, intro) == top:  # the office's one holder the intro names (parse/supercheck.py)
        return Person(top, name, False)
    if answering_word(name):
        return Person(top, None, False)  # `Resposta –` names nobody: the introduced guest, or no name
    if name and not name.isupper():
        return Person(name, None, False)
    return Person(name.title() if name else None, None, False)
