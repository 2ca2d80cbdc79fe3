"""Writing systems: which script a character is written in. A leaf module (no imports).

Chinese and Japanese are written without spaces between words; Korean spaces its words but, like
them, has no capitals. A rule that needs "CJK" says which of the two it means: `east_asian(c)`
(Han, kana and Hangul: a letter with no capital), `east_asian(c, hangul=False)` (the scripts
written without spaces; Thai, also unspaced, is `thai(c)`).
"""

from __future__ import annotations

__all__ = ["BRAHMIC", "east_asian", "han", "hangul", "kana", "thai"]

# The scripts of South Asia (Devanagari to Sinhala): their vowel signs are marks, no word characters to `\w`, so a
# word (`प्यारे`) is these characters run together; a pattern adds the range to its word class.
BRAHMIC = "\u0900-\u0dff"


def han(c: str) -> bool:
    """A Han ideograph (CJK unified ideographs from extension A up, and the compatibility ideographs)."""
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def kana(c: str) -> bool:
    """Hiragana or katakana."""
    return "\u3040" <= c <= "\u30ff"


def hangul(c: str, jamo: bool = False) -> bool:
    """A Hangul syllable; with `jamo`, a conjoining Hangul letter too."""
    return "\uac00" <= c <= "\ud7af" or (jamo and "\u1100" <= c <= "\u11ff")


def thai(c: str) -> bool:
    return "\u0e00" <= c <= "\u0e7f"


def east_asian(c: str, hangul_too: bool = True) -> bool:
    """A letter of Chinese, Japanese or Korean (Han, kana, Hangul syllables and jamo); with `hangul_too` False, of the
    two scripts written without spaces between words only (Han and kana)."""
    return han(c) or kana(c) or (hangul_too and hangul(c, jamo=True))
