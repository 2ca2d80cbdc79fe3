"""A rule on the page (`___`, `---`, `* * *`, `###`): alone on its line, between a digest's items or above the credits
(`is_separator`: furniture); or opening a line and running into the page's prose, a page pasted without its line
breaks (`past_rule`): the prose after it is judged on its own, never moved to the credits with the rule."""

from __future__ import annotations

import re

from scriptfmt.parse.punctuation import SENTENCE_ENDS

__all__ = ["is_separator", "past_rule"]

_SEPARATOR = re.compile(r"[_\-*#=~ ]{3,80}")
_RULE_LEAD = re.compile(r"[_\-*#=~]{3,80}+")  # a rule's run of marks opening a line (possessive: no backtracking)
_PROSE_CHARS = 60  # two sentences at least, and a paragraph's length


def past_rule(text: str) -> str | None:
    """`_______Headline again. Yesterday, …` -> the words after the rule; None when no rule opens the line or no
    prose of two sentences follows it."""
    rule = _RULE_LEAD.match(text)
    rest = text[rule.end() :].strip() if rule else ""
    return rest if sum(1 for c in rest if c in SENTENCE_ENDS) >= 2 and len(rest) >= _PROSE_CHARS else None


def is_separator(text: str) -> bool:
    """`___`, `---`, `* * *`, `###`: a rule between a wire digest's items or before the credits."""
    return bool(_SEPARATOR.fullmatch(text.strip()))
