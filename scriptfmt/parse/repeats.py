"""Words a web page prints twice: its headline above the photo and above the story, a teaser
cut off with an ellipsis, a pull quote, a standfirst the lede repeats. The copies are
furniture; the story keeps its own paragraph, read once."""

from __future__ import annotations

import regex

from scriptfmt.parse import furniture
from scriptfmt.parse.brackets import is_heading_direction
from scriptfmt.parse.headings import ends_sentence
from scriptfmt.parse.voiceheads import opens_notes

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_PULL_QUOTE_REACH = 60  # paragraphs below a pull quote searched for its words (keeps long pages linear)


def _norm(text: str) -> str:
    """The paragraph's words, case and marks aside, spaced at both ends (whole-word containment)."""
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def page_repeats(paras: list, md: dict) -> list:
    """Move the page's second copies (headline repeats, teasers, pull quotes, a standfirst) to
    metadata; paras are paragraphs with `text` and `special`."""
    heads: dict[str, int] = {}
    for para in paras[:20]:
        size = len(para.text.split())
        if not para.special and size <= 30 and (size >= 4 or furniture.is_headline(para.text)) and not furniture.is_web_furniture(para.text) and not ends_sentence(para.text) and not is_heading_direction(para.text) and not opens_notes(para.text):
            heads[para.text] = heads.get(para.text, 0) + 1  # a sentence said twice (a story pasted twice) is copy
    norms = [_norm(p.text) for p in paras]
    sentences: set[str] = set()  # the paragraphs above that end a sentence, by their words
    drop = []
    for k, p in enumerate(paras):
        drop.append(not p.special and (heads.get(p.text, 0) > 1 or _printed_again(paras, k) or _dated_repeat(p.text, heads) or _teaser(paras, k) or _pull_quote(paras, norms, k) or _standfirst(paras, norms, k) or _caption_repeat(p.text, norms[k], sentences)))
        if ends_sentence(p.text):
            sentences.add(norms[k])
    md.setdefault("furniture", []).extend(p.text for p, gone in zip(paras, drop) if gone)
    if not md["furniture"]:
        del md["furniture"]
    return [p for p, gone in zip(paras, drop) if not gone]


_TWIN_WORDS = 40  # a caption or a headline, printed twice in a row
_TOLD_TWIN_WORDS = 12  # a sentence this long printed twice: the first copy is the story's, the second the photo's caption


def _printed_again(paras: list, k: int) -> bool:
    """A line printed twice in a row (a photo's text, then its caption; a linked headline and its
    label), or once each side of the photo's credit: both copies are the page's, since copy never
    says the same sentence twice running. A word or two twice (`No.` / `No.`) may be two people's.
    A paragraph of the story (a long sentence) printed again over the photo's credit: only the
    second copy is the page's (the caption); the first stands in the story's flow and is read."""
    size = len(paras[k].text.split())
    if not 3 <= size <= _TWIN_WORDS:
        return False
    told = size >= _TOLD_TWIN_WORDS and ends_sentence(paras[k].text) and _over_credit(paras, k + 1)  # the story's paragraph, again as the caption under it
    around = (k - 2, k - 1) if told else (k - 2, k - 1, k + 1, k + 2)
    return any(0 <= j < len(paras) and not paras[j].special and paras[j].text == paras[k].text and _credit_between(paras, j, k) for j in around)


_CREDIT_WORDS = 12


def _credit_between(paras: list, j: int, k: int) -> bool:
    """Nothing between two lines, or one short line of the page's furniture (`Photo: Jane Doe/AP`)."""
    if abs(j - k) == 1:
        return True
    middle = paras[(j + k) // 2]
    return not middle.special and len(middle.text.split()) <= _CREDIT_WORDS and furniture.is_web_furniture(middle.text)


def _dated_repeat(text: str, heads: dict[str, int]) -> bool:
    """`26.07.2024: Minister Schulze: we must not …`: the headline above printed again after its
    date (a short prefix with a number in it), never a sentence."""
    if ends_sentence(text) or len(text.split()) > 30:
        return False
    for head in heads:
        if len(head.split()) >= 4 and text.endswith(head) and text != head:
            prefix = text[: -len(head)]
            return len(prefix.split()) <= 4 and any(c.isdigit() for c in prefix)
    return False


def _pasted(norms: list[str], k: int, j: int) -> bool:
    """The copy at j goes on, or came, as the one at k does: the whole story pasted twice (both copies are read)."""
    return k + 1 < j and (j + 1 < len(norms) and norms[k + 1] == norms[j + 1] or k > 0 and norms[k - 1] == norms[j - 1])


def _pull_quote(paras: list, norms: list[str], k: int) -> bool:
    """`“We feel sorry for the protesters …”` alone between paragraphs: a pull quote, whose words
    the story gives again further down (where they are read, once). Printed without its marks,
    the words come back inside a quotation."""
    text = paras[k].text.strip()
    if len(text) < 12 or len(text.split()) > 40:
        return False
    quoted = text[0] in "“\"‘'" and text[-1] in "”\"’'"
    if not quoted and (k == 0 or len(text.split()) < 6 or ends_sentence(text)):
        return False
    inner = norms[k]
    if len(inner.split()) < 4:
        return False
    for j in range(k + 1, min(len(paras), k + _PULL_QUOTE_REACH)):
        if norms[j] != inner and inner in norms[j] and (quoted or any(c in paras[j].text for c in "“\"‘")) and not _pasted(norms, k, j):
            return True
    return False


def _standfirst(paras: list, norms: list[str], k: int) -> bool:
    """`SBS has admitted …` under the headline, then a photo, then the lede giving the same
    sentence: the page's standfirst, printed again as the story's first paragraph."""
    if k > 8 or paras[k].special or len(norms[k].split()) < 8:
        return False
    told = range(k + 1, min(len(paras), k + 8))
    if any(norms[j].startswith(norms[k]) and _is_copy(paras[j].text, norms[j], norms[k]) and not _pasted(norms, k, j) and not _caption_twin(paras, norms, k, j) for j in told):
        return True
    under_headline = k > 0 and not paras[k - 1].special and not ends_sentence(paras[k - 1].text)
    # a quotation that retells the lede is the speaker's own words after the reporter's summary, not a lede under a standfirst
    next_retells = under_headline and not paras[k + 1].text.lstrip().startswith(tuple("“\"‘'«„")) if k + 1 < len(paras) else False
    return k <= 3 and any(_retold(norms[k], norms[j], next_retells and j == k + 1) and ends_sentence(paras[j].text) and not _caption_twin(paras, norms, k, j) for j in told) and not any(c in paras[k].text for c in "“\"")


def _over_credit(paras: list, j: int) -> bool:
    """paras[j] is the second copy, and the photo's credit line stands right under it (`Foto: Polizeipräsidium …`)."""
    return j + 1 < len(paras) and not paras[j + 1].special and furniture.is_credit_line(paras[j + 1].text) and paras[j].text == paras[j - 1].text


def _caption_twin(paras: list, norms: list[str], k: int, j: int) -> bool:
    """The same paragraph again right under it (or with the photo's credit between): the photo's caption
    printing the story's paragraph, never the lede retelling a standfirst."""
    return norms[j] == norms[k] and j - k <= 2 and _credit_between(paras, k, j)


_RETOLD_SHARE = 0.6  # of the standfirst's words the lede gives again
_RETOLD_NEXT_SHARE = 0.75  # ... when the lede opens on other words, right under the standfirst


def _retold(first: str, later: str, next_under_headline: bool = False) -> bool:
    """`Authorities are searching for a man missing during the floods …` under the headline, then
    `Authorities are searching for man missing from a remote community …`: the standfirst in
    other words (same opening words, most of its words again, the lede at least as long). A
    lede that opens otherwise (`The men, travelling from Melbourne, allegedly lied …` over
    `Three men from Logan … after allegedly travelling from Melbourne and lying …`) must follow
    the standfirst under the headline and give three in four of its words again."""
    words, again = first.split(), later.split()
    if len(words) < 12 or len(again) < len(words):
        return False
    vocab = set(words)
    if words[:3] == again[:3]:
        return len(vocab & set(again)) >= _RETOLD_SHARE * len(vocab)
    return next_under_headline and len(vocab & set(again)) >= _RETOLD_NEXT_SHARE * len(vocab)


def _is_copy(text: str, norm: str, first: str) -> bool:
    """The later copy is the story's paragraph: it ends its sentence or goes on past the first."""
    return ends_sentence(text) or len(norm) > len(first)


def _caption_repeat(text: str, norm: str, sentences: set[str]) -> bool:
    """`A failed carjacking … armed with a hammer` under a photo, without the full stop the
    story's own sentence above has: a caption that repeats the copy (the copy is read, once).
    A caption repeating only part of a sentence stays in the copy: beside that sentence its words
    cannot be told from the story's own."""
    return not ends_sentence(text) and len(norm.split()) >= 8 and norm in sentences


def _teaser(paras: list, k: int) -> bool:
    """`The minister has said gardaí are “offering every support to th...`: a paragraph cut off
    with an ellipsis whose words open a paragraph further down."""
    text = paras[k].text
    if not text.endswith(("…", "...")) or k > 20:
        return False
    stem = text.rstrip(".…").split("&", 1)[0].rstrip()  # `"Live investigation&am...`: a link's text cut in an HTML entity
    return len(stem.split()) >= 2 and any(p.text.startswith(stem) and len(p.text) > len(stem) for p in paras[k + 1 : k + 13])
