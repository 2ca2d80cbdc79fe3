"""The turns of a Q&A printed without labels (parse/interview.py's plan): which paragraphs ask, which answer.

A desk that prints an interview without speaker labels still marks its turns, in any language: a question is
a short paragraph of its own (`short_paragraph`), an answer a longer one; the turns alternate all the way down; an
answer may open with the desk's speech dash (`– Nie, …`); the interviewer may put a statement instead of a
question, or open with a welcome the guest thanks for. These are the readings of those marks.
"""

from __future__ import annotations

import re
import unicodedata

from scriptfmt.parse.decks import is_story_prose
from scriptfmt.parse.initials import WORD_LABEL
from scriptfmt.parse.pagekind import announces_interview
from scriptfmt.parse.labels import parse_label
from scriptfmt.parse.qawords import interview_words, says
from scriptfmt.parse.standfirst import ends_asking, names_person, reported

__all__ = ["alone_marks", "alternation", "quoted_runs", "answer_runs", "asks_first", "courtesy", "credited_headline", "cut_off_asking", "cut_question", "dash_answers", "dialogue_dashes", "line_pairs", "long_question", "panel_heads", "paired_lines", "page_lines", "put_turns", "narrated", "quoting_head", "SECTION_NUMBER", "short_paragraph", "statements_put", "SPEECH_DASHES", "turn_about", "two_exchanges"]

SECTION_NUMBER = re.compile(r"(?:\d{1,2}|[IVX]{1,4})[ ]?[-–—.):][ ]?(?=[^\W\d_])")  # `1- Thay đổi`, `2. Le budget`, `IV) Europa`
SPEECH_DASHES = "-–—―"  # a dash opening a paragraph of direct speech (`-Porque me gusta mi pueblo`, `– Nie, …`)


def short_paragraph(text: str) -> bool:
    """A question printed alone: two sentences at most, forty words at most."""
    ends = sum(1 for n, ch in enumerate(text) if ch in ".?!" and (n + 1 == len(text) or text[n + 1] == " "))
    return ends <= 2 and len(text.split()) <= 40


def long_question(texts: list[str], n: int) -> bool:
    """A question put with its context, longer than a short paragraph (`The issue of gold, sugar, rice — … the CEO of
    GuySuco threatened …, is Guyana heading for economic troubles?`): it ends on its question mark, never speaks in the
    first person (a guest's answer asking back does: `… and what would I gain?`), and the paragraph under it answers
    at more length, without a question mark at its end."""
    after = next((k for k in range(n + 1, len(texts)) if texts[k]), None)
    if after is None or not ends_asking(texts[n]) or says(texts[n], "first_person") or ends_asking(texts[after]):
        return False
    return len(texts[after].split()) > len(texts[n].split())


def asks_first(text: str, least: int = 8) -> bool:
    """The question comes first and a statement after it (`Keda … esindas? Ta tahtis …`): the interviewer's
    question with what prompts it, eight words or more before the `?` (a guest's `Why? Because …` is no question)."""
    at = text.find("? ")
    return at > 0 and len(text[:at].split()) >= least and "?" not in text[at + 1:]


def answer_runs(texts: list[str], parts: list[str]) -> list[list[int]]:
    """The runs of answer lines, one run after each question."""
    runs: list[list[int]] = []
    last = ""
    for n, part in enumerate(parts):
        if part == "a":
            if last != "a":
                runs.append([])
            runs[-1].append(n)
        last = part or last
    return runs


def alternation(texts: list[str], parts: list[str]) -> int:
    """The most questions (`?`) in one run of turns in a row, each a short paragraph followed by one paragraph,
    longer, that does not ask: three make a Q&A printed without labels in any language, whoever the top names."""
    blocks: list[tuple[str, list[int]]] = []
    for n, part in enumerate(parts):
        if part in ("q", "a"):
            if blocks and blocks[-1][0] == part:
                blocks[-1][1].append(n)
            else:
                blocks.append((part, [n]))
    asking = best = 0  # the questions in the run of turns so far; a statement put between them (`_statements_put`) goes on with it
    for (part, asked), (_, answer) in zip(blocks, blocks[1:]):
        if part != "q":
            continue
        question, reply = texts[asked[-1]], " ".join(texts[n] for n in answer)
        turn = one_paragraph(texts, answer) and short_paragraph(question) and not ends_asking(reply) and len(reply.split()) > len(question.split())
        asking = asking + ("?" in question) if turn else 0
        best = max(best, asking)
    return best


def one_paragraph(texts: list[str], run: list[int]) -> bool:
    """The run of lines is one paragraph: one line, or a page hard-wrapped mid-paragraph, each line after the first
    carrying on the one above (it opens in lower case, or the line above ends mid-sentence: `… No sabía` / `demasiado.`)."""
    if any(b != a + 1 for a, b in zip(run, run[1:])):
        return False
    return all(texts[b][:1].islower() or not texts[a].rstrip("\"”’')»").endswith((".", "?", "!", "…", ":")) for a, b in zip(run, run[1:]))


def statements_put(texts: list[str], parts: list[str]) -> None:
    """In a Q&A that takes turns a paragraph at a time, the interviewer may put a statement instead of a
    question (`Sie waren lange im Amt.`, `Üks on kindel: … halb.`): inside an answer of several paragraphs, a
    later paragraph of two sentences and twenty-five words at most, shorter than the paragraph after it, is the
    interviewer's turn. Only where most answers are one paragraph: a guest's long answer keeps its paragraphs, and a
    paragraph in the first person that puts nothing to the guest (no `you`) is the guest's own."""
    runs = answer_runs(texts, parts)
    if parts.count("q") < 3 or 3 * sum(1 for run in runs if len(run) == 1) < 2 * len(runs):
        return
    for run in runs:
        for before, n, after in zip(run, run[1:], run[2:]):
            own = says(texts[n], "first_person") and not says(texts[n], "second_person")  # `Another aspect … I thought we improved …`: the guest's
            if parts[before] == "a" and short_paragraph(texts[n]) and len(texts[n].split()) <= 25 and len(texts[n].split()) < len(texts[after].split()) and not own:
                parts[n] = "q"


def put_turns(texts: list[str], parts: list[str]) -> None:
    """The outlet's turns that ask nothing of their own form, in a printed Q&A: its welcome (`courtesy`), a statement
    put to the guest (`statements_put`), the question the excerpt cuts off (`cut_question`)."""
    courtesy(texts, parts)
    statements_put(texts, parts)
    questions_opening(texts, parts)
    cut_question(texts, parts)


_OPENING_WORDS = 4  # `¿Qué está pasando en el ministerio?`: a question of its own, no guest's `¿Por qué?`


def questions_opening(texts: list[str], parts: list[str]) -> None:
    """A question put with what prompts it after it (`¿Qué es lo que está pasando en el Gobierno? Con relación al gas, el
    señor Bellido dijo …`), longer than a short paragraph: inside an answer's run, once two questions at least have taken
    their turns, a paragraph that opens asking (`asks_first`, four words at least), never in the first person, with a paragraph under it in
    the same run that does not ask and answers in the first person (or the question says `you`), is the outlet's next
    question (a guest's `Why? Because …` asks in fewer words; their `What does it mean? It means …` goes on unanswered)."""
    if parts.count("q") < 2:
        return
    for run in answer_runs(texts, parts):
        for n, after in zip(run[1:], run[2:]):
            answered = says(texts[after], "first_person") or says(texts[n], "second_person")  # (a guest's `What does it mean? It means …` goes on in the next)
            if asks_first(texts[n], _OPENING_WORDS) and not says(texts[n], "first_person") and not ends_asking(texts[after]) and answered and not _answers_itself(texts[n]):
                parts[n] = "q"


def _answers_itself(text: str) -> bool:
    """`Why does that matter? Because it is where …`: the sentence after the question opens on an answer's word."""
    return text[text.find("? ") + 2 :].lstrip().lower().startswith(interview_words()["because_openers"])


def cut_question(texts: list[str], parts: list[str]) -> None:
    """An excerpt cut off in the outlet's next question (`No seu discurso inaugural, …, o senhor não fez referência a
    Portugal justamente por causa de`): the page's last paragraph, under an answer, ends mid-sentence, puts something to
    the guest (`you`, `o senhor`, `votre`) and never speaks in the first person: the outlet's, read."""
    last = max((n for n, t in enumerate(texts) if t), default=-1)
    above = max((n for n in range(last) if texts[n]), default=-1)
    if above < 0 or parts[last] != "a" or parts[above] != "a" or "q" not in parts:
        return
    if cut_off_asking(texts[last]):
        parts[last] = "q"


def cut_off_asking(text: str) -> bool:
    """A paragraph the excerpt cuts off mid-sentence that puts something to the guest (`you`, `o senhor`, `votre`) and
    never speaks in the first person: the outlet's question, cut."""
    text = text.rstrip("\"”’'»)] ")
    return not text.endswith((".", "!", "?", "…", ":", ";")) and says(text, "second_person") and not says(text, "first_person")


def courtesy(texts: list[str], parts: list[str]) -> None:
    """`Welcome to the programme, Governor.` / `Thank you for your time.` right above the first question: the
    outlet's welcome, put to the guest (it says `you` or greets), and the guest's first turn, a courtesy only."""
    above = [n for n, part in enumerate(parts) if part == "intro"][-2:]
    if len(above) < 2 or "q" not in parts or above[1] > parts.index("q"):
        return
    welcome, thanks = (texts[n] for n in above)
    greets = says(welcome, "second_person") or welcome.lower().startswith(tuple(interview_words()["greetings"]))
    thanked = thanks.lower().startswith(interview_words()["thanks_openers"] + interview_words()["courtesy_openers"]) and len(thanks.split()) <= 12
    if greets and thanked and short_paragraph(welcome) and not ends_asking(thanks):
        parts[above[0]], parts[above[1]] = "q", "a"


def dash_answers(texts: list[str]) -> set[int]:
    """The paragraphs a desk marks as the guest's speech with a dash (`– Nie, ja się już dorobiłem.`), under
    questions printed plain: three at least right under a paragraph that ends in `?`, and most dashed paragraphs
    not asking (where the questions carry the dash, `—¿…?`, it marks the questions)."""
    dashed = [n for n, t in enumerate(texts) if t[:1] in SPEECH_DASHES and len(t) > 1 and t[1:2] == " "]
    above = {n: next((k for k in range(n - 1, -1, -1) if texts[k]), -1) for n in dashed}
    under = [n for n in dashed if above[n] >= 0 and texts[above[n]][:1] not in SPEECH_DASHES and ends_asking(texts[above[n]])]
    put = any(says(texts[above[n]], "second_person") for n in under)  # two will do when a question says `you` (`Har du …?`)
    return set(dashed) if (len(under) >= 3 or (len(under) == 2 and put)) and 2 * sum(ends_asking(texts[n]) for n in dashed) < len(dashed) else set()


def dialogue_dashes(texts: list[str]) -> set[int]:
    """Every turn opens with a dialogue dash, the question's and the answer's alike (`—¿Cuándo abrirá …?` /
    `—En primavera.`, `—«…»`, `- …? - …` cut in two): a dashed line that does not ask, right under a dashed one that
    does, twice at least. The dashed lines then take turns, the outlet's and the guest's: the indexes of the outlet's,
    on the side where most lines ask (a statement put to the guest takes its turn too), and the undashed line asking
    right above the first answer; none for any other copy."""
    dashed = [n for n, t in enumerate(texts) if t[:1] in SPEECH_DASHES and len(t) > 1]
    replies = sum(1 for a, b in zip(dashed, dashed[1:]) if _dash_asks(texts[a]) and not _dash_asks(texts[b]) and not any(texts[a + 1 : b]))
    # one question answered will do when three dashed paragraphs at least run on with nothing between them, the first
    # asking: the turns take their sides in order (`— ¿Cuál fue la misión …?` / `— En aquel momento …` / `— Pasó rápido
    # el tiempo.` / `— Sí, …`: the statement put to the guest is the outlet's turn)
    running = len(dashed) >= 3 and _dash_asks(texts[dashed[0]]) and not any(texts[k] for k in range(dashed[0], dashed[-1]) if k not in dashed)
    if replies < 2 and not (replies == 1 and running):
        return set()
    sides = [dashed[0::2], dashed[1::2]]
    asking = set(max(sides, key=lambda side: sum(_dash_asks(texts[n]) for n in side)))
    first = dashed[0]
    if first not in asking and first and ends_asking(texts[first - 1]):  # the first question set without its dash, a heading's way
        asking.add(first - 1)
    return asking


def _dash_asks(text: str) -> bool:
    """A dashed turn that asks: it ends in `?`, or opens on the Spanish press's `¿` (`—¿Y con la entrevista … sintió lo
    mismo? Aquella se tituló …`: the question, then what it puts to the guest)."""
    return ends_asking(text) or text[1:].lstrip()[:1] == "¿"


def page_lines(texts: list[str], parts: list[str]) -> None:
    """`Video`, `04:12 Min.`, `Verfügbar bis …`: the page's short lines (five words at most) between the
    introduction's last paragraph of prose and the first question are its furniture, never read."""
    prose = [n for n, part in enumerate(parts) if part == "intro" and is_story_prose(texts[n])]
    for n in range(prose[-1] + 1 if prose else len(parts), len(parts)):
        if parts[n] == "intro" and len(texts[n].split()) <= 5 and not topic_over(texts, parts, n):
            parts[n] = "x"


def topic_over(texts: list[str], parts: list[str], n: int) -> bool:
    """`Trzydzieści lat samorządu`, `1- Thay đổi` right above the first question (the page's furniture aside), or between the
    introduction's paragraphs: the desk's topic heading, read (two words at least, quoted words allowed, in
    ordinary case, words only, no person's name, never the headline nor a line that says interview: never `Video`,
    `04:12 Min.`, a breadcrumb, the writer's name)."""
    after = next((k for k in range(n + 1, len(parts)) if texts[k] and parts[k] != "x"), None)  # `Latest Videos` between: the page's
    numbered = SECTION_NUMBER.match(texts[n])  # `1- Thay đổi`: the desk numbers its sections
    text = texts[n][numbered.end() :] if numbered else texts[n]
    first = next(k for k, t in enumerate(texts) if t)
    capitals = text.isupper() and 2 * sum(ch.isupper() for ch in text) > sum(ch.isalpha() for ch in text)  # not `… PM मोदी …`
    # or between the introduction's paragraphs of prose (`Cảm xúc “ghế nóng”` over a pull quote): its section heading
    inside = after is not None and parts[after] == "intro" and _sentences(texts[after]) and any(parts[k] == "intro" and _sentences(texts[k]) for k in range(n))
    if after is None or parts[after] != "q" and not inside or n == first or _words(text) < 2 or capitals or not all(c.isalpha() or c in " -'’・“”\"«»‘" or unicodedata.category(c).startswith("M") for c in text):
        return False  # the headline; a breadcrumb (`Inicio » Entrevistas » …`), a date, a time, a credit
    caseless = text[:1].isalpha() and text[:1].lower() == text[:1].upper()  # a script with no capitals (`聞き流しやすい…`)
    return (text[:1].isupper() or caseless) and not names_person(text) and not announces_interview(text.lower())


def _sentences(text: str) -> bool:
    """A paragraph of prose: a sentence or more (parse/decks.py), or eight words at least ending on a sentence's mark."""
    return is_story_prose(text) or len(text.split()) >= 8 and text.rstrip("\"”“’' ").endswith((".", "!", "…", "。"))


def _words(text: str) -> int:
    """A line's words; a line in a script written without spaces (`聞き流しやすい・聞き取りやすいを両立`) counts one word in
    three of its letters."""
    return len(text.split()) if " " in text.strip() else max(1, len(text.strip()) // 3)


def quoting_head(line: str) -> bool:
    """`Ana Ruiz: ‘I was never going to stay …’` above the questions: the page's headline or photo caption
    quoting the guest, kept, never read."""
    label = parse_label(line)
    if label is not None:
        return label.rest[:1] in "‘“\"'«„" and bool(label.rest)
    head, colon, rest = line.strip().partition(":")  # `Prete: “Pur con budget ridotti faremo bene”`: a surname alone
    names = head.split()
    quoted = rest.strip()[:1] in "‘“\"'«„" and rest.strip()[-1:] in "’”\"'»“"  # (a box's heading alone, `KEY POINTS:`, quotes nobody)
    return bool(colon) and bool(rest.strip()) and 1 <= len(names) <= 4 and all(word[:1].isupper() for word in names) and quoted


_QUOTE_OPENERS = "«“\"„»"
_QUOTE_CLOSERS = ("»", "”", '"', "“", "«")
_ASKED_WORDS = 40  # a question printed between quoted answers: a short paragraph
_HEADLINE_WORDS = 12


def quoted_answers(texts: list[str]) -> set[int]:
    """A page whose every answer is a paragraph wholly inside quotation marks, nobody attributed (`“A todo el mundo le
    sorprendió …”.`), the outlet's questions the short paragraphs without a mark between them (`Aclárele a la gente si
    …`), an excerpt perhaps opening on an answer: the indexes of the questions; none for any other copy (two quoted
    paragraphs at least, one in the first person, one question at least, none ending in `?`, and no paragraph of
    anything else)."""
    quoted, asked = [], []
    for n, text in enumerate(texts):
        if not text:
            continue
        whole = text[:1] in _QUOTE_OPENERS and text.rstrip(". ").endswith(_QUOTE_CLOSERS) and not reported(text)
        if whole:
            quoted.append(n)
        elif len(text.split()) <= _ASKED_WORDS and not any(c in text for c in _QUOTE_OPENERS):
            asked.append(n)
        else:
            return set()
    spoken = any(says(texts[n], "first_person") for n in quoted)
    # questions that end in `?` are the plain reader's (a quoted headline over an intro is no answer); a quoted headline
    # opening the page is short, an answer is a paragraph
    plain = any(ends_asking(texts[n]) for n in asked) or len(texts[quoted[0]].split()) <= _HEADLINE_WORDS if quoted else True
    return set(asked) if len(quoted) >= 2 and asked and spoken and len(quoted) >= len(asked) and not plain else set()


def narrated(texts: list[str], parts: list[str]) -> set[int]:
    """A magazine's interview told as a story: every answer printed wholly inside quotation marks (`“Ho apprezzato …”.`),
    and between them paragraphs of the writer's own (`Pausa, nuvolone dolciastro. …`). A paragraph of an answer's run
    that opens with no quotation mark, under one whose quotation closed, is the writer's narration, never the guest's
    words: the indexes of those paragraphs; none unless every run opens on a paragraph wholly quoted."""
    runs = answer_runs(texts, parts)
    told: set[int] = set()
    for run in runs:
        lines = [n for n in run if texts[n]]
        if not lines or not _wholly_quoted(texts[lines[0]]):
            return set()
        for above, n in zip(lines, lines[1:]):
            if texts[n][:1] not in _QUOTE_OPENERS + "‘'" and (above in told or _wholly_quoted(texts[above])):
                told.add(n)
    return told


def _wholly_quoted(text: str) -> bool:
    """The paragraph opens on a quotation mark and closes one at its end (`“… politica”.`, `«…»`)."""
    return text[:1] in _QUOTE_OPENERS and text.rstrip(".,;: ").endswith(_QUOTE_CLOSERS)


_PAIRED_LINES = 6  # three exchanges at least, a line each
_PROMPT_WORDS = 25


def line_pairs(texts: list[str], asked: list[int]) -> list[int]:
    """A questionnaire printed a line a turn, no blank line between (`¿Quién lo gobierna?` / `Los sueños.` / `Su mayor
    premisa.` / `Que con niños felices …`): from the first question, the questions sit on every other line, so a line in
    their place that does not ask is the desk's prompt (`Su mayor premisa.`), and a line in the answers' place that asks is
    the guest asking back (`¿Sólo una?`). Three questions at least, three in four in the questions' place, and no line in
    their place speaking in the first person to nobody (the guest's answer running to a second line); else `asked`."""
    if not asked:
        return asked
    run = []
    for n in range(asked[0], len(texts)):
        if not texts[n]:
            break
        run.append(n)
    if len(run) < _PAIRED_LINES:
        return asked
    within = set(run)
    inside = [n for n in asked if n in within]
    placed = [n for n in inside if (n - run[0]) % 2 == 0]
    prompts = run[0::2]
    if len(placed) < 3 or 4 * len(placed) < 3 * len(inside) or any(len(texts[n].split()) > _PROMPT_WORDS for n in prompts):
        return asked
    if any(n not in asked and says(texts[n], "first_person") and not says(texts[n], "second_person") for n in prompts):
        return asked  # `Another aspect … I thought we improved …`: a guest's answer of two lines, never the desk's prompt
    return sorted((set(asked) - within) | set(prompts))


def paired_lines(texts: list[str], parts: list[str]) -> bool:
    """The plan takes turns a line at a time (`line_pairs`): three questions at least, each answered on the line under it,
    every line of the run a question or an answer in turn: a questionnaire by its own form, whatever the top says."""
    asked = [n for n, part in enumerate(parts) if part == "q"]
    return len(asked) >= 3 and line_pairs(texts, asked) == asked and all(parts[n + 1 : n + 2] == ["a"] for n in asked)


def turn_about(texts: list[str], parts: list[str], spoken: int) -> bool:
    """Questions and answers that take turns all the way down, when nothing at the top says so:
    three questions at least, two in three answered in one or two paragraphs and none in more than four
    (a column's rhetorical question is followed by its argument, not by a reply), and either the desk's
    marks (every answer quoted, or every question opening with a dash) or half the questions put to the
    guest (`What's next for you?`) and half the answers in the first person. Every question opening
    marked with `¿` is the desk's mark too."""
    asked = [n for n, part in enumerate(parts) if part == "q" and short_paragraph(texts[n])]
    answers = answer_runs(texts, parts)
    runs = [len(run) for run in answers]
    put = sum(1 for n in asked if says(texts[n], "second_person"))
    brief = sum(1 for run in runs if run <= 2)
    turns = len(asked) >= 3 and 3 * brief >= 2 * len(runs) and max(runs, default=0) <= 4
    # the desk's own marks say who speaks: every answer opens in quotation marks (`«Macché, …»`) or with a speech
    # dash (`– Nie, …`) under an unmarked question, or every question opens with a dialogue dash (`—¿Usted invitó …?`)
    marked = all(texts[run[0]][:1] in "«“\"‹„" + SPEECH_DASHES for run in answers) or all(texts[n][:1] in "—―" for n in asked)
    marked = marked or all("¿" in texts[n] for n in asked)  # `¿Hacia dónde va?`, `Por cierto, ¿le gustó …?`: the Spanish desk marks its questions
    return turns and (marked or (2 * put >= len(asked) and 2 * spoken >= len(runs)))


def two_exchanges(texts: list[str], parts: list[str], introduced: bool = False) -> bool:
    """An excerpt of two exchanges or more, nothing at the top saying so (`Ông từng làm báo …, vậy theo ông …?` /
    `Rõ nhất là … Tôi là người đầu tiên …`): two questions at least, each a paragraph ending on its question mark, never in
    the first person (a column asks itself `Why do I care?`), each answered at more length than it asks, in one or two
    paragraphs (a column's rhetorical question is followed by its argument, not by a reply), nothing reported (`…," she
    said`) and nothing ending on a question of its own; every answer says `I` or `we`, or half of them under a top that
    introduces the one person asked (`introduced`: where the desk's language drops the pronoun the verb carries the
    person, `Imagens de felicidade, … acho que …`; an explainer's `What is the levy?` names nobody)."""
    asked = [n for n, part in enumerate(parts) if part == "q"]
    answers = answer_runs(texts, parts)
    if len(asked) < 2 or len(answers) < 2 or any(not ends_asking(texts[n]) or says(texts[n], "first_person") for n in asked):
        return False
    if any(len(run) > 2 for run in answers):
        return False
    spoken = 0
    for run in answers:
        reply = " ".join(texts[n] for n in run)
        ask = max((n for n in asked if n < run[0]), default=-1)
        if ask < 0 or any(reported(texts[n]) for n in run) or ends_asking(texts[run[-1]]):
            return False
        if len(reply.split()) <= len(texts[ask].split()):
            return False
        spoken += says(reply, "first_person")
    return 2 * spoken >= len(answers) if introduced else spoken == len(answers)


def panel_heads(texts: list[str], parts: list[str]) -> set[str]:
    """A panel's answers under the outlet's unlabelled question, each opening on the first name of a guest the page
    names in full (`Chrisnrita Aumanu …, Allen Waitara …` / `Why was journalism …?` / `Chrisnrita: I …` / `Allen: I …`):
    the labels as written (`Chrisnrita:`), when two guests at least answer so and every such first name opens a
    full name the page writes elsewhere; none otherwise."""
    heads = {m.group(1) for n, part in enumerate(parts) if part == "a" and (m := WORD_LABEL.match(texts[n]))}
    page = " ".join(t for t in texts if not WORD_LABEL.match(t))
    named = {head for head in heads if re.search(rf"\b{re.escape(head)} [A-ZÀ-Ý][a-zà-ÿ'’-]+", page)}
    return {head + ":" for head in heads} if len(heads) >= 2 and named == heads else set()


def credited_headline(headline: str) -> bool:
    """The headline credits its words to someone at its end (`We will hold the vote: PM Okonkwo`,
    `… – Donald Duke`): a column's headline credits nobody."""
    cut = max(headline.rfind(": "), headline.rfind(" – "), headline.rfind(" — "))
    credit = headline[cut:].lstrip(":–— ").split() if cut > 0 else []
    return 1 <= len(credit) <= 5 and all(word[:1].isupper() for word in credit)


_MARK_TRIM = ":-–—ـ.) "  # `Q`, `Q.`, `A -`, `ج ـ`: the mark and its punctuation, alone on the line


def alone_marks(texts: list[str]) -> list[str]:
    """The desk's word for the question and for the answer set alone on a line above each turn (`Q` / `A`, the Arabic desk's
    `س` / `ج ـ`; styles/interview.toml asking_labels, answering_labels): each line's part, `x` for a mark, `q` or `a` for
    the lines under it up to the next mark, `intro` above the first; [] unless a question's mark and an answer's take
    turns, the question's first."""
    words = interview_words()
    kinds = ["q" if mark in words["asking_labels"] else "a" if mark in words["answering_labels"] else "" for t in texts for mark in [t.strip().strip(_MARK_TRIM).lower()]]
    kinds = [kind if len(texts[n].strip()) <= _MARK_CHARS else "" for n, kind in enumerate(kinds)]
    marks = [kind for kind in kinds if kind]
    if len(marks) < 2 or marks[0] != "q" or "a" not in marks or any(a == b for a, b in zip(marks, marks[1:])):
        return []
    parts, turn = [], "intro"
    for n, text in enumerate(texts):
        turn = kinds[n] or turn
        parts.append("" if not text else "x" if kinds[n] else turn)
    return parts


_MARK_CHARS = 12  # `Respuesta.-`, `Question :`: a mark alone, no words of a turn


_TURN_OPENS = "«“\"‹„"  # (parse/interview.py's quotation marks, opening and closing an answer)
_TURN_CLOSES = ("»", "”", '"', "›", "“")


def quoted_runs(texts: list[str], parts: list[str], answers: list[list[int]]) -> bool:
    """Each answer a run wholly inside the desk's quotation marks (`«L'idea è nata …»`, `“Es de las dos cosas. …”.`),
    opened on its first paragraph and closed on its last, each right under a question paragraph that ends in `?`."""
    if not answers:
        return False
    for run in answers:
        ask = next((k for k in range(run[0] - 1, -1, -1) if texts[k]), -1)
        last = texts[run[-1]].rstrip(". ")
        if ask < 0 or parts[ask] != "q" or not ends_asking(texts[ask]) or texts[run[0]][:1] not in _TURN_OPENS or not last.endswith(_TURN_CLOSES):
            return False
    return True
