"""A radio agency's bite introduced in the copy (`… roteirizado por Leyberson Pedrosa:` / `Com a mudança de gestão, …`).

A radio desk writes the reporter's lead-in to a piece of tape as a sentence ending in a colon, the words on the tape in
the paragraph under it, often without quotation marks (the listener hears the voice change, the page shows none). The
desk's rule: a paragraph of copy closing on a colon introduces the paragraph under it as the words of the person it
names; the story builder's lead-in attribution (parse/quoting.py) names them, as it does a quotation under a colon,
and a lead-in that names no person (an office, a statement, a list) leaves the paragraph read copy. Here the
paragraph under such a lead-in is marked as the quotation it is on air; nothing else is touched."""

from __future__ import annotations

from scriptfmt.parse.languages import every_verb
from scriptfmt.parse.names import name_data
from scriptfmt.parse.paragraphs import Para
from scriptfmt.parse.punctuation import QUOTE_MARKS, SENTENCE_ENDS
from scriptfmt.parse.qawords import says

__all__ = ["introduced_bites"]

_LEAD_IN_WORDS = 6  # a lead-in is a sentence (`roteirizado por Leyberson Pedrosa:`), never a speaker's label (`Lula:`)
_BITE_WORDS = 8  # the bite is a passage of speech, not a list item or a heading
_LIST_OPENERS = "-–—•*·▪0123456789(["


def introduced_bites(paras: list[Para]) -> list[Para]:
    """The paragraphs, each one under a colon lead-in written as the quotation it is (no word changed). A clear sign
    only: the lead-in says someone speaks (a verb of saying, any desk's) or the paragraph speaks in the first person
    (`Veja a lista divulgada pela Defesa Civil:`, `… led by Professor Ana Ruiz:` bring on nobody's tape)."""
    out = list(paras)
    for k in range(1, len(out)):
        if _lead_in(out[k - 1]) and _speech(out[k], out[k + 1] if k + 1 < len(out) else None) and (
                _says(out[k - 1].text) or says(out[k].text, "first_person")):
            para = out[k]
            out[k] = Para(f"“{para.text}”", para.line, para.special, para.new_item)
    return out


def _lead_in(para: Para) -> bool:
    """A sentence of copy closing on the name of the person it brings on, then its colon (`… por Leyberson Pedrosa:`); a
    byline or a page's link line (`By … © … View this story at:`) brings on nobody."""
    text = para.text.rstrip()
    if para.special or not text.endswith(":") or len(text.split()) < _LEAD_IN_WORDS or any(c in QUOTE_MARKS for c in text[-3:]):
        return False
    return not any(mark in text for mark in _PAGE_MARKS) and _names_at_end(text[:-1].split())


_PAGE_MARKS = ("©", "http", "www.", "@")


def _says(text: str) -> bool:
    """The lead-in holds a verb of saying (`como conta a coordenadora …:`, `explained the engineer …:`)."""
    return any(w.strip(",.;").lower() in every_verb() for w in text.split())


def _names_at_end(tokens: list[str]) -> bool:
    """The words before the colon end on a name of two words or more in capitals (`Marta Oyelaran`, `Juan de la Cruz`)."""
    names, k, particles = 0, len(tokens) - 1, name_data().particles  # `de`, `van`, `bin`: styles/names.toml
    while k > 0 and (tokens[k][:1].isupper() or names and tokens[k] in particles):
        names += tokens[k][:1].isupper()
        k -= 1
    return names >= 2 and k > 0 and not tokens[k].endswith((".", "!", "?"))


def _speech(para: Para, after: Para | None) -> bool:
    """A paragraph of prose with no quotation marks of its own, ending a sentence, that introduces nothing itself."""
    text = para.text.strip()
    return (
        not para.special
        and len(text.split()) >= _BITE_WORDS
        and text[:1] not in _LIST_OPENERS
        and not any(c in QUOTE_MARKS for c in text)
        and text.endswith(SENTENCE_ENDS)
        and not (after is not None and after.text.lstrip()[:1] in "-–—•*·▪" )
    )
