"""A page that shows a script as an example or a sample (a journalism course page, a reporter's
portfolio): `… This can also be called a "donut". / Here's an example: / "This is Doc …`,
`Below are 3 samples of television reports that I have worked on …`.

The desk's rule: the script is the copy; the page's own prose up to the line that announces the
example (that line too) is the page's (metadata), never read. Only near the top, only when the
page speaks of scripts, so a news story that gives "examples" is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.cues import load_vocabulary
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.scriptshape import looks_like_script
from scriptfmt.sentences import sentences

# `Here's an example:`, `Below are 3 samples of television reports …`, `The following is a sample script`
_ANNOUNCES = re.compile(
    r"(?i:(?:here['’]?s|here[ \t]+(?:is|are)|below[ \t]+(?:is|are)|the[ \t]+following[ \t]+(?:is|are))"
    r"\b[^.!?]{0,60}?\b(?:an?[ \t]+)?(?:examples?|samples?)\b)"
)
_SCRIPT_WORDS = re.compile(
    r"(?i:\b(?:scripts?|soundbites?|sound[ \t]+bites?|actualit(?:y|ies)|wraps?|packages?|newscasts?|television|radio|tv"
    r"|gui[oó]n(?:es)?|libretos?|roteiros?|noticieros?|radiof[oó]nicos?)\b)"
)
# `Ejemplo de guion de noticiero:`, `Example of a news script:`: a line that names the example and
# ends with a colon, the script right under it (a page in any language, the prose above it long).
_NAMES_EXAMPLE = re.compile(r"(?i:(?:an?[ \t]+)?(?:examples?|samples?|ejemplos?|exemplos?|exemples?|esempio|modelo)\b[^.!?:]{0,60}:)")
_LOOK_LINES = 40
_LOOK = 6  # the announcement comes near the top of the page
_INTRO_WORDS = 8  # `Lesen Sie hier das Manuskript zum Beitrag:`
_NOUN_WITHIN = 5
_SAMPLE_LABEL = re.compile(r"(?i:sample)[ \t]*[-–#]?[ \t]*\d{1,2}[ \t]*[:.-]?[ \t]*")  # `Sample -1`, `Sample 2:` before the script


@lru_cache(maxsize=1)
def _handover_words() -> tuple[frozenset[str], frozenset[str]]:
    data = tomlfile.load_builtin("markup.toml")["sample"]
    return frozenset(w.lower() for w in data["script_nouns"]), frozenset(w.lower() for w in data["handover_openers"])


def introduces_script(text: str) -> bool:
    """`Das Manuskript zum Beitrag:`, `Here is the script:`, `Guion:`: a short line ending in a colon
    that names the script under it, opening with the noun or a handover word (`He read from a
    prepared script:` in a story is none)."""
    t = text.strip()
    words = [w.strip(".,:;()\"'“”„«»-–—").lower() for w in t.split()]
    nouns, openers = _handover_words()
    named = any(w in nouns for w in words[:_NOUN_WITHIN])
    if len(words) == 1 and named:
        return True  # `Script`, `MANUSKRIPT:`: the script's own heading
    return t.endswith(_HANDOVER_ENDS) and len(words) <= _INTRO_WORDS and named and (words[0] in nouns or words[0] in openers)


_HANDOVER_ENDS = (":", "-", "–", "—")  # `Here is the script:`, a blog's `Here goes the script-`


def page_above(lines: list[str], start: int, metadata: dict) -> int:
    """Where the copy starts on a page that announces the script it carries (`Here goes the script-`): the
    page's own prose above (a blog's, a course's, in its writer's `I`) is filed with the page's furniture
    before the copy's shape is judged, so the writer's voice is never taken for a speaker's."""
    shown = [n for n in range(start, len(lines)) if lines[n].strip()][:_LOOK_LINES]
    k = announced_at([lines[n].strip() for n in shown])
    if k is None or k + 1 >= len(shown) or len(lines[shown[k]].split()) < 2:
        return start  # a heading alone (`Script`) is the script's own: its readers take it
    below = lines[shown[k] + 1 :]
    key = "script_furniture" if looks_like_script(below, load_vocabulary()) else "furniture"  # where the script's or the story's reader files it
    metadata.setdefault(key, []).extend(lines[n].strip() for n in shown[: k + 1])
    return shown[k] + 1


def announced_at(texts: list[str]) -> int | None:
    """Which of the page's first paragraphs announces its example script (`Here is an example of a
    news script:`) or hands over to the script it carries (`Das Manuskript zum Beitrag:`), or None."""
    for k, text in enumerate(texts[:_LOOK]):
        if len(text.split()) <= 25 and _ANNOUNCES.match(text) and any(_SCRIPT_WORDS.search(t) for t in texts[: k + 1]):
            return k
    return next((k for k, text in enumerate(texts[:_LOOK_LINES]) if k > 0 and introduces_script(text)), None)


def lines_above(lines: list[str]) -> int:
    """How many lines of a page stand above its example script (the announcing line too), 0 when
    the page announces none: the script reader's view of the same rule, line by line."""
    shown = [k for k, line in enumerate(lines) if line.strip()][:_LOOK_LINES]
    k = announced_at([lines[n].strip() for n in shown])
    if k is not None and k + 1 < len(shown):
        return shown[k] + 1
    for n, raw in enumerate(lines[:_LOOK_LINES]):
        if _NAMES_EXAMPLE.fullmatch(raw.strip()) and _SCRIPT_WORDS.search(raw) and n + 1 < len(lines):
            return n + 1
    return 0


def sample_copy(paras: list[Para], metadata: dict) -> list[Para]:
    """The paragraphs after the page's announcement of its example; the page's prose to metadata."""
    k = announced_at([para.text for para in paras])
    if k is None or k + 1 >= len(paras):
        return paras
    metadata.setdefault("furniture", []).extend(p.text for p in paras[: k + 1])
    rest = paras[k + 1 :]
    label = _SAMPLE_LABEL.match(rest[0].text)
    if label and label.end() < len(rest[0].text):  # `Sample -1United Nations peacekeeping …`
        metadata["furniture"].append(rest[0].text[: label.end()].strip())
        rest = [Para(rest[0].text[label.end() :], rest[0].line, rest[0].special, rest[0].new_item), *rest[1:]]
    return rest


_NOTICE_RUN = 60  # words: a notice runs a few sentences; a paragraph this long that opens with one holds copy too


def notice_apart(paras: list[Para]) -> list[Para]:
    """A copyright notice that opens a long paragraph (a manuscript flattened onto one line) is set
    apart from the copy after it: the notice's sentences one paragraph (furniture, as ever), the rest
    another, read as usual."""
    words = tomlfile.load_builtin("markup.toml")["sample"]["notice_words"]
    out: list[Para] = []
    for para in paras:
        low = para.text.lower()  # (no `copyright` or `©` in it: no notice opens it, and its sentences are not split)
        pieces = sentences(para.text) if not para.special and ("copyright" in low or "©" in low) and len(para.text.split()) > _NOTICE_RUN else []
        told = 0
        while told < len(pieces) and any(w in pieces[told][1].lower() for w in words):
            told += 1
        first = pieces[0][1].lower() if pieces else ""
        if 0 < told < len(pieces) and ("copyright" in first or "©" in first):
            at = pieces[told][0]
            out += [Para(para.text[:at].strip(), para.line, para.special, para.new_item), Para(para.text[at:].strip(), para.line, para.special)]
        else:
            out.append(para)
    return out

