"""A Q&A pasted flat: the breaks between its turns lost, each question run into its answer.

The desk's page still takes turns, question and answer; only the paragraph breaks are gone. Read at the level of
the page, never of one line (one `?` in a paragraph is any writer's rhetorical question):
  1. glued turns: a question runs into its answer with no space (`… as governor?It was an anticlimax.`), twice at
     least on the page: every such line is cut at every lost break (`… that place.Trans-Nzoia is …` too);
  2. run-in turns: a question sentence and the answer after it on one line (`¿Cuánto tiempo estuvo en Radio Latina?
     Estuve toda la temporada …`, `… Pourquoi continuer ? Ma commune, je la connais …`), where the page answers
     twice at least in the first person (`I`, `we`: styles/interview.toml), one question put to the guest (`you`)
     or three answered; under a top that says the guest answers questions put in writing
     (`answering_evidence`), two answered questions on one line, one answer in the first person, will do.
     A labelled turn (`ANA RUIZ: Is it safe? We think so.`) is one speaker's and never cut; an answer that reports
     what others said (`"…," the mayor said.`) is a story's, not a guest's.
A line that opens with a sentence leading up to its question (`En six ans, vous avez connu … Pourquoi continuer ?`)
keeps that sentence with the question: it is the question's lead-in.
"""

from __future__ import annotations

import re

from scriptfmt.parse.labels import parse_label
from scriptfmt.parse.marked import split_asked
from scriptfmt.parse.qawords import interview_words, says
from scriptfmt.parse.standfirst import bare_line, ends_asking, reported
from scriptfmt.parse.turnsigns import cut_signed

__all__ = ["TOP_LINES", "flat_turns"]

TOP_LINES = 12  # the headline, standfirst and introduction: the first lines with words
_GLUED_ASK = re.compile(r"\?(?=[A-ZÀ-Þ])")  # `… as governor?It was an anticlimax.`: the break after a question lost
_GLUED_END = re.compile(r"(?<=[a-zß-ÿ][.!])(?=[A-ZÀ-Þ][a-zß-ÿ])")  # `… about that place.Trans-Nzoia is …`: the break after an answer


def flat_turns(lines: list[str]) -> tuple[list[str], list[int]]:
    """The page's lines with every flat line cut back into its turns; and, for each line, the index of the line
    it came from."""
    top = " ".join([raw.strip() for raw in lines if raw.strip()][:TOP_LINES]).lower()
    answers = any(word in top for word in interview_words()["answering_evidence"])
    glued = sum(len(_GLUED_ASK.findall(raw)) for raw in lines) >= 2
    # a line that opens in lower case carries on the sentence above: a question in it is the speaker's own, mid-answer
    groups = [[] if raw.isupper() or raw.strip()[:1].islower() or parse_label(raw.strip()) else _groups(raw.strip()) for raw in lines]
    # a caption transcript's lines (`00:23 alors que deviendraient vos retraites ? Ils …`) run on by the clock, not by turns
    captions = sum(1 for raw in lines if raw.strip() and bare_line(raw) != raw.strip()) >= 3
    run_in = not captions and _run_in_page(groups, lines)
    # three lines and more, each one exchange opening with its question (`¿Le cuesta delegar? Mucho. … me pregunto: ¿lo
    # estarán haciendo bien? Y casi siempre sí.`): a later question on the line is the guest's own, left in the answer
    exchanges = [line for line in groups if _replies(line)]
    one_each = len(exchanges) >= 3 and all(line[0][0] == "?" for line in exchanges)
    out: list[str] = []
    numbers: list[int] = []
    for n, raw in enumerate(lines):
        line = raw.strip()
        turns = (_glued(line) if glued else []) or cut_signed(line) or split_asked(line) or _turns_of(_one_exchange(groups[n]) if one_each else groups[n], run_in or answers and _answered_twice(groups[n]))
        out += turns or [raw]
        numbers += [n] * len(turns or [raw])
    return out, numbers


def _glued(text: str) -> list[str]:
    """The line cut at every lost break, after a question and after an answer ([] when it has none)."""
    if not _GLUED_ASK.search(text):
        return []
    cuts = sorted({m.end() for m in _GLUED_ASK.finditer(text)} | {m.start() for m in _GLUED_END.finditer(text)})
    return [text[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(text)]) if text[a:b].strip()]


def _groups(text: str) -> list[list[str]]:
    """The line's sentences grouped by asking or not: `["?", sentence, …]` / `[".", sentence, …]`; [] for a line
    with no question in it."""
    if "?" not in text:
        return []
    groups: list[list[str]] = []
    sentence: list[str] = []
    tokens = text.split()
    for k, token in enumerate(tokens):
        sentence.append(token)
        ends = token.rstrip("\"”’')»").endswith((".", "?", "!", "…"))
        if ends and (k + 1 == len(tokens) or tokens[k + 1].lstrip("\"“‘(¿¡«—–-")[:1].isupper()):
            kind = "?" if ends_asking(token) else "."
            if groups and groups[-1][0] == kind:
                groups[-1].append(" ".join(sentence))
            else:
                groups.append([kind, " ".join(sentence)])
            sentence = []
    if sentence and groups and groups[-1][0] == ".":
        groups[-1].append(" ".join(sentence))  # the line ends mid-sentence: the answer goes on
    elif sentence:
        groups.append([".", " ".join(sentence)])
    return groups


def _replies(groups: list[list[str]]) -> list[tuple[list[str], list[str]]]:
    """Each question group and the answer group right after it."""
    # (`… Do you think you've said too much? I mean, obviously there was so much pressure at that time—`: words broken
    # off with a dash or an ellipsis are the asker's, the guest cutting in, no answer)
    return [(ask, reply) for ask, reply in zip(groups, groups[1:]) if ask[0] == "?" and reply[0] == "." and not reply[-1].rstrip().endswith(("—", "–", "…", "..."))]


def _spoken(reply: list[str]) -> bool:
    """An answer in the guest's first person, never a story's report of what someone said."""
    text = " ".join(reply[1:])
    return says(text, "first_person") and not reported(text)


def _run_in_page(groups: list[list[list[str]]], lines: list[str]) -> bool:
    """The page's lines run their questions into their answers: two answered at least, in the first person, and no
    fewer lines running in than questions printed as paragraphs of their own (a page that prints its questions so
    keeps a guest's `Why? Because I …` in the answer)."""
    alone = sum(1 for raw in lines if ends_asking(raw) and len(raw.split()) <= 40)
    if sum(1 for line in groups if _replies(line)) < max(alone, 1):
        return False
    replies = [pair for line in groups for pair in _replies(line)]
    spoken = sum(1 for _, reply in replies if _spoken(reply))
    # a page hard-wrapped mid-answer (`¿Qué sabía? Muy poquito. Reconozco que …` / `de los que he preguntado …`): the
    # answer goes on over the lines under it, up to the next line that asks, and speaks in the first person there too
    spoken = max(spoken, sum(1 for n, line in enumerate(groups) if _replies(line) and _spoken(_replies(line)[-1][1] + _carried(groups, lines, n))))
    asked = [ask for ask, _ in replies] + [line[0] for line in groups if len(line) > 2 and line[1][0] == "?"]  # and a question's lead-in
    put = any(says(" ".join(ask[1:]), "second_person") for ask in asked)
    return spoken >= 2 and (put or len(replies) >= 3)


def _one_exchange(groups: list[list[str]]) -> list[list[str]]:
    """The line's opening question and all the rest as its one answer."""
    if len(groups) <= 2 or groups[0][0] != "?":
        return groups
    return [groups[0], [".", *(sentence for group in groups[1:] for sentence in group[1:])]]


def _carried(groups: list[list[list[str]]], lines: list[str], n: int) -> list[str]:
    """The lines under line `n` that carry its last answer on, when the line breaks off mid-sentence (`… te da una
    especie`): up to a blank line or the next line with a question."""
    carried: list[str] = []
    if lines[n].rstrip().endswith((".", "?", "!", "…", ")", "»", "”", '"')):
        return carried
    for k in range(n + 1, min(len(lines), n + 8)):
        if not lines[k].strip() or groups[k]:
            break
        carried.append(lines[k].strip())
    return carried


def _answered_twice(groups: list[list[str]]) -> bool:
    """One line holds two answered questions, one answer in the first person (under a top that says so)."""
    replies = _replies(groups)
    return len(replies) >= 2 and any(says(" ".join(reply[1:]), "first_person") for _, reply in replies)


def _turns_of(groups: list[list[str]], cut: bool) -> list[str]:
    """The line's turns, a lead-in sentence kept with the question it leads to ([] when not cut or no turn)."""
    if not cut or not _replies(groups):
        return []
    texts = [" ".join(group[1:]) for group in groups]
    if len(groups) >= 2 and groups[0][0] == "." and groups[1][0] == "?" and len(groups[0]) == 2:
        texts[:2] = [texts[0] + " " + texts[1]]  # `En six ans, vous avez connu … Pourquoi continuer ?`
    return texts
