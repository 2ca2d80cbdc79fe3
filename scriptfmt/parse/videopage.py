"""A news agency's video page (Reuters, AFP, Ruptly web videos): each item a headline, a
summary of the video (`… Jillian Kitchener reports.`), then `Transcript: …` — what was aired.

The desk's rule: the transcript is the copy; the page's headline and summary over each video
are the page's furniture (metadata, never read), and so is the next item's headline and summary
after the last transcript. A paragraph after a transcript that is not a headline carries the
transcript on. Copy with no `Transcript:` paragraph is left as it is.
"""

from __future__ import annotations

import re

from scriptfmt.parse.paragraphs import Para

_LABEL = re.compile(r"(?:Transcript|TRANSCRIPT|Video transcript|VIDEO TRANSCRIPT)[ \t]*:[ \t]*(?=\S)")
_MOST_PAGE = 4  # more paragraphs than this before a transcript are a story, not a video page's date, headline and summary
_HEADLINE_WORDS = 16


def transcripts(paras: list[Para], metadata: dict) -> list[Para]:
    """The paragraphs the anchor reads: each transcript without its label; the page's summaries
    and headlines around the transcripts moved to metadata (`furniture`)."""
    if not any(_LABEL.match(p.text) for p in paras):
        return paras
    out: list[Para] = []
    pending: list[Para] = []  # the page's paragraphs since the last transcript (or the top)
    aired = False  # the paragraph before was (part of) a transcript
    for para in paras:
        label = _LABEL.match(para.text)
        if label:
            _settle(pending, out, metadata, len(pending) <= _MOST_PAGE)
            metadata.setdefault("furniture", []).append(label.group(0).strip())
            out.append(Para(para.text[label.end() :], para.line, para.special, para.new_item))
            pending, aired = [], True
        elif aired and not _headline(para.text):
            out.append(para)  # the transcript goes on
        else:
            pending.append(para)
            aired = False
    _settle(pending, out, metadata, bool(pending) and _headline(pending[0].text) and len(pending) <= _MOST_PAGE)
    return out


def _settle(pending: list[Para], out: list[Para], metadata: dict, page: bool) -> None:
    if page:
        metadata.setdefault("furniture", []).extend(p.text for p in pending)
    else:
        out.extend(pending)


def _headline(text: str) -> bool:
    """`Memorial for slain Philippines journalists`: a short line that ends no sentence."""
    return len(text.split()) <= _HEADLINE_WORDS and not text.rstrip("”’\"' ").endswith((".", "!", "?", ":", ","))
