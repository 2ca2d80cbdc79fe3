"""Marks every module reads the same way: how a sentence ends, which marks quote. A leaf module (no imports),
so that modules which cannot import one another (`quietly.py`, `attribution.py`) share one definition.

Each set is written once; a set that differs from another on purpose has its own name and says why.
"""

from __future__ import annotations

__all__ = ["ASKING_MARKS", "CJK_SENTENCE_ENDS", "DOUBLE_QUOTES", "LATIN_SENTENCE_ENDS", "PROSE_QUOTES", "QUOTE_MARKS", "SENTENCE_ENDS", "TURN_QUOTES"]

LATIN_SENTENCE_ENDS = (".", "!", "?", "…")  # the marks a sentence of Latin-script copy ends on
CJK_SENTENCE_ENDS = ("。", "！", "？")  # the full-width marks a Chinese or Japanese sentence ends on
SENTENCE_ENDS = LATIN_SENTENCE_ENDS + CJK_SENTENCE_ENDS
ASKING_MARKS = ("?", "？", "؟", "\u037e", "՞", "፧")  # the question marks of Latin, CJK, Arabic, Greek, Armenian, Ethiopic copy

DOUBLE_QUOTES = "\"“”«»„"  # double marks only: a single one may be an apostrophe (`people's`)
PROSE_QUOTES = DOUBLE_QUOTES + "‘’'"  # every mark a quotation in running copy opens or closes with, single ones too
QUOTE_MARKS = "\"“”„«»‹›‘’"  # the marks round a bite's words on a script: single guillemets too, no typewriter apostrophe
TURN_QUOTES = QUOTE_MARKS + "'‚"  # a transcript turn quoted whole: the typewriter and low single marks too
