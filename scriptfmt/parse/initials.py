"""Turn marks with no colon. First names in capitals heading the presenter's paragraphs (`PAUL Time to
welcome our panel.`). Turns marked by the speaker's initials and a run of spaces (`CL          Hello and welcome …`,
`TAG        Thank you.`), as the WHO and other agencies print their briefings' transcripts. The
initials stand for a person the copy names in full (a key at the top, or the moderator's
introductions: `My name is Christian Lindmeier`, `we have Dr Tedros Adhanom Ghebreyesus`): the
turn is theirs. Initials no name of the copy spells out still mark a turn, with no name on air."""

from __future__ import annotations

import re

from scriptfmt.parse.labels import Label
from scriptfmt.parse.names import gender_of_first
from scriptfmt.parse.writing import east_asian

__all__ = ["WORD_LABEL", "first_name_heads", "head_label", "initials_key", "initials_turn", "qa_head", "word_labels"]

# two to four capitals, then a tab or two spaces or more, then the turn's words
_SPACED = re.compile(r"([A-Z]{2,4})(?:\t|[ ]{2,})(?=\S)")
_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+"
_NAME_RUN = re.compile(rf"{_WORD}(?:[ ]{_WORD}){{1,4}}")


def _spelled(lines: list[str]) -> dict[str, str | None]:
    """Initials -> the one full name of the copy with those initials (None when two names share them)."""
    found: dict[str, str | None] = {}
    for raw in lines:
        for m in _NAME_RUN.finditer(raw):
            tokens = m.group().split()
            for start in range(len(tokens) - 1):  # `Dr Tedros Adhanom Ghebreyesus`: the name may start later in the run
                name = " ".join(tokens[start:])
                key = "".join(t[0] for t in tokens[start:])
                if found.setdefault(key, name) not in (name, None):
                    found[key] = None
    return found


def initials_key(lines: list[str]) -> dict[str, str | None]:
    """The initials that mark turns (`CL`, `TAG`) -> the full name the copy gives them (None if none).
    Empty unless two turn marks at least stand for names of the copy: capitals and spaces alone
    (`VO    …` in a script) prove nothing. A letter and a full stop (`N. And when …?`) marks a turn of the one
    speaker labelled in full (`Nadia Rahman:`) whose first name starts so, two such letters at least."""
    marks = {m.group(1) for raw in lines if (m := _SPACED.match(raw.strip()))}
    spelled = _spelled(lines)
    key = {mark: spelled.get(mark) for mark in marks}
    if sum(1 for name in key.values() if name) >= 2:
        return key
    firsts: dict[str, set[str]] = {}
    for raw in lines:
        if (label := _full_label(raw.strip())) is not None:
            firsts.setdefault(label[0], set()).add(label)
    letters = {m.group(1): next(iter(firsts[m.group(1)])) for raw in lines if (m := _LETTER.match(raw.strip())) and len(firsts.get(m.group(1), ())) == 1}
    return letters if len(letters) >= 2 else {}


_LETTER = re.compile(r"([A-Z])\.[ ]+(?=[A-Z¿¡«“\"])")  # `N. And when does it open?`: a letter and a full stop open the turn
_FULL = re.compile(r"([^\W\d_][\w'’-]+(?:[ ][^\W\d_][\w'’-]+){1,2}):[ ]")  # `Hana Kovač: …`: a full name labels a turn


def _full_label(line: str) -> str | None:
    m = _FULL.match(line)
    return m.group(1) if m and all(word[0].isupper() and not word.isupper() for word in m.group(1).split()) else None


def initials_turn(line: str, key: dict[str, str | None]) -> Label | None:
    """`TAG        Thank you.` -> the label of `Tedros Adhanom Ghebreyesus` (or of the initials), its words; `N. …`
    -> the label of the `Nadia Rahman` whose letter it is."""
    m = (_SPACED.match(line) or _LETTER.match(line)) if key else None
    if not m or m.group(1) not in key:
        return None
    return Label(m.group(1), key[m.group(1)] or m.group(1), None, None, line[m.end():].strip())


def first_name_heads(lines: list[str]) -> set[str]:
    """First names in capitals opening two paragraphs or more, run into a sentence (`PAUL Time to
    welcome our panel.`): a presenter's label with no colon, as some broadcasters print their hosts."""
    counts: dict[str, int] = {}
    for raw in lines:
        head, _, rest = raw.strip().partition(" ")
        first = rest.split()[0] if rest.split() else ""
        capitals = first.isupper() and len(first.strip(".,'’")) > 1  # `PAUL I was a prop.`: the pronoun `I` is no run of capitals
        if head.isupper() and head.isalpha() and len(head) >= 3 and rest[:1].isupper() and not capitals and gender_of_first(head.title()):
            counts[head] = counts.get(head, 0) + 1
    return {head for head, count in counts.items() if count >= 2} | word_labels(lines) | caps_heads(lines)


# `TONY JONES Good evening …`, `ENELE SOPOAGA, PRIME MINISTER OF TUVALU 2013-19 Thank you …`: a full name in capitals,
# its title in capitals after a comma, run into the turn's first sentence with no colon
_CAPS_HEAD = re.compile(r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3})(, [A-Z0-9][A-Z0-9'’.-]*(?: [A-Z0-9][A-Z0-9'’.-]*){0,8})? (?=[A-Z][a-z'’])")


def caps_heads(lines: list[str]) -> set[str]:
    """Full names in capitals heading paragraphs, run into the turn (`TONY JONES Good evening …` / `VIRGINIA PEWAMU What
    will …?`), as a broadcaster prints a programme's transcript: two names at least, one of them opening on a given name.
    One turn each will do (an excerpt); a dateline in capitals (`NEW YORK The …`) names no one."""
    found = {m.group().rstrip(): m.group(1) for raw in lines if (m := _CAPS_HEAD.match(raw.strip()))}
    names = set(found.values())
    return set(found) if len(names) >= 2 and any(gender_of_first(name.split()[0].title()) for name in names) else set()


def word_labels(lines: list[str]) -> set[str]:
    """One word and a colon opening paragraphs run into their turns, in the outlet's own words (`Firoz: Our first
    question …?` / `Mahathir: Well, …`): two words at least, taking turns, the first turn asking (a `?` in it) and the
    turn after it, another word's, not. One exchange will do: the form is the mark, no list holds the words."""
    turns = [(head, rest) for raw in lines if (m := WORD_LABEL.match(raw.strip())) and (head := m.group(1)) and (rest := raw.strip()[m.end():])]
    if len({head for head, _ in turns}) < 2 or any(a == b for (a, _), (b, _) in zip(turns, turns[1:])):
        return set()
    (first, asked), (_, answer) = turns[0], turns[1]
    return {head + ":" for head, _ in turns} if "?" in asked and "?" not in answer and first != turns[1][0] else set()


WORD_LABEL = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ'’-]{2,}):[ ]+(?=\S)")  # `Firoz: Our first question …`


def head_label(line: str, heads: set[str]) -> Label | None:
    """`PAUL Time to welcome …` when PAUL heads two paragraphs or more, `Firoz: Our first …` when such labels take
    turns (`first_name_heads`)."""
    caps = _CAPS_HEAD.match(line)
    if caps and caps.group().rstrip() in heads:  # `ENELE SOPOAGA, PRIME MINISTER OF TUVALU Thank you …`: the name, its title
        return Label(caps.group().rstrip(), caps.group(1), (caps.group(2) or "").lstrip(", ") or None, None, line[caps.end():].strip())
    head, _, rest = line.partition(" ")
    name = head.rstrip(":")
    return Label(name, name, None, None, rest.strip()) if head in heads and rest.strip() else None


# `Q 代表幹事(時事通信)`, `A 知事`: a Japanese office's record heads each turn with the letter and who asks or answers
_QA_WHO = re.compile(r"(Q|A)[ \u3000]+([^\s。、．，,.?？]{1,20})")


def qa_head(line: str) -> Label | None:
    """`Q 代表幹事(時事通信)` / `A 知事` alone on the line, over the question or the answer: the letter is the turn's mark
    (the press asks, the answer is the briefer's), who speaks the label's title; the words are on the lines below."""
    m = _QA_WHO.fullmatch(line.strip())
    return Label(line.rstrip(), m.group(1), m.group(2), m.group(1).lower(), "", shape="qa") if m and any(east_asian(c) for c in m.group(2)) else None
