"""Questions the desk marks itself, whatever the top of the copy says: a number after its word for a
question (`Question – 1 – …`, `Question 1:`, `Q1.`, `Pregunta 2:`, `Frage 3:`), a bullet or dash
before a question (`• How has your stay been …?`, `- What comes next?`), or a question set wholly in bold (`**¿Por qué
el podcast?**`, as a page arrives in Markdown).

Two such questions at least, each answered by unmarked paragraphs below it, are a Q&A: the marked lines
are the outlet's questions, every unmarked paragraph up to the next marked one is the guest's answer
(even one that ends in `?`: the guest asking back). Never a list: a bulleted list of facts asks nothing,
a numbered list of recommendations (`1. Fund the buses.`) has no word for a question, and bulleted
questions one under the other with nothing between them (`Questions the council must answer: • Who pays?
• When?`) are a list of questions nobody answered. The words are in styles/interview.toml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scriptfmt.parse.holder import holders
from scriptfmt.parse.qawords import interview_words, says
from scriptfmt.parse.standfirst import ends_asking

__all__ = ["marked_questions", "split_asked"]

_BULLET = re.compile(r"[•●▪◦‣∙·■►▸*\-–—][ ]")  # a list item's mark, then a space
_BARE_NUMBER = re.compile(r"\d{1,2}[.)]?[ ]+(?=\S)")  # `1 Erinnern Sie sich …?`, `2. What …?`
_PROMPT = re.compile(r"(\d{1,2})[.)][ ]?(?=[^\W\d_])")  # `1) La prima cosa che fa se viene eletto`, `3)Sindaco …`
_PROMPT_WORDS = 15
_ASKED_THEN_QUOTED = re.compile(r"\?[ ]+(?=[“\"«„‘])")  # `• Quando riapre? “Da lunedì …”`: the answer quoted after the question


@lru_cache(maxsize=1)
def _numbered() -> re.Pattern:
    """The desk's word for a question, a number, a mark: `Question – 1 – `, `Question 1:`, `Q1.`, `Q.2`, `Frage 3:`."""
    words = "|".join(sorted(map(re.escape, interview_words()["numbered_question_words"]), key=len, reverse=True))
    # the question may hug the mark, in quotation marks (`Frage 3:,, Wächst …''`, `Q2:"Why …"`)
    return re.compile(rf"(?i:{words})[ ]?(?:[-–—.:#][ ]?)?\d{{1,3}}(?:[ ]?[-–—.:)])?(?:[ ]+(?=\S)|(?=[„“\"«]|,,))")


def _mark(text: str) -> str:
    """`n` for a numbered question, `b` for a bulleted one, `p` for a numbered prompt that asks nothing itself (`1) Il
    paese che vorrebbe`), "" for a line the desk did not mark as a question."""
    if _BARE_NUMBER.match(text) and (ends_asking(text) or text.endswith("…") and not text.isupper()):
        return "n"  # `1 Erinnern Sie sich …?`, `4 Und sich selbst mit drei Eigenschaften …`: the number alone, the line asks or trails off for the guest to finish (not a digest's heading in capitals)
    if _numbered().match(text) and ("?" in text or says(text, "second_person")):
        return "n"  # it asks (`Q4 revenue rose` is a quarter's figure)
    if (_BULLET.match(text) or _bold(text)) and ends_asking(text):
        return "b"  # `• How has your stay been?`, `**¿Por qué el podcast?**`: bulleted, or set in bold
    return "p" if _PROMPT.match(text) and len(text.split()) <= _PROMPT_WORDS else ""


def _bold(text: str) -> bool:
    """The line set wholly in bold, as a page arrives in Markdown (`**¿Cómo nació la plataforma?**`)."""
    return len(text) > 4 and text.startswith("**") and text.endswith("**") and "**" not in text[2:-2]


def split_asked(text: str) -> list[str]:
    """A question and the guest's quoted answer printed on one line (`• Quando riapre la linea? “Da lunedì. …”`,
    `E le tariffe? «Non quest'inverno.»`: marked, or the answer quoted to the line's end): the question and the
    answer as two lines; [] for any other line (`Perché? «Non lo so», ha detto.` goes on after the quotation)."""
    m = _ASKED_THEN_QUOTED.search(text)
    if m is None:
        return _asked_then_answered(text)
    whole = text.rstrip()[-1:] in "»”\"“«"  # `E le tariffe? «Non quest'inverno.»`: the rest of the line is the answer, mark to mark
    if not (whole or _BULLET.match(text) or _BARE_NUMBER.match(text) or _numbered().match(text)):
        return []
    return [text[: m.start() + 1], text[m.end():]]


# `4. O sr. conversou com Dilma? Estive com a presidente …`: a numbered question, its answer after it on the line
_ASKED_THEN_SAID = re.compile(r"\?[ ]+(?=[A-ZÀ-Þ])")
# `- Adınız bir az qalmaqallıdır? - Nə mənada?`: a dash opens the question and another the answer, on one line
_DASH_REPLY = re.compile(r"(?<=[?.!…])[ ]+(?:[–—][ ]?|-[ ])(?=\S)")  # `… ? —Mañana.`, `… ? - Nə mənada?`


def _asked_then_answered(text: str) -> list[str]:
    """A numbered question and its answer on one line, cut at the question mark (the rest does not ask); a dashed
    question (`- …?`) and the dashed answer run into it, cut before the answer's dash; [] for any other line."""
    if (text[:2] == "- " or text[:1] in "–—") and (m := _DASH_REPLY.search(text)) is not None:
        return [text[: m.start()], text[m.start():].strip()]
    m = _ASKED_THEN_SAID.search(text) if _BARE_NUMBER.match(text) or _numbered().match(text) else None
    if m is None or ends_asking(text) or len(text[m.end():].split()) < 3:
        return []
    return [text[: m.start() + 1], text[m.end():]]


def marked_questions(texts: list[str]) -> set[int]:
    """Indexes of the questions the desk marks (numbered, or bulleted), when two at least of one kind are
    each answered by an unmarked paragraph before the next; else none."""
    marks = [_mark(text) if text else "" for text in texts]
    numbered = [n for n, mark in enumerate(marks) if mark in "np" and mark]
    for kind, found in (("n", [n for n in numbered if marks[n] == "n"]), ("b", [n for n, mark in enumerate(marks) if mark == "b"]), ("p", numbered)):
        answers = _answers(texts, marks, found)
        if len(found) >= 2 and len(answers) >= 2 and 2 * len(answers) >= len(found) and (kind != "p" or _questionnaire(texts, found, answers)):
            return set(found) | (_numbered_before(texts, found) if kind == "n" else set())
    return set()


def _number(text: str) -> int | None:
    """The running number a line opens with (`2. ¿Quién …?` -> 2), or None."""
    m = _BARE_NUMBER.match(text)
    return int(text[: m.end()].strip().rstrip(".)")) if m and text[: m.end()].strip().rstrip(".)").isdigit() else None


def _numbered_before(texts: list[str], found: list[int]) -> set[int]:
    """The questionnaire's earlier items, numbered in the same run but not asking (`1. Defínase a usted mismo sin decir su
    profesión.` above `2. ¿Quién es …?`): an instruction put to the guest is the desk's question too, the paragraphs
    under it the answer. Each must carry the number one less than the item below it, an answer between them."""
    below, more = found[0], set()
    while (number := _number(texts[below])) is not None and number > 1:
        above = next((k for k in range(below - 1, -1, -1) if texts[k] and _number(texts[k]) is not None), None)
        if above is None or _number(texts[above]) != number - 1 or not any(texts[k] for k in range(above + 1, below)):
            break
        more.add(above)
        below = above
    return more


def _answers(texts: list[str], marks: list[str], found: list[int]) -> list[str]:
    """The unmarked paragraphs between each marked line and the next, joined; one per answered question."""
    ends = found[1:] + [len(texts)]
    runs = [" ".join(texts[k] for k in range(n + 1, end) if texts[k] and not marks[k]) for n, end in zip(found, ends)]
    return [run for run in runs if run]


def _questionnaire(texts: list[str], found: list[int], answers: list[str]) -> bool:
    """Numbered prompts that ask nothing themselves (`1) La prima cosa che fa se viene eletto`, `2) Il paese che
    vorrebbe`) are the desk's questionnaire only when numbered from one in order and answered in the first person
    (`Voglio un paese …`, `il mio paese`) at least half the time, or, under a headline naming whose answers they are
    (`… – Lucio Toninelli: «…»`, parse/holder.py), once, each prompt answered (Italian and Spanish verbs carry the
    person: `Sono molto disponibile`): never a numbered list of points explained below."""
    numbers = [int(_PROMPT.match(texts[n]).group(1)) if _PROMPT.match(texts[n]) else 0 for n in found]
    spoken = sum(1 for answer in answers if says(answer, "first_person"))
    every = len(answers) == len(found) and spoken >= 1 and bool(holders([text for text in texts[: found[0]] if text]))
    return numbers == list(range(1, len(found) + 1)) and (2 * spoken >= len(answers) or every)
