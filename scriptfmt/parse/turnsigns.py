"""An interview's turn marks: a mark that opens every question, or every answer, and takes turns with the other
side is the desk's mark for whose turn it is, whatever the mark and whatever the language (`- 질문` / `▲ 답변`,
`──質問ですか?` over the answer, `■ Pergunta` / `□ Resposta`). Read from the form of the lines alone: one exchange
will do, as an excerpt pasted from the top of a page shows one or two.

  1. two marks: lines opening with one mark (the first on the page: the outlet's question), each followed right
     away by a line opening with another mark (the answer), never two of one side in a row: the first mark's lines
     ask, the second mark's and the unmarked lines under them answer. Unmarked lines between a question and its
     answer's mark carry the question on when the last of them asks (`* ما هو …؟!` / `و إلى أي مدى …؟` / `- أنا …`),
     and the excerpt's first or last question may stand unanswered. Two dashes of different widths are one
     desk's dialogue dashes (parse/qaturns.py), never two sides;
  2. one mark on the questions: a typesetter's doubled dash (`──`, `――`, `——`; a typewriter's `--` credits a pull
     quote, `-- Ana Ruiz after the race`) opening a line, each followed by unmarked
     paragraphs (the last may be cut off by the excerpt); one such line must ask (`?`, `？`) and be answered at more
     length, two need not (`──なるほど。`, answered `はい。`);
  3. a single dash on the questions only, two turns at least, half of them asking, each answered at more length by
     unmarked paragraphs (`- 3년 만의 앨범이다. …?` / `지난 몇 년 동안 …` / `- 타이틀곡은 직접 썼다고 들었다.` / `네, …`);
  4. one exchange in dialogue dashes, the same dash opening the question and the answer (`— Сергей Иванович, когда …?` /
     `— Подрядчик обещает …`): the only dashed lines on the page, the first asking, the second not and saying more, and
     no dash inside either (`— Мы закончим, — сказал он.` is a story's quotation and its attribution); two exchanges
     and more are parse/qaturns.py's `dialogue_dashes`;
  5. a symbol mark (`▲`, `▶`, `■`: Unicode's other symbols, never a letter, a dash or a quotation mark) inside a
     dashed question's line (`- 질문 ▲ 답변`) opens the answer: the line is cut before it, and a bracketed
     credit opening the line (`[Daily 김영환 기자] - 질문`) is cut off the question.
"""

from __future__ import annotations

import unicodedata

from scriptfmt.parse.punctuation import ASKING_MARKS

__all__ = ["cut_signed", "dash", "mark", "signed_questions"]

_OPENERS = "«“\"„‘'‹([{<¿¡"  # quotation marks and brackets open words, never a turn
_MARK_CHARS = 3  # `──`, `▲`, `- `: a mark is short


def mark(text: str) -> str:
    """The line's opening mark: its leading run of punctuation or symbols (a dash, `▲`, `──`), a run of one
    character read as that character doubled at most; "" for a line that opens with words or quotation marks."""
    mark = ""
    for ch in text[:_MARK_CHARS]:
        if ch.isalnum() or ch.isspace() or ch in _OPENERS:
            break
        mark += ch
    if len(mark) > 2 and len(set(mark)) == 1:
        mark = mark[:2]
    return mark if mark and mark == text[: len(mark)] else ""


def dash(mark: str) -> bool:
    return bool(mark) and all(unicodedata.category(ch) == "Pd" or ch in "─━" for ch in mark)


def _symbol(ch: str) -> bool:
    """A symbol mark: Unicode's other symbols (geometric shapes, arrows), never a letter, dash or quotation mark."""
    return unicodedata.category(ch) == "So"


def _asks(text: str) -> bool:
    return text.rstrip("\"”’'）)」』 ").rstrip("!").endswith(ASKING_MARKS)  # `…?`, `…？`, `…؟!`


def _sentences(text: str) -> int:
    """The sentences a paragraph ends (`.`, `!`, `?` before a space or at the end; `。` anywhere)."""
    ends = sum(1 for k, ch in enumerate(text) if ch in ".!?" and (k + 1 == len(text) or text[k + 1] == " "))
    return ends + sum(1 for ch in text if ch in "。！？")


def _size(text: str) -> int:
    """A paragraph's length in characters without spaces: CJK copy writes no spaces between words."""
    return sum(1 for ch in text if not ch.isspace())


def signed_questions(texts: list[str]) -> set[int]:
    """The indexes of the outlet's questions the desk's turn marks give (rules 1 to 4 of the module's docstring);
    none for any other copy."""
    lines = [n for n, t in enumerate(texts) if t]
    marks = {n: mark(texts[n]) for n in lines}
    return _two_marks(texts, lines, marks) or _doubled_dash(texts, lines, marks) or _dashed_questions(texts, lines, marks) or _one_dialogue_exchange(texts, lines, marks)


def _turns(lines: list[int], marks: dict[int, str], asking: str) -> list[tuple[int, list[int]]]:
    """Each line opening with `asking` and the lines under it up to the next such line."""
    turns: list[tuple[int, list[int]]] = []
    for n in lines:
        if marks[n] == asking:
            turns.append((n, []))
        elif turns:
            turns[-1][1].append(n)
    return turns


def _two_marks(texts: list[str], lines: list[int], marks: dict[int, str]) -> set[int]:
    first = next((n for n in lines if marks[n]), None)
    if first is None:
        return set()
    asking = marks[first]
    turns = _turns(lines, marks, asking)
    # the answer's mark opens the first marked line under each question; unmarked lines above it carry the question on
    # (`* ما هو دور …؟!` / `و إلى أي مدى …` / `- أنا أعتقد …`), and the excerpt's first or last question may stand unanswered
    said = {n: next((k for k in under if marks[k]), None) for n, under in turns}
    answering = {marks[k] for k in said.values() if k is not None}
    if len(answering) != 1:
        return set()
    answer = answering.pop()
    if not answer or answer == asking or (dash(answer) and dash(asking)):
        return set()
    if not (all(_symbol(ch) for ch in answer) or any(_asks(texts[n]) for n, _ in turns)):
        return set()  # a list's marks (`- …` / `* …`): the answers' mark a symbol (`▲`), or the questions ask
    edges = {turns[0][0], turns[-1][0]}
    for n, under in turns:
        k = said[n]
        if k is None and n in edges and len(turns) > 1:
            continue
        if k is None or k != under[0] and not _asks(texts[under[under.index(k) - 1]]) or any(marks[m] not in ("", answer) for m in under):
            return set()
        if _size(texts[k]) <= _size(texts[n]) and not (n == turns[-1][0] and _asks(texts[n])):
            return set()  # an answer says more than the question puts (`▶ Read more: …` under a list's item does not); the excerpt may cut the last short
    if not any(_asks(texts[n]) or said[n] is not None and _sentences(texts[said[n]]) >= 2 for n, _ in turns):
        return set()  # a question asks, or an answer speaks in sentences: never a link under a list's item
    return {n for n, _ in turns} | {m for n, under in turns for m in under[: under.index(said[n]) if said[n] is not None else len(under)]}


def _doubled_dash(texts: list[str], lines: list[int], marks: dict[int, str]) -> set[int]:
    asked = [n for n in lines if len(marks[n]) == 2 and marks[n][0] == marks[n][1] and dash(marks[n]) and marks[n][0] != "-"]
    if not asked:
        return set()
    turns = _turns(lines, marks, marks[asked[0]])
    if turns and not turns[-1][1] and len(turns) > 1:
        turns = turns[:-1]  # the excerpt cut off under its last question: the questions above it still count
    for n, under in turns:
        if not under or any(marks[k] for k in under):
            return set()
    if len(turns) == 1 and not (_asks(texts[turns[0][0]]) and _size(" ".join(texts[k] for k in turns[0][1])) > _size(texts[turns[0][0]])):
        return set()  # one exchange: the question asks and the answer says more than it
    return {n for n, _ in turns} | set(asked[len(turns):])


def _dashed_questions(texts: list[str], lines: list[int], marks: dict[int, str]) -> set[int]:
    """A single dash opening the questions only (`- 3년 만의 앨범이다. 어떤 이야기를 담았나?` / `- 타이틀곡은 직접 썼다고 들었다.`),
    every dashed line followed by unmarked paragraphs longer than it, two turns at least and half of them asking, or every
    answer opening in quotation marks (the Korean desk's `-취임 100일을 맞은 소감은.` / `"시민들이 …"`, its questions ending
    on a full stop): the desk's questions, statements put to the guest among them; a list's dashed items ask nothing."""
    single = {n: bool(marks[n]) and len(marks[n]) == 1 and dash(marks[n]) for n in lines}
    dashed = [n for n in lines if single[n]]
    if len(dashed) < 2 or len({marks[n] for n in dashed}) != 1 or any(marks[n] and not single[n] for n in lines):
        return set()
    turns = _turns(lines, marks, marks[dashed[0]])
    quoted = all(under and texts[under[0]][:1] in "“\"«„「『" for _, under in turns)  # `-소감은.` / `"…"`: the desk quotes every answer
    if len(turns) < 2 or 2 * sum(1 for n, _ in turns if _asks(texts[n])) < len(turns) and not quoted:
        return set()
    if any(not under or _size(texts[under[0]]) <= _size(texts[n]) for n, under in turns):
        return set()
    return {n for n, _ in turns}


def _one_dialogue_exchange(texts: list[str], lines: list[int], marks: dict[int, str]) -> set[int]:
    dashed = [n for n in lines if marks[n] and dash(marks[n]) and len(marks[n]) == 1]
    if len(dashed) != 2 or marks[dashed[0]] != marks[dashed[1]] or dashed[1] != next(n for n in lines if n > dashed[0]):
        return set()
    asked, answer = (texts[n] for n in dashed)
    if not _asks(asked) or _asks(answer) or _size(answer) <= _size(asked) or any(d in t[1:] for t in (asked, answer) for d in (" — ", " – ", " - ")):
        return set()
    return {dashed[0]}


def cut_signed(line: str) -> list[str]:
    """A dashed question and the answer its symbol mark opens on one line, cut before the mark (rule 5); [] for any
    other line."""
    text = line.strip()
    credit = ""
    if text[:1] == "[" and "]" in text:  # `[이데일리 SPN 김영환 기자] - 최근 …`: the wire's credit, then the question
        head, _, rest = text.partition("]")
        credit, text = head + "]", rest.strip()
    if not dash(mark(text)[:1]):
        return []
    cut = next((k for k in range(1, len(text) - 1) if text[k - 1] == " " and _symbol(text[k]) and text[k + 1] == " "), 0)
    if not cut:
        return []
    return [part for part in (credit, text[:cut].strip(), text[cut:].strip()) if part]

