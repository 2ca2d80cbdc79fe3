"""A run of two to six capitalised words that may be a person's name in a transcript's copy (`Vlašić-Mendes`, `Ní`,
`Corentin Le Goff`), never starting inside a word: the runs parse/cast.py reads the people a transcript mentions from."""

from __future__ import annotations

import re

__all__ = ["NAME_RUN", "NAME_WORD"]

# Latin Extended-A mixes its capitals and small letters (`Š` `š`, `Ī` `ī`): a name opens with a capital, so each is sorted
_CAPITALS_A = "".join(ch for ch in map(chr, range(0x100, 0x180)) if ch.isupper())
_SMALL_A = "".join(ch for ch in map(chr, range(0x100, 0x180)) if ch.islower())
# a surname's particle written into it before a capital (`DiLiegro`, `DeSantis`, `LeBlanc`, `McKay`) is one word with it
NAME_WORD = rf"(?:[DO]['’]|Mc|Mac|Di|De|Da|Du|Le|La|Van|Von)?[A-ZÀ-ÖØ-Þ{_CAPITALS_A}][a-zß-öø-ÿ{_SMALL_A}]+(?:[-'’][A-Za-zß-öø-ÿĀ-ž]+)?"  # `Vlašić-Mendes`, `Ní`
NAME_RUN = re.compile(rf"(?<![\w'’-])(?:{NAME_WORD}[ ]){{1,5}}{NAME_WORD}")  # never from inside a word (`līdzpriekšsēdētājs`)
