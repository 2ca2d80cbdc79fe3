"""Posts, ranks and honorifics written before a name (`Minister`, `Governador`, `Sheikh`, `Dr.`): never a name's word
(parse/holder.py re-exports `is_post`)."""

from __future__ import annotations

from scriptfmt.parse.labels import words
from scriptfmt.parse.qawords import interview_words

__all__ = ["is_post"]


def is_post(word: str) -> bool:
    """`Minister`, `Dr.`, `Minister-designate`, `Arbeitsminister`: a post, rank or honorific, never a name."""
    low = word.lower()
    posts = _posts()
    return low in posts or low.rstrip(".") in posts or low.split("-")[0] in posts or low.endswith(tuple(interview_words()["post_endings"]))


def _posts() -> frozenset[str]:
    """Posts, ranks and honorifics written before a name (`Minister`, `Governador`, `Sheikh`, `Affairs`, `PM`)."""
    return words().name_titles | interview_words()["posts"] | {office for office in words().offices if " " not in office}
