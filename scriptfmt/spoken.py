"""Spoken form of read copy: how many words the anchor actually says.

First version: counts digit groups and symbols as the words they are spoken as.
(issue 7 replaces this with the full broadcast-style rewrite.)
"""

from __future__ import annotations

import regex

_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*|[$€£%&]")


def count_spoken_words(text: str) -> int:
    return len(_TOKEN.findall(text))
