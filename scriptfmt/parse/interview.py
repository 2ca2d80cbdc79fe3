"""Print and web interviews without speaker labels: the questions are the outlet's (narration),
the answers are bites of the one person the headline, standfirst or introduction names.

A newspaper prints its questions in bold, which arrive as plain paragraphs; a broadcaster's
video page prints a caption transcript (`00:12I think …`) of the interviewer and the guest in turn.
Evidence (`unlabelled`), all of it: the top of the copy says it is an interview (`interview`,
`talks to`, `Q&A`, styles/interview.toml); no speaker labels (those are parse/transcript.py's);
two questions at least, each put to the guest (it says `you`), answered without quotation
marks, in the first person (`I`, `we`) somewhere. A web story with quotes is never an interview: its bites are quoted and
attributed (`"…," she said`), and one such paragraph among the answers is enough to say no.
Then, line by line:
  1. before the first question: the introduction (read) and the page's furniture (kept);
  2. a question: the line that ends in `?` and addresses the guest, with the lines that run
     into it (a caption line that starts in lower case) and, in a caption transcript, up to two
     sentences before it that also address the guest (`It sounds as though you …`);
  3. a short line with no sentence in it between turns (`More From This Section`, a subhead) is furniture;
  4. every other line is the guest's answer.
The guest (parse/standfirst.py): the first person the headline, standfirst or introduction names
who is not the outlet's own (`CNN's Becky Anderson`, `our arts editor`, a byline, a staff title).
When nobody can be named the answers are unnamed bites, with a warning.
"""

from __future__ import annotations

import re

from scriptfmt.parse.cast import Person
from scriptfmt.parse.dashlabels import dashed_turns
from scriptfmt.parse.holder import spoken_with
from scriptfmt.parse.decks import is_section_label
from scriptfmt.parse.surnames import label_surnames, surname_label
from scriptfmt.parse.labels import is_cue_line, parse_label, words
from scriptfmt.parse.turns import announces, read_before_turns
from scriptfmt.parse.proselines import cut_mid_sentence, stamped_tail, wrapped_prose
from scriptfmt.parse.flatqa import TOP_LINES, flat_turns
from scriptfmt.parse.guestname import honorific_name
from scriptfmt.parse.initials import word_labels
from scriptfmt.parse.interviewintro import read_intro
from scriptfmt.parse.marked import marked_questions
from scriptfmt.parse.pagekind import announces_interview
from scriptfmt.parse.pagelines import is_credit_line
from scriptfmt.parse.stamps import stamp_line
from scriptfmt.parse.superoffice import named_guest
from scriptfmt.parse.pressqa import labelled_pair
from scriptfmt.parse.qaquotes import dash_put, writer_between
from scriptfmt.parse.qawords import greeting_name, says, speaks_here, vocative_question
from scriptfmt.parse.qaturns import SECTION_NUMBER, alone_marks, credited_headline, quoted_runs, SPEECH_DASHES, alternation, line_pairs, long_question, panel_heads, narrated, paired_lines, turn_about, quoting_head, answer_runs, asks_first, put_turns, dash_answers, dialogue_dashes, page_lines, quoted_answers, short_paragraph, topic_over, two_exchanges
from scriptfmt.parse.standfirst import addressed, answering_word, names_person, bare_line as _bare, closing_credit, ends_asking, guest, hands_over, interview_words, page_note, reported
from scriptfmt.parse.turnsigns import signed_questions
from scriptfmt.parse.transcript import Reader, alone_names, looks_like_transcript
from scriptfmt.parse.units import Unit
from scriptfmt.parse.unmarked import greeted_on_air

__all__ = ["fact_box_guest", "guest", "labelled", "quoting_head", "read", "topic_heading", "unlabelled"]



def _captions(lines: list[str]) -> bool:
    """A caption transcript: its lines open with time stamps."""
    return sum(1 for raw in lines if raw.strip() and _bare(raw) != raw.strip()) >= 3


def _asks(text: str) -> bool:
    """A question put to the guest: it ends in `?` (or is an instruction, `Tell us about yourself.`, or the outlet's
    greeting, `Thank you for giving us …`) and says `you`, or addresses the guest (`Thưa Bộ trưởng, …?`: `vocative_question`)."""
    if not says(text, "second_person"):
        return vocative_question(text)
    low = text.lower().lstrip("\"“‘' ")
    if ends_asking(text) or ("?" in text and text.rstrip().endswith(("—", "–", "…"))):
        return True  # `… Do you think you've said too much? I mean, …—`: the asker broken off as the guest cuts in
    short = len(text.split()) <= 25
    if short and low.startswith(interview_words()["asking_openers"]):
        return True
    return low.startswith(interview_words()["greeting_openers"]) and says(text, "outlet_words") and not re.search(r"\b(?:me|my|i)\b", low)


def _asker_label(text: str) -> bool:
    """`Q: …` / `Q. …`: the line carries the Q&A's own word for a question (styles/interview.toml), never a
    programme's host or moderator, whose turns make a transcript."""
    label = parse_label(text)
    return label is not None and label.name.lower() in interview_words()["asking_labels"]


def topic_heading(text: str) -> bool:
    """The desk's topic heading in place of a question (`On airport tunnel:`, `On cheerleading?`,
    `Sobre la inflación:`): a short line in ordinary case (`ON POLITICS` is a section label) opening with the
    desk's `on` (styles/interview.toml), no sentence in it."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 14 or not tokens[0][:1].isupper() or text.isupper() or tokens[0].lower() not in interview_words()["topic_openers"]:
        return False
    return not text.rstrip("\"”’') ").endswith((".", "!", ",", ";", "…"))


def _runs_on(before: str, line: str) -> bool:
    """A caption line that starts in lower case carries on the sentence of the line above."""
    return bool(before) and line[:1].islower()


def _subhead(line: str) -> bool:
    """A short line with no sentence in it (`More From This Section`, `●One year passes since inauguration`). A line
    that ends a sentence anywhere (`Sí…`, `¿Y qué sintió? Que no es tan`) or opens one with Spanish marks is words."""
    if not line or line.rstrip("\"”’')»« ").endswith((".", "?", "!", ",", ";", ":", "…")) or len(line.split()) > 10 or line[:1] in _OPEN_QUOTES + "¿¡":
        return False  # `«Pazienza ancora.»`: a short answer in quotation marks is words, not a subhead
    if any(mark + " " in line for mark in ".?!…") or any(mark in line for mark in "。！？"):
        return False  # `…制作します。録音から…`: a CJK full stop ends a sentence with no space after it
    capped = all(w[:1].isupper() or not w[:1].isalpha() for w in line.split() if len(w) > 3)
    return capped or not line[:1].isalnum()


def plan(lines: list[str]) -> list[str]:
    """Each line's part: "" (blank), "intro", "q" (the outlet's question), "a" (the guest's answer), "x" (furniture)."""
    return _plan(lines)[0]


def _plan(lines: list[str]) -> tuple[list[str], set[int], bool | None]:
    """`plan`'s parts, the questions the desk marks (numbered or bulleted; none in a caption transcript), and whether a
    dash marks the answers (`dialogue_dashes` or `dash_answers`; None where the plan had no need to ask)."""
    texts = [_bare(raw) for raw in lines]
    marks = alone_marks(texts)  # `Q` / `A`, `س` / `ج ـ` alone above each turn: the desk's own marks say who speaks
    return (marks, set(), None) if marks else _read_turns(lines, texts)


def _read_turns(lines: list[str], texts: list[str]) -> tuple[list[str], set[int], bool | None]:
    """`_plan` for copy without the desk's marks alone on their lines: the turns read from the paragraphs' form."""
    captions = _captions(lines)
    parts = ["" if not t else "a" for t in texts]
    topics = set() if captions else {n for n, t in enumerate(texts) if t and topic_heading(t)}
    asked = [n for n, t in enumerate(texts) if t and n not in topics and (_asks(t) or _asker_label(t))]
    dialogue = set() if captions else signed_questions(texts) or dialogue_dashes(texts)  # the desk's turn marks (`- 질문` / `▲ 답변`, `──…?`: parse/turnsigns.py), or a dash opening each turn (`—¿…?` / `—En primavera.`)
    marked = set() if captions or dialogue else marked_questions(texts)
    spoken_by_dash = set() if captions or marked or dialogue else dash_answers(texts)
    quoted_page = set() if captions or marked or dialogue else quoted_answers(texts)  # `“…”.` answers, bare questions
    dashed = True if dialogue or spoken_by_dash else None if captions or marked else False
    if dialogue:
        asked, topics = sorted(dialogue), set()
    elif spoken_by_dash:  # `– Nie, …` under each question: the paragraphs without the dash ask, bar an answer's long run-on
        first = max((k for k in range(min(spoken_by_dash)) if texts[k]), default=0)  # the paragraph above, a blank line between or not
        asked = [n for n in range(first, len(texts)) if texts[n] and n not in spoken_by_dash and (ends_asking(texts[n]) or short_paragraph(texts[n]))]
    elif marked:  # `Question – 1 – …?`, `• How has your stay been?`: the desk's marked questions are all its questions
        asked, topics = sorted(marked), set()
    elif quoted_page:  # the paragraphs between the quoted answers are the outlet's questions, whatever they end on
        asked, topics = sorted(quoted_page), set()
    elif not captions:  # in print a question is a paragraph of its own (`Did the breakwater hold?`), an answer's a longer one
        asked = sorted(set(asked) | {n for n, t in enumerate(texts) if ((ends_asking(t) or asks_first(t)) and short_paragraph(t) or long_question(texts, n)) and n not in topics})
        dashed = [n for n in asked if texts[n][:1] in _DASHES]
        if len(dashed) >= 2:  # `—¿…?`: the desk opens its questions with a dash, statements put to the guest too
            asked = sorted(set(asked) | {n for n, t in enumerate(texts) if t[:1] in _DASHES and short_paragraph(t)})
    asked = line_pairs(texts, _headline_dropped(texts, asked)) if not captions else _headline_dropped(texts, asked)  # a questionnaire a line a turn
    if not captions:  # `pregunto: ¿qué está por delante …?` under `… Me`: a line in lower case carries on the answer above
        asked = [n for n in asked if not (n and texts[n - 1] and texts[n][:1].islower() and n - 1 not in asked)]
    if captions:  # `It sounds as though you still have doubts …` / `How big are these doubts, really?`
        asked = sorted(set(asked) | {n for n in range(1, len(texts)) if ends_asking(texts[n]) and says(texts[n - 1], "second_person")})
    # the outlet opens with its first question, put to the guest by name or not (`Mr. Wadephul, how will Germany …?`)
    opening = next((n for n, t in enumerate(texts) if n and ends_asking(t) and n not in topics), None)
    if opening is not None and (not asked or opening < asked[0]) and not marked:
        asked.insert(0, opening)
    # `Wir haben mit … X gesprochen`: the outlet's own sentence presenting the guest closes its introduction; a
    # headline under the page's kicker (`INTERVIEW: Burgemeester 2.0, …?`) asks nobody
    presented = max((n for n in _top_lines(texts) if spoken_with(texts[n]) or (n == _top_lines(texts)[0] and is_section_label(texts[n].partition(":")[0]))), default=-1)
    asked, topics = [n for n in asked if n > presented], {n for n in topics if n > presented}
    if not asked and not topics:
        return ["" if not t else "intro" for t in texts], marked, dashed
    for n in range(min(asked[:1] + sorted(topics)[:1])):
        parts[n] = parts[n] and ("a" if quoted_page or _cut_in(texts[n], dashed) else "intro")  # an excerpt that opens on a quoted or dashed answer: the guest's
    for n in asked:
        parts[n] = "q"
        _reach_back(texts, parts, n, captions)
    for n in topics:
        parts[n] = "q"  # `On airport tunnel:`: the desk's heading in place of its question, read as the outlet's
    for n, t in enumerate(texts):
        if parts[n] == "a" and not captions and _subhead(t) and not cut_mid_sentence(t, texts[n + 1] if n + 1 < len(texts) else ""):  # `… Que no es tan` / `difícil …`: prose
            parts[n] = "q" if (t[:1].isalpha() and t[:1].lower() == t[:1].upper()) or SECTION_NUMBER.match(t) else "x"  # `概要`: a script without case has no capitals to tell a page's line by; `1- Thay đổi`: the desk numbers its sections; the desk's heading, read
    if not captions and not marked:
        put_turns(texts, parts)
        writer_between(texts, parts)  # answers quoted over paragraphs (`“…` / `“…”`): a paragraph without a mark is the writer's
    page_lines(texts, parts)
    last = max((n for n, part in enumerate(parts) if part == "a"), default=-1)
    if last >= 0 and any(phrase in texts[last].lower() for phrase in interview_words()["signoff_phrases"]):
        parts[last] = "q"  # `Y aquí termina nuestra entrevista. Muchas gracias por su tiempo.`: the outlet signs off
    return parts, marked, dashed


def _cut_in(text: str, dashed: bool | None) -> bool:
    """An excerpt that opens mid-answer on the desk's speech dash (`—Ya lo conseguimos …` above the first `—¿…?`)."""
    return dashed is True and text[:1] in SPEECH_DASHES and not ends_asking(text)


def _headline_dropped(texts: list[str], asked: list[int]) -> list[int]:
    """The page's first line asks nobody when it puts no question to the guest (no `you`) as the next question does,
    and the paragraphs under it, up to that question, do not answer in the first person (`INTERVIEW Burgemeester 2.0: een burgervader of
    burgermoeder?` over `In Zaltbommel is de gemeenteraad …`): the headline, over the introduction."""
    top = next((n for n, t in enumerate(texts) if t), None)
    if len(asked) < 2 or asked[0] != top or says(texts[top], "second_person") or not ends_asking(texts[top]) or texts[top][:1] in SPEECH_DASHES:
        return asked  # a question put to the guest, a statement put (`- Həmişə … olmusunuz.`), a dialogue's dash: the first turn
    under = " ".join(texts[top + 1 : asked[1]]).strip()
    marked = under[:1] in SPEECH_DASHES + _OPEN_QUOTES  # `–El partido depende …`: the desk marks it as the guest's speech
    put = says(texts[asked[1]], "second_person")  # the next question is put to the guest, as the first is not
    return asked[1:] if under and put and not marked and not says(under, "first_person") else asked


def _top_lines(texts: list[str]) -> list[int]:
    """The indexes of the top's lines: the first `TOP_LINES` with words."""
    return [n for n, t in enumerate(texts) if t][:TOP_LINES]


def _reach_back(texts: list[str], parts: list[str], n: int, captions: bool) -> None:
    """The lines before a question that belong to it: those running into it, and in a caption
    transcript up to two sentences that also address the guest (`You just said …,` / `but …`)."""
    k, extra = n, 0
    while k > 0 and parts[k - 1] == "a":
        prev = k - 1
        while prev >= 0 and not texts[prev]:
            prev -= 1
        if prev < 0 or parts[prev] != "a":
            return
        if _runs_on(texts[prev], texts[k]):
            parts[prev], k = "q", prev
            continue
        start = prev  # the sentence ending on `prev`, back to where it starts
        while start > 0 and texts[start - 1] and parts[start - 1] == "a" and _runs_on(texts[start - 1], texts[start]):
            start -= 1
        sentence = " ".join(texts[start:prev + 1])
        if not captions or extra >= 2 or not says(sentence, "second_person"):
            return
        for m in range(start, prev + 1):
            parts[m] = "q"
        k, extra = start, extra + 1


def unlabelled(lines: list[str], metadata: dict) -> bool:
    """An interview printed without speaker labels (see the module's docstring for the evidence)."""
    page, lines = lines, flat_turns(lines)[0]
    texts = [_bare(raw) for raw in lines]
    names, surnames = alone_names(lines), label_surnames(lines)
    if labelled_pair(lines, metadata) or dashed_turns(lines, metadata):
        return False  # `Folha do Vale –` / `Marta Figueiredo –`, `—Pascual Serrano:`: labelled turns in the press's own forms (parse/pressqa.py, parse/dashlabels.py)
    # a headline or caption quoting the guest above the first question (`Kay Burley: ‘I’m …’`) is the page's, no turn
    heads = {n for n in range(next((n for n, t in enumerate(texts) if ends_asking(t)), len(texts))) if quoting_head(texts[n])}
    # `Q:` on the questions only, the answers bare: the desk's label for its own questions is no turn of a transcript
    if sum(1 for n, t in enumerate(texts) if t and n not in heads and not _asker_label(t) and (parse_label(t) or surname_label(t, surnames) or t in names)) >= 2:
        return False  # labelled turns, or names alone above them: a transcript (parse/transcript.py)
    if sum(1 for t in texts if t and stamp_line(t)) >= 3 or greeted_on_air(lines):
        return False  # time stamps alone on their lines (`(00:24):`), or opening lines a host greets a guest on: a programme's transcript
    top = " ".join([t for t in texts if t][:TOP_LINES] + [str(metadata.get("headline", ""))]).lower()
    said = announces_interview(top) or quoted_headline(texts)
    parts, marked, dashed = _plan(lines)
    told = narrated(texts, parts)  # the writer's paragraphs between the quoted answers (`Pausa, nuvolone dolciastro.`): no answer's
    parts = ["" if n in told else part for n, part in enumerate(parts)]
    if signed_questions(texts) or alone_marks(texts):
        return "a" in parts  # the desk's own turn marks take turns (parse/turnsigns.py): a Q&A by its marks, one exchange or ten
    answers = answer_runs(texts, parts)
    quoted = sum(1 for answer in answers if any(reported(texts[n]) for n in answer))
    spoken = [answer for answer in answers if says(" ".join(texts[n] for n in answer), "first_person")]
    if any(part == "q" and topic_heading(texts[n]) for n, part in enumerate(parts)):
        # under topic headings the guest may quote others (`we would have said, “release our prisoners,” they would have said “no”`)
        return 2 * quoted < len(answers) and _topical(texts, parts, said, len(spoken))
    if quoted:
        return False  # quoted, attributed bites: a web story
    # under a top that says interview, answers the desk marks as speech, in quotation marks (`«Da lunedì. Abbiamo …»`) or
    # after a dash (`-Unos ciento veinte en invierno.`), are the guest's though no pronoun says `I` (the verb carries the person), two answers at least
    voiced = bool(spoken) or (said and len(answers) >= 2 and all(texts[run[0]][:1] in _OPEN_QUOTES + SPEECH_DASHES for run in answers))
    # every answer wholly inside quotation marks under a question paragraph (`¿…? ¿…?` / `“Es de las dos cosas. …”`):
    # the desk's marks say the guest speaks; two such turns need no word at the top, one needs `entrevista` there
    quoted_turns = quoted_runs(texts, parts, answers) or bool(quoted_answers(texts))
    voiced = voiced or quoted_turns
    if dashed is None:  # the desk's dash marks each answer as speech, whatever the top says
        dashed = bool(dash_answers(texts)) or bool(dialogue_dashes(texts))
    voiced = voiced or dashed
    if marked:  # the desk numbers or bullets its questions, each answered: a Q&A by its own marks
        return voiced  # one answer in the first person will do: `Ho dato la mia parola`, whose verbs carry the person
    opens = _opens_asking(texts, parts)
    # an excerpt may print one answer between two questions, or one question and its answer: enough
    # under a top that says it is an interview, or when the copy opens with the question put to the guest
    # one question and its answer, unlabelled (`EAM: …` is `labelled`'s), put to the guest (or after the desk's dash, `put`) and
    # answered in the first person (`Like I always say, …`), never a column's `If you said yes, …`; a caption's answer is its run of lines
    put = _dash_put_to_guest(texts, parts)
    single = len(answers) == 1 and parts.count("q") == 1 and (_asks(texts[parts.index("q")]) or put) and not any(parse_label(texts[n]) for n in answers[0])
    single = single and (put or says(" ".join(texts[n] for n in answers[0][: None if _captions(lines) else 1]), "first_person"))  # (the dash says who asks; `Perdimos …`: the verb the person)
    enough = len(answers) >= 2 or (len(answers) == 1 and said and parts.count("q") >= 2) or (single and (said or opens or put)) or (quoted_turns and said)
    excerpt = said and _one_exchange(texts, parts, answers) and not looks_like_transcript(page, metadata)  # `>> …`: a transcript's turns
    enough, voiced = enough or excerpt, voiced or excerpt
    # turns that alternate question / longer answer three times in a row, in any language, a `you` or an `I` among them
    # a `you` or an `I` among three turns; five turns and more take turns all the way, no pronoun needed (`Linnavalitsus vastutab.`);
    # two exchanges answered in the first person under questions that never speak for the writer: an excerpt's Q&A
    turns = alternation(texts, parts)
    alternating = turns >= 5 or paired_lines(texts, parts) or (turns >= 3 and (bool(spoken) or any(says(texts[n], "second_person") for n, part in enumerate(parts) if part == "q"))) or two_exchanges(texts, parts, guest([t for t in texts[: parts.index("q")] if t]) is not None if "q" in parts else False)
    # the outlet says whom it spoke with (`Wir haben mit … X gesprochen`): the answers are X's words, pronoun or not
    presented = any(spoken_with(texts[n]) for n in _top_lines(texts))
    return enough and (voiced or alternating or presented) and (said or opens or put or alternating or presented or dashed or len(answers) >= 2 and quoted_turns or turn_about(texts, parts, len(spoken)))


def _dash_put_to_guest(texts: list[str], parts: list[str]) -> bool:
    """The Spanish, Portuguese and Italian desks open the outlet's question with a dash (`–Ministro, …?`) and print the
    answer plain under it (qaquotes.dash_put), under a top that names the guest: one such exchange is an excerpt's Q&A."""
    return dash_put(texts, parts) and guest([t for t in texts[: parts.index("q")] if t]) is not None


def _one_exchange(texts: list[str], parts: list[str], answers: list[list[int]]) -> bool:
    """An excerpt under a top that says it is an interview: one question paragraph (it ends in `?`) and the one answer
    under it, longer than the question, with no label of its own and nothing reported (`…," she said`). The page
    announces whose voice the answer is, so no pronoun need say it (`Como reagiu a essa derrota?` / `Na vida política …`:
    the formal `you` and the answer's verbs carry the person)."""
    asked = [n for n, part in enumerate(parts) if part == "q"]
    if len(answers) != 1 or len(asked) != 1 or not ends_asking(texts[asked[0]]) or asked[0] > answers[0][0]:
        return False
    answer = " ".join(texts[n] for n in answers[0])
    if parse_label(texts[answers[0][0]]) is not None or any(reported(texts[n]) for n in answers[0]):
        return False
    return len(answer.split()) > len(texts[asked[0]].split())


def quoted_headline(texts: list[str]) -> bool:
    """The page is headed by the guest's words: its first line (or the one under a kicker) wholly inside quotation
    marks, three words at least (`“Ser locutor requiere buena preparación”`, `« Je dis la vérité … »`). A story's
    headline quoting someone credits them (`'We will rebuild,' says mayor`); an interview's needs no credit."""
    for line in [t for t in texts if t][:2]:
        inner = line.strip().lstrip(_BULLETS)  # `• “Temos razões …”`: the page's list mark before its headline
        if len(inner.split()) >= 3 and inner[:1] in _OPEN_QUOTES and inner[-1:] in "»”\"“" and not any(mark in inner[1:-1] for mark in "»”“\"«"):
            return True
    return False


def _topical(texts: list[str], parts: list[str], said: bool, spoken: int) -> bool:
    """Answers under the desk's topic headings (`On airport tunnel:` / `The airport authority …`): two
    headings at least, or one under a top that says it is an interview, and half the answers in the
    first person (`I`, `we`): the guest's own words, never a reporter's paragraphs under a subhead."""
    headings = sum(1 for n, part in enumerate(parts) if part == "q" and topic_heading(texts[n]))
    runs = len(answer_runs(texts, parts))
    return (headings >= 2 or said) and runs >= 1 and spoken >= 1 and 2 * spoken >= runs


def _opens_asking(texts: list[str], parts: list[str]) -> bool:
    """The copy opens with the outlet's question put to the guest (`Kathmandu, Nov. 21 -- You assumed
    responsibility … How have these two months been for you?`): above it only short lines (the
    headline, a dateline), no paragraph of the writer's, and a headline that names whose answers they are.
    Under a headline quoting the guest (`Prete: “Pur con budget ridotti faremo bene”`) any question will do:
    the desk's formal `you` (`Il suo assessorato …`) says no pronoun a list can know. A standfirst introducing the one the
    question then addresses may stand above it (`Port director Lena Holm has run …` / `Ms Holm, will you …?`)."""
    first = parts.index("q") if "q" in parts else -1
    top = [t for t in texts[:first] if t]
    quoting = bool(top) and quoting_head(top[0])  # `Prete: “Pur con budget ridotti …”`: the guest's words head the page
    if first < 0 or not (_asks(texts[first]) or quoting and ends_asking(texts[first])):
        return False
    if any(len(t.split()) > 15 and not quoting_head(t) for t in top):  # a headline and a standfirst, a caption at most;
        return len(top) <= _STANDFIRST_LINES and guest(top) is not None and vocative_question(texts[first])  # a column asks its reader `you`
    # a headline that names the guest (`… : PM Okonkwo`, `Two minutes with Ana Ruiz`, `Ana Ruiz : « … »`), or none at
    # all; a column's headline names nobody (`Why the bus still matters`) and its questions are the reader's; a question
    # that addresses the guest (`Thưa Bộ trưởng, …?`) says itself whom it is put to, no reader's
    return not top or credited_headline(top[0]) or quoting or guest(top) is not None or vocative_question(texts[first])


_OPEN_QUOTES = "«“\"‹„"
_BULLETS = "•·▪►■*- "
_CLOSE_QUOTES = ("»", "”", '"', "›", "“")
_DASHES = "—―"


def labelled(lines: list[str], metadata: dict) -> bool:
    """A Q&A in labelled turns too short or too plain for a transcript's evidence (`Tanaka:` /
    `Obama:`, `Q:` / `Prime Minister:`, `JOHN DANISZEWSKI:` / `PRESIDENT … PUTIN:`): two labels
    at least take turns, one label's turn asking (it ends in `?` or says `you`) and the next
    label's answering. One such pair will do under a top that says it is an interview, two otherwise."""
    surnames = label_surnames(lines)
    turns: list[tuple[str, bool, list[str]]] = []  # (label, labelled `Q:`/`Interviewer:`, the turn's lines)
    for raw in lines:
        line = _bare(raw)
        label = (parse_label(line) or surname_label(line, surnames)) if line else None
        if label is not None:
            turns.append((label.name.lower(), label.role in words().staff_roles, [label.rest]))
        elif line and turns:
            turns[-1][2].append(line)
    pairs = sum(1 for (who, asker, asked), (other, _, answer) in zip(turns, turns[1:]) if who != other and (asker or _puts(asked)) and not _puts(answer))
    if _answers_labelled(lines, surnames) or word_labels(lines):
        return True  # only the guest's answers labelled; or one word labelling each turn, the first asking (`Firoz: …?` / `Mahathir: …`)
    if len({who for who, _, _ in turns}) < 2 or not pairs:
        return False
    top = " ".join([_bare(raw) for raw in lines if raw.strip()][:TOP_LINES] + [str(metadata.get("headline", ""))]).lower()
    qa = any(asker for _, asker, _ in turns)  # `Q:` says itself that the copy is questions and answers
    return pairs >= 2 or qa or announces_interview(top)


def _answers_labelled(lines: list[str], surnames: dict[str, str]) -> bool:
    """Only the guest's answers are labelled (`KMA: You cannot …`), each under the outlet's unlabelled
    question (`Who do you see as the biggest threat?`): one label, twice at least, every time under a question."""
    names: list[str] = []
    above = ""
    for raw in lines:
        line = _bare(raw)
        if not line:
            continue
        label = parse_label(line) or surname_label(line, surnames)
        if label is not None:
            if not ends_asking(above) and not answering_word(label.name):  # `A.` says itself the paragraph above asked
                return False
            names.append(label.name.lower())
        above = "" if label is not None else line
    return len(names) >= 2 and len({name.split()[-1] for name in names}) == 1  # `Robin Dutt:` then `Dutt:`: one guest, named in full once


def _puts(turn: list[str]) -> bool:
    """A turn that puts a question to the other: its last line ends in `?`, or asks and says `you`."""
    last = turn[-1] if turn[-1] or len(turn) == 1 else turn[-2]
    return ends_asking(last) or ("?" in last and says(last, "second_person"))


def fact_box_guest(metadata: dict) -> str | None:
    """The person a Q&A's fact box names in its header field for who (`HVEM: Ingvild Kjerkol (46)`, `Navn: …`,
    `Name: …`; styles/interview.toml), the age or title after it cut (`(46)`, `, 46`): the guest the top names."""
    for key in interview_words()["who_fields"]:
        value = str(metadata.get(key, "")).split("(")[0].split(",")[0].strip()
        if value and names_person(value):
            return value
    return None


def _credit_head(raw: str, n: int, parts: list[str]) -> bool:
    """`Burmistrz Nowak: Obwodnica będzie gotowa …` opening the page: a headline's credit, never a turn of unlabelled turns."""
    return "intro" not in parts[:n] and parse_label(_bare(raw)) is not None and not ends_asking(_bare(raw))


_LEAD_IN_WORDS = 40  # a question paragraph longer than this carries the page's intro before it
_STANDFIRST_LINES = 3  # a headline, a standfirst and a kicker or a caption: the top of an excerpt


def read(lines: list[str], first_line: int, metadata: dict, warnings: list[str]) -> list[Unit]:
    """The interview as units of read copy, bites and cues (parse/transcript.py's Reader)."""
    lines, numbers = flat_turns(lines)
    parts = plan(lines)
    texts = [_bare(raw) for raw in lines]
    # the guest only from the copy that presents them, above the first turn: never from a topic heading
    # (`On whether he joins the Ruiz government`) nor from the answers
    first_q = next((n for n, part in enumerate(parts) if part in ("q", "a")), len(lines))
    top = [raw for raw in lines[:first_q] if not is_credit_line(_bare(raw))]  # `Crédit photo : Matthew Oliver`: the photographer's, never the guest
    name = named_guest(top) or guest(top, lines) or (addressed(_bare(lines[first_q])) if parts[first_q : first_q + 1] == ["q"] else None)  # `Ministro Luigi Di Maio, …?`
    name = name or fact_box_guest(metadata) or honorific_name(top) or (greeting_name(_bare(lines[first_q])) if parts[first_q : first_q + 1] == ["q"] else None)  # `… Bonjour Claire Ménard.`
    if name is None and parts[first_q : first_q + 1] == ["q"] and len(lines[first_q].split()) > _LEAD_IN_WORDS:
        name = guest(lines[first_q : first_q + 1], lines)  # the intro run into the first question (`…, Malick Mbaye s'exprime … Qu'en pensez-vous ?`)
        name = name if name and speaks_here(_bare(lines[first_q]), name) else None  # `Le président Macky Sall a annoncé … ?`: whom it asks about
    speaker = Person(name, None, False)
    outlet = Person(None, None, True)
    reader = Reader(metadata, warnings)
    reader.heads = panel_heads(texts, parts)  # `Chrisnrita:` / `Allen:`: a panel's answers under the first names of the guests the page names
    told = narrated(texts, parts)  # a magazine's interview told as a story: its own paragraphs between the quoted answers
    wrapped = wrapped_prose(lines[:first_q], read_before_turns)  # the intro's prose the page hard-wrapped: read whole
    if name is None and "a" in parts:
        warnings.append(f"line {first_line + numbers[parts.index('a')] + 1}: the interview's guest could not be named; the answers have no super")
    for n, raw in enumerate(lines):
        part = parts[n]
        head, stamp = stamped_tail(_bare(raw)) if part in ("x", "intro") else (raw, "")
        if stamp or (part in ("x", "intro") and is_cue_line(_bare(raw))):  # `[Call of the Whip-poor-will]`: a cue, no subhead
            reader.keep(head) if stamp else None  # a web chat's `Answer (Jan 22, 2003 6:12:15 PM)`: the word kept, the time a cue
            reader.feed(stamp or raw, first_line + numbers[n] + 1)
            continue
        if part == "x" or (part == "intro" and (page_note(_bare(raw)) or quoting_head(_bare(raw)) or announces(_bare(raw)) or _credit_head(raw, n, parts))) or (part == "a" and closing_credit(_bare(raw))):
            reader.keep(raw.strip())  # a subhead between the turns, the blog's own note above them (`Here is the full transcript:`), the closing credit
            continue
        if part == "intro" and (n in wrapped or hands_over(_bare(raw)) or topic_over(texts, parts, n) or read_intro(texts, parts, n, _bare(raw) == raw.strip())):
            # `… Edited excerpts from an interview:`: the writer's lead-in; a paragraph of sentences introducing the guest: read (decks.py)
            reader.read_out(_bare(raw), first_line + numbers[n] + 1)
            continue
        if part in ("q", "a"):
            reader.started = True
            reader.turn = outlet if part == "q" or n in told else speaker
        if n in told:  # `Pausa, nuvolone dolciastro. …` between the quoted answers: the writer's narration, read
            reader.read_out(raw.strip(), first_line + numbers[n] + 1)
            continue
        if part == "q" and _bare(raw) == raw.strip() and parse_label(raw.strip()) is None:
            reader.read_out(raw.strip(), first_line + numbers[n] + 1)  # the outlet's question is read, whatever its case (`1. SON PARTI`)
            continue
        reader.feed(raw, first_line + numbers[n] + 1)
    return reader.finish()

