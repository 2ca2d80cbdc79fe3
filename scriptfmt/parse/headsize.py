"""The size of a line of page furniture: the one limit every reader that files a line in the metadata
asks before it takes the line (the story header's fields, the headline, deck and the page's head above
a dateline). Furniture is short and never speaks; a line past the limit is copy, read.

- `size`: a line's length in words; copy written without spaces (Chinese, Japanese) is measured in
  characters (`chars_per_word` of them make a word), so a paragraph of Chinese is never "one word";
- `past_furniture`: longer than any furniture line (`longest_line`), a speaker's turn (a short label, a
  colon, and a sentence: `@qui! : On est à … ?`, `记者：…？`), or two sentences of copy written without
  spaces. Data: styles/furniture.toml [limits]."""

from __future__ import annotations

from functools import lru_cache

from scriptfmt import tomlfile
from scriptfmt.parse.punctuation import SENTENCE_ENDS
from scriptfmt.parse.writing import east_asian, thai

_SENTENCE_ENDS = SENTENCE_ENDS + ("//", "./")  # and a script's full stop: `…DI PARIAMAN/SUMATERA BARAT//` (a naskah's `/` pause, `//` end)
_CLOSERS = "\"'”’»)"
_COLONS = (":", "：")


@lru_cache(maxsize=1)
def _limits() -> dict:
    return dict(tomlfile.load_builtin("furniture.toml")["limits"])


@lru_cache(maxsize=1)
def _kickers() -> frozenset[str]:
    """`INTERVIEW`, `BREAKING`, `UPDATE`: the page's labels before a headline (styles/furniture.toml [web])."""
    web = tomlfile.load_builtin("furniture.toml")["web"]
    return frozenset(w.lower() for key in ("section_labels", "lead_labels", "update_labels", "headline_prefixes") for w in web[key])


def _unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words (CJK ideographs, kana, Thai)."""
    return east_asian(ch, hangul_too=False) or thai(ch)


def size(text: str) -> int:
    """Words in `text`; a run of unspaced script counts its characters, `chars_per_word` to a word."""
    words = 0
    for token in text.split():
        wide = sum(_unspaced(ch) for ch in token)
        words += max(1, -(-wide // _limits()["chars_per_word"])) if wide > 1 else 1
    return words


def ends_sentence(text: str) -> bool:
    """`…的经济形势？`, `… de maire ?`: the line ends as a sentence ends, in any script."""
    return text.rstrip().rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)


def _labelled(text: str) -> tuple[str, str] | None:
    """(label, rest) of `Label: rest` (French ` :`, Chinese `：`) when the label is a few words and no sentence, else None."""
    t = text.strip()
    cut = min((at for at in (t.find(c) for c in _COLONS) if at > 0), default=-1)
    if cut < 0:
        return None
    label, rest = t[:cut].strip(), t[cut + 1 :].strip()
    if not label or len(label.split()) > _limits()["label_words"] or any(mark in label for mark in (". ", "? ", "! ")):
        return None
    return label, rest


def is_turn(text: str) -> bool:
    """`@qui! : On est à un peu plus de 100 jours …?`, `记者：您怎么看今年的经济形势？`: a short label, a
    colon, then a whole sentence: a speaker's turn, never a line of the page's furniture."""
    found = _labelled(text)
    if found is None:
        return False
    label, rest = found
    if any(word[:1].islower() for word in label.split()) or label.lower() in _kickers() or label.lower().rsplit("-", 1)[-1] in _kickers():
        return False  # `Respekt vor Rettern: Warum …`, `INTERVIEW:`, `KINDER-INTERVIEW:`: a headline's kicker; a speaker's label is a name, a role, an outlet
    return size(rest) >= _limits()["turn_words"] and ends_sentence(rest)


def _kicker_sentence(text: str) -> bool:
    """`INTERVIEW: The harbour master spoke to our reporter on Tuesday about …`: a label and a sentence
    longer than any headline (`headline_words`): the story's intro under the page's label, read."""
    found = _labelled(text)
    return found is not None and size(found[1]) > _limits()["headline_words"] and ends_sentence(found[1])


def field_words() -> int:
    """The longest value of a header field (`SLUG:`, `Headline:`): longer, the line is copy."""
    return _limits()["field_words"]


def unspaced_sentences(text: str) -> bool:
    """`今年以来，我国经济运行总体平稳。围绕……专访了王明教授。`: two sentences or more of copy written
    without spaces (a full stop inside the line, more copy after it); a headline holds one at most."""
    t = text.strip()
    inner = any(t[k] in "。！？" and _unspaced(t[k + 1]) for k in range(len(t) - 1))
    return inner and size(t) >= _limits()["turn_words"]


def past_furniture(text: str) -> bool:
    """Copy, never the page's furniture: longer than any furniture line, a speaker's turn, a label over a
    sentence longer than a headline, or two sentences of Chinese or Japanese."""
    return size(text) > _limits()["longest_line"] or is_turn(text) or _kicker_sentence(text) or unspaced_sentences(text)


_CAPS_WRAP = 45  # characters: a capitals line this long that ends no sentence was wrapped


def caps_runs_on(above: str, line: str, above_len: int) -> bool:
    """Copy in capitals, hard-wrapped (radio copy, a naskah): a long capitals line that ends no sentence runs on
    into the capitals line under it (`… EM SANTIAGO DO CHILE,` / `O PRESIDENTE SALVADOR ALLENDE/ …`); case
    cannot tell a wrapped line here, so the line's length does (a headline in capitals is short)."""
    return above_len >= _CAPS_WRAP and above.isupper() and line.isupper()
