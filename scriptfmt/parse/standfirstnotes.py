"""The page's own sentences around a printed interview (parse/standfirst.py re-exports them): the writer's lead-in
handing over to the questions (`hands_over`), a note that is the page's and not read copy (`page_note`), the closing
credit (`closing_credit`)."""

from __future__ import annotations

import re

from scriptfmt.parse.labels import parse_label
from scriptfmt.parse.qawords import interview_words

__all__ = ["closing_credit", "hands_over", "page_note"]


def hands_over(line: str) -> bool:
    """A standfirst sentence that hands over to the questions with a colon, as a lead-in hands over
    to a quote (`Three months in, she looks back. Edited excerpts:`); no label (`Q:`), no bare heading."""
    return line.endswith(":") and len(line.split()) >= 4 and not parse_label(line) and not line.isupper()


def page_note(line: str) -> bool:
    """A note above the interview that is the page's, not read copy: its writer speaks in the first
    person singular about the page (`I hope you enjoyed this month's author week … check out the
    excerpt`, `A friend forwarded this article to me`), or it sells the piece (`Read on for a Q&A
    between …`, a book's blurb under its ISBN); never a quoted line. The interviewer's own
    introduction (`I was lucky enough to interview …`) is read."""
    if any(mark in line for mark in "\"“”«»"):
        return False
    low = line.lower().replace("’", "'")
    data = interview_words()
    # one sentence says both (`… my review and the excerpt … are still up on the blog`); `I was lucky enough to interview
    # … . Here is a transcript of our discussion.` introduces the guest in one sentence and the page in another: read
    for sentence in re.split(r"(?<=[.!?])[ ]+", line):
        tokens = set(re.findall(r"[a-z&]+(?:'[a-z]+)?", sentence.lower().replace("’", "'")))
        nouns = set(re.findall(r"(?<![\w'’])[a-z]+", sentence))  # the page's word in lower case: `the Washington Post` is a paper
        if not tokens.isdisjoint(data["writer_singular"]) and not nouns.isdisjoint(data["page_words"]):
            return True
    return low.startswith(data["promotion_openers"]) or bool(_ISBN.match(line))


def closing_credit(line: str) -> bool:
    """The interview's closing credit, one short sentence, unquoted: `Tomas Reyes was talking to
    Ana Ruiz.`, `Interview by Ana Ruiz.`, `This interview has been edited for length and clarity.`
    (metadata: who answered and who asked, never the guest's words)."""
    if len(line.split()) > 25 or any(mark in line for mark in "\"“”«»") or line.count(". ") > 1:
        return False
    low = " ".join(line.lower().replace("’", "'").split())
    data = interview_words()
    if low.startswith(data["credit_openers"]) or any(phrase in low for phrase in data["edit_phrases"]):
        return True
    verb = next((verb for verb in data["credit_verbs"] if verb in low), "")
    at = low.find(verb) if verb else -1
    named, asker = line[:at].split(), line[at + len(verb):].split()[:1]
    # `Tomas Reyes was talking to Ana Ruiz.`: a name on both sides (not `I talked to the minister`)
    return at > 0 and len(named) <= 4 and all(word[:1].isupper() and word.lower() not in _PRONOUNS for word in named) and asker[:1] != [] and asker[0][:1].isupper()


_PRONOUNS = frozenset(("i", "he", "she", "we", "they", "you", "it"))


_ISBN = re.compile(r"97[89]\d{10}")
