"""Quotation marks typed mirrored: right-to-left copy (Arabic, Persian, Urdu web pages) often sets its curly marks the
wrong way round, the closing mark opening the quotation and the opening one closing it, each set apart by spaces
inside (`وأضاف ” هذه الأخبار تلحق ضرراً … “.`). parse/quotes.py pairs them in that order, with the other marks no press
prints but a desk may type (backticks: parse/backticks.py)."""

from __future__ import annotations

from scriptfmt.parse.backticks import backtick_pairs


def other_pairs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quotations marked mirrored or with backticks, in order."""
    mirrored = mirrored_pairs(text) if " ” " in text or text[:2] == "” " else []
    return sorted(mirrored + (backtick_pairs(text) if "`" in text else []))


def mirrored_pairs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation opened by `”` after a space (or at the head) and before one, and closed by the
    next `“` after a space and before no letter or digit; end is after the closing mark."""
    pairs: list[tuple[int, int]] = []
    k = 0
    while (i := text.find("”", k)) >= 0:
        j = text.find("“", i + 2) if (i == 0 or text[i - 1].isspace()) and text[i + 1 : i + 2].isspace() else -1
        if j > 0 and text[j - 1].isspace() and "”" not in text[i + 1 : j] and not text[j + 1 : j + 2].isalnum():
            pairs.append((i, j + 1))
            k = j + 1
        else:
            k = i + 1
    return pairs
