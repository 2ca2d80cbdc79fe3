"""Where a page copied as text ran its paragraphs together: a sentence's end straight into the next
paragraph's first word or opening quotation mark, no space (`… en China.“Un …`, `…, cuenta Jessica.Baños
sin inodoro …`, `… door to door."Hari ini …`). parse/paragraphs.py splits the paragraph back at each when
there are enough of them and a quotation to free."""

from __future__ import annotations

import re

# A sentence's end run straight into the next paragraph's first word or opening quotation mark: `… en China.“Un …`,
# `…, cuenta Jessica.Baños sin inodoro …`
_RUN_TOGETHER = re.compile(r"(?:(?<=[a-zà-ÿ)][.!?])|(?<=[a-zà-ÿ)][.!?][”»]))(?=[A-ZÀ-Ý][a-zà-ÿ]|[“«][A-ZÀ-Ý¿¡])")


_STRAIGHT_AFTER_END = re.compile(r'(?<=[a-zà-ÿ)][.!?])"(?=[A-ZÀ-Ý])')


def _straight_openers(text: str) -> list[int]:
    """`… door to door."Hari ini saya …`: a straight mark run on after a sentence's end opens a quotation
    when the marks before it are paired (an even count), else it closes one: where it opens."""
    found, count, last = [], 0, 0
    for m in _STRAIGHT_AFTER_END.finditer(text):
        count += text.count('"', last, m.start())
        last = m.start()
        if count % 2 == 0:
            found.append(m.start())
    return found


def run_together(text: str) -> tuple[list[int], bool]:
    """The places where the next paragraph starts, and whether one of them frees a quotation (a curly or
    guillemet mark in the paragraph, or a straight one that opens right after a sentence's end)."""
    cuts = [m.start() for m in _RUN_TOGETHER.finditer(text)]
    straight = _straight_openers(text) if cuts or '"' in text else []
    return sorted({*cuts, *straight}), bool(straight) or any(mark in text for mark in "“«")
