"""One quotation over several paragraphs, the English and Indonesian convention: every paragraph of it opens on the
quotation mark and only the last closes it (`“Sepanjang menggarap …` / `“Hal itu …` / `“Kemudian, … luas.”`).

A reader of any shape asks `continued_quotes` for the runs of such paragraphs: an interview whose answers are quoted so
(parse/interview.py), a web story quoting one speaker at length. A paragraph with no quotation mark at all between two
of the run's (a photo caption pasted in, `Shindu saat melakukan wawancara …`) does not end it and is not of it; an
excerpt may end before the quotation closes. Plain loops, linear time.
"""

from __future__ import annotations

__all__ = ["continued_quotes", "dash_put", "left_open", "writer_between"]

# the mark that opens a quotation and the one that closes it, by press: English curly, straight, French and German
_CLOSER = {"“": "”", '"': '"', "«": "»", "„": "“"}
_ALL_MARKS = "“”\"«»„"


def left_open(text: str) -> str | None:
    """The paragraph opens on a quotation mark and leaves the quotation open at its end (`“Hal itu yang menjadi …`):
    the mark, else None."""
    mark = text[:1]
    closer = _CLOSER.get(mark)
    if closer is None or (len(text) > 1 and text.rstrip(" .,;").endswith(tuple(_ALL_MARKS))):
        return None  # a paragraph ending on a mark closes its quotation, the mark mistyped or not (`«… all'unanimità. «`)
    if mark == closer:
        return mark if text.count(mark) % 2 else None
    return mark if text.count(mark) > text.count(closer) else None


def _opens_with(text: str, mark: str) -> bool:
    return text[:1] == mark


def continued_quotes(texts: list[str]) -> list[list[int]]:
    """The runs of paragraphs (indexes into `texts`, blank lines skipped) that make one quotation over several
    paragraphs: the first opens on a mark and leaves it open; each after it opens on the same mark again; the run ends
    on the paragraph that closes it, or at the end of the copy. Two paragraphs at least; one paragraph without any
    quotation mark may stand between two of them (a caption) and is left out of the run."""
    runs: list[list[int]] = []
    n, size = 0, len(texts)
    while n < size:
        mark = left_open(texts[n])
        if mark is None:
            n += 1
            continue
        run, k = [n], n + 1
        while True:
            k = _next_words(texts, k)
            if k < size and not _opens_with(texts[k], mark) and not any(ch in texts[k] for ch in _ALL_MARKS):
                after = _next_words(texts, k + 1)  # a caption between: the run goes on past it, without it
                k = after if after < size and _opens_with(texts[after], mark) else size + 1
            if k >= size or not _opens_with(texts[k], mark):
                break
            run.append(k)
            if left_open(texts[k]) is None:
                break  # the paragraph that closes the quotation
            k += 1
        if len(run) >= 2:
            runs.append(run)
        n = run[-1] + 1
    return runs


def _next_words(texts: list[str], k: int) -> int:
    """The next index from `k` with words, or len(texts)."""
    while k < len(texts) and not texts[k].strip():
        k += 1
    return k


def writer_between(texts: list[str], parts: list[str]) -> None:
    """A Q&A whose answers are quoted over paragraphs (`continued_quotes`), each run right under a question that ends
    in `?`: the desk's marks say which paragraphs are the guest's, so a paragraph on the answers' side ("a" in
    parse/interview.py's plan) with no quotation mark, outside the runs, is the writer's own (`RadVoice Indonesia telah
    mewawancarai Shindu …`): read as the outlet's ("q"). A paragraph between two paragraphs of one run, without a
    mark, is a caption the page set inside the answer: furniture ("x")."""
    runs = continued_quotes(texts)
    if not runs:
        return
    for run in runs:
        above = next((k for k in range(run[0] - 1, -1, -1) if texts[k].strip()), -1)
        if above < 0 or parts[above] != "q" or not texts[above].rstrip("\"”’') ").endswith(("?", "？", "؟")):
            return
    inside = {k for run in runs for k in range(run[0], run[-1] + 1)}
    members = {k for run in runs for k in run}
    for k in inside - members:
        if texts[k].strip():
            parts[k] = "x"
    for n, part in enumerate(parts):
        if part == "a" and n not in inside and not any(ch in texts[n] for ch in _ALL_MARKS):
            parts[n] = "q"


_DASHES = "-–—―"


def dash_put(texts: list[str], parts: list[str]) -> bool:
    """Every question of the plan opens on a speech dash and ends asking (`–Ministro, lo llevo ahora …?`), every answer
    under it plain, longer than its question: the desk's mark for the outlet's question, whatever words it asks in."""
    asked = [n for n, part in enumerate(parts) if part == "q"]
    answers = [n for n, part in enumerate(parts) if part == "a"]
    if not asked or not answers or any(texts[n][:1] in _DASHES for n in answers):
        return False
    if not all(texts[n][:1] in _DASHES and texts[n].rstrip("\"”’') ").endswith(("?", "？")) for n in asked):
        return False
    return sum(len(texts[n].split()) for n in answers) > sum(len(texts[n].split()) for n in asked)
